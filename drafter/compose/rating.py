"""The standard annual rating report (template `xep-loai-chat-luong`, model 48-BC/TU):
its outline, the sentences of section 2.2 and the annex tables, from the model."""
from __future__ import annotations

from .. import figures
from .. import model as S
from ..document import (BODY_TEXT, ITEM, TABLE_CENTRE, TABLE_HEADING, TABLE_NUMBER, TABLE_TEXT, TABLE_TOTAL,
                        TABLE_TOTAL_NUMBER, Block, Cell, Inline, LandscapeStart, Note, Para, Row, Table, para)
from ..model import RatingTable, Report, UnitRating
from ..wording import change_phrase, fmt_cell_pct, fmt_count, fmt_int, fmt_pct, join_items
from . import discipline
from .common import ANNEX_SUBJECT, Settings, annex_head, annex_pointer, issuing_body, previous_shares, settings_for
from .narrative import Resolver, Section, number_outline
from .printed import Ledger, key

# Nouns and phrases per rating subject.
NOUN = {S.TCCSD: "tổ chức cơ sở đảng", S.CHI_BO: "chi bộ", S.DANG_VIEN: "đảng viên",
        S.TAP_THE: "tập thể", S.CAN_BO: "đồng chí"}
EXEMPT_PHRASE = {S.DANG_VIEN: "được miễn công tác và sinh hoạt đảng"}
PROCESS_WORDS = ("quy trình",)
# The discipline annex, numbered after the rating annexes.
DISCIPLINE = S.KY_LUAT
# What the ledger calls the figures of a row besides its four categories.
RATED, NOT_RATED = "Đã xếp loại", "Miễn, chưa đánh giá"


def _count(n: int, s: Settings) -> str:
    return fmt_count(n, s.zero_pad)


# ---- sentences -----------------------------------------------------------------

def not_rated_clause(table: RatingTable, total: UnitRating, s: Settings, printed: Ledger) -> list[Inline]:
    """'có 01 tổ chức cơ sở đảng chưa đánh giá, xếp loại (chiếm 0,15%) vì mới thành lập'
    or, when there are several kinds, the breakdown as a footnote."""
    noun = NOUN[table.subject]
    n = total.not_rated
    if not n:
        return []
    share = fmt_pct(figures.percent(n, total.total, s.decimals), s.decimals)
    printed.put(key(table.subject, total.unit, NOT_RATED), so=n, ty_le=share)
    reasons = _pending_reasons(table)
    head = f"có {_count(n, s)} {noun} chưa đánh giá, xếp loại (chiếm {share})"
    if not total.exempt and len(reasons) == 1 and reasons[0][0]:
        return [f"{head} vì {reasons[0][0]}"]
    if not total.exempt and len(reasons) == 1:
        return [head]
    parts = []
    if total.exempt:
        parts.append(f"{_count(total.exempt, s)} {noun} {EXEMPT_PHRASE.get(table.subject, 'được miễn đánh giá')}")
    for reason, count in reasons:
        parts.append(f"{_count(count, s)} {noun} chưa được đánh giá, xếp loại"
                     + (f" do {reason}" if reason else ""))
    head = f"{_count(n, s)} {noun} không thực hiện đánh giá, xếp loại (chiếm {share})"
    return [head, Note("; ".join(parts) + ".")]


def _pending_reasons(table: RatingTable) -> list[tuple[str, int]]:
    found: dict[str, int] = {}
    for u in table.rows:
        if u.pending:
            found[u.pending_reason] = found.get(u.pending_reason, 0) + u.pending
    return list(found.items())


