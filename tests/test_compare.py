"""Comparison annexes: `drafter compare` and `drafter build --phu-luc-so-sanh`.

The figures are read back from the generated .docx and checked against the
workbooks and against the published history: the five years of 124-BC/TU's
footnote ("Năm 2016: TSVM 56,35% …") for the 48-BC/TU sample, and the changes of
48-BC/TU's own sentences (17,30% this year, 18,59% last year: -1,29).
Charts are drawn by few tests only: importing matplotlib is the slow part.
"""
from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from conftest import assert_ooxml, run
from drafter.build import compare_years, make_report
from drafter.compose import compare
from drafter.errors import NothingToCompare
from drafter.model import unit_key
from drafter import messages as M
from drafter.model import HistoryRow, RatingTable, UnitRating
from drafter.render.charts import LABEL_GAP, label_positions
from drafter.workbook.validate import check_file
from drafter.workbook import schema as S

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_data"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
OOXML_CHECK = SHARED / "tools" / "assert_ooxml.py"
REFERENCE_124 = SHARED / "reference" / "003_8281c0a62cbc1a29.txt"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

# The footnote of 124-BC/TU, as printed (2016 and 2017 under the old categories: TSVM is
# typed under HTXSNV and yếu kém under KHTNV in the sample's Các năm trước).
FOOTNOTE_124 = {
    S.TCCSD: {2016: ("56,35", "35,91", "7,15", "0,58"), 2017: ("54,18", "35,59", "9,08", "1,15"),
              2018: ("18,5", "72,25", "8,37", "0,88"), 2019: ("18,59", "73,76", "7,20", "0,45"),
              2020: ("17,30", "74,20", "7,59", "0,91")},
    S.DANG_VIEN: {2016: ("11,08", "76,75", "11,32", "0,85"), 2017: ("10,81", "76,97", "11,26", "0,95"),
                  2018: ("11,76", "79,54", "7,87", "0,83"), 2019: ("13,37", "77,18", "8,59", "0,86"),
                  2020: ("13,59", "78,56", "6,86", "0,99")},
}


# ---- helpers -----------------------------------------------------------------------------

def cell_text(tc) -> str:
    out = []
    for node in tc.iter(f"{W}t", f"{W}br"):
        out.append("\n" if node.tag == f"{W}br" else node.text or "")
    return "".join(out)


def annex_tables(data: bytes) -> dict[str, list[list[str]]]:
    """'Biểu số N' → the rows of the table that follows it, each a list of cell texts."""
    import io
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    out, current = {}, None
    for el in root.find(f"{W}body").iter(f"{W}p", f"{W}tbl"):
        if el.tag == f"{W}p" and el.getparent().tag == f"{W}body":
            text = "".join(t.text or "" for t in el.iter(f"{W}t"))
            if re.fullmatch(r"Biểu số \d+", text):
                current = text
        elif el.tag == f"{W}tbl" and current is not None:
            out[current] = [[cell_text(tc) for tc in tr.findall(f"{W}tc")] for tr in el.findall(f"{W}tr")]
            current = None
    return out


def paragraphs(data: bytes) -> list[str]:
    import io
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    return ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in root.iter(f"{W}p")]


def year_rows(table: list[list[str]]) -> dict[int, list[str]]:
    return {int(r[0]): r for r in table if re.fullmatch(r"\d{4}", r[0])}


def unit_rows(table: list[list[str]]) -> dict[str, list[str]]:
    """Unit name (first line of its cell) → row; 'Tổng cộng' included."""
    return {r[1].split("\n")[0]: r for r in table[3:]}


