"""The body of a report as plain blocks, and their WordprocessingML.

Composers (the standard report, the general outline) build blocks; this module
turns them into XML that the template receives through `{{p noi_dung }}`. Every
paragraph names a style of the template; nothing is formatted run by run.
"""
from __future__ import annotations

from dataclasses import dataclass

from .footnotes import Footnotes, escape


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
    cell_margin: int | None = None   # left/right cell padding in twips; None keeps the table style's


@dataclass(frozen=True)
class Picture:
    """A PNG shown inline in a paragraph of `style`. The XML refers to the image through a
    placeholder relationship id; render/pictures.py adds the image part after rendering."""
    data: bytes
    width: int                 # EMU
    height: int                # EMU
    name: str
    description: str = ""
    style: str = "Figure"

    @property
    def placeholder(self) -> str:
        import hashlib

        return "rIdPicture" + hashlib.sha1(self.data).hexdigest()[:20]


@dataclass(frozen=True)
class LandscapeStart:
    """Everything after this point goes in a landscape section (the annexes)."""


Block = Para | Table | Picture | LandscapeStart

# A paragraph whose properties hold an empty sectPr marks the end of the portrait
# part; render/package.py fills it with a copy of the document's own section.
SECTION_MARK = '<w:p><w:pPr><w:sectPr/></w:pPr></w:p>'


def para(style: str, *content: Inline) -> Para:
    return Para(style, tuple(c for c in content if c != ""))


def _text_runs(text: str) -> str:
    if "\n" not in text and "\t" not in text and "\r" not in text:     # most cells: one run, or none
        return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    out = []
    # A cell's line ends may be Windows' (\r\n) or old Macs' (\r): each is a line break. Left
    # in the text, a parser would read \r as \n, which Word shows as a space, and the blocks now
    # reach the saved document as written, unparsed (render/splice.py).
    for i, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
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
    return "".join([notes.reference(c.text) if isinstance(c, Note) else _text_runs(c) for c in content])


def para_xml(p: Para, notes: Footnotes) -> str:
    return f'<w:p><w:pPr><w:pStyle w:val="{p.style}"/></w:pPr>{inline_xml(p.content, notes)}</w:p>'


def table_xml(t: Table, notes: Footnotes) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in t.widths)
    # The XML before a cell's text depends on its column, span, merge and style only: made once
    # for each, not for each of the rows of a 10,000-unit annex.
    openings: dict[tuple[int, int, str, str], str] = {}

    def opening(col: int, cell: Cell) -> str:
        width = sum(t.widths[col:col + cell.span])
        tcpr = (f'<w:tcW w:w="{width}" w:type="dxa"/>'
                + (f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else "")
                + (f'<w:vMerge w:val="{cell.merge}"/>' if cell.merge == "restart"
                   else "<w:vMerge/>" if cell.merge == "continue" else "")
                + '<w:vAlign w:val="center"/>')
        return f'<w:tc><w:tcPr>{tcpr}</w:tcPr><w:p><w:pPr><w:pStyle w:val="{cell.style}"/></w:pPr>'

    rows = []
    for row in t.rows:
        props = "<w:cantSplit/>" + ("<w:tblHeader/>" if row.header else "")
        cells, col = [], 0
        for cell in row.cells:
            key = (col, cell.span, cell.merge, cell.style)
            if key not in openings:
                openings[key] = opening(col, cell)
            col += cell.span
            body = "" if cell.merge == "continue" else inline_xml(cell.content, notes)
            cells.append(f"{openings[key]}{body}</w:p></w:tc>")
        rows.append(f'<w:tr><w:trPr>{props}</w:trPr>{"".join(cells)}</w:tr>')
    margins = ("" if t.cell_margin is None else
               f'<w:tblCellMar><w:left w:w="{t.cell_margin}" w:type="dxa"/>'
               f'<w:right w:w="{t.cell_margin}" w:type="dxa"/></w:tblCellMar>')
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{sum(t.widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblLayout w:type="fixed"/>{margins}<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>'
            # Word needs a paragraph between two tables, or it glues them into one.
            '<w:p><w:pPr><w:pStyle w:val="TableText"/></w:pPr></w:p>')


_DRAWING_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
               'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def picture_xml(p: Picture) -> str:
    """An inline picture (wp:inline children in schema order: extent, effectExtent, docPr,
    cNvGraphicFramePr, graphic). docPr ids are renumbered once the document is complete."""
    size = f'cx="{p.width}" cy="{p.height}"'
    return (f'<w:p><w:pPr><w:pStyle w:val="{p.style}"/></w:pPr><w:r><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0" {_DRAWING_NS}>'
            f'<wp:extent {size}/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="1" name="{escape(p.name, quote=True)}" descr="{escape(p.description, quote=True)}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{escape(p.name, quote=True)}"/>'
            '<pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{p.placeholder}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext {size}/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def to_xml(blocks: list[Block], notes: Footnotes) -> str:
    out = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(para_xml(b, notes))
        elif isinstance(b, Table):
            out.append(table_xml(b, notes))
        elif isinstance(b, Picture):
            out.append(picture_xml(b))
        else:
            out.append(SECTION_MARK)
    return "".join(out)
