"""The tracked-changes copy X.thay-doi.docx: `track(old, new, date)` returns the new .docx
with its differences from the old one as Word revisions (the diff is revisions.py's), and
the number of marks.

A report of thousands of units is mostly annex tables (41 MB of XML at 3,000 units), and
between two builds most of them do not change, or change in a way that needs no tree: a
unit inserted at the top renumbers every row below it. Parsing both documents whole and
writing the new one back cost more than the build itself. So, when both documents are as
drafter writes them (lxml's bytes, the same root, WordprocessingML declared once, as `w`),
the body is parsed with a stand-in for each top-level table (`StandIns`, see
revisions.stand_in):

- a table whose bytes did not change is written back as it was read;
- a changed table is compared on its rows' bytes: equal rows are kept, a row that says
  the same after its first cell and holds a lone number there (a renumbered STT) is
  marked directly (`_renumbered`), and only the other rows are parsed, each on its own,
  and diffed as revisions.py diffs them;
- a table inserted or deleted whole is parsed and marked.

Any other pair of documents is parsed whole. Both ways make the same copy, byte for byte
(tests/test_revisions.py compares them).
"""
from __future__ import annotations

import copy
import datetime as dt
import io
import re
import zipfile

from lxml import etree

from ..errors import RevisionError
from .ooxml import W, W_
from .revisions import (AUTHOR, DOCUMENT, FOOTNOTE, FOOTNOTES, ID, INS, NOTE_REF, P, PPR, RPR, SECTPR, STAND_IN,
                        TBL, Revisions, _pair_by, _row_cells, _tokens, trimmed_opcodes, align, block_text, blocks,
                        diff_container, diff_row, diff_table, mark_deleted, mark_inserted, revision_date, stand_in)


def track(old_docx: bytes, new_docx: bytes, day: dt.date) -> tuple[bytes, int]:
    """The new document with its differences from the old one as tracked changes,
    and the number of revision marks."""
    if old_docx == new_docx:
        return new_docx, 0
    try:
        with zipfile.ZipFile(io.BytesIO(old_docx)) as z:
            old_xml = z.read(DOCUMENT)
            old_notes = z.read(FOOTNOTES) if FOOTNOTES in z.namelist() else None
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise RevisionError(str(exc) or type(exc).__name__) from exc
    with zipfile.ZipFile(io.BytesIO(new_docx)) as z:
        entries = [(info, z.read(info.filename)) for info in z.infolist()]
    parts = {info.filename: data for info, data in entries}
    stand_ins = StandIns.of(old_xml, parts[DOCUMENT])
    if stand_ins is not None:
        try:
            parts, count = _tracked(old_xml, old_notes, parts, day, stand_ins)
        except (_NotAsRead, etree.XMLSyntaxError, ValueError):
            # A table that does not read or write back as expected: the documents parsed whole
            # say what is wrong with them (RevisionError) or make the copy.
            stand_ins = None
    if stand_ins is None:
        parts, count = _tracked(old_xml, old_notes, parts, day, None)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info, _ in entries:
            z.writestr(info, parts[info.filename])
    return out.getvalue(), count


def _tracked(old_xml: bytes, old_notes_xml: bytes | None, parts: dict[str, bytes], day: dt.date,
             stand_ins: StandIns | None) -> tuple[dict[str, bytes], int]:
    """The new package's parts with the revisions in, and their number: the top-level tables
    left as bytes when `stand_ins` is given, the documents parsed whole otherwise."""
    parts = dict(parts)
    try:
        old_doc = etree.fromstring(stand_ins.old_skeleton if stand_ins else old_xml)
        old_notes = etree.fromstring(old_notes_xml) if old_notes_xml is not None else None
    except etree.XMLSyntaxError as exc:
        raise RevisionError(str(exc) or type(exc).__name__) from exc
    new_doc = etree.fromstring(stand_ins.new_skeleton if stand_ins else parts[DOCUMENT])
    new_notes = etree.fromstring(parts[FOOTNOTES]) if FOOTNOTES in parts else None

    rev = Revisions(date=revision_date(day), stand_ins=stand_ins)
    rev.next_id = max(_max_w_id(parts[DOCUMENT]) if stand_ins else _max_id(new_doc), _max_id(new_notes)) + 1
    rev.next_note = max([int(n.get(ID)) for n in (new_notes if new_notes is not None else [])
                         if n.tag == FOOTNOTE] + [0]) + 1
    rev.keep_deleted_refs = new_notes is not None
    if old_notes is not None:
        rev.old_notes = {n.get(ID): n for n in old_notes if n.tag == FOOTNOTE}
    body_old, body_new = old_doc.find(f"{W_}body"), new_doc.find(f"{W_}body")
    if body_old is None or body_new is None:
        raise RevisionError("document.xml has no body")
    if stand_ins is not None:
        diff_container(body_old, body_new, rev, text=stand_ins.text, key=stand_ins.key)
    else:
        diff_container(body_old, body_new, rev, key=_table_written)
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
    if stand_ins is None:
        if new_notes is not None:
            _renumber_notes(new_doc, new_notes)
        xml = etree.tostring(new_doc, xml_declaration=True, encoding="UTF-8", standalone=True)
    else:
        xml = stand_ins.fill(etree.tostring(new_doc, xml_declaration=True, encoding="UTF-8", standalone=True))
        if new_notes is not None:
            xml = _renumbered_refs(xml, new_notes)
    parts[DOCUMENT] = xml
    if new_notes is not None:
        parts[FOOTNOTES] = etree.tostring(new_notes, xml_declaration=True, encoding="UTF-8", standalone=True)
    return parts, rev.count


