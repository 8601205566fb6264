"""Rebuilding a report its officer has edited (render/rebuild.py): the officer's edits
and the corrected figures both end up in the merged report.

Each scenario edits the last build as an officer would, with python-docx and then
also as LibreOffice saves it (opening and saving as .docx rewrites every part, the
way an editor does: renamed styles, renumbered notes, an extra first paragraph); for
LibreOffice, the scenarios that can share a file are made in one sitting (SITTINGS).
Each edited file is merged with a correction of the sample workbook in `Tổ chức cơ
sở đảng`, the python-docx ones also with one in `Đảng viên`. Every case checks the
merged text (the edit is there, and so is the new figure) and the tracked copy
(accepting all of drafter's revisions gives the merged text, rejecting all gives the
officer's); the first correction's cases run the shared OOXML check on both outputs.
"""
from __future__ import annotations

import copy
import functools
import datetime as dt
import io
import shutil
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Callable

import docx
import pytest
from docx.oxml.ns import qn
from lxml import etree

from conftest import (KON_TUM, LIBREOFFICE_DOCX, SAMPLE, W, add_failed, assert_ooxml, drop_failed, drop_narrative,
                      drop_unit, edited, note_texts, paragraph_texts, part, run_text, sample_build, set_counts, view)
from conftest import run as run_drafter
from drafter import messages as M
from drafter.errors import RebuildError
from drafter.render.rebuild import AUTHOR, Rebuilt, rebuild

DAY = dt.date(2026, 1, 2)
SOFFICE = shutil.which("soffice")
COMMENT_REF = W + "commentReference"


# ---- the corrections: one figure in each of two sheets, rows still adding up -------------

@dataclass(frozen=True)
class Correction:
    name: str
    edit: Callable
    count: tuple[str, str]        # "489/659" → "488/659" in the result sentence
    share: tuple[str, str]        # the share of that count
    annex: int                    # index of the annex table among the body's tables
    column: int                   # Kon Tum's cell of that count in the annex
    cell: tuple[str, str]         # and its value
    cell_share: str               # the new share beside it


# Counts moved between two categories of one unit: its total stays, and no new warning
# comes up (one more HTXSNV in Tổ chức cơ sở đảng would pass 20% of HTTNV).
CORRECTIONS = [
    Correction("to-chuc", set_counts("Tổ chức cơ sở đảng", KON_TUM, HTTNV=80, HTNV=8),
               ("489/659", "488/659"), ("74,20%", "74,05%"), 2, 6, ("81", "80"), "76,19"),
    Correction("dang-vien", set_counts("Đảng viên", KON_TUM, HTXSNV=876, HTTNV=5013),
               ("3.726/27.408", "3.727/27.408"), ("13,59%", "13,60%"), 4, 4, ("875", "876"), "13,66"),
]
# The sentences whose figures the corrections change, as the first build prints them.
RESULTS = ("Kết quả: 114/659", "Kết quả: 3.726/27.408")
# How the officer rewrites the share that the correction also changes (a conflict).
OFFICER_SHARE = {"to-chuc": "74,2%", "dang-vien": "13,6%"}


# ---- what a document says, read back --------------------------------------------------------

@functools.lru_cache(maxsize=32)
def parsed(data: bytes, name: str = "word/document.xml") -> etree._Element | None:
    """`part` of a document's bytes, parsed once: a case reads the merged and the tracked
    copy several times over (its checks, accept-all, reject-all, the marks). The tree is
    shared, so nothing changes it (`view` works on a copy)."""
    return part(data, name)


@dataclass
class Text:
    data: bytes

    @cached_property
    def doc(self) -> etree._Element:
        return parsed(self.data)

    @cached_property
    def _paragraphs(self) -> list[str]:
        return paragraph_texts(self.doc)

    def paragraphs(self) -> list[str]:
        return list(self._paragraphs)

    def notes(self) -> list[str]:
        return note_texts(parsed(self.data, "word/footnotes.xml"))

    def comments(self) -> list[str]:
        root = parsed(self.data, "word/comments.xml")
        return [] if root is None else [run_text(c) for c in root.iter(W + "comment")]

    def sentence(self, c: Correction) -> str | None:
        """The result sentence of a correction, whichever figures it holds now."""
        found = [t for t in self.paragraphs() if t.startswith("Kết quả") and c.count[0].split("/")[1] in t
                 and ("tổ chức cơ sở đảng" in t if c.name == "to-chuc" else "đảng viên" in t)]
        assert len(found) <= 1, found
        return found[0] if found else None

    def row(self, c: Correction, unit: str = KON_TUM) -> list[str]:
        table = self.doc.find(W + "body").findall(W + "tbl")[c.annex]
        rows = [[run_text(tc) for tc in tr.findall(W + "tc")] for tr in table.findall(W + "tr")]
        return next(r for r in rows if len(r) > 1 and r[1].startswith(unit))


def texts_after(paragraphs: list[str], start: str) -> str:
    index = next(i for i, t in enumerate(paragraphs) if t.startswith(start))
    return paragraphs[index + 1]


# ---- the officer's edits, made with python-docx ---------------------------------------------

def _results(doc) -> list:
    found = [p for p in doc.paragraphs if p.text.startswith(RESULTS)]
    assert len(found) == 2
    return found


def _run_with(paragraph, words: str):
    return next(r for r in paragraph.runs if words in r.text)


def _split_run(run, start: int, end: int):
    """Split a python-docx run into three at [start, end); return the middle one."""
    text = run.text
    middle, after = copy.deepcopy(run._r), copy.deepcopy(run._r)
    run._r.addnext(middle)
    middle.addnext(after)
    run.text = text[:start]
    docx.text.run.Run(middle, run._parent).text = text[start:end]
    docx.text.run.Run(after, run._parent).text = text[end:]
    return docx.text.run.Run(middle, run._parent)


