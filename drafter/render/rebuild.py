"""Rebuilding a report its officer has edited: a three-way merge.

Between the first build and the signature the report lives in Word or
LibreOffice: the officer adds an assessment, rewords a sentence, deletes a line,
bolds a phrase, fixes a footnote. Then a unit corrects a figure and the report is
built again. `rebuild(base, edited, new, day)` keeps both:

- base   the .docx drafter wrote last time,
- edited that file as the editor saved it (its XML shares little with ours),
- new    this build.

The officer's file is the skeleton of the result: whatever drafter did not change
between base and new stays exactly as the officer left it (paragraph XML,
pictures, comments, styles, headers, page breaks, added paragraphs and tables).
Where drafter did change something, the place is found in the officer's file by
text (blocks of the body, rows, cells and footnotes aligned across the three
files, robust to inserted, deleted and moved blocks) and the change is merged
word by word (diff3):

- words the officer left alone take the new text, inside the officer's runs and
  with their formatting;
- words both changed are a conflict: the officer's words stay, with a Word
  comment by "drafter" giving the new figure and the old one, and the conflict
  is listed;
- blocks drafter added are inserted where they belong, blocks drafter dropped go
  away unless the officer edited them (then they stay, with a comment).

The merge is built once, as the tracked copy (drafter's updates are revisions by
"drafter"; rejecting them all gives the officer's text back); the clean copy is
that document with drafter's own revisions accepted.
"""
from __future__ import annotations

import copy
import datetime as dt
import difflib
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from .. import messages as M
from ..errors import RebuildError
from . import editor_text
from .ooxml import R as R_NS, W, W_
from .editor_text import Piece
from .revisions import (AUTHOR, AUTHOR_ATTR, BR, DATE_ATTR, DEL, DELINSTR, DELTEXT, FOOTNOTE, ID, INS, INSTR,
                        MARK_CHAR, NOTE_REF, OTHER_CHAR, P, PPR, R, REF_CHAR, RPR, SECTPR, SIMILAR, T, TAB, TBL, TC,
                        TOKEN, TR, TRPR, XML_SPACE, _opcodes, _paragraph_mark, _row_mark, _similarity, align,
                        revision_date)

PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
REL_TYPES = f"{R_NS}/"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CONTENT_TYPES = "[Content_Types].xml"

PSTYLE, RSTYLE, TBLSTYLE, TBLPR = (f"{W_}{n}" for n in ("pStyle", "rStyle", "tblStyle", "tblPr"))
STYLE, NAME, VAL, TYPE = f"{W_}style", f"{W_}name", f"{W_}val", f"{W_}type"
COMMENT, COMMENT_START, COMMENT_END, COMMENT_REF, ANNOTATION_REF = (
    f"{W_}{n}" for n in ("comment", "commentRangeStart", "commentRangeEnd", "commentReference", "annotationRef"))
_MARK_PARENTS = (RPR, TRPR)
# Outline levels of drafter's headings (its template's style ids), for the place of a conflict.
HEADINGS = {"Heading1": 1, "Heading2": 2, "Heading3": 3, "Heading4": 4, "AnnexNumber": 1}
# Run properties a reader sees, and the values that mean "off".
_LOOK_NAMES = ("b", "i", "u", "strike", "dstrike", "caps", "smallCaps", "highlight", "color", "vertAlign", "sz",
               "rFonts")
_LOOKS = {f"{W_}{n}" for n in _LOOK_NAMES}
_OFF = {"0", "false", "off", "none", "auto"}
# Whether any run of a paragraph has such a property at all (most have none: no need to look closer).
_FORMATTED = etree.XPath("boolean(.//w:r/w:rPr/*[" + " or ".join(f"self::w:{n}" for n in _LOOK_NAMES) + "])",
                         namespaces={"w": W})
# Run children drafter can write again in the officer's runs; anything else (a picture,
# a symbol) cannot be carried from one package to another, so a change there is a conflict.
_PORTABLE = {TAB, BR, f"{W_}cr", f"{W_}noBreakHyphen", NOTE_REF}


@dataclass(frozen=True)
class Conflict:
    """A place where the officer and the new figures changed the same words."""
    section: str        # where: the headings above it ("I. › 2. › 2.2. Kết quả xếp loại chất lượng")
    officer: str        # the officer's words there, which the merged report keeps
    new: str            # drafter's new text for them
    old: str            # drafter's previous text


@dataclass
class Rebuilt:
    merged: bytes                 # the officer's edits and drafter's updates, clean
    tracked: bytes                # the same, drafter's updates as tracked changes by "drafter"
    updated: int                  # places drafter updated
    kept: int                     # paragraphs, cells and notes the officer changed (text, formatting, style,
    #                               a comment), added, deleted or moved since the last build, kept as they are
    conflicts: list[Conflict] = field(default_factory=list)

    def describe(self) -> list[str]:
        """The summary and one line per conflict, in Vietnamese, for the command line."""
        lines = [M.REBUILD_SUMMARY.format(kept=self.kept, updated=self.updated, conflicts=len(self.conflicts))]
        for c in self.conflicts:
            template = M.REBUILD_CONFLICT if c.officer else M.REBUILD_CONFLICT_DELETED
            lines.append(template.format(section=c.section, officer=c.officer, new=c.new or M.REBUILD_NOTHING,
                                         old=c.old or M.REBUILD_NOTHING))
        return lines


# ---- the three packages ---------------------------------------------------------------

@dataclass
class _Package:
    infos: list[zipfile.ZipInfo]
    parts: dict[str, bytes]
    main: str
    document: etree._Element
    body: etree._Element
    rels: dict[str, str]                 # relationship type (last segment) → part name, of the main part
    notes_part: str | None
    notes: etree._Element | None
    styles_part: str | None
    styles: etree._Element | None


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _relationships(parts: dict[str, bytes], source: str) -> dict[str, str]:
    data = parts.get(_rels_name(source))
    if data is None:
        return {}
    out = {}
    for rel in etree.fromstring(data):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        name = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join(posixpath.dirname(source), target))
        out.setdefault(rel.get("Type", "").rsplit("/", 1)[-1], name)
    return out


