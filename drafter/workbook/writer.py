"""`drafter init`: write a blank input workbook (contract v1) with openpyxl.

Every sheet and column comes from `schema.SHEETS`; this module adds only what a
person needs to fill the workbook in Excel or LibreOffice Calc: styled, frozen
header rows, column widths, dropdowns for fixed values, whole-number checks on
count columns, hints, the `Thông tin` items with example and default values, and
a `Hướng dẫn` sheet (first; the validator ignores it by name).

The required items of `Thông tin` are pre-filled with the values of Báo cáo số
48-BC/TU of Tỉnh ủy Kon Tum, tinted, so that a fresh workbook validates with no
error and the user sees at once what each item looks like; they are meant to be
overwritten.
"""
from __future__ import annotations

import datetime as dt
import math

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from ..model import BUILTIN_TEMPLATES
from . import guide
from . import schema as S

LAST_ROW = 1_048_576            # validations cover whole columns below the header
AUTHOR = "drafter"

HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")     # light blue
EXAMPLE_FILL = PatternFill("solid", fgColor="FCE4D6")    # light orange: overwrite
DEFAULT_FILL = PatternFill("solid", fgColor="E2EFDA")    # light green: default, may keep
THIN = Side(style="thin", color="9BC2E6")
HEADER_BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP_TOP = Alignment(wrap_text=True, vertical="top")

# Values of Báo cáo số 48-BC/TU (Tỉnh ủy Kon Tum, 10/3/2021) for the required items (guide.EXAMPLE_SOURCE).
EXAMPLES: dict[str, object] = {
    "Cơ quan ban hành": "TỈNH ỦY KON TUM",
    "Số ký hiệu": "48-BC/TU",
    "Địa danh": "Kon Tum",
    "Ngày ban hành": dt.datetime(2021, 3, 10),
    "Trích yếu": ("kết quả kiểm điểm, đánh giá, xếp loại chất lượng tổ chức cơ sở đảng, đảng viên "
                  "và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp năm 2020"),
    "Năm đánh giá": 2020,
    "Quyền hạn ký": "T/M BAN THƯỜNG VỤ",
    "Chức vụ người ký": "PHÓ BÍ THƯ",
    "Người ký": "A Pớt",
}
# Defaults of optional items, written out so the user sees them (the validator
# applies the same defaults to an empty cell).
DEFAULTS: dict[str, object] = {
    "Loại văn bản": "BÁO CÁO",
    "Thể thức": S.STYLES[0],
    "Mẫu báo cáo": "xep-loai-chat-luong",
    "Số thập phân": 2,
    "Thêm số 0": S.YES,
    "Làm tròn tổng 100%": S.NO,
}
YEAR_ITEMS = ("Năm đánh giá", "Năm so sánh")

def build_workbook() -> Workbook:
    book = Workbook()
    book.properties.creator = AUTHOR
    book.properties.title = "Sổ số liệu drafter"
    guide = book.active
    guide.title = S.HUONG_DAN
    _write_guide(guide)
    for spec in S.SHEETS:
        ws = book.create_sheet(spec.name)
        write_headers(ws, spec)
        add_column_validations(ws, spec)
        if spec.name == S.THONG_TIN:
            _write_info(ws)
    book.active = 0
    return book


# ---- data sheets --------------------------------------------------------------------

def write_headers(ws: Worksheet, spec: S.Sheet) -> None:
    lines = 1
    for i, col in enumerate(spec.columns, start=1):
        cell = ws.cell(row=1, column=i, value=col.header)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.border = HEADER_BORDER
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        width = col.width + 2
        ws.column_dimensions[get_column_letter(i)].width = width
        lines = max(lines, math.ceil(len(col.header) / max(width - 2, 1)))
        note = col.help or guide.COLUMN_NOTES.get((spec.name, col.header), "")
        if note:
            cell.comment = _comment(note)
    ws.row_dimensions[1].height = 15 * lines + 6
    ws.freeze_panes = "A2"


def _comment(text: str) -> Comment:
    comment = Comment(text, AUTHOR)
    comment.width = 320
    comment.height = 40 + 18 * math.ceil(len(text) / 45)
    return comment


def _column_range(index: int) -> str:
    letter = get_column_letter(index)
    return f"{letter}2:{letter}{LAST_ROW}"


def list_formula(choices: tuple[str, ...]) -> str:
    """An inline list for a list validation: "a,b,c" in double quotes (Excel's syntax;
    the values themselves contain neither commas nor quotes)."""
    assert all("," not in c and '"' not in c for c in choices), choices
    formula = '"' + ",".join(choices) + '"'
    assert len(formula) <= 257, formula   # Excel's limit on inline lists: 255 characters
    return formula


def _list_validation(choices: tuple[str, ...], strict: bool = True) -> DataValidation:
    shown = ", ".join(choices)
    dv = DataValidation(type="list", formula1=list_formula(choices), allow_blank=True,
                        showDropDown=False,  # (sic) False = show the in-cell arrow
                        showErrorMessage=strict, errorStyle="stop",
                        errorTitle="Giá trị không hợp lệ",
                        error=f"Chọn một giá trị trong danh sách: {shown}.")
    return dv


