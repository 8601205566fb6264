"""The rules of the workbook contract: raw cells in, a Report and every problem out.

One pass reports every problem (errors and warnings), each with its sheet and
cell and a Vietnamese sentence that gives the figures involved and the fix.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from .. import figures as F
from .. import markup
from .. import messages as M
from ..model import (ANNEX_KEYS, ANNEX_MARKUP, BUILTIN_TEMPLATES, DISCIPLINE_KEY, DisciplineRow, DocumentInfo,
                     FailedOrganisation, HistoryRow, Indicator, IndicatorAnnex, Paragraph, RatingTable, Report,
                     SeriesPoint, UnitRating, outline_body, unit_key)
from ..problems import Checked, Level, Problem
from ..wording import fmt_int, fmt_number
from . import formula
from . import schema as S
from .reader import Cell, RawSheet, RawWorkbook, address, column_letter, read_workbook
from .values import (as_typed, clean_text, parse_choice, parse_count, parse_date, parse_number, parse_outline,
                     parse_target)


def _bare(text: str) -> str:
    """Match key without Vietnamese marks: "Dang vien" is a typo of "Đảng viên"."""
    decomposed = unicodedata.normalize("NFD", S.norm(text).replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _closest(name: str, candidates: list[str]) -> str:
    """' (có phải "…"?)' naming the candidate the name is a likely typo of, or ""."""
    for key in (S.norm, _bare):
        by_key = {key(c): c for c in candidates}
        found = difflib.get_close_matches(key(name), list(by_key), n=1, cutoff=0.75)
        if found:
            return M.DID_YOU_MEAN.format(name=by_key[found[0]])
    return ""


# ---- the checker ------------------------------------------------------------------

def _blank(cell: Cell | None) -> bool:
    """Nothing typed in the cell (a formula without value or an error is not blank)."""
    if cell is None:
        return True
    if isinstance(cell.value, str):
        return not cell.value.strip()
    return cell.value is None and not cell.formula_without_value and not cell.error


@dataclass
class _Row:
    number: int                       # 1-based Excel row
    cells: dict[str, Cell]            # header → cell (only the sheet's known columns)

    def cell(self, header: str) -> Cell | None:
        return self.cells.get(header)

    def address(self, header: str) -> str:
        c = self.cells.get(header)
        return c.address if c else M.NO_CELL


# Columns without which a sheet's rows cannot be read, besides its key column.
REQUIRED_COLUMNS = {
    S.THONG_TIN: ("Giá trị",),
    **{s: ("Tổng số", *S.CATEGORIES) for s in S.SUBJECTS},
    S.KHONG_HTNV: ("Đối tượng",),
    S.CAC_NAM_TRUOC: ("Đối tượng", "Loại số liệu", *S.CATEGORIES),
    S.SO_LIEU: ("Giá trị",),
    S.NOI_DUNG: ("Đoạn văn",),
    S.CHU_THICH: ("Nội dung",),
}


class _Checker:
    def __init__(self, raw: RawWorkbook):
        self.raw = raw
        self.problems: list[Problem] = []
        self.errors = 0                     # counted as they come: recounting per row was quadratic
        self._rows: dict[str, list[_Row] | None] = {}
        self.unreadable: set[str] = set()   # sheets lacking a required column

    def error(self, sheet: str, cell: str, message: str) -> None:
        self.problems.append(Problem(Level.ERROR, sheet, cell, message))
        self.errors += 1

    def repeated(self, seen: dict, found: object, sheet: str, cell: str, message: str, /,
                 mark: object = None, **values: object) -> bool:
        """True (with an error naming where `found` was first seen) when it was seen before in
        this sheet; otherwise remember it at `mark` (default: this cell)."""
        if found in seen:
            self.error(sheet, cell, message.format(first=seen[found], **values))
            return True
        seen[found] = cell if mark is None else mark
        return False

    def warn(self, sheet: str, cell: str, message: str) -> None:
        self.problems.append(Problem(Level.WARNING, sheet, cell, message))

    def error_count(self) -> int:
        return self.errors

    # -- cells --
    def unusable(self, sheet: str, cell: Cell) -> bool:
        """Report a formula without cached value or a cell showing #DIV/0!, #REF!, …"""
        if cell.formula_without_value:
            self.error(sheet, cell.address, M.FORMULA_NO_VALUE)
        elif cell.error:
            self.error(sheet, cell.address, M.CELL_ERROR.format(code=cell.error))
        return cell.formula_without_value or bool(cell.error)

    def text(self, sheet: str, cell: Cell | None) -> str:
        if cell is None or self.unusable(sheet, cell):
            return ""
        text, removed = clean_text(cell.value)
        if removed:
            self.warn(sheet, cell.address, M.CONTROL_CHARS)
        return text

    def count(self, sheet: str, cell: Cell | None) -> int:
        if cell is None or self.unusable(sheet, cell):
            return 0
        result = parse_count(cell.value)
        if isinstance(result, str):
            self.error(sheet, cell.address, result)
            return 0
        return result

    def number(self, sheet: str, cell: Cell | None) -> Decimal | None:
        if cell is None or self.unusable(sheet, cell):
            return None
        result = parse_number(cell.value)
        if isinstance(result, str):
            self.error(sheet, cell.address, result)
            return None
        return result

    def choice(self, sheet: str, cell: Cell | None, choices: tuple[str, ...]) -> str:
        text = self.text(sheet, cell)
        if not text:
            return ""
        found = parse_choice(text, choices)
        if found is None:
            self.error(sheet, cell.address, M.CHOICE_INVALID.format(
                value=text, choices=", ".join(f"\"{c}\"" for c in choices)))
            return ""
        return found

    # -- sheets --
    def rows(self, spec: S.Sheet) -> list[_Row] | None:
        """The sheet's data rows with cells by header; None when the sheet is absent."""
        if spec.name not in self._rows:
            self._rows[spec.name] = self._read_rows(spec)
        return self._rows[spec.name]

    def _read_rows(self, spec: S.Sheet) -> list[_Row] | None:
        raw = self.raw.sheet(spec.name)
        if raw is None:
            return None
        header_cells = raw.rows[0] if raw.rows else ()
        if not spec.required and all(c.value is None for c in header_cells) and len(raw.rows) <= 1:
            return []   # a blank sheet: nothing to read, and no header to complain about
        known = {S.norm(c.header): c.header for c in spec.columns}
        index: dict[str, int] = {}
        for i, cell in enumerate(header_cells):
            if cell.value is None:
                continue
            name, _ = clean_text(cell.value)
            header = known.get(S.norm(name))
            if header is None:
                self.warn(spec.name, cell.address, M.UNKNOWN_COLUMN.format(
                    name=name, hint=_closest(name, [c.header for c in spec.columns])))
            elif header in index:
                self.error(spec.name, cell.address, M.DUPLICATE_COLUMN.format(
                    name=header, first=header_cells[index[header]].address))
            else:
                index[header] = i
        key = spec.key
        missing = [h for h in (key.header, *REQUIRED_COLUMNS.get(spec.name, ())) if h not in index]
        for h in missing:
            self.error(spec.name, "A1", M.MISSING_COLUMN.format(name=h))
        if missing:
            # Reading the rows anyway would only add errors that follow from the missing column.
            self.unreadable.add(spec.name)
            return []
        merged = _merged_lookup(raw)
        out = []
        carried: Cell | None = None      # Nội dung: the last Mục typed, for the blank ones below it
        named = {i for i, cell in enumerate(header_cells) if not _blank(cell)}
        unnamed_seen: set[int] = set()   # columns without a header already reported
        for r, row in enumerate(raw.rows[1:], start=2):
            for i, cell in enumerate(row):
                if i not in named and i not in unnamed_seen and not _blank(cell):
                    # Data under no header is read by nothing: say so once per column.
                    unnamed_seen.add(i)
                    self.warn(spec.name, cell.address, M.DATA_WITHOUT_HEADER.format(column=column_letter(i)))
            cells = {h: row[i] for h, i in index.items() if i < len(row)}
            key_cell = cells.get(key.header)
            if not _blank(key_cell):
                carried = key_cell
                out.append(_Row(r, cells))
                continue
            filled = [h for h, c in cells.items() if h != key.header and not _blank(c)]
            if not filled:
                continue                 # an empty row
            address = key_cell.address if key_cell else f"{column_letter(index[key.header])}{r}"
            region = merged.get(address)
            if spec.name == S.NOI_DUNG:
                # A paragraph is never dropped for want of its Mục: a merged Mục is its region's
                # value, a blank one is the Mục above ("same as above"), said in a warning.
                if region is not None:
                    first = _cell_at(raw, region.split(":")[0])
                    if not _blank(first):
                        cells[key.header] = Cell(first.value, address)
                        out.append(_Row(r, cells))
                        continue
                if carried is not None:
                    section = clean_text(carried.value)[0]
                    self.warn(spec.name, address, M.SECTION_CARRIED.format(section=section, first=carried.address))
                    cells[key.header] = Cell(carried.value, address)
                    out.append(_Row(r, cells))
                    continue
            if region is not None:
                self.error(spec.name, address, M.ROW_IN_MERGED.format(row=r, key=key.header, merged=region))
            else:
                self.error(spec.name, address, M.ROW_WITHOUT_KEY.format(row=r, key=key.header))
        return out

    # -- markup --
    # Set by check() before any text cell is read: the series by Mã, the report's year and template.
    series: dict[str, dict[int, SeriesPoint]] = {}
    year: int | None = None
    template: str = ""

    def annex_keys(self) -> list[str]:
        """The annexes `{bieu.KEY}` may name in this report (the standard report's own only when
        the body is the standard report)."""
        has_ratings = any(self.rows(spec) for spec in S.RATING_SHEETS)
        keys = []
        if not outline_body(self.template, has_ratings):
            keys += [k for k, subject in ANNEX_KEYS.items() if subject != S.KY_LUAT
                     and self.rows(S.SHEET_BY_NORM[S.norm(subject)])]
        if self.rows(S.SHEET_BY_NORM[S.norm(S.KY_LUAT)]):
            keys.append("kyluat")
        rows = self.rows(S.SHEET_BY_NORM[S.norm(S.BIEU_CHI_TIEU)]) or []
        keys += list(dict.fromkeys(clean_text(r.cell("Biểu").value)[0] for r in rows))
        return keys

    def check_markup(self, sheet: str, cell: Cell | None, text: str, figures: dict[str, Indicator],
                     notes: set[str], allow_notes: bool = True, note_message: str = M.NOTE_IN_NOTE) -> None:
        if not text:
            return
        address = cell.address if cell else M.NO_CELL
        try:
            segments = markup.parse(text)
        except markup.MarkupError as exc:
            self.error(sheet, address, M.MARKUP_INVALID.format(detail=str(exc)))
            return
        for seg in segments:
            if isinstance(seg, markup.Figure):
                problem = self.figure_problem(seg, figures)
                if problem:
                    self.error(sheet, address, problem)
            elif isinstance(seg, markup.NoteRef):
                if not allow_notes:
                    self.error(sheet, address, note_message.format(key=seg.key))
                elif seg.key not in notes:
                    self.error(sheet, address, M.UNKNOWN_NOTE.format(key=seg.key))

    def figure_problem(self, seg: markup.Figure, figures: dict[str, Indicator]) -> str:
        """Why `seg` cannot be printed, or ""."""
        ind = figures.get(seg.key)
        points = self.series.get(seg.key, {})
        written = "{" + seg.key + ("." + seg.attribute if seg.attribute else "") + "}"
        attribute = seg.attribute

        def needs(column: str) -> str:
            return M.FIGURE_NEEDS.format(key=seg.key, attribute=attribute, column=column)

        if seg.key == markup.ANNEX and (ind is None or attribute not in markup.ATTRIBUTES):
            known = self.annex_keys()
            if attribute not in known:
                return M.ANNEX_UNKNOWN.format(key=attribute, known=", ".join(known) or M.ANNEX_NONE)
            return M.DECIMALS_NOT_HERE.format(markup=written) if seg.decimals is not None else ""
        if ind is None and seg.key == DISCIPLINE_KEY:
            if attribute:
                return M.DISCIPLINE_ATTRIBUTE.format(attribute=attribute)
            if not self.rows(S.SHEET_BY_NORM[S.norm(S.KY_LUAT)]):
                return M.DISCIPLINE_NEEDS_SHEET
            return ""
        if ind is None and not points:
            return M.UNKNOWN_FIGURE.format(key=seg.key)
        if seg.decimals is not None and attribute == "danhgia":
            return M.DECIMALS_NOT_HERE.format(markup=written)
        if ind is None:
            # Only in Chuỗi số liệu: its value and share are those of the report's year.
            now = points.get(self.year)
            if attribute in ("", "tyle") and now is None:
                return M.SERIES_YEAR_MISSING.format(key=seg.key, year=self.year, markup=written)
            if attribute == "tyle" and now.denominator is None:
                return needs("Mẫu số")
            if attribute in ("kytruoc", "tang", "tu", "gap", "chitieu", "danhgia"):
                return M.SERIES_ONLY.format(key=seg.key, markup=written)
        elif attribute == "tyle" and ind.denominator is None:
            return needs("Mẫu số")
        elif attribute in ("kytruoc", "tang", "tu", "gap") and ind.previous is None:
            return needs("Kỳ trước")
        elif attribute in ("chitieu", "danhgia") and ind.target is None:
            return needs("Chỉ tiêu")
        elif not ind.is_rate and (attribute in ("kytruoc", "gap") and ind.previous == 0
                                  or attribute == "chitieu" and ind.target == 0):
            # A value's change, its ratio and its share of the target divide by these.
            return M.FIGURE_ZERO_BASE.format(key=seg.key, attribute=attribute,
                                             column="Chỉ tiêu" if attribute == "chitieu" else "Kỳ trước")
        elif ind.is_rate and attribute == "gap" and ind.previous == 0:
            return M.FIGURE_ZERO_BASE.format(key=seg.key, attribute=attribute, column="Kỳ trước")
        if seg.is_year and int(attribute) not in points:
            return M.SERIES_YEAR_MISSING.format(key=seg.key, year=attribute, markup=written)
        if attribute in markup.SERIES and not points:
            return M.SERIES_NEEDED.format(key=seg.key, markup=written)
        rate = next(iter(points.values())).denominator is not None if points else ind is not None and ind.is_rate
        if attribute == "tong" and rate:
            return M.SERIES_SUM_OF_RATE.format(key=seg.key)
        if attribute == "binhquan":
            return self.growth_problem(seg.key, ind, points, written)
        return ""

    def growth_problem(self, key: str, ind: Indicator | None, points: dict[int, SeriesPoint], written: str) -> str:
        if ind is not None and ind.previous is not None and ind.previous_year is not None:
            first = None if ind.is_rate else ind.previous
        elif len(points) >= 2:
            first = points[min(points)]
            first = None if first.denominator is not None else first.value
        else:
            return M.GROWTH_NEEDS.format(key=key, markup=written)
        if first is not None and first <= 0:
            return M.GROWTH_FROM_ZERO.format(key=key, markup=written)
        return ""


