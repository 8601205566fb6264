"""The pages as LibreOffice prints them (issue 14): every sample report, the state-form
sample, the comparison document and the tracked copy of 2019 → 2020, converted to PDF
through the session's LibreOffice and read back page by page with pdftotext:

- no page is empty but for its number (no blank page after a table, no trailing
  landscape page);
- the signature never stands alone: its page holds lines of the body above it;
- every figure printed in an annex table is printed whole (a count of five digits
  once wrapped as "21.53 / 1");
- the page counts are printed (`pytest -s`), to compare before and after a change.

A second check rejects every change of a tracked copy that added annexes in
LibreOffice itself (its Python-UNO bridge) and expects the old report's pages.
Skipped where LibreOffice, pdftotext or the bridge is missing; .ci/run installs them.
"""
from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import SAMPLE, SAMPLE_2019, SAMPLES, W, build
from lxml import etree

from drafter.render.tracked import track

SAMPLE_124 = SAMPLES / "bao-cao-124-nghi-quyet-03.xlsx"
SAMPLE_STATE = SAMPLES / "bao-cao-ubnd-huyen-dak-ha.xlsx"
NUMBER_STYLES = ("TableNumber", "TableTotalNumber")
FIGURE = re.compile(r"^[+-]?\d[\d.]*(,\d+)?$")

needs_tools = pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")),
                                 reason="LibreOffice (soffice) hoặc pdftotext chưa được cài")


def pages_of(pdf: Path) -> list[list[str]]:
    """The non-blank lines of each page, as pdftotext lays them out."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f")[:-1]]


def without_number(lines: list[str], number: int) -> list[str]:
    return [line for line in lines if line != str(number)]


def annex_figures(docx: Path) -> list[str]:
    """The figures the annex tables print (counts, shares, changes), as printed."""
    root = etree.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    found = []
    for p in root.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or style.get(f"{W}val") not in NUMBER_STYLES:
            continue
        text = "".join(t.text or "" for t in p.iter(f"{W}t"))
        if FIGURE.match(text):
            found.append(text)
    return found


@pytest.fixture(scope="module")
def printed(tmp_path_factory, libreoffice) -> dict[str, tuple[Path, list[list[str]]]]:
    folder = tmp_path_factory.mktemp("trang")
    docs = {
        "2019": build(SAMPLE_2019, folder / "bao-cao-2019.docx"),
        "2020": build(SAMPLE, folder / "bao-cao-2020.docx"),
        "124": build(SAMPLE_124, folder / "bao-cao-124.docx"),
        "nha-nuoc": build(SAMPLE_STATE, folder / "bao-cao-ubnd.docx"),
    }
    compared = folder / "so-sanh.docx"
    from conftest import run

    assert run("compare", SAMPLE_2019, SAMPLE, "-o", compared).returncode == 0
    docs["so-sanh"] = compared
    tracked, _ = track(docs["2019"].read_bytes(), docs["2020"].read_bytes(), dt.date(2026, 1, 1))
    docs["theo-doi"] = folder / "bao-cao-2020.thay-doi.docx"
    docs["theo-doi"].write_bytes(tracked)
    libreoffice.convert(list(docs.values()), "pdf", folder)
    out = {}
    for name, docx in docs.items():
        pdf = docx.with_suffix(".pdf")
        assert pdf.is_file(), f"LibreOffice wrote no PDF for {docx.name}"
        out[name] = (docx, pages_of(pdf))
    print("\nSố trang: " + ", ".join(f"{name} {len(pages)}" for name, (_, pages) in out.items()))
    return out


NAMES = ("2019", "2020", "124", "nha-nuoc", "so-sanh", "theo-doi")


@needs_tools
@pytest.mark.parametrize("name", NAMES)
def test_no_page_without_text(printed, name):
    _, pages = printed[name]
    empty = [n for n, lines in enumerate(pages, start=1) if not without_number(lines, n)]
    assert not empty, f"{name}: trang trắng {empty} (trong {len(pages)} trang)"


@needs_tools
@pytest.mark.parametrize("name", ("2019", "2020", "124", "nha-nuoc", "theo-doi"))
def test_signature_page_holds_body_text(printed, name):
    _, pages = printed[name]
    for n, lines in enumerate(pages, start=1):
        at = next((i for i, line in enumerate(lines) if line.startswith("Nơi nhận:")), None)
        if at is not None:
            above = without_number(lines[:at], n)
            assert above, f"{name}: trang {n} chỉ có phần ký"
            return
    pytest.fail(f"{name}: không thấy phần ký")


@needs_tools
@pytest.mark.parametrize("name", ("2019", "2020", "124", "so-sanh", "theo-doi"))
def test_every_annex_figure_is_printed_whole(printed, name):
    docx, pages = printed[name]
    figures = annex_figures(docx)
    assert figures
    tokens = [token for lines in pages for line in lines for token in line.split()]
    # In the tracked copy a corrected cell prints the old figure struck through right
    # before the new one ("376342"): the new figure must still be whole inside it.
    if name == "theo-doi":
        missing = sorted({f for f in figures if not any(f in token for token in tokens)})
    else:
        present = set(tokens)
        missing = sorted({f for f in figures if f not in present})
    assert not missing, f"{name}: số bị ngắt dòng hoặc thiếu: {missing[:10]}"


@needs_tools
def test_libreoffice_reject_all_gives_back_the_old_pages(printed, tmp_path, libreoffice):
    """The report, then the same with the comparison annexes: LibreOffice's "reject all" on the
    tracked copy prints the old report's pages, no blank page per removed annex."""
    old_docx = printed["2020"][0]
    new = build(SAMPLE, tmp_path / "moi.docx", "--nam-truoc", str(SAMPLE_2019), "--phu-luc-so-sanh",
                "--khong-bieu-do")
    data, _ = track(old_docx.read_bytes(), new.read_bytes(), dt.date(2026, 1, 1))
    tracked = tmp_path / "moi.thay-doi.docx"
    tracked.write_bytes(data)
    if not libreoffice.uno:
        pytest.skip("LibreOffice's Python-UNO bridge (python3-uno) is missing")
    [rejected] = libreoffice.convert([tracked], "pdf", tmp_path / "tu-choi", reject=True)
    pages, old_pages = pages_of(rejected), printed["2020"][1]
    assert len(pages) == len(old_pages), (len(pages), len(old_pages))
    assert not [n for n, lines in enumerate(pages, start=1) if not without_number(lines, n)]


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-s"]))
