"""Write sample_data/bao-cao-124-nghi-quyet-03.xlsx (run: python sample_data/make_tong_hop.py).

Báo cáo số 124-BC/TU, ngày 28-9-2021 của Ban Thường vụ Tỉnh ủy Kon Tum, đánh giá
kết quả 05 năm thực hiện Nghị quyết số 03-NQ/TU: a general report (template
`tong-hop`) whose body is the outline of `Nội dung`. Its paragraphs are the
reference's, with the figures turned into indicators of `Số liệu` ({ma},
{ma.tyle}, {ma.kytruoc}, {ma.chitieu}), its footnotes in `Chú thích` ([^ma]),
and the discipline figures of section II.6 in `Kỷ luật` ({ky_luat}).

Where the reference gives a rate and its change, the earlier rate (`Kỳ trước`)
is the printed rate minus the printed change (77,78 − 38,15 = 39,63): the
reference does not publish it. A figure compared twice (with the adoption of
the resolution and with the three-year review) is two indicators with the same
Giá trị. A rate published without its counts (Huyện Kon Rẫy 14,29 %) is typed
as Giá trị 14,29 over Mẫu số 100.

How the province-wide discipline cases split over the 14 units is not published:
the per-unit rows below are invented so that every column adds up to the
published total (checked by the asserts).

Text is the reference's, verbatim but for whitespace and these slips: "TCSSĐ" →
"TCCSĐ", "(chiếm 5,37)" (now printed by {kn_ton_giao.tyle} with its %),
"Cuộc vận động“Làm" → "Cuộc vận động “Làm", "Ngọc Hồi,Đăk Hà" → "Ngọc Hồi, Đăk Hà",
a note ending in a comma ("…, Kon Plông,") ends with a full stop.
"""
from __future__ import annotations

import datetime as dt
import re
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
# This checkout's drafter, not whichever one is installed.
sys.path.insert(0, str(HERE.parent))

from drafter.workbook import schema as S  # noqa: E402
from sample_data.make_samples import (BIEN_PHONG, CONG_AN, DAK_GLEI, DAK_HA, DAK_TO, IA_HDRAI, KHOI,  # noqa: E402
                                      KON_PLONG, KON_RAY, KON_TUM, NGOC_HOI, QUAN_SU, SA_THAY, TU_MO_RONG,
                                      UNITS, write_workbook)

OUTPUT = HERE / "bao-cao-124-nghi-quyet-03.xlsx"

NQ03 = ('Nghị quyết số 03-NQ/TU, ngày 08-8-2016 của Ban Thường vụ Tỉnh ủy "về nâng cao chất lượng hoạt '
        'động của tổ chức cơ sở đảng và tổ chức đảng trực thuộc đảng ủy cơ sở"')

INFO = {
    "Cơ quan ban hành": "TỈNH ỦY KON TUM",
    "Số ký hiệu": "124-BC/TU",
    "Địa danh": "Kon Tum",
    "Ngày ban hành": dt.date(2021, 9, 28),
    "Trích yếu": f"đánh giá kết quả 05 năm thực hiện {NQ03}",
    "Năm đánh giá": 2021,
    "Căn cứ": "Chương trình công tác năm 2021 (Chương trình số 06-CTr/TU, ngày 08-12-2020)",
    "Quyền hạn ký": "T/M BAN THƯỜNG VỤ",
    "Chức vụ người ký": "PHÓ BÍ THƯ",
    "Người ký": "Nguyễn Văn Hòa",
    "Thể thức": "Đảng",
    "Mẫu báo cáo": "tong-hop",
    "Số thập phân": 2,
    "Thêm số 0": "Có",
}

RECIPIENTS = (
    "Các đồng chí Tỉnh ủy viên,",
    "Các cơ quan tham mưu giúp việc Tỉnh ủy,",
    "Các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy,",
    "Các huyện ủy, thành ủy,",
    "Ban Thường vụ Tỉnh Đoàn,",
    "Ban Chỉ đạo thực hiện NQ03 của Tỉnh ủy,",
    "Lưu Văn phòng Tỉnh uỷ.",
)

