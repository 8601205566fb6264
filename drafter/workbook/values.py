"""Cell values to typed values: counts, numbers, dates, choices and clean text. Pure
functions (property-tested in tests/test_parsing_properties.py); a value that is not
what its column wants gives the Vietnamese reason instead."""
from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from decimal import Decimal

from .. import messages as M
from ..model import norm, visible
from ..wording import fmt_int

# C0 and C1 controls and DEL (tab, LF and CR excepted): XML forbids the C0 ones, Word shows the
# others as boxes or not at all; none is typed on purpose in a report.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")


def clean_text(value: object) -> tuple[str, bool]:
    """Cell value as NFC text without characters XML forbids nor invisible ones (a unit
    name with a zero-width space prints the same and must count as the same unit);
    True if some were removed. Trimmed after the removal, so cleaning twice changes nothing."""
    if value is None:
        return "", False
    if isinstance(value, bool):
        return ("TRUE" if value else "FALSE"), False    # as the cell shows it, not Python's True
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    # Removed before NFC: a control between a letter and its accent would leave them uncomposed.
    cleaned = unicodedata.normalize("NFC", visible(_CONTROL.sub("", text)))
    return cleaned.strip(), cleaned != unicodedata.normalize("NFC", text)


# Text such as "1.149" or "27.408": whole number with thousands dots, as printed.
_THOUSANDS_TEXT = re.compile(r"[1-9]\d{0,2}(\.\d{3})+")


def as_typed(value: int | float | Decimal) -> str:
    """A number as a cell shows it, with a decimal comma and never in exponent form."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return format(exact, "f").replace(".", ",")


# Beyond these a figure is a typing slip, and Decimal arithmetic (28 digits) would fail on
# the percentages of a number with 29 digits. 2**53 is the largest whole number a cell
# holds exactly.
MAX_COUNT = 2 ** 53
MAX_NUMBER = Decimal(10) ** 15
# A smaller number than this, as a denominator, makes a share of more than 28 digits.
MIN_NUMBER = Decimal("0.000001")


def _logical(value: bool) -> str:
    """TRUE / FALSE as the cell shows it (Python would say True)."""
    return "TRUE" if value else "FALSE"


def parse_count(value: object) -> int | str:
    """A count cell → int, or the Vietnamese reason it is not one."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool):
        return M.COUNT_LOGICAL.format(value=_logical(value))
    if isinstance(value, float) and not math.isfinite(value):
        return M.COUNT_NOT_NUMBER.format(value=value)
    if isinstance(value, (int, float)):
        if value < 0:
            return M.COUNT_NEGATIVE.format(value=as_typed(value))
        if value > MAX_COUNT:
            return M.COUNT_TOO_BIG.format(value=as_typed(value), limit=fmt_int(MAX_COUNT))
        if float(value).is_integer():
            return int(value)
        exact = Decimal(repr(value))
        message = M.COUNT_FRACTION.format(value=as_typed(value))
        # 1.149 typed under an English locale is the float 1.149, meant as 1149;
        # 1.100 arrives as 1.1.
        if 1 <= exact < 1000 and (exact * 1000) % 1 == 0:
            whole = int(exact * 1000)
            message += M.COUNT_THOUSANDS_HINT.format(guess=fmt_int(whole), plain=whole)
        return message
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "")
        if text == "":
            return 0
        if text.isascii() and text.isdigit() or _THOUSANDS_TEXT.fullmatch(text):
            number = int(text.replace(".", ""))
            if number > MAX_COUNT:
                return M.COUNT_TOO_BIG.format(value=text, limit=fmt_int(MAX_COUNT))
            return number
        if text.startswith("-") and text[1:].isdigit():
            return M.COUNT_NEGATIVE.format(value=text)
        return M.COUNT_NOT_NUMBER.format(value=value.strip())
    return M.COUNT_NOT_NUMBER.format(value=value)


_NUMBER_TEXT = re.compile(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)%?")
# "1.149" or "1,149": a decimal or a thousands separator depending on the locale.
_AMBIGUOUS_TEXT = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")


