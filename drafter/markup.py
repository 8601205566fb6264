"""The small markup of text cells: {ma}, {ma.tyle}, {ma.kytruoc}, {ma.chitieu},
[^ma] and {{ / }} for literal braces.

Parsed by hand, never handed to a template engine: cell text is data.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

ATTRIBUTES = ("", "tyle", "kytruoc", "chitieu")
KEY = re.compile(r"\w+")
_TOKEN = re.compile(r"\{\{|\}\}|\{|\[\^")


@dataclass(frozen=True)
class Text:
    text: str


@dataclass(frozen=True)
class Figure:
    """A reference to an indicator of `Số liệu`."""
    key: str
    attribute: str = ""     # one of ATTRIBUTES


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
            key, _, attribute = inner.partition(".")
            if end < 0 or not KEY.fullmatch(key) or attribute not in ATTRIBUTES or (inner.endswith(".")):
                raise MarkupError(
                    f"tham chiếu \"{text[m.start():(end + 1 if end >= 0 else m.start() + 20)]}\" không hợp lệ: "
                    "viết {ma}, {ma.tyle}, {ma.kytruoc} hoặc {ma.chitieu}; muốn in dấu { thì gõ {{")
            segment: Segment = Figure(key, attribute)
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