def add_paragraph(doc):
    for p in _results(doc):
        following = docx.text.paragraph.Paragraph(p._p.getnext(), p._parent)
        following.insert_paragraph_before("Nhìn chung, kết quả xếp loại phản ánh đúng thực chất (ý kiến người soạn).")


def delete_paragraph(doc):
    p = next(p for p in doc.paragraphs if p.text.startswith("Cấp ủy các cấp đã kịp thời"))
    p._p.getparent().remove(p._p)


def move_paragraph(doc):
    for p in _results(doc):
        below = p._p.getnext()
        below.addnext(p._p)


def reword(doc):
    for p in _results(doc):
        run = _run_with(p, "Kết quả: ")
        run.text = run.text.replace("Kết quả: ", "Kết quả cụ thể như sau: ", 1)


def change_figure(doc):
    for p, c in zip(_results(doc), CORRECTIONS):
        run = _run_with(p, c.share[0])
        run.text = run.text.replace(c.share[0], OFFICER_SHARE[c.name], 1)


def edit_footnote(doc):
    notes = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/footnotes.xml")
    root = etree.fromstring(notes.blob)
    note = next(n for n in root.iter(W + "footnote") if n.get(W + "type") is None)
    t = list(note.iter(W + "t"))[-1]
    t.text = t.text.rstrip(".") + " (người soạn bổ sung)."
    notes._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _annexes(doc) -> list:
    return [doc.tables[c.annex] for c in CORRECTIONS]


def _row(table, unit: str):
    return next(r for r in table.rows if r.cells[1].text.startswith(unit))


def edit_cell(doc):
    for table in _annexes(doc):
        cell = _row(table, "Đảng bộ huyện Ngọc Hồi").cells[1]
        cell.paragraphs[0].runs[0].text = "Đảng bộ huyện Ngọc Hồi (đã kiện toàn)"


def add_row(doc):
    for table in _annexes(doc):
        row = _row(table, KON_TUM)._tr
        added = copy.deepcopy(row)
        row.addnext(added)
        for i, tc in enumerate(added.findall(qn("w:tc"))):
            cell = docx.table._Cell(tc, table)
            cell.paragraphs[0].runs[0].text = "Đơn vị mới thành lập (người soạn thêm)" if i == 1 else "-"


def row_note(doc):
    for table in _annexes(doc):
        cell = _row(table, KON_TUM).cells[1]
        cell.paragraphs[0].add_run(" (*)")
        note = doc.add_paragraph("(*) Số liệu của đơn vị đã được rà soát lại (ghi chú của người soạn).")
        table._tbl.addnext(note._p)


def bold_phrase(doc):
    for p, phrase in zip(_results(doc), ("tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ",
                                         "đảng viên hoàn thành xuất sắc nhiệm vụ")):
        run = _run_with(p, phrase)
        start = run.text.index(phrase)
        _split_run(run, start, start + len(phrase)).bold = True


def add_comment(doc):
    for p in _results(doc):
        doc.add_comment(p.runs[0], text="Đề nghị Ban Tổ chức kiểm tra lại.", author="Người soạn", initials="NS")


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def add_picture(doc):
    for p in _results(doc):
        picture = doc.add_paragraph()
        picture.add_run().add_picture(io.BytesIO(_png()), width=docx.shared.Cm(4))
        p._p.addnext(picture._p)


def edit_header(doc):
    header = doc.tables[0]
    for cell in header._cells:
        for p in cell.paragraphs:
            if p.text == "Số 48-BC/TU":
                p.runs[0].text = "Số 48-BC/TU (dự thảo lần 2)"
            if p.text.startswith("Kon Tum, ngày"):
                p.runs[0].text = "Kon Tum, ngày 15 tháng 3 năm 2021"


# How the officer rewrites Kon Tum's count in the annex that the correction also changes.
OFFICER_CELL = {"to-chuc": "79", "dang-vien": "870"}


def edit_figure_cell(doc):
    for table, c in zip(_annexes(doc), CORRECTIONS):
        cell = _row(table, KON_TUM).cells[c.column]
        cell.paragraphs[0].runs[0].text = OFFICER_CELL[c.name]


def delete_result(doc):
    """Delete the result sentences, and their footnotes with them, as Word does."""
    gone = set()
    for p in _results(doc):
        gone |= {ref.get(qn("w:id")) for ref in p._p.iter(qn("w:footnoteReference"))}
        p._p.getparent().remove(p._p)
    notes = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/footnotes.xml")
    root = etree.fromstring(notes.blob)
    for note in [n for n in root.iter(W + "footnote") if n.get(W + "id") in gone]:
        root.remove(note)
    notes._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def page_break_and_style(doc):
    heading = next(p for p in doc.paragraphs if p.text.startswith("II. ĐÁNH GIÁ CHUNG"))
    heading.insert_paragraph_before().add_run().add_break(docx.enum.text.WD_BREAK.PAGE)
    for p in _results(doc):
        p.style = doc.styles["Item"]


# ---- what each scenario expects ---------------------------------------------------------------

def _updated(merged: Text, c: Correction, result: Rebuilt) -> None:
    sentence = merged.sentence(c)
    assert sentence is not None and c.count[1] in sentence and c.share[1] in sentence, sentence
    assert c.count[0] not in sentence
    assert merged.row(c)[c.column] == c.cell[1]
    assert result.updated >= 2


def _no_conflict(result: Rebuilt) -> None:
    assert result.conflicts == []


