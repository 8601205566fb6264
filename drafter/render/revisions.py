"""Word tracked changes between two builds of a report.

`track(old, new, date)` returns the new .docx in which every difference from the
old one is a Word revision (`w:ins` / `w:del`, author "drafter"), so a reviewer
accepts or rejects each correction in Word's Review pane:

- the blocks of a container (the body, a table cell, a footnote) are aligned by
  their text with difflib; among blocks that differ, table rows pair first by
  what they say after their number (a unit inserted at the top renumbers every
  row below it) and then by their unit, and the rest by similarity, so a
  corrected paragraph or row is diffed word by word, cell by cell, while a
  paragraph, table or table row that only one side has is inserted or deleted
  as a whole;
- inside a paired paragraph, tokens are words and whole numbers ("17,30%",
  "1.149", "114"), so a correction reads as "114" deleted, "115" inserted, with
  the runs around it (and their properties) untouched;
- footnotes follow their references: a reference kept in place pairs the old
  note with the new one, whose texts are then diffed the same way; a reference
  inserted inserts its note; a reference deleted keeps the old note, deleted,
  under a fresh id (as Word does), so every reference still has its note.

Unchanged paragraphs are left exactly as they are. Text inside hyperlinks,
fields or content controls of the template is not diffed (the report's own
blocks never produce them). The cost grows with the documents, not with their
square: common beginnings and ends are set aside before difflib searches, and a
long paragraph is handled by run, never by character.
"""
from __future__ import annotations

import bisect
import copy
import datetime as dt
import difflib
import io
import itertools
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from ..errors import RevisionError
from .ooxml import XML, W_

AUTHOR = "drafter"
DOCUMENT = "word/document.xml"
FOOTNOTES = "word/footnotes.xml"

P, R, T, TBL, TR, TC = (f"{W_}{n}" for n in ("p", "r", "t", "tbl", "tr", "tc"))
PPR, RPR, TRPR, TBLPREX, SECTPR = (f"{W_}{n}" for n in ("pPr", "rPr", "trPr", "tblPrEx", "sectPr"))
INS, DEL, DELTEXT = f"{W_}ins", f"{W_}del", f"{W_}delText"
TAB, BR = f"{W_}tab", f"{W_}br"
INSTR, DELINSTR = f"{W_}instrText", f"{W_}delInstrText"
NOTE_REF, NOTE_MARK = f"{W_}footnoteReference", f"{W_}footnoteRef"
FOOTNOTE = f"{W_}footnote"
ID, AUTHOR_ATTR, DATE_ATTR = f"{W_}id", f"{W_}author", f"{W_}date"
XML_SPACE = f"{{{XML}}}space"

# Run content that is not text stands for one character, so a paragraph diffs as one string.
REF_CHAR, MARK_CHAR, OTHER_CHAR = "\ue000", "\ue001", "\ue002"
PLACEHOLDER = {f"{W_}tab": "\t", f"{W_}br": "\n", f"{W_}cr": "\n", NOTE_REF: REF_CHAR, NOTE_MARK: MARK_CHAR}

# Words, and numbers as printed ("17,30%", "1.149", "06"), are the units of change.
TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|\w+|\s+|.", re.S)
# Blocks (paragraphs, tables, rows) less alike than this are deleted and inserted, not diffed.
SIMILAR = 0.5
# At most this many pairs of blocks are compared for similarity in one stretch of changes
# (a 100 × 100 stretch): beyond it the comparisons alone would outgrow the build.
MAX_COMPARED = 10_000
# Properties that may follow w:rPr inside w:pPr, and w:ins/w:del inside w:trPr.
_AFTER_RPR = (SECTPR, f"{W_}pPrChange")
_AFTER_TRACK = (f"{W_}trPrChange",)


# ---- text of the document's pieces --------------------------------------------------

@dataclass(frozen=True)
class Piece:
    """A run child of a paragraph and its characters: the text of w:t or w:delText, one
    placeholder for anything else."""
    run: etree._Element
    child: etree._Element
    start: int                 # where its characters begin in the paragraph's text
    text: str


@dataclass(frozen=True)
class Chars:
    """The characters of a paragraph's own runs, by run child. A paragraph listing a thousand
    units has hundreds of thousands of characters but a few thousand run children: the diff
    works on these, never one object per character."""
    pieces: list[Piece]
    starts: list[int]
    text: str

    def within(self, start: int, end: int):
        """(piece, first, last): the pieces holding characters start … end - 1, each with the
        slice of its own text that falls inside."""
        i = max(bisect.bisect_right(self.starts, start) - 1, 0)
        for piece in self.pieces[i:]:
            if piece.start >= end:
                break
            first, last = max(start - piece.start, 0), min(end - piece.start, len(piece.text))
            if first < last:
                yield piece, first, last

    def refs(self, start: int, end: int) -> list[tuple[int, etree._Element]]:
        """(offset, w:footnoteReference) of the note references among characters start … end - 1."""
        return [(piece.start, piece.child) for piece, _, _ in self.within(start, end) if piece.child.tag == NOTE_REF]


