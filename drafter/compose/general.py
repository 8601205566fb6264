"""The general report (template `tong-hop`, model 124-BC/TU): the whole body is the
outline of `Nội dung`; ` > ` in a `Mục` nests it under its parent. The annex is the
discipline table, when the workbook has a `Kỷ luật` sheet."""
from __future__ import annotations

from typing import Callable

from ..document import Block
from ..model import Report
from . import discipline
from .common import annex_head
from .narrative import Resolver, Section, build_outline, number_outline, section_path  # noqa: F401


DISCIPLINE_ANNEX = "kyluat"


def outline(report: Report, resolver: Resolver) -> list[Section]:
    """Each distinct `Mục` in order of first appearance; headings that differ only in case or
    spacing are the same heading, printed as first written."""
    return build_outline([(section_path(p.section), p.text) for p in report.narrative], resolver)


def compose(report: Report, resolver: Resolver) -> tuple[list[Block], dict[str, Callable[[int], list[Block]]]]:
    """The outline, and the discipline annex (by key) when the workbook has a `Kỷ luật` sheet."""
    builders: dict[str, Callable[[int], list[Block]]] = {}
    if report.discipline:
        builders[DISCIPLINE_ANNEX] = lambda n: [*annex_head(report, n, discipline.TITLE),
                                                discipline.table(report.discipline, resolver.printed)]
    return number_outline(outline(report, resolver), scheme=report.info.outline), builders
