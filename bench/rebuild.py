"""Rebuilding over an edited report against a plain build, side by side.

    python bench/rebuild.py [--repeat 5] [--no-libreoffice]

The report of the 2020 sample is built; an officer edits it in ten places (with
python-docx, then also as LibreOffice saves it when `soffice` is installed: its
XML is three times larger); five figures of the workbook are corrected. Timed,
best of `--repeat`, as whole processes (imports included, as a user runs them):

- a plain build of the corrected workbook: `python -m drafter build SO.xlsx -o X.docx`;
- the same build followed, in the same process, by the three-way merge into the
  officer's file (`render.rebuild.rebuild`) and the writing of the merged and the
  tracked copies: what `drafter build` will do over an edited report.

Goal: the rebuild costs at most 1.5× the plain build. Wall clock and CPU time are
both shown (CPU time is what stays put when other work shares the machine), and
the in-process cost of the build (check + render) and of the merge alone.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import io
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"
GOAL = 1.5
DAY = dt.date(2026, 1, 2)
# Five corrections, each moving counts between two categories of one unit so that its
# total stays and no new warning comes up: (sheet, unit, {column: change}).
CORRECTIONS = [
    ("Tổ chức cơ sở đảng", "Đảng bộ thành phố Kon Tum", {"HTTNV": -1, "HTNV": +1}),
    ("Tổ chức cơ sở đảng", "Đảng bộ huyện Ngọc Hồi", {"HTTNV": -1, "HTNV": +1}),
    ("Đảng viên", "Đảng bộ thành phố Kon Tum", {"HTXSNV": +1, "HTTNV": -1}),
    ("Đảng viên", "Đảng bộ huyện Ngọc Hồi", {"HTXSNV": -1, "HTTNV": +1}),
    ("Chi bộ trực thuộc", "Đảng bộ thành phố Kon Tum", {"HTTNV": -1, "HTNV": +1}),
]


def builder():
    """check + render in memory, wherever they live (one place to change when modules move)."""
    from drafter.build import make_report
    from drafter.workbook.validate import check_file

    def build(path: Path) -> bytes:
        checked = check_file(path)
        if checked.errors or len(checked.warnings) != 11:        # the sample's own eleven warnings
            sys.exit(f"{path}: {(checked.errors or checked.warnings)[0]}")
        return make_report(checked.report, path).data
    return build


def corrected(path: Path) -> Path:
    import openpyxl

    book = openpyxl.load_workbook(SAMPLE)
    for sheet, unit, counts in CORRECTIONS:
        ws = book[sheet]
        headers = [c.value for c in ws[1]]
        row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == unit)
        for column, change in counts.items():
            row[headers.index(column)].value += change
    book.save(path)
    return path


def officer_edits(data: bytes) -> bytes:
    """Ten edits of an officer: a sentence reworded around a figure, an assessment added,
    a paragraph deleted, one moved, a phrase in bold, a comment, a footnote completed,
    an annex cell corrected, a row added to an annex, the header block."""
    import docx
    from lxml import etree

    doc = docx.Document(io.BytesIO(data))
    paragraphs = doc.paragraphs
    result = next(p for p in paragraphs if p.text.startswith("Kết quả: 114/659"))
    result.runs[0].text = result.runs[0].text.replace("Kết quả: ", "Kết quả cụ thể như sau: ", 1)
    result.insert_paragraph_before("Nhìn chung, kết quả xếp loại phản ánh đúng thực chất.")
    gone = next(p for p in paragraphs if p.text.startswith("Cấp ủy các cấp đã kịp thời"))
    gone._p.getparent().remove(gone._p)
    moved = next(p for p in paragraphs if p.text.startswith("Kết quả: 3.726/27.408"))
    moved._p.getnext().addnext(moved._p)
    last = next(p for p in paragraphs if p.text.startswith("Đề nghị Ban Tổ chức Trung ương"))
    last.runs[0].bold = True
    doc.add_comment(moved.runs[0], text="Đề nghị kiểm tra lại.", author="Người soạn", initials="NS")
    notes = next(p for p in doc.part.package.iter_parts() if p.partname == "/word/footnotes.xml")
    root = etree.fromstring(notes.blob)
    for t in root.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"):
        if t.text.startswith("Cấp tỉnh 113 đồng chí"):
            t.text += " (đã rà soát)"
    notes._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    annex = doc.tables[2]
    row = next(r for r in annex.rows if r.cells[1].text.startswith("Đảng bộ huyện Ngọc Hồi"))
    row.cells[1].paragraphs[0].runs[0].text = "Đảng bộ huyện Ngọc Hồi (đã kiện toàn)"
    added = copy.deepcopy(row._tr)
    row._tr.addnext(added)
    docx.table._Row(added, annex).cells[1].paragraphs[0].runs[0].text = "Đơn vị mới thành lập"
    for cell in doc.tables[0]._cells:
        for p in cell.paragraphs:
            if p.text == "Số 48-BC/TU":
                p.runs[0].text = "Số 48-BC/TU (dự thảo lần 2)"
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def libreoffice_saved(data: bytes, folder: Path) -> bytes | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    source, out = folder / "officer.docx", folder / "saved"
    source.write_bytes(data)
    subprocess.run([soffice, f"-env:UserInstallation={(folder / 'profile').as_uri()}", "--headless",
                    "--convert-to", "docx", "--outdir", str(out), str(source)], check=True, capture_output=True,
                   timeout=300)
    return (out / source.name).read_bytes()


# The build as `drafter build` runs it, then the merge; argv: workbook, output, base, officer.
REBUILD = """
import datetime as dt, sys
from pathlib import Path
from drafter.cli import main
from drafter.files import write_atomic
from drafter.render.rebuild import rebuild
workbook, output, base, officer = map(Path, sys.argv[1:5])
try:
    main(["build", str(workbook), "-o", str(output)])