def _open(data: bytes, message: str) -> _Package:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            parts = {info.filename: z.read(info.filename) for info in infos}
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, TypeError) as exc:
        raise RebuildError(message.format(reason=M.REBUILD_NOT_ZIP)) from exc
    current = ""
    try:
        current = "_rels/.rels"
        main = _relationships(parts, "").get("officeDocument", "word/document.xml")
        if main not in parts:
            raise RebuildError(message.format(reason=M.REBUILD_NO_DOCUMENT))
        current = main
        document = etree.fromstring(parts[main])
        current = _rels_name(main)
        rels = _relationships(parts, main)
        notes_part = rels.get("footnotes") if rels.get("footnotes") in parts else None
        styles_part = rels.get("styles") if rels.get("styles") in parts else None
        current = notes_part or ""
        notes = etree.fromstring(parts[notes_part]) if notes_part else None
        current = styles_part or ""
        styles = etree.fromstring(parts[styles_part]) if styles_part else None
    except etree.XMLSyntaxError as exc:
        raise RebuildError(message.format(reason=M.REBUILD_BAD_XML.format(part=current))) from exc
    body = document.find(f"{W_}body")
    if body is None:
        raise RebuildError(message.format(reason=M.REBUILD_NO_DOCUMENT))
    return _Package(infos, parts, main, document, body, rels, notes_part, notes, styles_part, styles)


# ---- small pieces ---------------------------------------------------------------------

@dataclass(frozen=True)
class _Match:
    e: etree._Element          # the officer's block
    same: bool                 # same text as drafter's
    moved: bool                # found away from its place


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def _offsets(tokens: list[str]) -> list[int]:
    out, pos = [0], 0
    for t in tokens:
        pos += len(t)
        out.append(pos)
    return out


def _clean(text: str) -> str:
    for ch in (REF_CHAR, MARK_CHAR, OTHER_CHAR):
        text = text.replace(ch, "")
    return " ".join(text.replace("\x1d", " ").replace("\x1e", " ").replace("\x1f", " | ").split())


def _blank(text: str) -> bool:
    """No text at all, only the separators of paragraphs, cells and rows."""
    return not text.strip("\x1d\x1e\x1f")


def _ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many words two texts share at their start, and then at their end."""
    limit = min(len(a), len(b))
    start = 0
    while start < limit and a[start] == b[start]:
        start += 1
    end = 0
    while end < limit - start and a[-1 - end] == b[-1 - end]:
        end += 1
    return start, end


def _changes(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """Where two texts differ, (i1, i2, j1, j2), grouped as revisions groups them. difflib
    only sees the stretch between the first and the last difference: a sentence whose two
    figures changed costs the words between them, not all of it (difflib is quadratic in
    repeated words, and a report repeats its words)."""
    start, end = _ends(a, b)
    ops = _opcodes(a[start:len(a) - end], b[start:len(b) - end])
    return [(i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in ops if tag != "equal"]


def _mapping(a: list[str], b: list[str]) -> list[int | None]:
    """For each word of `a`, the same word's place in `b`, None where `b` changed it."""
    start, end = _ends(a, b)
    out: list[int | None] = list(range(start)) + [None] * (len(a) - start - end) + \
        list(range(len(b) - end, len(b)))
    middle = difflib.SequenceMatcher(None, a[start:len(a) - end], b[start:len(b) - end], autojunk=False)
    for i, j, size in middle.get_matching_blocks():
        for k in range(size):
            out[start + i + k] = start + j + k
    return out


def _hunks(old: str, new: str) -> list[tuple[str, str]]:
    """The words that differ between two texts, (old, new), in order."""
    a, b = _tokens(old), _tokens(new)
    return [(_clean("".join(a[i1:i2])), _clean("".join(b[j1:j2]))) for i1, i2, j1, j2 in _changes(a, b)]


def _describe(hunks: list[tuple[str, str]]) -> str:
    return M.REBUILD_JOIN.join(M.REBUILD_COMMENT.format(new=n or M.REBUILD_NOTHING, old=o or M.REBUILD_NOTHING)
                               for o, n in hunks)


def _split_before(run: etree._Element, child: etree._Element) -> etree._Element:
    """Split a run before one of its children: the second run gets the same properties."""
    second = etree.Element(R, dict(run.attrib))
    props = run.find(RPR)
    if props is not None:
        second.append(copy.deepcopy(props))
    moving = False
    for c in list(run):
        moving = moving or c is child
        if moving:
            second.append(c)
    run.addnext(second)
    return second


def _preserve(t: etree._Element) -> None:
    t.set(XML_SPACE, "preserve")


def _cut(p: etree._Element, offset: int) -> None:
    """Make a run boundary at `offset` of the paragraph's text."""
    _, pcs = editor_text.pieces(p)
    for pc in pcs:
        if pc.start < offset < pc.end:                   # inside a w:t: split the text, then the run
            k = offset - pc.start
            rest = etree.Element(T)
            rest.text = pc.node.text[k:]
            pc.node.text = pc.node.text[:k]
            _preserve(rest)
            _preserve(pc.node)
            pc.node.addnext(rest)
            _split_before(pc.run, rest)
            return
        if pc.start == offset:
            before = pc.node.getprevious()
            while before is not None and before.tag != T and before.tag not in editor_text.CHARS:
                before = before.getprevious()
            if before is not None:
                _split_before(pc.run, pc.node)
            return


def _covered(pcs: list[Piece], s: int, t: int) -> list[etree._Element]:
    """The runs whose text lies in [s, t), after cuts at s and t."""
    out: list[etree._Element] = []
    for pc in pcs:
        if pc.start >= s and pc.end <= t and pc.start < t and (not out or out[-1] is not pc.run):
            out.append(pc.run)
    return out


def _groups(runs: list[etree._Element]) -> list[list[etree._Element]]:
    """Runs in runs of adjacent siblings (a revision mark wraps siblings only)."""
    out: list[list[etree._Element]] = []
    for run in runs:
        if out and out[-1][-1].getnext() is run:
            out[-1].append(run)
        else:
            out.append([run])
    return out