def num(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def shares_of(row: list[str]) -> list[str]:
    """The four share cells of a year-table row (columns 4, 7, 10, 13)."""
    return [row[3], row[6], row[9], row[12]]


def changes_of(row: list[str]) -> list[str]:
    return [row[4], row[7], row[10], row[13]]


# ---- fixtures ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reports():
    out = {}
    for year in (2019, 2020):
        checked = check_file(SAMPLES / f"bao-cao-xep-loai-{year}.xlsx")
        assert not checked.errors, checked.errors
        out[year] = checked.report
    return out


@pytest.fixture(scope="module")
def document(reports, tmp_path_factory):
    """The annexes of the two samples, with charts, written to disk."""
    data, made = compare_years([reports[2020], reports[2019]], charts=True)
    path = tmp_path_factory.mktemp("so-sanh") / "so-sanh.docx"
    path.write_bytes(data)
    return path, data, made


@pytest.fixture(scope="module")
def tables(document):
    return annex_tables(document[1])


# ---- the document ------------------------------------------------------------------------

def test_document_is_valid_ooxml(document):
    assert_ooxml(document[0])


def test_layout_header_attached_line_and_listing(document):
    text = paragraphs(document[1])
    assert "TỈNH ỦY KON TUM" in text
    assert "PHỤ LỤC" in text
    assert "(Kèm theo Báo cáo số 48-BC/TU, ngày 10-3-2021 của Ban Thường vụ Tỉnh ủy Kon Tum)" in text
    assert any(t.startswith("Nguồn số liệu: năm 2019 theo Báo cáo số 25-BC/TU") for t in text)
    assert any("các năm 2016, 2017 và 2018" in t for t in text)
    # Subjects with a single year are named, not tabled.
    assert any(t.startswith("Chưa có số liệu năm trước để so sánh đối với tập thể lãnh đạo") for t in text)
    assert [t for t in text if re.fullmatch(r"Biểu số \d+", t)] == [f"Biểu số {n}" for n in range(1, 7)]


def test_landscape_and_header_rows_repeat(document):
    import io
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(document[1])).read("word/document.xml"))
    size = root.find(f"{W}body/{W}sectPr/{W}pgSz")
    assert size.get(f"{W}orient") == "landscape" and int(size.get(f"{W}w")) > int(size.get(f"{W}h"))
    for tbl in root.iter(f"{W}tbl"):
        if tbl.find(f"{W}tblPr/{W}tblStyle") is None:
            continue                                       # the borderless header block
        rows = tbl.findall(f"{W}tr")
        assert all(r.find(f"{W}trPr/{W}tblHeader") is not None for r in rows[:3])
        assert all(r.find(f"{W}trPr/{W}tblHeader") is None for r in rows[3:])
    numbers = [p for p in root.iter(f"{W}p")
               if p.find(f"{W}pPr/{W}pStyle") is not None
               and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "TableNumber"]
    assert len(numbers) > 100                              # figures are right-aligned by style


def test_tccsd_2019_to_2020_as_in_48_bc_tu(tables):
    rows = year_rows(tables["Biểu số 1"])
    assert shares_of(rows[2019]) == ["18,59", "73,76", "7,20", "0,45"]
    assert shares_of(rows[2020]) == ["17,30", "74,20", "7,59", "0,91"]
    assert changes_of(rows[2020]) == ["-1,29", "+0,44", "+0,39", "+0,46"]
    # Counts where known: the 2019 and 2020 workbooks; 2016–2018 only as published shares.
    assert rows[2020][1:3] == ["659", "114"] and rows[2019][1:3] == ["667", "124"]
    assert rows[2016][1] == "" and rows[2016][2] == ""
    assert rows[2016][3] == "56,35"
    assert rows[2020][-1] == "Báo cáo số 48-BC/TU"
    assert rows[2019][-1] == "Tỷ lệ đã công bố; số lượng: Báo cáo số 25-BC/TU"


def test_members_and_cells_2020_changes(tables):
    members = year_rows(tables["Biểu số 5"])
    assert shares_of(members[2020]) == ["13,59", "78,56", "6,86", "0,99"]
    assert changes_of(members[2020]) == ["+0,22", "+1,38", "-1,73", "+0,13"]
    assert members[2020][1] == "27.408"
    cells = year_rows(tables["Biểu số 3"])
    assert sorted(cells) == [2019, 2020]
    assert shares_of(cells[2020]) == ["18,80", "72,13", "8,69", "0,38"]
    assert changes_of(cells[2020]) == ["-0,91", "+0,07", "+0,72", "+0,12"]   # as 48-BC/TU prints them


