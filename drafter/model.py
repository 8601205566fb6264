"""The report as typed, immutable domain objects. No cell, sheet or Excel type
reaches past this point: the validator builds these, everything after reads them.

Glossary of the rating codes (Quy định 124-QĐ/TW, Hướng dẫn 21-HD/BTCTW):
HTXSNV  hoàn thành xuất sắc nhiệm vụ      (excellent)
HTTNV   hoàn thành tốt nhiệm vụ           (good)
HTNV    hoàn thành nhiệm vụ               (satisfactory)
KHTNV   không hoàn thành nhiệm vụ         (failed)
TCCSĐ   tổ chức cơ sở đảng                (grassroots party organisation)
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class DocumentInfo:
    issuer: str
    number: str
    place: str
    date: dt.date
    subject: str
    year: int
    signing_authority: str
    signer_title: str
    signer: str
    superior: str = ""
    doc_type: str = "BÁO CÁO"
    compare_year: int | None = None
    basis: str = ""
    style: str = "Đảng"
    template: str = "xep-loai-chat-luong"
    decimals: int = 2
    zero_pad: bool = True
    round_to_100: bool = False
    secrecy: str = ""
    urgency: str = ""
    outline: tuple[str, ...] = ()   # `Đánh số đề mục` as its levels ("I.", "1.", "1.1.", "a)"); () = default
    opening: str = ""               # `Mở đầu`: replaces the generated opening sentence
    annex_labels: tuple[tuple[str, str], ...] = ()   # `Ký hiệu biểu`: (annex key, label printed for its number)


@dataclass(frozen=True)
class UnitRating:
    """One row of a rating sheet: a unit (or a rating body) and its counts."""
    unit: str
    total: int
    htxsnv: int = 0
    httnv: int = 0
    htnv: int = 0
    khtnv: int = 0
    exempt: int = 0
    pending: int = 0
    level: str = ""
    pending_reason: str = ""
    note: str = ""
    dang_bo_co_so: int | None = None
    chi_bo_co_so: int | None = None

    @property
    def counts(self) -> tuple[int, int, int, int]:
        return (self.htxsnv, self.httnv, self.htnv, self.khtnv)

    @property
    def rated(self) -> int:
        return sum(self.counts)

    @property
    def not_rated(self) -> int:
        return self.exempt + self.pending


@dataclass(frozen=True)
class RatingTable:
    subject: str                     # one of SUBJECTS
    rows: tuple[UnitRating, ...]

    def total(self, label: str = "Tổng cộng") -> UnitRating:
        def add(attr: str) -> int:
            return sum(getattr(r, attr) for r in self.rows)

        def add_optional(attr: str) -> int | None:
            values = [getattr(r, attr) for r in self.rows]
            return None if all(v is None for v in values) else sum(v or 0 for v in values)

        return UnitRating(label, add("total"), add("htxsnv"), add("httnv"), add("htnv"), add("khtnv"),
                          add("exempt"), add("pending"),
                          dang_bo_co_so=add_optional("dang_bo_co_so"),
                          chi_bo_co_so=add_optional("chi_bo_co_so"))


@dataclass(frozen=True)
class FailedOrganisation:
    subject: str
    name: str
    unit: str


@dataclass(frozen=True)
class HistoryRow:
    year: int
    subject: str
    is_percent: bool
    values: tuple[Decimal, Decimal, Decimal, Decimal]   # HTXSNV, HTTNV, HTNV, KHTNV


@dataclass(frozen=True)
class DisciplineRow:
    unit: str
    organisations: tuple[int, int, int]          # khiển trách, cảnh cáo, giải tán
    members: tuple[int, int, int, int]           # khiển trách, cảnh cáo, cách chức, khai trừ


# Kinds of `Chỉ tiêu`: a plain number means "at least"; `≤`/`<` mean lower is better.
AT_LEAST, ABOVE, AT_MOST, BELOW, RANGE = "", ">", "≤", "<", "-"
TARGET_KINDS = (AT_LEAST, "≥", ABOVE, AT_MOST, BELOW, RANGE)


@dataclass(frozen=True)
class Indicator:
    key: str
    label: str
    value: Decimal
    denominator: Decimal | None = None
    previous: Decimal | None = None
    target: Decimal | None = None        # the number of `Chỉ tiêu`: the bound, or the low end of a range
    unit: str = ""
    decimals: int | None = None          # `Số thập phân` of this indicator (None: the workbook's)
    previous_year: int | None = None     # `Năm kỳ trước`
    target_kind: str = AT_LEAST          # one of TARGET_KINDS
    target_high: Decimal | None = None   # the high end of a range target
    parent: str = ""                     # `Thuộc`: the Mã of the whole this row is a part of
    formula: str = ""                    # `Công thức` as typed ("" when the value is typed)

    @property
    def is_rate(self) -> bool:
        return self.denominator is not None

    @property
    def lower_is_better(self) -> bool:
        return self.target_kind in (AT_MOST, BELOW)


@dataclass(frozen=True)
class SeriesPoint:
    """One row of `Chuỗi số liệu`: an indicator's value in one year."""
    key: str
    year: int
    value: Decimal
    denominator: Decimal | None = None


