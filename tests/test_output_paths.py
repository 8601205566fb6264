"""Where reports go and what the user is told when a path is wrong: two workbooks with the
same name in one batch, a bad --nam-truoc in a batch, an output under a file or onto a
folder, a folder given as the workbook, a stale PDF. Vietnamese reasons, no traceback."""
from __future__ import annotations

import errno
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from conftest import listed, ROOT, run
from drafter import messages as M
from drafter.errors import WriteFailed
from drafter import files
from drafter.files import write_atomic
from drafter.render import pdf

SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"
SAMPLE_2019 = ROOT / "sample_data" / "bao-cao-xep-loai-2019.xlsx"
AS_PRINTED = ROOT / "sample_data" / "loi" / "bao-cao-xep-loai-2020-nhu-ban-in.xlsx"
ENGLISH = ("File exists", "Not a directory", "Is a directory", "Permission denied", "No such file",
           "Error", "Lỗi ngoài dự kiến")


def no_english(stderr: str) -> None:
    for words in ENGLISH:
        assert words not in stderr, stderr


def line_of(stderr: str, label: str) -> str:
    return next(line for line in stderr.splitlines() if line.strip().startswith(label + " "))


# ---- 1. two workbooks with the same file name in one batch -------------------------

@pytest.fixture(scope="module")
def same_name(tmp_path_factory):
    folder = tmp_path_factory.mktemp("same-name")
    (folder / "d1").mkdir()
    (folder / "d2").mkdir()
    shutil.copy(SAMPLE, folder / "d1" / "x.xlsx")
    shutil.copy(SAMPLE_2019, folder / "d2" / "x.xlsx")
    out = folder / "out"
    first = run("build", "d1/x.xlsx", "d2/x.xlsx", "--out-dir", "out", cwd=folder)
    files_after_first = listed(out)
    again = run("build", "d1/x.xlsx", "d2/x.xlsx", "--out-dir", "out", cwd=folder)
    return folder, out, first, files_after_first, again


def test_same_name_both_written_under_distinct_names(same_name):
    _, out, first, files, _ = same_name
    assert first.returncode == 0, first.stderr
    assert files == ["x-2.docx", "x-2.json", "x.docx", "x.json"]     # no stray x.thay-doi.docx
    # By the order given: the first keeps x.docx.
    assert json.loads((out / "x.json").read_text(encoding="utf-8"))["nam_danh_gia"] == 2020
    assert json.loads((out / "x-2.json").read_text(encoding="utf-8"))["nam_danh_gia"] == 2019


def test_same_name_summary_shows_the_real_output_and_the_renaming(same_name):
    _, _, first, _, _ = same_name
    err = first.stderr
    assert M.BATCH_SUMMARY.format(done=2, failed=0) in err
    first_line = line_of(err, str(Path("d1") / "x.xlsx"))
    assert f"{M.BATCH_OK} → {Path('out') / 'x.docx'}" in first_line and "trùng tên" not in first_line
    second_line = line_of(err, str(Path("d2") / "x.xlsx"))
    assert f"{M.BATCH_OK} → {Path('out') / 'x-2.docx'}" in second_line
    assert M.BATCH_RENAMED.format(first=Path("d1") / "x.xlsx", name="x-2.docx") in second_line


def test_same_name_again_keeps_the_same_names(same_name):
    _, out, _, _, again = same_name
    assert again.returncode == 0, again.stderr
    assert listed(out) == [
        "x-2.docx", "x-2.json", "x-2.thay-doi.docx", "x.docx", "x.json", "x.thay-doi.docx"]
    for stem in ("x", "x-2"):        # nothing changed, so no report was overwritten by the other
        assert (out / f"{stem}.thay-doi.docx").read_bytes() == (out / f"{stem}.docx").read_bytes()


# ---- 2. --nam-truoc in a batch is checked once, before anything is built -------------

def two_workbooks(folder: Path) -> list[Path]:
    files = [folder / f"a{i}.xlsx" for i in (1, 2)]
    for path in files:
        shutil.copy(SAMPLE, path)
    return files


def test_batch_previous_year_missing_is_exit_2_naming_that_file(tmp_path):
    files = two_workbooks(tmp_path)
    missing = tmp_path / "nohist.xlsx"
    result = run("build", *files, "--out-dir", tmp_path / "out", "--nam-truoc", missing)
    assert result.returncode == 2
    assert M.BATCH_PREVIOUS_UNREADABLE.format(path=missing, reason=M.FILE_NOT_FOUND) in result.stderr
    assert "a1.xlsx" not in result.stderr and "a2.xlsx" not in result.stderr   # the inputs are fine
    assert not (tmp_path / "out").exists()
    no_english(result.stderr)


def test_batch_previous_year_with_errors_is_exit_1_and_builds_nothing(tmp_path):
    files = two_workbooks(tmp_path)
    previous = tmp_path / "nhu-ban-in.xlsx"
    shutil.copy(AS_PRINTED, previous)
    result = run("build", *files, "--out-dir", tmp_path / "out", "--nam-truoc", previous)
    assert result.returncode == 1
    err = result.stderr
    assert "nhu-ban-in.xlsx: lỗi · Cán bộ lãnh đạo · C5 · Tổng số (698) khác tổng các loại (697)" in err
    assert M.BATCH_PREVIOUS_STOPPED.format(path=previous, errors=1) in err
    assert M.BATCH_SUMMARY.split("{")[0] not in err               # no batch was started
    assert not (tmp_path / "out").exists()
    no_english(err)