def test_five_years_reproduce_the_footnote_of_124_bc_tu(tables):
    for annex, subject in (("Biểu số 1", S.TCCSD), ("Biểu số 5", S.DANG_VIEN)):
        rows = year_rows(tables[annex])
        assert sorted(rows) == [2016, 2017, 2018, 2019, 2020]
        for year, printed in FOOTNOTE_124[subject].items():
            assert [num(v) for v in shares_of(rows[year])] == [num(v) for v in printed], (subject, year)


@pytest.mark.skipif(not REFERENCE_124.is_file(), reason="shared/reference not present")
def test_footnote_figures_are_those_of_the_reference_text():
    text = REFERENCE_124.read_text(encoding="utf-8")
    pattern = re.compile(r"[Nn]ăm (\d{4}): (?:TSVM|HTXSNV) ([\d,]+)%?(?: \(TSVMTB [\d,]+%\))?, HTTNV ([\d,]+)%?, "
                         r"HTNV ([\d,]+)%?, (?:yếu kém|Không HTNV) ([\d,]+)%?")
    for subject, lead in ((S.TCCSD, "Đối với TCCSĐ:"), (S.DANG_VIEN, "Đối với đảng viên:")):
        line = next(ln for ln in text.splitlines() if lead in ln)
        found = {int(m[0]): m[1:] for m in pattern.findall(line)}
        assert found == FOOTNOTE_124[subject], subject


def test_every_change_is_the_difference_of_printed_shares(tables):
    for name in ("Biểu số 1", "Biểu số 3", "Biểu số 5"):
        rows = [r for _, r in sorted(year_rows(tables[name]).items())]
        assert all(c == "" for c in changes_of(rows[0]))
        for before, now in zip(rows, rows[1:]):
            for b, n, c in zip(shares_of(before), shares_of(now), changes_of(now)):
                assert num(c) == num(n) - num(b), (name, now[0])
                assert c.startswith("+") == (num(n) > num(b))


def test_unit_table_against_the_workbooks(tables, reports):
    from drafter import figures

    for annex, subject in (("Biểu số 2", S.TCCSD), ("Biểu số 4", S.CHI_BO), ("Biểu số 6", S.DANG_VIEN)):
        rows = unit_rows(tables[annex])
        now, before = reports[2020].rating(subject), reports[2019].rating(subject)
        assert list(rows)[:-1] == [u.unit for u in now.rows]
        last = {u.unit: u for u in before.rows}
        for u in now.rows:
            row = rows[u.unit]
            b = last[u.unit]
            assert row[2:4] == [f"{u.rated:,}".replace(",", "."), f"{b.rated:,}".replace(",", ".")]
            for k, (sa, sb) in enumerate(zip(figures.shares(u.counts), figures.shares(b.counts))):
                cells = row[4 + 3 * k: 7 + 3 * k]
                assert [num(cells[0]), num(cells[1])] == [sa, sb], (subject, u.unit, k)
                assert num(cells[2]) == sa - sb
    total = unit_rows(tables["Biểu số 2"])["Tổng cộng"]
    assert total[2:7] == ["659", "667", "17,30", "18,59", "-1,29"]


def test_charts_one_per_subject_with_captions(document):
    path, data, made = document
    import io
    import zipfile

    from PIL import Image

    assert len(made.charts) == 3
    z = zipfile.ZipFile(io.BytesIO(data))
    media = sorted(n for n in z.namelist() if n.startswith("word/media/"))
    assert media == ["word/media/image1.png", "word/media/image2.png", "word/media/image3.png"]
    image = Image.open(io.BytesIO(z.read(media[0])))
    assert image.mode == "L" and round(image.info["dpi"][0]) == 300
    assert image.size[0] >= 2500                             # 22 cm at print resolution
    xml = z.read("word/document.xml").decode()
    assert xml.count("<wp:docPr ") == 3 and 'id="1"' in xml and "rIdPicture" not in xml
    text = paragraphs(data)
    assert "Biểu đồ 1. Tỷ lệ xếp loại chất lượng tổ chức cơ sở đảng các năm 2016-2020 (%)" in text


def test_same_bytes_in_any_order(document, reports):
    again, _ = compare_years([reports[2019], reports[2020]], charts=True)
    assert again == document[1]