def check_add(merged, c, result):
    _updated(merged, c, result)
    assert texts_after(merged.paragraphs(), merged.sentence(c)).startswith("Nhìn chung, kết quả xếp loại")
    _no_conflict(result)
    assert result.kept >= 2


def check_delete(merged, c, result):
    _updated(merged, c, result)
    assert not any(t.startswith("Cấp ủy các cấp đã kịp thời") for t in merged.paragraphs())
    _no_conflict(result)


def check_move(merged, c, result):
    _updated(merged, c, result)
    paragraphs = merged.paragraphs()
    index = paragraphs.index(merged.sentence(c))
    # Moved below the paragraph that followed it, and updated there.
    before = "- Đối với chi bộ trực thuộc" if c.name == "to-chuc" else "c) Đối với tập thể lãnh đạo"
    assert paragraphs[index - 1].startswith(before)
    _no_conflict(result)


def check_reword(merged, c, result):
    _updated(merged, c, result)
    assert merged.sentence(c).startswith("Kết quả cụ thể như sau: ")
    _no_conflict(result)


def check_figure(merged, c, result):
    officer = OFFICER_SHARE[c.name]
    sentence = merged.sentence(c)
    assert c.count[1] in sentence and officer in sentence and c.share[1] not in sentence
    assert merged.row(c)[c.column] == c.cell[1]
    [conflict] = result.conflicts
    assert (conflict.officer, conflict.new, conflict.old) == (officer, c.share[1], c.share[0])
    assert "2.2." in conflict.section and ("a)" in conflict.section or "b)" in conflict.section)
    assert f"Số liệu mới: {c.share[1]} (trước: {c.share[0]})" in merged.comments()


def check_footnote(merged, c, result):
    _updated(merged, c, result)
    assert any(t.endswith("(người soạn bổ sung).") for t in merged.notes())
    _no_conflict(result)


def check_cell(merged, c, result):
    _updated(merged, c, result)
    assert merged.row(c, "Đảng bộ huyện Ngọc Hồi")[1] == "Đảng bộ huyện Ngọc Hồi (đã kiện toàn)"
    _no_conflict(result)


def check_row(merged, c, result):
    _updated(merged, c, result)
    assert merged.row(c, "Đơn vị mới thành lập")[2] == "-"
    _no_conflict(result)


def check_row_note(merged, c, result):
    _updated(merged, c, result)
    assert merged.row(c)[1] == KON_TUM + " (*)"
    assert sum(t.startswith("(*) Số liệu của đơn vị") for t in merged.paragraphs()) == 2
    _no_conflict(result)


def check_bold(merged, c, result):
    _updated(merged, c, result)
    phrase = "tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ" if c.name == "to-chuc" else \
        "đảng viên hoàn thành xuất sắc nhiệm vụ"
    paragraph = next(p for p in merged.doc.iter(W + "p") if run_text(p) == merged.sentence(c))
    bold = "".join(run_text(r) for r in paragraph.iter(W + "r")
                   if r.find(f"{W}rPr/{W}b") is not None and r.find(f"{W}rPr/{W}b").get(W + "val")
                   in (None, "true", "1", "on"))
    assert bold.strip() == phrase
    _no_conflict(result)


def check_comment(merged, c, result):
    _updated(merged, c, result)
    assert merged.comments().count("Đề nghị Ban Tổ chức kiểm tra lại.") == 2
    paragraph = next(p for p in merged.doc.iter(W + "p") if run_text(p) == merged.sentence(c))
    assert paragraph.find(W + "commentRangeStart") is not None and next(paragraph.iter(COMMENT_REF)) is not None
    _no_conflict(result)


def check_picture(merged, c, result):
    _updated(merged, c, result)
    paragraph = next(p for p in merged.doc.iter(W + "p") if run_text(p) == merged.sentence(c))
    assert next(paragraph.getnext().iter(W + "drawing"), None) is not None
    with __import__("zipfile").ZipFile(io.BytesIO(merged.data)) as z:
        assert any(n.startswith("word/media/") for n in z.namelist())
    _no_conflict(result)


def check_header(merged, c, result):
    _updated(merged, c, result)
    paragraphs = merged.paragraphs()
    assert "Số 48-BC/TU (dự thảo lần 2)" in paragraphs and "Kon Tum, ngày 15 tháng 3 năm 2021" in paragraphs
    _no_conflict(result)


def check_figure_cell(merged, c, result):
    sentence = merged.sentence(c)
    assert c.count[1] in sentence and c.share[1] in sentence
    row = merged.row(c)
    # The officer's count stays; the share beside it, which the officer left alone, is the new one.
    assert row[c.column] == OFFICER_CELL[c.name] and row[c.column + 1] == c.cell_share
    [conflict] = result.conflicts
    assert (conflict.officer, conflict.new, conflict.old) == (OFFICER_CELL[c.name], c.cell[1], c.cell[0])
    assert conflict.section.startswith(f"Biểu số {(1, 3)[c.annex == 4]}") and conflict.section.endswith(KON_TUM)
    assert f"Số liệu mới: {c.cell[1]} (trước: {c.cell[0]})" in merged.comments()


def check_deleted_result(merged, c, result):
    assert merged.sentence(c) is None
    assert merged.row(c)[c.column] == c.cell[1]
    [conflict] = result.conflicts
    assert conflict.officer == "" and c.count[1].split("/")[0] in conflict.new
    assert any(t.startswith("Phần đã xóa ở đây có số liệu mới") and c.share[1] in t for t in merged.comments())


def check_break_and_style(merged, c, result):
    _updated(merged, c, result)
    paragraph = next(p for p in merged.doc.iter(W + "p") if run_text(p) == merged.sentence(c))
    assert paragraph.find(f"{W}pPr/{W}pStyle").get(W + "val") == "Item"
    assert any(br.get(W + "type") == "page" for br in merged.doc.iter(W + "br"))
    _no_conflict(result)


