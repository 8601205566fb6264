"""The written-out number format of drafter.wording prints what babel prints for
`vi` with the same pattern (it replaced babel there for speed)."""
from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from drafter.figures import round_half_up
from drafter.wording import _format, fmt_int, fmt_pct


def babel(value, decimals: int) -> str:
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale="vi", decimal_quantization=True)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_integers_as_babel(n):
    assert _format(n, 0) == babel(n, 0)


@given(st.decimals(min_value=-10**9, max_value=10**9, allow_nan=False, allow_infinity=False, places=6),
       st.integers(min_value=0, max_value=4))
def test_rounded_decimals_as_babel(value, decimals):
    # Callers round half-up first (figures.round_half_up), as the report's arithmetic requires.
    rounded = round_half_up(value, decimals)
    assert _format(rounded, decimals) == babel(rounded, decimals)


def test_printed_forms():
    assert fmt_int(1149) == "1.149"
    assert fmt_int(29199) == "29.199"
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_pct(Decimal("17.3")) == "17,30%"
    assert fmt_pct(Decimal("0.145"), 2) == "0,15%"        # half-up, not half-even
    assert fmt_pct(Decimal("8.235"), 2) == "8,24%"
