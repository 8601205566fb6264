"""The body of a report as plain blocks, and their WordprocessingML.

Composers (the standard report, the general outline) build blocks; this module
turns them into XML that the template receives through `{{p noi_dung }}`. Every
paragraph names a style of the template; nothing is formatted run by run.
"""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape

from .footnotes import Footnotes


@dataclass(frozen=True)
class Note:
    """A footnote at this point of the text."""
    text: str


Inline = str | Note


@dataclass(frozen=True)
class Para:
    style: str
    content: tuple[Inline, ...]

    @property
    def text(self) -> str:
        return "".join(c for c in self.content if isinstance(c, str))


@dataclass(frozen=True)
class Cell:
    content: tuple[Inline, ...]
    style: str = "TableText"
    span: int = 1
    merge: str = ""            # "restart" / "continue" for a cell merged with the one below/above


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    header: bool = False


@dataclass(frozen=True)
class Table:
    widths: tuple[int, ...]    # twentieths of a point
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class LandscapeStart:
    """Everything after this point goes in a landscape section (the annexes)."""


Block = Para | Table | LandscapeStart

# A paragraph whose properties hold an empty sectPr marks the end of the portrait
# part; render/package.py fills it with a copy of the document's own section.
SECTION_MARK = '<w:p><w:pPr><w:sectPr/></w:pPr></w:p>'


def para(style: str, *content: Inline) -> Para:
    return Para(style, tuple(c for c in content if c != ""))


def _text_runs(text: str) -> str:
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append("<w:r><w:br/></w:r>")
        pieces = line.split("\t")
        for j, piece in enumerate(pieces):
            if j:
                out.append("<w:r><w:tab/></w:r>")
            if piece:
                out.append(f'<w:r><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def inline_xml(content: tuple[Inline, ...], notes: Footnotes) -> str:
    return "".join(notes.reference(c.text) if isinstance(c, Note) else _text_runs(c) for c in content)


def para_xml(p: Para, notes: Footnotes) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{p.style}"/></w:pPr>{inline_xml(p.content, notes)}</w:p>'


def table_xml(t: Table, notes: Footnotes) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in t.widths)
    rows = []
    for row in t.rows:
        props = "<w:cantSplit/>" + ("<w:tblHeader/>" if row.header else "")
        cells, col = [], 0
        for cell in row.cells:
            width = sum(t.widths[col:col + cell.span])
            col += cell.span
            tcpr = (f'<w:tcW w:w="{width}" w:type="dxa"/>'
                    + (f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else "")
                    + (f'<w:vMerge w:val="{cell.merge}"/>' if cell.merge == "restart"
                       else "<w:vMerge/>" if cell.merge == "continue" else "")
                    + '<w:vAlign w:val="center"/>')
            body = "" if cell.merge == "continue" else inline_xml(cell.content, notes)
            cells.append(f'<w:tc><w:tcPr>{tcpr}</w:tcPr>'
                         f'<w:p><w:pPr><w:pStyle w:val="{cell.style}"/></w:pPr>{body}</w:p></w:tc>')
        rows.append(f'<w:tr><w:trPr>{props}</w:trPr>{"".join(cells)}</w:tr>')
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{sum(t.widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'
            # Word needs a paragraph between two tables, or it glues them into one.
            '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>')


def to_xml(blocks: list[Block], notes: Footnotes) -> str:
    out = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(para_xml(b, notes))
        elif isinstance(b, Table):
            out.append(table_xml(b, notes))
        else:
            out.append(SECTION_MARK)
    return "".join(out)
