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
from .errors import DrafterError, TemplateFailed, UnreadableWorkbook, WriteFailed
from . import files
from .files import check_output, default_output, write_atomic
from .model import BUILTIN_TEMPLATES, CAC_NAM_TRUOC, PAPER, HistoryRow, Report
from .problems import Checked, Level, Problem
from .render.docx import render
from .render.pdf import convert as convert_to_pdf
from .render.templates import builtin_file, is_builtin, template_file
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
    template: Path              # the file rendered: never to be overwritten by an output


PAPER_TEMPLATE = "tham-luan"


def choose_template(report: Report, source: Path, template: str | None, allow_workbook_template: bool) -> Path:
    """The template's file: --template as given on the command line; else the workbook's
    `Mẫu báo cáo`, which may name a file of its own only when the user confirmed it
    (--cho-phep-mau): a workbook comes from a unit, and its template decides every word."""
    if template:
        return template_file(template)
    name = report.info.template
    if not is_builtin(name) and not allow_workbook_template:
        raise TemplateFailed(M.TEMPLATE_NEEDS_CONSENT.format(name=name))
    return template_file(name, source.parent)


def make_report(report: Report, source: Path, previous: Report | None = None, template: str | None = None,
                compare_years: bool = False, charts: bool = True, allow_workbook_template: bool = False) -> Built:
    """The report in memory: composed and rendered, nothing written."""
    books = ([previous, report] if previous is not None else [report]) if compare_years else None
    report = with_previous_year(report, previous)
    path = choose_template(report, source, template, allow_workbook_template)
    name = template or report.info.template
    composed = compose_report(report, name, comparison=books, charts=charts)
    # A thematic paper keeps its body (outline or standard report) but not the report's header,
    # number, date and signature: the shipped templates give way to the paper's own.
    if report.info.style == PAPER and name in BUILTIN_TEMPLATES:
        path = builtin_file(PAPER_TEMPLATE)
    rendered = render(composed, path)
    return Built(composed, rendered.data, rendered.paragraphs, path)


def build_report(report: Report, source: Path, output: Path | None, previous: Report | None = None,
                 template: str | None = None, pdf: bool = False,
                 say: Callable[[str], None] = print, compare: bool = False, charts: bool = True,
                 allow_workbook_template: bool = False, previous_source: Path | None = None) -> Path:
    """Build and write X.docx and X.json (over a previous build: the change list and
    X.thay-doi.docx; with `pdf`, X.pdf) as one transaction (files.commit): all of them,
    or none and the previous files exactly as they were."""
    built = make_report(report, source, previous, template, compare, charts, allow_workbook_template)
    made = built.composed.comparison
    if made is not None:
        for problem in made.problems:
            say(str(problem))
        if not made.blocks:
            say(str(Problem(Level.WARNING, CAC_NAM_TRUOC, M.NO_CELL, M.COMPARE_NOTHING_IN_BUILD)))
    output = output or default_output(report)
    inputs = (source, previous_source, built.template)
    check_output(output, inputs)
    outputs = files.Outputs()
    outputs.add(output, built.data)
    if pdf:             # converted before the lock: it takes seconds and reads nothing of the previous build
        converted = convert_to_pdf(built.data, output.stem)
        if isinstance(converted, bytes):
            outputs.add(files.pdf_path(output), converted)
        else:
            outputs.remove.append(files.pdf_path(output))   # an old PDF would not match the new report
            say(converted)
    with files.lock(output):
        if files.recover(output):
            say(M.RECOVERED.format(path=output))
        before = record.remember(output)        # the last build's outputs, before they are replaced
        prepared = record.prepare(before, built.composed.report, built.data, built.paragraphs,
                                  built.composed.printed, output, source)
        for path, data in prepared.files:
            outputs.add(path, data)
        files.commit(outputs, files.journal_path(output), inputs)
    for line in prepared.lines:
        say(line)
    if pdf and any(path == files.pdf_path(output) for path, _ in outputs.files):
        say(M.PDF_BUILT.format(path=files.pdf_path(output)))
    return output


def compare_years(reports: list[Report], charts: bool = True) -> tuple[bytes, compare.Annexes]:
    """`drafter compare`: the comparison annexes as a document of their own."""
    composed = compose_comparison(reports, charts)
    rendered = render(composed, builtin_file("so-sanh"), landscape_annexes=False)
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
