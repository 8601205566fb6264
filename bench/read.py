"""How long reading (and checking) the 2020 sample takes in-process.

Goal (issue #2): reading under 50 ms, with calamine on the read path.
    python bench/read.py
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from drafter.workbook.validate import check  # noqa: E402
from drafter.workbook.reader import read_workbook  # noqa: E402

SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"


def best_and_median(fn, runs: int = 30) -> tuple[float, float]:
    fn()  # warm up imports and caches
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return min(times), statistics.median(times)


def main() -> None:
    raw = read_workbook(SAMPLE)
    read_best, read_median = best_and_median(lambda: read_workbook(SAMPLE))
    check_best, check_median = best_and_median(lambda: check(raw))
    cells = sum(len(r) for s in raw.sheets for r in s.rows)
    print(f"sample: {SAMPLE.name} ({len(raw.sheets)} sheets, {cells} cells)")
    print(f"read     (calamine): best {read_best:6.1f} ms, median {read_median:6.1f} ms   goal < 50 ms")
    print(f"validate (rules)   : best {check_best:6.1f} ms, median {check_median:6.1f} ms")


if __name__ == "__main__":
    main()
