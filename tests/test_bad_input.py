"""Malformed workbooks through the real command line: `drafter validate FILE`.

Each case starts from the valid minimal workbook of `workbooks.py`, breaks one
thing, and states every line the validator must print (level, sheet, cell and
key words of the message) and nothing more: a bad cell must not drag a second,
follow-on error along. The exit code is 1 for errors in the data, 0 when there
are only warnings, 2 when the file cannot be read. The input is never modified
and no Python traceback ever reaches the user.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from conftest import run, run_process
from workbooks import RATING_HEADER, patch_sheet_xml, rows, variant, write, write_ods

DV = "Đảng viên"
TT = "Thông tin"
ERR, WARN = "lỗi", "cảnh báo"


def validate(path: Path, in_process: bool = True):
    before = path.read_bytes() if path.is_file() else None
    result = run("validate", path) if in_process else run_process("validate", path)
    assert "Traceback" not in result.stderr + result.stdout
    if before is not None:
        assert path.read_bytes() == before, "validate modified its input"
    return result


def problems(stderr: str) -> list[tuple[str, str, str, str]]:
    """The `level · sheet · cell · message` lines of the output."""
    return [tuple(line.split(" · ", 3)) for line in stderr.splitlines() if line.count(" · ") >= 3]


def assert_reports(stderr: str, expected: list[tuple[str, ...]]) -> None:
    found = problems(stderr)
    for level, sheet, cell, *words in expected:
        assert any(p[:3] == (level, sheet, cell) and all(w in p[3] for w in words) for p in found), \
            f"no {level} · {sheet} · {cell} · {words} in:\n{stderr}"
    assert len(found) == len(expected), f"expected {len(expected)} problems, got:\n{stderr}"


# ---- ways to break the valid workbook ------------------------------------------------

def set_cells(**by_ref):
    """Cells of `Đảng viên` by address: set_cells(C2=1.149)."""
    return lambda path: variant(path, cells={(DV, ref): v for ref, v in by_ref.items()})


def set_cell(sheet, ref, value):
    return lambda path: variant(path, cells={(sheet, ref): value})


def edit(change, **kwargs):
    return lambda path: variant(path, change, **kwargs)


def info(item, value):
    """Set (or add) one Thông tin item."""
    def change(sheets):
        for row in sheets[TT]:
            if row[0] == item:
                row[1] = value
                return
        sheets[TT].append([item, value])
    return edit(change)


def add_row(sheet, row):
    return edit(lambda sheets: sheets.setdefault(sheet, rows()[sheet][:1]).append(row))


def add_sheet(name, data):
    return edit(lambda sheets: sheets.__setitem__(name, data))


def history(*data):
    header = ["Năm", "Đối tượng", "Loại số liệu", "HTXSNV", "HTTNV", "HTNV", "KHTNV"]
    return add_sheet("Các năm trước", [header, *data])


def nfd_everywhere(sheets):
    """Every sheet name, header and text as typed on a Mac (NFD)."""
    nfd = {unicodedata.normalize("NFD", name): [[unicodedata.normalize("NFD", v) if isinstance(v, str) else v
                                                 for v in row] for row in data]
           for name, data in sheets.items()}
    assert any(name not in sheets for name in nfd)
    sheets.clear()
    sheets.update(nfd)


def drop_column(header):
    def change(sheets):
        i = sheets[DV][0].index(header)
        for row in sheets[DV]:
            del row[i]
    return edit(change)


def drop_info(item):
    return edit(lambda sheets: sheets[TT].remove(next(r for r in sheets[TT] if r[0] == item)))


def grassroots(split):
    header = ["Đơn vị", "Tổng số", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Đảng bộ cơ sở", "Chi bộ cơ sở"]
    return add_sheet("Tổ chức cơ sở đảng", [header, ["Huyện ủy Đắk Hà", 50, 5, 30, 14, 1, *split]])


def empty_rows(sheets):
    sheets[DV][2:2] = [[None] * 10, ["   ", None, None]]


def three_errors(sheets):
    sheets[DV][1][4] = 299                          # Đảng viên E2: the row adds up to 1.337
    sheets[TT][6][1] = "hai nghìn"                  # Thông tin B7: Năm đánh giá
    sheets["Số liệu"].append(["a b", "sai mã", 1])  # Số liệu A3


def error_cell(path):
    """C2 shows #DIV/0!, as Excel saves a formula that divides by zero."""
    variant(path, cells={(DV, "C2"): "=1/0"})
    return patch_sheet_xml(path, DV, '<c r="C2"><f>1/0</f><v></v></c>',
                           '<c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c>')