def _table_written(el: etree._Element) -> bytes | str:
    """What tells a block of a body parsed whole from another: its text, but a table's XML.
    Serialised in C, an unchanged table costs half of reading its text, and a changed one is
    read once, row by row (`diff_table`); two tables that read alike but are written apart
    differ in no row."""
    return etree.tostring(el, with_tail=False) if el.tag == TBL else block_text(el)


# ---- the documents' bytes -------------------------------------------------------------

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


class _NotAsRead(Exception):
    """A part parsed on its own did not write back as the bytes around it expect: the
    documents are compared whole instead."""


_W_DECLARED = f'xmlns:w="{W}"'.encode()


def _root(xml: bytes) -> bytes:
    """The start tag of the document's root element."""
    start = xml.index(b"<", len(_LXML_HEAD))
    return xml[start:xml.index(b">", start) + 1]


class StandIns:
    """The top-level tables of both documents as the bytes they were read from, by key ("o3":
    the old document's fourth table, "n3": the new one's), and the documents' bodies with a
    stand-in for each (revisions.stand_in). The diff asks this for what it needs of a table;
    `fill` puts the tables, as written, in place of their stand-ins."""

    def __init__(self, root: bytes, tables: dict[str, bytes], old_skeleton: bytes, new_skeleton: bytes):
        self.root = root
        self.root_end = b"</" + root[1:].split(None, 1)[0].rstrip(b">") + b">"
        self.source = tables
        self.old_skeleton, self.new_skeleton = old_skeleton, new_skeleton
        self.out: dict[str, bytes] = {}          # tables marked or diffed, by key
        self._texts: dict[str, str] = {}

    @classmethod
    def of(cls, old_xml: bytes, new_xml: bytes) -> StandIns | None:
        """The stand-ins of two documents as drafter writes them; None for any others."""
        if not (old_xml.startswith(_LXML_HEAD) and new_xml.startswith(_LXML_HEAD)):
            return None
        root = _root(new_xml)
        if _root(old_xml) != root or _W_DECLARED not in root:
            return None
        tables: dict[str, bytes] = {}
        skeletons = []
        for side, xml in (("o", old_xml), ("n", new_xml)):
            # WordprocessingML declared once (by the root, as w): every w:id is spelled so.
            if xml.count(W.encode()) != 1:
                return None
            spans = _body_spans(xml)
            if spans is None:
                return None
            out, done, count = [], 0, 0
            for a, b in spans:
                if not xml.startswith(b"<w:tbl", a) or xml[a + 6] not in b" >/":
                    continue
                if not xml.startswith(b"<w:tbl>", a):
                    return None
                key = f"{side}{count}"
                count += 1
                tables[key] = xml[a:b]
                out += [xml[done:a], f"<w:tbl><?{STAND_IN} {key}?></w:tbl>".encode()]
                done = b
            out.append(xml[done:])
            skeletons.append(b"".join(out))
        return cls(root, tables, *skeletons)

    # -- what the diff asks of a stand-in --
    def key(self, el: etree._Element) -> bytes | str:
        """What tells a top-level block from another: its text, but a table's bytes."""
        return self.source[stand_in(el)] if el.tag == TBL else block_text(el)

    def text(self, el: etree._Element) -> str:
        """`block_text` of a top-level block, a stand-in's read from its table."""
        key = stand_in(el)
        if key is None:
            return block_text(el)
        if key not in self._texts:
            self._texts[key] = block_text(self.parse(self.source[key])[0])
        return self._texts[key]

    def ref_ids(self, key: str) -> list[str]:
        return _ref_ids(self.source[key])

    def inserted(self, key: str, rev: Revisions) -> None:
        wrapper = self.parse(self.source[key])
        mark_inserted(wrapper[0], rev)
        self.out[key] = self.written(wrapper)

    def deleted(self, key: str, rev: Revisions) -> None:
        wrapper = self.parse(self.source[key])
        mark_deleted(wrapper[0], rev)
        self.out[key] = self.written(wrapper)

    def diff(self, old_key: str, new_key: str, rev: Revisions) -> None:
        self.out[new_key] = self._diff_table(self.source[old_key], self.source[new_key], rev)

    # -- parts parsed on their own --
    def parse(self, xml: bytes) -> etree._Element:
        """`xml` parsed inside a copy of the document's root, which declares its namespaces."""
        return etree.fromstring(self.root + xml + self.root_end)

    def written(self, wrapper: etree._Element) -> bytes:
        """The XML of what `parse` gave, as it now stands, without the root around it."""
        xml = etree.tostring(wrapper, encoding="UTF-8", xml_declaration=False)
        if not (xml.startswith(self.root) and xml.endswith(self.root_end)):
            raise _NotAsRead
        return xml[len(self.root):len(xml) - len(self.root_end)]

    def fill(self, xml: bytes) -> bytes:
        """The new document written with the skeleton: each stand-in replaced by its table."""
        opening, closing = f"<w:tbl><?{STAND_IN} ".encode(), b"?></w:tbl>"
        out, done = [], 0
        at = xml.find(opening)
        while at != -1:
            end = xml.index(closing, at)
            key = xml[at + len(opening):end].decode()
            if key not in self.out and not key.startswith("n"):
                raise _NotAsRead                   # an old table in the copy, never marked deleted
            out += [xml[done:at], self.out.get(key, self.source[key])]
            done = end + len(closing)
            at = xml.find(opening, done)
        out.append(xml[done:])
        return b"".join(out)

    # -- a changed table, row by row --
    def _diff_table(self, old: bytes, new: bytes, rev: Revisions) -> bytes:
        """What revisions.diff_table makes of two versions of a table, made on their bytes:
        equal rows kept as they are, renumbered rows marked directly, only the other rows
        parsed (each on its own) and diffed."""
        old_rows, new_split = _rows(old), _rows(new)
        if old_rows is None or new_split is None:
            o, n = self.parse(old), self.parse(new)
            diff_table(o[0], n[0], rev)
            return self.written(n)
        (_, old_rows), (properties, new_rows) = old_rows, new_split
        out = [b"<w:tbl>", properties]
        for tag, i1, i2, j1, j2 in trimmed_opcodes(old_rows, new_rows):
            if tag == "equal":
                for o, n in zip(old_rows[i1:i2], new_rows[j1:j2]):
                    if b"<w:footnoteReference " in o:
                        rev.note_pairs += zip(_ref_ids(o), _ref_ids(n))
                    out.append(n)
                continue
            rows_o = [_Row(x, self) for x in old_rows[i1:i2]]
            rows_n = [_Row(x, self) for x in new_rows[j1:j2]]
            for o, n in self._align(rows_o, rows_n):
                out.append(self._row(o, n, rev))
        out.append(b"</w:tbl>")
        return b"".join(out)

    def _align(self, old: list[_Row], new: list[_Row]) -> list[tuple[_Row | None, _Row | None]]:
        """revisions.align for rows: one row replaced by one is a correction of it; rows that
        say the same after their number pair on their bytes; the rest are parsed and paired
        as revisions.align pairs them."""
        if len(old) == len(new) == 1:
            return [(old[0], new[0])]
        return _pair_by(old, new, _Row.after_first_cell, self._align_parsed)

    def _align_parsed(self, old: list[_Row], new: list[_Row]) -> list[tuple[_Row | None, _Row | None]]:
        if not old or not new:
            return [(o, None) for o in old] + [(None, n) for n in new]
        rows = {row.element(): row for row in old + new}
        read = {el: _row_cells(el) for el in rows}
        pairs = align([o.element() for o in old], [n.element() for n in new],
                      lambda el: "\x1f".join(read[el]), read.__getitem__)
        return [(rows[o] if o is not None else None, rows[n] if n is not None else None) for o, n in pairs]

    def _row(self, old: _Row | None, new: _Row | None, rev: Revisions) -> bytes:
        """One step of the table's diff, as written."""
        if old is None:
            mark_inserted(new.element(), rev)
            return new.written()
        if new is None:
            mark_deleted(old.element(), rev)
            return old.written()
        made = _renumbered(old.xml, new.xml, rev)
        if made is not None:
            return made
        diff_row(old.element(), new.element(), rev, _row_cells)
        return new.written()


