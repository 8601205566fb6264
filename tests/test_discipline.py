"""Discipline (`Kỷ luật`): the phrase, its place in the standard report (2.3), `{ky_luat}` in
text cells, and the annex table with its totals in both templates."""
from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from conftest import (ROOT, body_text, build, headings, info, assert_ooxml, paragraphs, run, cell_grid,
                       write_workbook)
from drafter.compose import discipline
from drafter.model import DisciplineRow
from drafter.workbook import schema as S
from sample_data.make_tong_hop import DISCIPLINE

STANDARD_2020 = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"
HEADERS = ["Đơn vị", *(f"Tổ chức đảng - {p}" for p in S.ORG_PENALTIES),
           *(f"Đảng viên - {p}" for p in S.MEMBER_PENALTIES)]
PHRASE_124 = ("29 tổ chức đảng (khiển trách: 26, cảnh cáo: 03) và 1.090 đảng viên (khiển trách: 789, "
              "cảnh cáo: 207, cách chức: 31, khai trừ: 63)")


def rows(data=DISCIPLINE) -> list[DisciplineRow]:
    return [DisciplineRow(unit, tuple(counts[:3]), tuple(counts[3:])) for unit, *counts in data]


# ---- the phrase -------------------------------------------------------------------------------------

def test_phrase_of_124():
    assert discipline.phrase(rows()) == PHRASE_124


def test_phrase_without_zero_padding():
    assert "cảnh cáo: 3)" in discipline.phrase(rows(), zero_pad=False)


def test_phrase_leaves_out_a_side_without_cases_and_penalties_without_cases():
    only_members = [DisciplineRow("A", (0, 0, 0), (5, 0, 0, 2))]
    assert discipline.phrase(only_members) == "07 đảng viên (khiển trách: 05, khai trừ: 02)"
    only_organisations = [DisciplineRow("A", (0, 0, 1), (0, 0, 0, 0))]
    assert discipline.phrase(only_organisations) == "01 tổ chức đảng (giải tán: 01)"
    assert not discipline.has_cases([DisciplineRow("A", (0, 0, 0), (0, 0, 0, 0))])


def test_total_adds_every_column():
    t = discipline.total(rows())
    assert t.unit == "Tổng cộng"
    assert t.organisations == (26, 3, 0) and t.members == (789, 207, 31, 63)


# ---- the standard report ------------------------------------------------------------------------

def with_discipline(tmp_path: Path, data=DISCIPLINE) -> Path:
    book = openpyxl.load_workbook(STANDARD_2020)
    ws = book.create_sheet(S.KY_LUAT)
    ws.append(HEADERS)
    for unit, *counts in data:
        ws.append([unit, *counts])
    path = tmp_path / "xep-loai-2020-ky-luat.xlsx"
    book.save(path)
    return path


