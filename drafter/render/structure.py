"""The shape Word requires of a rendered document, checked before it is written.

A template tag in the wrong place gives XML that parses but that Word calls
unreadable: `{{ noi_dung }}` written without `p` puts whole paragraphs inside a run's
text, `{{ footnote(…) }}` without `r` puts a run inside a run. This is the part of
shared/tools/ooxml_check.py that such mistakes reach, in one walk over each story
(body, headers, footers, notes): what may contain a paragraph, a run, a table, and
text that contains nothing; every footnote reference has its note. The answer is the
Vietnamese reason, or "" when the document is sound.
"""
from __future__ import annotations

from lxml import etree

from .. import messages as M
from .ooxml import W_

P, R, T, TBL, TC = W_ + "p", W_ + "r", W_ + "t", W_ + "tbl", W_ + "tc"
REF = W_ + "footnoteReference"
TEXTS = {W_ + "t", W_ + "delText", W_ + "instrText", W_ + "delInstrText"}
# Where each may stand (ECMA-376 part 1, §17): block containers, run containers.
BLOCK_PARENTS = {W_ + n for n in ("body", "tc", "sdtContent", "txbxContent", "footnote", "endnote", "comment",
                                  "hdr", "ftr", "customXml", "docPartBody", "ins", "del", "moveFrom", "moveTo")}
RUN_PARENTS = {W_ + n for n in ("p", "hyperlink", "ins", "del", "moveFrom", "moveTo", "smartTag", "sdtContent",
                                "fldSimple", "customXml", "bdo", "dir", "rt", "rubyBase")}
HEADER_FOOTER = ("/header", "/footer")


def stories(document, notes=None):
    """The root elements of the parts a template renders: body, headers, footers, notes."""
    yield document.element.body
    for rel in document.part.rels.values():
        if not rel.is_external and rel.reltype.endswith(HEADER_FOOTER):
            element = getattr(rel.target_part, "element", None)
            if element is not None:
                yield element
    if notes is not None:
        yield notes


# Each finds what must not be, in one pass of libxml2 over the tree.
_NS = {"w": W_[1:-1]}
_IN_TEXT = ".//w:t[*] | .//w:delText[*] | .//w:instrText[*] | .//w:delInstrText[*]"
_BLOCKS = " or ".join(f"parent::w:{n}" for n in sorted(b[len(W_):] for b in BLOCK_PARENTS))
_RUNS = " or ".join(f"parent::w:{n}" for n in sorted(r[len(W_):] for r in RUN_PARENTS))
_MISPLACED_BLOCK = f".//w:p[not({_BLOCKS})] | .//w:tbl[not({_BLOCKS})]"
_MISPLACED_RUN = f".//w:r[not({_RUNS})]"
_find_in_text = etree.XPath(_IN_TEXT, namespaces=_NS)
_find_misplaced_block = etree.XPath(_MISPLACED_BLOCK, namespaces=_NS)
_find_misplaced_run = etree.XPath(_MISPLACED_RUN, namespaces=_NS)


def check(roots) -> str:
    """The first problem of the structure under `roots`, in Vietnamese; "" when there is none.
    The render path checks the template as rendered, before the report's own blocks go in:
    those are built right, and checking their thousands of elements cost a build 8 ms."""
    for root in roots:
        for text in _find_in_text(root):
            inner = text[0]
            if inner.tag == P or inner.find(f".//{P}") is not None:
                return M.STRUCTURE_BLOCK_IN_TEXT
            if inner.tag == R and inner.find(f".//{REF}") is not None:
                return M.STRUCTURE_NOTE_IN_TEXT
            return M.STRUCTURE_ELEMENT_IN_TEXT
        if _find_misplaced_block(root):
            return M.STRUCTURE_BLOCK_IN_TEXT
        for run in _find_misplaced_run(root):
            return M.STRUCTURE_NOTE_IN_TEXT if run.find(f".//{REF}") is not None else M.STRUCTURE_RUN_MISPLACED
    return ""