class _Row:
    """A table row's bytes, parsed on its own when the diff needs its tree."""
    __slots__ = ("xml", "stand_ins", "wrapper")

    def __init__(self, xml: bytes, stand_ins: StandIns):
        self.xml, self.stand_ins, self.wrapper = xml, stand_ins, None

    def element(self) -> etree._Element:
        if self.wrapper is None:
            self.wrapper = self.stand_ins.parse(self.xml)
        return self.wrapper[0]

    def written(self) -> bytes:
        """The row as it now stands (and a deleted copy diff_row put before it)."""
        return self.stand_ins.written(self.wrapper) if self.wrapper is not None else self.xml

    def after_first_cell(self) -> bytes | None:
        """What the row says after its number, as bytes (revisions.align's `after_number`);
        None for a row of one cell or with a table in its first."""
        cut = self.xml.find(b"</w:tc>")
        if cut == -1 or b"<w:tbl" in self.xml[:cut] or self.xml.find(b"<w:tc", cut + 7) == -1:
            return None
        return self.xml[cut:]


def _rows(table: bytes) -> tuple[bytes, list[bytes]] | None:
    """A table's bytes as its properties (w:tblPr, w:tblGrid) and its rows; None when anything
    but rows follows the first row."""
    if not (table.startswith(b"<w:tbl>") and table.endswith(b"</w:tbl>")):
        return None
    spans = _child_spans(table, len(b"<w:tbl>"), len(table) - len(b"</w:tbl>"))
    if spans is None:
        return None
    is_row = [table.startswith(b"<w:tr>", a) or table.startswith(b"<w:tr ", a) for a, _ in spans]
    first = is_row.index(True) if True in is_row else len(spans)
    if not all(is_row[first:]):
        return None
    end = spans[first][0] if first < len(spans) else len(table) - len(b"</w:tbl>")
    return table[len(b"<w:tbl>"):end], [table[a:b] for a, b in spans[first:]]


