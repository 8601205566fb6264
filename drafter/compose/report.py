"""A whole document from the model: the report (its opening, body and own annexes,
then the comparison annexes numbered after them) or the comparison document of
`drafter compare`. The one place that decides what a document contains; render/
only lays it out."""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import messages as M
from ..document import ANNEX_NUMBER, BODY_TEXT, Block, LandscapeStart, Para
from ..errors import NothingToCompare
from ..model import Report, outline_body
from . import compare, general, indicator_annex, rating
from .common import annex_order, fill_annex_refs
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
    return outline_body(template, any(t.rows for t in report.ratings))


def compose_report(report: Report, template: str, comparison: list[Report] | None = None,
                   charts: bool = True) -> Composed:
    """The report for `template`; with `comparison` (the yearly workbooks, this one among
    them) the comparison annexes follow its own annexes, numbered after them."""
    resolver = Resolver(report)
    opening = [Para(BODY_TEXT, content) for content in [rating.opening(report, resolver)] if content]
    compose = general.compose if uses_outline(report, template) else rating.compose
    body, builders = compose(report, resolver)
    builders.update(indicator_annex.builders(report, resolver))
    # Numbered in order of first reference, then the rest in their own order (common.annex_order).
    # An annex with a label of its own (`Ký hiệu biểu`: "6A-BTCTW") prints it for its number.
    order = [k for k in annex_order(opening + body) if k in builders]
    order += [k for k in builders if k not in order]
    labels = {k: label for k, label in report.info.annex_labels if k in builders}
    counted = [k for k in order if k not in labels]
    numbers: dict[str, int | str] = {k: labels[k] if k in labels else counted.index(k) + 1 for k in order}
    annexes: list[Block] = [LandscapeStart()] if builders else []
    for k in numbers:
        annexes += builders[k](numbers[k])
    opening, body, annexes = (fill_annex_refs(blocks, numbers) for blocks in (opening, body, annexes))
    made = None
    if comparison is not None:
        own = sum(1 for b in annexes if isinstance(b, Para) and b.style == ANNEX_NUMBER) - len(labels)
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
