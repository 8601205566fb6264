"""The character styles the report's text names, in a template that lacks them.

drafter's templates define `Heading1Char` … `Heading4Char`, linked to the headings as Word
pairs them. A template of the user's own may not have them: a run naming a style the
document lacks is printed plain, so a run-in heading would lose its look. The missing style
is added, set like the user's own heading of that level (its run properties, as the nearest
style of its `basedOn` chain gives them); without that heading either, bold, as drafter's
headings are. Nothing the template has is changed.
"""
from __future__ import annotations

import copy

from lxml import etree

from ..document import LINKED
from .ooxml import W_

STYLE, STYLE_ID, TYPE, VAL = f"{W_}style", f"{W_}styleId", f"{W_}type", f"{W_}val"
BOLD = f'<w:rPr xmlns:w="{W_[1:-1]}"><w:b/><w:bCs/></w:rPr>'


def ensure(document, used: set[str]) -> None:
    """Add each style of `used` (a character style id of drafter.document.LINKED) the
    document lacks."""
    root = document.styles.element
    styles = {(s.get(TYPE), s.get(STYLE_ID)): s for s in root.findall(STYLE)}
    names = {}
    for s in root.findall(STYLE):
        name = s.find(f"{W_}name")
        if s.get(TYPE) == "paragraph" and name is not None:
            names.setdefault(name.get(VAL, "").lower(), s)
    for sid in sorted(used):
        if ("character", sid) in styles or sid not in LINKED:
            continue
        heading = LINKED[sid]                                   # "Heading2"
        label = f"heading {heading[-1]}"
        own = styles.get(("paragraph", heading))
        props = _run_props(own if own is not None else names.get(label), styles)
        el = etree.SubElement(root, STYLE, {TYPE: "character", f"{W_}customStyle": "1", STYLE_ID: sid})
        etree.SubElement(el, f"{W_}name").set(VAL, f"{label[0].upper()}{label[1:]} Char")
        etree.SubElement(el, f"{W_}link").set(VAL, heading)
        etree.SubElement(el, f"{W_}uiPriority").set(VAL, "9")
        el.append(props if props is not None else etree.fromstring(BOLD))


def _run_props(style, styles: dict):
    """The run properties of a paragraph style, from itself or the nearest style it is based
    on that has some (the document's default paragraph style not counted: the paragraph's own
    style gives those); None when there is no such style."""
    if style is None:
        return None
    seen = set()
    while style is not None and id(style) not in seen and style.get(f"{W_}default") != "1":
        seen.add(id(style))
        props = style.find(f"{W_}rPr")
        if props is not None:
            props = copy.deepcopy(props)
            for child in props.findall(f"{W_}rStyle"):
                props.remove(child)
            return props
        based = style.find(f"{W_}basedOn")
        style = styles.get(("paragraph", based.get(VAL))) if based is not None else None
    return etree.Element(f"{W_}rPr")           # the heading looks like its paragraph: so does the run
