"""The text of a report as an editor saved it (`readback` reads drafter's own).

Word and LibreOffice rewrite every part of a .docx they save: runs split at each
editing session (rsids), spelling marks and bookmarks between them, text inside
hyperlinks, fields and content controls, styles renamed (LibreOffice's
`TextBody` for our `BodyText`), footnotes renumbered. Comparing such a file with
the one drafter wrote is only possible on text, paragraph by paragraph: this
module reads that text, with the same placeholders as `revisions` for what is
not text (a tab, a break, a footnote reference), and keeps, for each piece of
it, the XML node it comes from, so that an edit can be applied in place.

What a reader sees is the text with every pending revision accepted: inserted
text counts, deleted text does not. Pieces inside someone's revision are marked
`tracked`, so that the merge does not nest its own revisions inside them.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .ooxml import W_
from .revisions import BR, FOOTNOTE, ID, INS, MARK_CHAR, NOTE_MARK, NOTE_REF, OTHER_CHAR, P, R, REF_CHAR, T, \
    TAB, TBL, TC, TR

SDT, SDT_CONTENT = f"{W_}sdt", f"{W_}sdtContent"
MOVE_TO = f"{W_}moveTo"
# Containers of runs inside a paragraph whose text is part of the paragraph's.
_INLINE = {f"{W_}{n}" for n in ("hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")}
# Run children and what they read as; anything else in a run (field codes, marks
# Word leaves for its own layout, comment references) is no text at all.
CHARS = {TAB: "\t", BR: "\n", f"{W_}cr": "\n", NOTE_REF: REF_CHAR, NOTE_MARK: MARK_CHAR,
         f"{W_}noBreakHyphen": "-"}
for _name in ("drawing", "pict", "object", "sym", "endnoteReference", "ptab"):
    CHARS[f"{W_}{_name}"] = OTHER_CHAR


@dataclass(frozen=True)
class Piece:
    """A stretch of a paragraph's text and the node it comes from: a w:t (any
    length), or a run child that stands for one character."""
    start: int
    end: int
    node: etree._Element
    run: etree._Element
    tracked: bool


def _runs(parent: etree._Element, tracked: bool, out: list) -> None:
    for child in parent:
        tag = child.tag
        if tag == R:
            out.append((child, tracked))
        elif tag in (INS, MOVE_TO):
            _runs(child, True, out)
        elif tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                _runs(content, tracked, out)
        elif tag in _INLINE:
            _runs(child, tracked, out)
        # w:del, w:moveFrom: not in the text a reader sees; w:pPr, bookmarks, proofing
        # and comment ranges: no text.


def runs(p: etree._Element) -> list[tuple[etree._Element, bool]]:
    """The runs whose text is the paragraph's, in order, each with whether it lies
    inside a pending revision."""
    out: list = []
    _runs(p, False, out)
    return out


def pieces(p: etree._Element) -> tuple[str, list[Piece]]:
    """A paragraph's text and where each stretch of it lives: what the merge edits in place."""
    text: list[str] = []
    out: list[Piece] = []
    pos = 0
    for run, tracked in runs(p):
        for child in run:
            tag = child.tag
            if tag == T:
                value = child.text or ""
                if value:
                    text.append(value)
                    out.append(Piece(pos, pos + len(value), child, run, tracked))
                    pos += len(value)
            elif tag in CHARS:
                text.append(CHARS[tag])
                out.append(Piece(pos, pos + 1, child, run, tracked))
                pos += 1
    return "".join(text), out


def paragraph_text(p: etree._Element) -> str:
    """The text of `pieces`, without making them."""
    out: list[str] = []
    for run, _ in runs(p):
        for child in run:
            tag = child.tag
            if tag == T:
                out.append(child.text or "")
            elif tag in CHARS:
                out.append(CHARS[tag])
    return "".join(out)


def blocks(container: etree._Element) -> list[etree._Element]:
    """Paragraphs and tables of a body, a cell or a note (content controls count as
    one block: their inside is the editor's, not drafter's)."""
    return [c for c in container if c.tag in (P, TBL, SDT)]


def rows(table: etree._Element) -> list[etree._Element]:
    return [c for c in table if c.tag == TR]


def cells(row: etree._Element) -> list[etree._Element]:
    return [c for c in row if c.tag == TC]


_SEPARATORS = {P: "\x1d", TC: "\x1f", TR: "\x1e"}
_FLAT = (T, P, TC, TR, *CHARS)


def flat_text(el: etree._Element) -> str:
    """The text of any block in one pass of lxml's own iteration, each paragraph, cell and
    row opened by a separator: the key by which blocks are compared and aligned (a
    thousand cells a report), not the text words are merged on, which `pieces` reads.
    Deleted text is w:delText, which this leaves out as `pieces` does."""
    out: list[str] = []
    for node in el.iter(*_FLAT):
        tag = node.tag
        if tag == T:
            out.append(node.text or "")
        else:
            out.append(_SEPARATORS.get(tag) or CHARS[tag])
    return "".join(out)


def table_text(table: etree._Element) -> dict[etree._Element, str] | None:
    """`flat_text` of a table and of each of its rows and cells, in one pass (a call of
    lxml's iteration costs more than the few nodes of a cell it walks). None for a table
    holding another table, whose cells a single pass cannot tell apart."""
    if any(True for _ in table.iterdescendants(TBL)):
        return None
    parts: dict[etree._Element, list[str]] = {}
    current: list[str] = []
    for node in table.iter(*_FLAT):
        tag = node.tag
        if tag == T:
            current.append(node.text or "")
        elif tag == P:
            current.append("\x1d")
        elif tag == TC:
            current = parts[node] = ["\x1f"]
        elif tag == TR:
            current = []
        else:
            current.append(CHARS[tag])
    texts: dict[etree._Element, str] = {}
    for row in rows(table):
        for cell in cells(row):
            texts[cell] = "".join(parts.get(cell, ()))
        texts[row] = _SEPARATORS[TR] + "".join([texts[c] for c in cells(row)])
    texts[table] = "".join([texts[r] for r in rows(table)])
    return texts


def notes_in_order(document: etree._Element, notes: etree._Element | None) -> list[etree._Element]:
    """The ordinary footnotes in the order of their references in the document
    (each once), whatever their ids: LibreOffice renumbers them, Word keeps them."""
    if notes is None:
        return []
    by_id = {n.get(ID): n for n in notes if n.tag == FOOTNOTE and n.get(f"{W_}type") in (None, "normal")}
    out = []
    for ref in document.iter(NOTE_REF):
        note = by_id.pop(ref.get(ID), None)
        if note is not None:
            out.append(note)
    return out
