"""Text cells to printed text: indicator figures and footnotes resolved, outline numbering.

`{ma}` prints an indicator's value, `{ma.tyle}` its share of `Mẫu số`,
`{ma.kytruoc}` its change against `Kỳ trước` (points for a rate, relative for
a value: "tăng 38,15%"), `{ma.chitieu}` its comparison with `Chỉ tiêu` (points
for a rate: "vượt 7,78%"; share of the target for a value: "đạt 124,50%").
The words around them ("so với mục tiêu Nghị quyết") are the writer's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from .. import figures, markup
from ..document import BODY_TEXT, HEADINGS, ITEM, Block, Inline, Note, Para, para
from ..model import DISCIPLINE_KEY, SO_LIEU, Indicator, Report
from ..wording import fmt_count, fmt_number, fmt_pct
from . import discipline
from .printed import Ledger, key

# What the ledger calls an indicator's printed forms ({ma}, {ma.tyle}, {ma.kytruoc}, {ma.chitieu}).
FIELDS = {"": "gia_tri", "tyle": "ty_le", "kytruoc": "ky_truoc", "chitieu": "chi_tieu"}


def indicator_rate(ind: Indicator, decimals: int) -> Decimal | None:
    return figures.percent(ind.value, ind.denominator, decimals) if ind.denominator else None


def indicator_text(ind: Indicator, attribute: str, decimals: int, zero_pad: bool) -> str:
    """What `{ma}`, `{ma.tyle}`, `{ma.kytruoc}` or `{ma.chitieu}` prints; "" when the indicator
    lacks the column the attribute needs (validation reports that at the cell)."""
    if attribute == "":
        if ind.value == ind.value.to_integral_value():
            return fmt_count(int(ind.value), zero_pad)
        return fmt_number(ind.value)
    rate = indicator_rate(ind, decimals)
    if attribute == "tyle":
        return fmt_pct(rate, decimals) if rate is not None else ""
    base = ind.previous if attribute == "kytruoc" else ind.target
    if base is None:
        return ""
    if attribute == "kytruoc":
        if ind.is_rate:
            delta = figures.change(rate, figures.round_half_up(base, decimals))
        else:
            delta = figures.relative_change(ind.value, base, decimals)
        return _movement(delta, decimals, "tăng", "giảm", "không thay đổi")
    # chitieu
    if ind.is_rate:
        delta = figures.change(rate, figures.round_half_up(base, decimals))
        return _movement(delta, decimals, "vượt", "thấp hơn", "ngang bằng")
    share = figures.percent(ind.value, base, decimals)
    return "đạt " + fmt_pct(share, decimals) if share is not None else ""


def _movement(delta: Decimal | None, decimals: int, up: str, down: str, same: str) -> str:
    if delta is None:
        return ""
    if delta > 0:
        return f"{up} {fmt_pct(delta, decimals)}"
    if delta < 0:
        return f"{down} {fmt_pct(-delta, decimals)}"
    return same


ITEM_MARKS = ("- ", "+ ")


@dataclass
class Resolver:
    """Resolves the markup of text cells against one report, writing each figure it prints
    in the ledger."""
    report: Report
    printed: Ledger = field(default_factory=Ledger)
    _indicators: dict[str, Indicator] = field(init=False)

    def __post_init__(self) -> None:
        self._indicators = {i.key: i for i in self.report.indicators}

    def plain(self, text: str) -> str:
        """Figures resolved; footnote references left out (for note texts themselves)."""
        return "".join(c for c in self.inlines(text, notes=False, opens_sentence=True) if isinstance(c, str))

    def figure(self, seg: markup.Figure) -> str:
        info = self.report.info
        if seg.key not in self._indicators and seg.key == DISCIPLINE_KEY:
            return discipline.phrase(self.report.discipline, info.zero_pad)
        text = indicator_text(self._indicators[seg.key], seg.attribute, info.decimals, info.zero_pad)
        self.printed.put(key(SO_LIEU, seg.key), **{FIELDS[seg.attribute]: text})
        return text

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
                figure = self.figure(seg)
                first = i == 0 or (i == 1 and segments[0] in (markup.Text(m) for m in ITEM_MARKS))
                out.append(figure[:1].upper() + figure[1:] if opens_sentence and first else figure)
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
