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


def test_the_parts_later_steps_change_are_found_in_order():
    xml = ('<w:p><w:r><w:t xml:space="preserve">a</w:t></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/>'
           '</w:rPr><w:footnoteReference w:id="2"/></w:r></w:p><w:p><w:pPr><w:sectPr/></w:pPr></w:p>'
           '<w:p><w:r><w:drawing><wp:inline/></w:drawing></w:r></w:p>').encode()
    found = [xml[a:b] for a, b in splice._parts(xml)]
    assert found == [b'<w:footnoteReference w:id="2"/>', b"<w:sectPr/>",
                     b"<w:r><w:drawing><wp:inline/></w:drawing></w:r>"]


def test_a_root_without_the_w_prefix_is_given_it():
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    bound = f"<?xml version='1.0'?>\n<w:document {w}><w:body/></w:document>".encode()
    assert splice._declare_w(bound) == bound
    other = b'<ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body/></ns0:document>'
    assert splice._declare_w(other) == b"<ns0:document " + w.encode() + other[len(b"<ns0:document"):]


@pytest.mark.parametrize("template", ["xep-loai-chat-luong", "tong-hop"])
def test_the_blocks_read_as_their_xml_reads(template, monkeypatch):
    """readback reads the report's blocks from the blocks (readback.texts): the same text as
    reading their XML, which it still does when a stand-in is not a child of the body."""
    from drafter.build import make_report

    report = check_file(SAMPLE).report
    fast = make_report(report, SAMPLE, None, template).paragraphs
    real = splice.splice

    def nested(document, held):
        spliced = real(document, held)
        spliced.at_top = False
        return spliced

    monkeypatch.setattr(splice, "splice", nested)
    assert make_report(report, SAMPLE, None, template).paragraphs == fast
