"""Write sample_data/bao-cao-456-tong-ket-xay-dung-dang.xlsx (run: python sample_data/make_tong_ket.py).

Báo cáo số 456-BC/TU, ngày 14-8-2019 của Ban Thường vụ Tỉnh ủy Kon Tum, tổng kết công tác xây
dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ Đại hội XII: the term review, a general report
(template `tong-hop`) in two parts (`Đánh số đề mục`: Phần thứ nhất. I. 1. 1.1. a)), with a
written opening (`Mở đầu`), run-in headings ("1. Việc hướng dẫn thi hành Điều lệ Đảng: …") and
44 footnotes.

Text is the reference's, verbatim but for whitespace; the figures it computes or breaks down are
indicators of `Số liệu` and `Chuỗi số liệu`, printed by markup, and every "trong đó" breakdown
turned into indicators is checked by `Thuộc` / `Kiểm tra tổng`. Where the reference's arithmetic
is wrong, the workbook holds the true figures (tests/test_tong_ket.py lists each slip):
- L68 "còn 752 thôn, tổ dân phố, giảm 119": 874 − 752 = 122 ({thon.tang});
- L185 "huy hiệu Đảng cho 2.253 đảng viên": its note (L460) gives 696 + 122 + 1.033 + 329 + 120
  + 20 + 10 + 23 = 2.353;
- note 6 "HTNV 03 đồng chí (chiếm 0,89%)" of 341: 0,88%.
Typing slips reproduced as printed: "22.86%" (a decimal point) prints "22,86%"; a note's stray
footnote mark (�) is left out (a footnote cannot hold one).
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# This checkout's drafter, not whichever one is installed.
sys.path.insert(0, str(HERE.parent))

from drafter.workbook import schema as S  # noqa: E402
from sample_data.make_samples import write_workbook  # noqa: E402

OUTPUT = HERE / "bao-cao-456-tong-ket-xay-dung-dang.xlsx"

INFO = {
    "Cơ quan ban hành": "TỈNH ỦY KON TUM",
    "Số ký hiệu": "456-BC/TU",
    "Địa danh": "Kon Tum",
    "Ngày ban hành": dt.date(2019, 8, 14),
    "Trích yếu": "tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ Đại hội XII",
    "Năm đánh giá": 2019,
    "Mở đầu": ('Thực hiện Công văn số 48-CV/TBĐLĐ, ngày 28-5-2019 của Tiểu ban Điều lệ Đảng Đại hội XIII "về tổng '
               'kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ Đại hội XII", Ban Thường vụ Tỉnh uỷ '
               'Kon Tum báo cáo như sau:'),
    "Quyền hạn ký": "T/M BAN THƯỜNG VỤ",
    "Chức vụ người ký": "PHÓ BÍ THƯ",
    "Người ký": "A Pớt",
    "Thể thức": "Đảng",
    "Mẫu báo cáo": "tong-hop",
    "Số thập phân": 2,
    "Thêm số 0": "Có",
    "Đánh số đề mục": "Phần thứ nhất. I. 1. 1.1. a)",
}

RECIPIENTS = (
    "Tiểu ban Điều lệ Đảng Đại hội XIII (qua BTCTW),",
    "Các cơ quan tham mưu giúp việc Tỉnh ủy,",
    "Các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy,",
    "Các huyện uỷ, thành uỷ,",
    "Lưu Văn phòng Tỉnh ủy,",
)


def row(key: str, label: str, value=None, unit: str = "", **more) -> dict:
    """A row of `Số liệu`; `more` by column name with `_` for spaces (Mẫu_số, Thuộc, …)."""
    return {"Mã": key, "Nội dung": label, "Giá trị": value, "Đơn vị tính": unit or None,
            **{k.replace("_", " "): v for k, v in more.items()}}


def parts(whole: str, unit: str, *items: tuple[str, str, int]) -> list[dict]:
    return [row(key, label, value, unit, Thuộc=whole) for key, label, value in items]


INDICATORS = [
    # II.2, Nghị quyết số 19-NQ/TW: units and leaders cut.
    row("dv_giam", "Đơn vị sự nghiệp cấp tỉnh giảm", 91, "đơn vị", Kiểm_tra_tổng="bằng"),
    *parts("dv_giam", "đơn vị", ("dv_giam_truong", "Trường cao đẳng, trung cấp", 3),
           ("dv_giam_chi_cuc", "Chi cục, trung tâm và tương đương", 30),
           ("dv_giam_khoa", "Khoa, phòng trực thuộc", 58)),
    row("ld_giam", "Lãnh đạo giảm", 134, "lãnh đạo", Kiểm_tra_tổng="bằng"),
    *parts("ld_giam", "lãnh đạo", ("ld_giam_truong", "Lãnh đạo trường cao đẳng, trung cấp", 8),
           ("ld_giam_chi_cuc", "Lãnh đạo chi cục, trung tâm", 29), ("ld_giam_khoa", "Lãnh đạo khoa, phòng", 97)),
    # II.2: the villages merged in 2019 (874 before, 752 after).
    row("thon_2015", "Thôn (làng), tổ dân phố trước sáp nhập", 874, "thôn"),
    row("thon", "Thôn, tổ dân phố sau sáp nhập năm 2019", 752, "thôn, tổ dân phố", Kỳ_trước=874),
    # II.3, Nghị quyết số 03-NQ/TU.
    row("thon_co_dang", "Thôn (làng) có tổ chức đảng", 874, "thôn", Mẫu_số="thon_2015"),
    row("thon_truong_dv", "Thôn trưởng, tổ trưởng tổ dân phố là đảng viên", 473, "người", Mẫu_số="thon_2015"),
    row("bt_kiem_tt", "Bí thư chi bộ kiêm thôn trưởng, tổ trưởng tổ dân phố", 85, "người",
        Mẫu_số="thon_truong_dv"),
    # III.9: party badges (the true sum of the note) and commendations.
    row("huy_hieu", "Đảng viên được tặng huy hiệu Đảng", 2353, "đảng viên", Kiểm_tra_tổng="bằng"),
    *parts("huy_hieu", "đảng viên", *((f"hh{y}", f"Huy hiệu {y} năm tuổi Đảng", n) for y, n in (
        (30, 696), (40, 122), (45, 1033), (50, 329), (55, 120), (60, 20), (65, 10), (70, 23)))),
    row("kt_tc", "Tổ chức đảng được khen thưởng", 44, "tổ chức", Kiểm_tra_tổng="bằng"),
    *parts("kt_tc", "tổ chức", ("kt_co", "Tặng cờ (TCCSĐ)", 14), ("kt_bk_tccsd", "Bằng khen (TCCSĐ)", 8),
           ("kt_bk_cb", "Bằng khen (chi bộ trực thuộc)", 22)),
    # Note 6: cadres under the Standing Committee rated in 2017; the Tỉnh ủy members and deputy secretaries.
    row("cb17", "Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý năm 2017", 341, "đồng chí", Kiểm_tra_tổng="bằng"),
    *(row(k, label, n, "đồng chí", Mẫu_số="cb17", Thuộc="cb17") for k, label, n in (
        ("cb17_xs", "HTXSNV năm 2017", 247), ("cb17_tot", "HTTNV năm 2017", 90), ("cb17_ht", "HTNV năm 2017", 3),
        ("cb17_k", "Không HTNV năm 2017", 1))),
    row("tuv", "Tỉnh ủy viên; trưởng các cơ quan, địa phương, đơn vị", 58, "đồng chí", Kiểm_tra_tổng="bằng"),
    *parts("tuv", "đồng chí", ("tuv_xs", "HTXSNV", 11), ("tuv_tot", "HTTNV", 42), ("tuv_ht", "HTNV", 3),
           ("tuv_k", "Không HTNV", 2)),
    row("tuv_de_nghi", "Đề nghị HTTNV trở lên", Công_thức="tuv_xs + tuv_tot"),
    row("tuv_xs_tl", "HTXSNV trên số đề nghị HTTNV", Công_thức="tuv_xs", Mẫu_số="tuv_de_nghi"),
    row("pbt", "Phó bí thư huyện ủy, thành ủy, đảng ủy trực thuộc", 29, "đồng chí", Kiểm_tra_tổng="bằng"),
    *parts("pbt", "đồng chí", ("pbt_xs", "HTXSNV", 6), ("pbt_tot", "HTTNV", 22), ("pbt_ht", "HTNV", 1)),
    row("pbt_de_nghi", "Đề nghị HTTNV trở lên", Công_thức="pbt_xs + pbt_tot"),
    row("pbt_xs_tl", "HTXSNV trên số đề nghị HTTNV", Công_thức="pbt_xs", Mẫu_số="pbt_de_nghi"),
    # Note 20: planning, terms 2015-2020 and 2020-2025.
    *(row(k, label, n, "đồng chí", **({"Mẫu_số": of} if of else {})) for k, label, n, of in (
        ("qh1_bch", "Quy hoạch Ban Chấp hành 2015-2020", 70, None),
        ("qh1_bch_nu", "… nữ", 16, "qh1_bch"), ("qh1_bch_dt", "… dân tộc thiểu số", 19, "qh1_bch"),
        ("qh1_btv", "Quy hoạch Ban Thường vụ 2015-2020", 24, None),
        ("qh1_btv_nu", "… nữ", 5, "qh1_btv"), ("qh1_btv_dt", "… dân tộc thiểu số", 13, "qh1_btv"),
        ("qh2_bch", "Quy hoạch Ban Chấp hành 2020-2025", 98, None),
        ("qh2_bch_nu", "… nữ", 26, "qh2_bch"), ("qh2_bch_dt", "… dân tộc thiểu số", 31, "qh2_bch"),
        ("qh2_btv", "Quy hoạch Ban Thường vụ 2020-2025", 24, None),
        ("qh2_btv_nu", "… nữ", 6, "qh2_btv"), ("qh2_btv_dt", "… dân tộc thiểu số", 12, "qh2_btv"))),
    # Note 38: delegates to the XII Congress (the first-time, second-time and third-time ones add up).
    row("db", "Đại biểu chính thức dự Đại hội XII", 15, "đồng chí", Kiểm_tra_tổng="bằng"),
    *(row(k, label, n, "đồng chí", Mẫu_số="db", **({"Thuộc": "db"} if k.startswith("db_lan") else {}))
      for k, label, n in (
        ("db_nu", "Nữ", 4), ("db_dt", "Dân tộc thiểu số", 7), ("db_hh30", "Huy hiệu 30 năm tuổi Đảng", 3),
        ("db_lan1", "Dự Đại hội lần đầu", 10), ("db_lan2", "Dự Đại hội lần thứ 2", 2),
        ("db_lan3", "Dự Đại hội lần thứ 3", 3), ("db_dh", "Đại học", 8), ("db_ths", "Thạc sỹ", 6),
        ("db_ts", "Tiến sỹ", 1))),
]

# Note 18: the yearly shares behind "đạt từ 54,18% trở lên" and "đạt từ 75,60% trở lên" (L85).
SERIES = [
    *({"Mã": "tccsd_tsvm", "Năm": y, "Giá trị": v, "Mẫu số": 100} for y, v in ((2015, 57.29), (2016, 56.35),
                                                                              (2017, 54.18))),
    *({"Mã": "dv_httnv", "Năm": y, "Giá trị": v, "Mẫu số": 100} for y, v in ((2015, 75.60), (2016, 76.75),
                                                                            (2017, 76.97), (2018, 79.54))),
]

P1 = "Tổng kết công tác xây dựng Đảng và thi hành Điều lệ Đảng nhiệm kỳ Đại hội XII"
P2 = "Phương hướng, nhiệm vụ, giải pháp của công tác xây dựng Đảng nhiệm kỳ 2020-2025"

NARRATIVE = [
    (f'{P1} > Đặc điểm tình hình',
     'Kon Tum là tỉnh miền núi, biên giới, ở Bắc Tây Nguyên, được thành lập lại vào tháng 8-1991 (tách ra '
     'từ tỉnh Gia Lai- Kon Tum); phía Bắc giáp tỉnh Quảng Nam, phía Nam giáp tỉnh Gia Lai, phía Đông giáp '
     'tỉnh Quảng Ngãi, phía Tây giáp các tỉnh Attapư, Sê Kông (nước Cộng hòa Dân chủ Nhân dân Lào) và '
     'tỉnh Rattanakiri (Vương quốc Campuchia), có đường biên giới dài 292,522 km (giáp Lào 154,222 km, '
     'giáp Campuchia 138,3km). Diện tích tự nhiên 9.690,46 km2; dân số toàn tỉnh khoảng 533.000 người, '
     'với 30 dân tộc[^n1], trong đó đồng bào dân tộc thiểu số chiếm 53,25%, trên 42% dân số theo các tôn '
     'giáo; có 10 đơn vị hành chính cấp huyện[^n2], 102 đơn vị hành chính cấp xã[^n3] với 874 thôn '
     '(làng), tổ dân phố. Có 15 đảng bộ trực thuộc[^n4], 03 ban cán sự đảng và 07 đảng đoàn; có 687 tổ '
     'chức cơ sở đảng, 1.956 chi bộ trực thuộc đảng ủy cơ sở với 28.087 đảng viên.'),
    (f'{P1} > Đặc điểm tình hình',
     'Nhìn chung, tình hình kinh tế-xã hội của tỉnh trong những năm qua có bước chuyển biến mạnh mẽ, đời '
     'sống của Nhân dân từng bước được nâng lên; các dân tộc trong tỉnh luôn đoàn kết, tin tưởng vào sự '
     'lãnh đạo của Đảng, quyết tâm xây dựng tỉnh Kon Tum ổn định và phát triển bền vững. Tuy nhiên, Kon '
     'Tum vẫn là một tỉnh nghèo, thu ngân sách tại địa phương thấp, kết cấu hạ tầng thiếu đồng bộ; đời '
     'sống vật chất, tinh thần của Nhân dân còn gặp nhiều khó khăn.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     '- Đã tập trung lãnh đạo, chỉ đạo quán triệt nâng cao nhận thức của cán bộ, đảng viên về ý nghĩa, '
     'vai trò, tầm quan trọng và sự cần thiết của việc học tập, nghiên cứu, vận dụng sáng tạo và phát '
     'triển chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh. Trong đó, đã chỉ đạo xây dựng kế hoạch đào tạo, '
     'bồi dưỡng, cử cán bộ, công chức tham gia học tập, bồi dưỡng nâng cao trình độ lý luận chính trị, '
     'cập nhật kiến thức cho các đối tượng phù hợp với tình hình thực tế của địa phương, đơn vị.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     'Ban Thường vụ Tỉnh ủy đã xây dựng Kế hoạch thực hiện Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ '
     'Chính trị "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"; xây dựng kế '
     'hoạch học tập và triển khai thực hiện chuyên đề hằng năm, trong đó xác định những nội dung trọng '
     'tâm, đột phá để lãnh đạo thực hiện, tạo chuyển biến rõ nét trong học tập và làm theo tư tưởng, đạo '
     'đức, phong cách Hồ Chí Minh.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     'Tổ chức Hội nghị nghiên cứu, quán triệt Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ Chính trị '
     '“về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù '
     'địch trong tình hình mới”; ban hành Kế hoạch số 75-KH/TU, ngày 19-11-2019 "về tổng kết thực tiễn, '
     'nghiên cứu lý luận giai đoạn 2018-2020"; trong đó chú trọng tổng kết một số chủ trương của Tỉnh ủy, '
     'Ban Thường vụ Tỉnh ủy, những mô hình đang tiến hành thí điểm, những vấn đề phát sinh trên địa bàn; '
     'nghiên cứu, vận dụng chủ nghĩa Mác-Lênin, tư tưởng Hồ Chí Minh, các chủ trương, quan điểm của Đảng '
     'vào định hướng phát triển và chỉ đạo thực tiễn ở địa phương, nhằm phục vụ sự lãnh đạo, chỉ đạo của '
     'Tỉnh ủy, Ban Thường vụ Tỉnh ủy, công tác quản lý, điều hành của Ủy ban nhân dân tỉnh. Chỉ đạo đổi '
     'mới nội dung, phương pháp, hình thức dạy và học lý luận chính trị tại Trường Chính trị tỉnh và '
     'Trung tâm bồi dưỡng chính trị các huyện, thành phố theo hướng gắn với ứng dụng thực tế, thiết kế '
     'thời lượng phù hợp giữa học tập lý luận với thảo luận và đi thực tế ở cơ sở; đồng thời, đã chỉ đạo '
     'đưa một số nội dung giáo dục kiến thức quốc phòng-an ninh, pháp luật về phòng, chống tham nhũng, '
     'lãng phí vào giảng dạy trong hệ thống giáo dục quốc dân trên địa bàn tỉnh.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     'Đã chỉ đạo tăng cường công tác định hướng tư tưởng, đấu tranh phản bác các luận điệu xuyên tạc của '
     'các thế lực thù địch; ngăn chặn những thông tin xấu, độc trên mạng xã hội[^n5]; thành lập diễn đàn '
     'đấu tranh trên mạng xã hội. Qua đó, góp phần nâng cao tinh thần cảnh giác cách mạng của cán bộ, '
     'đảng viên và Nhân dân trước âm mưu, thủ đoạn của các thế lực thù địch, phản động; nâng cao trách '
     'nhiệm của cán bộ, đảng viên khi tham gia mạng xã hội.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     'Hầu hết cấp ủy các cấp, các cơ quan, đơn vị và các TCCSĐ, chi bộ đã phổ biến, quán triệt, xây dựng '
     'kế hoạch để triển khai thực hiện Quy định số 101-QĐ/TW, ngày 07-6-2012 của Ban Bí thư "về trách '
     'nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo chủ chốt các cấp"; Quy định số '
     '55-QĐ/TW, ngày 19-12-2016 của Bộ Chính trị "về một số việc cần làm ngay để tăng cường vai trò nêu '
     'gương của cán bộ, đảng viên", sát với tình hình thực tế của địa phương, đơn vị. Cấp ủy, người đứng '
     'đầu cấp ủy luôn thực hiện nghiêm nguyên tắc tập trung dân chủ, quy chế làm việc. Nhiều đồng chí '
     'đứng đầu cấp ủy, địa phương, cơ quan, đơn vị đã có sự đổi mới về phong cách, lề lối làm việc, có '
     'thái độ ứng xử phù hợp với Nhân dân, được Nhân dân tin tưởng. Đồng thời, Ban Chấp hành Đảng bộ tỉnh '
     'đã ban hành Quy định số 11-QĐi/TU, ngày 17-01-2019 "về trách nhiệm nêu gương của cán bộ, đảng viên, '
     'trước hết là Ủy viên Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh". Qua đó, từng đồng '
     'chí Ủy viên Ban Chấp hành, Ủy viên Ban Thường Tỉnh ủy đã xác định được vai trò, trách nhiệm nêu '
     'gương của của mình; cán bộ, đảng viên giữ chức vụ càng cao, càng phải gương mẫu; luôn nghiêm khắc '
     'với bản thân, giữ gìn hình ảnh, uy tín, phấn đấu trở thành tấm gương sáng về mọi mặt, cần, kiệm, '
     'liêm chính chí công vô tư.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     'Ban Thường vụ Tỉnh uỷ đã ban hành Quy định "trách nhiệm của cấp ủy, tổ chức đảng các cấp tiếp tục '
     'phát huy vai trò của Nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái, “tự diễn biến”, “tự '
     'chuyển hóa” trong nội bộ"; 100% cơ quan, đơn vị trên địa bàn tỉnh đã xây dựng Quy định về chuẩn mực '
     'đạo đức của cán bộ, công chức. Hầu hết cán bộ, đảng viên đã thực hiện nghiêm túc các quy định, nội '
     'quy của cơ quan, tổ chức đảng, thường xuyên giữ mối liên hệ với cấp ủy, Nhân dân ở nơi cư trú.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     'Thực hiện nghiêm quy định về kiểm điểm tự phê bình và phê bình hằng năm. Trong đó, Ban Thường vụ '
     'Tỉnh ủy gợi ý kiểm điểm đối với tập thể và cá nhân, phân công các đồng chí Ủy viên Ban Thường vụ '
     'Tỉnh ủy dự chỉ đạo kiểm điểm tại các địa phương, đơn vị; đối với các địa phương, đơn vị qua theo '
     'dõi có biểu hiện mất đoàn kết, suy thoái, "tự diễn biến", "tự chuyển hóa", trực tiếp cá nhân các '
     'đồng chí Thường trực Tỉnh ủy dự chỉ đạo.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về chính trị, tư tưởng, lý luận, đạo đức',
     'Quá trình kiểm điểm tự phê bình và phê bình hằng năm, các đồng chí đảng viên, nhất là người đứng '
     'đầu đã mạnh dạn, thẳng thắn, liên hệ với các biểu hiện suy thoái về tư tưởng chính trị, đạo đức lối '
     'sống, "tự diễn biến", "tự chuyển hóa" để kiểm điểm; liên hệ với những thiếu sót, khuyết điểm của '
     'tập thể để liên hệ kiểm điểm, làm rõ trách nhiệm của cá nhân và đề ra phương hướng, biện pháp khắc '
     'phục. Sau kiểm điểm, đã xây dựng kế hoạch phát huy ưu điểm, khắc phục khuyết điểm và chỉ đạo giải '
     'quyết ngay một số việc bức xúc, nổi cộm. Qua kiểm điểm, đánh giá hằng năm chưa phát hiện cán bộ, '
     'đảng viên có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống[^n6].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về xây dựng tổ chức bộ máy hệ thống chính trị',
     'Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã quán triệt, tuyên truyền và xây dựng chương trình để triển khai '
     'thực hiện các Nghị quyết Hội nghị Trung ương 6 khóa XII[^n7]; chỉ đạo các địa phương, đơn vị xây '
     'dựng kế hoạch cụ thể để triển khai thực hiện phù hợp với tình hình thực tế.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về xây dựng tổ chức bộ máy hệ thống chính trị',
     '- Kết quả thực hiện Nghị quyết số 18-NQ/TW: Đã hoàn thành việc sắp xếp lại tổ chức bộ máy, đổi mới '
     'cơ chế hoạt động của Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh[^n8]; tổ chức lại Văn phòng Tỉnh ủy '
     'để phục vụ chung cho các cơ quan tham mưu, giúp việc Tỉnh ủy; tổ chức lại các đầu mối trực thuộc '
     'Văn phòng Ủy ban nhân dân tỉnh; rà soát và giải thể 02 ban chỉ đạo, ban quản lý dự án không hiệu '
     'quả. Kết quả: Đã giảm được 12 đầu mối trực thuộc các cơ quan tham mưu, giúp việc cấp ủy và cơ quan '
     'thuộc Ủy ban nhân dân tỉnh, giảm 10 trưởng phòng, 01 phó phòng và 06 biên chế so với trước đây.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về xây dựng tổ chức bộ máy hệ thống chính trị',
     'Đã hoàn thành chủ trương Trưởng Ban Tuyên giáo đồng thời là Giám đốc Trung tâm Bồi dưỡng chính trị '
     '10/10 huyện, thành phố[^n9]; Trưởng Ban Dân vận đồng thời là Chủ tịch Ủy ban Mặt trận Tổ quốc Việt '
     'Nam tại 08/10 huyện, thành phố; thực hiện mô hình bí thư cấp ủy đồng thời là là chủ tịch ủy ban '
     'nhân dân cấp xã[^n10]. Ban hành các đề án thực hiện việc hợp nhất một số cơ quan cấp ủy với cơ quan '
     'chuyên môn thuộc Ủy ban nhân dân huyện[^n11]. Rà soát, chấm dứt việc hợp đồng lao động làm công tác '
     'chuyên môn tại các cơ quan, đơn vị.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về xây dựng tổ chức bộ máy hệ thống chính trị',
     '- Về kết quả thực hiện Nghị quyết số 19-NQ/TW: Đã sắp xếp các đơn vị sự nghiệp cấp tỉnh thuộc các '
     'lĩnh vực Giáo dục và Đào tạo, Khoa học và Công nghệ, Văn hóa thể thao và Du lịch, Nông nghiệp và '
     'Phát triển nông thôn, Y tế, Lao động-Thương binh và Xã hội; Tài nguyên và Môi trường. Qua đó, đã '
     'giảm {dv_giam} đơn vị (trong đó {dv_giam_truong} trường cao đẳng, trung cấp; {dv_giam_chi_cuc} đơn '
     'vị là chi cục, trung tâm và tương đương thuộc sở, ban, ngành, đơn vị cấp tỉnh; {dv_giam_khoa} đơn '
     'vị là khoa, phòng trực thuộc chi cục, trung tâm, trường và tương đương (thuộc sở, ban, ngành, đơn '
     'vị cấp tỉnh); giảm được {ld_giam} lãnh đạo (trong đó: {ld_giam_truong} lãnh đạo trường cao đẳng, '
     'trung cấp; {ld_giam_chi_cuc} lãnh đạo đơn vị là chi cục, trung tâm và tương đương thuộc sở, ban, '
     'ngành, đơn vị cấp tỉnh; {ld_giam_khoa} lãnh đạo là khoa, phòng trực thuộc chi cục, trung tâm, '
     'trường và tương đương (thuộc sở, ban, ngành, đơn vị cấp tỉnh)[^n12]. Đối với cấp huyện, đến nay đã '
     'cơ bản hoàn thành việc sắp xếp và thành lập trung tâm dịch vụ nông nghiệp, ban quản lý dự án đầu tư '
     'và xây dựng, Trung tâm Văn hóa - Thể thao - Du lịch và Truyền thông, Trung tâm Môi trường và Dịch '
     'vụ đô thị. Đồng thời đã ban hành Đề án sáp nhập các thôn, tổ dân phố trong toàn tỉnh năm 2019. Theo '
     'đó, sau sáp nhập toàn tỉnh còn {thon} thôn, tổ dân phố, {thon.tang}.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về xây dựng tổ chức bộ máy hệ thống chính trị',
     '- Về xây dựng đội ngũ cán bộ cấp chiến lược:'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về xây dựng tổ chức bộ máy hệ thống chính trị',
     'Tỉnh ủy đã xây dựng Chương trình số 65-CTr/TU, ngày 7-8-2018 thực hiện Nghị quyết số 26-NQ/TW, ngày '
     '19-5-2018 của Ban Chấp hành Trung ương khóa XII về tập trung xây dựng đội ngũ cán bộ các cấp, nhất '
     'là cấp chiến lược, đủ phẩm chất, năng lực và uy tín, ngang tầm nhiệm vụ”. Đã quy hoạch, rà soát bổ '
     'sung quy hoạch các chức danh cán bộ diện Bộ Chính trị, Ban Bí thư quản lý nhiệm kỳ 2015 '
     '- 2020 và 2020 - 2025 và đã được Trung ương phê duyệt. Đồng thời, giới thiệu 02 cán bộ để Trung '
     'ương quy hoạch cán bộ cấp chiến lược nhiệm kỳ 2020 - 2025. Đồng thời, tập trung kiện toàn nhân sự '
     'lãnh đạo chủ chốt các sở, ban, ngành, huyện, thành phố gắn với công tác chuẩn bị nhân '
     'sự đại hội đảng các cấp nhiệm kỳ 2020 - 2025 và thực hiện chủ trương bí thư cấp ủy không '
     'phải là người địa phương[^n13]; chỉ đạo xây dựng Đề án tổ chức thi tuyển để bổ nhiệm cán bộ lãnh '
     'đạo, quản lý cấp sở, phòng.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Về xây dựng tổ chức bộ máy hệ thống chính trị',
     '- Kết quả thực hiện Nghị quyết số 39-NQ/TW, ngày 17-4-2015 của Bộ Chính trị về tinh giản biên chế '
     'và cơ cấu lại đội ngũ cán bộ, công chức, viên chức: Đã chỉ đạo các cấp uỷ trực thuộc xây dựng kế '
     'hoạch triển khai thực hiện. Đến nay, toàn tỉnh đã thực hiện tinh giản biên chế đối với 488 trường '
     'hợp[^n14].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên',
     'Ban Thường vụ Tỉnh ủy đã ban hành và lãnh đạo triển khai thực hiện Nghị quyết số 03-NQ/TU, ngày '
     '08-8-2016 "về nâng cao chất lượng hoạt động của tổ chức cơ sở đảng và tổ chức đảng trực thuộc đảng '
     'uỷ cơ sở". Qua 03 năm triển khai thực hiện Nghị quyết, đã kết nạp 4.922 quần chúng ưu tú vào Đảng, '
     'nâng tổng số đảng viên trong toàn tỉnh là 28.087 đảng viên; {thon_co_dang}/{thon_2015} thôn (làng) '
     'đều có tổ chức đảng, đảng viên; rà soát, sàng lọc và đưa 196 đảng viên không đủ tư cách ra khỏi '
     'Đảng. Có {thon_truong_dv}/{thon_2015} thôn trưởng, tổ trưởng tổ dân phố là đảng viên (đạt '
     '{thon_truong_dv.tyle}); {bt_kiem_tt}/{thon_truong_dv} bí thư chi bộ kiêm thôn trưởng, tổ trưởng tổ '
     'dân phố (đạt {bt_kiem_tt.tyle}).'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên',
     'Chỉ đạo kiện toàn, sắp xếp tổ chức đảng đảm bảo đồng bộ với đổi mới, sắp xếp tổ chức bộ máy của hệ '
     'thống chính trị ở cơ sở[^n15]. Công tác rà soát, quy hoạch, bố trí đội ngũ cấp ủy viên, bí thư cấp '
     'ủy, chi bộ kết hợp chặt chẽ kiện toàn, bố trí đội ngũ cán bộ chủ chốt ở cơ sở, đảm bảo tính kế thừa '
     'và cơ cấu hợp lý[^n16].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên',
     'Ban Thường vụ Tỉnh ủy đã ban hành các văn bản chỉ đạo tập trung đổi mới nội dung, hình thức hoạt '
     'động của tổ chức đảng[^n17]. Qua đó, giúp cấp ủy, chi bộ và đảng viên nắm chắc nội dung, quy trình, '
     'phương pháp tổ chức, góp phần từng bước nâng cao chất lượng sinh hoạt chi bộ.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đảng viên',
     'Công tác đánh giá chất lượng TCCSĐ, đảng viên hằng năm được chú trọng. Từ đầu nhiệm kỳ đến nay, số '
     'TCCSĐ được xếp ở mức hoàn thành nhiệm vụ trở lên đạt từ 98,5 % trở lên, số TCCSĐ trong sạch vững '
     'mạng đều đạt từ {tccsd_tsvm.nhonhat} trở lên, số đảng viên xếp hoàn thành nhiệm vụ từ 99% trở lên, '
     'trong đó số hoàn thành tốt nhiệm vụ đạt từ {dv_httnv.nhonhat} trở lên[^n18].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác cán bộ và bảo vệ chính trị nội bộ > Về công tác cán bộ',
     'Ban hành các quy định về phân cấp quản lý cán bộ, tiêu chuẩn chức danh và tiêu chí đánh giá cán bộ '
     'thuộc diện Ban Thường vụ Tỉnh ủy quản lý[^n19]; đồng thời chỉ đạo cấp ủy các cấp quán triệt và '
     'triển khai thực hiện nghiêm, phân công, phân cấp quản lý và bố trí sử dụng cán bộ, phát huy tốt vai '
     'trò của người đứng đầu trong công tác quản lý cán bộ; chú trọng lãnh đạo xây dựng đội ngũ cán bộ '
     'các cấp, nhất là bí thư cấp ủy, người đứng đầu các cấp đủ phẩm chất, năng lực và uy tín, ngang tầm '
     'nhiệm vụ.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác cán bộ và bảo vệ chính trị nội bộ > Về công tác cán bộ',
     'Các cấp ủy đã tập trung chỉ đạo triển khai thực hiện đồng bộ các khâu, các bước quy trình công tác '
     'cán bộ đảm bảo quy định, đạt nhiều kết quả quan trọng[^n20]. Nhìn chung, đội ngũ cán bộ các cấp có '
     'số lượng, cơ cấu phù hợp, chất lượng ngày càng được nâng lên; đã chú trọng xây dựng đội ngũ cán bộ '
     'nữ, cán bộ trẻ, cán bộ người dân tộc thiểu số[^n21].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác cán bộ và bảo vệ chính trị nội bộ > Công tác bảo vệ chính trị nội bộ',
     'Công tác bảo vệ chính trị nội bộ được triển khai kịp thời, đúng quy định, góp phần xây dựng, củng '
     'cố, bảo vệ và nâng cao chất lượng của hệ thống chính trị và đội ngũ cán bộ, đảng viên, nhất là đội '
     'ngũ cấp uỷ viên và cán bộ lãnh đạo, quản lý các cấp[^n22]. Thực hiện nghiêm các quy định, chỉ thị '
     'về bảo vệ bí mật của Đảng, Nhà nước, nhất là những bộ phận trọng yếu, cơ mật, bộ phận có quan hệ '
     'tiếp xúc với nước ngoài. Xem xét, giải quyết đúng quy trình, quy định về các đơn thư phản ánh cán '
     'bộ có quan hệ lịch sử chính trị gia đình.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác kiểm tra, giám sát, kỷ luật đảng',
     'Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã kịp thời cụ thể hóa chỉ đạo của Trung ương về công tác kiểm tra, '
     'giám sát; ban hành Chương trình kiểm tra, giám sát toàn khóa[^n23], hằng năm và kịp thời bổ sung, '
     'điều chỉnh theo yêu cầu của Bộ Chính trị; chỉ đạo, tổ chức thực hiện các nội dung kiểm tra, giám '
     'sát theo chương trình, đảm bảo chất lượng, đúng quy trình, quy định. Trong đó, tập trung kiểm tra, '
     'giám sát việc kê khai và kiểm soát việc kê khai tài sản; việc thực hiện NQTW4 khóa XII, gắn với học '
     'tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; về trách nhiệm và thẩm quyền của ủy ban '
     'kiểm tra trong công tác phòng, chống tham nhũng; chú trọng chỉ đạo giám sát việc thực hiện công tác '
     'quản lý đất đai, bồi thường, giải phóng mặt bằng các công trình, dự án, các vụ án, vụ việc nhạy cảm '
     'của các cơ quan nội chính.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác kiểm tra, giám sát, kỷ luật đảng',
     'Từ đầu nhiệm kỳ đến nay, cấp ủy, ủy ban kiểm tra các cấp đã tiến hành kiểm tra, giám sát 1.909 tổ '
     'chức đảng và 1.211 đảng viên; thi hành kỷ luật 18 tổ chức đảng và 682 đảng viên. Qua kiểm tra, giám '
     'sát đã giúp tổ chức đảng và đảng viên được kiểm tra nhận thấy ưu điểm để phát huy, khuyết điểm để '
     'khắc phục, sửa chữa kịp thời. Việc thi hành kỷ luật đối với đảng viên đảm bảo nghiêm minh, đúng '
     'nguyên tắc, thẩm quyền; có tính giáo dục, răn đe, giúp cho đảng viên ý thức trong việc chấp hành kỷ '
     'cương, kỷ luật của Đảng. Trên cơ sở kết luận của Ban Thường vụ Tỉnh ủy, cấp ủy các cấp, các cơ '
     'quan, đơn vị, các đảng viên được kiểm tra, giám sát đã kịp thời xây dựng kế hoạch khắc phục khuyết '
     'điểm, phát huy ưu điểm.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác dân vận, tăng cường quan hệ mật thiết giữa Đảng với nhân dân',
     'Đã ban hành Quy định về trách nhiệm của cấp ủy, tổ chức đảng các cấp tiếp tục phát huy vai trò của '
     'Nhân dân trong đấu tranh ngăn chặn, đẩy lùi sự suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội '
     'bộ[^n24]; tiếp tục lãnh đạo triển khai có hiệu quả các chủ trương, nghị quyết của Đảng về công tác '
     'dân vận; ban hành và lãnh đạo triển khai thực hiện có hiệu quả Chỉ thị số 16-CT/TU, ngày 10-9-2018 '
     '"về tiếp tục đẩy mạnh thực hiện quy chế dân chủ ở cơ sở"; trong đó, đã phát huy dân chủ trong Đảng, '
     'đề cao trách nhiệm người đứng đầu và vai trò gương mẫu của cán bộ, đảng viên; chống quan liêu và '
     'các hành vi xâm phạm quyền làm chủ của Nhân dân; mở rộng dân chủ đi đôi với giữ nghiêm kỷ luật, kỷ '
     'cương, kịp thời xử lý nghiêm những tổ chức, cá nhân lợi dụng dân chủ để lôi kéo, kích động gây mất '
     'an ninh chính trị, trật tự, an toàn xã hội.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác dân vận, tăng cường quan hệ mật thiết giữa Đảng với nhân dân',
     'Tập trung thực hiện có hiệu quả các phong trào thi đua yêu nước, các cuộc vận động do các cấp, các '
     'ngành phát động[^n25], nhiều mô hình đem lại hiệu quả cao được xây dựng, nhân rộng[^n26].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác dân vận, tăng cường quan hệ mật thiết giữa Đảng với nhân dân',
     'Cụ thể hóa[^n27] và lãnh đạo các cấp ủy, chính quyền, Mặt trận Tổ quốc, các đoàn thể quán triệt, '
     'thực hiện Quyết định số 217-QĐ/TW, ngày 12-12-2013 của Bộ Chính trị "về quy chế giám sát và phản '
     'biện xã hội" và Quyết định số 218-QĐ/TW, ngày 12-12-2013 của Bộ Chính trị "về việc Mặt trận Tổ '
     'quốc, các đoàn thể chính trị-xã hội và nhân dân tham gia góp ý xây dựng Đảng, chính quyền". Các chủ '
     'trương, chính sách, đề án lớn của tỉnh đều được tổ chức lấy ý kiến tham gia phản biện của Mặt trận '
     'Tổ quốc và các đoàn thể, nhất là các chủ trương, đề án liên quan trực tiếp đến quyền lợi của người '
     'dân. Hằng năm, Mặt trận Tổ quốc và các đoàn thể tỉnh tổ chức hội nghị góp ý đối với Ban Thường vụ '
     'Tỉnh ủy.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác dân vận, tăng cường quan hệ mật thiết giữa Đảng với nhân dân',
     'Chỉ đạo Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị-xã hội tỉnh thực hiện tốt Quy định số '
     '124-QĐ/TW, ngày 02-02-2018 của Ban Bí thư Trung ương Đảng "về giám sát của Mặt trận Tổ quốc Việt '
     'Nam, các đoàn thể chính trị-xã hội và Nhân dân đối với việc tu dưỡng, rèn luyện đạo đức, lối sống '
     'của người đứng đầu, cán bộ chủ chốt và cán bộ, đảng viên"; tiếp tục đổi mới nội dung, phương thức '
     'hoạt động theo hướng thiết thực, hướng mạnh về cơ sở, phù hợp với từng đối tượng; thực hiện tốt '
     'công tác vận động quần chúng, nhất là trong thu hồi đất, bồi thường, giải phóng mặt bằng, tái định '
     'cư...'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Công tác phòng, chống tham nhũng, lãng phí',
     'Chỉ đạo cấp ủy, chính quyền các cấp phát huy vai trò, trách nhiệm của người đứng đầu chủ động triển '
     'khai công tác phòng, chống tham nhũng, lãng phí; đã xử lý có hiệu quả các vụ việc nổi cộm, phức '
     'tạp[^n28]; các vụ việc, vụ án liên quan đến tham nhũng được phát hiện và xử lý kịp thời[^n29]. Công '
     'tác thanh tra, kiểm tra đạt được nhiều kết quả[^n30].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Đổi mới phương thức lãnh đạo của Đảng từ tỉnh đến cơ sở',
     'Cấp uỷ các cấp rà soát sửa đổi, bổ sung quy chế làm việc[^n31] cho phù hợp với tình hình thức tế, '
     'đảm bảo giữ vững nguyên tắc tập trung dân chủ, phát huy được trí tuệ tập thể, vai trò trách nhiệm '
     'và tinh thần tích cực của từng đồng chí cấp uỷ viên, người đứng đầu trong việc tham gia và tổ chức '
     'thực hiện các quyết định của cấp ủy, đảm bảo không buông lỏng sự lãnh đạo hoặc bao biện, làm thay.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Đổi mới phương thức lãnh đạo của Đảng từ tỉnh đến cơ sở',
     'Đổi mới việc phổ biến quán triệt, xây dựng nghị quyết, chương trình, kế hoạch thực hiện các nghị '
     'quyết của Trung ương; Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã ban hành văn bản để triển khai thực hiện '
     'các nghị quyết, chỉ thị, kết luận của Trung ương[^n32] và ban hành 08 nghị quyết chuyên đề để lãnh '
     'đạo thực hiện. Thường trực Tỉnh ủy ủy cho ý kiến đối với chương trình công tác năm của các cơ quan '
     'tham mưu, giúp việc Tỉnh ủy, Mặt trận, các tổ chức chính trị-xã hội tỉnh và các cơ quan nội chính. '
     'Quy định và thực hiện nghiêm chế độ hội họp, giao ban theo khối, chế độ họp, hội ý của Thường trực '
     'Tỉnh ủy để kịp thời nắm và xử lý tốt các vấn đề vướng mắc, phát sinh.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Đổi mới phương thức lãnh đạo của Đảng từ tỉnh đến cơ sở',
     'Thực hiện nhất quán việc thông qua các đảng đoàn, ban cán sự đảng để lãnh đạo HĐND, UBND, Mặt trận '
     'Tổ quốc, các đoàn thể chính trị-xã hội tỉnh và các cơ quan tư pháp; thông qua các cấp ủy trực thuộc '
     'để lãnh đạo trực tiếp, tuyệt đối về mọi mặt đối với các lực lượng Công an, Quân sự, Bộ đội Biên '
     'phòng tỉnh và lãnh đạo toàn diện đối với các huyện ủy, thành ủy; thông qua đồng chí cấp ủy viên, '
     'đảng viên là người đứng đầu các sở, ngành để lãnh đạo đối với các cơ quan, đơn vị trong tỉnh. Quá '
     'trình lãnh đạo, chỉ đạo luôn đảm bảo đúng nguyên tắc, không bao biện, làm thay hoặc can thiệp vào '
     'công tác quản lý, điều hành của chính quyền.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Đổi mới phương thức lãnh đạo của Đảng từ tỉnh đến cơ sở',
     'Việc xây dựng, ban hành nghị quyết của cấp ủy chủ yếu thực hiện trong hai năm đầu nhiệm kỳ theo '
     'hướng ngắn gọn, đảm bảo tính khả thi cao; đối với những nghị quyết của Trung ương đang còn hiệu lực '
     'thì địa phương không ban hành nghị quyết mới, mà tập trung đánh giá việc thực hiện nghị quyết đã có '
     'và bổ sung những chủ trương, giải pháp cần thiết để thực hiện[^n33]. Khắc phục triệt để tình trạng '
     'đùn đẩy trách nhiệm “nói không đi đôi với làm” hoặc “làm qua loa, đại khái”, ảnh hưởng đến chất '
     'lượng, hiệu quả thực hiện nghị quyết của các cấp ủy Đảng.'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Đổi mới phương thức lãnh đạo của Đảng từ tỉnh đến cơ sở',
     'Ban Thường vụ, Thường trực Tỉnh ủy thường xuyên làm việc với các địa phương, đơn vị để kịp thời '
     'tháo gỡ khó khăn, vướng mắc. Từ đầu nhiệm kỳ đến nay, Ban Thường vụ Tỉnh ủy đã làm việc với 09 địa '
     'phương, đơn vị; Thường trực Tỉnh ủy làm việc với 15 địa phương, đơn vị[^n34].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Đổi mới phương thức lãnh đạo của Đảng từ tỉnh đến cơ sở',
     '- Kết quả cải cách thủ tục hành chính trong Đảng: Thực hiện Kết luận số 82-KL/TW, ngày 16-8-2010 '
     'của Bộ Chính trị về cải cách các thủ tục hành chính trong Đảng, Ban Thường vụ Tỉnh ủy xây dựng Kế '
     'hoạch số 52-KH/TU, ngày 18-6-2013 "về thực hiện cải cách một số thủ tục hành chính trong Đảng bộ '
     'tỉnh". Trong đó, xác định rõ quy trình xây dựng, sơ kết, tổng kết các văn bản cụ thể hóa văn bản '
     'của cấp trên; việc tiếp nhận và xử lý văn bản; trong công tác cán bộ, đảng viên... Đồng thời, đã '
     'ban hành nhiều văn bản[^n35] để đảm bảo thực hiện thống nhất trong toàn Đảng bộ về công tác kiểm '
     'tra, giám sát, quản lý cán bộ, hồ sơ đề án trình các hội nghị của cấp ủy… Các cuộc họp của Tỉnh uỷ, '
     'Ban Thường vụ, Thường trực Tỉnh uỷ, các ý kiến thảo luận ngắn gọn, đi vào trọng tâm; giảm các cuộc '
     'họp không cần thiết, tăng cường các cuộc họp trực tuyến. Đã duy trì nghiêm chế độ thông tin, báo '
     'cáo[^n36].'),
    (f'{P1} > Kết quả công tác xây dựng Đảng > Đổi mới phương thức lãnh đạo của Đảng từ tỉnh đến cơ sở',
     'Đồng thời, để tăng cường kỷ luật, kỷ cương hành chính trong các cơ quan, đơn vị, Ban Thường vụ Tỉnh '
     'ủy đã ban hành Kết luận số 1663-KL/TU, ngày 14-04-2015, trong đó yêu cầu các địa phương, cơ quan, '
     'đơn vị nghiêm túc chấp hành các quy định[^n37] của Trung ương về chấp hành giờ giấc và không sử '
     'dụng đồ uống có cồn trong giờ hành chính...'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Việc hướng dẫn thi hành Điều lệ Đảng:',
     'Các cấp ủy, tổ chức đảng, đảng viên trong toàn Đảng bộ luôn chấp hành nghiêm quy định, hướng dẫn '
     'của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư Trung ương Đảng về thi hành Điều lệ Đảng; '
     'thực hiện nghiệp vụ công tác đảng theo đúng hướng dẫn của Ban Tổ chức Trung ương.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về đảng viên:',
     'Thực hiện nghiêm quy định định của Điều lệ Đảng, hướng dẫn của Ban Tổ chức Trung ương về xác định '
     'tiêu chuẩn đảng viên và điều kiện để kết nạp vào Đảng; việc thực hiện các nhiệm vụ của đảng viên; '
     'việc thẩm định, phát thẻ, đổi và quản lý thẻ đảng viên..., góp phần nâng cao chất lượng của đội ngũ '
     'đảng viên.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về nguyên tắc tổ chức và cơ cấu tổ chức của Đảng',
     '- Đã tập trung lãnh đạo, chỉ đạo thực hiện tốt nguyên tắc tập trung dân chủ; qua đó phát huy được '
     'vai trò, trí tuệ của cấp ủy, tổ chức đảng, cán bộ, đảng viên, nhất là vai trò của người đứng đầu '
     'trong việc xây dựng, củng cố mối đoàn kết thống nhất trong Đảng bộ, chi bộ, nâng cao được năng lực '
     'lãnh đạo sức chiến đấu của tổ chức đảng.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về nguyên tắc tổ chức và cơ cấu tổ chức của Đảng',
     '- Việc quy định tổ chức của Đảng được lập tương ứng với tổ chức hành chính của Nhà nước; TCCSĐ được '
     'lập tại đơn vị cơ sở hành chính, đơn vị sự nghiệp, kinh tế hoặc đơn vị công tác như hiện nay là phù '
     'hợp, đảm bảo vai trò Đảng lãnh đạo trực tiếp, tuyệt đối về mọi lĩnh vực, mọi mặt của đời sống xã '
     'hội.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về nguyên tắc tổ chức và cơ cấu tổ chức của Đảng',
     '- Quy chế bầu cử trong Đảng đã xác định rõ về nhiệm vụ của cấp ủy cấp triệu tập đại hội (6 nhiệm vụ '
     'trọng tâm), các cơ quan, bộ phận điều hành, giúp việc của đại hội (đoàn chủ tịch, đoàn thư ký, ban '
     'thẩm tra tư cách đại biểu, ban kiểm phiếu), việc quy định cụ thể nội dung này đảm bảo tính khoa '
     'học, phù hợp với thực tiễn triển khai công tác bầu cử trong Đảng. Các cấp ủy từ tỉnh đến cơ sở đã '
     'thực hiện và lãnh đạo thực hiện tốt các nội dung theo quy định tại đại hội đảng bộ các cấp nhiệm kỳ '
     '2015 - 2020; việc bầu đoàn chủ tịch, đoàn thư ký, ban kiểm phiếu tại đại hội thực hiện đúng quy chế '
     'bầu cử trong Đảng, đảm bảo số lượng, cơ cấu và thực hiện tốt nhiệm vụ theo quy định.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về nguyên tắc tổ chức và cơ cấu tổ chức của Đảng',
     'Việc quy định cụ thể công tác bầu cử tại đại hội, bầu cử tại hội nghị ban chấp hành đảng bộ, bầu bổ '
     'sung ủy viên ban thường vụ, bí thư, ủy viên ủy ban kiểm tra, chủ nhiệm ủy ban kiểm tra... đã giúp '
     'đại hội nắm chắc và thực hiện đúng quy trình các bước thực hiện bầu cử theo quy định.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về nguyên tắc tổ chức và cơ cấu tổ chức của Đảng',
     '- Việc định hướng cơ cấu đại biểu dự Đại hội đại biểu toàn quốc lần thứ XII của Đảng đảm bảo đầy đủ '
     'các cấp, các ngành, lĩnh vực và thành phần trong hệ thống chính trị[^n38].'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Cơ quan lãnh đạo của Đảng ở Trung ương:',
     'Việc xác định số lượng ủy viên chính thức, ủy viên dự khuyết Ban Chấp hành Trung ương; việc xem xét '
     'chuyển Ủy viên Trung ương dự khuyết để thay thế Ủy viên Trung ương chính thức khi khuyết; việc bầu '
     'Ủy ban Kiểm tra Trung ương và Chủ nhiệm Ủy ban Kiểm tra Trung ương... như quy định hiện hành là phù '
     'hợp.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Cơ quan lãnh đạo của Đảng ở địa phương',
     'Đại hội đảng bộ các cấp và Đại hội XV Đảng bộ tỉnh kỳ 2015 - 2020 đã thực hiện đúng, đầy đủ các nội '
     'dung theo quy định về bầu cơ quan lãnh đạo của Đảng ở địa phương, như bầu ban chấp hành đảng bộ '
     'nhiệm kỳ 2015-2020; bầu đoàn đại biểu dự đại hội đảng bộ cấp trên[^n39].'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Cơ quan lãnh đạo của Đảng ở địa phương',
     'Thực hiện Chỉ thị số 35-CT/TW, ngày 30-5-2019 của Bộ Chính trị "về đại hội đảng bộ các cấp tiến tới '
     'Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", Tỉnh ủy đã ban hành Kế hoạch số 100-KH/TU, ngày '
     '03-7-2019 để triển khai thực hiện. Theo Kế hoạch, đại hội đảng bộ cấp cơ sở hoàn thành trước ngày '
     '30-6-2020; đại hội đảng bộ huyện và tương đương hoàn thành trước ngày 31-8-2019; Tỉnh ủy Tỉnh ủy '
     'chọn 02 đảng bộ đại hội điểm (huyện Sa Thầy và huyện Tu Mơ Rông), 01 đảng bộ thực hiện chủ trương '
     'thí điểm đại hội cấp huyện bầu trực tiếp Bí thư Huyện ủy (huyện Tu Mơ Rông); chỉ đạo các đảng bộ '
     'trực thuộc chọn 15 tổ chức cơ sở đảng để tổ chức đại hội điểm (05 tổ chức cơ sở đảng bầu trực tiếp '
     'bí thư). Đồng thời, đã tổ chức Hội nghị trực tuyến toàn tỉnh để quán triệt Chỉ thị số 35-CT/TW và '
     'Kế hoạch số 100-KH/TU của Tỉnh ủy. Thành lập các tiểu ban của Đại hội XVI Đảng bộ tỉnh; các tiểu '
     'ban đã xây dựng Kế hoạch để triển khai thực hiện; thành lập các tổ chỉ đạo đại hội các đảng bộ cấp '
     'huyện và tương đương do các đồng chí Thường trực Tỉnh ủy, Ủy viên Ban Thường vụ Tỉnh ủy làm Tổ '
     'trưởng.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Cơ quan lãnh đạo của Đảng ở địa phương',
     'Các đảng bộ trực thuộc Tỉnh ủy và cấp cơ sở đã cụ thể hóa Chỉ thị số 35-CT/TW, thành lập các tiểu '
     'ban của đại hội và tiến hành xây dựng các văn kiện trình đại hội nhiệm kỳ 2020-2025.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về tổ chức cơ sở đảng',
     'Các quy định của Ban Bí thư Trung ương Đảng về chức năng, nhiệm vụ của các TCCSĐ trong các loại '
     'hình đã giúp các TCCSĐ thực hiện tốt vai trò lãnh đạo của mình.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về tổ chức cơ sở đảng',
     'Việc quy định về số lượng cấp ủy viên, ủy viên ban thường vụ, ủy viên ủy ban kiểm tra của cấp ủy '
     'mỗi cấp, 03 đảng viên chính thức thành lập chi bộ và có 30 đảng viên thành lập đảng bộ... đã phù '
     'hợp với thực tế, nhất là trong việc rà soát, sắp xếp kiện toàn tổ chức bộ máy theo hướng tinh gọn, '
     'nâng cao hiệu lực, hiệu quả hoạt động trong hệ thống chính trị.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về tổ chức đảng trong Quân đội nhân dân Việt Nam và Công an nhân dân Việt Nam',
     'Thực hiện các Quy định của Trung ương về tổ chức đảng trong Quân đội nhân dân Việt Nam và Công an '
     'nhân dân Việt Nam[^n40], cơ cấu tổ chức và hoạt động của tổ chức đảng quân sự và công an địa phương '
     'đặt dưới sự lãnh đạo trực tiếp về mọi mặt của cấp uỷ địa phương; đồng thời, chấp hành nghị quyết '
     'của đảng uỷ quân sự và đảng uỷ công an cấp trên, đảm bảo nhiệm vụ quốc phòng toàn dân, công tác '
     'quân sự tại địa phương và tình hình an ninh chính trị, trật tự an toàn xã hội trong toàn tỉnh được '
     'ổn định.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về công tác kiểm tra, giám sát của Đảng và ủy ban kiểm tra các cấp',
     'Đã quán triệt và thực hiện nghiêm Quy định số 30-QĐ/TW, ngày 26-7-2016 của Ban Chấp hành Trung ương '
     'Đảng thi hành Chương VII và Chương VIII Điều lệ Đảng về công tác kiểm tra, giám sát kỷ luật Đảng và '
     'các quy định, hướng dẫn của Trung ương về công tác kiểm tra giám sát.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về công tác kiểm tra, giám sát của Đảng và ủy ban kiểm tra các cấp',
     'Ban hành Quy chế làm việc của Ủy ban Kiểm tra Tỉnh ủy khóa XV, nhiệm kỳ 2015-2020 (Quy chế số '
     '02-QC/TU, ngày 13-01-2016), trong đó xác định rõ trách nhiệm, quyền hạn của tập thể Ủy ban Kiể tra '
     'Tỉnh ủy, Thường trực Kiểm tra Tỉnh ủy; trách nhiệm, quyền hạn của cá nhân các đồng chí trong Thường '
     'trực Ủy ban Kiểm tra Tỉnh ủy. Đồng thời, xác định rõ mối quan hệ giữa Ủy ban Kiểm tra Tỉnh ủy với '
     'các cơ quan, đơn vị, cấp ủy trực thuộc và ủy ban kiểm tra cấp dưới.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về khen thưởng, kỷ luật:',
     'Công tác khen thưởng tổ chức đảng, đảng viên đã thực hiện đúng quy trình, quy định, thẩm quyền, '
     'tiêu chuẩn đối tượng và hình thức khen thưởng. Từ đầu nhiệm kỳ đến nay, Tỉnh ủy, Ban Thường vụ Tỉnh '
     'ủy đã tặng huy hiệu Đảng cho {huy_hieu} đảng viên[^n41]; khen thưởng {kt_tc} tổ chức đảng[^n42], '
     '492 đảng viên.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Đảng lãnh đạo Nhà nước, Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội',
     'Căn cứ quy định của Trung ương, Ban Thường vụ Tỉnh ủy chỉ định thành lập và quy định chức năng, '
     'nhiệm vụ, quyền hạn và mối quan hệ công tác của 10 ban cán sự đảng, đảng đoàn[^n43]. Thực hiện đúng '
     'quy định về giới thiệu cán bộ đủ tiêu chuẩn để ứng cử hoặc bổ nhiệm vào cơ quan nhà nước, Mặt trận '
     'Tổ quốc và các đoàn thể chính trị - xã hội.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Đảng lãnh đạo Nhà nước, Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội',
     'Các ban cán sự đảng, đảng đoàn đã lãnh đạo, chỉ đạo việc thực hiện nghiêm chủ trương của Đảng, '
     'chính sách, pháp luật của Nhà nước, nhiệm vụ chính trị của ngành; quyết định những vấn đề về tổ '
     'chức, cán bộ theo phân công, phân cấp quản lý cán bộ; phối hợp với các cấp ủy đảng xây dựng đảng bộ '
     'trong sạch, vững mạnh; chịu trách nhiệm trước cấp ủy về các đề xuất của mình; làm việc theo nguyên '
     'tắc tập trung dân chủ, tập thể lãnh đạo, cá nhân phụ trách, quyết định theo đa số; được sử dụng bộ '
     'máy giúp việc chuyên trách của cơ quan, đơn vị để thực hiện công tác lãnh đạo, chỉ đạo của mình.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Đảng lãnh đạo Đoàn Thanh niên Cộng sản Hồ Chí Minh',
     'Ban thường vụ cấp ủy từ tỉnh đến cơ sở trên địa bàn tỉnh lãnh đạo trực tiếp tổ chức đoàn cùng cấp '
     'về phương hướng, nhiệm vụ, tư tưởng, tổ chức, cán bộ; phân công cấp ủy viên cùng cấp (trực tiếp là '
     'đồng chí cấp ủy viên, bí thư đoàn cùng cấp) theo dõi, kiểm tra hoạt động của tổ chức đoàn; định kỳ '
     'hằng năm, ban thường vụ cấp ủy nghe báo cáo để lãnh đạo, chỉ đạo về hoạt động của tổ chức đoàn cùng '
     'cấp; quan tâm bố trí, sắp xếp công tác cho cán bộ đoàn chuyên trách khi hết tuổi tham gia công tác '
     'đoàn.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về tài chính của Đảng',
     'Việc thực hiện các quy định của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư Trung ương Đảng '
     'và hướng dẫn của các bộ, ngành Trung ương về chế độ đảng phí; cơ chế ngân sách Nhà nước bảo đảm nhu '
     'cầu chi tiêu phục vụ hoạt động của các cơ quan của Đảng; các nguồn thu khác; về quản lý tài chính, '
     'tài sản của Đảng... như hiện nay là phù hợp.'),
    (f'{P1} > Kết quả thi hành Điều lệ Đảng > Về tài chính của Đảng',
     'Đối với tỉnh Kon Tum, nguồn kinh phí của tỉnh và huyện, thành phố gồm có: Nguồn ngân sách cấp, thu '
     'nội bộ và thu đảng phí. Công tác tài chính cấp tỉnh ổn định về mô hình: Văn phòng Tỉnh uỷ là cơ '
     'quan tài chính của cấp uỷ; phòng Tài chính Đảng trực thuộc Văn phòng Tỉnh uỷ có chức năng giúp Văn '
     'phòng Tỉnh uỷ tham mưu Thường trực Tỉnh uỷ quản lý ngân sách, hướng dẫn nghiệp vụ về tài chính cho '
     'văn phòng cấp uỷ trực thuộc. Công tác quản lý tài chính Đảng từ cấp tỉnh đến cấp huyện ngày càng đi '
     'vào nề nếp và ổn định; đảm bảo đúng nguyên tắc, quy định và tiết kiệm. Thường trực Tỉnh uỷ đã quan '
     'tâm lãnh đạo, chỉ đạo điều hành hoạt động tài chính theo nguyên tắc tập trung dân chủ kết hợp phân '
     'cấp quản lý sử dụng; lãnh đạo thực hiện chủ trương khoán kinh phí, nhằm cải thiện đời sống của cán '
     'bộ, công chức; thực hiện công khai tài chính trong nội bộ cơ quan theo quy định. Các văn phòng cấp '
     'uỷ cơ bản đã tham mưu giúp cấp uỷ quản lý, sử dụng tài chính hiệu quả, đúng quy định.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Ưu điểm',
     'Các cấp ủy, tổ chức đảng, cán bộ, đảng viên trong toàn Đảng bộ nhận thức đầy đủ, đúng đắn về Điều '
     'lệ Đảng, các quy định hướng dẫn thi hành Điều lệ Đảng; nâng cao ý thức, trách nhiệm, sự đồng thuận '
     'trong triển khai thực hiện nhiệm vụ góp phần thực hiện thắng lợi nhiệm vụ chính trị, xây dựng Đảng, '
     'xây dựng hệ thống chính trị của địa phương.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Ưu điểm',
     'Chỉ đạo rà soát, sắp xếp, kiện toàn tổ chức đảng, chính quyền, Mặt trận, các đoàn thể chính trị-xã '
     'hội trong hệ thống chính trị theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả. Thực hiện tốt công '
     'tác cán bộ, chính sách, đào tạo cán bộ, góp phần xây dựng đội ngũ cán bộ có đủ phẩm chất, năng lực '
     'đáp ứng yêu cầu nhiệm vụ. Công tác kiểm tra, giám sát, công tác dân vận có nhiều chuyển biến tích '
     'cực. Đã tập trung chỉ đạo xử lý tốt các vấn đề trọng tâm, nổi cộm, bức xúc liên quan đến an ninh '
     'chính trị, trật tự an toàn xã hội trên địa bàn; công tác phòng, chống tham nhũng, lãng phí được '
     'quan tâm, chỉ đạo quyết liệt, tạo bước chuyển biến rõ rệt; giữ vững ổn định an ninh chính trị, phát '
     'triển kinh tế-xã hội, củng cố lòng tin của Nhân dân đối với Đảng, với chính quyền địa phương. Tiếp '
     'tục đổi mới phương thức lãnh đạo của Đảng đối với chính quyền, Mặt trận Tổ quốc và các đoàn thể '
     'chính trị - xã hội đảm bảo vai trò lãnh đạo tuyệt đối, trực tiếp mọi mặt của đời sống xã hội, xây '
     'dựng Đảng ngày càng trong sạch, vững mạnh đáp ứng yêu cầu nhiệm vụ trong tình hình mới.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Hạn chế, khuyết điểm',
     '- Công tác nắm bắt tư tưởng cán bộ, đảng viên và định hướng thông tin dư luận có lúc chưa kịp thời. '
     'Chất lượng sinh hoạt chi bộ ở khu vực nông thôn, khu vực doanh nghiệp ngoài Nhà nước có nơi còn hạn '
     'chế.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Hạn chế, khuyết điểm',
     '- Việc phát hiện và kiểm tra đối với tổ chức đảng và đảng viên khi có dấu hiệu vi phạm còn ít.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Hạn chế, khuyết điểm',
     '- Công tác dân vận ở một số nơi chưa hiệu quả. Hoạt động của khối dân vận ở cơ sở chậm được đổi '
     'mới; công tác tham mưu cấp uỷ về công tác vận động quần chúng, nhất là việc nắm tình hình nhân dân, '
     'phát hiện và giải quyết các vấn đề nảy sinh ở cơ sở có lúc, có việc chưa sâu sát, kịp thời.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Nguyên nhân',
     '- Sự phát triển của mạng Internet, mạng xã hội đã phần nào tác động đến tư tưởng của người dân, '
     'trong đó có cán bộ, đảng viên.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Nguyên nhân',
     '- Đảng viên ở chi bộ khu vực nông thôn hạn chế về trình độ chuyên mô và thông tin; đảng viên trong '
     'doanh nghiệp bị chi phối bởi sự lãnh đạo của chủ doanh nghiệp và áp lực sản xuất kinh doanh.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Nguyên nhân',
     '- Vi phạm của các đối tượng ngày càng tinh vi, trong khi đó một số quy định của pháp luật chưa chặt '
     'chẽ, dễ bị các đối tượng vi phạm lợi dụng, làm trái.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Nguyên nhân',
     '- Cán bộ làm công tác dân vận ở cơ sở thiếu và yếu; sự tuyên truyền xuyên tạc, chống phá của các '
     'thế lực thù địch ngày càng gay gắt.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Bài học kinh nghiệm',
     '- Thường xuyên coi trọng công tác xây dựng, chỉnh đốn Đảng, xây dựng hệ thống chính trị trong sạch, '
     'vững mạnh, nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng, đảng viên. Bám sát Cương '
     'lĩnh, Điều lệ và các nghị quyết của Đảng, nhất là những nhiệm vụ trọng tâm về công tác xây dựng '
     'Đảng; kịp thời cụ thể hóa các chủ trương của Đảng để lãnh đạo, chỉ đạo tổ chức thực hiện phù hợp '
     'với thực tế.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Bài học kinh nghiệm',
     '- Tăng cường đấu tranh ngăn chặn, đẩy lùi suy thoái, “tự diễn biến”, “tự chuyển hóa” trong nội bộ; '
     'kiểm tra, giám sát, kỷ luật Đảng; đấu tranh phòng, chống tham nhũng lãng phí; củng cố miềm tin của '
     'cán bộ, đảng viên và Nhân dân đối với Đảng, Nhà nước.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Bài học kinh nghiệm',
     '- Phải chủ động, tích cực trong lãnh đạo, chỉ đạo, tổ chức thực hiện với quyết tâm chính trị cao, '
     'nỗ lực lớn, hành động quyết liệt, hiệu quả; có tư duy đổi mới, sáng tạo, cách tiếp cận khoa học, '
     'phù hợp; mạnh dạn tổ chức thực hiện với bước đi chắc chắn, không chủ quan, nóng vội; kết hợp chặt '
     'chẽ, đồng bộ, toàn diện các mặt của công tác xây dựng Đảng.'),
    (f'{P1} > Đánh giá chung, nguyên nhân và bài học kinh nghiệm > Bài học kinh nghiệm',
     '- Đẩy mạnh tổng kết thực tiễn, nghiên cứu lý luận về công tác xây dựng Đảng và thi hành Điều lệ '
     'Đảng. Kịp thời thể chế hóa các chủ trương của Đảng thành các văn bản quy phạm pháp luật của Nhà '
     'nước để triển khai thực hiện bảo đảm tính thống nhất, đồng bộ, liên thông giữa quy định của Đảng và '
     'pháp luật của Nhà nước.'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     '1. Tiếp tục đổi mới, nâng cao chất lượng công tác nghiên cứu, quán triệt và triển khai thực hiện '
     'các nghị quyết, kết luận của Đảng. Chủ động điều tra, nắm bắt dư luận, tư tưởng của cán bộ, đảng '
     'viên và các tầng lớp nhân dân để tuyên truyền giải thích, vận động, thuyết phục kịp thời; đấu tranh '
     'phản bác lại các luận điệu xuyên tạc, sai trái, phản động, âm mưu hoạt động “diễn biến hòa bình” '
     'của các thế lực thù địch trên lĩnh vực tư tưởng-văn hóa; tuyên truyền nâng cao nhận thức cho cán '
     'bộ, đảng viên và người dân khi sử dụng mạng xã hội.'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     '- Chủ động nắm bắt thực tiễn, tổng kết kinh nghiệm, nhất là từ địa phương cơ sở để cung cấp luận cứ '
     'khoa học, cơ sở lý luận và thực tiễn cho quá trình chuẩn bị văn kiện đại hội đảng các cấp và Văn '
     'kiện Đại hội toàn quốc lần thứ XIII của Đảng.'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     '- Thực hiện nghiêm NQTW 4 khóa XII "về tăng cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự '
     'suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện "tự diễn biến", "tự chuyển hóa" '
     'trong nội bộ", gắn với Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị "về đẩy mạnh học tập và '
     'làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh" và các quy định của Trung ương, của tỉnh về nêu '
     'gương.'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     '2. Tiếp tục thực hiện có hiệu quả công tác sắp xếp tổ chức bộ máy, tinh giản biên chế theo chủ '
     'trương của Trung ương; sửa đổi, bổ sung quy định về chức năng, nhiệm vụ, quyền hạn, tổ chức bộ máy '
     'gắn của các cơ quan, đơn vị. Thực hiện tốt công tác quy hoạch, đào tạo, bồi dưỡng, điều động, luân '
     'chuyển cán bộ, nhất là cán bộ trẻ, nữ, dân tộc thiểu số. Xây dựng đội ngũ cán bộ, công chức, viên '
     'chức có phẩm chất đạo đức, năng lực, trách nhiệm, tâm huyết với nhiệm vụ được giao. Chú trọng việc '
     'tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức. Thực hiện tốt công tác bảo '
     'vệ chính trị nội bộ.'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     '3. Tiếp tục xây dựng, củng cố, nâng cao năng lực lãnh đạo, sức chiến đấu của TCCSĐ. Tăng cường công '
     'tác phát triển đảng, gắn với đánh giá, rà soát đưa những đảng viên không còn đủ tư cách ra khỏi '
     'Đảng; chú trọng công tác quản lý, giáo dục và phân công nhiệm vụ cho đảng viên. Khuyến khích thực '
     'hiện chủ trương bí thư chi bộ kiêm thôn trưởng, tổ trưởng tổ dân phố.'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     '4. Triển khai thực hiện tốt các nhiệm vụ kiểm tra, giám sát theo chương trình, kế hoạch đã đề ra; '
     'trong đó tập trung vào một số lĩnh vực nhạy cảm dễ phát sinh tiêu cực như: Quản lý đất đai, công '
     'tác bồi thường, giải phóng mặt bằng, tái định cư, quản lý tài nguyên, trật tự xây dựng đô thị; tệ '
     '“tham nhũng vặt".'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     'Đẩy mạnh công tác tự kiểm tra của tổ chức cơ sở đảng, tăng cường kiểm tra tổ chức đảng và đảng viên '
     'khi có dấu hiệu vi phạm. Thực hiện tốt việc xem xét, giải quyết đơn thư khiếu nại, tố cáo, nhất là '
     'các trường hợp liên quan đến cán bộ thuộc diện Thường trực, Ban Thường vụ Tỉnh ủy quản lý và cán bộ '
     'quy hoạch nhân sự Đại hội Đảng bộ các cấp nhiệm kỳ 2020-2025, đảm bảo đúng nguyên tắc, quy trình, '
     'quy định.'),
    (f'{P2} > Phương hướng, nhiệm vụ',
     '5. Đổi mới, nâng cao hiệu quả công tác dân vận; phát huy vai trò giám sát và phản biện xã hội của '
     'Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội; thực hiện tốt công tác dân vận của chính quyền. '
     'Kịp thời nắm bắt tư tưởng, tâm trạng của đoàn viên, hội viên và các tầng lớp nhân dân, nhất là các '
     'địa bàn trọng điểm về an ninh trật tự, biên giới, vùng có đạo, vùng đồng bào dân tộc thiểu số để '
     'kiến nghị cấp có thẩm quyền giải quyết phù hợp.'),
    (f'{P2} > Kiến nghị đề xuất',
     '1. Về thực hiện chủ trương bí thư cấp ủy đồng thời là chủ tịch hội đồng nhân dân: Đề nghị Trung '
     'ương hướng dẫn cụ thể việc thực hiện điều động, phân công cấp ủy và luân chuyển cán bộ trong nhiệm '
     'kỳ thì không thể bố trí bí thư cấp ủy đồng thời là chủ tịch hội đồng nhân dân (vì không phải đại '
     'biểu hội đồng nhân dân), nhất là thực hiện chủ trương bí thư cấp ủy không là người địa phương như '
     'hiện nay.'),
    (f'{P2} > Kiến nghị đề xuất',
     '2. Sớm ban hành quy định về chức năng, nhiệm vụ của chi bộ trực thuộc đảng ủy cơ sở để triển khai '
     'thực hiện, nhất là chi bộ thôn, tổ dân phố và việc bầu hoặc chỉ định đồng chí bí thư đảng uỷ cấp xã '
     'giữ chức vụ bí thư chi bộ quân sự cùng cấp; đánh giá tổng kết việc thực hiện chủ trương bí thư cấp '
     'ủy đồng thời là chủ tịch ủy ban nhân dân cấp xã; trên co sở đó đề ra giải pháp thực hiện hiệu quả '
     'trong thời gian tới.'),
    (f'{P2} > Kiến nghị đề xuất',
     '3. Quy định thống nhất phương thức lãnh đạo của cấp uỷ cấp huyện đối với hội đồng nhân dân và ủy '
     'ban nhân dân cùng cấp[^n44].'),
    (f'{P2} > Kiến nghị đề xuất',
     '4. Về thực hiện thống nhất hướng dẫn công tác Đảng giữa cơ quan dân chính và cơ quan vũ trang: Đề '
     'nghị xem xét, quy định các cấp ủy đảng (kể cả trong lực lượng vũ trang) phải thực hiện thống nhất '
     'nội dung hướng dẫn của các ban Đảng Trung ương đối với việc sơ, tổng kết về công tác đảng, công tác '
     'tổ chức cán bộ; xây dựng văn kiện phục vụ đại hội; trình tự, nội dung công tác kiểm điểm tự phê '
     'bình, phê bình trong đảng và nghiệp vụ công tác đảng viên... nhằm khắc sớm phục tình trạng chồng '
     'chéo như hiện nay.'),
    (f'{P2} > Kiến nghị đề xuất',
     '5. Đề nghị rà soát, sửa đổi Quy định số 170-QĐ/TW, ngày 07-3-2013 của Ban Bí thư Trung ương Đảng '
     '“về chức năng, nhiệm vụ của đảng bộ, chi bộ cơ sở trong doanh nghiệp tư nhân” và Quy định số '
     '171-QĐ/TW, ngày 07-3-2013 của Ban Bí thư Trung ương Đảng “về chức năng, nhiệm vụ của đảng bộ, chi '
     'bộ cơ sở trong doanh nghiệp có vốn nước ngoài”, đảm bảo thực hiện thống nhất với Điều lệ Đảng. Vì '
     'theo quy định, chức năng, nhiệm vụ của các loại hình TCCSĐ trong doanh nghiệp tư nhân, doanh nghiệp '
     'có vốn đầu tư nước ngoài không lãnh đạo xây dựng chính quyền (các tổ chức kinh tế). Đồng thời, xem '
     'xét việc xác định nội dung “Lãnh đạo thực hiện công tác cán bộ” cho phù hợp. Vì trên thực tế, việc '
     'tham gia công tác cán bộ của tổ chức đảng đối với chủ doanh nghiệp chỉ là hình thức.'),
    (f'{P2} > Kiến nghị đề xuất',
     '6. Đề nghị nghiên cứu có hình thức kỷ luật phù hợp đối với đảng viên không giữ chức vụ, nhằm đảm '
     'bảo công bằng trong thi hành kỷ luật Đảng. Vì theo quy định, đảng viên chính thức khi bị thi hành '
     'kỷ luật áp dụng 4 hình thức: khiển trách, cảnh cáo, cách chức, khai trừ. Tuy nhiên, đối với đảng '
     'viên không giữ chức vụ thì áp dụng 3 hình thức: khiển trách, cảnh cáo và khai trừ. Khi cả 02 cùng '
     'vi phạm khuyết điểm cần phải áp dụng hình thức kỷ luật Đảng cao hơn mức cảnh cáo thì đảng viên '
     'không giữ chức vụ buộc phải khai trừ đảng còn đảng viên có chức vụ sau khi cách chức vẫn là đảng '
     'viên.'),
    (f'{P2} > Kiến nghị đề xuất',
     '7. Đề nghị thống nhất thời gian thi hành kỷ luật đảng (đối với đảng viên đã bị xử lý kỷ luật về '
     'hành chính) theo thời gian tại quyết định kỷ luật hành chính, đoàn thể (nếu đảng viên đó vi phạm '
     'đến mức phải xử lý kỷ luật đảng). Vì theo quy định, việc thi hành kỷ luật Đảng và kỷ luật hành '
     'chính đã có sự thống nhất, đồng bộ. Tuy nhiên, khi các cơ quan nhà nước, Mặt trận Tổ quốc và các '
     'đoàn thể - chính trị xã hội thi hành kỷ luật đối với cán bộ, công chức, hội viên, đoàn viên là đảng '
     'viên, phải thông báo cho tổ chức đảng quản lý đảng viên đó biết để xem xét xử lý. Nhưng việc xem '
     'xét xử lý kỷ luật đảng viên phải theo quy trình, quy định, do đó việc đảng viên phải chịu thời gian '
     'thi hành kỷ luật đảng dài hơn so với kỷ luật nhà nước với cùng một nội dung vi phạm là chưa phù hợp.'),
]

NOTES = [
    ("n1", 'Trong đó có 7 dân tộc tại chỗ: Xê Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm, Hre.'),
    ("n2", 'Trong đó có 02 huyện thụ hưởng Nghị quyết 30a của Chính phủ (Kon Plông, Tu Mơ Rông) và 03 huyện '
           'được hưởng cơ chế của Nghị quyết 30a (Đăk Glei, Kon Rẫy, Sa Thầy).'),
    ("n3", 'Trong đó có 13 xã biên giới; 61 xã đặc biệt khó khăn, xã biên giới thuộc diện đầu tư theo Chương '
           'trình 135.'),
    ("n4", 'Gồm: 9 huyện, 01 thành phố; 03 đảng bộ lực lượng vũ trang (Công an, Quân sự và Bộ đội Biên phòng); '
           '02 đảng bộ Khối (khối các Cơ quan tỉnh và khối Doanh nghiệp tỉnh).'),
    ("n5", 'Ban hành Kế hoạch 77-CTr/TU, ngày 29-11-2018 "về xử lý tình huống, đấu tranh về tư tưởng khi có '
           'thông tin biểu tình, bạo loạn, khiếu kiện đông người, phức tạp có thể xảy ra trên địa bàn tỉnh"; '
           'Công văn số 808-CV/TU, ngày 16-7-2019 "về đấu tranh ngăn chặn, xử lý, gỡ bỏ tin giả, xấu, độc trên '
           'Internet, mạng xã hội".'),
    ("n6", 'Kết quả kiểm điểm tự phê bình và phê bình tập thể và cá nhân\n- Năm 2015: 340 cán bộ lãnh đạo thuộc '
           'diện Ban Thường vụ Tỉnh uỷ quản lý. Trong đó, HTXSNV 266 đồng chí, chiếm 78,24% (tăng 9,44% so với '
           'năm 2014); HTTNV 74 đồng chí, chiếm 21,76% (giảm 8,85% so với năm 2014); chưa HTNV (năm 2014 có 02 '
           'đồng chí).\n- Năm 2016: 340 cán bộ lãnh đạo thuộc diện Ban Thường vụ Tỉnh ủy quản lý. Trong đó, '
           'HTXSNV 254 đồng chí, chiếm 74,71% (huyện, thành phố 109 đồng chí, chiếm 42,91%, giảm 3,52% so với '
           'năm 2015); HTTNV 81 đồng chí, chiếm 23,82% (huyện, thành phố 32 đồng chí, chiếm 39,51%, tăng 2,06% '
           'so với năm 2015); HTNV 3 đồng chí, chiếm 0,88% (huyện, thành phố 1 đồng chí, chiếm 33,33%, tăng '
           '0,88% so với năm 2015); Không HTNV 02 đồng chí, chiếm 0.59% (huyện, thành phố 1 đồng chí, chiếm '
           '50%, tăng 0,59% so với năm 2015).\n- Năm 2017: {cb17} cán bộ lãnh đạo thuộc diện Ban Thường vụ Tỉnh '
           'ủy quản lý. Trong đó, HTXSNV {cb17_xs} đồng chí (chiếm {cb17_xs.tyle}); HTTNV {cb17_tot} đồng chí '
           '(chiếm {cb17_tot.tyle}); HTNV {cb17_ht} đồng chí (chiếm {cb17_ht.tyle}); Không HTNV {cb17_k} đồng '
           'chí (chiếm {cb17_k.tyle}).\n- Năm 2018: Ban Thường vụ Tỉnh uỷ: Xếp loại HTXSNV 03 đồng chí (chiếm '
           '20%), HTTNV 12 đồng chí (chiếm 80%).\n- Cán bộ thuộc diện Thường trực Tỉnh uỷ quản lý 58 đồng chí. '
           'Trong đó: HTXSNV: 11/57 đồng chí (chiếm tỷ lệ 19,3% trong tổng số các đồng chí HTTNV); HTTNV: 46 '
           'đồng chí; HTNV: 01 đồng chí.\n- Cán bộ thuộc diện Ban Thường vụ Tỉnh uỷ quản lý 87 đồng chí: Trong '
           'đó: Các đồng chí là Tỉnh ủy viên; trưởng các cơ quan, địa phương, đơn vị: {tuv} đồng chí. Trong đó, '
           'xếp loại HTXSNV: {tuv_xs} đồng chí, chiếm tỷ lệ {tuv_xs_tl.tyle} số đề nghị HTTNV; HTTNV: {tuv_tot} '
           'đồng chí; HTNV: {tuv_ht} đồng chí; Không HTNV: {tuv_k} đồng chí. Các đồng chí là phó bí thư các '
           'huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy: {pbt} đồng chí, trong đó, HTXSNV: {pbt_xs} đồng '
           'chí, chiếm tỷ lệ {pbt_xs_tl.tyle} số đề nghị HTTNV; HTTNV: {pbt_tot} đồng chí; HTNV: {pbt_ht} đồng '
           'chí.'),
    ("n7", 'Chương trình số 51-CTr/TU, ngày 09-02-2018 về thực hiện Nghị quyết số 18-NQ/TW ngày 25-10-2017 “Một '
           'số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động '
           'hiệu lực, hiệu quả”; Chương trình số 53-CTr/TU, ngày 21-02-2018 về thực hiện Nghị quyết số 19-NQ/TW '
           '“về tiếp tục đổi mới hệ thống tổ chức quản lý, nâng cao chất lượng và hiệu quả hoạt động của các '
           'đơn vị sự nghiệp công lập"; Thông báo kết luận số 722-TB/TU, ngày 28-9-2018 về việc triển khai thực '
           'hiện Kết luận số 34-KL/TW, ngày 07-8-2018 của Bộ Chính trị “về thực hiện một số mô hình thí điểm '
           'theo Nghị quyết số 18-NQ/TW, ngày 25-10-2017 của Ban Chấp hành Trung ương khoá XII”; Kế hoạch số '
           '48-KH/TU, ngày 22-11-2017, trong đó có Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW.'),
    ("n8", 'Đã giảm 01 đầu mối trực thuộc, 01 trưởng phòng, 01 phó trưởng phòng và 06 biên chế. Chuyển giao '
           'trang thiết bị và đội ngũ y, bác sĩ của Phòng Khám và quản lý sức khỏe cán bộ tỉnh về Sở Y tế để '
           'thành lập Phòng Khám cán bộ trung cao trực thuộc Bệnh viện Đa khoa tỉnh (đi vào hoạt động chính '
           'thức từ ngày 01-11-2018) và tổ chức lại Ban Bảo vệ, chăm sóc sức khỏe cán bộ tỉnh.'),
    ("n9", 'Huyện Tu Mơ Rông: Giám đốc Trung tâm được bố trí Phó Bí thư Đảng ủy xã Măng Ri; Thành phố Kon Tum: '
           'Giám đốc Trung tâm nghỉ hưu theo chế độ; huyện Đăk Hà: Giám đốc Trung tâm nghỉ thôi việc; Huyện '
           'Ngọc Hồi, Kon Plông: điều động Giám đốc Trung tâm sang khối chính quyền; huyện Kon Rẫy: Giám đốc '
           'Trung tâm bố trí giữ chức Phó Trưởng Ban Tuyên giáo Huyện ủy; huyện Đăk Tô và Đăk Glei: Giám đốc '
           'Trung tâm (không phải là Huyện ủy viên) bố trí Phó Giám đốc Trung tâm (theo nguyện vọng cá nhân); '
           'huyện Sa thầy: Giám đốc Trung tâm (là Huyện ủy viên) bố trí Phó Giám đốc Trung tâm (theo nguyện '
           'vọng cá nhân).'),
    ("n10", 'Từ năm 2009 đến nay: Xã Đăk Pét, huyện Đăk Glei; thị trấn Đăk Tô, huyện Đăk Tô và xã Đăk Rơ Wa, '
           'Thành phố Kon Tum .'),
    ("n11", 'Như: Văn phòng Huyện ủy với Văn phòng HĐND-UBND huyện; Ban Tổ chức Huyện ủy với Phòng Nội vụ huyện; '
           'Ủy ban Kiểm tra Huyện ủy với Thanh tra tại huyện Ia H’Drai.'),
    ("n12", 'Cụ thể: (1) Lĩnh vực giáo dục: Đã chủ động rà soát, thành lập Trường Cao đẳng Cộng đồng Kon Tum '
           'trên cơ sở sáp nhập các trường: Cao đẳng Sư phạm, Cao đẳng Kinh tế-Kỹ thuật, Trung học Y tế, Trung '
           'cấp nghề. Hiện đang chỉ đạo rà soát, sáp nhập các trường tiểu học, trung học cơ sở trên địa bàn '
           'tỉnh; (2) Lĩnh vực Văn hóa-Thể thao và Du lịch: Thành lập Trung tâm Văn hóa-Nghệ thuật (trên cơ sở '
           'hợp nhất Trung tâm Văn hóa, Đoàn Nghệ thuật, Trung tâm Phát hành phim và Chiếu bóng tỉnh); Bảo '
           'tàng-Thư viện tỉnh (trên cơ sở hợp nhất Bảo tàng tỉnh, Thư viện tỉnh và Ban Quản lý di tích); thành '
           'lập mới Trung tâm Thông tin xúc tiến du lịch. Qua đó, đã giảm 03 đơn vị cấp phòng, 10 đầu mối, 10 '
           'lãnh đạo đơn vị và cấp phòng trực thuộc; (3) Lĩnh vực Khoa học-Công nghệ: Thành lập Trung tâm '
           'nghiên cứu, ứng dụng và dịch vụ khoa học công nghệ tỉnh (trên cơ sở hợp nhất Trung tâm Ứng dụng '
           'tiến bộ khoa học và công nghệ, Trung tâm Thông tin và Thống kê khoa học và công nghệ, Trung tâm Kỹ '
           'thuật Tiêu chuẩn Đo lường Chất lượng). Qua đó, đã giảm 02 đơn vị cấp phòng, 03 đầu mối và 08 lãnh '
           'đạo đơn vị và cấp phòng trực thuộc; (4) Lĩnh vực Y tế: Thành lập Trung tâm Kiểm soát bệnh tật tỉnh '
           'trên cơ sở hợp nhất 07 trung tâm (Y tế dự phòng, Phòng chống Sốt rét - Ký sinh trùng - Côn trùng, '
           'Kiểm dịch y tế, Phòng chống HIV/AIDS, Truyền thông - Giáo dục sức khỏe, Chăm sóc sức khỏe sinh sản, '
           'Phòng chống bệnh xã hội); thành lập Bệnh viện Y dược cổ truyền - Phục hồi chức năng thuộc Sở Y tế '
           'trên cơ sở hợp nhất Bệnh viện Y dược cổ truyền và Bệnh viện Phục hồi chức năng. Tổ chức lại Trung '
           'tâm Y tế các huyện, thành phố trên cơ sở sáp nhập Trung tâm Dân số-Kế hoạch hóa gia đình vào Trung '
           'tâm y tế các huyện, thành phố; giải thể 04 Phòng khám Đa khoa khu vực thuộc Trung tâm Y tế các '
           'huyện; giải thể một số trạm y tế và chuyển đổi chức năng 03 trạm y tế (chỉ thực hiện công tác y tế '
           'dự phòng) nơi có cơ sở y tế cấp huyện trên cùng địa bàn. Qua đó, đã giảm 20 đơn vị cấp phòng, 12 '
           'đầu mối, 49 lãnh đạo đơn vị và cấp phòng trực thuộc; (5) Lĩnh vực Nông nghiệp và Phát triển nông '
           'thôn: Thành lập Ban quản lý rừng phòng hộ Đăk Glei (trên cơ sở hợp nhất Ban quản lý rừng phòng hộ '
           'Đăk Blô, Đăk Nhoong, Đăk Long); tổ chức lại Trung tâm khuyến nông (trên cơ sở sáp nhập Trung tâm '
           'Giống cây trồng, vật nuôi và thủy sản vào Trung tâm Khuyến nông); giải thể Ban quản lý rừng phòng '
           'hộ Đăk Ang. Qua đó, đã giảm 04 đơn vị cấp phòng, 13 đầu mối, 19 người lãnh đạo đơn vị và cấp phòng '
           'trực thuộc; (6) Lĩnh vực Lao động - Thương binh và Xã hội: Sáp nhập Trung tâm công tác xã hội thành '
           'phố Kon Tum vào Trung tâm bảo trợ và công tác xã hội tỉnh (Đã giảm 01 đơn vị, 01 cấp trưởng và 01 '
           'cấp phó đơn vị); (7) Lĩnh vực Tài nguyên và Môi trường: Chuyển các Chi nhánh Trung tâm phát triển '
           'quỹ đất trực thuộc Trung tâm phát triển quỹ đất về ủy ban nhân dân các huyện, thành phố quản lý.'),
    ("n13", 'Đến nay, có 5/10 Bí thư huyện ủy, thành ủy không phải là người địa phương (Ngọc Hồi, Đăk '
           'Tô, Đăk Hà, Kon Rẫy, Ia H’Drai).'),
    ("n14", '- Đối với khối Đảng, Mặt trận và các đoàn thể chính trị - xã hội: Ban Thường vụ Tỉnh ủy đã phê '
           'duyệt Kế hoạch tinh giản biên chế của 6/27 đơn vị với số biên chế dự kiến tinh giản giai đoạn '
           '2015-2021 là 26 biên chế/1062 biên chế Trung ương giao. Để phấn đấu đảm bảo tỷ lệ tinh giản biên '
           'chế theo quy định, định kỳ 2 lần/năm, Ban Tổ chức Tỉnh uỷ đã đề nghị các cơ quan, đơn vị tiếp tục '
           'rà soát, bổ sung kế hoạch, đối tượng tinh giản biên chế để trình Ban Thường vụ Tỉnh uỷ phê duyệt; '
           'qua đó, đã phê duyệt thêm 06 trường hợp của 06 đơn vị, nâng tổng số biên chế dự kiến tinh giản đến '
           'năm 2021 là 32 biên chế. Đến nay, đã thực hiện tinh giản 17 biên chế; thống nhất phê duyệt 8 biên '
           'chế của các cơ quan, đơn vị đợt II/2019\n- Đối với khối chính quyền: Tổng biên chế cần giảm theo kế '
           'hoạch là 1.085, trong đó, công chức cần tinh giản 267, số người làm việc cần tinh giản 818. Có 21 '
           'sở, ngành, 10 huyện, thành phố, 04 đơn vị sự nghiệp công lập và 02 tổ chức hội trực thuộc Uỷ ban '
           'nhân dân tỉnh đã được phê duyệt Đề án. Tổng số biên chế Bộ Nội vụ đã thống nhất thực hiện tinh giản '
           'theo Nghị định số 108/2014/NĐ-CP của Chính phủ (nay là Nghị định số 113/2018/NĐ-CP ngày 31-8-2018) '
           'là 471 trường hợp (gồm 80 công chức, 340 viên chức, 51 cán bộ công chức cấp xã).'),
    ("n15", 'Đã thành lập 93/102 chi bộ công an cấp xã; giải thể 83/102 chi bộ cơ quan cấp xã đưa đảng viên về '
           'sinh hoạt tại các chi bộ khu dân cư. Chuyển 10 chi bộ cơ sở chi cục thuế trực thuộc các huyện ủy, '
           'thành ủy về Đảng bộ Cục thuế tỉnh.'),
    ("n16", 'Đã luân chuyển, tăng cường 311 lượt cán bộ từ cấp huyện xuống cơ sở; từ cơ sở lên huyện và từ địa '
           'phương này sang địa phương khác. 100% TCCSĐ đã hoàn thành việc rà soát, bổ sung quy hoạch phục vụ '
           'công tác nhân sự Đại hội nhiệm kỳ 2020-2025.'),
    ("n17", 'Quy định số 10-QĐi/TU, ngày 17-12-2018 “về khung tiêu chí đánh giá chất lượng sinh hoạt chi bộ và '
           'trách nhiệm của cấp ủy, cơ quan tham mưu, giúp việc của cấp ủy về nâng cao chất lượng sinh hoạt chi '
           'bộ”.'),
    ("n18", '* Đối với TCCSĐ: năm 2015:TSVM: {tccsd_tsvm.2015} (TSVMTB: 22,87%), HTTNV: 36,37%, HTNV: 5,89%, yếu '
           'kém: 0,44%. Năm 2016: TSVM {tccsd_tsvm.2016} (TSVMTB 21,5%), HTTNV 35,91%, HTNV 7,15%, yếu kém '
           '0,58%. Năm 2017: TSVM {tccsd_tsvm.2017} (TSVMTB 22,34%), HTTNV 35,59%, HTNV 9,08%, yếu kém 1,15%. '
           'Năm 2018: HTXSNV 25,61%/tổng số HTTNV, HTTNV 72,25%, HTNV 8,37%, Không HTNV 0,88%.\n* Đối với đảng '
           'viên: Năm 2015: HTXSNV 11,66%, HTTNV {dv_httnv.2015}, HTNV 12,16%, Không HTNV 0,59%. Năm '
           '2016:HTXSNV 11,08%, HTTNV {dv_httnv.2016}, HTNV 11,32%, Không HTNV 0,85%. Năm 2017: HTXSNV 10,81%, '
           'HTTNV {dv_httnv.2017}, HTNV 11,26%, Không HTNV 0,95%. Năm 2018: HTXSNV 11,76%, HTTNV '
           '{dv_httnv.2018}, HTNV 7,87, Không HTNV 0,83%.'),
    ("n19", 'Ban Thường vụ Tỉnh ủy đã ban hành Quy định số 760-QĐ/TU, ngày 23-11-2017 “về tiêu chuẩn chức danh '
           'và tiêu chí đánh giá cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý”; Quy định số 831-QĐ/TU, ngày '
           '10-01-2018 “về luân chuyển cán bộ”; Quy định số 950-QĐ/TU, ngày 11-4-2018 “về phân cấp quản lý cán '
           'bộ và bổ nhiệm cán bộ ứng cử”.'),
    ("n20", 'Từ đầu nhiệm kỳ đến nay, thực hiện quy trình giới thiệu nhân sự đề nghị chỉ định 7 Ủy viên Ban Chấp '
           'hành Đảng bộ tỉnh, bầu bổ sung 3 Ủy viên Ban Thường vụ Tỉnh ủy và 2 Phó Bí thư Tỉnh ủy; giới thiệu '
           'bầu bổ sung 2 Phó Chủ tịch, 1 Chủ tịch Ủy ban nhân dân tỉnh. Điều động, phân công 1 Ủy viên Ban '
           'Thường vụ Tỉnh ủy, 6 Ủy viên Ban Chấp hành Đảng bộ tỉnh. Điều động, bổ nhiệm 151 lượt cán bộ giữ '
           'các chức danh thuộc diện Ban Thường vụ Tỉnh ủy quản lý; trong đó, cấp trưởng 46 đồng chí, cấp phó '
           '105 đồng chí. Từ đầu nhiệm kỳ đến nay: Luân chuyển 33 đồng chí; trong đó, tỉnh về huyện 14 đồng '
           'chí, huyện về tỉnh 16 đồng chí, giữa các huyện 1 đồng chí, giữa các ngành 2 đồng chí.\n- Về công tác '
           'đào tạo, bồi dưỡng, chính sách cán bộ: Từ đầu nhiệm kỳ đến nay, đã cử đi đào tạo, bồi dưỡng 9621 '
           'lượt cán bộ, công chức, viên chức. Trong đó: sau đại học 45 đồng chí; cao cấp lý luận chính trị 428 '
           'đồng chí; trung cấp lý luận chính trị 1363 đồng chí; bồi dưỡng nghiệp vụ công tác Tổ chức-xây dựng '
           'Đảng 84 đồng chí; bồi dưỡng nghiệp vụ Kiểm tra 17 đồng chí, bồi dưỡng nghiệp vụ công tác dân vận '
           'của Đảng 11 đồng chí bồi dưỡng kiến thức QPAN đối tượng I, 06 đồng chí; bồi dưỡng bí thư cấp huyện '
           '11 đồng chí; bồi dưỡng theo Đề án 165, Ban Tổ chức Trung ương 30 đồng chí; bồi dưỡng quản lý Nhà '
           'nước ngạch chuyên viên chính, chuyên viên cao cấp, chuyên viên 883 đồng chí; bồi dưỡng phương pháp '
           'giảng dạy tích cực 60 đồng chí; bồi dưỡng, cập nhật kiến thức cho cán bộ thuộc diện Ban Thường vụ '
           'Tỉnh ủy quản lý và cán bộ thuộc diện ban thường vụ huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy '
           '1279 đồng chí; bồi dưỡng bí thư, phó bí thư chi bộ thôn, tổ dân phố và cấp ủy viên cơ sở trực thuộc '
           'đảng ủy xã, phường, thị trấn 2863 đồng chí và bồi dưỡng nghiệp vụ cho khối đảng, Mặt trận, đoàn '
           'thể: 2552 đồng chí.\n- Về công tác quy hoạch, rà soát bổ sung quy hoạch:\n- Nhiệm kỳ 2015-2020: Ban '
           'Chấp hành Đảng bộ tỉnh: có {qh1_bch} đồng chí; trong đó: nữ: {qh1_bch_nu} đồng chí (chiếm '
           '{qh1_bch_nu.tyle}); dân tộc thiểu số: {qh1_bch_dt} đồng chí (chiếm {qh1_bch_dt.tyle}); Ban Thường '
           'vụ Tỉnh ủy có {qh1_btv} đồng chí, Trong đó: nữ: {qh1_btv_nu} đồng chí (chiếm {qh1_btv_nu.tyle}); '
           'dân tộc thiểu số: {qh1_btv_dt} đồng chí (chiếm {qh1_btv_dt.tyle}); Chức danh Bí thư Tỉnh ủy 4 đồng '
           'chí, Trong đó: dân tộc thiểu số: 2 đồng chí (chiếm 50%); Chức danh Phó Bí thư Tỉnh ủy10 đồng chí, '
           'Trong đó: nữ: 2 đồng chí (chiếm 20%); dân tộc thiểu số: 5 đồng chí (chiếm 50%); Chức danh Chủ tịch '
           'Hội đồng nhân dân tỉnh 3 đồng chí, Trong đó: dân tộc thiểu số: 2 đồng chí (chiếm 66.67%); Chức danh '
           'Chủ tịch UBND tỉnh 4 đồng chí; Chức danh Phó Chủ tịch HĐND tỉnh 4 đồng chí, Trong đó: nữ: 3 đồng '
           'chí (chiếm 75%); dân tộc thiểu số: 4 đồng chí (chiếm 100%); Chức danh Phó Chủ tịch UBND tỉnh 11 '
           'đồng chí, Trong đó: nữ: 3 đồng chí (chiếm 27.27%); dân tộc thiểu số: 7 đồng chí (chiếm 63.64%).\n- '
           'Nhiệm kỳ 2020-2025: Ban Chấp hành Đảng bộ tỉnh {qh2_bch} đồng chí, Trong đó: nữ: {qh2_bch_nu} đồng '
           'chí (chiếm {qh2_bch_nu.tyle}); dân tộc thiểu số: {qh2_bch_dt} đồng chí (chiếm {qh2_bch_dt.tyle}); '
           'Ban Thường vụ Tỉnh ủy {qh2_btv} đồng chí, Trong đó: nữ: {qh2_btv_nu} đồng chí (chiếm '
           '{qh2_btv_nu.tyle:0}); dân tộc thiểu số: {qh2_btv_dt} đồng chí (chiếm {qh2_btv_dt.tyle:0}); Chức '
           'danh Bí thư Tỉnh ủy 3 đồng chí, Trong đó: nữ: 1 đồng chí (chiếm 33.33%); dân tộc thiểu số: 2 đồng '
           'chí (chiếm 66.67%); Chức danh Phó Bí thư Tỉnh ủy 10 đồng chí, Trong đó: nữ: 3 đồng chí (chiếm 30%); '
           'dân tộc thiểu số: 5 đồng chí (chiếm 50%); Chức danh Chủ tịch Hội đồng nhân dân tỉnh 2 đồng chí, '
           'Trong đó: nữ: 1 đồng chí (chiếm 50%); dân tộc thiểu số: 2 đồng chí (chiếm 100%); Chức danh Chủ tịch '
           'UBND tỉnh: Tổng số: 2 đồng chí; Chức danh Trưởng đoàn Đại biểu Quốc hội tỉnh 4 đồng chí, Trong đó: '
           'nữ: 2 đồng chí (chiếm 50%); dân tộc thiểu số: 4 đồng chí (chiếm 100%); Chức danh Phó Chủ tịch HĐND '
           'tỉnh 7 đồng chí, Trong đó: nữ: 5 đồng chí (chiếm 71.43%); dân tộc thiểu số: 6 đồng chí (chiếm '
           '85.71%).\n- Chức danh Phó Chủ tịch UBND tỉnh: Tổng số: 7 đồng chí, Trong đó: nữ: 2 đồng chí (chiếm '
           '28.57%); dân tộc thiểu số: 4 đồng chí (chiếm 57.14%).\n- Chức danh Phó Trưởng đoàn Đại biểu Quốc hội '
           'tỉnh: Tổng số: 4 đồng chí, Trong đó: nữ: 4 đồng chí (chiếm 100%); dân tộc thiểu số: 4 đồng chí '
           '(chiếm 100%).'),
    ("n21", 'Quyết định số 1538-QĐ/TU, ngày 14-01-2015 về ban hành Đề án đào tạo, bồi dưỡng cán bộ lãnh đạo, '
           'quản lý là nữ, trẻ, người dân tộc thiểu số đến năm 2020; Kế hoạch số 13-KH/TU, ngày 08-8-2016 về '
           'triển khai thực hiện công tác quy hoạch, đào tạo, bồi dưỡng, điều động, luân chuyển, bố trí, sử '
           'dụng cán bộ lãnh đạo, quản lý là nữ, trẻ, người dân tộc thiểu số đến năm 2020...'),
    ("n22", 'Rà soát tiêu chuẩn chính trị nhân sự Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2015-2020 đối với 60 đồng '
           'chí; nhân sự bổ sung quy hoạch nhiệm kỳ 2015-2020 và xây dựng quy hoạch nhiệm kỳ 2020-2025 của các '
           'cấp ủy trực thuộc Tỉnh ủy và cán bộ lãnh đạo, quản lý các sở, ban, ngành là 1.217 lượt.'),
    ("n23", 'Chương trình số 12-CTr/TU, ngày 04-5-2016 của Tỉnh ủy.'),
    ("n24", 'Quy định số 02-QĐi/TU, ngày 22-8-2018.'),
    ("n25", 'Nhất là phong trào “Dân vận khéo” (đã nhân rộng và xây dựng được 1.316 mô hình dân vận khéo toàn '
           'tỉnh), gắn với học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; phong trào “Cả nước '
           'chung sức xây dựng nông thôn mới” (đến cuối năm 2018, có 17 xã đạt chuẩn nông thôn mới, tăng 07 xã '
           'so với cuối năm 2015); phong trào “Toàn dân bảo vệ an ninh Tổ quốc”; “Cả nước chung tay vì người '
           'nghèo- không để ai bị bỏ lại phía sau”...'),
    ("n26", 'Có 630 mô hình về phát triển kinh tế-văn hóa xã hội; 172 mô hình về giữ gìn an ninh chính trị-trật '
           'tự an toàn xã hội; 214 mô hình về xây dựng hệ thống chính trị. Trong đó, các cơ quan cấp tỉnh 32 mô '
           'hình, cấp huyện 110 mô hình, cấp cơ sở 874 mô hình.'),
    ("n27", 'Quyết định số 1408-QĐ/TU, ngày 25-9-2014 về Quy chế tiếp xúc, đối thoại trực tiếp giữa bí thư các '
           'cấp ủy, tổ chức đảng, người đứng đầu chính quyền các cấp với nhân dân trên địa bàn tỉnh.'),
    ("n28", 'Vụ việc người dân chiếm đất trái pháp luật tại xã Ia Chim, thành phố Kon Tum; các vụ khiếu kiện, '
           'tranh chấp đất đai tại xã Ngọc Bay, Hòa Bình, thành phố Kon Tum, không để tạo thành "điểm nóng" về '
           'an nin trật tự.'),
    ("n29", 'Từ năm 2015 đến nay, có 07 vụ án được đưa ra xét xử với 09 bị cáo.'),
    ("n30", 'Từ đầu nhiệm kỳ đến hết năm 2018, đã kết thúc 454 cuộc thanh tra, kiểm tra; qua thanh tra '
           'phát hiện sai phạm với số tiền 45,976 tỷ đồng; đã kiến nghị xử lý theo đúng quy định của '
           'pháp luật; đã tổ chức kiểm điểm rút kinh nghiệm, làm rõ trách nhiệm 78 tập thể, 106 cá nhân liên '
           'quan đến sai phạm.'),
    ("n31", 'Quy chế số 01-QC/TU, ngày 13-01-2016 và Quy chế số 04-QC/TU, ngày 20-01-2017. Trong đó, xác định rõ '
           'những nội dung công việc thuộc thẩm quyền quyết định của cấp ủy; những nội dung cấp ủy cho ý kiến '
           'trước khi chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị-xã hội quyết định và những công việc '
           'chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị-xã hội chủ động giải quyết theo thẩm quyền và '
           'quy định của pháp luật, điều lệ của Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội. Thực hiện '
           'Quy định số 10-QĐi/TW, ngày 12-12-2018 của Bộ Chính trị "về chức năng, nhiệm vụ, quyền hạn và mối '
           'quan hệ công tác của cấp ủy, Ban Thường vụ cấp ủy tỉnh, thành phố trực thuộc Trung ương" và Quyết '
           'định số 168-QĐ/TW, ngày 28-12-2018 của Ban Bí thư Trung ương Đảng "về việc ban hành Quy chế làm '
           'việc mẫu của tỉnh ủy, thành ủy trực thuộc Trung ương", hiện Ban Thường vụ Tỉnh ủy đã giao các cơ '
           'quan tham mưu rà soát, sửa đổi bổ sung Quy chế làm việc của Tỉnh ủy cho phù hợp.'),
    ("n32", 'Gồm 21 chỉ thị; 85 chương trình; 03 đề án; 04 hướng dẫn; 91 kế hoạch; 1.086 kết luận; 06 quy chế; '
           '13 quy định; 1.371 quyết định; 902 thông báo.'),
    ("n33", 'Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã xây dựng chương trình, kế hoạch hành động cụ thể, rõ ràng, có lộ '
           'trình, thời gian thực hiện, bảo đảm điều kiện thực hiện, phân công rõ trách nhiệm của tổ chức, cá '
           'nhân để tập trung lãnh đạo các cấp ủy trực thuộc Tỉnh ủy, các ban cán sự đảng, đảng đoàn, Ban '
           'Thường vụ Tỉnh Đoàn triển khai thực hiện phù hợp với điều kiện và tình hình thực tế ở địa phương, '
           'cơ quan, đơn vị.'),
    ("n34", 'Ngoài ra, căn cứ tình hình thực tế và yêu cầu công tác, cá nhân các đồng chí Thường trực Tỉnh ủy đã '
           'trực tiếp làm việc với một số địa phương, đơn vị và thường xuyên đi cơ sở để nắm tình hình triển '
           'khai thực hiện nhiệm vụ.'),
    ("n35", 'Quy định 758-QQD/TU, ngày 14-22-2017 "về xây dựng đề án trình cấp ủy và ban hành các văn kiện của '
           'Tỉnh ủy, Ban Thường vụ Tỉnh ủy"; Quy định số 950-QD/TU, ngày, ngày 11-4-2018 "về phân cấp quản lý '
           'cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử"; Quyết định số 1242-QĐ/TU, ngày 04-3-2019 "về ban '
           'hành Quy trình kiểm tra, giám sát của Ban Thường vụ Tỉnh uỷ"; Quyết định số 1241-QĐ/TU, ngày '
           '04-3-2019 "ban hành Quy trình xem xét, thi hành kỷ luật và giải quyết khiếu nại kỷ luật đảng của '
           'Ban Thường vụ Tỉnh uỷ, Ban Chấp hành Đảng bộ tỉnh"; Quyết định số 261-QĐ/TU, ngày 13-6-2016 "ban '
           'hành Quy trình kiểm tra, giám sát chuyên đề của các cơ quan tham mưu, giúp việc Tỉnh ủy và các ban '
           'chỉ đạo thuộc Ban Thường vụ Tỉnh ủy, Tỉnh ủy"...'),
    ("n36", 'Kết quả chỉ đạo, giải quyết công việc của Thường trực Tỉnh uỷ giữa hai kỳ hội nghị Ban Thường vụ '
           'Tỉnh uỷ và những nội dung lãnh đạo, chỉ đạo của Ban Thường vụ Tỉnh uỷ giữa hai kỳ hội nghị Tỉnh uỷ. '
           'Chế độ thông tin đến các đồng chí cấp uỷ viên và các tổ chức đảng trực thuộc (kể cả công tác tổ '
           'chức, cán bộ) được thực hiện nghiêm túc, kịp thời.'),
    ("n37", 'Chỉ thị số 05/2008/CT-TTg, ngày 31-01-2008 của Thủ tướng Chính phủ "về việc nâng cao hiệu quả sử '
           'dụng thời giờ làm việc của cán bộ, công chức, viên chức nhà nước"; Quyết định số 244/QĐ-TTg, ngày '
           '12-02-2014 của Thủ tướng Chính phủ "về Chính sách quốc gia phòng, chống tác hại của lạm dụng đồ '
           'uống có cồn đến năm 2020".'),
    ("n38", 'Đại hội Đảng bộ tỉnh lần thứ XV, nhiệm kỳ 2015 - 2020 đã bầu {db} đại biểu chính thức; trong đó: nữ '
           '{db_nu} đồng chí (chiếm {db_nu.tyle}), dân tộc thiểu số {db_dt} đồng chí (chiếm {db_dt.tyle}); được '
           'tặng huy hiệu 30 năm tuổi Đảng {db_hh30} đồng chí (chiếm {db_hh30.tyle:0}). Các đồng chí dự Đại hội '
           'Đảng toàn quốc lần đầu có {db_lan1} đồng chí (chiếm {db_lan1.tyle}), lần thứ 2 có {db_lan2} đồng '
           'chí (chiếm {db_lan2.tyle}), lần thứ 3 có {db_lan3} đồng chí (chiếm {db_lan3.tyle:0}); địa bàn công '
           'tác ở huyện, thành phố và tương đương có 03 đồng chí (chiếm 20%), công tác ở tỉnh có 12 đồng chí '
           '(chiếm 80%). Đại biểu có tuổi đời từ 31 - 40 tuổi 02 có đồng chí (chiếm 13,33%), từ 41 - 50 tuổi có '
           '03 đồng chí (chiếm 20%), từ 51 - 60 tuổi có 10 đồng chí (chiếm 66,67%). Đại biểu có trình độ đại '
           'học {db_dh} đồng chí (chiếm {db_dh.tyle}), thạc sỹ {db_ths} đồng chí (chiếm {db_ths.tyle:0}), tiến '
           'sỹ {db_ts} đồng chí (chiếm {db_ts.tyle}). Trình độ lý luận chính trị cao cấp, cử nhân 15 đồng chí '
           '(chiếm 100%).'),
    ("n39", 'Gồm tổng kết thực hiện nghị quyết đại hội đảng bộ nhiệm kỳ 2010-2015 và xác định mục tiêu, phương '
           'hướng, nhiệm vụ của đảng bộ nhiệm kỳ 2015-2020. Thảo luận, đóng góp ý kiến vào dự thảo các văn kiện '
           'Đại hội đại biểu toàn quốc lần thứ XII của Đảng và dự thảo văn kiện đại hội đảng bộ cấp trên trực '
           'tiếp; đóng góp ý kiến về tiêu chuẩn, cơ cấu cấp ủy cấp trên trực tiếp. Bầu ban chấp hành đảng bộ '
           'nhiệm kỳ 2015-2020. Bầu đoàn đại biểu dự đại hội đảng bộ cấp trên. Cụ thể:\n- Đại hội đại biểu Đảng '
           'bộ tỉnh lần thứ XV đã bầu 54 Ủy viên Ban Chấp hành Đảng bộ tỉnh; trong đó, tham gia lần đầu có 19 '
           'đồng chí. Đại hội 15 đảng bộ trực thuộc Đảng bộ tỉnh bầu 508/510 cấp uỷ viên (2 đồng chí được chỉ '
           'định tham gia Ban Chấp hành Đảng bộ Quân sự tỉnh theo Điều lệ Đảng: Bí thư Tỉnh uỷ và Phó bí thư, '
           'Chủ tịch UBND tỉnh); trong đó, tham gia lần đầu có 156 đồng chí. Đại hội 675 tổ chức cơ sở đảng bầu '
           '3.131 cấp ủy viên; trong đó tham gia lần đầu có 1.614 đồng chí. Sau khi công bố kết quả bầu cử cấp '
           'ủy khóa mới, thực hiện nghiêm túc việc lấy ý kiến đại biểu đại hội giới thiệu nhân sự bí thư cấp '
           'ủy.\nHội nghị lần thứ nhất của Ban Chấp hành Đảng bộ tỉnh bầu 15 Ủy viên Ban Thường vụ Tỉnh ủy, bầu '
           'Bí thư Tỉnh ủy, bầu 02 Phó Bí thư Tỉnh ủy, bầu 11 Ủy viên Ủy ban Kiểm tra Tỉnh ủy, bầu Chủ nhiệm Ủy '
           'ban Kiểm tra Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy bầu 03 Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy. Ban '
           'chấp hành các đảng bộ khoá mới bầu 144/148 uỷ viên ban thường vụ cấp uỷ (3 đồng chí đương nhiên là '
           'uỷ viên ban thường vụ: Quân sự (chỉ định theo Điều lệ Đảng), Đăk Glei và Đăk Tô (đại hội trực tiếp '
           'bầu bí thư), Thành uỷ Kon Tum bầu thiếu 01 uỷ viên ban thường vụ), bầu 12 bí thư cấp uỷ (Bí thư '
           'Tỉnh uỷ được chỉ định giữ chức Bí thư Đảng uỷ Quân sự tỉnh, Bí thư Huyện uỷ Đăk Glei và Đăk Tô bầu '
           'trực tiếp tại đại hội), 32 phó bí thư cấp uỷ; bầu 87 uỷ viên và 15 chủ nhiệm và 19 phó chủ nhiệm uỷ '
           'ban kiểm tra. Ban chấp hành đảng bộ cơ sở bầu 570 ủy viên ban thường vụ cấp ủy, 661 bí thư cấp ủy, '
           '575 phó bí thư cấp ủy; 375 ủy viên ủy ban kiểm tra cấp ủy, 134 chủ nhiệm và 107 phó chủ nhiệm ủy '
           'ban kiểm tra cấp ủy.\nCăn cứ kết quả phân bổ đại biểu của Trung ương và của Tỉnh ủy, Đại hội đại '
           'biểu Đảng bộ tỉnh khóa XV, nhiệm kỳ 2015-2020 đã bầu 15 đại biểu chính thức và 02 đại biểu dự '
           'khuyết. Đại hội đại biểu 15 đảng bộ trực thuộc bầu 299 đại biểu chính thức và 23 đại biểu dự khuyết '
           'đảm bảo đủ số lượng, cơ cấu đại biểu được phân bổ.'),
    ("n40", 'Quy định số 59-QĐ/TW, ngày 22/12/2016 của Bộ Chính trị về tổ chức đảng trong quân đội nhân dân Việt '
           'Nam; Quy định số 72-QĐ/TW, ngày 24/2/2018 của Bộ Chính trị về tổ chức đảng trong công an nhân dân '
           '(hiện nay, là Quy định số 192-QĐ/TW, ngày 18/5/2019 của Bộ Chính trị về tổ chức đảng trong Công an '
           'nhân dân Việt Nam); Quy định số 92-QĐ/TW, ngày 16/8/2017 của Ban Bí thư quy định chức năng, nhiệm '
           'vụ của đảng bộ, chi bộ cơ sở trong các đơn vị chiến đấu tập trung thuộc công an nhân dân.'),
    ("n41", 'Huy hiệu Đảng 30 năm: {hh30} đ/c; 40 năm: {hh40} đ/c; 45 năm: {hh45} đ/c; 50 năm: {hh50} đ/c; 55 '
           'năm: {hh55} đ/c; 60 năm: {hh60} đ/c; 65 năm: {hh65} đ/c; 70 năm: {hh70} đ/c (tính tới thời điểm đợt '
           '19/5/2019)'),
    ("n42", 'Tặng cờ: {kt_co} TCCSĐ; Bằng khen: {kt_bk_tccsd} TCCSĐ và {kt_bk_cb} chi bộ trực thuộc đảng ủy cơ sở'),
    ("n43", 'Các đảng đoàn: Hội đồng nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Cựu Chiến binh '
           'tỉnh, Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Liên đoàn Lao động tỉnh, Liên hiệp các Hội Khoa '
           'học và Kỹ thuật tỉnh; các ban cán sự đảng: Ủy ban nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa '
           'án nhân dân tỉnh.'),
    ("n44", 'Vì hiện nay, đối với cấp tỉnh lãnh đạo HĐND, UBND thông qua ban cán sự đảng, đảng đoàn; cấp huyện '
           'lãnh đạo trực tiếp, hoặc thông qua đồng chí cấp ủy viên là người đứng đầu cơ quan, tổ chức.'),
]


# ---- one function per sheet --------------------------------------------------------------------

def workbook() -> dict[str, list[dict]]:
    check()
    return {
        S.THONG_TIN: [{"Mục": item, "Giá trị": value} for item, value in INFO.items()],
        S.NOI_NHAN: [{"Nơi nhận": r} for r in RECIPIENTS],
        S.SO_LIEU: INDICATORS,
        S.CHUOI_SO_LIEU: SERIES,
        S.NOI_DUNG: [{"Mục": section, "Đoạn văn": text} for section, text in NARRATIVE],
        S.CHU_THICH: [{"Mã": key, "Nội dung": text} for key, text in NOTES],
    }


def check() -> None:
    keys = [r["Mã"] for r in INDICATORS]
    assert len(keys) == len(set(keys)), "duplicate Mã"
    # Every [^ma] has its note, used once, in the order of the notes.
    used = [k for _, text in NARRATIVE for k in re.findall(r"\[\^(\w+)\]", text)]
    assert used == [k for k, _ in NOTES], (used, [k for k, _ in NOTES])
    # Every {ma} is an indicator or a series.
    texts = [t for _, t in NARRATIVE] + [t for _, t in NOTES] + [INFO["Mở đầu"]]
    refs = {m for t in texts for m in re.findall(r"\{(\w+)(?:\.\w+)?(?::\d)?\}", t)}
    assert refs <= set(keys) | {r["Mã"] for r in SERIES}, refs - set(keys)


def main() -> None:
    write_workbook(OUTPUT, workbook())
    print(OUTPUT.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