def results_sentence(report: Report, table: RatingTable, total: UnitRating, s: Settings,
                     annex: int | None, printed: Ledger) -> list[Inline]:
    """'Kết quả: 114/659 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 17,30%,
    giảm 1,29% so với năm 2019); …'."""
    noun = NOUN[table.subject]
    rated = total.rated
    shares = figures.shares(total.counts, s.decimals, s.round_to_100)
    before = previous_shares(report, table.subject, s.compare_year, s)
    failed = [f for f in report.failed if f.subject == table.subject]
    out: list[Inline] = ["Kết quả: "]
    for i, code in enumerate(S.CATEGORIES):
        count = total.counts[i]
        compare = ""
        if before is not None:
            against = f"năm {s.compare_year}"
            phrase = change_phrase(shares[i] - before[i], s.decimals, against)
            compare = ", " + phrase
            printed.put(key(table.subject, total.unit, code), so=count, ty_le=fmt_pct(shares[i], s.decimals),
                        so_voi_nam=s.compare_year, thay_doi=phrase.removesuffix(f" so với {against}"))
        if i:
            out.append("; ")
        if count:
            out.append(f"{_count(count, s)}/{_count(rated, s)} {noun} {S.CATEGORY_NAMES[code]}")
            if code == "KHTNV" and failed:
                out.append(Note(failed_names(failed)))
            out.append(f" (chiếm {fmt_pct(shares[i], s.decimals)}{compare})")
            if code == "HTXSNV" and table.subject == S.DANG_VIEN and total.httnv:
                ratio = fmt_pct(figures.percent(total.htxsnv, total.httnv, s.decimals), s.decimals)
                printed.put(key(table.subject, total.unit, "HTXSNV/HTTNV"), ty_le=ratio)
                out.append(Note(f"Trong đó, số {noun} hoàn thành xuất sắc nhiệm vụ trên tổng số {noun} "
                                f"hoàn thành tốt nhiệm vụ là: {ratio}."))
        else:
            out.append(f"không có {noun} nào {S.CATEGORY_NAMES[code]}")
            if compare:
                out.append(f" ({compare[2:]})")
    out.append(annex_pointer(annex) + ".")
    return out


def failed_names(failed) -> str:
    """'Chi bộ A thuộc Đảng bộ X; chi bộ B và chi bộ C thuộc Đảng bộ Y.'"""
    by_unit: dict[str, list[str]] = {}
    for f in failed:
        by_unit.setdefault(f.unit, []).append(f.name)
    parts = [join_items(names) + (f" thuộc {unit}" if unit else "") for unit, names in by_unit.items()]
    return "; ".join(parts) + "."


def organisation_paragraph(report: Report, table: RatingTable, s: Settings, annex: int | None,
                           resolver: Resolver) -> list[Block]:
    """The paragraphs for TCCSĐ, chi bộ or đảng viên (province-wide totals)."""
    total = table.total()
    noun = NOUN[table.subject]
    lead = {S.TCCSD: "- Đối với tổ chức cơ sở đảng: ", S.CHI_BO: "- Đối với chi bộ trực thuộc đảng ủy cơ sở: ",
            S.DANG_VIEN: ""}[table.subject]
    printed = resolver.printed
    first: list[Inline] = [f"{lead}Toàn {s.scope} có {_count(total.total, s)} {noun}"]
    printed.put(key(table.subject, total.unit, "Tổng số"), so=total.total)
    if table.subject == S.TCCSD and total.dang_bo_co_so is not None:
        printed.put(key(table.subject, total.unit, S.DANG_BO_CO_SO), so=total.dang_bo_co_so or 0)
        printed.put(key(table.subject, total.unit, S.CHI_BO_CO_SO), so=total.chi_bo_co_so or 0)
        first.append(f" ({_count(total.dang_bo_co_so or 0, s)} đảng bộ cơ sở và "
                     f"{_count(total.chi_bo_co_so or 0, s)} chi bộ cơ sở)")
    if not total.total:
        return [Para(ITEM if lead else BODY_TEXT, tuple(first) + (".",))]
    if total.rated:
        verb = "được đánh giá, xếp loại" if table.subject == S.DANG_VIEN else "đã đánh giá, xếp loại chất lượng"
        reach = fmt_pct(figures.percent(total.rated, total.total, s.decimals), s.decimals)
        first.append(f"; trong đó, {_count(total.rated, s)} {noun} {verb} (đạt {reach})")
        printed.put(key(table.subject, total.unit, RATED), so=total.rated, ty_le=reach)
        clause = not_rated_clause(table, total, s, printed)
        if clause:
            first.append("; ")
            first.extend(clause)
        first.append(".")
        blocks: list[Block] = [Para(ITEM if lead else BODY_TEXT, tuple(first))]
        blocks.append(Para(BODY_TEXT, tuple(results_sentence(report, table, total, s, annex, printed))))
    else:
        first.append("; hiện đang thực hiện quy trình đánh giá, xếp loại (sau khi hoàn thành sẽ báo cáo bổ sung)"
                     + annex_pointer(annex) + ".")
        blocks = [Para(ITEM if lead else BODY_TEXT, tuple(first))]
    # Unit notes (Ghi chú) of these subjects go with their annex rows, where the unit is named.
    return blocks