def _merged_lookup(raw: RawSheet) -> dict[str, str]:
    """Address of every cell inside a merged region (but its first) → the region."""
    out = {}
    height = len(raw.rows)
    width = max((len(row) for row in raw.rows), default=0)
    for region in raw.merged:
        first, last = region.split(":")
        (r0, c0), (r1, c1) = _rc(first), _rc(last)
        # Only the cells that were read: a region merged down to row 1048576 is not 17
        # billion lookups.
        for r in range(r0, min(r1, height - 1) + 1):
            for c in range(c0, min(c1, width - 1) + 1):
                if (r, c) != (r0, c0):
                    out[address(r, c)] = region
    return out


def _cell_at(raw: RawSheet, a1: str) -> Cell | None:
    r, c = _rc(a1)
    if r < len(raw.rows) and c < len(raw.rows[r]):
        return raw.rows[r][c]
    return None


def _rc(a1: str) -> tuple[int, int]:
    m = re.fullmatch(r"([A-Z]+)(\d+)", a1)
    col = 0
    for ch in m.group(1):
        col = col * 26 + ord(ch) - 64
    return int(m.group(2)) - 1, col - 1


def check(raw: RawWorkbook, template: str | None = None) -> Checked:
    """All rules, one pass: the Report (None when there are errors) and every problem.
    `template` (from the command line) overrides `Mẫu báo cáo`: it decides which `Mục` count."""
    c = _Checker(raw)
    for sheet in raw.sheets:
        if S.norm(sheet.name) not in S.SHEET_BY_NORM and S.norm(sheet.name) != S.norm(S.HUONG_DAN):
            c.warn(sheet.name, "A1", M.UNKNOWN_SHEET.format(
                name=sheet.name, hint=_closest(sheet.name, [s.name for s in S.SHEETS])))
    for first, second in raw.duplicate_sheets():
        if S.norm(first) in S.SHEET_BY_NORM:
            c.error(second, "A1", M.DUPLICATE_SHEET.format(name=second, first=first))

    info = _info(c)
    c.year = info.year if info else None
    c.template = template or (info.template if info else "")
    recipients = _recipients(c, info is not None and info.style == S.PAPER)
    figures = _indicators(c, info.year if info else None)
    series = _series(c, figures)
    c.series = {}
    for point in series:
        c.series.setdefault(point.key, {})[point.year] = point
    annexes = _annexes(c, figures)
    note_rows = _notes(c)
    notes = {k for k, _ in note_rows}
    ratings = tuple(t for t in (_rating(c, spec, figures, notes) for spec in S.RATING_SHEETS) if t is not None)
    failed = _failed(c, ratings)
    history = _history(c, info.year if info else None)
    discipline = _discipline(c)
    narrative = _narrative(c, figures, notes, template or (info.template if info else ""))

    # Markup in text cells of Thông tin and Chú thích.
    info_rows = c.rows(S.SHEET_BY_NORM[S.norm(S.THONG_TIN)]) or []
    for row in info_rows:
        item = S.norm(c.text(S.THONG_TIN, row.cell("Mục")))
        if item in (S.norm("Căn cứ"), S.norm("Trích yếu"), S.norm("Mở đầu")):
            cell = row.cell("Giá trị")
            c.check_markup(S.THONG_TIN, cell, clean_text(cell.value if cell else None)[0], figures, notes)
    for row in c.rows(S.SHEET_BY_NORM[S.norm(S.CHU_THICH)]) or []:
        cell = row.cell("Nội dung")
        c.check_markup(S.CHU_THICH, cell, clean_text(cell.value if cell else None)[0], figures, notes,
                       allow_notes=False)

    if info and info.annex_labels:
        known = [*ANNEX_KEYS, *(a.key for a in annexes)]
        label_cell = next((r.address("Giá trị") for r in info_rows
                           if S.norm(c.text(S.THONG_TIN, r.cell("Mục"))) == S.norm("Ký hiệu biểu")), M.NO_CELL)
        for key, _ in info.annex_labels:
            if key not in known:
                c.error(S.THONG_TIN, label_cell, M.ANNEX_LABEL_UNKNOWN.format(key=key, known=", ".join(known)))

    if info and info.compare_year is not None and not any(h.year == info.compare_year for h in history):
        c.warn(S.CAC_NAM_TRUOC, M.NO_CELL, M.COMPARE_YEAR_MISSING.format(year=info.compare_year))

    has_errors = any(p.level is Level.ERROR for p in c.problems)
    report = None if has_errors or info is None else Report(
        info=info, recipients=recipients, ratings=ratings, failed=failed, history=history,
        discipline=discipline, indicators=tuple(figures.values()), narrative=narrative, notes=note_rows,
        series=series, annexes=annexes)
    # A text cell read twice (Thông tin, Chú thích) must not report its problem twice.
    return Checked(report, list(dict.fromkeys(c.problems)))


