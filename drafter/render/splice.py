"""The report's own blocks go into the rendered template after docxtpl is done.

`mo_dau`, `noi_dung` and `phu_luc` are finished WordprocessingML: tabs and line
breaks are already runs, and the validator strips the control characters that
docxtpl's post-processing looks for. Handed to docxtpl, they made it run its
regular expressions (`resolve_listing`, then a reparse in `fix_tables`) over a
thousand paragraphs of body and annex tables: about half of a build's time, and
most of a batch's. So the template receives a one-paragraph marker for each of
them, and the blocks take its place once docxtpl has finished. The document is
the same, byte for byte.

The blocks never become a tree. The annexes of a 10,000-unit report have six
million elements, 1.5 GB as lxml nodes, and moving a parsed fragment into the
document grew with the square of its size (200 s of a 246 s build). `splice`
turns each marker into a stand-in: a paragraph holding copies of the few parts
of its blocks that the steps after rendering change — footnote references (numbered
in document order), empty section marks (the end of the portrait section) and
pictures (their image relationship, their drawing ids). Those steps work on the
small document as they would on the whole one; once it is saved, `Spliced.fill`
writes each block's XML in place of its stand-in, with the stand-in's parts, as
changed, in place of the originals. A step that needs more of the blocks than
these parts must add its parts to `_CHANGED`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup

from .footnotes import W, _W

BLOCKS = ("mo_dau", "noi_dung", "phu_luc")
MARK = "drafter-khoi:"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
# The stand-in's first child names its blocks; one before each part separates the parts. A
# processing instruction cannot come out of the template's text (escaped) nor out of Word.
_STAND_IN, _PART = "drafter-khoi", "drafter-phan"
_STANDING = re.compile(rb"<w:p><\?" + _STAND_IN.encode() + rb" (\w+)\?>(.*?)</w:p>", re.S)
_PART_MARK = f"<?{_PART}?>".encode()
# The parts of the blocks' XML (render/blocks.py writes it, and its text holds no "<") that the
# steps after rendering change: footnotes.install, package.landscape_annexes, pictures.install.
_CHANGED = re.compile(rb'<w:footnoteReference w:id="\d+"/>|<w:sectPr/>|<w:r><w:drawing>.*?</w:drawing></w:r>', re.S)


def hold(values: dict) -> dict[str, str]:
    """Swap the ready blocks of a template context for markers; return the blocks."""
    held = {}
    for key in BLOCKS:
        if key in values:
            held[key] = values[key]
            values[key] = Markup(f"<w:p><w:r><w:t>{MARK}{key}</w:t></w:r></w:p>")
    return held


@dataclass
class Spliced:
    """The blocks' XML by key, waiting for the saved document."""
    blocks: dict[str, bytes] = field(default_factory=dict)
    parts: dict[str, int] = field(default_factory=dict)      # key → how many parts its stand-in holds

    def fill(self, xml: bytes) -> bytes:
        """The saved document.xml with each stand-in replaced by its blocks."""
        def blocks(stand_in: re.Match) -> bytes:
            key = stand_in.group(1).decode()
            parts = stand_in.group(2).split(_PART_MARK)[1:]
            if len(parts) != self.parts[key]:
                raise ValueError(f"the stand-in of {key} holds {len(parts)} parts, not {self.parts[key]}")
            changed = iter(parts)
            return _CHANGED.sub(lambda _: next(changed), self.blocks[key])

        return _STANDING.sub(blocks, xml) if self.blocks else xml


def splice(document, held: dict[str, str]) -> Spliced:
    """Replace each marker paragraph of the rendered document by a stand-in for its blocks
    (see the module's docstring); the blocks are taken out of `held`."""
    from lxml import etree

    spliced = Spliced()
    for p in list(document.element.body.iter(f"{_W}p")):
        text = "".join(t.text or "" for t in p.iter(f"{_W}t"))
        key = text[len(MARK):]
        if not text.startswith(MARK) or key not in held:
            continue
        if key not in spliced.blocks:
            spliced.blocks[key] = held[key].encode()
        changed = [m.group(0) for m in _CHANGED.finditer(spliced.blocks[key])]
        stand_in = p.makeelement(f"{_W}p")
        stand_in.append(etree.ProcessingInstruction(_STAND_IN, key))
        if changed:
            # Parsed with the namespaces the blocks rely on; moved in, they take the document's.
            wrapper = etree.fromstring(f'<w:body xmlns:w="{W}" xmlns:r="{R_NS}">'.encode()
                                       + b"".join(_PART_MARK + part for part in changed) + b"</w:body>")
            stand_in.extend(list(wrapper))
        spliced.parts[key] = len(changed)
        p.getparent().replace(p, stand_in)
    held.clear()            # the blocks live on as bytes only: at 10,000 units, hundreds of megabytes
    return spliced