def _slice(pcs: list[Piece], s: int, t: int) -> list[str | etree._Element]:
    """What stands in [s, t) of a paragraph: strings of text and run children."""
    out: list[str | etree._Element] = []
    for pc in pcs:
        if pc.end <= s or pc.start >= t:
            continue
        if pc.node.tag == T:
            out.append(pc.node.text[max(s, pc.start) - pc.start:min(t, pc.end) - pc.start])
        else:
            out.append(pc.node)
    return out


def _text_run(pcs: list[Piece], at: int, left: bool) -> etree._Element | None:
    """The nearest run of plain text left (or right) of `at`, whose properties new text takes."""
    ordered = reversed(pcs) if left else pcs
    for pc in ordered:
        if pc.node.tag == T and ((pc.end <= at) if left else (pc.start >= at)):
            return pc.run
    return None


# Any attribute called id (w:id, r:id …) in a part's bytes: their largest value bounds the
# ids of annotations, and a regular expression finds it ten times faster than a parse.
_IDS = re.compile(rb"""\bid=["'](-?\d+)["']""")


def _max_id(*parts: bytes | None) -> int:
    return max((int(v) for data in parts if data for v in _IDS.findall(data)), default=0)


def _sections(body: etree._Element) -> dict[etree._Element, str]:
    """Each top-level block of drafter's document → the headings above it."""
    out: dict[etree._Element, str] = {}
    path: list[str] = []
    for block in body:
        if block.tag == P:
            style = block.find(f"{PPR}/{PSTYLE}")
            level = HEADINGS.get(style.get(VAL) if style is not None else "")
            title = _clean(editor_text.paragraph_text(block))
            if level and title:
                path[:] = path[:level - 1] + [title]
        elif block.tag == TBL and block.find(f"{TBLPR}/{TBLSTYLE}") is None:
            # The borderless tables are the header block and the signature with its recipients.
            path[:] = [M.REBUILD_PLACE_HEAD if not path else M.REBUILD_PLACE_SIGNATURE]
        if not path:
            out[block] = M.REBUILD_PLACE_HEAD
        else:
            out[block] = M.REBUILD_PLACE_SEP.join([h.split(" ", 1)[0] for h in path[:-1]] + [path[-1]])
    return out


def _looks(p: etree._Element) -> list[tuple[int, tuple]]:
    """How a paragraph's text looks, run by run (bold, italic, underline, colour …),
    as (characters, properties) with neighbours alike merged: editors split and
    rewrite runs, so only what a reader sees can be compared."""
    out: list[tuple[int, tuple]] = []
    for run, _ in editor_text.runs(p):
        size = sum(len(c.text or "") if c.tag == T else 1 for c in run if c.tag == T or c.tag in editor_text.CHARS)
        if not size:
            continue
        props = run.find(RPR)
        seen = () if props is None else tuple(sorted(
            (c.tag, c.get(VAL)) for c in props if c.tag in _LOOKS and c.get(VAL) not in _OFF))
        if out and out[-1][1] == seen:
            out[-1] = (out[-1][0] + size, seen)
        else:
            out.append((size, seen))
    return out


def _style_names(styles: etree._Element | None) -> dict[str, str]:
    """Paragraph style id → its name, lower case (Word writes "heading 1", LibreOffice "Heading 1")."""
    out: dict[str, str] = {}
    for st in styles.iter(STYLE) if styles is not None else ():
        name = st.find(NAME)
        if st.get(TYPE) == "paragraph" and name is not None:
            out[st.get(f"{W_}styleId")] = name.get(VAL, "").lower()
    return out


@dataclass
class _Op:
    """One change of drafter's inside a paragraph, placed in the officer's text [s, t)."""
    s: int
    t: int
    conflict: bool
    old: str
    new: str
    items: list                  # the new text: strings and run children (tabs, note references)


@dataclass(frozen=True)
class _Place:
    """Where a block is, for the list of conflicts: computed only when one is listed."""
    where: Callable[[etree._Element], object]
    block: etree._Element | None

    def __str__(self) -> str:
        return str(self.where(self.block)) if self.block is not None else ""


# ---- the merge ------------------------------------------------------------------------

