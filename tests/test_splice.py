"""Splicing the report's blocks in after docxtpl (render/splice.py) gives the very
document docxtpl gives when it renders them itself, only faster."""
from __future__ import annotations

import pytest

from docx_views import SAMPLE, edited
from drafter.build import render
from drafter.render import splice
from drafter.validate import check_file

SAMPLE_2019 = SAMPLE.with_name("bao-cao-xep-loai-2019.xlsx")


@pytest.mark.parametrize("template", ["xep-loai-chat-luong", "tong-hop"])
def test_spliced_document_is_the_same_bytes(template, monkeypatch):
    report = check_file(SAMPLE).report
    fast = render(report, template)
    monkeypatch.setattr(splice, "hold", lambda values: {})     # docxtpl renders the blocks itself
    assert render(report, template) == fast


def _awkward_text(book):
    """Text that must be escaped, and line ends of every kind."""
    book["Nội dung"]["B2"] = 'Dòng một\r\ndòng hai\rdòng ba\ndòng "bốn" > < & \'năm\'\tcột'
    units = book["Tổ chức cơ sở đảng"]
    units["A2"] = units["A2"].value + ' & <Công ty> "A"'


def test_awkward_text_is_spliced_as_docxtpl_renders_it(monkeypatch, tmp_path):
    report = check_file(edited(tmp_path / "so-lieu.xlsx", _awkward_text)).report
    fast = render(report)
    monkeypatch.setattr(splice, "hold", lambda values: {})
    assert render(report) == fast


def test_annex_pictures_are_spliced_as_docxtpl_renders_them(monkeypatch):
    from drafter.compare import AnnexTail

    report, previous = check_file(SAMPLE).report, check_file(SAMPLE_2019).report
    fast = render(report, annex_tail=AnnexTail([previous, report]))
    monkeypatch.setattr(splice, "hold", lambda values: {})
    assert render(report, annex_tail=AnnexTail([previous, report])) == fast
