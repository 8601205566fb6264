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
import json
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import messages as M
from .compose.common import comparison_year
from .compose.printed import SEP, Ledger
from .errors import RecordError, RevisionError
from .files import base_path, kept_tracked_path, record_path, tracked_path
from .model import Report
from .render import readback
from .render.revisions import trimmed_opcodes
from .render.tracked import track
from .wording import fmt_int

FORMAT = 1
# How many lines of each list the change report prints before summing up the rest.
MAX_FIGURES = 40
MAX_SENTENCES = 20


# ---- the record on disk ------------------------------------------------------------------

def make(report: Report, printed: Ledger, paragraphs: list[dict], source: Path) -> dict:
    """The record: every figure as the ledger holds it, and every printed paragraph."""
    info = report.info
    return {
        "dinh_dang": FORMAT,
        "nguon": source.name,
        "so_ky_hieu": info.number,
        "nam_danh_gia": info.year,
        "nam_so_sanh": comparison_year(report),
        "so_lieu": printed.figures,
        "doan_van": paragraphs,
    }


def dumps(record: dict) -> bytes:
    """Sorted, UTF-8 JSON with one figure or paragraph a line (easy to read and to diff).
    Written by hand around json's C encoder: with `indent` json falls back to its
    pure-Python encoder, which costs a tenth of a batch."""
    def one(value) -> str:
        return _string(value) if type(value) is str else "".join(_encode(value, 0))

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


# json.dumps(…, ensure_ascii=False, sort_keys=True) made once and kept: json.dumps makes a new
# encoder for each call, and a record of 10,000 units has 760,000 values.
_string = json.encoder.encode_basestring
if json.encoder.c_make_encoder is not None:
    _encode = json.encoder.c_make_encoder(None, json.JSONEncoder().default, _string, None, ": ", ", ",
                                          True, False, True)
else:
    def _encode(value, _level):
        return [json.dumps(value, ensure_ascii=False, sort_keys=True)]


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
        # The other printed forms (the phrases of the general reports, the series, the annexes).
        for field in dict.fromkeys([*o, *n]):
            if field not in _NAMED and o.get(field) != n.get(field):
                parts.append(M.CHANGE_OTHER.format(field=field, old=o.get(field) or "—", new=n.get(field) or "—"))
        return f"{self.key}: " + "; ".join(parts)


# Fields the change list words by name; any other field is listed as "field: old → new".
_NAMED = {"so", "gia_tri", "ty_le", "ky_truoc", "chi_tieu", "thay_doi", "so_voi_nam"}


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
    for tag, i1, i2, j1, j2 in trimmed_opcodes(a, b):
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
    # A paragraph listing a thousand units is mostly common beginning and end: set aside first.
    for tag, i1, i2, j1, j2 in trimmed_opcodes(a, b):
        if tag == "replace" and i2 - i1 == j2 - j1:
            out += list(zip(a[i1:i2], b[j1:j2]))
        elif tag != "equal":
            out.append((" ".join(a[i1:i2]), " ".join(b[j1:j2])))
    return out


def describe(old: dict | None, new: dict, old_paragraphs: list[dict] | None) -> list[str]:
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
    """What a build found at its output before writing: the old record and document, and
    the text of the old document when the record cannot be trusted for it."""
    record: dict | None
    docx: bytes | None
    problem: str = ""
    paragraphs: list[dict] | None = None


def remember(output: Path) -> Previous:
    """Read the previous X.json and X.docx, before the build overwrites them.

    The record is trusted only when it describes the document beside it: a record whose
    printed paragraphs differ from the text of X.docx belongs to another build (X.docx was
    edited or replaced, or a build older than the transaction was interrupted between the
    two files). Then the change list takes the old text from X.docx itself (readback) and
    does not compare figures, which only a matching record knows, and says so."""
    problem = ""
    try:
        record = load(record_path(output))
    except RecordError:
        record, problem = None, M.PREVIOUS_RECORD_UNREADABLE.format(path=record_path(output))
    try:
        docx = output.read_bytes() if output.is_file() else None
    except OSError:
        docx = None
    paragraphs = None
    # A build renames X.docx before X.json, so a pair it wrote has the record no older than
    # the report; only a report changed since (edited, replaced, or an interrupted build of an
    # older drafter) needs its text read to compare (reading it costs a rebuild a fifth).
    if docx is not None and (record is None or _newer(output, record_path(output))):
        try:
            paragraphs = readback.read(docx)
        except (zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):  # not a report: figures only
            paragraphs = None
        if record is not None and paragraphs is not None and _texts(record.get("doan_van")) != _texts(paragraphs) \
                and not _describes_base(record, output):
            record, problem = None, M.RECORD_DOES_NOT_MATCH.format(path=output, record=record_path(output))
    return Previous(record, docx, problem, paragraphs)


def _describes_base(record: dict, output: Path) -> bool:
    """The record matches drafter's own last output (.X.ban-goc.docx): X.docx differs only by
    an officer's edits, which the rebuild merges, so the record still holds for the figures."""
    base = base_path(output)
    try:
        return base.is_file() and _texts(record.get("doan_van")) == _texts(readback.read(base.read_bytes()))
    except (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return False


def _newer(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_mtime_ns > b.stat().st_mtime_ns
    except OSError:
        return True


def _texts(paragraphs) -> list[str] | None:
    if not isinstance(paragraphs, list):
        return None
    return [p.get("van_ban") if isinstance(p, dict) else None for p in paragraphs]


@dataclass
class Prepared:
    """What a build adds to its outputs besides X.docx, and what it tells the user once
    they are written."""
    files: list[tuple[Path, bytes]]       # the kept tracked copy, X.thay-doi.docx, then X.json
    lines: list[str]


def prepare(previous: Previous, report: Report, docx: bytes, paragraphs: list[dict], printed: Ledger,
            output: Path, source: Path, today: dt.date | None = None) -> Prepared:
    """X.json; over a previous build, the change list and the tracked-changes copy (the
    previous tracked copy, if another, is kept as X.thay-doi.N.docx). Nothing is written
    here: the use case commits the files together."""
    record = make(report, printed, paragraphs, source)
    files: list[tuple[Path, bytes]] = []
    lines: list[str] = []
    if previous.problem:
        lines.append(previous.problem)
    if previous.record is not None or previous.docx is not None:
        old_paragraphs = previous.record.get("doan_van") if previous.record is not None else None
        if old_paragraphs is None:
            old_paragraphs = previous.paragraphs
        tracked = None
        marks = 0
        if previous.docx is not None:
            try:
                data, marks = track(previous.docx, docx, today or dt.date.today())
            except RevisionError:
                lines.append(M.PREVIOUS_DOCX_UNREADABLE.format(path=output))
            else:
                tracked = tracked_path(output)
                old = _read(tracked)
                if old is not None and old != data:
                    # The reviewer may have written in it: keep it under a number of its own.
                    kept = kept_tracked_path(output)
                    files.append((kept, old))
                    lines.append(M.TRACKED_KEPT.format(path=tracked, kept=kept))
                files.append((tracked, data))
        lines += describe(previous.record, record, old_paragraphs)
        if tracked is not None:
            lines.append(M.TRACKED_BUILT.format(path=tracked, count=marks) if marks
                         else M.TRACKED_NONE.format(path=tracked))
    files.append((record_path(output), dumps(record)))    # last: the commit mark
    return Prepared(files, lines)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes() if path.is_file() else None
    except OSError:
        return None