def empty_text_formula(path):
    """J2 holds ="" saved by Excel: a formula whose cached value is the empty text."""
    variant(path, cells={(DV, "J2"): '=""'})
    return patch_sheet_xml(path, DV, '<c r="J2"><f>""</f><v></v></c>', '<c r="J2" t="str"><f>""</f><v/></c>')


ROW_2_UNIT = "Huyện ủy Đắk Hà"
NUMBERS = [10, 1, 9, 0, 0, 0, 0]

CASES = [
    # -- rating sheets: counts --
    pytest.param(set_cells(E2=299), 1,
                 [(ERR, DV, "B2", "Tổng số (1.338) khác tổng các loại (1.337)", "dòng 2")], id="total-mismatch"),
    pytest.param(set_cells(C2=1.149), 1,
                 [(ERR, DV, "C2", "1,149", "phân cách hàng nghìn", "1.149", "gõ lại 1149")], id="float-thousands"),
    pytest.param(set_cells(C2=-3), 1, [(ERR, DV, "C2", "không được âm", "-3")], id="negative-count"),
    pytest.param(set_cells(B2=" 1338 "), 0, [], id="text-count-with-spaces"),
    pytest.param(set_cells(B2="1.338"), 0, [], id="text-count-with-thousands-dot"),
    pytest.param(set_cells(C2="abc"), 1, [(ERR, DV, "C2", "số nguyên không âm", '"abc"')], id="text-count-abc"),
    pytest.param(set_cells(C2="=1+2"), 1, [(ERR, DV, "C2", "công thức", "Excel", "Calc", "lưu lại")],
                 id="formula-without-cached-value"),
    pytest.param(error_cell, 1, [(ERR, DV, "C2", "#DIV/0!", "sửa công thức")], id="cell-showing-div0"),
    pytest.param(empty_text_formula, 0, [], id="excel-formula-with-empty-text-result"),
    # -- rating sheets: rows and keys --
    pytest.param(edit(lambda s: s[DV].append([None, *NUMBERS]), merged={DV: ["A3:A4"]}), 1,
                 [(ERR, DV, "A4", "dòng 4", "ô gộp A3:A4", "bỏ gộp")], id="merged-unit-cell"),
    pytest.param(edit(empty_rows), 0, [], id="empty-rows-skipped"),
    pytest.param(add_row(DV, [None, *NUMBERS]), 1, [(ERR, DV, "A4", "dòng 4", "Đơn vị", "để trống")],
                 id="numbers-without-unit"),
    pytest.param(add_row(DV, ["  huyện ủy  ĐẮK HÀ ", *NUMBERS]), 1,
                 [(ERR, DV, "A4", "đã có ở ô A2", "một dòng")], id="duplicate-unit-case-and-spaces"),
    pytest.param(add_row(DV, [unicodedata.normalize("NFD", ROW_2_UNIT), *NUMBERS]), 1,
                 [(ERR, DV, "A4", "đã có ở ô A2")], id="duplicate-unit-nfd"),
    pytest.param(add_row(DV, [ROW_2_UNIT.replace("ủy", "uỷ"), *NUMBERS]), 1,
                 [(ERR, DV, "A4", "đã có ở ô A2")], id="duplicate-unit-old-tone-placement"),
    pytest.param(edit(nfd_everywhere), 0, [], id="nfd-sheet-names-and-headers-match"),
    pytest.param(add_sheet(DV, []), 0, [(WARN, DV, "A2", "không có dòng số liệu")], id="blank-rating-sheet"),
    # -- structure --
    pytest.param(add_sheet("Dang vien", [RATING_HEADER]), 0,
                 [(WARN, "Dang vien", "A1", "bỏ qua", 'có phải "Đảng viên"')], id="unknown-sheet-typo"),
    pytest.param(add_sheet("Bảng phụ", [["Ghi chép"]]), 0, [(WARN, "Bảng phụ", "A1", "bỏ qua")],
                 id="unknown-sheet-no-suggestion"),
    pytest.param(edit(lambda s: s[DV][0].append("Ghi chu")), 0,
                 [(WARN, DV, "K1", '"Ghi chu"', "bỏ qua", 'có phải "Ghi chú"')], id="unknown-column"),
    pytest.param(drop_column("KHTNV"), 1, [(ERR, DV, "A1", 'thiếu cột "KHTNV"')], id="missing-required-column"),
    pytest.param(edit(lambda s: s.pop(TT)), 1, [(ERR, TT, "—", 'thiếu sheet "Thông tin"', "drafter init")],
                 id="missing-info-sheet"),
    # -- Thông tin --
    pytest.param(drop_info("Người ký"), 1, [(ERR, TT, "—", 'thiếu mục "Người ký"')], id="missing-info-item"),
    pytest.param(info("Người ký", None), 1, [(ERR, TT, "B10", '"Người ký"', "để trống")], id="empty-info-item"),
    pytest.param(info("Ngày ban hành", "32/13/2021"), 1, [(ERR, TT, "B5", '"32/13/2021"', "không phải là ngày")],
                 id="bad-date"),
    pytest.param(info("Năm đánh giá", "hai nghìn"), 1, [(ERR, TT, "B7", '"hai nghìn"', "không phải là năm")],
                 id="bad-year"),
    pytest.param(info("Số thập phân", 7), 1, [(ERR, TT, "B11", "từ 0 đến 4", '"7"')], id="decimals-out-of-range"),
    pytest.param(info("Thể thức", "Tỉnh"), 1, [(ERR, TT, "B11", '"Tỉnh"', '"Đảng", "Nhà nước"')],
                 id="invalid-choice"),
    pytest.param(set_cell(TT, "B4", "=A1"), 1, [(ERR, TT, "B4", "công thức", "Excel")],
                 id="info-formula-without-value"),
    # -- rating rules --
    pytest.param(grassroots([10, 41]), 1,
                 [(ERR, "Tổ chức cơ sở đảng", "G2", "Đảng bộ cơ sở (10)", "Chi bộ cơ sở (41)", "Tổng số (50)")],
                 id="grassroots-split-mismatch"),
    pytest.param(grassroots(["x", 41]), 1, [(ERR, "Tổ chức cơ sở đảng", "G2", '"x"')],
                 id="grassroots-split-bad-cell-only-one-error"),
    pytest.param(set_cells(C2=200, E2=200), 0, [(WARN, DV, "C2", "(200)", "20%", "(900)", "22,22%")],
                 id="quota-over-20-percent"),
    pytest.param(edit(lambda s: s[DV][2].__setitem__(slice(2, 8), [0, 0, 0, 0, 0, 2000])), 0,
                 [(WARN, DV, "B3", "Thành ủy Kon Tum", "2.000", "Lý do chưa đánh giá")], id="zero-rated-no-reason"),
    pytest.param(add_sheet("Không hoàn thành nhiệm vụ", [["Đối tượng", "Tên", "Đơn vị"],
                                                        [DV, "Nguyễn Văn A", ROW_2_UNIT]]), 0,
                 [(WARN, "Không hoàn thành nhiệm vụ", "C2", "có 1 tên", "KHTNV là 8")], id="failed-names-vs-khtnv"),
    # -- Các năm trước --
    pytest.param(history([2019, DV, "Tỷ lệ %", 17.3, 60, 20, 2]), 1,
                 [(ERR, "Các năm trước", "D2", "99,30%", "100%", "D2, E2, F2, G2")], id="history-not-100"),
    pytest.param(history([2019, DV, "Tỷ lệ %", 17.3, 60, 20.75, 2]), 0, [], id="history-100.05-within-tolerance"),
    pytest.param(history([2019, DV, "Tỷ lệ %", "17,30%", "60,00%", "20,70%", "2%"]), 0, [],
                 id="history-percent-as-printed-text"),
    pytest.param(history([2019, DV, "Tỷ lệ %", "abc", 60, 20.7, 2]), 1, [(ERR, "Các năm trước", "D2", '"abc"')],
                 id="history-bad-cell-only-one-error"),
    pytest.param(history([2019, DV, "Tỷ lệ %", 117.3, -20, 0.7, 2]), 1,
                 [(ERR, "Các năm trước", "D2", "117,3%", "0 đến 100"), (ERR, "Các năm trước", "E2", "-20%")],
                 id="history-percent-out-of-range"),
    pytest.param(history([2019, DV, "Số lượng", 1, 2, 3, 0], [2019, DV, "Số lượng", 1, 2, 3, 0]), 1,
                 [(ERR, "Các năm trước", "A3", "năm 2019", "đã có ở dòng 2")], id="history-duplicate-row"),
    # -- markup --
    pytest.param(add_row("Nội dung", ["Hạn chế", "Có {khong_co} tổ chức."]), 1,
                 [(ERR, "Nội dung", "B3", 'mã "khong_co"', "Số liệu")], id="unknown-figure-key"),
    pytest.param(add_row("Nội dung", ["Hạn chế", "Xem chú thích[^khong_co]."]), 1,
                 [(ERR, "Nội dung", "B3", "[^khong_co]", "Chú thích")], id="unknown-note-key"),
    pytest.param(add_row("Nội dung", ["Hạn chế", "Có {abc tổ chức."]), 1,
                 [(ERR, "Nội dung", "B3", "{abc", "{{")], id="malformed-reference"),
    pytest.param(add_row("Nội dung", ["Hạn chế", "Biểu thức {{ 7*7 }} là chữ, không tính."]), 0, [],
                 id="template-code-is-text"),
    # -- Số liệu --
    pytest.param(add_row("Số liệu", ["kiem_tra", "lặp mã", 1]), 1, [(ERR, "Số liệu", "A3", '"kiem_tra"', "A2")],
                 id="indicator-duplicate-key"),
    pytest.param(add_row("Số liệu", ["a b", "mã có khoảng trắng", 1]), 1,
                 [(ERR, "Số liệu", "A3", '"a b"', "dấu _")], id="indicator-invalid-key"),
    pytest.param(add_row("Số liệu", ["ty_le", "tỷ lệ", 1, "khong_co"]), 1,
                 [(ERR, "Số liệu", "D3", '"khong_co"', "Số liệu")], id="denominator-unknown-key"),
    pytest.param(set_cell("Số liệu", "C2", "6.225"), 1, [(ERR, "Số liệu", "C2", '"6.225"', "hàng nghìn")],
                 id="indicator-ambiguous-text-number"),
    # -- text --
    pytest.param(set_cells(J2="ghi chú_x0007_"), 0, [(WARN, DV, "J2", "ký tự điều khiển")], id="control-character"),
    # -- everything in one run --
    pytest.param(edit(three_errors), 1,
                 [(ERR, DV, "B2", "(1.337)"), (ERR, TT, "B7", "hai nghìn"), (ERR, "Số liệu", "A3", '"a b"')],
                 id="all-problems-in-one-run"),
]


