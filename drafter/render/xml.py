"""The blocks of drafter.document as WordprocessingML, the XML the template receives
through `{{p noi_dung }}`. Charts are drawn here (render/pictures.py) and their
pictures collected for the renderer to install."""
from __future__ import annotations

from xml.sax.saxutils import escape

from ..document import Block, Chart, Inline, Note, Para, Table
from .footnotes import Footnotes
from .ooxml import A, PIC, R, WP
from .pictures import Picture, draw


# A paragraph whose properties hold an empty sectPr marks the end of the portrait
# part; render/package.py fills it with a copy of the document's own section.
SECTION_MARK = '<w:p><w:pPr><w:sectPr/></w:pPr></w:p>'


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


_DRAWING_NS = f'xmlns:wp="{WP}" xmlns:a="{A}" xmlns:pic="{PIC}" xmlns:r="{R}"'
QUOTE = {'"': "&quot;"}


def picture_xml(p: Picture) -> str:
    """An inline picture (wp:inline children in schema order: extent, effectExtent, docPr,
    cNvGraphicFramePr, graphic). docPr ids are renumbered once the document is complete."""
    size = f'cx="{p.width}" cy="{p.height}"'
    return (f'<w:p><w:pPr><w:pStyle w:val="{p.style}"/></w:pPr><w:r><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0" {_DRAWING_NS}>'
            f'<wp:extent {size}/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="1" name="{escape(p.name, QUOTE)}" descr="{escape(p.description, QUOTE)}"/>'
            '<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic><a:graphicData uri="{PIC}">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="{escape(p.name, QUOTE)}"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{p.placeholder}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext {size}/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def to_xml(blocks: list[Block], notes: Footnotes, pictures: list[Picture] | None = None) -> str:
    """The blocks' XML; the pictures of their charts are appended to `pictures`."""
    out = []
    for b in blocks:
        if isinstance(b, Para):
            out.append(para_xml(b, notes))
        elif isinstance(b, Table):
            out.append(table_xml(b, notes))
        elif isinstance(b, Chart):
            picture = draw(b)
            if pictures is not None:
                pictures.append(picture)
            out.append(picture_xml(picture))
        else:
            out.append(SECTION_MARK)
    return "".join(out)
