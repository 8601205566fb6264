"""Word tracked changes between two builds of a report.

The diff behind `tracked.track(old, new, date)`, which returns the new .docx in
which every difference from the old one is a Word revision (`w:ins` / `w:del`,
author "drafter"), so a reviewer accepts or rejects each correction in Word's
Review pane:

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
import itertools
import re
from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

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

# A top-level table left unparsed stands in the parsed body as <w:tbl><?drafter-bang KEY?></w:tbl>
# (see tracked.py): a large report is mostly tables, and most of them do not change.
STAND_IN = "drafter-bang"


def stand_in(el: etree._Element) -> str | None:
    """The key of a table that stands for bytes left unparsed, None for any other element."""
    if el.tag == TBL and len(el) == 1 and el[0].tag is etree.PI and el[0].target == STAND_IN:
        return el[0].text
    return None


class StandIns(Protocol):
    """What the diff asks of the tables it sees only as stand-ins (tracked.StandIns)."""
    def ref_ids(self, key: str) -> list[str]: ...
    def diff(self, old_key: str, new_key: str, rev: Revisions) -> None: ...
    def inserted(self, key: str, rev: Revisions) -> None: ...
    def deleted(self, key: str, rev: Revisions) -> None: ...


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
    # The top-level tables the tracked copy keeps as bytes (tracked.StandIns), if any.
    stand_ins: StandIns | None = None

    def mark(self, tag: str) -> etree._Element:
        el = etree.Element(tag)
        el.set(ID, str(self.take_id()))
        el.set(AUTHOR_ATTR, AUTHOR)
        el.set(DATE_ATTR, self.date)
        return el

    def take_id(self) -> int:
        """The id of one more revision mark (made here or written as bytes: tracked.py)."""
        self.next_id += 1
        self.count += 1
        return self.next_id - 1

    # -- footnote references --
    def pair_refs(self, old: etree._Element, new: etree._Element) -> None:
        if self.stand_ins is not None and old.tag == TBL and stand_in(old) is not None:
            self.note_pairs += zip(self.stand_ins.ref_ids(stand_in(old)), self.stand_ins.ref_ids(stand_in(new)))
            return
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


def trimmed_opcodes(a, b) -> list[tuple[str, int, int, int, int]]:
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
    ops = trimmed_opcodes(a, b)
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
    for tag, i1, i2, j1, j2 in trimmed_opcodes(ko, kn):
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
    for tag, i1, i2, j1, j2 in trimmed_opcodes(ok, nk):
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
    key, for pairing rows and for the diff of a pair: a long table was read four times. A
    table the tracked copy left as bytes (`stand_in`) is diffed there."""
    if rev.stand_ins is not None and stand_in(new) is not None:
        rev.stand_ins.diff(stand_in(old), stand_in(new), rev)
        return
    read = {row: _row_cells(row) for table in (old, new) for row in table if row.tag == TR}
    diff_container(old, new, rev, children=lambda table: [c for c in table if c.tag == TR],
                   text=lambda row: "\x1f".join(read[row]), cells=read.__getitem__)


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
    if rev.stand_ins is not None and stand_in(el) is not None:
        rev.stand_ins.inserted(stand_in(el), rev)
        return
    rev.inserted_notes += [r.get(ID) for r in el.iter(NOTE_REF)]
    for tr in list(el.iter(TR)):
        _row_mark(tr, rev.mark(INS))
    for p in list(el.iter(P)):
        _wrap_runs(p, rev, INS)
        _paragraph_mark(p, rev.mark(INS))


def mark_deleted(el: etree._Element, rev: Revisions) -> None:
    """A copy of a paragraph, table or row that only the old document had."""
    if rev.stand_ins is not None and stand_in(el) is not None:
        rev.stand_ins.deleted(stand_in(el), rev)
        return
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

def revision_date(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00Z"
