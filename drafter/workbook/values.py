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
from ..model import norm
from ..wording import fmt_int

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean_text(value: object) -> tuple[str, bool]:
    """Cell value as NFC text without characters XML forbids; True if some were removed."""
    if value is None:
        return "", False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = unicodedata.normalize("NFC", str(value)).strip()
    cleaned = _CONTROL.sub("", text)
    return cleaned, cleaned != text


# Text such as "1.149" or "27.408": whole number with thousands dots, as printed.
_THOUSANDS_TEXT = re.compile(r"[1-9]\d{0,2}(\.\d{3})+")


def as_typed(value: int | float | Decimal) -> str:
    """A number as a cell shows it, with a decimal comma and never in exponent form."""
    exact = value if isinstance(value, Decimal) else Decimal(repr(value))
    return format(exact, "f").replace(".", ",")


def parse_count(value: object) -> int | str:
    """A count cell → int, or the Vietnamese reason it is not one."""
    if value is None or value == "":
        return 0
    if isinstance(value, bool) or isinstance(value, float) and not math.isfinite(value):
        return M.COUNT_NOT_NUMBER.format(value=value)
    if isinstance(value, (int, float)):
        if value < 0:
            return M.COUNT_NEGATIVE.format(value=as_typed(value))
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
        if text.isascii() and text.isdigit():
            return int(text)
        if _THOUSANDS_TEXT.fullmatch(text):
            return int(text.replace(".", ""))
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
        return M.NUMBER_INVALID.format(value=value)
    if isinstance(value, float) and not math.isfinite(value):
        return M.NUMBER_INVALID.format(value=value)
    if isinstance(value, (int, float)):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if isinstance(value, str):
        text = value.strip().replace("\u00a0", "").replace(" ", "")
        if _AMBIGUOUS_TEXT.fullmatch(text):
            return M.NUMBER_AMBIGUOUS.format(value=text)
        if _NUMBER_TEXT.fullmatch(text):
            return Decimal(text.rstrip("%").replace(",", "."))
        return M.NUMBER_INVALID.format(value=value.strip())
    return M.NUMBER_INVALID.format(value=value)


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