def _count_validation() -> DataValidation:
    return DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                          showErrorMessage=True, errorStyle="stop", errorTitle="Số lượng không hợp lệ",
                          error="Ô này là số lượng: nhập số nguyên không âm (0, 1, 2, …), không gõ dấu chấm "
                                "hay dấu phẩy phân cách hàng nghìn. Để trống nghĩa là 0.")


def _year_validation() -> DataValidation:
    return DataValidation(type="whole", operator="between", formula1="1900", formula2="2200", allow_blank=True,
                          showErrorMessage=True, errorStyle="stop", errorTitle="Năm không hợp lệ",
                          error="Nhập năm bốn chữ số, ví dụ 2020.")


def add_column_validations(ws: Worksheet, spec: S.Sheet) -> None:
    counts = _count_validation()
    for i, col in enumerate(spec.columns, start=1):
        if col.kind == S.COUNT:
            counts.add(_column_range(i))
        elif col.kind == S.CHOICE and col.choices:
            dv = _list_validation(col.choices)
            dv.add(_column_range(i))
            ws.add_data_validation(dv)
        elif spec.name == S.CAC_NAM_TRUOC and col.key and col.kind == S.NUMBER:
            dv = _year_validation()
            dv.add(_column_range(i))
            ws.add_data_validation(dv)
    if counts.sqref.ranges:
        ws.add_data_validation(counts)


# ---- Thông tin ------------------------------------------------------------------------

def _write_info(ws: Worksheet) -> None:
    spec = S.SHEET_BY_NORM[S.norm(S.THONG_TIN)]
    item_col = next(i for i, c in enumerate(spec.columns, start=1) if c.key)
    value_col = next(i for i, c in enumerate(spec.columns, start=1) if not c.key)
    for row, (item, required, hint) in enumerate(S.INFO_ITEMS, start=2):
        label = ws.cell(row=row, column=item_col, value=item)
        label.alignment = WRAP_TOP
        if required:
            label.font = Font(bold=True)
        label.comment = _comment(("Bắt buộc. " if required else "Không bắt buộc. ") + hint)
        cell = ws.cell(row=row, column=value_col)
        cell.alignment = Alignment(wrap_text=True, vertical="top", horizontal="left")
        if item in EXAMPLES:
            cell.value = EXAMPLES[item]
            cell.fill = EXAMPLE_FILL
            cell.font = Font(italic=True)
        elif item in DEFAULTS:
            cell.value = DEFAULTS[item]
            cell.fill = DEFAULT_FILL
        if isinstance(cell.value, dt.datetime):
            cell.number_format = "dd/mm/yyyy"

        if item in S.INFO_CHOICES:
            dv = _list_validation(S.INFO_CHOICES[item])
        elif item == "Mẫu báo cáo":     # a path to a .docx is allowed too: no error alert
            dv = _list_validation(BUILTIN_TEMPLATES, strict=False)
        elif item in YEAR_ITEMS:
            dv = _year_validation()
        elif item == "Số thập phân":
            dv = DataValidation(type="whole", operator="between", formula1="0", formula2="4", allow_blank=True,
                                showErrorMessage=True, errorStyle="stop", errorTitle="Số thập phân không hợp lệ",
                                error="Nhập số chữ số thập phân của tỷ lệ %, từ 0 đến 4.")
        else:                           # any value; the validation only carries the hint
            dv = DataValidation(allow_blank=True)
        dv.showInputMessage = True
        dv.promptTitle = item[:32]
        prompt = hint
        if item in EXAMPLES:
            prompt = f"Giá trị ví dụ, thay bằng của văn bản mình. {hint}"
        dv.prompt = prompt[:255]
        dv.add(cell.coordinate)
        ws.add_data_validation(dv)
        if len(str(cell.value or "")) > 80:
            ws.row_dimensions[row].height = 15 * math.ceil(len(str(cell.value)) / 80) + 3


def _write_guide(ws: Worksheet) -> None:
    ws.column_dimensions["A"].width = 30
    ws.column_dimensions["B"].width = 110
    ws.sheet_properties.tabColor = "FFC000"
    row = 1
    for style, term, text in guide.guide_lines():
        if style == "heading" and row > 1:
            row += 1                     # a blank line before each section
        a = ws.cell(row=row, column=1, value=term or None)
        b = ws.cell(row=row, column=2, value=text or None)
        a.alignment = WRAP_TOP
        b.alignment = WRAP_TOP
        if style == "title":
            a.font = Font(bold=True, size=14)
        elif style == "heading":
            a.font = Font(bold=True, size=12)
            a.fill = HEADER_FILL
            b.fill = HEADER_FILL
        else:
            a.font = Font(bold=True)
        if style != "title" and not term and text:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
            a.value, b.value = text, None
            lines = math.ceil(len(text) / 135)
        else:
            lines = max(math.ceil(len(text) / 105), math.ceil(len(term) / 28), 1)
        if lines > 1:
            ws.row_dimensions[row].height = 15 * lines + 2
        row += 1