@dataclass
class _Merge:
    base: _Package
    new: _Package
    edited: _Package
    date: str
    next_id: int
    next_note: int
    marks: list[etree._Element] = field(default_factory=list)  # drafter's revision marks, to accept them
    comments: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    updated: int = 0
    kept: int = 0
    # The officer's notes whose reference drafter deleted, by their id before any renumbering.
    dropped_notes: dict[str, etree._Element] = field(default_factory=dict)
    notes_changed: bool = False
    styles_changed: bool = False
    texts: dict[etree._Element, str] = field(default_factory=dict)
    words: dict[etree._Element, tuple[str, ...]] = field(default_factory=dict)
    matched: dict[tuple, tuple[dict, list]] = field(default_factory=dict)
    style_map: dict[tuple[str, str], str] | None = None
    style_names: tuple[dict[str, str], dict[str, str]] | None = None
    ref_props: etree._Element | None = None

    # -- text of blocks, once each (keys are taken before anything is changed) --
    def text(self, el: etree._Element) -> str:
        found = self.texts.get(el)
        if found is None:
            # A table's text, its rows' and its cells' in one pass: the alignment goes down
            # to the cells of the tables that changed.
            read = editor_text.table_text(el) if el.tag == TBL else None
            if read is not None:
                self.texts.update(read)
                return read[el]
            found = editor_text.flat_text(el)
            self.texts[el] = found
        return found

    def tokens(self, el: etree._Element) -> tuple[str, ...]:
        """Words of a block, for similarity: difflib on words, not on characters."""
        found = self.words.get(el)
        if found is None:
            found = self.words[el] = tuple(_tokens(self.text(el)))
        return found

    def key(self, el: etree._Element) -> str:
        return el.tag + self.text(el)

    def mark(self, tag: str) -> etree._Element:
        el = etree.Element(tag)
        el.set(ID, self.fresh())
        el.set(AUTHOR_ATTR, AUTHOR)
        el.set(DATE_ATTR, self.date)
        self.marks.append(el)
        return el

    def fresh(self) -> str:
        value = str(self.next_id)
        self.next_id += 1
        return value

    # -- alignment --
    def pair(self, base: list, other: list) -> list[tuple[object, object, bool]]:
        """Two lists of blocks in order: equal blocks pair up, the blocks between them
        pair by similarity (revisions.align); the rest is inserted or deleted."""
        kb, ko = [self.key(b) for b in base], [self.key(o) for o in other]
        steps: list[tuple[object, object, bool]] = []
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, kb, ko, autojunk=False).get_opcodes():
            if tag == "equal":
                steps += [(b, o, True) for b, o in zip(base[i1:i2], other[j1:j2])]
                continue
            for b, o in align(base[i1:i2], other[j1:j2], lambda el: "".join(self.tokens(el))):
                steps.append((b, o, b is not None and o is not None and self.key(b) == self.key(o)))
        return steps

    def correspond(self, base: list, edited: list) -> tuple[dict[etree._Element, _Match], list[etree._Element]]:
        """Drafter's blocks → the officer's, moves included: a block the officer moved
        is found by its text among the blocks left over. Also returns the officer's
        blocks that match nothing (the officer's own)."""
        memo = (tuple(base), tuple(edited))        # counting what the officer kept matched them first
        if memo in self.matched:
            return self.matched[memo]
        out: dict[etree._Element, _Match] = {}
        lost, extra = [], []
        for b, e, same in self.pair(base, edited):
            if b is not None and e is not None:
                out[b] = _Match(e, same, False)
            elif b is not None:
                lost.append(b)
            else:
                extra.append(e)
        if lost and extra:
            waiting: dict[str, list] = {}
            for e in extra:
                waiting.setdefault(self.key(e), []).append(e)
            for b in list(lost):
                candidates = waiting.get(self.key(b))
                if candidates and not _blank(self.text(b)):
                    e = candidates.pop(0)
                    out[b] = _Match(e, True, True)
                    lost.remove(b)
                    extra.remove(e)
            for b in list(lost):
                if _blank(self.text(b)):
                    continue
                scored = [(_similarity(self.text(b), self.text(e)), i)
                          for i, e in enumerate(extra) if e.tag == b.tag]
                best = max(scored, default=None)
                if best is not None and best[0] >= SIMILAR:
                    e = extra.pop(best[1])
                    out[b] = _Match(e, False, True)
                    lost.remove(b)
        self.matched[memo] = out, extra
        return out, extra

    # -- what the officer kept: counted before anything changes --
    def count_kept(self, base: list, edited: list) -> int:
        found, extra = self.correspond(base, edited)
        count = sum(1 for e in extra if not _blank(self.text(e)))       # an empty paragraph is no edit
        count += sum(1 for b in base if b not in found and not _blank(self.text(b)))
        for b, m in found.items():
            if m.moved:
                count += 1
            elif m.same:
                # A paragraph without words (a section's end mark) restyled by the editor is no edit.
                count += b.tag == P and any(ch.isalnum() for ch in self.text(b)) and self.restyled(b, m.e)
            else:
                if b.tag == TBL and m.e.tag == TBL:
                    count += self.count_kept(editor_text.rows(b), editor_text.rows(m.e))
                elif b.tag == TR and len(editor_text.cells(b)) == len(editor_text.cells(m.e)):
                    count += sum(1 for x, y in zip(editor_text.cells(b), editor_text.cells(m.e))
                                 if self.text(x) != self.text(y))
                else:
                    count += 1
        return count

    def restyled(self, b: etree._Element, e: etree._Element) -> bool:
        """The officer changed how a paragraph looks, not its text: run formatting, its
        style (compared by name: editors rename style ids), or a comment on it."""
        if self.style_names is None:
            self.style_names = (_style_names(self.base.styles), _style_names(self.edited.styles))
        styles = []
        for p, names in zip((b, e), self.style_names):
            ref = p.find(f"{PPR}/{PSTYLE}")
            styles.append(names.get(ref.get(VAL), ref.get(VAL)) if ref is not None else None)
        if styles[0] != styles[1]:
            return True
        if _FORMATTED(b) or _FORMATTED(e):
            if _looks(b) != _looks(e):
                return True
        return next(e.iter(COMMENT_REF), None) is not None and next(b.iter(COMMENT_REF), None) is None

    def row_label(self, row: etree._Element) -> str:
        """A row by its unit's name (the second cell), else its first cell."""
        texts = [_clean(self.text(c)) for c in editor_text.cells(row)]
        return texts[1] if len(texts) > 1 and texts[1] else (texts[0] if texts else "")

    # -- containers: the body, a table, a cell, a note --
    def container(self, b: etree._Element, n: etree._Element, e: etree._Element, children: Callable,
                  where: Callable[[etree._Element], object]) -> None:
        bl, nl = children(b), children(n)
        steps = self.pair(bl, nl)
        if all(same for _, _, same in steps):
            return
        match, _ = self.correspond(bl, children(e))
        anchor: etree._Element | None = None      # the officer's block after which drafter inserts
        last = bl[0] if bl else None
        for index, (x, y, same) in enumerate(steps):
            m = match.get(x) if x is not None else None
            if x is not None:
                last = x
            # Where it is, worked out only for a conflict (a row's label reads its cells).
            last_place = _Place(where, last)
            if same:
                pass
            elif x is None:
                block = self.adopt(y)
                self.place(block, anchor, steps[index + 1:], match, e)
                anchor = block
                self.updated += 1
                continue
            elif y is None:
                if m is not None and m.same:
                    self.mark_block(m.e, DEL)
                    self.updated += 1
                elif m is not None:
                    self.dropped(x, m.e, last_place)
            elif m is None:
                self.lost(x, y, anchor, steps[index + 1:], match, last_place)
            else:
                self.block(x, y, m.e, last_place)
            if m is not None and not m.moved:
                anchor = m.e

    @staticmethod
    def place(block, anchor, rest, match, container) -> None:
        if anchor is not None:
            anchor.addnext(block)
            return
        for x, _, _ in rest:
            m = match.get(x) if x is not None else None
            if m is not None and not m.moved:
                m.e.addprevious(block)
                return
        if len(container) and container[-1].tag == SECTPR:
            container[-1].addprevious(block)
        else:
            container.append(block)

    def block(self, x, y, z, place: object) -> None:
        if x.tag == P and y.tag == P and z.tag == P:
            self.paragraph(x, y, z, place)
        elif x.tag == TBL == y.tag == z.tag:
            self.container(x, y, z, editor_text.rows, lambda r: f"{place}{M.REBUILD_PLACE_SEP}{self.row_label(r)}")
        elif x.tag == TR == y.tag == z.tag:
            self.row(x, y, z, place)
        else:
            self.dropped(x, z, place, y)

    def row(self, x, y, z, place: object) -> None:
        xc, yc, zc = editor_text.cells(x), editor_text.cells(y), editor_text.cells(z)
        if len(xc) != len(yc):                 # drafter's row changed shape: replace it whole
            if self.text(x) == self.text(z):
                self.mark_block(z, DEL)
                z.addnext(self.adopt(y))
                self.updated += 1
            else:
                self.dropped(x, z, place, y)
            return
        if len(zc) == len(xc):
            trio = [(a, b, c) for a, b, c in zip(xc, yc, zc)]
        else:                                   # the officer merged or split cells
            found, _ = self.correspond(xc, zc)
            trio = [(a, b, found[a].e if a in found else None) for a, b in zip(xc, yc)]
        for a, b, c in trio:
            if self.key(a) == self.key(b):
                continue
            if c is None:
                self.conflicts.append(Conflict(str(place), "", _clean(self.text(b)), _clean(self.text(a))))
            else:
                self.container(a, b, c, editor_text.blocks, lambda _: place)

    # -- one paragraph, word by word --
    def paragraph(self, x, y, z, place: object) -> None:
        tb, tn = _tokens(editor_text.paragraph_text(x)), _tokens(editor_text.paragraph_text(y))
        etext, epcs = editor_text.pieces(z)
        te = _tokens(etext)
        on, oe = _offsets(tn), _offsets(te)
        mapping = _mapping(tb, te)
        _, npcs = editor_text.pieces(y)
        ops: list[_Op] = []
        for i1, i2, j1, j2 in _changes(tb, tn):
            op = _Op(0, 0, False, "".join(tb[i1:i2]), "".join(tn[j1:j2]), _slice(npcs, on[j1], on[j2]))
            span = _clean_span(mapping, i1, i2, len(te))
            if span is not None:
                op.s, op.t = oe[span[0]], oe[span[1]]
                if self.portable(op.items) and not _blocked(epcs, op.s, op.t):
                    ops.append(op)
                    continue
            k1, k2 = _officer_span(mapping, i1, i2, len(te))
            op.s, op.t, op.conflict = oe[k1], oe[k2], True
            while op.s < op.t and etext[op.s].isspace():
                op.s += 1
            while op.t > op.s and etext[op.t - 1].isspace():
                op.t -= 1
            ops.append(op)
        ops.sort(key=lambda o: (o.s, o.t))
        joined: list[_Op] = []
        for op in ops:
            last = joined[-1] if joined else None
            if last is not None and op.s < last.t:        # overlapping: one conflict for both
                last.t, last.conflict = max(last.t, op.t), True
                last.old, last.new = f"{last.old} … {op.old}", f"{last.new} … {op.new}"
            else:
                joined.append(op)
        for op in joined:
            if op.conflict:
                self.conflicts.append(Conflict(str(place), _clean(etext[op.s:op.t]), _clean(op.new), _clean(op.old)))
        for op in reversed(joined):                  # right to left: offsets on the left stay true
            if op.conflict:
                self.comment(z, op.s, op.t, M.REBUILD_COMMENT.format(
                    new=_clean(op.new) or M.REBUILD_NOTHING, old=_clean(op.old) or M.REBUILD_NOTHING))
            else:
                self.replace(z, op.s, op.t, op.items)
                self.updated += 1

    @staticmethod
    def portable(items: list) -> bool:
        return all(isinstance(i, str) or i.tag in _PORTABLE for i in items)

    def replace(self, p: etree._Element, s: int, t: int, items: list) -> None:
        """Drafter's words for [s, t) of the officer's paragraph: the officer's runs there
        deleted, the new words inserted with the properties of the first of them."""
        _cut(p, t)
        _cut(p, s)
        _, pcs = editor_text.pieces(p)
        covered = _covered(pcs, s, t)
        source = next((pc.run for pc in pcs if s <= pc.start < t and pc.node.tag == T), None)
        if source is None:
            source = _text_run(pcs, s, left=True)
        if source is None:
            source = _text_run(pcs, t, left=False)
        runs = self.new_runs(items, source)
        if covered:
            last = None
            for group in _groups(covered):
                last = self.wrap(group, DEL)
            if runs:
                last.addnext(self.wrapped(runs))
            return
        if not runs:
            return
        inserted = self.wrapped(runs)
        left = next((pc.run for pc in reversed(pcs) if pc.end <= s), None)
        right = next((pc.run for pc in pcs if pc.start >= s), None)
        if left is not None:
            left.addnext(inserted)
        elif right is not None:
            right.addprevious(inserted)
        else:
            p.append(inserted)

    def wrapped(self, runs: list[etree._Element]) -> etree._Element:
        mark = self.mark(INS)
        mark.extend(runs)
        return mark

    def wrap(self, group: list[etree._Element], tag: str) -> etree._Element:
        """Wrap sibling runs in a revision mark; deleted text becomes w:delText and a
        deleted footnote reference takes its note with it."""
        mark = self.mark(tag)
        group[0].addprevious(mark)
        mark.extend(group)
        if tag == DEL:
            for el in list(mark.iter(T, INSTR, NOTE_REF)):
                if el.tag == T:
                    el.tag = DELTEXT
                elif el.tag == INSTR:
                    el.tag = DELINSTR
                else:
                    self.drop_note(el.get(ID))
        return mark

    def new_runs(self, items: list, source: etree._Element | None) -> list[etree._Element]:
        props = source.find(RPR) if source is not None else None
        out: list[etree._Element] = []
        current = None
        for item in items:
            if isinstance(item, str) or item.tag != NOTE_REF:
                if current is None:
                    current = etree.Element(R)
                    if props is not None:
                        current.append(copy.deepcopy(props))
                    out.append(current)
                if isinstance(item, str):
                    t = etree.SubElement(current, T)
                    t.text = item
                    _preserve(t)
                else:
                    current.append(etree.Element(item.tag, dict(item.attrib)))
                continue
            fresh = self.adopt_note(item.get(ID))
            current = None
            if fresh is None:
                continue
            run = etree.Element(R)
            run.append(copy.deepcopy(self.reference_props(item.getparent())))
            etree.SubElement(run, NOTE_REF).set(ID, fresh)
            out.append(run)
        return out

    # -- comments: where both changed the same words --
    def comment(self, p: etree._Element, s: int, t: int, text: str) -> None:
        cid = self.fresh()
        self.comments.append((cid, text))
        start, end = etree.Element(COMMENT_START), etree.Element(COMMENT_END)
        start.set(ID, cid)
        end.set(ID, cid)
        reference = etree.Element(R)
        etree.SubElement(reference, COMMENT_REF).set(ID, cid)
        _cut(p, t)
        _cut(p, s)
        _, pcs = editor_text.pieces(p)
        covered = _covered(pcs, s, t)
        if covered:
            covered[0].addprevious(start)
            covered[-1].addnext(end)
            end.addnext(reference)
            return
        left = next((pc.run for pc in reversed(pcs) if pc.end <= s), None)
        right = next((pc.run for pc in pcs if pc.start >= s), None)
        if left is not None:
            left.addnext(start)
        elif right is not None:
            right.addprevious(start)
        else:
            p.append(start)
        start.addnext(end)
        end.addnext(reference)

    def lost(self, x, y, anchor, rest, match, place: object) -> None:
        """The officer deleted a block whose figures drafter changed: the deletion
        stands; a comment at the next block says what changed."""
        hunks = _hunks(self.text(x), self.text(y))
        self.conflicts.append(Conflict(str(place), "", M.REBUILD_JOIN.join(n for _, n in hunks),
                                       M.REBUILD_JOIN.join(o for o, _ in hunks)))
        text = M.REBUILD_COMMENT_DELETED.format(changes=_describe(hunks))
        following = next((match[r[0]].e for r in rest if r[0] is not None and r[0] in match
                          and not match[r[0]].moved), None)
        if following is not None:
            target = next(following.iter(P), None)
            if target is not None:
                self.comment(target, 0, 0, text)
                return
        if anchor is not None:
            paragraphs = list(anchor.iter(P))
            if paragraphs:
                end = len(editor_text.paragraph_text(paragraphs[-1]))
                self.comment(paragraphs[-1], end, end, text)

    def dropped(self, x, z, place: object, y=None) -> None:
        """Drafter no longer prints a block the officer edited (or changed it beyond a
        merge): the officer's block stays, with a comment."""
        old = _clean(self.text(x))
        self.conflicts.append(Conflict(str(place), _clean(self.text(z)), _clean(self.text(y)) if y is not None else "",
                                       old))
        target = next(z.iter(P), None)
        if target is None:
            return
        if y is None:
            text = M.REBUILD_COMMENT_DROPPED.format(old=old or M.REBUILD_NOTHING)
        else:
            text = _describe(_hunks(self.text(x), self.text(y)))
        self.comment(target, 0, len(editor_text.paragraph_text(target)), text)

    # -- whole blocks drafter inserts or deletes --
    def adopt(self, y: etree._Element) -> etree._Element:
        """A copy of a block of the new document for the officer's: its styles by their
        names in the officer's styles, its footnotes copied, marked inserted."""
        block = copy.deepcopy(y)
        self.restyle(block)
        for ref in list(block.iter(NOTE_REF)):
            fresh = self.adopt_note(ref.get(ID))
            if fresh is None:
                ref.getparent().remove(ref)
            else:
                ref.set(ID, fresh)
        # A picture or chart of the new package points at parts the officer's does not have.
        for el in list(block.iter()):
            if isinstance(el.tag, str) and any(k.startswith(f"{{{R_NS}}}") for k in el.attrib):
                run = next((a for a in el.iterancestors(R)), None)
                if run is not None and run.getparent() is not None:
                    run.getparent().remove(run)
        self.mark_block(block, INS)
        return block

    def mark_block(self, el: etree._Element, tag: str) -> None:
        for tr in list(el.iter(TR)):
            _row_mark(tr, self.mark(tag))
        for p in list(el.iter(P)):
            runs = [r for r, tracked in editor_text.runs(p) if not tracked]
            for group in _groups(runs):
                self.wrap(group, tag)
            _paragraph_mark(p, self.mark(tag))

    # -- footnotes --
    def adopt_note(self, new_id: str) -> str | None:
        if self.edited.notes is None or self.new.notes is None:
            return None
        source = next((n for n in self.new.notes if n.tag == FOOTNOTE and n.get(ID) == new_id), None)
        if source is None:
            return None
        note = copy.deepcopy(source)
        self.restyle(note)
        fresh = str(self.next_note)
        self.next_note += 1
        note.set(ID, fresh)
        for p in list(note.iter(P)):
            self.mark_block(p, INS)
        self.edited.notes.append(note)
        self.notes_changed = True
        return fresh

    def drop_note(self, note_id: str) -> None:
        notes = self.edited.notes
        if notes is None or note_id in self.dropped_notes:
            return
        note = next((n for n in notes if n.tag == FOOTNOTE and n.get(ID) == note_id), None)
        if note is None:
            return
        self.dropped_notes[note_id] = note
        self.notes_changed = True
        for p in list(note.iter(P)):
            self.mark_block(p, DEL)

    def reference_props(self, new_run: etree._Element | None) -> etree._Element:
        """Properties for a footnote reference drafter adds: those of the officer's own
        references (LibreOffice renames the style), else the new document's."""
        if self.ref_props is None:
            ref = next(self.edited.document.iter(NOTE_REF), None)
            props = ref.getparent().find(RPR) if ref is not None else None
            if props is None and new_run is not None and new_run.find(RPR) is not None:
                props = copy.deepcopy(new_run.find(RPR))
                self.restyle(props)
            self.ref_props = props if props is not None else etree.Element(RPR)
        return self.ref_props

    def notes(self) -> None:
        """Footnotes drafter changed, merged like paragraphs. Notes are matched by their
        order of reference and their text: the ids differ from editor to editor."""
        b = editor_text.notes_in_order(self.base.document, self.base.notes)
        n = editor_text.notes_in_order(self.new.document, self.new.notes)
        if not b or not n or self.edited.notes is None:
            return
        e = editor_text.notes_in_order(self.edited.document, self.edited.notes)
        number = {note: i for i, note in enumerate(b, start=1)}
        match, _ = self.correspond(b, e)
        for x, y, same in self.pair(b, n):
            if same or x is None or y is None:
                continue                       # notes come and go with their references
            place = M.REBUILD_PLACE_NOTE.format(number=number[x])
            m = match.get(x)
            if m is None:
                hunks = _hunks(self.text(x), self.text(y))
                self.conflicts.append(Conflict(str(place), "", M.REBUILD_JOIN.join(h[1] for h in hunks),
                                               M.REBUILD_JOIN.join(h[0] for h in hunks)))
            elif m.e.get(ID) not in self.dropped_notes:
                self.container(x, y, m.e, editor_text.blocks, lambda _: place)

    # -- styles of what drafter copies in --
    def restyle(self, el: etree._Element) -> None:
        if self.style_map is None:
            self.style_map = self.map_styles()
        for ref in el.iter(PSTYLE, RSTYLE, TBLSTYLE):
            kind = {PSTYLE: "paragraph", RSTYLE: "character", TBLSTYLE: "table"}[ref.tag]
            found = self.style_map.get((kind, ref.get(VAL)))
            if found is not None:
                ref.set(VAL, found)

    def map_styles(self) -> dict[tuple[str, str], str]:
        """New document's style ids → the officer's, by style name (LibreOffice keeps
        names but not ids: our BodyText is its TextBody). A style the officer's file
        lacks is copied into it."""
        ours, theirs = self.new.styles, self.edited.styles
        if ours is None or theirs is None:
            return {}
        by_name: dict[tuple[str, str], str] = {}
        ids: set[tuple[str, str]] = set()
        for st in theirs.iter(STYLE):
            kind, sid = st.get(TYPE), st.get(f"{W_}styleId")
            name = st.find(NAME)
            ids.add((kind, sid))
            if name is not None:
                by_name.setdefault((kind, name.get(VAL)), sid)
                by_name.setdefault((kind, name.get(VAL).lower()), sid)
        out: dict[tuple[str, str], str] = {}
        for st in ours.iter(STYLE):
            kind, sid = st.get(TYPE), st.get(f"{W_}styleId")
            name = st.find(NAME)
            label = name.get(VAL) if name is not None else None
            found = None
            if label is not None:
                found = by_name.get((kind, label)) or by_name.get((kind, label.lower()))
            if found is None and (kind, sid) in ids:
                found = sid
            if found is None:
                theirs.append(copy.deepcopy(st))
                ids.add((kind, sid))
                self.styles_changed = True
                found = sid
            out[(kind, sid)] = found
        return out


