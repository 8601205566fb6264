"""Read a workbook into cells that keep their sheet and address; interpret nothing.

python-calamine reads .xlsx, .xls and .ods an order of magnitude faster than
openpyxl. It reports a formula cell that has no cached value (a file written by
a program and never opened in Excel) and a cell showing an error such as #DIV/0!
as an empty string; guard.inspect finds such cells (they must be reported, not read
as 0) in the same pass that refuses, before calamine, a file that would cost far more
than its data (a zip bomb, a value at XFD1048576).
"""
from __future__ import annotations

import contextlib
import io
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from .. import messages as M
from ..errors import UnreadableWorkbook
from ..files import os_reason
from . import guard, schema


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

    def duplicate_sheets(self) -> list[tuple[str, str]]:
        """(first, later) names of sheets that match the same name ("Đảng viên" and
        "Đảng  viên", or one with an invisible character): `sheet` would see only the first."""
        seen: dict[str, str] = {}
        out = []
        for s in self.sheets:
            key = schema.norm(s.name)
            if key in seen:
                out.append((seen[key], s.name))
            else:
                seen[key] = s.name
        return out


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
    data = _read_file(path)
    flagged = guard.inspect(data, path.suffix.lower()).flagged
    from python_calamine import CalamineWorkbook, PasswordError

    try:
        with _silent_stderr():
            # The bytes guard.inspect checked, not the path again: the file may have changed since.
            book = CalamineWorkbook.from_filelike(io.BytesIO(data))
            sheets = []
            for name in book.sheet_names:
                sheet = book.get_sheet_by_name(name)
                values = sheet.to_python(skip_empty_area=False)
                merged_ranges = sheet.merged_cell_ranges or ()
                sheets.append((name, values, merged_ranges))
        out = []
        for name, values, merged_ranges in sheets:
            shown = flagged.get(name, {})
            marked = {int(a.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) - 1 for a in shown}
            # An empty row stays an empty tuple: one stray value far down the sheet must not
            # cost a Cell for every empty cell above it (the consumers read short rows as empty).
            # Each address made once, from the sheet's column letters (a million cells at
            # 10,000 units: the letters were spelt out twice a cell).
            letters = [column_letter(c) for c in range(max(map(len, values), default=0))]
            rows = tuple(_row(row, letters, str(r + 1), shown)
                         if r in marked or any(v != "" for v in row) else ()
                         for r, row in enumerate(values))
            merged = tuple(f"{address(*a)}:{address(*b)}" for a, b in merged_ranges)
            out.append(RawSheet(name, rows, merged))
    except UnreadableWorkbook:
        raise
    except PasswordError as exc:
        raise UnreadableWorkbook(M.WORKBOOK_PASSWORD) from exc
    except Exception as exc:  # calamine raises several error types for damaged files
        raise UnreadableWorkbook(M.FILE_DAMAGED) from exc
    except BaseException as exc:
        # A panic inside calamine arrives as pyo3's PanicException, which is not an Exception.
        if type(exc).__name__ != "PanicException":
            raise
        raise UnreadableWorkbook(M.FILE_DAMAGED) from exc
    return RawWorkbook(path, tuple(out))


@contextlib.contextmanager
def _silent_stderr():
    """A panic inside calamine (a damaged file the guard let through) is caught below, but
    Rust prints its English message and backtrace straight to file descriptor 2 first:
    point that descriptor elsewhere while calamine runs."""
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):        # no descriptor 2 (a service without a console)
        yield
        return
    try:
        with open(os.devnull, "wb") as sink:
            os.dup2(sink.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def _read_file(path: Path) -> bytes:
    """The file's bytes, only from a regular file (a FIFO would block forever, a device
    never end) and only up to guard.MAX_FILE."""
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then says what it is.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError as exc:
        raise UnreadableWorkbook(M.FILE_NOT_FOUND) from exc
    except OSError as exc:
        raise UnreadableWorkbook(M.FILE_NOT_READABLE.format(reason=os_reason(exc, path.parent))) from exc
    with os.fdopen(fd, "rb") as fh:
        info = os.fstat(fh.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise UnreadableWorkbook(M.NOT_A_FILE)
        if info.st_size > guard.MAX_FILE:
            raise UnreadableWorkbook(M.FILE_TOO_BIG.format(size=guard.megabytes(info.st_size),
                                                           limit=guard.megabytes(guard.MAX_FILE)))
        try:
            return fh.read(guard.MAX_FILE + 1)
        except OSError as exc:
            raise UnreadableWorkbook(M.FILE_NOT_READABLE.format(reason=os_reason(exc, path.parent))) from exc


def _row(row, letters: list[str], number: str, shown: dict[str, str]) -> tuple[Cell, ...]:
    if not shown:
        return tuple([Cell(None if v == "" else v, letter + number) for v, letter in zip(row, letters)])
    return tuple([_cell(v, letter + number, shown.get(letter + number)) for v, letter in zip(row, letters)])


def _cell(value: object, ref: str, shown: str | None) -> Cell:
    """`shown` is None for an ordinary cell, "" for a formula without cached value,
    else the error the cell shows."""
    if shown is None:
        return Cell(None if value == "" else value, ref)
    return Cell(None, ref, formula_without_value=not shown, error=shown)
