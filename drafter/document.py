"""The blocks a report is made of: what compose/ builds and render/ turns into
WordprocessingML. Plain data, no XML: every paragraph names a style of the template
(the names below), nothing is formatted run by run; the words of a paragraph that
must look otherwise (a run-in heading) are a `Lead` naming a character style."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# Paragraph and table styles of the templates (templates/make_templates.py defines them).
BODY_TEXT = "BodyText"
ITEM = "Item"
HEADINGS = ("Heading1", "Heading2", "Heading3", "Heading4")
ANNEX_NUMBER, ANNEX_TITLE, ANNEX_SUBTITLE = "AnnexNumber", "AnnexTitle", "AnnexSubtitle"
TABLE_HEADING, TABLE_TEXT, TABLE_CENTRE, TABLE_NUMBER = "TableHeading", "TableText", "TableCentre", "TableNumber"
TABLE_TOTAL, TABLE_TOTAL_NUMBER = "TableTotal", "TableTotalNumber"
FIGURE, CAPTION = "Figure", "Caption"
# Character styles linked to the headings (Word's own pairing: "Heading 2" / "Heading 2 Char";
# Word shows the pair as one style and changes both at once): a run-in heading is set in the
# one of its level, the text after it in the paragraph's style.
HEADING_CHARS = ("Heading1Char", "Heading2Char", "Heading3Char", "Heading4Char")
LINKED = dict(zip(HEADING_CHARS, HEADINGS))          # character style → its paragraph style


@dataclass(frozen=True)
class Note:
    """A footnote at this point of the text."""
    text: str


@dataclass(frozen=True)
class Lead:
    """Words opening a paragraph in a character style of their own: a run-in heading,
    "1. Việc hướng dẫn thi hành Điều lệ Đảng:", set like a heading of its level, the text
    going on after it on the same line. Its words are part of the paragraph's text."""
    text: str
    style: str


Inline = str | Note | Lead


def words(c: Inline) -> str:
    """What an inline prints in the paragraph's own line of text ("" for a note)."""
    return c if isinstance(c, str) else c.text if isinstance(c, Lead) else ""


@dataclass(frozen=True)
class Para:
    style: str
    content: tuple[Inline, ...]

    @property
    def text(self) -> str:
        return "".join(words(c) for c in self.content)


@dataclass(frozen=True)
class Cell:
    content: tuple[Inline, ...]
    style: str = TABLE_TEXT
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
class Chart:
    """A line chart of shares over the years, drawn when the document is rendered."""
    years: tuple[int, ...]
    series: tuple[tuple[str, tuple[Decimal | None, ...]], ...]   # (category name, one share a year)
    decimals: int
    width_cm: float
    height_cm: float
    name: str
    description: str = ""
    style: str = FIGURE


@dataclass(frozen=True)
class LandscapeStart:
    """Everything after this point goes in a landscape section (the annexes)."""


Block = Para | Table | Chart | LandscapeStart


def para(style: str, *content: Inline) -> Para:
    return Para(style, tuple(c for c in content if c != ""))
