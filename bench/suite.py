"""How long the test suite takes (goal, issue #9: ≤ 60 s on the two-core machine CI uses).

Runs `python -m pytest -q` (pyproject's addopts: two xdist workers) and prints its wall
time, the CPU time of it and its children, and a reference: the CPU time of a fixed
XML-and-zlib workload, measured before and after. The machine these runs share changes speed
from hour to hour (the same suite took 63 s and 92 s twenty minutes apart); divide by the
reference to compare runs made at different times.
    python bench/suite.py [extra pytest arguments]
"""
from __future__ import annotations

import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def reference() -> float:
    """CPU seconds of work like the suite's, independent of drafter's code: a large XML
    parsed, walked, written and compressed three times (a pure-Python loop did not see the
    slow hours; parsing and compressing, memory-bound like the suite, do)."""
    from lxml import etree

    xml = ("<r>" + "".join(f'<p a="{i}"><t>văn bản {i} số liệu</t><t>{i * 7}</t></p>'
                           for i in range(200_000)) + "</r>").encode()
    start = time.process_time()
    for _ in range(3):
        root = etree.fromstring(xml)
        zlib.compress(etree.tostring(root), 6)
        sum(1 for _ in root.iter())
    return time.process_time() - start


def main(args: list[str]) -> int:
    before = reference()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=ROOT,
                            capture_output=True, text=True)
    wall = time.monotonic() - start
    after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after_children.ru_utime - children.ru_utime) + (after_children.ru_stime - children.ru_stime)
    after = reference()
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-500:]
    speed = (before + after) / 2
    print(summary)
    print(f"wall {wall:.1f} s · CPU {cpu:.1f} s · reference loop {before:.2f}/{after:.2f} s "
          f"· wall ÷ reference {wall / speed:.1f}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
