"""The report desk: Starlette routes, server-rendered Vietnamese pages, and the HTTP API.

Pages: Trang chủ (upload, recent workbooks, blank workbook), Kiểm tra (every
problem by sheet, the sheet with its cells marked), Báo cáo (build, previews,
downloads, what changed since the last build), So sánh (the comparison annex).
Work that takes time (reading, validating, building, LibreOffice) runs in the
thread pool so the event loop keeps answering; builds take turns (one lock),
because a rebuild is decided against the report built before it.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import secrets
import tempfile
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import messages as M
from . import desk, guard, office, preview, store

HERE = Path(__file__).parent
log = logging.getLogger("drafter.serve")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CONTENT_TYPES = {".xlsx": XLSX, ".xlsm": "application/vnd.ms-excel.sheet.macroEnabled.12",
                 ".xls": "application/vnd.ms-excel", ".ods": "application/vnd.oasis.opendocument.spreadsheet"}


class Refusal(Exception):
    """A request answered with a Vietnamese sentence instead of what it asked for."""

    def __init__(self, status: int, message: str, title: str = "Không thực hiện được"):
        super().__init__(message)
        self.status, self.message, self.title = status, message, title


@dataclass
class Desk:
    """What the routes share: the store, LibreOffice, the limits and the secrets of this run."""
    store: store.Store
    host: str
    port: int
    limits: guard.Limits
    office: office.Office | None
    pages: Environment
    secret: bytes = field(default_factory=guard.new_secret)
    build_lock: threading.Lock = field(default_factory=threading.Lock)
    blank: bytes | None = None

    @property
    def origins(self) -> frozenset[str]:
        return frozenset(f"http://{h}" for h in guard.allowed_hosts(self.host, self.port))

    @property
    def url(self) -> str:
        return guard.origin_of(self.host, self.port) + "/"


def _when(value: str | None) -> str:
    """`2026-12-02T20:05:11` → `20:05 02/12/2026`."""
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return value
    return moment.strftime("%H:%M %d/%m/%Y")


def _size(value: int) -> str:
    return guard.size_text(value)


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["luc"] = _when
    env.filters["kich_thuoc"] = _size
    env.globals["M"] = M
    return env


# ---- rendering ---------------------------------------------------------------------------

def _desk(request: Request) -> Desk:
    return request.app.state.desk


def _session(request: Request) -> tuple[str, bool]:
    found = request.cookies.get(guard.SESSION_COOKIE)
    return (found, False) if found else (guard.new_session(), True)


def page(request: Request, name: str, status: int = 200, **values) -> HTMLResponse:
    d = _desk(request)
    session, new = _session(request)
    html = d.pages.get_template(name).render(
        request=request, csrf=guard.csrf_token(d.secret, session), folder=str(d.store.root), **values)
    response = HTMLResponse(html, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    if new:
        response.set_cookie(guard.SESSION_COOKIE, session, httponly=True, samesite="strict", path="/")
    return response


def download(data: bytes, name: str, media_type: str, fallback: str = "") -> Response:
    """An attachment; the user's name travels RFC 5987-encoded, an ASCII one beside it."""
    ascii_name = fallback or (name if name.isascii() else "tep" + Path(name).suffix)
    disposition = f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(name)}"
    return Response(data, media_type=media_type, headers={"Content-Disposition": disposition,
                                                          "Cache-Control": "no-store"})


# ---- guards ----------------------------------------------------------------------------

async def read_form(request: Request, api: bool = False):
    """The posted form, once its size, origin and CSRF token (forms) or API header (API) pass."""
    d = _desk(request)
    if not guard.origin_ok(request.headers.get("origin"), d.origins):
        raise Refusal(403, M.SERVE_CSRF, "Yêu cầu bị từ chối")
    if api and request.headers.get(guard.API_HEADER) != "1":
        raise Refusal(403, M.SERVE_API_HEADER, "Yêu cầu bị từ chối")
    if request.scope.get("state", {}).get("too_large"):
        raise Refusal(413, M.SERVE_TOO_LARGE.format(limit=guard.size_text(d.limits.upload)), "Tệp quá lớn")
    try:
        form = await request.form(max_files=1, max_fields=50)
    except guard.TooLarge:
        raise Refusal(413, M.SERVE_TOO_LARGE.format(limit=guard.size_text(d.limits.upload)), "Tệp quá lớn")
    except MultiPartException:
        raise Refusal(400, M.SERVE_BAD_UPLOAD)
    if not api and not guard.csrf_ok(d.secret, request.cookies.get(guard.SESSION_COOKIE), form.get("csrf")):
        raise Refusal(403, M.SERVE_CSRF, "Yêu cầu bị từ chối")
    return form


