"""The use cases, one function each, as the command line and the web page call them:
check a workbook, build its report (the previous-year rule applied once, here),
compare years, merge unit workbooks, write a blank workbook. Below them: workbook/
reads and validates, compose/ decides what is printed, render/ makes the .docx,
record.py keeps what was printed, files.py writes."""
from __future__ import annotations

import dataclasses
import datetime as dt
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
from .errors import DrafterError, RebuildError, TemplateFailed, UnreadableWorkbook, WriteFailed
from . import files
from .files import check_output, default_output, write_atomic
from .model import BUILTIN_TEMPLATES, CAC_NAM_TRUOC, PAPER, HistoryRow, Report
from .problems import Checked, Level, Problem
from .render.docx import render
from .render.rebuild import Rebuilt, rebuild
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
                 allow_workbook_template: bool = False, previous_source: Path | None = None,
                 fresh: bool = False) -> Path:
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
        rebuilt, notes = keep_officer_edits(output, before, built.data, fresh, outputs)
        if rebuilt is not None:
            # The change list comes from the records; the tracked copy is the merge's own.
            before = dataclasses.replace(before, docx=None)
        outputs.add(output, rebuilt.merged if rebuilt is not None else built.data)
        outputs.add(files.base_path(output), built.data)
        prepared = record.prepare(before, built.composed.report, built.data, built.paragraphs,
                                  built.composed.printed, output, source)
        for path, data in prepared.files:
            if rebuilt is not None and path == files.record_path(output):
                outputs.add(files.tracked_path(output), rebuilt.tracked)
            outputs.add(path, data)
        files.commit(outputs, files.journal_path(output), inputs)
    for line in notes + prepared.lines:
        say(line)
    if rebuilt is not None:
        for line in rebuilt.describe():
            say(line)
        say(M.REBUILD_TRACKED.format(path=files.tracked_path(output)))
    if pdf and any(path == files.pdf_path(output) for path, _ in outputs.files):
        say(M.PDF_BUILT.format(path=files.pdf_path(output)))
    return output


def keep_officer_edits(output: Path, before: record.Previous, new: bytes, fresh: bool,
                       outputs: files.Outputs) -> tuple[Rebuilt | None, list[str]]:
    """When X.docx is not what drafter wrote there last, it holds an officer's edits: keep the
    file aside (X.truoc-khi-tao-lai.docx) and merge them into the new build, three-way against
    drafter's last output. `fresh` (--tao-moi) keeps the file aside without merging; without
    drafter's last output the edits cannot be told apart, so nothing is guessed."""
    edited = before.docx
    base_file = files.base_path(output)
    base = base_file.read_bytes() if base_file.is_file() else None
    if edited is None or edited == base:
        return None, []
    aside = files.kept_aside_path(output)
    outputs.add(aside, edited)
    if fresh:
        return None, [M.REBUILD_FRESH.format(path=aside)]
    if base is None:
        return None, [M.REBUILD_NO_BASE.format(path=output, aside=aside)]
    try:
        return rebuild(base, edited, new, dt.date.today()), [M.REBUILD_KEPT_ASIDE.format(path=aside)]
    except RebuildError as exc:
        return None, [str(exc), M.REBUILD_NO_MERGE.format(aside=aside)]


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
