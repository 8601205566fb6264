"""The one door from the web page into the rest of drafter.

Every call the page makes into drafter's pipeline (read, validate, build,
record, compare, init's blank workbook, LibreOffice's whereabouts) goes through
the functions below, and every import of a drafter module outside `serve/`
is at the top of this file: when modules move, these few lines are what
changes. The rest of `serve/` sees plain data (bytes, strings, dataclasses).
"""
from __future__ import annotations

import datetime as dt
import io
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .. import build as _build
from .. import files as _files
from .. import messages as M
from ..errors import DrafterError, NothingToCompare, SameYear, UnreadableWorkbook
from ..model import BUILTIN_TEMPLATES
from ..render import pdf as _pdf
from ..workbook import reader as _reader
from ..workbook import schema as _schema
from ..workbook import writer as _writer
from ..workbook.validate import check_file as _check_file

ERROR, WARNING, NO_CELL = M.ERROR, M.WARNING, M.NO_CELL
WORKBOOK_SUFFIXES = _reader.SUPPORTED


class Unreadable(Exception):
    """The file is no workbook drafter can read; the message says why and what to do."""


class HasErrors(Exception):
    """The data has errors: nothing was built. `problems` lists them all."""

    def __init__(self, problems: list[Problem]):
        super().__init__(len(problems))
        self.problems = problems


class Refused(Exception):
    """A comparison that cannot be made; the message says why."""


@dataclass(frozen=True)
class Problem:
    level: str          # M.ERROR or M.WARNING
    sheet: str
    cell: str           # "C5", or M.NO_CELL
    message: str

    def as_json(self) -> dict:
        return {"muc": self.level, "sheet": self.sheet, "o": self.cell, "thong_diep": self.message}


@dataclass(frozen=True)
class Checked:
    problems: list[Problem]
    number: str = ""      # Số ký hiệu and Năm đánh giá, when the workbook is valid
    year: int | None = None
    subject: str = ""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level == ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level == WARNING]


@dataclass(frozen=True)
class Built:
    docx: bytes
    record: bytes                    # the build's X.json
    name: str                        # the file name to offer for download
    number: str
    year: int
    tracked: bytes | None = None     # X.thay-doi.docx, when built over an earlier report
    lines: list[str] = field(default_factory=list)   # what `drafter build` would print


@dataclass(frozen=True)
class Compared:
    docx: bytes
    name: str
    tables: int
    charts: int
    years: list[int]
    lines: list[str] = field(default_factory=list)


def _problem(p) -> Problem:
    return Problem(p.level, p.sheet, p.cell, p.message)


def _validate(path: Path):
    try:
        checked = _check_file(path)
    except UnreadableWorkbook as exc:
        raise Unreadable(str(exc)) from exc
    problems = [_problem(p) for p in checked.problems]
    report = checked.report
    if report is not None and report.info.template not in BUILTIN_TEMPLATES:
        # A template path typed in the workbook would make the server read a file of its choosing.
        problems.append(Problem(ERROR, _schema.THONG_TIN, NO_CELL,
                                M.SERVE_OWN_TEMPLATE.format(name=report.info.template,
                                                            known=", ".join(BUILTIN_TEMPLATES))))
        report = None
    return report, problems


def check(path: Path) -> Checked:
    """Every problem of the workbook at `path` (validate), and what it reports on when valid."""
    report, problems = _validate(path)
    if report is None:
        return Checked(problems)
    info = report.info
    return Checked(problems, info.number, info.year, info.subject)


@dataclass(frozen=True)
class Grid:
    """One sheet's used range, as text, for the page's sheet view."""
    name: str
    columns: list[str]                      # "A", "B", …
    rows: list[tuple[int, list[tuple[str, str]]]]   # (row number, [(address, text)])
    more_rows: int = 0                      # rows past the limit, not shown


