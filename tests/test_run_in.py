"""Run-in headings (a `Mục` ending in ":"): the heading opens its first paragraph in the
character style linked to the heading of its level ("Heading 2 Char"), the text goes on in the
body style on the same line — as 456-BC/TU prints "1. Việc hướng dẫn thi hành Điều lệ Đảng: Các
cấp ủy …". Read back from the .docx: the runs, the styles, a template of the user's own without
the style, and a rebuild over an officer's edits."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from conftest import (LIBREOFFICE_DOCX, ROOT, W, assert_ooxml, build, info, paragraph_texts, part, run, run_text, view,
                      plain_template, write_workbook)
from drafter.compose import general
from drafter.compose.narrative import Resolver
from drafter.document import HEADING_CHARS, Lead, Para
from drafter.model import DocumentInfo, Paragraph, Report

RSTYLE, PSTYLE, VAL = f"{W}rStyle", f"{W}pStyle", f"{W}val"

NARRATIVE = [
    ("Kết quả > Về công tác đảng viên:", "Kết nạp {dv} đảng viên mới, {dv.chitieu} kế hoạch."),
    ("Kết quả > Về công tác đảng viên:", "Đoạn thứ hai đứng riêng."),
    ("Kết quả > Công tác kiểm tra > Về thi hành kỷ luật:", "Thi hành kỷ luật đúng quy định."),
    ("Kết quả > Công tác kiểm tra > Về thi hành kỷ luật:", "Đoạn sau."),
    ("Phương hướng", "Tiếp tục thực hiện."),
]
RUN_IN = "1. Về công tác đảng viên: Kết nạp 120 đảng viên mới, đạt 120% kế hoạch."


def workbook(path: Path, value: int = 120) -> Path:
    return write_workbook(path, {
        "Thông tin": info(),
        "Nơi nhận": [{"Nơi nhận": "Lưu Văn phòng Tỉnh ủy."}],
        "Số liệu": [{"Mã": "dv", "Nội dung": "Đảng viên kết nạp", "Giá trị": value, "Chỉ tiêu": 100}],
        "Nội dung": [{"Mục": m, "Đoạn văn": t} for m, t in NARRATIVE],
    })


def runs_of(path: Path, starts: str) -> list[tuple[str, str]]:
    """(character style id, text) of each run of the body paragraph starting with `starts`."""
    body = part(path).find(f"{W}body")
    p = next(p for p in body.iter(f"{W}p") if run_text(p).startswith(starts))
    out = []
    for r in p.iter(f"{W}r"):
        style = r.find(f"{W}rPr/{RSTYLE}")
        out.append((style.get(VAL) if style is not None else "", run_text(r)))
    return out


def style(path: Path, kind: str, style_id: str):
    root = part(path, "word/styles.xml")
    return next((s for s in root.iter(f"{W}style") if s.get(f"{W}type") == kind and s.get(f"{W}styleId") == style_id),
                None)


def looks(st) -> set[str]:
    props = st.find(f"{W}rPr")
    return {c.tag[len(W):] for c in props if c.get(VAL) not in ("0", "false")} if props is not None else set()


# ---- composition ------------------------------------------------------------------------------------

def test_the_heading_is_a_lead_in_the_character_style_of_its_level():
    info_ = DocumentInfo("TỈNH ỦY KON TUM", "1-BC/TU", "Kon Tum", dt.date(2021, 9, 28), "x", 2021,
                         "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "A", template="tong-hop")
    r = Report(info_, narrative=tuple(Paragraph(s, t) for s, t in (
        ("A > Về phổ biến:", "Đã quán triệt."), ("A > B > C > Về chi tiết:", "- Ý một."))))
    body, _ = general.compose(r, Resolver(r))
    paras = [b for b in body if isinstance(b, Para) and b.style == "BodyText"]
    assert paras[0].content == (Lead("1. Về phổ biến:", "Heading2Char"), " Đã quán triệt.")
    assert paras[1].content == (Lead("a) Về chi tiết:", "Heading4Char"), " - Ý một.")
    assert paras[0].text == "1. Về phổ biến: Đã quán triệt."          # the record reads the same text


# ---- the .docx -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("run-in")
    source = workbook(tmp / "so-lieu.xlsx")
    result = run("validate", source)
    assert result.returncode == 0 and "lỗi ·" not in result.stderr, result.stderr
    return build(source, tmp / "bc.docx")


def test_the_heading_run_names_the_character_style_and_the_text_goes_on_plain(built):
    assert runs_of(built, "1. Về công tác") == [
        ("Heading2Char", "1. Về công tác đảng viên:"), ("", " Kết nạp 120 đảng viên mới, đạt 120% kế hoạch.")]
    assert runs_of(built, "2.1. Về thi hành") == [
        ("Heading3Char", "2.1. Về thi hành kỷ luật:"), ("", " Thi hành kỷ luật đúng quy định.")]
    # The paragraph is the body's, its text as before; only the first paragraph runs in.
    text = [(p.style.name, p.text) for p in docx.Document(str(built)).paragraphs if p.text.strip()]
    assert ("Body Text", RUN_IN) in text
    assert text[text.index(("Body Text", RUN_IN)) + 1] == ("Body Text", "Đoạn thứ hai đứng riêng.")
    assert [t for s, t in text if s.startswith("Heading")] == ["I. KẾT QUẢ", "2. Công tác kiểm tra", "II. PHƯƠNG HƯỚNG"]
    assert_ooxml(built)


def test_the_character_styles_are_bold_and_linked_to_the_headings(built):
    for level, sid in enumerate(HEADING_CHARS, 1):
        char, para = style(built, "character", sid), style(built, "paragraph", f"Heading{level}")
        assert char.find(f"{W}name").get(VAL) == f"Heading {level} Char"
        assert char.find(f"{W}link").get(VAL) == f"Heading{level}"
        assert para.find(f"{W}link").get(VAL) == sid
        assert looks(char) == looks(para) >= {"b", "bCs"}                # set like the heading of its level


@pytest.mark.parametrize("name", ["tong-hop", "xep-loai-chat-luong", "tham-luan", "so-sanh"])
def test_every_shipped_template_has_the_styles(name):
    template = ROOT / "templates" / f"{name}.docx"
    for sid in HEADING_CHARS:
        assert "b" in looks(style(template, "character", sid)), (name, sid)


def test_the_record_reads_the_run_in_paragraph_as_one_text(built):
    import json

    record = json.loads(built.with_suffix(".json").read_text(encoding="utf-8"))
    assert RUN_IN in [d["van_ban"] for d in record["doan_van"]]


# ---- a template of the user's own -------------------------------------------------------------------

def own_template(path: Path, heading2: str | None) -> Path:
    """drafter's tong-hop template without the character styles (and their links); Heading 2
    given the run properties `heading2`, or no heading styles at all when None."""
    source = ROOT / "templates" / "tong-hop.docx"
    with zipfile.ZipFile(source) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["word/styles.xml"].decode()
    styles = re.sub(r'<w:style w:type="character" w:styleId="Heading\dChar">.*?</w:style>', "", styles)
    styles = re.sub(r'<w:link w:val="Heading\dChar"/>', "", styles)
    if heading2 is None:
        styles = re.sub(r'<w:style w:type="paragraph" w:styleId="Heading\d">.*?</w:style>', "", styles)
    else:
        styles = re.sub(r'(<w:style w:type="paragraph" w:styleId="Heading2">.*?<w:rPr>).*?(</w:rPr>)',
                        rf"\g<1>{heading2}\g<2>", styles)
    assert "Heading2Char" not in styles
    parts["word/styles.xml"] = styles.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)
    return path


@pytest.mark.parametrize("heading2, expected", [
    ("<w:b/><w:bCs/><w:i/><w:iCs/>", {"b", "bCs", "i", "iCs"}),     # the user's italic heading
    (None, {"b", "bCs"}),                                           # no heading styles: drafter's bold
])
def test_a_template_without_the_style_gets_one_like_its_own_heading(tmp_path, heading2, expected):
    template = own_template(tmp_path / "mau-rieng.docx", heading2)
    out = build(workbook(tmp_path / "so-lieu.xlsx"), tmp_path / "bc.docx", "--template", str(template))
    assert runs_of(out, "1. Về công tác")[0] == ("Heading2Char", "1. Về công tác đảng viên:")
    added = style(out, "character", "Heading2Char")
    assert looks(added) == expected
    assert added.find(f"{W}name").get(VAL) == "Heading 2 Char"
    assert style(out, "character", "Heading1Char") is None          # only what the text names
    if heading2 is not None:
        assert looks(style(out, "paragraph", "Heading2")) == expected   # the template's own, untouched
    assert_ooxml(out)


def test_a_template_that_has_the_style_keeps_its_own(tmp_path):
    # python-docx's default template has Word's "Heading 2 Char" (Calibri Light, blue): used as it is.
    plain_template(tmp_path / "mau.docx")
    before = style(tmp_path / "mau.docx", "character", "Heading2Char")
    out = build(workbook(tmp_path / "so-lieu.xlsx"), tmp_path / "bc.docx", "--template", str(tmp_path / "mau.docx"))
    assert runs_of(out, "1. Về công tác")[0][0] == "Heading2Char"
    assert looks(style(out, "character", "Heading2Char")) == looks(before)
    assert_ooxml(out)


# ---- rebuilding over an officer's edits --------------------------------------------------------------

OFFICER = " Ban Thường vụ ghi nhận kết quả này."


def test_a_rebuild_keeps_the_heading_style_the_officers_words_and_takes_the_new_figure(tmp_path):
    out = build(workbook(tmp_path / "so-lieu.xlsx"), tmp_path / "bc.docx")
    d = docx.Document(str(out))
    p = next(p for p in d.paragraphs if p.text.startswith("1. Về công tác"))
    p.add_run(OFFICER)                                                # the officer adds a sentence
    d.save(str(out))
    result = run("build", workbook(tmp_path / "so-lieu-2.xlsx", value=125), "-o", out)
    assert result.returncode == 0, result.stderr
    new = RUN_IN.replace("120 đảng viên", "125 đảng viên").replace("120%", "125%") + OFFICER
    assert runs_of(out, "1. Về công tác")[0] == ("Heading2Char", "1. Về công tác đảng viên:")
    assert any(p.text == new for p in docx.Document(str(out)).paragraphs)
    tracked = part(tmp_path / "bc.thay-doi.docx")
    assert new in paragraph_texts(view(tracked, "new"))
    assert RUN_IN + OFFICER in paragraph_texts(view(tracked, "old"))
    assert_ooxml(out)
    assert_ooxml(tmp_path / "bc.thay-doi.docx")


@LIBREOFFICE_DOCX
def test_a_rebuild_over_a_report_saved_by_libreoffice(tmp_path, libreoffice):
    out = build(workbook(tmp_path / "so-lieu.xlsx"), tmp_path / "bc.docx")
    saved = libreoffice.convert([out], "docx", tmp_path / "lo")[0]
    shutil.copyfile(saved, out)                                       # the officer saved it in LibreOffice
    result = run("build", workbook(tmp_path / "so-lieu-2.xlsx", value=125), "-o", out)
    assert result.returncode == 0, result.stderr
    new = RUN_IN.replace("120 đảng viên", "125 đảng viên").replace("120%", "125%")
    assert any(p.text == new for p in docx.Document(str(out)).paragraphs)
    heading_style, words = runs_of(out, "1. Về công tác")[0]
    assert words == "1. Về công tác đảng viên:"
    kept = style(out, "character", heading_style)                     # LibreOffice's id for it, still bold
    assert kept is not None and "b" in looks(kept)
    assert_ooxml(out)


def without_character_styles(path: Path) -> None:
    """The officer's file as an earlier drafter wrote it: no "Heading N Char" styles."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    styles = parts["word/styles.xml"].decode()
    styles = re.sub(r'<w:style w:type="character" w:styleId="Heading\dChar">.*?</w:style>', "", styles)
    parts["word/styles.xml"] = re.sub(r'<w:link w:val="Heading\dChar"/>', "", styles).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in parts.items():
            z.writestr(n, data)


