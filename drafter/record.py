"""The record of a build, and what changed since the previous one.

Every build writes, beside `X.docx`, `X.json`: every figure the report printed,
keyed by what it counts (`"Tổ chức cơ sở đảng · Tổng cộng · HTXSNV"` →
`{"so": 114, "ty_le": "17,30%", "so_voi_nam": 2019, "thay_doi": "giảm 1,29%"}`),
so that two builds can be matched figure by figure, and the printed paragraphs
(placed by outline position and heading), so that the sentences a correction
moves can be listed. The JSON is sorted and deterministic: the same workbook
gives the same bytes.

Building again over an existing output compares the new record with the old one
(the change list, printed in Vietnamese) and the new document with the old one
(`X.thay-doi.docx`, the corrections as Word tracked changes). Both old files are
read before anything is overwritten.
"""
from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable

from . import figures
from . import messages as M
from .model import Report, UnitRating
from .render.revisions import BR, P, T, TAB
from .wording import change_phrase, fmt_int, fmt_pct
from .workbook import schema as S

FORMAT = 1
SEP = " · "
TOTAL = "Tổng cộng"
# How many lines of each list the change report prints before summing up the rest.
MAX_FIGURES = 40
MAX_SENTENCES = 20


def record_path(output: Path) -> Path:
    return output.with_suffix(".json")


def tracked_path(output: Path) -> Path:
    return output.with_name(f"{output.stem}.thay-doi.docx")


# ---- the figures -----------------------------------------------------------------------

def _pct(value: Decimal | None, decimals: int) -> str | None:
    return None if value is None else fmt_pct(value, decimals)


def _entry(count: int, share: Decimal | None, decimals: int) -> dict:
    out: dict = {"so": count}
    text = _pct(share, decimals)
    if text is not None:
        out["ty_le"] = text
    return out


def unit_figures(subject: str, unit: UnitRating, decimals: int, round_to_100: bool, total: bool = False,
                 before: list[Decimal] | None = None, year: int | None = None) -> dict[str, dict]:
    """The figures of one row of a rating sheet (or of its total), as printed: the
    annex prints counts and the shares of the four categories; the text adds, for
    a total, the share rated ("đạt …") and, for the organisations and members, the
    share not rated ("chiếm …")."""
    key = f"{subject}{SEP}{unit.unit}{SEP}"
    reach = figures.percent(unit.rated, unit.total, decimals) if total else None
    if subject in S.LEADERSHIP and unit.rated == unit.total:
        reach = None
    missing = figures.percent(unit.not_rated, unit.total, decimals) if total and subject not in S.LEADERSHIP \
        and unit.not_rated else None
    out = {
        key + "Tổng số": {"so": unit.total},
        key + "Đã xếp loại": _entry(unit.rated, reach, decimals),
        key + "Miễn, chưa đánh giá": _entry(unit.not_rated, missing, decimals),
    }
    if total and (unit.dang_bo_co_so is not None or unit.chi_bo_co_so is not None):
        out[key + S.DANG_BO_CO_SO] = {"so": unit.dang_bo_co_so or 0}
        out[key + S.CHI_BO_CO_SO] = {"so": unit.chi_bo_co_so or 0}
    shares = figures.shares(unit.counts, decimals, round_to_100)
    for i, code in enumerate(S.CATEGORIES):
        entry = _entry(unit.counts[i], shares[i], decimals)
        if before is not None and shares[i] is not None and year is not None:
            against = f"năm {year}"
            entry["so_voi_nam"] = year
            entry["thay_doi"] = change_phrase(shares[i] - before[i], decimals, against).removesuffix(
                f" so với {against}")
        out[key + code] = entry
    return out


def report_figures(report: Report, general: bool = False) -> dict[str, dict]:
    """Every figure the report prints, in the order it prints them (the general
    report prints no rating table, only the indicators its text names)."""
    from . import standard
    from .narrative import indicator_text

    s = standard.settings_for(report)
    out: dict[str, dict] = {}
    for table in () if general else report.ratings:
        if not table.rows:
            continue
        total = table.total(TOTAL)
        before = standard.previous_shares(report, table.subject, s.compare_year, s)
        out.update(unit_figures(table.subject, total, s.decimals, s.round_to_100, True, before,
                                 s.compare_year))
        if table.subject == S.DANG_VIEN and total.httnv:
            out[f"{table.subject}{SEP}{TOTAL}{SEP}HTXSNV/HTTNV"] = {
                "ty_le": fmt_pct(figures.percent(total.htxsnv, total.httnv, s.decimals), s.decimals)}
        for unit in table.rows:
            out.update(unit_figures(table.subject, unit, s.decimals, s.round_to_100))
    out.update(discipline_figures(report))
    indicators = {i.key: i for i in report.indicators}
    names = {"": "gia_tri", "tyle": "ty_le", "kytruoc": "ky_truoc", "chitieu": "chi_tieu"}
    for key, attribute in _referenced_figures(report):
        if key in indicators:
            value = indicator_text(indicators[key], attribute, s.decimals, s.zero_pad)
            out.setdefault(f"{S.SO_LIEU}{SEP}{key}", {})[names[attribute]] = value
    return out


