"""drafter serve in a real browser: Debian's chromium driven by Playwright, against uvicorn on
127.0.0.1 (a free port, in a thread). With $DRAFTER_SHOTS set, each page is also saved there as
a PNG to look at (none otherwise: nothing asserts on them, and they were a second of CPU)."""
from __future__ import annotations

import base64
import importlib.util
import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
# Looked up, not imported: every xdist worker collects this module, one runs it (Playwright's
# import is a third of a second of each worker's start).
for needed in ("uvicorn", "playwright"):
    if importlib.util.find_spec(needed) is None:
        pytest.skip(f"{needed} is not installed (the test extra installs it)", allow_module_level=True)
if not Path(CHROMIUM).is_file():
    pytest.skip("Debian's chromium is not installed (.ci/run installs it)", allow_module_level=True)

from serve_helpers import AS_PRINTED, SAMPLE_2020, corrected_2020, docx_text  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from drafter.serve.app import create_app

    port = _free_port()
    app = create_app(tmp_path_factory.mktemp("data"), host="127.0.0.1", port=port, previews=False)
    running = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not running.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def browser():
    from playwright import sync_api

    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(browser):
    """One tab for the module, as one officer works: each test starts by opening a page of
    the server (a new context or tab is a new renderer process, a third of a second of CPU)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True, locale="vi-VN")
    yield context.new_page()
    context.close()


@pytest.fixture(scope="module")
def shots():
    """shots(page or element, name): its picture as $DRAFTER_SHOTS/name, when that is set."""
    folder = os.environ.get("DRAFTER_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)

    def shoot(target, name: str, **options) -> None:
        if folder:
            target.screenshot(path=Path(folder) / name, **options)
    return shoot


def _upload(page, server: str, path: Path) -> None:
    page.goto(server + "/")
    page.set_input_files("#file", str(path))          # the page's script submits on choosing
    page.wait_for_url("**/so-lieu/*")


def _drop(page, server: str, path: Path) -> None:
    """Drop the file on the upload box, as a user drags it from the file manager."""
    page.goto(server + "/")
    transfer = page.evaluate_handle(
        """([name, b64]) => {
            const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
            const transfer = new DataTransfer();
            transfer.items.add(new File([bytes], name));
            return transfer;
        }""", [path.name, base64.b64encode(path.read_bytes()).decode()])
    page.dispatch_event("#tai-len", "drop", {"dataTransfer": transfer})
    page.wait_for_url("**/so-lieu/*")


def _build(page) -> None:
    page.click("button:has-text('Tạo báo cáo')")
    page.wait_for_url("**/bao-cao/*")


def test_upload_build_and_download(page, server, shots, tmp_path):
    _upload(page, server, SAMPLE_2020)
    assert page.locator("#ket-luan h2").inner_text().startswith("Không có lỗi")
    shots(page, "kiem-tra-hop-le.png")
    _build(page)
    shots(page, "bao-cao.png")
    with page.expect_download() as got:
        page.click("text=Tải .docx")
    target = tmp_path / got.value.suggested_filename
    got.value.save_as(target)
    assert target.name == "48-BC-TU_2020.docx"
    assert "114/659" in docx_text(target.read_bytes())


def test_errors_marked_in_the_sheet_and_no_download(page, server, shots):
    _drop(page, server, AS_PRINTED)
    assert AS_PRINTED.name in page.inner_text("h1")
    problem = page.locator("table.van-de tr.dong-loi")
    assert problem.count() == 1
    assert "C5" in problem.inner_text() and "Tổng số (698) khác tổng các loại (697)" in problem.inner_text()
    assert page.locator(".nhom h3", has_text="Cán bộ lãnh đạo").count() == 1
    page.click(".loi-chinh a.o")                     # the error's cell, from the summary at the top
    cell = page.locator("table.bang-tinh[data-sheet='Cán bộ lãnh đạo'] td#o-C5")
    assert cell.get_attribute("class") == "o-loi" and cell.inner_text() == "698"
    assert cell.is_visible()
    assert page.locator("button:has-text('Tạo báo cáo')").count() == 0
    assert page.locator("a:has-text('Tải .docx')").count() == 0
    shots(page, "kiem-tra-loi-o.png")


def test_reupload_shows_what_changed(page, server, shots, tmp_path):
    _upload(page, server, SAMPLE_2020)
    _build(page)
    _upload(page, server, corrected_2020(tmp_path))
    assert "tạo lại sẽ liệt kê" in page.inner_text("#ket-luan")
    _build(page)
    changes = page.inner_text("#thay-doi")
    assert "Tổ chức cơ sở đảng · Tổng cộng · HTXSNV: 114 → 115" in changes
    assert "115/659" in changes
    assert "Đã tạo 48-BC-TU_2020.thay-doi.docx: bản có đánh dấu" in changes and "/tmp" not in changes
    tracked = page.locator("a:has-text('Tải bản đánh dấu thay đổi')")
    assert tracked.count() == 1
    copy = page.request.get(server + tracked.get_attribute("href"))
    assert "48-BC-TU_2020.thay-doi.docx" in copy.headers["content-disposition"]
    docx = page.request.get(server + page.locator("a:has-text('Tải .docx')").get_attribute("href"))
    assert "115/659" in docx_text(docx.body())
    shots(page, "tao-lai.png")
    shots(page.locator("#thay-doi"), "tao-lai-thay-doi.png")


def test_home_lists_the_history(page, server, shots):
    page.goto(server + "/")
    rows = page.locator("table.danh-sach tbody tr")
    assert rows.count() >= 3
    assert page.locator("text=Tải sổ số liệu lên").count() >= 1
    shots(page, "trang-chu.png", full_page=True)