def test_batch_with_a_good_previous_year(tmp_path):
    files = two_workbooks(tmp_path)
    out = tmp_path / "out"
    result = run("build", *files, "--out-dir", out, "--nam-truoc", SAMPLE_2019)
    assert result.returncode == 0, result.stderr
    assert M.BATCH_SUMMARY.format(done=2, failed=0) in result.stderr
    assert (out / "a1.docx").is_file() and (out / "a2.docx").is_file()
    assert (out / "a1.docx").read_bytes() == (out / "a2.docx").read_bytes()


# ---- 3. the output cannot be written -----------------------------------------------

def test_output_under_a_file_is_a_vietnamese_write_failure(tmp_path):
    base = tmp_path / "base.docx"
    base.write_bytes(b"not a folder")
    for target in (base / "x.docx", base / "sub" / "x.docx"):
        result = run("build", SAMPLE, "-o", target)
        assert result.returncode == 1, result.stderr
        assert M.WRITE_FAILED.format(path=target, reason=M.WRITE_THROUGH_FILE.format(part=base)) in result.stderr
        assert "Word" not in result.stderr                 # not a lock: no advice to close Word
        no_english(result.stderr)
    assert base.read_bytes() == b"not a folder"
    assert listed(tmp_path) == ["base.docx"]


def test_output_onto_a_folder(tmp_path):
    folder = tmp_path / "bao-cao.docx"
    folder.mkdir()
    result = run("build", SAMPLE, "-o", folder)
    assert result.returncode == 1, result.stderr
    assert M.WRITE_FAILED.format(path=folder, reason=M.WRITE_IS_FOLDER.format(
        example=folder / "bao-cao.docx")) in result.stderr
    assert list(folder.iterdir()) == []
    no_english(result.stderr)


def test_out_dir_under_a_file_is_exit_2(tmp_path):
    files = two_workbooks(tmp_path)
    base = tmp_path / "base.docx"
    base.write_bytes(b"not a folder")
    for out_dir in (base, base / "out"):
        result = run("build", *files, "--out-dir", out_dir)
        assert result.returncode == 2, result.stderr
        assert M.OUT_DIR_FAILED.format(path=out_dir, reason=M.WRITE_THROUGH_FILE.format(part=base)) in result.stderr
        no_english(result.stderr)
    assert base.read_bytes() == b"not a folder"


@pytest.mark.parametrize("code, reason", [
    (errno.EACCES, M.WRITE_NO_PERMISSION), (errno.EPERM, M.WRITE_NO_PERMISSION),
    (errno.ENOSPC, M.WRITE_DISK_FULL), (errno.EROFS, M.WRITE_READ_ONLY)], ids=["EACCES", "EPERM", "ENOSPC", "EROFS"])
def test_write_atomic_reasons_are_vietnamese(tmp_path, monkeypatch, code, reason):
    target = tmp_path / "bao-cao.docx"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise OSError(code, os.strerror(code), str(dst))

    monkeypatch.setattr(files.os, "replace", refuse)
    with pytest.raises(WriteFailed) as failed:
        write_atomic(target, b"new")
    message = str(failed.value)
    assert reason in message and os.strerror(code) not in message
    # Only a permission (lock) error suggests the file is open in Word.
    assert (M.OUTPUT_LOCKED.format(path=target, reason=reason) == message) == (code in (errno.EACCES, errno.EPERM))
    assert target.read_bytes() == b"old"
    assert listed(tmp_path) == ["bao-cao.docx"]      # no temporary left


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(tmp_path):
    folder = tmp_path / "chi-doc"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = run("build", SAMPLE, "-o", folder / "x.docx")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert result.returncode == 1
    assert M.WRITE_NO_PERMISSION_FOLDER.format(folder=folder) in result.stderr
    no_english(result.stderr)


# ---- 4. a folder given as the workbook ----------------------------------------------

@pytest.mark.parametrize("name", ["so-lieu", "so-lieu.xlsx"])
def test_a_folder_is_not_a_workbook(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    for args in (("validate", folder), ("build", folder, "-o", tmp_path / "x.docx")):
        result = run(*args)
        assert result.returncode == 2
        assert M.UNREADABLE.format(path=folder, reason=M.PATH_IS_FOLDER) in result.stderr
        assert M.FILE_NOT_FOUND not in result.stderr
    assert not (tmp_path / "x.docx").exists()


# ---- 5. a PDF left by an earlier run is not reported as new --------------------------

def fake_soffice(tmp_path: Path, writes: bool) -> str:
    script = tmp_path / "soffice"
    body = 'for a; do last="$a"; done\nb="${last%.docx}"; printf "%%PDF-1.4" > "$b.pdf"\n' if writes else ""
    script.write_text("#!/bin/sh\n" + body + "exit 0\n")
    script.chmod(0o755)
    return str(script)


@pytest.mark.skipif(os.name != "posix", reason="the fake LibreOffice is a shell script")
def test_stale_pdf_is_not_success(tmp_path, monkeypatch):
    docx = tmp_path / "bao-cao.docx"
    docx.write_bytes(b"docx")
    stale = tmp_path / "bao-cao.pdf"
    stale.write_bytes(b"old pdf")
    monkeypatch.setattr(pdf, "soffice", lambda: fake_soffice(tmp_path, writes=False))
    assert pdf.to_pdf(docx) == M.PDF_FAILED.format(reason=M.PDF_NOT_WRITTEN)
    assert not stale.exists()
    monkeypatch.setattr(pdf, "soffice", lambda: fake_soffice(tmp_path, writes=True))
    assert pdf.to_pdf(docx) == M.PDF_BUILT.format(path=stale)
    assert stale.read_bytes() == b"%PDF-1.4"
