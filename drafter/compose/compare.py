"""Comparison annexes ("phụ lục so sánh"): the ratings over the years and unit by unit.

Two tables per rating subject: one row per year (counts where known, the shares of
the four categories and their change in points from the year before, with a chart
of the shares), and one row per unit, this year against the year before. They come
from the yearly workbooks given (ordered by `Năm đánh giá`, so the order on the
command line does not matter) and the history their `Các năm trước` sheets carry.

Which figure a year shows follows the report's own "so với năm …" sentences
(standard.previous_shares): a percentage published for that year wins over one
computed from counts, so the annex and the report never print two different
shares for one year; a published share that disagrees with the counts of that
year's workbook is reported as a warning.

`drafter compare` renders the annexes as a document of their own (template
`so-sanh`: the header block, "PHỤ LỤC SO SÁNH", the "(Kèm theo Báo cáo số …)"
line of the latest workbook, then landscape tables); `drafter build
--phu-luc-so-sanh` appends them to the report, numbered after its own annexes.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .. import figures
from .. import messages as M
from .. import model as S
from ..document import (ANNEX_NUMBER, ANNEX_SUBTITLE, ANNEX_TITLE, BODY_TEXT, CAPTION, ITEM, TABLE_CENTRE,
                        TABLE_HEADING, TABLE_NUMBER, TABLE_TEXT, TABLE_TOTAL, TABLE_TOTAL_NUMBER, Block, Cell,
                        Chart, Row, Table, para)
from ..errors import SameYear
from ..model import RatingTable, Report, UnitRating, unit_key
from ..problems import Level, Problem
from ..wording import fmt_cell_pct, fmt_date_short, fmt_int, fmt_number, fmt_pct, join_items
from .common import ANNEX_SUBJECT, Settings, issuing_body, settings_for, year_shares

# A chart fits under a five-year table on the same landscape page.
CHART_WIDTH_CM, CHART_HEIGHT_CM = 22.0, 7.0
# Body rows use TableCentre, not TableHeading, for STT and years: TableHeading keeps with
# the next paragraph, which would chain every row and move a long table to a page of its own.
CELL_MARGIN = 57                       # 1 mm: lets 12 pt "100,00" fit the narrow share columns
YEAR_WIDTHS = (700, 1000, *(820, 800, 820) * 4, 3100)
UNIT_WIDTHS = (600, 2940, 800, 800, *(785,) * 12)


# ---- figures -------------------------------------------------------------------------

@dataclass(frozen=True)
class YearRow:
    year: int
    counts: tuple[int, int, int, int] | None      # None: only published shares are known
    shares: tuple[Decimal | None, ...]
    notes: tuple[str, ...] = ()                   # for the Ghi chú column

    @property
    def rated(self) -> int | None:
        return None if self.counts is None else sum(self.counts)


@dataclass(frozen=True)
class UnitLine:
    unit: str
    now: UnitRating | None
    before: UnitRating | None


def ordered(reports: list[Report] | tuple[Report, ...]) -> tuple[Report, ...]:
    """The workbooks by `Năm đánh giá`; two for one year is an error (SameYear, with the
    positions of the two on the command line)."""
    seen: dict[int, int] = {}
    for i, r in enumerate(reports):
        if r.info.year in seen:
            raise SameYear(r.info.year, seen[r.info.year], i)
        seen[r.info.year] = i
    return tuple(sorted(reports, key=lambda r: r.info.year))


def shares_of(counts: tuple[int, ...], s: Settings) -> tuple[Decimal | None, ...]:
    return tuple(figures.shares(counts, s.decimals, s.round_to_100))


def _published(reports: tuple[Report, ...]) -> dict[tuple[int, str, bool], tuple[Decimal, ...]]:
    """`Các năm trước` rows of all workbooks; where two give the same year, subject and
    kind, the later workbook's (the more recent publication) is kept."""
    out: dict[tuple[int, str, bool], tuple[Decimal, ...]] = {}
    for report in reports:                                   # oldest first: later ones overwrite
        for h in report.history:
            out[(h.year, h.subject, h.is_percent)] = h.values
    return out