# ---- Số liệu -------------------------------------------------------------------------------------
# (Mã, Nội dung, Giá trị, Mẫu số (number or Mã), Kỳ trước, Chỉ tiêu, Đơn vị tính)
# With a Mẫu số the indicator is a rate and Kỳ trước / Chỉ tiêu are rates in %.
INDICATORS = [
    # I.2 (note)
    ("vb_huyen", "Văn bản cấp huyện xây dựng để triển khai Nghị quyết", 104, None, None, None, "văn bản"),
    ("vb_xa", "Văn bản cấp xã xây dựng để triển khai Nghị quyết", 405, None, None, None, "văn bản"),
    # II.1 (note): Bản cam kết; the rate at adoption is 95,67 − 42,08.
    ("dv_cam_ket", "Đảng viên xây dựng Bản cam kết năm 2021", 28307, "dv_cam_ket_tong", 53.59, None, "đảng viên"),
    ("dv_cam_ket_tong", "Đảng viên thuộc diện xây dựng Bản cam kết năm 2021", 29589, None, None, None, "đảng viên"),
    # II.2: organisations, August 2016 → now
    ("tccsd", "Tổ chức cơ sở đảng (8-2016 → nay)", 665, None, 698, None, "tổ chức"),
    ("chi_bo_tt", "Chi bộ trực thuộc đảng ủy cơ sở (8-2016 → nay)", 1810, None, 1853, None, "chi bộ"),
    ("dbbp", "Đảng bộ bộ phận trực thuộc đảng ủy cơ sở", 1, None, None, None, "đảng bộ"),
    ("tccsd_xa", "TCCSĐ xã, phường, thị trấn", 102, "tccsd", None, None, "tổ chức"),
    ("tccsd_sn", "TCCSĐ loại hình đơn vị sự nghiệp", 101, "tccsd", None, None, "tổ chức"),
    ("tccsd_hc", "TCCSĐ loại hình cơ quan hành chính", 301, "tccsd", None, None, "tổ chức"),
    ("tccsd_lltv", "TCCSĐ loại hình lực lượng vũ trang", 75, "tccsd", None, None, "tổ chức"),
    ("tccsd_dn", "TCCSĐ loại hình doanh nghiệp", 86, "tccsd", None, None, "tổ chức"),
    ("thon", "Thôn (làng), tổ dân phố, khối phố", 756, None, None, None, "thôn"),
    ("thon_co_dang", "Thôn đã có tổ chức đảng", 756, "thon", None, None, "thôn"),
    ("thon_giam", "Thôn, tổ dân phố giảm do sắp xếp", 118, None, None, None, "thôn"),
    ("tl_moi", "Tổ chức đảng thành lập mới", 232, None, None, None, "tổ chức"),
    ("tl_nang", "Chi bộ nâng thành đảng bộ", 13, None, None, None, "tổ chức"),
    ("tl_dbcs", "Đảng bộ cơ sở thành lập mới", 7, None, None, None, "tổ chức"),
    ("tl_cbcs", "Chi bộ cơ sở thành lập mới", 42, None, None, None, "tổ chức"),
    ("tl_cbtt", "Chi bộ trực thuộc đảng ủy cơ sở thành lập mới", 170, None, None, None, "tổ chức"),
    ("gt", "Tổ chức đảng giải thể", 225, None, None, None, "tổ chức"),
    ("gt_dbcs", "Đảng bộ cơ sở giải thể", 4, None, None, None, "tổ chức"),
    ("gt_cbcs", "Chi bộ cơ sở giải thể", 46, None, None, None, "tổ chức"),
    ("gt_cbtt", "Chi bộ trực thuộc đảng ủy cơ sở giải thể", 175, None, None, None, "tổ chức"),
    ("sn", "Tổ chức đảng sáp nhập", 198, None, None, None, "tổ chức"),
    ("sn_cbcs", "Chi bộ cơ sở sáp nhập", 31, None, None, None, "tổ chức"),
    ("sn_cbtt", "Chi bộ trực thuộc đảng ủy cơ sở sáp nhập", 167, None, None, None, "tổ chức"),
    # II.2: training
    ("lop", "Lớp đào tạo, bồi dưỡng từ 2016", 120, None, None, None, "lớp"),
    ("lop_dh", "Lớp đại học", 3, None, None, None, "lớp"),
    ("lop_ths", "Lớp thạc sĩ", 1, None, None, None, "lớp"),
    ("lop_cc", "Lớp cao cấp lý luận chính trị", 5, None, None, None, "lớp"),
    ("lop_tc", "Lớp trung cấp lý luận chính trị", 40, None, None, None, "lớp"),
    ("lop_bd", "Lớp bồi dưỡng nghiệp vụ", 71, None, None, None, "lớp"),
    ("luot_dt", "Lượt đồng chí được đào tạo, bồi dưỡng", 1251, None, None, None, "lượt"),
    ("luot_cm", "Trong đó: chuyên môn", 74, None, None, None, "đồng chí"),
    ("luot_llct", "Trong đó: lý luận chính trị", 1177, None, None, None, "đồng chí"),
    ("luot_nv", "Lượt đồng chí bồi dưỡng nâng cao nghiệp vụ", 8906, None, None, None, "lượt"),
    ("nv_dang", "Trong đó: nghiệp vụ công tác đảng", 5426, None, None, None, "lượt"),
    ("nv_doan_the", "Trong đó: nghiệp vụ đoàn thể chính trị", 3114, None, None, None, "lượt"),
    ("nv_kien_thuc", "Trong đó: cập nhật kiến thức mới", 366, None, None, None, "lượt"),
    ("bt_moi", "Bí thư, phó bí thư chi bộ thôn mới trúng cử lần đầu được bồi dưỡng", 50, None, None, None,
     "đồng chí"),
    ("bt_moi_xa", "Trong đó: về đảng ủy xã, thị trấn", 44, None, None, None, "đồng chí"),
    ("bt_moi_huyen", "Trong đó: về cơ quan tham mưu giúp việc huyện ủy", 6, None, None, None, "đồng chí"),
    ("bt_moi_sa_thay", "Trong đó: huyện Sa Thầy", 36, None, None, None, "đồng chí"),
    ("bt_moi_kon_ray", "Trong đó: huyện Kon Rẫy", 14, None, None, None, "đồng chí"),
    ("cap_uy_tt", "Cấp ủy trực thuộc Tỉnh ủy", 14, None, None, None, "cấp ủy"),
    ("hoi_thi", "Cấp ủy trực thuộc đã tổ chức hội thi bí thư chi bộ giỏi", 14, "cap_uy_tt", None, None, "cấp ủy"),
    ("thi_sinh", "Lượt thí sinh hội thi bí thư chi bộ giỏi", 1185, None, None, None, "lượt"),
    # II.2: village heads who are party members; one rate, three comparisons.
    ("thon_truong_dv", "Thôn trưởng, tổ trưởng tổ dân phố là đảng viên (so với khi ban hành Nghị quyết, "
                       "mục tiêu Nghị quyết 70%)", 588, "thon", 39.63, 70, "người"),
    ("thon_truong_dv_sk", "Như trên, so với sơ kết 03 năm", 588, "thon", 54.12, None, "người"),
    ("thon_truong_dv_nq01", "Như trên, so với mục tiêu Nghị quyết số 01-NQ/TU (75%)", 588, "thon", None, 75,
     "người"),
    ("bt_kiem_tt", "Bí thư chi bộ kiêm thôn trưởng, tổ trưởng tổ dân phố (so với khi ban hành Nghị quyết)",
     280, "thon", 3.80, None, "người"),
    ("bt_kiem_tt_sk", "Như trên, so với sơ kết 03 năm", 280, "thon", 9.73, None, "người"),
    # "đạt 96,2% so với Nghị quyết số 01-NQ/TU": the printed rate as a share of its 38,5 % target.
    ("bt_kiem_tt_nq01", "Tỷ lệ bí thư chi bộ kiêm thôn trưởng (%), so với mục tiêu Nghị quyết số 01-NQ/TU",
     37.04, None, None, 38.5, "%"),
    ("bt_kt_kon_tum", "Tỷ lệ bí thư chi bộ kiêm thôn trưởng ở thành phố Kon Tum (%)", 76.68, 100, None, 38.5, "%"),
    # II.3
    ("cb", "Chi bộ", 2276, None, None, None, "chi bộ"),
    ("cb_chuyen_de", "Chi bộ tổ chức sinh hoạt chuyên đề", 2203, "cb", 84.67, None, "chi bộ"),
    ("cu_huyen", "Cấp ủy viên cấp huyện", 382, None, None, None, "đồng chí"),
    ("cu_huyen_pt", "Cấp ủy viên cấp huyện phụ trách TCCSĐ", 377, "cu_huyen", None, None, "đồng chí"),
    ("cu_huyen_pt_xa", "Trong đó: phụ trách xã, phường, thị trấn", 373, "cu_huyen_pt", 94.22, None, "đồng chí"),
    ("cu_xa", "Cấp ủy viên cấp xã", 1529, None, None, None, "đồng chí"),
    ("cu_xa_pt", "Cấp ủy viên cấp xã phụ trách chi bộ", 1529, "cu_xa", None, None, "đồng chí"),
    # II.4
    ("dv", "Đảng viên toàn Đảng bộ tỉnh", 29651, None, None, None, "đảng viên"),
    ("dv_dtts", "Đảng viên người dân tộc thiểu số", 9220, "dv", None, None, "đảng viên"),
    ("dv_nu", "Đảng viên nữ", 10547, "dv", None, None, "đảng viên"),
    ("dv_doan", "Đảng viên là đoàn viên thanh niên", 4918, "dv", None, None, "đảng viên"),
    ("dv_ton_giao", "Đảng viên trong các tôn giáo", 1147, "dv", None, None, "đảng viên"),
    ("dv_xa", "Đảng viên ở TCCSĐ xã, phường, thị trấn", 18905, "dv", None, None, "đảng viên"),
    ("dv_hc", "Đảng viên ở TCCSĐ cơ quan hành chính", 3562, "dv", None, None, "đảng viên"),
    ("dv_sn", "Đảng viên ở TCCSĐ đơn vị sự nghiệp", 2223, "dv", None, None, "đảng viên"),
    ("dv_dn", "Đảng viên ở TCCSĐ doanh nghiệp", 1855, "dv", None, None, "đảng viên"),
    ("dv_lltv", "Đảng viên ở TCCSĐ lực lượng vũ trang", 3106, "dv", None, None, "đảng viên"),
    ("tuoi_bq", "Tuổi đời bình quân của đảng viên", 41.29, None, None, None, "tuổi"),
    ("dv_ho_tong", "Đảng viên ở xã, phường, thị trấn thuộc diện phân công phụ trách hộ", 14795, None, None, None,
     "đảng viên"),
    ("dv_ho", "Đảng viên được phân công phụ trách hộ, nhóm hộ", 13356, "dv_ho_tong", 88, None, "đảng viên"),
    ("dv_ho_tong_2016", "Như dv_ho_tong, tháng 8-2016", 11436, None, None, None, "đảng viên"),
    ("dv_ho_2016", "Như dv_ho, tháng 8-2016", 10064, "dv_ho_tong_2016", None, None, "đảng viên"),
    # II.5
    ("huyen", "Huyện, thành phố", 10, None, None, None, "huyện"),
    ("huyen_sap_xep", "Huyện, thành phố đã sắp xếp thôn, tổ dân phố", 10, "huyen", None, None, "huyện"),
    ("kn", "Đảng viên kết nạp từ khi ban hành Nghị quyết", 6225, None, None, None, "đảng viên"),
    ("kn_nhiem_ky", "Đảng viên kết nạp từ đầu nhiệm kỳ 2020-2025", 805, None, None, None, "đảng viên"),
    ("kn_nu", "Trong đó: nữ", 2891, "kn", None, None, "đảng viên"),
    ("kn_dtts", "Trong đó: dân tộc thiểu số", 2095, "kn", None, None, "đảng viên"),
    ("kn_ton_giao", "Trong đó: tôn giáo", 334, "kn", None, None, "đảng viên"),
    ("kn_doan", "Trong đó: đoàn viên thanh niên", 3717, "kn", None, None, "đảng viên"),
    # II.6
    ("kt_tc", "Lượt tổ chức đảng được kiểm tra, giám sát", 4187, None, None, None, "lượt"),
    ("kt_tc_kt", "Trong đó: kiểm tra", 2579, None, None, None, "lượt"),
    ("kt_tc_gs", "Trong đó: giám sát", 1608, None, None, None, "lượt"),
    ("kt_dv", "Đảng viên được kiểm tra, giám sát", 6158, None, None, None, "đảng viên"),
    ("kt_dv_kt", "Trong đó: kiểm tra", 3738, None, None, None, "đảng viên"),
    ("kt_dv_gs", "Trong đó: giám sát", 2420, None, None, None, "đảng viên"),
    ("kt_tinh_tc", "Cấp tỉnh: lượt tổ chức đảng", 239, None, None, None, "lượt"),
    ("kt_tinh_dv", "Cấp tỉnh: lượt đảng viên", 61, None, None, None, "lượt"),
    ("kt_huyen_tc", "Cấp huyện: lượt tổ chức đảng", 1472, None, None, None, "lượt"),
    ("kt_huyen_dv", "Cấp huyện: lượt đảng viên", 582, None, None, None, "lượt"),
    ("kt_co_so_tc", "Cấp cơ sở: lượt tổ chức đảng", 2308, None, None, None, "lượt"),
    ("kt_co_so_dv", "Cấp cơ sở: lượt đảng viên", 1899, None, None, None, "lượt"),
    # III.2 (notes): rates published without their counts.
    ("tt_dv_ngoc_hoi", "Tỷ lệ thôn trưởng là đảng viên ở huyện Ngọc Hồi (%)", 69.12, 100, None, None, "%"),
    ("bt_kt_kon_ray", "Tỷ lệ bí thư chi bộ kiêm thôn trưởng ở huyện Kon Rẫy (%)", 14.29, 100, None, None, "%"),
]