def _ref_id_spans(xml: bytes):
    """(start, end) of the id of each footnote reference in `xml`, in order. A reference
    without an id is not as drafter writes one: the documents are compared whole."""
    at = xml.find(b"<w:footnoteReference ")
    while at != -1:
        i = xml.find(b' w:id="', at, xml.index(b">", at))
        if i == -1:
            raise _NotAsRead
        stop = xml.index(b'"', i + 7)
        yield i + 7, stop
        at = xml.find(b"<w:footnoteReference ", stop)


def _ref_ids(xml: bytes) -> list[str]:
    """The ids of the footnote references in `xml`, in order."""
    return [xml[a:b].decode() for a, b in _ref_id_spans(xml)]


# ---- a renumbered row, marked on its bytes ------------------------------------------------

_T_OPENINGS = (b"<w:t>", b'<w:t xml:space="preserve">')


def _one(xml: bytes, opening: bytes, closing: bytes) -> bool:
    """`xml` is one element opened and closed so (nothing of its name nested in it), or empty
    and self-closing."""
    return xml == opening[:-1] + b"/>" or (xml.startswith(opening) and xml.endswith(closing)
                                           and xml.count(closing) == 1)


def _lone_word(cell: bytes) -> tuple[int, bytes, bytes] | None:
    """Of a row's bytes up to its first cell's end tag: (where the cell's run starts, the run's
    properties, its text) when the cell holds one paragraph of one run of one word or number
    and nothing else (revisions._lone_word's paragraph, with no attribute on the run and no
    entity in its text); None otherwise."""
    if not cell.endswith(b"</w:t></w:r></w:p>") or b"<w:tbl" in cell or b"<w:p/>" in cell:
        return None
    starts = [cell.find(b"<w:p>"), cell.find(b"<w:p ")]
    if sorted(starts)[0] != -1 or max(starts) == -1:
        return None
    p = max(starts)
    if cell.find(b"<w:p>", p + 1) != -1 or cell.find(b"<w:p ", p + 1) != -1:
        return None
    p_end = cell.index(b">", p) + 1
    run = cell.rfind(b"<w:r>")
    if run < p_end:
        return None
    properties = cell[p_end:run]
    if properties and not _one(properties, b"<w:pPr>", b"</w:pPr>"):
        return None
    inner = cell[run + len(b"<w:r>"):len(cell) - len(b"</w:r></w:p>")]
    t = inner.rfind(b"<w:t")
    opening = next((o for o in _T_OPENINGS if inner.startswith(o, t)), None)
    if opening is None:
        return None
    rpr, text = inner[:t], inner[t + len(opening):len(inner) - len(b"</w:t>")]
    if rpr and not _one(rpr, b"<w:rPr>", b"</w:rPr>"):
        return None
    if not text or b"&" in text or b"<" in text or len(_tokens(text.decode())) != 1:
        return None
    return run, rpr, text


