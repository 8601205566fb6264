"""Read a workbook into cells that keep their sheet and address; interpret nothing.

python-calamine reads .xlsx, .xls and .ods an order of magnitude faster than
openpyxl. It reports a formula cell that has no cached value (a file written by
a program and never opened in Excel) and a cell showing an error such as #DIV/0!
as an empty string, so for .xlsx we also scan the sheet XML for such cells: they
must be reported, not read as 0.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from .. import messages as M
from ..errors import UnreadableWorkbook
from . import schema


@dataclass(frozen=True)
class Cell:
    value: object          # str, int, float, bool, date/datetime, or None when empty
    address: str           # "C7"
    formula_without_value: bool = False
    error: str = ""         # the error the cell shows ("#DIV/0!", "#REF!", …), .xlsx only


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
    if path.is_dir():       # before the suffix: a folder may well be called "so-lieu.xlsx"
        raise UnreadableWorkbook(M.PATH_IS_FOLDER)
    if path.suffix.lower() not in SUPPORTED:
        raise UnreadableWorkbook(M.FORMAT_UNSUPPORTED.format(suffix=path.suffix or "(không có đuôi)"))
    if not path.is_file():
        raise UnreadableWorkbook(M.FILE_NOT_FOUND)
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        flagged = _cells_without_value(path) if path.suffix.lower() in (".xlsx", ".xlsm") else {}
        sheets = []
        for name in book.sheet_names:
            sheet = book.get_sheet_by_name(name)
            values = sheet.to_python(skip_empty_area=False)
            shown = flagged.get(name, {})
            rows = tuple(
                tuple(_cell(v, address(r, c), shown.get(address(r, c))) for c, v in enumerate(row))
                for r, row in enumerate(values))
            merged = tuple(f"{address(*a)}:{address(*b)}" for a, b in (sheet.merged_cell_ranges or ()))
            sheets.append(RawSheet(name, rows, merged))
    except UnreadableWorkbook:
        raise
    except Exception as exc:  # calamine raises several error types for damaged files
        raise UnreadableWorkbook(M.FILE_DAMAGED) from exc
    return RawWorkbook(path, tuple(sheets))


def _cell(value: object, ref: str, shown: str | None) -> Cell:
    """`shown` is None for an ordinary cell, "" for a formula without cached value,
    else the error the cell shows."""
    if shown is None:
        return Cell(None if value == "" else value, ref)
    return Cell(None, ref, formula_without_value=not shown, error=shown)


_CELL = re.compile(rb'<c\b([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_REF = re.compile(rb'\br="([A-Z]+[0-9]+)"')
_VALUE = re.compile(rb'<v>([^<]*)</v>')


def _cells_without_value(path: Path) -> dict[str, dict[str, str]]:
    """Sheet name → address → "" for a formula cell whose cached value is missing
    (an empty cached value counts only for a text result, t="str", as Excel writes
    for ="" ), or the error code a cell shows (t="e")."""
    try:
        with zipfile.ZipFile(path) as zf:
            found: dict[str, dict[str, str]] = {}
            for name, member in _sheet_targets(zf).items():
                data = zf.read(member)
                if b"<f" not in data and b't="e"' not in data:
                    continue
                for attrs, body in _CELL.findall(data):
                    ref, body = _REF.search(attrs), body or b""
                    cached = _VALUE.search(body)
                    value = cached.group(1).decode() if cached else ""
                    if b't="e"' in attrs:
                        shown = value or "#VALUE!"
                    elif b"<f" in body and not value and not (b't="str"' in attrs and (cached or b"<v/>" in body)):
                        shown = ""
                    else:
                        continue
                    if ref:
                        found.setdefault(name, {})[ref.group(1).decode()] = shown
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