def test_without_charts(reports, tmp_path):
    data, made = compare_years([reports[2019], reports[2020]], charts=False)
    assert not made.charts and b"word/media" not in data
    path = tmp_path / "khong-bieu-do.docx"
    path.write_bytes(data)
    assert_ooxml(path)
    assert annex_tables(data).keys() == {f"Biểu số {n}" for n in range(1, 7)}


# ---- units renamed, merged, new ------------------------------------------------------------

def _without(table: RatingTable, unit: str) -> RatingTable:
    return dataclasses.replace(table, rows=tuple(u for u in table.rows if u.unit != unit))


def test_unit_in_one_year_only_is_shown_and_flagged(reports, tmp_path):
    """2020: Ia H'Drai merged into a new committee; 2019 had no such committee."""
    merged = UnitRating("Đảng bộ huyện Sa Thầy - Ia H'Drai", 60, 8, 46, 5, 0, 0, 1)
    now_table = _without(reports[2020].rating(S.TCCSD), "Đảng bộ huyện Ia H'Drai")
    now_table = dataclasses.replace(now_table, rows=now_table.rows + (merged,))
    now = dataclasses.replace(reports[2020], ratings=(now_table,))
    data, made = compare_years([now, reports[2019]], charts=False)
    path = tmp_path / "sap-nhap.docx"
    path.write_bytes(data)
    assert_ooxml(path)
    rows = unit_rows(annex_tables(data)["Biểu số 2"])
    new, gone = rows[merged.unit], rows["Đảng bộ huyện Ia H'Drai"]
    assert new[1] == f"{merged.unit}\n(chỉ có số liệu năm 2020)"
    assert gone[1] == "Đảng bộ huyện Ia H'Drai\n(chỉ có số liệu năm 2019)"
    assert new[2:4] == ["59", ""] and new[4:7] == ["13,56", "", ""]
    assert gone[2:4] == ["", "15"] and gone[4:7] == ["", "13,33", ""]
    assert list(rows)[-2:] == ["Đảng bộ huyện Ia H'Drai", "Tổng cộng"]     # last year's only, at the end
    # The totals are each year's own: every unit of that year.
    total = rows["Tổng cộng"]
    assert total[2:4] == [f"{now_table.total().rated}", "667"]


def test_unit_names_match_across_spelling_of_tones():
    assert unit_key("Đảng uỷ Khối  cơ quan tỉnh") == unit_key("đảng ủy khối cơ quan tỉnh")
    assert unit_key("Chi bộ Hoà Bình") == unit_key("Chi bộ Hòa Bình")
    assert unit_key("Đảng bộ huyện Đăk Hà") != unit_key("Đảng bộ huyện Đăk Tô")


# ---- history and its problems ---------------------------------------------------------------

def test_published_share_that_disagrees_with_counts_is_a_warning(reports):
    history = tuple(h if not (h.year == 2019 and h.subject == S.TCCSD)
                    else HistoryRow(2019, S.TCCSD, True, (Decimal("18.70"), Decimal("73.65"), h.values[2], h.values[3]))
                    for h in reports[2020].history)
    now = dataclasses.replace(reports[2020], history=history)
    made = compare.annexes([reports[2019], now], charts=False)
    assert [p.level for p in made.problems] == [M.WARNING, M.WARNING]
    assert "18,70%" in made.problems[0].message and "124/667 = 18,59%" in made.problems[0].message
    table = next(b for b in made.blocks if isinstance(b, compare.Table))
    row_2019 = next(r for r in table.rows if r.cells[0].content == ("2019",))
    assert row_2019.cells[3].content == ("18,70",)          # the report's own wording used it too


def test_gap_in_the_years_is_named(reports):
    history = tuple(h for h in reports[2020].history if h.year != 2018)
    now = dataclasses.replace(reports[2020], history=history)
    made = compare.annexes([now], charts=False)
    table = next(b for b in made.blocks if isinstance(b, compare.Table))
    row_2019 = next(r for r in table.rows if r.cells[0].content == ("2019",))
    assert row_2019.cells[-1].content == ("Tỷ lệ đã công bố; tăng, giảm so với năm 2017",)