def body_item(unit: UnitRating, subject: str, s: Settings, resolver: Resolver) -> list[Inline]:
    """One rating body of the leadership subjects: '+ Ban thường vụ … đánh giá, xếp loại 377
    tập thể lãnh đạo, quản lý. Trong đó: hoàn thành xuất sắc nhiệm vụ 81 tập thể (chiếm 21,49%); …'"""
    noun = NOUN[subject]
    what = "tập thể lãnh đạo, quản lý" if subject == S.TAP_THE else "đồng chí"
    if not unit.total:
        return [f"{unit.unit}: không có {what} thuộc diện đánh giá, xếp loại."]
    out: list[Inline] = [f"{unit.unit} đánh giá, xếp loại {_count(unit.total, s)} {what}"]
    if unit.note:
        out.append(Note(resolver.plain(unit.note)))
    rated = unit.rated
    listing = []
    if rated:
        shares = figures.shares(unit.counts, s.decimals, s.round_to_100)
        for i, code in enumerate(S.CATEGORIES):
            if unit.counts[i]:
                listing.append(f"{S.CATEGORY_NAMES[code]} {_count(unit.counts[i], s)} {noun} "
                               f"(chiếm {fmt_pct(shares[i], s.decimals)})")
    pending_text = ""
    if unit.pending:
        in_process = any(w in unit.pending_reason.lower() for w in PROCESS_WORDS) or not unit.pending_reason
        if in_process:
            pending_text = "hiện đang thực hiện quy trình đánh giá, xếp loại"
            if rated:
                pending_text += f" {_count(unit.pending, s)} {noun}"
            pending_text += " (sau khi hoàn thành sẽ báo cáo bổ sung)"
        else:
            pending_text = f"{_count(unit.pending, s)} {noun} chưa đánh giá, xếp loại ({unit.pending_reason})"
    exempt_text = f"{_count(unit.exempt, s)} {noun} được miễn đánh giá" if unit.exempt else ""
    if rated and (unit.pending or unit.exempt):
        out.append(f". Trong đó, đã đánh giá, xếp loại {_count(rated, s)} {noun}: " + "; ".join(listing))
        out.append("; " + "; ".join(t for t in (exempt_text, pending_text) if t) + ".")
    elif rated:
        out.append(". Trong đó: " + "; ".join(listing) + ".")
    else:
        out.append("; " + "; ".join(t for t in (exempt_text, pending_text) if t) + ".")
    return out


def leadership_section(table: RatingTable, s: Settings, annex: int | None, resolver: Resolver,
                       year: int) -> list[Block]:
    total = table.total()
    if table.subject == S.TAP_THE:
        lead = f"Năm {year}, có {_count(total.total, s)} tập thể lãnh đạo, quản lý các cấp thực hiện đánh giá, xếp loại"
    else:
        lead = f"Tổng số cá nhân cán bộ lãnh đạo, quản lý các cấp thực hiện đánh giá, xếp loại là {_count(total.total, s)} đồng chí"
    if total.rated and total.rated != total.total:
        reach = fmt_pct(figures.percent(total.rated, total.total, s.decimals), s.decimals)
        lead += f"; trong đó, đã đánh giá, xếp loại {_count(total.rated, s)} {NOUN[table.subject]} (đạt {reach})"
        resolver.printed.put(key(table.subject, total.unit, RATED), so=total.rated, ty_le=reach)
    blocks: list[Block] = [para(BODY_TEXT, lead + ", cụ thể:")]
    levels = [lv for lv in S.LEVELS if any(u.level == lv for u in table.rows)]
    if table.subject == S.TAP_THE and levels:
        groups = [(lv, [u for u in table.rows if u.level == lv]) for lv in levels]
        rest = [u for u in table.rows if u.level not in levels]
        if rest:
            groups.append(("", rest))
        for level, units in groups:
            content: list[Inline] = [f"+ {level}: " if level else "+ "]
            for i, u in enumerate(units):
                if i:
                    content.append(" ")
                content.extend(body_item(u, table.subject, s, resolver))
            blocks.append(Para(ITEM, tuple(content)))
    else:
        for u in table.rows:
            blocks.append(Para(ITEM, ("+ ", *body_item(u, table.subject, s, resolver))))
    if annex:
        blocks.append(para(BODY_TEXT, f"Kết quả chi tiết có biểu số {annex} kèm theo."))
    return blocks


