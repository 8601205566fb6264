"""Many workbooks at once: parallel processes, a progress bar, one failure not
stopping the others, and a summary of what was written and what failed."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import messages as M
from .build import build_report
from .errors import DrafterError, UnreadableWorkbook
from .files import os_reason
from .render.pdf import to_pdf
from .workbook.validate import check_file


@dataclass(frozen=True)
class Outcome:
    source: Path
    output: Path | None
    reason: str = ""


def output_names(files: tuple[Path, ...], out_dir: Path) -> list[tuple[Path, Path | None]]:
    """The report of each workbook, `<stem>.docx` in `out_dir`, and the earlier workbook it
    would have clashed with (else None). A workbook whose stem an earlier one already took
    (d1/x.xlsx, d2/x.xlsx) gets `x-2.docx`, `x-3.docx` … in the order given. A build also
    writes `<stem>.json`, `<stem>.thay-doi.docx` and `<stem>.pdf`, so those names are claimed
    too, regardless of letter case (Windows, macOS)."""
    def claims(stem: str) -> set[str]:
        return {f"{stem}{ext}".casefold() for ext in (".docx", ".json", ".thay-doi.docx", ".pdf",
                                                         ".truoc-khi-tao-lai.docx")}

    taken: dict[str, Path] = {}
    outputs = []
    for source in files:
        stem, n = source.stem, 1
        clash = next((taken[name] for name in sorted(claims(stem)) if name in taken), None)
        while claims(stem) & taken.keys():
            n += 1
            stem = f"{source.stem}-{n}"
        taken.update(dict.fromkeys(claims(stem), source))
        outputs.append((out_dir / f"{stem}.docx", clash))
    return outputs


def build_one(source: Path, output: Path, previous, previous_name: str, template: str | None,
              allow_template: bool = False) -> Outcome:
    """Runs in a worker process; never raises. `previous` is the --nam-truoc Report
    (read from `previous_name`), already checked by the parent."""
    try:
        checked = check_file(source, template)
        if checked.errors:
            first = checked.errors[0]
            more = M.BATCH_MORE_ERRORS.format(count=len(checked.errors) - 1) if len(checked.errors) > 1 else ""
            return Outcome(source, None, f"{first}{more}")
        year = checked.report.info.year
        if previous is not None and previous.info.year >= year:
            return Outcome(source, None, M.PREVIOUS_NOT_EARLIER.format(
                path=previous_name, before=previous.info.year, year=year))
        build_report(checked.report, source, output, previous=previous, template=template, say=lambda _: None,
                     allow_workbook_template=allow_template)
        return Outcome(source, output)
    except UnreadableWorkbook as exc:
        return Outcome(source, None, M.UNREADABLE.format(path=source.name, reason=exc))
    except DrafterError as exc:
        return Outcome(source, None, str(exc))
    except Exception as exc:  # one broken workbook must not stop the batch
        return Outcome(source, None, M.INTERNAL.format(reason=f"{type(exc).__name__}: {exc}"))


def check_previous(nam_truoc: Path, say: Callable[[str], None]):
    """The --nam-truoc workbook, read and checked once: (Report, 0), or (None, exit code)
    after telling the user why no report is built."""
    try:
        checked = check_file(nam_truoc)
    except UnreadableWorkbook as exc:
        say(M.BATCH_PREVIOUS_UNREADABLE.format(path=nam_truoc, reason=exc))
        return None, 2
    if checked.errors:
        for p in checked.errors:
            say(f"{nam_truoc.name}: {p}")
        say(M.BATCH_PREVIOUS_STOPPED.format(path=nam_truoc, errors=len(checked.errors)))
        return None, 1
    return checked.report, 0


def preload() -> None:
    """Import what a build needs before the workers are forked: once here instead of
    once in every worker (imports cost several reports' worth of time)."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    import docxtpl  # noqa: F401  (imported for the workers to inherit)
    import jinja2.sandbox  # noqa: F401

    from .render import limits  # noqa: F401  (the templates' sandbox, inherited too)


def build_many(files: tuple[Path, ...], out_dir: Path, nam_truoc: Path | None = None, template: str | None = None,
               pdf: bool = False, say: Callable[[str], None] = print, workers: int | None = None,
               allow_template: bool = False) -> int:
    """Exit code: 0 all written, 1 some failed (or --nam-truoc has errors), 2 --nam-truoc
    unreadable or --out-dir unusable."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from tqdm import tqdm

    previous = None
    if nam_truoc is not None:
        previous, code = check_previous(nam_truoc, say)
        if previous is None:
            return code
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        say(M.OUT_DIR_FAILED.format(path=out_dir, reason=os_reason(exc, out_dir)))
        return 2
    planned = output_names(files, out_dir)
    workers = max(1, min(workers or os.cpu_count() or 1, len(files)))
    preload()
    outcomes: list[Outcome | None] = [None] * len(files)
    previous_name = nam_truoc.name if nam_truoc is not None else ""
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(build_one, f, output, previous, previous_name, template, allow_template): i
                   for i, (f, (output, _)) in enumerate(zip(files, planned))}
        with tqdm(total=len(files), desc=M.BATCH_PROGRESS, unit=M.BATCH_UNIT, ascii=True, leave=True) as bar:
            for future in as_completed(futures):
                outcomes[futures[future]] = future.result()      # in the order given
                bar.update(1)
    if pdf:
        for o in outcomes:
            if o.output:
                say(to_pdf(o.output))
    failed = [o for o in outcomes if o.output is None]
    say(M.BATCH_SUMMARY.format(done=len(outcomes) - len(failed), failed=len(failed)))
    # Two inputs with the same file name are told apart by the path as given.
    names = [f.name.casefold() for f in files]
    labels = [str(f) if names.count(f.name.casefold()) > 1 else f.name for f in files]
    width = max(len(label) for label in labels)
    for label, o, (output, clash) in zip(labels, outcomes, planned):
        if o.output:
            status = f"{M.BATCH_OK} → {o.output}"
            if clash is not None:
                status += " " + M.BATCH_RENAMED.format(first=clash, name=output.name)
        else:
            status = f"{M.BATCH_FAILED}: {o.reason}"
        say(f"  {label:<{width}}  {status}")
    return 1 if failed else 0
