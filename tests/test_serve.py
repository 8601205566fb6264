"""drafter serve, in process (starlette's TestClient): pages, history, API and the safety checks."""
from __future__ import annotations

import io
import re
import sqlite3
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")

from serve_helpers import (AS_PRINTED, BASE, SAMPLE_2019, SAMPLE_2020, client,  # noqa: E402
                           docx_text, token, upload)

from drafter import messages as M  # noqa: E402
from drafter.serve import desk, guard  # noqa: E402

API = {"X-Drafter": "1"}


@pytest.fixture
def web(tmp_path):
    with client(tmp_path / "data") as c:
        yield c


def built_report(web, path: Path) -> str:
    """Upload, build, and return the report page's address."""
    page = upload(web, path)
    assert page.status_code == 200 and "/so-lieu/" in str(page.url)
    number = str(page.url).rsplit("/", 1)[1]
    report = web.post(f"/so-lieu/{number}/tao-bao-cao", data={"csrf": token(web)})
    assert report.status_code == 200, report.text
    return str(report.url)


# ---- pages ---------------------------------------------------------------------------------

def test_home_offers_the_upload_and_the_blank_workbook(web):
    page = web.get("/")
    assert page.status_code == 200
    assert "Tải sổ số liệu lên" in page.text and 'type="file"' in page.text
    assert 'enctype="multipart/form-data"' in page.text
    blank = web.get("/so-lieu-trong.xlsx")
    assert blank.status_code == 200 and "so-lieu-trong.xlsx" in blank.headers["content-disposition"]
    from openpyxl import load_workbook

    assert "Thông tin" in load_workbook(io.BytesIO(blank.content)).sheetnames


def test_valid_workbook_builds_a_report_with_its_figures(web):
    page = upload(web, SAMPLE_2020)
    assert "Không có lỗi" in page.text and "Tạo báo cáo" in page.text
    assert "48-BC/TU" in page.text
    report_url = built_report(web, SAMPLE_2020)
    report = web.get(report_url)
    for label in ("Tải .docx",):
        assert label in report.text
    data = web.get(report_url + "/tai/docx")
    assert data.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert 'filename="48-BC-TU_2020.docx"' in data.headers["content-disposition"]
    assert "114/659" in docx_text(data.content)
    # Without LibreOffice (previews off) the page shows the report as HTML, figures included.
    assert "114/659" in report.text and M.SERVE_NO_OFFICE in report.text
    assert "Đã tạo báo cáo" in web.get("/").text


def test_errors_are_listed_by_sheet_and_marked_in_the_sheet_view(web):
    page = upload(web, AS_PRINTED)
    assert page.status_code == 200
    text = page.text
    assert "Có 1 lỗi" in text and "chưa tạo được báo cáo" in text
    assert "Tạo báo cáo</button>" not in text
    # The problem's cell, in the list and in the sheet (the sheet with the error is shown first).
    assert re.search(r'<td id="o-C5" class="o-loi" title="Tổng số \(698\) khác tổng các loại \(697\)', text)
    assert 'data-sheet="Cán bộ lãnh đạo"' in text
    assert "#o-C5" in text
    # Another sheet on request, its warnings marked in yellow.
    other = web.get(str(page.url) + "?sheet=Tổ chức cơ sở đảng").text
    assert 'data-sheet="Tổ chức cơ sở đảng"' in other and 'id="o-D13" class="o-canh-bao"' in other
    # Building anyway is refused, in Vietnamese.
    number = str(page.url).rsplit("/", 1)[1]
    refused = web.post(f"/so-lieu/{number}/tao-bao-cao", data={"csrf": token(web)})
    assert refused.status_code == 422 and M.SERVE_HAS_ERRORS.format(errors=1) in refused.text


def test_compare_two_years(web):
    upload(web, SAMPLE_2019)
    upload(web, SAMPLE_2020)
    page = web.get("/so-sanh").text
    ids = re.findall(r'name="so_lieu" value="(\d+)"', page)
    assert len(ids) == 2
    too_few = web.post("/so-sanh", data={"csrf": token(web), "so_lieu": ids[:1]})
    assert too_few.status_code == 422 and M.SERVE_COMPARE_PICK in too_few.text
    assert re.search(r'name="bieu_do" value="1"[^>]*checked', page)      # charts unless unticked
    made = web.post("/so-sanh", data={"csrf": token(web), "so_lieu": ids})   # unticked: faster here
    assert made.status_code == 200 and "Phụ lục so sánh" in made.text
    data = web.get(str(made.url) + "/tai/docx")
    assert "so-sanh_2016-2020.docx" in data.headers["content-disposition"]
    assert "PHỤ LỤC" in docx_text(data.content)


