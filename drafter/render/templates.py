"""Where a template's .docx is, and whether it may be used at all.

The shipped templates are found by name. A template of the user's own is a file the
user chose: named with --template on the command line (a path as the shell gives it),
or named in the workbook's `Mẫu báo cáo` and confirmed with --cho-phep-mau (the use
case decides that; a path there is relative to the workbook's folder and nowhere
else, so the folder the command runs in cannot change which file is used).

Before docxtpl opens it, the file must be what it claims: a .docx package of moderate
size, without macros (vbaProject.bin, a macro-enabled content type), ActiveX controls,
embedded OLE objects, links that make Word fetch another document, or DDE fields. A
report inherits every part of its template, so whatever the template carries, the
report would carry into the office's Word.
"""
from __future__ import annotations

import re
import stat
import zipfile
from pathlib import Path

from .. import messages as M
from ..errors import TemplateFailed
from ..model import BUILTIN_TEMPLATES, INTERNAL_TEMPLATES

MAX_TEMPLATE = 20 * 2 ** 20            # on disk
MAX_TEMPLATE_UNPACKED = 100 * 2 ** 20  # all parts, as their headers declare (zipfile keeps to that)
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Relationships that make Word load something from elsewhere when the report is opened.
FETCHING = ("attachedTemplate", "oleObject", "subDocument", "frame", "package")
_EXTERNAL = re.compile(rb'<Relationship\b[^>]*>', re.S)
_DDE = re.compile(rb"\b(DDE|DDEAUTO|INCLUDETEXT|INCLUDEPICTURE)\b", re.I)
_INSTRUCTIONS = re.compile(rb"<w:instrText[^>]*>([^<]*)</w:instrText>|w:instr=\"([^\"]*)\"")


def is_builtin(name: str) -> bool:
    return name in BUILTIN_TEMPLATES + INTERNAL_TEMPLATES


def builtin_file(name: str) -> Path:
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


def template_file(name: str, workbook_folder: Path | None = None) -> Path:
    """The .docx of template `name`, checked. `workbook_folder`: the name came from the
    workbook, so a relative path is taken from there (and only there); without it the
    name came from the command line and a relative path is the shell's."""
    if is_builtin(name):
        return builtin_file(name)
    path = Path(name)
    if workbook_folder is not None and not path.is_absolute():
        path = workbook_folder / path
    check_file(path, name)
    return path


def check_file(path: Path, name: str) -> None:
    """Refuse a template that is not a plain .docx (TemplateFailed, in Vietnamese)."""
    def refuse(reason: str) -> TemplateFailed:
        return TemplateFailed(M.TEMPLATE_REFUSED.format(name=name, reason=reason))

    if path.suffix.lower() != ".docx":
        raise refuse(M.TEMPLATE_NOT_DOCX_SUFFIX.format(suffix=path.suffix or "(không có đuôi)"))
    try:
        info = path.stat()
    except OSError:
        raise TemplateFailed(M.TEMPLATE_MISSING.format(name=name, path=path)) from None
    if stat.S_ISDIR(info.st_mode) or not stat.S_ISREG(info.st_mode):
        raise refuse(M.TEMPLATE_NOT_A_FILE)
    if info.st_size > MAX_TEMPLATE:
        raise refuse(M.TEMPLATE_TOO_BIG.format(limit=f"{MAX_TEMPLATE // 2 ** 20} MB"))
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = [i.filename for i in infos]
            if len(set(names)) != len(names) or sum(i.file_size for i in infos) > MAX_TEMPLATE_UNPACKED:
                raise refuse(M.TEMPLATE_NOT_A_DOCX)
            lowered = [n.lower() for n in names]
            if any(n.endswith("vbaproject.bin") or n.endswith("vbadata.xml") for n in lowered):
                raise refuse(M.TEMPLATE_MACROS)
            if any(n.startswith("word/activex/") for n in lowered):
                raise refuse(M.TEMPLATE_ACTIVE_CONTENT.format(what="điều khiển ActiveX"))
            if any(n.startswith("word/embeddings/") and n.endswith(".bin") for n in lowered):
                raise refuse(M.TEMPLATE_ACTIVE_CONTENT.format(what="đối tượng OLE nhúng"))
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise refuse(M.TEMPLATE_NOT_A_DOCX)
            types = zf.read("[Content_Types].xml")
            if b"macroEnabled" in types or b"vbaProject" in types:
                raise refuse(M.TEMPLATE_MACROS)
            if DOCUMENT_TYPE.encode() not in types:
                raise refuse(M.TEMPLATE_NOT_PLAIN_DOCX)
            for rels in (n for n in names if n.endswith(".rels")):
                for rel in _EXTERNAL.findall(zf.read(rels)):
                    if b'TargetMode="External"' in rel and any(f"/{kind}\"".encode() in rel for kind in FETCHING):
                        raise refuse(M.TEMPLATE_FETCHES)
            for part in (n for n in names if n.startswith("word/") and n.endswith(".xml")):
                xml = zf.read(part)
                if b"instr" not in xml:     # no field at all (a quick scan: styles.xml can be 300 KB)
                    continue
                # Word splits a field's instruction over several runs: read them joined.
                instructions = b"".join(a or b for a, b in _INSTRUCTIONS.findall(xml))
                if _DDE.search(instructions):
                    raise refuse(M.TEMPLATE_ACTIVE_CONTENT.format(what="trường DDE/INCLUDE của Word"))
    except TemplateFailed:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, ValueError, NotImplementedError,
            EOFError) as exc:
        raise refuse(M.TEMPLATE_NOT_A_DOCX) from exc