@dataclass(frozen=True)
class IndicatorAnnex:
    """One annex of `Biểu chỉ tiêu`: its key, title and the Mã of its rows, in sheet order."""
    key: str
    title: str
    rows: tuple[str, ...]


@dataclass(frozen=True)
class Paragraph:
    section: str
    text: str


@dataclass(frozen=True)
class Report:
    info: DocumentInfo
    recipients: tuple[str, ...] = ()
    ratings: tuple[RatingTable, ...] = ()
    failed: tuple[FailedOrganisation, ...] = ()
    history: tuple[HistoryRow, ...] = ()
    discipline: tuple[DisciplineRow, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    narrative: tuple[Paragraph, ...] = ()
    notes: tuple[tuple[str, str], ...] = field(default=())   # (mã, nội dung) from Chú thích
    series: tuple[SeriesPoint, ...] = ()                     # Chuỗi số liệu, by Mã then year
    annexes: tuple[IndicatorAnnex, ...] = ()                 # Biểu chỉ tiêu

    def rating(self, subject: str) -> RatingTable | None:
        return next((t for t in self.ratings if t.subject == subject), None)

    def paragraphs(self, section: str) -> tuple[str, ...]:
        return tuple(p.text for p in self.narrative if p.section == section)

    def note(self, key: str) -> str | None:
        return dict(self.notes).get(key)

    def points(self, key: str) -> tuple[SeriesPoint, ...]:
        """The series of indicator `key`, by year."""
        return tuple(sorted((p for p in self.series if p.key == key), key=lambda p: p.year))


# ---- vocabulary: the names the whole program shares ------------------------------------
# The workbook's schema builds its sheets from these; composers and the record key
# their figures by them. Nothing here knows about cells.

# Rating categories, in the order the reports list them.
CATEGORIES = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
CATEGORY_NAMES = {
    "HTXSNV": "hoàn thành xuất sắc nhiệm vụ",
    "HTTNV": "hoàn thành tốt nhiệm vụ",
    "HTNV": "hoàn thành nhiệm vụ",
    "KHTNV": "không hoàn thành nhiệm vụ",
}
LEVELS = ("Cấp tỉnh", "Cấp huyện", "Cấp cơ sở")

# The five rating subjects (one sheet each).
TCCSD = "Tổ chức cơ sở đảng"
CHI_BO = "Chi bộ trực thuộc"
DANG_VIEN = "Đảng viên"
TAP_THE = "Tập thể lãnh đạo"
CAN_BO = "Cán bộ lãnh đạo"
SUBJECTS = (TCCSD, CHI_BO, DANG_VIEN, TAP_THE, CAN_BO)
LEADERSHIP = (TAP_THE, CAN_BO)
DANG_BO_CO_SO = "Đảng bộ cơ sở"
CHI_BO_CO_SO = "Chi bộ cơ sở"

# The other subjects a report prints figures of (also the names of their sheets).
KY_LUAT = "Kỷ luật"
SO_LIEU = "Số liệu"
CAC_NAM_TRUOC = "Các năm trước"
ORG_PENALTIES = ("Khiển trách", "Cảnh cáo", "Giải tán")
MEMBER_PENALTIES = ("Khiển trách", "Cảnh cáo", "Cách chức", "Khai trừ")
# The markup key that prints the discipline phrase (an indicator of that name in `Số liệu` wins).
DISCIPLINE_KEY = "ky_luat"

# The templates shipped with drafter that a workbook may choose, and the one it may not
# (drafter compare's own).
BUILTIN_TEMPLATES = ("xep-loai-chat-luong", "tong-hop")
INTERNAL_TEMPLATES = ("so-sanh", "tham-luan")
# `Thể thức`: the Party form (Hướng dẫn 36-HD/VPTW), the state form (Nghị định 30/2020) and a
# thematic paper (no number, date or signature; its author under the title).
PARTY, STATE, PAPER = "Đảng", "Nhà nước", "Tham luận"
# Sheets of the general-report language.
CHUOI_SO_LIEU = "Chuỗi số liệu"
BIEU_CHI_TIEU = "Biểu chỉ tiêu"
# The annexes of the standard report, as `{bieu.KEY}` names them, in their own order.
ANNEX_KEYS = {"tccsd": TCCSD, "chibo": CHI_BO, "dangvien": DANG_VIEN, "taphe": TAP_THE, "canbo": CAN_BO,
              "kyluat": KY_LUAT}
ANNEX_MARKUP = "bieu"


def outline_body(template: str, has_ratings: bool) -> bool:
    """Whether the body is the outline of `Nội dung` (template `tong-hop`, or a template of the
    user's own for a workbook without rating rows) rather than the standard rating report."""
    if template in BUILTIN_TEMPLATES:
        return template == "tong-hop"
    return not has_ratings
TOTAL = "Tổng cộng"


# Characters that print nothing: zero-width spaces and joiners, direction marks, the byte
# order mark, the soft hyphen, variation selectors, tags (Unicode category Cf, and the
# default-ignorable fillers and selectors outside it). Two names that differ only by one of
# them look the same to every reader, so they are the same name to drafter: otherwise a unit
# repeated with a U+200B would be counted twice. Spelled out rather than computed from
# unicodedata at import time; tests/test_adversarial.py checks it still covers every Cf.
INVISIBLE = re.compile(
    "[\u00ad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u115f\u1160\u17b4\u17b5"
    "\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
    "\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff]")


def visible(text: str) -> str:
    """`text` without its invisible characters (NFC again: a removed joiner may let a mark compose)."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", INVISIBLE.sub("", text))


def norm(text: object) -> str:
    """Match key for sheet names, headers and fixed values: NFC, invisible characters
    removed, trimmed, inner spaces collapsed, case-folded. A workbook typed on a Mac
    arrives in NFD."""
    return " ".join(visible(unicodedata.normalize("NFC", str(text))).split()).casefold()


# Old and new tone placement ("Tỉnh uỷ" / "Tỉnh ủy", "hoà" / "hòa") at the end of a word.
_TONE_MOVES = {f"{a}{b}": f"{c}{d}" for a, b, c, d in (
    ("o", "à", "ò", "a"), ("o", "á", "ó", "a"), ("o", "ả", "ỏ", "a"), ("o", "ã", "õ", "a"), ("o", "ạ", "ọ", "a"),
    ("o", "è", "ò", "e"), ("o", "é", "ó", "e"), ("o", "ẻ", "ỏ", "e"), ("o", "ẽ", "õ", "e"), ("o", "ẹ", "ọ", "e"),
    ("u", "ỳ", "ù", "y"), ("u", "ý", "ú", "y"), ("u", "ỷ", "ủ", "y"), ("u", "ỹ", "ũ", "y"), ("u", "ỵ", "ụ", "y"))}
_TONE_AT_END = re.compile("(" + "|".join(_TONE_MOVES) + r")(?=\W|$)")


def unit_key(name: str) -> str:
    """The one identity of a unit, for validate (duplicates), merge and compare (across
    years): `norm` (so invisible characters, case and spacing do not count) and either
    tone placement, so "Tỉnh uỷ" and "Tỉnh ủy" are one unit."""
    return _TONE_AT_END.sub(lambda m: _TONE_MOVES[m.group(1)], norm(name))
