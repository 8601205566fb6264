"""Shared by the serve tests: an in-process client, uploads, a corrected copy of the 2020 workbook."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

from conftest import paragraph_texts, part
from openpyxl import load_workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_2020 = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"
SAMPLE_2019 = ROOT / "sample_data" / "bao-cao-xep-loai-2019.xlsx"
AS_PRINTED = ROOT / "sample_data" / "loi" / "bao-cao-xep-loai-2020-nhu-ban-in.xlsx"
HOST, PORT = "127.0.0.1", 8000
BASE = f"http://{HOST}:{PORT}"


def client(folder: Path, **options):
    from starlette.testclient import TestClient

    from drafter.serve.app import create_app

    raise_errors = options.pop("raise_server_exceptions", True)
    app = create_app(folder, host=HOST, port=options.pop("port", PORT), previews=options.pop("previews", False),
                     **options)
    return TestClient(app, base_url=BASE, raise_server_exceptions=raise_errors)


def token(client) -> str:
    """The CSRF token of a fresh page (which also sets the session cookie)."""
    page = client.get("/")
    return re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)


def upload(client, path: Path | None = None, name: str | None = None, data: bytes | None = None, **kw):
    content = data if data is not None else path.read_bytes()
    return client.post("/tai-len", data={"csrf": token(client)},
                       files={"file": (name or path.name, content)}, **kw)


def corrected_2020(folder: Path) -> Path:
    """The 2020 workbook with one organisation moved from HTTNV to HTXSNV in the first row of
    `Tổ chức cơ sở đảng` (Đảng bộ thành phố Kon Tum): still valid, the province's 114/659
    becomes 115/659."""
    target = folder / "bao-cao-xep-loai-2020-da-sua.xlsx"
    shutil.copy(SAMPLE_2020, target)
    book = load_workbook(target)
    sheet = book["Tổ chức cơ sở đảng"]
    assert sheet["D1"].value == "HTXSNV" and sheet["E1"].value == "HTTNV"
    sheet["D2"] = sheet["D2"].value + 1
    sheet["E2"] = sheet["E2"].value - 1
    book.save(target)
    return target


def docx_text(data: bytes) -> str:
    """Every paragraph of the document, tables included, a line each (read with lxml:
    python-docx's per-cell reading was a tenth of a second a call)."""
    return "\n".join(paragraph_texts(part(data)))