except SystemExit as done:
    if done.code:
        raise
result = rebuild(base.read_bytes(), officer.read_bytes(), output.read_bytes(), dt.date(2026, 1, 2))
write_atomic(output.with_name("X.merged.docx"), result.merged)
write_atomic(output.with_name("X.tracked.docx"), result.tracked)
"""


def best(repeat: int, work) -> tuple[float, float]:
    """Best wall-clock and best CPU time of `work`, which returns its own (wall, cpu)."""
    runs = [work() for _ in range(repeat)]
    return min(r[0] for r in runs), min(r[1] for r in runs)


def in_process(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def process(args: list[str], folder: Path) -> tuple[float, float]:
    """One whole process, into a fresh folder (no previous output to compare with). CPU
    time (user + system) beside the wall clock: on a machine shared with other work the
    wall clock of a half-second process varies by a third from one run to the next."""
    out = Path(tempfile.mkdtemp(dir=folder))
    args = [str(out / "X.docx") if a == "OUT" else a for a in args]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def ms(pair: tuple[float, float]) -> str:
    return f"{pair[0] * 1000:5.0f} ms wall, {pair[1] * 1000:5.0f} ms CPU"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-libreoffice", action="store_true")
    args = parser.parse_args()
    from drafter.render.rebuild import rebuild

    build = builder()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = build(SAMPLE)
        (folder / "base.docx").write_bytes(base)
        workbook = corrected(folder / "sua.xlsx")
        officers = {"python-docx": officer_edits(base)}
        saved = None if args.no_libreoffice else libreoffice_saved(officers["python-docx"], folder)
        if saved is not None:
            officers["LibreOffice"] = saved
        new = build(workbook)
        paths = {}
        for editor, officer in officers.items():
            paths[editor] = folder / f"{editor}.docx"
            paths[editor].write_bytes(officer)
        plain_cmd = ["-m", "drafter", "build", str(workbook), "-o", "OUT"]
        rebuild_cmd = {e: ["-c", REBUILD, str(workbook), "OUT", str(folder / "base.docx"), str(p)]
                       for e, p in paths.items()}
        # Interleaved, so that a burst of other work on the machine weighs on both alike.
        runs: dict[str, list[tuple[float, float]]] = {"plain": [], **{e: [] for e in paths}}
        for _ in range(args.repeat):
            runs["plain"].append(process(plain_cmd, folder))
            for editor, cmd in rebuild_cmd.items():
                runs[editor].append(process(cmd, folder))
        pick = {k: (min(r[0] for r in v), min(r[1] for r in v)) for k, v in runs.items()}
        plain = pick["plain"]
        inside = best(args.repeat, lambda: in_process(lambda: build(workbook)))
        print(f"plain build, whole process              : {ms(plain)}   (check + render in process: {ms(inside)})")
        for editor, officer in officers.items():
            result = rebuild(base, officer, new, DAY)
            whole = pick[editor]
            alone = best(args.repeat, lambda: in_process(lambda: rebuild(base, officer, new, DAY)))
            print(f"build + merge, edited with {editor:<12} : {ms(whole)}   (merge alone in process: {ms(alone)}; "
                  f"{result.updated} updated, {result.kept} kept, {len(result.conflicts)} conflicts)")
            print(f"ratio rebuild / plain build             : {whole[0] / plain[0]:5.2f} wall, "
                  f"{whole[1] / plain[1]:5.2f} CPU   goal ≤ {GOAL}")

if __name__ == "__main__":
    main()
