"""Discipline (`Kỷ luật`): totals, the phrase that names them and the annex table.

"29 tổ chức đảng (khiển trách: 26, cảnh cáo: 03) và 1.090 đảng viên (khiển
trách: 789, cảnh cáo: 207, cách chức: 31, khai trừ: 63)" is printed by the
standard report in its own subsection, and by any text cell through `{ky_luat}`;
both templates attach the table per unit as an annex.
"""
from __future__ import annotations

from .. import model as S
from ..document import TABLE_CENTRE, TABLE_HEADING, TABLE_NUMBER, TABLE_TEXT, TABLE_TOTAL, TABLE_TOTAL_NUMBER
from ..document import Cell, Row, Table
from ..model import DisciplineRow
from ..wording import fmt_count, fmt_int
from .printed import Ledger, key


def total(rows: tuple[DisciplineRow, ...] | list[DisciplineRow], label: str = S.TOTAL) -> DisciplineRow:
    return DisciplineRow(label,
                         tuple(sum(r.organisations[i] for r in rows) for i in range(len(S.ORG_PENALTIES))),
                         tuple(sum(r.members[i] for r in rows) for i in range(len(S.MEMBER_PENALTIES))))


def _part(counts: tuple[int, ...], penalties: tuple[str, ...], noun: str, zero_pad: bool) -> str:
    listing = ", ".join(f"{p.lower()}: {fmt_count(n, zero_pad)}" for p, n in zip(penalties, counts) if n)
    head = f"{fmt_count(sum(counts), zero_pad)} {noun}"
    return f"{head} ({listing})" if listing else head


def phrase(rows: tuple[DisciplineRow, ...] | list[DisciplineRow], zero_pad: bool = True) -> str:
    """'29 tổ chức đảng (khiển trách: 26, cảnh cáo: 03) và 1.090 đảng viên (khiển trách: 789, …)';
    a side with no case is left out, unless both are empty."""
    t = total(rows)
    organisations = _part(t.organisations, S.ORG_PENALTIES, "tổ chức đảng", zero_pad)
    members = _part(t.members, S.MEMBER_PENALTIES, "đảng viên", zero_pad)
    if not sum(t.organisations) and sum(t.members):
        return members
    if sum(t.organisations) and not sum(t.members):
        return organisations
    return f"{organisations} và {members}"


def has_cases(rows: tuple[DisciplineRow, ...] | list[DisciplineRow]) -> bool:
    t = total(rows)
    return bool(sum(t.organisations) or sum(t.members))


TITLE = "KẾT QUẢ THI HÀNH KỶ LUẬT TỔ CHỨC ĐẢNG, ĐẢNG VIÊN"
ORGANISATIONS, MEMBERS = "Tổ chức đảng", "Đảng viên"
WIDTHS = (700, 4300, *(1030,) * 9)


def table(rows: tuple[DisciplineRow, ...] | list[DisciplineRow], printed: Ledger) -> Table:
    """STT | Đơn vị | Tổ chức đảng (tổng số and each penalty) | Đảng viên (the same), with a Tổng cộng row."""
    head = TABLE_HEADING
    top = Row((Cell(("STT",), head, merge="restart"), Cell(("Đơn vị",), head, merge="restart"),
               Cell(("Tổ chức đảng",), head, span=1 + len(S.ORG_PENALTIES)),
               Cell(("Đảng viên",), head, span=1 + len(S.MEMBER_PENALTIES))), header=True)
    sub = Row((Cell((), head, merge="continue"), Cell((), head, merge="continue"),
               *(Cell((name,), head) for name in ("Tổng số", *S.ORG_PENALTIES, "Tổng số", *S.MEMBER_PENALTIES))),
              header=True)
    numbers = Row(tuple(Cell((f"({i})",), head) for i in range(1, len(WIDTHS) + 1)), header=True)

    def unit_row(index: str, r: DisciplineRow, is_total: bool) -> Row:
        text, number = (TABLE_TOTAL, TABLE_TOTAL_NUMBER) if is_total else (TABLE_TEXT, TABLE_NUMBER)
        counts = (sum(r.organisations), *r.organisations, sum(r.members), *r.members)
        for side, side_counts, penalties in ((ORGANISATIONS, r.organisations, S.ORG_PENALTIES),
                                             (MEMBERS, r.members, S.MEMBER_PENALTIES)):
            printed.put(key(S.KY_LUAT, r.unit, f"{side} - Tổng số"), so=sum(side_counts))
            for penalty, count in zip(penalties, side_counts):
                printed.put(key(S.KY_LUAT, r.unit, f"{side} - {penalty}"), so=count)
        return Row((Cell((index,), text if is_total else TABLE_CENTRE), Cell((r.unit,), text),
                    *(Cell((fmt_int(n),), number) for n in counts)))

    body = [unit_row(str(i), r, False) for i, r in enumerate(rows, start=1)]
    return Table(WIDTHS, (top, sub, numbers, *body, unit_row("", total(rows), True)))