def year_rows(reports: tuple[Report, ...], subject: str, s: Settings) -> tuple[list[YearRow], list[Problem]]:
    """One row per year known for `subject`, oldest first, and the disagreements found."""
    books = {r.info.year: r for r in reports if (t := r.rating(subject)) is not None and t.rows}
    history = _published(reports)
    years = sorted(set(books) | {y for (y, subj, _) in history if subj == subject})   # each has counts or %
    rows, problems = [], []
    for year in years:
        book = books.get(year)
        published = history.get((year, subject, True))
        if book is not None:
            counts = book.rating(subject).total().counts
        elif (year, subject, False) in history:
            counts = tuple(int(v) for v in history[(year, subject, False)])
        else:
            counts = None
        shares = tuple(year_shares(published, counts, s))
        if published is not None and counts is not None:
            problems += _disagreement(year, subject, published, counts, s)
        rows.append(YearRow(year, counts, shares, _sources(book, counts is not None, published is not None)))
    return rows, problems


def _sources(book: Report | None, has_counts: bool, has_published: bool) -> tuple[str, ...]:
    """Where a year's row comes from, for its Ghi chú cell."""
    if book is not None:
        return ((f"Tỷ lệ đã công bố; số lượng: Báo cáo số {book.info.number}",) if has_published
                else (f"Báo cáo số {book.info.number}",))
    if has_published:
        return ("Tỷ lệ, số lượng đã công bố" if has_counts else "Tỷ lệ đã công bố",)
    return ("Số lượng đã công bố",)


def _disagreement(year: int, subject: str, published: tuple[Decimal, ...], counts: tuple[int, ...],
                  s: Settings) -> list[Problem]:
    """A published share that is not what that year's counts give, compared at the precision
    it was typed with ("18,5" agrees with 18,49 %), so only a real difference is reported."""
    out = []
    rated = sum(counts)
    for code, value, count in zip(S.CATEGORIES, published, counts):
        places = max(0, min(s.decimals, -value.normalize().as_tuple().exponent))
        computed = figures.percent(count, rated, places)
        if computed is not None and computed != figures.round_half_up(value, places):
            out.append(Problem(Level.WARNING, S.CAC_NAM_TRUOC, M.NO_CELL, M.COMPARE_PUBLISHED_DIFFERS.format(
                year=year, subject=subject, code=code, published=fmt_pct(value, s.decimals),
                computed=fmt_pct(figures.percent(count, rated, s.decimals), s.decimals),
                count=fmt_int(count), rated=fmt_int(rated))))
    return out


def unit_lines(now: RatingTable, before: RatingTable) -> list[UnitLine]:
    """This year's units in their order, each with last year's row of the same name; then
    the units of last year only, in their order."""
    previous = {unit_key(u.unit): u for u in before.rows}
    matched = set()
    lines = []
    for u in now.rows:
        key = unit_key(u.unit)
        lines.append(UnitLine(u.unit, u, previous.get(key)))
        matched.add(key)
    lines += [UnitLine(u.unit, None, u) for u in before.rows if unit_key(u.unit) not in matched]
    return lines


# ---- tables ----------------------------------------------------------------------------

def fmt_change(delta: Decimal | None, decimals: int) -> str:
    """A change in points as printed in the tables: '+0,44', '-1,29', '0,00'."""
    if delta is None:
        return ""
    sign = "+" if delta > 0 else "-" if delta < 0 else ""
    return sign + fmt_number(abs(delta), decimals)


def _head(text: str, **kw) -> Cell:
    return Cell((text,) if text else (), TABLE_HEADING, **kw)


def _num(text: str, total: bool = False) -> Cell:
    return Cell((text,) if text else (), TABLE_TOTAL_NUMBER if total else TABLE_NUMBER)


CHANGE_HEAD = "Tăng, giảm"


