"""Helpers for tests that build a report and read it back: workbooks written from
Python data, the command line, the text of paragraphs, footnotes and tables, and
the shared OOXML checker."""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import openpyxl
from lxml import etree

from docx_helpers import ROOT, W, run  # noqa: F401  (re-exported for the tests that use this module)
from docx_helpers import assert_valid_ooxml as ooxml_check  # noqa: F401
from drafter.workbook import schema as S

def write_workbook(path: Path, sheets: dict[str, list[dict]]) -> Path:
    """Sheets as {name: [{header: value}]}, with the schema's headers in row 1."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        headers = [c.header for c in S.SHEET_BY_NORM[S.norm(name)].columns]
        ws = book.create_sheet(name)
        ws.append(headers)
        for row in rows:
            ws.append([row.get(h) for h in headers])
    book.save(path)
    return path


def info(**overrides) -> list[dict]:
    """A `Thông tin` sheet with every required item."""
    values = {"Cơ quan ban hành": "TỈNH ỦY KON TUM", "Số ký hiệu": "124-BC/TU", "Địa danh": "Kon Tum",
              "Ngày ban hành": "28/09/2021", "Trích yếu": "đánh giá kết quả thực hiện", "Năm đánh giá": 2021,
              "Quyền hạn ký": "T/M BAN THƯỜNG VỤ", "Chức vụ người ký": "PHÓ BÍ THƯ", "Người ký": "Nguyễn Văn Hòa",
              "Mẫu báo cáo": "tong-hop"}
    values.update({k.replace("_", " "): v for k, v in overrides.items()})
    return [{"Mục": k, "Giá trị": v} for k, v in values.items() if v is not None]


def build(workbook: Path, output: Path, *args: str) -> Path:
    result = run("build", workbook, "-o", output, *args)
    assert result.returncode == 0, result.stderr
    return output


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every non-empty body paragraph, tables excluded."""
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def body_text(path: Path) -> str:
    return "\n".join(text for _, text in paragraphs(path))


def headings(path: Path) -> list[str]:
    return [text for style, text in paragraphs(path) if style.startswith("Heading")]


def footnotes(path: Path) -> list[str]:
    """The notes' texts in order (1, 2, 3 …), paragraphs of one note joined by a newline."""
    with zipfile.ZipFile(path) as z:
        if "word/footnotes.xml" not in z.namelist():
            return []
        root = etree.fromstring(z.read("word/footnotes.xml"))
    notes = sorted((int(n.get(f"{W}id")), n) for n in root.findall(f"{W}footnote") if int(n.get(f"{W}id")) > 0)
    return ["\n".join("".join(t.text or "" for t in p.iter(f"{W}t")).strip() for p in n.findall(f"{W}p"))
            for _, n in notes]


def reference_count(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        root = etree.fromstring(z.read("word/document.xml"))
    return len(list(root.iter(f"{W}footnoteReference")))


def tables(path: Path) -> list[list[list[str]]]:
    """Every table as rows of cell texts (a merged cell repeats its text, as python-docx reads it)."""
    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables]


def sections(path: Path) -> list[str]:
    return [s.orientation.name.lower() for s in docx.Document(str(path)).sections]
