"""A whole document from the model: the report (its opening, body and own annexes,
then the comparison annexes numbered after them) or the comparison document of
`drafter compare`. The one place that decides what a document contains; render/
only lays it out."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import messages as M
from ..document import ANNEX_NUMBER, BODY_TEXT, Block, LandscapeStart, Para
from ..errors import NothingToCompare
from ..model import BUILTIN_TEMPLATES, Report
from . import compare, general, rating
from .narrative import Resolver
from .printed import Ledger


@dataclass
class Composed:
    report: Report                  # whose header block and signature the document carries
    doc_type: str                   # "BÁO CÁO", "PHỤ LỤC"
    subject: str                    # the trích yếu under the document type
    title: str                      # the document's title property
    opening: list[Block]
    body: list[Block]
    annexes: list[Block]
    printed: Ledger = field(default_factory=Ledger)
    comparison: compare.Annexes | None = None
    attached_to: str = ""           # "(Kèm theo Báo cáo số …)" under a document that goes with a report


def uses_outline(report: Report, template: str) -> bool:
    """The body is the outline of `Nội dung` for `tong-hop`, and for a template of the
    user's own when the workbook has no rating rows (a review rather than the annual ratings)."""
    if template in BUILTIN_TEMPLATES:
        return template == "tong-hop"
    return not any(t.rows for t in report.ratings)


def compose_report(report: Report, template: str, comparison: list[Report] | None = None,
                   charts: bool = True) -> Composed:
    """The report for `template`; with `comparison` (the yearly workbooks, this one among
    them) the comparison annexes follow its own annexes, numbered after them."""
    resolver = Resolver(report)
    opening = [Para(BODY_TEXT, rating.opening(report, resolver))]
    compose = general.compose if uses_outline(report, template) else rating.compose
    body, annexes = compose(report, resolver)
    made = None
    if comparison is not None:
        own = sum(1 for b in annexes if isinstance(b, Para) and b.style == ANNEX_NUMBER)
        made = compare.annexes(comparison, first_number=own + 1, charts=charts)
        if made.blocks:
            section = [] if any(isinstance(b, LandscapeStart) for b in annexes) else [LandscapeStart()]
            annexes = [*annexes, *section, *made.blocks]
    info = report.info
    return Composed(report, info.doc_type, info.subject, f"{info.doc_type} {info.subject}", opening, body, annexes,
                    resolver.printed, made)


def compose_comparison(reports: list[Report] | tuple[Report, ...], charts: bool = True) -> Composed:
    """The comparison annexes as a document of their own: its header has no document
    number, as it goes with the latest workbook's report."""
    books = compare.ordered(reports)
    made = compare.annexes(books, charts=charts)
    if not made.blocks:
        raise NothingToCompare(M.COMPARE_NOTHING)
    subject = ("so sánh kết quả đánh giá, xếp loại chất lượng "
               f"{'năm' if len(made.years) == 1 else 'các năm'} {compare.year_span(made.years)}")
    return Composed(books[-1], "PHỤ LỤC", subject[:1].upper() + subject[1:], f"PHỤ LỤC {subject}", [],
                    compare.cover(made, books),
                    made.blocks, comparison=made, attached_to=compare.attached_to(books[-1]))