def discipline_figures(report: Report) -> dict[str, dict]:
    """`Kỷ luật`: the annex prints every unit's counts and the total, per penalty."""
    from . import discipline

    out: dict[str, dict] = {}
    if not report.discipline:
        return out
    for row in (discipline.total(report.discipline, TOTAL), *report.discipline):
        key = f"{S.KY_LUAT}{SEP}{row.unit}{SEP}"
        for side, counts, penalties in (("Tổ chức đảng", row.organisations, S.ORG_PENALTIES),
                                        ("Đảng viên", row.members, S.MEMBER_PENALTIES)):
            out[f"{key}{side} - Tổng số"] = {"so": sum(counts)}
            for penalty, count in zip(penalties, counts):
                out[f"{key}{side} - {penalty}"] = {"so": count}
    return out


def _referenced_figures(report: Report) -> list[tuple[str, str]]:
    """The indicators ({ma}, {ma.tyle} …) that some text of the report prints."""
    from . import markup

    texts = [report.info.basis, report.info.subject, *(p.text for p in report.narrative),
             *(text for _, text in report.notes), *(u.note for t in report.ratings for u in t.rows)]
    found: dict[tuple[str, str], None] = {}
    for text in texts:
        try:
            segments = markup.parse(text or "")
        except markup.MarkupError:
            continue
        for seg in segments:
            if isinstance(seg, markup.Figure):
                found[(seg.key, seg.attribute)] = None
    return list(found)


# ---- the paragraphs ----------------------------------------------------------------------

HEADINGS = {"Heading1": 1, "Heading2": 2, "Heading3": 3, "Heading4": 4, "AnnexNumber": 1}


def _clean(text: str) -> str:
    from .render.revisions import MARK_CHAR, OTHER_CHAR, REF_CHAR

    for ch in (REF_CHAR, MARK_CHAR, OTHER_CHAR):
        text = text.replace(ch, "")
    return " ".join(text.split())


def _text(el) -> str:
    """The text of a table cell or a note: its paragraphs' text, one space between them
    (a thousand cells a report: this is the fast way through them)."""
    return " ".join(" ".join("".join(t.text or "" if t.tag == T else " " for t in p.iter(T, TAB, BR))
                             for p in el.iter(P)).split())


def paragraphs(docx: bytes) -> list[dict]:
    """The printed paragraphs, table rows and footnotes, each with its place: the
    outline headings above it and its number under the last one."""
    import io
    import zipfile

    from lxml import etree

    from .render.revisions import DOCUMENT, FOOTNOTE, FOOTNOTES, TBL, TC, TR, _W, paragraph_text

    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        body = etree.fromstring(z.read(DOCUMENT)).find(f"{_W}body")
        notes = etree.fromstring(z.read(FOOTNOTES)) if FOOTNOTES in z.namelist() else None
    out: list[dict] = []
    path: list[str] = []
    counts: dict[str, int] = {}

    def place() -> str:
        if not path:
            return "Phần đầu"
        labels = [h.split(" ", 1)[0] for h in path[:-1]]
        return " › ".join([*labels, path[-1]])

    def add(kind: str, text: str) -> None:
        where = place()
        counts[where] = counts.get(where, 0) + 1
        word = "đoạn" if kind == "doan" else "dòng bảng"
        out.append({"loai": kind, "vi_tri": f"{where}{SEP}{word} {counts[where]}", "van_ban": text})

    for block in body:
        if block.tag == P:
            style = block.find(f"{_W}pPr/{_W}pStyle")
            level = HEADINGS.get(style.get(f"{_W}val") if style is not None else "")
            text = _clean(paragraph_text(block))
            if level and text:
                path[:] = path[:level - 1] + [text]
            elif text:
                add("doan", text)
        elif block.tag == TBL:
            if block.find(f"{_W}tblPr/{_W}tblStyle") is None:
                # The borderless tables are the header block and the signature with its recipients.
                path[:] = ["Phần đầu" if not path else "Chữ ký, nơi nhận"]
            for row in block.iter(TR):
                cells = [_text(tc) for tc in row.iterchildren(TC)]
                if any(cells):
                    add("bang", " | ".join(cells))
    if notes is not None:
        numbered = [n for n in notes if n.tag == FOOTNOTE and n.get(f"{_W}type") in (None, "normal")]
        for number, note in enumerate(numbered, start=1):
            text = _text(note)
            out.append({"loai": "chu_thich", "vi_tri": f"Chú thích {number}", "van_ban": text})
    return out