def chars(p: etree._Element) -> Chars:
    pieces, position = [], 0
    for run in p:
        if run.tag != R:
            continue
        for child in run:
            if child.tag == RPR:
                continue
            text = child.text or "" if child.tag in (T, DELTEXT) else PLACEHOLDER.get(child.tag, OTHER_CHAR)
            if text:
                pieces.append(Piece(run, child, position, text))
                position += len(text)
    return Chars(pieces, [piece.start for piece in pieces], "".join(piece.text for piece in pieces))


def paragraph_text(p: etree._Element) -> str:
    """The text of a paragraph's own runs, with placeholders for tabs, breaks and
    notes: `chars(p).text`, without making the pieces."""
    out = []
    for run in p:
        if run.tag != R:
            continue
        for child in run:
            if child.tag in (T, DELTEXT):
                out.append(child.text or "")
            elif child.tag != RPR:
                out.append(PLACEHOLDER.get(child.tag, OTHER_CHAR))
    return "".join(out)


def block_text(el: etree._Element) -> str:
    # Lists rather than generators for join: every row and cell of every table comes here.
    if el.tag == P:
        return paragraph_text(el)
    if el.tag == TR:
        return "\x1f".join([block_text(tc) for tc in el if tc.tag == TC])
    if el.tag == TBL:
        return "\x1e".join([block_text(tr) for tr in el if tr.tag == TR])
    return "\x1d".join([paragraph_text(b) if b.tag == P else block_text(b) for b in el if b.tag in (P, TBL)])  # a cell


def blocks(container: etree._Element) -> list[etree._Element]:
    return [c for c in container if c.tag in (P, TBL)]


# ---- the diff -------------------------------------------------------------------------

@dataclass
class Revisions:
    """State of one comparison: revision ids, and how footnotes pair up."""
    date: str
    next_id: int = 1
    next_note: int = 1
    old_notes: dict[str, etree._Element] = field(default_factory=dict)
    note_pairs: list[tuple[str, str]] = field(default_factory=list)
    inserted_notes: list[str] = field(default_factory=list)
    deleted_notes: list[tuple[str, str]] = field(default_factory=list)   # (old id, fresh id)
    keep_deleted_refs: bool = True
    count: int = 0
    # The bytes each top-level table was read from (`_written_tables`), when known.
    written: dict = field(default_factory=dict)

    def mark(self, tag: str) -> etree._Element:
        el = etree.Element(tag)
        el.set(ID, str(self.next_id))
        el.set(AUTHOR_ATTR, AUTHOR)
        el.set(DATE_ATTR, self.date)
        self.next_id += 1
        self.count += 1
        return el

    # -- footnote references --
    def pair_refs(self, old: etree._Element, new: etree._Element) -> None:
        for o, n in zip(old.iter(NOTE_REF), new.iter(NOTE_REF)):
            self.note_pairs.append((o.get(ID), n.get(ID)))

    def deleted_ref(self, ref: etree._Element) -> bool:
        """Give a deleted reference a fresh note id (the old note comes back, deleted).
        False when the new document has no footnotes part to hold it."""
        if not self.keep_deleted_refs or ref.get(ID) not in self.old_notes:
            return False
        fresh = str(self.next_note)
        self.next_note += 1
        self.deleted_notes.append((ref.get(ID), fresh))
        ref.set(ID, fresh)
        return True


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def _common_ends(a, b) -> tuple[int, int]:
    """The lengths of the common prefix of two sequences and of their common suffix
    beyond it, found by halving (slices compare in C: a paragraph of 100,000 tokens
    costs a few milliseconds)."""
    def longest(same, limit: int) -> int:
        low, high = 0, limit
        while low < high:
            middle = (low + high + 1) // 2
            low, high = (middle, high) if same(middle) else (low, middle - 1)
        return low

    limit = min(len(a), len(b))
    head = longest(lambda k: a[:k] == b[:k], limit)
    tail = longest(lambda k: a[len(a) - k:] == b[len(b) - k:], limit - head)
    return head, tail


def _trimmed_opcodes(a, b) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes, with the common prefix and suffix taken out first: difflib's
    search for the longest match grows with the square of what it is given, and a long
    paragraph or table changed in one place is mostly prefix and suffix."""
    head, tail = _common_ends(a, b)
    a_middle, b_middle = a[head:len(a) - tail], b[head:len(b) - tail]
    if not a_middle or not b_middle or set(a_middle).isdisjoint(b_middle):
        # Nothing in common (a renumbered row's STT: "1" → "2"): one change, as difflib would say.
        kind = "replace" if a_middle and b_middle else "delete" if a_middle else "insert"
        middle = [(kind, 0, len(a_middle), 0, len(b_middle))] if a_middle or b_middle else []
    else:
        middle = difflib.SequenceMatcher(None, a_middle, b_middle, autojunk=False).get_opcodes()
    ops = [(tag, i1 + head, i2 + head, j1 + head, j2 + head) for tag, i1, i2, j1, j2 in middle]
    if head:
        ops.insert(0, ("equal", 0, head, 0, head))
    if tail:
        ops.append(("equal", len(a) - tail, len(a), len(b) - tail, len(b)))
    return ops


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Token opcodes where a change separated from the next one only by spaces is
    merged with it: "giảm 1,29%" → "tăng 0,20%" reads as one replacement."""
    ops = _trimmed_opcodes(a, b)
    merged: list[list] = []
    for op in ops:
        tag, i1, i2, j1, j2 = op
        if (tag == "equal" and merged and merged[-1][0] != "equal"
                and all(t.isspace() for t in a[i1:i2]) and op is not ops[-1]):
            merged[-1] = ["replace", merged[-1][1], i2, merged[-1][3], j2]
            continue
        if tag != "equal" and merged and merged[-1][0] != "equal":
            merged[-1] = ["replace", merged[-1][1], i2, merged[-1][3], j2]
            continue
        merged.append(list(op))
    return [tuple(m) for m in merged]


