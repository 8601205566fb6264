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

from markupsafe import Markup

from .ooxml import R, W, W_

BLOCKS = ("mo_dau", "noi_dung", "phu_luc")
MARK = "drafter-khoi:"


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


def splice(document, held: dict[str, str]) -> None:
    """Replace each marker paragraph of the rendered document by its blocks."""
    from docx.oxml.parser import parse_xml

    for t in list(document.element.body.iter(f"{W_}t")):
        text = t.text or ""
        if not text.startswith(MARK) or text[len(MARK):] not in held:
            continue
        key = text[len(MARK):]
        run = t.getparent()
        p = run.getparent() if run is not None else None
        # The marker paragraph itself must stand where a paragraph may: written without `p`,
        # the tag puts it inside a run of the template's paragraph.
        if p is None or p.tag != f"{W_}p" or p.getparent() is None or p.getparent().tag not in PARAGRAPH_PARENTS:
            raise Misplaced(key)
        fragment = parse_xml(f'<w:body xmlns:w="{W}" xmlns:r="{R}">{held[key]}</w:body>')
        # One move into the document, then unwrapping inside it: moving each block
        # from one document to another costs ten times as much.
        p.addprevious(fragment)
        for child in list(fragment):
            fragment.addprevious(child)
        p.getparent().remove(fragment)
        p.getparent().remove(p)
