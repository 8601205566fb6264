"""What the tests share: running drafter (in process, as a user would type it; a real
process only where the exit code or a traceback of the process itself is the point),
the shared OOXML check, reading generated documents back (text, styles, footnotes,
tables, tracked changes) and the sample workbooks edited in code.

Helpers are imported by the test modules (`from conftest import …`); each name has one
meaning here."""
from __future__ import annotations

import copy
import hashlib
import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

# This sandbox sets PYTHONDONTWRITEBYTECODE: without cached bytecode every test process
# (and every `python -m drafter` the tests start) compiles drafter and the test modules
# anew, seconds of the suite. __pycache__/ is ignored by git.
sys.dont_write_bytecode = False

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "sample_data"
SAMPLE = SAMPLES / "bao-cao-xep-loai-2020.xlsx"
SAMPLE_2019 = SAMPLES / "bao-cao-xep-loai-2019.xlsx"
KON_TUM = "Đảng bộ thành phố Kon Tum"

WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{WNS}}}"
P, TR, INS, DEL = W + "p", W + "tr", W + "ins", W + "del"
NS = {"w": WNS}


# ---- running drafter ------------------------------------------------------------------------

@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def run(*args: str | Path, cwd: Path | None = None) -> Result:
    """`drafter ARGS` in this process (click's isolated streams), from `cwd` (default: the
    project). Never a traceback: the command line's last guard turns one into a message."""
    from click.testing import CliRunner

    from drafter.cli import main

    here = os.getcwd()
    os.chdir(cwd or ROOT)
    try:
        with CliRunner().isolation() as (out, err, _):
            try:
                main([str(a) for a in args])
                code = 0
            except SystemExit as done:
                code = done.code if isinstance(done.code, int) else (0 if done.code is None else 1)
            result = Result(code, out.getvalue().decode("utf-8", "replace"), err.getvalue().decode("utf-8", "replace"))
    finally:
        os.chdir(here)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def run_process(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`python -m drafter ARGS` as a separate process: for exit codes and tracebacks as the
    shell sees them."""
    result = subprocess.run([sys.executable, "-m", "drafter", *map(str, args)], capture_output=True,
                            text=True, cwd=cwd or ROOT)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def listed(folder: Path) -> list[str]:
    """The files a user sees in `folder`, sorted: drafter's hidden base copies (.X.ban-goc.docx,
    the base of a rebuild's merge) left out."""
    return sorted(p.name for p in folder.iterdir() if not (p.name.startswith(".") and p.name.endswith(".ban-goc.docx")))


def build(workbook: Path, output: Path, *args: str) -> Path:
    result = run("build", workbook, "-o", output, *args)
    assert result.returncode == 0, result.stderr
    return output


def render(report, template: str | None = None, previous=None, compare: bool = False) -> bytes:
    """A report's .docx bytes, in memory."""
    from drafter.build import make_report

    return make_report(report, SAMPLE, previous, template, compare_years=compare).data


# ---- the shared OOXML check -----------------------------------------------------------------

_checker = None
_checked: dict[bytes, list[str]] = {}


def ooxml_checker():
    """shared/tools/ooxml_check.py as a module, loaded once, its markup-compatibility step
    replaced by `markup_compatibility` (the same result, test_ooxml_tool.py)."""
    global _checker
    tool = SHARED / "tools" / "ooxml_check.py"
    if not tool.is_file():
        pytest.skip("../shared/tools/ooxml_check.py is absent")
    if _checker is None:
        spec = importlib.util.spec_from_file_location("ooxml_check", tool)
        _checker = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(_checker)
        _checker.tools_own_preprocess_mce = _checker.preprocess_mce
        _checker.preprocess_mce = markup_compatibility
    return _checker


def markup_compatibility(root: etree._Element) -> etree._Element:
    """What the tool's `preprocess_mce` does to a part (mc:AlternateContent replaced by its
    mc:Fallback; the elements and attributes of the namespaces mc:Ignorable names dropped,
    and every mc: attribute), with lxml's own C loops (strip_elements, strip_attributes)
    instead of a Python loop over every element and attribute: that loop was 60 % of the
    check and the check a fifth of the suite's CPU. The tool itself is shared and read-only."""
    mc = ooxml_checker().MC
    ignorable: set[str] = set()
    for value in root.xpath("//@mc:Ignorable", namespaces={"mc": mc}):
        names = value.getparent().nsmap
        ignorable |= {names.get(p) for p in value.split() if names.get(p)}
    for alt in list(root.iter(f"{{{mc}}}AlternateContent")):
        parent = alt.getparent()
        fallback = alt.find(f"{{{mc}}}Fallback")
        index = parent.index(alt)
        parent.remove(alt)
        if fallback is not None:
            for offset, child in enumerate(list(fallback)):
                parent.insert(index + offset, child)
    if ignorable:       # (lxml leaves the root in place, as the tool does)
        etree.strip_elements(root, *(f"{{{ns}}}*" for ns in ignorable), with_tail=True)
    etree.strip_attributes(root, f"{{{mc}}}*", *(f"{{{ns}}}*" for ns in ignorable))
    return root


def ooxml_problems(path: Path) -> list[str]:
    """Problems found by shared/tools/ooxml_check.py (loaded once, in process). A file of
    the same bytes as one checked before in this process gets that check's answer (the
    check reads nothing but the bytes): the same build is checked by several modules."""
    tool = ooxml_checker()
    data = Path(path).read_bytes()
    key = hashlib.sha256(data).digest()
    if key not in _checked:
        # the tool's check_file, but for the note references: read once for both kinds
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile as exc:
            return [f"not a zip package: {exc}"]
        with z:
            _checked[key] = tool.check_package(z) + tool.check_schema(z) + note_problems(z)
    return list(_checked[key])


def note_problems(z: zipfile.ZipFile) -> list[str]:
    """The tool's check_notes(z, "footnote") + check_notes(z, "endnote"), the same lists in
    the same order, with the document, headers and footers parsed once for both kinds
    instead of once for each (a third of the check; test_ooxml_tool.py compares them)."""
    names = set(z.namelist())
    refs: dict[str, list[str]] = {"footnote": [], "endnote": []}
    for name in names:
        if name.startswith(("word/document", "word/header", "word/footer")) and name.endswith(".xml"):
            for ref in etree.fromstring(z.read(name)).iter(f"{W}footnoteReference", f"{W}endnoteReference"):
                refs["footnote" if ref.tag == f"{W}footnoteReference" else "endnote"].append(ref.get(f"{W}id"))
    problems: list[str] = []
    for kind, found in refs.items():
        part = f"word/{kind}s.xml"
        if part not in names:
            problems += [f"{len(found)} {kind} references but no {part}"] if found else []
            continue
        notes = etree.fromstring(z.read(part)).findall(f"{W}{kind}")
        ids = [n.get(f"{W}id") for n in notes]
        if len(ids) != len(set(ids)):
            problems.append(f"{part}: duplicate {kind} ids")
        ordinary = {n.get(f"{W}id") for n in notes if n.get(f"{W}type") in (None, "normal")}
        problems += [f"{kind} reference {ref} has no {kind} in {part}" for ref in found if ref not in ordinary]
        counts = Counter(found)
        problems += [f"{kind} {note_id} is referenced {counts[note_id]} times (expected once)"
                     for note_id in ordinary if counts[note_id] != 1]
    return problems


def assert_ooxml(path: Path) -> None:
    problems = ooxml_problems(path)
    assert not problems, f"{path.name}: " + "; ".join(problems)


# ---- LibreOffice, as an officer's editor -------------------------------------------------------

SOFFICE = shutil.which("soffice")
UNO_PYTHON = "/usr/bin/python3"          # Debian's python3-uno; drafter's own Python has no uno
FILTERS = {("writer", "pdf"): "writer_pdf_Export", ("writer", "docx"): "MS Word 2007 XML",
           ("calc", "ods"): "calc8", ("calc", "xls"): "MS Excel 97", ("calc", "pdf"): "calc_pdf_Export"}


def _has_uno() -> bool:
    return os.path.exists(UNO_PYTHON) and subprocess.run(
        [UNO_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0


class LibreOffice:
    """One LibreOffice for the whole session (one per xdist worker), with a profile of its
    own, driven by tests/lo_worker.py: starting it costs seconds, a file through it a
    fraction of one. Saving as .docx, and everything without the UNO bridge, runs
    `soffice --convert-to` once per call instead: loaded through UNO, a .docx holding a
    comment written by python-docx crashes this LibreOffice (7.4), --convert-to opens it;
    and a .docx without one that it saves over UNO is not what it saves from --convert-to
    (or its window): a landscape section's first paragraph gets its w:sectPr before its
    w:pStyle, which the schema refuses (seen on test_rebuild's sittings, 2026-12)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.uno = _has_uno()
        self._office = self._worker = None

    def _start(self) -> None:
        profile = self.folder / "profile"
        pipe = f"drafter_tests_{os.getpid()}"
        env = {**os.environ, "HOME": str(self.folder)}
        self._office = subprocess.Popen(
            [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--invisible", "--norestore",
             "--nologo", "--nodefault", "--nolockcheck", f"--accept=pipe,name={pipe};urp;"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        self._worker = subprocess.Popen([UNO_PYTHON, str(Path(__file__).with_name("lo_worker.py")), pipe],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert json.loads(self._worker.stdout.readline() or "{}").get("ok"), "LibreOffice did not start"

    def convert(self, files: list[Path], suffix: str, out: Path, reject: bool = False) -> list[Path]:
        """Each file opened and saved as `out/<stem>.<suffix>` (tracked changes rejected
        first when `reject`); the paths written."""
        out.mkdir(parents=True, exist_ok=True)
        targets = [out / f"{Path(f).stem}.{suffix}" for f in files]
        if not self.uno or suffix == "docx":
            assert not reject, "rejecting changes needs LibreOffice's UNO bridge (python3-uno)"
            # One profile for the session's runs: LibreOffice fills a new one on its first
            # start, a second of every run.
            profile = self.folder / "convert-profile"
            profile.mkdir(exist_ok=True)
            subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                            "--convert-to", suffix, "--outdir", str(out), *map(str, files)],
                           capture_output=True, timeout=600, env={**os.environ, "HOME": str(profile)})
            return targets
        if self._worker is None or self._worker.poll() is not None:
            self._start()
        for source, target in zip(files, targets):
            kind = "calc" if Path(source).suffix in (".xlsx", ".xls", ".ods") else "writer"
            request = {"in": str(Path(source).resolve()), "out": str(target.resolve()),
                       "filter": FILTERS[kind, suffix], "reject": reject}
            self._worker.stdin.write(json.dumps(request) + "\n")
            self._worker.stdin.flush()
            answer = json.loads(self._worker.stdout.readline() or '{"error": "LibreOffice stopped"}')
            assert answer.get("ok"), f"LibreOffice: {answer.get('error')}"
        return targets

    def close(self) -> None:
        for process in (self._worker, self._office):
            if process is not None and process.poll() is None:
                if process is self._worker:
                    process.stdin.close()
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory):
    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    office = LibreOffice(tmp_path_factory.mktemp("libreoffice"))
    yield office
    office.close()


# The tests whose LibreOffice work is saving .docx files: that goes through
# `soffice --convert-to` (LibreOffice.convert), never the session's LibreOffice over UNO, so
# they need not wait for the UNO tests' worker; grouped among themselves, the files a module
# saves in one run are saved once. Marked in the test modules (`@LIBREOFFICE_DOCX`).
LIBREOFFICE_DOCX = pytest.mark.xdist_group("libreoffice-docx")


# The groups that must each run on one worker (one LibreOffice, one browser), in the order
# xdist hands them out: the longest first, so that the short modules fill the end.
SHARED_GROUPS = ("libreoffice-docx", "libreoffice", "browser")

# The other modules go out with the most tests first; a module whose few tests take long
# counts as this many, so that it is not left for the end, where one worker would run it
# while the other has finished (test_golden: one test building every sample, 2–3 s).
COUNTS_AS = {"tests/test_golden.py": 30}


@pytest.hookimpl(tryfirst=True)         # before xdist's own hook reads the groups
def pytest_collection_modifyitems(items) -> None:
    """Under pytest-xdist (`--dist loadgroup --no-loadscope-reorder`, pyproject's addopts)
    the tests that use LibreOffice run on one worker, so that one LibreOffice is started and
    the officer's files it saves (module fixtures) are saved once; likewise the browser tests
    share one browser. A test marked with a group of its own (LIBREOFFICE_DOCX) keeps it.
    Every other test runs on the worker of its module: a module's fixtures and the builds
    it keeps (sample_build, the schema check's results) are made once, not once per worker
    (split over both, test_rebuild and test_revisions cost a third more CPU). xdist hands
    the groups out in the order they are collected: the shared ones first, then the modules
    with the most tests (COUNTS_AS)."""
    def group(item) -> str:
        marker = item.get_closest_marker("xdist_group")
        if marker is not None:
            return marker.args[0]
        if "libreoffice" in item.fixturenames or "libreoffice" in item.nodeid:
            name = "libreoffice"
        elif item.nodeid.startswith("tests/test_serve_browser.py"):
            name = "browser"
        else:
            name = item.nodeid.split("::", 1)[0]
        item.add_marker(pytest.mark.xdist_group(name))
        return name

    groups = {item: group(item) for item in items}
    sizes = Counter(groups.values())
    for name, count in COUNTS_AS.items():
        if name in sizes:
            sizes[name] = count
    rank = {name: (SHARED_GROUPS.index(name) if name in SHARED_GROUPS else len(SHARED_GROUPS), -size, name)
            for name, size in sizes.items()}
    items.sort(key=lambda item: rank[groups[item]])       # stable: a group keeps its tests' order


# ---- reading a document back ------------------------------------------------------------------

def part(docx: bytes | Path, name: str = "word/document.xml") -> etree._Element | None:
    """A part of the package, parsed (None when the package lacks it)."""
    data = docx.read_bytes() if isinstance(docx, Path) else docx
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read(name)) if name in z.namelist() else None


def text_of(element: etree._Element) -> str:
    """The visible text under `element` (w:t only)."""
    return "".join(t.text or "" for t in element.iter(f"{W}t"))


def run_text(el: etree._Element) -> str:
    """Text of the runs under `el`, deleted text included, tabs and breaks as spaces."""
    out = []
    for node in el.iter(W + "t", W + "delText", W + "tab", W + "br"):
        out.append(node.text or "" if node.tag in (W + "t", W + "delText") else " ")
    return "".join(out)


def body_paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style id, text) of every top-level body paragraph, empty ones too."""
    body = part(path).find(f"{W}body")
    out = []
    for p in body.findall(f"{W}p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        out.append((style.get(f"{W}val") if style is not None else "", text_of(p)))
    return out


def paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of every non-empty body paragraph as Word shows it, tables excluded:
    python-docx's `(p.style.name, p.text)` for its `Document.paragraphs`, each style looked
    up once and the text read by lxml (python-docx's per-paragraph lookups cost seconds
    of the suite; test_ooxml_tool.py compares the two)."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document(str(path))
    names = {s.style_id: s.name for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    out = []
    for p in document.element.body.iterchildren(P):
        text = docx_text(p)
        if text.strip():
            style = p.find(f"{W}pPr/{W}pStyle")
            style_id = style.get(f"{W}val") if style is not None else None
            out.append((names[style_id] if style_id in names else default.name, text))
    return out


_RUN_TEXT = {f"{W}cr": "\n", f"{W}noBreakHyphen": "-", f"{W}ptab": "\t", f"{W}tab": "\t"}


def docx_text(p: etree._Element) -> str:
    """python-docx's Paragraph.text: the runs and hyperlinked runs directly in the paragraph;
    in each run its text, tabs, and breaks (a page or column break is no text)."""
    out = []
    for child in p:
        for r in ([child] if child.tag == f"{W}r" else child.findall(f"{W}r") if child.tag == f"{W}hyperlink" else []):
            for el in r:
                if el.tag == f"{W}t":
                    out.append(el.text or "")
                elif el.tag == f"{W}br":
                    out.append("\n" if el.get(f"{W}type", "textWrapping") == "textWrapping" else "")
                else:
                    out.append(_RUN_TEXT.get(el.tag, ""))
    return "".join(out)


def body_text(path: Path) -> str:
    return "\n".join(text for _, text in paragraphs(path))


def headings(path: Path) -> list[str]:
    return [text for style, text in paragraphs(path) if style.startswith("Heading")]


def footnotes(path: Path) -> list[str]:
    """The notes' texts in order (1, 2, 3 …), paragraphs of one note joined by a newline."""
    root = part(path, "word/footnotes.xml")
    if root is None:
        return []
    notes = sorted((int(n.get(f"{W}id")), n) for n in root.findall(f"{W}footnote") if int(n.get(f"{W}id")) > 0)
    return ["\n".join(text_of(p).strip() for p in n.findall(f"{W}p")) for _, n in notes]


def reference_count(path: Path) -> int:
    return len(list(part(path).iter(f"{W}footnoteReference")))


def tables(path: Path) -> list[list[list[str]]]:
    """Every top-level table as rows of cell texts, one entry per w:tc (a merged cell once)."""
    body = part(path).find(f"{W}body")
    return [[[text_of(tc) for tc in tr.findall(f"{W}tc")] for tr in tbl.findall(f"{W}tr")]
            for tbl in body.findall(f"{W}tbl")]


def cell_grid(path: Path) -> list[list[list[str]]]:
    """Every table as python-docx reads it: a cell merged over columns or rows repeats its text."""
    import docx

    return [[[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables]


def sections(path: Path) -> list[str]:
    import docx

    return [s.orientation.name.lower() for s in docx.Document(str(path)).sections]


def report_from(path: Path, opening: str) -> str:
    """A built report's body from the paragraph that starts with `opening` up to the first
    annex, then its footnotes: what the fidelity tests hold against the reference."""
    text = paragraphs(path)
    start = next(i for i, (_, t) in enumerate(text) if t.startswith(opening))
    end = next((i for i, (s, _) in enumerate(text) if s.startswith("Annex")), len(text))
    return "\n".join(t for _, t in text[start:end]) + "\n" + "\n".join(footnotes(path))


def reference_from(reference: Path, opening: str, signer: str) -> str:
    """The same of a reference (plain text): its body from `opening` to "Nơi nhận:", then
    the notes listed after the signer's name."""
    text = reference.read_text(encoding="utf-8")
    return text[text.index(opening):text.index("\tNơi nhận:")] + text[text.index(signer) + len(signer):]


def plain_template(path: Path) -> Path:
    """A user's own template as python-docx writes it: the issuing body, the report's
    content and the signer, in python-docx's default styles."""
    return python_docx_template(path, "{{ co_quan_ban_hanh }}", "{{p noi_dung }}", "{{ nguoi_ky }}")


def python_docx_template(path: Path, *lines: str) -> Path:
    """A .docx of one paragraph per line, written by python-docx on its blank document."""
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


def numbers(text: str) -> Counter:
    """Every number of a text, as its digits without leading zeros: "1.033" and "1033",
    "22.86%" and "22,86%", "03" and "3" are one figure written differently (the fidelity
    tests hold a built report against its reference with this)."""
    return Counter(re.sub(r"\D", "", m).lstrip("0") or "0" for m in re.findall(r"\d+(?:[.,]\d+)*", text))


# ---- tracked changes --------------------------------------------------------------------------

def view(root: etree._Element, keep: str) -> etree._Element:
    """The part as a reader sees it after accepting ('new') or rejecting ('old') every revision:
    rows and paragraphs whose mark is the other kind's go, that kind's runs go, this kind's
    are unwrapped. On a copy, by lxml's own loops (XPath, strip_tags): the suite asks this
    of every merged report twice; a Python walk over each element took twice as long on
    the sample's report (on one LibreOffice saved, the copy itself is most of the time)."""
    root = copy.deepcopy(root)
    drop, kept = ("del", "ins") if keep == "new" else ("ins", "del")
    for el in root.xpath(f"//w:tr[w:trPr/w:{drop}] | //w:p[w:pPr/w:rPr/w:{drop}]", namespaces=NS):
        el.getparent().remove(el)
    for el in root.xpath(f"//w:{drop}[not(parent::w:rPr or parent::w:trPr)] | "
                         f"//w:{kept}[parent::w:rPr or parent::w:trPr]", namespaces=NS):
        el.getparent().remove(el)
    etree.strip_tags(root, W + kept)
    for t in root.iter(W + "delText"):
        t.tag = W + "t"
    return root


def paragraph_texts(root: etree._Element) -> list[str]:
    return [run_text(p) for p in root.iter(P)]


def note_texts(root: etree._Element | None) -> list[str]:
    """Texts of the ordinary footnotes, in the order they are stored."""
    if root is None:
        return []
    return [run_text(n).strip() for n in root if n.get(W + "type") is None and run_text(n).strip()]


def marks(root: etree._Element) -> list[tuple[str, str]]:
    """(ins|del, text) of every run-level revision mark, in document order."""
    return [(etree.QName(el).localname, run_text(el)) for el in root.iter(INS, DEL)
            if el.getparent().tag not in (W + "rPr", W + "trPr")]


# ---- workbooks written or edited in code --------------------------------------------------------

def write_workbook(path: Path, sheets: dict[str, list[dict]]) -> Path:
    """Sheets as {name: [{header: value}]}, with the schema's headers in row 1."""
    import openpyxl

    from drafter.workbook import schema as S

    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        headers = [c.header for c in S.SHEET_BY_NORM[S.norm(name)].columns]
        ws = book.create_sheet(name)
        ws.append(headers)
        for row in rows:
            ws.append([row.get(h) for h in headers])
    book.save(path)
    return path


def info(**overrides) -> list[dict]:
    """A `Thông tin` sheet with every required item."""
    values = {"Cơ quan ban hành": "TỈNH ỦY KON TUM", "Số ký hiệu": "124-BC/TU", "Địa danh": "Kon Tum",
              "Ngày ban hành": "28/09/2021", "Trích yếu": "đánh giá kết quả thực hiện", "Năm đánh giá": 2021,
              "Quyền hạn ký": "T/M BAN THƯỜNG VỤ", "Chức vụ người ký": "PHÓ BÍ THƯ", "Người ký": "Nguyễn Văn Hòa",
              "Mẫu báo cáo": "tong-hop"}
    values.update({k.replace("_", " "): v for k, v in overrides.items()})
    return [{"Mục": k, "Giá trị": v} for k, v in values.items() if v is not None]


def edited(path: Path, edit, source: Path = SAMPLE) -> Path:
    """A copy of the sample workbook with `edit(openpyxl workbook)` applied."""
    import openpyxl

    book = openpyxl.load_workbook(source)
    edit(book)
    book.save(path)
    return path


def set_counts(sheet: str, unit: str, **counts: int):
    """An edit: new counts for one unit of one rating sheet (HTXSNV=17, …)."""
    def edit(book) -> None:
        ws = book[sheet]
        headers = [c.value for c in ws[1]]
        row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == unit)
        for header, value in counts.items():
            row[headers.index(header)].value = value
    return edit


# The correction of the issue: one more HTXSNV and one less HTTNV for Kon Tum, so
# the row still adds up; province-wide 114 → 115 and 489 → 488.
CORRECTION = set_counts("Tổ chức cơ sở đảng", KON_TUM, HTXSNV=17, HTTNV=80)


# drafter's own structural changes of the sample: rows, paragraphs and footnotes that come and
# go between two builds (test_revisions tracks them, test_rebuild merges across them).

def drop_unit(book) -> None:
    book["Tổ chức cơ sở đảng"].delete_rows(3)


def drop_narrative(book) -> None:       # two paragraphs, with their three footnotes
    book["Nội dung"].delete_rows(4, 2)


def add_failed(book) -> None:           # one more failing organisation: counts, and the names in a footnote
    set_counts("Tổ chức cơ sở đảng", "Đảng bộ huyện Đăk Glei", HTNV=2, KHTNV=1)(book)
    book["Không hoàn thành nhiệm vụ"].append(["Tổ chức cơ sở đảng", "Chi bộ Thôn 5", "Đảng bộ huyện Đăk Glei"])


def drop_failed(book) -> None:          # the footnote naming the failing organisations goes
    del book["Không hoàn thành nhiệm vụ"]


_sample_builds: dict = {}


def sample_build(edit=None) -> bytes:
    """The sample's report built in process (checked without errors, then rendered), from
    the sample workbook with `edit(openpyxl workbook)` applied first (`edited`): once per
    process for each edit, the modules and cases that build the same change share it."""
    if edit not in _sample_builds:
        with tempfile.TemporaryDirectory() as folder:
            _sample_builds[edit] = render_workbook(SAMPLE if edit is None else edited(Path(folder) / SAMPLE.name, edit))
    return _sample_builds[edit]


def render_workbook(path: Path) -> bytes:
    """A workbook's report built in process: checked without errors, then rendered."""
    from drafter.workbook.validate import check_file

    checked = check_file(path)
    assert not checked.errors, checked.errors[:3]
    return render(checked.report)
