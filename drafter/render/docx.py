"""The one render path: a composed document and its template → .docx bytes (same
input → same bytes), and the text of what was printed, read from the document
while it is still in memory (the record needs it; nothing re-reads the bytes).

Every template renders in the sandbox of limits.py, under its watchdog, and the
result is checked before anything is written: the document part must parse as
rendered (docxtpl would quietly "recover" broken XML), the report's blocks must stand
where a paragraph may stand, and the WordprocessingML must nest as Word requires
(structure.check). A mistake in a template is a Vietnamese sentence naming the tag.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from .. import messages as M
from ..compose.report import Composed
from ..errors import TemplateFailed
from . import charts, context, footnotes, metrics, package, readback, rules, splice, structure, styles
from .xml import run_styles


@dataclass(frozen=True)
class Rendered:
    data: bytes
    paragraphs: list[dict]      # readback.paragraphs: every printed paragraph, row and note


def render(composed: Composed, template: Path, landscape_annexes: bool = True) -> Rendered:
    """`landscape_annexes`: the annexes start a landscape section of their own (the report's
    templates); the comparison template is laid out landscape already."""
    from . import limits    # Jinja's sandbox: imported when a document is made, like docxtpl

    notes = footnotes.Footnotes()
    drawn: list[charts.ChartPart] = []
    tpl = _open(template)
    # The styles as python-docx parsed them on opening (a template saved by Word carries
    # hundreds of KB of them: parsing them a second time was a fifth of such a build).
    fonts = metrics.style_fonts(tpl.docx.styles.element)
    held: dict[str, list] = {}
    values = context.build_context(composed, notes, drawn, fonts, held)
    env = limits.Environment(autoescape=True)
    env.globals["footnote"] = notes
    env.filters.update(context.FILTERS)
    blocks = splice.hold(values)               # docxtpl renders the template around markers
    _render(tpl, values, env, template.name)
    document = tpl.docx

    def broken(reason: str) -> TemplateFailed:
        return TemplateFailed(M.TEMPLATE_BROKEN.format(name=template.name, reason=reason))

    # The template as rendered, while it holds only markers for the report's blocks (those
    # are built right, and checking their thousands of elements would cost every build).
    problem = structure.check(structure.stories(document))
    if problem:
        key = splice.misplaced(document, blocks)
        raise broken(M.TEMPLATE_BLOCK_MISPLACED.format(tag=key) if key else problem)
    try:
        spliced = splice.splice(document, blocks)
    except splice.Misplaced as exc:
        raise broken(M.TEMPLATE_BLOCK_MISPLACED.format(tag=exc.key)) from exc
    rules.fit(document.element.body, fonts, package.text_width(document))
    try:
        notes_part = footnotes.install(document, notes)
    except footnotes.MissingNote as exc:       # a note reference of the template's own
        raise broken(M.STRUCTURE_NOTE_MISSING.format(number=exc.number)) from exc
    except etree.XMLSyntaxError as exc:        # the template's own notes, broken by a tag
        raise broken(M.TEMPLATE_BROKE_XML) from exc
    problem = structure.check([notes_part] if notes_part is not None else [])
    if problem:
        raise broken(problem)
    styles.ensure(document, run_styles([*composed.opening, *composed.body, *composed.annexes]))
    charts.install(document, drawn)
    if landscape_annexes:
        package.landscape_annexes(document)
    info = composed.report.info
    package.set_properties(document, title=composed.title, author=info.issuer, date=info.date)
    # The document.xml as written: the template as rendered, the blocks in place of their
    # stand-ins. Its text is read from the document with its stand-ins, each read as the text
    # of its blocks; the blocks' XML is never parsed (a stand-in inside a table of the
    # template: the whole document is read, as it streams).
    small = document.part.blob
    xml = spliced.fill(small)
    printed = (readback.paragraphs(small, notes_part, held) if spliced.at_top
               else readback.paragraphs(xml, notes_part))
    part = document.part.partname.membername
    return Rendered(package.deterministic_bytes(document, info.date, {part: lambda _: xml}), printed)


def _open(template: Path):
    """The template as docxtpl holds it; a file python-docx cannot open is named as such
    (python-docx would say PackageNotFoundError)."""
    from docxtpl import DocxTemplate          # heavy imports, paid only when a document is made

    from .limits import PATCHED               # imported with Jinja (see render)

    class StrictTemplate(DocxTemplate):
        def patch_xml(self, src_xml):
            # docxtpl's clean-up of a part's XML (a series of regular expressions over all
            # of it) depends on nothing but that XML: done once per template part.
            return PATCHED.get(src_xml, lambda: super(StrictTemplate, self).patch_xml(src_xml), len(src_xml))

        def fix_tables(self, xml):
            # docxtpl parses the rendered body with recover=True, which silently drops
            # whatever a tag broke: parse it strictly first.
            from lxml import etree

            try:
                etree.fromstring(xml.encode("utf-8") if isinstance(xml, str) else xml)
            except etree.XMLSyntaxError as exc:
                raise _BrokenXml() from exc
            return super().fix_tables(xml)

    tpl = StrictTemplate(str(template))
    try:
        tpl.init_docx()
    except Exception as exc:  # python-docx raises several types for a file that is not a .docx
        raise TemplateFailed(M.TEMPLATE_REFUSED.format(name=template.name, reason=M.TEMPLATE_NOT_A_DOCX)) from exc
    return tpl


class _BrokenXml(Exception):
    pass


def _render(tpl, values: dict, env, name: str) -> None:
    from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError
    from lxml import etree

    from . import limits    # imported with Jinja (see render)

    def failed(reason: str, exc: BaseException | None = None) -> TemplateFailed:
        near = _near(exc, env)
        return TemplateFailed(M.TEMPLATE_BROKEN.format(
            name=name, reason=reason + (M.TEMPLATE_NEAR.format(tag=near) if near else "")))

    try:
        with limits.watchdog():
            tpl.render(values, jinja_env=env, autoescape=True)
    except limits.RenderAborted as exc:
        message = M.TEMPLATE_TOO_SLOW if exc.reason == "time" else M.TEMPLATE_TOO_LARGE
        raise TemplateFailed(M.TEMPLATE_BROKEN.format(name=name, reason=message.format(
            seconds=int(limits.RENDER_SECONDS)))) from None
    except SecurityError as exc:
        raise failed(M.TEMPLATE_UNSAFE if "unsafe" in str(exc) or "access" in str(exc)
                     else M.TEMPLATE_TOO_LARGE.format(seconds=int(limits.RENDER_SECONDS)), exc) from exc
    except TemplateSyntaxError as exc:
        raise failed(_syntax_reason(exc), exc) from exc
    except UndefinedError as exc:
        raise failed(_undefined_reason(exc), exc) from exc
    except TemplateError as exc:
        raise failed(M.TEMPLATE_TAG_FAILED, exc) from exc
    except (_BrokenXml, etree.XMLSyntaxError) as exc:
        raise failed(M.TEMPLATE_BROKE_XML, exc) from exc
    except ZeroDivisionError as exc:
        raise failed(M.TEMPLATE_DIVISION_BY_ZERO, exc) from exc
    except RecursionError as exc:
        raise failed(M.TEMPLATE_TOO_DEEP, exc) from exc
    except (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError, ArithmeticError) as exc:
        raise failed(M.TEMPLATE_TAG_FAILED, exc) from exc


_UNDEFINED = re.compile(r"'([^']+)' is undefined")
_NO_ATTRIBUTE = re.compile(r"has no attribute '([^']+)'")
_NO_ELEMENT = re.compile(r"has no element (.+)$")
_UNKNOWN_TAG = re.compile(r"unknown tag '([^']+)'")
_LOOKING_FOR = re.compile(r"innermost block that needs to be closed is '([^']+)'")
_NO_FILTER = re.compile(r"No filter named '([^']+)'")


def _undefined_reason(exc) -> str:
    text = str(exc)
    for pattern in (_UNDEFINED, _NO_ATTRIBUTE, _NO_ELEMENT):
        m = pattern.search(text)
        if m:
            return M.TEMPLATE_UNDEFINED.format(name=m.group(1).strip("'\""))
    return M.TEMPLATE_TAG_FAILED


def _syntax_reason(exc) -> str:
    text = str(exc)
    for pattern, message in ((_UNKNOWN_TAG, M.TEMPLATE_UNKNOWN_TAG), (_LOOKING_FOR, M.TEMPLATE_UNCLOSED),
                             (_NO_FILTER, M.TEMPLATE_UNKNOWN_FILTER)):
        m = pattern.search(text)
        if m:
            return message.format(name=m.group(1))
    return M.TEMPLATE_SYNTAX


_TAG = re.compile(r"\{[{%].*?[%}]\}|\{[{%].*")


def _near(exc: BaseException | None, env) -> str:
    """The tag the error is in, as typed in Word: from the line Jinja names (docxtpl joins
    the runs of a paragraph on one line), without the XML around it."""
    if exc is None:
        return ""
    line = getattr(exc, "lineno", None)
    if line is None:
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == "<template>":
                line = tb.tb_lineno
            tb = tb.tb_next
    source = getattr(env, "last_source", "") or ""
    if not line or not source:
        return ""
    lines = source.splitlines()
    if not 0 < line <= len(lines):
        return ""
    text = re.sub(r"<[^>]+>", "", lines[line - 1])
    found = _TAG.findall(text)
    return (found[0] if found else text.strip())[:80]
