"""Word tracked changes between two builds of a report.

`track(old, new, date)` returns the new .docx in which every difference from the
old one is a Word revision (`w:ins` / `w:del`, author "drafter"), so a reviewer
accepts or rejects each correction in Word's Review pane:

- the blocks of a container (the body, a table cell, a footnote) are aligned by
  their text with difflib; blocks that differ are paired by similarity, so a
  corrected paragraph is diffed word by word, while a paragraph, table or table
  row that only one side has is inserted or deleted as a whole;
- inside a paired paragraph, tokens are words and whole numbers ("17,30%",
  "1.149", "114"), so a correction reads as "114" deleted, "115" inserted, with
  the runs around it (and their properties) untouched;
- footnotes follow their references: a reference kept in place pairs the old
  note with the new one, whose texts are then diffed the same way; a reference
  inserted inserts its note; a reference deleted keeps the old note, deleted,
  under a fresh id (as Word does), so every reference still has its note.

Unchanged paragraphs are left exactly as they are. Text inside hyperlinks,
fields or content controls of the template is not diffed (the report's own
blocks never produce them).
"""
from __future__ import annotations

import copy
import datetime as dt
import difflib
import io
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
# Properties that may follow w:rPr inside w:pPr, and w:ins/w:del inside w:trPr.
_AFTER_RPR = (SECTPR, f"{W_}pPrChange")
_AFTER_TRACK = (f"{W_}trPrChange",)


# ---- text of the document's pieces --------------------------------------------------

@dataclass(frozen=True)
class Atom:
    """One character of a paragraph: the run and run child it comes from."""
    run: etree._Element
    child: etree._Element
    char: str


def atoms(p: etree._Element) -> list[Atom]:
    out = []
    for run in p:
        if run.tag != R:
            continue
        for child in run:
            if child.tag == RPR:
                continue
            if child.tag in (T, DELTEXT):
                out.extend(Atom(run, child, ch) for ch in child.text or "")
            else:
                out.append(Atom(run, child, PLACEHOLDER.get(child.tag, OTHER_CHAR)))
    return out


def paragraph_text(p: etree._Element) -> str:
    """The text of a paragraph's own runs, with placeholders for tabs, breaks and
    notes: the characters of `atoms(p)`, without making them one by one."""
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
    if el.tag == P:
        return paragraph_text(el)
    if el.tag == TR:
        return "\x1f".join(block_text(tc) for tc in el if tc.tag == TC)
    if el.tag == TBL:
        return "\x1e".join(block_text(tr) for tr in el if tr.tag == TR)
    return "\x1d".join(block_text(b) for b in el if b.tag in (P, TBL))    # a cell


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


