"""The one render path: a composed document and its template → .docx bytes (same
input → same bytes), and the text of what was printed, read from the document
while it is still in memory (the record needs it; nothing re-reads the bytes)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import messages as M
from ..compose.report import Composed
from ..errors import TemplateFailed
from . import context, footnotes, package, pictures, readback, splice


@dataclass(frozen=True)
class Rendered:
    data: bytes
    paragraphs: list[dict]      # readback.paragraphs: every printed paragraph, row and note


def render(composed: Composed, template: Path, landscape_annexes: bool = True) -> Rendered:
    """`landscape_annexes`: the annexes start a landscape section of their own (the report's
    templates); the comparison template is laid out landscape already."""
    from docxtpl import DocxTemplate          # heavy imports, paid only when a document is made
    from jinja2 import Environment, TemplateError

    notes = footnotes.Footnotes()
    drawn: list[pictures.Picture] = []
    values = context.build_context(composed, notes, drawn)
    tpl = DocxTemplate(str(template))
    env = Environment(autoescape=True)
    env.globals["footnote"] = notes
    env.filters.update(context.FILTERS)
    blocks = splice.hold(values)               # docxtpl renders the template around markers
    try:
        tpl.render(values, jinja_env=env, autoescape=True)
    except TemplateError as exc:  # a user's own template with a mistyped tag
        raise TemplateFailed(M.TEMPLATE_BROKEN.format(name=template.name,
                                                      reason=exc.message or type(exc).__name__)) from exc
    document = tpl.docx
    splice.splice(document, blocks)
    notes_part = footnotes.install(document, notes)
    pictures.install(document, drawn)
    if landscape_annexes:
        package.landscape_annexes(document)
    info = composed.report.info
    package.set_properties(document, title=composed.title, author=info.issuer, date=info.date)
    printed = readback.paragraphs(document.element.body, notes_part)
    return Rendered(package.deterministic_bytes(document, info.date), printed)