def parse_number(value: object) -> Decimal | None | str:
    """A number cell → Decimal (None when empty), or the reason it is not one.
    Text may use a decimal comma and a trailing % ("17,30%"), as published."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return M.NUMBER_LOGICAL.format(value=_logical(value))
    if isinstance(value, float) and not math.isfinite(value):
        return M.NUMBER_INVALID.format(value=value)
    if isinstance(value, (int, float)):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if _AMBIGUOUS_TEXT.fullmatch(text):
            return M.NUMBER_AMBIGUOUS.format(value=text)
        if not _NUMBER_TEXT.fullmatch(text):
            return M.NUMBER_INVALID.format(value=value.strip())
        number = Decimal(text.rstrip("%").replace(",", "."))
    else:
        return M.NUMBER_INVALID.format(value=value)
    if abs(number) >= MAX_NUMBER:
        return M.NUMBER_TOO_BIG.format(value=as_typed(number), limit=fmt_int(int(MAX_NUMBER) - 1))
    if number and abs(number) < MIN_NUMBER:
        return M.NUMBER_TOO_SMALL.format(value=as_typed(number), limit=as_typed(MIN_NUMBER))
    return number


_DATE_TEXT = re.compile(r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})")


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _DATE_TEXT.fullmatch(value.strip())
        if m:
            try:
                return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                return None
    return None


def parse_choice(value: str, choices: tuple[str, ...]) -> str | None:
    wanted = norm(value)
    return next((c for c in choices if norm(c) == wanted), None)


# `Chỉ tiêu`: a number, a range ("19-20", "từ 19 đến 20") or a bound ("≥ 90", "trên 80", "không quá 3").
_BOUND_SIGNS = {"≥": "≥", ">=": "≥", ">": ">", "≤": "≤", "<=": "≤", "<": "<"}
_BOUND_WORDS = {"trên": ">", "không quá": "≤", "tối đa": "≤", "tối thiểu": "≥", "ít nhất": "≥",
                "không dưới": "≥", "dưới": "<", "từ": "≥"}
_BOUND = re.compile(r"(≥|>=|>|≤|<=|<|" + "|".join(sorted(_BOUND_WORDS, key=len, reverse=True))
                    + r")\s*([^\s].*?)(\s+trở lên)?")
_RANGE = re.compile(r"(?:từ\s+)?([0-9.,]+)\s*%?\s*(?:-|–|—|đến)\s*([0-9.,]+)")


def parse_target(value: object) -> tuple[str, Decimal, Decimal | None] | None | str:
    """A `Chỉ tiêu` cell → (kind, number, high end of a range or None), None when empty, or the
    Vietnamese reason it is not a target. Kinds are those of model.TARGET_KINDS."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        number = parse_number(value)
        return number if isinstance(number, str) or number is None else ("", number, None)
    text = " ".join(unicodedata.normalize("NFC", value).replace("\u00a0", " ").split()).lower().rstrip("%").strip()
    if not text:
        return None
    plain = parse_number(text)
    if isinstance(plain, Decimal):
        return "", plain, None
    m = _RANGE.fullmatch(text)
    if m:
        low, high = parse_number(m.group(1)), parse_number(m.group(2))
        if isinstance(low, Decimal) and isinstance(high, Decimal) and low < high:
            return "-", low, high
        return M.TARGET_INVALID.format(value=value.strip())
    m = _BOUND.fullmatch(text)
    if m:
        word, number, later = m.group(1), parse_number(m.group(2).rstrip("%").strip()), m.group(3)
        kind = _BOUND_SIGNS.get(word) or _BOUND_WORDS[word]
        if isinstance(number, Decimal) and (later is None or kind == "≥"):
            return kind, number, None
    return M.TARGET_INVALID.format(value=value.strip())


_OUTLINE_TOKEN = re.compile(r"phần thứ nhất\.?|[ivx]+\.|\d+(?:\.\d+)*\.|[a-z]\)")


def parse_outline(text: str) -> tuple[str, ...]:
    """`Đánh số đề mục` → its levels, each one of "Phần thứ nhất.", "I.", "1.", "1.1.", "1.1.1.",
    "a)"; () when the text is not such a sequence. "1.", "1.1." and "1.1.1." all number on from
    their parent ("2.3."), so they differ only in how deep the scheme expects them."""
    levels = []
    rest = " ".join(text.split()).lower()
    while rest:
        m = _OUTLINE_TOKEN.match(rest)
        if not m:
            return ()
        token = m.group()
        if token.startswith("phần"):
            levels.append("Phần thứ nhất.")
        elif token[0] in "ivx":
            levels.append("I.")
        elif token[0].isdigit():
            levels.append("1." + "1." * token.count(".", 0, len(token) - 1))
        else:
            levels.append("a)")
        rest = rest[m.end():].lstrip()
    return tuple(levels)