# ---- the record on disk ------------------------------------------------------------------

def make(report: Report, docx: bytes, source: Path, general: bool = False) -> dict:
    from . import standard

    info = report.info
    return {
        "dinh_dang": FORMAT,
        "nguon": source.name,
        "so_ky_hieu": info.number,
        "nam_danh_gia": info.year,
        "nam_so_sanh": standard.comparison_year(report),
        "so_lieu": report_figures(report, general),
        "doan_van": paragraphs(docx),
    }


def dumps(record: dict) -> bytes:
    """Sorted, UTF-8 JSON with one figure or paragraph a line (easy to read and to diff).
    Written by hand around json's C encoder: with `indent` json falls back to its
    pure-Python encoder, which costs a tenth of a batch."""
    def one(value) -> str:
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    lines = []
    for key in sorted(record):
        value = record[key]
        if isinstance(value, dict) and value:
            inner = [f"  {one(k)}: {one(value[k])}" for k in sorted(value)]
            lines.append(f" {one(key)}: {{\n" + ",\n".join(inner) + "\n }")
        elif isinstance(value, list) and value:
            lines.append(f" {one(key)}: [\n" + ",\n".join(f"  {one(v)}" for v in value) + "\n ]")
        else:
            lines.append(f" {one(key)}: {one(value)}")
    return ("{\n" + ",\n".join(lines) + "\n}\n").encode("utf-8")


class RecordError(Exception):
    """A previous record that cannot be read."""


def load(path: Path) -> dict | None:
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RecordError(str(exc)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("so_lieu"), dict):
        raise RecordError("not a drafter record")
    return data


# ---- the change list ---------------------------------------------------------------------

@dataclass(frozen=True)
class FigureChange:
    key: str
    old: dict | None
    new: dict | None

    def describe(self) -> str:
        if self.old is None:
            return M.FIGURE_NEW.format(key=self.key, value=_value(self.new))
        if self.new is None:
            return M.FIGURE_GONE.format(key=self.key, value=_value(self.old))
        parts = []
        o, n = self.old, self.new
        if o.get("so") != n.get("so"):
            parts.append(M.CHANGE_COUNT.format(old=_count(o.get("so")), new=_count(n.get("so"))))
        if o.get("gia_tri") != n.get("gia_tri"):
            parts.append(M.CHANGE_VALUE.format(old=o.get("gia_tri", "—"), new=n.get("gia_tri", "—")))
        for field, template in (("ty_le", M.CHANGE_SHARE), ("ky_truoc", M.CHANGE_PREVIOUS),
                                ("chi_tieu", M.CHANGE_TARGET)):
            if o.get(field) != n.get(field):
                parts.append(template.format(old=o.get(field) or "—", new=n.get(field) or "—"))
        if o.get("thay_doi") != n.get("thay_doi") or o.get("so_voi_nam") != n.get("so_voi_nam"):
            year = n.get("so_voi_nam") or o.get("so_voi_nam")
            parts.append(M.CHANGE_COMPARE.format(year=year, old=o.get("thay_doi") or "—",
                                                 new=n.get("thay_doi") or "—"))
        return f"{self.key}: " + "; ".join(parts)


def _count(value) -> str:
    return fmt_int(value) if isinstance(value, int) else "—"


def _value(entry: dict) -> str:
    if "so" in entry:
        return _count(entry["so"]) + (f", {entry['ty_le']}" if entry.get("ty_le") else "")
    return ", ".join(str(v) for v in entry.values())


@dataclass(frozen=True)
class TextChange:
    place: str
    kind: str                 # "doan", "bang", "chu_thich"
    old: str | None
    new: str | None


def figure_changes(old: dict, new: dict) -> list[FigureChange]:
    """In the order the new report prints them, then what it no longer prints."""
    before, after = old.get("so_lieu", {}), new.get("so_lieu", {})
    out = [FigureChange(k, before.get(k), v) for k, v in after.items() if before.get(k) != v]
    out += [FigureChange(k, v, None) for k, v in before.items() if k not in after]
    return out


def text_changes(old: list[dict], new: list[dict]) -> list[TextChange]:
    a, b = [p["van_ban"] for p in old], [p["van_ban"] for p in new]
    out: list[TextChange] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        olds, news = old[i1:i2], new[j1:j2]
        for k in range(max(len(olds), len(news))):
            o = olds[k] if k < len(olds) else None
            n = news[k] if k < len(news) else None
            ref = n or o
            out.append(TextChange(ref["vi_tri"], ref["loai"], o and o["van_ban"], n and n["van_ban"]))
    return out