# ---- Nội dung ----------------------------------------------------------------------------------
I = "Công tác quán triệt, triển khai thực hiện"
II = "Kết quả đạt được"
III = "Đánh giá chung"
IV = "Nhiệm vụ, giải pháp để nâng cao chất lượng hiệu quả thực hiện Nghị quyết số 03-NQ/TU trong thời gian tới"
II_1 = (f"{II} > Công tác giáo dục chính trị tư tưởng, nâng cao bản lĩnh chính trị, bồi dưỡng đạo đức cách "
        "mạng, ý thức tổ chức kỷ luật, tính tiền phong gương mẫu, chủ động ngăn chặn, đẩy lùi những biểu hiện "
        "suy thoái về tư tưởng chính trị, đạo đức lối sống trong đội ngũ cán bộ, đảng viên")
II_2 = (f"{II} > Nâng cao chất lượng, đổi mới nội dung, phương thức hoạt động và năng lực lãnh đạo của đảng "
        "bộ, chi bộ")
II_3 = f"{II} > Nâng cao chất lượng sinh hoạt chi bộ"
II_4 = f"{II} > Nâng cao hiệu quả công tác rèn luyện, quản lý, phân công nhiệm vụ cho đảng viên"
II_5 = (f"{II} > Thành lập, củng cố tổ chức đảng ở thôn, tổ dân phố gắn với đẩy mạnh chăm lo công tác kết "
        "nạp đảng viên")
II_6 = f"{II} > Tăng cường công tác kiểm tra, giám sát tổ chức đảng và đảng viên"