def _offsets(tokens: list[str]) -> list[int]:
    return [0, *itertools.accumulate(map(len, tokens))]


def _similarity(a: str, b: str) -> float:
    """How alike two texts are, as difflib's ratio over their words and numbers (over their
    characters, a sentence of figures cost milliseconds)."""
    if a == b:
        return 1.0
    a, b = _tokens(a), _tokens(b)
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if m.real_quick_ratio() < SIMILAR or m.quick_ratio() < SIMILAR:
        return 0.0
    # difflib's ratio, with the common ends counted without searching them.
    head, tail = _common_ends(a, b)
    m.set_seqs(a[head:len(a) - tail], b[head:len(b) - tail])
    matched = head + tail + sum(block.size for block in m.get_matching_blocks())
    return 2.0 * matched / (len(a) + len(b))


def _row_cells(el: etree._Element) -> list[str]:
    """`block_text` of each cell of a row, a cell of one paragraph read without a call for it
    (every row of a changed table comes here, twice: old and new)."""
    if el.tag != TR:
        return []
    out = []
    for tc in el:
        if tc.tag != TC:
            continue
        content = [b for b in tc if b.tag == P or b.tag == TBL]
        if len(content) == 1 and content[0].tag == P:
            pieces = []
            for run in content[0]:
                if run.tag != R:
                    continue
                for child in run:
                    tag = child.tag
                    if tag == T or tag == DELTEXT:
                        pieces.append(child.text or "")
                    elif tag != RPR:
                        pieces.append(PLACEHOLDER.get(tag, OTHER_CHAR))
            out.append("".join(pieces))
        else:
            out.append("\x1d".join([paragraph_text(b) if b.tag == P else block_text(b) for b in content]))
    return out


def _pair_by(old: list, new: list, key, rest) -> list[tuple[object | None, object | None]]:
    """Pair the blocks whose keys are equal, in order (difflib over the keys), and leave
    what lies between such pairs to `rest`. A block without a key (None) pairs with none."""
    def keys(blocks: list) -> list:
        return [k if k is not None else object() for k in map(key, blocks)]

    ko, kn = keys(old), keys(new)
    out: list[tuple[object | None, object | None]] = []
    for tag, i1, i2, j1, j2 in _trimmed_opcodes(ko, kn):
        if tag == "equal":
            out += list(zip(old[i1:i2], new[j1:j2]))
        else:
            out += rest(old[i1:i2], new[j1:j2])
    return out


def align(old: list, new: list, text, cells=_row_cells) -> list[tuple[object | None, object | None]]:
    """Pair two lists of blocks in order. One block replaced by one block of the same kind
    is a correction of it, however different. Otherwise rows that say the same after their
    number pair first, then rows about the same unit, and what is left pairs by similarity
    (see `_most_similar`): so a row inserted at the top of a long table costs as much as
    the table, not its square. `text` and `cells` read a block's text and a row's cells."""
    if len(old) == len(new) == 1 and old[0].tag == new[0].tag:
        return [(old[0], new[0])]

    def after_number(el: etree._Element) -> str | None:
        """What a table row says after its number (STT): the same row, renumbered because a
        row was inserted or removed above it, says the same. Other blocks: their text."""
        if el.tag != TR:
            return el.tag + text(el)
        row = cells(el)
        return "\x1f".join(row[1:]) if len(row) > 1 else None

    def unit(el: etree._Element) -> str | None:
        """The unit a table row is about (its second cell); None for anything else."""
        row = cells(el)
        return row[1] if len(row) > 1 and row[1] else None

    def by_unit(o: list, n: list) -> list:
        return _pair_by(o, n, unit, lambda o2, n2: _most_similar(o2, n2, text))

    return _pair_by(old, new, after_number, by_unit)


