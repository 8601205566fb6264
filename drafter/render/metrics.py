"""How wide a piece of printed text is, so the layout can follow the content: a number
column as wide as its widest figure, a rule under a heading as long as the heading.

The advance widths are those of Times New Roman, the face of every template, as
measured on Liberation Serif (its metric twin, which LibreOffice prints in its place):
a table of the characters a report prints, in units of 1/2048 em, so the widths, and
the bytes of the document, are the same on every machine whatever fonts it has.
Vietnamese letters measure as their base letter (the tone marks take no width), the
horned ơ, ư as themselves.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from lxml import etree

from .ooxml import W_

UNITS_PER_EM = 2048
CHARS = "".join(chr(c) for c in range(0x20, 0x7F)) + "Đđ–—“”‘’…ơưƠƯ"
_REGULAR = (
    512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569,
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909,
    1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479,
    1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024,
    682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024,
    1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108, 1479,
    1024, 1024, 2048, 909, 909, 682, 682, 2048, 1083, 1110, 1479, 1589,
)
_BOLD = (
    512, 682, 1137, 1024, 1024, 2048, 1706, 569, 682, 682, 1024, 1167, 512, 682, 512, 569,
    1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 682, 682, 1167, 1167, 1167, 1024,
    1905, 1479, 1366, 1479, 1479, 1366, 1251, 1593, 1593, 797, 1024, 1593, 1366, 1933, 1479, 1593,
    1251, 1593, 1479, 1139, 1366, 1479, 1479, 2048, 1479, 1479, 1366, 682, 569, 682, 1190, 1024,
    682, 1024, 1139, 909, 1139, 909, 682, 1024, 1139, 569, 682, 1139, 569, 1706, 1139, 1024,
    1139, 1139, 909, 797, 682, 1139, 1024, 1479, 1024, 1024, 909, 807, 451, 807, 1065, 1479,
    1139, 1024, 2048, 1024, 1024, 682, 682, 2048, 1134, 1229, 1593, 1630,
)
REGULAR, BOLD = dict(zip(CHARS, _REGULAR)), dict(zip(CHARS, _BOLD))
UNKNOWN = UNITS_PER_EM          # a character outside the table counts as a full em: too wide, never too narrow
HORN = "\u031b"


def _units(ch: str, table: dict[str, int]) -> int:
    if ch in table:
        return table[ch]
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c) or c == HORN)
    base = unicodedata.normalize("NFC", base)
    if base in table:
        return table[base]
    return 0 if unicodedata.combining(ch) else UNKNOWN


@functools.lru_cache(maxsize=1 << 16)      # unit names come back in every annex, figures in every row
def text_width(text: str, size_pt: float, bold: bool = False) -> int:
    """Twentieths of a point that `text` takes on one line."""
    table = BOLD if bold else REGULAR
    units = sum(_units(ch, table) for ch in unicodedata.normalize("NFC", text))
    return -(-units * round(size_pt * 20) // UNITS_PER_EM)


@dataclass(frozen=True)
class Font:
    size_pt: float
    bold: bool = False


DEFAULT_FONT = Font(14.0)


def style_fonts(root: etree._Element) -> dict[str, Font]:
    """The size and weight of every paragraph style of a template (`root`: its styles part,
    as the opened template holds it), through its basedOn chain and the document defaults:
    a user who sets the table text to 11 pt in Word gets columns measured at 11 pt."""
    default = DEFAULT_FONT
    rpr = root.find(f"{W_}docDefaults/{W_}rPrDefault/{W_}rPr")
    if rpr is not None and (sz := rpr.find(f"{W_}sz")) is not None:
        default = Font(int(sz.get(f"{W_}val")) / 2)
    own: dict[str, tuple[str | None, float | None, bool | None]] = {}
    for style in root.iter(f"{W_}style"):
        if style.get(f"{W_}type") != "paragraph":
            continue
        based = style.find(f"{W_}basedOn")
        props = style.find(f"{W_}rPr")
        sz = props.find(f"{W_}sz") if props is not None else None
        b = props.find(f"{W_}b") if props is not None else None
        own[style.get(f"{W_}styleId")] = (
            based.get(f"{W_}val") if based is not None else None,
            int(sz.get(f"{W_}val")) / 2 if sz is not None else None,
            None if b is None else b.get(f"{W_}val", "1") not in ("0", "false", "off"))

    def resolve(style_id: str, depth: int = 0) -> Font:
        based, size, bold = own.get(style_id, (None, None, None))
        parent = resolve(based, depth + 1) if based and depth < 20 else default
        return Font(size if size is not None else parent.size_pt, bold if bold is not None else parent.bold)

    return {style_id: resolve(style_id) for style_id in own}
