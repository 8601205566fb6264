"""Real Word footnotes, which neither docxtpl nor python-docx can create.

While a document renders, `Footnotes` hands out reference runs (from body blocks,
or from a template's `{{r footnote("…") }}`). After rendering, `install` writes
the footnotes part: separator notes, one note per reference numbered 1, 2, 3 …
in order of appearance in the document, the relationship, the content type and
the FootnoteText / FootnoteReference styles when the template lacks them.
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from markupsafe import Markup

from .ooxml import R, W, W_

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RT = f"{R}/footnotes"

SEPARATORS = (
    f'<w:footnote xmlns:w="{W}" w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
    f'<w:footnote xmlns:w="{W}" w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
)
STYLES = (
    f'<w:style xmlns:w="{W}" w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="40"/>'
    '<w:jc w:val="both"/></w:pPr><w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>',
    f'<w:style xmlns:w="{W}" w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
    '<w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>',
)


class Footnotes:
    """Collects note texts during rendering; callable from a template as footnote(text)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def reference(self, text: str) -> str:
        self.texts.append(text)
        return reference_run(len(self.texts))

    def __call__(self, text: str) -> Markup:
        return Markup(self.reference(str(text)))


def reference_run(note_id: int) -> str:
    return (f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
            f'<w:footnoteReference w:id="{note_id}"/></w:r>')


def note_xml(note_id: int, text: str) -> str:
    """One paragraph per line of the note (a line break would stretch a justified last line)."""
    style = '<w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    mark = ('<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> </w:t></w:r>')
    paragraphs = "".join(f'<w:p>{style}{mark if i == 0 else ""}<w:r><w:t xml:space="preserve">{line}</w:t></w:r></w:p>'
                         for i, line in enumerate(escape(text).split("\n")))
    return f'<w:footnote xmlns:w="{W}" w:id="{note_id}">{paragraphs}</w:footnote>'


def install(document, notes: Footnotes):
    """Write the notes referenced in `document` (a python-docx Document) into its
    footnotes part, renumbered in order of appearance. Returns the part's root
    element (None when the document has no notes)."""
    from lxml import etree

    body = document.element
    refs = list(body.iter(f"{W_}footnoteReference"))
    if not refs and not _footnotes_part(document):
        return None
    part = _footnotes_part(document) or _add_part(document)
    root = etree.fromstring(part.blob)
    # Keep the template's separators (and any note it carries itself); drop nothing else.
    kept = {n.get(f"{W_}id"): n for n in root.findall(f"{W_}footnote")}
    for n in list(root):
        root.remove(n)
    for sep in SEPARATORS:
        sep_el = etree.fromstring(sep)
        existing = kept.pop(sep_el.get(f"{W_}id"), None)
        root.append(existing if existing is not None else sep_el)
    for number, ref in enumerate(refs, start=1):
        old = int(ref.get(f"{W_}id"))
        if 1 <= old <= len(notes.texts):
            note = etree.fromstring(note_xml(number, notes.texts[old - 1]))
        else:
            note = kept.get(str(old))
            if note is None:
                raise ValueError(f"footnote reference {old} has no note")
            note.set(f"{W_}id", str(number))
        ref.set(f"{W_}id", str(number))
        root.append(note)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    _ensure_styles(document)
    return root


def _footnotes_part(document):
    for rel in document.part.rels.values():
        if rel.reltype == FOOTNOTES_RT and not rel.is_external:
            return rel.target_part
    return None


def _add_part(document):
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    blob = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W}"/>').encode()
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, blob, document.part.package)
    document.part.relate_to(part, FOOTNOTES_RT)
    return part


def _ensure_styles(document) -> None:
    from lxml import etree

    styles = document.styles.element
    have = {s.get(f"{W_}styleId") for s in styles.findall(f"{W_}style")}
    for xml in STYLES:
        el = etree.fromstring(xml)
        if el.get(f"{W_}styleId") not in have:
            styles.append(el)