NARRATIVE = [
    (f"{I} > Về phổ biến, quán triệt",
     "Cấp uỷ các cấp đã kịp thời tổ chức quán triệt Nghị quyết số 03-NQ/TU, Kết luận số 1187-KL/TU, ngày "
     "27-9-2019 của Ban Thường vụ Tỉnh ủy về sơ kết 03 năm thực hiện Nghị quyết số 03-NQ/TU đến cán bộ, đảng "
     "viên trên địa bàn. Qua đó, góp phần nâng cao nhận thức của các cấp ủy, tổ chức đảng, cán bộ, đảng viên về "
     "ý nghĩa, vai trò của việc nâng cao chất lượng hoạt động của tổ chức cơ sở đảng và tổ chức đảng trực thuộc "
     "đảng ủy cơ sở."),
    (f"{I} > Về tổ chức thực hiện",
     "Ban Thường vụ Tỉnh ủy đã thành lập Ban Chỉ đạo thực hiện Nghị quyết số 03-NQ/TU (Ban Chỉ đạo thực hiện "
     "Nghị quyết 03) do đồng chí Phó Bí thư Tỉnh ủy làm Trưởng ban; trên cơ sở đó, Ban Chỉ đạo đã thành lập Tổ "
     "giúp việc, ban hành Quy chế làm việc, giúp Ban Thường vụ Tỉnh ủy chỉ đạo triển khai thực hiện Nghị quyết, "
     "đảm bảo hiệu quả, sát với tình hình thực tế của địa phương; thường xuyên kiểm tra, giám sát, sơ kết, đánh "
     "giá tình hình triển khai thực hiện Nghị quyết số 03-NQ/TU trên địa bàn."),
    (f"{I} > Về tổ chức thực hiện",
     "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đã xây dựng chương trình thực hiện Nghị quyết số "
     "03-NQ/TU, phân công đồng chí phó bí thư thường trực cấp uỷ trực tiếp chỉ đạo triển khai thực hiện; chỉ đạo "
     "các TCCSĐ xây dựng kế hoạch để triển khai thực hiện[^van_ban]."),

    (II_1,
     "Cấp uỷ các cấp đã lãnh đạo thực hiện tốt việc quán triệt, học tập Nghị quyết của Đảng, chính sách, pháp "
     "luật của Nhà nước. Mở các lớp đào tạo, bồi dưỡng về lý luận chính trị cho đội ngũ cấp ủy viên, cán bộ, "
     "đảng viên. Xây dựng đội ngũ cấp ủy viên, cán bộ, đảng viên có bản lĩnh chính trị vững vàng, phẩm chất đạo "
     "đức tốt. Thường xuyên giữ gìn, củng cố đoàn kết nội bộ đi đôi với thực hiện tốt công tác bảo vệ chính trị "
     "nội bộ."),
    (II_1,
     "Các chi bộ đã kịp thời nắm bắt thông tin, đẩy mạnh công tác tuyên truyền về các chủ trương của Đảng, chính "
     "sách, pháp luật của Nhà nước, kết quả phát triển kinh tế-xã hội, an ninh quốc phòng của tỉnh đến cán bộ, "
     "đảng viên. Thực hiện đồng bộ, có hiệu quả Nghị quyết Trung ương 4 khóa XI, XII về xây dựng, chỉnh đốn "
     "Đảng; trong đó, đã triển khai cho cán bộ, đảng viên xây dựng, thực hiện tốt bản cam kết[^cam_ket], kế "
     "hoạch cá nhân về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh hằng năm gắn với thực hiện "
     "quy định trách nhiệm nêu gương của cán bộ, đảng viên, nhất là cán bộ lãnh đạo, chủ chốt các cấp. Qua đó, "
     "đã góp phần định hướng, nâng cao nhận thức, ngăn chặn, đẩy lùi những suy thoái về tư tưởng chính trị, đạo "
     "đức, lối sống, các biểu hiện “tự diễn biến”, “tự chuyển hóa”... trong đội ngũ cán bộ, đảng viên."),

    (II_2,
     "Hiện toàn Đảng bộ tỉnh có {tccsd} tổ chức cơ sở đảng, {chi_bo_tt} chi bộ và {dbbp} đảng bộ bộ phận trực "
     "thuộc đảng ủy cơ sở. Trong đó có {tccsd_xa} tổ chức cơ sở đảng (TCCSĐ) xã, phường, thị trấn (chiếm "
     "{tccsd_xa.tyle} tổng số TCCSĐ); {tccsd_sn} TCCSĐ loại hình đơn vị sự nghiệp (chiếm {tccsd_sn.tyle}); "
     "{tccsd_hc} TCCSĐ loại hình cơ quan hành chính (chiếm {tccsd_hc.tyle}); {tccsd_lltv} TCCSĐ loại hình lực "
     "lượng vũ trang (chiếm {tccsd_lltv.tyle}); {tccsd_dn} TCCSĐ loại hình doanh nghiệp (chiếm {tccsd_dn.tyle}). "
     "Tổng số thôn (làng), tổ dân phố, khối phố (gọi chung là thôn) trên địa bàn tỉnh là {thon}; trong đó, "
     "{thon_co_dang.tyle} thôn đã có tổ chức đảng (chi tiết tại biểu 01)."),
    (II_2,
     "Ban thường vụ huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đã chỉ đạo quán triệt và cụ thể hóa và triển "
     "khai thực hiện có hiệu quả các quy định của Trung ương, của tỉnh về chức năng, nhiệm vụ của các loại hình "
     "TCCSĐ, gắn với kiện toàn, sắp xếp bộ máy tổ chức đảng đảm bảo tinh gọn, hoạt động hiệu lực, hiệu quả. Từ "
     "tháng 8-2016 đến nay, toàn Đảng bộ tỉnh đã thành lập mới {tl_moi} tổ chức đảng (trong đó, nâng {tl_nang} "
     "chi bộ thành đảng bộ, thành lập mới {tl_dbcs} đảng bộ cơ sở, {tl_cbcs} chi bộ cơ sở và {tl_cbtt} chi bộ "
     "trực thuộc đảng ủy cơ sở); giải thể {gt} tổ chức đảng (trong đó, giải thể {gt_dbcs} đảng bộ cơ sở, "
     "{gt_cbcs} chi bộ cơ sở và {gt_cbtt} chi bộ trực thuộc đảng ủy cơ sở), sáp nhập {sn} tổ chức đảng (trong "
     "đó, sáp nhập {sn_cbcs} chi bộ cơ sở và {sn_cbtt} chi bộ trực thuộc đảng ủy cơ sở) (chi tiết tại biểu 02), "
     "giảm số TCCSĐ từ 698 xuống còn {tccsd} TCCSĐ, {tccsd.kytruoc} và số chi bộ trực thuộc đảng ủy cơ sở từ "
     "1.853 xuống còn {chi_bo_tt} chi bộ, {chi_bo_tt.kytruoc}."),
    (II_2,
     "Đã thực hiện tốt công tác đào tạo, bồi dưỡng nâng cao chất lượng đội ngũ cấp ủy cơ sở, bí thư chi bộ. Từ "
     "năm 2016 đến nay đã mở {lop} lớp[^lop] đào tạo, bồi dưỡng cho {luot_dt} lượt đồng chí tham gia (chuyên "
     "môn: {luot_cm} đồng chí; lý luận chính trị: {luot_llct} đồng chí) và {luot_nv} lượt đồng chí về nâng cao "
     "nghiệp vụ (bồi dưỡng nghiệp vụ công tác đảng: {nv_dang}; nghiệp vụ đoàn thể chính trị: {nv_doan_the} và "
     "bồi dưỡng cập nhật kiến thức mới: {nv_kien_thuc}) (chi tiết tại biểu 03). Trong đó, Ban Thường vụ Huyện "
     "ủy Sa Thầy, Ban Thường vụ Huyện ủy Kon Rẫy đã tổ chức cho {bt_moi} đồng chí bí thư, phó bí thư chi bộ thôn "
     "mới trúng cử lần đầu về đảng ủy xã, thị trấn ({bt_moi_xa} đồng chí), các cơ quan tham mưu giúp việc huyện "
     "uỷ[^bt_moi] ({bt_moi_huyen} đồng chí) để bồi dưỡng, hướng dẫn về nghiệp vụ công tác xây dựng đảng, xây "
     "dựng chi bộ, công tác nghiệp vụ đảng viên…(chi tiết tại biểu 04). Tổ chức tốt hội thi bí thư chi bộ giỏi "
     "(từ năm 2016 đến nay, có {hoi_thi}/{cap_uy_tt} cấp ủy trực thuộc Tỉnh ủy đã tổ chức hội thi với "
     "{thi_sinh} lượt thí sinh tham gia); qua đó đã đánh giá thực trạng đội ngũ bí thư chi bộ để có biện pháp "
     "bồi dưỡng, nâng cao kiến thức về công tác xây dựng đảng ở cơ sở; đồng thời, cổ vũ động viên đội ngũ cấp ủy "
     "viên, bí thư chi bộ phấn đấu vươn lên hoàn thành tốt nhiệm vụ được giao."),
    (II_2,
     "Các cấp ủy, chi bộ thường xuyên rà soát, bổ sung quy chế làm việc; tập trung củng cố, kiện toàn, phát huy "
     "vai trò của đội ngũ cấp uỷ viên và đội ngũ cán bộ chủ chốt ở cơ sở; kịp thời giải quyết những vấn đề khó "
     "khăn, vướng mắc nảy sinh ở cơ sở; lãnh đạo thực hiện tốt nhiệm vụ theo đúng quy định của Điều lệ Đảng. "
     "Triển khai thực hiện quyết liệt, đồng bộ các giải pháp để nâng cao tỉ lệ thôn trưởng, tổ trưởng tổ dân "
     "phố là đảng viên. Đến nay, có {thon_truong_dv}/{thon} thôn trưởng, tổ trưởng tổ dân phố là đảng viên (đạt "
     "{thon_truong_dv.tyle}), {thon_truong_dv.kytruoc} so với thời điểm ban hành Nghị quyết[^tt_so_ket], "
     "{thon_truong_dv.chitieu} so với mục tiêu Nghị quyết[^tt_nq01]; có {bt_kiem_tt}/{thon} bí thư chi bộ kiêm "
     "thôn trưởng, tổ trưởng tổ dân phố (đạt {bt_kiem_tt.tyle}), {bt_kiem_tt.kytruoc} so với thời điểm ban hành "
     "Nghị quyết[^bt_so_ket] (chi tiết tại biểu 05 và phụ lục kèm theo)."),
    (II_2,
     "Công tác đảng vụ ở cơ sở có chuyển biến tích cực; hệ thống sổ sách công tác đảng được trang bị đầy đủ, ghi "
     "chép rõ ràng; quan tâm đầu tư, nâng cấp trang thiết bị làm việc, góp phần nâng cao hiệu quả công tác lãnh "
     "đạo, chỉ đạo của cấp ủy và thực hiện nền nếp, đúng quy định về nghiệp vụ công tác đảng."),

    (II_3,
     "Các chi bộ đã duy trì nền nếp sinh hoạt định kỳ, nội dung và các bước tiến hành sinh hoạt cơ bản theo "
     "đúng quy định, hướng dẫn của Trung ương, của Ban Thường vụ Tỉnh ủy[^sinh_hoat]. Đã làm tốt công tác chuẩn "
     "bị nội dung, chương trình sinh hoạt, phát huy trí tuệ của tập thể đảng viên trong tham gia các chủ trương, "
     "giải pháp lãnh đạo thực hiện nhiệm vụ của chi bộ; sau cuộc họp, nhiều chi bộ đã tiến hành đánh giá kết quả "
     "sinh hoạt theo quy định của Ban Thường vụ Tỉnh ủy và văn bản hóa kết luận cuộc họp chi bộ để lãnh đạo, chỉ "
     "đạo thực hiện. Hầu hết các chi bộ tổ chức sinh hoạt chuyên đề theo đúng quy định, nội dung gắn với thực "
     "hiện nhiệm vụ chính trị của cơ quan, đơn vị (hiện nay, có {cb_chuyen_de}/{cb} chi bộ đã tổ chức sinh hoạt "
     "chuyên đề, đạt {cb_chuyen_de.tyle}; {cb_chuyen_de.kytruoc} so với thời điểm ban hành Nghị quyết). Thực "
     "hiện các giải pháp nâng cao chất lượng sinh hoạt của cấp ủy, chi bộ gắn với tự phê bình và phê bình theo "
     "tinh thần Nghị quyết Trung ương 4 khóa XI, XII và Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính trị "
     "\"về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\", góp phần nâng cao năng lực "
     "lãnh đạo, sức chiến đấu của tổ chức đảng ở cơ sở và chất lượng đội ngũ đảng viên."),
    (II_3,
     "Các cấp ủy thường xuyên kiện toàn, phân công nhiệm vụ, phát huy tốt vai trò của các tổ cấp ủy viên phụ "
     "trách địa bàn để nắm tình hình ở cơ sở; đến nay, ban thường vụ cấp ủy cấp huyện đã phân công "
     "{cu_huyen_pt}/{cu_huyen} đồng chí cấp ủy viên phụ trách các TCCSĐ trực thuộc (đạt {cu_huyen_pt.tyle}) "
     "trong đó, phân công cấp ủy viên phụ trách các xã, phường, thị trấn {cu_huyen_pt_xa}/{cu_huyen_pt} (đạt "
     "{cu_huyen_pt_xa.tyle}, {cu_huyen_pt_xa.kytruoc} so với thời điểm ban hành Nghị quyết); đảng ủy xã, "
     "phường, thị trấn phân công {cu_xa_pt}/{cu_xa} đồng chí cấp ủy viên phụ trách các chi bộ trực thuộc (đạt "
     "{cu_xa_pt.tyle}); qua đó, đã kịp thời chỉ đạo giải quyết các vấn đề khó khăn, vướng mắc cho cơ sở."),
    (II_3,
     "Công tác đánh giá, xếp loại chất lượng đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo "
     "quản lý các cấp hằng năm được cấp ủy các cấp kịp thời quán triệt và xây dựng kế hoạch để triển khai thực "
     "hiện. Việc kiểm điểm tự phê bình và phê bình được thực hiện nghiêm túc, chặt chẽ, đúng quy trình, quy định, "
     "hướng dẫn của cấp trên; nội dung kiểm điểm đã thể hiện đầy đủ, toàn diện, bám sát chức năng, nhiệm vụ của "
     "tổ chức, cá nhân trong lãnh đạo, chỉ đạo và triển khai thực hiện nhiệm vụ, trong đó chú trọng kết quả khắc "
     "phục những hạn chế, khuyết điểm đã được chỉ ra ở năm trước. Về việc đánh giá, xếp loại chất lượng đối với "
     "tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp được triển khai nghiêm túc, "
     "chặt chẽ, công khai, đúng quy trình, quy định[^huong_dan_xep_loai], cơ bản phản ánh đúng kết quả lãnh đạo "
     "thực hiện nhiệm vụ chính trị và xây dựng Đảng của các đảng bộ, chi bộ[^ket_qua_xep_loai]. Sau đánh giá, "
     "xếp loại, các cấp uỷ đã chỉ đạo xây dựng kế hoạch tập trung khắc phục kịp thời những tồn tại, hạn chế "
     "(chi tiết tại biểu 06)."),

    (II_4,
     "Toàn Đảng bộ tỉnh có {dv} đảng viên, trong đó, đảng viên là người dân tộc thiểu số (DTTS) là {dv_dtts} "
     "đồng chí (chiếm {dv_dtts.tyle}), đảng viên nữ là {dv_nu} đồng chí (chiếm {dv_nu.tyle}), đảng viên là đoàn "
     "thanh niên {dv_doan} đồng chí (chiếm {dv_doan.tyle}) và đảng viên trong các tôn giáo là {dv_ton_giao} đồng "
     "chí (chiếm {dv_ton_giao.tyle}). Về số lượng đảng viên trong từng loại hình TCCSĐ xã, phường, thị trấn là "
     "{dv_xa} đồng chí (chiếm {dv_xa.tyle} so với tổng số đảng viên toàn tỉnh); cơ quan hành chính {dv_hc} đồng "
     "chí (chiếm {dv_hc.tyle}); đơn vị sự nghiệp {dv_sn} đồng chí (chiếm {dv_sn.tyle}); doanh nghiệp {dv_dn} "
     "đồng chí (chiếm {dv_dn.tyle}); lực lượng vũ trang {dv_lltv} đồng chí (chiếm {dv_lltv.tyle}), có tuổi đời "
     "bình quân là {tuoi_bq} tuổi (chi tiết tại biểu 06)."),
    (II_4,
     "Các cấp ủy, chi bộ đã triển khai thực hiện đồng bộ các giải pháp về nâng cao hiệu quả công tác giáo dục, "
     "rèn luyện, quản lý, phân công nhiệm vụ cho đảng viên. Phát huy tốt vai trò của đội ngũ cán bộ, đảng viên "
     "ở cơ sở trong thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết của các cấp ủy "
     "Đảng gắn với thực hiện có hiệu quả công tác rà soát, đưa những đảng viên không còn đủ tư cách ra khỏi Đảng, "
     "góp phần nâng cao chất lượng đội ngũ đảng viên, làm trong sạch nội bộ Đảng, củng cố niềm tin của Nhân "
     "dân."),
    (II_4,
     "Đã chỉ đạo thực hiện tốt công tác quán triệt và triển khai thực hiện có nền nếp Quy định số 76-QĐ/TW (nay "
     "là Quy định số 213-QĐ/TW, ngày 02-01-2020 của Bộ Chính trị quy định “về trách nhiệm của đảng viên đang "
     "công tác thường xuyên giữ mối liên hệ với tổ chức đảng và nhân dân nơi cư trú”). Nhìn chung, cấp uỷ, chi "
     "bộ nơi đảng viên đang công tác và nơi đảng viên cư trú đã thực hiện đúng quy định về giới thiệu, tiếp "
     "nhận, tổ chức sinh hoạt đối với đảng viên đang công tác thường xuyên giữ mối liên hệ với tổ chức đảng và "
     "Nhân dân nơi cư trú[^cu_tru]. Đảng viên được giới thiệu đã phát huy vai trò, gương mẫu, đóng góp, tham gia "
     "xây dựng tổ chức đảng, chính quyền, đoàn thể và thực hiện nghĩa vụ công dân nơi cư trú, được cấp ủy, chi "
     "bộ nơi cư trú đánh giá cao; hằng năm có từ 98% đảng viên trở lên được cấp ủy, chi bộ nơi cư trú được đánh "
     "giá chấp hành tốt[^cu_tru_danh_gia]."),
    (II_4,
     "Cấp ủy xã, phường, thị trấn và các chi bộ thôn, tổ dân phố đã rà soát, phân công {dv_ho}/{dv_ho_tong} đảng "
     "viên phụ trách hộ, nhóm hộ, đạt {dv_ho.tyle}, {dv_ho.kytruoc} so với thời điểm ban hành Nghị "
     "quyết[^ho_2016] (chi tiết tại biểu 07). Phần lớn đảng viên được phân công phụ trách hộ, nhóm hộ đã phát "
     "huy tốt vai trò, trách nhiệm trong thực hiện nhiệm vụ được giao; thường xuyên sâu sát nắm bắt tâm tư, "
     "nguyện vọng, tuyên truyền, vận động Nhân dân thực hiện đúng chủ trương, đường lối, chính sách của Đảng, "
     "pháp luật của Nhà nước, chủ động hướng dẫn các hộ, nhóm hộ thực hiện có hiệu quả về chuyển đổi cơ cấu cây "
     "trồng, vật nuôi, áp dụng tiến bộ khoa học - kỹ thuật vào sản xuất; thực hiện tốt các phong trào thi đua yêu "
     "nước, tích cực lao động sản xuất phấn đấu vươn lên thoát nghèo, làm giàu chính đáng."),

    (II_5,
     "Có {huyen_sap_xep}/{huyen} huyện, thành phố đã tiến hành xong việc sắp xếp, sáp nhập, tổ chức lại và đổi "
     "tên các thôn, tổ dân phố[^thon]; trên cơ sở đó các cấp ủy đã chỉ đạo củng cố, kiện toàn và phát huy vai "
     "trò chi bộ thôn, tổ dân phố theo quy định."),
    (II_5,
     "Công tác tạo nguồn, phát triển đảng viên được chú trọng cả về số lượng, chất lượng; thực hiện đúng nguyên "
     "tắc, quy trình, thủ tục kết nạp. Từ khi ban hành Nghị quyết số 03-NQ/TU đến nay, toàn Đảng bộ tỉnh đã kết "
     "nạp được {kn} đảng viên (từ đầu nhiệm kỳ 2020-2025 đến nay, toàn Đảng bộ tỉnh đã kết nạp {kn_nhiem_ky} "
     "đảng viên) trong đó nữ là {kn_nu} đ/c (chiếm {kn_nu.tyle}), dân tộc thiểu số {kn_dtts} đ/c (chiếm "
     "{kn_dtts.tyle}), tôn giáo {kn_ton_giao} đ/c (chiếm {kn_ton_giao.tyle}), là đoàn thanh niên {kn_doan} đ/c "
     "(chiếm {kn_doan.tyle}). Hầu hết, đảng viên mới được kết nạp có phẩm chất, đạo đức, nhiệt tình trong công "
     "tác, có ý thức tu dưỡng, rèn luyện bản thân (chi tiết tại biểu 08)."),

    (II_6,
     "Các cấp ủy đã kịp thời lãnh đạo, chỉ đạo phổ biến, quán triệt, cụ thể hóa và triển khai thực hiện các "
     "nghị quyết, chỉ thị, kết luận của Trung ương về công tác kiểm tra, giám sát của Đảng; đồng thời, xây dựng "
     "và thực hiện có hiệu quả chương trình, kế hoạch kiểm tra, giám sát hằng năm. Từ 8-2016 đến nay, cấp ủy, ủy "
     "ban kiểm tra các cấp và chi bộ đã tiến hành kiểm tra, giám sát {kt_tc} lượt tổ chức đảng (kiểm tra "
     "{kt_tc_kt}, giám sát {kt_tc_gs}) và {kt_dv} đảng viên (kiểm tra {kt_dv_kt}, giám sát {kt_dv_gs}). Trong "
     "đó, cấp tỉnh đã tiến hành kiểm tra, giám sát {kt_tinh_tc} lượt tổ chức đảng, {kt_tinh_dv} lượt đảng viên; "
     "cấp huyện đã tiến hành kiểm tra, giám sát {kt_huyen_tc} lượt tổ chức đảng, {kt_huyen_dv} lượt đảng viên; "
     "cấp cơ sở đã tiến hành kiểm tra, giám sát {kt_co_so_tc} lượt tổ chức đảng, {kt_co_so_dv} lượt đảng viên."),
    (II_6,
     "Nội dung kiểm tra, giám sát tập trung vào việc thực hiện các chỉ thị, nghị quyết của Đảng; nguyên tắc tập "
     "trung dân chủ; xây dựng và thực hiện quy chế làm việc của cấp uỷ, tổ chức đảng; việc học tập và làm theo "
     "tư tưởng, đạo đức, phong cách Hồ Chí Minh; việc thực hiện Nghị quyết Trung ương 4 khóa XI, XII về xây "
     "dựng, chỉnh đốn Đảng; kiểm tra tổ chức đảng cấp dưới và đảng viên khi có dấu hiệu vi phạm... Đã thi hành "
     "kỷ luật {ky_luat}. Việc thi hành kỷ luật đối với tổ chức đảng và đảng viên vi phạm được thực hiện theo "
     "quy định, đảm bảo công minh, chính xác, kịp thời, tạo hiệu ứng tích cực trong xã hội."),
    (II_6,
     "Công tác phối hợp trong lãnh đạo, chỉ đạo giữa các cấp ủy đảng, các cơ quan, đơn vị có liên quan về thực "
     "hiện công tác kiểm tra, giám sát ngày càng chặt chẽ nên việc triển khai thực hiện đã khắc phục được việc "
     "trùng lắp, chồng chéo về nội dung và đối tượng kiểm tra, giám sát. Đồng thời, đã lãnh đạo Mặt trận Tổ quốc "
     "và các đoàn thể chính trị-xã hội các cấp tiếp tục đổi mới nội dung, phương thức hoạt động, tham gia có "
     "hiệu quả việc góp ý xây dựng Đảng; phát huy vai trò của Nhân dân trong giám sát cán bộ, đảng viên ở địa "
     "bàn dân cư. Qua đó, giúp cấp uỷ, lãnh đạo các cơ quan, đơn vị kịp thời phát hiện, chấn chỉnh các vi phạm "
     "của cán bộ, đảng viên và tổ chức đảng (chi tiết tại biểu 09)."),

    (f"{III} > Ưu điểm",
     "Cấp ủy các cấp đã lãnh đạo, chỉ đạo và tổ chức triển khai thực hiện có hiệu quả Nghị quyết số 03-NQ/TU "
     "của Ban Thường vụ Tỉnh ủy và đạt được nhiều kết quả quan trọng. Đã thực hiện tốt công tác giáo dục chính "
     "trị tư tưởng, nâng cao bản lĩnh chính trị, bồi dưỡng đạo đức cách mạng, ý thức tổ chức kỷ luật, tính tiền "
     "phong gương mẫu, chủ động ngăn chặn, đẩy lùi những biểu hiện suy thoái về tư tưởng chính trị, đạo đức lối "
     "sống trong đội ngũ cán bộ, đảng viên; nội dung, phương thức hoạt động của đảng bộ, chi bộ từng bước được "
     "đổi mới. Năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng, đảng viên được nâng lên. Công tác "
     "quản lý, phân công nhiệm vụ cho đảng viên, công tác kiểm tra, giám sát được tăng cường, đã kịp thời giải "
     "quyết những vấn đề vướng mắc nảy sinh ngay từ cơ sở."),
    (f"{III} > Khuyết điểm, hạn chế",
     "- Việc lãnh đạo đưa nội dung học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong sinh hoạt "
     "định kỳ ở một số chi bộ, cơ quan, đơn vị chưa thường xuyên, có nơi còn hình thức, hiệu quả chưa "
     "cao[^hoc_tap_hcm]."),
    (f"{III} > Khuyết điểm, hạn chế",
     "- Chất lượng một số tổ chức đảng, đảng viên chưa cao, còn có tổ chức đảng và đảng viên không hoàn thành "
     "nhiệm vụ[^khtnv]; vai trò lãnh đạo của chi uỷ, bí thư chi bộ ở một số nơi chưa được phát huy[^khtnv_5_nam]."),
    (f"{III} > Khuyết điểm, hạn chế",
     "- Nội dung sinh hoạt chi bộ định kỳ ở một số nơi chậm đổi mới, còn lúng túng trong việc lựa chọn nội dung "
     "sinh hoạt chuyên đề[^chuyen_de_lung_tung]. Một số ít chi bộ chưa thực hiện nghiêm chế độ sinh hoạt chuyên "
     "đề theo quy định[^chuyen_de_chua]."),
    (f"{III} > Khuyết điểm, hạn chế",
     "- Công tác kiểm tra, giám sát của một số cấp ủy cấp chưa thường xuyên; việc phân công đảng viên phụ trách "
     "hộ, nhóm hộ còn hình thức, hiệu quả chưa cao."),
    (f"{III} > Khuyết điểm, hạn chế",
     "- Tỉ lệ thôn trưởng, tổ trưởng tổ dân phố là đảng viên ở một số nơi chưa đạt mục tiêu Nghị quyết đề "
     "ra[^tt_ngoc_hoi]; tỉ lệ bí thư chi bộ kiêm thôn trưởng tổ trưởng tổ dân phố còn thấp (toàn tỉnh đạt "
     "{bt_kiem_tt.tyle}, có huyện mới đạt tỉ lệ {bt_kt_kon_ray.tyle}[^bt_kon_ray])."),
    (f"{III} > Khuyết điểm, hạn chế",
     "- Công tác tạo nguồn, phát triển đảng viên chưa đồng đều ở các khu vực, nhất là khu vực nông thôn và trong "
     "các đơn vị kinh tế tư nhân[^kn_doanh_nghiep]."),
    (f"{III} > Nguyên nhân",
     "- Trách nhiệm của một số cấp ủy, người đứng đầu cấp ủy, tổ chức đảng và cơ quan tham mưu giúp việc cấp ủy "
     "cấp huyện trong lãnh đạo, chỉ đạo, hướng dẫn, đôn đốc thực hiện có lúc, có việc chưa thật sự cụ thể, sâu "
     "sát, quyết liệt; ý thức tự giác học tập, tu dưỡng, rèn luyện của một số cán bộ, đảng viên chưa cao."),
    (f"{III} > Nguyên nhân",
     "- Một số cấp ủy cơ sở xã, phường, thị trấn, chi bộ khu dân cư nhận thức chưa đầy đủ ý nghĩa, mục đích yêu "
     "cầu, tầm quan trọng của công tác phân công đảng viên phụ trách hộ, nhóm hộ. Một số đảng viên sau khi được "
     "kết nạp hoặc đảng viên xuất ngũ về địa phương phải đi làm ăn xa nên công tác quản lý, phân công nhiệm vụ "
     "đảng viên gặp nhiều khó khăn."),
    (f"{III} > Nguyên nhân",
     "- Việc thực hiện chỉ tiêu thôn trưởng, tổ trưởng tổ dân phố là đảng viên và bí thư chi bộ thôn kiêm thôn "
     "trưởng ở một số nơi gặp khó khăn do phụ cấp kiêm nhiệm thấp, công việc nhiều nên chưa động viên được đội "
     "ngũ cán bộ ở cơ sở; một số thôn trưởng có uy tín nhưng không đủ điều kiện để kết nạp vào Đảng; một số bí "
     "thư chi bộ hoặc thôn trưởng hạn chế về trình độ, năng lực, sức khỏe nên khó đảm nhận việc kiêm nhiệm..."),
    (f"{III} > Nguyên nhân",
     "- Doanh nghiệp tư nhân trên địa bàn tỉnh chủ yếu có quy mô nhỏ và siêu nhỏ, số lượng công nhân, người lao "
     "động ít, hợp đồng theo mùa vụ, công việc không ổn định và cư trú không tập trung. Một số doanh nghiệp gặp "
     "khó khăn trong sản xuất, kinh doanh… nên việc tiếp cận chủ doanh nghiệp, người quản lý, công nhân và người "
     "lao động trong doanh nghiệp để vận động phát triển đảng viên gặp nhiều khó khăn, bất cập."),
    (f"{III} > Nguyên nhân",
     "- Một số đảng uỷ xã, phường, thị trấn lựa chọn nội dung, xác định đối tượng kiểm tra, giám sát còn lúng "
     "túng, chưa sát với tình hình thực tế."),

    (IV,
     f"- Tiếp tục quán triệt và triển khai thực hiện có hiệu quả {NQ03}. Trong đó, tập trung tuyên truyền, nâng "
     "cao vai trò, trách nhiệm của cán bộ, đảng viên trong triển khai thực hiện, nhất là nhiệm vụ phụ trách hộ, "
     "nhóm hộ; hằng năm xây dựng chương trình, kế hoạch cụ thể để thực hiện đảm bảo sát tình hình thực tế của "
     "địa phương, cơ quan, đơn vị."),
    (IV,
     "- Thực hiện tốt công tác nhận xét, đánh giá cán bộ, đảng viên hằng năm, trên cơ sở đó rà soát, bổ sung quy "
     "hoạch, đào tạo, bồi dưỡng; xây dựng đội ngũ cấp ủy viên, bí thư tổ chức đảng, tổ chức cơ sở đảng có phẩm "
     "chất, trình độ, năng lực, phương pháp, phong cách làm việc khoa học, hiệu quả, đáp ứng yêu cầu nhiệm vụ "
     "trong tình hình mới."),
    (IV,
     "- Tiếp tục đổi mới, nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 12-HD/BTCTW, ngày 06-7-2018 của "
     "Ban Tổ chức Trung ương “về một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ” và Quy định số "
     "10-QĐi/TU, ngày 17-12-2018 của Ban Thường vụ Tỉnh ủy “về quy định khung tiêu chí đánh giá chất lượng sinh "
     "hoạt chi bộ và trách nhiệm của cấp ủy, cơ quan tham mưu, giúp việc của cấp ủy về nâng cao chất lượng sinh "
     "hoạt chi bộ”. Trong đó, thực hiện tốt việc phân công cấp ủy viên cấp huyện, cấp xã phụ trách địa bàn luân "
     "phiên tham dự sinh hoạt chi bộ, nhất là chi bộ thôn, tổ dân phố; thường xuyên kiểm tra, hướng dẫn việc "
     "sinh hoạt chi bộ, sinh hoạt chuyên đề ở cơ sở, đảm bảo thiết thực, hiệu quả, sát với tình hình thực tế của "
     "địa phương, đơn vị."),
    (IV,
     "- Tiếp tục đẩy mạnh công tác tuyên truyền, vận động, tạo sự thống nhất về nhận thức và hành động trong cán "
     "bộ, đảng viên và Nhân dân về thực hiện chủ trương trưởng thôn, tổ trưởng tổ dân phố là đảng viên; bí thư "
     "chi bộ kiêm thôn trưởng, tổ trưởng tổ dân phố, gắn với thực hiện Cuộc vận động “Làm thay đổi nếp nghĩ, cách "
     "làm của đồng bào dân tộc thiểu số, làm cho đồng bào dân tộc thiểu số vươn lên thoát nghèo bền vững”."),
    (IV,
     "- Tăng cường công tác kiểm tra, giám sát việc triển khai thực hiện, gắn với thực hiện các quy định của "
     "Trung ương, của tỉnh về nêu gương; kịp thời phát hiện chấn chỉnh những hạn chế, khuyết điểm, nâng cao chất "
     "lượng hoạt động của tổ chức đảng, xử lý nghiêm các tổ chức đảng, đảng viên vi phạm. Thực hiện tốt công tác "
     "rà soát, sàng lọc đảng viên, kiên quyết đưa những người không còn đủ tư cách đảng viên ra khỏi Đảng."),
]