@dataclass
class Upload:
    path: Path           # in the store's incoming folder, named by us
    name: str            # as the user had it: shown, never used as a path
    suffix: str
    size: int


async def receive_upload(request: Request, form) -> Upload:
    d = _desk(request)
    sent = form.get("file")
    if not isinstance(sent, UploadFile) or not sent.filename:
        raise Refusal(400, M.SERVE_NO_FILE, "Chưa có tệp")
    name = Path(sent.filename.replace("\\", "/")).name[-200:] or "so-lieu"     # a name, shown; never a path
    suffix = Path(name).suffix.lower()
    if suffix not in desk.WORKBOOK_SUFFIXES:
        reason = M.FORMAT_UNSUPPORTED.format(suffix=suffix or "(không có đuôi)")
        raise Refusal(415, M.UNREADABLE.format(path=name, reason=reason), "Không phải sổ số liệu")

    def keep() -> Upload:
        fd, tmp = tempfile.mkstemp(dir=d.store.incoming, prefix="tai-len-", suffix=suffix)
        size = 0
        with os.fdopen(fd, "wb") as fh:
            while chunk := sent.file.read(1 << 20):
                size += len(chunk)
                fh.write(chunk)
        path = Path(tmp)
        if guard.unpacked_too_large(path, d.limits):
            path.unlink(missing_ok=True)
            raise Refusal(413, M.SERVE_UNPACKED_TOO_LARGE.format(limit=guard.size_text(d.limits.unpacked)),
                          "Tệp quá lớn")
        return Upload(path, name, suffix, size)

    return await run_in_threadpool(keep)


def check_upload(d: Desk, upload: Upload) -> int:
    """Validate, store the file by its sha256, and record it; the new workbook's id."""
    try:
        try:
            checked = desk.check(upload.path)
            readable = True
        except desk.Unreadable as exc:
            checked = desk.Checked([desk.Problem(desk.ERROR, desk.NO_CELL, desk.NO_CELL,
                                                 M.UNREADABLE.format(path=upload.name, reason=exc))])
            readable = False
        sha = d.store.put_file(upload.path, upload.suffix)
    finally:
        upload.path.unlink(missing_ok=True)
    problems = [[p.level, p.sheet, p.cell, p.message] for p in checked.problems]
    return store.add_workbook(d.store, sha, upload.suffix, upload.name, upload.size, readable, checked.number,
                              checked.year, checked.subject, problems)


def _workbook(d: Desk, workbook_id: int):
    row = store.workbook(d.store, workbook_id)
    if row is None:
        raise HTTPException(404)
    return row


def _workbook_path(d: Desk, row) -> Path:
    path = d.store.path(row["sha"], row["duoi"])
    if not path.is_file():
        raise Refusal(410, M.SERVE_FILE_GONE, "Tệp không còn")
    return path


def _document(d: Desk, document_id: int):
    row = store.document(d.store, document_id)
    if row is None:
        raise HTTPException(404)
    return row


# ---- pages -------------------------------------------------------------------------------

async def home(request: Request) -> Response:
    d = _desk(request)
    rows = await run_in_threadpool(store.recent_workbooks, d.store)
    return page(request, "trang-chu.html", workbooks=rows, limit=guard.size_text(d.limits.upload))


