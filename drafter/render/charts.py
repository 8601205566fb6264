"""Charts of the rating shares over the years, as native Word charts: a DrawingML chart
part (word/charts/chartN.xml) with its data in an embedded workbook
(word/embeddings/Microsoft_Excel_WorksheetN.xlsx), so a user corrects a figure or
restyles the chart in Word's chart editor, and LibreOffice draws it too.

The chart XML comes from python-pptx: its ChartXmlWriter writes a line chart's
c:chartSpace from the data, and its chart objects (series, markers, axes, labels)
set the rest in the order the schema wants, the order Word is strict about. python-pptx
knows nothing of .docx packages, so the parts are related here, through python-docx.
The embedded workbook is openpyxl's, laid out as the chart XML refers to it (Sheet1:
the years down column A from row 2, one category a column from B, its name in row 1).

Made for a page printed in black and white: every line black, told apart by its marker
and dash pattern; each point's value printed beside it, and where two points of a year
are too close for two labels, the upper label goes above and the lower one below.
No PNG fallback (mc:AlternateContent) is written: Word and LibreOffice both read a
DrawingML chart, and LibreOffice takes an AlternateContent's Choice only for the
namespaces it lists (wps, wpg, w14), so with a fallback it would print the picture
and lose the live chart.

Blocks become XML before docxtpl renders, when no part exists yet, so the drawing
names a placeholder relationship id (`ChartPart.placeholder`); `install` adds the parts
once the document is complete and puts the real id in place, then numbers the drawing
ids (wp:docPr) 1, 2, 3 … in document order, as Word wants them unique.
"""
from __future__ import annotations

import hashlib
import io
import re
import zipfile
from dataclasses import dataclass
from typing import Iterable

from ..document import Chart
from .ooxml import A, C, R, WP

EMU_PER_CM = 360000
CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RELATIONSHIPS = R
CHART_RELATIONSHIP = f"{RELATIONSHIPS}/chart"
PACKAGE_RELATIONSHIP = f"{RELATIONSHIPS}/package"
WORKBOOK_ID = "rId1"          # the chart part's only relationship: its workbook
SHEET = "Sheet1"              # the sheet python-pptx's chart XML refers to
FIXED_DATE = b"2000-01-01T00:00:00Z"

# One look per category (HTXSNV, HTTNV, HTNV, KHTNV): marker, marker filled black, dash.
LOOKS = (("circle", True, "solid"), ("square", False, "dash"), ("triangle", True, "dashDot"),
         ("diamond", False, "sysDot"))
FONT, FONT_SIZE, LABEL_SIZE = "Times New Roman", 10, 8       # pt
LINE_WIDTH, MARKER_SIZE = 1.1, 6                            # pt, pt
# The plot area takes about this share of the chart's height; two labels of one year
# closer than LABEL_SIZE + 1 pt on the page would print over each other.
PLOT_SHARE = 0.7


@dataclass(frozen=True)
class ChartPart:
    """A chart of a rendered document: its chart XML, its workbook and its place."""
    xml: bytes
    workbook: bytes
    width: int                 # EMU
    height: int                # EMU
    name: str
    description: str = ""
    style: str = "Figure"

    @property
    def placeholder(self) -> str:
        return "rIdChart" + hashlib.sha1(self.xml).hexdigest()[:20]


