"""What a workbook may cost, decided before anything parses it.

A workbook comes from a unit and is opened on the office's computer, so a damaged or
hostile file must be refused cheaply, with the reason, before python-calamine sees it:
calamine builds the whole rectangle from A1 to the farthest cell that holds data (one
value at XFD1048576 asked for 512 GB and aborted the process), and it inflates the parts
of a zip without a limit. So here, on the bytes that calamine will then read:

- the zip's parts are inflated by us, each up to its declared size and all within
  MAX_PART / MAX_UNPACKED (a zip bomb is refused after at most that much work, and a
  part that inflates beyond what its header says is damaged), with no duplicate names;
- the cells of every sheet are streamed (lxml's pull parser, elements dropped as they
  pass) for the farthest one that holds data: beyond MAX_ROWS or MAX_COLUMNS, or a
  rectangle of more than MAX_CELLS, is refused naming the sheet and the cell;
- the same pass notes the cells calamine reads as empty although they are not: a
  formula without a cached value, a cell showing #DIV/0!, #REF! … (.xlsx, .ods, .xls);
- an encrypted workbook (an OLE container holding `EncryptedPackage`, or an .xls with
  a FILEPASS record) is named as one that has a password.

.xls is the OLE compound file of Excel 97-2003; its cell records are read from the
`Workbook` stream directly (the format's own limits, 65.536 rows and 256 columns, stay
far inside ours, but its rectangle can still be too large).
"""
from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass, field

from lxml import etree

from .. import messages as M
from ..errors import UnreadableWorkbook
from ..wording import fmt_int

MAX_FILE = 64 * 2 ** 20          # on disk
MAX_PART = 64 * 2 ** 20          # one part of the zip, inflated
MAX_UNPACKED = 128 * 2 ** 20     # all parts together, inflated
MAX_PARTS = 10_000
MAX_ROWS = 100_000
MAX_COLUMNS = 702                # ZZ
MAX_CELLS = 2_000_000            # rows × columns from A1 to the farthest cell with data, per sheet
CHUNK = 2 ** 16

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ERROR_CODES = {0x00: "#NULL!", 0x07: "#DIV/0!", 0x0F: "#VALUE!", 0x17: "#REF!", 0x1D: "#NAME?", 0x24: "#NUM!",
               0x2A: "#N/A"}


@dataclass
class Inspected:
    """What calamine will not say: sheet name → address → "" for a formula without a
    cached value, else the error the cell shows ("#DIV/0!", …)."""
    flagged: dict[str, dict[str, str]] = field(default_factory=dict)