def check_file(path: str | Path, template: str | None = None) -> Checked:
    return check(read_workbook(path), template)


# ---- per-sheet rules ------------------------------------------------------------------

def _info(c: _Checker) -> DocumentInfo | None:
    spec = S.SHEET_BY_NORM[S.norm(S.THONG_TIN)]
    rows = c.rows(spec)
    if rows is None:
        c.error(S.THONG_TIN, M.NO_CELL, M.MISSING_REQUIRED_SHEET.format(name=S.THONG_TIN))
        return None
    if S.THONG_TIN in c.unreadable:
        return None
    items = {S.norm(name): (name, required, hint) for name, required, hint in S.INFO_ITEMS}
    cells: dict[str, Cell] = {}     # Mục → its Giá trị cell
    seen: dict[str, str] = {}       # Mục → address of its Mục cell
    for row in rows:
        key_cell = row.cell("Mục")
        label = c.text(S.THONG_TIN, key_cell)
        found = items.get(S.norm(label))
        if found is None:
            c.warn(S.THONG_TIN, key_cell.address, M.INFO_UNKNOWN.format(
                item=label, hint=_closest(label, [i[0] for i in S.INFO_ITEMS])))
            continue
        name = found[0]
        if c.repeated(seen, name, S.THONG_TIN, key_cell.address, M.INFO_DUPLICATE, item=name):
            continue
        cells[name] = row.cell("Giá trị") or Cell(None, f"B{row.number}")

    def value(name: str) -> object:
        """The raw value of an item; None when absent, empty or unusable (reported)."""
        cell = cells.get(name)
        if cell is None or c.unusable(S.THONG_TIN, cell) or _blank(cell):
            return None
        return cell.value

    def text(name: str) -> str:
        return c.text(S.THONG_TIN, cells.get(name))

    def cell_of(name: str) -> str:
        return cells[name].address if name in cells else M.NO_CELL

    ok = True
    # A thematic paper prints no number, date, place or signature: those items are not required.
    paper = parse_choice(text("Thể thức"), S.STYLES) == S.PAPER if "Thể thức" in cells else False
    for name, required, hint in S.INFO_ITEMS:
        if not required or (paper and name in S.NOT_FOR_PAPERS and not text(name)):
            continue
        if name not in cells:
            c.error(S.THONG_TIN, M.NO_CELL, M.INFO_MISSING.format(item=name))
            ok = False
        elif value(name) is None:
            if _blank(cells[name]):
                c.error(S.THONG_TIN, cells[name].address, M.INFO_EMPTY.format(item=name, hint=hint))
            ok = False

    date = None
    if paper and value("Ngày ban hành") is None:
        date = dt.date(2000, 1, 1)     # not printed; the package needs one (replaced below by 1 Jan of the year)
    elif value("Ngày ban hành") is not None:
        date = parse_date(value("Ngày ban hành"))
        if date is None:
            c.error(S.THONG_TIN, cell_of("Ngày ban hành"), M.DATE_INVALID.format(value=text("Ngày ban hành")))
            ok = False

    def year(name: str) -> int | None:
        raw = value(name)
        if raw is None:
            return None
        n = parse_count(raw)
        if isinstance(n, str) or not 1900 <= n <= 2200:
            c.error(S.THONG_TIN, cell_of(name), M.YEAR_INVALID.format(value=text(name)))
            return None
        return n

    report_year = year("Năm đánh giá")
    if value("Năm đánh giá") is not None and report_year is None:
        ok = False
    compare_year = year("Năm so sánh")

    decimals = 2
    if value("Số thập phân") is not None:
        n = parse_count(value("Số thập phân"))
        if isinstance(n, str) or n > 4:
            c.error(S.THONG_TIN, cell_of("Số thập phân"), M.DECIMALS_INVALID.format(value=text("Số thập phân")))
        else:
            decimals = n

    def choice(name: str, default: str) -> str:
        return c.choice(S.THONG_TIN, cells.get(name), S.INFO_CHOICES[name]) or default

    outline: tuple[str, ...] = ()
    if text("Đánh số đề mục"):
        outline = parse_outline(text("Đánh số đề mục"))
        if not outline:
            c.error(S.THONG_TIN, cell_of("Đánh số đề mục"), M.OUTLINE_INVALID.format(
                value=text("Đánh số đề mục"), levels=" ".join(S.OUTLINE_LEVELS),
                schemes="; ".join(S.OUTLINE_SCHEMES[:3])))

    annex_labels: list[tuple[str, str]] = []
    for piece in re.split(r"[;\n]", text("Ký hiệu biểu")):
        if not piece.strip():
            continue
        key, colon, label = piece.partition(":")
        key = key.strip().removeprefix(f"{ANNEX_MARKUP}.").strip()
        if not colon or not label.strip() or not markup.KEY.fullmatch(key):
            c.error(S.THONG_TIN, cell_of("Ký hiệu biểu"), M.ANNEX_LABEL_INVALID.format(value=piece.strip()))
            continue
        annex_labels.append((key, " ".join(label.split())))

    template = text("Mẫu báo cáo") or "xep-loai-chat-luong"
    if template not in BUILTIN_TEMPLATES and not template.lower().endswith(".docx"):
        c.error(S.THONG_TIN, cell_of("Mẫu báo cáo"), M.TEMPLATE_UNKNOWN.format(
            value=template, known=", ".join(BUILTIN_TEMPLATES)))

    if not ok:
        return None
    if paper and value("Ngày ban hành") is None:
        date = dt.date(report_year, 1, 1)
    return DocumentInfo(
        issuer=text("Cơ quan ban hành"), number=text("Số ký hiệu"), place=text("Địa danh"), date=date,
        subject=text("Trích yếu"), year=report_year, signing_authority=text("Quyền hạn ký"),
        signer_title=text("Chức vụ người ký"), signer=text("Người ký"), superior=text("Cơ quan cấp trên"),
        doc_type=text("Loại văn bản") or "BÁO CÁO", compare_year=compare_year, basis=text("Căn cứ"),
        style=choice("Thể thức", "Đảng"), template=template, decimals=decimals,
        zero_pad=choice("Thêm số 0", S.YES) == S.YES,
        round_to_100=choice("Làm tròn tổng 100%", S.NO) == S.YES,
        secrecy=text("Độ mật"), urgency=text("Độ khẩn"), outline=outline, opening=text("Mở đầu"),
        annex_labels=tuple(annex_labels))