async def upload(request: Request) -> Response:
    d = _desk(request)
    form = await read_form(request)
    sent = await receive_upload(request, form)
    workbook_id = await run_in_threadpool(check_upload, d, sent)
    return RedirectResponse(f"/so-lieu/{workbook_id}", status_code=303)


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_view(d: Desk, row, wanted: str | None) -> dict:
    problems = [desk.Problem(*p) for p in json.loads(row["van_de"])]
    grids = []
    if row["doc_duoc"]:
        try:
            grids = desk.sheets(_workbook_path(d, row))
        except desk.Unreadable:
            grids = []
    by_norm = {_norm(g.name): g.name for g in grids}
    groups: dict[str, list[desk.Problem]] = {}
    for p in sorted(problems, key=lambda p: p.level != desk.ERROR):      # errors first, else as validate found them
        groups.setdefault(by_norm.get(_norm(p.sheet), p.sheet), []).append(p)
    order = [g.name for g in grids] + [s for s in groups if s not in by_norm.values()]
    grouped = [(sheet, groups[sheet]) for sheet in order if sheet in groups]
    marks: dict[str, dict[str, list[desk.Problem]]] = {}
    for sheet, items in grouped:
        for p in items:
            marks.setdefault(sheet, {}).setdefault(p.cell, []).append(p)
    names = [g.name for g in grids]
    if wanted not in names:
        first = next((p for p in problems if p.level == desk.ERROR and by_norm.get(_norm(p.sheet))), None) or \
            next((p for p in problems if by_norm.get(_norm(p.sheet))), None)
        wanted = by_norm[_norm(first.sheet)] if first else (names[0] if names else None)
    grid = next((g for g in grids if g.name == wanted), None)
    earlier = store.latest_report(d.store, row["so_ky_hieu"], row["nam"]) if row["nam"] is not None else None
    errors = sum(1 for p in problems if p.level == desk.ERROR)
    return {"row": row, "problems": problems, "grouped": grouped, "sheets": names, "grid": grid,
            "marks": marks.get(wanted, {}), "sheet": wanted, "errors": errors,
            "warnings": len(problems) - errors, "earlier": earlier,
            "counts": {s: len(items) for s, items in grouped}, "linked": set(names),
            "sheet_of": {p.sheet: by_norm[_norm(p.sheet)] for p in problems if _norm(p.sheet) in by_norm}}


async def check_page(request: Request) -> Response:
    d = _desk(request)
    row = _workbook(d, request.path_params["id"])
    values = await run_in_threadpool(check_view, d, row, request.query_params.get("sheet"))
    return page(request, "kiem-tra.html", **values)


async def workbook_file(request: Request) -> Response:
    d = _desk(request)
    row = _workbook(d, request.path_params["id"])
    data = await run_in_threadpool(_workbook_path(d, row).read_bytes)
    return download(data, row["ten"], CONTENT_TYPES.get(row["duoi"], "application/octet-stream"),
                    fallback=f"so-lieu{row['duoi']}")


def build_report(d: Desk, row) -> int:
    path = _workbook_path(d, row)
    with d.build_lock:
        earlier = store.latest_report(d.store, row["so_ky_hieu"], row["nam"]) if row["nam"] is not None else None
        old_docx = old_record = None
        if earlier is not None:
            try:
                old_docx = d.store.read(earlier["docx"], ".docx")
                old_record = d.store.read(earlier["ban_ghi"], ".json") if earlier["ban_ghi"] else None
            except OSError:
                earlier = None      # the earlier files were removed: build as if for the first time
        try:
            built = desk.build(path, old_docx, old_record)
        except desk.HasErrors as exc:
            raise Refusal(422, M.SERVE_HAS_ERRORS.format(errors=len(exc.problems)), "Sổ số liệu còn lỗi")
        except desk.Refused as exc:
            raise Refusal(500, str(exc))
        docx = d.store.put(built.docx, ".docx")
        record = d.store.put(built.record, ".json")
        tracked = d.store.put(built.tracked, ".docx") if built.tracked is not None else None
        return store.add_document(d.store, "bao_cao", built.name, docx, workbook_id=row["id"], number=built.number,
                                  year=built.year, record=record, tracked=tracked,
                                  previous_id=earlier["id"] if earlier is not None else None, lines=built.lines)


async def build(request: Request) -> Response:
    d = _desk(request)
    await read_form(request)
    row = _workbook(d, request.path_params["id"])
    document_id = await run_in_threadpool(build_report, d, row)
    return RedirectResponse(f"/bao-cao/{document_id}", status_code=303)


