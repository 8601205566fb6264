"""The general report (template `tong-hop`, model 124-BC/TU): the whole body is the
outline of `Nội dung`; ` > ` in a `Mục` nests it under its parent."""
from __future__ import annotations

from .model import Report
from .narrative import Resolver, Section, number_outline
from .render.blocks import Block


def outline(report: Report, resolver: Resolver) -> list[Section]:
    roots: list[Section] = []
    index: dict[tuple[str, ...], Section] = {}
    for p in report.narrative:
        path = tuple(part.strip() for part in p.section.split(">") if part.strip())
        for depth in range(1, len(path) + 1):
            key = path[:depth]
            if key not in index:
                section = Section(key[-1])
                index[key] = section
                (index[key[:-1]].children if depth > 1 else roots).append(section)
        if path:
            index[path].blocks.append(resolver.paragraph(p.text))
    return roots


def compose(report: Report, resolver: Resolver) -> tuple[list[Block], list[Block]]:
    return number_outline(outline(report, resolver)), []