def test_nothing_to_compare(reports):
    alone = dataclasses.replace(reports[2019], history=())
    with pytest.raises(NothingToCompare):
        compare_years([alone], charts=False)


# ---- inside the report -----------------------------------------------------------------------

def test_build_appends_the_annexes_after_its_own(reports, tmp_path):
    built = make_report(reports[2020], SAMPLES / "bao-cao-xep-loai-2020.xlsx", previous=reports[2019],
                        compare_years=True)
    data, tail = built.data, built.composed
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(data)
    assert_ooxml(path)
    tables = annex_tables(data)
    assert sorted(tables, key=lambda n: int(n.split()[-1])) == [f"Biểu số {n}" for n in range(1, 12)]
    assert shares_of(year_rows(tables["Biểu số 6"])[2020]) == ["17,30", "74,20", "7,59", "0,91"]
    assert len(tail.comparison.charts) == 3
    text = paragraphs(data)
    # The report's own sentence and its annex agree on last year's share.
    assert any("chiếm 17,30%, giảm 1,29% so với năm 2019" in t for t in text)
    # One landscape section for all annexes: the report's portrait part, then the annexes.
    import io
    import zipfile

    root = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    assert len(list(root.iter(f"{W}sectPr"))) == 2


def test_cli_build_and_compare(tmp_path):
    """Exit codes and messages of the two commands (no charts: one subprocess each is enough)."""
    out = tmp_path / "bao-cao.docx"
    result = run("build", SAMPLES / "bao-cao-xep-loai-2020.xlsx", "--nam-truoc", SAMPLES / "bao-cao-xep-loai-2019.xlsx",
                 "--phu-luc-so-sanh", "--khong-bieu-do", "-o", out)
    assert result.returncode == 0, result.stderr
    assert_ooxml(out)
    assert "Biểu số 11" in paragraphs(out.read_bytes())

    annex = tmp_path / "so-sanh.docx"
    result = run("compare", SAMPLES / "bao-cao-xep-loai-2019.xlsx", SAMPLES / "bao-cao-xep-loai-2020.xlsx",
                 "-o", annex, "--khong-bieu-do")
    assert result.returncode == 0, result.stderr
    assert M.COMPARE_BUILT.format(path=annex, tables=6, charts=0) in result.stderr
    assert_ooxml(annex)

    same = run("compare", SAMPLES / "bao-cao-xep-loai-2020.xlsx", SAMPLES / "bao-cao-xep-loai-2020.xlsx",
               "-o", tmp_path / "x.docx")
    assert same.returncode == 1 and "cùng năm đánh giá 2020" in same.stderr and "Traceback" not in same.stderr
    assert not (tmp_path / "x.docx").exists()

    missing = run("compare", tmp_path / "khong-co.xlsx")
    assert missing.returncode == 2 and "Không đọc được tệp" in missing.stderr


def test_plain_build_never_loads_matplotlib():
    code = ("import sys\nfrom drafter.cli import main\n"
            "try:\n    main(['build', sys.argv[1], '-o', sys.argv[2]])\nexcept SystemExit:\n    pass\n"
            "print('matplotlib' in sys.modules, 'drafter.compare' in sys.modules)")
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        result = subprocess.run([sys.executable, "-c", code, str(SAMPLES / "bao-cao-xep-loai-2020.xlsx"),
                                 str(Path(tmp) / "r.docx")], cwd=ROOT, capture_output=True, text=True)
    assert result.stdout.strip() == "False False", result.stderr


# ---- chart labels ------------------------------------------------------------------------------

@given(st.lists(st.floats(min_value=0, max_value=300, allow_nan=False), min_size=1, max_size=4))
def test_value_labels_keep_apart_and_in_order(ys):
    placed = label_positions(ys)
    order = sorted(range(len(ys)), key=lambda i: (ys[i], i))
    heights = [placed[i] for i in order]
    assert all(b - a >= LABEL_GAP - 1e-9 for a, b in zip(heights, heights[1:]))
    if len(ys) == 1:
        assert placed == ys