def make_previews(d: Desk, row) -> tuple[list[int], str]:
    """The page images of a document, made (and stored) on first asking; a sentence when they cannot be."""
    if row["trang"]:
        return list(range(1, len(json.loads(row["trang"])) + 1)), ""
    try:
        pdf = _pdf(d, row)
        pages = d.office.pages(pdf)
    except office.OfficeFailed as exc:
        return [], str(exc)
    except OSError as exc:
        log.warning("page images failed: %s", exc)
        return [], M.SERVE_PDF_FAILED.format(reason=type(exc).__name__)
    shas = [d.store.put(png, ".png") for png in pages]
    store.set_pdf(d.store, row["id"], d.store.put(pdf, ".pdf"), shas)
    return list(range(1, len(shas) + 1)), ""


def _pdf(d: Desk, row) -> bytes:
    if row["pdf"]:
        try:
            return d.store.read(row["pdf"], ".pdf")
        except OSError:
            pass
    if d.office is None or not d.office.available:
        raise office.OfficeFailed(M.PDF_UNAVAILABLE)
    pdf = d.office.to_pdf(d.store.read(row["docx"], ".docx"))
    store.set_pdf(d.store, row["id"], d.store.put(pdf, ".pdf"), None)
    return pdf


def report_view(d: Desk, row, previews_now: bool) -> dict:
    values: dict = {"doc": row, "lines": json.loads(row["thay_doi"]), "pages": [], "blocks": None,
                    "preview_problem": "", "previews_later": False,
                    "office": d.office is not None and d.office.previews,
                    "pdf": d.office is not None and d.office.available}
    values["workbook"] = store.workbook(d.store, row["so_lieu_id"]) if row["so_lieu_id"] else None
    values["sources"] = [store.workbook(d.store, i) for i in json.loads(row["nguon"])]
    if row["trang"]:
        values["pages"] = list(range(1, len(json.loads(row["trang"])) + 1))
    elif values["office"] and previews_now:
        values["pages"], values["preview_problem"] = make_previews(d, row)
    elif values["office"]:
        values["previews_later"] = True
    if not values["pages"] and not values["previews_later"]:
        values["blocks"] = preview.blocks(d.store.read(row["docx"], ".docx"))
    return values


async def report_page(request: Request) -> Response:
    d = _desk(request)
    row = _document(d, request.path_params["id"])
    values = await run_in_threadpool(report_view, d, row, request.query_params.get("xem_truoc") == "1")
    return page(request, "bao-cao.html", **values)


async def preview_fragment(request: Request) -> Response:
    """The previews as an HTML fragment, for the report page's script to put in place."""
    d = _desk(request)
    row = _document(d, request.path_params["id"])
    values = await run_in_threadpool(report_view, d, row, True)
    return page(request, "_trang.html", **values)


async def page_image(request: Request) -> Response:
    d = _desk(request)
    row = _document(d, request.path_params["id"])
    shas = json.loads(row["trang"] or "[]")
    number = request.path_params["n"]
    if not 1 <= number <= len(shas):
        raise HTTPException(404)
    data = await run_in_threadpool(d.store.read, shas[number - 1], ".png")
    return Response(data, media_type="image/png", headers={"Cache-Control": "private, max-age=86400"})


async def document_file(request: Request) -> Response:
    d = _desk(request)
    row = _document(d, request.path_params["id"])
    kind = request.path_params["kind"]
    name = row["ten"]
    if kind == "docx":
        data = await run_in_threadpool(d.store.read, row["docx"], ".docx")
        return download(data, name, DOCX)
    if kind == "danh-dau" and row["danh_dau"]:
        data = await run_in_threadpool(d.store.read, row["danh_dau"], ".docx")
        return download(data, name.removesuffix(".docx") + ".thay-doi.docx", DOCX)
    if kind == "pdf":
        try:
            data = await run_in_threadpool(_pdf, d, row)
        except office.OfficeFailed as exc:
            raise Refusal(503, str(exc), "Chưa có bản PDF")
        return download(data, name.removesuffix(".docx") + ".pdf", "application/pdf")
    raise HTTPException(404)


