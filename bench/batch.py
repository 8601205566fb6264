"""One batch of 40 workbooks against one single build, whole processes, side by side.

    python bench/batch.py [--copies 40] [--repeat 3]

Both are timed as a user runs them: `python -m drafter build SAMPLE -o ONE.docx`
and `python -m drafter build C1 … C40 --out-dir DIR`, each into a fresh folder
(a first build: no previous output to compare with). The best and the median of
`--repeat` runs are shown for each. Goal: the batch costs at most 8× one build on
a 2-core machine.
"""
from __future__ import annotations

import argparse
import os
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


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "drafter", *args], cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"drafter {' '.join(args[:2])} … failed:\n{result.stderr}")
    return elapsed


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
            written = len(list((work / f"batch-{run}").glob("*.docx")))
            if written != args.copies:
                sys.exit(f"the batch wrote {written} reports, not {args.copies}")

    single, batch = min(singles), min(batches)
    ratio = batch / single
    typical = statistics.median(batches) / statistics.median(singles)
    print(f"máy: {os.cpu_count()} nhân, Python {sys.version.split()[0]}")
    print(f"{'':28}{'tốt nhất':>9}{'trung vị':>10}   các lần chạy")
    for label, times in (("một báo cáo (build)", singles), (f"{args.copies} báo cáo (--out-dir)", batches)):
        print(f"{label:28}{min(times):>8.2f}s{statistics.median(times):>9.2f}s   "
              + " ".join(f"{t:.2f}" for t in times))
    print(f"{'mỗi báo cáo trong lô':28}{batch / args.copies:>8.3f}s")
    print(f"tỷ lệ lô / một báo cáo: {ratio:.2f}× (trung vị: {typical:.2f}×); mục tiêu ≤ {GOAL:g}×: "
          f"{'đạt' if max(ratio, typical) <= GOAL else 'CHƯA ĐẠT'}")


if __name__ == "__main__":
    main()
