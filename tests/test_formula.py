"""`Công thức`: the hand-written parser (precedence, parentheses, signs, Vietnamese
decimal comma), exact arithmetic, and every way a formula can be refused."""
from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.workbook.formula import Bin, FormulaError, Neg, Num, Ref, evaluate, keys, parse, show, to_decimal

VALUES = {"grdp": Decimal("25851"), "dan_so": Decimal("555"), "a": Decimal(7), "b": Decimal(67),
          "c": Decimal(152), "zero": Decimal(0), "x2": Decimal("0.5")}


def value(text: str) -> Decimal:
    return to_decimal(evaluate(parse(text), VALUES.__getitem__))


@pytest.mark.parametrize("text, expected", [
    ("a + b + c", "226"),                      # 001 L444: 7 + 67 + 152
    ("1 + 2 * 3", "7"),                        # * before +
    ("(1 + 2) * 3", "9"),
    ("10 - 4 - 3", "3"),                       # left to right
    ("100 / 4 / 5", "5"),
    ("2 * -3", "-6"),
    ("-(a - b)", "60"),
    ("- - 4", "4"),
    ("+4", "4"),
    ("0,5 + 0.25", "0.75"),                    # a decimal comma, as typed in Vietnam
    ("x2 * 4", "2"),                           # a key may contain digits
    ("874 − 752", "122"),                      # typographic minus (000 L68: the true 122)
    ("6 × 7 ÷ 2", "21"),
    ("  a+b  ", "74"),
])
def test_precedence_signs_and_numbers(text, expected):
    assert value(text) == Decimal(expected)


def test_exact_arithmetic():
    # Fractions inside, so dividing and multiplying back is exact.
    assert value("1 / 3 * 3") == 1
    assert value("grdp / dan_so") == Decimal("46.57837837837837837837837837837838")
    assert value("(a + b) / c * 100") == Decimal("48.68421052631578947368421052631579")
    assert value("0.1 + 0.2") == Decimal("0.3")


def test_the_tree():
    assert parse("(a + b) / c * 100") == Bin("*", Bin("/", Bin("+", Ref("a"), Ref("b")), Ref("c")),
                                             Num(Fraction(100)))
    assert parse("-a") == Neg(Ref("a"))
    assert keys(parse("a + b * a - c")) == ["a", "b", "c"]
    assert show(parse("a + b * 2")) == "(a + (b * 2))"


@pytest.mark.parametrize("text, words", [
    ("", "trống"),
    ("   ", "trống"),
    ("a +", "thiếu"),
    ("(a + b", "đóng ngoặc"),
    ("a b", "\"b\" ở ký tự thứ 3"),
    ("a + * b", "\"*\" ở ký tự thứ 5"),
    (")", "\")\""),
    ("a ^ 2", "ký tự \"^\""),
    ("=a/b", "ký tự \"=\""),
    ("__import__('os')", "ký tự \"'\""),
    ("1.149.000", "\".\" (thứ 6)"),            # thousands dots are not a number
    ("a)", "\")\""),
])
def test_malformed_formulas_say_where_in_vietnamese(text, words):
    with pytest.raises(FormulaError) as info:
        parse(text)
    assert words in str(info.value)


def test_division_by_zero_names_the_divisor():
    with pytest.raises(FormulaError) as info:
        value("a / (b - b)")
    assert str(info.value) == "chia cho 0 (\"b - b\" bằng 0)"
    with pytest.raises(FormulaError, match="\"zero\" bằng 0"):
        value("a / zero")


def test_never_evaluates_python():
    # Everything that is not arithmetic on numbers and keys is refused by the tokenizer.
    for text in ("a.b", "a[0]", "a if b else c", "lambda: 1", "a; b", "a, b"):
        with pytest.raises(FormulaError):
            parse(text)


numbers = st.integers(-10_000, 10_000)


@st.composite
def expressions(draw, depth=0):
    if depth > 3 or draw(st.booleans()):
        n = draw(numbers)
        return (str(n) if n >= 0 else f"({n})"), Fraction(n)
    op = draw(st.sampled_from("+-*/"))
    (lt, lv), (rt, rv) = draw(expressions(depth + 1)), draw(expressions(depth + 1))
    if op == "/" and rv == 0:
        op = "+"
    result = {"+": lv + rv, "-": lv - rv, "*": lv * rv, "/": lv / rv if rv else 0}[op]
    return f"({lt} {op} {rt})", result