def discipline_section(report: Report, s: Settings, annex: int | None) -> list[Block]:
    """'Năm 2020, toàn Đảng bộ tỉnh đã thi hành kỷ luật 29 tổ chức đảng (khiển trách: 26, …) và
    1.090 đảng viên (…) (có biểu số 6 kèm theo).'"""
    if not report.discipline:
        return []
    year = report.info.year
    if not discipline.has_cases(report.discipline):
        return [para(BODY_TEXT, f"Năm {year}, toàn {s.scope} không có tổ chức đảng, đảng viên nào bị thi hành "
                                 f"kỷ luật{annex_pointer(annex)}.")]
    return [para(BODY_TEXT, f"Năm {year}, toàn {s.scope} đã thi hành kỷ luật "
                             f"{discipline.phrase(report.discipline, s.zero_pad)}{annex_pointer(annex)}.")]


# ---- annexes -------------------------------------------------------------------

ANNEX_WIDTHS = (700, 3400, 1000, 1100, 850, 900, 850, 900, 850, 900, 850, 900, 1100)


def annex_table(table: RatingTable, s: Settings, resolver: Resolver, notes_in_rows: bool) -> Table:
    def text(value: str, style: str = TABLE_NUMBER) -> Cell:
        return Cell((value,), style)

    head = TABLE_HEADING
    top = Row((Cell(("STT",), head, merge="restart"), Cell(("Đơn vị",), head, merge="restart"),
               Cell(("Tổng số",), head, merge="restart"), Cell(("Số được xếp loại",), head, merge="restart"),
               *(Cell((S.CATEGORY_NAMES[c].capitalize(),), head, span=2) for c in S.CATEGORIES),
               Cell(("Miễn, chưa đánh giá",), head, merge="restart")), header=True)
    sub = Row((Cell((), head, merge="continue"), Cell((), head, merge="continue"), Cell((), head, merge="continue"),
               Cell((), head, merge="continue"),
               *(c for _ in S.CATEGORIES for c in (Cell(("Số lượng",), head), Cell(("Tỷ lệ %",), head))),
               Cell((), head, merge="continue")), header=True)
    numbers = Row(tuple(Cell((f"({i})",), head) for i in range(1, 14)), header=True)

    def unit_row(index: str, u: UnitRating, total: bool) -> Row:
        shares = figures.shares(u.counts, s.decimals, s.round_to_100)
        name: tuple[Inline, ...] = (u.unit,)
        if u.note and notes_in_rows and not total:
            name = (u.unit, Note(resolver.plain(u.note)))
        style_text, style_num = (TABLE_TOTAL, TABLE_TOTAL_NUMBER) if total else (TABLE_TEXT, TABLE_NUMBER)
        cells = [Cell((index,), TABLE_CENTRE if not total else style_text), Cell(name, style_text),
                 text(fmt_int(u.total), style_num), text(fmt_int(u.rated), style_num)]
        printed.put(key(table.subject, u.unit, "Tổng số"), so=u.total)
        printed.put(key(table.subject, u.unit, RATED), so=u.rated)
        for i, code in enumerate(S.CATEGORIES):
            cells.append(text(fmt_int(u.counts[i]), style_num))
            cells.append(text(fmt_cell_pct(shares[i], s.decimals), style_num))
            printed.put(key(table.subject, u.unit, code), so=u.counts[i],
                        ty_le=None if shares[i] is None else fmt_pct(shares[i], s.decimals))
        cells.append(text(fmt_int(u.not_rated), style_num))
        printed.put(key(table.subject, u.unit, NOT_RATED), so=u.not_rated)
        return Row(tuple(cells))

    printed = resolver.printed

    rows = [top, sub, numbers]
    rows += [unit_row(str(i), u, False) for i, u in enumerate(table.rows, start=1)]
    rows.append(unit_row("", table.total(S.TOTAL), True))
    return Table(ANNEX_WIDTHS, tuple(rows))


