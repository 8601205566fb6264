"""Pages as a clerk prints them (issue 14), checked in the XML; tests/test_pages.py checks
the same in LibreOffice's PDF. The signature keeps the body's last lines, no empty
paragraph follows a table, columns are as wide as their figures, the HD 36 styles of
"Nơi nhận:" and of Heading 4, the annexes in the outline, the document's language."""
from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLE, W, build, part

from drafter.document import TABLE_HEADING, TABLE_NUMBER, TABLE_TEXT, TABLE_TOTAL_NUMBER, Cell, Row, Table
from drafter.render.metrics import Font, style_fonts, text_width
from drafter.render.xml import CELL_MARGIN, PAGE_TEXT_WIDTH, fitted_widths

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "templates" / "xep-loai-chat-luong.docx"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    return build(SAMPLE, tmp_path_factory.mktemp("layout") / "r.docx")


def styles(docx: Path) -> dict:
    return {s.get(f"{W}styleId"): s for s in part(docx, "word/styles.xml").findall(f"{W}style")}


def test_last_body_paragraph_keeps_with_the_signature(report):
    body = part(report).find(f"{W}body")
    signature = next(t for t in body.iter(f"{W}tbl")
                     if "Nơi nhận:" in "".join(x.text or "" for x in t.iter(f"{W}t")))
    before = signature.getprevious()
    assert before.tag == f"{W}p" and before.find(f"{W}pPr/{W}keepNext") is not None
    assert "".join(t.text or "" for t in before.iter(f"{W}t"))             # a paragraph of the body, not a spacer


def test_no_empty_paragraph_after_a_table(report):
    body = part(report).find(f"{W}body")
    for table in body.iter(f"{W}tbl"):
        after = table.getnext()
        if after is None or after.tag != f"{W}p":
            continue
        text = "".join(t.text or "" for t in after.iter(f"{W}t"))
        style = after.find(f"{W}pPr/{W}pStyle")
        # Only the 1 pt end mark (before a section break or the end) may be empty.
        assert text or style.get(f"{W}val") == "EndMark"
    end = styles(report)["EndMark"]
    assert end.find(f"{W}rPr/{W}sz").get(f"{W}val") == "2"
    assert end.find(f"{W}pPr/{W}spacing").get(f"{W}lineRule") == "exact"


def test_hd36_recipients_and_heading4(report):
    defined = styles(report)
    heading = defined["RecipientsHeading"].find(f"{W}rPr")
    # "Nơi nhận:": 14 (the default), upright, not bold, underlined.
    assert heading.find(f"{W}u").get(f"{W}val") == "single"
    assert heading.find(f"{W}b") is None and heading.find(f"{W}i") is None and heading.find(f"{W}sz") is None
    items = defined["Recipients"]
    assert items.find(f"{W}rPr/{W}sz").get(f"{W}val") == "24"
    ind = items.find(f"{W}pPr/{W}ind")
    assert ind.get(f"{W}hanging") == ind.get(f"{W}left") == str(text_width("- ", 12))
    h4 = defined["Heading4"].find(f"{W}rPr")
    assert h4.find(f"{W}b") is not None and h4.find(f"{W}i") is None


def test_annexes_are_in_the_outline(report):
    defined = styles(report)
    assert defined["AnnexNumber"].find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "0"
    assert defined["AnnexTitle"].find(f"{W}pPr/{W}outlineLvl").get(f"{W}val") == "1"


def test_document_language(report):
    core = part(report, "docProps/core.xml")
    assert core.find("{http://purl.org/dc/elements/1.1/}language").text == "vi-VN"


# ---- column widths from the content ----------------------------------------------------------

def test_text_width_of_times_new_roman():
    assert text_width("21.531", 12) == 660                    # five digits of 1/2 em and a point of 1/4 em
    assert text_width("Đảng", 12, bold=True) == text_width("Dang", 12, bold=True)   # tone marks take no room
    assert text_width("ư", 14) > text_width("u", 14)          # the horn does
    assert text_width("中", 12) == 240                         # unknown: a full em, never too narrow


def test_style_fonts_follow_the_template():
    fonts = style_fonts(part(TEMPLATE, "word/styles.xml"))
    assert fonts["TableText"] == Font(12.0) and fonts["TableTotalNumber"] == Font(12.0, True)
    assert fonts["BodyText"] == Font(14.0) and fonts["Heading1"].bold


def test_a_count_column_is_as_wide_as_its_widest_figure():
    fonts = style_fonts(part(TEMPLATE, "word/styles.xml"))
    rows = (Row((Cell(("Đơn vị",), TABLE_HEADING), Cell(("Số",), TABLE_HEADING)), header=True),
            Row((Cell(("Đảng bộ thành phố Kon Tum",), TABLE_TEXT), Cell(("9.999",), TABLE_NUMBER))),
            Row((Cell(("Tổng cộng",), TABLE_TEXT), Cell(("21.531",), TABLE_TOTAL_NUMBER))))
    widths = fitted_widths(Table((3000, 850), rows), fonts)
    assert widths[1] >= text_width("21.531", 12, True) + 2 * CELL_MARGIN
    assert widths[0] == 3000


def test_wide_figures_take_room_from_the_text_columns_not_the_page():
    fonts = style_fonts(part(TEMPLATE, "word/styles.xml"))
    numbers = ("1.234.567",) * 10
    rows = (Row((Cell(("Đơn vị có tên dài",), TABLE_TEXT), *(Cell((n,), TABLE_NUMBER) for n in numbers))),)
    base = (PAGE_TEXT_WIDTH - 10 * 850, *(850,) * 10)
    widths = fitted_widths(Table(base, rows), fonts)
    assert sum(widths) <= PAGE_TEXT_WIDTH
    assert min(widths[1:]) >= text_width("1.234.567", 12) + 2 * CELL_MARGIN
    assert widths[0] >= text_width("Đơn", 12) + 2 * CELL_MARGIN                # still holds its longest word


