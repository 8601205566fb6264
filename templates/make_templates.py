"""Write the report templates (.docx) from the WordprocessingML below.

The templates are what a user opens in Word to restyle a report, so their
source is kept here, reviewable without Word; `tests/test_templates.py`
fails when a committed .docx drifts from this script. Run:
    python templates/make_templates.py

Everything visible is a named style (headings that Word's navigation pane
shows, body text, items, footnote text, header block, signature, tables), so
changing the look of all headings is one edit in Word's Styles pane.
Tags in {{ }} / {% %} are docxtpl (Jinja) tags; docs/mau-bao-cao.md lists them.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
W_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')

# Page (twentieths of a point): A4, margins top/bottom 20 mm, left 30 mm, right 15 mm.
PAGE = '<w:pgSz w:w="11906" w:h="16838"/>' \
       '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'


def _style(kind: str, style_id: str, name: str, *, based: str | None = None, next_: str | None = None,
           ppr: str = "", rpr: str = "", extra: str = "", default: bool = False) -> str:
    return (f'<w:style w:type="{kind}" w:styleId="{style_id}"' + (' w:default="1"' if default else '') + '>'
            f'<w:name w:val="{name}"/>'
            + (f'<w:basedOn w:val="{based}"/>' if based else '')
            + (f'<w:next w:val="{next_}"/>' if next_ else '')
            + extra
            + (f'<w:pPr>{ppr}</w:pPr>' if ppr else '')
            + (f'<w:rPr>{rpr}</w:rPr>' if rpr else '')
            + '</w:style>')


def _size(points: int) -> str:
    return f'<w:sz w:val="{2 * points}"/><w:szCs w:val="{2 * points}"/>'


# A solid line under a paragraph (its bottom border): under a national title, a motto, an
# issuing body, a subject.
RULE = '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="auto"/></w:pBdr>'


def _heading(level: int, ppr_more: str = "", rpr: str = "<w:b/><w:bCs/>") -> str:
    """Heading N and its linked character style "Heading N Char" (Word's pairing: Word lists
    them as one style and changes both together), in which a run-in heading is set, the
    text after it going on in the body style: "1. Việc hướng dẫn thi hành Điều lệ Đảng: Các …"."""
    return (_style("paragraph", f"Heading{level}", f"heading {level}", based="Normal", next_="BodyText",
                   extra=f'<w:link w:val="Heading{level}Char"/><w:uiPriority w:val="9"/><w:qFormat/>',
                   ppr=f'<w:keepNext/><w:keepLines/><w:spacing w:before="120" w:after="120"/>'
                       f'<w:ind w:firstLine="567"/><w:jc w:val="both"/>{ppr_more}<w:outlineLvl w:val="{level - 1}"/>',
                   rpr=rpr)
            + _style("character", f"Heading{level}Char", f"Heading {level} Char",
                     extra=f'<w:link w:val="Heading{level}"/><w:uiPriority w:val="9"/>', rpr=rpr))


STYLES = (
    f'<w:styles {W_NS}>'
    '<w:docDefaults><w:rPrDefault><w:rPr>'
    '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'
    '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN" w:eastAsia="en-US" w:bidi="ar-SA"/>'
    '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
    '</w:pPr></w:pPrDefault></w:docDefaults>'
    + _style("paragraph", "Normal", "Normal", default=True, extra='<w:qFormat/>')
    + _heading(1)
    + _heading(2)
    + _heading(3)
    # HD 36: a point with a heading (a), b) …) is lower case, 14, upright, bold — like the
    # numbered headings above it, so Heading 4 takes their look (it was bold italic).
    + _heading(4)
    + _style("paragraph", "BodyText", "Body Text", based="Normal", extra='<w:qFormat/>',
             ppr='<w:spacing w:before="0" w:after="120" w:line="264" w:lineRule="auto"/>'
                 '<w:ind w:firstLine="567"/><w:jc w:val="both"/>')
    + _style("paragraph", "Item", "Item", based="BodyText", extra='<w:qFormat/>')
    + _style("paragraph", "Title", "Title", based="Normal", next_="Subtitle", extra='<w:qFormat/>',
             ppr='<w:keepNext/><w:spacing w:before="360" w:after="0"/><w:jc w:val="center"/>',
             rpr='<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>')
    + _style("paragraph", "Subtitle", "Subtitle", based="Normal", extra='<w:qFormat/>',
             ppr='<w:keepNext/><w:jc w:val="center"/>', rpr='<w:b/><w:bCs/>')
    + _style("paragraph", "TitleRule", "Title Rule", based="Normal",
             ppr='<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/>')
    + _style("paragraph", "HeaderOrganSuperior", "Header Organ Superior", based="Normal",
             ppr='<w:jc w:val="center"/>')
    + _style("paragraph", "HeaderOrgan", "Header Organ", based="Normal",
             ppr='<w:jc w:val="center"/>', rpr='<w:b/><w:bCs/>')
    + _style("paragraph", "HeaderCentre", "Header Centre", based="Normal", ppr='<w:jc w:val="center"/>')
    + _style("paragraph", "HeaderMarking", "Header Marking", based="Normal",
             ppr='<w:spacing w:before="120"/><w:jc w:val="center"/>', rpr='<w:b/><w:bCs/>')
    # HD 36: "ĐẢNG CỘNG SẢN VIỆT NAM", caps 15 bold, a solid line under it as long as the
    # words. The line is the paragraph's bottom border; drafter sets the paragraph's indents
    # so it is as long as the text (render/rules.py), a user may drag them in Word.
    + _style("paragraph", "NationalTitle", "National Title", based="Normal",
             ppr=f'{RULE}<w:jc w:val="center"/>', rpr='<w:b/><w:bCs/><w:sz w:val="30"/><w:szCs w:val="30"/>')
    + _style("paragraph", "PlaceDate", "Place Date", based="Normal",
             ppr='<w:spacing w:before="120"/><w:jc w:val="center"/>', rpr='<w:i/><w:iCs/>')
    # The state form, Nghị định 30/2020/NĐ-CP, Phụ lục I: the superior body caps 13; the
    # issuing body caps 13 bold with a line under it 1/3 to 1/2 as long (StateRule); "Số:"
    # 13; the national title caps 12 bold; the motto 13 bold with a line under it as long as
    # the words; place and date 14 italic; the document type 14 bold; a line under the
    # subject; "Nơi nhận:" 12 bold italic, the recipients 11.
    + _style("paragraph", "StateOrganSuperior", "State Organ Superior", based="Normal",
             ppr='<w:jc w:val="center"/>', rpr=_size(13))
    + _style("paragraph", "StateOrgan", "State Organ", based="Normal",
             ppr='<w:jc w:val="center"/>', rpr='<w:b/><w:bCs/>' + _size(13))
    + _style("paragraph", "StateRule", "State Rule", based="Normal",
             ppr=f'{RULE}<w:spacing w:before="0" w:after="0" w:line="60" w:lineRule="exact"/><w:jc w:val="center"/>',
             rpr=_size(2))
    + _style("paragraph", "StateTitleRule", "State Title Rule", based="StateRule",
             ppr='<w:spacing w:before="0" w:after="240" w:line="60" w:lineRule="exact"/>')
    + _style("paragraph", "StateNumber", "State Number", based="Normal",
             ppr='<w:spacing w:before="160"/><w:jc w:val="center"/>', rpr=_size(13))
    + _style("paragraph", "StateNationalTitle", "State National Title", based="Normal",
             ppr='<w:jc w:val="center"/>', rpr='<w:b/><w:bCs/>' + _size(12))
    + _style("paragraph", "Motto", "Motto", based="Normal", ppr=f'{RULE}<w:jc w:val="center"/>',
             rpr='<w:b/><w:bCs/>' + _size(13))
    + _style("paragraph", "StateTitle", "State Title", based="Title", next_="Subtitle", rpr=_size(14))
    + _style("paragraph", "StateRecipientsHeading", "State Recipients Heading", based="Normal",
             ppr='<w:keepNext/><w:spacing w:before="60"/>', rpr='<w:b/><w:bCs/><w:i/><w:iCs/>' + _size(12))
    + _style("paragraph", "StateRecipients", "State Recipients", based="Normal",
             ppr='<w:ind w:left="128" w:hanging="128"/>', rpr=_size(11))
    # HD 36: "Nơi nhận:" on a line of its own, lower case, 14, upright, underlined; the
    # recipients below it 12, upright, one a line from "- ". A recipient that wraps goes on
    # under its first letter, not under the dash (a hanging indent as wide as "- " at 12 pt).
    + _style("paragraph", "RecipientsHeading", "Recipients Heading", based="Normal",
             ppr='<w:keepNext/><w:spacing w:before="60"/>', rpr='<w:u w:val="single"/>')
    + _style("paragraph", "Recipients", "Recipients", based="Normal",
             ppr='<w:ind w:left="140" w:hanging="140"/>', rpr='<w:sz w:val="24"/><w:szCs w:val="24"/>')
    + _style("paragraph", "Signature", "Signature", based="Normal",
             ppr='<w:keepNext/><w:spacing w:before="0"/><w:jc w:val="center"/>', rpr='<w:b/><w:bCs/>')
    # "Biểu số N" and its title are in the outline (level 1 and 2), so the navigation pane and
    # a table of contents list the annexes, in the report and in the comparison document.
    + _style("paragraph", "AnnexNumber", "Annex Number", based="Normal",
             ppr='<w:keepNext/><w:pageBreakBefore/><w:jc w:val="right"/><w:outlineLvl w:val="0"/>',
             rpr='<w:b/><w:bCs/>')
    + _style("paragraph", "AnnexTitle", "Annex Title", based="Normal",
             ppr='<w:keepNext/><w:spacing w:before="120"/><w:jc w:val="center"/><w:outlineLvl w:val="1"/>',
             rpr='<w:b/><w:bCs/>')
    + _style("paragraph", "AnnexSubtitle", "Annex Subtitle", based="Normal",
             ppr='<w:keepNext/><w:spacing w:after="240"/><w:jc w:val="center"/>', rpr='<w:i/><w:iCs/>')
    # The paragraph that must follow a table closing a part (before a section break, at the
    # end of the document): 1 pt high, so a table that ends at the foot of a page does not
    # push it, and an empty page, onto the next one.
    + _style("paragraph", "EndMark", "End Mark", based="Normal",
             ppr='<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>',
             rpr='<w:sz w:val="2"/><w:szCs w:val="2"/>')
    + _style("paragraph", "TableText", "Table Text", based="Normal",
             ppr='<w:spacing w:before="20" w:after="20"/>', rpr='<w:sz w:val="24"/><w:szCs w:val="24"/>')
    + _style("paragraph", "TableHeading", "Table Heading", based="TableText",
             ppr='<w:keepNext/><w:jc w:val="center"/>', rpr='<w:b/><w:bCs/>')
    + _style("paragraph", "TableNumber", "Table Number", based="TableText", ppr='<w:jc w:val="right"/>')
    + _style("paragraph", "TableCentre", "Table Centre", based="TableText", ppr='<w:jc w:val="center"/>')
    + _style("paragraph", "TableTotal", "Table Total", based="TableText", rpr='<w:b/><w:bCs/>')
    + _style("paragraph", "TableTotalNumber", "Table Total Number", based="TableNumber", rpr='<w:b/><w:bCs/>')
    + _style("paragraph", "Figure", "Figure", based="Normal",
             ppr='<w:keepNext/><w:spacing w:before="120" w:after="60"/><w:jc w:val="center"/>')
    + _style("paragraph", "Caption", "caption", based="Normal", next_="BodyText", extra='<w:qFormat/>',
             ppr='<w:spacing w:after="120"/><w:jc w:val="center"/>',
             rpr='<w:i/><w:iCs/><w:sz w:val="24"/><w:szCs w:val="24"/>')
    + _style("paragraph", "FootnoteText", "footnote text", based="Normal",
             extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
             ppr='<w:spacing w:after="40"/><w:jc w:val="both"/>', rpr='<w:sz w:val="24"/><w:szCs w:val="24"/>')
    + _style("character", "FootnoteReference", "footnote reference",
             extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>', rpr='<w:vertAlign w:val="superscript"/>')
    + _style("paragraph", "Header", "header", based="Normal", extra='<w:uiPriority w:val="99"/><w:unhideWhenUsed/>',
             ppr='<w:jc w:val="center"/>')
    + _style("table", "TableNormal", "Normal Table", default=True,
             extra='<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                   '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
                   '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
                   '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>')
    + _style("table", "TableGrid", "Table Grid", based="TableNormal",
             extra='<w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>'
                   + ''.join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                             for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
                   + '</w:tblBorders></w:tblPr>')
    + '</w:styles>'
)


def _p(style: str, text: str = "") -> str:
    run = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{run}</w:p>'


def _cell(width: int, paragraphs: str) -> str:
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{paragraphs}</w:tc>'


def _borderless_table(widths: tuple[int, int], cells: tuple[str, str]) -> str:
    return ('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="0"/></w:tblPr>'
            f'<w:tblGrid><w:gridCol w:w="{widths[0]}"/><w:gridCol w:w="{widths[1]}"/></w:tblGrid>'
            # The header and the signature block never break across pages.
            f'<w:tr><w:trPr><w:cantSplit/></w:trPr>{_cell(widths[0], cells[0])}{_cell(widths[1], cells[1])}</w:tr></w:tbl>')


def _if(condition: str, body: str) -> str:
    return _p("Normal", f"{{%p if {condition} %}}") + body + _p("Normal", "{%p endif %}")


# Widths of the two header columns (text width: 11,906 - margins = 9,354 twips).
HEADER_WIDTHS = (3950, 5404)

def _if_else(condition: str, body: str, other: str) -> str:
    return (_p("Normal", f"{{%p if {condition} %}}") + body + _p("Normal", "{%p else %}") + other
            + _p("Normal", "{%p endif %}"))


# The header block in the two forms: `nha_nuoc` is the workbook's `Thể thức: Nhà nước`.
MARKINGS = _if("do_mat", _p("HeaderMarking", "{{ do_mat }}")) + _if("do_khan", _p("HeaderMarking", "{{ do_khan }}"))
PARTY_ORGAN = (
    _if("co_quan_cap_tren", _p("HeaderOrganSuperior", "{{ co_quan_cap_tren }}"))
    + _p("HeaderOrgan", "{{ co_quan_ban_hanh }}")
    + _if("dau_sao", _p("HeaderCentre", "{{ dau_sao }}"))
)
STATE_ORGAN = (
    _if("co_quan_cap_tren", _p("StateOrganSuperior", "{{ co_quan_cap_tren }}"))
    + _p("StateOrgan", "{{ co_quan_ban_hanh }}")
    + _p("StateRule")
)
HEADER_LEFT = (
    _if_else("nha_nuoc", STATE_ORGAN + _p("StateNumber", "{{ so_ky_hieu }}"),
             PARTY_ORGAN + _p("HeaderCentre", "{{ so_ky_hieu }}"))
    + MARKINGS
)
HEADER_RIGHT = _if_else(
    "nha_nuoc",
    _p("StateNationalTitle", "{{ quoc_hieu }}") + _p("Motto", "{{ tieu_ngu }}"),
    _p("NationalTitle", "{{ quoc_hieu }}"),
) + _p("PlaceDate", "{{ dia_danh_ngay }}")
TITLE = (
    _if_else("nha_nuoc", _p("StateTitle", "{{ loai_van_ban }}"), _p("Title", "{{ loai_van_ban }}"))
    + _p("Subtitle", "{{ trich_yeu }}")
    # HD 36 prints "-----" under the subject, Nghị định 30 a line 1/3 to 1/2 as long as it.
    + _if_else("nha_nuoc", _p("StateTitleRule"), _p("TitleRule", "-----"))
)
SIGNATURE_LEFT = _if_else(
    "nha_nuoc",
    _p("StateRecipientsHeading", "Nơi nhận:")
    + _p("Normal", "{%p for nhan in noi_nhan %}") + _p("StateRecipients", "- {{ nhan }}") + _p("Normal", "{%p endfor %}"),
    _p("RecipientsHeading", "Nơi nhận:")
    + _p("Normal", "{%p for nhan in noi_nhan %}") + _p("Recipients", "- {{ nhan }}") + _p("Normal", "{%p endfor %}"),
)
# The authority may take two lines ("TM. ỦY BAN NHÂN DÂN" over "KT. CHỦ TỊCH"), then the
# signer's title, room for the signature and the seal, the signer's name.
SIGNATURE_RIGHT = (
    _p("Normal", "{%p for dong in quyen_han %}")
    + _p("Signature", "{{ dong }}")
    + _p("Normal", "{%p endfor %}")
    + _p("Signature", "{{ chuc_vu_nguoi_ky }}")
    + _p("Signature") * 4
    + _p("Signature", "{{ nguoi_ky }}")
)

DOCUMENT = (
    f'<w:document {W_NS}><w:body>'
    + _borderless_table(HEADER_WIDTHS, (HEADER_LEFT, HEADER_RIGHT))
    + TITLE
    + _p("BodyText", "{{p mo_dau }}")
    + _p("BodyText", "{{p noi_dung }}")
    + _borderless_table((4300, 5054), (SIGNATURE_LEFT, SIGNATURE_RIGHT))
    + _p("Normal", "{{p phu_luc }}")
    + '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>'
      '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
    + PAGE
    + '<w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="381"/></w:sectPr>'
    '</w:body></w:document>'
)

# The comparison annexes of `drafter compare` (template `so-sanh`): landscape from the
# first page, as they are all wide tables; the header block without a number of its
# own (the annexes go with the report named in the "(Kèm theo …)" line); no signature.
LANDSCAPE = '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' \
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/>'
LANDSCAPE_HEADER_WIDTHS = (6000, 8570)
SO_SANH_DOCUMENT = (
    f'<w:document {W_NS}><w:body>'
    + _borderless_table(LANDSCAPE_HEADER_WIDTHS, (_if_else("nha_nuoc", STATE_ORGAN, PARTY_ORGAN) + MARKINGS,
                                                   HEADER_RIGHT))
    + TITLE
    + _p("AnnexSubtitle", "{{ kem_theo }}")
    + _p("BodyText", "{{p noi_dung }}")
    + _p("Normal", "{{p phu_luc }}")
    + '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>'
      '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
    + LANDSCAPE
    + '<w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="381"/></w:sectPr>'
    '</w:body></w:document>'
)

# A thematic paper (Thể thức: Tham luận, the papers of a congress, 001): no header block, number,
# date, recipients or signature; its author and the author's posts under the title.
AUTHOR = (
    _p("Signature", "{{ nguoi_ky }}")
    + _p("HeaderCentre", "{{ chuc_vu_nguoi_ky }}")
)
THAM_LUAN_DOCUMENT = (
    f'<w:document {W_NS}><w:body>'
    + _p("Title", "{{ loai_van_ban }}")
    + _p("Subtitle", "{{ trich_yeu }}")
    + _p("TitleRule", "-----")
    + _borderless_table((4300, 5054), ("<w:p/>", AUTHOR))
    + _p("BodyText", "{{p mo_dau }}")
    + _p("BodyText", "{{p noi_dung }}")
    + _p("Normal", "{{p phu_luc }}")
    + '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>'
      '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
    + PAGE
    + '<w:cols w:space="720"/><w:titlePg/><w:docGrid w:linePitch="381"/></w:sectPr>'
    '</w:body></w:document>'
)

HEADER_DEFAULT = (
    f'<w:hdr {W_NS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
    '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
    '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>'
)
HEADER_FIRST = f'<w:hdr {W_NS}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr></w:p></w:hdr>'

FOOTNOTES = (
    f'<w:footnotes {W_NS}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '</w:footnotes>'
)

SETTINGS = (
    f'<w:settings {W_NS}><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
    '<w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
    'w:val="15"/></w:compat><w:themeFontLang w:val="vi-VN"/></w:settings>'
)

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCUMENT_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rIdStyles" Type="{REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdFootnotes" Type="{REL}/footnotes" Target="footnotes.xml"/>'
    f'<Relationship Id="rIdHeaderDefault" Type="{REL}/header" Target="header1.xml"/>'
    f'<Relationship Id="rIdHeaderFirst" Type="{REL}/header" Target="header2.xml"/>'
    '</Relationships>'
)
PACKAGE_RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
    '</Relationships>'
)
WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{WML}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{WML}.styles+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{WML}.settings+xml"/>'
    f'<Override PartName="/word/footnotes.xml" ContentType="{WML}.footnotes+xml"/>'
    f'<Override PartName="/word/header1.xml" ContentType="{WML}.header+xml"/>'
    f'<Override PartName="/word/header2.xml" ContentType="{WML}.header+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
    'extended-properties+xml"/>'
    '</Types>'
)
CORE = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dc:title>{title}</dc:title><dc:creator>drafter</dc:creator><dc:language>vi-VN</dc:language><cp:lastModifiedBy>drafter</cp:lastModifiedBy>'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2021-01-01T00:00:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2021-01-01T00:00:00Z</dcterms:modified>'
    '</cp:coreProperties>'
)
APP = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>drafter</Application></Properties>')

TEMPLATES = {
    "xep-loai-chat-luong": "Báo cáo kết quả đánh giá, xếp loại chất lượng",
    "tong-hop": "Báo cáo tổng hợp",
    "so-sanh": "Phụ lục so sánh kết quả đánh giá, xếp loại chất lượng",
    "tham-luan": "Tham luận, chuyên đề",
}
DOCUMENTS = {"so-sanh": SO_SANH_DOCUMENT, "tham-luan": THAM_LUAN_DOCUMENT}     # the others share DOCUMENT


def parts(title: str, document: str = DOCUMENT) -> dict[str, str]:
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    return {
        "[Content_Types].xml": x + CONTENT_TYPES,
        "_rels/.rels": x + PACKAGE_RELS,
        "docProps/core.xml": x + CORE.format(title=title),
        "docProps/app.xml": x + APP,
        "word/document.xml": x + document,
        "word/styles.xml": x + STYLES,
        "word/settings.xml": x + SETTINGS,
        "word/footnotes.xml": x + FOOTNOTES,
        "word/header1.xml": x + HEADER_DEFAULT,
        "word/header2.xml": x + HEADER_FIRST,
        "word/_rels/document.xml.rels": x + DOCUMENT_RELS,
    }


def write(path: Path, title: str, document: str = DOCUMENT) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts(title, document).items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, text.encode("utf-8"))


def main() -> None:
    for name, title in TEMPLATES.items():
        write(HERE / f"{name}.docx", title, DOCUMENTS.get(name, DOCUMENT))
        print(HERE / f"{name}.docx")


if __name__ == "__main__":
    main()
