"""From a checked Report to the .docx on disk: template, context, rendering,
footnotes, annex section, deterministic bytes, atomic write, optional PDF."""
from __future__ import annotations

import dataclasses
import errno
import functools
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Callable

from . import messages as M
from .model import HistoryRow, Report

BUILTIN = ("xep-loai-chat-luong", "tong-hop")
INTERNAL = ("so-sanh",)          # shipped templates a workbook cannot choose (drafter compare's)


class WriteFailed(Exception):
    """The output could not be written; the previous file is untouched."""


def default_output(report: Report) -> Path:
    info = report.info
    return Path("out") / f"{info.number.replace('/', '-')}_{info.year}.docx"


def template_file(name: str, base: Path | None = None) -> Path:
    if name in BUILTIN + INTERNAL:
        # A source tree's own templates first: an editable install maps drafter.templates to
        # the tree it was installed from, which is not this one in another git worktree.
        beside = Path(__file__).resolve().parent.parent / "templates" / f"{name}.docx"
        if beside.is_file():
            return beside
        from importlib.resources import files

        try:
            return Path(str(files("drafter.templates") / f"{name}.docx"))
        except ModuleNotFoundError:
            return beside
    path = Path(name)
    if not path.is_absolute() and base is not None and not path.exists():
        path = base / path
    if not path.is_file():
        raise WriteFailed(M.TEMPLATE_MISSING.format(name=name))
    return path


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


def uses_outline(report: Report, template: str) -> bool:
    """The body is the outline of `Nội dung` for `tong-hop`, and for a template of the
    user's own when the workbook has no rating rows (a review rather than the annual ratings)."""
    if template in BUILTIN:
        return template == "tong-hop"
    return not any(t.rows for t in report.ratings)


@functools.cache
def _template_engine() -> type:
    """jinja2's Environment, keeping the compiled form of every template text it has seen
    for the life of the process. docxtpl compiles each part of the template (body, headers,
    footers, properties) at every build: a sixth of a small build, the same work for each
    workbook of a batch. The source alone decides the code, as every build configures the
    engine alike (autoescape, the same filters)."""
    from jinja2 import Environment

    compiled: dict[str, object] = {}

    class Engine(Environment):
        def compile(self, source, name=None, filename=None, raw=False, defer_init=False):
            if name is not None or filename is not None or raw or defer_init or not isinstance(source, str):
                return super().compile(source, name, filename, raw, defer_init)
            if source not in compiled:
                compiled[source] = super().compile(source)
            return compiled[source]

    return Engine


def render(report: Report, template: str | None = None, base: Path | None = None, annex_tail=None) -> bytes:
    """The report as .docx bytes (same report → same bytes). `annex_tail` (compare.AnnexTail)
    appends the comparison annexes after the report's own."""
    from docxtpl import DocxTemplate
    from jinja2 import TemplateError

    from . import context as ctx
    from .render import footnotes, package, splice

    notes = footnotes.Footnotes()
    name = template or report.info.template
    tpl = DocxTemplate(str(template_file(name, base)))
    values = ctx.build_context(report, notes, general=uses_outline(report, name), annex_tail=annex_tail)
    env = _template_engine()(autoescape=True)
    env.globals["footnote"] = notes
    env.filters.update(ctx.FILTERS)
    blocks = splice.hold(values)               # docxtpl renders the template around markers
    try:
        tpl.render(values, jinja_env=env, autoescape=True)
    except TemplateError as exc:  # a user's own template with a mistyped tag
        raise WriteFailed(M.TEMPLATE_BROKEN.format(name=name, reason=exc.message or type(exc).__name__)) from exc
    document = tpl.docx
    spliced = splice.splice(document, blocks)
    footnotes.install(document, notes)
    if annex_tail is not None:
        from .render import pictures

        pictures.install(document, annex_tail.made.pictures)
    package.landscape_annexes(document)
    info = report.info
    package.set_properties(document, title=f"{info.doc_type} {info.subject}", author=info.issuer, date=info.date)
    return package.deterministic_bytes(document, info.date, {document.part.partname.membername: spliced.fill})


