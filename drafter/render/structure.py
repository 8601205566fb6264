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


def stories(document, notes):
    """The root elements of the parts a template renders: body, headers, footers, notes."""
    yield document.element.body
    for rel in document.part.rels.values():
        if not rel.is_external and rel.reltype.endswith(HEADER_FOOTER):
            element = getattr(rel.target_part, "element", None)
            if element is not None:
                yield element
    if notes is not None:
        yield notes


def check(document, notes) -> str:
    """The first problem of the document's structure, in Vietnamese; "" when there is none."""
    for root in stories(document, notes):
        for el in root.iter(P, R, TBL, *TEXTS):
            parent = el.getparent()
            if parent is None:
                continue
            if el.tag in TEXTS:
                if len(el):
                    inner = el[0]
                    if inner.tag == P or inner.find(f".//{P}") is not None:
                        return M.STRUCTURE_BLOCK_IN_TEXT
                    if inner.tag == R and inner.find(f".//{REF}") is not None:
                        return M.STRUCTURE_NOTE_IN_TEXT
                    return M.STRUCTURE_ELEMENT_IN_TEXT
            elif el.tag == R:
                if parent.tag not in RUN_PARENTS:
                    return M.STRUCTURE_NOTE_IN_TEXT if el.find(f".//{REF}") is not None else M.STRUCTURE_RUN_MISPLACED
            elif parent.tag not in BLOCK_PARENTS:
                return M.STRUCTURE_BLOCK_IN_TEXT
    if notes is not None:
        have = {n.get(f"{W_}id") for n in notes}
        for ref in document.element.body.iter(REF):
            if ref.get(f"{W_}id") not in have:
                return M.STRUCTURE_NOTE_MISSING.format(number=ref.get(f"{W_}id"))
    elif next(document.element.body.iter(REF), None) is not None:
        return M.STRUCTURE_NOTE_MISSING.format(number=next(document.element.body.iter(REF)).get(f"{W_}id"))
    return ""
