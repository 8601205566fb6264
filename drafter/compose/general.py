"""The general report (template `tong-hop`, model 124-BC/TU): the whole body is the
outline of `Nội dung`; ` > ` in a `Mục` nests it under its parent. The annex is the
discipline table, when the workbook has a `Kỷ luật` sheet."""
from __future__ import annotations

from ..document import Block, LandscapeStart
from ..model import Report, norm
from . import discipline
from .common import annex_head
from .narrative import Resolver, Section, number_outline


def section_path(section: str) -> tuple[str, ...]:
    """'Kết quả đạt được > Công tác kiểm tra' → ('Kết quả đạt được', 'Công tác kiểm tra')."""
    return tuple(part.strip() for part in section.split(">") if part.strip())


def outline(report: Report, resolver: Resolver) -> list[Section]:
    """Each distinct `Mục` in order of first appearance; headings that differ only in case or
    spacing are the same heading, printed as first written."""
    roots: list[Section] = []
    index: dict[tuple[str, ...], Section] = {}
    for p in report.narrative:
        path = section_path(p.section)
        keys = tuple(norm(part) for part in path)
        for depth in range(1, len(path) + 1):
            key = keys[:depth]
            if key not in index:
                section = Section(path[depth - 1])
                index[key] = section
                (index[key[:-1]].children if depth > 1 else roots).append(section)
        if path:
            index[keys].blocks.append(resolver.paragraph(p.text))
    return roots


def compose(report: Report, resolver: Resolver) -> tuple[list[Block], list[Block]]:
    annexes: list[Block] = []
    if report.discipline:
        annexes = [LandscapeStart(), *annex_head(report, 1, discipline.TITLE), discipline.table(report.discipline, resolver.printed)]
    return number_outline(outline(report, resolver)), annexes