def _clean_span(mapping: list[int | None], i1: int, i2: int, size: int) -> tuple[int, int] | None:
    """Where drafter's words [i1, i2) stand, unchanged, in the officer's tokens; None when
    the officer changed any of them (or wrote something where drafter inserts)."""
    if i1 < i2:
        found = mapping[i1:i2]
        if any(k is None for k in found) or found[-1] - found[0] != i2 - i1 - 1:
            return None
        return found[0], found[-1] + 1
    left = mapping[i1 - 1] if i1 > 0 else -1
    right = mapping[i1] if i1 < len(mapping) else size
    if left is None or right is None or right != left + 1:
        return None
    return right, right


def _officer_span(mapping: list[int | None], i1: int, i2: int, size: int) -> tuple[int, int]:
    """The officer's tokens between the last word before [i1, i2) and the first after it
    that both still share."""
    k1 = next((mapping[i] + 1 for i in range(i1 - 1, -1, -1) if mapping[i] is not None), 0)
    k2 = next((mapping[i] for i in range(i2, len(mapping)) if mapping[i] is not None), size)
    return k1, max(k1, k2)


def _blocked(pcs: list[Piece], s: int, t: int) -> bool:
    """Text in someone else's revision, or a note's own mark, cannot take drafter's change."""
    for pc in pcs:
        if pc.start <= t and pc.end >= s and pc.tracked:
            return True
        if s <= pc.start < t and pc.node.tag not in (T, TAB, BR) and pc.node.tag != NOTE_REF:
            return True
    return False


