"""Whole-process cost of `drafter build` on the sample against a bare docxtpl script
that renders the same output document as a template (goal, issue #15: ≤ 1.1×).

Both are timed as fresh processes (imports included), best of N, in CPU time (user +
system of the child: what stays put when other work shares the machine) and wall time.
    python bench/build.py [RUNS]
"""
from __future__ import annotations

import resource
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


def timed(cmd: list[str], runs: int) -> tuple[float, float]:
    """The least CPU and the least wall time of `runs` runs of `cmd`."""
    cpu = wall = float("inf")
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
        wall = min(wall, time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = min(cpu, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return cpu, wall


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.docx"
        drafter = timed([sys.executable, "-m", "drafter", "build", str(SAMPLE), "-o", str(out)], runs)
        bare = timed([sys.executable, "-c", BARE, str(out), str(Path(tmp) / "bare.docx")], runs)
        startup = timed([sys.executable, "-c", "pass"], runs)
    print(f"{'':35}  {'CPU':>7}  {'wall':>7}")
    for name, (cpu, wall) in (("drafter build (whole process)", drafter), ("bare docxtpl render of same output", bare),
                              ("python start-up alone", startup)):
        print(f"{name:35}: {cpu * 1000:5.0f} ms {wall * 1000:5.0f} ms")
    print(f"{'ratio drafter / docxtpl':35}: {drafter[0] / bare[0]:7.2f}  {drafter[1] / bare[1]:7.2f}   goal ≤ 1.1")


if __name__ == "__main__":
    main()