def column_letter(number: int) -> str:
    """1 → A, 702 → ZZ."""
    letters = ""
    while number:
        number, rem = divmod(number - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


class _Extent:
    """The farthest cell with data in one sheet, checked as cells arrive."""

    def __init__(self, sheet: str):
        self.sheet = sheet
        self.rows = 0
        self.columns = 0

    def add(self, row: int, col: int, last_col: int | None = None) -> None:
        """A cell with data at (row, col), or a run of them to `last_col` (one-based)."""
        last_col = last_col or col
        if row > MAX_ROWS or last_col > MAX_COLUMNS:
            # The first cell of the run that lies outside, so the user finds it.
            outside = col if col > MAX_COLUMNS or row > MAX_ROWS else MAX_COLUMNS + 1
            raise UnreadableWorkbook(M.CELL_TOO_FAR.format(
                sheet=self.sheet, cell=f"{column_letter(outside)}{row}", rows=fmt_int(MAX_ROWS),
                column=column_letter(MAX_COLUMNS)))
        if row <= self.rows and last_col <= self.columns:
            return
        self.rows, self.columns = max(self.rows, row), max(self.columns, last_col)
        if self.rows * self.columns > MAX_CELLS:
            raise UnreadableWorkbook(M.AREA_TOO_BIG.format(
                sheet=self.sheet, cell=f"{column_letter(last_col)}{row}",
                corner=f"{column_letter(self.columns)}{self.rows}", limit=fmt_int(MAX_CELLS)))


def inspect(data: bytes, suffix: str) -> Inspected:
    """Refuse (UnreadableWorkbook) what must not reach calamine; note what it would misread."""
    if len(data) > MAX_FILE:
        raise UnreadableWorkbook(M.FILE_TOO_BIG.format(size=megabytes(len(data)), limit=megabytes(MAX_FILE)))
    if data.startswith(OLE_MAGIC):
        ole = _Ole(data)
        if "encryptedpackage" in ole.entries:          # Excel's "Encrypt with password"
            raise UnreadableWorkbook(M.WORKBOOK_PASSWORD)
        book = ole.entries.get("workbook") or ole.entries.get("book")
        if book is None:
            raise UnreadableWorkbook(M.FILE_DAMAGED)
        if suffix != ".xls":
            raise UnreadableWorkbook(M.FILE_IS_XLS.format(suffix=suffix))
        return _inspect_biff(ole.read(book))
    if data.startswith(ZIP_MAGICS):
        if suffix == ".xls":
            raise UnreadableWorkbook(M.FILE_DAMAGED)
        return _inspect_zip(data)
    raise UnreadableWorkbook(M.FILE_DAMAGED)


def megabytes(size: int) -> str:
    return f"{fmt_int(round(size / 2 ** 20))} MB"


# ---- zip: .xlsx, .xlsm, .ods --------------------------------------------------------------

@dataclass(frozen=True)
class _Member:
    name: str
    method: int
    offset: int              # of the local header
    packed: int
    size: int
    crc: int


def _members(data: bytes) -> dict[str, _Member]:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, NotImplementedError, EOFError) as exc:
        raise UnreadableWorkbook(M.FILE_DAMAGED) from exc
    if len(infos) > MAX_PARTS:
        raise UnreadableWorkbook(M.ZIP_SUSPECT.format(detail=M.ZIP_TOO_MANY_PARTS.format(count=fmt_int(len(infos)))))
    out: dict[str, _Member] = {}
    total = 0
    for info in infos:
        if info.filename in out:
            # Two parts of one name: calamine and this check could each read a different one.
            raise UnreadableWorkbook(M.ZIP_SUSPECT.format(detail=M.ZIP_DUPLICATE_PART.format(part=info.filename)))
        if info.file_size > MAX_PART or total + info.file_size > MAX_UNPACKED:
            raise UnreadableWorkbook(M.UNPACKED_TOO_BIG.format(part=info.filename, limit=megabytes(
                MAX_PART if info.file_size > MAX_PART else MAX_UNPACKED)))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnreadableWorkbook(M.ZIP_SUSPECT.format(detail=M.ZIP_METHOD.format(part=info.filename)))
        if info.flag_bits & 0x1:
            raise UnreadableWorkbook(M.WORKBOOK_PASSWORD)
        total += info.file_size
        out[info.filename] = _Member(info.filename, info.compress_type, info.header_offset, info.compress_size,
                                     info.file_size, info.CRC)
    return out


def _chunks(data: bytes, member: _Member):
    """The inflated bytes of a part, in pieces, never more than its header declares."""
    header = data[member.offset:member.offset + 30]
    if len(header) < 30 or header[:4] != b"PK\x03\x04":
        raise UnreadableWorkbook(M.FILE_DAMAGED)
    name_length, extra_length = struct.unpack("<HH", header[26:30])
    start = member.offset + 30 + name_length + extra_length
    packed = data[start:start + member.packed]
    if len(packed) < member.packed:
        raise UnreadableWorkbook(M.FILE_DAMAGED)
    crc = 0
    if member.method == 0:
        if member.packed != member.size:
            raise UnreadableWorkbook(M.FILE_DAMAGED)
        for i in range(0, len(packed), CHUNK):
            crc = zlib.crc32(packed[i:i + CHUNK], crc)
            yield packed[i:i + CHUNK]
    else:
        inflater = zlib.decompressobj(-15)
        produced = 0
        pending = packed
        try:
            while not inflater.eof:
                piece = inflater.decompress(pending, CHUNK)
                if not piece and len(inflater.unconsumed_tail) == len(pending):
                    break                              # no progress: the stream is cut short
                pending = inflater.unconsumed_tail
                produced += len(piece)
                if produced > member.size:
                    # More than its header declares: calamine would go on inflating it without a limit.
                    raise UnreadableWorkbook(M.UNPACKED_MORE_THAN_SAID.format(part=member.name))
                crc = zlib.crc32(piece, crc)
                yield piece
        except zlib.error as exc:
            raise UnreadableWorkbook(M.FILE_DAMAGED) from exc
        if produced != member.size:
            raise UnreadableWorkbook(M.FILE_DAMAGED)
    if crc != member.crc:                              # a bit flipped somewhere in the part
        raise UnreadableWorkbook(M.FILE_DAMAGED)