def _most_similar(old: list, new: list, key) -> list[tuple[object | None, object | None]]:
    """Pair two short lists in order, maximising the similarity of the pairs (a pair
    needs the same kind of element and a similarity of at least SIMILAR). Past
    MAX_COMPARED comparisons nothing pairs: the blocks are deleted and inserted whole."""
    if len(old) == len(new) == 1 and old[0].tag == new[0].tag:
        return [(old[0], new[0])]
    if len(old) * len(new) > MAX_COMPARED:
        return [(o, None) for o in old] + [(None, n) for n in new]
    ko, kn = [key(o) for o in old], [key(n) for n in new]
    n_old, n_new = len(old), len(new)
    score = [[0.0] * (n_new + 1) for _ in range(n_old + 1)]
    sim = [[0.0] * n_new for _ in range(n_old)]
    for i in range(n_old):
        for j in range(n_new):
            if old[i].tag == new[j].tag:
                sim[i][j] = _similarity(ko[i], kn[j])
    for i in range(n_old - 1, -1, -1):
        for j in range(n_new - 1, -1, -1):
            best = max(score[i + 1][j], score[i][j + 1])
            if sim[i][j] >= SIMILAR:
                best = max(best, sim[i][j] + score[i + 1][j + 1])
            score[i][j] = best
    out: list[tuple[object | None, object | None]] = []
    i = j = 0
    while i < n_old and j < n_new:
        if sim[i][j] >= SIMILAR and score[i][j] == sim[i][j] + score[i + 1][j + 1]:
            out.append((old[i], new[j]))
            i, j = i + 1, j + 1
        elif score[i][j] == score[i + 1][j]:
            out.append((old[i], None))
            i += 1
        else:
            out.append((None, new[j]))
            j += 1
    out += [(o, None) for o in old[i:]] + [(None, n) for n in new[j:]]
    return out


# How lxml begins a document it writes: documents that begin so are read as lxml writes them.
_LXML_HEAD = b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"


def _closing(xml: bytes, name: bytes, start: int) -> int:
    """Where the element `name` opened just before `start` ends (past its end tag), nested
    elements of the same name counted; -1 if it does not."""
    opening, closing = b"<" + name, b"</" + name + b">"
    depth, i = 1, start
    while True:
        c = xml.find(closing, i)
        o = xml.find(opening, i, c)
        while o != -1 and xml[o + len(opening)] not in b" \t\r\n/>":     # <w:pPr is not <w:p
            o = xml.find(opening, o + 1, c)
        if c == -1:
            return -1
        if o == -1:
            depth -= 1
            i = c + len(closing)
            if not depth:
                return i
            continue
        gt = xml.find(b">", o)
        if xml[gt - 1] != 0x2F:                                              # not <w:p/>
            depth += 1
        i = gt + 1


def _body_spans(xml: bytes) -> list[tuple[int, int]] | None:
    """The byte spans of the body's children in a document.xml lxml wrote (no text between
    them); None when the bytes do not read so."""
    start = xml.find(b"<w:body")
    gt = xml.find(b">", start)
    end = xml.rfind(b"</w:body>")
    if start == -1 or gt == -1 or end < gt:
        return None
    return _child_spans(xml, gt + 1, end)


def _child_spans(xml: bytes, pos: int, end: int) -> list[tuple[int, int]] | None:
    """The byte spans of the elements that fill xml[pos:end], one after another; None when
    something else (text, a comment) stands between them."""
    spans = []
    while pos < end:
        if xml[pos] != 0x3C:
            return None
        name_end = pos + 1
        while xml[name_end] not in b" \t\r\n/>":
            name_end += 1
        tag_end = xml.find(b">", pos)
        stop = tag_end + 1 if xml[tag_end - 1] == 0x2F else _closing(xml, xml[pos + 1:name_end], tag_end + 1)
        if stop == -1 or stop > end:
            return None
        spans.append((pos, stop))
        pos = stop
    return spans


def _written_tables(old_xml: bytes, old_body: etree._Element, new_xml: bytes,
                    new_body: etree._Element) -> dict[etree._Element, bytes] | None:
    """The bytes each top-level table of both bodies was read from, when both documents were
    written by lxml with the same root: then two tables read from equal bytes serialise equally
    and the other way round, so their bytes tell them apart as `_table_written` does, without
    serialising a table. None otherwise."""
    def root(xml: bytes) -> bytes:
        return xml[:xml.find(b">", len(_LXML_HEAD)) + 1]

    if not (old_xml.startswith(_LXML_HEAD) and new_xml.startswith(_LXML_HEAD) and root(old_xml) == root(new_xml)):
        return None
    out: dict[etree._Element, bytes] = {}
    for xml, body in ((old_xml, old_body), (new_xml, new_body)):
        spans = _body_spans(xml)
        if spans is None or len(spans) != len(body):
            return None
        for (a, b), el in zip(spans, body):
            if (el.tag == TBL) != xml.startswith(b"<w:tbl>", a) and (el.tag == TBL) != xml.startswith(b"<w:tbl ", a):
                return None
            if el.tag == TBL:
                out[el] = xml[a:b]
    return out


def _table_written(el: etree._Element) -> bytes | str:
    """What tells a block of the body from another: its text, but a table's XML. Serialised in
    C, an unchanged table costs half of reading its text, and a changed one is read once, row
    by row (`diff_table`); two tables that read alike but are written apart differ in no row."""
    return etree.tostring(el, with_tail=False) if el.tag == TBL else block_text(el)