# ---- accepting drafter's own revisions: the clean copy ----------------------------------

def _accept(marks: list[etree._Element]) -> None:
    """Accept drafter's own revisions (and no one else's): the clean copy. Whole rows and
    paragraphs marked deleted go; inserted content stays, unwrapped."""
    rows_gone, paragraphs_gone = [], []
    for mark in marks:
        parent = mark.getparent()
        if parent is None:
            continue
        if mark.tag == INS:
            if parent.tag not in _MARK_PARENTS:
                for child in list(mark):
                    mark.addprevious(child)
            parent.remove(mark)
        elif parent.tag == TRPR:
            row = parent.getparent()
            rows_gone.append(row.getparent())
            rows_gone[-1].remove(row)
        elif parent.tag == RPR and parent.getparent() is not None and parent.getparent().tag == PPR:
            paragraph = parent.getparent().getparent()
            paragraphs_gone.append(paragraph.getparent())
            paragraphs_gone[-1].remove(paragraph)
        else:
            parent.remove(mark)
    for table in rows_gone:
        if table.getparent() is not None and not any(c.tag == TR for c in table):
            table.getparent().remove(table)
    for cell in paragraphs_gone:                 # a cell must end with a paragraph
        if cell.tag == TC and not any(c.tag in (P, TBL) for c in cell):
            etree.SubElement(cell, P)


