"""Splicing the report's blocks in after docxtpl (render/splice.py) gives the very
document docxtpl gives when it renders them itself, only faster."""
from __future__ import annotations

import pytest

from conftest import SAMPLE
from conftest import render
from drafter.render import splice
from drafter.workbook.validate import check_file


@pytest.mark.parametrize("template", ["xep-loai-chat-luong", "tong-hop"])
def test_spliced_document_is_the_same_bytes(template, monkeypatch):
    report = check_file(SAMPLE).report
    fast = render(report, template)
    monkeypatch.setattr(splice, "hold", lambda values: {})     # docxtpl renders the blocks itself
    assert render(report, template) == fast
