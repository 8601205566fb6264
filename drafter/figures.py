"""Pure arithmetic on the model: shares, rounding, changes between years.

Everything is Decimal and rounded half-up, so a reader who divides 7 by 85 on a
calculator finds the printed 8,24 %. Changes are computed from the *printed*
(rounded) percentages so the text stays self-consistent.
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

HUNDRED = Decimal(100)


def quantum(decimals: int) -> Decimal:
    return _QUANTA[decimals] if decimals in _QUANTA else Decimal(1).scaleb(-decimals)


_QUANTA = {d: Decimal(1).scaleb(-d) for d in range(7)}     # Decimal is immutable: shared safely


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


def average_growth(first: Decimal, last: Decimal, years: int, decimals: int = 2) -> Decimal | None:
    """Average annual growth in %, compounded: ((last / first) ^ (1 / years) − 1) × 100, rounded
    half-up (1.406 → 2.025 over 5 years: 7,57). None when it is not defined (first ≤ 0, no years)."""
    if years <= 0 or first <= 0 or last < 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 40
        rate = (Decimal(last) / Decimal(first)) ** (Decimal(1) / Decimal(years))
        return round_half_up((rate - 1) * HUNDRED, decimals)


def average_change(first: Decimal, last: Decimal, years: int, decimals: int = 2) -> Decimal | None:
    """Average change per year of a rate, in points: (last − first) / years."""
    if years <= 0:
        return None
    return round_half_up((Decimal(last) - Decimal(first)) / years, decimals)


# What a figure is against its target: beyond it, on it, or short of it.
BEYOND, MET, SHORT = "vượt", "đạt", "chưa đạt"


def verdict(value: Decimal, target: Decimal, kind: str = "", high: Decimal | None = None) -> str:
    """`value` against a target of model.TARGET_KINDS. A plain number or `≥` is a floor: above it
    is beyond, on it met. `>` and `<` are strict bounds: met when kept, never "beyond". `≤` is a
    ceiling (lower is better). A range is met inside; beyond its high end is beyond."""
    if kind in ("", "≥"):
        return BEYOND if value > target else MET if value == target else SHORT
    if kind == ">":
        return MET if value > target else SHORT
    if kind == "≤":
        return BEYOND if value < target else MET if value == target else SHORT
    if kind == "<":
        return MET if value < target else SHORT
    if value < target:
        return SHORT
    return BEYOND if high is not None and value > high else MET