def _recipients(c: _Checker, paper: bool = False) -> tuple[str, ...]:
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.NOI_NHAN)])
    if rows is None:
        if not paper:       # a thematic paper has no recipients block
            c.warn(S.NOI_NHAN, M.NO_CELL, M.MISSING_RECIPIENTS)
        return ()
    return tuple(t for t in (c.text(S.NOI_NHAN, r.cell("Nơi nhận")) for r in rows) if t)


def _rating(c: _Checker, spec: S.Sheet, figures, notes) -> RatingTable | None:
    rows = c.rows(spec)
    if rows is None:
        return None
    name = spec.name
    if not rows:
        if name not in c.unreadable:
            c.warn(name, "A2", M.EMPTY_SHEET)
        return None
    seen: dict[str, str] = {}
    units = []
    for row in rows:
        key_cell = row.cell("Đơn vị")
        unit = c.text(name, key_cell)
        if c.repeated(seen, unit_key(unit), name, key_cell.address, M.DUPLICATE_UNIT, unit=unit):
            continue
        errors_before = c.error_count()
        counts = {h: c.count(name, row.cell(h)) for h in
                  ("Tổng số", *S.CATEGORIES, "Miễn đánh giá", "Chưa đánh giá")}
        split = {}
        for h in (S.DANG_BO_CO_SO, S.CHI_BO_CO_SO):
            cell = row.cell(h)
            split[h] = None if _blank(cell) else c.count(name, cell)
        # A count that could not be read is reported on its own cell; summing the row
        # with it as 0 would only add a second, misleading error.
        readable = c.error_count() == errors_before
        u = UnitRating(
            unit=unit, total=counts["Tổng số"], htxsnv=counts["HTXSNV"], httnv=counts["HTTNV"],
            htnv=counts["HTNV"], khtnv=counts["KHTNV"], exempt=counts["Miễn đánh giá"],
            pending=counts["Chưa đánh giá"], level=c.choice(name, row.cell("Cấp"), S.LEVELS),
            pending_reason=c.text(name, row.cell("Lý do chưa đánh giá")), note=c.text(name, row.cell("Ghi chú")),
            dang_bo_co_so=split[S.DANG_BO_CO_SO], chi_bo_co_so=split[S.CHI_BO_CO_SO])
        parts = u.rated + u.not_rated
        if readable and parts != u.total:
            c.error(name, row.address("Tổng số"), M.TOTAL_MISMATCH.format(
                total=fmt_int(u.total), parts=fmt_int(parts), row=row.number))
        if readable and (u.dang_bo_co_so is not None or u.chi_bo_co_so is not None):
            dbcs, cbcs = u.dang_bo_co_so or 0, u.chi_bo_co_so or 0
            if dbcs + cbcs != u.total:
                c.error(name, row.address(S.DANG_BO_CO_SO if u.dang_bo_co_so is not None else S.CHI_BO_CO_SO),
                        M.SPLIT_MISMATCH.format(dbcs=fmt_int(dbcs), cbcs=fmt_int(cbcs), sum=fmt_int(dbcs + cbcs),
                                                total=fmt_int(u.total), row=row.number))
        if u.htxsnv and u.htxsnv * 5 > u.httnv:
            ratio = "không xác định" if not u.httnv else fmt_number(Decimal(u.htxsnv * 100) / u.httnv, 2) + "%"
            c.warn(name, row.address("HTXSNV"), M.QUOTA.format(
                htxsnv=fmt_int(u.htxsnv), httnv=fmt_int(u.httnv), unit=unit, ratio=ratio))
        if u.total and not u.rated and not u.pending_reason:
            c.warn(name, row.address("Tổng số"), M.NOT_RATED_NO_REASON.format(unit=unit, total=fmt_int(u.total)))
        # A unit's Ghi chú is itself printed as a footnote, and a footnote cannot carry one.
        c.check_markup(name, row.cell("Ghi chú"), u.note, figures, notes, allow_notes=False,
                       note_message=M.NOTE_IN_UNIT_NOTE)
        units.append(u)
    return RatingTable(name, tuple(units))