def test_a_run_in_section_new_in_a_rebuild_brings_its_style_into_the_officers_file(tmp_path):
    first = write_workbook(tmp_path / "so-lieu.xlsx", {
        "Thông tin": info(), "Nơi nhận": [{"Nơi nhận": "Lưu Văn phòng Tỉnh ủy."}],
        "Số liệu": [{"Mã": "dv", "Nội dung": "Đảng viên kết nạp", "Giá trị": 120, "Chỉ tiêu": 100}],
        "Nội dung": [{"Mục": m, "Đoạn văn": t} for m, t in NARRATIVE if "kiểm tra" not in m]})
    out = build(first, tmp_path / "bc.docx")
    d = docx.Document(str(out))
    d.add_paragraph("Ý kiến của Thường trực.")
    d.save(str(out))
    without_character_styles(out)
    result = run("build", workbook(tmp_path / "so-lieu-2.xlsx"), "-o", out)
    assert result.returncode == 0, result.stderr
    heading_style, words = runs_of(out, "2.1. Về thi hành")[0]
    assert words == "2.1. Về thi hành kỷ luật:"
    assert "b" in looks(style(out, "character", heading_style))       # copied in with the new paragraph
    assert "Ý kiến của Thường trực." in [p.text for p in docx.Document(str(out)).paragraphs]
    assert_ooxml(out)
    assert_ooxml(tmp_path / "bc.thay-doi.docx")
