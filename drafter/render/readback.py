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
from .ooxml import W_
from .revisions import (BR, DOCUMENT, FOOTNOTE, FOOTNOTES, MARK_CHAR, OTHER_CHAR, P, REF_CHAR, T, TAB, TBL, TC,
                        TR, paragraph_text)


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


def blocks(document: bytes):
    """The paragraphs, tables and other children of w:body in `document` (a document.xml),
    each whole when it comes, forgotten once the next one is asked for: a report of 10,000
    units is millions of elements, and only one of its blocks is a tree at a time. The
    parser is fed a slice at a time; every child of the body but the last one it holds is
    complete (no event for each of a million paragraphs: they cost more than the parse)."""
    parser = etree.XMLPullParser(events=("start",), tag=BODY, resolve_entities=False, huge_tree=True,
                                 remove_comments=True, remove_pis=True)
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


def paragraphs(document: bytes, notes) -> list[dict]:
    """The printed paragraphs, table rows and footnotes, each with its place: the
    outline headings above it and its number under the last one. `document` is the
    document.xml, `notes` the w:footnotes root or None."""
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

    for block in blocks(document):
        if block.tag == P:
            style = block.find(f"{W_}pPr/{W_}pStyle")
            level = HEADINGS.get(style.get(f"{W_}val") if style is not None else "")
            text = _clean(paragraph_text(block))
            if level and text:
                path[:] = path[:level - 1] + [text]
            elif text:
                add("doan", text)
        elif block.tag == TBL:
            if block.find(f"{W_}tblPr/{W_}tblStyle") is None:
                # The borderless tables are the header block and the signature with its recipients.
                path[:] = ["Phần đầu" if not path else "Chữ ký, nơi nhận"]
            for row in block.iter(TR):
                cells = [_text(tc) for tc in row.iterchildren(TC)]
                if any(cells):
                    add("bang", " | ".join(cells))
    if notes is not None:
        numbered = [n for n in notes if n.tag == FOOTNOTE and n.get(f"{W_}type") in (None, "normal")]
        for number, note in enumerate(numbered, start=1):
            text = _text(note)
            out.append({"loai": "chu_thich", "vi_tri": f"Chú thích {number}", "van_ban": text})
    return out