def _failed(c: _Checker, ratings: tuple[RatingTable, ...]) -> tuple[FailedOrganisation, ...]:
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.KHONG_HTNV)])
    if rows is None:
        return ()
    out = []
    where: dict[tuple[str, str], str] = {}
    for row in rows:
        subject = c.choice(S.KHONG_HTNV, row.cell("Đối tượng"), S.SUBJECTS)
        if not subject:
            if _blank(row.cell("Đối tượng")):
                c.error(S.KHONG_HTNV, row.address("Đối tượng"),
                        M.CHOICE_INVALID.format(value="", choices=", ".join(f"\"{s}\"" for s in S.SUBJECTS)))
            continue
        unit = c.text(S.KHONG_HTNV, row.cell("Đơn vị"))
        out.append(FailedOrganisation(subject, c.text(S.KHONG_HTNV, row.cell("Tên")), unit))
        where.setdefault((subject, unit_key(unit)), row.address("Đơn vị") if row.cell("Đơn vị") else row.address("Tên"))
    # Named organisations against KHTNV, per subject and unit.
    for table in ratings:
        named_subject = [f for f in out if f.subject == table.subject]
        if not named_subject:
            continue
        units = {unit_key(u.unit): u for u in table.rows}
        # The names grouped by unit in one pass (in order of first mention): asking every
        # unit for its names walked all of them, the square of the named units.
        by_unit: dict[str, list[FailedOrganisation]] = {}
        for f in named_subject:
            by_unit.setdefault(unit_key(f.unit), []).append(f)
        for key, names in by_unit.items():
            unit = units.get(key)
            cell = where[(table.subject, key)]
            if unit is None:
                c.warn(S.KHONG_HTNV, cell, M.FAILED_UNKNOWN_UNIT.format(unit=names[0].unit, subject=table.subject))
            elif len(names) != unit.khtnv:
                c.warn(S.KHONG_HTNV, cell, M.FAILED_COUNT.format(
                    names=len(names), unit=unit.unit, subject=table.subject, khtnv=unit.khtnv))
        for unit in table.rows:
            if unit.khtnv and (table.subject, unit_key(unit.unit)) not in where:
                c.warn(S.KHONG_HTNV, M.NO_CELL, M.FAILED_COUNT.format(
                    names=0, unit=unit.unit, subject=table.subject, khtnv=unit.khtnv))
    return tuple(out)


