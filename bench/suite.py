"""How long the test suite takes (goal, issue #9: ≤ 60 s on the two-core machine CI uses).

Runs `python -m pytest -q` (pyproject's addopts: two xdist workers) and prints its wall
time, the CPU time of it and its children, and a reference: the CPU time of a fixed
XML-and-zlib workload, measured before and after. The machine these runs share changes speed
from hour to hour (the same suite took 63 s and 92 s twenty minutes apart); divide by the
reference to compare runs made at different times. Also printed: the core-seconds the
hypervisor took from this machine meanwhile ("steal"; within one hour the same suite took
89 s with 30 s of it, and 70 s with 3 s of it and a slow reference).
    python bench/suite.py [extra pytest arguments]
"""
from __future__ import annotations

import os
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


def machine_time() -> dict[str, float] | None:
    """Seconds the machine's cores spent so far in each state (Linux /proc/stat, all cores
    together): "steal" is time the hypervisor gave to other machines while this one had
    work, the cause of the slow hours; "idle" is time no process of this machine wanted."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except (OSError, IndexError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    names = ("user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal")
    return {name: int(value) / ticks for name, value in zip(names, fields)}


def main(args: list[str]) -> int:
    before = reference()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    machine = machine_time()
    start = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args], cwd=ROOT,
                            capture_output=True, text=True)
    wall = time.monotonic() - start
    machine_after = machine_time()
    after_children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after_children.ru_utime - children.ru_utime) + (after_children.ru_stime - children.ru_stime)
    after = reference()
    summary = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.stderr[-500:]
    speed = (before + after) / 2
    print(summary)
    print(f"wall {wall:.1f} s · CPU {cpu:.1f} s · reference loop {before:.2f}/{after:.2f} s "
          f"· wall ÷ reference {wall / speed:.1f}")
    if machine and machine_after:
        spent = {name: machine_after[name] - machine[name] for name in machine}
        print(f"the cores meanwhile (both together): stolen by the hypervisor {spent['steal']:.1f} s · "
              f"idle {spent['idle'] + spent['iowait']:.1f} s")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
