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


def splice(document, held: dict[str, str]) -> None:
    """Replace each marker paragraph of the rendered document by its blocks."""
    from docx.oxml.parser import parse_xml

    for p in list(document.element.body.iter(f"{W_}p")):
        text = "".join(t.text or "" for t in p.iter(f"{W_}t"))
        if not text.startswith(MARK) or text[len(MARK):] not in held:
            continue
        fragment = parse_xml(f'<w:body xmlns:w="{W}" xmlns:r="{R}">{held[text[len(MARK):]]}</w:body>')
        # One move into the document, then unwrapping inside it: moving each block
        # from one document to another costs ten times as much.
        p.addprevious(fragment)
        for child in list(fragment):
            fragment.addprevious(child)
        p.getparent().remove(fragment)
        p.getparent().remove(p)