def _read(data: bytes, member: _Member) -> bytes:
    return b"".join(_chunks(data, member))


def _inspect_zip(data: bytes) -> Inspected:
    members = _members(data)
    if "xl/workbook.xml" in members:
        sheets = _xlsx_sheets(data, members)
        found = Inspected()
        for name, part in sheets.items():
            member = members.get(part)
            if member is None:
                raise UnreadableWorkbook(M.ZIP_MISSING_PART.format(part=part))
            flagged = _scan_worksheet(name, data, member)
            if flagged:
                found.flagged[name] = flagged
        others = [m for m in members.values() if m.name not in sheets.values()]
    elif "content.xml" in members:
        found = Inspected(_scan_ods(_chunks(data, members["content.xml"])))
        others = [m for m in members.values() if m.name != "content.xml"]
    else:
        raise UnreadableWorkbook(M.ZIP_NOT_A_WORKBOOK)
    # Every other part is inflated too, within its declared size: calamine reads the shared
    # strings and styles, and a part that lies about its size would inflate there unbounded.
    for member in others:
        for _ in _chunks(data, member):
            pass
    return found


def _parse_small(data: bytes, member: _Member):
    try:
        return etree.fromstring(_read(data, member), _SAFE)
    except etree.XMLSyntaxError as exc:
        raise UnreadableWorkbook(M.FILE_DAMAGED) from exc


_SAFE = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
_MAIN = ("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main")
_OFFICE_R = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
             "http://purl.oclc.org/ooxml/officeDocument/relationships")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _xlsx_sheets(data: bytes, members: dict[str, _Member]) -> dict[str, str]:
    """Sheet name → the part that holds its cells."""
    rels_member = members.get("xl/_rels/workbook.xml.rels")
    if rels_member is None:
        raise UnreadableWorkbook(M.ZIP_MISSING_PART.format(part="xl/_rels/workbook.xml.rels"))
    book = _parse_small(data, members["xl/workbook.xml"])
    rels = _parse_small(data, rels_member)
    by_id = {r.get("Id"): r.get("Target") or "" for r in rels if _local(r.tag) == "Relationship"}
    out: dict[str, str] = {}
    for sheets in (el for el in book if _local(el.tag) == "sheets"):
        for sheet in sheets:
            if _local(sheet.tag) != "sheet":
                continue
            rid = next((sheet.get(f"{{{ns}}}id") for ns in _OFFICE_R if sheet.get(f"{{{ns}}}id")), None)
            target = by_id.get(rid, "")
            if not target:
                continue
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            out[sheet.get("name") or ""] = _normpath(target)
    return out


def _normpath(path: str) -> str:
    parts: list[str] = []
    for piece in path.split("/"):
        if piece == "..":
            if parts:
                parts.pop()
        elif piece not in ("", "."):
            parts.append(piece)
    return "/".join(parts)


def _pull(chunks, tags: tuple[str, ...], events: tuple[str, ...] = ("start", "end")):
    """(event, element) of a streamed part; elements are the caller's to clear."""
    parser = etree.XMLPullParser(events=events, tag=tags, resolve_entities=False, no_network=True,
                                 load_dtd=False, huge_tree=False)
    try:
        for chunk in chunks:
            parser.feed(chunk)
            yield from parser.read_events()
        parser.close()
        yield from parser.read_events()
    except etree.XMLSyntaxError as exc:
        raise UnreadableWorkbook(M.FILE_DAMAGED) from exc


