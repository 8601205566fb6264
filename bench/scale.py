"""How a build's cost grows with the size of the workbook, and what a rebuild costs.

    python bench/scale.py [MAX_N] [--rebuild] [--sizes 14,100,1000] [--repeat 3]

The 2020 sample is widened to N units on every rating sheet: its own rows first, then
invented units, each consistent (the categories add up to the total, at most one HTXSNV
for five HTTNV, nothing left unrated without a reason), so the widened workbook has the
sample's own warnings and no new one. One unit in five of `Tổ chức cơ sở đảng` has a
KHTNV organisation named in `Không hoàn thành nhiệm vụ`, so the rules that pair names
with units and the footnote listing them grow with N too.

Each build runs in a fresh process, as `drafter build` does (imports included), and
reports its own CPU time, peak memory and the time spent in the main steps. The table
gives the CPU per unit between two sizes: flat means linear.

`--rebuild` times three edits at N = 100, 1,000, 3,000 (up to MAX_N): one cell changed,
one long paragraph changed (a unit of `Tập thể lãnh đạo`, whose units of one level make
a single paragraph) and one unit inserted at the top of the unit sheets (every STT
below it shifts). Each is built once over the previous output (that build writes the
tracked-changes copy) and once into an empty folder; the ratio is the rebuild's cost.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"
SIZES = (14, 100, 1_000, 3_000, 10_000)
REBUILD_SIZES = (100, 1_000, 3_000)
UNIT_SHEETS = ("Tổ chức cơ sở đảng", "Chi bộ trực thuộc", "Đảng viên")
RATING_SHEETS = (*UNIT_SHEETS, "Tập thể lãnh đạo", "Cán bộ lãnh đạo")
FAILED_SHEET = "Không hoàn thành nhiệm vụ"

# The steps timed inside a build: (module, function or Class.method, label). A step missing
# from the tree being measured (modules move) is simply not shown.
STEPS = (("drafter.workbook.reader", "read_workbook", "read"), ("drafter.workbook.validate", "check", "check"),
         ("drafter.build", "make_report", "render"), ("drafter.render.splice", "splice", "splice"),
         ("drafter.render.splice", "Spliced.fill", "splice"), ("drafter.render.readback", "paragraphs", "readback"),
         ("drafter.record", "prepare", "record"), ("drafter.record", "track", "track"))

# ---- the widened workbooks ---------------------------------------------------------------

def unit_row(header: list[str], sheet: str, name: str, rng: random.Random, failed: bool) -> list[object]:
    """A consistent row of invented counts under `header` (no warning, one KHTNV if `failed`)."""
    httnv = rng.randint(5, 60)
    counts = {"HTXSNV": rng.randint(0, httnv // 5), "HTTNV": httnv, "HTNV": rng.randint(0, 12),
              "KHTNV": 1 if failed else 0, "Miễn đánh giá": rng.randint(0, 2), "Chưa đánh giá": 0}
    total = sum(counts.values())
    values = {"Đơn vị": name, "Tổng số": total, **counts,
              "Cấp": "Cấp cơ sở" if sheet not in UNIT_SHEETS else None,
              "Đảng bộ cơ sở": total // 3, "Chi bộ cơ sở": total - total // 3}
    return [values.get(h) for h in header]


def widen(n: int, path: Path, edit: str = "") -> Path:
    """The sample with `n` units on every rating sheet; `edit` is "", "cell", "paragraph" or "insert"."""
    from openpyxl import load_workbook

    book = load_workbook(SAMPLE)
    rng = random.Random(n)
    failed = book[FAILED_SHEET]
    for sheet in RATING_SHEETS:
        ws = book[sheet]
        header = [c.value for c in ws[1]]
        for i in range(ws.max_row, n + 1):              # rows 2 … max_row are the sample's own
            name = f"Đảng bộ xã số {i:05d}"
            named = sheet == UNIT_SHEETS[0] and i % 5 == 0
            ws.append(unit_row(header, sheet, name, rng, named))
            if named:
                failed.append([sheet, f"Chi bộ thôn {i:05d}", name])
    middle = n // 2 + 1
    if edit == "cell":                                  # one member moves from HTTNV to HTNV
        ws = book["Đảng viên"]
        header = [c.value for c in ws[1]]
        row = ws[middle]
        row[header.index("HTTNV")].value -= 1
        row[header.index("HTNV")].value += 1
    elif edit == "paragraph":
        ws = book["Tập thể lãnh đạo"]
        header = [c.value for c in ws[1]]
        row = ws[middle]
        row[header.index("HTTNV")].value += 1
        row[header.index("Tổng số")].value += 1
    elif edit == "insert":
        for sheet in UNIT_SHEETS:
            ws = book[sheet]
            header = [c.value for c in ws[1]]
            ws.insert_rows(2)
            for col, value in enumerate(unit_row(header, sheet, "Đảng bộ xã Mới Thành Lập", rng, False), start=1):
                ws.cell(2, col, value)
    book.save(path)
    return path


# ---- one build in its own process --------------------------------------------------------

def child(source: str, output: str) -> None:
    """Run `drafter build SOURCE -o OUTPUT` in this process; print its costs as JSON."""
    import importlib
    import resource
    import time

    from drafter import cli

    spent: dict[str, float] = {}
    peak: dict[str, float] = {}

    def timed(label, fn):
        def wrapper(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - t
                peak[label] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return wrapper

    for module_name, name, label in STEPS:
        try:
            owner = importlib.import_module(module_name)
        except ImportError:
            continue
        *path, attr = name.split(".")
        for part in path:
            owner = getattr(owner, part, None)
        if owner is not None and hasattr(owner, attr):
            setattr(owner, attr, timed(label, getattr(owner, attr)))
    # validate.check_file calls check() and read_workbook() by name: patched above.
    try:
        cli.main(["build", source, "-o", output])
    except SystemExit as exc:
        if exc.code not in (0, None):
            raise
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"cpu": usage.ru_utime + usage.ru_stime, "rss_mib": usage.ru_maxrss / 1024,
                      "rss_render_mib": peak.get("render", 0.0), **spent}))


def measure(source: Path, output: Path) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", str(source), str(output)],
                            cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"build of {source.name} failed:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def cheapest(runs: list[dict]) -> dict:
    """The run that cost least CPU: other processes on the machine only ever add to it."""
    return min(runs, key=lambda r: r["cpu"])


# ---- the tables ------------------------------------------------------------------------

def scale(sizes: list[int], work: Path, repeat: int) -> None:
    print("CPU, MiB: the whole build (best of the runs); ms/unit: CPU per unit since the size above;")
    print("MiB dựng: peak until the .docx is made; dựng: the render, with its splice (ghép) and its")
    print("read-back of the text (đọc lại); bản ghi: the record X.json")
    print(f"{'N':>6} {'CPU s':>7} {'ms/unit':>8} {'MiB':>6} {'MiB dựng':>9} {'đọc':>6} {'kiểm tra':>8} "
          f"{'dựng':>7} {'ghép':>6} {'đọc lại':>7} {'bản ghi':>7}")
    last = None
    for n in sizes:
        source = widen(n, work / f"n{n}.xlsx")
        r = cheapest([measure(source, work / f"n{n}-{run}" / "bao-cao.docx") for run in range(repeat)])
        per_unit = f"{(r['cpu'] - last[1]) / (n - last[0]) * 1000:8.2f}" if last is not None else f"{'':8}"
        print(f"{n:>6} {r['cpu']:7.2f} {per_unit} {r['rss_mib']:6.0f} "
              f"{r['rss_render_mib']:9.0f} {r.get('read', 0):6.2f} {r.get('check', 0):8.2f} {r.get('render', 0):7.2f} "
              f"{r.get('splice', 0):6.2f} {r.get('readback', 0):7.2f} {r.get('record', 0):7.2f}", flush=True)
        last = (n, r["cpu"])


def rebuild(sizes: list[int], work: Path, repeat: int) -> None:
    print("CPU (best of the runs) of a build into an empty folder and of the same build over the")
    print("output of the unedited workbook, which adds the tracked-changes copy")
    print(f"{'N':>6} {'sửa':<10} {'tạo mới s':>9} {'tạo lại s':>9} {'theo dõi s':>10} {'tỷ lệ':>6}")
    for n in sizes:
        base = widen(n, work / f"r{n}.xlsx")
        for edit in ("cell", "paragraph", "insert"):
            changed = widen(n, work / f"r{n}-{edit}.xlsx", edit)
            fresh = cheapest([measure(changed, work / f"r{n}-{edit}-fresh-{run}" / "bao-cao.docx")
                              for run in range(repeat)])
            again = []
            for run in range(repeat):
                output = work / f"r{n}-{edit}-again-{run}" / "bao-cao.docx"
                measure(base, output)
                again.append(measure(changed, output))
            again = cheapest(again)
            print(f"{n:>6} {edit:<10} {fresh['cpu']:9.2f} {again['cpu']:9.2f} {again.get('track', 0):10.2f} "
                  f"{again['cpu'] / fresh['cpu']:6.2f}", flush=True)


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        sys.path.insert(0, str(ROOT))
        child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("max_n", nargs="?", type=int, default=SIZES[-1], help="largest N (default 10000)")
    parser.add_argument("--rebuild", action="store_true", help="time rebuilds (tracked changes) instead")
    parser.add_argument("--sizes", help="comma-separated sizes instead of the default ones")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each build, the cheapest shown (default 1)")
    args = parser.parse_args()
    chosen = [int(s) for s in args.sizes.split(",")] if args.sizes else REBUILD_SIZES if args.rebuild else SIZES
    chosen = [n for n in chosen if n <= args.max_n]
    with tempfile.TemporaryDirectory(prefix="drafter-scale-") as tmp:
        (rebuild if args.rebuild else scale)(chosen, Path(tmp), args.repeat)


if __name__ == "__main__":
    main()