# ---- Chú thích: the reference's 22 notes, in order of appearance ---------------------------------
NOTES = [
    ("van_ban", "Cấp huyện đã xây dựng {vb_huyen} văn bản, cấp xã đã xây dựng {vb_xa} văn bản để triển khai "
                "thực hiện."),
    ("cam_ket", "Năm 2021, có {dv_cam_ket}/{dv_cam_ket_tong} đảng viên xây dựng Bản cam kết, đạt "
                "{dv_cam_ket.tyle}, {dv_cam_ket.kytruoc} so với thời điểm ban hành Nghị quyết số 03-NQ/TU."),
    ("lop", "Đại học {lop_dh} lớp, thạc sĩ {lop_ths} lớp, cao cấp {lop_cc} lớp, trung cấp {lop_tc} lớp và bồi "
            "dưỡng nghiệp vụ {lop_bd} lớp."),
    ("bt_moi", "Huyện Sa Thầy có {bt_moi_sa_thay} đồng chí và Kon Rẫy có {bt_moi_kon_ray} đồng chí."),
    ("tt_so_ket", "Trưởng thôn, tổ trưởng tổ dân phố là đảng viên {thon_truong_dv_sk.kytruoc} so với thời điểm "
                  "sơ kết 03 năm thực hiện Nghị quyết."),
    ("tt_nq01", "{thon_truong_dv_nq01.chitieu} so với Nghị quyết số 01-NQ/TU, ngày 02-12-2020 của Ban Chấp "
                "hành Đảng bộ tỉnh khóa XVI về lãnh đạo thực hiện nhiệm vụ kinh tế-xã hội, quốc phòng, an "
                "ninh, xây dựng Đảng và hệ thống chính trị năm 2021.\n"
                "Điển hình có các đơn vị: Thành phố Kon Tum, Huyện Đăk Glei, Đăk Tô, Tu Mơ Rông, Đăk Hà, Kon "
                "Rẫy, Kon Plông, Sa Thầy, Ia H’Drai."),
    ("bt_so_ket", "Bí thư chi bộ kiêm thôn trưởng, tổ trưởng tổ dân phố {bt_kiem_tt_sk.kytruoc} so với thời "
                  "điểm sơ kết 03 năm thực hiện Nghị quyết và {bt_kiem_tt_nq01.chitieu} so với Nghị quyết số "
                  "01-NQ/TU, ngày 02-12-2020 của Ban Chấp hành đảng bộ tỉnh khóa XVI. Điển hình: Thành phố Kon "
                  "Tum đạt tỉ lệ {bt_kt_kon_tum.tyle} bí thư chi bộ kiêm thôn trưởng ({bt_kt_kon_tum.chitieu} "
                  "so với mục tiêu Nghị quyết số 01-NQ/TU, ngày 02-12-2020 của Ban Chấp hành Đảng bộ tỉnh khóa "
                  "XVI)."),
    ("sinh_hoat", "Chỉ thị số 10-CT/TW, ngày 30-3-2007 của Ban Bí thư Trung ương Đảng \"về nâng cao chất "
                  "lượng sinh hoạt chi bộ\"; Hướng dẫn số 09-HD/BTCTW, ngày 02-3-2012 của Ban Tổ chức Trung "
                  "ương \"về nội dung sinh hoạt chi bộ\"; Hướng dẫn số 12-HD/BTCTW, ngày 06-7-2018 của Ban Tổ "
                  "chức Trung ương \"Một số vấn đề về nâng cao chất lượng sinh hoạt chi bộ\"; Quy định số "
                  "10-QĐi/TU, ngày 17-12-2018 của Ban Thường vụ Tỉnh ủy \"về khung tiêu chí đánh giá chất lượng "
                  "sinh hoạt chi bộ và trách nhiệm của cấp ủy, cơ quan tham mưu, giúp việc của cấp ủy về nâng "
                  "cao chất lượng sinh hoạt chi bộ\"…"),
    ("huong_dan_xep_loai",
     "Hướng dẫn số 16-HD/BTCTW, ngày 24-9-2018 của Ban Tổ chức Trung ương \"về kiểm điểm, đánh giá, xếp loại "
     "chất lượng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các "
     "cấp\"; Hướng dẫn số 21-HD/BTCTW, ngày 08-10-2019 của Ban Tổ chức Trung ương \"về kiểm điểm, đánh giá, xếp "
     "loại chất lượng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo quản lý các "
     "cấp \"; Hướng dẫn số 01-HD/TU, ngày 31-10-2016 của Ban Thường vụ Tỉnh ủy \"về đánh giá, phân loại chất "
     "lượng tổ chức cơ sở đảng và đảng viên\"; Hướng dẫn số 03-HD/TU, ngày 15-11-2018 của Ban Thường vụ Tỉnh "
     "ủy \"về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức đảng, đảng viên và tập thể, cá "
     "nhân cán bộ lãnh đạo, quản lý các cấp\"; Hướng dẫn số 05-HD/TU, ngày 12-11-2019 của Ban Thường vụ Tỉnh ủy "
     "“hướng dẫn một số nội dung về việc kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tổ chức "
     "đảng, đảng viên và tập thể, cá nhân cán bộ lãnh đạo, quản lý các cấp”."),
    ("ket_qua_xep_loai",
     "Đối với TCCSĐ: Năm 2016: TSVM 56,35% (TSVMTB 21,5%), HTTNV 35,91%, HTNV 7,15%, yếu kém 0,58%; năm 2017: "
     "TSVM 54,18% (TSVMTB 22,34%), HTTNV 35,59%, HTNV 9,08%, yếu kém 1,15%; năm 2018: HTXSNV 18,5%, HTTNV "
     "72,25%, HTNV 8,37%, Không HTNV 0,88%; năm 2019: HTXSNV 18,59%, HTTNV 73,76%, HTNV 7,20%, Không HTNV 0,45%; "
     "năm 2020: HTXSNV 17,30%, HTTNV 74,20%, HTNV 7,59%, Không HTNV 0,91%.\n"
     "Đối với đảng viên: Năm 2016: HTXSNV 11,08%, HTTNV 76,75%, HTNV 11,32%, Không HTNV 0,85%; năm 2017: HTXSNV "
     "10,81%, HTTNV 76,97%, HTNV 11,26, Không HTNV 0,95%; năm 2018: HTXSNV 11,76%, HTTNV 79,54%, HTNV 7,87, "
     "Không HTNV 0,83%; năm 2019: HTXSNV 13,37%, HTTNV 77,18%, HTNV 8,59, Không HTNV 0,86%; năm 2020: HTXSNV "
     "13,59%, HTTNV 78,56%, HTNV 6,86, Không HTNV 0,99%."),
    ("cu_tru", "Đến nay, 100% đảng viên thuộc đối tượng quy định đều được giới thiệu về sinh hoạt Đảng tại nơi "
               "cư trú."),
    ("cu_tru_danh_gia", "Số đảng viên được cấp ủy, chi bộ nơi cư trú đánh giá chấp hành tốt: 2016: 99,13%; "
                        "2017: 98,09%; 2018: 98,06%; 2019: 98,14%; 2020: 98,73%."),
    ("ho_2016", "Tại thời điểm tháng 8/2016, toàn tỉnh đã phân công {dv_ho_2016}/{dv_ho_tong_2016} đảng viên ở "
                "xã, phường, thị trấn thuộc diện được phân công phụ trách hộ, nhóm hộ (đạt {dv_ho_2016.tyle})."),
    ("thon", "Toàn tỉnh còn {thon} thôn, tổ dân phố, giảm {thon_giam} thôn, tổ dân phố."),
    ("hoc_tap_hcm", "Huyện Ngọc Hồi, Kon Plông."),
    ("khtnv", "Chi bộ Phòng Tư pháp thuộc Đảng bộ huyện Ngọc Hồi; Chi bộ Trung tâm Phát triển quỹ đất thuộc "
              "Đảng bộ thành phố Kon Tum; Đảng bộ Công ty Nguyên liệu Giấy Miền nam thuộc Đảng ủy Khối cơ quan "
              "và doanh nghiệp tỉnh; Chi bộ Đồn Biên phòng Mô Rai thuộc Đảng ủy Bộ đội Biên phòng tỉnh; Chi bộ "
              "phòng Nông Nghiệp, Chi bộ Công ty TNHH MTV Lâm nghiệp thuộc Đảng bộ huyện Kon Plông. Đảng viên "
              "xếp loại không HTNV năm 2016: 202 đ/c; năm 2017: 238 đ/c; năm 2018: 215 đ/c; năm 2019: 229 đ/c; "
              "năm 2020: 271 đ/c."),
    ("khtnv_5_nam", "Từ năm 2016 đến năm 2020: có 27 TCCSĐ và 32 chi bộ trực thuộc đảng ủy cơ sở xếp loại "
                    "không HTNV."),
    ("chuyen_de_lung_tung", "Huyện Ngọc Hồi, Đăk Tô, Đăk Hà, Kon Rẫy, Kon Plông."),
    ("chuyen_de_chua", "Huyện Ngọc Hồi, Đăk Hà, Kon Rẫy, Đảng ủy Bộ đội Biên phòng tỉnh, Đảng ủy Công an tỉnh."),
    ("tt_ngoc_hoi", "Huyện Ngọc Hồi đạt {tt_dv_ngoc_hoi.tyle}."),
    ("bt_kon_ray", "Huyện Kon Rẫy đạt {bt_kt_kon_ray.tyle}."),
    ("kn_doanh_nghiep", "Hầu hết các huyện ủy, thành ủy, từ tháng 8-2016 đến tháng 7-2021 chưa kết nạp vào Đảng "
                        "được quần chúng là chủ doanh nghiệp tư nhân và quần chúng là chức sắc, chức việc trong "
                        "các tôn giáo."),
]