def _opcodes(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Token opcodes where a change separated from the next one only by spaces is
    merged with it: "giảm 1,29%" → "tăng 0,20%" reads as one replacement."""
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
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
    out, pos = [0], 0
    for t in tokens:
        pos += len(t)
        out.append(pos)
    return out


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if m.real_quick_ratio() < SIMILAR or m.quick_ratio() < SIMILAR:
        return 0.0
    return m.ratio()


def align(old: list, new: list, key) -> list[tuple[object | None, object | None]]:
    """Pair two short lists in order, maximising the similarity of the pairs (a pair
    needs the same kind of element and a similarity of at least SIMILAR). One block
    replaced by one block of the same kind is a correction of it, however different."""
    if len(old) == len(new) == 1 and old[0].tag == new[0].tag:
        return [(old[0], new[0])]
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


def diff_container(old: etree._Element, new: etree._Element, rev: Revisions, children=blocks) -> None:
    """Mark the differences between the blocks of two containers, in the new one."""
    old_blocks, new_blocks = children(old), children(new)
    ok, nk = [b.tag + block_text(b) for b in old_blocks], [b.tag + block_text(b) for b in new_blocks]
    steps: list[tuple[etree._Element | None, etree._Element | None, bool]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, ok, nk, autojunk=False).get_opcodes():
        if tag == "equal":
            steps += [(o, n, True) for o, n in zip(old_blocks[i1:i2], new_blocks[j1:j2])]
        else:
            steps += [(o, n, False) for o, n in align(old_blocks[i1:i2], new_blocks[j1:j2], block_text)]
    for index, (o, n, same) in enumerate(steps):
        if same:
            rev.pair_refs(o, n)
        elif o is None:
            mark_inserted(n, rev)
        elif n is None:
            anchor = next((s[1] for s in steps[index + 1:] if s[1] is not None), None)
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
            diff_container(o, n, rev, children=lambda t: [c for c in t if c.tag == TR])
        else:
            diff_row(o, n, rev)


def diff_row(old: etree._Element, new: etree._Element, rev: Revisions) -> None:
    old_cells, new_cells = [c for c in old if c.tag == TC], [c for c in new if c.tag == TC]
    if len(old_cells) != len(new_cells):
        gone = copy.deepcopy(old)
        mark_deleted(gone, rev)
        new.addprevious(gone)
        mark_inserted(new, rev)
        return
    for o, n in zip(old_cells, new_cells):
        diff_container(o, n, rev)


def diff_paragraph(old: etree._Element, new: etree._Element, rev: Revisions) -> None:
    """Word-level revisions inside one corrected paragraph."""
    a, b = atoms(old), atoms(new)
    ta, tb = _tokens("".join(x.char for x in a)), _tokens("".join(x.char for x in b))
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
                _emit_runs(out, b[cut:at], inserted, rev)
                out.append(anchor)
                cut = at
        _emit_runs(out, b[cut:end], inserted, rev)

    for tag, i1, i2, j1, j2 in _opcodes(ta, tb):
        old_part, new_part = a[oa[i1]:oa[i2]], b[ob[j1]:ob[j2]]
        if tag == "equal":
            for x, y in zip(old_part, new_part):
                if x.child.tag == NOTE_REF and y.child.tag == NOTE_REF:
                    rev.note_pairs.append((x.child.get(ID), y.child.get(ID)))
            emit(ob[j1], ob[j2], inserted=False)
            continue
        if old_part:
            runs = _runs(old_part, deleted=True, rev=rev)
            if runs:
                out.append(_wrap(rev.mark(DEL), runs))
        if new_part:
            rev.inserted_notes += [y.child.get(ID) for y in new_part if y.child.tag == NOTE_REF]
            emit(ob[j1], ob[j2], inserted=True)
    out += [anchor for at, anchor in anchors if at >= len(b)]
    for child in list(new):
        if child.tag != PPR:
            new.remove(child)
    new.extend(out)


def _wrap(wrapper: etree._Element, children: list[etree._Element]) -> etree._Element:
    wrapper.extend(children)
    return wrapper


def _emit_runs(out: list, part: list[Atom], inserted: bool, rev: Revisions) -> None:
    runs = _runs(part, deleted=False, rev=rev)
    if runs:
        out.extend([_wrap(rev.mark(INS), runs)] if inserted else runs)


def _runs(part: list[Atom], deleted: bool, rev: Revisions) -> list[etree._Element]:
    """New runs holding exactly these characters, with the properties of the runs
    they come from; deleted text becomes w:delText."""
    out: list[etree._Element] = []
    run: etree._Element | None = None
    source = child = None
    for atom in part:
        if atom.run is not source:
            source, child = atom.run, None
            run = etree.Element(R, dict(atom.run.attrib))
            props = atom.run.find(RPR)
            if props is not None:
                run.append(copy.deepcopy(props))
            out.append(run)
        if atom.child.tag in (T, DELTEXT):
            if child is not atom.child:
                child = atom.child
                text = etree.SubElement(run, DELTEXT if deleted else T)
                text.set(XML_SPACE, "preserve")
                text.text = ""
            run[-1].text += atom.char
            continue
        child = atom.child
        el = copy.deepcopy(atom.child)
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
        for el in root.iter():
            value = el.get(ID) if isinstance(el.tag, str) else None
            if value and value.lstrip("-").isdigit():
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
            old_doc = etree.fromstring(z.read(DOCUMENT))
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
    diff_container(body_old, body_new, rev)

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


def mark_inserted_note(note: etree._Element, rev: Revisions) -> None:
    for block in blocks(note):
        mark_inserted(block, rev)
