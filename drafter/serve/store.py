"""Everything the desk keeps, in one folder (`--thu-muc`):

    drafter.sqlite3   the history: workbooks uploaded, reports and annexes made
    tep/ab/abcd….xlsx the files themselves, named by the sha256 of their bytes
    tam/              uploads being received and checked
    nhat-ky.log       technical details of unexpected errors (never shown on a page)

Files are content-addressed: the same bytes are stored once, and a name typed by
a user (the original file name) is only ever a column in the database, never part
of a path. The database is stdlib sqlite3 in WAL mode, so pages can read while an
upload writes; each call opens its own short connection (threads of the server
never share one).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

# The only suffixes a stored file can have: the name of a stored file is never taken from a user.
SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods", ".docx", ".pdf", ".png", ".json")

SCHEMA = """
CREATE TABLE IF NOT EXISTS so_lieu (
    id INTEGER PRIMARY KEY,
    sha TEXT NOT NULL,
    duoi TEXT NOT NULL,
    ten TEXT NOT NULL,                -- the file name as the user had it: data only
    kich_thuoc INTEGER NOT NULL,
    luc TEXT NOT NULL,
    doc_duoc INTEGER NOT NULL,        -- 0: not a workbook drafter can read
    so_ky_hieu TEXT NOT NULL DEFAULT '',
    nam INTEGER,
    trich_yeu TEXT NOT NULL DEFAULT '',
    loi INTEGER NOT NULL,
    canh_bao INTEGER NOT NULL,
    van_de TEXT NOT NULL              -- JSON: [[muc, sheet, o, thong_diep], …]
);
CREATE INDEX IF NOT EXISTS so_lieu_bao_cao ON so_lieu (so_ky_hieu, nam);
CREATE TABLE IF NOT EXISTS tai_lieu (
    id INTEGER PRIMARY KEY,
    loai TEXT NOT NULL,               -- 'bao_cao' or 'so_sanh'
    so_lieu_id INTEGER REFERENCES so_lieu (id),
    nguon TEXT NOT NULL DEFAULT '[]', -- JSON: the so_lieu ids a comparison was made from
    so_ky_hieu TEXT NOT NULL DEFAULT '',
    nam INTEGER,
    ten TEXT NOT NULL,                -- the download name, made by drafter from the report's data
    docx TEXT NOT NULL,
    ban_ghi TEXT,                     -- the build's record (X.json)
    danh_dau TEXT,                    -- the tracked-changes copy
    truoc_id INTEGER REFERENCES tai_lieu (id),
    thay_doi TEXT NOT NULL DEFAULT '[]',  -- JSON: the lines `drafter build` printed
    pdf TEXT,
    trang TEXT,                       -- JSON: the page images, in order
    luc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tai_lieu_bao_cao ON tai_lieu (loai, so_ky_hieu, nam);
"""


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


@dataclass(frozen=True)
class Store:
    root: Path

    @property
    def database(self) -> Path:
        return self.root / "drafter.sqlite3"

    @property
    def log(self) -> Path:
        return self.root / "nhat-ky.log"

    @property
    def incoming(self) -> Path:
        return self.root / "tam"

    @contextlib.contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in autocommit mode, closed on leaving (each statement here is one change)."""
        db = sqlite3.connect(self.database, timeout=30, isolation_level=None)
        try:
            db.row_factory = sqlite3.Row
            yield db
        finally:
            db.close()

    def path(self, sha: str, suffix: str) -> Path:
        if suffix not in SUFFIXES or len(sha) != 64 or not all(c in "0123456789abcdef" for c in sha):
            raise ValueError("not a stored file")
        return self.root / "tep" / sha[:2] / f"{sha}{suffix}"

    def put(self, data: bytes, suffix: str) -> str:
        sha = hashlib.sha256(data).hexdigest()
        target = self.path(sha, suffix)
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)        # two uploads of the same bytes both end with one whole file
        return sha

    def put_file(self, source: Path, suffix: str) -> str:
        """Move a received upload into the store (the file at `source` is gone afterwards)."""
        digest = hashlib.sha256()
        with source.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        sha = digest.hexdigest()
        target = self.path(sha, suffix)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)
        return sha

    def read(self, sha: str, suffix: str) -> bytes:
        return self.path(sha, suffix).read_bytes()