@pytest.mark.parametrize("build, code, expected", CASES)
def test_validate_reports(tmp_path, build, code, expected):
    result = validate(build(tmp_path / "so-lieu.xlsx"))
    assert result.returncode == code, result.stderr
    assert_reports(result.stderr, expected)
    if not expected:
        assert "Không có lỗi." in result.stderr


def test_valid_workbook_has_no_problem(tmp_path):
    result = validate(write(tmp_path / "so-lieu.xlsx"))
    assert (result.returncode, result.stderr.strip()) == (0, "Không có lỗi.")


@pytest.mark.parametrize("name, content, reason", [
    ("doi-ten.xlsx", b"day khong phai so Excel", "không phải sổ Excel/Calc"),
    ("rong.xlsx", b"", "không phải sổ Excel/Calc"),
    ("so-lieu.csv", "Đơn vị,Tổng số\nHuyện ủy Đắk Hà,1338\n".encode(), "định dạng .csv"),
    ("khong-co.xlsx", None, "không tìm thấy tệp"),
])
def test_unreadable_file_exits_2(tmp_path, name, content, reason):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    # One as the shell sees it (a separate process); the others in this process, where the
    # exit code is the same SystemExit.
    result = validate(path, in_process=name != "khong-co.xlsx")
    assert result.returncode == 2
    assert "Không đọc được" in result.stderr and reason in result.stderr
    assert name in result.stderr


