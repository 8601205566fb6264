"""The blocks of drafter.document as WordprocessingML, the XML the template receives
through `{{p noi_dung }}`. Charts are made here (render/charts.py) and their parts
collected for the renderer to install."""
from __future__ import annotations


from ..document import (TABLE_CENTRE, TABLE_NUMBER, TABLE_TOTAL_NUMBER, Block, Chart, Inline, Lead, Para,
                        Table, words)
from .footnotes import Footnotes, escape
from .metrics import DEFAULT_FONT, Font, text_width
from .charts import C, ChartPart, make
from .ooxml import A, R, WP


# A paragraph whose properties hold an empty sectPr marks the end of the portrait
# part; render/package.py fills it with a copy of the document's own section. It is an
# EndMark (1 pt high): it follows the signature block, and a normal empty line there
# would carry a blank portrait page when the signature ends at the foot of a page.
SECTION_MARK = '<w:p><w:pPr><w:pStyle w:val="EndMark"/><w:sectPr/></w:pPr></w:p>'
# A table is never the last block of a part: Word glues two tables that touch into one,
# and a document or section ends with a paragraph mark. Where no paragraph of content
# follows a table, this one does, 1 pt high, so it never takes a page of its own.
END_MARK = '<w:p><w:pPr><w:pStyle w:val="EndMark"/></w:pPr></w:p>'


def _text_runs(text: str, props: str = "") -> str:
    """Runs of text (breaks and tabs as their own runs), each with the run properties `props`."""
    if "\n" not in text and "\t" not in text:         # nearly every piece: one run or none
        return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    out = []
    for i, line in enumerate(text.split("\n")):
        if i:
            out.append(f"<w:r>{props}<w:br/></w:r>")
        pieces = line.split("\t")
        for j, piece in enumerate(pieces):
            if j:
                out.append(f"<w:r>{props}<w:tab/></w:r>")
            if piece:
                out.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def _inline(c: Inline, notes: Footnotes) -> str:
    if isinstance(c, str):
        return _text_runs(c)
    if isinstance(c, Lead):         # a run-in heading: its runs name the character style, nothing else
        return _text_runs(c.text, f'<w:rPr><w:rStyle w:val="{c.style}"/></w:rPr>')
    return notes.reference(c.text)


def inline_xml(content: tuple[Inline, ...], notes: Footnotes) -> str:
    if len(content) == 1 and isinstance(content[0], str):
        return _text_runs(content[0])
    return "".join(_inline(c, notes) for c in content)


def run_styles(blocks: list[Block]) -> set[str]:
    """The character styles the blocks' text names (render/docx.py makes sure the document has them)."""
    return {c.style for b in blocks if isinstance(b, Para) for c in b.content if isinstance(c, Lead)}


def para_xml(p: Para, notes: Footnotes, keep_with_next: bool = False) -> str:
    keep = "<w:keepNext/>" if keep_with_next else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{p.style}"/>{keep}</w:pPr>{inline_xml(p.content, notes)}</w:p>'


# The annexes' landscape A4 page less its 2 cm side margins (package.landscape_annexes and
# the so-sanh template): no table is made wider than this.
PAGE_TEXT_WIDTH = 16838 - 2 * 1134
# Table Grid's own left and right cell padding (templates/make_templates.py).
CELL_MARGIN = 108
# Figures never wrap: "21.531" broken into "21.53 / 1" reads as two numbers.
UNBROKEN = (TABLE_NUMBER, TABLE_TOTAL_NUMBER, TABLE_CENTRE)
# Word and LibreOffice lay text out a little differently (hinting, kerning); this much room
# on top of the measured width keeps a figure on one line in both.
SLACK = 40


