"""The report's own blocks go into the rendered template after docxtpl is done.

`mo_dau`, `noi_dung` and `phu_luc` are finished WordprocessingML: tabs and line
breaks are already runs, and the validator strips the control characters that
docxtpl's post-processing looks for. Handed to docxtpl, they made it run its
regular expressions (`resolve_listing`, then a reparse in `fix_tables`) over a
thousand paragraphs of body and annex tables: about half of a build's time, and
most of a batch's. So the template receives a one-paragraph marker for each of
them, and the blocks take its place once docxtpl has finished. The document is
the same, byte for byte.

The blocks never become a tree. Moving a parsed fragment into the document grew with
the square of its size (10,000 units: 177 s of a 239 s build), and the annexes of a
10,000-unit report as lxml nodes are 2.5 GB. `splice` turns each marker paragraph into a
stand-in holding copies of the few parts of its blocks that the steps after it change:
footnote references (footnotes.install numbers them in document order), the empty
section mark (package.landscape_annexes fills it) and chart drawings (charts.install
relates them and numbers their ids). Those steps, and the template's own checks and
rules.fit, work on the small document as they would on the whole one. `Spliced.fill`
then writes the saved document.xml once, each block's XML in place of its stand-in and
the stand-in's parts, as changed, in place of the originals; readback reads that text
once, as it streams. A step that changes more of the blocks must add its part to
`_CHANGED`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from markupsafe import Markup

from .ooxml import R, W, W_

BLOCKS = ("mo_dau", "noi_dung", "phu_luc")
MARK = "drafter-khoi:"
P, T, BODY = f"{W_}p", f"{W_}t", f"{W_}body"
# A stand-in's first child names its blocks; one before each part separates the parts. A
# processing instruction cannot come out of the template's text (escaped) nor out of Word.
STAND_IN, _PART = "drafter-khoi", "drafter-phan"
_PART_MARK = f"<?{_PART}?>".encode()
# The parts of the blocks' XML that later steps change, as render/xml.py writes them (its
# text and attribute values hold no "<"): how each starts, and how it ends (None: the start
# is the whole part).
_CHANGED = ((b'<w:footnoteReference w:id="', b'"/>'), (b"<w:sectPr/>", None),
            (b"<w:r><w:drawing>", b"</w:drawing></w:r>"))


def hold(values: dict) -> dict[str, str]:
    """Swap the ready blocks of a template context for markers; return the blocks."""
    held = {}
    for key in BLOCKS:
        if key in values:
            # Kept as it is (Markup is a str): a plain copy was hundreds of megabytes at
            # 10,000 units, twice over while both lived.
            held[key] = values[key]
            values[key] = Markup(f"<w:p><w:r><w:t>{MARK}{key}</w:t></w:r></w:p>")
    return held


class Misplaced(Exception):
    """A block's tag was not alone in a paragraph of its own (`{{ noi_dung }}` without `p`)."""

    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


# Where a paragraph may stand; a marker anywhere else sits inside another paragraph's run.
PARAGRAPH_PARENTS = {f"{W_}{n}" for n in ("body", "tc", "sdtContent", "txbxContent", "customXml")}


def misplaced(document, held: dict[str, str]) -> str | None:
    """The first block whose marker does not stand where a paragraph may (see splice)."""
    for t in document.element.body.iter(f"{W_}t"):
        text = t.text or ""
        if text.startswith(MARK) and text[len(MARK):] in held:
            run = t.getparent()
            p = run.getparent() if run is not None else None
            if p is None or p.tag != f"{W_}p" or p.getparent() is None or p.getparent().tag not in PARAGRAPH_PARENTS:
                return text[len(MARK):]
    return None


def _parts(xml: bytes) -> list[tuple[int, int]]:
    """Where the parts of `_CHANGED` are in the blocks' XML, in order: one fast scan for each
    kind (a regular expression would stop at every tag of hundreds of megabytes)."""
    spans = []
    for start, end in _CHANGED:
        at = xml.find(start)
        while at != -1:
            stop = at + len(start) if end is None else xml.index(end, at + len(start)) + len(end)
            spans.append((at, stop))
            at = xml.find(start, stop)
    spans.sort()
    return spans


