"""Where the suite reads documents faster than the tools it relies on, it must read them as
those tools do. The suite runs shared/tools/ooxml_check.py with its markup-compatibility
step replaced by conftest.markup_compatibility (a fifth of the suite's CPU was that step's
Python loop) and its notes check by conftest.note_problems: each must give the tool's own
result, and the check must still find what is wrong. conftest.paragraphs reads what
python-docx's paragraphs say."""
from __future__ import annotations

import copy
import io

import docx
from lxml import etree

from conftest import (ROOT, W, assert_ooxml, markup_compatibility, ooxml_checker, ooxml_problems, paragraphs,
                      sample_build)

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"

# Every case of the step: mc:Ignorable on the root and, with another prefix for the same
# namespace, deeper down; elements and attributes of ignorable namespaces, nested ones;
# mc:AlternateContent with a fallback of two children, without a fallback, inside an
# ignorable element; an mc: attribute; a namespace declared but not ignorable; a comment.
SYNTHETIC = f"""<w:document xmlns:w="{W[1:-1]}" xmlns:mc="{MC}" xmlns:w14="{W14}" xmlns:w15="{W15}"
    mc:Ignorable="w14"><w:body>
  <w:p w14:paraId="1A2B" w:rsidR="00AB"><w:r><w:t>một</w:t></w:r><w14:tag w:val="x"><w:r/></w14:tag>đuôi</w:p>
  <!-- a comment stays -->
  <mc:AlternateContent><mc:Choice Requires="w14"><w:p><w:r><w:t>mới</w:t></w:r></w:p></mc:Choice>
    <mc:Fallback><w:p><w:r><w:t>cũ 1</w:t></w:r></w:p><w:p><w:r><w:t>cũ 2</w:t></w:r></w:p></mc:Fallback>
  </mc:AlternateContent>
  <w:p><mc:AlternateContent><mc:Choice Requires="w14"><w:r/></mc:Choice></mc:AlternateContent>tail</w:p>
  <w:p xmlns:x14="{W14}" mc:Ignorable="x14 w15" x14:textId="77" w15:foo="1" mc:MustUnderstand="w15">
    <w15:outer><w14:inner/></w15:outer><w:r><w:t>hai</w:t></w:r></w:p>
  <w14:block><mc:AlternateContent><mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent></w14:block>
</w:body></w:document>""".encode()


def both_steps(xml: bytes) -> tuple[bytes, bytes]:
    tool = ooxml_checker()
    theirs = tool.tools_own_preprocess_mce(etree.fromstring(xml))
    ours = markup_compatibility(etree.fromstring(xml))
    return etree.tostring(theirs), etree.tostring(ours)


def test_the_step_gives_the_tools_result_on_every_case():
    theirs, ours = both_steps(SYNTHETIC)
    assert ours == theirs
    root = etree.fromstring(ours)
    # what the tool's step does, checked on the result so that both cannot be wrong alike
    assert b"w14" not in etree.tostring(root).replace(b"xmlns:w14", b"").replace(b"xmlns:x14", b"")
    assert [t.text for t in root.iter(W + "t")] == ["một", "cũ 1", "cũ 2", "hai"]
    assert not root.xpath("//@*[namespace-uri() = $mc]", mc=MC)
    assert root.xpath("count(//comment())") == 1


def test_the_step_gives_the_tools_result_on_real_parts():
    """A document python-docx writes (its template declares mc:Ignorable="w14 wp14") and
    every part of a drafter build (no markup compatibility at all)."""
    out = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("Đoạn văn")
    document.save(out)
    for data in (out.getvalue(), sample_build()):
        package = docx.opc.package.OpcPackage.open(io.BytesIO(data))
        parts = [p.blob for p in package.iter_parts() if p.partname.endswith(".xml")]
        assert parts
        for blob in parts:
            theirs, ours = both_steps(blob)
            assert ours == theirs


def test_the_check_still_finds_an_error(tmp_path):
    """A paragraph's properties out of order (its style after its alignment: what Word calls
    unreadable content), in a paragraph the step keeps, are still an error; the same
    mistake inside an ignorable element is dropped with it (as Word does). (Not a mistake
    of another kind, such as properties after the run: libxml2 takes two seconds to find
    that one, whatever the document's size.)"""
    data = sample_build()
    good = tmp_path / "dung.docx"
    good.write_bytes(data)
    assert_ooxml(good)

    import zipfile
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {i: z.read(i) for i in z.infolist()}
    name = next(i for i in parts if i.filename == "word/document.xml")
    wrong = b'<w:pPr><w:jc w:val="center"/><w:pStyle w:val="BodyText"/></w:pPr><w:r><w:t>sai</w:t></w:r>'
    xml = parts[name].replace(b"<w:body>", b"<w:body><w:p>" + wrong + b"</w:p>", 1)
    bad = tmp_path / "sai.docx"
    with zipfile.ZipFile(bad, "w") as z:
        for info, blob in parts.items():
            z.writestr(info, xml if info is name else blob)
    problems = ooxml_problems(bad)
    assert len(problems) == 1 and problems[0].startswith("word/document.xml: line 2: Element")
    assert "}pStyle': This element is not expected" in problems[0]

    hidden = parts[name].replace(
        b"<w:document ", f'<w:document xmlns:mc="{MC}" xmlns:w14="{W14}" mc:Ignorable="w14" '.encode(), 1)
    hidden = hidden.replace(b"<w:body>", b"<w:body><w:p><w14:x>" + wrong + b"</w14:x></w:p>", 1)
    dropped = tmp_path / "bo-qua.docx"
    with zipfile.ZipFile(dropped, "w") as z:
        for info, blob in parts.items():
            z.writestr(info, hidden if info is name else blob)
    assert ooxml_problems(dropped) == []
    theirs, ours = both_steps(hidden)
    assert ours == theirs and copy.deepcopy(etree.fromstring(ours)).find(f".//{{{W14}}}x") is None