# ---- Kỷ luật: 29 organisations (26 khiển trách, 03 cảnh cáo) and 1.090 members, August 2016 → now -------
DISCIPLINE = [
    # Đơn vị      Tổ chức đảng: KT  CC  GT   Đảng viên: KT   CC  Cách chức  Khai trừ
    (KON_TUM,                    5,  1,  0,             160,  45,        7,       14),
    (DAK_GLEI,                   2,  0,  0,              55,  14,        2,        5),
    (NGOC_HOI,                   3,  1,  0,              58,  15,        3,        5),
    (DAK_TO,                     2,  0,  0,              52,  13,        2,        4),
    (KON_PLONG,                  2,  0,  0,              48,  12,        2,        4),
    (KON_RAY,                    1,  0,  0,              40,  10,        1,        3),
    (DAK_HA,                     3,  0,  0,              66,  17,        3,        5),
    (SA_THAY,                    2,  1,  0,              54,  14,        2,        4),
    (TU_MO_RONG,                 1,  0,  0,              45,  11,        1,        3),
    (IA_HDRAI,                   1,  0,  0,              20,   5,        1,        2),
    (KHOI,                       3,  0,  0,             120,  33,        5,        8),
    (QUAN_SU,                    0,  0,  0,              20,   6,        1,        2),
    (CONG_AN,                    1,  0,  0,              30,   8,        1,        3),
    (BIEN_PHONG,                 0,  0,  0,              21,   4,        0,        1),
]
DISCIPLINE_TOTALS = ((26, 3, 0), (789, 207, 31, 63))


