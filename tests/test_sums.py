"""`Thuộc` and `Kiểm tra tổng`: the breakdowns of the references ("trong đó", "gồm") checked,
with the addition and both cells in the message. The slips of 456-BC/TU and of the thematic
papers, typed as printed, are caught."""
from __future__ import annotations

from conftest import info, run, write_workbook
from drafter.workbook.validate import check_file


def workbook(tmp_path, indicators):
    return write_workbook(tmp_path / "so-lieu.xlsx", {"Thông tin": info(), "Nơi nhận": [{"Nơi nhận": "Lưu."}],
                                                      "Số liệu": indicators,
                                                      "Nội dung": [{"Mục": "A", "Đoạn văn": "Có {ct}."}]})


def problems(tmp_path, indicators):
    return [(p.level, p.sheet, p.cell, p.message) for p in check_file(workbook(tmp_path, indicators)).problems]


def row(key, value, parent=None, check=None, **more):
    return {"Mã": key, "Giá trị": value, "Thuộc": parent, "Kiểm tra tổng": check, **more}


def test_001_l444_youth_works_7_67_152_are_not_124(tmp_path):
    # "Đã thực hiện 124 công trình thanh niên (trong đó, 7 … cấp tỉnh; 67 … cấp huyện, 152 … cấp cơ sở)"
    found = problems(tmp_path, [row("ct", 124, check="bằng"), row("ct_tinh", 7, "ct"),
                                row("ct_huyen", 67, "ct"), row("ct_co_so", 152, "ct")])
    assert found == [("lỗi", "Số liệu", "C2", "7 + 67 + 152 = 226, khác 124 (Giá trị của \"ct\"): các phần "
                      "(ct_tinh ở C3, ct_huyen ở C4, ct_co_so ở C5) phải cộng lại bằng tổng; sửa số liệu cho khớp")]


def test_000_l185_party_badges_add_up_to_2353_not_2253(tmp_path):
    # L185 "tặng huy hiệu Đảng cho 2.253 đảng viên"; the note (L460) splits them by years of membership.
    badges = [("hh30", 696), ("hh40", 122), ("hh45", 1033), ("hh50", 329), ("hh55", 120), ("hh60", 20),
              ("hh65", 10), ("hh70", 23)]
    found = problems(tmp_path, [row("ct", 2253, check="bằng"), *(row(k, v, "ct") for k, v in badges)])
    assert len(found) == 1
    level, sheet, cell, message = found[0]
    assert (level, sheet, cell) == ("lỗi", "Số liệu", "C2")
    assert message.startswith("696 + 122 + 1.033 + 329 + 120 + 20 + 10 + 23 = 2.353, khác 2.253")


def test_000_l68_villages_after_the_merger(tmp_path):
    # "còn 752 thôn, tổ dân phố, giảm 119": 874 − 752 is 122. A formula gives the true figure.
    path = workbook(tmp_path, [row("ct", 752, Kỳ_trước=None), {"Mã": "thon_truoc", "Giá trị": 874},
                               {"Mã": "giam", "Công thức": "thon_truoc - ct"}])
    report = check_file(path).report
    assert {i.key: i.value for i in report.indicators}["giam"] == 122


def test_not_exceeding_and_equal_parts_pass(tmp_path):
    assert problems(tmp_path, [row("ct", 196, check="không vượt"), row("a", 136, "ct"), row("b", 35, "ct"),
                               row("c", 5, "ct"), row("d", 1, "ct")]) == []
    assert problems(tmp_path, [row("ct", 177, check="bằng"), row("a", 136, "ct"), row("b", 35, "ct"),
                               row("c", 5, "ct"), row("d", 1, "ct")]) == []


def test_parts_above_a_ceiling(tmp_path):
    found = problems(tmp_path, [row("ct", 100, check="không vượt"), row("a", 60, "ct"), row("b", 50.5, "ct")])
    assert [f[2:] for f in found] == [("C2", "60 + 50,5 = 110,5, vượt 100 (Giá trị của \"ct\"): tổng các phần "
                                             "(a ở C3, b ở C4) không được lớn hơn tổng chung; sửa số liệu cho khớp")]


def test_parent_mistakes_name_the_cell(tmp_path):
    found = problems(tmp_path, [row("ct", 1), row("a", 1, "khong_co"), row("b", 1, "b"),
                                row("c", 1, "d"), row("d", 1, "c"), row("e", 1, check="bằng")])
    cells = {(cell, message.split(":")[0]) for _, _, cell, message in found}
    assert ("K3", "Thuộc \"khong_co\" không phải Mã có trong sheet \"Số liệu\"") in cells
    assert ("K4", "\"b\" không thể thuộc chính nó") in cells
    assert any(cell == "K5" and "c → d → c" in m for _, _, cell, m in found)
    assert ("cảnh báo", "Số liệu", "L7") == found[-1][:3] and "không dòng nào ghi Thuộc \"e\"" in found[-1][3]


def test_validate_prints_the_sum_with_cells(tmp_path):
    result = run("validate", workbook(tmp_path, [row("ct", 124, check="bằng"), row("a", 7, "ct"),
                                                 row("b", 67, "ct"), row("c", 152, "ct")]))
    assert result.returncode == 1
    assert "lỗi · Số liệu · C2 · 7 + 67 + 152 = 226, khác 124" in result.stderr
