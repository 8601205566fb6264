"""`drafter build FILE… --out-dir DIR`: parallel builds with a progress bar; a bad
workbook does not stop the others; the summary names each failure and its reason."""
from __future__ import annotations

import json
import shutil

import pytest

from conftest import listed, run
from conftest import SAMPLE, assert_ooxml, paragraph_texts, part
from drafter import messages as M

AS_PRINTED = SAMPLE.parent / "loi" / "bao-cao-xep-loai-2020-nhu-ban-in.xlsx"



def summary_line(stderr: str, name: str) -> str:
    return next(line for line in stderr.splitlines() if line.strip().startswith(name))


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("batch")
    good = [folder / f"don-vi-{i}.xlsx" for i in (1, 2, 3)]
    for path in good:
        shutil.copy(SAMPLE, path)
    wrong = folder / "nhu-ban-in.xlsx"
    shutil.copy(AS_PRINTED, wrong)
    broken = folder / "hong.xlsx"
    broken.write_text("không phải sổ Excel", encoding="utf-8")
    out = folder / "out"
    result = run("build", good[0], wrong, good[1], broken, good[2], "--out-dir", out)
    return good, wrong, broken, out, result


def test_a_failed_workbook_makes_exit_1(batch):
    assert batch[-1].returncode == 1


def test_the_good_workbooks_are_written(batch):
    good, _, _, out, _ = batch
    for path in good:
        docx = out / f"{path.stem}.docx"
        assert docx.is_file()
        assert_ooxml(docx)
        assert json.loads(docx.with_suffix(".json").read_text(encoding="utf-8"))["so_ky_hieu"] == "48-BC/TU"
    texts = [paragraph_texts(part(out / f"{p.stem}.docx")) for p in good]
    assert texts[0] == texts[1] == texts[2]
    assert any("114/659" in t for t in texts[0])


def test_nothing_is_written_for_the_failures(batch):
    _, wrong, broken, out, _ = batch
    assert listed(out) == sorted(
        f"don-vi-{i}.{ext}" for i in (1, 2, 3) for ext in ("docx", "json"))


def test_summary_names_each_failure_with_its_reason(batch):
    good, wrong, broken, out, result = batch
    err = result.stderr
    assert M.BATCH_SUMMARY.format(done=3, failed=2) in err
    line = summary_line(err, wrong.name)
    assert M.BATCH_FAILED in line and "Tổng số (698) khác tổng các loại (697)" in line
    line = summary_line(err, broken.name)
    assert M.BATCH_FAILED in line and "Không đọc được tệp" in line
    for path in good:
        assert f"{M.BATCH_OK} → {out / (path.stem + '.docx')}" in summary_line(err, path.name)
    # In the order given, whatever order the workers finished in.
    names = [l.split()[0] for l in err.splitlines() if l.startswith("  ") and l.split()[0].endswith(".xlsx")]
    assert names == ["don-vi-1.xlsx", "nhu-ban-in.xlsx", "don-vi-2.xlsx", "hong.xlsx", "don-vi-3.xlsx"]
    assert "Traceback" not in err


def test_progress_bar_is_shown(batch):
    err = batch[-1].stderr
    assert "Đang tạo báo cáo" in err and "5/5" in err


def test_all_good_is_exit_0(tmp_path):
    files = [tmp_path / f"a{i}.xlsx" for i in (1, 2)]
    for path in files:
        shutil.copy(SAMPLE, path)
    result = run("build", *files, "--out-dir", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert M.BATCH_SUMMARY.format(done=2, failed=0) in result.stderr


def test_many_files_without_out_dir_is_bad_usage(tmp_path):
    result = run("build", SAMPLE, SAMPLE)
    assert result.returncode == 2
    assert "--out-dir" in result.stderr


def test_batch_over_its_outputs_writes_records_and_tracked_copies(tmp_path):
    files = [tmp_path / f"a{i}.xlsx" for i in (1, 2)]
    for path in files:
        shutil.copy(SAMPLE, path)
    out = tmp_path / "out"
    for _ in range(2):
        result = run("build", *files, "--out-dir", out)
        assert result.returncode == 0, result.stderr
    for path in files:
        tracked = out / f"{path.stem}.thay-doi.docx"
        assert tracked.is_file()
        assert_ooxml(tracked)
        assert tracked.read_bytes() == (out / f"{path.stem}.docx").read_bytes()   # nothing changed
