"""The template context: every variable and filter a template can use.

docs/mau-bao-cao.md documents them for template authors; keep the two in step.
Strings are plain text (autoescaped by the template engine); the `mo_dau`,
`noi_dung` and `phu_luc` blocks are ready WordprocessingML for `{{p … }}` tags.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from markupsafe import Markup

from .. import figures
from ..compose import discipline
from ..compose.common import STATE, comparison_year, signing_lines
from ..compose.narrative import FIELDS, indicator_text
from ..compose.report import Composed
from ..model import Indicator
from ..wording import fmt_count, fmt_date_long, fmt_date_short, fmt_int, fmt_pct
from . import readback, xml as X
from .footnotes import Footnotes
from .metrics import Font
from .charts import ChartPart


def _pct(value, decimals: int = 2) -> str:
    return "" if value is None else fmt_pct(Decimal(str(value)), decimals)


def _share(part, whole, decimals: int = 2) -> str:
    value = figures.percent(part, whole, decimals)
    return "" if value is None else fmt_pct(value, decimals)


def _date(value: dt.date, long: bool = False) -> str:
    return fmt_date_long(value) if long else fmt_date_short(value)


FILTERS = {
    "so": lambda n: fmt_int(int(n)),               # 1149 → 1.149
    "so_dem": lambda n, pad=True: fmt_count(int(n), pad),  # 6 → 06
    "phan_tram": _pct,                              # 17.3 → 17,30%
    "ty_le": _share,                                # 114|ty_le(659) → 17,30%
    "ngay": _date,                                  # date → 10-3-2021; ngay(true) → ngày 10 tháng 3 năm 2021
}


def header_block(info) -> dict:
    """The first-page header: Party form (Hướng dẫn 36-HD/VPTW) or state form (Nghị định 30/2020)."""
    party = info.style != STATE
    return {
        "nha_nuoc": not party,
        "co_quan_cap_tren": info.superior,
        "co_quan_ban_hanh": info.issuer,
        "so_ky_hieu": f"Số {info.number}" if party else f"Số: {info.number}",
        "quoc_hieu": "ĐẢNG CỘNG SẢN VIỆT NAM" if party else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "tieu_ngu": "" if party else "Độc lập - Tự do - Hạnh phúc",
        "dau_sao": "*" if party else "",            # the star under a Party organ's name
        "dia_danh_ngay": f"{info.place}, {fmt_date_long(info.date)}",
        "do_mat": info.secrecy,
        "do_khan": info.urgency,
    }


def build_context(composed: Composed, notes: Footnotes, charts: list[ChartPart],
                  fonts: dict[str, Font] | None = None, texts: dict | None = None) -> dict:
    """The variables of a document's template; the parts of its charts go to `charts`.
    `fonts`: the template's paragraph styles, that the annex tables are measured by.
    `texts`: given, it receives what each block variable reads as (readback.texts)."""
    report = composed.report
    info = report.info
    if texts is not None:
        texts.update(mo_dau=readback.texts(composed.opening), noi_dung=readback.texts(composed.body),
                     phu_luc=readback.texts(composed.annexes))
    return {
        **header_block(info),
        # title
        "loai_van_ban": composed.doc_type.upper(),
        "trich_yeu": composed.subject,
        "kem_theo": composed.attached_to,
        # body (ready WordprocessingML)
        "mo_dau": Markup(X.to_xml(composed.opening, notes, charts)),
        "noi_dung": Markup(X.to_xml(composed.body, notes, charts, keep_last=True, fonts=fonts)),
        # Without annexes the document ends after the signature table: a table needs a
        # paragraph after it, and a 1 pt one never spills onto a page of its own.
        "phu_luc": Markup(X.to_xml(composed.annexes, notes, charts, fonts=fonts) if composed.annexes else X.END_MARK),
        # signature
        "noi_nhan": list(report.recipients),
        "quyen_han_ky": info.signing_authority,
        "quyen_han": signing_lines(info.signing_authority, info.style),
        "chuc_vu_nguoi_ky": info.signer_title,
        "nguoi_ky": info.signer,
        # data, for templates that write their own sentences
        "thong_tin": info,
        "nam_danh_gia": info.year,
        "nam_so_sanh": comparison_year(report),
        "xep_loai": {t.subject: t for t in report.ratings},
        "so_lieu": {i.key: i for i in report.indicators},
        "chi_so": {i.key: figure_texts(i, info.decimals, info.zero_pad) for i in report.indicators},
        "ky_luat": list(report.discipline),
        "ky_luat_tong": discipline.total(report.discipline),
        "ky_luat_cum": discipline.phrase(report.discipline, info.zero_pad) if report.discipline else "",
    }


def figure_texts(ind: Indicator, decimals: int, zero_pad: bool) -> dict[str, str]:
    """An indicator as printed by {ma}, {ma.tyle}, {ma.kytruoc}, {ma.chitieu} ("" where it lacks the column)."""
    return {name: indicator_text(ind, attribute, decimals, zero_pad) for attribute, name in FIELDS.items()}