def year_table(rows: list[YearRow], s: Settings) -> Table:
    top = Row((_head("Năm", merge="restart"), _head("Số được xếp loại", merge="restart"),
               *(_head(S.CATEGORY_NAMES[c].capitalize(), span=3) for c in S.CATEGORIES),
               _head("Ghi chú", merge="restart")), header=True)
    sub = Row((_head("", merge="continue"), _head("", merge="continue"),
               *(c for _ in S.CATEGORIES for c in (_head("Số lượng"), _head("Tỷ lệ %"), _head(CHANGE_HEAD))),
               _head("", merge="continue")), header=True)
    numbers = Row(tuple(_head(f"({i})") for i in range(1, len(YEAR_WIDTHS) + 1)), header=True)
    body = []
    for i, row in enumerate(rows):
        before = rows[i - 1] if i else None
        notes = list(row.notes)
        if before is not None and before.year != row.year - 1:
            notes.append(f"tăng, giảm so với năm {before.year}")
        cells = [Cell((str(row.year),), TABLE_CENTRE),
                 _num("" if row.rated is None else fmt_int(row.rated))]
        for k in range(4):
            cells.append(_num("" if row.counts is None else fmt_int(row.counts[k])))
            cells.append(_num(fmt_cell_pct(row.shares[k], s.decimals)))
            delta = None if before is None else figures.change(row.shares[k], before.shares[k])
            cells.append(_num(fmt_change(delta, s.decimals)))
        cells.append(Cell(("; ".join(notes),), TABLE_TEXT))
        body.append(Row(tuple(cells)))
    return Table(YEAR_WIDTHS, (top, sub, numbers, *body), cell_margin=CELL_MARGIN)


def unit_table(lines: list[UnitLine], now: RatingTable, before: RatingTable, year: int, last: int,
               s: Settings) -> Table:
    top = Row((_head("STT", merge="restart"), _head("Đơn vị", merge="restart"),
               _head("Số được xếp loại", span=2),
               *(_head(S.CATEGORY_NAMES[c].capitalize() + " (%)", span=3) for c in S.CATEGORIES)), header=True)
    sub = Row((_head("", merge="continue"), _head("", merge="continue"),
               _head(f"Năm {year}"), _head(f"Năm {last}"),
               *(c for _ in S.CATEGORIES for c in (_head(f"Năm {year}"), _head(f"Năm {last}"), _head(CHANGE_HEAD)))),
              header=True)
    numbers = Row(tuple(_head(f"({i})") for i in range(1, len(UNIT_WIDTHS) + 1)), header=True)

    def line_row(index: str, name: tuple[str, ...], a: UnitRating | None, b: UnitRating | None,
                 total: bool) -> Row:
        sa = shares_of(a.counts, s) if a is not None else (None,) * 4
        sb = shares_of(b.counts, s) if b is not None else (None,) * 4
        cells = [Cell((index,), TABLE_TOTAL if total else TABLE_CENTRE),
                 Cell(name, TABLE_TOTAL if total else TABLE_TEXT),
                 _num("" if a is None else fmt_int(a.rated), total),
                 _num("" if b is None else fmt_int(b.rated), total)]
        for k in range(4):
            cells.append(_num("" if a is None else fmt_cell_pct(sa[k], s.decimals), total))
            cells.append(_num("" if b is None else fmt_cell_pct(sb[k], s.decimals), total))
            delta = figures.change(sa[k], sb[k]) if a is not None and b is not None else None
            cells.append(_num(fmt_change(delta, s.decimals), total))
        return Row(tuple(cells))

    body = []
    for i, line in enumerate(lines, start=1):
        name = line.unit
        if line.before is None:
            name += "\n" + f"(chỉ có số liệu năm {year})"
        elif line.now is None:
            name += "\n" + f"(chỉ có số liệu năm {last})"
        body.append(line_row(str(i), (name,), line.now, line.before, False))
    body.append(line_row("", (S.TOTAL,), now.total(), before.total(), True))
    return Table(UNIT_WIDTHS, (top, sub, numbers, *body), cell_margin=CELL_MARGIN)


# ---- the annexes ----------------------------------------------------------------------

def year_span(years: list[int]) -> str:
    return f"{years[0]}-{years[-1]}" if len(years) > 1 else str(years[0])


def attached_to(report: Report) -> str:
    info = report.info
    return f"(Kèm theo Báo cáo số {info.number}, ngày {fmt_date_short(info.date)} của {issuing_body(report)})"


@dataclass
class Annexes:
    """The comparison annexes of a set of workbooks, ready for a template."""
    blocks: list[Block] = field(default_factory=list)
    charts: list[Chart] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    listing: list[str] = field(default_factory=list)      # "Biểu số 1: …" for the cover
    years: list[int] = field(default_factory=list)        # every year shown
    not_compared: list[str] = field(default_factory=list)  # subjects with a single year


