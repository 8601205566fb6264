"""The report's own blocks go into the rendered template after docxtpl is done.

`mo_dau`, `noi_dung` and `phu_luc` are finished WordprocessingML: tabs and line
breaks are already runs, and the validator strips the control characters that
docxtpl's post-processing looks for. Handed to docxtpl, they made it run its
regular expressions (`resolve_listing`, then a reparse in `fix_tables`) over a
thousand paragraphs of body and annex tables: about half of a build's time, and
most of a batch's. So the template receives a one-paragraph marker for each of
them, and `splice` puts the blocks in its place once docxtpl has finished. The
document is the same, byte for byte.

The splice works on text: the rendered document is serialised once, each marker
becomes its blocks' XML, and the result is parsed once into the document part.
Parsing the blocks apart and moving them into the document, as lxml must when
nodes change documents, grows with the square of the report (10,000 units: 200 s
of a 246 s build); one parse of the whole grows with its length (0.25 s at 1,000).
"""
from __future__ import annotations

import re

from markupsafe import Markup

from .footnotes import _W

BLOCKS = ("mo_dau", "noi_dung", "phu_luc")
MARK = "drafter-khoi:"
# What a marker paragraph becomes in the serialised document: a processing instruction
# cannot come out of the template's text (escaped) nor out of Word (it writes none).
_TARGET = "drafter-khoi"
_PLACE = re.compile(rb"<\?" + _TARGET.encode() + rb" (\w+)\?>")
# A start tag that declares a namespace (text and attribute values hold no "<" or ">").
_DECLARING = re.compile(r"<[^<>]*\sxmlns:[^<>]*>")


def hold(values: dict) -> dict[str, str]:
    """Swap the ready blocks of a template context for markers; return the blocks."""
    held = {}
    for key in BLOCKS:
        if key in values:
            held[key] = str(values[key])
            values[key] = Markup(f"<w:p><w:r><w:t>{MARK}{key}</w:t></w:r></w:p>")
    return held


def splice(document, held: dict[str, str]):
    """The document with each marker paragraph replaced by its blocks: a new python-docx
    Document over the same package (the old one's element is left behind)."""
    from docx.oxml.parser import element_class_lookup
    from lxml import etree

    placed: dict[str, bytes] = {}
    for p in list(document.element.body.iter(f"{_W}p")):
        text = "".join(t.text or "" for t in p.iter(f"{_W}t"))
        key = text[len(MARK):]
        if text.startswith(MARK) and key in held:
            placed[key] = _undeclared(held[key], p.getparent().nsmap).encode()
            p.getparent().replace(p, etree.ProcessingInstruction(_TARGET, key))
    if not placed:
        return document
    xml = _PLACE.sub(lambda m: placed[m.group(1).decode()], etree.tostring(document.element, encoding="UTF-8"))
    # python-docx's element classes, as its own parser gives them (body, sectPr … keep their
    # methods). Blank text is kept, as in the tree docxtpl rendered; huge_tree because the
    # annexes of a large workbook run to hundreds of megabytes.
    parser = etree.XMLParser(resolve_entities=False, huge_tree=True)
    parser.set_element_class_lookup(element_class_lookup)
    part = document.part
    # python-docx has no setter for a part's element; the package serialises this attribute.
    part._element = etree.fromstring(xml, parser)
    return part.document


def _undeclared(xml: str, known: dict) -> str:
    """The blocks without the namespace declarations (a picture's xmlns:r …) that the
    document already makes where they go. lxml left those out when it moved parsed blocks
    in; leaving them out here keeps the document the same, byte for byte."""
    if " xmlns:" not in xml:
        return xml
    redundant = [f' xmlns:{prefix}="{uri}"' for prefix, uri in known.items() if prefix]

    def strip(tag: re.Match) -> str:
        text = tag.group(0)
        for declaration in redundant:
            text = text.replace(declaration, "")
        return text

    return _DECLARING.sub(strip, xml)