def ceiling(chart: Chart) -> int:
    """The top of the value axis: 100 when a share passes 60 %, else the next ten but one."""
    top = max((float(v) for _, values in chart.series for v in values if v is not None), default=0.0)
    return 100 if top > 60 else max(10, (int(top) // 10 + 2) * 10)


def label_sides(chart: Chart) -> dict[tuple[int, int], str]:
    """(series, year index) → "t" or "b" for the labels of points too close to a neighbour
    of the same year to sit right of it (the upper one above, the lower one below)."""
    scale = chart.height_cm * PLOT_SHARE / 2.54 * 72 / ceiling(chart)        # pt per percentage point
    sides: dict[tuple[int, int], str] = {}
    for j in range(len(chart.years)):
        points = sorted((float(values[j]), i) for i, (_, values) in enumerate(chart.series)
                        if values[j] is not None)
        for (low, i_low), (high, i_high) in zip(points, points[1:]):
            if (high - low) * scale < LABEL_SIZE + 1:
                sides.setdefault((i_low, j), "b")
                sides[(i_high, j)] = "t"
    return sides


def number_format(decimals: int) -> str:
    # The locale tag asks for Vietnamese separators (17,30) wherever the chart is drawn.
    return "[$-42A]0" + ("." + "0" * decimals if decimals else "")


def chart_xml(chart: Chart) -> bytes:
    """The c:chartSpace of a line chart of the shares, python-pptx's XML in our looks."""
    # python-pptx, only when a chart is drawn: a plain build never pays for it.
    from lxml import etree
    from pptx.chart.chart import Chart as PptxChart
    from pptx.chart.data import CategoryChartData
    from pptx.chart.xmlwriter import ChartXmlWriter
    from pptx.dml.color import RGBColor
    from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
    from pptx.enum.dml import MSO_LINE_DASH_STYLE
    from pptx.oxml import parse_xml
    from pptx.util import Pt

    black, white, grey = RGBColor(0, 0, 0), RGBColor(0xFF, 0xFF, 0xFF), RGBColor(0xC0, 0xC0, 0xC0)
    fmt = number_format(chart.decimals)
    data = CategoryChartData(number_format=fmt)
    data.categories = [str(y) for y in chart.years]
    for name, values in chart.series:
        data.add_series(name, values)
    space = parse_xml(ChartXmlWriter(XL_CHART_TYPE.LINE_MARKERS, data).xml.encode("utf-8"))
    plot_chart = PptxChart(space, None)
    plot_chart.has_title = False                       # the caption under the chart is its title
    plot_chart.has_legend = True
    plot_chart.legend.position = XL_LEGEND_POSITION.RIGHT
    plot_chart.legend.include_in_layout = False
    plot_chart.font.name = FONT
    plot_chart.font.size = Pt(FONT_SIZE)
    plot = plot_chart.plots[0]
    markers = {"circle": XL_MARKER_STYLE.CIRCLE, "square": XL_MARKER_STYLE.SQUARE,
               "triangle": XL_MARKER_STYLE.TRIANGLE, "diamond": XL_MARKER_STYLE.DIAMOND}
    dashes = {"solid": MSO_LINE_DASH_STYLE.SOLID, "dash": MSO_LINE_DASH_STYLE.DASH,
              "dashDot": MSO_LINE_DASH_STYLE.DASH_DOT, "sysDot": MSO_LINE_DASH_STYLE.ROUND_DOT}
    sides = label_sides(chart)
    positions = {"t": XL_LABEL_POSITION.ABOVE, "b": XL_LABEL_POSITION.BELOW}
    for i, (series, (marker, filled, dash)) in enumerate(zip(plot.series, LOOKS)):
        series.smooth = False
        line = series.format.line
        line.color.rgb, line.width, line.dash_style = black, Pt(LINE_WIDTH), dashes[dash]
        series.marker.style, series.marker.size = markers[marker], MARKER_SIZE
        series.marker.format.fill.solid()
        series.marker.format.fill.fore_color.rgb = black if filled else white
        series.marker.format.line.color.rgb = black
        labels = series.data_labels
        labels.show_value = True
        labels.number_format, labels.number_format_is_linked = fmt, False
        labels.position = XL_LABEL_POSITION.RIGHT
        labels.font.name, labels.font.size = FONT, Pt(LABEL_SIZE)
        # A white ground under each label, so a line that passes under it does not cross the figure.
        labels._element.numFmt.addnext(parse_xml(
            f'<c:spPr xmlns:c="{C}" xmlns:a="{A}"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></c:spPr>'))
        for j in range(len(chart.years)):
            if (i, j) in sides:
                point = series.points[j].data_label
                point.position = positions[sides[(i, j)]]
                point.font.name, point.font.size = FONT, Pt(LABEL_SIZE)
    value_axis, year_axis = plot_chart.value_axis, plot_chart.category_axis
    top = ceiling(chart)
    value_axis.minimum_scale, value_axis.maximum_scale = 0, top
    value_axis.major_unit = 20 if top >= 60 else 10
    value_axis.tick_labels.number_format, value_axis.tick_labels.number_format_is_linked = "0", False
    value_axis.has_major_gridlines = True
    value_axis.major_gridlines.format.line.color.rgb = grey
    value_axis.has_title = True
    value_axis.axis_title.text_frame.text = "Tỷ lệ (%)"
    year_axis.has_title = True
    year_axis.axis_title.text_frame.text = "Năm"
    for axis in (value_axis, year_axis):
        axis.format.line.color.rgb = black
    # Square corners and no frame: the chart sits on the page like the tables do; the
    # chart's language is Vietnamese; its data are in the embedded workbook.
    c = f"{{{C}}}"
    lang = etree.Element(f"{c}lang", val="vi-VN")
    space.insert(1, lang)
    lang.addnext(etree.Element(f"{c}roundedCorners", val="0"))
    frame = parse_xml(f'<c:spPr xmlns:c="{C}" xmlns:a="{A}">'
                      '<a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>')
    space.find(f"{c}chart").addnext(frame)
    space.get_or_add_externalData().rId = WORKBOOK_ID
    return etree.tostring(space, xml_declaration=True, encoding="UTF-8", standalone=True)


def workbook(chart: Chart) -> bytes:
    """The chart's data as an .xlsx in the cells its XML names, with fixed dates."""
    # openpyxl, only when a chart is drawn (it writes the sample workbooks too).
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    for k, (name, values) in enumerate(chart.series, start=2):
        sheet.cell(row=1, column=k, value=name)
        for j, value in enumerate(values, start=2):
            cell = sheet.cell(row=j, column=k, value=value)
            cell.number_format = "0" + ("." + "0" * chart.decimals if chart.decimals else "")
    for j, year in enumerate(chart.years, start=2):
        sheet.cell(row=j, column=1, value=str(year))
    book.properties.created = dt.datetime(2000, 1, 1)
    book.properties.creator = book.properties.lastModifiedBy = "drafter"
    raw = io.BytesIO()
    book.save(raw)
    return _fixed_dates(raw.getvalue())


def _fixed_dates(xlsx: bytes) -> bytes:
    """The same workbook with every zip entry dated 1980-01-01 and the modified date of its
    properties (which openpyxl sets to the time of saving) fixed: the same bytes every run."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + FIXED_DATE, data)
            info = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(info, data)
    return out.getvalue()


def make(chart: Chart) -> ChartPart:
    return ChartPart(chart_xml(chart), workbook(chart), int(chart.width_cm * EMU_PER_CM),
                     int(chart.height_cm * EMU_PER_CM), chart.name, chart.description, chart.style)


def install(document, charts: Iterable[ChartPart]) -> int:
    """Add the chart parts of `charts` to `document` (python-docx), each with its workbook,
    and patch their placeholders. Returns the number of drawings in the document."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    by_placeholder = {c.placeholder: c for c in charts}
    package = document.part.package
    rel_id = f"{{{R}}}id"
    number = 0
    for ref in document.element.iter(f"{{{C}}}chart"):
        placeholder = ref.get(rel_id, "")
        if not placeholder.startswith("rIdChart"):
            continue
        if placeholder not in by_placeholder:
            raise ValueError(f"chart {placeholder} has no chart part")
        made = by_placeholder[placeholder]
        number += 1
        part = Part(PackURI(f"/word/charts/chart{number}.xml"), CHART_CONTENT_TYPE, made.xml, package)
        data = Part(PackURI(f"/word/embeddings/Microsoft_Excel_Worksheet{number}.xlsx"), XLSX_CONTENT_TYPE,
                    made.workbook, package)
        if part.relate_to(data, PACKAGE_RELATIONSHIP) != WORKBOOK_ID:
            raise ValueError("the chart's workbook must be its first relationship")
        ref.set(rel_id, document.part.relate_to(part, CHART_RELATIONSHIP))
    drawings = list(document.element.iter(f"{{{WP}}}docPr"))
    for n, doc_pr in enumerate(drawings, start=1):
        doc_pr.set("id", str(n))
    return len(drawings)
