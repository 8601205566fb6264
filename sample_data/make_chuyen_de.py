"""Write the four thematic papers of the XVI Congress of Đảng bộ tỉnh Kon Tum (reference 001) as
`Tham luận` workbooks (run: python sample_data/make_chuyen_de.py):

    tham-luan-1-kinh-te-van-hoa-xa-hoi.xlsx      Y Ngọc: kinh tế và văn hóa, xã hội
    tham-luan-2-quoc-phong-an-ninh.xlsx          U Huấn: quốc phòng, an ninh và đối ngoại
    tham-luan-3-xay-dung-dang.xlsx               Huỳnh Tấn Phục: xây dựng Đảng, hệ thống chính trị
    tham-luan-4-mat-tran-to-quoc.xlsx            Nguyễn Thanh Hà: Mặt trận Tổ quốc, các tổ chức chính trị - xã hội

A thematic paper has no number, date, recipients or signature: `Thể thức` is `Tham luận`, the
author and posts print under the title, and there is no opening sentence but the paper's own
(`Mở đầu`, paper 4). The outline is "Phần thứ nhất. I. 1. 1.1. 1.1.1." (papers 1-3) or "I. 1. 1.1.
1.1.1." (paper 4); "1. Ban hành các văn bản: …" is a run-in heading.

Text is the reference's, verbatim but for whitespace; the figures the papers compute are
indicators of `Số liệu` and `Chuỗi số liệu` printed by markup ({ma.tu}, {ma.tang}, {ma.danhgia},
{ma.kytruoc}, {ma.tyle}, {ma.2017}, {ma.tong}), and their breakdowns are checked (`Thuộc`,
`Kiểm tra tổng`). Where the reference's arithmetic is wrong the workbook holds the true figures
(tests/test_chuyen_de.py lists each slip):
- paper 1: GRDP per head 1.406 → 2.025 USD "(tăng 45%)": 44%;
- paper 3: members struck off by cause, 136, 35 and 1 of 196 "(chiếm 69,38%)", "(17,85%)",
  "(0,05%)": 69,39%, 17,86%, 0,51%;
- paper 4 (L444): "124 công trình … (trong đó, 7 …; 67 …; 152 …)": 7 + 67 + 152 = 226.
Five footnotes lost their reference marks in the text export; they are placed where the
quotation they cite ends (paper 1: "cụ thể"; paper 2: after the Văn kiện's quoted sentences).
The structure targets that the papers state as text ("19-20%") are not indicators here.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# This checkout's drafter, not whichever one is installed.
sys.path.insert(0, str(HERE.parent))

from drafter.workbook import schema as S  # noqa: E402
from sample_data.make_samples import write_workbook  # noqa: E402

FILES = ("tham-luan-1-kinh-te-van-hoa-xa-hoi.xlsx", "tham-luan-2-quoc-phong-an-ninh.xlsx",
         "tham-luan-3-xay-dung-dang.xlsx", "tham-luan-4-mat-tran-to-quoc.xlsx")


def row(key: str, label: str, value=None, unit: str = "", **more) -> dict:
    """A row of `Số liệu`; `more` by column name with `_` for spaces (Kỳ_trước, Thuộc, …)."""
    return {"Mã": key, "Nội dung": label, "Giá trị": value, "Đơn vị tính": unit or None,
            **{k.replace("_", " "): v for k, v in more.items()}}


def since_2015(key: str, label: str, now, before, unit: str) -> dict:
    return row(key, label, now, unit, Kỳ_trước=before, Năm_kỳ_trước=2015)


INDICATORS_1 = [
    # 1.1: the economy's structure (% of GRDP, each typed with the decimals it was published with).
    since_2015("cn_xd", "Tỷ trọng công nghiệp - xây dựng", 27.6, 23.19, "%"),
    since_2015("tm_dv", "Tỷ trọng thương mại - dịch vụ", 42.83, 39.08, "%"),
    since_2015("nong_nghiep", "Tỷ trọng nông, lâm, thủy sản", 22.63, 30.17, "%"),
    since_2015("grdp_nguoi", "GRDP bình quân đầu người", 2025, 1406, "USD"),
    row("cao_su", "Diện tích cây cao su", 74167, "ha", Kỳ_trước=56888),
    row("ca_phe", "Diện tích cà phê", 21619, "ha", Kỳ_trước=15270),
    row("duoc_lieu", "Diện tích dược liệu", 1531, "ha", Kiểm_tra_tổng="bằng"),
    row("sam", "Sâm Ngọc Linh", 630, "ha", Thuộc="duoc_lieu"),
    row("duoc_lieu_khac", "Các dược liệu khác", 901, "ha", Thuộc="duoc_lieu"),
    # 1.3: enterprises since 2015.
    row("dn", "Doanh nghiệp", 3123, "doanh nghiệp", Kỳ_trước=2207),
    row("dn_von", "Vốn đăng ký của doanh nghiệp", 35259, "tỷ", Kỳ_trước=25278),
    # 1.2: new rural communes; the target is 25 (the note of paper 4: "Vượt chỉ tiêu Nghị quyết-3 xã").
    row("ntm", "Xã đạt chuẩn nông thôn mới", 28, "xã", Chỉ_tiêu=25),
    # 2: culture, education, health.
    row("vh", "Cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa", 587, "cơ quan", Mẫu_số="vh_tong"),
    row("vh_tong", "Cơ quan, đơn vị, doanh nghiệp", 1045, "cơ quan"),
    since_2015("tuoi_tho", "Tuổi thọ trung bình", 66.8, 66.2, "tuổi"),
    row("thap_coi", "Trẻ em suy dinh dưỡng thể thấp còi", 36, "%", Kỳ_trước=39.3),
    since_2015("nhe_can", "Trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân", 20.9, 23.7, "%"),
    since_2015("dan_so", "Tỷ lệ tăng dân số tự nhiên", 1.2, 1.424, "%"),
]
SERIES_1 = [{"Mã": "tot_nghiep", "Năm": y, "Giá trị": v, "Mẫu số": 100}
            for y, v in ((2017, 95.74), (2018, 95.87), (2019, 91.47), (2020, 97.69))]


def parts(whole: str, unit: str, *items: tuple[str, str, int]) -> list[dict]:
    return [row(key, label, value, unit, Thuộc=whole) for key, label, value in items]


INDICATORS_3 = [
    # 2.2.5: staff cut since 2015 and in 2020, and the staff allotted.
    row("tg", "Tinh giản biên chế từ năm 2015", 727, "trường hợp", Kiểm_tra_tổng="bằng"),
    row("tg_nn", "… khối hành chính nhà nước", 696, "trường hợp", Thuộc="tg", Kiểm_tra_tổng="bằng"),
    *parts("tg_nn", "trường hợp", ("tg_cc", "Công chức", 105), ("tg_vc", "Viên chức", 502),
           ("tg_xa", "Cán bộ, công chức cấp xã", 84), ("tg_hoi", "Tổ chức Hội", 4),
           ("tg_dn", "Doanh nghiệp Nhà nước", 1)),
    row("tg_dang", "… khối Đảng, đoàn thể", 31, "trường hợp", Thuộc="tg"),
    row("tg20", "Tinh giản biên chế năm 2020", 157, "trường hợp", Kiểm_tra_tổng="bằng"),
    row("tg20_nn", "… khối hành chính nhà nước", 152, "trường hợp", Thuộc="tg20", Kiểm_tra_tổng="bằng"),
    *parts("tg20_nn", "trường hợp", ("tg20_cc", "Công chức", 22), ("tg20_vc", "Viên chức", 98),
           ("tg20_xa", "Cán bộ, công chức cấp xã", 29), ("tg20_hoi", "Tổ chức Hội", 3)),
    row("tg20_dang", "… khối Đảng, đoàn thể", 5, "trường hợp", Thuộc="tg20"),
    row("bc", "Biên chế được giao", 1077, "biên chế", Kiểm_tra_tổng="bằng"),
    *parts("bc", "biên chế", ("bc_tw", "Ban Tổ chức Trung ương giao", 1062),
           ("bc_nn", "Điều chuyển từ khối Nhà nước", 15)),
    # 4: discipline, against the term 2010-2015.
    row("kl_tc", "Tổ chức đảng bị xử lý kỷ luật", 21, "tổ chức đảng", Kỳ_trước=5),
    row("kl_dv", "Đảng viên bị thi hành kỷ luật", 887, "đảng viên", Kỳ_trước=506),
    # 5.1: organisations against the start of the term (678 and 1.794: what 2,65% and 2,84% are of).
    row("tccsd", "Tổ chức cơ sở đảng", 660, "tổ chức", Kỳ_trước=678),
    row("chi_bo", "Chi bộ trực thuộc đảng ủy cơ sở", 1845, "chi bộ", Kỳ_trước=1794),
    # 5.2: members.
    row("phu_trach_ho", "Đảng viên phụ trách hộ, nhóm hộ", 13244, "đảng viên", Mẫu_số="dv_thon"),
    row("dv_thon", "Đảng viên ở chi bộ thôn, tổ dân phố", 18455, "đảng viên"),
    row("ket_nap", "Đảng viên kết nạp", 5853, "đảng viên", Chỉ_tiêu=5000),
    row("dua_ra", "Đảng viên đưa ra khỏi Đảng", 196, "đảng viên", Kiểm_tra_tổng="không vượt"),
    *(row(k, label, n, "đảng viên", Mẫu_số="dua_ra", Thuộc="dua_ra") for k, label, n in (
        ("bo_sh", "Bỏ sinh hoạt đảng", 136), ("vppl", "Vi phạm pháp luật", 35), ("vpkl", "Vi phạm kỷ luật Đảng", 5),
        ("thieu_gm", "Thiếu gương mẫu", 1))),
]
SERIES_3 = [{"Mã": "dua_ra", "Năm": y, "Giá trị": v} for y, v in ((2015, 27), (2016, 36), (2017, 50), (2018, 64),
                                                                   (2019, 19))]

INDICATORS_4 = [
    # L444: the youth works, the total as the sum of its parts (printed 124).
    row("ct", "Công trình thanh niên", unit="công trình", Công_thức="ct_tinh + ct_huyen + ct_co_so"),
    row("ct_tinh", "… cấp tỉnh", 7, "công trình"),
    row("ct_huyen", "… cấp huyện", 67, "công trình"),
    row("ct_co_so", "… cấp cơ sở", 152, "công trình"),
]

# ---- paper 1: VỀ KINH TẾ VÀ VĂN HÓA, XÃ HỘI ----
NARRATIVE_1 = [
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ',
     'Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI đã khẳng định, nhiệm kỳ 2015 - 2020 mặc dù còn '
     'nhiều khó khăn, thách thức, nhưng với sự nỗ lực phấn đấu của Đảng bộ, quân và dân các dân tộc tỉnh '
     'Kon Tum đã đạt được kết quả khá toàn diện trên tất cả các lĩnh vực, cụ thể[^vk_6_7]:'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Đã triển khai đồng bộ nhiều giải pháp tái cơ cấu kinh tế, đổi mới mô hình tăng trưởng',
     'Đến cuối năm 2020, tổng sản phẩm trong tỉnh (GRDP) ước đạt 25.851 tỷ đồng, tăng gần 75% so với năm '
     '2015. Tăng trưởng kinh tế bình quân giai đoạn 2016-2020 đạt 9,13%/năm (đạt chỉ tiêu Nghị quyết). Cơ '
     'cấu kinh tế chuyển dịch theo hướng tích cực, tỷ trọng ngành công nghiệp-xây dựng tăng {cn_xd.tu} '
     'năm 2020; thương mại-dịch vụ tăng {tm_dv.tu} năm 2020; nông, lâm, thủy sản giảm {nong_nghiep.tu} '
     'năm 2020. GRDP bình quân đầu người tăng {grdp_nguoi.tu} (khoảng 46,57 triệu đồng) vào cuối năm 2020 '
     '({grdp_nguoi.kytruoc:0}). Thu ngân sách nhà nước tại địa bàn cuối năm 2020 đạt 3.505 tỷ đồng (đạt '
     'chỉ tiêu NQ).'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Đã triển khai đồng bộ nhiều giải pháp tái cơ cấu kinh tế, đổi mới mô hình tăng trưởng',
     'Nông nghiệp ngày càng phát triển theo chiều sâu. Đã thành lập và đưa vào hoạt động Khu nông nghiệp '
     'ứng dụng công nghệ cao huyện Kon Plông; đang xúc tiến hình thành Khu nông nghiệp ứng dụng công nghệ '
     'cao thành phố Kon Tum, huyện Đăk Hà. Chương trình mỗi xã một sản phẩm, đến nay đã có 34 sản phẩm '
     'đạt sản phẩm OCOP cấp tỉnh 03 (ba), 04 (bốn) sao. Diện tích cây cao su, cà phê đều đạt và vượt mục '
     'tiêu đề ra (diện tích cây cao su {cao_su} ha, {cao_su.tang} so với năm 2015; diện tích cà phê đạt '
     '{ca_phe} ha, {ca_phe.tang} so với năm 2015). Diện tích Sâm Ngọc Linh Kon Tum và các loại dược liệu '
     'khác tiếp tục được mở rộng, trồng mới, tạo ra được các vùng chuyên canh nguyên liệu tập trung cho '
     'công nghiệp chế biến; đã phát triển được {duoc_lieu} ha dược liệu, trong đó có {sam} ha sâm Ngọc '
     'Linh, {duoc_lieu_khac} ha các dược liệu khác như Đảng sâm, Đương quy… sản lượng đạt khoảng 4.605 '
     'tấn.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Đã triển khai đồng bộ nhiều giải pháp tái cơ cấu kinh tế, đổi mới mô hình tăng trưởng',
     'Ngành công nghiệp chuyển biến cả về quy mô và chất lượng. Giá trị sản xuất công nghiệp tăng đều qua '
     'các năm, bình quân giai đoạn 2015-2020 tăng 10,83%/năm. Một số sản phẩm công nghiệp thế mạnh của '
     'tỉnh có chiều hướng phát triển tốt (Sản phẩm cà phê bột và cà phê hòa tan ước đạt 250 tấn; tinh bột '
     'sắn 260.000 tấn; cồn sinh học khoảng 9 triệu lít; sản phẩm từ cao su (dây thun khoanh) 1.600 tấn; '
     'điện sản xuất 2.674 triệu Kwh).'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Đã triển khai đồng bộ nhiều giải pháp tái cơ cấu kinh tế, đổi mới mô hình tăng trưởng',
     'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tăng nhanh, bình quân giai đoạn 2015-2020 tăng '
     '12,4%/năm. Kim ngạch xuất khẩu tăng trưởng cao, đến năm 2020 đạt 150 triệu USD, bình quân tăng '
     '12,63%/năm. Hạ tầng du lịch từng bước được đầu tư hoàn thiện, nhiều tour, tuyến, điểm du lịch được '
     'đưa vào khai thác, lượng khách du lịch đến tỉnh bình quân tăng 23%/năm.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Các nguồn lực được huy động, khai thác, sử dụng có hiệu quả; kết cấu hạ tầng từng bước được đầu tư đồng bộ',
     'Đã tập trung huy động và sử dụng có hiệu quả các nguồn lực trong toàn xã hội để đầu tư xây dựng kết '
     'cấu hạ tầng kinh tế-xã hội; giai đoạn 2016-2020 đã huy động được hơn 62.329 tỷ đồng vốn đầu tư toàn '
     'xã hội. Các dự án trọng điểm của tỉnh được đẩy mạnh thực hiện, nhất là hạ tầng giao thông; trong đó '
     'đã đầu tư hoàn chỉnh tuyến đường Hồ Chí Minh đoạn qua tỉnh Kon Tum; đầu tư cải tạo, nâng cấp, sửa '
     'chữa một số tuyến và đoạn tuyến có nguy cơ mất an toàn cao như đèo Lò Xo, đèo Măng Đen, Quốc lộ 24, '
     '14C, 40B... Hạ tầng lưới điện, thông tin, truyền thông, giáo dục, y tế, khoa học, công nghệ, văn '
     'hóa, thể thao, du lịch được đầu tư. Năm 2020, có 99,3% hộ gia đình sử dụng điện; 100% thôn có điện; '
     'trên 89% hộ gia đình ở nông thôn được sử dụng nước sinh hoạt hợp vệ sinh.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Các nguồn lực được huy động, khai thác, sử dụng có hiệu quả; kết cấu hạ tầng từng bước được đầu tư đồng bộ',
     'Kết cấu hạ tầng đô thị được chỉnh trang, đầu tư nâng cấp, mở rộng, gắn với xây dựng các khu đô thị '
     'mới (đã hoàn thành Dự án Tổ hợp Trung tâm thương mại kết hợp nhà ở thương mại với tổng mức đầu tư '
     '298,65 tỷ đồng, Khu đô thị Bắc Duy Tân, Khu chung cư Hoàng Thành; đang triển khai Dự án tổ hợp '
     'khách sạn trung tâm thương mại, dịch vụ FLC Kon Tum với tổng vốn đầu tư 1.332 tỷ đồng); thị trấn '
     'Măng Đen, huyện Kon Plông được thành lập; hạ tầng thị trấn Plei kần, huyện Ngọc Hồi đạt tiêu chí đô '
     "thị loại IV; khu hành chính huyện Ia H'Drai được đầu tư, hình thành;... Công tác xây dựng nông thôn "
     'mới đạt kết quả tích cực; đến cuối năm 2020 có {ntm} xã đạt chuẩn nông thôn mới ({ntm.danhgia} Nghị '
     'quyết).'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Môi trường đầu tư từng bước được cải thiện; các thành phần kinh tế ngày càng phát triển; hội nhập kinh tế quốc tế được tăng cường',
     'Tỉnh đến nay là {dn} doanh nghiệp, vốn đăng ký {dn_von} tỷ đồng, {dn.tang}, {dn_von.tang} vốn so '
     'với năm 2015. Đã chấp thuận chủ trương đầu tư 192 dự án, trong đó 184 dự án còn hiệu lực với tổng '
     'vốn đăng ký là 20.610,7 tỷ đồng; kêu gọi được một số nhà đầu tư lớn, như: Tập đoàn FLC, Vingroup, '
     'TH True Milk đến đầu tư tại tỉnh.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ. > Môi trường đầu tư từng bước được cải thiện; các thành phần kinh tế ngày càng phát triển; hội nhập kinh tế quốc tế được tăng cường',
     'Hội nhập kinh tế quốc tế có chuyển biến tích cực; bên cạnh việc tiếp tục duy trì quan hệ hữu nghị '
     'truyền thống và đoàn kết đặc biệt giữa tỉnh Kon Tum và các tỉnh Nam Lào, Đông Bắc Campuchia và tỉnh '
     'Ubon Ratchathani (Thái Lan), tỉnh đã tăng cường mở rộng quan hệ với các nước trong cộng đồng ASEAN, '
     'một số nước Châu Á và Châu Âu nhằm tăng cường thu hút đầu tư các nguồn lực nước ngoài, góp phần '
     'quảng bá hình ảnh của tỉnh, tạo cơ hội thu hút đầu tư, viện trợ.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Văn hóa-xã hội có nhiều tiến bộ; chất lượng giáo dục-đào tạo được nâng lên; công tác chăm sóc sức khỏe Nhân dân được chú trọng',
     'Hoạt động văn hóa, nghệ thuật, thể dục, thể thao chuyển biến tích cực. Các thiết chế văn hóa được '
     'đầu tư xây dựng, nhất là cấp xã. Nhiều giá trị văn hóa của các dân tộc được khôi phục, bảo tồn và '
     'phát huy; Phong trào "Toàn dân đoàn kết xây dựng đời sống văn hoá" và việc xây dựng cơ quan, đơn vị '
     'văn hóa đạt kết quả, có {vh}/{vh_tong} cơ quan, đơn vị, doanh nghiệp đạt chuẩn văn hóa, đạt tỷ lệ '
     '{vh.tyle:0}; tỷ lệ thôn, làng, tổ dân phố văn hóa đạt 74%; phong trào thể dục thể thao quần chúng '
     'được đông đảo Nhân dân hưởng ứng, tham gia.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Văn hóa-xã hội có nhiều tiến bộ; chất lượng giáo dục-đào tạo được nâng lên; công tác chăm sóc sức khỏe Nhân dân được chú trọng',
     'Chất lượng giáo dục-đào tạo chuyển biến tích cực. Tỷ lệ học sinh tốt nghiệp THPT Quốc gia năm 2017 '
     'đạt {tot_nghiep.2017}; năm 2018 đạt {tot_nghiep.2018}; năm 2019 đạt {tot_nghiep.2019}; năm 2020 đạt '
     '{tot_nghiep.2020}; tỷ lệ phòng học kiên cố, bán kiên cố các cấp học đạt 98,3%; cơ sở vật chất, '
     'trang thiết bị dạy học được đầu tư (Giai đoạn 2015-2020, đã đầu tư thiết bị dạy học cho 62 phòng '
     'học tin học, 140 phòng học ngoại ngữ, hơn 3.200 bộ bàn ghế; bổ sung trang thiết bị cho các trường '
     'có học sinh bán trú, thiết bị phòng học bộ môn lý, hóa, sinh, thiết bị dạy học tối thiểu với kinh '
     'phí hơn 114 tỷ đồng). Chất lượng nguồn nhân lực được cải thiện, tỷ lệ lao động được đào tạo đến năm '
     '2020 là 52% (đạt chỉ tiêu Nghị quyết).'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Văn hóa-xã hội có nhiều tiến bộ; chất lượng giáo dục-đào tạo được nâng lên; công tác chăm sóc sức khỏe Nhân dân được chú trọng',
     'Chất lượng khám, chữa bệnh, chăm sóc, bảo vệ sức khỏe Nhân dân được nâng lên. Tuổi thọ trung bình '
     'tăng {tuoi_tho.tu} năm 2020. Mạng lưới y tế từng bước được sắp xếp tinh gọn, hoạt động hiệu quả. Y '
     'tế dự phòng được đẩy mạnh, thực hiện tốt công tác phòng chống dịch bệnh, nhất là dịch bệnh '
     'Covid-19, không để xảy ra các dịch bệnh truyền nhiễm nguy hiểm. Tỷ lệ trẻ em suy dinh dưỡng thể '
     'thấp còi năm 2020 là {thap_coi}% ({thap_coi.tang} so với năm 2015); tỷ lệ trẻ em dưới 5 tuổi suy '
     'dinh dưỡng thể nhẹ cân giảm {nhe_can.tu} năm 2020. Công tác dân số, kế hoạch hóa gia đình đạt kết '
     'quả tích cực, tỷ lệ tăng dân số tự nhiên giảm {dan_so.tu} vào năm 2020 (đạt chỉ tiêu Nghị quyết). '
     'Có 100% xã, phường, thị trấn được công nhận đạt Bộ tiêu chí Quốc gia y tế xã giai đoạn 2011-2020.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > THÀNH QUẢ > Văn hóa-xã hội có nhiều tiến bộ; chất lượng giáo dục-đào tạo được nâng lên; công tác chăm sóc sức khỏe Nhân dân được chú trọng',
     'An sinh xã hội, phúc lợi xã hội được đảm bảo. Tỷ lệ người dân tham gia bảo hiểm đạt 90,6%; tỷ lệ hộ '
     'nghèo bình quân giảm 4,05%/năm (đạt chỉ tiêu Nghị quyết). Các đề tài nghiên cứu khoa học, mô hình '
     'sản xuất tiên tiến được ứng dụng và nhân rộng. Thông tin-truyền thông phát triển mạnh mẽ; công nghệ '
     'thông tin được ứng dụng rộng rãi và phát huy hiệu quả. 100% xã, phường, thị trấn được cung cấp dịch '
     'vụ điện thoại cố định và mạng di động 3G (một số vùng đô thị đã phát triển mạng 4G).'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Lĩnh vực kinh tế',
     'Kinh tế tăng trưởng chưa bền vững, kết cấu hạ tầng còn yếu kém, chưa đồng bộ, nhất là vùng sâu, '
     'vùng xa, vùng đồng bào dân tộc thiểu số. Việc huy động nguồn lực để đầu tư phát triển gặp nhiều khó '
     'khăn; một số dự án kêu gọi đầu tư chậm triển khai thực hiện và kéo dài. Kinh tế tập thể, hợp tác xã '
     'phát triển chậm, chưa xây dựng được các hợp tác xã kiểu mới, quy mô lớn. Doanh nghiệp trên địa bàn '
     'tỉnh chủ yếu có quy mô nhỏ, năng lực cạnh tranh thấp.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Lĩnh vực kinh tế',
     'Một số tiềm năng, lợi thế của tỉnh chưa được phát huy đúng mức, nhất là tiềm năng về du lịch và '
     'dược liệu. Chuyển dịch cơ cấu kinh tế còn chậm. Việc dồn đổi, tích tụ đất nông nghiệp ở những nơi '
     'có điều kiện để xây dựng "cánh đồng lớn" còn khó khăn, bất cập. Chuyển đổi cơ cấu cây trồng, vật '
     'nuôi, việc gắn kết giữa sản xuất, chế biến và tiêu thụ sản phẩm còn hạn chế. Phát triển dịch vụ, du '
     'lịch chưa tương xứng với tiềm năng của tỉnh. Việc thực hiện chương trình mục tiêu quốc gia xây dựng '
     'nông thôn mới có nơi chưa thực chất, các tiêu chí đạt chưa bền vững.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Lĩnh vực kinh tế',
     'Công tác quản lý đất đai, tài nguyên, trật tự xây dựng, quy hoạch và điều chỉnh quy hoạch còn hạn '
     'chế; tình trạng vi phạm Luật Lâm nghiệp còn diễn biến phức tạp.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Lĩnh vực văn hóa-xã hội',
     'Cơ sở hạ tầng giáo dục còn thiếu, vẫn còn phòng học tạm tại một số nơi; chất lượng giáo dục ở vùng '
     'sâu, vùng xa, vùng đồng bào dân tộc thiểu số có nơi chuyển biến chậm, việc huy động trẻ dưới 3 tuổi '
     'trong vùng đồng bào dân tộc thiểu số ra lớp còn thấp. Công tác phân luồng học sinh sau tốt nghiệp '
     'THCS, THPT và công tác đào tạo nghề còn hạn chế. Chất lượng nguồn nhân lực còn thấp.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Lĩnh vực văn hóa-xã hội',
     'Công tác chăm sóc và bảo vệ sức khỏe Nhân dân có mặt còn hạn chế; chất lượng một số dịch vụ y tế '
     'chưa đáp ứng yêu cầu, nhất là tuyến cơ sở; mạng lưới y tế hoạt động hiệu quả chưa cao.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Lĩnh vực văn hóa-xã hội',
     'Hệ thống các thiết chế văn hóa, thể dục thể thao từ tỉnh đến cơ sở chưa đồng bộ, hiệu quả sử dụng '
     'thấp. Phong trào thể dục, thể thao quần chúng chưa đều, chất lượng chưa cao; thể thao thành tích '
     'cao phát triển chưa mạnh. Thu hút nguồn lực đầu tư ngoài nhà nước và xã hội hóa y tế, giáo dục, văn '
     'hóa, thể thao còn khó khăn. Kết quả giảm nghèo chưa thật bền vững, tỷ lệ hộ nghèo vùng dân tộc '
     'thiểu số còn cao.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân của các hạn chế, khuyết điểm',
     '- Nguyên nhân khách quan: Do tác động của suy thoái kinh tế thế giới và tình hình sản xuất trong '
     'nước khó khăn; kết cấu hạ tầng của tỉnh, nhất là hạ tầng đô thị, giao thông còn yếu kém; nguồn vốn '
     'dành cho đầu tư phát triển còn hạn chế; tình hình thời tiết, thiên tai, dịch bệnh diễn biến bất '
     'thường. Ngay những tháng đầu năm 2020, đại dịch Covid-19 đã có những tác động tiêu cực đến sự phát '
     'triển kinh tế, xã hội của tỉnh. Hiệu quả sản xuất kinh doanh của các doanh nghiệp chưa cao, chưa '
     'thu hút được nhiều lao động.'),
    ('ĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân của các hạn chế, khuyết điểm',
     '- Nguyên nhân chủ quan: Vai trò lãnh đạo, chỉ đạo, điều hành, kiểm tra, giám sát của người đứng đầu '
     'các cấp có nơi, có lúc chưa sâu sát, chưa kiên quyết, kịp thời. Ý thức trách nhiệm thực thi công '
     'vụ; vai trò tham mưu, đề xuất của người đứng đầu và cán bộ, công chức ở một số cơ quan, đơn vị, địa '
     'phương chưa cao; sự phối hợp giữa các cơ quan, đơn vị trong thực hiện nhiệm vụ có lúc, có việc chưa '
     'tốt. Chính quyền địa phương và chủ rừng ở một số nơi tổ chức triển khai công tác quản lý, bảo vệ '
     'rừng còn hạn chế; sự phối hợp giữa lực lượng kiểm lâm, chủ rừng và các lực lượng khác chưa thực sự '
     'hiệu quả. Cải cách hành chính, nhất là vấn đề công chức, công vụ, thủ tục hành chính còn hạn chế.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > DỰ BÁO TÌNH HÌNH > Thuận lợi',
     'Tình hình chính trị-xã hội tiếp tục được giữ vững ổn định; quan hệ hợp tác phát triển giữa tỉnh Kon '
     'Tum với các tỉnh, thành phố trong khu vực và cả nước được thúc đẩy và mở rộng, nhiều nhà đầu tư '
     'lớn, có tiềm lực đang triển khai các dự án trên địa bàn tỉnh; một số công trình giao thông quan '
     'trọng đã hoàn thành và đưa vào sử dụng. Những thành tựu của cuộc Cách mạng công nghiệp lần thứ tư '
     'tạo đột phá mạnh mẽ, tác động đến mọi lĩnh vực của đời sống.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > DỰ BÁO TÌNH HÌNH > Thuận lợi',
     'Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã có các nghị quyết chuyên đề để khai thác tiềm năng, lợi thế của '
     'tỉnh như: Nghị quyết về phát triển nông nghiệp ứng dụng công nghệ cao gắn với chế biến trên địa bàn '
     'tỉnh, nghị quyết về đầu tư, phát triển và chế biến dược liệu trên địa bàn tỉnh..., là cơ sở quan '
     'trọng để các cấp, các ngành tập trung triển khai thực hiện.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > DỰ BÁO TÌNH HÌNH > Khó khăn',
     'Kon Tum là tỉnh miền núi, biên giới, trình độ học vấn, dân trí của đồng bào dân tộc thiểu số không '
     'đồng đều; hệ thống kết cấu hạ tầng kinh tế-xã hội còn nhiều yếu kém, chưa đồng bộ; sức cạnh tranh '
     'của doanh nghiệp và sản phẩm trên địa bàn tỉnh còn yếu, tăng trưởng thấp. Chất lượng nguồn nhân lực '
     'của tỉnh còn thấp, năng suất lao động chưa cao.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > DỰ BÁO TÌNH HÌNH > Khó khăn',
     'Tình hình kinh tế - chính trị trên thế giới và khu vực tiếp tục diễn biến phức tạp. Các thế lực thù '
     'địch tăng cường chống phá nước ta ngày càng quyết liệt, trực diện hơn. An ninh chính trị, nhất là '
     'an ninh nông thôn, an ninh tôn giáo, an ninh biên giới còn tiềm ẩn yếu tố gây mất ổn định. Biến đổi '
     'khí hậu, thiên tai, dịch bệnh trên người và cây trồng, vật nuôi tiếp tục có nguy cơ xảy ra, ảnh '
     'hưởng đến sản xuất, đời sống của Nhân dân.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Mục tiêu tổng quát',
     'Tiếp tục xây dựng Đảng bộ, hệ thống chính trị trong sạch vững mạnh; nâng cao năng lực lãnh đạo, sức '
     'chiến đấu của Đảng bộ và hiệu lực, hiệu quả quản lý, điều hành của chính quyền; tăng cường đổi mới '
     'nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội; củng cố niềm '
     'tin của Nhân dân và phát huy sức mạnh của khối đại đoàn kết các dân tộc; tăng cường ứng dụng khoa '
     'học, công nghệ và đẩy mạnh đổi mới sáng tạo; huy động, khai thác và sử dụng có hiệu quả các nguồn '
     'lực, tiềm năng, lợi thế của tỉnh; tập trung phát triển dược liệu, nông nghiệp ứng dụng công nghệ '
     'cao; đầu tư phát triển đô thị, du lịch, dịch vụ và tăng cường cải cách hành chính; bảo đảm duy trì '
     'tốc độ tăng trưởng kinh tế ở mức cao. Nâng cao chất lượng nguồn nhân lực và mức sống của Nhân dân; '
     'bảo tồn và phát huy giá trị bản sắc văn hóa truyền thống của các dân tộc thiểu số trên địa bàn. Giữ '
     'vững ổn định quốc phòng, an ninh trong mọi tình huống, không để bị động bất ngờ. Đưa tỉnh Kon Tum '
     'phát triển nhanh và bền vững.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Các chỉ tiêu chủ yếu về kinh tế, văn hóa xã hội',
     'Tốc độ tăng trưởng GRDP bình quân giai đoạn 2020-2025 từ 10%/năm trở lên. Đến năm 2025, tỷ trọng '
     'nông-lâm-thuỷ sản 19-20%, công nghiệp-xây dựng 32-33%, thương mại-dịch vụ 42-43%; Tổng vốn đầu tư '
     'phát triển toàn xã hội cả giai đoạn 2021-2025 đạt 118.000 tỷ đồng; GRDP bình quân đầu người 70 '
     'triệu đồng trở lên (tương đương trên 3.000 USD); Thu ngân sách Nhà nước tại địa bàn tăng bình quân '
     '8,2%/năm và đạt trên 5.000 tỷ đồng vào năm 2025.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Các chỉ tiêu chủ yếu về kinh tế, văn hóa xã hội',
     '- Đến năm 2025: Quy mô dân số khoảng 620.000 người; trên 60% lao động qua đào tạo; tỷ lệ hộ nghèo '
     'giảm bình quân 3-4%/năm; có 60 xã (70,5% số xã) trở lên đạt chuẩn nông thôn mới, 04 huyện và thành '
     'phố Kon Tum đạt chuẩn nông thôn mới hoặc hoàn thành nhiệm vụ xây dựng nông thôn mới.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Các chỉ tiêu chủ yếu về kinh tế, văn hóa xã hội',
     '- Tỷ lệ cơ sở sản xuất kinh doanh đạt tiêu chuẩn về môi trường 85%; tỷ lệ độ che phủ rừng đạt 64%.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ trọng tâm:',
     '(1) Tiếp tục tái cơ cấu đồng bộ kinh tế của tỉnh theo hướng nâng cao năng suất, chất lượng, hiệu '
     'quả và sức cạnh tranh. (2) Thực hiện đầy đủ, đồng bộ 3 chương trình mục tiêu quốc gia. (3) Tập '
     'trung bảo tồn và phát huy giá trị bản sắc văn hóa các dân tộc thiểu số trên địa bàn. (4) Đẩy mạnh '
     'cải cách hành chính; cải thiện môi trường đầu tư kinh doanh, nâng cao chỉ số năng lực cạnh tranh '
     'cấp tỉnh.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Lĩnh vực đột phá:',
     '(1) Phát triển nông nghiệp ứng dụng công nghệ cao, gắn với công nghiệp chế biến. (2) Đẩy mạnh phát '
     'triển du lịch với nhiều loại hình. (3) Tập trung đầu tư phát triển kết cấu hạ tầng (đô thị, các '
     'khu, cụm công nghiệp - đô thị - dịch vụ).'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Thực hiện tái cơ cấu đồng bộ kinh tế của tỉnh theo hướng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh',
     'Xây dựng, triển khai thực hiện có hiệu quả Quy hoạch tỉnh Kon Tum thời kỳ 2021 - 2030, tầm nhìn đến '
     'năm 2050; Kế hoạch đầu tư công trung hạn giai đoạn 2021-2025.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Thực hiện tái cơ cấu đồng bộ kinh tế của tỉnh theo hướng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh',
     'Cải thiện mạnh mẽ môi trường đầu tư, kinh doanh; nâng cao rõ rệt chỉ số quản trị hành chính công '
     'cấp tỉnh (PAPI), Chỉ số cải cách hành chính tỉnh (PAR INDEX), Chỉ số năng lực cạnh tranh của tỉnh '
     '(PCI). Thu hút các nhà đầu tư chiến lược ở cả trong và ngoài nước đến tìm hiểu, đầu tư các dự án có '
     'quy mô lớn, công nghệ tiên tiến, sử dụng tiết kiệm tài nguyên, thân thiện với môi trường. Đẩy mạnh '
     'phát triển doanh nghiệp ngoài nhà nước; phấn đấu đến năm 2025 thành lập mới 1.500 doanh nghiệp.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Thực hiện tái cơ cấu đồng bộ kinh tế của tỉnh theo hướng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh',
     'Rà soát, đẩy mạnh dồn đổi, tích tụ đất đai để phát triển một số vùng, khu sản xuất nông nghiệp tập '
     'trung, ứng dụng công nghệ cao, công nghệ sinh học, nông nghiệp hữu cơ, gắn với chế biến và thị '
     "trường tiêu thụ tại các huyện Đăk Hà, Kon Plông, Sa Thầy, Ia H'Drai, Kon Rẫy, thành phố Kon Tum và "
     'những địa bàn có điều kiện. Phấn đấu đến năm 2025, ổn định diện tích trồng sắn toàn tỉnh khoảng '
     '34.100 ha; diện tích cà phê khoảng 25.000 ha, sản lượng khoảng 60.705 tấn, trong đó sản lượng chế '
     'biến sâu khoảng 350 tấn; ổn định diện tích cao su khoảng 70.000 ha, sản lượng mủ đạt 105.000 tấn. '
     'Diện tích cây ăn quả lên khoảng 10.000 ha. Nâng cao hiệu quả Chương trình mỗi xã một sản phẩm '
     '(OCOP), phấn đấu đến năm 2025 xây dựng được ít nhất 10 sản phẩm tham gia vào chuỗi giá trị các sản '
     'phẩm quốc gia.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Thực hiện tái cơ cấu đồng bộ kinh tế của tỉnh theo hướng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh',
     'Tập trung đầu tư phát triển các loại dược liệu phù hợp với điều kiện khí hậu, thổ nhưỡng. Phấn đấu '
     'phát triển vùng dược liệu tỉnh Kon Tum thành vùng dược liệu trọng điểm quốc gia và trở thành trung '
     'tâm sản xuất dược liệu lớn của cả nước vào năm 2025, với diện tích Sâm Ngọc Linh khoảng 4.500 ha, '
     'các cây dược liệu khác khoảng 10.000 ha; đa dạng hóa sản phẩm và quảng bá thương hiệu Sâm Ngọc Linh '
     'Kon Tum. Thực hiện tốt công tác giao khoán quản lý, bảo vệ và phát triển rừng gắn với tạo sinh kế, '
     'nâng cao thu nhập và làm giàu từ rừng cho người dân, cộng đồng dân cư, phấn đấu đến năm 2025 trồng '
     'thêm được 15.000 ha rừng.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Thực hiện tái cơ cấu đồng bộ kinh tế của tỉnh theo hướng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh',
     'Phát triển chăn nuôi đại gia súc (bò, dê) lấy thịt, lấy sữa tại các huyện Sa Thầy, Kon Plông và một '
     "số vùng có điều kiện; nuôi trồng thủy sản tại các huyện Ia H'Drai, Sa Thầy, Đăk Hà, Kon Plông và "
     'những nơi có diện tích mặt nước lớn.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Thực hiện tái cơ cấu đồng bộ kinh tế của tỉnh theo hướng nâng cao năng suất, chất lượng, hiệu quả và sức cạnh tranh',
     'Phát triển công nghiệp chế biến nông, lâm sản, dược liệu và năng lượng tái tạo. Nâng cao chất lượng '
     'xuất khẩu, phấn đấu đến năm 2025, tổng kim ngạch xuất khẩu đạt 250 triệu USD. Đẩy mạnh phát triển '
     'du lịch với nhiều hình thức, sản phẩm đa dạng, phong phú. Hình thành các tour du lịch cộng đồng tại '
     'các huyện Tu Mơ Rông, Đăk Glei, Kon Plông, Ngọc Hồi, Sa Thầy gắn với tour du lịch chinh phục núi '
     'Ngọc Linh, Cột mốc biên giới 3 nước Việt Nam-Lào-Campuchia, Vườn Quốc gia Chư Mom Ray; nâng lượng '
     'khách du lịch đến tỉnh đạt 2,5 triệu lượt người vào năm 2025.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Tập trung huy động, khai thác và sử dụng có hiệu quả các nguồn lực để đầu tư xây dựng kết cấu hạ tầng kinh tế, xã hội theo hướng đồng bộ, hiện đại',
     'Rà soát xác định lại các vùng kinh tế động lực của tỉnh để tập trung nguồn lực đầu tư, tạo sự lan '
     'tỏa cho các địa phương trên địa bàn tỉnh. Phát triển mạnh nguồn tài lực, vật lực của tỉnh. Huy động '
     'nguồn lực từ các thành phần kinh tế để đầu tư kết cấu hạ tầng giao thông, thủy lợi, chỉnh trang đô '
     'thị và phát triển đô thị mới. Thực hiện tốt công tác bồi thường, giải phóng mặt bằng, tái định cư, '
     'đẩy nhanh tiến độ thực hiện các dự án trọng điểm. Tiếp tục đầu tư kết cấu hạ tầng các khu công '
     'nghiệp, cụm công nghiệp... Phấn đấu xây dựng thành phố Kon Tum sớm đạt tiêu chuẩn đô thị loại II; '
     'huyện Ngọc Hồi sớm đạt tiêu chí đô thị loại IV; đến năm 2025, trung tâm huyện lỵ các huyện Kon Rẫy, '
     'Tu Mơ Rông, Ia H’Drai đạt tiêu chí đô thị loại V.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Nâng cao chất lượng nguồn nhân lực; bảo tồn và phát triển văn hoá các dân tộc; bảo đảm an sinh xã hội.',
     'Tập trung phát triển, nâng cao chất lượng nguồn nhân lực, phấn đấu đến cuối năm 2025 có trên 60% '
     'lao động qua đào tạo, trong đó đào tạo nghề đạt 44%. Chú trọng đào tạo nghề cho lao động tại chỗ '
     'gắn với nhu cầu của thị trường lao động và các dự án đang triển khai trên địa bàn tỉnh. Tạo điều '
     'kiện, môi trường thuận lợi để đội ngũ trí thức, nhà khoa học phát huy tốt năng lực; nâng cao chất '
     'lượng hoạt động của Liên hiệp các hội Khoa học và Kỹ thuật tỉnh, Câu lạc bộ trí thức tỉnh.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Nâng cao chất lượng nguồn nhân lực; bảo tồn và phát triển văn hoá các dân tộc; bảo đảm an sinh xã hội.',
     'Tiếp tục nâng cao chất lượng giáo dục toàn diện, nhất là chất lượng dạy và học ở vùng sâu, vùng xa, '
     'vùng đồng bào dân tộc thiểu số. Phấn đấu trên 50% số trường mầm non, 70% số trường tiểu học, 50% số '
     'trường trung học cơ sở, 55% số trường trung học phổ thông đạt chuẩn quốc gia. Làm tốt công tác '
     'hướng nghiệp và phân luồng đào tạo từ bậc trung học cơ sở, phấn đấu nâng tỷ lệ học sinh tốt nghiệp '
     'trung học cơ sở, trung học phổ thông chuyển sang học nghề lên 40%. Khuyến khích và tạo điều kiện, '
     'phấn đấu đến năm 2025 mỗi huyện có ít nhất 01 trường dân lập, tư thục chất lượng cao.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Nâng cao chất lượng nguồn nhân lực; bảo tồn và phát triển văn hoá các dân tộc; bảo đảm an sinh xã hội.',
     'Nâng cao chất lượng khám chữa bệnh. Tập trung đầu tư nâng cấp Bệnh viện Đa khoa tỉnh lên bệnh viện '
     'hạng I (750 giường bệnh); Bệnh viện Đa khoa khu vực Ngọc Hồi (250 giường bệnh); Bệnh viện huyện Ia '
     'H’Drai (60 giường bệnh); Bệnh viện Y học cổ truyền - Phục hồi chức năng (165 giường bệnh); Bệnh '
     'viện tâm thần quy mô 100 giường bệnh gắn với đẩy mạnh xã hội hóa trong lĩnh vực y tế. Thực hiện tốt '
     'công tác chăm sóc sức khỏe Nhân dân; đến năm 2025, nâng tuổi thọ bình quân đạt 68 tuổi, giảm tỷ lệ '
     'trẻ em suy dinh dưỡng thể thấp còi còn dưới 34%. Triển khai thực hiện có hiệu quả chính sách, pháp '
     'luật về bảo hiểm y tế và thực hiện bảo hiểm y tế toàn dân.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Nâng cao chất lượng nguồn nhân lực; bảo tồn và phát triển văn hoá các dân tộc; bảo đảm an sinh xã hội.',
     'Tiếp tục triển khai có hiệu quả công tác khôi phục, bảo tồn, phát huy giá trị bản sắc văn hóa '
     'truyền thống các dân tộc thiểu số, các di tích lịch sử cách mạng gắn với phát huy các tuyến, điểm '
     'du lịch. Đầu tư đồng bộ và sử dụng hiệu quả các thiết chế văn hoá từ tỉnh đến cơ sở gắn với việc '
     'thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”, phấn đấu đến năm 2025, 60% xã, '
     'phường, thị trấn có nhà văn hóa, 90% thôn, tổ dân phố đạt danh hiệu văn hóa. Tập trung phát triển '
     'mạnh mẽ phong trào thể dục, thể thao quần chúng; chú trọng đầu tư phát triển các môn thể thao '
     'chuyên nghiệp, thể thao thành tích cao mà tỉnh có thế mạnh.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Nâng cao chất lượng nguồn nhân lực; bảo tồn và phát triển văn hoá các dân tộc; bảo đảm an sinh xã hội.',
     'Rà soát, kiện toàn, nâng cao chất lượng hoạt động của Trung tâm nghiên cứu, ứng dụng và dịch vụ '
     'khoa học, công nghệ tỉnh; hình thành một số trung tâm nghiên cứu chuyên sâu về dược liệu và các sản '
     'phẩm nông nghiệp ứng dụng công nghệ cao. Xây dựng thành phố Kon Tum thành đô thị thông minh. Nâng '
     'cao chất lượng dịch vụ truyền thông, xuất bản, báo chí; đa dạng hóa về nội dung và tăng cường thời '
     'lượng phát sóng các chương trình phát thanh, truyền hình địa phương.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Nâng cao chất lượng nguồn nhân lực; bảo tồn và phát triển văn hoá các dân tộc; bảo đảm an sinh xã hội.',
     'Triển khai thực hiện có hiệu quả Chương trình mục tiêu quốc gia giảm nghèo bền vững trên địa bàn '
     'tỉnh; ưu tiên nguồn lực thực hiện chính sách dân tộc, nhất là giải quyết đất ở, đất sản xuất cho '
     'đồng bào dân tộc thiểu số, phấn đấu đến năm 2025, 100% hộ dân tộc thiểu số có đất ở, đất sản xuất, '
     '20% trở lên hộ dân tộc thiểu số tham gia vào hợp tác xã.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Nhiệm vụ, giải pháp chủ yếu về kinh tế, văn hóa xã hội > Nâng cao chất lượng nguồn nhân lực; bảo tồn và phát triển văn hoá các dân tộc; bảo đảm an sinh xã hội.',
     'Chủ động ứng phó với biến đổi khí hậu. Đẩy mạnh công tác truyền thông, giáo dục về bảo vệ môi '
     'trường và sử dụng tiết kiệm các nguồn tài nguyên. Kiểm soát chặt chẽ các nguồn gây ô nhiễm. Khuyến '
     'khích sử dụng năng lượng tái tạo và các nguyên liệu, vật liệu mới, thân thiện với môi trường; có '
     'chính sách khuyến khích xã hội hóa công tác bảo vệ và xử lý ô nhiễm môi trường.'),
]
NOTES_1 = [
    ('vk_6_7', 'Từ trang 6 đến trang 7, Văn kiện Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ '
              '2020-2025.'),
]
OPENING_1 = ''
TITLE_1 = 'VỀ KINH TẾ VÀ VĂN HÓA, XÃ HỘI'
AUTHOR_1 = ['Y Ngọc', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Phó chủ tịch Ủy ban nhân dân tỉnh']


# ---- paper 2: VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI ----
NARRATIVE_2 = [
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     'Quốc phòng, an ninh được đảm bảo, trật tự xã hội được giữ vững, công tác đối ngoại được tăng '
     'cường[^vk_12]'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“Đã kịp thời cụ thể hóa, tuyên truyền, quán triệt và triển khai thực hiện có hiệu quả các chủ '
     'trương của Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh”[^vk_14]'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     'Đã lãnh đạo ban hành các Chương trình để cụ thể hóa, triển khai thực hiện các Nghị quyết của Trung '
     'ương về Chiến lược bảo vệ Tổ quốc, Chiến lược Quốc phòng Việt Nam, Chiến lược bảo vệ an ninh quốc '
     'gia, Chiến lược bảo vệ biên giới quốc gia, Chiến lược bảo vệ Tổ quốc trên không gian mạng, Chiến '
     'lược an ninh mạng quốc gia…'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Trong thời gian qua, Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã ban hành một số chương trình như: Chương '
     'trình số 75-CTr/TU, ngày 07-12-2018 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW, '
     'ngày 25-7-2018 của Bộ Chính trị“về Chiến lược bảo vệ Tổ quốc trên không gian mạng”; Chương trình số '
     '76-CTr/TU, ngày 10-12-2018 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 30-NQ/TW, ngày '
     '25-7-2018 của Bộ Chính trị“về Chiến lược An ninh mạng quốc gia”; Chương trình số 87-CTr/TU, ngày '
     '17-7-2019 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 33-NQ/TW, ngày 28-9-2019 của Bộ Chính '
     'trị“về Chiến lược bảo vệ biên giới quốc gia”; Chương trình số 99-CTr/TU, ngày 11-3-2020 của Ban '
     'Thường vụ Tỉnh ủy thực hiện Nghị quyết số 51- NQ/TW, ngày 05-9-2019 của Bộ Chính trị“về Chiến lược '
     'bảo vệ an ninh quốc gia”…'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“Nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân vững mạnh toàn diện, các tiềm lực trong '
     'khu vực phòng thủ được củng cố, tăng cường. Tổ chức diễn tập khu vực phòng thủ các cấp đúng kế '
     'hoạch, đạt chất lượng”[^vk_16]'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Trong nhiệm kỳ đã tổ chức, chỉ đạo 10/10 huyện, thành phố diễn tập khu vực phòng thủ đạt 100% chỉ '
     'tiêu, trong đó 90% đạt kết quả Tốt; 102/102 xã, phường, thị trấn diễn tập chiến đấu phòng thủ kết '
     'hợp diễn tập quy chế phối hợp đạt 100% khá trở lên; diễn tập khu vực phòng thủ tỉnh đạt loại Tốt. '
     'Cụ thể:'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Diễn tập cấp tỉnh năm 2017 đạt kết quả Tốt.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Diễn tập cấp huyện: Diễn tập khu vực phòng thủ 08 huyện, thành phố đạt kết quả Tốt (Thành phố Kon '
     'Tum, các huyện Ngọc Hồi, Tu Mơ Rông, Đăk Glei, Đăk Tô, Kon Rẫy, Ia H’Drai); 02 huyện đạt kết quả '
     'Khá (Đăk Hà, Sa Thầy).'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“Chất lượng tổng hợp, khả năng sẵn sàng chiến đấu của các lực lượng vũ trang tỉnh được nâng lên. '
     'Công tác bồi dưỡng, giáo dục kiến thức quốc phòng, an ninh đảm bảo đúng kế hoạch; tuyển chọn, gọi '
     'công dân nhập ngũ đạt 100% chỉ tiêu”'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Trong nhiệm kỳ, đã hoàn thành chỉ tiêu bồi dưỡng kiến thức quốc phòng, an ninh cho đối tượng I: '
     '05; đối tượng II: 177; đối tượng III: 978; đối tượng IV: 10.528; chức sắc tôn giáo 44 người; chức '
     'việc 577 người; già làng 282 người; giáo dục quốc phòng cho học sinh, sinh viên 65.282 em; học kỳ '
     'trong Quân đội 950 lượt cháu.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Năm 2015: 400 công dân; năm 2016: 850 công dân; năm 2017: 702 công dân; năm 2018: 803 công dân; '
     'năm 2019: 800 công dân; năm 2020: 851 công dân.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“An ninh biên giới được bảo đảm, chủ quyền biên giới quốc gia được giữ vững. Đấu tranh, xử lý có '
     'hiệu quả với các hành vi mua bán, vận chuyển, tàng trữ trái phép chất ma túy, pháo nổ, khai thác, '
     'vận chuyển lâm sản trái pháp luật trên tuyến biên giới. An ninh chính trị, trật tự an toàn xã hội '
     'được bảo đảm, trong đó đã tập trung lãnh đạo xử lý tốt vụ việc người dân chiếm đất trái pháp luật '
     'tại xã Ia Chim, thành phố Kon Tum, ổn định tình hình”'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Ngày 27-4-2020, Tòa án nhân dân thành phố Kon Tum đã đưa ra xét xử sơ thẩm vụ án hình sự “Chống '
     'người thi hành công vụ” xảy ra ngày 24-7-2019, với tổng số 09 bị cáo. Kết quả: Hội đồng xét xử '
     'Tòa án nhân dân thành phố Kon Tum đã xử phạt các bị cáo: A Nhôh 15 tháng tù, A Khách 14 tháng '
     'tù, A Khưk 13 tháng tù, Y Cheo 12 tháng tù, Y Hngher 11 tháng tù, Y Jứi 11 tháng tù, A Hyip 16 '
     'tháng tù cho hưởng án treo, A Wí 13 tháng tù cho hưởng án treo, Y Thân 11 tháng tù cho hưởng án '
     'treo.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Ngày 11-5-2020, Tòa án nhân dân thành phố Kon Tum tiếp tục đưa ra xét xử sơ thẩm vụ án hình sự '
     '“Bắt giữ người trái pháp luật”, “Cố ý gây thương tích” và “Chống người thi hành công vụ” xảy ra '
     'ngày 11-5-2019 tại thôn Plei Sar, xã Ia Chim, với tổng số 11 bị cáo. Kết quả: Hội đồng xét xử '
     'Tòa án nhân dân thành phố Kon Tum đã xử phạt các bị cáo: A Nhôh 36 tháng tù về tội “Bắt, giữ '
     'người trái pháp luật” và 13 tháng tù về tội “Chống người thi hành công vụ”. Tổng hợp hình phạt buộc '
     'A Nhôh phải chấp hành hình phạt chung của hai tội là 49 tháng tù; Y Lõe 36 tháng tù về tội “Bắt, '
     'giữ người trái pháp luật” và 15 tháng tù về tội “Chống người thi hành công vụ”. Tổng hợp hình phạt '
     'buộc Y Lõe phải chấp hành hình phạt chung của hai tội là 51 tháng tù; A Khưk 27 tháng tù về tội '
     '“Bắt, giữ người trái pháp luật” và 13 tháng tù về tội “Chống người thi hành công vụ”. Tổng hợp hình '
     'phạt buộc A Khưk phải chấp hành hình phạt chung của hai tội là 40 tháng tù; A Hmưk 13 tháng tù về '
     'tội “Chống người thi hành công vụ” và 24 tháng tù về tội“Cố ý gây thương tích”. Tổng hợp hình phạt '
     'buộc A Hmưk phải chấp hành hình phạt chung của hai tội là 37 tháng tù; A Khách 26 tháng tù về tội '
     '“Bắt, giữ người trái pháp luật” và 12 tháng tù về tội “Chống người thi hành công vụ”. Tổng hợp hình '
     'phạt buộc A Khách phải chấp hành hình phạt chung của hai tội là 38 tháng tù; Y Cheo 24 tháng tù về '
     'tội “Giữ người trái pháp luật” và 12 tháng tù về tội “Chống người thi hành công vụ”. Tổng hợp hình '
     'phạt buộc Y Cheo phải chấp hành hình phạt chung của hai tội là 36 tháng tù; Y Hngher 25 tháng tù về '
     'tội “Bắt, giữ người trái pháp luật” và 10 tháng tù về tội “Chống người thi hành công vụ”. Tổng hợp '
     'hình phạt buộc Y Hngher phải chấp hành hình phạt chung của hai tội là 35 tháng tù; A Chứ 25 tháng '
     'tù về tội “Bắt người trái pháp luật”; A Gơh 20 tháng tù về tội “Bắt, giữ người trái pháp luật”; Y '
     'Jứi 10 tháng tù về tội “Chống người thi hành công vụ”; Y Thái 30 tháng tù nhưng cho hưởng án treo '
     'về tội “Bắt, giữ người trái pháp luật”.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“Đã chủ động triển khai biện pháp phòng ngừa, đấu tranh, không để xảy ra các hoạt động “Tin lành '
     'Đêga”, phục hồi tổ chức FULRO, biểu tình, bạo loạn; đấu tranh hiệu quả với hoạt động của tà đạo Hà '
     'Mòn; các hoạt động vượt biên, trốn đi nước ngoài trái phép được phát hiện, ngăn chặn kịp thời, hiệu '
     'quả. Các loại tội phạm và vi phạm pháp luật được kiềm chế”'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Hoạt động của tổ chức phản động FULRO trên địa bàn tỉnh Kon Tum bắt đầu phục hồi từ những năm '
     '1999-2000, đến đầu năm 2001 chúng đã phát triển được 324 đối tượng, hình thành được khung chính '
     'quyền từ cấp tỉnh đến cấp thôn gồm 01 tỉnh, 01 huyện, 05 xã và 03 thôn (do tên A Brâm, trú tại làng '
     'Hno, xã Đoàn Kết, thành phố Kon Tum làm tỉnh trưởng Đê Ga; tên Jean Đăk, trú tại thôn Konrơbàng, xã '
     'Vinh Quang, thành phố Kon Tum làm tỉnh phó Đê Ga). Đến năm 2003, bọn cầm đầu cốt cán tiếp tục lén '
     'lút liên lạc, câu móc, phát triển được 62 đối tượng, hình thành được bộ khung chính quyền từ cấp xã '
     'đến cấp thôn (02 xã, 01 thôn). Từ năm 2004 đến nay, trên địa bàn tỉnh không có hoạt động tái phục '
     'hồi tổ chức FULRO, thành lập Nhà nước Đê Ga; các hoạt động của số đối tượng FULRO, Đê Ga về cơ bản '
     'bị vô hiệu hóa, không tập hợp được lực lượng gây rối, biểu tình, bạo loạn…'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Tà đạo Hà Mòn phát sinh trên địa bàn tỉnh từ cuối năm 1999, đầu năm 2000 tại 02 làng Kơ Tu và Đăk '
     'Wớt (thuộc xã Hà Mòn, huyện Đăk Hà, tỉnh Kon Tum) do Y Gyin (sinh năm 1942, người dân tộc Rơ Ngao) '
     'cùng một số đối tượng cuồng tín trong đạo Công giáo đã dựng lên sự kiện “Đức mẹ hiện hình”. Đến năm '
     '2005, sự kiện này mới thật sự bùng phát và diễn biến phức tạp, ảnh hưởng đến an ninh chính trị, '
     'trật tự an toàn xã hội. Trước tình hình trên, tỉnh đã kịp thời ban hành nhiều văn bản (Thông báo, '
     'Kết luận, Kế hoạch…) chỉ đạo và hướng dẫn các cấp, các ngành triển khai thực hiện nhằm đấu tranh, '
     'xóa bỏ tà đạo Hà Mòn. Tháng 5-2013, các đối tượng cầm đầu tà đạo Hà Mòn (A Hyum, A Tách, Y Gyin) đã '
     'bị bắt và xử lý về tội “Phá hoại chính sách đoàn kết”; cơ bản đã phá rã về mặt tổ chức và giải '
     'quyết được yếu tố chính trị, phản động của tà đạo Hà Mòn. Hiện số người tin theo tà đạo Hà Mòn giảm '
     'mạnh, địa bàn hoạt động được thu hẹp, còn 53 người/37 hộ của 06 thôn, 04 xã thuộc 02 huyện (Kon Rẫy '
     'và Sa Thầy) tin theo tà đạo Hà Mòn. Hiện nay, tỉnh đang tiếp tục chỉ đạo các cấp, các ngành triển '
     'khai thực hiện có hiệu quả các nhiệm vụ, giải pháp về đấu tranh xóa bỏ triệt để tà đạo Hà Mòn.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Phát hiện, ngăn chặn 23 đối tượng, vận động 13 đối tượng quay về, tiếp nhận 01 đối tượng UNHCR '
     'trao trả, khởi tố 01 đối tượng về tội tổ chức cho người khác trốn đi nước ngoài.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Số vụ vi phạm, tội phạm giảm 10% so với năm 2015. Lực lượng Công an các cấp đã phát hiện 3.216 vụ '
     'phạm pháp hình sự; đã khởi tố 1.832 vụ; đề nghị truy tố 1.400 vụ (tỷ lệ trung bình đạt khoảng 75%, '
     'trong đó án hình sự nghiêm trọng, đặc biệt nghiêm trọng đạt 95%); đã tiếp nhận giải quyết 3.462 tin '
     'báo tố giác tội phạm và kiến nghị khởi tố, đã giải quyết 3.140 tin, đạt 90,7%.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“Trách nhiệm của cấp ủy, chính quyền các cấp, người đứng đầu trong việc tiếp công dân, đối thoại '
     'với Nhân dân, giải quyết, xử lý khiếu nại, tố cáo của công dân được thực hiện nghiêm túc; đồng chí '
     'Bí thư Tỉnh ủy và bí thư cấp ủy các cấp đã thực hiện nghiêm việc tiếp dân, đối thoại trực tiếp với '
     'dân, giải quyết các kiến nghị, phản ánh của dân theo Quy định số 11-QĐi/TW, ngày 18-02-2019 của Bộ '
     'Chính trị”, Quyết định số 1408-QĐ/TU, ngày 25-9-2014 của Ban Thường vụ Tỉnh ủy "về Quy chế tiếp '
     'xúc, đối thoại giữa bí thư cấp ủy, người đứng đầu chính quyền các cấp với Nhân dân".'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Đã ban hành và thực hiện nghiêm Kế hoạch số 97-KH/TU, ngày 18-6-2019 của Ban Thường vụ Tỉnh ủy '
     '"về trách nhiệm của Bí thư Tỉnh ủy Kon Tum trong việc tiếp dân, đối thoại trực tiếp với dân và xử '
     'lý những phản ánh, kiến nghị của dân"; trong đó, định kỳ hằng tháng, đồng chí Bí thư Tỉnh ủy tiếp '
     'xúc, đối thoại với công dân tại các huyện, thành phố, đối thoại với đại biểu phụ nữ, thanh niên, '
     'công nhân, viên chức, người lao động. Bí thư các cấp ủy đã cụ thể hóa và thực hiện nghiêm chế độ '
     'tiếp xúc, đối thoại với công dân theo quy định.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Từ đầu nhiệm kỳ đến nay, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp 2.563 lượt/2.964 người đến '
     'khiếu nại, tố cáo, kiến nghị; đã tiếp nhận 4.760 đơn khiếu nại, tố cáo, kiến nghị, phản ánh của '
     'công dân, đã giải quyết xong 2.529 đơn thuộc thẩm quyền (đạt tỷ lệ 98,5%).'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“Công tác cải cách tư pháp có chuyển biến tích cực, hiệu quả hoạt động của các cơ quan tư pháp, bổ '
     'trợ tư pháp được nâng lên”'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Đã thực hiện việc tổ chức các phiên tòa theo chủ trương cải cách tư pháp; tiến hành nối mạng, '
     'truyền hình trực tuyến các phiên tòa đến Tỉnh ủy, Hội đồng nhân dân tỉnh và các cơ quan, đơn vị; '
     'thành lập Trung tâm giám định pháp y của tỉnh; thực hiện tốt việc quản lý các tổ chức hành nghề '
     'luật sư, công chứng...'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Về công tác Luật sư: Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 56-KH/TU, ngày 18-6-2009 thực '
     'hiện Chỉ thị số 33-CT/TW, ngày 30-3-2009 của Ban Bí thư “về tăng cường sự lãnh đạo của Đảng đối với '
     'tổ chức và hoạt động của luật sư”; Ủy ban nhân dân tỉnh đã ban hành Quyết định số 254/QĐ-UBND, ngày '
     '11-4-2013 về việc ban hành Kế hoạch triển khai Chiến lược phát triển nghề luật sư đến năm 2020 trên '
     'địa bàn tỉnh; Kế hoạch số 1184/KH-UBND, ngày 14-5-2018 về phát triển đội ngũ luật sư trên địa bàn '
     'tỉnh... Đã tổ chức tổng kết 10 năm thực hiện Chỉ thị số 33-CT/TW của Ban Bí thư. Hiện nay, trên địa '
     'bàn tỉnh có 05 tổ chức hành nghề Luật sư, với tổng số 06 luật sư.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Về công tác công chứng: Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 3210/KH-UBND, ngày '
     '12-12-2014 triển khai thực hiện Luật Công chứng năm 2014 trên địa bàn tỉnh. Đồng thời, phân bổ kinh '
     'phí để tổ chức các lớp bồi dưỡng kiến thức và kỹ năng cho hoạt động công chứng; tạo điều kiện cho '
     'việc xã hội hóa hoạt động công chứng, đặc biệt là khuyến khích thành lập Văn phòng công chứng tại '
     'các địa bàn có điều kiện kinh tế, xã hội khó khăn… Hiện nay, trên địa bàn tỉnh có 02 phòng công '
     'chứng nhà nước và 03 Văn phòng công chứng tư, với 10 Công chứng viên.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '“Hoạt động đối ngoại với các tỉnh Nam Lào và Đông Bắc Campuchia đạt kết quả tốt; bước đầu đã thiết '
     'lập quan hệ hợp tác với một số địa phương của Nhật Bản, Úc, Pháp, I-xra-en... và ký kết bản ghi nhớ '
     'với thành phố Iksan và quận Jinan, tỉnh Jeonlabuk của Hàn Quốc; chỉ đạo triển khai đảm bảo đúng '
     'tiến độ công tác phân giới, cắm mốc tuyến biên giới Việt Nam-Campuchia”'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Đã đánh giá và tổ chức ký kết 09 Bản ghi nhớ về tăng cường quan hệ hợp tác và phát triển kinh '
     'tế-xã hội với các tỉnh Nam Lào; ký kết và triển khai Bản ghi nhớ hợp tác với các tỉnh '
     'Rat-ta-na-ki-ri, Stung-treng (Campuchia). Trong đó, đã triển khai xây dựng và hoàn thiện hệ thống '
     'kết cấu hạ tầng đáp ứng nhu cầu sinh hoạt, giao thương vùng biên giới hai nước Việt Nam-Lào qua cặp '
     'cửa khẩu Quốc tế Bờ Y (Kon Tum, Việt Nam)- Phu Cưa (Ắt-ta-pư, Lào); phát triển các dịch vụ hỗ trợ '
     'hoạt động thương mại tại cửa khẩu như kho ngoại quan, điểm tập kết hàng hóa xuất nhập khẩu; đẩy '
     'mạnh hợp tác trong lĩnh vực giáo dục-đào tạo...'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Quan hệ hợp tác giữa tỉnh Kon Tum với các địa phương của Nhật Bản, Úc, Pháp, I-xra-en... tiếp tục '
     'được củng cố và mở rộng; công tác hội nhập quốc tế, trong đó thu hút đầu tư trực tiếp nước ngoài '
     '(FDI) bước đầu khởi sắc. Ngoài ra, còn đẩy mạnh hợp tác quốc tế trên các lĩnh vực như: an ninh, '
     'quân sự, biên phòng, văn hóa, xã hội, y tế, nông nghiệp gắn với đặc thù và chính sách phát triển '
     'kinh tế-xã hội của tỉnh.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > THÀNH QUẢ',
     '- Thực hiện chủ trương của Chính phủ 2 nước trong việc triển khai cắm cột mốc phụ trên toàn tuyến '
     'biên giới Việt Nam- Campuchia, trong đó đoạn qua tỉnh Kon Tum – Rattanakiri đã cắm tổng số 116 vị '
     'trí tương ứng với 131 cột mốc và tỉnh Kon Tum chịu trách nhiệm xây dựng 63 cột mốc phụ số hiệu chẵn '
     '(phía Campuchia chịu trách nhiệm xây dựng 68 cột mốc phụ số hiệu lẻ). Công tác phân giới, cắm mốc '
     'biên giới Việt Nam - Campuchia đã cơ bản hoàn thành theo kế hoạch. Hiện còn 01 vị trí mốc phụ số '
     '22/2 chưa thống nhất nên chưa xây dựng.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > VỀ HẠN CHẾ, KHUYẾT ĐIỂM > Hạn chế, khuyết điểm',
     '- Quốc phòng, an ninh và đối ngoại'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > VỀ HẠN CHẾ, KHUYẾT ĐIỂM > Hạn chế, khuyết điểm',
     '+ An ninh chính trị còn tiềm ẩn yếu tố gây mất ổn định. Công tác phối hợp giải quyết tình hình an '
     'ninh cơ sở liên quan đến đồng bào dân tộc thiểu số, tôn giáo, công tác đấu tranh xóa bỏ tà đạo Hà '
     'Mòn có thời điểm còn bị động, lúng túng (Tình hình tà đạo Hà Mòn tái hoạt động trên địa bàn huyện '
     'Kon Rẫy vào năm 2018).'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > VỀ HẠN CHẾ, KHUYẾT ĐIỂM > Hạn chế, khuyết điểm',
     '+ Tội phạm còn diễn biến phức tạp, nhất là tội phạm về ma túy, tín dụng đen, buôn bán, vận chuyển, '
     'tàng trữ, sử dụng các loại pháo; tiến độ điều tra, xử lý một số vụ án còn chậm, nhất là các vụ án '
     'liên quan đến vi phạm Luật Lâm nghiệp (Hầu như các vụ vi phạm Luật Lâm nghiệp đều tạm đình chỉ vì '
     'không phát hiện được đối tượng vi phạm).'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > VỀ HẠN CHẾ, KHUYẾT ĐIỂM > Hạn chế, khuyết điểm',
     '+ Công tác kiểm tra, kiểm soát người, phương tiện ra, vào hoạt động, cư trú ở khu vực biên giới, '
     'cửa khẩu có lúc, có nơi chưa chặt chẽ (Để cho người dân tộc H’Mông ở các tỉnh vào trong khu vực '
     'biên giới trái phép).'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > VỀ HẠN CHẾ, KHUYẾT ĐIỂM > Hạn chế, khuyết điểm',
     '+ Hoạt động đối ngoại có mặt hiệu quả chưa cao; công tác kêu gọi, vận động viện trợ phi chính phủ '
     'nước ngoài vẫn còn khiêm tốn; việc mở, nâng cấp các cặp cửa khẩu biên giới còn gặp nhiều khó khăn '
     '(Năm 2015 tiếp nhận: 2.070.546 USD; năm 2016 tiếp nhận: 1.212.702 USD; năm 2017: tiếp nhận 702.902 '
     'USD; năm 2018 tiếp nhận: 688.310 USD; năm 2019 tiếp nhận: 816.748 USD).'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > VỀ HẠN CHẾ, KHUYẾT ĐIỂM > Nguyên nhân của hạn chế, khuyết điểm',
     '+ Nguyên nhân khách quan[^vk_25]: “… các thế lực thù địch, phản động luôn lợi dụng vấn đề dân tộc, '
     'tôn giáo, “dân chủ”, “nhân quyền”, triệt để sử dụng Internet và mạng xã hội nhằm tuyên truyền, '
     'xuyên tạc các chủ trương của Đảng, chính sách, pháp luật của Nhà nước để chia rẽ khối đại đoàn kết '
     'các dân tộc”.'),
    ('ĐÁNH GIÁ TÌNH HÌNH THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI > VỀ HẠN CHẾ, KHUYẾT ĐIỂM > Nguyên nhân của hạn chế, khuyết điểm',
     '+ Nguyên nhân chủ quan: Công tác nắm, dự báo tình hình, xử lý các vấn đề phức tạp về an ninh chính '
     'trị, trật tự an toàn xã hội của các cơ quan chức năng chưa thật sự chủ động, có mặt chưa kịp thời. '
     'Công tác lãnh đạo, chỉ đạo, quản lý điều hành của một số cấp ủy còn hạn chế, trách nhiệm chưa cao…'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > DỰ BÁO TÌNH HÌNH',
     '- Trong thời gian tới, các thế lực thù địch tăng cường chống phá nước ta ngày càng quyết liệt, trực '
     'diện hơn. An ninh chính trị, nhất là an ninh nông thôn, an ninh tôn giáo, an ninh biên giới còn '
     'tiềm ẩn yếu tố gây mất ổn định.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > DỰ BÁO TÌNH HÌNH',
     '- Trên địa bàn tỉnh, thời gian qua tình hình an ninh chính trị, trật tự an toàn xã hội tiếp tục '
     'được giữ vững, ổn định; tuy nhiên vẫn còn tiềm ẩn nhiều yếu tố gây mất ổn định. Các vấn đề liên '
     'quan đến dân tộc, tôn giáo; tình hình người dân tộc thiểu số vượt biên, trốn đi nước ngoài trái '
     'phép; tình hình tranh chấp, khiếu kiện trên các lĩnh vực như đất đai, bồi thường, giải phóng mặt '
     'bằng; tranh chấp giữa người dân với các Nông trường cao su; tình hình hoạt động của các loại tội '
     'phạm… diễn biến phức tạp, là những khó khăn, thách thức lớn trong thời gian tới.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Mục tiêu tổng quát',
     '“… giữ vững ổn định quốc phòng, an ninh trong mọi tình huống, không để bị động bất ngờ…”.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Mục tiêu chủ yếu',
     '- Tỷ lệ giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố hằng năm đạt 90% trở lên. Thuyết '
     'minh: “Kết quả giải quyết tố giác, tin báo về tội phạm và kiến nghị khởi tố hằng năm: Năm 2015 giải '
     'quyết 715/772 tin (đạt 93%); năm 2016 giải quyết 679/739 tin (đạt 91,8%); năm 2017 giải quyết '
     '631/703 tin (đạt 89,8%); năm 2018 giải quyết 625/693 tin (đạt 90,2%); năm 2019 giải quyết 723/783 '
     'tin (đạt 92,3%). Tại Điều 2, Nghị quyết số 37/2012/QH13, ngày 23-11-2012 của Quốc hội "về công tác '
     'phòng, chống vi phạm pháp luật và tội phạm, công tác của Viện kiểm sát nhân dân, của Tòa án nhân '
     'dân và công tác thi hành án năm 2013" quy định "Tỷ lệ xử lý tố giác, tin báo về tội phạm hằng năm '
     'phải đạt trên 90%". Qua đánh giá giai đoạn 2015-2020 tỷ lệ giải quyết tố giác, tin báo về tội phạm '
     'hằng năm trên địa bàn tỉnh cơ bản đạt chỉ tiêu Quốc hội giao. Vì vậy, việc xác định chỉ tiêu "Tỷ lệ '
     'giải quyết tố giác, tin báo về tội phạm, kiến nghị khởi tố hằng năm đạt trên 90%" là phù hợp”.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > MỤC TIÊU > Mục tiêu chủ yếu',
     '- Đến năm 2025, có trên 80% xã, phường, thị trấn mạnh về phong trào toàn dân bảo vệ an ninh Tổ '
     'quốc. Thuyết minh: “Ban Thường vụ Tỉnh ủy đã cho chủ trương và Đảng ủy Công an tỉnh đã ban hành Đề '
     'án nâng cao chất lượng phong trào toàn dân bảo vệ an ninh Tổ quốc giai đoạn 2020-2025; đồng thời, '
     'Ủy ban nhân dân tỉnh đã ban hành Quy định về "Tiêu chí đánh giá xã, phường, thị trấn, khu dân cư, '
     'đơn vị mạnh về phong trào toàn dân bảo vệ an ninh Tổ quốc trên địa bàn tỉnh Kon Tum”, trong đó quy '
     'định cụ thể tiêu chí đánh giá xã, phường, thị trấn mạnh về phong trào toàn dân bảo vệ an ninh Tổ '
     'quốc”.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '“Bảo đảm quốc phòng, an ninh; giữ vững ổn định chính trị, trật tự an toàn xã hội; nâng cao hiệu quả '
     'công tác đối ngoại'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '”.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '1. Tiếp tục quán triệt sâu sắc quan điểm, tư tưởng chỉ đạo của Đảng và triển khai thực hiện toàn '
     'diện, đồng bộ Chiến lược bảo vệ Tổ quốc trong tình hình mới, Chiến lược quốc phòng, Chiến lược quân '
     'sự, Chiến lược bảo vệ an ninh quốc gia, Chiến lược bảo vệ biên giới quốc gia, Chiến lược bảo vệ Tổ '
     'quốc trên không gian mạng, Chiến lược an ninh mạng quốc gia...'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '2. Nâng cao chất lượng công tác đánh giá, dự báo tình hình; chủ động đấu tranh ngăn chặn âm mưu, '
     'hoạt động “diễn biến hòa bình”, bạo loạn, lật đổ của các thế lực thù địch; tiếp tục triển khai các '
     'nhiệm vụ, giải pháp đấu tranh xóa bỏ triệt để tà đạo Hà Mòn.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '3. Tăng cường tiềm lực quốc phòng và an ninh; xây dựng và củng cố vững chắc nền quốc phòng toàn dân '
     'gắn kết với nền an ninh nhân dân; xây dựng "thế trận lòng dân" gắn với thế trận quốc phòng toàn '
     'dân, thế trận an ninh nhân dân.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '4. Xây dựng lực lượng Quân đội nhân dân, Công an nhân dân cách mạng, chính quy, tinh nhuệ, từng '
     'bước hiện đại, vững mạnh về chính trị, có chất lượng tổng hợp và sức mạnh chiến đấu cao, tuyệt đối '
     'trung thành với Tổ quốc, với Đảng, Nhà nước và Nhân dân, đáp ứng yêu cầu bảo vệ Tổ quốc trong tình '
     'hình mới. Tiếp tục nâng cao chất lượng công tác giáo dục, bồi dưỡng kiến thức quốc phòng, an ninh.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '5. Chú trọng công tác đảm bảo an ninh biên giới; tập trung nguồn lực để đầu tư các dự án xây dựng '
     'công trình phòng thủ ở khu vực biên giới, địa bàn chiến lược, đường tuần tra biên giới, đường ra '
     'các mốc quốc giới, hệ thống chống sạt lở, sông suối biên giới, mốc quốc giới...; quản lý, bảo vệ, '
     'sử dụng hiệu quả các công trình, kỹ thuật bảo vệ biên giới; đấu tranh có hiệu quả với các hành vi '
     'xâm hại đến chủ quyền biên giới quốc gia, phòng, chống các loại tội phạm, nhất là tội phạm sử dụng '
     'công nghệ cao, xuyên quốc gia, xuyên biên giới.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '6. Thực hiện tốt công tác bảo vệ an ninh nội bộ, an ninh văn hóa, tư tưởng, an ninh mạng; kịp thời '
     'phát hiện, xử lý nghiêm cán bộ, đảng viên có quan điểm sai trái, cơ hội chính trị, thoái hóa biến '
     'chất, vi phạm kỷ luật Đảng… không để các thế lực thù địch và các đối tượng phản động tác động, '
     'chuyển hóa tư tưởng. Kịp thời phát hiện, đấu tranh ngăn chặn hoạt động của địch và các phần tử xấu '
     'lợi dụng không gian mạng để xâm hại an ninh quốc gia.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '7. Triển khai thực hiện có hiệu quả phong trào "toàn dân bảo vệ an ninh Tổ quốc"; đẩy mạnh đấu '
     'tranh trấn áp các loại tội phạm, tập trung vào các tuyến, địa bàn và lĩnh vực trọng điểm, tội phạm '
     'trong thanh thiếu niên, trong lĩnh vực môi trường; phát hiện, giải quyết kịp thời các nhóm hoạt '
     'động phức tạp về an ninh trật tự, kiên quyết không để hình thành tội phạm có tổ chức; đẩy nhanh '
     'tiến độ điều tra, truy tố, xét xử các vụ án nghiêm trọng, phức tạp, dư luận xã hội quan tâm.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '8. Đẩy mạnh công tác cải cách tư pháp, nâng cao hiệu quả hoạt động của các cơ quan tư pháp, bổ trợ '
     'tư pháp; bảo đảm việc tiếp nhận, xử lý tố giác, tin báo về tội phạm, điều tra, truy tố, xét xử theo '
     'đúng quy định của pháp luật, không làm oan người vô tội, không bỏ lọt tội phạm.'),
    ('MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025 > NHIỆM VỤ, GIẢI PHÁP',
     '9. Tiếp tục củng cố và phát triển có chiều sâu các mối quan hệ hợp tác đã được thiết lập; triển '
     'khai có hiệu quả các hoạt động hội nhập quốc tế, trong đó củng cố, tăng cường quan hệ, hợp tác toàn '
     'diện với các tỉnh giáp biên của Nước Cộng hòa Dân chủ Nhân dân Lào và Vương quốc Campuchia. Phối '
     'hợp chặt chẽ với các tỉnh giáp biên của Lào và Campuchia để đề nghị Chính phủ ba nước xem xét, sớm '
     'mở các cửa khẩu ở những nơi có đủ điều kiện và nâng cấp một số cặp cửa khẩu lên cửa khẩu chính. Mở '
     'rộng và tăng cường quan hệ, hợp tác toàn diện có chiều sâu với các tỉnh giáp biên với Lào và '
     'Campuchia; triển khai nội dung ký kết hợp tác trên một số lĩnh vực với các địa phương của Pháp, Úc, '
     'Nhật Bản, Hàn Quốc Israel...'),
]
NOTES_2 = [
    ('vk_12', 'Trang 12, Văn kiện Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020-2025.'),
    ('vk_14', 'Trang 14, Văn kiện Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020-2025.'),
    ('vk_16', 'Trang 16, Văn kiện Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020-2025.'),
    ('vk_25', 'Trang 25, Văn kiện Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI, nhiệm kỳ 2020-2025.'),
]
OPENING_2 = ''
TITLE_2 = 'VỀ QUỐC PHÒNG, AN NINH VÀ ĐỐI NGOẠI'
AUTHOR_2 = ['U Huấn', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Nội chính Tỉnh ủy']


# ---- paper 3: XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ, GẮN VỚI VIỆC ĐÁNH GIÁ VIỆC THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII ----
NARRATIVE_3 = [
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác tuyên truyền, giáo dục chính trị, tư tưởng',
     '- Trong nhiệm kỳ, cấp ủy, tổ chức đảng, chính quyền các cấp, các ngành tiếp tục quan tâm và triển '
     'khai thực hiện có hiệu quả công tác giáo dục chính trị tư tưởng; việc tổ chức phổ biến, quán triệt '
     'các nghị quyết, chỉ thị,…của Đảng; chú trọng đổi mới cả về nội dung và hình thức (Như việc: Áp dụng '
     'công nghệ thông tin trong tổ chức học tập, quán triệt nghị quyết. Từ hình thức tổ chức quán triệt '
     'nghị quyết tập trung về một địa điểm như trước đây đã thay thế bằng hình thức trực tuyến. Cán bộ '
     'chủ chốt của Tỉnh được tham gia nghiên cứu, quán triệt các nghị quyết của Đảng tại các hội nghị '
     'trực tuyến do Trung ương tổ chức…Các kế hoạch học tập nghị quyết được xây dựng và thực hiện thống '
     'nhất từ tỉnh đến cơ sở).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác tuyên truyền, giáo dục chính trị, tư tưởng',
     '- Đã tổ chức quán triệt và ban hành Kế hoạch, Chương trình chỉ đạo triển khai thực hiện Chỉ thị số '
     '05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong '
     'cách hồ Chí Minh và Nghị quyết Trung ương 4 (khóa XII) “Về tăng cường xây dựng, chỉnh đốn Đảng; '
     'ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “tự diễn '
     'biến”, “tự chuyển hóa” trong nội bộ”. Ban thường vụ các cấp ủy trực thuộc Tỉnh ủy xây dựng kế hoạch '
     'chỉ đạo triển khai nghiêm túc việc kiểm điểm tự phê bình và phê bình hằng năm, gắn với thực hiện '
     'Nghị quyết Trung ương 4 khoá XII và Chỉ thị số 05-CT/TW của Bộ Chính trị; thực hiện tốt việc phân '
     'công cấp ủy viên phụ trách địa bàn và các tổ chức cơ sở đảng, trực tiếp dự theo dõi, chỉ đạo việc '
     'kiểm điểm, đánh giá; chỉ đạo xây dựng bản cam kết, kế hoạch cá nhân thực hiện Nghị quyết Trung ương '
     '4 khóa XII, Chỉ thị số 05-CT/TW của Bộ Chính trị; chỉ đạo các cơ quan, đơn vị, địa phương rà soát, '
     'bổ sung, hoàn thiện việc xây dựng và thực hiện các chuẩn mực đạo đức.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác tuyên truyền, giáo dục chính trị, tư tưởng',
     'Việc thực hiện Nghị quyết Trung ương 4 khoá XII gắn với Chỉ thị số 05-CT/TW của Bộ Chính trị đã tạo '
     'sự chuyển biến tích cực trong nhận thức và hành động của cán bộ, đảng viên. Phần lớn cán bộ, đảng '
     'viên phát huy tính tiên phong, gương mẫu, nhất là trách nhiệm nêu gương của cán bộ chủ chốt các '
     'cấp; có lập trường chính trị vững vàng, luôn tin tưởng vào chủ trương, nghị quyết của Đảng, có tinh '
     'thần đoàn kết cao, ý thức trách nhiệm, nói và làm theo đúng đường lối, quan điểm, quy định của '
     'Đảng, pháp luật Nhà nước.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác tuyên truyền, giáo dục chính trị, tư tưởng',
     'Xác định đấu tranh chống âm mưu, hoạt động “diễn biến hòa bình” trên lĩnh vực tư tưởng, văn hóa là '
     'nhiệm vụ quan trọng nhằm bảo vệ nền tảng tư tưởng của Đảng, Ban Thường vụ Tỉnh ủy đã củng cố, kiện '
     'toàn Ban Chỉ đạo cấp tỉnh; thành lập Nhóm chuyên gia đấu tranh, phản bác chống âm mưu “diễn biến '
     'hòa bình” trên lĩnh vực tư tưởng, văn hóa, nhất là trên không gian mạng; chỉ đạo các huyện ủy, '
     'thành ủy thành lập Tổ chỉ đạo đấu tranh phòng, chống âm mưu, hoạt động "diễn biến hòa bình" trên '
     'lĩnh vực tư tưởng, văn hóa của địa phương. Ngày 09-9-2019, Ban Thường vụ Tỉnh ủy ban hành Quyết '
     'định số 1451-QĐ/TU thành lập Ban Chỉ đạo tỉnh về bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản '
     'bác các quan điểm sai trái, thù địch” theo tinh thần Nghị quyết số 35-NQ/TW, ngày 22-10-2018 của Bộ '
     'Chính trị. Ban Chỉ đạo 35 tỉnh có nhiệm vụ tham mưu giúp Tỉnh ủy, Ban Thường vụ Tỉnh ủy chỉ đạo '
     'triển khai thực hiện nhiệm vụ bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm '
     'sai trái, thù địch trên địa bàn tỉnh.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác tuyên truyền, giáo dục chính trị, tư tưởng',
     '(Đã thành lập diễn đàn đấu tranh trên mạng xã hội với tên gọi Ngọc Linh Xanh; ban hành Công văn số '
     '367-CV/TU, ngày 14-8-2017 về quán triệt, tuyên truyền nâng cao nhận thức cho cán bộ, đảng viên và '
     'người dân khi sử dụng mạng xã hội. Trong đó, chỉ đạo các cấp ủy, cơ quan, đơn vị tăng cường công '
     'tác tuyên truyền, quán triệt để cán bộ, đảng viên, công chức, viên chức, đoàn viên, hội viên và '
     'Nhân dân nêu cao tinh thần cảnh giác, chủ động đấu tranh phản bác, vô hiệu hóa thông tin, luận điệu '
     'sai trái, độc hại, xuyên tạc của các thế lực thù địch, phản động; tuyệt đối không tham gia bình '
     'luận, chia sẻ những thông tin xấu, độc hoặc đưa thông tin không chính xác, chưa được kiểm chứng lên '
     'mạng xã hội; Trường Chính trị tỉnh, Sở Giáo dục và Đào tạo đưa nội dung “Chuyên đề đấu tranh, phản '
     'bác các quan điểm tư tưởng sai trái, luận điệu xuyên tạc của các thế lực thù địch và phần tử xấu '
     'trên Internet và mạng xã hội” vào nội dung các lớp bồi dưỡng nghiệp vụ công tác, lớp Bồi dưỡng '
     'chính trị hè hằng năm).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác tuyên truyền, giáo dục chính trị, tư tưởng',
     'Qua đó, đã nâng cao nhận thức, tinh thần cảnh giác của cán bộ, đảng viên và Nhân dân trước âm mưu, '
     'thủ đoạn chống phá của các thế lực thù địch; tin tưởng vào chủ trương, đường lối lãnh đạo của Đảng. '
     'Nhất là qua việc tổ chức thành công đại hội đảng bộ các cấp tiến tới đại hội toàn quốc lần thứ XIII '
     'của Đảng đã góp phần củng cố niềm tin trong cán bộ, đảng viên và Nhân dân, ổn định tình hình chính '
     'trị, phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh, trật tự an toàn xã hội trên địa bàn '
     'tỉnh.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác sắp xếp tổ chức bộ máy',
     'Từ đầu nhiệm kỳ, Tỉnh uỷ, Ban Thường vụ Tỉnh uỷ quan tâm chỉ đạo các cấp, các ngành tiếp tục củng '
     'cố, kiện toàn tổ chức- bộ máy các cấp trong hệ thống chính trị từ tỉnh đến cơ sở theo Kết luận '
     '64-KL/TW, ngày 28/5/2013 của Ban Chấp hành Trung ương“một số vấn đề về tiếp tục đổi mới, hoàn thiện '
     'hệ thống chính trị từ Trung ương đến cơ sở”, được xác định tại Chương trình số 58-CTr/TU, ngày '
     '29/10/2013 của Ban Chấp hành Đảng bộ tỉnh khoá XIV về thực hiện các nghị quyết, kết luận Hội nghị '
     'Trung ương 7 khóa XI. Chỉ đạo Ban Tổ chức Tỉnh ủy tập trung hướng dẫn các cơ quan, tổ chức trực '
     'thuộc điều chỉnh bổ sung, hoàn thiện quy chế làm việc, chức năng, nhiệm vụ, tổ chức bộ máy, mối '
     'quan hệ công tác của các cơ quan, tổ chức các cấp ủy trực thuộc sau Đại hội Đảng các cấp nhiệm kỳ '
     '2015-2020. Tiến hành thành lập, chỉ đạo thành lập và sắp xếp, kiện toàn lại một số tổ chức đáp ứng '
     'kịp thời yêu cầu lãnh đạo, chỉ đạo của Tỉnh ủy, Ban Thường vụ Tỉnh ủy đối với các hoạt động phát '
     'triển kinh tế - xã hội, củng cố quốc phòng an ninh và xây dựng Đảng, hệ thống chính trị của tỉnh.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác sắp xếp tổ chức bộ máy',
     'Đã cụ thể hóa và triển khai thực hiện sắp xếp tổ chức bộ máy theo các Nghị quyết Hội nghị lần thứ 6 '
     'Ban Chấp hành Trung ương Đảng khoá XII, đến nay đạt nhiều kết quả quan trọng (Tỉnh uỷ đã ban hành '
     'Chương trình số 51-CTr/TU và Chương trình số 53-CTr/TU, ngày 21/02/2018 để lãnh đạo triển khai thực '
     'hiện Nghị quyết số 18, 19). Đồng thời, chỉ đạo các cấp ủy, cơ quan, đơn vị, địa phương xây dựng '
     'chương trình, kế hoạch để triển khai thực hiện phù hợp với chức năng, nhiệm vụ và tình hình thực '
     'tế; góp phần sắp xếp tổ chức bộ máy của hệ thống chính trị từ tỉnh đến cơ sở tinh gọn, hoạt động '
     'hiệu lực, hiệu quả.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác sắp xếp tổ chức bộ máy',
     '(Đã thực hiện Sắp xếp lại tổ chức bộ máy, đổi mới cơ chế hoạt động của Ban Bảo vệ, chăm sóc sức '
     'khỏe cán bộ tỉnh; tổ chức lại Văn phòng Tỉnh ủy để phục vụ chung cho các cơ quan tham mưu, giúp '
     'việc Tỉnh ủy; kiện toàn, sắp xếp, tổ chức lại các đầu mối trực thuộc các cơ quan tham mưu, giúp '
     'việc, đơn vị sự nghiệp của Tỉnh ủy, Ủy ban nhân dân tỉnh; triển khai thực hiện chức năng, nhiệm vụ, '
     'tổ chức bộ máy cơ quan chuyên trách của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội '
     'tỉnh theo Quy định số 212-QĐ/TW của Ban Bí thư; đồng thời, sắp xếp, tổ chức lại các đầu mối bên '
     'trong; rà soát và giải thể 02 ban chỉ đạo, ban quản lý dự án không hiệu quả. Kết quả: Đã giảm được '
     '35 đầu mối trực thuộc các cơ quan tham mưu, giúp việc, đơn vị sự nghiệp của Tỉnh ủy, Mặt trận và '
     'các tổ chức chính trị-xã hội cấp tỉnh; cơ quan thuộc Ủy ban nhân dân tỉnh, giảm 35 trưởng phòng và '
     '06 biên chế so với trước đây.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác sắp xếp tổ chức bộ máy',
     'Thực hiện chủ trương Trưởng Ban Tuyên giáo đồng thời là Giám đốc Trung tâm Bồi dưỡng chính trị, '
     'thực hiện chủ trương Trưởng Ban Dân vận đồng thời là Chủ tịch Ủy ban Mặt trận Tổ quốc tại 10/10 '
     'huyện, thành phố; thực hiện mô hình bí thư cấp ủy đồng thời là là chủ tịch ủy ban nhân dân cấp xã. '
     'Rà soát, chấm dứt việc hợp đồng lao động làm công tác chuyên môn tại các cơ quan, đơn vị. Thành lập '
     'Đảng bộ Khối cơ quan và doanh nghiệp tỉnh trên cơ sở hợp nhất Đảng bộ khối các cơ quan tỉnh và Đảng '
     'bộ Khối doanh nghiệp tỉnh. Thực hiện hợp nhất các cơ quan, đơn vị có chức năng tương đồng của huyện '
     "Ia H'Drai: Hợp nhất Ban Tổ chức Huyện ủy và Phòng Nội vụ huyện thành Cơ quan Tổ chức-Nội vụ huyện; "
     'Cơ quan Ủy ban Kiểm tra Huyện ủy và Thanh tra huyện thành Cơ quan Kiểm tra-Thanh tra huyện; Văn '
     'phòng Huyện ủy và Văn phòng HĐND-UBND huyện thành Văn phòng Huyện ủy-HĐND-UBND huyện.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác sắp xếp tổ chức bộ máy',
     'Đã sắp xếp các đơn vị sự nghiệp cấp tỉnh thuộc các lĩnh vực Giáo dục và Đào tạo, Khoa học và Công '
     'nghệ, Văn hóa thể thao và Du lịch, Nông nghiệp và Phát triển nông thôn, Y tế, Lao động-Thương binh '
     'và Xã hội; Tài nguyên và Môi trường. Qua đó, đã giảm 91 đơn vị, 134 cán bộ lãnh đạo. Đối với cấp '
     'huyện, sắp xếp và thành lập trung tâm dịch vụ nông nghiệp (giảm 19 đầu mối), ban quản lý dự án đầu '
     'tư và xây dựng (giảm 03 đầu mối), Trung tâm Văn hóa - Thể thao - Du lịch và Truyền thông (giảm 04 '
     'đầu mối), Trung tâm Môi trường và Dịch vụ đô thị; sắp xếp, sáp nhập các trường tiểu học, trung học '
     'cơ sở, đã giảm được 53 trường so với năm 2017. Đồng thời đã ban hành Đề án sáp nhập các thôn, tổ '
     'dân phố trong toàn tỉnh năm 2019, theo đó sau khi sáp nhập toàn tỉnh còn 756 thôn, tổ dân phố, giảm '
     '118 thôn, tổ dân phố).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác sắp xếp tổ chức bộ máy',
     'Đã kịp thời triển khai thực hiện chủ trương bố trí Công an chính quy đảm nhiệm chức danh Công an xã '
     'trên địa bàn tỉnh (Đã bố trí 469 Công an chính quy đảm nhiệm chức danh Công an xã tại 100% xã trên '
     'địa bàn tỉnh).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác đánh giá cán bộ',
     'Tiếp tục chỉ đạo thực hiện Quyết định 286-QĐ/TW, ngày 08/02/2010 của Bộ Chính trị về thực hiện Quy '
     'chế đánh giá cán bộ, hàng năm (nay là Quy định số 132-QĐ/TW, ngày 08/3/2018 của Ban Chấp hành Trung '
     'ương Đảng khoá XII). Trong nhiệm kỳ, công tác đánh giá cán bộ đã có những tiến bộ cả về nhận thức '
     'và các bước tiến hành; đảm bảo công tâm, khách quan, đúng quy trình, quy định. Hàng năm, qua theo '
     'dõi những nơi có vấn đề phức tạp, dư luận bức xúc, có biểu hiện mất đoàn kết nội bộ; những tổ chức, '
     'cá nhân có khuyết điểm qua kiểm tra, giám sát, kiểm toán, thanh tra trong năm, các cấp ủy từ tỉnh '
     'đến cơ sở đều có văn bản chỉ đạo gợi ý kiểm điểm; nội dung gợi ý có trọng tâm, trọng điểm đảm bảo '
     'chất lượng công tác kiểm điểm tự phê bình và phê bình tập thể, cá nhân cán bộ lãnh đạo, quản lý và '
     'công tác đánh giá phân loại chất lượng tổ chức đảng, đảng viên đạt kết quả.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác đánh giá cán bộ',
     'Quá trình kiểm điểm tự phê bình và phê bình hằng năm, các đồng chí đảng viên, nhất là người đứng '
     'đầu đã mạnh dạn, thẳng thắn, liên hệ với các biểu hiện suy thoái về tư tưởng chính trị, đạo đức lối '
     'sống, "tự diễn biến", "tự chuyển hóa" để kiểm điểm; liên hệ với những thiếu sót, khuyết điểm của '
     'tập thể đã được chỉ ra để kiểm điểm, đảm bảo mọi khuyết điểm, yếu kém của tập thể đều được từng cá '
     'nhân liên hệ kiểm điểm, làm rõ trách nhiệm và đề ra phương hướng, biện pháp khắc phục, tạo sự '
     'chuyển biến rõ rệt trong thời gian tới… Qua đó rút ra những bài học, kinh nghiệm quý trong quá '
     'trình lãnh đạo, chỉ đạo của mình. Các cấp ủy, tổ chức đảng, đảng viên đã phát huy dân chủ, đóng góp '
     'ý kiến với tinh thần thẳng thắn, không nể nang, né tránh, ngại va chạm. Qua kiểm điểm, đánh giá '
     'hằng năm chưa phát hiện cán bộ, đảng viên có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, '
     'lối sống.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác đánh giá cán bộ',
     'Kết quả kiểm điểm phản ánh cơ bản đúng thực chất kết quả thực hiện nhiệm vụ chính trị gắn với việc '
     'thực hiện học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Nghị quyết Trung ương 4 '
     'khóa XII; góp phần quan trọng, phục vụ tốt cho công tác quy hoạch, đào tạo, bồi dưỡng, điều động, '
     'luân chuyển, bố trí sử dụng và thực hiện chính sách cán bộ.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác đánh giá cán bộ',
     '(Kết quả: Từ năm 2016 đến năm 2019, Thường trực, Ban Thường vụ Tỉnh ủy đã nhận xét, đánh giá, xếp '
     'loại đối với 965 lượt cán bộ diện Thường trực, Ban Thường vụ Tỉnh ủy quản lý. Trong đó, Hoàn thành '
     'xuất sắc nhiệm vụ 553 lượt cán bộ, chiếm 57,3%; Hoàn thành tốt nhiệm vụ 393 lượt cán bộ, chiếm '
     '40,72%; Hoàn thành nhiệm vụ 10 lượt cán bộ, chiếm 1,03%; Không hoàn thành nhiệm vụ 9 lượt cán bộ, '
     'chiếm 0,93%. ").'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác đánh giá cán bộ',
     'Thực hiện lấy phiếu tín nhiệm đối với cán bộ lãnh đạo thuộc diện Thường trực, Ban Thường vụ Tỉnh ủy '
     'quản lý và chỉ đạo các cơ quan, đơn vị, địa phương triển khai thực hiện việc lấy phiếu tín nhiệm '
     'đối với cán bộ lãnh đạo quản lý các cấp theo đúng quy trình và hướng dẫn của Trung ương. (Trong '
     'nhiệm kỳ đã tổ chức lấy phiếu tín nhiệm đối với 610 đồng chí. Trong đó, Tín nhiệm cao 483 đồng chí, '
     'chiếm 79,18%; Tín nhiệm 125 đồng chí, chiếm 20,49%; Tín nhiệm thấp 02 đồng chí, chiếm 0,33%).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác quy hoạch cán bộ',
     'Ban Thường vụ Tỉnh uỷ đã Ban hành Kế hoạch số 12-KH/TU, ngày 03-8-2016 thực hiện công tác rà soát, '
     'bổ sung quy hoạch nhiệm kỳ 2015-2020, xây dựng quy hoạch nhiệm kỳ 2020-2025 đối với Ban Chấp hành, '
     'Ban Thường vụ Tỉnh ủy và các chức danh lãnh đạo chủ chốt tỉnh; chỉ đạo các cấp ủy, tổ chức đảng '
     'triển khai thực hiện công tác rà soát, bổ sung quy hoạch và xây dựng quy hoạch đối với cán bộ thuộc '
     'diện quản lý đảm bảo theo quy định. Trong quy hoạch, bổ sung quy hoạch đã chú trọng đổi mới về nội '
     'dung, quy trình thực hiện các bước theo hướng mở rộng dân chủ từ việc phát hiện, giới thiệu nguồn '
     'cán bộ…của tập thể, gắn với phát huy trách nhiệm của người đứng đầu cấp uỷ, cơ quan tham mưu về tổ '
     'chức cán bộ và các thành viên ban thường vụ cấp uỷ trong công tác quy hoạch.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác quy hoạch cán bộ',
     'Thực hiện công tác quy hoạch cán bộ, nguồn cán bộ đưa vào quy hoạch cấp ủy 03 cấp đều đảm bảo số '
     'lượng theo quy định; đã thực sự quan tâm đến chất lượng, cơ cấu cán bộ thuộc diện đưa vào quy hoạch '
     'theo 3 độ tuổi, nhiều cán bộ trẻ, cán bộ nữ, cán bộ DTTS có triển vọng phát triển được phát hiện, '
     'giới thiệu đưa vào nguồn quy hoạch cán bộ lãnh đạo, quản lý, cấp ủy các cấp; tính “động” và “mở” '
     'trong công tác quy hoạch nhiều nơi được đảm bảo, khắc phục dần tình trạng khép kín, bị động trong '
     'công tác quy hoạch so với trước đây; các bước xây dựng, điều chỉnh quy hoạch đảm bảo thực hiện chặt '
     'chẽ, đầy đủ theo đúng quy định, góp phần quan trọng nâng cao chất lượng cán bộ, nhất là công tác '
     'nhân sự phục vụ đại hội đảng và nhân sự đại biểu Quốc hội, Hội đồng nhân dân các cấp.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác quy hoạch cán bộ',
     'Kết quả: Quy hoạch nhiệm kỳ 2020-2025, nguồn quy hoạch Ban Chấp hành Đảng bộ tỉnh tổng số 103 đồng '
     'chí (Nữ: 27 đồng chí, chiếm 26,21%; Dân tộc thiểu số: 31 đồng chí, chiếm 30,1%); Ban Thường vụ Tỉnh '
     'ủy tổng số 23 đồng chí (Nữ: 7 đồng chí, chiếm 30,43%; dân tộc thiểu số: 13 đồng chí, chiếm 56,52%); '
     'các chức danh lãnh đạo, quản lý tổng số: 47 lượt cán bộ (Nữ: 19 lượt, chiếm 40,43%; Dân tộc thiểu '
     'số: 29 lượt, chiếm 61,7%).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác quy hoạch cán bộ',
     'Cấp huyện và tương đương: Nguồn quy hoạch Ban Chấp hành đảng bộ tổng số 861 đồng chí (Nữ: 226 đồng '
     'chí, chiếm 26,25%; Dân tộc thiểu số: 326 đồng chí, chiếm 37,86 %); Ban Thường vụ tổng số 245 đồng '
     'chí (Nữ: 63 đồng chí, chiếm 25,71%; dân tộc thiểu số: 92 đồng chí, chiếm 37,55%); Cán bộ lãnh đạo, '
     'quản lý 325 lượt (Nữ: 86 lượt, chiếm 26,46%; Dân tộc thiểu số: 127 lượt, chiếm 39,08%).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác quy hoạch cán bộ',
     'Tổng nguồn quy hoạch Ban Chấp hành các xã, phường, thị trấn có 1280 đồng chí (nữ 532 đồng chí, dân '
     'tộc thiểu số 554 đồng chí, dưới 35 tuổi 616 đồng chí), quy hoạch ban thường vụ cấp ủy có 511 đồng '
     'chí (nữ 191 đồng chí, dân tộc thiểu số 222 đồng chí, dưới 35 tuổi 188 đồng chí), nguồn quy hoạch '
     'các chức danh lãnh đạo chủ chốt cấp xã có 1466 lượt (nữ 543 lượt, dân tộc thiểu số 583 lượt, dưới '
     '35 tuổi 443 lượt).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác đào tạo, bồi dưỡng , chính sách cán bộ',
     'Ban Thường vụ Tỉnh uỷ thường xuyên quan tâm chỉ đạo công tác đào tạo, bồi dưỡng cán bộ; chú trọng '
     'đào tạo, bồi dưỡng cả về chuyên môn nghiệp vụ và lý luận chính trị góp phần từng bước chuẩn hóa, '
     'nâng cao chất lượng đội ngũ cán bộ, công chức đáp ứng yêu cầu nhiệm vụ trước mắt và lâu dài. Đã ban '
     'hành Kế hoạch số 13-KH/TU, ngày 08/8/2016 về “Triển khai thực hiện công tác quy hoạch, đào tạo, bồi '
     'dưỡng, điều động, luân chuyển, bố trí, sử dụng cán bộ lãnh đạo, quản lý là nữ, trẻ, người dân tộc '
     'thiểu số đến năm 2020”; chỉ đạo Ban Tổ chức Tỉnh ủy phối hợp với Sở Nội vụ đôn đốc, hướng dẫn cấp '
     'uỷ trực thuộc, các địa phương, cơ quan, đơn vị xây dựng kế hoạch đào tạo bồi dưỡng về mọi mặt cho '
     'cán bộ, công chức, chú trọng đào tạo đối với cán bộ trong diện quy hoạch, cán bộ nữ, trẻ, người dân '
     'tộc thiểu số. (Kết quả: Trong nhiệm kỳ 2015-2020 đã cử đi đào tạo, bồi dưỡng 9.935 lượt cán bộ, '
     'công chức, viên chức).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác đào tạo, bồi dưỡng , chính sách cán bộ',
     'Đã chỉ đạo cấp ủy các cấp thực hiện tốt công tác chính sách đối với các đồng chí cấp ủy viên không '
     'tái cử, quan tâm giải quyết chế độ cho các đối tượng đúng theo Nghị định số 26/2015/NĐ-CP, ngày '
     '09-3-2015 của Chính phủ và Hướng dẫn số 27-HD/BTCTW, ngày 20-12-2019 của Ban Tổ chức Trung ương. '
     '(Tính đến thời điểm hiện nay, đã thực hiện giải quyết chế độ, chính sách đối với 39 cán bộ không đủ '
     'tuổi tái cử. Trong đó: cấp tỉnh 08 trường hợp, cấp huyện 19 trường hợp và cấp xã 12 trường hợp).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác tuyển dụng, điều động, luân chuyển, bổ nhiệm cán bộ',
     'Đã cụ thể hóa các quy định, quy chế của Trung ương về công tác tổ chức-cán bộ, đảm bảo sát với tình '
     'hình thực tế của tỉnh để triển khai thực hiện (Đã ban hành: Quyết định số 950-QĐ/TU, ngày 11-4-2018 '
     '“ban hành Quy định về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ ứng cử”; Quyết định số '
     '760-QĐ/TU, ngày 23-11-2017 “ban hành Quy định về tiêu chuẩn chức danh và tiêu chí đánh giá cán bộ '
     'thuộc diện Ban Thường vụ Tỉnh ủy quản lý; Quyết định số 831-QĐ/TU, ngày 10-01-2018 “Quy định về '
     'luân chuyển cán bộ”).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác tuyển dụng, điều động, luân chuyển, bổ nhiệm cán bộ',
     'Ban Thường vụ Tỉnh ủy quán triệt và chỉ đạo thực hiện nghiêm túc Kết luận số 55-KL/TW, ngày '
     '15-8-2019 của Ban Bí thư “về tiếp tục chấn chỉnh công tác cán bộ để chuẩn bị tốt nhân sự đại hội '
     'đảng bộ các cấp và Đại hội XIII của Đảng”, Quy định số 205-QĐ/TW, ngày 23-9-2019 của Bộ Chính trị '
     '“về việc kiểm soát quyền lực trong công tác cán bộ và chống chạy chức, chạy quyền”, nhất là trong '
     'việc chuẩn bị công tác nhân sự đại hội Đảng các cấp nhiệm kỳ 2020-2025. Thực hiện nghiêm các Quy '
     'định 101-QĐ/TW của Ban Bí thư và Quy định số 55-QĐ/TW của Bộ Chính trị và hiện nay là Quy định số '
     '11-QĐi/TU, ngày 17/01/2019 của Ban Thường vụ Tỉnh uỷ quy định trách nhiệm nêu gương của cán bộ, '
     'đảng viên, trước hết là Uỷ viên Ban Thường vụ Tỉnh uỷ, Uỷ viên Ban Chấp hành Đảng bộ tỉnh; chú '
     'trọng công tác nêu gương, phát huy vai trò trách nhiệm của người đứng đầu trong việc chuẩn bị '
     'phương án nhân sự đại hội Đảng các cấp.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác tuyển dụng, điều động, luân chuyển, bổ nhiệm cán bộ',
     'Việc tuyển dụng cán bộ, công chức, viên chức khối Đảng, đoàn thể chính trị-xã hội hằng năm được '
     'thực hiện nghiêm túc, đúng quy định (trong đó, đồng chí Phó Bí thư Thường trực Tỉnh ủy làm Chủ tịch '
     'Hội đồng tuyển dụng). (Từ đầu nhiệm kỳ đến nay đã tuyển dụng: 93 công chức, viên chức vào công tác '
     'tại các cơ quan đảng, mặt trận và các đoàn thể cấp tỉnh, cấp huyện).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác tuyển dụng, điều động, luân chuyển, bổ nhiệm cán bộ',
     'Tất cả cán bộ, công chức, viên chức được, quy hoạch, đề bạt, bổ nhiệm, luân chuyển, điều động được '
     'xem xét, quyết định một cách dân chủ trên cơ sở phát huy đầy đủ trách nhiệm, quyền hạn của từng '
     'thành viên lãnh đạo, nhất là của người đứng đầu cơ quan, đơn vị; đảm bảo về tiêu chuẩn, điều kiện, '
     'nguyên tắc. Việc điều động, bổ nhiệm các chức danh, giới thiệu ứng cử đều chuẩn bị từ 02-03 phương '
     'án để Ban Thường vụ Tỉnh ủy lựa chọn và quyết định theo đa số (biểu quyết bằng phiếu kín).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác tuyển dụng, điều động, luân chuyển, bổ nhiệm cán bộ',
     '(Trong nhiệm kỳ, Ban Thường vụ Tỉnh uỷ đã thực hiện quy trình giới thiệu nhân sự đề nghị chỉ định '
     '11 Ủy viên Ban Chấp hành Đảng bộ tỉnh, bầu bổ sung 8 Ủy viên Ban Thường vụ Tỉnh ủy và 2 Phó Bí thư '
     'Tỉnh ủy; giới thiệu bầu bổ sung 1 Phó Bí thư, 1 Chủ tịch và 02 Phó Chủ tịch Ủy ban nhân dân tỉnh. '
     'Điều động, phân công 2 Ủy viên Ban Thường vụ Tỉnh ủy, 44 lượt Ủy viên Ban Chấp hành Đảng bộ tỉnh. '
     'Điều động, bổ nhiệm 158 lượt cán bộ giữ các chức danh thuộc diện Ban Thường vụ Tỉnh ủy quản lý; '
     'trong đó, cấp trưởng 47 đồng chí, cấp phó 111 đồng chí. Bổ nhiệm lại 78 đồng chí; trong đó: Cấp '
     'trưởng 20 đồng chí, cấp phó 58 đồng chí.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác tuyển dụng, điều động, luân chuyển, bổ nhiệm cán bộ',
     'Thực hiện việc bố trí bí thư cấp ủy cấp huyện không là người địa phương đối với 9/10 huyện, thành '
     'phố. Để đào tạo, chuẩn bị nguồn cán bộ lâu dài, Ban Thường vụ Tỉnh ủy thực hiện lựa chọn, luân '
     'chuyển cán bộ giữ chức vụ trưởng, phó phòng các cơ quan tham mưu tổng hợp cấp tỉnh về giữ các chức '
     'danh chủ chốt ở cấp huyện, thành phố (theo Kế hoạch số 61-KH/TU, ngày 13-6-2018 của Ban Thường vụ '
     'Tỉnh ủy về điều động, luân chuyển cán bộ). Đa số cán bộ luân chuyển có sự trưởng thành, nhiều đồng '
     'chí phát huy tốt vai trò, trách nhiệm ở cương vị công tác mới. Đội ngũ cán bộ lãnh đạo người dân '
     'tộc thiểu số, cán bộ trẻ, cán bộ nữ tăng về số lượng, nâng dần về chất lượng và hiệu quả công tác, '
     'đáp ứng ngày càng tốt hơn yêu cầu nhiệm vụ, khắc phục được tình trạng hẫng hụt ở nhiều ngành, địa '
     'phương (Hiện nay, tỷ lệ cán bộ lãnh đạo (thuộc diện Ban Thường vụ Tỉnh ủy quản lý) là người dân tộc '
     'thiểu số: Cấp tỉnh 37/191 (chiếm 19,37%), cấp huyện (trừ Công an, Quân sự, Bộ đội Biên phòng) '
     '39/127 (chiếm 30,7%). Cán bộ lãnh đạo là nữ cấp tỉnh 31/191 (chiếm 16,23%), cấp huyện 22/127 (chiếm '
     '17,32%).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Công tác tuyển dụng, điều động, luân chuyển, bổ nhiệm cán bộ',
     'Chỉ đạo thực hiện nghiêm việc sàng lọc, miễn nhiệm, thay thế, cho từ chức đối với cán bộ làm việc '
     'kém hiệu quả, không hoàn thành nhiệm vụ, yếu về năng lực, kém về phẩm chất đạo đức, tín nhiệm thấp '
     'mà không chờ đến hết nhiệm kỳ, hết tuổi công tác, nhất là cán bộ lãnh đạo, quản lý, người đứng đầu; '
     'trong đó, các địa phương, cơ quan, đơn vị đã giải quyết miễn nhiệm và cho từ chức 19 trường hợp (Đã '
     'miễn nhiệm 15 cán bộ, công chức do bị kỷ luật, vi phạm pháp luật; cho từ chức 04 cán bộ, công chức '
     'do hạn chế về năng lực, sức khỏe và uy tín thấp), không kéo dài thời hạn giữ chức vụ đối với 01 '
     'trường hợp (Giám đốc Sở Thông tin và Truyền thông ).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Thực hiện tinh giản biên chế, cơ cấu lại, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
     'Kịp thời ban hành Kế hoạch triển khai thực hiện Nghị quyết số 39-NQ/TW, ngày 17/4/2015 của Bộ Chính '
     'trị “về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức” (Kế hoạch số '
     '04-KH/TU, ngày 06/01/2016 của Ban Thường vụ Tỉnh ủy) và chỉ đạo các cấp ủy đảng tiến hành triển '
     'khai thực hiện đề án (hoặc kế hoạch) tinh giản biên chế đã được phê duyệt từng năm và cho cả giai '
     'đoạn 2015-2021 (Kết quả: Từ năm 2015 đến nay, đã thực hiện tinh giản {tg} trường hợp, trong đó '
     '{tg_nn} trường hợp thuộc khối hành chính nhà nước (gồm {tg_cc} công chức, {tg_vc} viên chức, '
     '{tg_xa} CBCC cấp xã, {tg_hoi} trường hợp thuộc tổ chức Hội, {tg_dn} trường hợp thuộc khối Doanh '
     'nghiệp Nhà nước) và {tg_dang} trường hợp thuộc khối Đảng, đoàn thể. Riêng năm 2020, thực hiện tinh '
     'giản {tg20} trường hợp, trong đó {tg20_nn} trường hợp thuộc khối hành chính nhà nước (gồm {tg20_cc} '
     'công chức, {tg20_vc} viên chức, {tg20_xa} CBCC cấp xã, {tg20_hoi} trường hợp thuộc tổ chức Hội) và '
     '{tg20_dang} trường hợp thuộc khối Đảng, đoàn thể).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác sắp xếp tổ chức bộ máy, công tác cán bộ. > Công tác cán bộ > Thực hiện tinh giản biên chế, cơ cấu lại, nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức',
     'Lãnh đạo, chỉ đạo thực hiện nâng cao hiệu lực, hiệu quả công tác quản lý biên chế, tuyển dụng, sử '
     'dụng, xây dựng đội ngũ cán bộ, công chức, viên chức đảm bảo đạt chuẩn về trình độ chuyên môn và '
     'trình độ lý luận chính trị đáp ứng yêu cầu nhiệm vụ. (Tổng biên chế được giao hiện nay là {bc} biên '
     'chế (gồm {bc_tw} biên chế Ban Tổ chức Trung ương giao và {bc_nn} biên chế điều chuyển từ khối Nhà '
     'nước sang). Biên chế thực tế có 980 người (kể cả hợp đồng lao động theo Nghị định số 68/2000/NĐ-CP '
     'của Chính phủ và 24 hợp đồng lao động làm công tác phục vụ, bảo vệ ở các cơ quan, đơn vị).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về công tác bảo vệ chính trị nội bộ',
     'Ngay từ đầu nhiệm kỳ 2015-2020, Ban Thường vụ Tỉnh ủy quan tâm chỉ đạo cấp uỷ trực thuộc, các cơ '
     'quan, đơn vị triển khai thực hiện nghiêm túc Quy định 57-QĐ/TW, ngày 03-5-2007 của Bộ Chính trị và '
     'Hướng dẫn 11-HD/BTCTW, ngày 24-10-2007 của Ban Tổ chức Trung ương (nay là Quy định số 126-QĐ/TW, '
     'ngày 28-02-2018 và Hướng dẫn số 19-HD/BTCTW, ngày 12-9-2019 của Ban Tổ chức Trung ương). Kịp thời '
     'giải quyết các đơn thư khiếu nại tố cáo của công dân liên quan đến công tác bảo vệ chính trị nội '
     'bộ; tập trung theo dõi, xem xét, giải quyết vấn đề chính trị hiện nay; trong đó đã thực hiện tốt '
     'công tác rà soát tiêu chuẩn chính trị hoặc thẩm tra, xác minh phục vụ công tác bổ sung quy hoạch '
     'cán bộ lãnh đạo, quản lý và bổ nhiệm cán bộ, đồng thời đưa ra khỏi quy hoạch những nhân sự không '
     'đảm bảo tiêu chuẩn theo quy định.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về công tác bảo vệ chính trị nội bộ',
     'Tập trung rà soát đối với những nhân sự dự kiến cơ cấu, tái cử và nhân sự nguồn quy hoạch cấp ủy, '
     'ban thường vụ cấp ủy nhiệm kỳ 2020-2025, trình cấp có thẩm quyền kết luận về tiêu chuẩn chính trị '
     'một cách chặt chẽ, đúng quy định. (Đã tiến hành rà soát tiêu chuẩn chính trị nhân sự Ban Chấp hành '
     'Đảng bộ tỉnh nhiệm kỳ 2015-2020 đối với 60 đồng chí; rà soát tiêu chuẩn chính trị 1.217 lượt cán bộ '
     'phục vụ bổ sung quy hoạch nhiệm kỳ 2015-2020 và xây dựng quy hoạch nhiệm kỳ 2020-2025 của các cấp '
     'ủy trực thuộc Tỉnh ủy và cán bộ lãnh đạo, quản lý các sở, ban, ngành tỉnh đề nghị; rà soát, thẩm '
     'định tiêu chuẩn chính trị 240 lượt cán bộ quy hoạch và bổ sung quy hoạch Ban Chấp hành Đảng bộ tỉnh '
     'nhiệm kỳ 2015-2020, 2020-2025 và cán bộ lãnh đạo quản lý diện Ban Thường vụ Tỉnh uỷ quản lý; trong '
     'đó 02 đồng chí quy hoạch Ban Chấp hành Trung ương, nhiệm kỳ 2021-2026).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về công tác bảo vệ chính trị nội bộ',
     'Chỉ đạo các địa phương, cơ quan, đơn vị thực hiện tốt Quy chế phối hợp trong việc thực hiện nhiệm '
     'vụ bảo vệ chính trị nội bộ giữa các cơ quan chức năng; thực hiện nghiêm túc các quy định, chỉ thị '
     'về bảo vệ bí mật của Đảng, Nhà nước, nhất là những bộ phận trọng yếu, cơ mật, bộ phận có quan hệ '
     'tiếp xúc với nước ngoài; quản lý cán bộ, đảng viên đi công tác, học tập ở nước ngoài và tiếp xúc '
     'với người nước ngoài ở trong nước.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác kiểm tra, giám sát',
     'Công tác kiểm tra, giám sát của Đảng tiếp tục được thực hiện thường xuyên, đúng quy trình, quy định '
     '(Trong nhiệm kỳ 2015-2020: Cấp ủy, ban thường cấp ủy, tổ chức đảng các cấp đã kiểm tra đối với '
     '2.019 lượt đảng viên và 1.361 lượt tổ chức đảng; giám sát 722 lượt đảng viên và 692 lượt tổ chức '
     'đảng. Trong đó, Ban Thường vụ Tỉnh ủy đã tiến hành 28 cuộc kiểm tra đối với 123 lượt tổ chức đảng '
     'và 31 lượt đảng viên; giám sát 24 cuộc đối với 101 lượt tổ chức đảng và 28 đảng viên).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác kiểm tra, giám sát',
     'Cấp ủy, ủy ban kiểm tra cấp ủy các cấp đã thực hiện có hiệu quả kế hoạch kiểm tra, giám sát hằng '
     'năm đối với tổ chức đảng và đảng viên. Đồng thời, lãnh đạo Mặt trận Tổ quốc và các đoàn thể chính '
     'trị-xã hội các cấp tiếp tục đổi mới nội dung, phương thức hoạt động, tham gia có hiệu quả việc góp '
     'ý xây dựng Đảng; phát huy vai trò của Nhân dân trong giám sát cán bộ, đảng viên ở địa bàn dân cư. '
     'Qua đó, giúp cấp uỷ, lãnh đạo các cơ quan, đơn vị kịp thời phát hiện, chấn chỉnh các vi phạm.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác kiểm tra, giám sát',
     'Trong đó, đã tập trung kiểm tra, giám sát việc thực hiện Nghị quyết Trung ương 4 khóa XII “về tăng '
     'cường xây dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối '
     'sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ”, gắn với học tập và làm theo tư '
     'tưởng, đạo đức, phong cách Hồ Chí Minh; về trách nhiệm và thẩm quyền của ủy ban kiểm tra trong công '
     'tác phòng, chống tham nhũng; chú trọng kiểm tra, giám sát việc thực hiện công tác quản lý đất đai, '
     'bồi thường, giải phóng mặt bằng các công trình, dự án, việc xử lý của các cơ quan nội chính đối với '
     'các vụ án, vụ việc nhạy cảm. Đồng thời, đã chú trọng công tác giám sát đối với cán bộ thuộc diện '
     'tái cử cấp ủy nhiệm kỳ 2020-2025, nhất là giám sát việc nêu gương.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Công tác kiểm tra, giám sát',
     'Qua kiểm tra, giám sát đã phát huy ưu điểm, khắc phục các khuyết điểm, ngăn ngừa sai phạm, đề xuất '
     'sửa đổi, bổ sung những vấn đề còn bất cập, xử lý kỷ luật nghiêm đối với tổ chức đảng và đảng viên '
     'vi phạm (Cấp ủy, ban thường vụ cấp ủy các cấp đã xem xét xử lý kỷ luật {kl_tc} tổ chức đảng '
     '({kl_tc.tang} so với nhiệm kỳ 2010-2015); cấp ủy, ban thường vụ cấp ủy, tổ chức đảng và ủy ban kiểm '
     'tra các cấp đã xem xét thi hành kỷ luật {kl_dv} đảng viên ({kl_dv.tang} so với nhiệm kỳ 2010-2015), '
     'góp phần giữ vững kỷ cương, kỷ luật trong Đảng.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng',
     'Đến tháng 06/2020, toàn Đảng bộ có {tccsd} tổ chức cơ sở đảng (TCCSĐ) {tccsd.kytruoc} và {chi_bo} '
     'chi bộ trực thuộc đảng uỷ cơ sở, {chi_bo.kytruoc} so với đầu nhiệm kỳ (Do các địa phương tiến hành '
     'chia tách, sáp nhập theo tinh thần Nghị quyết 18, 19 của Trung ương ).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng',
     'Ban Thường vụ Tỉnh ủy đã ban hành các văn bản chỉ đạo tập trung đổi mới nội dung, hình thức hoạt '
     'động của tổ chức đảng (Nghị quyết số 03-NQ/TU, ngày 08-8-2016 “về nâng cao chất lượng hoạt động của '
     'TCCSĐ và TCĐ trực thuộc đảng ủy cơ sở”, Quy định số 10-QĐi/TU, ngày 17-12-2018 về “khung tiêu chí '
     'đánh giá chất lượng sinh hoạt chi bộ và trách nhiệm của cấp ủy, cơ quan tham mưu, giúp việc của cấp '
     'ủy về nâng cao chất lượng sinh hoạt chi bộ”). Chỉ đạo Ban thường vụ các cấp ủy trực thuộc tiếp tục '
     'quán triệt và cụ thể hóa Nghị quyết của Trung ương, của Tỉnh ủy, thực hiện nghiêm túc Quy định của '
     'Ban Bí thư về chức năng, nhiệm vụ của tổ chức cơ sở đảng theo các loại hình để lãnh đạo, chỉ đạo, '
     'tổ chức thực hiện tốt nhiệm vụ chính trị gắn với công tác xây dựng Đảng. Rà soát, kiện toàn mô hình '
     'TCCSĐ theo quy định của Trung ương và phù hợp với tình hình thực tiễn của địa phương theo hướng '
     'tinh gọn, hoạt động hiệu quả hơn. (Đến nay toàn Đảng bộ tỉnh đã nâng 21 chi bộ thành đảng bộ; thành '
     'lập mới 08 đảng bộ và 47 chi bộ cơ sở; giải thể 65 TCCSĐ và sáp nhật 141 tổ chức đảng).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng',
     'Các cấp ủy, chi bộ thường xuyên rà soát, bổ sung hoàn thiện quy chế làm việc và điều hành hoạt động '
     'của cấp uỷ, chi bộ theo đúng quy chế. Kịp thời củng cố, kiện toàn cấp uỷ có số lượng và cơ cấu hợp '
     'lý, phù hợp với chức năng, nhiệm vụ, đặc điểm từng loại hình đảng bộ, chi bộ và thực tiễn của từng '
     'địa phương, đơn vị. Thực hiện giới thiệu các đồng chí đảng viên (chi ủy viên) làm thôn trưởng; '
     'khuyến khích việc giới thiệu đồng chí bí thư chi bộ làm thôn trưởng đã đạt được nhiều kết quả tích '
     'cực. Đến cuối nhiệm kỳ 2015-2020: có 756/756 thôn, tổ dân phố có tổ chức đảng (đạt 100%); tỷ lệ '
     'thôn trưởng, tổ trưởng tổ dân phố là đảng viên đạt 71.69% vượt chỉ tiêu Nghị quyết 03 Tỉnh ủy đề ra '
     'và tăng 36,62% so với đầu nhiệm kỳ.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng',
     'Xây dựng đội ngũ cấp ủy viên, bí thư tổ chức đảng, tổ chức cơ sở đảng có phẩm chất, trình độ, năng '
     'lực, phương pháp, phong cách làm việc khoa học, hiệu quả, đáp ứng yêu cầu nhiệm vụ trong tình hình '
     'mới. Ở một số địa phương đã triển khai thực hiện thí điểm việc tổ chức luân phiên các đồng chí bí '
     'thư cấp uỷ, chi bộ trúng cử lần đầu “học việc” có thời hạn ở đảng ủy cơ sở và ban tổ chức huyện ủy, '
     'thành ủy, đảng ủy trực thuộc Tỉnh ủy như Huyện ủy Sa Thầy. Duy trì có hiệu quả hội thi bí thư chi '
     'bộ giỏi. Khắc phục cơ bản tình trạng bao biện làm thay hoặc buông lỏng vai trò lãnh đạo của cấp ủy, '
     'của bí thư tổ chức đảng, tổ chức cơ sở đảng.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng',
     'Chỉ đạo việc duy trì nền nếp sinh hoạt định kỳ, nội dung và các bước tiến hành sinh hoạt theo đúng '
     'quy định, hướng dẫn của Trung ương, của Ban Thường vụ Tỉnh ủy. Đồng thời, tổ chức sinh hoạt chuyên '
     'đề theo đúng quy định, nội dung gắn với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị. Thực hiện '
     'các giải pháp nâng cao chất lượng sinh hoạt của cấp ủy, chi bộ gắn với tự phê bình và phê bình theo '
     'tinh thần Nghị quyết Trung ương 4 khóa XI, XII và Chỉ thị số 05-CT/TW, ngày 15-5-2016 của Bộ Chính '
     'trị "về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ngăn chặn biểu '
     'hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa" trong nội '
     'bộ, củng cố mối đoàn kết thống nhất trong Đảng bộ, chi bộ, góp phần nâng cao năng lực lãnh đạo, sức '
     'chiến đấu của tổ chức đảng ở cơ sở và chất lượng đội ngũ đảng viên.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng',
     'Công tác đánh giá, xếp loại tổ chức đảng và đảng viên hằng năm được các cấp ủy quán triệt và triển '
     'khai thực hiện nghiêm túc, đúng quy trình, cơ bản phản ánh đúng kết quả lãnh đạo thực hiện nhiệm vụ '
     'chính trị và xây dựng Đảng của các đảng bộ, chi bộ. Chỉ đạo các cấp ủy, tổ chức đảng trực thuộc và '
     'các cơ quan, đơn vị tổ chức quán triệt các quy định của Trung ương, của tỉnh về trách nhiệm nêu '
     'gương của cán bộ, đảng viên; đưa nội dung nêu gương vào phiếu chấm điểm và bản kiểm điểm đánh giá, '
     'phân loại chất lượng tổ chức đảng, cán bộ, đảng viên hằng năm; thực hiện nghiêm việc lấy ý kiến '
     'tham gia của các đoàn thể chính trị-xã hội, ý kiến nơi cư trú đối với đảng viên; từng đảng viên xây '
     'dựng bản tự kiểm điểm, trong đó liên hệ với 27 biểu hiện suy thoái tư tưởng chính trị, đạo đức, lối '
     'sống và “tự diễn biến”, “tự chuyển hóa” được xác định tại NQTW 4 để đánh giá và nghiêm túc kiểm '
     'điểm tự phê bình và phê bình theo quy định. Qua kiểm điểm, đánh giá hằng năm chưa phát hiện cán bộ, '
     'đảng viên có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng',
     'Hằng năm tỉ lệ Đảng bộ cấp huyện[^dang_bo_huyen] được xếp loại từ HTTNV trở lên đạt 85,71 % trong '
     'đó HTXSNV 14,29%; Đối với TCCSĐ[^tccsd]: được xếp loại từ HTTNV trở lên đạt 92,35% trong đó HTXSNV '
     '18,59%; Đối với đảng viên[^dang_vien]: được xếp loại từ HTTNV trở lên đạt 90,55% trong đó HTXSNV '
     '13,37%.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Công tác đảng viên',
     'Tập trung thực hiện đồng bộ nhiều giải pháp để nâng cao hiệu quả công tác rèn luyện, quản lý, phân '
     'công nhiệm vụ cho đảng viên. Phát huy tốt vai trò của đội ngũ cán bộ, đảng viên ở cơ sở trong thực '
     'hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nghị quyết của các cấp ủy Đảng gắn '
     'với thực hiện có hiệu quả công tác rà soát, đưa những đảng viên không còn đủ tư cách ra khỏi Đảng, '
     'góp phần nâng cao chất lượng đội ngũ đảng viên, làm trong sạch nội bộ Đảng, củng cố niềm tin của '
     'Nhân dân.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Công tác đảng viên',
     'Thực hiện tốt việc giới thiệu đảng viên đang công tác giữ mối liên hệ chi ủy, đảng ủy cơ sở và '
     'gương mẫu thực hiện nghĩa vụ công dân nơi cư trú theo đúng Quy định số 76-QĐ/TW, ngày 15-6-2000 của '
     'Bộ Chính trị (Nay là Quy định số 213-QĐ/TW, ngày 02-01-2020). Đảng viên được giới thiệu đã phát huy '
     'vai trò gương mẫu, đóng góp, tham gia xây dựng tổ chức đảng, chính quyền, đoàn thể và thực hiện '
     'nghĩa vụ công dân nơi cư trú, được cấp ủy, chi bộ nơi cư trú đánh giá cao.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Công tác đảng viên',
     'Các chi bộ thôn, tổ dân phố đã rà soát, phân công {phu_trach_ho}/{dv_thon} đảng viên phụ trách hộ, '
     'nhóm hộ, đạt {phu_trach_ho.tyle}. Phần lớn đảng viên được phân công phụ trách hộ, nhóm hộ đã phát '
     'huy tốt vai trò, trách nhiệm, giúp nhiều hộ gia đình thoát nghèo bền vững, góp phần thúc đẩy phát '
     'triển kinh tế-xã hội của địa phương.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Công tác đảng viên',
     'Công tác tạo nguồn, phát triển đảng viên được chú trọng. Từ đầu nhiệm kỳ 2015-2020 đến tháng '
     '06/2020, toàn Đảng bộ tỉnh đã kết nạp được {ket_nap} đảng viên, {ket_nap.chitieu} chỉ tiêu Nghị '
     'quyết Đại hội XV Đảng bộ tỉnh đề ra; nâng tổng số đảng viên của Đảng bộ lên 28.946 đảng viên, tăng '
     '18,79 % so với tổng số đảng viên của Đảng bộ đầu nhiệm kỳ; trong đó, số đảng viên là thanh niên '
     'tăng 17,96%; số đảng viên là dân tộc thiểu số tăng 17,01%; số đảng viên trong các tôn giáo tăng '
     '29,03%. Công tác kết nạp đảng viên mới được thực hiện đúng nguyên tắc, quy trình quy định, các đảng '
     'viên mới đã tích cực tu dưỡng, rèn luyện phẩm chất, đạo đức, nhiệt tình trong công tác.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > KẾT QUẢ THỰC HIỆN > Về nâng cao năng lực lãnh đạo, sức chiến đấu của các tổ chức cơ sở đảng và chất lượng đội ngũ đảng viên > Công tác đảng viên',
     'Thực hiện nghiêm túc, đúng quy định của Trung ương về sàng lọc đảng viên; từ đầu nhiệm kỳ đến nay, '
     'toàn Đảng bộ tỉnh có {dua_ra.tong} đảng viên đưa ra khỏi Đảng (chiếm 0,07% đảng viên toàn đảng bộ) '
     '(Trong đó, năm 2015: {dua_ra.2015} đảng viên, năm 2016: {dua_ra.2016} đảng viên; năm 2017: '
     '{dua_ra.2017} đảng viên; năm 2018: {dua_ra.2018} đảng viên; từ đầu năm 2019 đến nay {dua_ra.2019} '
     'đảng viên. Nguyên nhân: bỏ sinh hoạt đảng {bo_sh} (chiếm {bo_sh.tyle}), vi phạm pháp luật {vppl} '
     '(chiếm {vppl.tyle}), vi phạm kỷ luật Đảng {vpkl} (chiếm {vpkl.tyle}), thiếu gương mẫu {thieu_gm} '
     '(chiếm {thieu_gm.tyle})).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Về hạn chế, khuyết điểm',
     '- Việc nắm bắt dư luận xã hội, tư tưởng, tâm trạng trong cán bộ, đảng viên và Nhân dân có lúc chưa '
     'sâu sát, kịp thời.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Về hạn chế, khuyết điểm',
     '- Công tác tuyên truyền, quán triệt, triển khai thực hiện NQTW4 khóa XII, các quy định của Đảng ở '
     'một số cấp ủy, nhất là cấp cơ sở hiệu quả chưa cao. Công tác giáo dục lý luận chính trị, chủ nghĩa '
     'Mác-Lênin, tư tưởng Hồ Chí Minh có lúc, có nơi chưa thường xuyên.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Về hạn chế, khuyết điểm',
     '- Hoạt động của TCCSĐ trong doanh nghiệp ngoài Nhà nước còn lúng túng, chưa thể hiện rõ vai trò hạt '
     'nhân chính trị trong lãnh đạo thực hiện nhiệm vụ của đơn vị. Năng lực lãnh đạo và sức chiến đấu của '
     'một số chi bộ trực thuộc đảng ủy xã, phường, thị trấn còn hạn chế; vai trò lãnh đạo của chi uỷ, bí '
     'thư chi bộ ở một số nơi chưa được phát huy.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Về hạn chế, khuyết điểm',
     '- Công tác phát triển đảng viên trong các doanh nghiệp tư nhân còn hạn chế; đảng viên là thôn '
     'trưởng, tổ trưởng tổ dân phố ở một số nơi đạt tỷ lệ chưa cao (Dẫn chứng minh họa: Nhiệm kỳ '
     '2015-2020 chỉ kết nạp được 03 đảng viên là chủ doanh nghiệp tư nhân vào Đảng).'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Về hạn chế, khuyết điểm',
     '- Công tác kiểm tra ở một số tổ chức đảng thiếu trọng tâm, trọng điểm; việc tự kiểm tra, phát hiện '
     'và xử lý vi phạm có trường hợp chưa nghiêm; công tác giám sát ở một số cấp ủy có lúc, có nơi chưa '
     'thực chất, hiệu quả cảnh báo, phòng ngừa vi phạm còn hạn chế.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Về hạn chế, khuyết điểm',
     '- Kiểm điểm tự phê bình và phê bình ở một số tổ chức đảng, cơ quan, đơn vị và cán bộ, đảng viên '
     'chất lượng chưa cao, vẫn còn tâm lý nể nang, ngại va chạm. Vai trò nêu gương của một số cán bộ, '
     'đảng viên, nhất là cán bộ chủ chốt ở một số địa phương, cơ quan, đơn vị chưa rõ nét, còn có cán bộ, '
     'đảng viên vi phạm kỷ luật, kỷ cương, quy định của pháp luật.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '- Nguyên nhân khách quan: Các thế lực thù địch, phản động luôn lợi dụng vấn đề dân tộc, tôn giáo, '
     '“dân chủ”, “nhân quyền”, triệt để sử dụng Internet và mạng xã hội nhằm tuyên truyền, xuyên tạc các '
     'chủ trương của Đảng, chính sách, pháp luật của Nhà nước để chia rẽ khối đại đoàn kết các dân tộc.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '- Nguyên nhân chủ quan:'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '+ Vai trò lãnh đạo, chỉ đạo, điều hành, kiểm tra, giám sát của người đứng đầu các cấp có nơi, có '
     'lúc chưa sâu sát, chưa kiên quyết, kịp thời.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '+ Ý thức trách nhiệm thực thi công vụ; vai trò tham mưu, đề xuất của người đứng đầu và cán bộ, công '
     'chức ở một số cơ quan, đơn vị, địa phương chưa cao, nhất là sự trì trệ, thiếu tinh thần trách nhiệm '
     'của một bộ phận cán bộ, công chức nhưng vẫn chưa có biện pháp khắc phục hiệu quả; một vài nơi vẫn '
     'còn tình trạng không sát công việc, chất lượng tham mưu, đề xuất thấp, chưa kịp thời; sự phối hợp '
     'giữa các cơ quan, đơn vị trong thực hiện nhiệm vụ có lúc, có việc chưa tốt.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '+ Công tác kiểm tra, đôn đốc, xử lý các sai phạm có lúc chưa thường xuyên, kịp thời. Công tác tự '
     'kiểm tra, công tác giám sát việc tu dưỡng, rèn luyện và thực hiện nhiệm vụ của đảng viên chưa được '
     'chú trọng đúng mức.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '+ Công tác giáo dục chính trị tư tưởng cho đội ngũ công nhân, người lao động trong các doanh nghiệp '
     'còn hạn chế; một số tổ chức đảng ở cơ sở chưa chú trọng công tác tạo nguồn phát triển đảng viên ở '
     'khu dân cư.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '+ Một bộ phận đảng viên, cán bộ, công chức, viên chức có lúc, có nơi còn bộc lộ tư tưởng chủ quan, '
     'thiếu cảnh giác trước âm mưu, thủ đoạn hoạt động chống phá của các thế lực thù địch.'),
    ('ĐÁNH GIÁ TÌNH HÌNH VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ GIAI ĐOẠN 2015-2020, GẮN VỚI VIỆC ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII > HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN > Nguyên nhân',
     '+ Công tác lãnh đạo, chỉ đạo tuyên truyền, quán triệt, triển khai thực hiện Nghị quyết, các Quy '
     'định của một số cấp ủy, tổ chức đảng, cơ quan, đơn vị chưa quyết liệt, đồng bộ. Công tác nắm bắt, '
     'nhận diện và tổ chức đấu tranh, phản bác các luận điệu xuyên tạc, phản động của các thế lực thù '
     'địch ở các cơ quan báo chí tỉnh chưa thường xuyên, số lượng viết tin, bài phản bác còn ít, chưa sắc '
     'bén.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > MỤC TIÊU > Mục tiêu tổng quát',
     'Tiếp tục xây dựng Đảng bộ, hệ thống chính trị trong sạch vững mạnh; nâng cao năng lực lãnh đạo, sức '
     'chiến đấu của Đảng bộ và hiệu lực, hiệu quả quản lý, điều hành của chính quyền; tăng cường đổi mới '
     'nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội;… Đưa tỉnh '
     'Kon Tum phát triển nhanh và bền vững.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > MỤC TIÊU > Các chỉ tiêu chủ yếu',
     '- Đến năm 2025, kết nạp trên 5.000 đảng viên mới.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > MỤC TIÊU > Các chỉ tiêu chủ yếu',
     '- Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 75%.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > MỤC TIÊU > Các chỉ tiêu chủ yếu',
     '- Trên 76% quần chúng được tập hợp vào các đoàn thể chính trị-xã hội.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
     '1. Tiếp tục đổi mới hình thức và nâng cao chất lượng công tác quán triệt, triển khai các nghị '
     'quyết, chỉ thị của Đảng. Xây dựng đội ngũ báo cáo viên, tuyên truyền viên các cấp có bản lĩnh, '
     'trình độ, có lý luận sắc bén, kỹ năng tham mưu xử lý khủng hoảng truyền thông, khả năng tuyên '
     'truyền, đấu tranh phản bác các quan điểm sai trái, thù địch, nhất là trên mạng xã hội.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
     '2. Tập trung triển khai thực hiện có hiệu quả NQTW 4 khóa XII, gắn với học tập, làm theo tư tưởng, '
     'đạo đức, phong cách Hồ Chí Minh và các quy định của Đảng về nêu gương; đề cao trách nhiệm nêu gương '
     'của người đứng đầu, cán bộ, đảng viên trong triển khai thực hiện nhiệm vụ của địa phương, đơn vị.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
     '3. Tiếp tục triển khai thực hiện đồng bộ, có hiệu quả các chủ trương, nghị quyết của Trung ương về '
     'sắp xếp tổ chức bộ máy gắn với tinh giản biên chế. Xây dựng đội ngũ cán bộ, công chức, viên chức có '
     'phẩm chất đạo đức, năng lực, trách nhiệm, tâm huyết với nhiệm vụ được giao. Triển khai thực hiện '
     'tốt công tác nhận xét, đánh giá cán bộ và công tác quy hoạch, luân chuyển cán bộ hằng năm; quan tâm '
     'công tác đào tạo, bồi dưỡng cán bộ, công chức, nhất là đối với cấp cơ sở.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
     '4. Thực hiện nghiêm túc, đúng thực chất việc tự phê bình và phê bình hằng năm. Tiếp tục đổi mới nội '
     'dung và nâng cao chất lượng sinh hoạt cấp uỷ, chi bộ. Thực hiện tốt công tác phát triển đảng viên '
     'gắn với rà soát, sàng lọc đảng viên, kiên quyết đưa những người không còn đủ tư cách đảng viên ra '
     'khỏi Đảng. Đẩy mạnh phát triển đảng viên trong đội ngũ thôn trưởng, tổ trưởng tổ dân phố và chủ '
     'trương bố trí bí thư chi bộ kiêm thôn trưởng, phấn đấu đến năm 2025, trên 90% thôn trưởng, tổ '
     'trưởng tổ dân phố là đảng viên, 70% bí thư chi bộ kiêm thôn trưởng, tổ trưởng tổ dân phố.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
     '5. Triển khai thực hiện tốt công tác kiểm tra, giám sát; trong đó, đẩy mạnh công tác tự kiểm tra '
     'của tổ chức đảng, tăng cường kiểm tra tổ chức đảng, đảng viên khi có dấu hiệu vi phạm và trách '
     'nhiệm của cấp ủy, người đứng đầu cấp ủy các cơ quan có chức năng tư pháp, quản lý, bảo vệ rừng, '
     'phòng, chống tham nhũng trong thực hiện nhiệm vụ. Tiếp tục rà soát, lồng ghép các chương trình '
     'thanh tra, kiểm tra, giám sát, tránh chồng chéo, trùng lắp.'),
    ('MỤC TIÊU NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU > NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU',
     '6. Tiếp tục tuyên truyền, quán triệt và triển khai thực hiện có hiệu quả NQTW4 khóa XII, Chỉ thị số '
     '05-CT/TW, các chỉ thị, nghị quyết của Trung ương, của Tỉnh ủy để mỗi cán bộ, đảng viên thấm nhuần '
     'những tư tưởng chỉ đạo, nội dung về công tác xây dựng, chỉnh đốn Đảng, trách nhiệm nêu gương của '
     'cán bộ, đảng viên, nhất là cán bộ chủ chốt các cấp.'),
]
NOTES_3 = [
    ('dang_bo_huyen', 'Đảng bộ cấp huyện: Năm 2018: HTXSVN: 03; HTTNV: 08; HTNV: 03; Năm 2019: HTXSVN: 01; HTTNV: 12; '
                     'HTNV: 0; KHTNV: 01'),
    ('tccsd', 'Đối với TCCSĐ: năm 2015: TSVM: 57,29% (TSVMTB: 22,87%), HTTNV: 36,37%, HTNV: 5,89%, Yếu kém: 0,44%; '
             'năm 2016: TSVM 56,35% (TSVMTB 21,5%), HTTNV 35,91%, HTNV 7,15%, yếu kém 0,58%; năm 2017: TSVM '
             '54,18% (TSVMTB 22,34%), HTTNV 35,59%, HTNV 9,08%, yếu kém 1,15%; năm 2018: HTXSNV 25,61%/tổng số '
             'HTTNV, HTTNV 72,25%, HTNV 8,37%, Không HTNV 0,88%; năm 2019: HTXSNV 18,59%/tổng số HTTNV, HTTNV '
             '73,76%, HTNV 7,2%, Không HTNV 0,45%.'),
    ('dang_vien', 'Đối với đảng viên: năm 2015: HTXSNV 11,66%, HTTNV 75,60%, HTNV 12,16%, Không HTNV 0,59%; năm 2016: '
                 'HTXSNV 11,08%, HTTNV 76,75%, HTNV 11,32%, Không HTNV 0,85%; năm 2017: HTXSNV 10,81%, HTTNV 76,97%, '
                 'HTNV 11,26, Không HTNV 0,95%; năm 2018: HTXSNV 11,76%, HTTNV 79,54%, HTNV 7,87, Không HTNV 0,83%; '
                 'năm 2019: HTXSNV 13,37%/tổng số HTTNV, HTTNV 77,18%, HTNV 8,59, Không HTNV 0,86%.'),
]
OPENING_3 = ''
TITLE_3 = 'XÂY DỰNG ĐẢNG, HỆ THỐNG CHÍNH TRỊ, GẮN VỚI VIỆC ĐÁNH GIÁ VIỆC THỰC HIỆN NGHỊ QUYẾT TRUNG ƯƠNG 4 KHÓA XII'
AUTHOR_3 = ['Huỳnh Tấn Phục', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Tổ chức Tỉnh ủy']


# ---- paper 4: VỀ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI ----
NARRATIVE_4 = [
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI.',
     'Trong nhiệm kỳ qua, Tỉnh uỷ, Ban Thường vụ Tỉnh uỷ đã quan tâm lãnh đạo, chỉ đạo hoạt động của Mặt '
     'trận Tổ quốc Việt Nam, các tổ chức CT-XH:'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     'Trong giai đoạn 2015-2020, Ban Thường vụ Tỉnh ủy đã ban hành 11 văn bản lãnh đạo:'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Công văn số 719-CV/TU, ngày 9-6-2015 của Ban Thường vụ Tỉnh ủy về thực hiện Thông báo 196-TB/TW '
     'của ban Bí thư Trung ương Đảng về Đề án “tăng cường sự lãnh đạo của Đảng đối với công tác bình đẳng '
     'giới và vì sự tiến bộ của phụ nữ trong tình hình mới”.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Công văn số 723-CV/TU, ngày 15-6-2015 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Chỉ thị '
     '42-CT/TW của ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của Đảng đối với công tác giáo '
     'dục lý tưởng cách mạng, đạo đức lối sống văn hóa cho thế hệ trẻ giai đoạn 2015-2030.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Công văn số 128-CV/TU, ngày 9-5-2016 của Ban Thường vụ Tỉnh ủy về triển khai thực hiện Chỉ thị '
     '52-CT/TW của ban Bí thư Trung ương Đảng về tăng cường sự lãnh đạo của Đảng đối với công tác nâng '
     'cao đời sống văn hóa tinh thần cho công nhân lao động khu công nghiệp, khu chế xuất.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Công văn số 555-CV/TU, ngày 03-7-2018 của Ban Thường vụ Tỉnh ủy về việc tiếp tục thực hiện phong '
     'trào “toàn dân bảo vệ an ninh tổ quốc” và Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, '
     'đô thị văn minh"'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Kết luận số 944-KL/TU, ngày 08-10-2018 của Ban Thường vụ Tỉnh ủy sơ kết việc thực hiện mô hình tự '
     'quản ở cộng đồng dân cư thôn (làng), tổ dân phố.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Kế hoạch số 35-KH/TU, ngày 15-5-2017 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 04-CT/TW, '
     'ngày 06 -7-2011 của Ban Bí thư Trung ương về tiếp tục đổi mới và nâng cao hiệu quả công tác đối '
     'ngoại nhân dân trong tình hình mới.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Kế hoạch số 60-KH/TU, ngày 08-6-2018 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 21-CT/TW, '
     'ngày 20-01-2018 của Ban Bí thư Trung ương Đảng về “tiếp tục đẩy mạnh công tác phụ nữ trong tình '
     'hình mới”.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Kế hoạch số 81-KH/TU, ngày 28-01-2019 thực hiện trưởng Ban dân vận huyện ủy, thành ủy đồng thời '
     'là chủ tịch ủy ban Mặt trận Tổ quốc Việt Nam huyện, thành phố.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Quyết định số 660-KH/TU, ngày 10-7-2017 về việc thành lập BCĐ, Kế hoạch số 01-KH/BCĐ, ngày '
     '15-11-2017 về thực hiện Kết luận số 61-KL/TW của Ban Bí thư Trung ương Đảng (khóa X) về Đề án “Nâng '
     'cao vai trò, trách nhiệm của Hội Nông dân Việt Nam trong phát triển nông nghiệp, xây dựng nông thôn '
     'mới và xây dựng giai cấp nông dân Việt Nam giai đoạn 2010-2020” tỉnh.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Quyết định số 604-QĐ/TU, ngày 03-5-2017 kiểm tra việc lãnh đạo, chỉ đạo thực hiện Chương trình số '
     '35-CTr/TU, ngày 27-8-2007 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 11-NQ/TW của Bộ Chính '
     'trị về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hoá, hiện đại hoá đất nước.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '- Quyết định số 883-QĐ/TU, ngày 12-02-2018 kiểm tra việc lãnh đạo, chỉ đạo và tổ chức thực hiện '
     'Chương trình số 50-CTr/TU, ngày 24-4-2008 của Tỉnh ủy thực hiện Nghị quyết số 20-NQ/TW, ngày '
     '28-01-2008 của Ban Chấp hành Trung ương về “tiếp tục xây dựng giai cấp công nhân Việt Nam thời kỳ '
     'đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước”.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '2. Trong nhiệm kỳ Tỉnh ủy đã chỉ đạo, định hướng nội dung văn kiện, nhân sự và quy trình Đại hội '
     'Hội Liên hiệp phụ nữ tỉnh lần thứ XIII, XIV nhiệm kỳ 2016-2021 và nhiệm kỳ 2021-2026; Đại hội Đoàn '
     'TNCS Hồ Chí Minh tỉnh lần thứ XIV, Đại hội Hội Cựu chiến binh tỉnh lần thứ VI, nhiệm kỳ 2017-2022; '
     'Đại hội Công đoàn tỉnh lần thứ X; Đại hội Hội Nông dân tỉnh lần thứ VIII, nhiệm kỳ 2018-2023; Đại '
     'hội Mặt trận Tổ quốc Việt Nam tỉnh lần thứ X, Đại hội Hội LHTN Việt Nam tỉnh lần thứ VII, nhiệm kỳ '
     '2019-2024. Ngoài ra, Thường trực Tỉnh ủy làm việc với Đảng đoàn Mặt trận Tổ quốc Việt Nam, đảng '
     'đoàn các tổ chức CT-XH tỉnh, Ban Thường vụ Tỉnh đoàn[^dang_doan] để chỉ đạo, định hướng hoạt động '
     'nhằm phát huy vai trò lãnh đạo của các đảng đoàn trong công tác xây dựng tổ chức Mặt trận và các '
     'đoàn thể.'),
    ('CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG ĐỐI VỚI MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI. > Ban hành các văn bản:',
     '3. Hàng năm, Thường trực Tỉnh ủy cho ý kiến và phê duyệt chương trình công tác hàng năm của Mặt '
     'trận Tổ quốc và các tổ chức chính trị-xã hội; chủ trì giao ban khối Mặt trận, đoàn thể hàng quý '
     'nhằm đánh giá và chỉ đạo kịp thời, sát các hoạt động của khối; chỉ đạo chính quyền các cấp tạo điều '
     'kiện về kinh phí, cơ sở vật chất để Mặt trận Tổ quốc và các tổ chức CT-XH hoạt động, tổ chức các '
     'phong trào thi đua yêu nước; tạo điều kiện để Mặt trận và các tổ chức CT-XH thực hiện tốt công tác '
     'giám sát và phản biện xã hội theo đúng chức trách nhiệm vụ.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về nhận thức về vai trò, trách nhiệm của Đảng, chính quyền đối với Mặt trận Tổ quốc và các tổ chức chính trị-xã hội.',
     '- Cấp uỷ các cấp đã quan tâm lãnh đạo xây dựng tổ chức bộ máy, xác định rõ vai trò, chức năng, '
     'nhiệm vụ của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội trong hệ thống chính trị; cử cán bộ '
     'cấp uỷ đảng tham gia Ủy ban Mặt trận với trách nhiệm vừa là thành viên, vừa lãnh đạo Mặt trận.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về nhận thức về vai trò, trách nhiệm của Đảng, chính quyền đối với Mặt trận Tổ quốc và các tổ chức chính trị-xã hội.',
     '- Thường trực cấp ủy cho ý kiến và phê duyệt chương trình công tác hàng năm của Mặt trận Tổ quốc và '
     'các tổ chức chính trị-xã hội; chủ trì giao ban khối Mặt trận, đoàn thể hàng quý nhằm đánh giá và '
     'chỉ đạo kịp thời, sát các hoạt động của khối; chỉ đạo, định hướng nội dung, nhân sự và quy trình '
     'Đại hội Mặt trận Tổ quốc và các tổ chức chính trị-xã hội theo đúng hướng dẫn của cấp trên.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về nhận thức về vai trò, trách nhiệm của Đảng, chính quyền đối với Mặt trận Tổ quốc và các tổ chức chính trị-xã hội.',
     '- Phân công cấp uỷ viên trực tiếp làm cán bộ chủ chốt của Mặt trận Tổ quốc Việt Nam, các tổ chức '
     'chính trị-xã hội.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về nhận thức về vai trò, trách nhiệm của Đảng, chính quyền đối với Mặt trận Tổ quốc và các tổ chức chính trị-xã hội.',
     '- Chính quyền các cấp tạo điều kiện về kinh phí, cơ sở vật chất để Mặt trận Tổ quốc và các tổ chức '
     'chính trị-xã hội hoạt động, tổ chức các phong trào thi đua yêu nước; tạo điều kiện để Mặt trận và '
     'các tổ chức chính trị-xã hội thực hiện tốt công tác giám sát và phản biện xã hội theo đúng chức '
     'trách nhiệm vụ.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về nhận thức về vai trò, trách nhiệm của Đảng, chính quyền đối với Mặt trận Tổ quốc và các tổ chức chính trị-xã hội.',
     '- Cấp ủy, chính quyền đã chú trọng công tác kiểm tra, giám sát, đôn đốc việc tổ chức thực hiện các '
     'chỉ thị, nghị quyết của đảng về hoạt động của Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị-xã '
     'hội.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về triển khai các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội.',
     'Trong nhiệm kỳ qua, Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội đã triển khai, thực '
     'hiện nhiều cuộc vận động, phong trào thi đua yêu nước theo hướng cụ thể, thiết thực, lồng ghép, gắn '
     'kết với việc thực hiện một số tiêu chí về xây dựng nông thôn mới và chăm lo bảo vệ lợi ích hợp '
     'pháp, chính đáng của đoàn viên, hội viên, nhân dân. Thông qua các cuộc vận động, các phong trào thi '
     'đua yêu nước đã tạo sức lan tỏa sâu rộng, thu hút, tập hợp, tuyên truyền, giáo dục đoàn viên, hội '
     'viên và nhân dân thực hiện tốt các chủ trương của Đảng, pháp luật của Nhà nước, góp phần cùng các '
     'cấp các ngành hoàn thành thắng lợi các chỉ tiêu về kinh tế-xã hội mà Nghị quyết Đại hội XV Đảng bộ '
     'tỉnh đã đề ra[^ntm]. Tiêu biểu:'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về triển khai các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội.',
     '- Phong trào “Thanh niên tình nguyện”, “Thanh niên tham gia xây dựng nông thôn mới” của Đoàn Thanh '
     'niên: Đã thực hiện {ct} công trình thanh niên trị giá hơn 4 tỷ đồng (trong đó, {ct_tinh} công trình '
     'thanh niên cấp tỉnh; {ct_huyen} công trình thanh niên cấp huyện, {ct_co_so} công trình thanh niên '
     'cấp cơ sở); làm mới 188 km, tu sửa 425 km đường giao thông nông thôn trị giá 8 tỷ đồng, làm mới 02 '
     'cầu giao thông nông thôn, xây mới 02 nhà văn hóa, trị giá trên 700 triệu đồng; tu sửa 43 nhà văn '
     'hóa; xóa 56 nhà tạm dột nát; thành lập 619 Tổ hợp tác, 22 câu lạc bộ thanh niên làm kinh tế giỏi; '
     'thành lập và duy trì 97 Đội thanh niên xung kích, thanh niên tự quản tại cơ sở.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về triển khai các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội.',
     '- Phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi”, “Nông dân thi đua xây dựng nông thôn '
     'mới”, “Hàng cây nông dân” của Hội Nông dân đảm nhận sửa chữa 148 km đường giao thông nông thôn, '
     'hiến 52.500 m2 đất để xây dựng nông thôn mới; xây dựng được 135 mô hình bảo vệ môi trường nông '
     'thôn, vệ sinh đồng ruộng; đã có trên 50.000 lượt hộ nông dân đăng ký phấn đấu sản xuất kinh doanh '
     'giỏi, đã có 39.770 lượt hộ đạt danh hiệu sản xuất kinh doanh giỏi các cấp.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về triển khai các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội.',
     '- Phong trào “Phụ nữ Kon Tum chung tay bảo vệ môi trường”, “Đoạn đường do phụ nữ tự quản” của Hội '
     'Phụ nữ, đến nay toàn tỉnh đã thành lập được 1.080 đoạn đường do phụ nữ tự quản, 115 “Làng 5 không, '
     '3 sạch”, trồng được 201.011m đường hoa phụ nữ, 14.610 cây xanh..., đã vận động được 18 tỷ đồng để '
     'triển khai các Đề án hỗ trợ phụ nữ khởi nghiệp.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về triển khai các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội.',
     '- Phong trào “Đổi mới, sáng tạo, hiệu quả trong hoạt động của tổ chức Công đoàn”, “Lao động giỏi, '
     'lao động sáng tạo” của Liên đoàn lao động, đến nay có khoảng trên 20.000 đề tài, sáng kiến của đoàn '
     'viên, người lao động được các cấp có thẩm quyền công nhận, trong đó nhiều đề tài, sáng kiến, giải '
     'pháp đã được ứng dụng tại các cơ quan, đơn vị, doanh nghiệp trong tỉnh làm lợi hàng chục tỷ đồng.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về triển khai các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội.',
     '- Phong trào “Cựu chiến binh tham gia xây dựng nông thôn mới” của Hội Cựu chiến binh đã tuyên '
     'truyền, vận động hội viên cựu chiến binh hiến 5.322 m2 đất thổ cư làm đường giao thông nông thôn.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về triển khai các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội.',
     'Ngoài ra, qua triển khai, thực hiện các phong trào, cuộc vận động, toàn tỉnh đã xây dựng hơn 2.500 '
     'mô hình “Dân vận khéo”, trong đó tiêu biểu: mô hình “Tổ liên kết giúp nhau phát triển kinh tế”, mô '
     'hình “Phụ nữ giúp nhau xoá hộ đói, giảm hộ nghèo”, mô hình “Gia đình 4 chuẩn mực”, “5 không, 3 '
     'sạch”, "Hũ gạo tiết kiệm" của Hội Liên hiệp phụ nữ. Mô hình “Hợp tác xã thanh niên”, mô hình “Đội '
     'thanh niên xung kích an ninh”, “Thanh niên phòng, chống ma túy, mại dâm”, mô hình “Thắp sáng đường '
     'quê”, “Câu Lạc bộ ngân hàng máu sống”, “Sơ, ứng cứu nhanh tai nạn giao thông, đuối nước” của đoàn '
     'thanh niên. Mô hình “Mái ấm công đoàn” của Liên đoàn Lao động. Mô hình “Tổ thu gom rác, phân loại '
     'rác thải” của Hội nông dân. Mô hình “Tổ chức tang lễ 3 không”, “Đoạn đường Cựu chiến binh tự quản” '
     'của Hội cựu chiến binh. Mô hình “Khu dân cư không có tội phạm, tệ nạn xã hội”, “Tổ an ninh Nhân '
     'dân”, “Tiếng kẻng an ninh” của Mặt trận Tổ quốc.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân.',
     'Mặt trận Tổ quốc và các tổ chức chính trị - xã hội đã tích cực, chủ động triển khai nhiều hoạt động '
     'cụ thể, thiết thực, như tham mưu chế độ, chính sách cho đoàn viên, hội viên; tuyên truyền, vận động '
     'xã hội hóa chăm lo cho đoàn viên, hội viên nhân dịp lễ, tết; hỗ trợ vay vốn khởi nghiệp, sản xuất, '
     'kinh doanh... Tiêu biểu như:'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân.',
     '- Mặt trận Tổ quốc các cấp làm tốt công tác tuyên truyền, vận động ủng hộ quỹ vì người nghèo, từ '
     'năm 2016 đến nay đã vận động được số tiền: 94, 3 tỷ đồng. Hỗ trợ xây dựng mới và sửa chữa 1.360 căn '
     'nhà đại đoàn kết, số tiền: 38,5 tỷ đồng; giúp1.494 lượt người khám chữa bệnh hoặc trao tặng thẻ '
     'BHYT, số tiền: 449 triệu đồng; hỗ trợ 979 hộ nghèo, hộ cận nghèo phát triển sản xuất, số tiền 949 '
     'triệu đồng; trao tặng 119.913 suất quà cho hộ nghèo, cận nghèo, gia đình chính sách, các đối tượng '
     'khó khăn nhân dịp lễ tết, số tiền 44,2 tỷ đồng.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân.',
     '- Hội Liên hiệp Phụ nữ thành lập được 420 địa chỉ tin cậy tại cộng đồng để hỗ trợ các nạn nhân bị '
     'bạo lực gia đình, thành lập được 147 “Câu lạc bộ xây dựng gia đình hạnh phúc”; 44 mái ấm tình '
     'thương cho phụ nữ nghèo, tổng trị giá gần 2,7 tỷ đồng. Các cấp Hội nhận ủy thác với Ngân hàng Chính '
     'sách xã hội cho vay mới 1.564 tỷ đồng, nâng tổng số dư nợ do Hội quản lý là 1.160 tỷ đồng.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân.',
     '- Liên đoàn lao động các cấp đẩy mạnh các hoạt động hỗ trợ công nhân, viên chức và người lao động. '
     'Trong 5 năm qua công đoàn các cấp đã triển khai cho 153 lượt đoàn viên và công nhân viên chức lao '
     'động vay từ Quỹ quốc gia về việc làm với số tiền 1,2 tỷ đồng; Quỹ trợ vốn “Vì nữ công nhân lao động '
     'nghèo” đã giúp đỡ 356 lượt người được vay; Chương trình nhà ở “Mái ấm Công đoàn” đã hỗ trợ 59 gia '
     'đình đoàn viên với số tiền 3,9 tỷ đồng.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân.',
     '- Đoàn Thanh niên đã vận động nguồn lực, huy động đoàn viên, thanh niên, các doanh nghiệp, các nhà '
     'tài trợ, các quỹ học bổng trong và ngoài tỉnh thực hiện hiệu quả việc chăm lo, giúp đỡ người nghèo: '
     'Trong 5 năm qua toàn tỉnh đã vận động xây dựng mới được 42 “Nhà nhân ái”, “Nhà tình nghĩa”, “Nhà '
     'Đại đoàn kết”, “Nhà bán trú cho em”, “Trường đẹp cho em”, Công trình nước sạch với tổng trị giá hơn '
     '4,5 tỷ đồng, tổ chức trao 3.926 suất học bổng, tổng trị giá gần 3 tỷ đồng, chăm sóc hỗ trợ cho '
     '3.560 em học sinh tại các vùng đặc biệt khó khăn; tặng 1.925 suất quà cho các gia đình chính sách, '
     'gia đình khó khăn, học sinh nghèo hiếu học; Tổ chức 86 đợt hiến máu tình nguyện và thu được gần '
     '5.000 đơn vị máu toàn phần; 42 đợt khám chữa bệnh, cấp phát thuốc miễn phí cho 2924 người dân tổng '
     'trị giá hơn 1 tỷ đồng.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân.',
     '- Hội Nông dân đã cung ứng 22.500 tấn phân bón theo hình thức trả chậm cho nông dân; thực hiện tốt '
     'nhiệm vụ ủy thác cho vay đối với hộ nghèo và các đối tượng chính sách, nguồn vốn vay ủy thác dư nợ '
     'tính đến nay là 853 tỷ đồng cho 25.703 hộ vay thuộc 702 tổ tiết kiệm và vay vốn.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân.',
     '- Hội Cựu Chiến binh tỉnh đã vận động các doanh nghiệp xây dựng được 70 căn nhà “Nghĩa tình đồng '
     'đội”, xóa được 377 nhà tạm cho cựu chiến binh khó khăn trị giá 4,2 tỷ đồng; hỗ trợ 5 con bò giống '
     'cho 5 hộ gia đình trị giá 65 triệu đồng.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về tham gia giám sát và phản biện xã hội, góp ý xây dựng Đảng, chính quyền',
     'Trong nhiệm kỳ qua, công tác giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền '
     'của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội các cấp đã được triển khai thực hiện tương đối '
     'tốt trên cơ sở bám sát nhiệm vụ chính trị của tỉnh gắn với thực hiện các nhiệm vụ trọng tâm, cấp '
     'bách của tỉnh, của ngành; phát huy vai trò chủ thể, tích cực tuyên truyền, vận động đoàn viên, hội '
     'viên và nhân dân tham gia; đưa công tác giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng '
     'chính quyền từng bước đi vào nền nếp:'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về tham gia giám sát và phản biện xã hội, góp ý xây dựng Đảng, chính quyền',
     '- Về tham gia giám sát: Hàng năm, Mặt trận Tổ quốc và các tổ chức chính trị-xã hội chủ động xây '
     'dựng kế hoạch và tổ chức giám sát thường xuyên (Trong 5 năm qua, Mặt trận Tổ quốc và đoàn thể các '
     'cấp đã tổ chức 1.517 cuộc giám sát trên các lĩnh vực kinh tế, văn hóa, xã hội). Các nội dung giám '
     'sát của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội gắn với các nhiệm vụ trọng tâm của địa '
     'phương liên quan trực tiếp đến quyền lợi của đoàn viên, hội viên và nhân dân như: việc thực hiện '
     'Quy chế dân chủ ở cơ sở; việc thực hiện chế độ, chính sách bồi thường đất đai, giải phóng mặt bằng, '
     'thu hồi đất, bố trí tái định cư, tạm cư; việc thực hiện BHYT, BHXH đối với hộ nghèo; việc thực hiện '
     'Nghị định số 56/2012/NĐ-CP về bảo đảm cho các cấp Hội LHPN Việt Nam tham gia quản lý nhà nước; việc '
     'thực hiện Quyết định 673/QĐ-TTg của Thủ tướng Chính phủ về việc Hội Nông dân Việt Nam trực tiếp '
     'thực hiện và phối hợp thực hiện một số chương trình, đề án phát triển kinh tế, văn hóa, xã hội nông '
     'thôn giai đoạn 2011-2020; việc thực hiện chính sách đối với người có công với cách mạng; giám sát '
     'về tình hình oan, sai trong việc áp dụng pháp luật về hình sự, tố tụng hình sự; giám sát công tác '
     'chuẩn bị và tổ chức bầu cử đại biểu Quốc hội và đại biểu HĐND các cấp nhiệm kỳ 2016-2021; chất '
     'lượng sản phẩm vật tư nông nghiệp trên địa bàn...'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về tham gia giám sát và phản biện xã hội, góp ý xây dựng Đảng, chính quyền',
     '- Về công tác phản biện xã hội: Mặt trận Tổ quốc và các tổ chức chính trị-xã hội đã phát huy được '
     'vai trò của các tổ chức thành viên, các Hội đồng tư vấn của mặt trận và nhân dân trong hoạt động '
     'phản biện xã hội. Hằng năm, một số cơ quan nhà nước đã gửi các đề án, chương trình, kế hoạch '
     '...liên quan đến phát triển kinh tế, văn hóa xã hội đến Mặt trận Tổ quốc và các tổ chức chính '
     'trị-xã hội để tổ chức tham gia ý kiến. Trong nhiệm kỳ, mặt trận và đoàn thể các cấp đã tổ chức '
     '1.156 hội nghị góp ý, phản biện các dự thảo về chủ trương của Đảng, chính sách, pháp luật của Nhà '
     'nước, các quy hoạch, kế hoạch, chương trình, dự án về phát triển kinh tế - xã hội của địa phương, '
     'đơn vị. Thông qua hoạt động phản biện của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội đã có '
     'tác dụng bổ sung, điều chỉnh dự thảo các chủ trương, đề án, chương trình, kế hoạch của các các '
     'ngành, địa phương, thể hiện được quan điểm của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội và '
     'phản ánh được ý chí nguyện vọng của nhân dân đối với quá trình ban hành các chủ trương, đề án, '
     'chương trình, kế hoạch của các các ngành, địa phương.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về tham gia giám sát và phản biện xã hội, góp ý xây dựng Đảng, chính quyền',
     '- Về tham gia góp ý xây dựng Đảng, chính quyền: Mặt trận Tổ quốc và các tổ chức chính trị-xã hội đã '
     'tham gia góp ý xây dựng Đảng, chính quyền với nhiều nội dung, hình thức phong phú như: góp ý định '
     'kỳ, góp ý thường xuyên, góp ý đột xuất. Trong đó tập trung góp ý việc thực hiện các quy định của '
     'Đảng, chính sách pháp luật của Nhà nước; phẩm chất chính trị, đạo đức lối sống và trách nhiệm nêu '
     'gương và trách nhiệm thực thi công vụ của cán bộ, đảng viên, công chức, viên chức theo Nghị quyết '
     'Trung ương 4 (khóa XI, khóa XII); góp ý vào các văn bản dự thảo và việc thể chế hóa, thực hiện các '
     'chỉ thị, nghị quyết, quyết định, quy chế, quy định của Đảng, chính sách pháp luật của Nhà nước, '
     'việc thực hiện chức năng, quyền hạn của các cấp ủy, cơ quan Đảng, tổ chức Đảng, cơ quan Nhà nước, '
     'nhất là góp ý văn kiện đại hội đảng, đại hội mặt trận và các đoàn thể các cấp...Các đơn vị cũng chú '
     'trọng tổ chức cho đoàn viên, hội viên và nhân dân tiếp xúc, đối thoại trực tiếp với đồng chí bí thư '
     'cấp ủy, chủ tịch Hội đồng nhân dân, Ủy ban nhân dân mỗi năm một lần theo Quyết định 218-QĐ/TW.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về công tác đoàn kết tập hợp đoàn viên, hội viên:',
     'Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội các cấp có nhiều đổi mới nội dung, phương '
     'thức hoạt động; với phương châm hướng về cơ sở, bám sát địa bàn dân cư, hộ gia đình; chủ động đi '
     'sâu, đi sát nắm tình hình tư tưởng của đoàn viên, hội viên và các tầng lớp nhân dân. Thông qua '
     'nhiều hình thức đa dạng đã mở rộng, phát triển, thu hút được nhiều đoàn viên, hội viên vào tổ chức; '
     'trong nhiệm kỳ 2015-2020, các đoàn thể đã tập hợp được trên 75% quần chúng vào tổ chức (đạt chỉ '
     'tiêu Nghị quyết Đại hội Đảng bộ tỉnh):'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về công tác đoàn kết tập hợp đoàn viên, hội viên:',
     '+ Liên đoàn Lao động tỉnh: hiện quản lý 910 Công đoàn cơ sở: Trong nhiệm kỳ đã thành lập mới 129 '
     'Công đoàn cơ sở (trong đó doanh nghiệp ngoài nhà nước 47 công đoàn cơ sở), kết nạp 3.276 đoàn viên '
     'nâng tổng số đoàn viên thành 25.466 đoàn viên/27.772 CNVCLĐ (đạt tỷ lệ 91,6%).'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về công tác đoàn kết tập hợp đoàn viên, hội viên:',
     '+ Đoàn thanh niên: hiện quản lý có 400 Đoàn cơ sở, Chi đoàn cơ sở, 1647 Chi đoàn: Trong nhiệm kỳ đã '
     'thành lập mới 12 Chi đoàn cơ sở (trong đó doanh nghiệp ngoài nhà nước 5 công đoàn cơ sở), kết nạp '
     '25.000 đoàn viên, hội viên nâng tổng số đoàn viên, hội viên thành 74.592 đoàn viên, hội viên/98.300 '
     'thanh niên (đạt tỷ lệ 75,8%).'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về công tác đoàn kết tập hợp đoàn viên, hội viên:',
     '+ Cựu Chiến binh: hiện quản lý có 102 tổ chức Hội cơ sở, 736 Chi hội: Trong nhiệm kỳ đã thành lập '
     'mới 10 Chi hội cơ sở, kết nạp 2.500 hội viên nâng tổng số hội viên thành Hội Cựu chiến binh tập hợp '
     'được 17.405 hội viên/19.605 cựu quân nhân (đạt tỷ lệ 88,7%).'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về công tác đoàn kết tập hợp đoàn viên, hội viên:',
     '+ Hội LHPN: hiện quản lý có 102 tổ chức Hội cơ sở, 759 Chi hội, kết nạp 16.647 hội viên nâng tổng '
     'số hội viên thành 71.286 hội viên/ 99.629 phụ nữ trong độ tưởi 18 trở lên (đạt tỷ lệ 71,5%).'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về công tác đoàn kết tập hợp đoàn viên, hội viên:',
     '+ Hội Nông dân: hiện quản lý có 101 tổ chức Hội cơ sở, 723 Chi hội: Trong nhiệm kỳ đã thành lập '
     'được 5 chi hội nghề nghiệp, 55 tổ hội nghề nghiệp; kết nạp 12.500 hội viên nâng tổng số hội viên '
     'thành 60.415 hội viên/80.958 nông dân (đạt tỷ lệ 74,6%).'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     'Đến nay, Mặt trận Tổ quốc và các tổ chức chính trị-xã hội đã thực hiện nghiêm túc việc đổi mới, sắp '
     'xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả theo Nghị quyết số '
     '18-NQ/TW, ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa XII. Hiện nay, Mặt trận Tổ quốc và '
     'các tổ chức chính trị-xã hội cấp tỉnh, huyện đã sắp xếp tổ chức bộ máy chuyên trách theo Quy định '
     'số 212-QĐ/TW, ngày 30-12-2019 của Ban Bí thư “về quy định chức năng nhiệm vụ, tổ chức bộ máy, biên '
     'chế cơ quan chuyên trách của Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị-xã hội cấp tỉnh, cấp '
     'huyện”. Ở cấp tỉnh: Từ 30 ban và tương đương giảm xuống còn 22 ban và tương đương (Mặt trận tỉnh: '
     'từ 5 ban sáp nhập thành 4 ban, LĐLĐ tỉnh: từ 6 ban sáp nhập thành 5 ban, Phụ nữ tỉnh: từ 5 ban sáp '
     'nhập thành 3 ban, Tỉnh đoàn: từ 5 ban sáp nhập thành 4 ban, Hội CCB tỉnh: từ 4 ban sáp nhập thành 3 '
     'ban, Hội Nông dân tỉnh: từ 5 ban sáp nhập thành 3 ban). Cấp huyện: đến nay, 10/10 huyện, thành phố '
     'đã thực hiện chủ trương Trưởng Ban Dân vận đồng thời là Chủ tịch Ủy ban MTTQ Việt Nam.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     'Về biên chế:'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     '- Mặt trận Tổ quốc Việt Nam: Cấp tỉnh: cán bộ, công chức hiện có 23/23 biên chế được giao; cấp '
     'huyện: hiện có 46 cán bộ, công chức chuyên trách; cấp xã hiện có 102 cán bộ chuyên trách.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     '- Liên đoàn lao động: Cấp tỉnh: cán bộ, công chức hiện có 20/21biên chế được giao; cấp huyện: hiện '
     'có 30 cán bộ, công chức chuyên trách.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     '- Hội Liên hiệp Phụ nữ: Cấp tỉnh hiện có 20 cán bộ, công chức/21 biên chế được giao; cấp huyện: '
     'hiện có 36 cán bộ, công chức chuyên trách, cấp xã hiện có 102 cán bộ chuyên trách.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     '- Đoàn thanh niên: Cấp tỉnh hiện có 18 cán bộ, công chức/30 biên chế được giao; cấp huyện: hiện có '
     '40 cán bộ, công chức chuyên trách, cấp xã hiện có 102 cán bộ chuyên trách.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     '- Hội CCB tỉnh: Cấp tỉnh hiện có 14 cán bộ, công chức/14 biên chế được giao; cấp huyện: hiện có 20 '
     'cán bộ, công chức chuyên trách, cấp xã hiện có 102 cán bộ chuyên trách.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     '- Hội Nông dân tỉnh: Cấp tỉnh hiện có 15 cán bộ, công chức/17 biên chế được giao; cấp huyện: hiện '
     'có 36 cán bộ, công chức chuyên trách, cấp xã hiện có 101 công chức chuyên trách.'),
    ('KẾT QUẢ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VIỆT NAM VÀ CÁC ĐOÀN THỂ CHÍNH TRỊ-XÃ HỘI GIAI ĐOẠN 2015-2020 > Về công tác đoàn kết tập hợp đoàn viên, hội viên; công tác củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH các cấp. > Về củng cố, kiện toàn bộ máy, cán bộ Mặt trận Tổ quốc và các tổ chức chính trị-xã hội',
     'Nhìn chung bộ máy, cán bộ chuyên trách của Mặt trận Tổ quốc và các đoàn thể chính trị-xã hội từ '
     'tỉnh đến cơ sở đã củng cố, kiện toàn. Chất lượng cán bộ Mặt trận Tổ quốc và các tổ chức CT-XH, nhất '
     'là đội ngũ cán bộ chuyên trách được nâng lên, từng bước đáp ứng được yêu cầu nhiệm vụ đặt ra trong '
     'tình hình mới.'),
    ('ĐÁNH GIÁ CHUNG > Ưu điểm',
     '- Nhận thức của cấp ủy, chính quyền các cấp, cán bộ, đảng viên và các tầng lớp nhân dân trên địa '
     'bàn tỉnh về vị trí, vai trò, chức năng, nhiệm vụ của Mặt trận Tổ quốc Việt Nam và các tổ chức chính '
     'trị-xã hội có chuyển biến tích cực; quan tâm lãnh đạo, định hướng nội dung, tạo điều kiện cho Mặt '
     'trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội hoạt động, tham gia sâu, rộng vào các lĩnh '
     'vực của đời sống xã hội.'),
    ('ĐÁNH GIÁ CHUNG > Ưu điểm',
     '- Các cấp chính quyền đã xây dựng, ký kết và triển khai hiệu quả quy chế phối hợp với Mặt trận Tổ '
     'quốc Việt Nam và các tổ chức chính trị-xã hội trong công tác vận động quần chúng; tạo điều kiện '
     'thuận lợi để Mặt trận Tổ quốc Việt Nam và các tổ chức CT-XH hội thực hiện tốt công tác giám sát, '
     'phản biện xã hội.'),
    ('ĐÁNH GIÁ CHUNG > Ưu điểm',
     '- Nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội đã '
     'từng bước được đổi mới theo hướng ngày càng cụ thể, thiết thực, phù hợp với từng đối tượng, gần '
     'gũi, sâu sát với cơ sở, nâng cao chất lượng hoạt động, khắc phục tính thụ động, “quan liêu hóa”, '
     '“hành chính hóa”. Kịp thời nắm bắt, phản ánh đến cấp ủy, chính quyền tâm tư, nguyện vọng của Nhân '
     'dân, những vấn đề bức xúc nảy sinh tại cơ sở để xem xét, xử lý; góp phần xây dựng, củng cố niềm tin '
     'của Nhân dân đối với Đảng, Nhà nước.'),
    ('ĐÁNH GIÁ CHUNG > Tồn tại, hạn chế',
     '- Công tác tuyên truyền, vận động; nắm tình hình, tâm tư nguyện vọng, giải quyết các kiến nghị '
     'chính đáng của nhân dân có lúc, có việc chưa kịp thời, nhất là trong công tác giải phóng mặt bằng, '
     'tranh chấp đất đai.'),
    ('ĐÁNH GIÁ CHUNG > Tồn tại, hạn chế',
     '- Công tác tuyên truyền, vận động làm thay đổi nếp nghĩ, cách làm để phát triển kinh tế, xóa đói '
     'giảm nghèo trong đồng bào dân tộc thiểu số chưa cao (Hiện nay hộ nghèo trong đồng bào DTTS trên '
     '93%/tổng số hộ nghèo toàn tỉnh).'),
    ('ĐÁNH GIÁ CHUNG > Tồn tại, hạn chế',
     '- Việc đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính '
     'trị-xã hội ở một số nơi còn lúng túng, chưa thu hút, tập hợp đông đảo đoàn viên, hội viên và các '
     'tầng lớp nhân dân vào tổ chức đoàn, hội.'),
    ('ĐÁNH GIÁ CHUNG > Tồn tại, hạn chế',
     '- Việc giám sát việc tu dưỡng, rèn luyện đạo đức, lối sống của người đứng đầu, cán bộ chủ chốt và '
     'cán bộ, đảng viên (theo Quy định số 124-QĐ/TW, ngày 02-02-2018 của Ban Bí thư) của Mặt trận Tổ quốc '
     'Việt Nam và các tổ chức chính trị-xã hội còn hạn chế, lúng túng. Công tác phản biện xã hội chưa '
     'nhiều, chất lượng chưa cao, chủ yếu thực hiện hình thức góp ý kiến là chính chứ chưa tổ chức phản '
     'biện các công trình, dự ảnh ảnh hưởng đến môi trường, đến đời sống của nhân dân như: các dự án thủy '
     'điện, dự án chỉnh trang đô thị…'),
    ('ĐÁNH GIÁ CHUNG > Nguyên nhân của tồn tại, hạn chế',
     '- Công tác lãnh đạo, chỉ đạo kiểm tra, đôn đốc việc thực hiện các đề án, kế hoạch đổi mới nội dung '
     'phương thức hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội ở một số cấp ủy '
     'đôi lúc chưa sâu sát, kịp thời.'),
    ('ĐÁNH GIÁ CHUNG > Nguyên nhân của tồn tại, hạn chế',
     '- Công tác phối hợp giữa chính quyền với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội '
     'ở một số nơi còn hình thức, thiếu chặt chẽ.'),
    ('ĐÁNH GIÁ CHUNG > Nguyên nhân của tồn tại, hạn chế',
     '- Tính chủ động của Mặt trận Tổ quốc Việt Nam và các tổ chức CT-XH trong tham gia xây dựng Đảng, '
     'xây dựng chính quyền chưa cao, chủ yếu thực hiện việc góp ý khi được cấp ủy, chính quyền, thủ '
     'trưởng các cơ quan, đơn vị yêu cầu.'),
    ('ĐÁNH GIÁ CHUNG > Nguyên nhân của tồn tại, hạn chế',
     '- Cơ sở vật chất, kinh phí hoạt động, chế độ, chính sách đối với cán bộ Mặt trận Tổ quốc Việt Nam, '
     'các đoàn thể chính trị-xã hội còn hạn chế nên gặp rất nhiều khó khăn trong quá trình triển khai '
     'thực hiện nhiệm vụ, nhất là ở cơ sở.'),
    ('ĐÁNH GIÁ CHUNG > Nguyên nhân của tồn tại, hạn chế',
     '- Đội ngũ cán bộ làm công tác vận động quần chúng ở cơ sở nhìn chung vẫn còn yếu trình độ, năng '
     'lực, thiếu các kỹ năng tuyên truyền vận động.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Dự báo tình hình',
     'Trong 5 năm tới, tình hình chính trị-xã hội tiếp tục được giữ vững ổn định; quan hệ hợp tác phát '
     'triển giữa tỉnh Kon Tum với các tỉnh, thành phố trong khu vực và cả nước được thúc đẩy và mở rộng. '
     'Những thành tựu của cuộc Cách mạng công nghiệp lần thứ tư tạo đột phá mạnh mẽ, tác động đến mọi '
     'lĩnh vực của đời sống. Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành chương trình hành động và các văn '
     'bản chỉ đạo đến công tác dân vận, hoạt động của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị '
     '- xã hội..., là cơ sở quan trọng để các cấp, các ngành tập trung triển khai thực hiện.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Dự báo tình hình',
     'Tuy nhiên, bên cạnh những thời cơ, thuận lợi là cơ bản thì công tác dân vận, hoạt động của Mặt trận '
     'Tổ quốc Việt Nam và các tổ chức chính trị - xã hội vẫn gặp nhiều khó khăn và cũng chịu tác động bởi '
     'các yếu tố sau:'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Dự báo tình hình',
     '- Kon Tum là tỉnh miền núi, biên giới, đồng bào dân tộc thiểu số chiếm gần 55% dân số; hệ thống kết '
     'cấu hạ tầng kinh tế-xã hội còn nhiều yếu kém, chưa đồng bộ; sức cạnh tranh của doanh nghiệp và sản '
     'phẩm trên địa bàn tỉnh còn yếu, tăng trưởng thấp. Giá một số mặt hàng nông sản chủ lực của tỉnh '
     'không ổn định. Chất lượng nguồn nhân lực của tỉnh còn thấp, năng suất lao động chưa cao.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Dự báo tình hình',
     '- Tình hình chính trị và kinh tế trên thế giới tiếp tục diễn biến phức tạp. Các thế lực thù địch '
     'tăng cường chống phá nước ta ngày càng quyết liệt, trực diện hơn. An ninh chính trị, nhất là an '
     'ninh nông thôn, an ninh tôn giáo, an ninh biên giới còn tiềm ẩn yếu tố gây mất ổn định. Biến đổi '
     'khí hậu, thiên tai, dịch bệnh trên người và cây trồng, vật nuôi tiếp tục có nguy cơ xảy ra, nhất là '
     'ảnh hưởng của đại dịch Covid-19, thiên tai, lũ lụt…, ảnh hưởng đến sản xuất, đời sống của Nhân dân.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Dự báo tình hình',
     '- Một số mặt tiêu cực của nền kinh tế thị trường, phân tầng xã hội, phân hóa giàu nghèo tạo nên '
     'khoảng cách trong các tầng lớp nhân dân tiếp tục tác động, ảnh hưởng đến tâm tư, tình cảm và niềm '
     'tin của nhân dân; cùng với những biểu hiện tiêu cực, tham nhũng, lãng phí…làm giảm sút niềm tin của '
     'nhân dân với Đảng, Nhà nước.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Dự báo tình hình',
     '- Cuộc cách mạng công nghiệp lần thứ 4 đang diễn ra, thông tin đa chiều tác động trực tiếp đến '
     'người dân, do đó công tác quản lý, định hướng thông tin, dư luận xã hội ngày càng khó khăn. Bên '
     'cạnh đó, các thế lực thù địch vẫn tiếp tục thực hiện âm mưu "diễn biến hòa bình", sử dụng chiêu bài '
     'lợi dụng dân chủ, nhân quyền, dân tộc, tôn giáo nhằm làm "tự diễn biến", "tự chuyển hóa" trong nội '
     'bộ Đảng, trong nhân dân; phá với khối đại đoàn kết toàn dân tộc.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Mục tiêu',
     '- Tạo sự chuyển biến thực sự, phát huy tính chủ động, sáng tạo trong công tác tập hợp, vận động các '
     'tầng lớp nhân dân, thực hiện phong trào thi đua yêu nước; hướng mạnh về cơ sở, sát với dân, nắm '
     'được dân, hiểu được dân, phục vụ dân, được dân tin cậy; khắc phục bằng được tình trạng hành chính '
     'hoá, phô trương, hình thức, bệnh thành tích trong hoạt động của Mặt trận Tổ quốc và các tổ chức '
     'CT-XH.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Mục tiêu',
     '- Mở rộng dân chủ xã hội chủ nghĩa, phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể trong '
     'giám sát và phản biện xã hội, tham gia góp ý xây dựng đảng, xây dựng chính quyền, tăng cường sự '
     'đồng thuận xã hội và khối đại đoàn kết toàn dân tộc, thắt chặt mối quan hệ gắn bó mật thiết giữa '
     'Đảng, Nhà nước với nhân dân.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Mục tiêu',
     '- Phấn đấu thực hiện tập hợp trên 76% quần chúng vào các tổ chức CT-XH; xây dựng và thực hiện mô '
     'hình “Tổ nhân dân tự quản” tại trên 80% khu dân cư trên địa bàn tỉnh.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới phương thức lãnh đạo của Đảng đối với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội',
     '- Tiếp tục quán triệt, triển khai thực hiện tốt Quyết định số 1386-QĐ/TU, ngày 17-6-2010 của Ban '
     'Thường vụ Tỉnh ủy ban hành Quy chế công tác dân vận của hệ thống chính trị; Nghị quyết 25-NQ/TW, '
     'ngày 06-3-2013 của Ban Chấp hành Trung ương (khóa XI) về tăng cường và đổi mới sự lãnh đạo của Đảng '
     'đối với công tác dân vân trong tình hình mới; Nghị quyết Trung ương 4 (khóa XII) về tăng cường xây '
     'dựng, chỉnh đốn Đảng; ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, '
     'những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ gắn với Chỉ thị số 05-CT/TW, ngày '
     '15-5-2016 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí '
     'Minh”.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới phương thức lãnh đạo của Đảng đối với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội',
     '- Tăng cường sự lãnh đạo của Đảng và đổi mới phương thức lãnh đạo của Đảng đối với Mặt trận Tổ quốc '
     'Việt Nam và các tổ chức chính trị - xã hội, hướng đến mục tiêu đồng thuận, củng cố niềm tin của '
     'nhân dân đối với Đảng, chính quyền; phát huy dân chủ, xây dựng khối đại đoàn kết dân tộc.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới phương thức lãnh đạo của Đảng đối với Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội',
     '- Tăng cường kiểm tra, giám sát đối với các cấp ủy, chính quyền và hệ thống chính trị về chủ '
     'trương, đường lối, quan điểm của Đảng về đổi mới nội dung và phương thức hoạt động của Mặt trận Tổ '
     'quốc Việt Nam và các tổ chức CT-XH.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Tăng cường công tác dân vận và phối hợp của chính quyền các cấp',
     '- Chính quyền các cấp đẩy mạnh và thực hiện có hiệu quả Kết luận số 114-KL/TW, ngày 14-7-2015 của '
     'Ban Bí thư Trung ương Đảng “về nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp”; '
     'Chỉ thị số 16/CT-TTg, ngày 16-5-2016 của Thủ tướng Chính phủ “về tăng cường và đổi mới công tác dân '
     'vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới”.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Tăng cường công tác dân vận và phối hợp của chính quyền các cấp',
     '- Có trách nhiệm thực hiện tốt quy chế phối hợp đã ký kết với Mặt trận Tổ quốc, các tổ chức CT-XH '
     'cùng cấp trong thực hiện công tác dân vận; tạo điều kiện để Mặt trận Tổ quốc, các tổ chức CT-XH '
     'tham gia giám sát, phản biện xã hội; bố trí kinh phí, đảm bảo điều kiện, phương tiện làm việc của '
     'Mặt trận Tổ quốc, các tổ chức chính trị- xã hội, nhất là cấp cơ sở.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Đổi mới công tác tuyên truyền, vận động đoàn viên, hội viên và nhân dân',
     '- MTTQ Việt nam và các tổ chức CT-XH hội triển khai và thực hiện có hiệu quả cuộc vận động "Làm '
     'thay đổi nếp nghĩ, cách làm của đồng bào dân tộc thiểu số, làm cho đồng bào dân tộc thiểu số vươn '
     'lên thoát nghèo bền vững". xây dựng lực lượng cốt cán ở cơ sở, phát huy vai trò của đội ngũ cốt '
     'cán, người có uy tín trong cộng đồng, trong các dân tộc, tôn giáo trong công tác vận động quần '
     'chúng.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Đổi mới công tác tuyên truyền, vận động đoàn viên, hội viên và nhân dân',
     '- MTTQ Việt nam và các tổ chức CT-XH chủ động phối hợp với các cơ quan thông tin, tuyên truyền của '
     'Đảng và Nhà nước để tuyên truyền, định hướng dư luận xã hội, phản ánh, nắm bắt tư tưởng và khuyến '
     'khích cách làm hay, sáng tạo của đoàn viên, hội viên và nhân dân trong các phong trào cách mạng của '
     'quần chúng.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Nâng cao chất lượng các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội; chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân',
     '- Phát huy tiềm năng sáng tạo của đoàn viên, hội viên và nhân dân, tập trung đẩy mạnh các phong '
     'trào thi đua yêu nước trên tất cả các lĩnh vực của đời sống kinh tế, văn hoá, xã hội, quốc phòng, '
     'an ninh, làm cho đất nước phát triển bền vững.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Nâng cao chất lượng các cuộc vận động, các phong trào thi đua yêu nước trên các lĩnh vực của đời sống xã hội; chăm lo và bảo vệ lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và nhân dân',
     '- Tiếp tục đẩy mạnh phong trào thi đua “Dân vận khéo”; qua đó xây dựng và nhân rộng nhân rộng mô '
     'hình, điển hình tiên tiến trên các lĩnh vực của đời sống xã hội, với hình thức phong phú, đa dạng, '
     'phù hợp với đặc điểm đối tượng vận động theo phương châm không bỏ sót đối tượng, ở đâu có quần '
     'chúng, ở đó có công tác vận động và quần chúng được tổ chức, lãnh đạo thông qua Mặt trận Tổ quốc '
     'Việt Nam và các tổ chức chính trị-xã hội. Cổ vũ, động viên kịp thời những tập thể, cá nhân có cách '
     'làm hay, sáng tạo trong thực hiện các phong trào.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Đa dạng hoá các hình thức tập hợp quần chúng nhân dân và tập trung hướng mạnh các hoạt động về cơ sở, phù hợp với đặc điểm từng địa phương',
     '- Tiếp tục thực hiện chủ trương hướng mạnh về cơ sở, cường bám sát cơ sở và tập trung cho cơ sở; '
     'kịp thời nắm bắt, phản ánh đến cấp ủy, chính quyền và tham gia giải quyết các vấn đề liên quan về '
     'đời sống, tư tưởng, tâm trạng của các tầng lớp nhân dân. Tích cực xây dựng, củng cố tổ dân vận, ban '
     'công tác mặt trận, chi hội, chi đoàn thôn, tổ dân phố.. vững mạnh.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Đa dạng hoá các hình thức tập hợp quần chúng nhân dân và tập trung hướng mạnh các hoạt động về cơ sở, phù hợp với đặc điểm từng địa phương',
     '- Chủ động phát hiện, xây dựng các mô hình phù hợp để tập hợp các đối tượng quần chúng như: mô hình '
     'chuyển giao khoa học, kỹ thuật; xây dựng mô hình VAC, VACR, chuyển đổi cơ cấu kinh tế, tín chấp '
     'ngân hàng để vay vốn phát triển sản xuất. Thành lập các câu lạc bộ theo sở thích, nghề nghiệp, diễn '
     'đàn sản xuất, kinh doanh, dịch vụ và các hoạt động văn hoá, văn nghệ, thể thao,... đáp ứng nhu cầu '
     'chính đáng về nghề nghiệp và đời sống của đoàn viên, hội viên và nhân dân.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Đa dạng hoá các hình thức tập hợp quần chúng nhân dân và tập trung hướng mạnh các hoạt động về cơ sở, phù hợp với đặc điểm từng địa phương',
     '- Tăng cường tiếp xúc, trao đổi, toạ đàm với đoàn viên, hội viên và nhân dân, lắng nghe ý kiến, '
     'giải quyết hoặc phản ánh lên cấp trên và các cơ quan chức năng xử lý kịp thời những yêu cầu, nguyện '
     'vọng chính đáng của đoàn viên, hội viên và nhân dân. Giám sát việc giải quyết đơn thư khiếu nại, tố '
     'cáo của công dân, không để xảy ra khiếu kiện vượt cấp, đông người, không để phát sinh thành “điểm '
     'nóng”, giữ vững ổn định chính trị ở địa phương, cơ sở.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Đa dạng hoá các hình thức tập hợp quần chúng nhân dân và tập trung hướng mạnh các hoạt động về cơ sở, phù hợp với đặc điểm từng địa phương',
     '- MTTQ Việt Nam và các tổ chức CT-XH làm tham mưu và nòng cốt trong việc nắm bắt dư luận xã hội, '
     'phát huy dân chủ, năng lực, trí tuệ, ý thức trách nhiệm công dân trong thực hiện giám sát xây dựng '
     'chính quyền, xây dựng Đảng.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Kiện toàn tổ chức bộ máy và cán bộ của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội đáp ứng yêu cầu nhiệm vụ hiện nay.',
     '- Sắp xếp tổ chức bộ máy, cán bộ Mặt trận Tổ quốc, đoàn thể theo hướng tinh gọn ở cấp trung ương, '
     'cấp tỉnh; tổ chức hợp lý bộ máy cấp huyện; mở rộng thành phần cán bộ bán chuyên trách cho cấp xã, '
     'phường, thị trấn. Coi trọng việc kết hợp, phát huy có hiệu quả đội ngũ cán bộ: chuyên trách, bán '
     'chuyên trách và cộng tác viên. Quan tâm việc đào tạo, bồi dưỡng đội ngũ cán bộ Mặt trận Tổ quốc và '
     'các đoàn thể có phẩm chất, năng lực và kỹ năng vận động quần chúng, được phát hiện từ trong phong '
     'trào quần chúng.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Kiện toàn tổ chức bộ máy và cán bộ của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội đáp ứng yêu cầu nhiệm vụ hiện nay.',
     '- Giải thể hoặc chuyển giao những tổ chức, cơ quan, đơn vị đang hoạt động trong các lĩnh vực kinh '
     'tế không thuộc chức năng nhiệm vụ của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội '
     'theo quy định của pháp luật. Thực hiện đúng tôn chỉ, mục đích hoạt động của từng đoàn thể trong '
     'công tác vận động quần chúng.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Kiện toàn tổ chức bộ máy và cán bộ của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội đáp ứng yêu cầu nhiệm vụ hiện nay.',
     '- Xây dựng tiêu chuẩn, chức danh, cơ chế, chính sách phù hợp đối với cán bộ dân vận, mặt trận Tổ '
     'quốc và các đoàn thể; chú trọng bồi dưỡng, sử dụng cán bộ nữ, cán bộ dân tộc thiểu số, cán bộ công '
     'tác ở những vùng đặc biệt khó khăn như vùng sâu, vùng xa, biên giới, hải đảo, vùng đồng bào dân '
     'tộc, đồng bào có đạo.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Kiện toàn tổ chức bộ máy và cán bộ của Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội đáp ứng yêu cầu nhiệm vụ hiện nay.',
     '- Nâng cao trình độ kiến thức, kỹ năng, nghiệp vụ công tác vận động quần chúng cho cán bộ mặt trận '
     'Tổ quốc, đoàn thể ở cơ sở và thôn, ấp, làng, bản, khu phố,... nơi trực tiếp triển khai ra dân để '
     'thực hiện các chủ trương, nghị quyết của Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ chính '
     'trị của địa phương, cơ sở.'),
    ('DỰ BÁO TÌNH HÌNH, MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP GIAI ĐOẠN 2020-2025: > Nhiệm vụ, giải pháp > Đổi mới nội dung, phương thức hoạt động của Mặt trận Tổ quốc và các tổ chức chính trị-xã hội; tăng cường vai trò giám sát, phản biện xã hội. > Tăng cường công tác phối hợp giữa Mặt trận Tổ quốc và các tổ chức chính trị - xã hội với các cơ quan Nhà nước trong công tác giám sát, phản biện xã hội, tham gia góp ý xây dựng Đảng, chính quyền',
     '- Tiếp tục thực hiện có hiệu quả Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW, ngày 12-12-2013 '
     'của Bộ Chính trị về "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn '
     'thể chính trị- xã hội" và "Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị- xã '
     'hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền".'),
]
NOTES_4 = [
    ('dang_doan', 'Trong đó, Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (năm 2018); Đảng đoàn Hội Cựu chiến binh '
                 'tỉnh (năm 2017).'),
    ('ntm', 'Đến nay toàn tỉnh có 28/86 xã đạt 19/19 tiêu chí nông thôn mới; 06 xã đạt từ 15 đến 18 tiêu chí, 43 '
           'xã đạt từ 10-14 tiêu chí, 10 xã đạt từ 8-9 tiêu chí, không có xã đạt dưới 5 tiêu chí (Vượt chỉ tiêu '
           'Nghị quyết-3 xã).'),
]
OPENING_4 = ('Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội là một bộ phận cấu thành trong hệ thống '
             'chính trị của nước ta hiện nay. Sự quy định này do yêu cầu khách quan của sự nghiệp cách mạng, là '
             'xuất phát từ thể chế chính trị, nước ta là một nước dân chủ, mọi quyền lực thuộc về nhân dân. Vì '
             'vậy, Mặt trận Tổ quốc Việt Nam và các tổ chức CT-XH có vai trò rất quan trọng trong sự nghiệp đại '
             'đoàn kết toàn dân tộc, xây dựng và bảo vệ Tổ quốc. Đó là củng cố và tăng cường khối đại đoàn kết '
             'toàn dân, tạo nên sự nhất trí về chính trị và tinh thần trong nhân dân, thắt chặt mật thiết giữ '
             'nhân dân với Đảng với chính quyền.\nTrong nhiệm kỳ qua, Tỉnh ủy, Ban Thường vụ Tỉnh ủy đã thường '
             'xuyên quan tâm lãnh đạo, chỉ đạo toàn diện hoạt động của MTTQ và các tổ chức CT-XH. Hiệu quả hoạt '
             'động của Mặt trận Tổ quốc và các tổ chức CT-XH đã đóng góp quan trọng vào công cuộc xây dựng và '
             'phát triển Kon Tum ngày càng giàu đẹp, văn minh, góp phần thực hiện thắng lợi mọi chủ trương, nghị '
             'quyết của Đảng đề ra.')
TITLE_4 = 'VỀ HOẠT ĐỘNG CỦA MẶT TRẬN TỔ QUỐC VÀ CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI'
AUTHOR_4 = ['Nguyễn Thanh Hà', 'Ủy viên Ban Thường vụ Tỉnh ủy', 'Trưởng Ban Dân vận Tỉnh ủy']


PAPERS = (
    (TITLE_1, AUTHOR_1, OPENING_1, NARRATIVE_1, NOTES_1, INDICATORS_1, SERIES_1, "Phần thứ nhất. I. 1. 1.1. 1.1.1."),
    (TITLE_2, AUTHOR_2, OPENING_2, NARRATIVE_2, NOTES_2, [], [], "Phần thứ nhất. I. 1. 1.1. 1.1.1."),
    (TITLE_3, AUTHOR_3, OPENING_3, NARRATIVE_3, NOTES_3, INDICATORS_3, SERIES_3, "Phần thứ nhất. I. 1. 1.1. 1.1.1."),
    (TITLE_4, AUTHOR_4, OPENING_4, NARRATIVE_4, NOTES_4, INDICATORS_4, [], "I. 1. 1.1. 1.1.1."),
)


def workbook(number: int) -> dict[str, list[dict]]:
    """The workbook of paper `number` (1 to 4)."""
    title, author, opening, narrative, notes, indicators, series, outline = PAPERS[number - 1]
    check(narrative, notes, indicators, series, opening)
    info = {
        "Loại văn bản": "CHUYÊN ĐỀ",
        "Trích yếu": title,
        "Năm đánh giá": 2020,
        "Người ký": author[0],
        "Chức vụ người ký": "\n".join(author[1:]),
        "Thể thức": "Tham luận",
        "Mẫu báo cáo": "tong-hop",
        "Đánh số đề mục": outline,
        "Mở đầu": opening or None,
    }
    sheets = {
        S.THONG_TIN: [{"Mục": k, "Giá trị": v} for k, v in info.items() if v is not None],
        S.NOI_DUNG: [{"Mục": section, "Đoạn văn": text} for section, text in narrative],
        S.CHU_THICH: [{"Mã": key, "Nội dung": text} for key, text in notes],
    }
    if indicators:
        sheets[S.SO_LIEU] = indicators
    if series:
        sheets[S.CHUOI_SO_LIEU] = series
    return sheets


def check(narrative, notes, indicators, series, opening) -> None:
    keys = [r["Mã"] for r in indicators]
    assert len(keys) == len(set(keys)), "duplicate Mã"
    used = [k for _, text in narrative for k in re.findall(r"\[\^(\w+)\]", text)]
    assert used == [k for k, _ in notes], (used, [k for k, _ in notes])
    texts = [t for _, t in narrative] + [t for _, t in notes] + [opening]
    refs = {m for t in texts for m in re.findall(r"\{(\w+)(?:\.\w+)?(?::\d)?\}", t)}
    assert refs <= set(keys) | {r["Mã"] for r in series}, refs - set(keys)


def main() -> None:
    for number, name in enumerate(FILES, start=1):
        write_workbook(HERE / name, workbook(number))
        print((HERE / name).relative_to(HERE.parent))


if __name__ == "__main__":
    main()