def _renumber_notes(document: etree._Element, notes: etree._Element) -> None:
    """Number the ordinary notes in the order of their references, after the separator
    notes, and store them in that order: LibreOffice hands the notes to the references
    in the order of their ids, Word by id; a note drafter added last must not shift
    the officer's notes by one."""
    normal = [n for n in notes if n.tag == FOOTNOTE and n.get(f"{W_}type") in (None, "normal")]
    special = [int(n.get(ID)) for n in notes if n.tag == FOOTNOTE and n not in normal
               and (n.get(ID) or "").lstrip("-").isdigit()]
    by_id = {n.get(ID): n for n in normal}
    number = max(special + [0]) + 1
    ordered = []
    for ref in document.iter(NOTE_REF):
        note = by_id.pop(ref.get(ID), None)
        if note is None:
            continue
        ref.set(ID, str(number))
        note.set(ID, str(number))
        ordered.append(note)
        number += 1
    for n in normal:
        notes.remove(n)
    notes.extend(ordered)
    for n in by_id.values():                  # no reference left: kept, after the others
        n.set(ID, str(number))
        notes.append(n)
        number += 1


# ---- writing ----------------------------------------------------------------------------

def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _comments_part(merge: _Merge, parts: dict[str, bytes], day: dt.date) -> list[zipfile.ZipInfo]:
    """Add drafter's comments to the officer's comments part, or create one (with its
    relationship and content type). Returns the zip entries to add."""
    pkg = merge.edited
    name = pkg.rels.get("comments")
    added: list[zipfile.ZipInfo] = []
    if name is not None and name in parts:
        root = etree.fromstring(parts[name])
    else:
        folder = posixpath.dirname(pkg.main)
        name, k = posixpath.join(folder, "comments.xml"), 1
        while name in parts:
            k += 1
            name = posixpath.join(folder, f"comments{k}.xml")
        root = etree.Element(f"{W_}comments", nsmap={"w": W})
        rels_name = _rels_name(pkg.main)
        rels = etree.fromstring(parts[rels_name]) if rels_name in parts else etree.Element(
            f"{{{PKG_REL}}}Relationships", nsmap={None: PKG_REL})
        taken = {r.get("Id") for r in rels}
        number = len(taken) + 1
        while f"rId{number}" in taken:
            number += 1
        rel = etree.SubElement(rels, f"{{{PKG_REL}}}Relationship")
        rel.set("Id", f"rId{number}")
        rel.set("Type", REL_TYPES + "comments")
        rel.set("Target", posixpath.relpath(name, folder) if folder else name)
        if rels_name not in parts:
            added.append(zipfile.ZipInfo(rels_name, date_time=(day.year, day.month, day.day, 0, 0, 0)))
        parts[rels_name] = _xml(rels)
        types = etree.fromstring(parts[CONTENT_TYPES])
        override = etree.SubElement(types, f"{{{CONTENT_TYPES_NS}}}Override")
        override.set("PartName", "/" + name)
        override.set("ContentType", COMMENTS_CT)
        parts[CONTENT_TYPES] = _xml(types)
        added.append(zipfile.ZipInfo(name, date_time=(day.year, day.month, day.day, 0, 0, 0)))
    for cid, text in merge.comments:
        comment = etree.SubElement(root, COMMENT)
        comment.set(ID, cid)
        comment.set(AUTHOR_ATTR, AUTHOR)
        comment.set(DATE_ATTR, merge.date)
        comment.set(f"{W_}initials", "D")
        p = etree.SubElement(comment, P)
        etree.SubElement(etree.SubElement(p, R), ANNOTATION_REF)
        t = etree.SubElement(etree.SubElement(p, R), T)
        t.text = text
        _preserve(t)
    parts[name] = _xml(root)
    return added


