"""Whole-process cost of `drafter build` on the sample against a bare docxtpl script
that renders the same output document as a template (goal, issue #15: ≤ 1.1×).

Both are timed as fresh processes (imports included), best of N.
    python bench/build.py [RUNS]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"

BARE = """
import sys
from docxtpl import DocxTemplate
tpl = DocxTemplate(sys.argv[1])
tpl.render({}, autoescape=True)
tpl.save(sys.argv[2])
"""


def timed(cmd: list[str], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.docx"
        drafter = timed([sys.executable, "-m", "drafter", "build", str(SAMPLE), "-o", str(out)], runs)
        bare = timed([sys.executable, "-c", BARE, str(out), str(Path(tmp) / "bare.docx")], runs)
        startup = timed([sys.executable, "-c", "pass"], runs)
    print(f"drafter build (whole process)      : {drafter * 1000:7.0f} ms")
    print(f"bare docxtpl render of same output : {bare * 1000:7.0f} ms")
    print(f"python start-up alone              : {startup * 1000:7.0f} ms")
    print(f"ratio drafter / docxtpl            : {drafter / bare:7.2f}   goal ≤ 1.1")


if __name__ == "__main__":
    main()
