"""What every composer shares: the report's number settings, the comparison year and
the shares printed for it, the names of the issuing body, and the annex heading."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from .. import figures
from .. import model as V
from ..document import ANNEX_NUMBER, ANNEX_SUBTITLE, ANNEX_TITLE, Block, Para, Row, Table, para
from ..model import Report
from ..wording import fmt_date_short
from ..workbook.schema import STYLES

ANNEX_SUBJECT = {
    V.TCCSD: "tổ chức cơ sở đảng",
    V.CHI_BO: "chi bộ trực thuộc đảng ủy cơ sở",
    V.DANG_VIEN: "đảng viên",
    V.TAP_THE: "tập thể lãnh đạo, quản lý các cấp",
    V.CAN_BO: "cá nhân cán bộ lãnh đạo, quản lý các cấp",
}


@dataclass(frozen=True)
class Settings:
    decimals: int
    zero_pad: bool
    round_to_100: bool
    compare_year: int | None
    scope: str                 # "Đảng bộ tỉnh"


def scope_name(issuer: str) -> str:
    """'TỈNH ỦY KON TUM' → 'Đảng bộ tỉnh' (the whole organisation the report covers)."""
    head = issuer.strip().lower()
    for prefix, scope in (("tỉnh ủy", "Đảng bộ tỉnh"), ("tỉnh uỷ", "Đảng bộ tỉnh"),
                          ("thành ủy", "Đảng bộ thành phố"), ("thành uỷ", "Đảng bộ thành phố"),
                          ("huyện ủy", "Đảng bộ huyện"), ("huyện uỷ", "Đảng bộ huyện"),
                          ("thị ủy", "Đảng bộ thị xã"), ("thị uỷ", "Đảng bộ thị xã")):
        if head.startswith(prefix):
            return scope
    return "Đảng bộ"


def comparison_year(report: Report) -> int | None:
    info = report.info
    if info.compare_year is not None:
        return info.compare_year
    default = info.year - 1
    return default if any(h.year == default for h in report.history) else None


def year_shares(published: tuple[Decimal, ...] | None, counts: tuple[int, ...] | None,
                s: Settings) -> list[Decimal | None] | None:
    """The shares printed for a year: the percentages published for it when there are
    some (a report never contradicts what was published), otherwise computed from its
    counts with this report's rounding; None when neither is known. The report's
    "so với năm …" sentences and the comparison annexes both go through here."""
    if published is not None:
        return [figures.round_half_up(v, s.decimals) for v in published]
    if counts is not None:
        return figures.shares(tuple(counts), s.decimals, s.round_to_100)
    return None


def previous_shares(report: Report, subject: str, year: int | None, s: Settings) -> list[Decimal] | None:
    """The shares of a past year from the report's history (None when nobody was rated)."""
    if year is None:
        return None
    rows = [h for h in report.history if h.year == year and h.subject == subject]
    pct = next((h.values for h in rows if h.is_percent), None)
    counts = next((tuple(int(v) for v in h.values) for h in rows if not h.is_percent), None)
    shares = year_shares(pct, counts, s)
    return None if shares is None or shares[0] is None else shares


def settings_for(report: Report) -> Settings:
    info = report.info
    return Settings(info.decimals, info.zero_pad, info.round_to_100, comparison_year(report),
                    scope_name(info.issuer))


def annex_pointer(annex: int | str | None) -> str:
    """' (có biểu số N kèm theo)'; given an annex key, its number is filled in later (annex_ref)."""
    if not annex:
        return ""
    return f" (có biểu số {annex_ref(annex) if isinstance(annex, str) else annex} kèm theo)"


# ---- annex numbers, fixed once every reference is known ------------------------------------
# Annexes are numbered in the order the document first refers to them ({bieu.KEY} typed by the
# writer, "(có biểu số N kèm theo)" written by drafter), so a typed reference never collides with
# a generated number. Composers write a placeholder; the report fills it in.
_REF_OPEN, _REF_CAPITAL, _REF_CLOSE = "\ue000", "\ue002", "\ue001"
_REF = re.compile(f"([{_REF_OPEN}{_REF_CAPITAL}])(\\w+){_REF_CLOSE}")
_BARE = re.compile(f"[{_REF_OPEN}{_REF_CAPITAL}](\\w+){_REF_CLOSE}")


def annex_ref(key: str, capital: bool = False) -> str:
    """A placeholder for 'biểu số N' of annex `key` ('Biểu số N' at the start of a sentence)."""
    return f"{_REF_CAPITAL if capital else _REF_OPEN}{key}{_REF_CLOSE}"


def _strings(blocks: list[Block]):
    for b in blocks:
        contents = [b.content] if isinstance(b, Para) else \
            [c.content for row in b.rows for c in row.cells] if isinstance(b, Table) else []
        for content in contents:
            for piece in content:
                yield piece if isinstance(piece, str) else piece.text


def annex_order(blocks: list[Block]) -> list[str]:
    """The annex keys the blocks refer to, in order of first reference."""
    found: dict[str, None] = {}
    for text in _strings(blocks):
        for m in _REF.finditer(text):
            found.setdefault(m.group(2))
    return list(found)


