"""Build small input workbooks in code: a valid minimal one, and variants of it.

`rows()` is the valid workbook as plain data (sheet name → rows, row 1 the
headers); a test changes that data, or one cell, and `write()` saves it with
openpyxl. Nothing here validates: the point is to feed the real validator.
"""
from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from openpyxl import Workbook, load_workbook

INFO = [
    ["Mục", "Giá trị"],
    ["Cơ quan ban hành", "TỈNH ỦY KON TUM"],
    ["Số ký hiệu", "48-BC/TU"],
    ["Địa danh", "Kon Tum"],
    ["Ngày ban hành", dt.datetime(2021, 3, 10)],
    ["Trích yếu", "kết quả kiểm điểm, đánh giá, xếp loại chất lượng năm 2020"],
    ["Năm đánh giá", 2020],
    ["Quyền hạn ký", "T/M BAN THƯỜNG VỤ"],
    ["Chức vụ người ký", "PHÓ BÍ THƯ"],
    ["Người ký", "A Pớt"],
]

RATING_HEADER = ["Đơn vị", "Tổng số", "HTXSNV", "HTTNV", "HTNV", "KHTNV", "Miễn đánh giá",
                 "Chưa đánh giá", "Lý do chưa đánh giá", "Ghi chú"]
#                 A          B     C    D     E    F  G   H
MEMBERS = [
    RATING_HEADER,
    ["Huyện ủy Đắk Hà", 1338, 100, 900, 300, 8, 20, 10, None, None],
    ["Thành ủy Kon Tum", 2000, 150, 1500, 330, 0, 15, 5, None, None],
]


def rows() -> dict[str, list[list[object]]]:
    """The valid minimal workbook (validates with no error and no warning)."""
    return {
        "Thông tin": [list(r) for r in INFO],
        "Nơi nhận": [["Nơi nhận"], ["Ban Tổ chức Trung ương,"], ["Lưu Văn phòng Tỉnh ủy."]],
        "Đảng viên": [list(r) for r in MEMBERS],
        "Số liệu": [["Mã", "Nội dung", "Giá trị", "Mẫu số", "Kỳ trước", "Chỉ tiêu", "Đơn vị tính"],
                    ["kiem_tra", "tổ chức đảng được kiểm tra", 588, 756, 39.63, 70, None]],
        "Chú thích": [["Mã", "Nội dung"], ["hd21", "Hướng dẫn số 21-HD/BTCTW."]],
        "Nội dung": [["Mục", "Đoạn văn"],
                     ["Ưu điểm", "Đã kiểm tra {kiem_tra} tổ chức đảng ({kiem_tra.tyle})[^hd21]."]],
    }


def write(path: Path, sheets: dict[str, list[list[object]]] | None = None,
          cells: dict[tuple[str, str], object] | None = None,
          merged: dict[str, list[str]] | None = None) -> Path:
    """Save `sheets` (default: the valid workbook) as .xlsx, then set each
    (sheet, "C2") in `cells` and merge the ranges in `merged`."""
    book = Workbook()
    book.remove(book.active)
    for name, data in (rows() if sheets is None else sheets).items():
        ws = book.create_sheet(name)
        for row in data:
            ws.append(row)
    for (name, ref), value in (cells or {}).items():
        book[name][ref] = value
    for name, ranges in (merged or {}).items():
        for r in ranges:
            book[name].merge_cells(r)
    book.save(path)
    return path


def write_ods(path: Path, sheets: dict[str, list[list[object]]] | None = None) -> Path:
    """The same data as an OpenDocument spreadsheet (.ods), as LibreOffice Calc saves
    it, reduced to what a reader needs: no LibreOffice required."""
    def cell(v: object) -> str:
        if v is None:
            return "<table:table-cell/>"
        if isinstance(v, dt.datetime):
            return f'<table:table-cell office:value-type="date" office:date-value="{v.date().isoformat()}"/>'
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"/>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'

    tables = "".join(
        f"<table:table table:name={quoteattr(name)}>"
        + "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in data)
        + "</table:table>"
        for name, data in (rows() if sheets is None else sheets).items())
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("META-INF/manifest.xml", manifest)
        zf.writestr("content.xml", content)
    return path


def patch_sheet_xml(path: Path, sheet: str, old: str, new: str) -> Path:
    """Replace `old` by `new` in the XML of `sheet`: to write what Excel writes and
    openpyxl cannot (a formula whose cached result is the empty string, …)."""
    member = f"xl/worksheets/sheet{load_workbook(path).sheetnames.index(sheet) + 1}.xml"  # openpyxl's naming
    with zipfile.ZipFile(path) as zf:
        parts = {i.filename: zf.read(i.filename) for i in zf.infolist()}
    xml = parts[member].decode()
    assert old in xml, f"{old!r} not in {member}"
    parts[member] = xml.replace(old, new).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def variant(path: Path, change=None, **kwargs) -> Path:
    """The valid workbook after `change(sheets)` edits its data in place."""
    sheets = rows()
    if change is not None:
        change(sheets)
    return write(path, sheets, **kwargs)