def _history(c: _Checker, current_year: int | None) -> tuple[HistoryRow, ...]:
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.CAC_NAM_TRUOC)])
    if rows is None:
        return ()
    out = []
    seen: dict[tuple, int] = {}
    name = S.CAC_NAM_TRUOC
    for row in rows:
        if c.unusable(name, row.cell("Năm")):
            continue
        year_value = parse_count(row.cell("Năm").value)
        if isinstance(year_value, str) or not 1900 <= year_value <= 2200:
            c.error(name, row.address("Năm"), M.YEAR_INVALID.format(value=c.text(name, row.cell("Năm"))))
            continue
        subject = c.choice(name, row.cell("Đối tượng"), S.SUBJECTS)
        kind = c.choice(name, row.cell("Loại số liệu"), S.HISTORY_KINDS)
        for header, value in (("Đối tượng", subject), ("Loại số liệu", kind)):
            if not value and _blank(row.cell(header)):
                c.error(name, row.address(header), M.CHOICE_INVALID.format(value="", choices=", ".join(
                    f"\"{s}\"" for s in (S.SUBJECTS if header == "Đối tượng" else S.HISTORY_KINDS))))
        if not subject or not kind:
            continue
        is_percent = kind == "Tỷ lệ %"
        if is_percent:
            errors_before = c.error_count()
            values = [c.number(name, row.cell(h)) or Decimal(0) for h in S.CATEGORIES]
            # A cell formatted as % in Excel holds 0.173 for 17,3 %.
            if 0 < sum(values) <= Decimal("1.001") and all(v <= 1 for v in values):
                values = [v * 100 for v in values]
            for h, v in zip(S.CATEGORIES, values):
                if not 0 <= v <= 100:
                    c.error(name, row.address(h), M.HISTORY_PERCENT_RANGE.format(value=as_typed(v.normalize())))
            total = sum(values)
            if c.error_count() == errors_before and abs(total - 100) > Decimal("0.1"):
                c.error(name, row.address("HTXSNV"), M.HISTORY_NOT_100.format(
                    year=year_value, sum=fmt_number(total, 2),
                    cells=", ".join(row.address(h) for h in S.CATEGORIES)))
        else:
            values = [Decimal(c.count(name, row.cell(h))) for h in S.CATEGORIES]
        key = (year_value, subject, is_percent)
        if c.repeated(seen, key, name, row.address("Năm"), M.HISTORY_DUPLICATE, mark=row.number,
                      year=year_value, subject=subject, kind=kind):
            continue
        if current_year is not None and year_value >= current_year:
            c.warn(name, row.address("Năm"), M.HISTORY_FUTURE.format(year=year_value, current=current_year))
            continue
        out.append(HistoryRow(year_value, subject, is_percent, tuple(values)))
    return tuple(out)


def _discipline(c: _Checker) -> tuple[DisciplineRow, ...]:
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.KY_LUAT)])
    if rows is None:
        return ()
    out = []
    seen: dict[str, str] = {}
    for row in rows:
        key_cell = row.cell("Đơn vị")
        unit = c.text(S.KY_LUAT, key_cell)
        if c.repeated(seen, unit_key(unit), S.KY_LUAT, key_cell.address, M.DUPLICATE_UNIT, unit=unit):
            continue
        orgs = tuple(c.count(S.KY_LUAT, row.cell(f"Tổ chức đảng - {p}")) for p in S.ORG_PENALTIES)
        members = tuple(c.count(S.KY_LUAT, row.cell(f"Đảng viên - {p}")) for p in S.MEMBER_PENALTIES)
        out.append(DisciplineRow(unit, orgs, members))
    return tuple(out)


def _indicators(c: _Checker, year: int | None) -> dict[str, Indicator]:
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.SO_LIEU)])
    if rows is None:
        return {}
    name = S.SO_LIEU
    raw: dict[str, _Row] = {}
    seen: dict[str, str] = {}
    for row in rows:
        key = c.text(name, row.cell("Mã"))
        if not key:
            continue    # a formula without value or an error, reported by text()
        if not markup.KEY.fullmatch(key):
            c.error(name, row.address("Mã"), M.KEY_INVALID.format(key=key))
            continue
        if c.repeated(seen, key, name, row.address("Mã"), M.KEY_DUPLICATE, key=key):
            continue
        raw[key] = row
    values = _indicator_values(c, raw)
    out = {}
    for key, row in raw.items():
        denominator = None
        cell = row.cell("Mẫu số")
        if cell is not None and cell.value not in (None, ""):
            parsed = parse_number(cell.value)
            if isinstance(parsed, Decimal):
                denominator = parsed
            else:
                ref = clean_text(cell.value)[0]
                if ref in values and ref != key:
                    denominator = values[ref]
                else:
                    c.error(name, cell.address, M.NUMBER_OR_KEY_INVALID.format(value=ref))
            if denominator == 0:
                c.error(name, cell.address, M.DENOMINATOR_ZERO.format(key=key))
                denominator = None
        target = None
        cell = row.cell("Chỉ tiêu")
        if cell is not None and not c.unusable(name, cell):
            target = parse_target(cell.value)
            if isinstance(target, str):
                c.error(name, cell.address, target)
                target = None
        decimals = None
        cell = row.cell("Số thập phân")
        if not _blank(cell) and not c.unusable(name, cell):
            n = parse_count(cell.value)
            if isinstance(n, str) or n > 4:
                c.error(name, cell.address, M.DECIMALS_INVALID.format(value=clean_text(cell.value)[0]))
            else:
                decimals = n
        previous_year = None
        cell = row.cell("Năm kỳ trước")
        if not _blank(cell) and not c.unusable(name, cell):
            n = parse_count(cell.value)
            if isinstance(n, str) or not 1900 <= n <= 2200:
                c.error(name, cell.address, M.YEAR_INVALID.format(value=clean_text(cell.value)[0]))
            elif year is not None and n >= year:
                c.error(name, cell.address, M.YEAR_NOT_BEFORE.format(year=n, current=year))
            else:
                previous_year = n
        out[key] = Indicator(
            key=key, label=c.text(name, row.cell("Nội dung")), value=values[key] or Decimal(0),
            denominator=denominator, previous=c.number(name, row.cell("Kỳ trước")),
            target=target[1] if target else None, unit=c.text(name, row.cell("Đơn vị tính")),
            decimals=decimals, previous_year=previous_year, target_kind=target[0] if target else "",
            target_high=target[2] if target else None, parent=c.text(name, row.cell("Thuộc")),
            formula=c.text(name, row.cell("Công thức")))
    _check_sums(c, raw, out, values)
    return out