def _package(infos: list[zipfile.ZipInfo], parts: dict[str, bytes], added: list[zipfile.ZipInfo]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in [*infos, *added]:
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, parts[info.filename])
    return out.getvalue()


# ---- the use case -----------------------------------------------------------------------

def rebuild(base: bytes, edited: bytes, new: bytes, day: dt.date) -> Rebuilt:
    """Merge drafter's updates (base → new) into the officer's edited report."""
    officer = _open(edited, M.REBUILD_EDITED_UNREADABLE)
    before = _open(base, M.REBUILD_BASE_UNREADABLE)
    after = _open(new, M.REBUILD_NEW_UNREADABLE)
    merge = _Merge(before, after, officer, revision_date(day),
                   next_id=_max_id(*(officer.parts.get(n) for n in (officer.main, officer.notes_part,
                                                                     officer.rels.get("comments")) if n)) + 1,
                   next_note=max([int(n.get(ID)) for n in (officer.notes if officer.notes is not None else [])
                                  if n.tag == FOOTNOTE and (n.get(ID) or "").lstrip("-").isdigit()] + [0]) + 1)

    base_blocks, edited_blocks = editor_text.blocks(before.body), editor_text.blocks(officer.body)
    merge.kept = merge.count_kept(base_blocks, edited_blocks)
    base_notes = editor_text.notes_in_order(before.document, before.notes)
    edited_notes = editor_text.notes_in_order(officer.document, officer.notes)
    merge.kept += merge.count_kept(base_notes, edited_notes)

    sections = _sections(before.body)
    merge.container(before.body, after.body, officer.body, editor_text.blocks,
                    lambda b: sections.get(b, M.REBUILD_PLACE_HEAD))
    merge.notes()
    if not merge.marks and not merge.comments:
        return Rebuilt(edited, edited, 0, merge.kept, merge.conflicts)

    renumber = merge.notes_changed and officer.notes is not None
    if renumber:
        _renumber_notes(officer.document, officer.notes)
    parts = dict(officer.parts)
    added = _comments_part(merge, parts, day) if merge.comments else []
    if merge.styles_changed:
        parts[officer.styles_part] = _xml(officer.styles)
    infos = [copy.copy(i) for i in officer.infos]

    tracked_parts = dict(parts)
    tracked_parts[officer.main] = _xml(officer.document)
    if officer.notes is not None:
        tracked_parts[officer.notes_part] = _xml(officer.notes)
    tracked = _package(infos, tracked_parts, added)

    document = officer.document
    _accept(merge.marks)
    if officer.notes is not None:
        notes = officer.notes
        for note in merge.dropped_notes.values():
            notes.remove(note)
        if renumber:
            _renumber_notes(document, notes)
        parts[officer.notes_part] = _xml(notes)
    parts[officer.main] = _xml(document)
    if edited == base:
        # Nobody touched the report: the clean copy is this build itself, byte for byte,
        # as if there had been no earlier one (its text is what the merge gives anyway).
        return Rebuilt(new, tracked, merge.updated, merge.kept, merge.conflicts)
    merged = _package([copy.copy(i) for i in infos], parts, [copy.copy(i) for i in added])
    return Rebuilt(merged, tracked, merge.updated, merge.kept, merge.conflicts)
