"""Indicators of `Số liệu` and their markup in text cells: values, rates, changes against
`Kỳ trước`, comparisons with `Chỉ tiêu`, with the number conventions of workbook.md."""
from __future__ import annotations

import math
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import body_text, build, footnotes, info, assert_ooxml, run, write_workbook
from drafter.model import Indicator
from drafter.compose.narrative import indicator_text


def ind(value, denominator=None, previous=None, target=None) -> Indicator:
    d = lambda x: None if x is None else Decimal(str(x))  # noqa: E731
    return Indicator("ma", "", d(value), d(denominator), d(previous), d(target))


def text(indicator: Indicator, attribute: str = "", decimals: int = 2, zero_pad: bool = True) -> str:
    return indicator_text(indicator, attribute, decimals, zero_pad)


# ---- the figures of 124-BC/TU and the examples of workbook.md ---------------------------------

def test_rate_its_share_its_change_in_points_and_its_target_in_points():
    thon = ind(588, 756, previous="39.63", target=70)
    assert text(thon) == "588"
    assert text(thon, "tyle") == "77,78%"
    assert text(thon, "kytruoc") == "tăng 38,15%"
    assert text(thon, "chitieu") == "vượt 7,78%"


def test_value_changes_relatively_and_is_compared_as_a_share_of_its_target():
    assert text(ind(665, previous=698), "kytruoc") == "giảm 4,73%"
    assert text(ind(1810, previous=1853), "kytruoc") == "giảm 2,32%"
    assert text(ind(6225, target=5000), "chitieu") == "đạt 124,50%"
    assert text(ind(6225, target=5000)) == "6.225"


def test_rate_below_or_at_its_target():
    assert text(ind(280, 756, target="38.5"), "chitieu") == "thấp hơn 1,46%"
    assert text(ind(70, 100, target=70), "chitieu") == "ngang bằng"


def test_no_change():
    assert text(ind(70, 100, previous="70.00"), "kytruoc") == "không thay đổi"
    assert text(ind(665, previous=665), "kytruoc") == "không thay đổi"


def test_number_conventions():
    assert text(ind(1)) == "01"                              # counts below 10 take a zero …
    assert text(ind(1), zero_pad=False) == "1"               # … when the workbook asks for it
    assert text(ind(10)) == "10"
    assert text(ind(29651)) == "29.651"
    assert text(ind("41.29")) == "41,29"                     # a plain value keeps its decimals
    assert text(ind(1529, 1529), "tyle") == "100%"
    assert text(ind(9220, 29651), "tyle") == "31,10%"        # the reference prints 31,1%
    assert text(ind(588, 756), "tyle", decimals=1) == "77,8%"
    assert text(ind(588, 756, previous="39.63"), "kytruoc", decimals=1) == "tăng 38,2%"
    assert text(ind(7, 85), "tyle") == "8,24%"               # half-up, each on its own


def test_a_rate_known_only_as_a_percentage_is_typed_over_100():
    assert text(ind("76.68", 100, target="38.5"), "chitieu") == "vượt 38,18%"
    assert text(ind("14.29", 100), "tyle") == "14,29%"


def test_missing_column_prints_nothing():
    # Validation reports such a reference at its cell; a template reading chi_so gets "".
    assert text(ind(5), "tyle") == ""
    assert text(ind(5), "kytruoc") == ""
    assert text(ind(5, previous=0), "kytruoc") == ""
    assert text(ind(5, target=0), "chitieu") == ""


# ---- properties -------------------------------------------------------------------------------

def number(printed: str) -> Decimal:
    """'1.234,56%' → Decimal('1234.56')."""
    return Decimal(printed.rstrip("%").replace(".", "").replace(",", "."))


def movement(printed: str, up: str, down: str, same: str) -> Decimal:
    if printed == same:
        return Decimal(0)
    word = next(w for w in (up, down) if printed.startswith(w + " "))
    return number(printed[len(word) + 1:]) * (1 if word == up else -1)