class _Unresolved(Exception):
    """A value that cannot be known; the reason was reported where it lies."""


class _Cycle(Exception):
    def __init__(self, path: list[str]):
        super().__init__(" → ".join(path))
        self.path = path


def _indicator_values(c: _Checker, raw: dict[str, _Row]) -> dict[str, Decimal | None]:
    """Each indicator's value: `Giá trị` as typed, or its `Công thức` computed exactly from the
    others (in any order: a formula may use one further down the sheet). A malformed formula,
    an unknown key, a cycle and a division by zero are errors at the formula's cell."""
    name = S.SO_LIEU
    typed: dict[str, Decimal | None] = {}
    formulas: dict[str, tuple[formula.Node, str, str]] = {}     # key → (tree, text, cell)
    for key, row in raw.items():
        cell = row.cell("Công thức")
        text = c.text(name, cell)
        value = c.number(name, row.cell("Giá trị"))
        typed[key] = value
        if text:
            try:
                formulas[key] = (formula.parse(text), text, cell.address)
            except formula.FormulaError as exc:
                c.error(name, cell.address, M.FORMULA_INVALID.format(formula=text, detail=exc))
                typed[key] = None
        elif value is None and _blank(row.cell("Giá trị")):
            c.error(name, row.address("Giá trị"), M.VALUE_MISSING.format(key=key))

    results: dict[str, Decimal | None] = {}

    def compute(key: str, stack: list[str]) -> Decimal:
        if key in results:
            if results[key] is None:
                raise _Unresolved
            return results[key]
        if key not in formulas:
            if typed.get(key) is None:
                raise _Unresolved
            return typed[key]
        if key in stack:
            raise _Cycle(stack[stack.index(key):] + [key])
        node, text, cell = formulas[key]

        def value_of(ref: str) -> Decimal:
            if ref not in raw:
                c.error(name, cell, M.FORMULA_UNKNOWN_KEY.format(formula=text, key=ref))
                raise _Unresolved
            return compute(ref, stack + [key])

        try:
            exact = formula.evaluate(node, value_of)
        except _Cycle as cycle:
            results[key] = None
            if cycle.path[0] != key:
                raise
            c.error(name, cell, M.FORMULA_CYCLE.format(key=key, cycle=" → ".join(cycle.path)))
            raise _Unresolved from None
        except _Unresolved:
            results[key] = None
            raise
        except formula.FormulaError as exc:
            results[key] = None
            c.error(name, cell, M.FORMULA_NOT_COMPUTED.format(formula=text, detail=exc))
            raise _Unresolved from None
        results[key] = formula.to_decimal(exact)
        shown = typed.get(key)
        if shown is not None:
            # A typed value beside a formula is a check: it must be the result, as rounded when typed.
            places = max(0, -shown.as_tuple().exponent)
            if F.round_half_up(results[key], places) != shown:
                c.error(name, raw[key].address("Giá trị"), M.FORMULA_DIFFERS.format(
                    value=fmt_number(shown), formula=text, computed=fmt_number(results[key])))
        return results[key]

    out: dict[str, Decimal | None] = {}
    for key in raw:
        try:
            out[key] = compute(key, [])
        except (_Unresolved, _Cycle):
            out[key] = None
    return out


def _check_sums(c: _Checker, raw: dict[str, _Row], indicators: dict[str, Indicator],
                values: dict[str, Decimal | None]) -> None:
    """`Thuộc` names a whole; `Kiểm tra tổng` on the whole checks its parts: "bằng" they add up to
    it exactly, "không vượt" they do not exceed it. The error shows the addition with the cells."""
    name = S.SO_LIEU
    for key, ind in indicators.items():
        if not ind.parent:
            continue
        cell = raw[key].address("Thuộc")
        if ind.parent == key:
            c.error(name, cell, M.PARENT_SELF.format(key=key))
        elif ind.parent not in indicators:
            c.error(name, cell, M.PARENT_UNKNOWN.format(parent=ind.parent))
        else:
            path, up = [key], ind.parent
            while up and up not in path and up in indicators:
                path.append(up)
                up = indicators[up].parent
            if up == key:
                c.error(name, cell, M.PARENT_CYCLE.format(cycle=" → ".join(path + [key])))
    for key, row in raw.items():
        check = c.choice(name, row.cell("Kiểm tra tổng"), S.SUM_CHECKS)
        if not check:
            continue
        parts = [k for k, ind in indicators.items() if ind.parent == key and k != key]
        where = row.address("Công thức") if indicators[key].formula else row.address("Giá trị")
        if not parts:
            c.warn(name, row.address("Kiểm tra tổng"), M.SUM_NO_PARTS.format(key=key))
            continue
        if values.get(key) is None or any(values.get(k) is None for k in parts):
            continue     # a value that could not be read is reported at its own cell
        total = sum((values[k] for k in parts), Decimal(0))
        whole = values[key]
        if (check == "bằng" and total != whole) or (check == "không vượt" and total > whole):
            template = M.SUM_NOT_EQUAL if check == "bằng" else M.SUM_EXCEEDS
            cells = ", ".join(f"{k} ở {raw[k].address('Công thức') if indicators[k].formula else raw[k].address('Giá trị')}"
                              for k in parts)
            c.error(name, where, template.format(
                expression=" + ".join(fmt_number(values[k]) for k in parts), total=fmt_number(total),
                whole=fmt_number(whole), key=key, parts=cells))