@settings(deadline=None)
@given(expressions())
def test_the_parser_agrees_with_fraction_arithmetic(case):
    text, expected = case
    assert evaluate(parse(text), VALUES.__getitem__) == expected


@given(st.text(max_size=40))
def test_parse_raises_only_formula_error(text):
    try:
        parse(text)
    except FormulaError:
        pass


# ---- in the workbook: errors name the cell --------------------------------------------------------

from conftest import info, write_workbook  # noqa: E402
from drafter.workbook.validate import check_file  # noqa: E402


def checked(tmp_path, indicators: list[dict], paragraphs=("Có {a}.",)):
    path = write_workbook(tmp_path / "so-lieu.xlsx", {
        "Thông tin": info(), "Số liệu": indicators,
        "Nội dung": [{"Mục": "Kết quả", "Đoạn văn": p} for p in paragraphs]})
    return check_file(path)


def errors(result) -> list[tuple[str, str, str]]:
    return [(p.sheet, p.cell, p.message) for p in result.problems if p.level == "lỗi"]


def test_a_formula_gives_the_value_in_any_order(tmp_path):
    result = checked(tmp_path, [
        {"Mã": "a", "Công thức": "(b + c) / d * 100"},          # uses rows further down
        {"Mã": "b", "Giá trị": 7}, {"Mã": "c", "Giá trị": 67}, {"Mã": "d", "Giá trị": 148},
        {"Mã": "grdp", "Giá trị": 25851}, {"Mã": "dan_so", "Giá trị": 555},
        {"Mã": "binh_quan", "Công thức": "grdp / dan_so"},
    ])
    assert errors(result) == []
    values = {i.key: i for i in result.report.indicators}
    assert values["a"].value == 50 and values["a"].formula == "(b + c) / d * 100"
    assert str(values["binh_quan"].value).startswith("46.5783783")


def test_a_typed_value_beside_a_formula_is_checked_as_rounded(tmp_path):
    result = checked(tmp_path, [
        {"Mã": "a", "Giá trị": 46.58, "Công thức": "grdp / dan_so"},    # 46,5783… rounds to 46,58: fine
        {"Mã": "b", "Giá trị": 46.5, "Công thức": "grdp / dan_so"},
        {"Mã": "grdp", "Giá trị": 25851}, {"Mã": "dan_so", "Giá trị": 555}])
    assert errors(result) == [("Số liệu", "C3", "Giá trị (46,5) khác kết quả Công thức \"grdp / dan_so\" "
                                                "(46,5784): để trống Giá trị (drafter tính theo công thức) hoặc "
                                                "sửa lại một trong hai ô")]


def test_formula_errors_name_the_formula_cell(tmp_path):
    result = checked(tmp_path, [
        {"Mã": "a", "Công thức": "b / (c - c)"},
        {"Mã": "b", "Giá trị": 1}, {"Mã": "c", "Giá trị": 2},
        {"Mã": "d", "Công thức": "b + khong_co"},
        {"Mã": "e", "Công thức": "b +"},
        {"Mã": "f", "Công thức": "g + 1"}, {"Mã": "g", "Công thức": "h * 2"}, {"Mã": "h", "Công thức": "f"},
        {"Mã": "k", "Công thức": "f + 1"},                    # depends on the cycle: no error of its own
        {"Mã": "m", "Công thức": "m"},
    ])
    found = errors(result)
    assert ("Số liệu", "H2", "công thức \"b / (c - c)\" không tính được: chia cho 0 (\"c - c\" bằng 0); sửa "
                             "công thức hoặc số liệu của mã đó") in found
    assert ("Số liệu", "H5", "công thức \"b + khong_co\" dùng mã \"khong_co\" không có trong sheet \"Số liệu\": "
                             "thêm dòng có Mã \"khong_co\" hoặc sửa lại công thức") in found
    assert any(cell == "H6" and "công thức \"b +\" không hợp lệ: công thức dừng giữa chừng" in m
               for _, cell, m in found)
    assert ("Số liệu", "H7", "công thức của \"f\" vòng lại chính nó (f → g → h → f): một chỉ tiêu không được "
                             "tính từ chính nó, bỏ một mã khỏi vòng") in found
    assert any(cell == "H11" and "(m → m)" in m for _, cell, m in found)
    assert len(found) == 5, found
