"""Many workbooks at once: parallel processes, a progress bar, one failure not
stopping the others, and a summary of what was written and what failed."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import messages as M


@dataclass(frozen=True)
class Outcome:
    source: Path
    output: Path | None
    reason: str = ""


def build_one(source: Path, out_dir: Path, nam_truoc: Path | None, template: str | None) -> Outcome:
    """Runs in a worker process; never raises."""
    from .build import WriteFailed, build_report
    from .validate import check_file
    from .workbook.reader import UnreadableWorkbook

    try:
        checked = check_file(source, template)
        if checked.errors:
            first = checked.errors[0]
            more = f" (và {len(checked.errors) - 1} lỗi khác)" if len(checked.errors) > 1 else ""
            return Outcome(source, None, f"{first}{more}")
        previous = check_file(nam_truoc).report if nam_truoc else None
        output = out_dir / f"{source.stem}.docx"
        build_report(checked.report, source, output, previous=previous, template=template, say=lambda _: None)
        return Outcome(source, output)
    except UnreadableWorkbook as exc:
        return Outcome(source, None, M.UNREADABLE.format(path=source.name, reason=exc))
    except WriteFailed as exc:
        return Outcome(source, None, str(exc))
    except Exception as exc:  # one broken workbook must not stop the batch
        return Outcome(source, None, M.INTERNAL.format(reason=f"{type(exc).__name__}: {exc}"))


def preload() -> None:
    """Import what a build needs before the workers are forked: once here instead of
    once in every worker (imports cost several reports' worth of time)."""
    import multiprocessing

    if multiprocessing.get_start_method(allow_none=False) != "fork":
        return
    import docxtpl  # noqa: F401
    import jinja2  # noqa: F401

    from . import build, context, record, validate  # noqa: F401
    from .render import footnotes, package, revisions  # noqa: F401


def build_many(files: tuple[Path, ...], out_dir: Path, nam_truoc: Path | None = None, template: str | None = None,
               pdf: bool = False, say: Callable[[str], None] = print, workers: int | None = None) -> int:
    """Exit code: 0 all written, 1 some failed."""
    from concurrent.futures import ProcessPoolExecutor, as_completed

    from tqdm import tqdm

    out_dir.mkdir(parents=True, exist_ok=True)
    workers = max(1, min(workers or os.cpu_count() or 1, len(files)))
    preload()
    outcomes: list[Outcome] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(build_one, f, out_dir, nam_truoc, template) for f in files]
        with tqdm(total=len(files), desc="Đang tạo báo cáo", unit="sổ", ascii=True, leave=True) as bar:
            for future in as_completed(futures):
                outcomes.append(future.result())
                bar.update(1)
    order = {f: i for i, f in enumerate(files)}
    outcomes.sort(key=lambda o: order[o.source])
    if pdf:
        from .render.pdf import to_pdf

        for o in outcomes:
            if o.output:
                say(to_pdf(o.output))
    failed = [o for o in outcomes if o.output is None]
    say(M.BATCH_SUMMARY.format(done=len(outcomes) - len(failed), failed=len(failed)))
    width = max(len(o.source.name) for o in outcomes)
    for o in outcomes:
        status = f"{M.BATCH_OK} → {o.output}" if o.output else f"{M.BATCH_FAILED}: {o.reason}"
        say(f"  {o.source.name:<{width}}  {status}")
    return 1 if failed else 0
