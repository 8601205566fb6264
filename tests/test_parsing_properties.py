"""Properties of the cell parsers and of the Vietnamese number formats they must
read back: whatever a cell holds, parsing gives a value or a message, never an
exception."""
from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from drafter.figures import round_half_up
from drafter.workbook.values import clean_text, parse_count, parse_number
from drafter.wording import fmt_int, fmt_pct
from drafter.model import norm

counts = st.integers(min_value=0, max_value=10**12)
spaces = st.sampled_from(["", " ", "  ", "\t", "\u00a0", " \u00a0 "])
cell_values = st.none() | st.booleans() | st.integers() | st.floats() | st.text() | st.dates() | st.datetimes()


@given(counts)
def test_count_as_int(n):
    assert parse_count(n) == n


@given(st.integers(min_value=0, max_value=2**53))
def test_count_as_integral_float(n):
    assert parse_count(float(n)) == n


@given(counts, spaces, spaces)
def test_count_as_digits_with_surrounding_spaces(n, before, after):
    assert parse_count(f"{before}{n}{after}") == n


@given(counts)
def test_count_as_printed_with_thousands_dots(n):
    assert parse_count(fmt_int(n)) == n


@given(cell_values)
def test_count_never_raises(value):
    result = parse_count(value)
    assert isinstance(result, str) or (type(result) is int and result >= 0)


@given(st.integers(max_value=-1) | st.floats(max_value=-1e-9, allow_infinity=False))
def test_negative_count_is_a_message(value):
    for v in (value, str(value)):
        result = parse_count(v)
        assert isinstance(result, str) and result


@given(st.integers(min_value=1, max_value=10**9))
def test_negative_text_count_says_negative(n):
    assert "âm" in parse_count(f"-{n}")


@given(st.integers(min_value=1000, max_value=999_999).filter(lambda k: k % 1000))
def test_float_with_three_decimals_suggests_thousands_dot(k):
    # 1.149 typed on an English-locale machine arrives as the float 1.149 for 1149.
    message = parse_count(k / 1000)
    assert isinstance(message, str)
    assert "hàng nghìn" in message and fmt_int(k) in message and f"gõ lại {k} " in message


@given(cell_values)
def test_number_never_raises(value):
    result = parse_number(value)
    assert result is None or isinstance(result, (Decimal, str))
    if isinstance(result, Decimal):
        assert result.is_finite()


@given(st.integers(min_value=0, max_value=999), st.integers(min_value=0, max_value=99), spaces)
def test_number_reads_percent_as_printed(whole, hundredths, space):
    text = f"{space}{whole},{hundredths:02d}%{space}"        # "17,30%"
    assert parse_number(text) == Decimal(whole) + Decimal(hundredths) / 100


@given(st.decimals(min_value=0, max_value=999, places=4, allow_nan=False), st.integers(min_value=0, max_value=4))
def test_fmt_pct_uses_decimal_comma_and_parses_back(value, decimals):
    text = fmt_pct(value, decimals)
    assert "." not in text
    assert re.fullmatch(r"\d{1,3}(,\d+)?%", text), text
    assert parse_number(text) == round_half_up(value, decimals)


@given(counts)
def test_fmt_int_uses_thousands_dots(n):
    text = fmt_int(n)
    assert text == f"{n:,}".replace(",", ".")
    assert re.fullmatch(r"\d{1,3}(\.\d{3})*", text)


# ---- matching of names: NFC/NFD, case and spaces do not matter -------------------

VIETNAMESE = ("aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
              "0123456789")
words = st.lists(st.text(alphabet=VIETNAMESE, min_size=1, max_size=8), min_size=1, max_size=5)
gaps = st.lists(st.sampled_from([" ", "  ", "\t", " \u00a0"]), min_size=4, max_size=4)


@given(words, gaps, spaces, spaces, st.sampled_from([str.upper, str.lower, str.title, str.swapcase]),
       st.sampled_from(["NFC", "NFD"]))
def test_norm_ignores_normal_form_case_and_spaces(parts, inner, before, after, case, form):
    typed = before + "".join(w + gap for w, gap in zip(parts[:-1], inner)) + parts[-1] + after
    canonical = " ".join(parts)
    assert norm(unicodedata.normalize(form, case(typed))) == norm(canonical)


@given(cell_values)
def test_clean_text_removes_control_characters(value):
    text, removed = clean_text(value)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", text)
    assert clean_text(text) == (text, False)
    assert unicodedata.is_normalized("NFC", text)