@dataclass
class Spliced:
    """The blocks' XML by key, and where their changed parts are, until the document is saved."""
    blocks: dict[str, bytes] = field(default_factory=dict)
    parts: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    prefix: str = "w"                           # the document's own prefix for WordprocessingML
    # Every stand-in is a child of w:body: readback can read the document with its stand-ins,
    # each as the text of its blocks (readback.texts), and never parse the blocks.
    at_top: bool = True

    def fill(self, xml: bytes) -> bytes:
        """The saved document.xml with each stand-in replaced by its blocks."""
        if not self.blocks:
            return xml
        xml = _declare_w(xml)
        opening = f"<{self.prefix}:p><?{STAND_IN} ".encode()
        closing = f"</{self.prefix}:p>".encode()
        out, done = [], 0
        at = xml.find(opening)
        while at != -1:
            name_end = xml.index(b"?>", at)
            key = xml[at + len(opening):name_end].decode()
            end = xml.index(closing, name_end)
            changed = xml[name_end + 2:end].split(_PART_MARK)[1:]
            spans = self.parts[key]
            if len(changed) != len(spans):
                raise ValueError(f"the stand-in of {key} holds {len(changed)} parts, not {len(spans)}")
            out.append(xml[done:at])
            blocks, last = self.blocks[key], 0
            for (start, stop), part in zip(spans, changed):
                out += [blocks[last:start], part]
                last = stop
            out.append(blocks[last:])
            done = end + len(closing)
            at = xml.find(opening, done)
        out.append(xml[done:])
        return b"".join(out)


def splice(document, held: dict[str, str]) -> Spliced:
    """Replace each marker paragraph of the rendered document by a stand-in for its blocks
    (see the module's docstring); the blocks are taken out of `held`. A marker where no
    paragraph may stand raises Misplaced."""
    spliced = Spliced()
    for t in list(document.element.body.iter(T)):
        text = t.text or ""
        if not text.startswith(MARK) or text[len(MARK):] not in held:
            continue
        key = text[len(MARK):]
        run = t.getparent()
        p = run.getparent() if run is not None else None
        # The marker paragraph itself must stand where a paragraph may: written without `p`,
        # the tag puts it inside a run of the template's paragraph.
        if p is None or p.tag != P or p.getparent() is None or p.getparent().tag not in PARAGRAPH_PARENTS:
            raise Misplaced(key)
        if key not in spliced.blocks:
            spliced.blocks[key] = held[key].encode()
            spliced.parts[key] = _parts(spliced.blocks[key])
        blocks, spans = spliced.blocks[key], spliced.parts[key]
        stand_in = p.makeelement(P)
        stand_in.append(etree.ProcessingInstruction(STAND_IN, key))
        if spans:
            # Parsed with the namespaces the blocks rely on; moved in, they take the document's
            # (and lose the declarations already in scope, as the whole blocks did).
            wrapper = etree.fromstring(f'<w:body xmlns:w="{W}" xmlns:r="{R}">'.encode()
                                       + b"".join(_PART_MARK + blocks[a:b] for a, b in spans) + b"</w:body>")
            stand_in.extend(list(wrapper))
        spliced.at_top = spliced.at_top and p.getparent().tag == BODY
        p.getparent().replace(p, stand_in)
        spliced.prefix = stand_in.prefix or spliced.prefix
    held.clear()            # the blocks live on as bytes only: at 10,000 units, hundreds of megabytes
    return spliced


def _declare_w(xml: bytes) -> bytes:
    """The saved document, its root declaring the `w` prefix the blocks are written with (a
    template that binds WordprocessingML to another prefix would leave it unbound)."""
    root = xml.index(b"<", xml.index(b"?>") + 2) if xml.startswith(b"<?xml") else 0
    end = xml.index(b">", root)
    if f'xmlns:w="{W}"'.encode() in xml[root:end]:
        return xml
    name_end = min(i for i in (xml.find(b" ", root, end), end) if i != -1)
    return xml[:name_end] + f' xmlns:w="{W}"'.encode() + xml[name_end:]
