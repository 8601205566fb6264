"""The report's own blocks go into the rendered template after docxtpl is done.

`mo_dau`, `noi_dung` and `phu_luc` are finished WordprocessingML: tabs and line
breaks are already runs, and the validator strips the control characters that
docxtpl's post-processing looks for. Handed to docxtpl, they made it run its
regular expressions (`resolve_listing`, then a reparse in `fix_tables`) over a
thousand paragraphs of body and annex tables: about half of a build's time, and
most of a batch's. So the template receives a one-paragraph marker for each of
them, and `splice` puts the blocks in its place once docxtpl has finished. The
document is the same, byte for byte.
"""
from __future__ import annotations

import re

from lxml import etree
from markupsafe import Markup

from .ooxml import W, W_

BLOCKS = ("mo_dau", "noi_dung", "phu_luc")
MARK = "drafter-khoi:"
P, T = f"{W_}p", f"{W_}t"
# What a marker paragraph becomes in the serialised document: a processing instruction
# cannot come out of the template's text (escaped) nor out of Word (it writes none).
_TARGET = "drafter-khoi"
_PLACE = re.compile(rb"<\?" + _TARGET.encode() + rb" (\w+)\?>")


def hold(values: dict) -> dict[str, str]:
    """Swap the ready blocks of a template context for markers; return the blocks."""
    held = {}
    for key in BLOCKS:
        if key in values:
            held[key] = str(values[key])
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


def splice(document, held: dict[str, str]):
    """The document with each marker paragraph replaced by its blocks, as a new python-docx
    Document over the same package (the part's element is the new tree; the one passed in
    is left behind). A marker where no paragraph may stand raises Misplaced."""
    from docx.oxml.parser import element_class_lookup

    placed: dict[str, bytes] = {}
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
        if key not in placed:
            placed[key] = _undeclared(held[key], p.getparent().nsmap).encode()
        p.getparent().replace(p, etree.ProcessingInstruction(_TARGET, key))
    if not placed:
        return document
    xml = etree.tostring(document.element, encoding="UTF-8")
    pieces = _PLACE.split(_declare_w(xml))
    # split gives text, key, text, key … text: each key becomes its blocks.
    for i in range(1, len(pieces), 2):
        pieces[i] = placed[pieces[i].decode()]
    xml = b"".join(pieces)
    del pieces
    part = document.part
    # python-docx has no setter for a part's element; the package serialises this attribute.
    part._element = etree.fromstring(xml, _parser(element_class_lookup))
    return part.document


def _parser(lookup):
    """python-docx's element classes, as its own parser gives them (body, sectPr … keep
    their methods). Blank text is kept, as in the tree docxtpl rendered; huge_tree because
    the annexes of a large workbook run to hundreds of megabytes."""
    parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
    parser.set_element_class_lookup(lookup)
    return parser


def _declare_w(xml: bytes) -> bytes:
    """The serialised document, its root declaring the `w` prefix the blocks are written
    with (a template that binds WordprocessingML to another prefix would leave it unbound)."""
    end = xml.index(b">")
    if f'xmlns:w="{W}"'.encode() in xml[:end]:
        return xml
    name_end = min(i for i in (xml.find(b" ", 0, end), end) if i != -1)
    return xml[:name_end] + f' xmlns:w="{W}"'.encode() + xml[name_end:]


def _undeclared(xml: str, known: dict) -> str:
    """The blocks without the namespace declarations (a chart's xmlns:r …) that are already
    in scope where they go. lxml dropped those when it moved parsed blocks into the
    document; dropping them here keeps the document the same, byte for byte."""
    redundant = [f' xmlns:{prefix}="{uri}"' for prefix, uri in known.items() if prefix]
    out, done = [], 0
    at = xml.find(" xmlns:")
    while at != -1:
        # Text and attribute values hold no "<" or ">" (escaped): this is inside a start tag.
        start, end = xml.rfind("<", done, at), xml.find(">", at)
        tag = xml[start:end]
        for declaration in redundant:
            tag = tag.replace(declaration, "")
        out += [xml[done:start], tag]
        done = end
        at = xml.find(" xmlns:", end)
    if not out:
        return xml
    out.append(xml[done:])
    return "".join(out)