# ---- one function per sheet --------------------------------------------------------------------

def thong_tin() -> list[dict]:
    return [{"Mục": item, "Giá trị": value} for item, value in INFO.items()]


def noi_nhan() -> list[dict]:
    return [{"Nơi nhận": r} for r in RECIPIENTS]


def so_lieu() -> list[dict]:
    return [{"Mã": key, "Nội dung": label, "Giá trị": value, "Mẫu số": denominator, "Kỳ trước": previous,
             "Chỉ tiêu": target, "Đơn vị tính": unit}
            for key, label, value, denominator, previous, target, unit in INDICATORS]


def noi_dung() -> list[dict]:
    return [{"Mục": section, "Đoạn văn": text} for section, text in NARRATIVE]


def chu_thich() -> list[dict]:
    return [{"Mã": key, "Nội dung": text} for key, text in NOTES]


def ky_luat() -> list[dict]:
    headers = ([f"Tổ chức đảng - {p}" for p in S.ORG_PENALTIES]
               + [f"Đảng viên - {p}" for p in S.MEMBER_PENALTIES])
    return [{"Đơn vị": unit, **dict(zip(headers, counts))} for unit, *counts in DISCIPLINE]


# ---- checks: the parts add up as the reference says -------------------------------------------------

def _value(key: str) -> Decimal:
    row = next(r for r in INDICATORS if r[0] == key)
    return Decimal(str(row[2]))