def diff_container(old: etree._Element, new: etree._Element, rev: Revisions, children=blocks,
                   text=block_text, cells=_row_cells, key=None) -> None:
    """Mark the differences between the blocks of two containers, in the new one. Blocks whose
    `key` (default: `text`) is equal are the same; `text` and `cells` serve to pair the others."""
    old_blocks, new_blocks = children(old), children(new)
    key = key or text
    ok, nk = [(b.tag, key(b)) for b in old_blocks], [(b.tag, key(b)) for b in new_blocks]
    if ok == nk:                    # most cells of a table that changed elsewhere
        for o, n in zip(old_blocks, new_blocks):
            rev.pair_refs(o, n)
        return
    steps: list[tuple[etree._Element | None, etree._Element | None, bool]] = []
    for tag, i1, i2, j1, j2 in _trimmed_opcodes(ok, nk):
        if tag == "equal":
            steps += [(o, n, True) for o, n in zip(old_blocks[i1:i2], new_blocks[j1:j2])]
        else:
            steps += [(o, n, False) for o, n in align(old_blocks[i1:i2], new_blocks[j1:j2], text, cells)]
    # A deleted block goes before the next block the new document has.
    anchors: list[etree._Element | None] = []
    following = None
    for _, n, _ in reversed(steps):
        anchors.append(following)
        following = n if n is not None else following
    anchors.reverse()
    for (o, n, same), anchor in zip(steps, anchors):
        if same:
            rev.pair_refs(o, n)
        elif o is None:
            mark_inserted(n, rev)
        elif n is None:
            gone = copy.deepcopy(o)
            mark_deleted(gone, rev)
            if anchor is not None:
                anchor.addprevious(gone)
            elif len(new) and new[-1].tag == SECTPR:
                new[-1].addprevious(gone)
            else:
                new.append(gone)
        elif n.tag == P:
            diff_paragraph(o, n, rev)
        elif n.tag == TBL:
            diff_table(o, n, rev)
        else:
            diff_row(o, n, rev, cells)


def diff_table(old: etree._Element, new: etree._Element, rev: Revisions) -> None:
    """Two versions of a table, row by row. The cells of each row are read once, for the row's
    key, for pairing rows and for the diff of a pair: a long table was read four times."""
    def rows(table: etree._Element) -> list[etree._Element]:
        return [c for c in table if c.tag == TR]

    seen: dict[bytes, list[str]] = {}
    read = _rows_read(old, rev.written.get(old), seen) | _rows_read(new, rev.written.get(new), seen)
    diff_container(old, new, rev, children=rows, text=lambda row: "\x1f".join(read[row]), cells=read.__getitem__)


def _cell_text(tc: etree._Element) -> str:
    """What `_row_cells` says of one cell."""
    content = [b for b in tc if b.tag == P or b.tag == TBL]
    if len(content) == 1 and content[0].tag == P:
        return paragraph_text(content[0])
    return "\x1d".join([paragraph_text(b) if b.tag == P else block_text(b) for b in content])


def _rows_read(table: etree._Element, xml: bytes | None,
               seen: dict[bytes, list[str]]) -> dict[etree._Element, list[str]]:
    """`_row_cells` of every row of a table. When the table's bytes are known, rows written
    alike after their first cell (the renumbered rows of a table with a unit inserted at the
    top are, in the old table and the new one) read those cells once: what a cell says is
    what its bytes say."""
    rows = [c for c in table if c.tag == TR]
    spans = None
    if xml is not None and xml.startswith(b"<w:tbl>") and xml.endswith(b"</w:tbl>"):
        spans = _child_spans(xml, len(b"<w:tbl>"), len(xml) - len(b"</w:tbl>"))
    if spans is None or len(spans) != len(table):
        return {row: _row_cells(row) for row in rows}
    out: dict[etree._Element, list[str]] = {}
    for (a, b), child in zip(spans, table):
        if child.tag != TR:
            continue
        cut = xml.find(b"</w:tc>", a, b)
        first = next((c for c in child if c.tag == TC), None)
        if cut == -1 or first is None or xml.find(b"<w:tbl", a, cut) != -1:
            out[child] = _row_cells(child)
            continue
        rest = xml[cut:b]
        known = seen.get(rest)
        if known is None:
            out[child] = seen[rest] = _row_cells(child)
        else:
            out[child] = [_cell_text(first), *known[1:]]
    return out


def diff_row(old: etree._Element, new: etree._Element, rev: Revisions, cells=_row_cells) -> None:
    old_cells, new_cells = [c for c in old if c.tag == TC], [c for c in new if c.tag == TC]
    if len(old_cells) != len(new_cells):
        gone = copy.deepcopy(old)
        mark_deleted(gone, rev)
        new.addprevious(gone)
        mark_inserted(new, rev)
        return
    # Equal cells only pair their note references: a row without any has nothing to pair
    # (a unit inserted at the top changes the number of every row, and only that).
    refs = next(old.iter(NOTE_REF), None) is not None
    for o, n, before, after in zip(old_cells, new_cells, cells(old), cells(new)):
        if before != after:
            po, pn = blocks(o), blocks(n)
            if len(po) == len(pn) == 1 and po[0].tag == pn[0].tag == P:
                diff_paragraph(po[0], pn[0], rev)   # what diff_container comes to for one paragraph
            else:
                diff_container(o, n, rev)
        elif refs:                   # most cells of a row that changed elsewhere
            rev.pair_refs(o, n)


