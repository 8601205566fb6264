"""Write sample_data/bao-cao-ubnd-huyen-dak-ha.xlsx (run: python sample_data/make_ubnd_huyen.py).

A district People's Committee's report in the state form (`Thể thức: Nhà nước`,
Nghị định 30/2020/NĐ-CP): Báo cáo số 245/BC-UBND of the Ủy ban nhân dân huyện Đăk Hà
on the socio-economic results of 2021, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH", with the recipients as Nghị định 30 prints them (";" at the end of each,
"Lưu: VT, …." last). Template `tong-hop`: the body is the outline of `Nội dung`, its
figures are indicators of `Số liệu`, one note in `Chú thích`.

The report is invented to show the form: no such report was published, the figures
and the signer's name are made up (plausible for a district of about 80,000 people).
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

OUTPUT = HERE / "bao-cao-ubnd-huyen-dak-ha.xlsx"

INFO = {
    "Cơ quan ban hành": "ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ",
    "Số ký hiệu": "245/BC-UBND",
    "Địa danh": "Đăk Hà",
    "Ngày ban hành": dt.date(2021, 12, 6),
    "Trích yếu": "tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội năm 2021 và phương hướng, "
                 "nhiệm vụ năm 2022",
    "Năm đánh giá": 2021,
    "Căn cứ": "Nghị quyết của Hội đồng nhân dân huyện về nhiệm vụ phát triển kinh tế - xã hội năm 2021",
    # Two lines of authority (Alt+Enter in Excel): a deputy signs for the chairman, on behalf of the committee.
    "Quyền hạn ký": "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH",
    "Chức vụ người ký": "PHÓ CHỦ TỊCH",
    "Người ký": "Trần Văn Minh",
    "Thể thức": "Nhà nước",
    "Mẫu báo cáo": "tong-hop",
    "Số thập phân": 2,
    "Thêm số 0": "Có",
}

RECIPIENTS = (
    "UBND tỉnh (b/c);",
    "Sở Kế hoạch và Đầu tư tỉnh;",
    "TT Huyện ủy, TT HĐND huyện;",
    "Chủ tịch, các PCT UBND huyện;",
    "Các phòng, ban, đơn vị thuộc UBND huyện;",
    "UBND các xã, thị trấn;",
    "Lưu: VT, VP.",
)

# (Mã, Nội dung, Giá trị, Mẫu số (number or Mã), Kỳ trước, Chỉ tiêu, Đơn vị tính)
INDICATORS = [
    ("gtsx", "Tổng giá trị sản xuất (giá so sánh 2010)", 5862, None, 5421, 5850, "tỷ đồng"),
    ("thu_ns", "Thu ngân sách nhà nước trên địa bàn", 186, None, 171, 175, "tỷ đồng"),
    ("lua", "Diện tích gieo trồng cây hằng năm", 9120, None, 9034, 9100, "ha"),
    ("ca_phe", "Diện tích cà phê", 14250, None, 14160, None, "ha"),
    ("ho_ngheo", "Hộ nghèo cuối năm", 612, "ho", 6.92, 5.5, "hộ"),
    ("ho", "Tổng số hộ dân cư", 21340, None, None, None, "hộ"),
    ("xa", "Xã, thị trấn", 11, None, None, None, "xã"),
    ("xa_ntm", "Xã đạt chuẩn nông thôn mới", 8, "xa", None, None, "xã"),
    ("bhyt", "Người tham gia bảo hiểm y tế", 76812, "dan_so", 93.41, 95, "người"),
    ("dan_so", "Dân số trung bình", 81250, None, None, None, "người"),
    ("truong_chuan", "Trường đạt chuẩn quốc gia", 31, "truong", None, None, "trường"),
    ("truong", "Trường học các cấp", 52, None, None, None, "trường"),
    ("viec_lam", "Lao động được giải quyết việc làm", 1480, None, None, 1400, "lao động"),
]

NARRATIVE = [
    ("Kết quả thực hiện nhiệm vụ năm 2021 > Về kinh tế",
     "Tổng giá trị sản xuất (giá so sánh 2010) ước đạt {gtsx} tỷ đồng, {gtsx.kytruoc} so với năm 2020, "
     "{gtsx.chitieu} kế hoạch; cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, tăng tỷ trọng công nghiệp "
     "- xây dựng và dịch vụ."),
    ("Kết quả thực hiện nhiệm vụ năm 2021 > Về kinh tế",
     "Sản xuất nông nghiệp ổn định: diện tích gieo trồng cây hằng năm đạt {lua} ha, {lua.chitieu} kế hoạch; "
     "diện tích cà phê {ca_phe} ha, trong đó diện tích tái canh được chăm sóc đúng quy trình[^tai_canh]."),
    ("Kết quả thực hiện nhiệm vụ năm 2021 > Về kinh tế",
     "Thu ngân sách nhà nước trên địa bàn ước đạt {thu_ns} tỷ đồng, {thu_ns.chitieu} dự toán, "
     "{thu_ns.kytruoc} so với năm 2020; chi ngân sách bảo đảm đúng dự toán, ưu tiên cho phòng, chống dịch "
     "COVID-19 và an sinh xã hội."),
    ("Kết quả thực hiện nhiệm vụ năm 2021 > Về xây dựng nông thôn mới",
     "Toàn huyện có {xa_ntm}/{xa} xã đạt chuẩn nông thôn mới (chiếm {xa_ntm.tyle}); các xã còn lại tập trung "
     "hoàn thành các tiêu chí về thu nhập, hộ nghèo và môi trường."),
    ("Kết quả thực hiện nhiệm vụ năm 2021 > Về văn hóa - xã hội",
     "Công tác giảm nghèo được quan tâm: cuối năm còn {ho_ngheo} hộ nghèo, chiếm {ho_ngheo.tyle} tổng số hộ, "
     "{ho_ngheo.kytruoc} so với đầu năm; giải quyết việc làm cho {viec_lam} lao động, {viec_lam.chitieu} kế "
     "hoạch."),
    ("Kết quả thực hiện nhiệm vụ năm 2021 > Về văn hóa - xã hội",
     "Có {bhyt} người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ {bhyt.tyle} dân số, {bhyt.kytruoc} so với năm "
     "2020 (chỉ tiêu {bhyt.chitieu}); {truong_chuan}/{truong} trường đạt chuẩn quốc gia."),
    ("Kết quả thực hiện nhiệm vụ năm 2021 > Về quốc phòng, an ninh",
     "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững; hoàn thành công tác tuyển quân, "
     "diễn tập khu vực phòng thủ theo kế hoạch."),
    ("Đánh giá chung > Ưu điểm",
     "Năm 2021, dù chịu ảnh hưởng của dịch COVID-19, các chỉ tiêu chủ yếu đều đạt và vượt kế hoạch; an sinh "
     "xã hội được bảo đảm, đời sống của Nhân dân ổn định."),
    ("Đánh giá chung > Hạn chế",
     "Giải ngân vốn đầu tư công còn chậm; tỷ lệ hộ nghèo trong đồng bào dân tộc thiểu số còn cao; một số xã "
     "chưa hoàn thành tiêu chí nông thôn mới theo lộ trình."),
    ("Phương hướng, nhiệm vụ năm 2022",
     "Tập trung thực hiện có hiệu quả các chương trình mục tiêu quốc gia; đẩy nhanh tiến độ giải ngân vốn đầu "
     "tư công; phấn đấu tổng giá trị sản xuất tăng trên 8%, giảm tỷ lệ hộ nghèo từ 1,5% trở lên."),
    ("Phương hướng, nhiệm vụ năm 2022",
     "Tiếp tục cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp huyện; giữ vững quốc phòng, an "
     "ninh, trật tự an toàn xã hội trên địa bàn."),
    ("Kiến nghị",
     "Đề nghị Ủy ban nhân dân tỉnh quan tâm bố trí vốn hỗ trợ đầu tư hạ tầng các xã phấn đấu đạt chuẩn nông "
     "thôn mới năm 2022."),
]

NOTES = [
    ("tai_canh", "Diện tích cà phê tái canh trong năm 2021: 410 ha, trong đó 285 ha ghép cải tạo, 125 ha "
                 "trồng mới."),
]


def check() -> None:
    keys = [r[0] for r in INDICATORS]
    assert len(keys) == len(set(keys)), "duplicate Mã"
    used = [k for _, text in NARRATIVE for k in re.findall(r"\[\^(\w+)\]", text)]
    assert used == [k for k, _ in NOTES], used
    refs = {m for _, t in NARRATIVE for m in re.findall(r"\{(\w+)(?:\.\w+)?\}", t)}
    assert refs <= set(keys), refs - set(keys)


def workbook() -> dict[str, list[dict]]:
    check()
    return {
        S.THONG_TIN: [{"Mục": item, "Giá trị": value} for item, value in INFO.items()],
        S.NOI_NHAN: [{"Nơi nhận": r} for r in RECIPIENTS],
        S.SO_LIEU: [{"Mã": key, "Nội dung": label, "Giá trị": value, "Mẫu số": denominator, "Kỳ trước": previous,
                     "Chỉ tiêu": target, "Đơn vị tính": unit}
                    for key, label, value, denominator, previous, target, unit in INDICATORS],
        S.NOI_DUNG: [{"Mục": section, "Đoạn văn": text} for section, text in NARRATIVE],
        S.CHU_THICH: [{"Mã": key, "Nội dung": text} for key, text in NOTES],
    }


def main() -> None:
    write_workbook(OUTPUT, workbook())
    print(OUTPUT.relative_to(HERE.parent))


if __name__ == "__main__":
    main()