# errno → the Vietnamese reason; never the operating system's English strerror.
_REASONS = {
    errno.EISDIR: M.WRITE_IS_FOLDER,
    errno.ENOSPC: M.WRITE_DISK_FULL,
    errno.ENOENT: M.WRITE_NO_FOLDER,
    errno.EROFS: M.WRITE_READ_ONLY,
    errno.ENAMETOOLONG: M.WRITE_NAME_TOO_LONG,
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = M.WRITE_DISK_FULL
_PERMISSION = (errno.EACCES, errno.EPERM)
_BUSY = (errno.EBUSY,) + ((errno.ETXTBSY,) if hasattr(errno, "ETXTBSY") else ())


def _file_in_the_way(folder: Path) -> Path | None:
    """The first part of `folder` (itself included) that exists and is not a folder."""
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            return part
    return None


def os_reason(exc: OSError, folder: Path) -> str:
    """Why making `folder` or a file in it failed, in Vietnamese."""
    code = exc.errno
    if code in (errno.EEXIST, errno.ENOTDIR):
        part = _file_in_the_way(folder)
        return M.WRITE_THROUGH_FILE.format(part=part) if part else M.WRITE_THROUGH_FILE_UNKNOWN
    if code == errno.EISDIR:
        return M.WRITE_IS_FOLDER.format(example=folder / "bao-cao.docx")
    if code in _PERMISSION:
        return M.WRITE_NO_PERMISSION_FOLDER.format(folder=folder)
    if code in _BUSY:
        return M.WRITE_BUSY
    if code in _REASONS:
        return _REASONS[code]
    return M.WRITE_OTHER.format(code=errno.errorcode.get(code, code) if code is not None else type(exc).__name__)


def write_failure(path: Path, exc: OSError) -> str:
    """The sentence for a failed write of `path` itself (its folder exists)."""
    if exc.errno in _PERMISSION or exc.errno in _BUSY:   # most often: the file is open in Word
        reason = M.WRITE_NO_PERMISSION if exc.errno in _PERMISSION else M.WRITE_BUSY
        return M.OUTPUT_LOCKED.format(path=path, reason=reason)
    if exc.errno == errno.EISDIR:
        return M.WRITE_FAILED.format(path=path, reason=M.WRITE_IS_FOLDER.format(
            example=path / f"bao-cao{path.suffix or '.docx'}"))
    return M.WRITE_FAILED.format(path=path, reason=os_reason(exc, path.parent))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, then rename over it: a failure leaves the old file as it was.
    Any OSError becomes WriteFailed with a Vietnamese reason."""
    if path.is_dir():       # os.replace over a folder: EISDIR on Linux, "access denied" on Windows
        raise WriteFailed(write_failure(path, IsADirectoryError(errno.EISDIR, "", str(path))))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteFailed(M.WRITE_FAILED.format(path=path, reason=os_reason(exc, path.parent))) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())          # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise WriteFailed(write_failure(path, exc)) from exc


def build_report(report: Report, source: Path, output: Path | None, previous: Report | None = None,
                 template: str | None = None, pdf: bool = False,
                 say: Callable[[str], None] = print, compare: bool = False, charts: bool = True) -> Path:
    tail = None
    if compare:
        from .compare import AnnexTail

        tail = AnnexTail([previous, report] if previous is not None else [report], charts=charts)
    report = with_previous_year(report, previous)
    output = output or default_output(report)
    data = render(report, template, base=source.parent, annex_tail=tail)
    if tail is not None:
        for problem in tail.made.problems:
            say(str(problem))
        if not tail.made.blocks:
            from .validate import Problem
            from .workbook.schema import CAC_NAM_TRUOC

            say(str(Problem(M.WARNING, CAC_NAM_TRUOC, M.NO_CELL, M.COMPARE_NOTHING_IN_BUILD)))
    from . import record

    before = record.remember(output)            # the last build's outputs, before they are overwritten
    write_atomic(output, data)
    record.write(before, report, data, output, source, write_atomic, say, template)
    if pdf:
        from .render.pdf import to_pdf

        result = to_pdf(output)
        say(result)
    return output
