"""Build small input workbooks in code: a valid minimal one, and variants of it.

`rows()` is the valid workbook as plain data (sheet name → rows, row 1 the
headers); a test changes that data, or one cell, and `write()` saves it with
openpyxl. Nothing here validates: the point is to feed the real validator.
"""
from __future__ import annotations

import datetime as dt
import struct
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


# ---- Excel 97-2003 (.xls), written by hand: no library of the project writes BIFF8 -------------

XLS_ERRORS = {"#NULL!": 0x00, "#DIV/0!": 0x07, "#VALUE!": 0x0F, "#REF!": 0x17, "#NAME?": 0x1D, "#NUM!": 0x24,
              "#N/A": 0x2A}


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<HH", kind, len(body)) + body


def _xls_cells(rows_: list[list[object]], strings: dict[str, int], errors: dict[str, str]) -> bytes:
    out = b""
    for r, row in enumerate(rows_):
        for c, value in enumerate(row):
            ref = f"{chr(65 + c)}{r + 1}"
            if ref in errors:       # a formula =1/0 whose cached result is the error
                result = bytes([2, 0, XLS_ERRORS[errors[ref]], 0, 0, 0, 0xFF, 0xFF])
                formula = b"\x1e\x01\x00\x1e\x00\x00\x06"
                out += _record(0x0006, struct.pack("<HHH", r, c, 15) + result + struct.pack("<HI", 0, 0)
                               + struct.pack("<H", len(formula)) + formula)
            elif isinstance(value, bool) or value is None:
                continue
            elif isinstance(value, (int, float)):
                out += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
            elif isinstance(value, dt.datetime):
                serial = (value - dt.datetime(1899, 12, 30)).days
                out += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(serial)))
            else:
                out += _record(0x00FD, struct.pack("<HHHI", r, c, 15, strings[str(value)]))
    return out


def xls_bytes(sheets: dict[str, list[list[object]]] | None = None, errors: dict[tuple[str, str], str] | None = None,
              far: dict[str, tuple[int, int]] | None = None) -> bytes:
    """A BIFF8 workbook in an OLE compound file, as Excel 97-2003 saves it, reduced to what a
    reader needs. `errors`: (sheet, "C2") → "#DIV/0!" for a formula cell showing that error;
    `far`: sheet → (row, column), zero-based, of one more number cell."""
    sheets = rows() if sheets is None else sheets
    errors = errors or {}
    strings: dict[str, int] = {}
    for data in sheets.values():
        for row in data:
            for v in row:
                if isinstance(v, str) and v not in strings:
                    strings[v] = len(strings)

    def unicode_string(text: str, wide_count: bool) -> bytes:
        encoded = text.encode("utf-16-le")
        return (struct.pack("<H", len(text)) if wide_count else bytes([len(text)])) + b"\x01" + encoded

    bof_globals = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    bof_sheet = _record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
    fonts = _record(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + unicode_string("Arial", False))
    xf = _record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    xfs = fonts * 5 + xf * 15 + _record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    sst = _record(0x00FC, struct.pack("<II", len(strings), len(strings))
                  + b"".join(unicode_string(s, True) for s in strings))
    names = list(sheets)
    bodies = []
    for name in names:
        cells = _xls_cells(sheets[name], strings, {ref: code for (s, ref), code in errors.items() if s == name})
        if far and name in far:
            r, c = far[name]
            cells += _record(0x0203, struct.pack("<HHHd", r, c, 15, 1.0))
        bodies.append(bof_sheet + cells + _record(0x000A, b""))
    bound_len = [len(_record(0x0085, b"\0" * 6 + unicode_string(n, False))) for n in names]
    globals_len = len(bof_globals) + len(_record(0x0042, b"\0\0")) + len(xfs) + sum(bound_len) + len(sst) + 4
    offset = globals_len
    boundsheets = b""
    for name, body in zip(names, bodies):
        boundsheets += _record(0x0085, struct.pack("<IBB", offset, 0, 0) + unicode_string(name, False))
        offset += len(body)
    stream = (bof_globals + _record(0x0042, struct.pack("<H", 1200)) + xfs + boundsheets + sst
              + _record(0x000A, b"") + b"".join(bodies))
    return ole_file({"Workbook": stream})


def ole_file(streams: dict[str, bytes]) -> bytes:
    """An OLE compound file (512-byte sectors, no mini stream: each stream padded to 4096)."""
    end, free, fat_mark = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
    padded = {n: d + b"\0" * (max(4096, -(-len(d) // 512) * 512) - len(d)) for n, d in streams.items()}
    entries = 1 + len(streams)
    dir_sectors = -(-entries // 4)
    data_sectors = sum(len(d) // 512 for d in padded.values())
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + dir_sectors + data_sectors:
        fat_sectors += 1
    fat = [fat_mark] * fat_sectors
    dir_start = len(fat)
    fat += [dir_start + i + 1 for i in range(dir_sectors - 1)] + [end]
    starts = {}
    for name, d in padded.items():
        count = len(d) // 512
        starts[name] = len(fat)
        fat += [len(fat) + i + 1 for i in range(count - 1)] + [end]
    fat += [free] * (fat_sectors * 128 - len(fat))

    def entry(name: str, kind: int, start: int, size: int, child: int = free) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (raw.ljust(64, b"\0") + struct.pack("<HBB", len(raw), kind, 1) + struct.pack("<III", free, free, child)
                + b"\0" * 16 + b"\0" * 4 + b"\0" * 16 + struct.pack("<III", start, size, 0))

    directory = entry("Root Entry", 5, end, 0, child=1)
    for name, d in padded.items():        # the padded size: below 4096 it would be a mini stream
        directory += entry(name, 2, starts[name], len(d))
    directory = directory.ljust(dir_sectors * 512, b"\0")
    difat = [i for i in range(fat_sectors)] + [free] * (109 - fat_sectors)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_start, 0, 4096, end, 0, end, 0)
              + struct.pack("<109I", *difat))
    return header + struct.pack(f"<{len(fat)}I", *fat) + directory + b"".join(padded.values())