def test_history_is_in_sqlite_and_files_are_named_by_content(web, tmp_path):
    upload(web, SAMPLE_2020, name="../../ngoai-thu-muc.xlsx")
    upload(web, SAMPLE_2020, name="C:\\Users\\can bo\\so lieu.xlsx")
    folder = tmp_path / "data"
    rows = sqlite3.connect(folder / "drafter.sqlite3").execute("SELECT ten, sha, duoi FROM so_lieu").fetchall()
    assert [r[0] for r in rows] == ["ngoai-thu-muc.xlsx", "so lieu.xlsx"]
    stored = [p for p in (folder / "tep").rglob("*") if p.is_file()]
    assert [p.name for p in stored] == [f"{rows[0][1]}.xlsx"]        # one file for the same bytes
    assert not list(tmp_path.rglob("ngoai-thu-muc*")) and not list(tmp_path.rglob("so lieu*"))
    assert sqlite3.connect(folder / "drafter.sqlite3").execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert "ngoai-thu-muc.xlsx" in web.get("/").text


def test_not_a_workbook_is_refused_with_the_fix(web):
    page = upload(web, name="bao-cao.pdf", data=b"%PDF-1.4")
    assert page.status_code == 415 and "không được hỗ trợ" in page.text and "Traceback" not in page.text
    broken = upload(web, name="hong.xlsx", data=b"not a zip")
    assert broken.status_code == 200 and "Không đọc được tệp" in broken.text


def test_missing_page_is_vietnamese(web):
    page = web.get("/khong-co-trang-nay")
    assert page.status_code == 404 and M.SERVE_NOT_FOUND in page.text


# ---- the HTTP API --------------------------------------------------------------------------

def test_api_check_lists_problems_as_json(web):
    answer = web.post("/api/kiem-tra", files={"file": (AS_PRINTED.name, AS_PRINTED.read_bytes())}, headers=API)
    assert answer.status_code == 200
    problems = answer.json()
    assert {"muc": "lỗi", "sheet": "Cán bộ lãnh đạo", "o": "C5"} in [
        {k: p[k] for k in ("muc", "sheet", "o")} for p in problems]
    assert all(set(p) == {"muc", "sheet", "o", "thong_diep"} for p in problems)


def test_api_build_returns_the_docx_or_the_problems(web):
    answer = web.post("/api/bao-cao", files={"file": (SAMPLE_2020.name, SAMPLE_2020.read_bytes())}, headers=API)
    assert answer.status_code == 200 and "114/659" in docx_text(answer.content)
    refused = web.post("/api/bao-cao", files={"file": (AS_PRINTED.name, AS_PRINTED.read_bytes())}, headers=API)
    assert refused.status_code == 422
    assert [(p["sheet"], p["o"]) for p in refused.json()] == [("Cán bộ lãnh đạo", "C5")]
    assert web.get("/api/suc-khoe").json() == {"ok": True}


def test_api_needs_its_header(web):
    answer = web.post("/api/kiem-tra", files={"file": (SAMPLE_2020.name, SAMPLE_2020.read_bytes())})
    assert answer.status_code == 403 and answer.json() == {"loi": M.SERVE_API_HEADER}


# ---- safety -------------------------------------------------------------------------------

@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1:9999", "localhost.evil:8000", ""])
def test_foreign_host_is_refused(web, host):
    page = web.get("/", headers={"host": host})
    assert page.status_code == 400 and "không phải địa chỉ của drafter" in page.text
    assert web.get("/api/suc-khoe", headers={"host": host}).status_code == 400


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost:8000"])
def test_own_host_passes(web, host):
    assert web.get("/", headers={"host": host}).status_code == 200


def test_forms_need_the_csrf_token(web, tmp_path):
    files = {"file": (SAMPLE_2020.name, SAMPLE_2020.read_bytes())}
    assert web.post("/tai-len", files=files).status_code == 403
    assert web.post("/tai-len", data={"csrf": "0" * 64}, files=files).status_code == 403
    good = token(web)
    stranger = client(tmp_path / "data")          # no session cookie: someone else's token does not pass
    refused = stranger.post("/tai-len", data={"csrf": good}, files=files)
    assert refused.status_code == 403 and M.SERVE_CSRF in refused.text
    cross = web.post("/tai-len", data={"csrf": good}, files=files, headers={"origin": "http://evil.example"})
    assert cross.status_code == 403
    assert web.post("/tai-len", data={"csrf": good}, files=files, headers={"origin": BASE}).status_code == 200
    assert web.get("/").headers["cache-control"] == "no-store"
    cookie = web.cookies.get("drafter_phien")
    assert cookie