def _scan_worksheet(name: str, data: bytes, member: _Member) -> dict[str, str]:
    """The extent and flagged cells of a worksheet part: by a regular expression over the
    bytes when every cell is written the way Excel, LibreOffice and openpyxl write it (ten
    times faster than walking the elements), else by the XML parser."""
    if member.size <= FAST_PART:
        xml = _read(data, member)
        found = _scan_plain_worksheet(name, xml)
        return found if found is not None else _scan_xlsx_sheet(name, iter((xml,)))
    return _scan_xlsx_sheet(name, _chunks(data, member))


FAST_PART = 8 * 2 ** 20
# A cell as written by the common programs: `r` first, a plain A1 reference, no prefix.
_PLAIN_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"([^>]*?)(/>|>(.*?)</c>)', re.S)
_ANY_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c[\s/>]")
_DATA = re.compile(rb"<(?:v|f|is)[\s/>]")
_VALUE = re.compile(rb"<v>([^<]*)</v>")


def _scan_plain_worksheet(name: str, xml: bytes) -> dict[str, str] | None:
    """None when some cell is not written plainly (or the part has a comment, CDATA or
    a DTD, which could hide or fake one): the XML parser must read it then."""
    if b"<!" in xml:
        return None
    cells = _PLAIN_CELL.findall(xml)
    if len(cells) != len(_ANY_CELL.findall(xml)):
        return None
    extent = _Extent(name)
    flagged: dict[str, str] = {}
    for letters, number, attrs, _, body in cells:
        if not body or not _DATA.search(body):
            continue
        col, row = _column_number(letters.decode()), int(number)
        extent.add(row, col)
        is_error = b't="e"' in attrs
        if is_error or b"<f" in body:
            cached = _VALUE.search(body)
            text = cached.group(1).decode() if cached else ""
            if is_error:
                flagged[f"{letters.decode()}{row}"] = text or "#VALUE!"
            elif not text and not (b't="str"' in attrs and (cached or b"<v/>" in body)):
                flagged[f"{letters.decode()}{row}"] = ""
    return flagged


_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")
_COLUMNS: dict[str, int] = {}


def _column_number(letters: str) -> int:
    number = _COLUMNS.get(letters)
    if number is None:
        number = 0
        for ch in letters:
            number = number * 26 + ord(ch) - 64
        _COLUMNS[letters] = number
    return number


def _scan_xlsx_sheet(name: str, chunks) -> dict[str, str]:
    """Stream one worksheet: the extent of its data (refused when too far) and its
    flagged cells. A cell without `r` follows the one before it, as calamine reads it.
    Only end events: a cell ends before its row does, so its row is still there to ask."""
    extent = _Extent(name)
    flagged: dict[str, str] = {}
    row = 0
    col = 0
    current = None                    # the row element the last cell belonged to
    tags = tuple(f"{{{ns}}}{local}" for ns in _MAIN for local in ("row", "c"))
    rows = {tags[0], tags[2]}
    for _, el in _pull(chunks, tags, ("end",)):
        if el.tag in rows:
            if current is not el:     # a row without cells still counts, for the rows after it
                r = el.get("r")
                row = int(r) if r and r.isdigit() and len(r) < 9 else row + 1
            current = None
            el.clear(keep_tail=False)
            while el.getprevious() is not None:
                del el.getparent()[0]
            continue
        parent = el.getparent()
        if parent is not current:
            current = parent
            r = parent.get("r") if parent is not None else None
            row = int(r) if r and r.isdigit() and len(r) < 9 else row + 1
            col = 0
        ref = el.get("r")
        m = _REF.fullmatch(ref) if ref else None
        if m is not None:
            col, row = _column_number(m.group(1)), int(m.group(2))
        else:
            col += 1
        value = formula = inline = None
        for child in el:
            local = child.tag.rsplit("}", 1)[-1] if isinstance(child.tag, str) else ""
            if local == "v":
                value = child
            elif local == "f":
                formula = child
            elif local == "is":
                inline = child
        if value is not None or formula is not None or inline is not None:
            extent.add(row, col)
            kind = el.get("t")
            if kind == "e" or formula is not None:
                text = (value.text or "") if value is not None else ""
                if kind == "e":
                    flagged[f"{column_letter(col)}{row}"] = text or "#VALUE!"
                elif not text and not (kind == "str" and value is not None):
                    flagged[f"{column_letter(col)}{row}"] = ""
        el.clear(keep_tail=False)
    return flagged