def open_store(root: Path) -> Store:
    """Create the folder and the database when needed; WAL so readers never wait for a writer."""
    store = Store(Path(root))
    store.root.mkdir(parents=True, exist_ok=True)
    store.incoming.mkdir(exist_ok=True)
    (store.root / "tep").mkdir(exist_ok=True)
    with store.connect() as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.executescript(SCHEMA)
    return store


# ---- the history ---------------------------------------------------------------------------

def add_workbook(store: Store, sha: str, suffix: str, name: str, size: int, readable: bool, number: str,
                 year: int | None, subject: str, problems: list[list[str]]) -> int:
    errors = sum(1 for p in problems if p[0] == "lỗi")
    with store.connect() as db:
        cur = db.execute(
            "INSERT INTO so_lieu (sha, duoi, ten, kich_thuoc, luc, doc_duoc, so_ky_hieu, nam, trich_yeu, loi,"
            " canh_bao, van_de) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (sha, suffix, name, size, now(), int(readable), number, year, subject, errors,
             len(problems) - errors, json.dumps(problems, ensure_ascii=False)))
        return cur.lastrowid


def workbook(store: Store, workbook_id: int) -> sqlite3.Row | None:
    with store.connect() as db:
        return db.execute("SELECT * FROM so_lieu WHERE id = ?", (workbook_id,)).fetchone()


def recent_workbooks(store: Store, limit: int = 20) -> list[sqlite3.Row]:
    """The latest uploads, each with the id of its latest report (if any)."""
    with store.connect() as db:
        return db.execute(
            "SELECT s.*, (SELECT max(t.id) FROM tai_lieu t WHERE t.so_lieu_id = s.id) AS bao_cao_id"
            " FROM so_lieu s ORDER BY s.id DESC LIMIT ?", (limit,)).fetchall()


def valid_workbooks(store: Store) -> list[sqlite3.Row]:
    """For the comparison: the latest valid upload of each report (Số ký hiệu, year), newest year first."""
    with store.connect() as db:
        return db.execute(
            "SELECT * FROM so_lieu WHERE id IN (SELECT max(id) FROM so_lieu WHERE doc_duoc = 1 AND loi = 0"
            " AND nam IS NOT NULL GROUP BY so_ky_hieu, nam) ORDER BY nam DESC, id DESC").fetchall()


def add_document(store: Store, kind: str, name: str, docx: str, *, workbook_id: int | None = None,
                 sources: list[int] = (), number: str = "", year: int | None = None, record: str | None = None,
                 tracked: str | None = None, previous_id: int | None = None, lines: list[str] = ()) -> int:
    with store.connect() as db:
        cur = db.execute(
            "INSERT INTO tai_lieu (loai, so_lieu_id, nguon, so_ky_hieu, nam, ten, docx, ban_ghi, danh_dau,"
            " truoc_id, thay_doi, luc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (kind, workbook_id, json.dumps(list(sources)), number, year, name, docx, record, tracked,
             previous_id, json.dumps(list(lines), ensure_ascii=False), now()))
        return cur.lastrowid


def document(store: Store, document_id: int) -> sqlite3.Row | None:
    with store.connect() as db:
        return db.execute("SELECT * FROM tai_lieu WHERE id = ?", (document_id,)).fetchone()


def latest_report(store: Store, number: str, year: int) -> sqlite3.Row | None:
    """The last report built for this Số ký hiệu and year: a new build is a rebuild over it."""
    with store.connect() as db:
        return db.execute("SELECT * FROM tai_lieu WHERE loai = 'bao_cao' AND so_ky_hieu = ? AND nam = ?"
                          " ORDER BY id DESC LIMIT 1", (number, year)).fetchone()


def set_pdf(store: Store, document_id: int, pdf: str, pages: list[str] | None) -> None:
    with store.connect() as db:
        db.execute("UPDATE tai_lieu SET pdf = ?, trang = ? WHERE id = ?",
                   (pdf, None if pages is None else json.dumps(pages), document_id))
