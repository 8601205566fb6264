"""The four thematic papers of reference 001 as `Tham luận` workbooks (sample_data/make_chuyen_de.py):
each validates clean and builds without number, date or signature, its author under the title;
the figures the papers compute come from markup; every number of the reference is reproduced but
for the reference's own slips, where the samples print the true figures. The share is printed."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import numbers, ROOT, assert_ooxml, build, cell_grid, edited, footnotes, headings, paragraphs, run

SAMPLES = [ROOT / "sample_data" / name for name in (
    "tham-luan-1-kinh-te-van-hoa-xa-hoi.xlsx", "tham-luan-2-quoc-phong-an-ninh.xlsx",
    "tham-luan-3-xay-dung-dang.xlsx", "tham-luan-4-mat-tran-to-quoc.xlsx")]
REFERENCE = ROOT / ".." / "shared" / "reference" / "001_29c47c2db6e3739b.txt"

# Where the papers' arithmetic is wrong: (paper, as printed, as the sample prints it, why).
SLIPS = [
    (1, "lên 2.025 USD (khoảng 46,57 triệu đồng) vào cuối năm 2020 (tăng 45%)",
     "lên 2.025 USD (khoảng 46,57 triệu đồng) vào cuối năm 2020 (tăng 44%)", "2.025 / 1.406 = 1,4403"),
    (3, "bỏ sinh hoạt đảng 136 (chiếm 69,38%), vi phạm pháp luật 35 (chiếm 17,85%)",
     "bỏ sinh hoạt đảng 136 (chiếm 69,39%), vi phạm pháp luật 35 (chiếm 17,86%)",
     "136 / 196 = 69,388 %, 35 / 196 = 17,857 %: rounded half-up, not cut"),
    (3, "thiếu gương mẫu 01 (chiếm 0,05%)", "thiếu gương mẫu 01 (chiếm 0,51%)", "1 / 196 = 0,510 %"),
    (4, "Đã thực hiện 124 công trình thanh niên", "Đã thực hiện 226 công trình thanh niên", "7 + 67 + 152 = 226"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("chuyen-de")
    out = []
    for sample in SAMPLES:
        result = run("validate", sample)
        assert result.returncode == 0 and result.stderr.strip() == "Không có lỗi.", (sample.name, result.stderr)
        out.append(build(sample, folder / sample.with_suffix(".docx").name))
    return out


def everything(path: Path) -> str:
    return "\n".join(t for _, t in paragraphs(path)) + "\n" + "\n".join(footnotes(path))


def test_each_paper_is_a_thematic_paper(built):
    authors = ["Y Ngọc", "U Huấn", "Huỳnh Tấn Phục", "Nguyễn Thanh Hà"]
    for path, author in zip(built, authors):
        text = paragraphs(path)
        assert text[0] == ("Title", "CHUYÊN ĐỀ")
        (block,) = cell_grid(path)[0]
        assert block[1].split("\n")[:2] == [author, "Ủy viên Ban Thường vụ Tỉnh ủy"]
        assert "Nơi nhận" not in everything(path) and "T/M" not in everything(path)
        assert_ooxml(path)
    assert headings(built[0])[:4] == [
        "PHẦN THỨ NHẤT\nĐÁNH GIÁ 5 NĂM THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XV ĐẢNG BỘ TỈNH", "I. THÀNH QUẢ",
        "1. Kinh tế tiếp tục duy trì mức tăng trưởng cao, các ngành kinh tế mũi nhọn và sản phẩm chủ lực được tập "
        "trung phát triển; hệ thống kết cấu hạ tầng từng bước được đầu tư đồng bộ.",
        "1.1. Đã triển khai đồng bộ nhiều giải pháp tái cơ cấu kinh tế, đổi mới mô hình tăng trưởng"]
    assert "2.2.5. Thực hiện tinh giản biên chế, cơ cấu lại, nâng cao chất lượng đội ngũ cán bộ, công chức, viên " \
           "chức" in headings(built[2])
    # Paper 4 has no parts, opens with its own two paragraphs, and runs "1. Ban hành các văn bản:" in.
    assert headings(built[3])[0].startswith("I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA ĐẢNG")
    assert paragraphs(built[3])[3][1].startswith("Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị-xã hội là")
    assert any(t.startswith("1. Ban hành các văn bản: Trong giai đoạn 2015-2020") for _, t in paragraphs(built[3]))


def test_the_figures_of_the_general_reports(built):
    one, three = everything(built[0]), everything(built[2])
    for figure in ("tỷ trọng ngành công nghiệp-xây dựng tăng từ 23,19% năm 2015 lên 27,6% năm 2020",
                   "GRDP bình quân đầu người tăng từ 1.406 USD năm 2015 lên 2.025 USD",
                   "diện tích cây cao su 74.167 ha, tăng 17.279 ha so với năm 2015",
                   "tăng 916 doanh nghiệp, tăng 9.981 tỷ vốn so với năm 2015",
                   "có 28 xã đạt chuẩn nông thôn mới (vượt chỉ tiêu Nghị quyết)",
                   "Tuổi thọ trung bình tăng từ 66,2 tuổi năm 2015 lên 66,8 tuổi năm 2020",
                   "là 36% (giảm 3,3% so với năm 2015)",
                   "tỷ lệ tăng dân số tự nhiên giảm từ 1,424% năm 2015 xuống 1,2% vào năm 2020",
                   "năm 2017 đạt 95,74%; năm 2018 đạt 95,87%; năm 2019 đạt 91,47%; năm 2020 đạt 97,69%"):
        assert figure in one, figure
    for figure in ("xem xét xử lý kỷ luật 21 tổ chức đảng (tăng 16 tổ chức đảng so với nhiệm kỳ 2010-2015)",  # L336
                   "660 tổ chức cơ sở đảng (TCCSĐ) giảm 2,65% và 1.845 chi bộ trực thuộc đảng uỷ cơ sở, tăng 2,84%",
                   "kết nạp được 5.853 đảng viên, đạt 117,06% chỉ tiêu",
                   "toàn Đảng bộ tỉnh có 196 đảng viên đưa ra khỏi Đảng"):
        assert figure in three, figure


@pytest.mark.parametrize("paper, printed, true, why", SLIPS)
def test_each_slip_of_the_papers_is_printed_true(built, paper, printed, true, why):
    text = everything(built[paper - 1])
    assert true in text and printed not in text, why
    if REFERENCE.is_file():
        assert printed in " ".join(REFERENCE.read_text(encoding="utf-8").split())


def test_fidelity_every_number_of_the_papers(built, capsys):
    if not REFERENCE.is_file():
        pytest.skip("../shared/reference is not here")
    reference = REFERENCE.read_text(encoding="utf-8")
    notes_at = reference.index("\n� Từ trang 6")
    ref = numbers(reference)                         # the four papers and their notes
    ours = Counter()
    for path in built:
        ours += numbers(everything(path) + "\n" + "\n".join(cell_grid(path)[0][0]))
    share = sum((ref & ours).values()) / sum(ref.values())
    with capsys.disabled():
        print(f"\n001 (4 papers): {sum((ref & ours).values())}/{sum(ref.values())} numbers reproduced ({share:.2%})")
    assert share >= 0.97
    assert numbers(reference[notes_at:]) - ours == Counter()
    # Not reproduced: the slips above, and paper 4's numbering "3.3. … 3.1.1. 3.1.2. 3.2.3." (ours: 3.3.1. …).
    assert ref - ours == Counter({"45": 1, "6938": 1, "1785": 1, "5": 1, "124": 1, "311": 1, "312": 1, "323": 1})


def test_typed_as_printed_the_youth_works_are_caught(tmp_path):
    # Paper 4, L444: the total typed as printed, its parts under it, checked.
    def as_printed(book):
        ws = book["Số liệu"]
        headers = [c.value for c in ws[1]]
        for r in ws.iter_rows(min_row=2):
            if r[0].value == "ct":
                r[headers.index("Giá trị")].value = 124
                r[headers.index("Công thức")].value = None
                r[headers.index("Kiểm tra tổng")].value = "bằng"
            elif r[0].value in ("ct_tinh", "ct_huyen", "ct_co_so"):
                r[headers.index("Thuộc")].value = "ct"
    result = run("validate", edited(tmp_path / "tl4.xlsx", as_printed, SAMPLES[3]))
    assert result.returncode == 1
    assert re.search(r"lỗi · Số liệu · C2 · 7 \+ 67 \+ 152 = 226, khác 124", result.stderr), result.stderr
