"""`drafter merge`: the workbooks of three units give back the provincial workbook
(same report, byte for byte); a unit in two files, an unreadable file and a data
error stop it with the right exit code and nothing written."""
from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

import openpyxl
import pytest

from conftest import run
from conftest import KON_TUM, SAMPLE, assert_ooxml, paragraph_texts, part, set_counts
from drafter import messages as M
from drafter.workbook.validate import check_file
from drafter.workbook import schema as S
from drafter.workbook.merge import CONCATENATED

PARTS = 3



def unit_workbook(index: int, path: Path, extra=None) -> Path:
    """Part `index` of the sample, as a unit would send it: its share of the rows of
    every concatenated sheet (contiguous, in order). The first part keeps the
    province's other sheets; the others carry a Thông tin of their own, which the
    merge must ignore, and no narrative."""
    book = openpyxl.load_workbook(SAMPLE)
    for name in book.sheetnames:
        ws = book[name]
        if name in CONCATENATED:
            count = ws.max_row - 1
            bounds = [round(count * k / PARTS) for k in range(PARTS + 1)]
            keep = range(bounds[index] + 2, bounds[index + 1] + 2)
            for row in range(ws.max_row, 1, -1):
                if row not in keep:
                    ws.delete_rows(row)
        elif index and name == S.THONG_TIN:
            for row in ws.iter_rows(min_row=2):
                if row[0].value == "Cơ quan ban hành":
                    row[1].value = f"ĐẢNG ỦY ĐƠN VỊ {index + 1}"
        elif index:
            del book[name]
    if extra:
        extra(book)
    book.save(path)
    return path


@pytest.fixture(scope="module")
def units(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("units")
    return [unit_workbook(i, folder / f"don-vi-{i + 1}.xlsx") for i in range(PARTS)]


def digest(paths) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() for p in paths]


@pytest.fixture(scope="module")
def merged(units, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess, list[str]]:
    before = digest(units)
    output = tmp_path_factory.mktemp("merged") / "tinh.xlsx"
    result = run("merge", *units, "-o", output)
    return output, result, before


def test_units_are_really_split(units):
    for name in (S.TCCSD, S.DANG_VIEN):
        counts = [len(check_file(u).report.rating(name).rows) for u in units]
        assert all(counts) and sum(counts) == 14


def test_merge_writes_a_valid_workbook(merged):
    output, result, _ = merged
    assert result.returncode == 0, result.stderr
    assert M.MERGE_DONE.format(count=3, path=output) in result.stderr
    checked = check_file(output)
    assert not checked.errors
    assert not list(output.parent.glob(".drafter-*"))


def test_merged_workbook_is_the_provincial_one(merged):
    assert check_file(merged[0]).report == check_file(SAMPLE).report


def test_merged_workbook_builds_the_same_report(merged, tmp_path):
    mine, typed = tmp_path / "gop.docx", tmp_path / "tinh.docx"
    for source, output in ((merged[0], mine), (SAMPLE, typed)):
        result = run("build", source, "-o", output)
        assert result.returncode == 0, result.stderr
    assert_ooxml(mine)
    assert paragraph_texts(part(mine)) == paragraph_texts(part(typed))
    assert mine.read_bytes() == typed.read_bytes()


def test_merged_rows_keep_the_order_of_the_files(merged, units):
    expected = [u.unit for f in units for u in check_file(f).report.rating(S.TCCSD).rows]
    assert [u.unit for u in check_file(merged[0]).report.rating(S.TCCSD).rows] == expected
    ws = openpyxl.load_workbook(merged[0])[S.TCCSD]
    assert ws.freeze_panes == "A2" and ws["A1"].font.bold


def test_merge_never_modifies_its_inputs(merged, units):
    assert digest(units) == merged[2]


def test_same_unit_in_two_files_names_both_files_and_the_unit(units, tmp_path):
    # Unit 3 also sends Kon Tum, which is unit 1's.
    def add_kon_tum(book):
        book[S.TCCSD].append([KON_TUM, None, 105, 16, 81, 7, 1, 0, 0])
    clash = unit_workbook(2, tmp_path / "don-vi-3b.xlsx", add_kon_tum)
    output = tmp_path / "tinh.xlsx"
    result = run("merge", units[0], units[1], clash, "-o", output)
    assert result.returncode == 1
    line = next(l for l in result.stderr.splitlines() if l.startswith(M.ERROR))
    assert S.TCCSD in line and f"\"{KON_TUM}\"" in line
    assert "don-vi-1.xlsx" in line and "don-vi-3b.xlsx" in line
    assert not output.exists()


def test_unit_names_match_after_normalisation(units, tmp_path):
    def add_kon_tum(book):
        book[S.DANG_VIEN].append(["  đảng bộ THÀNH PHỐ   Kon Tum ", None, 1, 1])
    clash = unit_workbook(1, tmp_path / "don-vi-2b.xlsx", add_kon_tum)
    result = run("merge", units[0], clash, "-o", tmp_path / "tinh.xlsx")
    assert result.returncode == 1
    assert "don-vi-1.xlsx" in result.stderr and "don-vi-2b.xlsx" in result.stderr


def test_data_error_in_a_unit_file_names_the_file_and_row(units, tmp_path):
    broken = unit_workbook(1, tmp_path / "don-vi-2c.xlsx", set_counts(S.TCCSD, "Đảng bộ huyện Kon Rẫy", HTXSNV=6))
    output = tmp_path / "tinh.xlsx"
    result = run("merge", units[0], broken, units[2], "-o", output)
    assert result.returncode == 1
    line = next(l for l in result.stderr.splitlines() if l.startswith(M.ERROR))
    assert "Tổng số (33) khác tổng các loại (34)" in line
    assert "don-vi-2c.xlsx, dòng" in line
    assert not output.exists()


def test_unreadable_file_is_exit_2(units, tmp_path):
    bad = tmp_path / "hong.xlsx"
    bad.write_text("không phải sổ Excel", encoding="utf-8")
    result = run("merge", units[0], bad, "-o", tmp_path / "tinh.xlsx")
    assert result.returncode == 2
    assert "hong.xlsx" in result.stderr and "Traceback" not in result.stderr


def test_output_must_not_be_an_input(units):
    before = digest(units)
    result = run("merge", *units, "-o", units[0])
    assert result.returncode == 2
    assert digest(units) == before


def test_output_is_required(units):
    result = run("merge", *units)
    assert result.returncode == 2
    assert M.MERGE_NEEDS_OUTPUT in result.stderr
