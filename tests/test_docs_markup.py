"""docs/mau-bao-cao.md documents every form of the markup with a worked example: this test builds
the example workbook from the tables of the page and checks that each markup prints what the page
says, and that the annex looks as shown. Every attribute of drafter.markup must be in the table."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT, assert_ooxml, build, cell_grid, info, paragraphs, run, write_workbook
from drafter import markup

DOCS = ROOT / "docs" / "mau-bao-cao.md"


def grid(marker: str) -> list[list[str]]:
    """The markdown table after `<!-- marker -->`: its header row, then its rows ('' for an empty cell)."""
    text = DOCS.read_text(encoding="utf-8")
    block = text[text.index(f"<!-- {marker} -->"):].split("\n\n")[0].splitlines()[1:]
    cells = [[c.strip() for c in line.strip()[1:-1].split("|")] for line in block]
    return [cells[0], *cells[2:]]


def table(marker: str) -> list[dict[str, str]]:
    """The same table as rows of {header: cell}."""
    headers, *rows = grid(marker)
    return [dict(zip(headers, row)) for row in rows]


def typed(value: str) -> object:
    """A cell as a person types it: numbers as numbers (decimal comma), the rest as text."""
    if re.fullmatch(r"-?\d+", value):
        return int(value)
    if re.fullmatch(r"-?\d+,\d+", value):
        return float(value.replace(",", "."))
    return value or None


def sheet(marker: str) -> list[dict]:
    return [{k: typed(v) for k, v in row.items()} for row in table(marker)]


def code(cell: str) -> str:
    return cell.replace("`", "")


@pytest.fixture(scope="module")
def example(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("docs")
    rows = table("vi-du-ky-hieu")
    source = write_workbook(tmp / "vi-du.xlsx", {
        "Thông tin": info(**{"Năm đánh giá": 2020}),
        "Nơi nhận": [{"Nơi nhận": "Lưu."}],
        "Số liệu": sheet("vi-du-so-lieu"),
        "Chuỗi số liệu": sheet("vi-du-chuoi-so-lieu"),
        "Biểu chỉ tiêu": sheet("vi-du-bieu-chi-tieu"),
        # "N. " before each markup: a figure opening a paragraph would take a capital.
        "Nội dung": [{"Mục": "Ví dụ", "Đoạn văn": f"{i}. {code(r['Ký hiệu'])}"} for i, r in enumerate(rows, 1)],
    })
    result = run("validate", source)
    assert result.returncode == 0 and "lỗi ·" not in result.stderr, result.stderr
    return build(source, tmp / "vi-du.docx")


def test_every_documented_markup_prints_what_the_page_says(example):
    printed = {t.split(". ", 1)[0]: t.split(". ", 1)[1] for style, t in paragraphs(example)
               if style == "Body Text" and re.match(r"\d+\. ", t)}
    wrong = [(r["Ký hiệu"], r["In ra"], printed.get(str(i))) for i, r in enumerate(table("vi-du-ky-hieu"), 1)
             if printed.get(str(i)) != r["In ra"]]
    assert not wrong, wrong


def test_the_documented_annex_is_the_built_one(example):
    headers, *expected = grid("vi-du-bieu-in-ra")
    built = [[c.replace("\u2003", "") for c in row] for row in cell_grid(example)[-1]]
    assert built[0] == headers
    assert built[2:] == expected
    assert_ooxml(example)


def test_every_attribute_is_documented():
    documented = {re.search(r"\{\w+(?:\.(\w+))?(?::\d)?\}", code(r["Ký hiệu"])).group(1) or ""
                  for r in table("vi-du-ky-hieu") if "{{" not in r["Ký hiệu"]}
    attributes = set(markup.ATTRIBUTES)
    assert attributes - documented == set()
    assert any(a.isdigit() for a in documented) and "chi_tieu" in documented      # a year, an annex key
