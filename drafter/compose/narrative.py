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

from .. import markup
from ..document import BODY_TEXT, HEADING_CHARS, HEADINGS, ITEM, Block, Inline, Lead, Note, Para, para
from ..model import ANNEX_MARKUP, DISCIPLINE_KEY, SO_LIEU, Indicator, Report, norm
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
    numbered: bool = True       # False: a heading without a number ("* " in the Mục)
    run_in: bool = False        # its first paragraph follows it on the same line (a Mục ending in ":")

    def is_empty(self) -> bool:
        return not self.blocks and all(c.is_empty() for c in self.children)


UNNUMBERED = "* "


def section_of(segment: str) -> Section:
    """A heading from one segment of a `Mục`: '* Title' has no number, 'Title:' runs in."""
    if segment.startswith(UNNUMBERED):
        return Section(segment[len(UNNUMBERED):].strip(), numbered=False, run_in=segment.endswith(":"))
    return Section(segment, run_in=segment.endswith(":"))


def section_path(section: str) -> tuple[str, ...]:
    """'Kết quả đạt được > Công tác kiểm tra' → ('Kết quả đạt được', 'Công tác kiểm tra')."""
    return tuple(part.strip() for part in section.split(">") if part.strip())


def build_outline(rows: list[tuple[tuple[str, ...], str]], resolver: "Resolver") -> list[Section]:
    """Headings from the paths of the rows, each in order of first appearance, with the rows'
    paragraphs under them; headings that differ only in case or spacing are one heading,
    printed as first written."""
    roots: list[Section] = []
    index: dict[tuple[str, ...], Section] = {}
    for path, text in rows:
        keys = tuple(norm(part) for part in path)
        for depth in range(1, len(path) + 1):
            key = keys[:depth]
            if key not in index:
                section = section_of(path[depth - 1])
                index[key] = section
                (index[key[:-1]].children if depth > 1 else roots).append(section)
        if path:
            index[keys].blocks.append(resolver.paragraph(text))
    return roots


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX")
ORDINALS = ("NHẤT", "HAI", "BA", "TƯ", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI")
LETTERS = "abcdeghiklmnopqrstuvxy"          # the Vietnamese alphabet, as a), b), … count
# Levels of `Đánh số đề mục` (workbook/values.parse_outline), and the default: I., 1., 1.1., a).
PART, ROMAN_LEVEL, LETTER = "Phần thứ nhất.", "I.", "a)"
DEFAULT_OUTLINE = ("I.", "1.", "1.1.", "a)")
CAPITALS = (PART, ROMAN_LEVEL)              # levels whose titles are printed in capitals


def _kind(scheme: tuple[str, ...], depth: int) -> str:
    """The level at `depth`; below the scheme, Party documents go on with dash and plus items."""
    if depth < len(scheme):
        return scheme[depth]
    return "-" if depth == len(scheme) else "+"


def _label(kind: str, index: int, parent: str) -> str:
    if kind == PART:
        return f"PHẦN THỨ {ORDINALS[index - 1] if index <= len(ORDINALS) else index}"
    if kind == ROMAN_LEVEL:
        return f"{ROMAN[index - 1] if index <= len(ROMAN) else index}."
    if kind == LETTER:
        return f"{LETTERS[(index - 1) % len(LETTERS)]})"
    if kind in ("-", "+"):
        return kind
    return f"{parent}{index}."               # 1., 1.1., 1.1.1.: numbered on from an Arabic parent


def number_outline(sections: list[Section], depth: int = 0, parent: str = "",
                   scheme: tuple[str, ...] = ()) -> list[Block]:
    """Number the non-empty sections at build time, so a section without content leaves no gap:
    by depth, with the levels of `scheme` (default I., 1., 1.1., a)); a part ("PHẦN THỨ NHẤT")
    puts its title on the next line; part and Roman titles are in capitals. An unnumbered
    section takes no number and leaves none out; a run-in one opens its first paragraph."""
    scheme = scheme or DEFAULT_OUTLINE
    kind = _kind(scheme, depth)
    out: list[Block] = []
    index = 0
    for s in sections:
        if s.is_empty():
            continue
        title = s.title.upper() if kind in CAPITALS and s.numbered else s.title
        if s.numbered:
            index += 1
            label = _label(kind, index, parent)
            text = f"{label}\n{title}" if kind == PART else f"{label} {title}"
        else:
            label, text = parent, title
        blocks = list(s.blocks)
        if s.run_in and blocks and isinstance(blocks[0], Para):
            # The heading in the character style of its level, the text on in the body style.
            first = blocks.pop(0)
            out.append(Para(BODY_TEXT, _joined((Lead(text, HEADING_CHARS[min(depth, 3)]), " ") + first.content)))
        else:
            out.append(para(HEADINGS[min(depth, 3)], text))
        out.extend(blocks)
        arabic = kind not in (PART, ROMAN_LEVEL, LETTER, "-", "+")
        out.extend(number_outline(s.children, depth + 1, label if arabic else "", scheme))
    return out


def _joined(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for c in content:
        if isinstance(c, str) and out and isinstance(out[-1], str):
            out[-1] += c
        else:
            out.append(c)
    return tuple(out)
