"""Pure arithmetic on the model: shares, rounding, changes between years.

Everything is Decimal and rounded half-up, so a reader who divides 7 by 85 on a
calculator finds the printed 8,24 %. Changes are computed from the *printed*
(rounded) percentages so the text stays self-consistent.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

HUNDRED = Decimal(100)


def quantum(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(quantum(decimals), rounding=ROUND_HALF_UP)


def percent(part: int | Decimal, whole: int | Decimal, decimals: int = 2) -> Decimal | None:
    """part/whole in %, rounded half-up; None when whole is zero."""
    if not whole:
        return None
    return round_half_up(Decimal(part) * HUNDRED / Decimal(whole), decimals)


def largest_remainder(parts: tuple[int, ...] | list[int], decimals: int = 2) -> list[Decimal] | None:
    """Shares of sum(parts) that add up to exactly 100: each share is floored to
    the quantum, then the leftover quanta go to the largest remainders; ties go
    to the category listed first."""
    whole = sum(parts)
    if not whole:
        return None
    q = quantum(decimals)
    units = [Decimal(p) * HUNDRED / Decimal(whole) / q for p in parts]
    floors = [u.to_integral_value(rounding="ROUND_FLOOR") for u in units]
    missing = int(HUNDRED / q - sum(floors))
    order = sorted(range(len(parts)), key=lambda i: (-(units[i] - floors[i]), i))
    for i in order[:missing]:
        floors[i] += 1
    return [(f * q).quantize(q) for f in floors]


def shares(parts: tuple[int, ...], decimals: int = 2, round_to_100: bool = False) -> list[Decimal | None]:
    """The share of each part in their sum, per the workbook's rounding setting."""
    if round_to_100:
        result = largest_remainder(parts, decimals)
        return list(result) if result else [None] * len(parts)
    whole = sum(parts)
    return [percent(p, whole, decimals) for p in parts]


def change(now: Decimal | None, before: Decimal | None) -> Decimal | None:
    """Difference in points between two printed percentages."""
    if now is None or before is None:
        return None
    return now - before


def relative_change(now: Decimal, before: Decimal, decimals: int = 2) -> Decimal | None:
    """Relative change of a plain value in % (698 → 665: -4,73)."""
    if not before:
        return None
    return round_half_up((Decimal(now) - Decimal(before)) * HUNDRED / Decimal(before), decimals)


def quota_exceeded(htxsnv: int, httnv: int) -> bool:
    """HTXSNV above 20 % of HTTNV (Quy định 124-QĐ/TW, formerly 132-QĐ/TW)."""
    return htxsnv * 5 > httnv