def half_up(q: Fraction, decimals: int) -> Decimal:
    """An oracle independent of the code under test: floor(|q|·10^d + 1/2) with q's sign."""
    scaled = abs(q) * 10 ** decimals
    digits = math.floor(scaled + Fraction(1, 2))
    return (Decimal(digits) / Decimal(10) ** decimals).quantize(Decimal(1).scaleb(-decimals)) * (1 if q >= 0 else -1)


rates = st.integers(1, 100_000).flatmap(lambda d: st.tuples(st.integers(0, d), st.just(d)))
percents = st.integers(0, 10_000).map(lambda n: Decimal(n) / 100)
decimal_places = st.integers(0, 4)


@settings(max_examples=300, deadline=None)
@given(rates, percents, decimal_places)
def test_a_rates_change_in_points_is_the_difference_of_the_printed_rates(rate, previous, decimals):
    value, denominator = rate
    i = ind(value, denominator, previous=previous)
    printed_rate = number(text(i, "tyle", decimals))
    assert printed_rate == half_up(Fraction(value * 100, denominator), decimals)
    printed_previous = half_up(Fraction(previous), decimals)
    delta = movement(text(i, "kytruoc", decimals), "tăng", "giảm", "không thay đổi")
    assert delta == printed_rate - printed_previous


@settings(max_examples=300, deadline=None)
@given(rates, percents, decimal_places)
def test_a_rates_distance_to_its_target_is_the_difference_of_the_printed_rates(rate, target, decimals):
    value, denominator = rate
    i = ind(value, denominator, target=target)
    delta = movement(text(i, "chitieu", decimals), "vượt", "thấp hơn", "ngang bằng")
    assert delta == number(text(i, "tyle", decimals)) - half_up(Fraction(target), decimals)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10_000_000), st.integers(1, 10_000_000), decimal_places)
def test_a_values_change_is_relative_to_the_previous_value(value, previous, decimals):
    delta = movement(text(ind(value, previous=previous), "kytruoc", decimals), "tăng", "giảm", "không thay đổi")
    assert delta == half_up(Fraction(value - previous, previous) * 100, decimals)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000_000), st.integers(1, 10_000_000), decimal_places)
def test_a_value_against_its_target_is_its_share_of_the_target(value, target, decimals):
    printed = text(ind(value, target=target), "chitieu", decimals)
    assert printed.startswith("đạt ")
    assert number(printed[4:]) == half_up(Fraction(value * 100, target), decimals)


# ---- markup in the workbook, resolved in the built report -----------------------------------

INDICATORS = [
    {"Mã": "thon", "Nội dung": "Thôn", "Giá trị": 756},
    {"Mã": "thon_dv", "Nội dung": "Thôn trưởng là đảng viên", "Giá trị": 588, "Mẫu số": "thon",
     "Kỳ trước": 39.63, "Chỉ tiêu": 70},
    {"Mã": "tccsd", "Nội dung": "TCCSĐ", "Giá trị": 665, "Kỳ trước": 698},
    {"Mã": "kn", "Nội dung": "Kết nạp", "Giá trị": 6225, "Chỉ tiêu": 5000},
    {"Mã": "lop", "Nội dung": "Lớp", "Giá trị": 3},
    {"Mã": "nq01", "Nội dung": "Như thon_dv, mục tiêu 75%", "Giá trị": 588, "Mẫu số": 756, "Chỉ tiêu": 75},
]


