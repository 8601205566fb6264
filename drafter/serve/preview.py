"""A report as HTML, for a machine without LibreOffice: the text, headings and tables
in reading order, read back from the .docx with python-docx. Not a page-exact
picture (that needs LibreOffice), but every sentence and figure the report prints."""
from __future__ import annotations

import io
from dataclasses import dataclass, field


@dataclass
class Block:
    kind: str                       # "p", "h", "table"
    text: str = ""
    level: int = 0                  # heading level
    centred: bool = False
    bold: bool = False
    rows: list[list[str]] = field(default_factory=list)


def _heading_level(style: str) -> int:
    name = style.replace(" ", "").lower()
    if name.startswith("heading") and name[7:].isdigit():
        return int(name[7:])
    return 0


def _inherited(style, read):
    """A paragraph property as its style says, following the style's base styles."""
    while style is not None:
        value = read(style)
        if value is not None:
            return value
        style = style.base_style
    return None


def blocks(docx: bytes) -> list[Block]:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(io.BytesIO(docx))
    out: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if not text:
                continue
            level = _heading_level(item.style.name if item.style is not None else "")
            alignment = item.alignment
            if alignment is None:
                alignment = _inherited(item.style, lambda s: s.paragraph_format.alignment)
            style_bold = bool(_inherited(item.style, lambda s: s.font.bold))
            bold = any(r.text.strip() for r in item.runs) and all(
                r.bold or (r.bold is None and style_bold) for r in item.runs if r.text.strip())
            out.append(Block("h" if level else "p", text, level, alignment == WD_ALIGN_PARAGRAPH.CENTER, bold))
        elif isinstance(item, Table):
            rows = []
            for row in item.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:          # a merged cell is listed once per column it spans
                        continue
                    seen.add(id(cell._tc))
                    cells.append(cell.text.strip())
                rows.append(cells)
            out.append(Block("table", rows=rows))
    return out