@pytest.fixture(scope="module")
def standard(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("standard")
    return build(with_discipline(tmp), tmp / "48-BC-TU.docx")


def test_standard_report_has_a_discipline_subsection_after_the_ratings(standard):
    h = headings(standard)
    assert h[h.index("2.2. Kết quả xếp loại chất lượng") + 5] == "2.3. Kết quả thi hành kỷ luật đảng"
    assert h[h.index("2.3. Kết quả thi hành kỷ luật đảng") + 1] == "II. ĐÁNH GIÁ CHUNG"
    assert f"Năm 2020, toàn Đảng bộ tỉnh đã thi hành kỷ luật {PHRASE_124} (có biểu số 6 kèm theo)." \
        in body_text(standard)


def test_standard_report_discipline_annex_follows_the_rating_annexes(standard):
    annex = [t for style, t in paragraphs(standard) if style == "Annex Number"]
    assert annex == [f"Biểu số {n}" for n in range(1, 7)]
    titles = [t for style, t in paragraphs(standard) if style == "Annex Title"]
    assert titles[-1] == "KẾT QUẢ THI HÀNH KỶ LUẬT TỔ CHỨC ĐẢNG, ĐẢNG VIÊN NĂM 2020"
    table = cell_grid(standard)[-1]
    assert table[0][2] == "Tổ chức đảng" and table[0][6] == "Đảng viên"
    assert table[1][2:] == ["Tổng số", "Khiển trách", "Cảnh cáo", "Giải tán",
                            "Tổng số", "Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ"]
    assert table[3] == ["1", "Đảng bộ thành phố Kon Tum", "6", "5", "1", "0", "226", "160", "45", "7", "14"]
    assert table[-1] == ["", "Tổng cộng", "29", "26", "3", "0", "1.090", "789", "207", "31", "63"]
    assert len(table) == 3 + len(DISCIPLINE) + 1


def test_standard_report_with_discipline_is_well_formed(standard):
    assert_ooxml(standard)


def test_without_discipline_the_numbering_closes_up(tmp_path):
    out = build(STANDARD_2020, tmp_path / "48.docx")
    assert not any(h.startswith("2.3.") for h in headings(out))
    assert not any("KỶ LUẬT" in t for _, t in paragraphs(out))


def test_a_discipline_sheet_without_cases_says_so(tmp_path):
    zeros = [(unit, 0, 0, 0, 0, 0, 0, 0) for unit, *_ in DISCIPLINE[:2]]
    out = build(with_discipline(tmp_path, zeros), tmp_path / "48.docx")
    assert ("Năm 2020, toàn Đảng bộ tỉnh không có tổ chức đảng, đảng viên nào bị thi hành kỷ luật "
            "(có biểu số 6 kèm theo).") in body_text(out)


# ---- {ky_luat} in text cells --------------------------------------------------------------------

def general_workbook(tmp_path: Path, paragraph: str, discipline_rows=DISCIPLINE, indicators=()) -> Path:
    sheets = {
        "Thông tin": info(),
        "Nội dung": [{"Mục": "Kiểm tra, giám sát", "Đoạn văn": paragraph}],
        "Số liệu": list(indicators),
    }
    if discipline_rows is not None:
        sheets["Kỷ luật"] = [dict(zip(HEADERS, (unit, *counts))) for unit, *counts in discipline_rows]
    return write_workbook(tmp_path / "so-lieu.xlsx", sheets)


def test_ky_luat_prints_the_phrase_and_the_general_report_attaches_the_table(tmp_path):
    out = build(general_workbook(tmp_path, "Đã thi hành kỷ luật {ky_luat}."), tmp_path / "out.docx")
    assert f"Đã thi hành kỷ luật {PHRASE_124}." in body_text(out)
    table = cell_grid(out)[-1]
    body = table[3:-1]
    assert [r[1] for r in body] == [unit for unit, *_ in DISCIPLINE]
    for column in range(2, 11):
        assert int(table[-1][column].replace(".", "")) == sum(int(r[column]) for r in body)
    assert_ooxml(out)


def test_ky_luat_without_the_sheet_is_an_error_naming_the_cell(tmp_path):
    source = general_workbook(tmp_path, "Đã thi hành kỷ luật {ky_luat}.", discipline_rows=None)
    result = run("validate", source)
    assert result.returncode == 1
    assert "lỗi · Nội dung · B2 · {ky_luat} in cụm kết quả thi hành kỷ luật nhưng sổ không có sheet " \
           "\"Kỷ luật\"" in result.stderr


def test_ky_luat_takes_no_attribute(tmp_path):
    result = run("validate", general_workbook(tmp_path, "Tỷ lệ {ky_luat.tyle}."))
    assert result.returncode == 1
    assert "lỗi · Nội dung · B2 · \"{ky_luat.tyle}\" không hợp lệ" in result.stderr


def test_an_indicator_named_ky_luat_wins(tmp_path):
    source = general_workbook(tmp_path, "Có {ky_luat} vụ.",
                              indicators=[{"Mã": "ky_luat", "Nội dung": "Số vụ", "Giá trị": 12}])
    assert "Có 12 vụ." in body_text(build(source, tmp_path / "out.docx"))