def _opening(rev: Revisions, name: bytes) -> bytes:
    """The start tag of a revision mark, as rev.mark's element is written."""
    return b'<w:%s w:id="%d" w:author="%s" w:date="%s">' % (name, rev.take_id(), AUTHOR.encode(), rev.date.encode())


def _renumbered(old: bytes, new: bytes, rev: Revisions) -> bytes | None:
    """What revisions.diff_row makes of two rows equal after their first cell, each with one
    word or number in it (a row renumbered by a unit inserted above it), made on their bytes:
    the old number deleted, the new one inserted (revisions._word_replaced). None, with
    nothing done, for any other pair."""
    cut_old, cut_new = old.find(b"</w:tc>"), new.find(b"</w:tc>")
    if cut_old == -1 or cut_new == -1 or old[cut_old:] != new[cut_new:]:
        return None
    before, after = _lone_word(old[:cut_old]), _lone_word(new[:cut_new])
    if before is None or after is None:
        return None
    if before[2] == after[2]:
        made = new                              # written apart, read alike: nothing to mark
    else:
        made = b"".join((new[:after[0]],
                         _opening(rev, b"del"), b"<w:r>", before[1], b'<w:delText xml:space="preserve">', before[2],
                         b"</w:delText></w:r></w:del>",
                         _opening(rev, b"ins"), b"<w:r>", after[1], b'<w:t xml:space="preserve">', after[2],
                         b"</w:t></w:r></w:ins>", new[cut_new - len(b"</w:p>"):]))
    if b"<w:footnoteReference " in old:
        ids = _ref_ids(old[cut_old:])
        rev.note_pairs += zip(ids, ids)
    return made


# ---- ids and footnote numbers -------------------------------------------------------------

# A w:id attribute in a document that declares WordprocessingML once, as w (StandIns.of).
_W_ID = re.compile(rb' w:id="(-?\d+)"')


def _max_w_id(xml: bytes) -> int:
    return max((int(v) for v in _W_ID.findall(xml)), default=0)


def _max_id(*roots: etree._Element | None) -> int:
    found = 0
    for root in roots:
        if root is None:
            continue
        for value in root.xpath("//@w:id", namespaces={"w": W_[1:-1]}):      # in C: millions of elements
            if value.lstrip("-").isdigit():
                found = max(found, int(value))
    return found


def _renumber_notes(doc: etree._Element, notes: etree._Element) -> None:
    """Number the notes 1, 2, 3 … in the order of their references, and store them in
    that order: LibreOffice pairs references with notes by position, Word by id."""
    refs = list(doc.iter(NOTE_REF))
    ids = [ref.get(ID) for ref in refs]
    for number, ref in enumerate(refs, start=1):
        ref.set(ID, str(number))
    _order_notes(ids, notes)


def _renumbered_refs(xml: bytes, notes: etree._Element) -> bytes:
    """`_renumber_notes` over a document's bytes; returns them renumbered."""
    out, ids, done = [], [], 0
    for start, stop in _ref_id_spans(xml):
        ids.append(xml[start:stop].decode())
        out += [xml[done:start], str(len(ids)).encode()]
        done = stop
    out.append(xml[done:])
    _order_notes(ids, notes)
    return b"".join(out)


def _order_notes(ids: list[str], notes: etree._Element) -> None:
    """Give the notes the numbers of their references (`ids`, in document order: the first is
    1) and store them in that order, notes without a reference last."""
    by_id = {n.get(ID): n for n in notes if n.tag == FOOTNOTE and n.get(f"{W_}type") in (None, "normal")}
    ordered = []
    for number, ref_id in enumerate(ids, start=1):
        note = by_id.pop(ref_id, None)
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