_CLAUSE = re.compile(r"(?<=[;:.])\s+")


def clause_changes(old: str, new: str) -> list[tuple[str, str]]:
    """The clauses ('…; …; …') of a paragraph that differ, old and new."""
    a, b = _CLAUSE.split(old), _CLAUSE.split(new)
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            out += list(zip(a[i1:i2], b[j1:j2]))
        elif tag != "equal":
            out.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return out


def describe(old: dict | None, new: dict, old_paragraphs: list[dict] | None, tracked: Path | None) -> list[str]:
    """The change list, in Vietnamese, one line each."""
    lines: list[str] = []
    if old is None:
        if old_paragraphs is not None:
            lines.append(M.NO_PREVIOUS_RECORD)
        changes: list[FigureChange] = []
    else:
        changes = figure_changes(old, new)
        if changes:
            lines.append(M.CHANGES_HEAD)
            lines += [f"  {c.describe()}" for c in changes[:MAX_FIGURES]]
            if len(changes) > MAX_FIGURES:
                lines.append(M.MORE_CHANGES.format(count=len(changes) - MAX_FIGURES))
        else:
            lines.append(M.NO_CHANGES)
    texts = text_changes(old_paragraphs, new["doan_van"]) if old_paragraphs is not None else []
    if texts:
        lines.append(M.SENTENCES_HEAD)
        shown = 0
        rows: dict[str, int] = {}
        for t in texts:
            if t.kind == "bang":
                table = t.place.rsplit(SEP, 1)[0]
                rows[table] = rows.get(table, 0) + 1
                continue
            if shown >= MAX_SENTENCES:
                shown += 1
                continue
            shown += 1
            if t.old is None:
                lines.append(M.PARAGRAPH_ADDED.format(place=t.place, text=t.new))
            elif t.new is None:
                lines.append(M.PARAGRAPH_REMOVED.format(place=t.place, text=t.old))
            else:
                lines.append(M.PARAGRAPH_CHANGED.format(place=t.place))
                for before, after in clause_changes(t.old, t.new):
                    lines.append(M.SENTENCE_OLD.format(text=before or "—"))
                    lines.append(M.SENTENCE_NEW.format(text=after or "—"))
        if shown > MAX_SENTENCES:
            lines.append(M.MORE_CHANGES.format(count=shown - MAX_SENTENCES))
        lines += [M.TABLE_ROWS_CHANGED.format(place=place, count=count) for place, count in rows.items()]
    return lines


# ---- one build ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Previous:
    """What a build found at its output before writing: the old record and document."""
    record: dict | None
    docx: bytes | None
    problem: str = ""


def remember(output: Path) -> Previous:
    """Read the previous X.json and X.docx, before the build overwrites them."""
    problem = ""
    try:
        record = load(record_path(output))
    except RecordError:
        record, problem = None, M.PREVIOUS_RECORD_UNREADABLE.format(path=record_path(output))
    try:
        docx = output.read_bytes() if output.is_file() else None
    except OSError:
        docx = None
    return Previous(record, docx, problem)


def write(previous: Previous, report: Report, docx: bytes, output: Path, source: Path,
          write_atomic: Callable[[Path, bytes], None], say: Callable[[str], None],
          template: str | None = None, today: dt.date | None = None) -> Path | None:
    """Write X.json; over a previous build, print the change list and write the
    tracked-changes copy (returned)."""
    import zipfile

    from lxml import etree

    from .render.revisions import RevisionError, track

    record = make(report, docx, source, general=(template or report.info.template) == "tong-hop")
    write_atomic(record_path(output), dumps(record))
    if previous.record is None and previous.docx is None:
        return None
    if previous.problem:
        say(previous.problem)
    old_paragraphs = previous.record.get("doan_van") if previous.record is not None else None
    if old_paragraphs is None and previous.docx is not None:
        try:
            old_paragraphs = paragraphs(previous.docx)
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):  # not a report: figures only
            old_paragraphs = None
    tracked = None
    marks = 0
    if previous.docx is not None:
        try:
            data, marks = track(previous.docx, docx, today or dt.date.today())
        except RevisionError:
            say(M.PREVIOUS_DOCX_UNREADABLE.format(path=output))
        else:
            tracked = tracked_path(output)
            write_atomic(tracked, data)
    for line in describe(previous.record, record, old_paragraphs, tracked):
        say(line)
    if tracked is not None:
        say(M.TRACKED_BUILT.format(path=tracked, count=marks) if marks else M.TRACKED_NONE.format(path=tracked))
    return tracked
