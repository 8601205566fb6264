"""The markup of text cells: {ma}, {ma.tyle}, {ma.kytruoc}, {ma.chitieu}, [^ma],
{{ and }}; malformed references are refused with a Vietnamese message, and
unknown keys are reported by the validator with their sheet and cell."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.markup import Figure, MarkupError, NoteRef, Text, parse, plain
from drafter.workbook.validate import check_file

from workbooks import variant


@pytest.mark.parametrize("text, segments", [
    ("{{ 7*7 }}", [Text("{ 7*7 }")]),
    ("{{kiem_tra}}", [Text("{kiem_tra}")]),
    ("a }} b {{ c", [Text("a } b { c")]),
    ("{{{a}}}", [Text("{"), Figure("a"), Text("}")]),
    ("một dấu } đứng riêng", [Text("một dấu } đứng riêng")]),
    ("không có gì", [Text("không có gì")]),
    ("", []),
])
def test_escapes_and_plain_text(text, segments):
    assert parse(text) == segments


@pytest.mark.parametrize("text, segments", [
    ("({a}),", [Text("("), Figure("a"), Text("),")]),
    ("{a}.", [Figure("a"), Text(".")]),
    ("“{a}”;", [Text("“"), Figure("a"), Text("”;")]),
    ("{a}{b}", [Figure("a"), Figure("b")]),
    ("đạt {a}[^n1].", [Text("đạt "), Figure("a"), NoteRef("n1"), Text(".")]),
])
def test_keys_next_to_punctuation(text, segments):
    assert parse(text) == segments


def test_several_references_on_one_line():
    text = "Kiểm tra {kt} tổ chức ({kt.tyle}), {kt.kytruoc}; {kt.chitieu}[^hd21] và {tỷ_lệ_2}."
    assert [s for s in parse(text) if not isinstance(s, Text)] == [
        Figure("kt"), Figure("kt", "tyle"), Figure("kt", "kytruoc"), Figure("kt", "chitieu"), NoteRef("hd21"),
        Figure("tỷ_lệ_2")]
    assert plain(text) == "Kiểm tra  tổ chức (), ;  và ."


@pytest.mark.parametrize("attribute", ["tyle", "kytruoc", "chitieu"])
def test_attributes(attribute):
    assert parse(f"{{ma.{attribute}}}") == [Figure("ma", attribute)]


def test_note():
    assert parse("xem[^ghi_chu_1]") == [Text("xem"), NoteRef("ghi_chu_1")]


@pytest.mark.parametrize("text", [
    "{abc", "có {abc tổ chức", "{}", "{ a }", "{a b}", "{a.}", "{a.b}", "{a.tyle.x}", "{a{b}}",
    "{% for x in y %}", "{a-b}", "[^]", "[^a b]", "[^abc", "[^{a}]",
])
def test_malformed_raises_in_vietnamese(text):
    with pytest.raises(MarkupError) as info:
        parse(text)
    message = str(info.value)
    assert "không hợp lệ" in message and "viết" in message
    quoted = re.search(r'"(.+?)" không hợp lệ', message).group(1)
    assert quoted[0] in "{[" and quoted in text          # names the faulty reference


@given(st.text())
def test_parse_raises_only_markup_error(text):
    try:
        parse(text)
    except MarkupError:
        pass


@given(st.text().filter(lambda t: "[^" not in t))
def test_escaped_text_reads_back_as_typed(text):
    escaped = text.replace("{", "{{").replace("}", "}}")
    assert "".join(s.text for s in parse(escaped)) == text
    assert all(isinstance(s, Text) for s in parse(escaped))


# ---- the validator reports references it cannot resolve ----------------------------------

def problems(tmp_path, change=None):
    path = variant(tmp_path / "so-lieu.xlsx", change)
    return [(p.level, p.sheet, p.cell, p.message) for p in check_file(path).problems]


def test_known_references_are_fine(tmp_path):
    assert problems(tmp_path) == []   # the valid workbook uses {kiem_tra}, {kiem_tra.tyle} and [^hd21]


def paragraph(text):
    return lambda sheets: sheets["Nội dung"].append(["Hạn chế", text])


def set_cell(sheet, row, col, text):
    return lambda sheets: sheets[sheet][row - 1].__setitem__(col, text)


def without_previous(sheets):
    sheets["Số liệu"][1][4] = None                       # Kỳ trước of kiem_tra
    sheets["Nội dung"].append(["Hạn chế", "Giảm {kiem_tra.kytruoc}."])


@pytest.mark.parametrize("change, sheet, cell, words", [
    (paragraph("Có {khong_co} tổ chức."), "Nội dung", "B3", ['"khong_co"', "Số liệu"]),
    (paragraph("Xem[^khong_co]."), "Nội dung", "B3", ["[^khong_co]", "Chú thích"]),
    (paragraph("Có {abc tổ chức."), "Nội dung", "B3", ["{abc", "{{"]),
    (set_cell("Đảng viên", 2, 9, "Xem {khong_co}."), "Đảng viên", "J2", ['"khong_co"']),
    (set_cell("Chú thích", 2, 1, "Lồng [^hd21]."), "Chú thích", "B2", ["không được lồng"]),
    (lambda sheets: sheets["Thông tin"].append(["Căn cứ", "Hướng dẫn {khong_co}"]), "Thông tin", "B11",
     ['"khong_co"']),
    (without_previous, "Nội dung", "B3", ["{kiem_tra.kytruoc}", "Kỳ trước"]),
])
def test_unresolved_references_are_errors_naming_the_cell(tmp_path, change, sheet, cell, words):
    found = problems(tmp_path, change)
    assert len(found) == 1, found
    level, got_sheet, got_cell, message = found[0]
    assert (level, got_sheet, got_cell) == ("lỗi", sheet, cell)
    assert all(w in message for w in words), message
