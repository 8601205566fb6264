"""`drafter merge`: one workbook from the workbooks of several units.

The rows of the rating sheets, of `Kỷ luật` and of `Không hoàn thành nhiệm vụ`
are concatenated in the order the files are given; every other sheet (`Thông
tin`, `Nơi nhận`, history, narrative, notes, indicators) comes from the first
file. A unit present in two files is an error naming both files and the unit.
The result is written with the headers, widths and dropdowns of `drafter init`,
validated as `drafter validate` would (each problem also names the file and row
it came from), and only then put in place, atomically; the inputs are only read
(the use case, build.merge_workbooks, reads and writes; this module only collects).
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .. import messages as M
from ..model import unit_key
from ..problems import Level, Problem  # the cell is "file: address": a merge problem names its file
from . import schema as S
from .reader import Cell, RawSheet, RawWorkbook

# Sheets whose rows are gathered from every file; in the first group a unit is a key.
UNIT_SHEETS = (*S.SUBJECTS, S.KY_LUAT)
CONCATENATED = (*UNIT_SHEETS, S.KHONG_HTNV)
UNIT = "Đơn vị"


@dataclass
class MergedSheet:
    spec: S.Sheet
    rows: list[dict[str, object]] = field(default_factory=list)    # header → value
    origins: list[tuple[str, int]] = field(default_factory=list)   # (file name, row in that file)


@dataclass
class Merged:
    sheets: dict[str, MergedSheet] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.ERROR]


def _rows(raw: RawSheet, spec: S.Sheet) -> tuple[list[tuple[int, dict[str, Cell]]], list[tuple[str, str]]]:
    """(row number, cells by schema header) of the non-empty rows, and the unknown headers."""
    header = raw.rows[0] if raw.rows else ()
    known = {S.norm(c.header): c.header for c in spec.columns}
    index: dict[str, int] = {}
    unknown = []
    for i, cell in enumerate(header):
        if cell.value is None:
            continue
        name = known.get(S.norm(cell.value))
        if name is None:
            unknown.append((cell.address, str(cell.value)))
        else:
            index.setdefault(name, i)
    out = []
    for number, row in enumerate(raw.rows[1:], start=2):
        cells = {h: row[i] for h, i in index.items() if i < len(row)}
        if any(c.value is not None or c.formula_without_value for c in cells.values()):
            out.append((number, cells))
    return out, unknown


def _value(cell: Cell, column: S.Column) -> object:
    value = cell.value
    if isinstance(value, float) and value.is_integer() and column.kind in (S.COUNT, S.NUMBER, S.TEXT):
        return int(value)
    return value


def collect(books: list[RawWorkbook]) -> Merged:
    merged = Merged()
    seen: dict[tuple[str, str], tuple[int, str, str]] = {}     # (sheet, unit) → (file index, file, cell)
    for index, book in enumerate(books):
        name = book.path.name
        for raw in book.sheets:
            spec = S.SHEET_BY_NORM.get(S.norm(raw.name))
            if spec is None:
                if S.norm(raw.name) != S.norm(S.HUONG_DAN):
                    merged.problems.append(Problem(Level.WARNING, raw.name, name, M.MERGE_UNKNOWN_SHEET))
                continue
            if spec.name not in CONCATENATED and index > 0:
                continue
            rows, unknown = _rows(raw, spec)
            for address, header in unknown:
                merged.problems.append(Problem(Level.WARNING, spec.name, f"{name}: {address}",
                                               M.MERGE_UNKNOWN_COLUMN.format(name=header)))
            target = merged.sheets.setdefault(spec.name, MergedSheet(spec))
            for number, cells in rows:
                for header, cell in cells.items():
                    if cell.formula_without_value:
                        merged.problems.append(Problem(Level.ERROR, spec.name, f"{name}: {cell.address}",
                                                       M.FORMULA_NO_VALUE))
                unit = cells.get(UNIT)
                if spec.name in UNIT_SHEETS and unit is not None and unit.value is not None:
                    key = (spec.name, unit_key(unit.value))
                    first = seen.get(key)
                    if first is None:
                        seen[key] = (index, name, unit.address)
                    elif first[0] != index:
                        merged.problems.append(Problem(Level.ERROR, spec.name, f"{name}: {unit.address}",
                                                       M.MERGE_DUPLICATE_UNIT.format(
                                                           unit=str(unit.value).strip(), first=first[1],
                                                           first_cell=first[2], second=name)))
                target.rows.append({h: _value(c, spec.column(h)) for h, c in cells.items()})
                target.origins.append((name, number))
    return merged


# ---- writing ------------------------------------------------------------------------------

def workbook(merged: Merged):
    """The merged workbook, laid out as `drafter init` lays out a blank one."""
    from openpyxl import Workbook

    from .writer import AUTHOR, add_column_validations, write_headers  # openpyxl: only when writing

    book = Workbook()
    book.remove(book.active)
    book.properties.creator = AUTHOR
    book.properties.title = "Sổ số liệu drafter (gộp)"
    for spec in S.SHEETS:
        sheet = merged.sheets.get(spec.name)
        if sheet is None:
            continue
        ws = book.create_sheet(spec.name)
        write_headers(ws, spec)
        add_column_validations(ws, spec)
        columns = {c.header: i for i, c in enumerate(spec.columns, start=1)}
        for r, row in enumerate(sheet.rows, start=2):
            for header, value in row.items():
                cell = ws.cell(row=r, column=columns[header], value=value)
                if isinstance(value, (dt.date, dt.datetime)):
                    cell.number_format = "dd/mm/yyyy"
    return book


_ADDRESS = re.compile(r"([A-Z]+)(\d+)")


def locate(merged: Merged, sheet: str, cell: str) -> str:
    """'C7' of the merged workbook → 'C7 (don-vi-b.xlsx, dòng 5)'."""
    m = _ADDRESS.fullmatch(cell)
    part = merged.sheets.get(sheet)
    if not m or part is None:
        return cell
    row = int(m.group(2)) - 2
    if not 0 <= row < len(part.origins):
        return cell
    name, number = part.origins[row]
    return M.MERGE_ORIGIN.format(cell=cell, file=name, row=number)