def _rate(key: str) -> str:
    row = next(r for r in INDICATORS if r[0] == key)
    denominator = _value(row[3]) if isinstance(row[3], str) else Decimal(str(row[3]))
    return str((_value(key) * 100 / denominator).quantize(Decimal("0.01"), ROUND_HALF_UP))


def check() -> None:
    keys = [r[0] for r in INDICATORS]
    assert len(keys) == len(set(keys)), "duplicate Mã"
    v = _value
    assert v("tl_moi") == v("tl_nang") + v("tl_dbcs") + v("tl_cbcs") + v("tl_cbtt")
    assert v("gt") == v("gt_dbcs") + v("gt_cbcs") + v("gt_cbtt")
    assert v("sn") == v("sn_cbcs") + v("sn_cbtt")
    assert v("tccsd") == sum(v(k) for k in ("tccsd_xa", "tccsd_sn", "tccsd_hc", "tccsd_lltv", "tccsd_dn"))
    assert v("lop") == sum(v(k) for k in ("lop_dh", "lop_ths", "lop_cc", "lop_tc", "lop_bd"))
    assert v("luot_dt") == v("luot_cm") + v("luot_llct")
    assert v("luot_nv") == v("nv_dang") + v("nv_doan_the") + v("nv_kien_thuc")
    assert v("bt_moi") == v("bt_moi_xa") + v("bt_moi_huyen") == v("bt_moi_sa_thay") + v("bt_moi_kon_ray")
    assert v("dv") == sum(v(k) for k in ("dv_xa", "dv_hc", "dv_sn", "dv_dn", "dv_lltv"))
    assert v("kt_tc") == v("kt_tc_kt") + v("kt_tc_gs")
    assert v("kt_dv") == v("kt_dv_kt") + v("kt_dv_gs")
    # The same rate compared twice is the same count over the same whole.
    assert v("thon_truong_dv") == v("thon_truong_dv_sk") == v("thon_truong_dv_nq01")
    assert v("bt_kiem_tt") == v("bt_kiem_tt_sk")
    assert str(v("bt_kiem_tt_nq01")) == _rate("bt_kiem_tt")
    # Discipline: every column adds up to the published total.
    columns = list(zip(*(counts for _, *counts in DISCIPLINE)))
    assert tuple(map(sum, columns)) == DISCIPLINE_TOTALS[0] + DISCIPLINE_TOTALS[1]
    assert [u for u, *_ in DISCIPLINE] == list(UNITS)
    # Every [^ma] has its note, used once, in the order of the notes.
    used = [k for _, text in NARRATIVE for k in re.findall(r"\[\^(\w+)\]", text)]
    assert used == [k for k, _ in NOTES], (used, [k for k, _ in NOTES])
    # Every {ma} is an indicator (or the discipline phrase).
    texts = [t for _, t in NARRATIVE] + [t for _, t in NOTES] + [INFO["Căn cứ"]]
    refs = {m for t in texts for m in re.findall(r"\{(\w+)(?:\.\w+)?\}", t)}
    assert refs <= set(keys) | {"ky_luat"}, refs - set(keys)


def workbook() -> dict[str, list[dict]]:
    check()
    return {
        S.THONG_TIN: thong_tin(),
        S.NOI_NHAN: noi_nhan(),
        S.SO_LIEU: so_lieu(),
        S.NOI_DUNG: noi_dung(),
        S.CHU_THICH: chu_thich(),
        S.KY_LUAT: ky_luat(),
    }


def main() -> None:
    write_workbook(OUTPUT, workbook())
    print(OUTPUT.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