@dataclass(frozen=True)
class Scenario:
    name: str
    edit: Callable
    check: Callable


SCENARIOS = [
    Scenario("them-doan", add_paragraph, check_add),
    Scenario("xoa-doan", delete_paragraph, check_delete),
    Scenario("chuyen-doan", move_paragraph, check_move),
    Scenario("sua-quanh-so", reword, check_reword),
    Scenario("sua-chinh-so", change_figure, check_figure),
    Scenario("sua-chu-thich", edit_footnote, check_footnote),
    Scenario("sua-o-bieu", edit_cell, check_cell),
    Scenario("sua-o-so-lieu", edit_figure_cell, check_figure_cell),
    Scenario("them-dong", add_row, check_row),
    Scenario("ghi-chu-dong", row_note, check_row_note),
    Scenario("in-dam", bold_phrase, check_bold),
    Scenario("binh-luan", add_comment, check_comment),
    Scenario("chen-hinh", add_picture, check_picture),
    Scenario("sua-phan-dau", edit_header, check_header),
    Scenario("xoa-doan-so-lieu", delete_result, check_deleted_result),
    Scenario("ngat-trang-doi-kieu", page_break_and_style, check_break_and_style),
]
BY_NAME = {s.name: s for s in SCENARIOS}

# LibreOffice spends about 0.7 s of CPU opening and saving one of these reports (reading its
# tables, mostly), and each file it saves is three times the size to merge and check. So the
# LibreOffice cases edit as an officer does in one sitting: several of the scenarios in one
# file, saved once, merged once, each scenario's check run on that one result. A sitting
# holds edits that leave each other's checks true: at most one edit beside a result
# sentence's neighbours (moved, added after, picture after), and every edit that must
# raise exactly one conflict sits alone. The python-docx cases keep one scenario per file.
SITTINGS = {
    "sap-xep": ("chuyen-doan", "them-doan", "xoa-doan", "sua-chu-thich", "sua-o-bieu", "sua-phan-dau"),
    # (the rewording last: the other edits find the result sentences by their first words)
    "trinh-bay": ("chen-hinh", "in-dam", "binh-luan", "ngat-trang-doi-kieu", "them-dong", "ghi-chu-dong",
                  "sua-quanh-so"),
    "sua-chinh-so": ("sua-chinh-so",),
    "sua-o-so-lieu": ("sua-o-so-lieu",),
    "xoa-doan-so-lieu": ("xoa-doan-so-lieu",),
}
SITTING_OF = {name: sitting for sitting, names in SITTINGS.items() for name in names}


# ---- the documents -------------------------------------------------------------------------

class Documents:
    """The builds (conftest.sample_build: each once per process, shared with test_revisions)
    and the officer's edits of them."""

    def __init__(self, folder: Path, libreoffice) -> None:
        self.folder = folder
        self.libreoffice = libreoffice
        self.base = sample_build()
        self.by_docx: dict[tuple[str, ...], bytes] = {}
        self.by_libreoffice: dict[str, tuple[bytes, bytes]] | None = None

    def structural(self, name: str) -> bytes:
        """The build of the sample with one of drafter's structural changes (STRUCTURAL)."""
        return sample_build(dict(STRUCTURAL)[name])

    def corrected(self, c: Correction) -> bytes:
        return sample_build(c.edit)

    def book(self, c: Correction) -> Path:
        """The corrected workbook, as a file."""
        return edited(self.folder / f"{c.name}.xlsx", c.edit)

    def edited_with_docx(self, *scenarios: Scenario) -> bytes:
        """The first build edited with python-docx: one scenario, or a sitting's in order."""
        key = tuple(s.name for s in scenarios)
        if key not in self.by_docx:
            doc = docx.Document(io.BytesIO(self.base))
            for scenario in scenarios:
                scenario.edit(doc)
            out = io.BytesIO()
            doc.save(out)
            self.by_docx[key] = out.getvalue()
        return self.by_docx[key]

    def saved_by_libreoffice(self) -> dict[str, tuple[bytes, bytes]]:
        """Every file the LibreOffice cases open, as written and as LibreOffice saves it,
        in ONE LibreOffice run (each run starts LibreOffice afresh, seconds of the suite):
        the officer's edits of each sitting; for each structural change the new build and
        the officer's edits on it, and under "" those edits on the first build; the first
        build only opened and saved ("chi-luu-lai"); the revisions test's officer file."""
        if self.libreoffice is None:
            pytest.skip("LibreOffice (soffice) is not installed")
        if self.by_libreoffice is None:
            written: dict[str, tuple[bytes, bytes]] = {}
            for sitting, names in SITTINGS.items():
                written[sitting] = (self.base, self.edited_with_docx(*(BY_NAME[n] for n in names)))
            builds = {"": self.base}
            builds.update({name: self.structural(name) for name, _ in STRUCTURAL})
            for name, data in builds.items():
                written[f"cau-truc-{name}"] = (data, officer_edited(data))
            written["chi-luu-lai"] = (self.base, self.base)
            with_notes = self.structural("bo-chu-thich")
            written["doc-thay-doi"] = (with_notes, officer_edited(
                with_notes, lambda doc: (officer_elsewhere(doc), change_figure(doc))))
            source = self.folder / "python-docx"
            source.mkdir(exist_ok=True)
            files = []
            for name, (_, officer) in written.items():
                files.append(source / f"{name}.docx")
                files[-1].write_bytes(officer)
            saved = self.libreoffice.convert(files, "docx", self.folder / "libreoffice")
            self.by_libreoffice = {name: (base, f.read_bytes()) for (name, (base, _)), f in zip(written.items(), saved)}
        return self.by_libreoffice

    def edited_with_libreoffice(self, scenario: Scenario) -> bytes:
        """The officer's file of the scenario's sitting, as LibreOffice saved it."""
        return self.saved_by_libreoffice()[SITTING_OF[scenario.name]][1]

    def edited(self, editor: str, scenario: Scenario) -> bytes:
        return self.edited_with_docx(scenario) if editor == "python-docx" else self.edited_with_libreoffice(scenario)

    @functools.lru_cache(maxsize=None)      # the scenarios of one sitting share one merge
    def merged(self, officer: bytes, correction: Correction) -> Rebuilt:
        """The officer's file rebuilt with the correction, and what holds for any edit:
        accepting all of drafter's revisions in the tracked copy gives the merged text,
        rejecting all gives the officer's; every mark is drafter's; both files pass the
        OOXML check (the second correction moves another figure through the same code as
        the first, so only the first's are checked: a third of these cases' time)."""
        result = rebuild(self.base, officer, self.corrected(correction), DAY)
        assert accept_all(result.tracked) == texts(result.merged)
        assert reject_all(result.tracked) == texts(officer)
        marks = [el for el in parsed(result.tracked).iter(W + "ins", W + "del")]
        assert marks and {m.get(W + "author") for m in marks} == {AUTHOR}
        if correction is CORRECTIONS[0]:
            for name, data in (("merged.docx", result.merged), ("tracked.docx", result.tracked)):
                (self.folder / name).write_bytes(data)
                assert_ooxml(self.folder / name)
        return result