def _series(c: _Checker, figures: dict[str, Indicator]) -> tuple[SeriesPoint, ...]:
    """`Chuỗi số liệu`: one value a year per Mã. All rows of a Mã are rates (with Mẫu số) or none
    is; the report year's value of an indicator also in `Số liệu` must be its Giá trị there."""
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.CHUOI_SO_LIEU)])
    if not rows:
        return ()
    name = S.CHUOI_SO_LIEU
    out: dict[tuple[str, int], SeriesPoint] = {}
    seen: dict[tuple[str, int], str] = {}
    kind: dict[str, tuple[bool, str]] = {}        # Mã → (rate?, cell that decided it)
    cells: dict[tuple[str, int], str] = {}        # (Mã, Năm) → its Giá trị cell
    so_lieu = {r.number: r for r in (c.rows(S.SHEET_BY_NORM[S.norm(S.SO_LIEU)]) or [])}
    for row in rows:
        key = c.text(name, row.cell("Mã"))
        if not key:
            continue
        if not markup.KEY.fullmatch(key):
            c.error(name, row.address("Mã"), M.KEY_INVALID.format(key=key))
            continue
        year_cell = row.cell("Năm")
        year = None if _blank(year_cell) or c.unusable(name, year_cell) else parse_count(year_cell.value)
        if year is None or isinstance(year, str) or not 1900 <= year <= 2200:
            c.error(name, row.address("Năm"), M.YEAR_INVALID.format(value=c.text(name, year_cell)))
            continue
        value = c.number(name, row.cell("Giá trị"))
        if value is None:
            if _blank(row.cell("Giá trị")):
                c.error(name, row.address("Giá trị"), M.SERIES_VALUE_MISSING.format(key=key, year=year))
            continue
        denominator = c.number(name, row.cell("Mẫu số"))
        if denominator == 0:
            c.error(name, row.address("Mẫu số"), M.DENOMINATOR_ZERO.format(key=f"{key} năm {year}"))
            continue
        if c.repeated(seen, (key, year), name, row.address("Năm"), M.SERIES_DUPLICATE, key=key, year=year):
            continue
        is_rate = denominator is not None
        first = kind.setdefault(key, (is_rate, row.address("Mẫu số")))
        if first[0] != is_rate:
            c.error(name, row.address("Mẫu số"), M.SERIES_MIXED.format(key=key, first=first[1]))
            continue
        out[(key, year)] = SeriesPoint(key, year, value, denominator)
        cells[(key, year)] = row.address("Giá trị")
    # The report year's value against Số liệu.
    for (key, year), point in out.items():
        ind = figures.get(key)
        if ind is None or year != c.year or ind.formula:
            continue
        if point.value != ind.value or (ind.denominator is not None and point.denominator is not None
                                        and point.denominator != ind.denominator):
            where = next((r.address("Giá trị") for r in so_lieu.values()
                          if c.text(S.SO_LIEU, r.cell("Mã")) == key), M.NO_CELL)
            c.error(name, cells[(key, year)], M.SERIES_DIFFERS.format(
                key=key, year=year, value=fmt_number(point.value), other=fmt_number(ind.value), cell=where))
    order = list(dict.fromkeys(k for k, _ in out))
    return tuple(sorted(out.values(), key=lambda p: (order.index(p.key), p.year)))


def _annexes(c: _Checker, figures: dict[str, Indicator]) -> tuple[IndicatorAnnex, ...]:
    """`Biểu chỉ tiêu`: one annex per key, its title on its first row, its rows the Mã in order."""
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.BIEU_CHI_TIEU)])
    if not rows:
        return ()
    name = S.BIEU_CHI_TIEU
    titles: dict[str, str] = {}
    members: dict[str, list[str]] = {}
    where: dict[str, str] = {}
    seen: dict[tuple[str, str], str] = {}
    for row in rows:
        key = c.text(name, row.cell("Biểu"))
        if not key:
            continue
        if not markup.KEY.fullmatch(key):
            c.error(name, row.address("Biểu"), M.KEY_INVALID.format(key=key))
            continue
        if key in ANNEX_KEYS:
            c.error(name, row.address("Biểu"), M.ANNEX_KEY_TAKEN.format(key=key))
            continue
        title = c.text(name, row.cell("Tiêu đề"))
        if key not in titles:
            titles[key] = title
            where[key] = row.address("Tiêu đề")
            members[key] = []
            if not title:
                c.error(name, row.address("Tiêu đề"), M.ANNEX_TITLE_MISSING.format(key=key))
        elif title and title != titles[key]:
            c.warn(name, row.address("Tiêu đề"), M.ANNEX_TITLE_LATER.format(key=key, first=where[key]))
        code = c.text(name, row.cell("Mã"))
        if not code:
            continue
        if code not in figures:
            c.error(name, row.address("Mã"), M.ANNEX_ROW_UNKNOWN.format(key=code))
            continue
        if c.repeated(seen, (key, code), name, row.address("Mã"), M.ANNEX_ROW_TWICE, key=code, annex=key):
            continue
        members[key].append(code)
    for key, codes in members.items():
        if not codes:
            c.error(name, where[key], M.ANNEX_EMPTY.format(key=key))
    return tuple(IndicatorAnnex(k, titles[k], tuple(v)) for k, v in members.items() if v and titles[k])


def _notes(c: _Checker) -> tuple[tuple[str, str], ...]:
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.CHU_THICH)])
    if rows is None:
        return ()
    out = []
    seen: dict[str, str] = {}
    for row in rows:
        key = c.text(S.CHU_THICH, row.cell("Mã"))
        if not key:
            continue    # a formula without value or an error, reported by text()
        if not markup.KEY.fullmatch(key):
            c.error(S.CHU_THICH, row.address("Mã"), M.KEY_INVALID.format(key=key))
            continue
        if c.repeated(seen, key, S.CHU_THICH, row.address("Mã"), M.KEY_DUPLICATE, key=key):
            continue
        out.append((key, c.text(S.CHU_THICH, row.cell("Nội dung"))))
    return tuple(out)


def _narrative(c: _Checker, figures, notes, template: str) -> tuple[Paragraph, ...]:
    rows = c.rows(S.SHEET_BY_NORM[S.norm(S.NOI_DUNG)])
    if rows is None:
        return ()
    out = []
    standard = {S.norm(s): s for s in S.STANDARD_SECTIONS}
    for row in rows:
        parts = [p.strip() for p in c.text(S.NOI_DUNG, row.cell("Mục")).split(">")]
        text = c.text(S.NOI_DUNG, row.cell("Đoạn văn"))
        if not all(parts):
            # ">" or "Kết quả >": a level without a name would print nothing and drop the paragraph.
            if text:
                c.error(S.NOI_DUNG, row.address("Mục"), M.SECTION_EMPTY_LEVEL.format(section=" > ".join(parts)))
            continue
        section = " > ".join(parts)
        if template == "xep-loai-chat-luong":
            # Extra Mục nest under a fixed one: "Kiểm điểm > Công tác chuẩn bị".
            head, _, rest = section.partition(" > ")
            if S.norm(head) not in standard:
                c.warn(S.NOI_DUNG, row.address("Mục"), M.SECTION_UNUSED.format(
                    section=section, hint=_closest(head, list(S.STANDARD_SECTIONS))))
                continue
            section = standard[S.norm(head)] + (f" > {rest}" if rest else "")
        c.check_markup(S.NOI_DUNG, row.cell("Đoạn văn"), text, figures, notes)
        if text:
            out.append(Paragraph(section, text))
    return tuple(out)
