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


@settings(deadline=None)
@given(rates, percents, decimal_places)
def test_a_rates_change_in_points_is_the_difference_of_the_printed_rates(rate, previous, decimals):
    value, denominator = rate
    i = ind(value, denominator, previous=previous)
    printed_rate = number(text(i, "tyle", decimals))
    assert printed_rate == half_up(Fraction(value * 100, denominator), decimals)
    printed_previous = half_up(Fraction(previous), decimals)
    delta = movement(text(i, "kytruoc", decimals), "tăng", "giảm", "không thay đổi")
    assert delta == printed_rate - printed_previous


@settings(deadline=None)
@given(rates, percents, decimal_places)
def test_a_rates_distance_to_its_target_is_the_difference_of_the_printed_rates(rate, target, decimals):
    value, denominator = rate
    i = ind(value, denominator, target=target)
    delta = movement(text(i, "chitieu", decimals), "vượt", "thấp hơn", "ngang bằng")
    assert delta == number(text(i, "tyle", decimals)) - half_up(Fraction(target), decimals)


@settings(deadline=None)
@given(st.integers(0, 10_000_000), st.integers(1, 10_000_000), decimal_places)
def test_a_values_change_is_relative_to_the_previous_value(value, previous, decimals):
    delta = movement(text(ind(value, previous=previous), "kytruoc", decimals), "tăng", "giảm", "không thay đổi")
    assert delta == half_up(Fraction(value - previous, previous) * 100, decimals)


@settings(deadline=None)
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


# ---- the phrases of the general reports (v2), with the references' figures --------------------

from drafter.model import SeriesPoint  # noqa: E402


def v2(value, denominator=None, previous=None, target=None, unit="", decimals=None, previous_year=None,
       kind="", high=None) -> Indicator:
    d = lambda x: None if x is None else Decimal(str(x))  # noqa: E731
    return Indicator("ma", "", d(value), d(denominator), d(previous), d(target), unit, decimals, previous_year,
                     kind, d(high))


def say(indicator, attribute, points=(), year=2020, decimals=2, places=None, zero_pad=True) -> str:
    return indicator_text(indicator, attribute, decimals, zero_pad, points=tuple(points), year=year, places=places)


def series(*pairs, denominators=None):
    return [SeriesPoint("ma", y, Decimal(str(v)), None if denominators is None else Decimal(str(denominators[i])))
            for i, (y, v) in enumerate(pairs)]


def test_absolute_change_with_the_unit():
    assert say(v2(74167, previous=56888, unit="ha"), "tang") == "tăng 17.279 ha"          # 001 L21
    assert say(v2(752, previous=871, unit="thôn"), "tang") == "giảm 119 thôn"             # 000 L68, as printed
    assert say(v2(21, previous=5, unit="tổ chức đảng"), "tang") == "tăng 16 tổ chức đảng"  # 001 L336
    assert say(v2(17, previous=10, unit="xã"), "tang") == "tăng 07 xã"                    # 000, a note
    assert say(v2(5, previous=5, unit="xã"), "tang") == "không thay đổi"
    assert say(v2("1.2", previous="1.424", unit="%"), "tang") == "giảm 0,224%"            # the unit % sticks


def test_v1_relative_change_is_unchanged_beside_the_absolute_one():
    # The same figures as {ma.kytruoc}: 001 L336 "tăng 320%" (a whole share: no decimals), before {ma.tang}.
    assert say(v2(21, previous=5, unit="tổ chức đảng"), "kytruoc") == "tăng 320%"


def test_a_rates_absolute_change_is_in_points_without_the_unit():
    assert say(v2(588, 756, previous="39.63", unit="thôn"), "tang") == "tăng 38,15%"


def test_from_to():
    grdp = v2(2025, previous=1406, unit="USD", previous_year=2015)
    assert say(grdp, "tu") == "từ 1.406 USD năm 2015 lên 2.025 USD"                      # 001 L21
    share = v2("22.63", 100, previous="30.17", previous_year=2015)
    assert say(share, "tu") == "từ 30,17% năm 2015 xuống 22,63%"
    assert say(v2("66.8", previous="66.2", unit="tuổi", previous_year=2015), "tu") == \
        "từ 66,2 tuổi năm 2015 lên 66,8 tuổi"                                               # 001 L61
    assert say(v2(5, previous=5), "tu") == "giữ nguyên ở mức 05"
    assert say(v2(2025, previous=1406), "tu") == "từ 1.406 lên 2.025"                      # no Năm kỳ trước