async def blank_workbook(request: Request) -> Response:
    d = _desk(request)
    if d.blank is None:
        d.blank = await run_in_threadpool(desk.blank_workbook)
    return download(d.blank, "so-lieu-trong.xlsx", XLSX)


async def compare_page(request: Request) -> Response:
    d = _desk(request)
    rows = await run_in_threadpool(store.valid_workbooks, d.store)
    return page(request, "so-sanh.html", workbooks=rows, picked=set(), problem="", charts=True)


def make_comparison(d: Desk, ids: list[int], charts: bool) -> int:
    rows = [_workbook(d, i) for i in ids]
    try:
        compared = desk.compare([_workbook_path(d, r) for r in rows], [r["ten"] for r in rows], charts=charts)
    except desk.Refused as exc:
        raise Refusal(422, str(exc), "Chưa so sánh được")
    except desk.HasErrors as exc:
        raise Refusal(422, "; ".join(f"{p.sheet} · {p.cell} · {p.message}" for p in exc.problems),
                      "Chưa so sánh được")
    docx = d.store.put(compared.docx, ".docx")
    latest = max(rows, key=lambda r: r["nam"] or 0)
    return store.add_document(d.store, "so_sanh", compared.name, docx, sources=[r["id"] for r in rows],
                              number=latest["so_ky_hieu"], year=latest["nam"], lines=compared.lines)


async def compare(request: Request) -> Response:
    d = _desk(request)
    form = await read_form(request)
    ids = []
    for value in form.getlist("so_lieu"):
        if isinstance(value, str) and value.isdigit():
            ids.append(int(value))
    ids = list(dict.fromkeys(ids))
    charts = form.get("bieu_do") == "1"
    try:
        if len(ids) < 2:
            raise Refusal(422, M.SERVE_COMPARE_PICK)
        document_id = await run_in_threadpool(make_comparison, d, ids, charts)
    except Refusal as exc:
        rows = await run_in_threadpool(store.valid_workbooks, d.store)
        return page(request, "so-sanh.html", status=exc.status, workbooks=rows, picked=set(ids),
                    problem=exc.message, charts=charts)
    return RedirectResponse(f"/bao-cao/{document_id}", status_code=303)


# ---- the HTTP API ------------------------------------------------------------------------

def _api_check(upload: Upload) -> tuple[int, list[dict]]:
    try:
        checked = desk.check(upload.path)
    except desk.Unreadable as exc:
        problem = desk.Problem(desk.ERROR, desk.NO_CELL, desk.NO_CELL,
                               M.UNREADABLE.format(path=upload.name, reason=exc))
        return 422, [problem.as_json()]
    finally:
        upload.path.unlink(missing_ok=True)
    return 200, [p.as_json() for p in checked.problems]


async def api_check(request: Request) -> Response:
    form = await read_form(request, api=True)
    sent = await receive_upload(request, form)
    status, problems = await run_in_threadpool(_api_check, sent)
    return JSONResponse(problems, status_code=status)


def _api_build(upload: Upload) -> Response:
    try:
        try:
            built = desk.build(upload.path)
        except desk.Unreadable as exc:
            problem = desk.Problem(desk.ERROR, desk.NO_CELL, desk.NO_CELL,
                                   M.UNREADABLE.format(path=upload.name, reason=exc))
            return JSONResponse([problem.as_json()], status_code=422)
        except desk.HasErrors as exc:
            return JSONResponse([p.as_json() for p in exc.problems], status_code=422)
    finally:
        upload.path.unlink(missing_ok=True)
    return download(built.docx, built.name, DOCX)


async def api_build(request: Request) -> Response:
    form = await read_form(request, api=True)
    sent = await receive_upload(request, form)
    return await run_in_threadpool(_api_build, sent)


async def health(request: Request) -> Response:
    return JSONResponse({"ok": True})


# ---- errors ------------------------------------------------------------------------------

def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


async def refused(request: Request, exc: Refusal) -> Response:
    if _is_api(request):
        return JSONResponse({"loi": exc.message}, status_code=exc.status)
    return page(request, "loi.html", status=exc.status, title=exc.title, message=exc.message)


