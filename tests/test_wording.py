"""Arithmetic and Vietnamese wording of the standard report, on small models built in code."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter import figures
from drafter.model import DocumentInfo, FailedOrganisation, HistoryRow, Paragraph, RatingTable, Report, UnitRating
from drafter.compose.narrative import Resolver
from drafter.document import Note, Para
from drafter.compose.rating import compose
from drafter.compose.report import compose_report
from drafter.wording import change_phrase, fmt_count, fmt_date_long, fmt_date_short, fmt_int, fmt_pct
from drafter.workbook import schema as S

INFO = DocumentInfo(issuer="HUYỆN ỦY ĐĂK HÀ", number="12-BC/HU", place="Đăk Hà", date=dt.date(2024, 1, 5),
                    subject="kết quả đánh giá, xếp loại chất lượng năm 2023", year=2023,
                    signing_authority="T/M BAN THƯỜNG VỤ", signer_title="BÍ THƯ", signer="Nguyễn Văn A")


def text_of(report: Report) -> str:
    # The whole report: annex numbers are fixed once every reference is known (compose/report.py).
    composed = compose_report(report, "xep-loai-chat-luong")
    return "\n".join("".join(c if isinstance(c, str) else "[^]" for c in b.content)
                     for b in composed.body + composed.annexes if isinstance(b, Para))


def headings(report: Report) -> list[str]:
    body, _ = compose(report, Resolver(report))
    return [b.text for b in body if isinstance(b, Para) and b.style.startswith("Heading")]


def members(*rows: UnitRating) -> RatingTable:
    return RatingTable(S.DANG_VIEN, rows)


def test_numbers_and_dates():
    assert fmt_int(1149) == "1.149" and fmt_int(27408) == "27.408" and fmt_int(7) == "7"
    assert fmt_pct(Decimal("17.3")) == "17,30%" and fmt_pct(Decimal(100)) == "100%"
    assert fmt_count(6) == "06" and fmt_count(6, zero_pad=False) == "6" and fmt_count(0) == "0"
    assert fmt_date_long(dt.date(2024, 1, 5)) == "ngày 05 tháng 01 năm 2024"
    assert fmt_date_long(dt.date(2021, 3, 10)) == "ngày 10 tháng 3 năm 2021"
    assert fmt_date_short(dt.date(2020, 11, 4)) == "04-11-2020"
    assert fmt_date_short(dt.date(2021, 3, 10)) == "10-3-2021"


def test_half_up_rounding_each_on_its_own():
    assert figures.percent(7, 85) == Decimal("8.24")          # a calculator gives 8,235…
    assert figures.percent(81, 377) == Decimal("21.49")
    assert figures.percent(1, 8, 2) == Decimal("12.50")
    assert figures.percent(1, 0) is None


def test_largest_remainder_adds_up_to_100_ties_to_first():
    shares = figures.largest_remainder([1, 1, 1])
    assert shares == [Decimal("33.34"), Decimal("33.33"), Decimal("33.33")]
    assert sum(figures.largest_remainder([7, 41, 37])) == 100


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=4, max_size=4).filter(lambda c: sum(c) > 0),
       st.integers(min_value=0, max_value=3))
def test_largest_remainder_property(counts, decimals):
    shares = figures.largest_remainder(counts, decimals)
    assert sum(shares) == 100
    for count, share in zip(counts, shares):
        exact = Decimal(count) * 100 / sum(counts)
        assert abs(share - exact) < figures.quantum(decimals)


def test_change_phrases():
    assert change_phrase(Decimal("-1.29"), 2, "năm 2019") == "giảm 1,29% so với năm 2019"
    assert change_phrase(Decimal("0.44"), 2, "năm 2019") == "tăng 0,44% so với năm 2019"
    assert change_phrase(Decimal("0"), 2, "năm 2019") == "không thay đổi so với năm 2019"


def test_zero_category_no_history_one_unit():
    report = Report(INFO, ratings=(members(UnitRating("Chi bộ A", 20, 2, 15, 3, 0)),))
    text = text_of(report)
    assert "Toàn Đảng bộ huyện có 20 đảng viên; trong đó, 20 đảng viên được đánh giá, xếp loại (đạt 100%)." in text
    assert "02/20 đảng viên hoàn thành xuất sắc nhiệm vụ (chiếm 10%)" in text
    assert "không có đảng viên nào không hoàn thành nhiệm vụ" in text
    assert "so với" not in text                     # no history: no comparison at all
    assert "(có biểu số 1 kèm theo)." in text


def test_comparison_with_a_zero_category():
    history = (HistoryRow(2022, S.DANG_VIEN, True, (Decimal(10), Decimal(80), Decimal(9), Decimal(1))),)
    report = Report(INFO, ratings=(members(UnitRating("Chi bộ A", 20, 2, 16, 2, 0)),), history=history)
    text = text_of(report)
    assert "(chiếm 10%, không thay đổi so với năm 2022)" in text
    assert "không có đảng viên nào không hoàn thành nhiệm vụ (giảm 1% so với năm 2022)" in text


def test_body_still_rating_and_partly_rated():
    table = RatingTable(S.CAN_BO, (
        UnitRating("Ban Thường vụ Huyện ủy", 40, pending=40, pending_reason="đang thực hiện quy trình"),
        UnitRating("Đảng ủy cấp cơ sở", 30, 3, 20, 2, 0, pending=5, pending_reason="đang thực hiện quy trình"),
    ))
    text = text_of(Report(INFO, ratings=(table,)))
    assert ("+ Ban Thường vụ Huyện ủy đánh giá, xếp loại 40 đồng chí; hiện đang thực hiện quy trình đánh giá, "
            "xếp loại (sau khi hoàn thành sẽ báo cáo bổ sung).") in text
    assert ("Trong đó, đã đánh giá, xếp loại 25 đồng chí: hoàn thành xuất sắc nhiệm vụ 03 đồng chí (chiếm 12%); "
            "hoàn thành tốt nhiệm vụ 20 đồng chí (chiếm 80%); hoàn thành nhiệm vụ 02 đồng chí (chiếm 8%); "
            "hiện đang thực hiện quy trình đánh giá, xếp loại 05 đồng chí (sau khi hoàn thành sẽ báo cáo bổ sung).") \
        in text


def test_nothing_rated_yet():
    table = RatingTable(S.TCCSD, (UnitRating("Đảng bộ xã A", 3, pending=3, pending_reason="đang thực hiện quy trình"),))
    text = text_of(Report(INFO, ratings=(table,)))
    assert ("Toàn Đảng bộ huyện có 03 tổ chức cơ sở đảng; hiện đang thực hiện quy trình đánh giá, xếp loại "
            "(sau khi hoàn thành sẽ báo cáo bổ sung) (có biểu số 1 kèm theo).") in text


def test_not_rated_breakdown_becomes_a_footnote():
    table = members(UnitRating("A", 100, 10, 60, 10, 0, exempt=15, pending=3, pending_reason="ốm"),
                    UnitRating("B", 50, 5, 30, 10, 0, pending=2, pending_reason="đi làm ăn xa"))
    report = Report(INFO, ratings=(table,))
    body, _ = compose(report, Resolver(report))
    paragraph = next(b for b in body if isinstance(b, Para) and "không thực hiện đánh giá" in b.text)
    notes = [c.text for c in paragraph.content if isinstance(c, Note)]
    assert notes == ["15 đảng viên được miễn công tác và sinh hoạt đảng; 03 đảng viên chưa được đánh giá, xếp loại "
                     "do ốm; 02 đảng viên chưa được đánh giá, xếp loại do đi làm ăn xa."]
    assert "20 đảng viên không thực hiện đánh giá, xếp loại (chiếm 13,33%)" in paragraph.text


def test_failed_names_grouped_by_unit():
    table = RatingTable(S.TCCSD, (UnitRating("Đảng bộ huyện X", 10, 1, 6, 1, 2),))
    failed = (FailedOrganisation(S.TCCSD, "Chi bộ A", "Đảng bộ huyện X"),
              FailedOrganisation(S.TCCSD, "Chi bộ B", "Đảng bộ huyện X"))
    report = Report(INFO, ratings=(table,), failed=failed)
    body, _ = compose(report, Resolver(report))
    notes = [c.text for b in body if isinstance(b, Para) for c in b.content if isinstance(c, Note)]
    assert notes == ["Chi bộ A và Chi bộ B thuộc Đảng bộ huyện X."]


def test_numbering_closes_up_when_sections_are_missing():
    report = Report(INFO, ratings=(members(UnitRating("A", 5, 1, 4)),),
                    narrative=(Paragraph("Ưu điểm", "Tốt."), Paragraph("Kiến nghị", "Đề nghị.")))
    assert headings(report) == [
        "I. TÌNH HÌNH TRIỂN KHAI VÀ KẾT QUẢ THỰC HIỆN", "1. Kết quả thực hiện", "1.1. Kết quả xếp loại chất lượng",
        "a) Đối với đảng viên",
        "II. ĐÁNH GIÁ CHUNG", "1. Ưu điểm",
        "III. NHIỆM VỤ TRONG THỜI GIAN TỚI VÀ ĐỀ XUẤT, KIẾN NGHỊ", "1. Đề xuất, kiến nghị"]


def test_round_to_100_setting():
    info = dataclasses.replace(INFO, round_to_100=True)
    report = Report(info, ratings=(members(UnitRating("A", 3, 1, 1, 1, 0)),))
    text = text_of(report)
    assert "(chiếm 33,34%)" in text and text.count("(chiếm 33,33%)") == 2


def test_narrative_is_data_not_template_code():
    report = Report(INFO, narrative=(Paragraph("Ưu điểm", "Giữ {{ 7*7 }} & <b>nguyên</b>"),))
    assert "Giữ { 7*7 } & <b>nguyên</b>" in text_of(report)


@pytest.mark.parametrize("zero_pad,expected", [(True, "06/10"), (False, "6/10")])
def test_zero_padding_setting(zero_pad, expected):
    info = dataclasses.replace(INFO, zero_pad=zero_pad)
    report = Report(info, ratings=(members(UnitRating("A", 10, 6, 4)),))
    assert expected in text_of(report)


def test_rating_body_with_nothing_to_rate():
    table = RatingTable(S.TAP_THE, (UnitRating("Ban Thường vụ Huyện ủy", 0, level="Cấp huyện"),
                                    UnitRating("Đảng ủy cấp cơ sở", 12, 2, 10, level="Cấp cơ sở")))
    text = text_of(Report(INFO, ratings=(table,)))
    assert "+ Cấp huyện: Ban Thường vụ Huyện ủy: không có tập thể lãnh đạo, quản lý thuộc diện đánh giá, xếp loại." in text
    assert "; ." not in text


def test_zero_padding_reaches_every_count_in_running_text():
    tccsd = RatingTable(S.TCCSD, (UnitRating("A", 9, 1, 7, 1, dang_bo_co_so=3, chi_bo_co_so=6),))
    text = text_of(Report(INFO, ratings=(tccsd,)))
    assert "Toàn Đảng bộ huyện có 09 tổ chức cơ sở đảng (03 đảng bộ cơ sở và 06 chi bộ cơ sở)" in text
    assert "01/09 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ" in text