def _lone_word(p: etree._Element) -> tuple[etree._Element, str] | None:
    """(run, text) of a paragraph whose only content is one run holding one word or number."""
    content = [c for c in p if c.tag != PPR]
    if len(content) != 1 or content[0].tag != R:
        return None
    run = content[0]
    inner = [c for c in run if c.tag != RPR]
    if len(inner) != 1 or inner[0].tag != T or not inner[0].text or len(_tokens(inner[0].text)) != 1:
        return None
    return run, inner[0].text


def _word_replaced(old: etree._Element, new: etree._Element, rev: Revisions) -> bool:
    """What `diff_paragraph` makes of a paragraph of one run and one word or number that another
    replaced (a renumbered row's STT: every row below a unit inserted at the top), made directly:
    the old run deleted, the new one inserted. False, and nothing done, for any other pair."""
    before, after = _lone_word(old), _lone_word(new)
    if before is None or after is None or before[1] == after[1]:
        return False
    out = []
    for (run, text), tag, mark in ((before, DELTEXT, DEL), (after, T, INS)):
        copied = etree.Element(R, dict(run.attrib))
        props = run.find(RPR)
        if props is not None:
            copied.append(copy.deepcopy(props))
        element = etree.SubElement(copied, tag)
        element.set(XML_SPACE, "preserve")
        element.text = text
        out.append(_wrap(rev.mark(mark), [copied]))
    new.remove(after[0])
    new.extend(out)
    return True


def diff_paragraph(old: etree._Element, new: etree._Element, rev: Revisions) -> None:
    """Word-level revisions inside one corrected paragraph."""
    if _word_replaced(old, new, rev):
        return
    a, b = chars(old), chars(new)
    ta, tb = _tokens(a.text), _tokens(b.text)
    oa, ob = _offsets(ta), _offsets(tb)
    # What is not a run (bookmarks, proofing marks …) keeps its place in the text,
    # outside any revision mark.
    anchors: list[tuple[int, etree._Element]] = []
    position = 0
    for child in new:
        if child.tag == R:
            position += sum(len(c.text or "") if c.tag == T else 1 for c in child if c.tag != RPR)
        elif child.tag != PPR:
            anchors.append((position, child))
    out: list[etree._Element] = []

    def emit(start: int, end: int, inserted: bool) -> None:
        cut = start
        for at, anchor in anchors:
            if start <= at < end:
                _emit_runs(out, b, cut, at, inserted, rev)
                out.append(anchor)
                cut = at
        _emit_runs(out, b, cut, end, inserted, rev)

    for tag, i1, i2, j1, j2 in _opcodes(ta, tb):
        if tag == "equal":
            before = {at - oa[i1]: ref for at, ref in a.refs(oa[i1], oa[i2])}
            for at, ref in b.refs(ob[j1], ob[j2]):
                if at - ob[j1] in before:
                    rev.note_pairs.append((before[at - ob[j1]].get(ID), ref.get(ID)))
            emit(ob[j1], ob[j2], inserted=False)
            continue
        if oa[i1] < oa[i2]:
            runs = _runs(a, oa[i1], oa[i2], deleted=True, rev=rev)
            if runs:
                out.append(_wrap(rev.mark(DEL), runs))
        if ob[j1] < ob[j2]:
            rev.inserted_notes += [ref.get(ID) for _, ref in b.refs(ob[j1], ob[j2])]
            emit(ob[j1], ob[j2], inserted=True)
    out += [anchor for at, anchor in anchors if at >= len(b.text)]
    for child in list(new):
        if child.tag != PPR:
            new.remove(child)
    new.extend(out)


def _wrap(wrapper: etree._Element, children: list[etree._Element]) -> etree._Element:
    wrapper.extend(children)
    return wrapper


def _emit_runs(out: list, text: Chars, start: int, end: int, inserted: bool, rev: Revisions) -> None:
    runs = _runs(text, start, end, deleted=False, rev=rev)
    if runs:
        out.extend([_wrap(rev.mark(INS), runs)] if inserted else runs)


def _runs(text: Chars, start: int, end: int, deleted: bool, rev: Revisions) -> list[etree._Element]:
    """New runs holding exactly characters start … end - 1, with the properties of the runs
    they come from; deleted text becomes w:delText."""
    out: list[etree._Element] = []
    run: etree._Element | None = None
    source = None
    for piece, first, last in text.within(start, end):
        if piece.run is not source:
            source = piece.run
            run = etree.Element(R, dict(piece.run.attrib))
            props = piece.run.find(RPR)
            if props is not None:
                run.append(copy.deepcopy(props))
            out.append(run)
        if piece.child.tag in (T, DELTEXT):
            element = etree.SubElement(run, DELTEXT if deleted else T)
            element.set(XML_SPACE, "preserve")
            element.text = piece.text[first:last]
            continue
        el = copy.deepcopy(piece.child)
        if deleted and el.tag == INSTR:
            el.tag = DELINSTR
        if deleted and el.tag == NOTE_REF and not rev.deleted_ref(el):
            continue
        run.append(el)
    return [r for r in out if len(r) > (1 if r.find(RPR) is not None else 0)]