@pytest.fixture(scope="module")
def docs(tmp_path_factory, request) -> Documents:
    # LibreOffice only when a LibreOffice case asks for it (the python-docx cases run without).
    office = request.getfixturevalue("libreoffice") if SOFFICE else None
    return Documents(tmp_path_factory.mktemp("rebuild"), office)


def _read(doc: etree._Element, notes: etree._Element | None) -> tuple[list[str], list[str]]:
    """What a reader sees: the paragraphs, and the notes under the references left in
    them, in the order of the references (LibreOffice marks an inserted note by its
    reference only, Word also marks the note's text)."""
    by_id = {n.get(W + "id"): n for n in (notes if notes is not None else [])}
    refs = [r.get(W + "id") for r in doc.iter(W + "footnoteReference")]
    return paragraph_texts(doc), [run_text(by_id[r]).strip() for r in refs]


def accept_all(data: bytes) -> tuple[list[str], list[str]]:
    return _read(view(parsed(data), "new"), view(parsed(data, "word/footnotes.xml"), "new"))


def reject_all(data: bytes) -> tuple[list[str], list[str]]:
    return _read(view(parsed(data), "old"), view(parsed(data, "word/footnotes.xml"), "old"))


def texts(data: bytes) -> tuple[list[str], list[str]]:
    return _read(parsed(data), parsed(data, "word/footnotes.xml"))


# ---- the tests ----------------------------------------------------------------------------

@pytest.mark.parametrize("correction", CORRECTIONS, ids=[c.name for c in CORRECTIONS])
def test_corrected_workbooks_validate_clean(correction, docs):
    result = run_drafter("validate", docs.book(correction))
    original = run_drafter("validate", SAMPLE)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == "Có 0 lỗi, 11 cảnh báo."
    assert result.stderr == original.stderr          # the sample's own warnings, no new one


# Each edit as python-docx writes it, with the first correction; and as LibreOffice saves
# it (its sitting's file, SITTINGS): the LibreOffice file is three times the size, these
# cases are the suite's slowest. The scenarios edit both result sentences or both annexes
# (or a place no correction touches), so the first correction already merges each edit
# beside a figure that changed and beside one that did not; the second correction (Đảng
# viên) runs where its sheet shows in what is checked: a conflict names its section or
# annex, a moved or reworded sentence is found again.
SECOND_SHEET = ("chuyen-doan", "sua-quanh-so", "sua-chinh-so", "sua-o-so-lieu", "xoa-doan-so-lieu")
CASES = [pytest.param(editor, c, s, id=f"{editor}-{c.name}-{s.name}",
                      marks=[LIBREOFFICE_DOCX] if editor == "libreoffice" else [])
         for editor, corrections in (("python-docx", CORRECTIONS), ("libreoffice", CORRECTIONS[:1]))
         for c in corrections for s in SCENARIOS if c is CORRECTIONS[0] or s.name in SECOND_SHEET]


@pytest.mark.parametrize("editor, correction, scenario", CASES)
def test_officer_edits_and_new_figures_are_both_kept(editor, scenario, correction, docs):
    result = docs.merged(docs.edited(editor, scenario), correction)
    scenario.check(Text(result.merged), correction, result)


# ---- drafter's own structural changes: rows, paragraphs and footnotes that come and go ------

def officer_elsewhere(doc) -> None:
    """Edits away from every figure a workbook change moves, six places: a sentence
    reworded, an assessment added, a phrase in bold, a footnote completed, two cells
    of the header block."""
    p = next(p for p in doc.paragraphs if p.text.startswith("Cấp ủy các cấp đã kịp thời"))
    p.runs[0].text = p.runs[0].text.replace("đã kịp thời", "đã chủ động, kịp thời", 1)
    p.insert_paragraph_before("Ý kiến của người soạn về ưu điểm.")
    last = next(p for p in doc.paragraphs if p.text.startswith("Đề nghị Ban Tổ chức Trung ương"))
    _split_run(last.runs[0], 0, len("Đề nghị Ban Tổ chức Trung ương")).bold = True
    notes = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/footnotes.xml")
    root = etree.fromstring(notes.blob)
    for t in root.iter(W + "t"):
        if t.text.startswith("Cấp tỉnh 113 đồng chí"):
            t.text = t.text.rstrip(".") + " (đã rà soát)."
    notes._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    edit_header(doc)


