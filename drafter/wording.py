"""Vietnamese number, date and phrase formatting.

Numbers follow the conventions of Party documents: `1.149`, `17,30%`, counts
below 10 as `01`…`09` in running text, dates `ngày 05 tháng 01 năm 2024` and
`ngày 04-11-2020` (day below 10 and months 1 and 2 take a leading zero).
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from .figures import round_half_up


def _format(value: Decimal | int, decimals: int) -> str:
    """Babel's `#,##0.00` for `vi` ('.' groups thousands, ',' marks decimals), written
    out: babel parses the pattern and the locale on every call, a tenth of the cost
    of a whole report (tests/test_number_format.py holds the two to the same text)."""
    if decimals == 0 and type(value) is int and -_EXACT < value < _EXACT:
        return f"{value:,}".translate(_VI_SEPARATORS)   # a count: nothing to round
    value = Decimal(value).quantize(_QUANTA[decimals] if decimals in _QUANTA else Decimal(1).scaleb(-decimals),
                                    rounding=ROUND_HALF_UP)
    return f"{value:,.{decimals}f}".translate(_VI_SEPARATORS)


_QUANTA = {d: Decimal(1).scaleb(-d) for d in range(7)}
# Beyond Decimal's 28 digits quantize raises: such an int goes the Decimal way, as before.
_EXACT = 10 ** 27


_VI_SEPARATORS = str.maketrans({",": ".", ".": ","})


def fmt_int(n: int) -> str:
    """1149 → '1.149'."""
    return _format(n, 0)


def fmt_number(value: Decimal | int, decimals: int | None = None) -> str:
    """A plain value: given decimals (half-up), or as many as it has (up to 4)."""
    value = Decimal(value)
    if decimals is None:
        value = value.normalize()
        decimals = max(0, min(4, -value.as_tuple().exponent))
    return _format(round_half_up(value, decimals), decimals)


def fmt_count(n: int, zero_pad: bool = True) -> str:
    """A count in running text: 6 → '06' when the workbook asks for it."""
    if zero_pad and 0 < n < 10:
        return f"0{n}"
    return fmt_int(n)


def fmt_pct(value: Decimal, decimals: int = 2) -> str:
    """17.3 → '17,30%'; a share that rounds to a whole number prints without decimals:
    '100%', '20%', '88%' (10.064/11.436 = 88,0028…), as the Party's reports print them
    (no reference writes '20,00%'). Table cells keep their decimals (fmt_cell_pct)."""
    rounded = round_half_up(value, decimals)
    if rounded == rounded.to_integral_value():
        rounded = rounded + 0                  # -0,00 → 0
        return _format(rounded, 0) + "%"
    return _format(rounded, decimals) + "%"


def fmt_cell_pct(value: Decimal | None, decimals: int = 2) -> str:
    """A share in a table cell, without the % its column heading carries: '17,30', '100,00'
    (decimals aligned down the column); '-' when nobody was rated."""
    return "-" if value is None else fmt_number(value, decimals)


def _two(n: int, pad: bool) -> str:
    return f"{n:02d}" if pad else str(n)


def fmt_date_long(d: dt.date) -> str:
    """'ngày 10 tháng 3 năm 2021', 'ngày 05 tháng 01 năm 2024'."""
    return f"ngày {_two(d.day, d.day < 10)} tháng {_two(d.month, d.month < 3)} năm {d.year}"


def fmt_date_short(d: dt.date) -> str:
    """'04-11-2020', '10-3-2021' (as inside running text: 'ngày 04-11-2020')."""
    return f"{_two(d.day, d.day < 10)}-{_two(d.month, d.month < 3)}-{d.year}"


def change_phrase(delta: Decimal, decimals: int, against: str) -> str:
    """'tăng 0,44% so với năm 2019' / 'giảm …' / 'không thay đổi so với …'."""
    if delta > 0:
        return f"tăng {fmt_pct(delta, decimals)} so với {against}"
    if delta < 0:
        return f"giảm {fmt_pct(-delta, decimals)} so với {against}"
    return f"không thay đổi so với {against}"


def join_items(items: list[str], last: str = "và") -> str:
    """'a', 'a và b', 'a, b và c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]
