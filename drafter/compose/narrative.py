"""Text cells to printed text: indicator figures, annex numbers and footnotes resolved;
outline numbering.

`{ma}` prints an indicator's value, `{ma.tyle}` its share of `Mẫu số`,
`{ma.kytruoc}` its change against `Kỳ trước` (points for a rate, relative for
a value: "tăng 38,15%"), `{ma.chitieu}` its comparison with `Chỉ tiêu` (points
for a rate: "vượt 7,78%"; share of the target for a value: "đạt 124,50%"); the
phrases of the general reports and the series are in compose/indicators.py.
`{bieu.KEY}` prints "biểu số N", N fixed once every annex reference is known.
The words around them ("so với mục tiêu Nghị quyết") are the writer's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .. import markup
from ..document import BODY_TEXT, HEADINGS, ITEM, Block, Inline, Note, Para, para
from ..model import ANNEX_MARKUP, DISCIPLINE_KEY, SO_LIEU, Indicator, Report
from . import discipline
from .common import annex_ref
from .indicators import FIELDS, indicator_text, ledger_field, lookup  # noqa: F401  (FIELDS: the template's chi_so)
from .printed import Ledger, key

ITEM_MARKS = ("- ", "+ ")


@dataclass
class Resolver:
    """Resolves the markup of text cells against one report, writing each figure it prints
    in the ledger."""
    report: Report
    printed: Ledger = field(default_factory=Ledger)
    _indicators: dict[str, Indicator] = field(init=False)

    def __post_init__(self) -> None:
        self._indicators = lookup(self.report)

    def plain(self, text: str) -> str:
        """Figures resolved; footnote references left out (for note texts themselves)."""
        return "".join(c for c in self.inlines(text, notes=False, opens_sentence=True) if isinstance(c, str))

    def figure(self, seg: markup.Figure, capital: bool = False) -> str:
        info = self.report.info
        if seg.key == ANNEX_MARKUP and (seg.key not in self._indicators or seg.attribute not in markup.ATTRIBUTES):
            return annex_ref(seg.attribute, capital)
        if seg.key not in self._indicators and seg.key == DISCIPLINE_KEY:
            text = discipline.phrase(self.report.discipline, info.zero_pad)
        else:
            text = indicator_text(self._indicators[seg.key], seg.attribute, info.decimals, info.zero_pad,
                                  points=self.report.points(seg.key), year=info.year, places=seg.decimals)
            self.printed.put(key(SO_LIEU, seg.key), **{ledger_field(seg.attribute, seg.decimals): text})
        return text[:1].upper() + text[1:] if capital else text

    def inlines(self, text: str, notes: bool = True, opens_sentence: bool = False) -> tuple[Inline, ...]:
        """The text with figures and notes resolved. When it opens a sentence (a paragraph, a
        note) and starts with a figure, or an item does after its '- ', the figure takes a
        capital: "{ma.chitieu} so với …" prints "Vượt 2,78% so với …"."""
        out: list[Inline] = []
        segments = markup.parse(text)
        for i, seg in enumerate(segments):
            if isinstance(seg, markup.Text):
                out.append(seg.text)
            elif isinstance(seg, markup.Figure):
                first = i == 0 or (i == 1 and segments[0] in (markup.Text(m) for m in ITEM_MARKS))
                out.append(self.figure(seg, capital=opens_sentence and first))
            elif notes:
                out.append(Note(self.plain(self.report.note(seg.key) or "")))
        merged: list[Inline] = []
        for c in out:
            if isinstance(c, str) and merged and isinstance(merged[-1], str):
                merged[-1] += c
            else:
                merged.append(c)
        return tuple(merged)

    def paragraph(self, text: str) -> Para:
        """A narrative paragraph: '- ' and '+ ' items get the item style."""
        style = ITEM if text.startswith(ITEM_MARKS) else BODY_TEXT
        return Para(style, self.inlines(text, opens_sentence=True))


# ---- outline --------------------------------------------------------------------

@dataclass
class Section:
    title: str
    blocks: list[Block] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.blocks and all(c.is_empty() for c in self.children)


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def _label(depth: int, index: int, parent: str) -> str:
    if depth == 0:
        return f"{ROMAN[index - 1] if index <= len(ROMAN) else index}."
    if depth == 1:
        return f"{index}."
    if depth == 2:
        return f"{parent.rstrip('.')}.{index}." if parent else f"{index}."
    if depth == 3:
        return f"{'abcdeghiklmnopqrstuvxy'[(index - 1) % 22]})"
    # Below a), Party documents go on with dash and plus items.
    return "-" if depth == 4 else "+"


def number_outline(sections: list[Section], depth: int = 0, parent: str = "") -> list[Block]:
    """Number the non-empty sections at build time, so a section without content
    leaves no gap: I., 1., 1.1., a) by depth; level-1 titles in capitals."""
    out: list[Block] = []
    index = 0
    for s in sections:
        if s.is_empty():
            continue
        index += 1
        label = _label(depth, index, parent)
        title = s.title.upper() if depth == 0 else s.title
        out.append(para(HEADINGS[min(depth, 3)], f"{label} {title}"))
        out.extend(s.blocks)
        out.extend(number_outline(s.children, depth + 1, label if depth >= 1 else ""))
    return out