def fitted_widths(t: Table, fonts: dict[str, Font]) -> tuple[int, ...]:
    """The table's column widths, each at least as wide as what it prints: the whole of
    every figure (numbers, STT, years), the longest word of the text; the columns of
    text give back what the widened ones take, so the table stays within the page."""
    margin = CELL_MARGIN if t.cell_margin is None else t.cell_margin
    need = [0] * len(t.widths)
    # The same figure in the same style is measured once (a table of 10,000 units prints
    # "0" and "0,00" tens of thousands of times).
    measured: dict[tuple, int] = {}
    for row in t.rows:
        col = 0
        for cell in row.cells:
            if cell.span == 1 and cell.merge != "continue":
                seen = (cell.style, cell.content)
                widest = measured.get(seen)
                if widest is None:
                    font = fonts.get(cell.style, DEFAULT_FONT)
                    text = "".join([words(c) for c in cell.content])
                    pieces = text.split("\n") if cell.style in UNBROKEN else text.split()
                    widest = measured[seen] = max((text_width(piece, font.size_pt, font.bold) for piece in pieces),
                                                  default=0)
                if widest + 2 * margin + SLACK > need[col]:
                    need[col] = widest + 2 * margin + SLACK
            col += cell.span
    widths = [max(w, n) for w, n in zip(t.widths, need)]
    excess = sum(widths) - max(PAGE_TEXT_WIDTH, sum(t.widths))
    spare = [w - n for w, n in zip(widths, need)]
    if excess > 0 and sum(spare) > 0:
        # Taken from the columns with room to spare (the unit names wrap onto one more line).
        give = [min(room, -(-excess * room // sum(spare))) for room in spare]
        widths = [w - g for w, g in zip(widths, give)]
    return tuple(widths)


def _cell_xml(cell, width: int, notes: Footnotes) -> str:
    tcpr = (f'<w:tcW w:w="{width}" w:type="dxa"/>'
            + (f'<w:gridSpan w:val="{cell.span}"/>' if cell.span > 1 else "")
            + (f'<w:vMerge w:val="{cell.merge}"/>' if cell.merge == "restart"
               else "<w:vMerge/>" if cell.merge == "continue" else "")
            + '<w:vAlign w:val="center"/>')
    body = "" if cell.merge == "continue" else inline_xml(cell.content, notes)
    return (f'<w:tc><w:tcPr>{tcpr}</w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{cell.style}"/></w:pPr>{body}</w:p></w:tc>')


def table_xml(t: Table, notes: Footnotes, fonts: dict[str, Font] | None = None) -> str:
    widths = fitted_widths(t, fonts or {})
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    rows = []
    # A cell of text alone (no footnote, whose reference is numbered as it is written) is
    # written once for each place, style and text: most cells of a long table repeat one.
    written: dict[tuple, str] = {}
    for row in t.rows:
        props = "<w:cantSplit/>" + ("<w:tblHeader/>" if row.header else "")
        cells, col = [], 0
        for cell in row.cells:
            seen = (col, cell.span, cell.merge, cell.style, cell.content)
            col += cell.span
            xml = written.get(seen)
            if xml is None:
                xml = _cell_xml(cell, sum(widths[seen[0]:col]), notes)
                if all(isinstance(c, str) for c in cell.content):
                    written[seen] = xml
            cells.append(xml)
        rows.append(f'<w:tr><w:trPr>{props}</w:trPr>{"".join(cells)}</w:tr>')
    margins = ("" if t.cell_margin is None else
               f'<w:tblCellMar><w:left w:w="{t.cell_margin}" w:type="dxa"/>'
               f'<w:right w:w="{t.cell_margin}" w:type="dxa"/></w:tblCellMar>')
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/>'
            f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
            f'<w:tblLayout w:type="fixed"/>{margins}<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" '
            'w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f'<w:tblGrid>{grid}</w:tblGrid>{"".join(rows)}</w:tbl>')


_DRAWING_NS = f'xmlns:wp="{WP}" xmlns:a="{A}" xmlns:c="{C}" xmlns:r="{R}"'


def chart_xml(p: ChartPart) -> str:
    """An inline chart (wp:inline children in schema order: extent, effectExtent, docPr,
    cNvGraphicFramePr, graphic). docPr ids are renumbered once the document is complete."""
    return (f'<w:p><w:pPr><w:pStyle w:val="{p.style}"/></w:pPr><w:r><w:drawing>'
            f'<wp:inline distT="0" distB="0" distL="0" distR="0" {_DRAWING_NS}>'
            f'<wp:extent cx="{p.width}" cy="{p.height}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="1" name="{escape(p.name, quote=True)}" descr="{escape(p.description, quote=True)}"/>'
            '<wp:cNvGraphicFramePr/>'
            f'<a:graphic><a:graphicData uri="{C}"><c:chart r:id="{p.placeholder}"/></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')


def to_xml(blocks: list[Block], notes: Footnotes, charts: list[ChartPart] | None = None,
           keep_last: bool = False, fonts: dict[str, Font] | None = None) -> str:
    """The blocks' XML; the parts of their charts are appended to `charts`.
    `fonts`: the template's paragraph styles, to measure table columns by.
    `keep_last`: the last paragraph keeps with what follows the blocks in the template (the
    last lines of the body go over to the signature's page, never the signature alone)."""
    out = []
    last_para = max((i for i, b in enumerate(blocks) if isinstance(b, Para)), default=-1) if keep_last else -1
    for i, b in enumerate(blocks):
        if isinstance(b, Para):
            out.append(para_xml(b, notes, keep_with_next=i == last_para))
        elif isinstance(b, Table):
            out.append(table_xml(b, notes, fonts))
            if i + 1 == len(blocks) or isinstance(blocks[i + 1], Table):
                out.append(END_MARK)
        elif isinstance(b, Chart):
            made = make(b)
            if charts is not None:
                charts.append(made)
            out.append(chart_xml(made))
        else:
            out.append(SECTION_MARK)
    return "".join(out)
