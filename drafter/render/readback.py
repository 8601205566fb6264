"""The text of a rendered report as a reader sees it: every paragraph, table row and
footnote with its place (the outline headings above it), for the record and its
change list. Reads the document.xml a build has just made, before it is written (its
blocks never were a tree: render/splice.py), or a .docx of a previous build that has no
record of its text; either streams, one top-level block at a time."""
from __future__ import annotations

import io
import zipfile

from lxml import etree

from ..compose.printed import SEP
from ..document import Block, Para, Table, words
from .ooxml import W_
from .revisions import (BR, DOCUMENT, FOOTNOTE, FOOTNOTES, MARK_CHAR, OTHER_CHAR, P, REF_CHAR, T, TAB, TBL, TC,
                        TR, paragraph_text)
from .splice import STAND_IN


BODY = f"{W_}body"
HEADINGS = {"Heading1": 1, "Heading2": 2, "Heading3": 3, "Heading4": 4, "AnnexNumber": 1}


def _clean(text: str) -> str:
    for ch in (REF_CHAR, MARK_CHAR, OTHER_CHAR):
        text = text.replace(ch, "")
    return " ".join(text.split())


def _text(el) -> str:
    """The text of a table cell or a note: its paragraphs' text, one space between them
    (a thousand cells a report: this is the fast way through them)."""
    # A paragraph starts with a space as a tab or a line break is one: each is a word's end.
    return " ".join("".join(t.text or "" if t.tag == T else " " for t in el.iter(P, T, TAB, BR)).split())


def read(docx: bytes) -> list[dict]:
    """`paragraphs` of a .docx on disk (zipfile.BadZipFile, KeyError or an XML error
    when it is not one)."""
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        document = z.read(DOCUMENT)
        notes = etree.fromstring(z.read(FOOTNOTES)) if FOOTNOTES in z.namelist() else None
    return paragraphs(document, notes)


def blocks(document: bytes, keep_pis: bool = False):
    """The paragraphs, tables and other children of w:body in `document` (a document.xml),
    each whole when it comes, forgotten once the next one is asked for: a report of 10,000
    units is millions of elements, and only one of its blocks is a tree at a time. The
    parser is fed a slice at a time; every child of the body but the last one it holds is
    complete (no event for each of a million paragraphs: they cost more than the parse)."""
    parser = etree.XMLPullParser(events=("start",), tag=BODY, resolve_entities=False, huge_tree=True,
                                 remove_comments=True, remove_pis=not keep_pis)
    body = None
    view = memoryview(document)
    for at in range(0, len(document), _SLICE):
        parser.feed(bytes(view[at:at + _SLICE]))
        if body is None:
            body = next((element for _, element in parser.read_events()), None)
        while body is not None and len(body) > 1:
            block = body[0]
            yield block
            # Emptied first: lxml takes an element that still has a Python proxy out of the
            # tree by moving it, a walk of its whole subtree (a 10,000-row table).
            block.clear()
            del body[0]
    parser.close()
    if body is not None:
        yield from body


_SLICE = 1 << 20


# What a block reads as, from the blocks themselves (see `texts`): ("p", style, text) for a
# paragraph, ("tbl", [cells of each row]) for a table; other blocks read as nothing.
Summary = tuple


def texts(made: list[Block]) -> list[Summary]:
    """What `paragraphs` would read in the XML render/xml.py writes for `made`, without the
    XML: a paragraph's text is its pieces of text (a footnote reference reads as nothing, a
    tab or a line break as a space, as in `_text`), a cell's the same, a cell merged with the
    one above reads as empty. At 10,000 units parsing the blocks back was a quarter of a build."""
    out: list[Summary] = []
    for b in made:
        if isinstance(b, Para):
            out.append(("p", b.style, _clean("".join([words(c) for c in b.content]))))
        elif isinstance(b, Table):
            out.append(("tbl", [[" ".join("".join([words(c) for c in cell.content]).split())
                                 if cell.merge != "continue" else "" for cell in row.cells] for row in b.rows]))
    return out


def _stand_in(block) -> str | None:
    """The key of the blocks a stand-in paragraph (render/splice.py) holds the place of."""
    if block.tag == P and len(block) and block[0].tag is etree.PI and block[0].target == STAND_IN:
        return block[0].text
    return None


def paragraphs(document: bytes, notes, held: dict[str, list[Summary]] | None = None) -> list[dict]:
    """The printed paragraphs, table rows and footnotes, each with its place: the
    outline headings above it and its number under the last one. `document` is the
    document.xml, `notes` the w:footnotes root or None. With `held`, `document` is the
    document.xml before its stand-ins are filled, each stand-in (a child of w:body) read as
    the `texts` of its blocks."""
    out: list[dict] = []
    path: list[str] = []
    counts: dict[str, int] = {}

    def place() -> str:
        if not path:
            return "Phần đầu"
        labels = [h.split(" ", 1)[0] for h in path[:-1]]
        return " › ".join([*labels, path[-1]])

    def add(kind: str, text: str) -> None:
        where = place()
        counts[where] = counts.get(where, 0) + 1
        word = "đoạn" if kind == "doan" else "dòng bảng"
        out.append({"loai": kind, "vi_tri": f"{where}{SEP}{word} {counts[where]}", "van_ban": text})

    def paragraph(style: str | None, text: str) -> None:
        level = HEADINGS.get(style or "")
        if level and text:
            path[:] = path[:level - 1] + [text]
        elif text:
            add("doan", text)

    def table(styled: bool, rows) -> None:
        if not styled:
            # The borderless tables are the header block and the signature with its recipients.
            path[:] = ["Phần đầu" if not path else "Chữ ký, nơi nhận"]
        for cells in rows:
            if any(cells):
                add("bang", " | ".join(cells))

    for block in blocks(document, keep_pis=held is not None):
        key = _stand_in(block) if held is not None else None
        if key is not None:
            for summary in held[key]:
                if summary[0] == "p":
                    paragraph(summary[1], summary[2])
                else:
                    table(True, summary[1])     # render/xml.py gives every table its style
        elif block.tag == P:
            style = block.find(f"{W_}pPr/{W_}pStyle")
            paragraph(style.get(f"{W_}val") if style is not None else None, _clean(paragraph_text(block)))
        elif block.tag == TBL:
            table(block.find(f"{W_}tblPr/{W_}tblStyle") is not None,
                  ([_text(tc) for tc in row.iterchildren(TC)] for row in block.iter(TR)))
    if notes is not None:
        numbered = [n for n in notes if n.tag == FOOTNOTE and n.get(f"{W_}type") in (None, "normal")]
        for number, note in enumerate(numbered, start=1):
            text = _text(note)
            out.append({"loai": "chu_thich", "vi_tri": f"Chú thích {number}", "van_ban": text})
    return out
