"""Reading tracked changes back in tests: the text a reader sees after accepting or
rejecting every revision, the revision marks, the shared ooxml_check run in this
process (its schema loaded once: the tests check many documents), and the sample
workbook edited in code. Running drafter itself is docx_helpers.run."""
from __future__ import annotations

import importlib.util
import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from docx_helpers import ROOT, SHARED

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
P, TR, INS, DEL = _W + "p", _W + "tr", _W + "ins", _W + "del"
SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"

_checker = None


def ooxml_problems(path: Path) -> list[str]:
    """Problems found by shared/tools/ooxml_check.py (loaded once, in process)."""
    global _checker
    tool = SHARED / "tools" / "ooxml_check.py"
    if not tool.is_file():
        pytest.skip("../shared/tools/ooxml_check.py is absent")
    if _checker is None:
        spec = importlib.util.spec_from_file_location("ooxml_check", tool)
        _checker = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_checker)
    return _checker.check_file(str(path))


def assert_ooxml(path: Path) -> None:
    problems = ooxml_problems(path)
    assert not problems, f"{path.name}: " + "; ".join(problems)


def part(docx: bytes | Path, name: str = "word/document.xml") -> etree._Element | None:
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name)) if name in z.namelist() else None


def run_text(el: etree._Element) -> str:
    """Text of the runs under `el`, deleted text included, notes as nothing."""
    out = []
    for node in el.iter(_W + "t", _W + "delText", _W + "tab", _W + "br"):
        out.append(node.text or "" if node.tag in (_W + "t", _W + "delText") else " ")
    return "".join(out)


def view(root: etree._Element, keep: str) -> etree._Element:
    """The part as a reader sees it after accepting ('new') or rejecting ('old')
    every revision."""
    import copy

    root = copy.deepcopy(root)
    drop, keep_tag = (DEL, INS) if keep == "new" else (INS, DEL)
    for tr in list(root.iter(TR)):
        if tr.find(f"{_W}trPr/{drop}") is not None:
            tr.getparent().remove(tr)
    for p in list(root.iter(P)):
        if p.find(f"{_W}pPr/{_W}rPr/{drop}") is not None:
            p.getparent().remove(p)
    marks = (_W + "rPr", _W + "trPr")
    for el in list(root.iter(drop)):
        if el.getparent().tag not in marks:
            el.getparent().remove(el)
    for el in list(root.iter(keep_tag)):
        parent = el.getparent()
        if parent.tag in marks:
            parent.remove(el)
            continue
        index = parent.index(el)
        for child in reversed(list(el)):
            parent.insert(index, child)
        parent.remove(el)
    for t in root.iter(_W + "delText"):
        t.tag = _W + "t"
    return root


def paragraph_texts(root: etree._Element) -> list[str]:
    return [run_text(p) for p in root.iter(P)]


def note_texts(root: etree._Element | None) -> list[str]:
    """Texts of the ordinary footnotes, in the order they are stored."""
    if root is None:
        return []
    return [run_text(n).strip() for n in root if n.get(_W + "type") is None and run_text(n).strip()]


def marks(root: etree._Element) -> list[tuple[str, str]]:
    """(ins|del, text) of every run-level revision mark, in document order."""
    return [(etree.QName(el).localname, run_text(el)) for el in root.iter(INS, DEL)
            if el.getparent().tag not in (_W + "rPr", _W + "trPr")]


# ---- workbooks edited in code ------------------------------------------------------

KON_TUM = "Đảng bộ thành phố Kon Tum"


def edited(path: Path, edit, source: Path = SAMPLE) -> Path:
    """A copy of the sample workbook with `edit(openpyxl workbook)` applied."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    edit(book)
    book.save(path)
    return path


def set_counts(sheet: str, unit: str, **counts: int):
    """An edit: new counts for one unit of one rating sheet (HTXSNV=17, …)."""
    def edit(book) -> None:
        ws = book[sheet]
        headers = [c.value for c in ws[1]]
        row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == unit)
        for header, value in counts.items():
            row[headers.index(header)].value = value
    return edit


# The correction of the issue: one more HTXSNV and one less HTTNV for Kon Tum, so
# the row still adds up; province-wide 114 → 115 and 489 → 488.
CORRECTION = set_counts("Tổ chức cơ sở đảng", KON_TUM, HTXSNV=17, HTTNV=80)