def annexes(reports: list[Report] | tuple[Report, ...], first_number: int = 1, charts: bool = True) -> Annexes:
    """The blocks of the comparison annexes, numbered from `first_number` (no section
    break: the caller puts them in a landscape section)."""
    books = ordered(reports)
    latest = books[-1]
    s = settings_for(latest)
    out = Annexes()
    subtitle = attached_to(latest)
    number, chart_number = first_number, 1
    years_shown: set[int] = set()
    for subject in S.SUBJECTS:
        rows, problems = year_rows(books, subject, s)
        out.problems += problems
        name = ANNEX_SUBJECT[subject]
        if len(rows) < 2:
            if rows:
                out.not_compared.append(name)
            continue
        years = [r.year for r in rows]
        years_shown |= set(years)
        title = f"Kết quả đánh giá, xếp loại chất lượng {name} các năm {year_span(years)}"
        out.blocks += [para(ANNEX_NUMBER, f"Biểu số {number}"), para(ANNEX_TITLE, title.upper()),
                       para(ANNEX_SUBTITLE, subtitle), year_table(rows, s)]
        listing = f"Biểu số {number}: {title}"
        number += 1
        if charts:
            caption = f"Biểu đồ {chart_number}. Tỷ lệ xếp loại chất lượng {name} các năm {year_span(years)} (%)"
            series = tuple((S.CATEGORY_NAMES[c].capitalize(), tuple(r.shares[k] for r in rows))
                           for k, c in enumerate(S.CATEGORIES))
            chart = Chart(tuple(years), series, s.decimals, CHART_WIDTH_CM, CHART_HEIGHT_CM,
                          f"Biểu đồ {chart_number}", caption)
            out.charts.append(chart)
            out.blocks += [chart, para(CAPTION, caption)]
            listing += f" (kèm biểu đồ {chart_number})"
            chart_number += 1
        out.listing.append(listing)

        units = _unit_comparison(books, subject)
        if units is not None:
            lines, now, before = units
            year, last = now[0], before[0]
            title = (f"Kết quả đánh giá, xếp loại chất lượng {name} theo đơn vị, "
                     f"năm {year} so với năm {last}")
            out.blocks += [para(ANNEX_NUMBER, f"Biểu số {number}"), para(ANNEX_TITLE, title.upper()),
                           para(ANNEX_SUBTITLE, subtitle), unit_table(lines, now[1], before[1], year, last, s)]
            out.listing.append(f"Biểu số {number}: {title}")
            number += 1
    out.years = sorted(years_shown)
    return out


def _unit_comparison(books: tuple[Report, ...], subject: str):
    """(lines, (year, table), (last year, table)) for the latest two workbooks with rows of
    `subject`, when the latest workbook is one of them; else None."""
    having = [r for r in books if (t := r.rating(subject)) is not None and t.rows]
    if len(having) < 2 or having[-1] is not books[-1]:
        return None
    now, before = having[-1], having[-2]
    now_table, before_table = now.rating(subject), before.rating(subject)
    return (unit_lines(now_table, before_table), (now.info.year, now_table), (before.info.year, before_table))


# ---- the document of `drafter compare` ---------------------------------------------------

def cover(made: Annexes, books: tuple[Report, ...]) -> list[Block]:
    """The first page under the title: where the figures come from, how to read them,
    what could not be compared, and the list of tables."""
    sources = [f"năm {r.info.year} theo Báo cáo số {r.info.number}, ngày {fmt_date_short(r.info.date)}"
               for r in books]
    from_books = {r.info.year for r in books}
    published = sorted({h.year for r in books for h in r.history} - from_books)
    published = [y for y in published if y in made.years]
    if published:
        sources.append(f"{'năm' if len(published) == 1 else 'các năm'} {join_items([str(y) for y in published])}: "
                       "số liệu đã công bố trong các báo cáo hằng năm")
    blocks: list[Block] = [
        para(BODY_TEXT, "Nguồn số liệu: " + "; ".join(sources) + "."),
        para(BODY_TEXT, "Tỷ lệ từng loại tính trên số được xếp loại; tăng (+), giảm (-) là hiệu số giữa tỷ lệ "
                         "của năm đó với tỷ lệ của năm liền trước (điểm phần trăm), tính từ các tỷ lệ in trong biểu."),
    ]
    if made.not_compared:
        blocks.append(para(BODY_TEXT, "Chưa có số liệu năm trước để so sánh đối với "
                                       + join_items(made.not_compared) + "."))
    blocks.append(para(BODY_TEXT, "Danh mục biểu:"))
    blocks += [para(ITEM, f"- {line}.") for line in made.listing]
    return blocks


