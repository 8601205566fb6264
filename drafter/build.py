"""The use cases, one function each, as the command line and the web page call them:
check a workbook, build its report (the previous-year rule applied once, here),
compare years, merge unit workbooks, write a blank workbook. Below them: workbook/
reads and validates, compose/ decides what is printed, render/ makes the .docx,
record.py keeps what was printed, files.py writes."""
from __future__ import annotations

import dataclasses
import io
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable

from . import messages as M
from . import record
from .compose import compare
from .compose.report import Composed, compose_comparison, compose_report
from .errors import DrafterError, UnreadableWorkbook, WriteFailed
from .files import default_output, write_atomic
from .model import CAC_NAM_TRUOC, HistoryRow, Report
from .problems import Checked, Level, Problem
from .render.docx import render
from .render.pdf import to_pdf
from .render.templates import template_file
from .workbook import merge
from .workbook.reader import read_workbook
from .workbook.validate import check_file


def check(path: Path, template: str | None = None) -> Checked:
    """Every problem of a workbook, and its Report when it has no error."""
    try:
        return check_file(path, template)
    except UnreadableWorkbook as exc:
        raise DrafterError(M.UNREADABLE.format(path=path, reason=exc), 2) from exc


def with_previous_year(report: Report, previous: Report | None) -> Report:
    """Add a previous year's workbook to the history, as counts; published
    percentages typed in `Các năm trước` for the same year stay preferred."""
    if previous is None:
        return report
    year = previous.info.year
    rows = list(report.history)
    for table in previous.ratings:
        if not table.rows or any(h.year == year and h.subject == table.subject and not h.is_percent for h in rows):
            continue
        total = table.total()
        rows.append(HistoryRow(year, table.subject, False, tuple(Decimal(c) for c in total.counts)))
    # The previous workbook's own history reaches further back.
    known = {(h.year, h.subject, h.is_percent) for h in rows}
    rows += [h for h in previous.history if (h.year, h.subject, h.is_percent) not in known]
    return dataclasses.replace(report, history=tuple(rows))


@dataclass(frozen=True)
class Built:
    composed: Composed
    data: bytes
    paragraphs: list[dict]


def make_report(report: Report, source: Path, previous: Report | None = None, template: str | None = None,
                compare_years: bool = False, charts: bool = True) -> Built:
    """The report in memory: composed and rendered, nothing written."""
    books = ([previous, report] if previous is not None else [report]) if compare_years else None
    report = with_previous_year(report, previous)
    name = template or report.info.template
    composed = compose_report(report, name, comparison=books, charts=charts)
    rendered = render(composed, template_file(name, source.parent))
    return Built(composed, rendered.data, rendered.paragraphs)


def build_report(report: Report, source: Path, output: Path | None, previous: Report | None = None,
                 template: str | None = None, pdf: bool = False,
                 say: Callable[[str], None] = print, compare: bool = False, charts: bool = True) -> Path:
    """Build and write X.docx and X.json (over a previous build: the change list and
    X.thay-doi.docx); the previous files stay as they were when a write fails."""
    built = make_report(report, source, previous, template, compare, charts)
    made = built.composed.comparison
    if made is not None:
        for problem in made.problems:
            say(str(problem))
        if not made.blocks:
            say(str(Problem(Level.WARNING, CAC_NAM_TRUOC, M.NO_CELL, M.COMPARE_NOTHING_IN_BUILD)))
    output = output or default_output(report)
    before = record.remember(output)            # the last build's outputs, before they are overwritten
    write_atomic(output, built.data)
    record.write(before, built.composed.report, built.data, built.paragraphs, built.composed.printed, output,
                 source, say)
    if pdf:
        say(to_pdf(output))
    return output


def compare_years(reports: list[Report], charts: bool = True) -> tuple[bytes, compare.Annexes]:
    """`drafter compare`: the comparison annexes as a document of their own."""
    composed = compose_comparison(reports, charts)
    rendered = render(composed, template_file("so-sanh"), landscape_annexes=False)
    return rendered.data, composed.comparison


def comparison_output(made: compare.Annexes) -> Path:
    return Path("out") / f"so-sanh_{compare.year_span(made.years)}.docx"


def init_workbook(path: Path, force: bool = False) -> Path:
    """`drafter init`: the blank workbook with every sheet and the guide."""
    from .workbook.writer import build_workbook   # openpyxl, only to write a workbook

    if path.suffix.lower() != ".xlsx":
        raise DrafterError(M.INIT_NOT_XLSX.format(example=path.with_suffix(".xlsx").name), 2)
    if path.exists() and not force:
        raise DrafterError(M.INIT_EXISTS.format(path=path), 2)
    buffer = io.BytesIO()
    build_workbook().save(buffer)
    try:
        write_atomic(path, buffer.getvalue())
    except WriteFailed as exc:
        raise DrafterError(str(exc), 2) from exc
    return path


def merge_workbooks(files: tuple[Path, ...], output: Path, say: Callable[[str], None] = print) -> int:
    """`drafter merge`. Exit code: 0 written, 1 data errors (nothing written), 2 unreadable file."""
    books = []
    for f in files:
        try:
            books.append(read_workbook(f))
        except UnreadableWorkbook as exc:
            say(M.UNREADABLE.format(path=f, reason=exc))
            return 2
    merged = merge.collect(books)
    for p in merged.problems:
        say(str(p))
    if merged.errors:
        say(M.MERGE_STOPPED.format(errors=len(merged.errors)))
        return 1

    # Check the merged workbook before it exists at its destination: a failure writes nothing there.
    buffer = io.BytesIO()
    merge.workbook(merged).save(buffer)
    with tempfile.TemporaryDirectory() as scratch:
        candidate = Path(scratch) / "merged.xlsx"
        candidate.write_bytes(buffer.getvalue())
        checked = check_file(candidate)
    for p in checked.problems:
        say(f"{p.level} · {p.sheet} · {merge.locate(merged, p.sheet, p.cell)} · {p.message}")
    if checked.errors:
        say(M.MERGE_STOPPED.format(errors=len(checked.errors)))
        return 1
    try:
        write_atomic(output, buffer.getvalue())
    except WriteFailed as exc:
        say(str(exc))
        return 1
    say(M.SUMMARY.format(errors=0, warnings=len(checked.warnings)) if checked.warnings else M.SUMMARY_OK)
    say(M.MERGE_DONE.format(count=len(files), path=output))
    return 0
