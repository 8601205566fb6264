"""Tracked changes between two builds (X.thay-doi.docx): the revision marks hold
exactly the corrected figures, unchanged text is untouched, and accepting or
rejecting every revision gives back the new or the old report."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

from conftest import (CORRECTION, DEL, INS, P, SAMPLE, TR, W, add_failed, assert_ooxml, drop_failed, drop_narrative,
                      drop_unit, marks, note_texts, paragraph_texts, part, sample_build, view)
from conftest import render_workbook
from drafter.render.revisions import AUTHOR
from drafter.render.tracked import track

DAY = dt.date(2026, 1, 2)


@pytest.fixture(scope="module")
def original() -> bytes:
    return sample_build()


@pytest.fixture(scope="module")
def corrected() -> bytes:
    return sample_build(CORRECTION)


@pytest.fixture(scope="module")
def tracked(original, corrected, tmp_path_factory) -> Path:
    data, count = track(original, corrected, DAY)
    assert count == 28
    path = tmp_path_factory.mktemp("rev") / "bao-cao.thay-doi.docx"
    path.write_bytes(data)
    return path


def test_tracked_copy_passes_ooxml_check(tracked):
    assert_ooxml(tracked)


def test_revision_marks_hold_exactly_the_corrected_figures(tracked):
    # The sentence of 2.2 a): counts, shares and the changes against 2019.
    sentence = [("del", "114"), ("ins", "115"), ("del", "17,30%"), ("ins", "17,45%"),
                ("del", "1,29%"), ("ins", "1,14%"), ("del", "489"), ("ins", "488"),
                ("del", "74,20%"), ("ins", "74,05%"), ("del", "0,44%"), ("ins", "0,29%")]
    # Annex 1: the row of Kon Tum, then the total row.
    unit_row = [("del", "16"), ("ins", "17"), ("del", "15,24"), ("ins", "16,19"),
                ("del", "81"), ("ins", "80"), ("del", "77,14"), ("ins", "76,19")]
    total_row = [("del", "114"), ("ins", "115"), ("del", "17,30"), ("ins", "17,45"),
                 ("del", "489"), ("ins", "488"), ("del", "74,20"), ("ins", "74,05")]
    assert marks(part(tracked)) == sentence + unit_row + total_row
    assert marks(part(tracked, "word/footnotes.xml")) == []


def test_marks_carry_author_date_and_unique_ids(tracked):
    found = list(part(tracked).iter(INS, DEL))
    assert found
    assert {el.get(W + "author") for el in found} == {AUTHOR}
    assert {el.get(W + "date") for el in found} == {"2026-01-02T00:00:00Z"}
    ids = [el.get(W + "id") for el in found]
    assert len(ids) == len(set(ids))


def test_unchanged_paragraphs_are_untouched(tracked, corrected):
    new = list(part(corrected).iter(P))
    out = list(part(tracked).iter(P))
    assert len(new) == len(out)          # a correction of figures adds or removes no paragraph
    touched = 0
    for a, b in zip(new, out):
        if any(True for _ in b.iter(INS, DEL)):
            touched += 1
            continue
        assert etree.tostring(a) == etree.tostring(b)
    assert touched == 9                  # the sentence and eight annex cells


def test_footnote_reference_in_a_corrected_paragraph_stays_intact(tracked, corrected):
    sentence = next(p for p in part(tracked).iter(P) if "115" in "".join(p.itertext()))
    refs = list(sentence.iter(W + "footnoteReference"))
    assert len(refs) == 1
    run = refs[0].getparent()
    assert run.getparent() is sentence                      # not inside a revision
    assert run.find(f"{W}rPr/{W}rStyle").get(W + "val") == "FootnoteReference"
    new_ids = [r.get(W + "id") for r in part(corrected).iter(W + "footnoteReference")]
    assert [r.get(W + "id") for r in part(tracked).iter(W + "footnoteReference")] == new_ids


def test_accepting_all_gives_the_new_report_and_rejecting_all_the_old(tracked, original, corrected):
    doc = part(tracked)
    assert paragraph_texts(view(doc, "new")) == paragraph_texts(part(corrected))
    assert paragraph_texts(view(doc, "old")) == paragraph_texts(part(original))


def test_unchanged_rebuild_has_no_marks(original):
    data, count = track(original, original, DAY)
    assert count == 0 and data == original


# ---- structural changes: rows, paragraphs and footnotes that come and go ------------------

# The changes (conftest: drop_unit, drop_narrative, add_failed, drop_failed), and two more:

def _insert_unit(book):
    """A unit inserted at the top of the first unit sheet: every row below it is renumbered."""
    ws = book["Tổ chức cơ sở đảng"]
    values = [c.value for c in ws[2]]
    ws.insert_rows(2)
    for column, value in enumerate(values, start=1):
        ws.cell(row=2, column=column).value = value
    ws.cell(row=2, column=1).value = "Đảng bộ xã Mới Thành Lập"


def _drop_unit_notes(book):
    for name in ("Tập thể lãnh đạo", "Cán bộ lãnh đạo"):
        ws = book[name]
        column = [c.value for c in ws[1]].index("Ghi chú")
        for row in ws.iter_rows(min_row=2):
            row[column].value = None


@pytest.mark.parametrize("edit", [drop_unit, drop_narrative, add_failed, drop_failed, _drop_unit_notes, _insert_unit],
                         ids=["row", "paragraphs", "note-text", "note-deleted", "notes-deleted", "row-at-top"])
@pytest.mark.parametrize("direction", ["forward", "back"])
def test_structural_changes_round_trip(edit, direction, original, tmp_path):
    changed = sample_build(edit)
    old, new = (original, changed) if direction == "forward" else (changed, original)
    data, count = track(old, new, DAY)
    assert count > 0
    assert track(_rewritten(old), new, DAY) == (data, count)      # the tables read from bytes, or parsed
    path = tmp_path / "v.thay-doi.docx"
    path.write_bytes(data)
    assert_ooxml(path)
    doc, notes = part(data), part(data, "word/footnotes.xml")
    assert paragraph_texts(view(doc, "new")) == paragraph_texts(part(new))
    assert paragraph_texts(view(doc, "old")) == paragraph_texts(part(old))
    # Notes are stored in the order of their references (LibreOffice pairs them by position).
    refs = [r.get(W + "id") for r in doc.iter(W + "footnoteReference")]
    stored = [n.get(W + "id") for n in notes if n.get(W + "type") is None]
    assert refs == stored == [str(i) for i in range(1, len(refs) + 1)]
    assert [t for t in note_texts(view(notes, "new")) if t] == note_texts(part(new, "word/footnotes.xml"))


def test_deleted_footnote_keeps_its_text_as_a_deleted_note(original, tmp_path):
    changed = sample_build(drop_failed)
    data, _ = track(original, changed, DAY)
    doc, notes = part(data), part(data, "word/footnotes.xml")
    ref = next(r for r in doc.iter(W + "footnoteReference") if r.getparent().getparent().tag == DEL)
    note = next(n for n in notes if n.get(W + "id") == ref.get(W + "id"))
    text = "".join(t.text for t in note.iter(W + "delText"))
    assert "Chi bộ Đồn Biên phòng Mô Rai" in text
    assert not list(note.iter(W + "t"))                    # all of it deleted


def test_added_name_is_a_word_level_insertion_in_the_footnote(original, tmp_path):
    changed = sample_build(add_failed)
    data, _ = track(original, changed, DAY)
    inserted = [text for kind, text in marks(part(data, "word/footnotes.xml")) if kind == "ins"]
    assert inserted == ["; Chi bộ Thôn 5 thuộc Đảng bộ huyện Đăk Glei"]


@pytest.mark.skipif(shutil.which("soffice") is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice or pdftotext is not installed")
def test_libreoffice_shows_the_revisions(tracked, tmp_path, libreoffice):
    [pdf] = libreoffice.convert([tracked], "pdf", tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout
    # Deleted and inserted text are both shown, side by side, as Word shows them with markup.
    assert "114115/659" in text
    assert "17,30%17,45%" in " ".join(text.split())


# ---- annexes added: what LibreOffice's "reject all" leaves ----------------------------------------

@pytest.fixture(scope="module")
def annexes_added(tmp_path_factory) -> tuple[bytes, bytes, bytes]:
    """A report without annexes, the same with the discipline annex (a landscape section)."""
    import openpyxl

    folder = tmp_path_factory.mktemp("them-bieu")
    state = Path(__file__).resolve().parents[1] / "sample_data" / "bao-cao-ubnd-huyen-dak-ha.xlsx"
    book = openpyxl.load_workbook(state)
    sheet = book.create_sheet("Kỷ luật")
    source = openpyxl.load_workbook(SAMPLE.parent / "bao-cao-124-nghi-quyet-03.xlsx")["Kỷ luật"]
    for row in source.iter_rows(values_only=True):
        sheet.append(row)
    book.save(folder / "them.xlsx")
    old, new = render_workbook(state), render_workbook(folder / "them.xlsx")
    data, _ = track(old, new, DAY)
    return old, new, data


def test_inserted_headings_before_a_table_fall_back_to_the_end_mark(annexes_added):
    _, _, data = annexes_added
    body = part(data).find(f"{W}body")
    changes = list(body.iter(f"{W}pPrChange"))
    assert changes, "the first inserted paragraph before the annex table records a formatting change"
    for change in changes:
        p = change.getparent().getparent()
        assert p.find(f"{W}pPr/{W}rPr/{INS}") is not None            # only on inserted paragraphs
        assert change.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "EndMark"
        assert change.get(f"{W}author") == AUTHOR


def test_an_added_landscape_section_is_tracked_on_the_last_section(annexes_added, tmp_path):
    old, new, data = annexes_added
    last = part(data).find(f"{W}body/{W}sectPr")
    assert last.find(f"{W}pgSz").get(f"{W}orient") == "landscape"
    before = last.find(f"{W}sectPrChange/{W}sectPr")
    assert before.find(f"{W}pgSz").get(f"{W}orient") is None and before.find(f"{W}headerReference") is None
    path = tmp_path / "them.thay-doi.docx"
    path.write_bytes(data)
    assert_ooxml(path)
    doc = part(data)
    assert paragraph_texts(view(doc, "old")) == paragraph_texts(part(old))
    assert paragraph_texts(view(doc, "new")) == paragraph_texts(part(new))


# ---- top-level tables told apart by the bytes they were read from ------------------------

def test_body_spans_follow_nesting_and_self_closing_elements():
    from drafter.render.tracked import _body_spans
    body = (b'<w:tbl><w:tr><w:tc><w:tbl><w:tr/></w:tbl><w:p/></w:tc></w:tr></w:tbl>'
            b'<w:p><w:pPr><w:pStyle w:val="A"/></w:pPr><w:r><w:t>a&gt;b</w:t></w:r></w:p>'
            b'<w:p/><w:sectPr w:rsidR="1"><w:pgSz/></w:sectPr>')
    xml = b'<w:document xmlns:w="x"><w:body>' + body + b'</w:body></w:document>'
    spans = _body_spans(xml)
    assert [xml[a:b][:8] for a, b in spans] == [b"<w:tbl><", b"<w:p><w:", b"<w:p/>", b"<w:sectP"]
    assert b"".join(xml[a:b] for a, b in spans) == body
    assert _body_spans(xml.replace(b"<w:p/><w:sectPr", b"<w:p/> <w:sectPr")) is None


def _rewritten(docx: bytes) -> bytes:
    """The same package, its document.xml declared as Word writes it (not lxml's way)."""
    import io
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as z, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as w:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "word/document.xml":
                data = data.replace(b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>",
                                    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', 1)
            w.writestr(info, data)
    return out.getvalue()


@pytest.mark.parametrize("direction", ["forward", "back"])
def test_tables_compared_by_their_bytes_or_serialised_give_the_same_copy(original, corrected, direction):
    old, new = (original, corrected) if direction == "forward" else (corrected, original)
    assert track(old, new, DAY) == track(_rewritten(old), new, DAY) == track(old, _rewritten(new), DAY)


def _lone_word(cell: bytes):
    from drafter.render.tracked import _lone_word as lone
    return lone(b"<w:tr><w:tc><w:tcPr><w:tcW w:w=\"1\"/></w:tcPr>" + cell)


def test_a_renumbered_cell_is_read_from_its_bytes_only_when_the_tree_would_say_the_same():
    run = b'<w:r><w:rPr><w:b/></w:rPr><w:t>12</w:t></w:r>'
    found = _lone_word(b'<w:p><w:pPr><w:jc w:val="center"/></w:pPr>' + run + b"</w:p>")
    assert found is not None and found[1:] == (b"<w:rPr><w:b/></w:rPr>", b"12")
    assert _lone_word(b"<w:p>" + run + b"</w:p>")[1:] == (b"<w:rPr><w:b/></w:rPr>", b"12")
    assert _lone_word(b"<w:p><w:pPr><w:pPrChange><w:pPr/></w:pPrChange></w:pPr>" + run + b"</w:p>") is not None
    # Whatever the tree would read otherwise is left to it.
    for cell in (b"<w:p>" + run + run + b"</w:p>",                                       # two runs
                 b"<w:p/><w:p>" + run + b"</w:p>",                                       # two paragraphs
                 b"<w:p><w:r><w:t>1 2</w:t></w:r></w:p>",                                # two words
                 b"<w:p><w:r><w:t>a&amp;b</w:t></w:r></w:p>",                            # an entity
                 b'<w:p><w:r w:rsidR="1"><w:t>12</w:t></w:r></w:p>',                     # a run's attribute
                 b"<w:p><w:r><w:tab/><w:t>12</w:t></w:r></w:p>",                         # more in the run
                 b"<w:p><w:pPr/><w:bookmarkStart/>" + run + b"</w:p>",                  # more in the paragraph
                 b"<w:p><w:bookmarkStart/>" + run + b"</w:p>"):
        assert _lone_word(cell) is None, cell


def test_a_unit_inserted_at_the_top_renumbers_each_row_by_one_deletion_and_one_insertion(original):
    changed = sample_build(_insert_unit)
    data, count = track(original, changed, DAY)
    doc = part(data)
    table = next(t for t in doc.iter(W + "tbl") if "Đảng bộ xã Mới Thành Lập" in "".join(t.itertext()))
    rows = [r for r in table if r.tag == TR]
    inserted = [r for r in rows if r.find(f"{W}trPr/{INS}") is not None]
    assert len(inserted) == 1 and "Đảng bộ xã Mới Thành Lập" in "".join(inserted[0].itertext())
    below = rows[rows.index(inserted[0]) + 1:]
    renumbered = [marks(r) for r in below if marks(r)]
    assert renumbered[:3] == [[("del", "1"), ("ins", "2")], [("del", "2"), ("ins", "3")], [("del", "3"), ("ins", "4")]]
    assert track(_rewritten(original), changed, DAY) == (data, count)


def test_a_previous_report_broken_inside_a_table_is_an_unreadable_report_not_a_crash(original, corrected):
    """The tables are read apart from the body: a fault inside one still says the report is unreadable."""
    import io
    import zipfile
    from drafter.errors import RevisionError
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as z, zipfile.ZipFile(out, "w") as w:
        for info in z.infolist():
            data = z.read(info.filename)
            if info.filename == "word/document.xml":
                at = data.index(b"<w:t", data.rindex(b"<w:tbl>"))
                data = data[:at] + b"<w:t a=>" + data[data.index(b">", at) + 1:]
            w.writestr(info, data)
    with pytest.raises(RevisionError):
        track(out.getvalue(), corrected, DAY)