@functools.lru_cache(maxsize=16)       # each build's officer edits are read by several cases
def officer_edited(data: bytes, edit=officer_elsewhere) -> bytes:
    doc = docx.Document(io.BytesIO(data))
    edit(doc)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# (conftest's drop_unit … drop_failed: test_revisions tracks the same changes)
STRUCTURAL = [("bo-dong", drop_unit), ("bo-doan", drop_narrative), ("them-ten-chu-thich", add_failed),
              ("bo-chu-thich", drop_failed)]


@pytest.mark.parametrize("direction", ["forward", "back"])
@pytest.mark.parametrize("name", [n for n, _ in STRUCTURAL])
def test_merging_is_editing_the_new_report(name, direction, docs, tmp_path):
    """Edits that touch nothing drafter changes: merging them into the new build gives
    the text of the new build edited the same way, rows, paragraphs and notes that come
    and go included."""
    changed = docs.structural(name)
    old, new = (docs.base, changed) if direction == "forward" else (changed, docs.base)
    result = rebuild(old, officer_edited(old), new, DAY)
    assert texts(result.merged) == texts(officer_edited(new))
    assert result.conflicts == [] and result.updated > 0 and result.kept == 6
    assert accept_all(result.tracked) == texts(result.merged)
    assert reject_all(result.tracked) == texts(officer_edited(old))
    for name, data in (("merged.docx", result.merged), ("tracked.docx", result.tracked)):
        (tmp_path / name).write_bytes(data)
        assert_ooxml(tmp_path / name)


@pytest.fixture(scope="module")
def saved_by_libreoffice(docs) -> dict[str, tuple[bytes, bytes]]:
    """For each structural change: the new build, and the officer's edits made on it then
    saved by LibreOffice; under "" the same edits on the first build; under "chi-luu-lai"
    the first build, opened and saved."""
    saved = docs.saved_by_libreoffice()
    out = {name: saved[f"cau-truc-{name}"] for name in ["", *(n for n, _ in STRUCTURAL)]}
    out["chi-luu-lai"] = saved["chi-luu-lai"]
    return out


@LIBREOFFICE_DOCX
def test_a_file_only_saved_again_by_libreoffice_has_no_edit_of_the_officer(saved_by_libreoffice, docs):
    """LibreOffice's rewriting (styles renamed, runs, an empty first paragraph, notes
    renumbered) is no edit: nothing counts as kept, every figure is updated."""
    base, officer = saved_by_libreoffice["chi-luu-lai"]
    result = rebuild(base, officer, docs.corrected(CORRECTIONS[0]), DAY)
    assert (result.kept, result.conflicts) == (0, [])
    assert rebuild(base, base, docs.corrected(CORRECTIONS[0]), DAY).updated == result.updated > 0


@LIBREOFFICE_DOCX
@pytest.mark.parametrize("direction", ["forward", "back"])
@pytest.mark.parametrize("name", [n for n, _ in STRUCTURAL])
def test_merging_into_a_libreoffice_file_is_editing_the_new_report(name, direction, saved_by_libreoffice, tmp_path):
    """The same property on the officer's file as LibreOffice saves it: rows, paragraphs
    and notes drafter adds take LibreOffice's style names (TextBody for BodyText …)."""
    first, second = ("", name) if direction == "forward" else (name, "")
    (base, officer), (new, expected) = saved_by_libreoffice[first], saved_by_libreoffice[second]
    result = rebuild(base, officer, new, DAY)
    assert texts(result.merged) == texts(expected)
    assert result.conflicts == []
    assert accept_all(result.tracked) == texts(result.merged)
    assert reject_all(result.tracked) == texts(officer)
    for file, data in (("merged.docx", result.merged), ("tracked.docx", result.tracked)):
        (tmp_path / file).write_bytes(data)
        assert_ooxml(tmp_path / file)
    styles = {s.get(W + "val") for s in parsed(result.merged).iter(W + "pStyle")}
    assert "BodyText" not in styles and "TextBody" in styles


@LIBREOFFICE_DOCX
def test_libreoffice_reads_the_revisions_notes_and_comments(docs, tmp_path, libreoffice):
    """LibreOffice opens the outputs as Word would: in the tracked copy it finds every
    revision (its own accept-all and reject-all, read back from the file it saves, give
    the merged and the officer's text), the comment of the conflict, and, in the merged
    copy, a footnote drafter added beside the officer's, each under its reference."""
    with_notes, officer = docs.saved_by_libreoffice()["doc-thay-doi"]
    result = rebuild(with_notes, officer, docs.corrected(CORRECTIONS[0]), DAY)
    assert len(result.conflicts) == 1
    files = [tmp_path / "tracked.docx", tmp_path / "merged.docx"]
    files[0].write_bytes(result.tracked)
    files[1].write_bytes(result.merged)
    tracked, merged = (f.read_bytes() for f in libreoffice.convert(files, "docx", tmp_path / "again"))

    assert accept_all(tracked) == texts(result.merged)
    assert reject_all(tracked) == texts(officer)
    assert "Số liệu mới: 74,05% (trước: 74,20%)" in Text(tracked).comments()
    assert texts(merged) == texts(result.merged)
    names = "Chi bộ Trung tâm Phát triển quỹ đất thuộc Đảng bộ thành phố Kon Tum"
    ref_paragraph = next(p for p in part(merged).iter(W + "p") if run_text(p).startswith("Kết quả: 114/659"))
    note_id = next(ref_paragraph.iter(W + "footnoteReference")).get(W + "id")
    note = next(n for n in part(merged, "word/footnotes.xml") if n.get(W + "id") == note_id)
    assert run_text(note).strip().startswith(names)