def test_ods_is_read(tmp_path):
    assert validate(write_ods(tmp_path / "so-lieu.ods")).returncode == 0
    sheets = rows()
    sheets[DV][1][4] = 299
    result = validate(write_ods(tmp_path / "sai.ods", sheets))
    assert result.returncode == 1
    assert_reports(result.stderr, [(ERR, DV, "B2", "Tổng số (1.338) khác tổng các loại (1.337)")])


@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_saved_by_libreoffice(tmp_path, suffix, libreoffice):
    good = write(tmp_path / "dung.xlsx")
    bad = variant(tmp_path / "sai.xlsx", cells={(DV, "E2"): 299})
    try:
        libreoffice.convert([good, bad], suffix, tmp_path / suffix)
    except AssertionError as failed:
        if "could not open" not in str(failed):
            raise
        pytest.skip("this LibreOffice cannot open spreadsheets (Calc not installed)")
    if not (tmp_path / suffix / f"dung.{suffix}").is_file():
        pytest.skip("this LibreOffice cannot convert spreadsheets (Calc not installed)")
    result = validate(tmp_path / suffix / f"dung.{suffix}")
    assert (result.returncode, result.stderr.strip()) == (0, "Không có lỗi.")
    result = validate(tmp_path / suffix / f"sai.{suffix}")
    assert result.returncode == 1
    assert_reports(result.stderr, [(ERR, DV, "B2", "Tổng số (1.338) khác tổng các loại (1.337)")])