async def http_error(request: Request, exc: HTTPException) -> Response:
    message = M.SERVE_NOT_FOUND if exc.status_code == 404 else M.SERVE_METHOD
    if _is_api(request):
        return JSONResponse({"loi": message}, status_code=exc.status_code)
    title = "Không tìm thấy" if exc.status_code == 404 else "Không thực hiện được"
    return page(request, "loi.html", status=exc.status_code, title=title, message=message)


async def unexpected(request: Request, exc: Exception) -> Response:
    """The last guard: the details go to the log file under --thu-muc, the page says what to do."""
    d = _desk(request)
    ref = secrets.token_hex(4)
    try:
        with d.store.log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')} mã {ref} "
                     f"{request.method} {request.url.path}\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    message = M.SERVE_INTERNAL.format(log=d.store.log, ref=ref)
    if _is_api(request):
        return JSONResponse({"loi": message}, status_code=500)
    html = d.pages.get_template("loi.html").render(request=request, title="Lỗi ngoài dự kiến", message=message,
                                                   csrf="", folder=str(d.store.root))
    return HTMLResponse(html, status_code=500)


def check_host(app, d: Desk):
    """ASGI middleware: every request must name us in its Host header (DNS rebinding)."""
    allowed = guard.allowed_hosts(d.host, d.port)

    async def checked(scope, receive, send):
        if scope["type"] == "http":
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
            if host not in allowed:
                message = M.SERVE_BAD_HOST.format(host=host, url=d.url)
                if scope["path"].startswith("/api/"):
                    response = JSONResponse({"loi": message}, status_code=400)
                else:
                    html = d.pages.get_template("loi.html").render(title="Địa chỉ không đúng", message=message,
                                                                   csrf="", folder="")
                    response = HTMLResponse(html, status_code=400)
                return await response(scope, receive, send)
        return await app(scope, receive, send)
    return checked


def create_app(folder: Path, host: str = "127.0.0.1", port: int = 8000, limits: guard.Limits | None = None,
               previews: bool = True, warm: bool = False):
    """The desk as an ASGI app. `previews=False` leaves LibreOffice out (HTML previews only);
    `warm` starts LibreOffice at once rather than on the first preview."""
    data = store.open_store(Path(folder))
    handler = logging.FileHandler(data.log, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("--- %(asctime)s %(levelname)s %(message)s"))
    handler._drafter = True
    for old in [h for h in log.handlers if getattr(h, "_drafter", False)]:
        log.removeHandler(old)
        old.close()
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    the_office = office.Office(data.root) if previews else None
    d = Desk(data, host, port, limits or guard.Limits(), the_office, _environment())

    @contextlib.asynccontextmanager
    async def lifespan(app):
        if warm and the_office is not None:
            the_office.warm()
        yield
        if the_office is not None:
            await run_in_threadpool(the_office.close)

    routes = [
        Route("/", home),
        Route("/tai-len", upload, methods=["POST"]),
        Route("/so-lieu/{id:int}", check_page),
        Route("/so-lieu/{id:int}/tai", workbook_file),
        Route("/so-lieu/{id:int}/tao-bao-cao", build, methods=["POST"]),
        Route("/bao-cao/{id:int}", report_page),
        Route("/bao-cao/{id:int}/xem-truoc", preview_fragment),
        Route("/bao-cao/{id:int}/trang/{n:int}.png", page_image),
        Route("/bao-cao/{id:int}/tai/{kind}", document_file),
        Route("/so-lieu-trong.xlsx", blank_workbook),
        Route("/so-sanh", compare_page),
        Route("/so-sanh", compare, methods=["POST"]),
        Route("/api/kiem-tra", api_check, methods=["POST"]),
        Route("/api/bao-cao", api_build, methods=["POST"]),
        Route("/api/suc-khoe", health),
        Mount("/tinh", app=StaticFiles(directory=str(HERE / "static")), name="tinh"),
    ]
    app = Starlette(routes=routes, lifespan=lifespan,
                    exception_handlers={Refusal: refused, HTTPException: http_error, Exception: unexpected})
    app.state.desk = d
    outer = check_host(guard.limit_body(app, d.limits), d)
    outer.desk = d           # for tests and the bench: the shared state behind the ASGI callable
    return outer
