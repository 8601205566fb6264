"""One batch of 40 workbooks against one single build, whole processes, side by side.

    python bench/batch.py [--copies 40] [--repeat 3]

Both are timed as a user runs them: `python -m drafter build SAMPLE -o ONE.docx`
and `python -m drafter build C1 … C40 --out-dir DIR`, each into a fresh folder
(a first build: no previous output to compare with). The best and the median of
`--repeat` runs are shown for each, in wall time and in CPU time (the process and
every process it started, from resource.getrusage). Goals on a 2-core machine: the
batch takes at most 8× one build's wall time, and at most 2× the CPU of as many
builds made one after the other inside one warm process (imports, templates and
workers are the batch's overhead; that is what the second ratio measures).
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"
GOAL = 8.0
CPU_GOAL = 2.0


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(args: list[str]) -> tuple[float, float]:
    """Wall time and CPU time (with the processes it started) of one drafter command."""
    start, cpu = time.perf_counter(), children_cpu()
    result = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"drafter {' '.join(args[:2])} … failed:\n{result.stderr}")
    return elapsed, children_cpu() - cpu


def in_process(work: Path, runs: int = 10) -> float:
    """CPU of one build made in a warm process (imports done, one build before): the work
    a batch cannot avoid for each workbook."""
    sys.path.insert(0, str(ROOT))
    from drafter import cli

    def build(folder: str) -> None:
        with contextlib.redirect_stderr(io.StringIO()):
            try:
                cli.main(["build", str(SAMPLE), "-o", str(work / folder / "bao-cao.docx")])
            except SystemExit as exc:
                if exc.code:
                    sys.exit(f"in-process build failed ({exc.code})")

    build("warm-in-process")
    start = time.process_time()
    for run in range(runs):
        build(f"in-process-{run}")
    return (time.process_time() - start) / runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="drafter-bench-") as tmp:
        work = Path(tmp)
        copies = []
        for i in range(1, args.copies + 1):
            path = work / f"so-lieu-{i:02d}.xlsx"
            shutil.copy(SAMPLE, path)
            copies.append(str(path))
        timed(["build", str(SAMPLE), "-o", str(work / "warm.docx")])     # file cache, .pyc

        singles, batches = [], []
        for run in range(args.repeat):
            singles.append(timed(["build", str(SAMPLE), "-o", str(work / f"one-{run}" / "bao-cao.docx")]))
            batches.append(timed(["build", *copies, "--out-dir", str(work / f"batch-{run}")]))
            # (each report has its hidden base copy beside it, .X.ban-goc.docx, for rebuilds)
            written = len([f for f in (work / f"batch-{run}").glob("*.docx") if not f.name.startswith(".")])
            if written != args.copies:
                sys.exit(f"the batch wrote {written} reports, not {args.copies}")
        warm = in_process(work)

    print(f"máy: {os.cpu_count()} nhân, Python {sys.version.split()[0]}")
    print(f"{'':28}{'tốt nhất':>9}{'trung vị':>10}   các lần chạy (thời gian thực / CPU)")
    for label, times in (("một báo cáo (build)", singles), (f"{args.copies} báo cáo (--out-dir)", batches)):
        for kind, index in (("thực", 0), ("CPU", 1)):
            values = [t[index] for t in times]
            print(f"{label + ', ' + kind:28}{min(values):>8.2f}s{statistics.median(values):>9.2f}s   "
                  + " ".join(f"{v:.2f}" for v in values))
    single = min(t[0] for t in singles)
    batch, batch_cpu = min(t[0] for t in batches), min(t[1] for t in batches)
    ratio = batch / single
    typical = statistics.median(t[0] for t in batches) / statistics.median(t[0] for t in singles)
    print(f"{'mỗi báo cáo trong lô':28}{batch / args.copies:>8.3f}s")
    print(f"{'một báo cáo trong tiến trình':28}{warm:>8.3f}s CPU")
    print(f"tỷ lệ lô / một báo cáo (thời gian thực): {ratio:.2f}× (trung vị: {typical:.2f}×); mục tiêu ≤ {GOAL:g}×: "
          f"{'đạt' if max(ratio, typical) <= GOAL else 'CHƯA ĐẠT'}")
    cpu_ratio = batch_cpu / (args.copies * warm)
    print(f"CPU của lô / ({args.copies} × một báo cáo trong tiến trình): {cpu_ratio:.2f}×; mục tiêu ≤ {CPU_GOAL:g}×: "
          f"{'đạt' if cpu_ratio <= CPU_GOAL else 'CHƯA ĐẠT'}")


if __name__ == "__main__":
    main()
