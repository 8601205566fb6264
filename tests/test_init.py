"""`drafter init`: the blank workbook (contract v1, command table)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from drafter import messages as M
from conftest import run
from drafter.workbook import schema as S
from drafter.workbook import guide, writer


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("init") / "so-lieu.xlsx"
    result = run("init", path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture(scope="module")
def book(fresh) -> openpyxl.Workbook:
    return openpyxl.load_workbook(fresh)


def column_letter(spec: S.Sheet, header: str) -> str:
    return openpyxl.utils.get_column_letter([c.header for c in spec.columns].index(header) + 1)


def validations_covering(ws, cell: str) -> list:
    return [dv for dv in ws.data_validations.dataValidation if cell in dv.sqref]


def info_row(ws, item: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == item)


# ---- the command ---------------------------------------------------------------------

def test_init_creates_the_file(tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    result = run("init", path)
    assert result.returncode == 0, result.stderr
    assert path.is_file()
    assert "Đã tạo" in result.stderr
    assert not list(tmp_path.glob(".drafter-*")), "temporary file left behind"


def test_init_refuses_to_overwrite(tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(b"du lieu cu")
    result = run("init", path)
    assert result.returncode == 2
    assert path.read_bytes() == b"du lieu cu"
    assert "đã có" in result.stderr and "--force" in result.stderr
    assert "Traceback" not in result.stderr


def test_init_force_overwrites(tmp_path):
    path = tmp_path / "so-lieu.xlsx"
    path.write_bytes(b"du lieu cu")
    result = run("init", path, "--force")
    assert result.returncode == 0, result.stderr
    assert S.THONG_TIN in CalamineWorkbook.from_path(str(path)).sheet_names


def test_init_creates_missing_folders(tmp_path):
    path = tmp_path / "nam-2020" / "so-lieu.xlsx"
    assert run("init", path).returncode == 0
    assert path.is_file()


@pytest.mark.parametrize("name", ["so-lieu.ods", "so-lieu.xls", "so-lieu"])
def test_init_only_writes_xlsx(tmp_path, name):
    result = run("init", tmp_path / name)
    assert result.returncode == 2
    assert ".xlsx" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / name).exists()


def test_fresh_workbook_validates_without_errors(fresh):
    result = run("validate", fresh)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.splitlines()
    assert not [line for line in lines if line.startswith(M.ERROR)]
    # The only warnings: the rating sheets are present but still empty (contract).
    warnings = [line for line in lines if line.startswith(M.WARNING)]
    assert len(warnings) <= len(S.SUBJECTS)
    for line in warnings:
        _, sheet, _, message = line.split(" · ", 3)
        assert sheet in S.SUBJECTS and message == M.EMPTY_SHEET


def test_fresh_workbook_with_one_row_is_usable(fresh, tmp_path):
    """Typing into the template (as a user would) gives a workbook the validator accepts."""
    wb = openpyxl.load_workbook(fresh)
    spec = S.SHEET_BY_NORM[S.norm(S.DANG_VIEN)]
    ws = wb[S.DANG_VIEN]
    row = {"Đơn vị": "Đảng bộ Khối", "Tổng số": 100, "HTXSNV": 10, "HTTNV": 60, "HTNV": 25, "KHTNV": 2,
           "Miễn đánh giá": 3}
    for header, value in row.items():
        ws[f"{column_letter(spec, header)}2"] = value
    for name in S.SUBJECTS:
        if name != S.DANG_VIEN:
            del wb[name]
    path = tmp_path / "da-nhap.xlsx"
    wb.save(path)
    result = run("validate", path)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == M.SUMMARY_OK


# ---- what the file holds (read back as the reader reads it) -------------------------------

def test_every_sheet_and_header_in_order(fresh):
    wb = CalamineWorkbook.from_path(str(fresh))
    assert wb.sheet_names == [S.HUONG_DAN, *(s.name for s in S.SHEETS)]
    for spec in S.SHEETS:
        rows = wb.get_sheet_by_name(spec.name).to_python()
        assert rows[0] == [c.header for c in spec.columns], spec.name


def test_data_sheets_start_empty(fresh):
    wb = CalamineWorkbook.from_path(str(fresh))
    for spec in S.SHEETS:
        if spec.name != S.THONG_TIN:
            rows = wb.get_sheet_by_name(spec.name).to_python()
            assert len(rows) == 1, spec.name


def test_info_items_examples_and_defaults(fresh):
    rows = CalamineWorkbook.from_path(str(fresh)).get_sheet_by_name(S.THONG_TIN).to_python()
    values = {r[0]: r[1] for r in rows[1:]}
    assert [r[0] for r in rows[1:]] == [item for item, _, _ in S.INFO_ITEMS]
    for item, required, _ in S.INFO_ITEMS:
        if required:
            assert values[item] not in ("", None), item
    assert values["Số ký hiệu"] == "48-BC/TU"
    assert values["Ngày ban hành"] in (dt.date(2021, 3, 10), dt.datetime(2021, 3, 10))
    assert values["Năm đánh giá"] == 2020
    assert values["Thể thức"] == "Đảng" and values["Thêm số 0"] == S.YES and values["Làm tròn tổng 100%"] == S.NO
    assert values["Cơ quan cấp trên"] == "" and values["Năm so sánh"] == ""


def test_examples_and_notes_name_real_items_and_columns():
    items = {item for item, _, _ in S.INFO_ITEMS}
    assert set(writer.EXAMPLES) == {item for item, required, _ in S.INFO_ITEMS if required}
    assert set(writer.DEFAULTS) <= items - set(writer.EXAMPLES)
    for name, choices in S.INFO_CHOICES.items():
        assert writer.DEFAULTS.get(name, choices[0]) in choices
    for sheet, header in guide.COLUMN_NOTES:
        spec = S.SHEET_BY_NORM[S.norm(sheet)]
        assert header in [c.header for c in spec.columns], (sheet, header)
        assert not spec.column(header).help, f"{sheet}/{header} has help in the schema: drop the note"


def test_required_items_bold_examples_tinted_and_hinted(book):
    ws = book[S.THONG_TIN]
    for item, required, hint in S.INFO_ITEMS:
        r = info_row(ws, item)
        assert bool(ws.cell(r, 1).font.b) == required, item
        assert hint in ws.cell(r, 1).comment.text
        prompts = [dv.prompt for dv in validations_covering(ws, f"B{r}") if dv.showInputMessage]
        assert prompts and hint in prompts[0], item
        if item in writer.EXAMPLES:
            assert ws.cell(r, 2).fill.fgColor.rgb.endswith(writer.EXAMPLE_FILL.fgColor.rgb[-6:])
    assert ws.cell(info_row(ws, "Ngày ban hành"), 2).number_format == "dd/mm/yyyy"


def test_headers_styled_frozen_and_sized(book):
    for spec in S.SHEETS:
        ws = book[spec.name]
        assert ws.freeze_panes == "A2", spec.name
        for i, col in enumerate(spec.columns, start=1):
            cell = ws.cell(1, i)
            assert cell.font.b and cell.alignment.wrap_text and cell.fill.fill_type == "solid"
            letter = openpyxl.utils.get_column_letter(i)
            assert ws.column_dimensions[letter].width >= col.width


# ---- dropdowns and checks ------------------------------------------------------------

def list_values(dv) -> list[str]:
    assert dv.type == "list"
    formula = dv.formula1
    assert formula.startswith('"') and formula.endswith('"'), formula
    return formula[1:-1].split(",")


@pytest.mark.parametrize("spec", [s for s in S.SHEETS if any(c.kind == S.CHOICE for c in s.columns)],
                         ids=lambda s: s.name)
def test_choice_columns_have_dropdowns(book, spec):
    ws = book[spec.name]
    for col in spec.columns:
        if col.kind != S.CHOICE:
            continue
        letter = column_letter(spec, col.header)
        found = [dv for dv in validations_covering(ws, f"{letter}2") if dv.type == "list"]
        assert len(found) == 1, (spec.name, col.header)
        dv = found[0]
        assert list_values(dv) == list(col.choices)
        assert dv.showErrorMessage and dv.error and not dv.showDropDown   # (sic) False = arrow shown
        assert f"{letter}100000" in dv.sqref


def test_named_dropdowns(book):
    """The ones the contract names: Đối tượng, Loại số liệu, Cấp."""
    for sheet, header, choices in ((S.KHONG_HTNV, "Đối tượng", S.SUBJECTS),
                                   (S.CAC_NAM_TRUOC, "Đối tượng", S.SUBJECTS),
                                   (S.CAC_NAM_TRUOC, "Loại số liệu", ("Số lượng", "Tỷ lệ %")),
                                   *((s, "Cấp", ("Cấp tỉnh", "Cấp huyện", "Cấp cơ sở")) for s in S.SUBJECTS)):
        spec = S.SHEET_BY_NORM[S.norm(sheet)]
        ws = book[sheet]
        (dv,) = [d for d in validations_covering(ws, f"{column_letter(spec, header)}5") if d.type == "list"]
        assert list_values(dv) == list(choices)


def test_info_dropdowns(book):
    ws = book[S.THONG_TIN]
    expected = {"Thể thức": ["Đảng", "Nhà nước"], "Thêm số 0": ["Có", "Không"],
                "Làm tròn tổng 100%": ["Có", "Không"]}
    for item, choices in expected.items():
        (dv,) = validations_covering(ws, f"B{info_row(ws, item)}")
        assert list_values(dv) == choices
        assert dv.showErrorMessage
    assert '"Đảng,Nhà nước"' in [dv.formula1 for dv in ws.data_validations.dataValidation]
    (template,) = validations_covering(ws, f"B{info_row(ws, 'Mẫu báo cáo')}")
    assert "xep-loai-chat-luong" in list_values(template) and not template.showErrorMessage


def test_count_columns_take_whole_numbers_from_zero(book):
    for spec in S.SHEETS:
        ws = book[spec.name]
        for col in spec.columns:
            found = [dv for dv in validations_covering(ws, f"{column_letter(spec, col.header)}2")
                     if dv.type == "whole" and dv.operator == "greaterThanOrEqual"]
            if col.kind != S.COUNT:
                assert not found, (spec.name, col.header)
                continue
            assert len(found) == 1, (spec.name, col.header)
            dv = found[0]
            assert dv.formula1 == "0" and dv.showErrorMessage and dv.errorStyle == "stop"
            assert "số nguyên không âm" in dv.error


def test_validation_texts_within_excel_limits(book):
    for ws in book.worksheets:
        for dv in ws.data_validations.dataValidation:
            assert len(dv.errorTitle or "") <= 32 and len(dv.promptTitle or "") <= 32
            assert len(dv.error or "") <= 225 and len(dv.prompt or "") <= 255
            if dv.type == "list":
                assert len(dv.formula1) <= 257


# ---- Hướng dẫn -------------------------------------------------------------------------

def guide_text(fresh) -> str:
    rows = CalamineWorkbook.from_path(str(fresh)).get_sheet_by_name(S.HUONG_DAN).to_python()
    return "\n".join(" | ".join(str(v) for v in row if v != "") for row in rows)


def test_guide_mentions_every_sheet_column_and_item(fresh):
    text = guide_text(fresh)
    for spec in S.SHEETS:
        assert f"“{spec.name}”" in text, spec.name
        for col in spec.columns:
            assert f"Cột {col.header}" in text, (spec.name, col.header)
    for item, _, _ in S.INFO_ITEMS:
        assert f"Mục {item}" in text


def test_guide_explains_rules_markup_and_commands(fresh):
    text = guide_text(fresh)
    for needle in ("Tổng số = HTXSNV + HTTNV + HTNV + KHTNV + Miễn đánh giá + Chưa đánh giá", "20%",
                   "như đã công bố", "{ma}", "{ma.tyle}", "{ma.kytruoc}", "{ma.chitieu}", "[^ma]", "{{",
                   "drafter validate", "drafter build", "48-BC/TU"):
        assert needle in text, needle


def test_guide_has_every_column_help(fresh):
    text = guide_text(fresh)
    for spec in S.SHEETS:
        for col in spec.columns:
            if col.help:
                assert col.help in text, (spec.name, col.header)


def test_write_blank_directly(tmp_path):
    from drafter.build import init_workbook

    path = init_workbook(tmp_path / "a.xlsx")
    assert path == tmp_path / "a.xlsx"
    assert CalamineWorkbook.from_path(str(path)).sheet_names[0] == S.HUONG_DAN