_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_CALCEXT = "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"


def _repeat(el, name: str) -> int:
    value = el.get(f"{{{_TABLE}}}{name}")
    return int(value) if value and value.isdigit() and len(value) < 9 else 1


def _scan_ods(chunks) -> dict[str, dict[str, str]]:
    """Stream content.xml of an .ods: the same extent per sheet, and the cells showing an error."""
    flagged: dict[str, dict[str, str]] = {}
    extent: _Extent | None = None
    sheet = ""
    row = 0
    col = 0
    tags = (f"{{{_TABLE}}}table", f"{{{_TABLE}}}table-row", f"{{{_TABLE}}}table-cell",
            f"{{{_TABLE}}}covered-table-cell")
    for event, el in _pull(chunks, tags):
        local = _local(el.tag)
        if local == "table":
            if event == "start":
                sheet = el.get(f"{{{_TABLE}}}name") or ""
                extent, row = _Extent(sheet), 0
            else:
                el.clear(keep_tail=False)
            continue
        if local == "table-row":
            if event == "start":
                col = 0
            else:
                row += _repeat(el, "number-rows-repeated")
                el.clear(keep_tail=False)
                while el.getprevious() is not None:
                    del el.getparent()[0]
            continue
        if event == "start":
            continue
        count = _repeat(el, "number-columns-repeated")
        has_value = el.get(f"{{{_OFFICE}}}value-type") is not None or any(
            _local(child.tag) == "p" and (child.text or len(child)) for child in el)
        if has_value and extent is not None:
            rows = _repeat(el.getparent(), "number-rows-repeated") if el.getparent() is not None else 1
            extent.add(row + rows, col + 1, col + count)
            if el.get(f"{{{_CALCEXT}}}value-type") == "error":
                shown = "".join(el.itertext()).strip() or "#VALUE!"
                for c in range(col + 1, col + count + 1):
                    flagged.setdefault(sheet, {})[f"{column_letter(c)}{row + 1}"] = shown
        col += count
        el.clear(keep_tail=False)
    return flagged


# ---- OLE compound file: .xls, and the container of an encrypted .xlsx -----------------------

_END = 0xFFFFFFFE
_FREE = 0xFFFFFFFF


@dataclass(frozen=True)
class _Stream:
    start: int
    size: int