def test_upload_size_is_limited(tmp_path):
    with client(tmp_path / "data", limits=guard.Limits(upload=8 * 1024)) as web:
        page = upload(web, SAMPLE_2020)
        assert page.status_code == 413 and "Tệp lớn hơn 8 KB" in page.text


def test_zip_bomb_is_refused_before_parsing(tmp_path, monkeypatch):
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/worksheets/sheet1.xml", b"\0" * (12 * 1024 * 1024))
    assert len(bomb.getvalue()) < 100_000

    def never(path):
        raise AssertionError("parsed a zip bomb")

    monkeypatch.setattr(desk, "check", never)
    with client(tmp_path / "data", limits=guard.Limits(unpacked=10 * 1024 * 1024)) as web:
        page = upload(web, name="bom.xlsx", data=bomb.getvalue())
        assert page.status_code == 413 and "giải nén ra hơn 10 MB" in page.text
    assert not [p for p in (tmp_path / "data" / "tam").iterdir()]


def test_unexpected_error_shows_a_vietnamese_page_and_logs_the_details(tmp_path, monkeypatch):
    def broken(path):
        raise RuntimeError("hỏng ở bên trong")

    monkeypatch.setattr(desk, "check", broken)
    with client(tmp_path / "data", raise_server_exceptions=False) as web:
        page = upload(web, SAMPLE_2020)
    assert page.status_code == 500
    assert "lỗi ngoài dự kiến" in page.text and "Traceback" not in page.text and "RuntimeError" not in page.text
    log = (tmp_path / "data" / "nhat-ky.log").read_text(encoding="utf-8")
    assert "Traceback" in log and "RuntimeError: hỏng ở bên trong" in log
    ref = re.search(r"mã ([0-9a-f]{8})", page.text).group(1)
    assert ref in log


def test_allowed_hosts():
    assert guard.allowed_hosts("127.0.0.1", 8000) == {"127.0.0.1:8000", "localhost:8000"}
    assert guard.allowed_hosts("192.168.1.10", 80) == {"192.168.1.10:80", "192.168.1.10"}
    assert "[::1]:8000" in guard.allowed_hosts("::1", 8000)


def test_serve_refuses_every_address(tmp_path):
    from drafter.serve.run import CannotStart, serve

    with pytest.raises(CannotStart, match="ghi địa chỉ cụ thể"):
        serve(tmp_path, "0.0.0.0", 8000, False, print)


def test_serve_says_when_the_port_is_taken(tmp_path):
    import socket

    from drafter.serve.run import CannotStart, serve

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(CannotStart, match=f"Cổng {port} đang được chương trình khác dùng"):
            serve(tmp_path, "127.0.0.1", port, False, print)



def _office_ready() -> bool:
    import shutil

    from drafter.serve import office

    exe = desk.soffice()
    return bool(exe and shutil.which("pdftoppm") and office.uno_python(exe))


def test_previews_and_pdf_through_one_warm_libreoffice(tmp_path):
    # Asked here, not in a skipif: the answer starts Debian's python3 (a tenth of a second),
    # and every worker collects this module.
    if not _office_ready():
        pytest.skip("needs LibreOffice, pdftoppm and python3-uno (.ci/run installs them)")
    with client(tmp_path / "data", previews=True) as web:
        report = built_report(web, SAMPLE_2020)
        assert "data-xem-truoc" in web.get(report).text         # the page comes first, the images after
        fragment = web.get(report + "/xem-truoc").text
        pages = re.findall(r'src="(/bao-cao/\d+/trang/\d+\.png)"', fragment)
        assert len(pages) >= 5
        image = web.get(pages[0])
        assert image.headers["content-type"] == "image/png" and image.content[:8] == b"\x89PNG\r\n\x1a\n"
        assert web.get(report + "/tai/pdf").content[:5] == b"%PDF-"
        assert f'src="{pages[0]}"' in web.get(report).text         # made once, kept in the history
        soffice = web.app.desk.office._office                       # the one LibreOffice, still running
        assert soffice is not None and soffice.poll() is None
    assert soffice.poll() is not None                  # stopped with the server