def test_an_unreadable_edited_file_says_so_in_vietnamese(docs):
    new = docs.corrected(CORRECTIONS[0])
    with pytest.raises(RebuildError) as caught:
        rebuild(docs.base, b"not a docx", new, DAY)
    assert str(caught.value).startswith("Không đọc được bản báo cáo đã sửa: tệp không phải .docx")
    broken = io.BytesIO()
    with __import__("zipfile").ZipFile(broken, "w") as z:
        z.writestr("word/document.xml", "<w:document")
    with pytest.raises(RebuildError, match="phần \"word/document.xml\" của tệp bị hỏng"):
        rebuild(docs.base, broken.getvalue(), new, DAY)
    assert M.REBUILD_EDITED_UNREADABLE.startswith("Không đọc được")


def test_without_new_figures_the_officer_file_is_returned_as_it_is(docs):
    officer = officer_edited(docs.base)
    result = rebuild(docs.base, officer, docs.base, DAY)
    assert result.merged == result.tracked == officer
    assert (result.updated, result.kept, result.conflicts) == (0, 6, [])


def test_same_inputs_give_the_same_bytes(docs):
    officer = docs.edited("python-docx", SCENARIOS[4])
    first = rebuild(docs.base, officer, docs.corrected(CORRECTIONS[0]), DAY)
    second = rebuild(docs.base, officer, docs.corrected(CORRECTIONS[0]), DAY)
    assert (first.merged, first.tracked) == (second.merged, second.tracked)
    later = rebuild(docs.base, officer, docs.corrected(CORRECTIONS[0]), DAY + dt.timedelta(days=1))
    assert b"2026-01-03T00:00:00Z" in __import__("zipfile").ZipFile(io.BytesIO(later.tracked)).read(
        "word/document.xml")


# ---- a file as Word saves it ---------------------------------------------------------------