class _Ole:
    def __init__(self, data: bytes):
        if len(data) < 512:
            raise UnreadableWorkbook(M.FILE_DAMAGED)
        self.data = data
        self.sector = 1 << struct.unpack_from("<H", data, 30)[0]
        self.mini = 1 << struct.unpack_from("<H", data, 32)[0]
        if self.sector not in (512, 4096) or self.mini != 64:
            raise UnreadableWorkbook(M.FILE_DAMAGED)
        fat_count, self.dir_start = struct.unpack_from("<II", data, 44)
        self.cutoff, minifat_start, minifat_count, difat_start, difat_count = struct.unpack_from("<IIIII", data, 56)
        self.sectors = max(0, (len(data) - self.sector) // self.sector)
        per = self.sector // 4
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s < self.sectors]
        seen = 0
        while difat_start < self.sectors and seen <= self.sectors:
            entries = struct.unpack_from(f"<{per}I", data, self._offset(difat_start))
            fat_sectors += [s for s in entries[:-1] if s < self.sectors]
            difat_start = entries[-1]
            seen += 1
        self.fat: list[int] = []
        for s in fat_sectors[:fat_count or len(fat_sectors)]:
            self.fat += struct.unpack_from(f"<{per}I", data, self._offset(s))
        minifat = self._chain_bytes(minifat_start) if minifat_start < self.sectors else b""
        self.minifat = list(struct.unpack(f"<{len(minifat) // 4}I", minifat[:len(minifat) // 4 * 4]))
        self.entries: dict[str, _Stream] = {}
        self.root: _Stream | None = None
        directory = self._chain_bytes(self.dir_start)
        for i in range(0, len(directory) - 127, 128):
            entry = directory[i:i + 128]
            length = struct.unpack_from("<H", entry, 64)[0]
            kind = entry[66]
            if not 2 <= length <= 64 or kind not in (1, 2, 5):
                continue
            name = entry[:length - 2].decode("utf-16-le", "replace")
            start, size = struct.unpack_from("<II", entry, 116)
            if kind == 5:
                self.root = _Stream(start, size)
            elif kind == 2:
                self.entries.setdefault(name.casefold(), _Stream(start, size))

    def _offset(self, sector: int) -> int:
        offset = (sector + 1) * self.sector
        if offset + self.sector > len(self.data):
            raise UnreadableWorkbook(M.FILE_DAMAGED)
        return offset

    def _chain(self, start: int, table: list[int], limit: int):
        seen = 0
        sector = start
        while sector not in (_END, _FREE):
            if sector >= len(table) or seen > limit:      # a loop, or a chain off the table: damaged
                raise UnreadableWorkbook(M.FILE_DAMAGED)
            yield sector
            seen += 1
            sector = table[sector]

    def _chain_bytes(self, start: int) -> bytes:
        return b"".join(self.data[self._offset(s):self._offset(s) + self.sector]
                        for s in self._chain(start, self.fat, self.sectors))

    def read(self, stream: _Stream) -> bytes:
        if stream.size > MAX_FILE:
            raise UnreadableWorkbook(M.FILE_DAMAGED)
        if stream.size >= self.cutoff or self.root is None:
            return self._chain_bytes(stream.start)[:stream.size]
        mini = self._chain_bytes(self.root.start)
        out = b"".join(mini[s * self.mini:(s + 1) * self.mini]
                       for s in self._chain(stream.start, self.minifat, len(self.minifat)))
        return out[:stream.size]


# BIFF record types: the cells (row, column at the start of the record) and the others read here.
_CELLS = {0x0203, 0x027E, 0x00FD, 0x0204, 0x0006, 0x0205, 0x00D6, 0x0207}
_MULRK, _BOOLERR, _FORMULA = 0x00BD, 0x0205, 0x0006
_BOF, _EOF, _BOUNDSHEET, _FILEPASS = 0x0809, 0x000A, 0x0085, 0x002F


def _records(stream: bytes, start: int):
    pos = start
    while pos + 4 <= len(stream):
        kind, length = struct.unpack_from("<HH", stream, pos)
        body = stream[pos + 4:pos + 4 + length]
        yield kind, body
        if kind == _EOF:
            return
        pos += 4 + length


def _inspect_biff(stream: bytes) -> Inspected:
    sheets: list[tuple[int, str]] = []
    for kind, body in _records(stream, 0):
        if kind == _FILEPASS:
            raise UnreadableWorkbook(M.WORKBOOK_PASSWORD)
        if kind == _BOUNDSHEET and len(body) >= 8:
            offset = struct.unpack_from("<I", body, 0)[0]
            sheets.append((offset, _sheet_name(body[6:])))
    found = Inspected()
    for offset, name in sheets:
        extent = _Extent(name)
        for kind, body in _records(stream, offset):
            if kind in _CELLS and len(body) >= 4:
                row, col = struct.unpack_from("<HH", body, 0)
                extent.add(row + 1, col + 1)
                shown = None
                if kind == _BOOLERR and len(body) >= 8 and body[7]:
                    shown = ERROR_CODES.get(body[6], "#VALUE!")
                elif kind == _FORMULA and len(body) >= 14 and body[12:14] == b"\xff\xff" and body[6] == 2:
                    shown = ERROR_CODES.get(body[8], "#VALUE!")
                if shown is not None:
                    found.flagged.setdefault(name, {})[f"{column_letter(col + 1)}{row + 1}"] = shown
            elif kind == _MULRK and len(body) >= 6:
                row, first = struct.unpack_from("<HH", body, 0)
                last = struct.unpack_from("<H", body, len(body) - 2)[0]
                extent.add(row + 1, first + 1, max(first, last) + 1)
    return found


def _sheet_name(body: bytes) -> str:
    """A BOUNDSHEET's name: a short string, UTF-16 or one byte a character (BIFF8)."""
    if len(body) < 2:
        return ""
    count, flags = body[0], body[1]
    if flags & 1:
        return body[2:2 + 2 * count].decode("utf-16-le", "replace")
    return body[2:2 + count].decode("latin-1")