def _with(tmp_path, name: str, data: bytes, change) -> "Path":
    import zipfile
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    change(parts)
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as z:
        for part_name, blob in parts.items():
            z.writestr(part_name, blob)
    return path


def test_the_notes_check_gives_the_tools_result(tmp_path):
    """conftest.ooxml_problems reads the note references once for footnotes and endnotes:
    the same problems, in the same order, as the tool's own check_file on a good report
    and on every kind of broken note."""
    tool = ooxml_checker()
    data = sample_build()

    def replace(part: str, old: bytes, new: bytes, count: int = 1):
        def change(parts):
            assert old in parts[part]
            parts[part] = parts[part].replace(old, new, count)
        return change

    def drop(part: str):
        return lambda parts: parts.pop(part)

    ref = b'<w:footnoteReference w:id="3"/>'
    cases = {
        "dung": lambda parts: None,
        "tham-chieu-thieu": replace("word/document.xml", ref, b'<w:footnoteReference w:id="99"/>'),
        "tham-chieu-hai-lan": replace("word/document.xml", b'<w:footnoteReference w:id="4"/>', ref),
        "trung-so": replace("word/footnotes.xml", b'w:id="5"', b'w:id="4"'),
        "khong-co-phan-chu-thich": drop("word/footnotes.xml"),
        "chu-thich-cuoi": replace("word/document.xml", ref, ref + b'<w:endnoteReference w:id="1"/>'),
    }
    for name, change in cases.items():
        path = _with(tmp_path, f"{name}.docx", data, change)
        assert ooxml_problems(path) == tool.check_file(str(path)), name
        ours = ooxml_problems(path)
        assert bool(ours) == (name != "dung"), (name, ours)


def test_paragraphs_reads_what_python_docx_reads(tmp_path):
    """Every body paragraph's style name and text, as python-docx gives them, on the reports
    drafter builds and on a document holding each thing a paragraph's text is made of:
    tabs, line, page and column breaks, a hyperlink, a non-breaking hyphen, a style of
    another type, a style that does not exist, no style."""
    from docx.enum.text import WD_BREAK
    from docx.oxml import parse_xml

    document = docx.Document()
    p = document.add_paragraph("Một\tHai", style="Heading 1")
    p.add_run().add_break()
    p.add_run("sau").add_break(WD_BREAK.PAGE)
    p.add_run("cột").add_break(WD_BREAK.COLUMN)
    ns = f'xmlns:w="{W[1:-1]}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    p._p.append(parse_xml(f'<w:hyperlink {ns} r:id="rId99"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink>'))
    p._p.append(parse_xml(f'<w:r {ns}><w:noBreakHyphen/><w:cr/><w:ptab w:relativeTo="margin" '
                          f'w:alignment="left" w:leader="none"/><w:t xml:space="preserve"> cuối </w:t></w:r>'))
    q = document.add_paragraph("Kiểu không có")
    q.style = document.styles["Title"]
    q._p.pPr.pStyle.set(f"{W}val", "KhongCo")
    r = document.add_paragraph("Kiểu của ký tự")
    r._p.get_or_add_pPr().get_or_add_pStyle().set(f"{W}val", "DefaultParagraphFont")
    document.add_paragraph("   ")
    document.add_table(rows=1, cols=1).cell(0, 0).text = "trong bảng"
    mixed = tmp_path / "hon-hop.docx"
    document.save(mixed)

    built = tmp_path / "bc.docx"
    built.write_bytes(sample_build())
    for path in (mixed, built, *sorted((ROOT / "templates").glob("*.docx"))):
        expected = [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs if p.text.strip()]
        assert paragraphs(path) == expected, path.name
    assert paragraphs(mixed) == [("Heading 1", "Một\tHai\nsaucộtliên kết-\n\t cuối "),
                                 ("Normal", "Kiểu không có"), ("Normal", "Kiểu của ký tự")]