# ---- whole blocks inserted or deleted ------------------------------------------------

def _paragraph_mark(p: etree._Element, mark: etree._Element) -> None:
    """Mark the paragraph mark itself as inserted or deleted (w:pPr/w:rPr/w:ins|w:del)."""
    ppr = p.find(PPR)
    if ppr is None:
        ppr = etree.Element(PPR)
        p.insert(0, ppr)
    rpr = ppr.find(RPR)
    if rpr is None:
        rpr = etree.Element(RPR)
        after = next((c for c in ppr if c.tag in _AFTER_RPR), None)
        (after.addprevious(rpr) if after is not None else ppr.append(rpr))
    rpr.insert(0, mark)


def _row_mark(tr: etree._Element, mark: etree._Element) -> None:
    trpr = tr.find(TRPR)
    if trpr is None:
        trpr = etree.Element(TRPR)
        tr.insert(1 if len(tr) and tr[0].tag == TBLPREX else 0, trpr)
    after = next((c for c in trpr if c.tag in _AFTER_TRACK), None)
    (after.addprevious(mark) if after is not None else trpr.append(mark))


def _wrap_runs(p: etree._Element, rev: Revisions, tag: str) -> None:
    group: list[etree._Element] = []
    for child in list(p) + [None]:
        if child is not None and child.tag == R:
            group.append(child)
            continue
        if group:
            wrapper = rev.mark(tag)
            group[0].addprevious(wrapper)
            wrapper.extend(group)
            group = []


def mark_inserted(el: etree._Element, rev: Revisions) -> None:
    """A paragraph, table or row that only the new document has."""
    rev.inserted_notes += [r.get(ID) for r in el.iter(NOTE_REF)]
    for tr in list(el.iter(TR)):
        _row_mark(tr, rev.mark(INS))
    for p in list(el.iter(P)):
        _wrap_runs(p, rev, INS)
        _paragraph_mark(p, rev.mark(INS))


def mark_deleted(el: etree._Element, rev: Revisions) -> None:
    """A copy of a paragraph, table or row that only the old document had."""
    for sect in list(el.iter(SECTPR)):          # a deleted section break would re-section the report
        sect.getparent().remove(sect)
    for ref in list(el.iter(NOTE_REF)):
        if not rev.deleted_ref(ref):
            ref.getparent().remove(ref)
    for tag_from, tag_to in ((T, DELTEXT), (INSTR, DELINSTR)):
        for t in list(el.iter(tag_from)):
            t.tag = tag_to
    for tr in list(el.iter(TR)):
        _row_mark(tr, rev.mark(DEL))
    for p in list(el.iter(P)):
        _wrap_runs(p, rev, DEL)
        _paragraph_mark(p, rev.mark(DEL))


# ---- the package ----------------------------------------------------------------------

def _max_id(*roots: etree._Element | None) -> int:
    found = 0
    for root in roots:
        if root is None:
            continue
        for value in root.xpath("//@w:id", namespaces={"w": W_[1:-1]}):      # in C: millions of elements
            if value.lstrip("-").isdigit():
                found = max(found, int(value))
    return found


