"""What every composer shares: the report's number settings, the comparison year and
the shares printed for it, the names of the issuing body, and the annex heading."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .. import figures
from .. import model as V
from ..document import ANNEX_NUMBER, ANNEX_SUBTITLE, ANNEX_TITLE, Block, para
from ..model import Report
from ..wording import fmt_date_short

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


def annex_pointer(annex: int | None) -> str:
    return f" (có biểu số {annex} kèm theo)" if annex else ""


def annex_head(report: Report, number: int, title: str) -> list[Block]:
    """'Biểu số N', the title in capitals and '(Kèm theo Báo cáo số …, ngày … của …)'."""
    info = report.info
    return [para(ANNEX_NUMBER, f"Biểu số {number}"), para(ANNEX_TITLE, title),
            para(ANNEX_SUBTITLE, f"(Kèm theo Báo cáo số {info.number}, ngày {fmt_date_short(info.date)} "
                                  f"của {issuing_body(report)})")]


def organ_name(issuer: str) -> str:
    """'TỈNH ỦY KON TUM' → 'Tỉnh ủy Kon Tum'."""
    words = issuer.strip().split()
    lowered = [w.lower() for w in words]
    kinds = {("tỉnh", "ủy"), ("tỉnh", "uỷ"), ("thành", "ủy"), ("thành", "uỷ"), ("huyện", "ủy"),
             ("huyện", "uỷ"), ("đảng", "ủy"), ("đảng", "uỷ"), ("thị", "ủy"), ("thị", "uỷ")}
    if len(lowered) >= 2 and (lowered[0], lowered[1]) in kinds:
        rest = [w[:1].upper() + w[1:].lower() for w in words[2:]]
        return " ".join([lowered[0].capitalize(), lowered[1], *rest])
    return " ".join(w[:1].upper() + w[1:].lower() for w in words)


def issuing_body(report: Report) -> str:
    """'T/M BAN THƯỜNG VỤ' + 'TỈNH ỦY KON TUM' → 'Ban Thường vụ Tỉnh ủy Kon Tum'."""
    authority = report.info.signing_authority.strip()
    for prefix in ("T/M ", "TM. ", "TM ", "T/M. "):
        if authority.upper().startswith(prefix):
            body = authority[len(prefix):].strip()
            if body.upper() == "BAN THƯỜNG VỤ":
                return f"Ban Thường vụ {organ_name(report.info.issuer)}"
            if body.upper() in ("BAN CHẤP HÀNH", "TỈNH ỦY", "HUYỆN ỦY", "THÀNH ỦY", "ĐẢNG ỦY"):
                return organ_name(report.info.issuer)
            return body[:1].upper() + body[1:].lower()
    return organ_name(report.info.issuer)