def _shown(cell) -> str:
    if cell.error:
        return cell.error
    if cell.formula_without_value:
        return "(công thức)"
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y") if value.time() == dt.time() else value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def sheets(path: Path, max_rows: int = 300, max_columns: int = 40) -> list[Grid]:
    """Every sheet of the workbook as a grid of shown values (read_workbook's cells)."""
    try:
        raw = _reader.read_workbook(path)
    except UnreadableWorkbook as exc:
        raise Unreadable(str(exc)) from exc
    out = []
    for sheet in raw.sheets:
        rows = sheet.rows
        # The used range: trailing empty rows and columns are left out.
        last_row = max((r for r, row in enumerate(rows) if any(c.value is not None or c.error or
                                                                c.formula_without_value for c in row)), default=-1)
        width = 0
        for row in rows[:last_row + 1]:
            filled = [i for i, c in enumerate(row) if c.value is not None or c.error or c.formula_without_value]
            if filled:
                width = max(width, filled[-1] + 1)
        width = min(width, max_columns)
        shown = []
        for r, row in enumerate(rows[:min(last_row + 1, max_rows)]):
            cells = [(_reader.address(r, c), _shown(row[c]) if c < len(row) else "") for c in range(width)]
            shown.append((r + 1, cells))
        out.append(Grid(sheet.name, [_reader.column_letter(c) for c in range(width)], shown,
                        max(0, last_row + 1 - max_rows)))
    return out


_UNSAFE = re.compile(r"[^\w.-]+")


def download_name(number: str, year: int, suffix: str = ".docx") -> str:
    """`48-BC-TU_2020.docx`, as `drafter build` names it; only safe characters, never a path."""
    stem = _UNSAFE.sub("-", f"{number.replace('/', '-')}_{year}").strip(".-") or "bao-cao"
    return stem + suffix


def build(path: Path, earlier_docx: bytes | None = None, earlier_record: bytes | None = None) -> Built:
    """The report of the workbook at `path`. With the docx and record of an earlier build of
    the same report, this is `drafter build` over that output: the change list (in `lines`)
    and the tracked-changes copy come from drafter.record exactly as on the command line."""
    report, problems = _validate(path)
    if report is None:
        raise HasErrors([p for p in problems if p.level == ERROR])
    info = report.info
    name = download_name(info.number, info.year)
    lines: list[str] = []
    with tempfile.TemporaryDirectory(prefix="drafter-") as tmp:
        folder = Path(tmp)
        output = folder / name
        if earlier_docx is not None:
            # The page's reports are never edited by hand: the earlier one is its own base.
            output.write_bytes(earlier_docx)
            _files.base_path(output).write_bytes(earlier_docx)
        if earlier_record is not None:
            _files.record_path(output).write_bytes(earlier_record)
        try:
            _build.build_report(report, path, output, say=lines.append)
        except DrafterError as exc:
            raise Refused(str(exc)) from exc
        tracked_path = _files.tracked_path(output)
        docx = output.read_bytes()
        record = _files.record_path(output).read_bytes()
        tracked = tracked_path.read_bytes() if tracked_path.is_file() else None
    # The lines name files in a folder that is gone: name them as the page offers them.
    prefix = f"{folder}/"
    lines = [line.replace(prefix, "") for line in lines]
    return Built(docx, record, name, info.number, info.year, tracked, lines)


def compare(paths: list[Path], names: list[str], charts: bool = True) -> Compared:
    """The comparison annex of the workbooks at `paths` (`names`: what the user calls them)."""
    reports = []
    for path, name in zip(paths, names):
        report, problems = _validate(path)
        if report is None:
            errors = [p for p in problems if p.level == ERROR]
            raise HasErrors([Problem(p.level, f"{name} · {p.sheet}", p.cell, p.message) for p in errors])
        reports.append(report)
    try:
        data, made = _build.compare_years(reports, charts=charts)
    except SameYear as exc:
        raise Refused(M.COMPARE_SAME_YEAR.format(year=exc.year, first=names[exc.first],
                                                 second=names[exc.second])) from exc
    except NothingToCompare as exc:
        raise Refused(str(exc)) from exc
    return Compared(data, _build.comparison_output(made).name, len(made.listing), len(made.charts),
                    list(made.years), [str(p) for p in made.problems])


def blank_workbook() -> bytes:
    """`drafter init`'s workbook, as bytes."""
    buffer = io.BytesIO()
    _writer.build_workbook().save(buffer)
    return buffer.getvalue()


def soffice() -> str | None:
    """LibreOffice's command, when it is installed."""
    return _pdf.soffice()


def pdf_once(docx: Path) -> str:
    """A PDF beside `docx` from a fresh LibreOffice, as `drafter build --pdf` makes it; the sentence it says."""
    return _pdf.to_pdf(docx)
