"""Where a template's .docx is: the shipped ones by name, a user's by path."""
from __future__ import annotations

from pathlib import Path

from .. import messages as M
from ..errors import TemplateFailed
from ..model import BUILTIN_TEMPLATES, INTERNAL_TEMPLATES


def template_file(name: str, base: Path | None = None) -> Path:
    """The .docx of template `name`; a relative path is looked up beside `base` (the
    workbook's folder) when it does not exist as given."""
    if name in BUILTIN_TEMPLATES + INTERNAL_TEMPLATES:
        from importlib.resources import files   # only for the shipped templates

        # A source tree's own templates first: an editable install maps drafter.templates to
        # the tree it was installed from, which is not this one in another git worktree.
        beside = Path(__file__).resolve().parent.parent.parent / "templates" / f"{name}.docx"
        if beside.is_file():
            return beside
        try:
            return Path(str(files("drafter.templates") / f"{name}.docx"))
        except ModuleNotFoundError:
            return beside
    path = Path(name)
    if not path.is_absolute() and base is not None and not path.exists():
        path = base / path
    if not path.is_file():
        raise TemplateFailed(M.TEMPLATE_MISSING.format(name=name))
    return path
