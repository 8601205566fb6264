"""Reading generated documents back, and running the command line, for the tests."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
OOXML_CHECK = SHARED / "tools" / "ooxml_check.py"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`python -m drafter ARGS`, as a user runs it."""
    result = subprocess.run([sys.executable, "-m", "drafter", *map(str, args)], capture_output=True,
                            text=True, cwd=cwd or ROOT)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def assert_valid_ooxml(path: Path) -> None:
    """The shared WordprocessingML schema and footnote check (skips without ../shared)."""
    if not OOXML_CHECK.exists():
        pytest.skip("../shared/tools/ooxml_check.py is not beside the project")
    result = subprocess.run([sys.executable, str(OOXML_CHECK), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(name))


def text_of(element: etree._Element) -> str:
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def body_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of every top-level body paragraph, footnote marks left out."""
    body = part(path, "word/document.xml").find(f"{W}body")
    out = []
    for p in body.findall(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(f"{W}val") if style is not None else "", text_of(p)))
    return out


def footnotes(path: Path) -> list[str]:
    """Texts of the ordinary footnotes, in id order (ids are 1, 2, 3 … by appearance)."""
    root = part(path, "word/footnotes.xml")
    notes = [(int(n.get(f"{W}id")), text_of(n).strip()) for n in root.findall(f"{W}footnote")
             if n.get(f"{W}type") is None]
    return [t for _, t in sorted(notes)]


def tables(path: Path) -> list[list[list[str]]]:
    body = part(path, "word/document.xml").find(f"{W}body")
    return [[[text_of(tc) for tc in tr.findall(f"{W}tc")] for tr in tbl.findall(f"{W}tr")]
            for tbl in body.findall(f"{W}tbl")]
