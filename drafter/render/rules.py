"""The solid lines of the header and title blocks, as long as the forms want them.

A line is the bottom border of a paragraph, so its length is the paragraph's width:
the width of its table cell (or of the page) less its indents. Once the document is
rendered, the indents are set from the measured text (render/metrics.py):

- under "ĐẢNG CỘNG SẢN VIỆT NAM" (HD 36) and under the motto "Độc lập - Tự do - Hạnh
  phúc" (Nghị định 30): as long as the words;
- under a state body's name and under a state document's subject (Nghị định 30): an
  empty StateRule / StateTitleRule paragraph, 2/5 as long as the line above it (the form says 1/3 to 1/2).

Word and LibreOffice keep the border a user drags in Word: these are paragraph indents,
nothing is drawn.
"""
from __future__ import annotations

from .metrics import DEFAULT_FONT, Font, text_width
from .ooxml import W_

AS_LONG_AS_THE_TEXT = ("NationalTitle", "Motto")
UNDER_THE_LINE_ABOVE = ("StateRule", "StateTitleRule")
SHARE_OF_THE_LINE_ABOVE = 0.4
# A little longer than the text, so a text measured a hair short never wraps.
SLACK = 60
CELL_MARGIN = 108                       # the templates' borderless tables keep Word's default padding


def _style(p) -> str:
    style = p.find(f"{W_}pPr/{W_}pStyle")
    return style.get(f"{W_}val") if style is not None else ""


def _text(p) -> str:
    return "".join(t.text or "" for t in p.iter(f"{W_}t"))


def _width_available(p, page_width: int) -> int:
    cell = p.getparent()
    if cell.tag == f"{W_}tc":
        width = cell.find(f"{W_}tcPr/{W_}tcW")
        if width is not None and width.get(f"{W_}type") == "dxa":
            return int(width.get(f"{W_}w")) - 2 * CELL_MARGIN
    return page_width


def _set_indents(p, side: int) -> None:
    ppr = p.find(f"{W_}pPr")
    ind = ppr.find(f"{W_}ind")
    if ind is None:
        ind = ppr.makeelement(f"{W_}ind", {})
        # pPr order: … spacing, ind, contextualSpacing, mirrorIndents, suppressOverlap, jc …
        after = next((c for c in ppr if c.tag in {f"{W_}{n}" for n in (
            "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
            "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange")}), None)
        (after.addprevious(ind) if after is not None else ppr.append(ind))
    ind.set(f"{W_}left", str(side))
    ind.set(f"{W_}right", str(side))


def fit(body, fonts: dict[str, Font], page_width: int) -> int:
    """Set the indents of the rule paragraphs in `body` (w:body); returns how many."""
    fitted = 0
    for p in body.iter(f"{W_}p"):
        style = _style(p)
        if style in AS_LONG_AS_THE_TEXT:
            font = fonts.get(style, DEFAULT_FONT)
            length = text_width(_text(p), font.size_pt, font.bold) + SLACK
        elif style in UNDER_THE_LINE_ABOVE:
            above = p.getprevious()
            if above is None or above.tag != f"{W_}p" or not _text(above):
                continue
            font = fonts.get(_style(above), DEFAULT_FONT)
            line = min(text_width(_text(above), font.size_pt, font.bold), _width_available(above, page_width))
            length = int(line * SHARE_OF_THE_LINE_ABOVE)
        else:
            continue
        available = _width_available(p, page_width)
        _set_indents(p, max(0, (available - length) // 2))
        fitted += 1
    return fitted
