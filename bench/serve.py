"""drafter serve under load, as a browser uses it, against a real server on 127.0.0.1.

    python bench/serve.py [--repeat 10] [--concurrent 20] [--khong-xem-truoc]

Starts `python -m drafter serve --khong-mo-trinh-duyet` on a free loopback port with a
fresh --thu-muc (LibreOffice starts warm in the background there), then times:

- upload → validation page: POST /tai-len with the 2020 sample, then the Kiểm tra page
  it redirects to (goal ≤ 300 ms);
- build + downloads: POST Tạo báo cáo, the report page, the .docx (goal ≤ 1 s, no PDF);
- previews: the first report's page images (LibreOffice may still be starting), then a
  rebuild's (the warm LibreOffice; goal ≤ 2 s);
- N concurrent uploads, each its own client and session: all must succeed.

Median and worst of --repeat runs are printed. Only 127.0.0.1 is ever used.
"""
from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

try:
    import httpx2 as httpx          # what starlette's TestClient now uses; same API as httpx
except ImportError:
    import httpx

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "sample_data" / "bao-cao-xep-loai-2020.xlsx"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def session(base: str) -> tuple[httpx.Client, str]:
    client = httpx.Client(base_url=base, timeout=120)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)
    return client, token


def upload(client: httpx.Client, token: str, data: bytes, name: str) -> httpx.Response:
    return client.post("/tai-len", data={"csrf": token}, files={"file": (name, data)}, follow_redirects=True)


def corrected(folder: Path) -> bytes:
    from openpyxl import load_workbook

    target = folder / "da-sua.xlsx"
    book = load_workbook(SAMPLE)
    sheet = book["Tổ chức cơ sở đảng"]
    sheet["D2"] = sheet["D2"].value + 1
    sheet["E2"] = sheet["E2"].value - 1
    book.save(target)
    return target.read_bytes()


def line(label: str, values: list[float], goal: str) -> None:
    ms = [v * 1000 for v in values]
    print(f"| {label} | {statistics.median(ms):.0f} ms | {max(ms):.0f} ms | {goal} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--concurrent", type=int, default=20)
    parser.add_argument("--khong-xem-truoc", dest="no_previews", action="store_true")
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "drafter", "serve", "--thu-muc", str(folder / "du-lieu"),
                               "--host", "127.0.0.1", "--port", str(port), "--khong-mo-trinh-duyet"],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(base + "/api/suc-khoe", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"drafter serve did not start:\n{server.stderr.read() if server.stderr else ''}")
            time.sleep(0.1)
        data = SAMPLE.read_bytes()
        client, token = session(base)
        upload(client, token, data, SAMPLE.name)          # warm the imports, as a first visitor would

        checks, builds = [], []
        report = ""
        for _ in range(args.repeat):
            start = time.perf_counter()
            page = upload(client, token, data, SAMPLE.name)
            checks.append(time.perf_counter() - start)
            assert page.status_code == 200 and "Không có lỗi" in page.text, page.text[:500]
            start = time.perf_counter()
            made = client.post(str(page.url.path) + "/tao-bao-cao", data={"csrf": token}, follow_redirects=True)
            docx = client.get(str(made.url.path) + "/tai/docx")
            builds.append(time.perf_counter() - start)
            assert made.status_code == 200 and docx.content[:2] == b"PK"
            report = str(made.url.path)

        print(f"drafter serve, 127.0.0.1, sample 2020, {args.repeat} runs (median, worst)\n")
        print("| step | median | worst | goal |\n|---|---|---|---|")
        line("upload → validation page", checks, "≤ 300 ms")
        line("build + report page + .docx (no PDF)", builds, "≤ 1 s")

        if not args.no_previews:
            start = time.perf_counter()
            first = client.get(report + "/xem-truoc")
            first_time = time.perf_counter() - start
            if "trang/1.png" in first.text:
                again = upload(client, token, corrected(folder), "da-sua.xlsx")
                made = client.post(str(again.url.path) + "/tao-bao-cao", data={"csrf": token},
                                   follow_redirects=True)
                start = time.perf_counter()
                second = client.get(str(made.url.path) + "/xem-truoc")
                second_time = time.perf_counter() - start
                assert "trang/1.png" in second.text
                pdf_start = time.perf_counter()
                pdf = client.get(str(made.url.path) + "/tai/pdf")
                pdf_time = time.perf_counter() - pdf_start
                assert pdf.content[:5] == b"%PDF-"
                line("previews, first report (LibreOffice starting)", [first_time], "—")
                line("previews (PDF + PNG pages), warm LibreOffice", [second_time], "≤ 2 s")
                line(".pdf download once previews exist", [pdf_time], "—")
            else:
                print("| previews | not made: LibreOffice, pdftoppm or python3-uno missing | | |")

        results: list[tuple[int, float]] = []

        def one() -> None:
            c, t = session(base)
            start = time.perf_counter()
            answer = upload(c, t, data, SAMPLE.name)
            results.append((answer.status_code, time.perf_counter() - start))
            c.close()

        threads = [threading.Thread(target=one) for _ in range(args.concurrent)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - start
        ok = sum(1 for status, _ in results if status == 200)
        line(f"{args.concurrent} concurrent uploads, each", [r[1] for r in results],
             f"all succeed: {ok}/{args.concurrent}, {wall * 1000:.0f} ms in all")
        if ok != args.concurrent:
            sys.exit("some concurrent uploads failed")
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