def word_like(data: bytes) -> bytes:
    """The report with the XML habits of Word: runs split at every other word with
    rsids (a figure split in two runs), spelling marks and bookmarks between runs, a
    phrase inside a hyperlink, a rendered page break mark, and a revision of the
    officer's own still pending."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
        infos = z.infolist()
    root = etree.fromstring(parts["word/document.xml"])
    def w(name: str) -> str:
        return W + name

    for number, p in enumerate(root.iter(w("p"))):
        p.set(w("rsidR"), f"00{number:06X}")
        for run in [r for r in p if r.tag == w("r")]:
            t = run.find(w("t"))
            if t is None or len(run) > 2 or not t.text:
                continue
            words = t.text.split(" ")
            if len(words) < 3:
                continue
            pieces = [" ".join(words[i:i + 2]) + (" " if i + 2 < len(words) else "") for i in range(0, len(words), 2)]
            if "74,20%" in t.text:              # a figure split across two runs
                pieces = [bit for piece in pieces for bit in piece.replace("74,20%", "74,2\0" "0%").split("\0")]
            anchor = run
            for k, piece in enumerate(pieces):
                clone = copy.deepcopy(run)
                clone.set(w("rsidR"), f"00{(number * 7 + k) % 0xFFFFFF:06X}")
                clone.find(w("t")).text = piece
                clone.find(w("t")).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                anchor.addnext(clone)
                anchor = clone
                if k % 3 == 1:
                    mark = etree.Element(w("proofErr"))
                    mark.set(w("type"), "spellStart")
                    clone.addprevious(mark)
                    end = etree.Element(w("proofErr"))
                    end.set(w("type"), "spellEnd")
                    clone.addnext(end)
                    anchor = end
            p.remove(run)
        if "114/659 tổ chức cơ sở đảng hoàn thành xuất sắc" in run_text(p):
            runs = [r for r in p if r.tag == w("r")]
            link = etree.Element(w("hyperlink"))
            link.set(w("anchor"), "ket_qua")
            runs[2].addprevious(link)
            link.append(runs[2])
            bookmark = etree.SubElement(p, w("bookmarkStart"))
            bookmark.set(w("id"), "0")
            bookmark.set(w("name"), "_GoBack")
            runs[4].addprevious(bookmark)
            end = etree.Element(w("bookmarkEnd"))
            end.set(w("id"), "0")
            runs[5].addnext(end)
            runs[6].insert(1, etree.Element(w("lastRenderedPageBreak")))
            pending = etree.SubElement(p, w("ins"))
            pending.set(w("id"), "901")
            pending.set(w("author"), "Người soạn")
            pending.set(w("date"), "2026-01-01T08:00:00Z")
            added = etree.SubElement(etree.SubElement(pending, w("r")), w("t"))
            added.text = " Số liệu đã đối chiếu."
    parts["word/document.xml"] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in infos:
            z.writestr(info, parts[info.filename])
    return out.getvalue()


def test_a_file_saved_by_word_merges_like_any_other(docs, tmp_path):
    officer = word_like(officer_edited(docs.base, reword))
    result = rebuild(docs.base, officer, docs.corrected(CORRECTIONS[0]), DAY)
    # Word's habits are no edit of the officer's: only the pending insertion counts.
    assert rebuild(docs.base, word_like(docs.base), docs.corrected(CORRECTIONS[0]), DAY).kept == 1
    merged = Text(result.merged)
    sentence = merged.sentence(CORRECTIONS[0])
    assert sentence.startswith("Kết quả cụ thể như sau: 114/659 tổ chức")
    assert "488/659 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ (chiếm 74,05%, tăng 0,29% so với năm 2019)" in sentence
    assert "51/659 tổ chức cơ sở đảng hoàn thành nhiệm vụ (chiếm 7,74%, tăng 0,54% so với năm 2019)" in sentence
    assert sentence.endswith("(có biểu số 1 kèm theo). Số liệu đã đối chiếu.")
    assert result.conflicts == []
    paragraph = next(p for p in merged.doc.iter(W + "p") if run_text(p) == sentence)
    assert paragraph.find(W + "hyperlink") is not None and paragraph.find(W + "bookmarkStart") is not None
    pending = [el for el in paragraph.iter(W + "ins")]
    assert [el.get(W + "author") for el in pending] == ["Người soạn"]          # the officer's own, untouched
    assert accept_all(result.tracked) == accept_all(result.merged)
    assert reject_all(result.tracked) == reject_all(officer)
    for name, data in (("merged.docx", result.merged), ("tracked.docx", result.tracked)):
        (tmp_path / name).write_bytes(data)
        assert_ooxml(tmp_path / name)


# ---- footnotes both changed -----------------------------------------------------------------

FAILED_NOTE = "Chi bộ Trung tâm Phát triển quỹ đất thuộc Đảng bộ thành phố Kon Tum"


def _edit_note(start: str, old: str, new: str):
    def edit(doc) -> None:
        notes = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/footnotes.xml")
        root = etree.fromstring(notes.blob)
        t = next(t for t in root.iter(W + "t") if t.text.startswith(start))
        t.text = t.text.replace(old, new, 1)
        notes._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return edit


def test_a_footnote_both_changed_merges_word_by_word(docs, tmp_path):
    """The officer completes the first name of the footnote listing the failing
    organisations; drafter appends one more organisation to it: both stay."""
    officer = officer_edited(docs.base, _edit_note(FAILED_NOTE, "quỹ đất", "quỹ đất (nay là Trung tâm Dịch vụ)"))
    result = rebuild(docs.base, officer, sample_build(add_failed), DAY)
    note = next(t for t in texts(result.merged)[1] if t.startswith(FAILED_NOTE[:30]))
    assert "quỹ đất (nay là Trung tâm Dịch vụ) thuộc" in note
    assert note.endswith("Bộ đội Biên phòng tỉnh; Chi bộ Thôn 5 thuộc Đảng bộ huyện Đăk Glei.")
    assert result.conflicts == []
    assert accept_all(result.tracked) == texts(result.merged) and reject_all(result.tracked) == texts(officer)


def test_a_footnote_both_changed_in_the_same_words_gets_a_comment_in_the_note(docs, tmp_path):
    officer = officer_edited(docs.base, _edit_note(FAILED_NOTE, "Biên phòng tỉnh.", "Biên phòng tỉnh Kon Tum."))
    result = rebuild(docs.base, officer, sample_build(add_failed), DAY)
    note = next(t for t in texts(result.merged)[1] if t.startswith(FAILED_NOTE[:30]))
    assert note.endswith("Biên phòng tỉnh Kon Tum.") and "Thôn 5" not in note
    [conflict] = result.conflicts
    assert conflict.section == "Chú thích 4" and conflict.officer == "Kon Tum"
    assert conflict.new == "; Chi bộ Thôn 5 thuộc Đảng bộ huyện Đăk Glei" and conflict.old == ""
    assert Text(result.merged).comments() == ["Số liệu mới: ; Chi bộ Thôn 5 thuộc Đảng bộ huyện Đăk Glei (trước: —)"]
    assert next(part(result.merged, "word/footnotes.xml").iter(W + "commentRangeStart"), None) is not None
    # The sentence's count of failing organisations is updated all the same.
    assert "07/659 tổ chức cơ sở đảng không hoàn thành nhiệm vụ" in Text(result.merged).sentence(CORRECTIONS[0])
    assert accept_all(result.tracked) == texts(result.merged) and reject_all(result.tracked) == texts(officer)
    for name, data in (("merged.docx", result.merged), ("tracked.docx", result.tracked)):
        (tmp_path / name).write_bytes(data)
        assert_ooxml(tmp_path / name)


def test_the_summary_names_every_conflict_in_vietnamese(docs):
    officer = docs.edited("python-docx", next(s for s in SCENARIOS if s.name == "sua-chinh-so"))
    result = rebuild(docs.base, officer, docs.corrected(CORRECTIONS[0]), DAY)
    assert result.describe() == [
        f"Đã tạo lại báo cáo trên bản người soạn đã sửa: giữ {result.kept} chỗ người soạn sửa, "
        f"cập nhật {result.updated} chỗ theo số liệu mới, 1 chỗ cả hai cùng sửa.",
        "  I. › 2. › 2.2. › a) Đối với tổ chức đảng: giữ \"74,2%\" của người soạn; số liệu mới \"74,05%\" "
        "(trước: \"74,20%\") nằm trong ghi chú (comment) của drafter tại chỗ đó"]


def test_a_report_nobody_edited_rebuilds_to_the_new_build_itself(docs):
    new = docs.corrected(CORRECTIONS[0])
    result = rebuild(docs.base, docs.base, new, DAY)
    assert result.merged == new and (result.kept, result.conflicts) == (0, [])
    assert accept_all(result.tracked) == texts(new) and reject_all(result.tracked) == texts(docs.base)


def test_a_table_read_in_one_pass_reads_as_each_cell_alone(docs):
    """The merge reads a table's cells in one pass (editor_text.table_text) and other
    blocks one by one (flat_text): the two must agree, or equal blocks would not pair."""
    from drafter.render import editor_text

    for data in (docs.base, word_like(officer_edited(docs.base, add_row))):
        for table in part(data).iter(W + "tbl"):
            texts = editor_text.table_text(table)
            assert texts and all(editor_text.flat_text(el) == text for el, text in texts.items())
