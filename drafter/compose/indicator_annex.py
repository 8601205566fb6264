"""The indicator annexes of `Biểu chỉ tiêu`: one table per annex key, a row per indicator,
target against achievement (the annexes of the term reviews: chỉ tiêu, thực hiện, % đạt).

Columns: STT · Chỉ tiêu · Đơn vị tính · Kỳ trước · Chỉ tiêu · Thực hiện · So sánh (%) ·
Đánh giá; a column with no figure in any row is left out and its width goes to the names.
A part (`Thuộc`) sits under its whole in the same annex, numbered 1.1, 1.2 and indented.
"So sánh (%)" is Thực hiện / Chỉ tiêu × 100 (a rate's share over its target rate, as the
references compute it: 37,04 / 38,5 → 96,21); a range has no single target to divide by.
"""
from __future__ import annotations

from typing import Callable

from .. import figures
from ..document import TABLE_CENTRE, TABLE_HEADING, TABLE_NUMBER, TABLE_TEXT, Block, Cell, Row, Table
from ..model import Indicator, IndicatorAnnex, Report
from ..wording import fmt_cell_pct, fmt_number
from .common import annex_head
from .indicators import lookup, value_text
from .narrative import Resolver
from .printed import key

# Where the ledger keeps an annex's figures: "Biểu chỉ tiêu · ct · grdp".
SHEET = "Biểu chỉ tiêu"
COLUMNS = ("STT", "Chỉ tiêu", "Đơn vị tính", "Kỳ trước", "Chỉ tiêu", "Thực hiện", "So sánh (%)", "Đánh giá")
WIDTHS = (900, 0, 1300, 1400, 1400, 1400, 1400, 1500)      # twips; the names take what is left
TEXT_WIDTH = 14400                                          # landscape A4 between the margins
INDENT = "\u2003"                                           # an em space per level under the whole
# What the ledger calls each column.
FIELDS = (None, None, "don_vi", "ky_truoc", "chi_tieu", "thuc_hien", "so_sanh", "danh_gia")


def builders(report: Report, resolver: Resolver) -> dict[str, Callable[[int], list[Block]]]:
    """Each annex of `Biểu chỉ tiêu`, by key, as a function of the number it is given."""
    def one(annex: IndicatorAnnex) -> Callable[[int], list[Block]]:
        return lambda n: [*annex_head(report, n, annex.title.upper()), table(report, annex, resolver)]
    return {annex.key: one(annex) for annex in report.annexes}


def ordered(annex: IndicatorAnnex, indicators: dict[str, Indicator]) -> list[tuple[str, int, str]]:
    """(Mã, depth, STT) in print order: each row followed by its parts, at every level."""
    members = list(annex.rows)
    children: dict[str, list[str]] = {}
    roots = []
    for code in members:
        parent = indicators[code].parent
        if parent in members and parent != code:
            children.setdefault(parent, []).append(code)
        else:
            roots.append(code)
    out: list[tuple[str, int, str]] = []

    def walk(codes: list[str], depth: int, prefix: str, seen: set[str]) -> None:
        for i, code in enumerate(codes, start=1):
            if code in seen:        # a cycle of Thuộc is a validation error; never loop here
                continue
            number = f"{prefix}{i}"
            out.append((code, depth, number))
            walk(children.get(code, []), depth + 1, f"{number}.", seen | {code})

    walk(roots, 0, "", set())
    return out


def target_text(ind: Indicator) -> str:
    """`Chỉ tiêu` as a table cell: '70', '≥ 90', '19 - 20'."""
    if ind.target is None:
        return ""
    if ind.target_kind == "-":
        return f"{fmt_number(ind.target)} - {fmt_number(ind.target_high)}"
    return f"{ind.target_kind} {fmt_number(ind.target)}" if ind.target_kind else fmt_number(ind.target)


def row_figures(ind: Indicator, decimals: int) -> tuple[str, ...]:
    """Đơn vị tính, Kỳ trước, Chỉ tiêu, Thực hiện, So sánh (%), Đánh giá of one indicator."""
    d = ind.decimals if ind.decimals is not None else decimals
    if ind.is_rate:
        now = figures.percent(ind.value, ind.denominator, d)
        before = "" if ind.previous is None else fmt_cell_pct(figures.round_half_up(ind.previous, d), d)
        done = fmt_cell_pct(now, d)
        unit = ind.unit or "%"
    else:
        now = ind.value
        vd = ind.decimals
        before = "" if ind.previous is None else value_text(ind.previous, vd, False)
        done = value_text(ind.value, vd, False)
        unit = ind.unit
    ratio = verdict = ""
    if ind.target is not None:
        if ind.target_kind != "-" and ind.target:
            ratio = fmt_cell_pct(figures.percent(now, ind.target, d), d)
        word = figures.verdict(now, ind.target, ind.target_kind, ind.target_high)
        verdict = word[:1].upper() + word[1:]
    return unit, before, target_text(ind), done, ratio, verdict


def table(report: Report, annex: IndicatorAnnex, resolver: Resolver) -> Table:
    indicators = lookup(report)
    decimals = report.info.decimals
    lines = [(code, depth, number, row_figures(indicators[code], decimals))
             for code, depth, number in ordered(annex, indicators)]
    # STT and Chỉ tiêu always; the others when some row has a figure for them.
    keep = [0, 1] + [i for i in range(2, len(COLUMNS)) if any(line[3][i - 2] for line in lines)]
    widths = [WIDTHS[i] for i in keep]
    widths[1] = TEXT_WIDTH - sum(widths)
    styles = (TABLE_CENTRE, TABLE_TEXT, TABLE_CENTRE, TABLE_NUMBER, TABLE_NUMBER, TABLE_NUMBER, TABLE_NUMBER,
              TABLE_CENTRE)
    rows = [Row(tuple(Cell((COLUMNS[i],), TABLE_HEADING) for i in keep), header=True),
            Row(tuple(Cell((f"({n})",), TABLE_HEADING) for n in range(1, len(keep) + 1)), header=True)]
    for code, depth, number, values in lines:
        ind = indicators[code]
        cells = (number, INDENT * depth + (ind.label or code), *values)
        rows.append(Row(tuple(Cell((cells[i],) if cells[i] else (), styles[i]) for i in keep)))
        resolver.printed.put(key(SHEET, annex.key, code), **{
            FIELDS[i]: cells[i] for i in keep if FIELDS[i] and cells[i]})
    return Table(tuple(widths), tuple(rows))

