"""Read a workbook into cells that keep their sheet and address; interpret nothing.

python-calamine reads .xlsx, .xls and .ods an order of magnitude faster than
openpyxl. It reports a formula cell that has no cached value (a file written by
a program and never opened in Excel) as an empty string, so for .xlsx we also
scan the sheet XML for such cells: they must be reported, not read as 0.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from . import schema


class UnreadableWorkbook(Exception):
    """The file cannot be read at all (exit code 2)."""


@dataclass(frozen=True)
class Cell:
    value: object          # str, int, float, bool, date/datetime, or None when empty
    address: str           # "C7"
    formula_without_value: bool = False


@dataclass(frozen=True)
class RawSheet:
    name: str                          # as typed in the workbook
    rows: tuple[tuple[Cell, ...], ...]  # rows[0] is row 1 (the header row)
    merged: tuple[str, ...] = ()


@dataclass(frozen=True)
class RawWorkbook:
    path: Path
    sheets: tuple[RawSheet, ...]

    def sheet(self, name: str) -> RawSheet | None:
        wanted = schema.norm(name)
        return next((s for s in self.sheets if schema.norm(s.name) == wanted), None)


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def address(row: int, col: int) -> str:
    """Zero-based row and column to an A1 address."""
    return f"{column_letter(col)}{row + 1}"


SUPPORTED = (".xlsx", ".xlsm", ".xls", ".ods")


def read_workbook(path: str | Path) -> RawWorkbook:
    path = Path(path)
    if path.suffix.lower() not in SUPPORTED:
        raise UnreadableWorkbook(f"định dạng {path.suffix or '(không có đuôi)'} không được hỗ trợ")
    if not path.is_file():
        raise UnreadableWorkbook("không tìm thấy tệp")
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        uncached = _formulas_without_value(path) if path.suffix.lower() in (".xlsx", ".xlsm") else {}
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            values = sheet.to_python(skip_empty_area=False)
            missing = uncached.get(name, set())
            rows = tuple(
                tuple(Cell(None if v == "" else v, address(r, c), address(r, c) in missing)
                      for c, v in enumerate(row))
                for r, row in enumerate(values))
            merged = tuple(f"{address(*a)}:{address(*b)}" for a, b in (sheet.merged_cell_ranges or ()))
            sheets.append(RawSheet(name, rows, merged))
    except UnreadableWorkbook:
        raise
    except Exception as exc:  # calamine raises several error types for damaged files
        raise UnreadableWorkbook(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from exc
    return RawWorkbook(path, tuple(sheets))


_CELL = re.compile(rb'<c\b([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')


def _formulas_without_value(path: Path) -> dict[str, set[str]]:
    """Sheet name → addresses of formula cells whose cached value is missing."""
    try:
        with zipfile.ZipFile(path) as zf:
            targets = _sheet_targets(zf)
            found: dict[str, set[str]] = {}
            for name, member in targets.items():
                data = zf.read(member)
                if b"<f" not in data:
                    continue
                for attrs, body in _CELL.findall(data):
                    if body and b"<f" in body and (b"<v>" not in body or b"<v></v>" in body):
                        ref = _REF.search(attrs)
                        if ref:
                            found.setdefault(name, set()).add(ref.group(1).decode())
            return found
    except (zipfile.BadZipFile, KeyError, OSError):
        return {}


def _sheet_targets(zf: zipfile.ZipFile) -> dict[str, str]:
    from lxml import etree

    ns = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "p": "http://schemas.openxmlformats.org/package/2006/relationships"}
    book = etree.fromstring(zf.read("xl/workbook.xml"))
    rels = etree.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    by_id = {r.get("Id"): r.get("Target") for r in rels.findall("p:Relationship", ns)}
    out = {}
    for s in book.findall("m:sheets/m:sheet", ns):
        target = by_id.get(s.get(f"{{{ns['r']}}}id"), "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        out[s.get("name")] = target
    return out