def workbook(tmp_path, paragraphs: list[str], notes=(), indicators=INDICATORS, **info_items):
    return write_workbook(tmp_path / "so-lieu.xlsx", {
        "Thông tin": info(**info_items),
        "Số liệu": indicators,
        "Nội dung": [{"Mục": "Kết quả", "Đoạn văn": p} for p in paragraphs],
        "Chú thích": [{"Mã": k, "Nội dung": v} for k, v in notes],
    })


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("indicators")
    source = workbook(tmp, [
        "Có {thon_dv}/{thon} thôn trưởng là đảng viên (đạt {thon_dv.tyle}), {thon_dv.kytruoc} so với thời "
        "điểm ban hành Nghị quyết[^sk], {thon_dv.chitieu} so với mục tiêu Nghị quyết[^nq01].",
        "Số TCCSĐ từ 698 xuống còn {tccsd},{tccsd.kytruoc};kết nạp {kn} đảng viên ({kn.chitieu} chỉ tiêu).",
        "Mở {lop} lớp; dấu ngoặc nhọn viết {{như thế này}} và {{thon}} không phải số liệu.",
        "- {thon_dv.kytruoc} so với năm trước.",
        "{kn.chitieu} chỉ tiêu kết nạp.",
    ], notes=[("sk", "Ghi chú: {thon} thôn."), ("nq01", "{nq01.chitieu} so với Nghị quyết số 01-NQ/TU.")])
    return build(source, tmp / "out.docx")


def test_figures_print_in_the_sentence(built):
    text = body_text(built)
    assert ("Có 588/756 thôn trưởng là đảng viên (đạt 77,78%), tăng 38,15% so với thời điểm ban hành Nghị "
            "quyết, vượt 7,78% so với mục tiêu Nghị quyết.") in text


def test_keys_next_to_punctuation_and_several_on_one_line(built):
    assert "Số TCCSĐ từ 698 xuống còn 665,giảm 4,73%;kết nạp 6.225 đảng viên (đạt 124,50% chỉ tiêu)." \
        in body_text(built)


def test_double_braces_print_braces_and_counts_below_ten_take_a_zero(built):
    assert "Mở 03 lớp; dấu ngoặc nhọn viết {như thế này} và {thon} không phải số liệu." in body_text(built)


def test_a_figure_that_opens_a_sentence_takes_a_capital(built):
    text = body_text(built)
    assert "- Tăng 38,15% so với năm trước." in text
    assert "Đạt 124,50% chỉ tiêu kết nạp." in text
    assert footnotes(built) == ["Ghi chú: 756 thôn.", "Vượt 2,78% so với Nghị quyết số 01-NQ/TU."]


def test_the_report_is_well_formed(built):
    assert_ooxml(built)


def test_decimals_of_the_workbook_apply(tmp_path):
    source = workbook(tmp_path, ["Đạt {thon_dv.tyle}, {thon_dv.kytruoc}."], **{"Số thập phân": 1})
    assert "Đạt 77,8%, tăng 38,2%." in body_text(build(source, tmp_path / "out.docx"))


def test_change_against_zero_is_an_error_naming_the_cell(tmp_path):
    indicators = INDICATORS + [{"Mã": "moi", "Nội dung": "Mới", "Giá trị": 5, "Kỳ trước": 0}]
    source = workbook(tmp_path, ["Có {moi} tổ chức.", "Tăng {moi.kytruoc}."], indicators=indicators)
    result = run("validate", source)
    assert result.returncode == 1
    assert "lỗi · Nội dung · B3 · \"{moi.kytruoc}\" không tính được vì Kỳ trước của chỉ tiêu \"moi\" bằng 0" \
        in result.stderr


def test_unknown_key_and_missing_column_name_the_cell(tmp_path):
    source = workbook(tmp_path, ["Có {khong_co} thôn.", "Đạt {tccsd.tyle}."])
    result = run("validate", source)
    assert result.returncode == 1
    assert "lỗi · Nội dung · B2 · mã \"khong_co\" không có trong sheet \"Số liệu\"" in result.stderr
    assert "lỗi · Nội dung · B3 · \"{tccsd.tyle}\" cần cột \"Mẫu số\" của chỉ tiêu \"tccsd\"" in result.stderr