def annex_blocks(report: Report, s: Settings, resolver: Resolver, numbers: dict[str, int]) -> list[Block]:
    info = report.info
    out: list[Block] = [LandscapeStart()]
    for subject, n in numbers.items():
        if subject == DISCIPLINE:
            out += annex_head(report, n, f"{discipline.TITLE} NĂM {info.year}")
            out.append(discipline.table(report.discipline, resolver.printed))
            continue
        table = report.rating(subject)
        out += annex_head(report, n, f"KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG {ANNEX_SUBJECT[subject].upper()} "
                                     f"NĂM {info.year}")
        out.append(annex_table(table, s, resolver, notes_in_rows=subject not in S.LEADERSHIP))
    return out


# ---- the document ----------------------------------------------------------------

def opening(report: Report, resolver: Resolver) -> tuple[Inline, ...]:
    info = report.info
    subject = info.subject.rstrip(". ")
    if info.basis:
        return ("Thực hiện ", *resolver.inlines(info.basis), f", {issuing_body(report)} báo cáo {subject} như sau:")
    return (f"{issuing_body(report)} báo cáo {subject} như sau:",)


def compose(report: Report, resolver: Resolver) -> tuple[list[Block], list[Block]]:
    """(body blocks, annex blocks) of the standard report."""
    s = settings_for(report)
    info = report.info
    present = [t.subject for t in report.ratings if t.rows]
    if report.discipline:
        present.append(DISCIPLINE)
    numbers = {subject: i for i, subject in enumerate(present, start=1)}

    def narrative(section: str) -> list[Block]:
        return [resolver.paragraph(t) for t in report.paragraphs(section)]

    review = narrative("Kiểm điểm")
    tap_the, can_bo = report.rating(S.TAP_THE), report.rating(S.CAN_BO)
    if review and (tap_the or can_bo):
        counts = []
        if tap_the:
            counts.append(f"{_count(tap_the.total().total, s)} tập thể lãnh đạo, quản lý")
        if can_bo:
            counts.append(f"{_count(can_bo.total().total, s)} cán bộ lãnh đạo, quản lý")
        review.append(para(BODY_TEXT, f"Năm {info.year}, toàn {s.scope} có {join_items(counts)} các cấp "
                                       "tiến hành kiểm điểm tự phê bình và phê bình."))

    organisations = []
    for subject in (S.TCCSD, S.CHI_BO):
        table = report.rating(subject)
        if table and table.rows:
            organisations += organisation_paragraph(report, table, s, numbers.get(subject), resolver)
    members = report.rating(S.DANG_VIEN)
    leadership = {t.subject: leadership_section(t, s, numbers.get(t.subject), resolver, info.year)
                  for t in (tap_the, can_bo) if t and t.rows}

    outline = [
        Section("Tình hình triển khai và kết quả thực hiện", children=[
            Section("Tình hình triển khai", narrative("Tình hình triển khai")),
            Section("Kết quả thực hiện", children=[
                Section("Kết quả kiểm điểm tự phê bình và phê bình", review),
                Section("Kết quả xếp loại chất lượng", children=[
                    Section("Đối với tổ chức đảng", organisations),
                    Section("Đối với đảng viên",
                            organisation_paragraph(report, members, s, numbers.get(S.DANG_VIEN), resolver)
                            if members and members.rows else []),
                    Section("Đối với tập thể lãnh đạo, quản lý các cấp", leadership.get(S.TAP_THE, [])),
                    Section("Đối với cá nhân cán bộ lãnh đạo, quản lý các cấp", leadership.get(S.CAN_BO, [])),
                ]),
                Section("Kết quả thi hành kỷ luật đảng", discipline_section(report, s, numbers.get(DISCIPLINE))),
            ]),
        ]),
        Section("Đánh giá chung", children=[
            Section("Ưu điểm", narrative("Ưu điểm")),
            Section("Hạn chế, yếu kém", narrative("Hạn chế")),
            Section("Nguyên nhân của hạn chế, yếu kém", narrative("Nguyên nhân")),
        ]),
        Section("Nhiệm vụ trong thời gian tới và đề xuất, kiến nghị", children=[
            Section("Nhiệm vụ trong thời gian tới", narrative("Nhiệm vụ")),
            Section("Đề xuất, kiến nghị", narrative("Kiến nghị")),
        ]),
    ]
    body = number_outline(outline)
    annexes = annex_blocks(report, s, resolver, numbers) if numbers else []
    return body, annexes
