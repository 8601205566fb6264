"""The small markup of text cells: `{` key [ `.` attribute ] [ `:` decimals ] `}`,
`[^ma]` for a footnote, and `{{` / `}}` for literal braces.

Attributes: those of v1 ({ma}, {ma.tyle}, {ma.kytruoc}, {ma.chitieu}), the phrases of
the general reports ({ma.tang}, {ma.tu}, {ma.gap}, {ma.binhquan}, {ma.danhgia}), a year
of the series ({ma.2018}) and its summaries ({ma.chuoi}, {ma.nhonhat}, {ma.lonnhat},
{ma.trungbinh}, {ma.tong}); `{bieu.KEY}` is the number of an annex. `:N` sets the
decimals of that one occurrence ({tl.tyle:1}).

Parsed by hand, never handed to a template engine: cell text is data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

V1_ATTRIBUTES = ("", "tyle", "kytruoc", "chitieu")
PHRASES = ("tang", "tu", "gap", "binhquan", "danhgia")
SERIES = ("chuoi", "nhonhat", "lonnhat", "trungbinh", "tong")
ATTRIBUTES = V1_ATTRIBUTES + PHRASES + SERIES
ANNEX = "bieu"             # {bieu.KEY}: the printed number of an annex
KEY = re.compile(r"\w+")
YEAR = re.compile(r"[12]\d{3}")
MAX_DECIMALS = 4
_INNER = re.compile(r"(\w+)(?:\.(\w+))?(?::(\d))?")
_TOKEN = re.compile(r"\{\{|\}\}|\{|\[\^")


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Figure:
    """A reference to an indicator of `Số liệu` (or its series), or to an annex (`bieu`)."""
    key: str
    attribute: str = ""     # one of ATTRIBUTES, a year of the series, or an annex key after `bieu`
    decimals: int | None = None

    @property
    def is_year(self) -> bool:
        return bool(YEAR.fullmatch(self.attribute))


@dataclass(frozen=True)
class NoteRef:
    """A reference to a footnote of `Chú thích`."""
    key: str


Segment = Text | Figure | NoteRef


class MarkupError(ValueError):
    pass


def parse(text: str) -> list[Segment]:
    """Split a cell's text into literal text, figure references and note references.
    Raises MarkupError (message in Vietnamese) on a malformed reference."""
    out: list[Segment] = []
    buf: list[str] = []
    pos = 0
    while True:
        m = _TOKEN.search(text, pos)
        if not m:
            buf.append(text[pos:])
            break
        buf.append(text[pos:m.start()])
        token = m.group()
        if token in ("{{", "}}"):
            buf.append(token[0])
            pos = m.end()
            continue
        close = "}" if token == "{" else "]"
        end = text.find(close, m.end())
        inner = text[m.end():end] if end >= 0 else ""
        if token == "{":
            found = _INNER.fullmatch(inner) if end >= 0 else None
            key, attribute, decimals = found.groups() if found else ("", None, None)
            attribute = attribute or ""
            valid = found is not None and (attribute in ATTRIBUTES or YEAR.fullmatch(attribute) or key == ANNEX)
            if not valid or (decimals is not None and int(decimals) > MAX_DECIMALS):
                raise MarkupError(
                    f"tham chiếu \"{text[m.start():(end + 1 if end >= 0 else m.start() + 20)]}\" không hợp lệ: "
                    "viết {ma}, {ma.tyle}, {ma.kytruoc}, {ma.chitieu}, {ma.tang}, {ma.tu}, {ma.gap}, "
                    "{ma.binhquan}, {ma.danhgia}, {ma.2020}, {ma.chuoi}, {ma.trungbinh}… hoặc {bieu.ma} "
                    f"(thêm :2 để in 2 chữ số thập phân, tối đa :{MAX_DECIMALS}); muốn in dấu {{ thì gõ {{{{")
            segment: Segment = Figure(key, attribute, None if decimals is None else int(decimals))
        else:
            if end < 0 or not KEY.fullmatch(inner):
                raise MarkupError(f"chú thích \"{text[m.start():m.start() + 20]}\" không hợp lệ: viết [^ma]")
            segment = NoteRef(inner)
        if any(buf):
            out.append(Text("".join(buf)))
        buf = []
        out.append(segment)
        pos = end + 1
    if any(buf):
        out.append(Text("".join(buf)))
    return out


def plain(text: str) -> str:
    """The text with escapes resolved and references left out (for messages)."""
    return "".join(s.text for s in parse(text) if isinstance(s, Text))