# ---- the state form (Nghị định 30/2020/NĐ-CP) ------------------------------------------------

STATE_SAMPLE = ROOT / "sample_data" / "bao-cao-ubnd-huyen-dak-ha.xlsx"


@pytest.fixture(scope="module")
def state_report(tmp_path_factory) -> Path:
    return build(STATE_SAMPLE, tmp_path_factory.mktemp("nha-nuoc") / "ubnd.docx")


def styled(docx: Path) -> list[tuple[str, str]]:
    """(style, text) of every paragraph, tables included, in document order."""
    out = []
    for p in part(docx).iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(f"{W}val") if style is not None else "",
                    "".join(t.text or "" for t in p.iter(f"{W}t"))))
    return out


def test_state_header_title_and_rules(state_report):
    paras = styled(state_report)
    first = paras[:9]
    assert ("StateOrgan", "ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ") in first
    assert ("StateNumber", "Số: 245/BC-UBND") in first
    assert ("StateNationalTitle", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") in first
    assert ("Motto", "Độc lập - Tự do - Hạnh phúc") in first
    assert ("PlaceDate", "Đăk Hà, ngày 06 tháng 12 năm 2021") in first
    assert ("StateTitle", "BÁO CÁO") in paras
    assert not [t for s, t in paras if t in ("*", "-----", "ĐẢNG CỘNG SẢN VIỆT NAM")]
    # The lines under the body's name, the motto and the subject: indents fitted to their text.
    body = part(state_report).find(f"{W}body")
    for p in body.iter(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is not None and style.get(f"{W}val") in ("StateRule", "StateTitleRule", "Motto"):
            ind = p.find(f"{W}pPr/{W}ind")
            assert ind is not None and int(ind.get(f"{W}left")) > 0 and ind.get(f"{W}left") == ind.get(f"{W}right")
    defined = styles(state_report)
    assert defined["Motto"].find(f"{W}pPr/{W}pBdr/{W}bottom") is not None
    assert defined["StateNationalTitle"].find(f"{W}pPr/{W}pBdr") is None          # no line under the quốc hiệu
    assert defined["StateNationalTitle"].find(f"{W}rPr/{W}sz").get(f"{W}val") == "24"
    assert defined["StateOrgan"].find(f"{W}rPr/{W}sz").get(f"{W}val") == "26"


def test_state_signature_and_recipients(state_report):
    paras = styled(state_report)
    signature = [t for s, t in paras if s == "Signature" and t]
    assert signature == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Minh"]
    assert ("StateRecipientsHeading", "Nơi nhận:") in paras
    recipients = [t for s, t in paras if s == "StateRecipients"]
    assert recipients[0] == "- UBND tỉnh (b/c);" and recipients[-1] == "- Lưu: VT, VP."
    defined = styles(state_report)
    heading = defined["StateRecipientsHeading"].find(f"{W}rPr")
    assert heading.find(f"{W}b") is not None and heading.find(f"{W}i") is not None
    assert heading.find(f"{W}sz").get(f"{W}val") == "24"
    assert defined["StateRecipients"].find(f"{W}rPr/{W}sz").get(f"{W}val") == "22"
    # The opening names the committee as a sentence does.
    assert any("Ủy ban nhân dân huyện Đăk Hà báo cáo" in t for _, t in paras)


def test_state_header_with_a_superior_body(tmp_path):
    from conftest import edited

    def superior(book):
        book[S_INFO].append(["Cơ quan cấp trên", "ỦY BAN NHÂN DÂN TỈNH KON TUM"])

    source = edited(tmp_path / "so.xlsx", superior, STATE_SAMPLE)
    paras = styled(build(source, tmp_path / "r.docx"))
    assert paras.index(("StateOrganSuperior", "ỦY BAN NHÂN DÂN TỈNH KON TUM")) < \
        paras.index(("StateOrgan", "ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ"))


S_INFO = "Thông tin"


@pytest.mark.parametrize("typed, style, printed", [
    ("T/M ỦY BAN NHÂN DÂN\nK/T CHỦ TỊCH", "Nhà nước", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]),
    ("TM ỦY BAN NHÂN DÂN", "Nhà nước", ["TM. ỦY BAN NHÂN DÂN"]),
    ("q. chủ tịch", "Nhà nước", ["Q. chủ tịch"]),
    ("TL. CHỦ TỊCH", "Nhà nước", ["TL. CHỦ TỊCH"]),
    ("TUQ CHỦ TỊCH", "Nhà nước", ["TUQ. CHỦ TỊCH"]),
    ("CHỦ TỊCH", "Nhà nước", ["CHỦ TỊCH"]),
    ("T/M BAN THƯỜNG VỤ", "Đảng", ["T/M BAN THƯỜNG VỤ"]),           # HD 36 keeps its own forms
])
def test_signing_forms(typed, style, printed):
    from drafter.compose.common import signing_lines

    assert signing_lines(typed, style) == printed


@pytest.mark.parametrize("issuer, name", [
    ("ỦY BAN NHÂN DÂN HUYỆN ĐĂK HÀ", "Ủy ban nhân dân huyện Đăk Hà"),
    ("UỶ BAN NHÂN DÂN THÀNH PHỐ KON TUM", "Ủy ban nhân dân thành phố Kon Tum"),
    ("TỈNH ỦY KON TUM", "Tỉnh ủy Kon Tum"),
])
def test_organ_names(issuer, name):
    from drafter.compose.common import organ_name

    assert organ_name(issuer) == name