def test_precision_per_indicator_and_per_occurrence():
    # 113 of 432 percentages of the references have 0, 1 or 3 decimals.
    assert say(v2(9220, 29651, decimals=1), "tyle") == "31,1%"
    assert say(v2(10064, 11436, decimals=0), "tyle") == "88%"
    assert say(v2("1.424"), "") == "1,424"                                                 # as typed
    assert say(v2(9220, 29651), "tyle", places=1) == "31,1%"                                # {ma.tyle:1}
    assert say(v2(588, 756, previous="39.63"), "kytruoc", places=1) == "tăng 38,2%"
    assert say(v2("27.6", decimals=1), "") == "27,6"
    assert say(v2(28, decimals=1), "") == "28,0"
    assert say(v2(588, 756, decimals=1), "") == "588"                                      # a rate's count stays a count
    assert say(v2("9.126", decimals=2), "", places=1) == "9,1"


def test_ratio():
    assert say(v2(2025, previous=1406), "gap") == "gấp 1,44 lần"
    assert say(v2(1406, previous=2025), "gap") == "bằng 0,69 lần"


def test_average_growth_over_the_period():
    grdp = v2(2025, previous=1406, previous_year=2015)
    assert say(grdp, "binhquan") == "tăng bình quân 7,57%/năm"                              # 1.406 → 2.025, 5 years
    assert say(v2(1406, previous=2025, previous_year=2015), "binhquan") == "giảm bình quân 7,04%/năm"
    # From the series when Kỳ trước has no year: first to last year.
    points = series((2015, 1406), (2016, 1500), (2020, 2025))
    assert say(v2(2025), "binhquan", points) == "tăng bình quân 7,57%/năm"
    # A rate moves by points a year: 56,35% (2016) → 17,30% (2020) is 9,76 points a year down.
    rates = series((2016, "56.35"), (2020, "17.30"), denominators=(100, 100))
    assert say(v2("17.30", 100), "binhquan", rates) == "giảm bình quân 9,76%/năm"


def test_verdicts_against_plain_bound_and_range_targets():
    assert say(v2("71.69", 100, target=70), "danhgia") == "vượt chỉ tiêu"                  # 001 L350
    assert say(v2(70, 100, target=70), "danhgia") == "đạt chỉ tiêu"
    assert say(v2(5853, target=5000), "danhgia") == "vượt chỉ tiêu"
    assert say(v2(28, target=28), "danhgia") == "đạt chỉ tiêu"
    assert say(v2("9.13", target=10, kind="≥"), "danhgia") == "chưa đạt chỉ tiêu"
    assert say(v2(61, target=60, kind=">"), "danhgia") == "đạt chỉ tiêu"                   # a strict bound: met
    assert say(v2(60, target=60, kind=">"), "danhgia") == "chưa đạt chỉ tiêu"
    assert say(v2("1.2", target="1.3", kind="≤"), "danhgia") == "vượt chỉ tiêu"             # lower is better
    assert say(v2("1.3", target="1.3", kind="≤"), "danhgia") == "đạt chỉ tiêu"
    assert say(v2("4.5", target=5, kind="<"), "danhgia") == "đạt chỉ tiêu"
    # "tỷ trọng nông-lâm-thuỷ sản 19-20%": inside is met, beyond the high end exceeded.
    for value, word in (("18.9", "chưa đạt"), ("19", "đạt"), ("19.5", "đạt"), ("20", "đạt"), ("20.1", "vượt")):
        assert say(v2(value, 100, target=19, kind="-", high=20), "danhgia") == f"{word} chỉ tiêu", value


SHARES = series((2016, "56.35"), (2017, "54.18"), (2018, "18.50"), (2019, "18.59"), (2020, "17.30"),
                denominators=(100,) * 5)
EXPELLED = series((2015, 27), (2016, 36), (2017, 50), (2018, 64), (2019, 19))              # 001 L444


def test_series_years_and_summaries():
    share = v2("17.30", 100)
    assert say(share, "2018", SHARES) == "18,50%"
    assert say(share, "chuoi", SHARES) == ("năm 2016: 56,35%; năm 2017: 54,18%; năm 2018: 18,50%; "
                                          "năm 2019: 18,59%; năm 2020: 17,30%")
    assert (say(share, "nhonhat", SHARES), say(share, "lonnhat", SHARES)) == ("17,30%", "56,35%")
    assert say(share, "trungbinh", SHARES) == "32,98%"          # (56,35 + 54,18 + 18,50 + 18,59 + 17,30) / 5
    count = v2(19, unit="đảng viên")
    assert say(count, "chuoi", EXPELLED) == ("năm 2015: 27 đảng viên; năm 2016: 36 đảng viên; năm 2017: 50 đảng "
                                            "viên; năm 2018: 64 đảng viên; năm 2019: 19 đảng viên")
    assert say(count, "tong", EXPELLED) == "196"                # "196 đảng viên đưa ra khỏi Đảng"
    assert say(count, "trungbinh", EXPELLED) == "39,20"
    assert say(count, "2017", EXPELLED) == "50"
    assert say(v2(3), "2017", series((2017, 3))) == "03"
    assert say(share, "2015", SHARES) == ""                     # not in the series: validation says so