def revision_date(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"


def track(old_docx: bytes, new_docx: bytes, day: dt.date) -> tuple[bytes, int]:
    """The new document with its differences from the old one as tracked changes,
    and the number of revision marks."""
    if old_docx == new_docx:
        return new_docx, 0
    try:
        with zipfile.ZipFile(io.BytesIO(old_docx)) as z:
            old_xml = z.read(DOCUMENT)
            old_doc = etree.fromstring(old_xml)
            old_notes = etree.fromstring(z.read(FOOTNOTES)) if FOOTNOTES in z.namelist() else None
    except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError, OSError) as exc:
        raise RevisionError(str(exc) or type(exc).__name__) from exc
    with zipfile.ZipFile(io.BytesIO(new_docx)) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    parts = {info.filename: data for info, data in entries}
    new_doc = etree.fromstring(parts[DOCUMENT])
    new_notes = etree.fromstring(parts[FOOTNOTES]) if FOOTNOTES in parts else None

    rev = Revisions(date=revision_date(day))
    rev.next_id = _max_id(new_doc, new_notes) + 1
    rev.next_note = max([int(n.get(ID)) for n in (new_notes if new_notes is not None else [])
                         if n.tag == FOOTNOTE] + [0]) + 1
    rev.keep_deleted_refs = new_notes is not None
    if old_notes is not None:
        rev.old_notes = {n.get(ID): n for n in old_notes if n.tag == FOOTNOTE}
    body_old, body_new = old_doc.find(f"{W_}body"), new_doc.find(f"{W_}body")
    if body_old is None or body_new is None:
        raise RevisionError("document.xml has no body")
    written = _written_tables(old_xml, body_old, parts[DOCUMENT], body_new)
    key = _table_written if written is None else lambda el: written[el] if el.tag == TBL else block_text(el)
    rev.written = written or {}
    diff_container(body_old, body_new, rev, key=key)
    del written
    rev.written = {}
    settle_before_tables(body_new, rev)
    track_last_section(body_old, body_new, rev)

    if new_notes is not None:
        notes = {n.get(ID): n for n in new_notes if n.tag == FOOTNOTE}
        paired = set()
        for old_id, new_id in rev.note_pairs:
            if old_id in rev.old_notes and new_id in notes and new_id not in paired:
                paired.add(new_id)
                diff_container(rev.old_notes[old_id], notes[new_id], rev)
        for new_id in rev.inserted_notes:
            if new_id in notes and new_id not in paired:
                paired.add(new_id)
                mark_inserted_note(notes[new_id], rev)
        for old_id, fresh in rev.deleted_notes:
            note = copy.deepcopy(rev.old_notes[old_id])
            note.set(ID, fresh)
            for p in blocks(note):
                mark_deleted(p, rev)
            new_notes.append(note)
        _renumber_notes(new_doc, new_notes)
        parts[FOOTNOTES] = etree.tostring(new_notes, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts[DOCUMENT] = etree.tostring(new_doc, xml_declaration=True, encoding="UTF-8", standalone=True)

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, _ in entries:
            z.writestr(info, parts[info.filename])
    return out.getvalue(), rev.count


def _renumber_notes(doc: etree._Element, notes: etree._Element) -> None:
    """Number the notes 1, 2, 3 … in the order of their references, and store them in
    that order: LibreOffice pairs references with notes by position, Word by id."""
    by_id = {n.get(ID): n for n in notes if n.tag == FOOTNOTE and n.get(f"{W_}type") in (None, "normal")}
    ordered = []
    for number, ref in enumerate(doc.iter(NOTE_REF), start=1):
        note = by_id.pop(ref.get(ID), None)
        ref.set(ID, str(number))
        if note is not None:
            note.set(ID, str(number))
            ordered.append(note)
    for note in ordered + list(by_id.values()):
        notes.remove(note)
        notes.append(note)


# What an inserted paragraph that LibreOffice cannot take away turns back into (the
# templates' 1 pt end mark): see settle_before_tables.
SETTLED_STYLE = "EndMark"


def _inserted_mark(p: etree._Element) -> bool:
    return p.tag == P and p.find(f"{PPR}/{RPR}/{INS}") is not None


def settle_before_tables(body: etree._Element, rev: Revisions) -> None:
    """LibreOffice's "reject all" cannot join a paragraph with the table after it: of inserted
    paragraphs standing before a table (an added annex's "Biểu số N", title, "(Kèm theo …)"),
    it keeps one, empty, with the first one's properties: a page break before, so one blank
    page an annex, or the section break of added annexes, a blank landscape page. The first
    of such paragraphs also records, as a tracked formatting change, that it was the 1 pt
    end mark before: rejected, the one LibreOffice keeps is that, with no break and no height.
    Word takes inserted paragraphs away whole, so nothing changes there."""
    children = list(body)
    for i, child in enumerate(children):
        if not _inserted_mark(child) or (i and _inserted_mark(children[i - 1])):
            continue
        j = i
        while j < len(children) and _inserted_mark(children[j]):
            j += 1
        if j == len(children) or children[j].tag != TBL:
            continue
        ppr = child.find(PPR)
        change = rev.mark(f"{W_}pPrChange")
        old = etree.SubElement(change, PPR)
        etree.SubElement(old, f"{W_}pStyle").set(f"{W_}val", SETTLED_STYLE)
        ppr.append(change)


# What w:sectPrChange may hold of the old section (CT_SectPrBase: no header or footer references).
_NOT_IN_SECTION_CHANGE = (f"{W_}headerReference", f"{W_}footerReference", f"{W_}sectPrChange")


def track_last_section(old_body: etree._Element, new_body: etree._Element, rev: Revisions) -> None:
    """Annexes added in landscape change the document's last section (portrait before): the
    change is recorded (w:sectPrChange), so rejecting it in Word gives the portrait pages back
    rather than turning the whole report landscape with the removed section break."""
    old, new = old_body.find(SECTPR), new_body.find(SECTPR)
    if old is None or new is None:
        return
    kept = [c for c in old if c.tag not in _NOT_IN_SECTION_CHANGE]
    if [etree.tostring(c) for c in kept] == [etree.tostring(c) for c in new if c.tag not in _NOT_IN_SECTION_CHANGE]:
        return
    change = rev.mark(f"{W_}sectPrChange")
    etree.SubElement(change, SECTPR).extend(copy.deepcopy(c) for c in kept)
    new.append(change)


def mark_inserted_note(note: etree._Element, rev: Revisions) -> None:
    for block in blocks(note):
        mark_inserted(block, rev)
