"""The term review 456-BC/TU (reference 000) as a sample workbook (sample_data/make_tong_ket.py):
it validates clean, builds in two parts with its 44 notes, and reproduces the reference's numbers
but for the reference's own slips, where it prints the true figures. The fidelity share is printed."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import (W, numbers, ROOT, assert_ooxml, build, edited, footnotes, headings, paragraphs, part, run,
                      run_text)

SAMPLE = ROOT / "sample_data" / "bao-cao-456-tong-ket-xay-dung-dang.xlsx"
REFERENCE = ROOT / ".." / "shared" / "reference" / "000_e2b8466abdb0a07e.txt"

# Where 456-BC/TU's arithmetic is wrong: (as printed, as the sample prints it, why).
SLIPS = [
    ("còn 752 thôn, tổ dân phố, giảm 119 thôn, tổ dân phố", "còn 752 thôn, tổ dân phố, giảm 122 thôn, tổ dân phố",
     "874 − 752 = 122"),
    ("huy hiệu Đảng cho 2.253 đảng viên", "huy hiệu Đảng cho 2.353 đảng viên",
     "the note: 696 + 122 + 1.033 + 329 + 120 + 20 + 10 + 23 = 2.353"),
    ("HTNV 03 đồng chí (chiếm 0,89%)", "HTNV 03 đồng chí (chiếm 0,88%)", "3 / 341 = 0,8798 %"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    result = run("validate", SAMPLE)
    assert result.returncode == 0 and result.stderr.strip() == "Không có lỗi.", result.stderr
    return build(SAMPLE, tmp_path_factory.mktemp("456") / "456-BC-TU.docx")


def test_the_sample_is_written_by_its_script(tmp_path):
    # The workbook in sample_data/ is what the script writes (same sheets, same cells).
    import openpyxl

    from sample_data import make_tong_ket

    data = make_tong_ket.workbook()
    book = openpyxl.load_workbook(SAMPLE)
    for name, rows in data.items():
        ws = book[name]
        headers = [c.value for c in ws[1]]
        typed = [{h: v for h, v in zip(headers, r) if v is not None} for r in ws.iter_rows(min_row=2, values_only=True)]
        expected = [{h: v for h, v in r.items() if v is not None} for r in rows]
        assert len(typed) == len(expected), name
        for got, want in zip(typed, expected):
            assert {h: (v.date() if hasattr(v, "date") and not isinstance(v, str) else v) for h, v in got.items()} \
                == want, name


def test_two_parts_and_run_in_headings(built):
    names = headings(built)
    assert names[0] == ("PHẦN THỨ NHẤT\nTỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG VÀ THI HÀNH ĐIỀU LỆ ĐẢNG NHIỆM KỲ ĐẠI "
                        "HỘI XII")
    assert names[-3:] == ["PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP CỦA CÔNG TÁC XÂY DỰNG ĐẢNG NHIỆM KỲ "
                          "2020-2025", "I. PHƯƠNG HƯỚNG, NHIỆM VỤ", "II. KIẾN NGHỊ ĐỀ XUẤT"]
    assert "4.1. Về công tác cán bộ" in names
    text = [t for _, t in paragraphs(built)]
    assert any(t.startswith("1. Việc hướng dẫn thi hành Điều lệ Đảng: Các cấp ủy") for t in text)
    assert any(t.startswith("9. Về khen thưởng, kỷ luật: Công tác khen thưởng") for t in text)
    # The run-in heading is set like the heading "3. Về nguyên tắc tổ chức …" of its level.
    body = part(built).find(f"{W}body")
    leads = [(r.find(f"{W}rPr/{W}rStyle").get(f"{W}val"), run_text(r)) for p in body.iter(f"{W}p")
             for r in p.findall(f"{W}r")[:1] if r.find(f"{W}rPr/{W}rStyle") is not None
             and r.find(f"{W}rPr/{W}rStyle").get(f"{W}val").startswith("Heading")]
    assert leads == [("Heading3Char", "1. Việc hướng dẫn thi hành Điều lệ Đảng:"), ("Heading3Char", "2. Về đảng viên:"),
                     ("Heading3Char", "4. Cơ quan lãnh đạo của Đảng ở Trung ương:"),
                     ("Heading3Char", "9. Về khen thưởng, kỷ luật:")]
    assert ("Heading 3", "3. Về nguyên tắc tổ chức và cơ cấu tổ chức của Đảng") in paragraphs(built)
    assert text[3].startswith("Thực hiện Công văn số 48-CV/TBĐLĐ, ngày 28-5-2019")        # Mở đầu
    assert len(footnotes(built)) == 44
    assert_ooxml(built)


def test_figures_printed_by_markup(built):
    text = "\n".join(t for _, t in paragraphs(built)) + "\n" + "\n".join(footnotes(built))
    for figure in ("Có 473/874 thôn trưởng, tổ trưởng tổ dân phố là đảng viên (đạt 54,12%); 85/473 bí thư chi bộ "
                   "kiêm thôn trưởng, tổ trưởng tổ dân phố (đạt 17,97%).",
                   "số TCCSĐ trong sạch vững mạng đều đạt từ 54,18% trở lên",       # the lowest of its series
                   "trong đó số hoàn thành tốt nhiệm vụ đạt từ 75,60% trở lên",
                   "xếp loại HTXSNV: 11 đồng chí, chiếm tỷ lệ 20,75% số đề nghị HTTNV",  # 11 / (11 + 42)
                   "nữ: 16 đồng chí (chiếm 22,86%)",                                  # printed "22.86%"
                   "lần thứ 3 có 03 đồng chí (chiếm 20%)"):
        assert figure in text, figure


@pytest.mark.parametrize("printed, true, why", SLIPS)
def test_each_slip_of_the_reference_is_printed_true(built, printed, true, why):
    text = "\n".join(t for _, t in paragraphs(built)) + "\n" + "\n".join(footnotes(built))
    assert true in text and printed not in text, why
    if REFERENCE.is_file():
        assert printed in " ".join(REFERENCE.read_text(encoding="utf-8").split())


def test_fidelity_every_number_of_the_reference(built, capsys):
    if not REFERENCE.is_file():
        pytest.skip("../shared/reference is not here")
    reference = REFERENCE.read_text(encoding="utf-8")
    ours_text = paragraphs(built)
    start = next(i for i, (_, t) in enumerate(ours_text) if t.startswith("Thực hiện Công văn"))
    end = next((i for i, (s, _) in enumerate(ours_text) if s.startswith("Annex")), len(ours_text))
    ours = numbers("\n".join(t for _, t in ours_text[start:end]) + "\n" + "\n".join(footnotes(built)))
    ref = numbers(reference[reference.index("Thực hiện Công văn"):reference.index("\tNơi nhận:")]
                  + reference[reference.index("A Pớt") + len("A Pớt"):])
    share = sum((ref & ours).values()) / sum(ref.values())
    with capsys.disabled():
        print(f"\n456-BC/TU: {sum((ref & ours).values())}/{sum(ref.values())} numbers reproduced ({share:.2%})")
    assert share >= 0.97
    # What is not reproduced is exactly the slips, each replaced by its true figure.
    assert ref - ours == Counter({"119": 1, "2253": 1, "89": 1})
    assert ours - ref == Counter({"122": 1, "2353": 1, "88": 1})


def test_typed_as_printed_the_badges_are_caught(tmp_path):
    # L185/L460: the total as the reference prints it does not match its own breakdown.
    def as_printed(book):
        ws = book["Số liệu"]
        headers = [c.value for c in ws[1]]
        for r in ws.iter_rows(min_row=2):
            if r[0].value == "huy_hieu":
                r[headers.index("Giá trị")].value = 2253
    result = run("validate", edited(tmp_path / "456.xlsx", as_printed, SAMPLE))
    assert result.returncode == 1
    assert re.search(r"lỗi · Số liệu · C\d+ · 696 \+ 122 \+ 1\.033 \+ 329 \+ 120 \+ 20 \+ 10 \+ 23 = 2\.353, "
                     r"khác 2\.253 \(Giá trị của \"huy_hieu\"\)", result.stderr), result.stderr