def fill_annex_refs(blocks: list[Block], numbers: dict[str, int | str]) -> list[Block]:
    """The blocks with every annex placeholder replaced: 'biểu số 3' (or bare '3' where a
    composer wrote 'biểu số' itself, see annex_pointer)."""
    def fill(text: str) -> str:
        if _REF_CLOSE not in text:
            return text
        text = re.sub(f"(?<=biểu số ){_BARE.pattern}", lambda m: str(numbers[m.group(1)]), text)
        return _REF.sub(lambda m: f"{'Biểu' if m.group(1) == _REF_CAPITAL else 'biểu'} số {numbers[m.group(2)]}",
                        text)

    def content(items: tuple) -> tuple:
        return tuple(fill(c) if isinstance(c, str) else dataclasses.replace(c, text=fill(c.text)) for c in items)

    out: list[Block] = []
    for b in blocks:
        if not any(_REF_CLOSE in text for text in _strings([b])):
            pass                        # most blocks: nothing to fill, keep the block as it is
        elif isinstance(b, Para):
            b = dataclasses.replace(b, content=content(b.content))
        elif isinstance(b, Table):
            b = dataclasses.replace(b, rows=tuple(
                Row(tuple(dataclasses.replace(c, content=content(c.content)) for c in row.cells), row.header)
                for row in b.rows))
        out.append(b)
    return out


def annex_head(report: Report, number: int | str, title: str) -> list[Block]:
    """'Biểu số N', the title in capitals and '(Kèm theo Báo cáo số …, ngày … của …)'."""
    info = report.info
    if info.style == V.PAPER:       # no number or date: named by its title and author
        attached = f"(Kèm theo {info.doc_type.lower()} {info.subject.lower()}" + \
                   (f" của đồng chí {info.signer})" if info.signer else ")")
    else:
        attached = (f"(Kèm theo Báo cáo số {info.number}, ngày {fmt_date_short(info.date)} "
                    f"của {issuing_body(report)})")
    return [para(ANNEX_NUMBER, f"Biểu số {number}"), para(ANNEX_TITLE, title), para(ANNEX_SUBTITLE, attached)]


STATE = STYLES[1]        # `Thể thức: Nhà nước`, a state body's document (Nghị định 30/2020/NĐ-CP)
# Nghị định 30/2020, Phụ lục I: the signing forms of a state document, written with a full
# stop; a workbook may type them the Party's way (T/M, K/T) or without the stop.
_STATE_FORMS = {"TM": "TM.", "T/M": "TM.", "KT": "KT.", "K/T": "KT.", "Q": "Q.", "TL": "TL.", "T/L": "TL.",
                "TUQ": "TUQ.", "T/UQ": "TUQ."}
_FORM = re.compile(r"^(T/UQ|TUQ|T/M|TM|K/T|KT|T/L|TL|Q)\.?\s+(?=\S)", re.IGNORECASE)
# The levels of a people's committee, as its name prints them in a sentence.
_ADMIN_LEVELS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")


def signing_lines(authority: str, style: str) -> list[str]:
    """The lines above the signer's title: one per line of `Quyền hạn ký` ("TM. ỦY BAN NHÂN
    DÂN" over "KT. CHỦ TỊCH"); in the state form each starts with its form as Nghị định 30
    writes it (TM., KT., Q., TL., TUQ.)."""
    lines = [line.strip() for line in authority.split("\n") if line.strip()]
    if style != STATE:
        return lines
    return [_FORM.sub(lambda m: _STATE_FORMS[m.group(1).upper()] + " ", line) for line in lines]


def organ_name(issuer: str) -> str:
    """'TỈNH ỦY KON TUM' → 'Tỉnh ủy Kon Tum'; 'ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ' → 'Ủy ban nhân
    dân huyện Đăk Hà'."""
    words = issuer.strip().split()
    lowered = [w.lower() for w in words]
    head = " ".join(lowered)
    for committee in ("ủy ban nhân dân", "uỷ ban nhân dân"):
        if head.startswith(committee):
            rest = head[len(committee):].strip()
            level = next((lv for lv in _ADMIN_LEVELS if rest == lv or rest.startswith(lv + " ")), "")
            place = " ".join(w[:1].upper() + w[1:] for w in rest[len(level):].split())
            return " ".join(part for part in ("Ủy ban nhân dân", level, place) if part)
    kinds = {("tỉnh", "ủy"), ("tỉnh", "uỷ"), ("thành", "ủy"), ("thành", "uỷ"), ("huyện", "ủy"),
             ("huyện", "uỷ"), ("đảng", "ủy"), ("đảng", "uỷ"), ("thị", "ủy"), ("thị", "uỷ")}
    if len(lowered) >= 2 and (lowered[0], lowered[1]) in kinds:
        rest = [w[:1].upper() + w[1:].lower() for w in words[2:]]
        return " ".join([lowered[0].capitalize(), lowered[1], *rest])
    return " ".join(w[:1].upper() + w[1:].lower() for w in words)


def issuing_body(report: Report) -> str:
    """'T/M BAN THƯỜNG VỤ' + 'TỈNH ỦY KON TUM' → 'Ban Thường vụ Tỉnh ủy Kon Tum';
    'TM. ỦY BAN NHÂN DÂN' + 'ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ' → 'Ủy ban nhân dân huyện Đăk Hà'."""
    authority = report.info.signing_authority.strip().split("\n")[0].strip()
    for prefix in ("T/M ", "TM. ", "TM ", "T/M. "):
        if authority.upper().startswith(prefix):
            body = authority[len(prefix):].strip()
            if body.upper() == "BAN THƯỜNG VỤ":
                return f"Ban Thường vụ {organ_name(report.info.issuer)}"
            if body.upper() in ("BAN CHẤP HÀNH", "TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "ĐẢNG ỦY") \
                    or report.info.issuer.upper().startswith(body.upper()):
                return organ_name(report.info.issuer)
            return body[:1].upper() + body[1:].lower()
    return organ_name(report.info.issuer)
