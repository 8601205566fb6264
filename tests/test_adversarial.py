"""drafter against a hostile or careless unit (issue 11): a workbook can never run code,
nothing is dropped or counted twice without an error, a build that says the old files
are kept has kept all of them, no resource blows up, and every message is Vietnamese.

Each case of the issue is here, and more of the same kinds: templates (sandbox escapes,
files that are not plain .docx, mistakes), workbooks (invisible characters, rows without
a key, numbers, far cells, zip bombs, damaged and encrypted files, random bit flips),
outputs (blocked files, a full disk, a rename that fails, a crash at every step of the
commit, a lock held, two real builds at once, kill -9 at random moments) and click's own
messages. In process where possible (conftest.run); real processes only for kill -9,
two processes at once and the memory a process takes."""
from __future__ import annotations

import contextlib
import errno
import functools
import io
import json
import os
import random
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path

import openpyxl
import pytest

from conftest import (listed, CORRECTION, ROOT, SAMPLE, SAMPLE_2019, assert_ooxml, body_text, edited, footnotes,
                      python_docx_template, run)
from drafter import files
from drafter import messages as M
from drafter.model import INVISIBLE, unit_key
from drafter.workbook import guard
from drafter.workbook.validate import check_file
from workbooks import RATING_HEADER, ole_file, rows, variant, write, write_ods, xls_bytes

DV = "Đảng viên"
TT = "Thông tin"
ND = "Nội dung"
TCCSD = "Tổ chức cơ sở đảng"

# Words of click, Python, Jinja, docxtpl, calamine and the operating system that must never
# reach the user.
ENGLISH = ("Traceback", "Error:", "Usage:", "Options:", "Invalid value", "Missing argument", "No such",
           "is undefined", " object", "Exception", "True", "False", "PackageNotFound", "ZeroDivision",
           "InvalidOperation", "panicked", "memory allocation", "requires an argument", "Aborted", "Permission denied",
           "No space", "Is a directory", "unexpected", "Lỗi ngoài dự kiến")


def no_english(text: str) -> None:
    for words in ENGLISH:
        assert words not in text, f"{words!r} in:\n{text}"


def listing(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes (to prove nothing changed)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# ---- templates made in code ---------------------------------------------------------------

def template(path: Path, *lines: str, parts: dict[str, bytes] | None = None,
             content_types: tuple[bytes, bytes] | None = None) -> Path:
    """A .docx with one paragraph per line, as Word would hold it: the bytes python-docx
    writes for `add_paragraph(line)` on its blank document (conftest.python_docx_template;
    test_templates_are_what_python_docx_writes pins them). `parts` adds parts to the
    package, `content_types` replaces bytes in [Content_Types].xml."""
    package = dict(_blank_package())
    body = b"".join(_paragraph(line) for line in lines)
    package["word/document.xml"] = package["word/document.xml"].replace(b"<w:body>", b"<w:body>" + body, 1)
    package.update(parts or {})
    if content_types:
        package["[Content_Types].xml"] = package["[Content_Types].xml"].replace(*content_types)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in package.items():
            zf.writestr(name, data)
    return path


@functools.lru_cache(maxsize=1)
def _blank_package() -> dict[str, bytes]:
    """python-docx's blank document as it saves it (made once: opening and saving it was
    most of the time of the template cases)."""
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    with zipfile.ZipFile(buffer) as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def _paragraph(line: str) -> bytes:
    """`add_paragraph(line)` as python-docx serialises it (lxml escapes &, < and >; spaces
    at either end are kept by xml:space); tabs and line breaks would be elements."""
    assert not set(line) & set("\t\n\r"), "a line with tabs or breaks: use conftest.python_docx_template"
    if not line:
        return b"<w:p/>"
    text = line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    space = ' xml:space="preserve"' if line.strip() != line else ""
    return f"<w:p><w:r><w:t{space}>{text}</w:t></w:r></w:p>".encode()


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    """The small valid workbook (workbooks.rows): the template cases fail or pass in the
    template, whatever the data, and reading and composing the 2020 sample was most of
    their time."""
    return write(tmp_path_factory.mktemp("nho") / "so-lieu.xlsx")


BODY = "{{p noi_dung }}"


def workbook_choosing(folder: Path, template_name: str, name: str = "so-lieu.xlsx") -> Path:
    """The sample with `Mẫu báo cáo` set to `template_name`."""
    book = openpyxl.load_workbook(SAMPLE)
    ws = book[TT]
    for row in ws.iter_rows(min_row=2):
        if row[0].value == "Mẫu báo cáo":
            row[1].value = template_name
            break
    else:
        ws.append(["Mẫu báo cáo", template_name])
    path = folder / name
    book.save(path)
    return path


# ---- 1. no code runs from a workbook or a template ---------------------------------------------

def escape_template(folder: Path, marker: Path, name: str = "mau.docx") -> Path:
    return template(folder / name, f"{{{{ cycler.__init__.__globals__.os.popen('touch {marker}').read() }}}}", BODY)


def test_workbook_cannot_choose_a_template_without_consent(tmp_path):
    marker = tmp_path / "DA-CHAY"
    escape_template(tmp_path, marker)
    source = workbook_choosing(tmp_path, "mau.docx")
    result = run("build", source, "-o", tmp_path / "bc.docx")
    assert result.returncode == 1
    assert "--cho-phep-mau" in result.stderr and "Mẫu báo cáo" in result.stderr
    assert "quyết định mọi chữ và số" in result.stderr          # says what a template can do
    assert not marker.exists() and not (tmp_path / "bc.docx").exists()
    no_english(result.stderr)


def test_consent_still_runs_no_code(tmp_path):
    marker = tmp_path / "DA-CHAY"
    escape_template(tmp_path, marker)
    source = workbook_choosing(tmp_path, "mau.docx")
    result = run("build", source, "--cho-phep-mau", "-o", tmp_path / "bc.docx")
    assert result.returncode == 1
    assert M.TEMPLATE_UNSAFE in result.stderr and "cycler.__init__" in result.stderr
    assert not marker.exists() and not (tmp_path / "bc.docx").exists()
    no_english(result.stderr)


def test_batch_runs_no_code_from_a_workbook(tmp_path):
    marker = tmp_path / "DA-CHAY"
    escape_template(tmp_path, marker)
    source = workbook_choosing(tmp_path, "mau.docx")
    result = run("build", source, SAMPLE, "--out-dir", tmp_path / "ra")
    assert result.returncode == 1
    assert "--cho-phep-mau" in result.stderr
    assert not marker.exists()
    assert listed((tmp_path / "ra")) == ["bao-cao-xep-loai-2020.docx",
                                                                   "bao-cao-xep-loai-2020.json"]
    no_english(result.stderr)


def test_command_line_template_runs_no_code(tmp_path, small):
    marker = tmp_path / "DA-CHAY"
    mau = escape_template(tmp_path, marker)
    result = run("build", small, "--template", mau, "-o", tmp_path / "bc.docx")
    assert result.returncode == 1 and M.TEMPLATE_UNSAFE in result.stderr
    assert not marker.exists()


ESCAPES = [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ lipsum.__globals__['os'].system('true') }}",
    "{{ joiner.__init__.__globals__ }}",
    "{{ namespace.__init__.__globals__ }}",
    "{{ footnote.__call__.__globals__ }}",
    "{{ thong_tin.__class__.__init__.__globals__ }}",
    "{{ so_lieu.__class__ }}",
    "{{ (1).__class__.__base__.__subclasses__() }}",
    "{% for c in ''.__class__.__base__.__subclasses__() %}{{ c }}{% endfor %}",
    "{{ self.__init__.__globals__ }}",
]


@pytest.mark.parametrize("tag", ESCAPES)
def test_sandbox_refuses_internals(tmp_path, tag, small):
    """An internal is never reached: a chain through it stops the build; one printed alone
    prints nothing (the sandbox's undefined value)."""
    mau = template(tmp_path / "mau.docx", "TRƯỚC" + tag + "SAU", BODY)
    out = tmp_path / "bc.docx"
    result = run("build", small, "--template", mau, "-o", out)
    if result.returncode == 0:
        assert "TRƯỚCSAU" in body_text(out)
    else:
        assert result.returncode == 1 and "Chưa ghi báo cáo" in result.stderr
        assert not out.exists()
    no_english(result.stderr)


def test_sandbox_refuses_changing_the_data(tmp_path, small):
    mau = template(tmp_path / "mau.docx", "{{ noi_nhan.append('x') }}{{ noi_nhan.clear() }}", BODY)
    result = run("build", small, "--template", mau, "-o", tmp_path / "bc.docx")
    assert result.returncode == 1 and M.TEMPLATE_UNSAFE in result.stderr


def test_workbook_template_is_found_beside_the_workbook_only(tmp_path):
    books, here = tmp_path / "so", tmp_path / "noi-chay"
    books.mkdir()
    here.mkdir()
    template(books / "mau.docx", "MẪU CẠNH SỔ", BODY)
    template(here / "mau.docx", "MẪU Ở THƯ MỤC CHẠY LỆNH", BODY)
    source = workbook_choosing(books, "mau.docx")
    out = here / "bc.docx"
    result = run("build", source, "--cho-phep-mau", "-o", out, cwd=here)
    assert result.returncode == 0, result.stderr
    assert "MẪU CẠNH SỔ" in body_text(out) and "THƯ MỤC CHẠY" not in body_text(out)
    (books / "mau.docx").unlink()
    missing = run("build", source, "--cho-phep-mau", "-o", here / "bc2.docx", cwd=here)
    assert missing.returncode == 1 and "Không tìm thấy mẫu báo cáo" in missing.stderr
    assert str(books / "mau.docx") in missing.stderr
    assert not (here / "bc2.docx").exists()


# ---- 2. a template that is not a plain .docx is refused, with the reason -------------------------

VBA = {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0macro"}
MAIN = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
REL = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
       'openxmlformats.org/package/2006/relationships"><Relationship Id="rId99" Type="http://schemas.'
       'openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://may-chu.vn/mau.dotm" '
       'TargetMode="External"/></Relationships>').encode()
DDE = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>'
       '<w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DDEAU</w:instrText></w:r><w:r><w:instrText>TO '
       'c:\\\\windows\\\\system32\\\\cmd.exe "/k calc"</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/>'
       '</w:r></w:p><w:p><w:r><w:t>{{p noi_dung }}</w:t></w:r></w:p><w:sectPr/></w:body></w:document>').encode()


def refused_template(tmp_path: Path, kind: str) -> Path:
    if kind == "docm-suffix":
        return template(tmp_path / "mau.docm", BODY)
    if kind == "dotx-suffix":
        return template(tmp_path / "mau.dotx", BODY)
    if kind == "vba-project":
        return template(tmp_path / "mau.docx", BODY, parts=VBA)
    if kind == "macro-content-type":
        return template(tmp_path / "mau.docx", BODY,
                        content_types=(MAIN, b"application/vnd.ms-word.document.macroEnabled.main+xml"))
    if kind == "dotx-content-type":
        return template(tmp_path / "mau.docx", BODY, content_types=(
            MAIN, b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"))
    if kind == "activex":
        return template(tmp_path / "mau.docx", BODY, parts={"word/activeX/activeX1.xml": b"<ax/>"})
    if kind == "ole-object":
        return template(tmp_path / "mau.docx", BODY, parts={"word/embeddings/oleObject1.bin": b"ole"})
    if kind == "remote-template":
        return template(tmp_path / "mau.docx", BODY, parts={"word/_rels/settings.xml.rels": REL})
    if kind == "dde-field":
        return template(tmp_path / "mau.docx", parts={"word/document.xml": DDE})
    if kind == "not-a-zip":
        path = tmp_path / "mau.docx"
        path.write_text("đây không phải tệp Word", encoding="utf-8")
        return path
    if kind == "folder":
        path = tmp_path / "mau.docx"
        path.mkdir()
        return path
    if kind == "xlsx-renamed":
        path = tmp_path / "mau.docx"
        shutil.copy(SAMPLE, path)
        return path
    raise AssertionError(kind)


@pytest.mark.parametrize("kind, reason", [
    ("docm-suffix", "đuôi .docm"), ("dotx-suffix", "đuôi .dotx"), ("vba-project", "macro"),
    ("macro-content-type", "macro"), ("dotx-content-type", "không phải văn bản Word thường"),
    ("activex", "ActiveX"), ("ole-object", "OLE"), ("remote-template", "tải tài liệu khác"),
    ("dde-field", "DDE"), ("not-a-zip", "không phải tệp Word"), ("folder", "không phải một tệp"),
    ("xlsx-renamed", "không phải tệp Word"),
])
def test_template_that_is_not_a_plain_docx_is_refused(tmp_path, kind, reason, small):
    mau = refused_template(tmp_path, kind)
    out = tmp_path / "ra" / "bc.docx"
    result = run("build", small, "--template", mau, "-o", out)
    assert result.returncode == 1, result.stderr
    assert "Không dùng mẫu báo cáo" in result.stderr and reason in result.stderr
    assert not out.parent.exists()
    no_english(result.stderr)


def test_a_missing_template_is_named(tmp_path):
    result = run("build", SAMPLE, "--template", tmp_path / "khong-co.docx", "-o", tmp_path / "bc.docx")
    assert result.returncode == 1 and "Không tìm thấy mẫu báo cáo" in result.stderr
    no_english(result.stderr)


def test_template_is_never_the_output(tmp_path):
    mau = template(tmp_path / "mau.docx", "{{ co_quan_ban_hanh }}", BODY)
    before = mau.read_bytes()
    result = run("build", SAMPLE, "--template", mau, "-o", mau)
    assert result.returncode == 2 and "tệp đầu vào" in result.stderr
    assert mau.read_bytes() == before
    no_english(result.stderr)


def test_template_is_never_the_tracked_copy_of_the_output(tmp_path):
    out = tmp_path / "bc.docx"
    assert run("build", SAMPLE_2019, "-o", out).returncode == 0
    mau = template(tmp_path / "bc.thay-doi.docx", "{{ co_quan_ban_hanh }}", BODY)
    before, old = mau.read_bytes(), listing(tmp_path)
    result = run("build", SAMPLE, "--template", mau, "-o", out)
    assert result.returncode == 1 and M.WRITE_WOULD_OVERWRITE_INPUT in result.stderr
    assert mau.read_bytes() == before and listing(tmp_path) == old
    no_english(result.stderr)


# ---- 3. a template's mistakes are Vietnamese sentences naming the tag; nothing is written ---------

MISTAKES = [
    (["{{ so_lieu.khong_co.value }}", BODY], "không có \"khong_co\"", "{{ so_lieu.khong_co.value }}"),
    (["{{ 1 / 0 }}", BODY], M.TEMPLATE_DIVISION_BY_ZERO, "{{ 1 / 0 }}"),
    (["{% lap %}", BODY], "thẻ {% lap %} không có", "{% lap %}"),
    (["{% if nam_danh_gia %}có", BODY], "chưa có thẻ đóng {% endif %}", ""),
    (["{{ nam_danh_gia|khong_co_bo_loc }}", BODY], "không có bộ lọc \"khong_co_bo_loc\"", ""),
    (["{{ nam_danh_gia + }}", BODY], M.TEMPLATE_SYNTAX, ""),
    (["{{ noi_dung }}"], "{{ noi_dung }} in cả các đoạn văn", ""),
    (["Nội dung: {{ noi_dung }}"], "{{p noi_dung }}", ""),
    (["{{ phu_luc }}", BODY], "{{ phu_luc }} in cả các đoạn văn", ""),
    (["Chữ{{ footnote('ghi chú') }}", BODY], "{{r footnote", ""),
    (["{{ '<w:p>'|safe }}", BODY], "nội dung Word hỏng", ""),
    (["{% include 'khac.docx' %}", BODY], M.TEMPLATE_TAG_FAILED, ""),
    (["{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}", BODY], M.TEMPLATE_TOO_DEEP, ""),
    (["{{ nam_danh_gia + 'năm' }}", BODY], M.TEMPLATE_TAG_FAILED, ""),
]


@pytest.mark.parametrize("lines, reason, tag", MISTAKES, ids=[m[0][0][:28] for m in MISTAKES])
def test_template_mistakes_are_named(tmp_path, lines, reason, tag, small):
    mau = template(tmp_path / "mau.docx", *lines)
    out = tmp_path / "bc.docx"
    result = run("build", small, "--template", mau, "-o", out)
    assert result.returncode == 1, result.stderr
    assert "Mẫu báo cáo \"mau.docx\" có thẻ viết sai" in result.stderr and reason in result.stderr
    assert tag in result.stderr
    assert not out.exists() and not out.with_suffix(".json").exists()
    no_english(result.stderr)


def test_a_template_without_styles_gets_the_default_ones(tmp_path, small):
    """A .docx without a styles part is a valid package: the report takes python-docx's
    default styles and drafter's own (it used to stop with an unexpected KeyError)."""
    with zipfile.ZipFile(template(tmp_path / "co-kieu.docx", "{{ co_quan_ban_hanh }}", BODY)) as package:
        parts = {name: package.read(name) for name in package.namelist() if name != "word/styles.xml"}
    parts["word/_rels/document.xml.rels"] = re.sub(rb'<Relationship [^>]*Target="styles.xml"/>', b"",
                                                  parts["word/_rels/document.xml.rels"])
    parts["[Content_Types].xml"] = re.sub(rb'<Override PartName="/word/styles.xml"[^>]*/>', b"",
                                          parts["[Content_Types].xml"])
    mau = zip_of(tmp_path / "mau.docx", parts)
    result = run("build", small, "--template", mau, "-o", tmp_path / "bc.docx")
    assert result.returncode == 0, result.stderr
    assert "TỈNH ỦY KON TUM" in body_text(tmp_path / "bc.docx")
    assert_ooxml(tmp_path / "bc.docx")


def test_a_correct_template_still_renders_valid_ooxml(tmp_path):
    mau = template(tmp_path / "mau.docx", "{{ co_quan_ban_hanh }}{{r footnote('Ghi chú của mẫu') }}", BODY,
                   "{% for nhan in noi_nhan %}{{ nhan }}; {% endfor %}", "{{ xep_loai['Đảng viên'].total().total|so }}")
    out = tmp_path / "bc.docx"
    result = run("build", SAMPLE, "--template", mau, "-o", out)
    assert result.returncode == 0, result.stderr
    assert footnotes(out)[0] == "Ghi chú của mẫu" and "29.199" in body_text(out)
    assert_ooxml(out)


# ---- 4. a template cannot take the machine: sizes and time are bounded --------------------------

@pytest.mark.parametrize("tag", [
    "{{ 'x' * 10**9 }}", "{{ 'x'.center(10**9) }}", "{{ 'x'.ljust(10**9) }}", "{{ '%999999999s' % 'a' }}",
    "{{ [1] * 10**9 }}", "{% for i in range(10**12) %}{% endfor %}",
])
def test_template_cannot_make_a_huge_value(tmp_path, tag, small):
    mau = template(tmp_path / "mau.docx", tag, BODY)
    started = time.monotonic()
    result = run("build", small, "--template", mau, "-o", tmp_path / "bc.docx")
    assert result.returncode == 1 and "Chưa ghi báo cáo" in result.stderr
    assert time.monotonic() - started < 10
    no_english(result.stderr)


def test_template_loop_is_stopped_by_the_time_limit(tmp_path, monkeypatch, small):
    from drafter.render import limits

    monkeypatch.setattr(limits, "RENDER_SECONDS", 1.0)
    mau = template(tmp_path / "mau.docx",
                   "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}", BODY)
    started = time.monotonic()
    result = run("build", small, "--template", mau, "-o", tmp_path / "bc.docx")
    assert time.monotonic() - started < 8
    assert result.returncode == 1 and M.TEMPLATE_TOO_SLOW.format(seconds=1) in result.stderr
    assert not (tmp_path / "bc.docx").exists()


def test_template_output_is_bounded(tmp_path, monkeypatch, small):
    from drafter.render import limits

    monkeypatch.setattr(limits, "MAX_OUTPUT", 2 ** 20)
    mau = template(tmp_path / "mau.docx", "{% for a in range(100000) %}{{ a }} lần, rất dài{% endfor %}", BODY)
    result = run("build", small, "--template", mau, "-o", tmp_path / "bc.docx")
    assert result.returncode == 1 and M.TEMPLATE_TOO_LARGE.split(",")[0] in result.stderr


# ---- 5. nothing dropped or counted twice without an error: units, sheets, rows --------------------

def validate(path: Path):
    result = run("validate", path)
    no_english(result.stderr)
    return result


def lines_about(stderr: str, level: str, sheet: str, cell: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"{level} · {sheet} · {cell} · ")]


INVISIBLES = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u202e", "\u180e", "\ufe0f"]


@pytest.mark.parametrize("mark", INVISIBLES, ids=[f"U+{ord(c):04X}" for c in INVISIBLES])
def test_a_unit_repeated_with_an_invisible_character_is_a_duplicate(tmp_path, mark):
    def change(sheets):
        first = sheets[DV][1]
        sheets[DV].append([first[0][:6] + mark + first[0][6:] + mark, *first[1:]])
    result = validate(variant(tmp_path / "so.xlsx", change))
    assert result.returncode == 1
    assert lines_about(result.stderr, "lỗi", DV, "A4"), result.stderr
    assert "đã có ở ô A2" in lines_about(result.stderr, "lỗi", DV, "A4")[0]


def test_every_format_character_counts_as_invisible():
    missing = [f"U+{c:04X}" for c in range(sys.maxunicode + 1)
               if unicodedata.category(chr(c)) == "Cf" and not INVISIBLE.fullmatch(chr(c))]
    assert not missing
    assert unit_key("Đảng bộ\u200b Kon Tum\ufeff") == unit_key("đảng bộ kon tum")


@pytest.mark.parametrize("twin", ["Đảng  viên", "Đảng viên\u200b", " Đảng viên ", "Đảng\u00a0viên",
                                  unicodedata.normalize("NFD", "Đảng viên")])
def test_two_sheets_of_one_name_are_an_error(tmp_path, twin):
    def change(sheets):
        sheets[twin] = [list(r) for r in sheets[DV]]
    result = validate(variant(tmp_path / "so.xlsx", change))
    assert result.returncode == 1
    assert any("trùng tên với sheet \"Đảng viên\"" in line for line in result.stderr.splitlines())


def unit_books(tmp_path: Path, second_unit: str, twin_sheet: bool = False) -> list[Path]:
    a = rows()
    b = rows()
    b[DV] = [RATING_HEADER, [second_unit, 500, 50, 300, 150, 0, 0, 0, None, None]]
    if twin_sheet:
        b["Đảng  viên"] = [RATING_HEADER, ["Huyện ủy Kon Plông", 10, 1, 9, 0, 0, 0, 0, None, None]]
    return [write(tmp_path / "don-vi-a.xlsx", a), write(tmp_path / "don-vi-b.xlsx", b)]


def test_merge_refuses_a_unit_repeated_with_an_invisible_character(tmp_path):
    books = unit_books(tmp_path, "Huyện ủy Đắk Hà\u200b")
    out = tmp_path / "tinh.xlsx"
    result = run("merge", *books, "-o", out)
    assert result.returncode == 1
    line = next(line for line in result.stderr.splitlines() if line.startswith("lỗi"))
    assert "don-vi-a.xlsx" in line and "don-vi-b.xlsx" in line
    assert not out.exists()
    no_english(result.stderr)


def test_merge_refuses_a_second_sheet_of_the_same_name(tmp_path):
    books = unit_books(tmp_path, "Huyện ủy Kon Rẫy", twin_sheet=True)
    out = tmp_path / "tinh.xlsx"
    result = run("merge", *books, "-o", out)
    assert result.returncode == 1 and "trùng tên với sheet" in result.stderr
    assert not out.exists()


def test_merge_keeps_formula_like_text_as_text(tmp_path):
    books = unit_books(tmp_path, "Huyện ủy Kon Rẫy")
    book = openpyxl.load_workbook(books[1])
    cell = book[DV]["J2"]
    cell.value = '=HYPERLINK("http://vi-du.vn","xem")'
    cell.data_type = "s"
    book.save(books[1])
    out = tmp_path / "tinh.xlsx"
    result = run("merge", *books, "-o", out)
    assert result.returncode == 0, result.stderr
    merged = openpyxl.load_workbook(out)[DV]
    cells = [c for row in merged.iter_rows() for c in row if c.value == '=HYPERLINK("http://vi-du.vn","xem")']
    assert len(cells) == 1 and cells[0].data_type == "s"


def test_merge_reports_a_cell_showing_an_error(tmp_path):
    books = unit_books(tmp_path, "Huyện ủy Kon Rẫy")
    write_ods(tmp_path / "don-vi-c.ods", {**rows(), DV: [RATING_HEADER, ["Huyện ủy Sa Thầy", 10, 1, 9, 0, 0, 0, 0]]})
    ods = tmp_path / "don-vi-c.ods"
    with zipfile.ZipFile(ods) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b'<table:table-cell office:value-type="float" office:value="1"/>',
        b'<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
        b'calcext:value-type="error" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:'
        b'calcext:1.0"><text:p>#DIV/0!</text:p></table:table-cell>', 1)
    with zipfile.ZipFile(ods, "w") as zf:
        for n, d in parts.items():
            zf.writestr(n, d)
    out = tmp_path / "tinh.xlsx"
    result = run("merge", books[0], ods, "-o", out)
    assert result.returncode == 1 and "#DIV/0!" in result.stderr and "don-vi-c.ods: C2" in result.stderr
    assert not out.exists()


def outline(*rows_: list) -> dict:
    sheets = rows()
    sheets[TT] = [r for r in sheets[TT]] + [["Mẫu báo cáo", "tong-hop"]]
    sheets[ND] = [["Mục", "Đoạn văn"], *rows_]
    return sheets


def test_blank_section_carries_the_one_above_with_a_warning(tmp_path):
    source = write(tmp_path / "so.xlsx", outline(["Kết quả > Công tác kiểm tra", "Đoạn thứ nhất."],
                                                  [None, "Đoạn thứ hai, cùng mục."], ["", "Đoạn thứ ba."]))
    result = validate(source)
    assert result.returncode == 0
    for cell in ("A3", "A4"):
        (line,) = lines_about(result.stderr, "cảnh báo", ND, cell)
        assert "Kết quả > Công tác kiểm tra" in line and "ô A2" in line
    out = tmp_path / "bc.docx"
    assert run("build", source, "-o", out).returncode == 0
    text = body_text(out)
    assert "Đoạn thứ nhất." in text and "Đoạn thứ hai, cùng mục." in text and "Đoạn thứ ba." in text


def test_merged_section_is_read_as_its_first_cell(tmp_path):
    source = write(tmp_path / "so.xlsx", outline(["Kết quả", "Một."], [None, "Hai."], [None, "Ba."]),
                   merged={ND: ["A2:A4"]})
    result = validate(source)
    assert result.returncode == 0 and not lines_about(result.stderr, "cảnh báo", ND, "A3")
    out = tmp_path / "bc.docx"
    assert run("build", source, "-o", out).returncode == 0
    assert all(t in body_text(out) for t in ("Một.", "Hai.", "Ba."))


@pytest.mark.parametrize("section", [">", "Kết quả >", "> Công tác", "Kết quả >  > Con"])
def test_a_section_level_without_a_name_is_an_error(tmp_path, section):
    result = validate(write(tmp_path / "so.xlsx", outline(["Kết quả", "Một."], [section, "Hai."])))
    assert result.returncode == 1
    (line,) = lines_about(result.stderr, "lỗi", ND, "A3")
    assert "một cấp không có tên" in line


def test_a_paragraph_before_any_section_is_an_error(tmp_path):
    result = validate(write(tmp_path / "so.xlsx", outline([None, "Không biết thuộc mục nào."])))
    assert result.returncode == 1 and lines_about(result.stderr, "lỗi", ND, "A2")


@pytest.mark.parametrize("sheet, row, cell", [
    ("Chú thích", [None, "Chú thích không có mã"], "A3"),
    ("Số liệu", [None, "chỉ tiêu không có mã", 5], "A3"),
    (TT, [None, "giá trị không có mục"], "A11"),
    (DV, [None, None, None, None, None, None, None, None, None, "chỉ có ghi chú"], "A4"),
])
def test_a_row_with_data_but_no_key_is_an_error(tmp_path, sheet, row, cell):
    result = validate(variant(tmp_path / "so.xlsx", lambda s: s[sheet].append(row)))
    assert result.returncode == 1
    assert lines_about(result.stderr, "lỗi", sheet, cell), result.stderr


def test_data_under_no_header_is_said_to_be_ignored(tmp_path):
    result = validate(variant(tmp_path / "so.xlsx", cells={(DV, "P3"): 1234}))
    assert result.returncode == 0
    (line,) = lines_about(result.stderr, "cảnh báo", DV, "P3")
    assert "không có tiêu đề" in line


@pytest.mark.parametrize("cell, value, words", [
    ("C2", 10 ** 29, "quá lớn"),
    ("C2", "123456789012345678901234567890", "quá lớn"),
    ("C2", 1e20, "quá lớn"),
    ("C2", True, "TRUE"),
    ("D2", False, "FALSE"),
])
def test_count_values_that_cannot_be_counts(tmp_path, cell, value, words):
    source = variant(tmp_path / "so.xlsx", cells={(DV, cell): value})
    result = validate(source)
    assert result.returncode == 1
    (line,) = lines_about(result.stderr, "lỗi", DV, cell)
    assert words in line
    build = run("build", source, "-o", tmp_path / "bc.docx")
    assert build.returncode == 1 and not (tmp_path / "bc.docx").exists()
    no_english(build.stderr)


@pytest.mark.parametrize("value, words", [(10 ** 16, "quá lớn"), (1e-300, "nhỏ hơn"), (True, "TRUE"),
                                          ("1" * 40, "quá lớn")])
def test_indicator_values_out_of_range(tmp_path, value, words):
    result = validate(variant(tmp_path / "so.xlsx", cells={("Số liệu", "C2"): value}))
    assert result.returncode == 1
    (line,) = lines_about(result.stderr, "lỗi", "Số liệu", "C2")
    assert words in line


def test_many_rows_with_a_warning_each_stay_linear(tmp_path):
    sheets = rows()
    sheets[DV] = [RATING_HEADER] + [[f"Đơn vị {i}", 100, 50, 50, 0, 0, 0, 0] for i in range(5000)]
    source = write(tmp_path / "so.xlsx", sheets)
    started = time.monotonic()
    checked = check_file(source)
    assert len(checked.warnings) == 5000 and not checked.errors
    assert time.monotonic() - started < 5          # 7,8 s before: every row recounted every problem


# ---- 6. files that would cost far more than their data, damaged, encrypted or not files at all ---

SHEET = "xl/worksheets/sheet3.xml"           # Tổ chức cơ sở đảng in the sample


def sample_parts() -> dict[str, bytes]:
    with zipfile.ZipFile(SAMPLE) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def zip_of(path: Path, parts: dict[str, bytes], raw: dict[str, tuple[bytes, int, int]] | None = None) -> Path:
    """A zip of `parts`; `raw` adds parts as (deflated bytes, declared size, crc) written as they
    are, so a part's header may lie about its size."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
        for name, (packed, size, crc) in (raw or {}).items():
            info = zipfile.ZipInfo(name)
            info.compress_type, info.file_size, info.compress_size, info.CRC = zipfile.ZIP_DEFLATED, size, len(packed), crc
            info.header_offset = zf.fp.tell()
            zf.fp.write(info.FileHeader(zip64=False))
            zf.fp.write(packed)
            zf.start_dir = zf.fp.tell()
            zf.filelist.append(info)
            zf.NameToInfo[name] = info
    return path


def with_sheet(path: Path, change) -> Path:
    parts = sample_parts()
    parts[SHEET] = change(parts[SHEET].decode()).encode()
    return zip_of(path, parts)


def before_end_of_data(extra: str):
    return lambda xml: xml.replace("</sheetData>", extra + "</sheetData>")


def unreadable(path: Path) -> str:
    result = run("validate", path)
    assert result.returncode == 2, result.stderr
    no_english(result.stderr)
    return result.stderr


@pytest.mark.parametrize("extra, cell", [
    ('<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>', "XFD1048576"),
    ('<row r="1048576"><c r="K1048576" t="inlineStr"><is><t>ghi chú</t></is></c></row>', "K1048576"),
    ('<row r="100001"><c r="A100001" t="n"><v>1</v></c></row>', "A100001"),
    ('<row r="16"><c r="AAA16" t="n"><v>1</v></c></row>', "AAA16"),
    ('<row r="17"><c r="XFD17"><f>1+1</f></c></row>', "XFD17"),
])
def test_a_value_beyond_the_limits_is_refused_naming_its_cell(tmp_path, extra, cell):
    stderr = unreadable(with_sheet(tmp_path / "xa.xlsx", before_end_of_data(extra)))
    assert f"sheet \"{TCCSD}\", ô {cell}" in stderr and "100.000 dòng, tới cột ZZ" in stderr


def test_a_rectangle_too_large_is_refused(tmp_path):
    stderr = unreadable(with_sheet(tmp_path / "xa.xlsx", before_end_of_data(
        '<row r="99999"><c r="ZZ99999" t="n"><v>1</v></c></row>')))
    assert "ZZ99999" in stderr and "2.000.000 ô" in stderr


@pytest.mark.parametrize("extra", [
    '<row r="1048576"><c r="K1048576" s="0"/></row>',                  # formatting only
    '<row r="1048576"><c r="XFD1048576" t="n"></c></row>',             # a cell without a value
    '<row r="1048576" customHeight="1" ht="30"/>',                     # a row's height
])
def test_cells_without_data_far_away_cost_nothing(tmp_path, extra):
    source = with_sheet(tmp_path / "xa.xlsx", before_end_of_data(extra))
    started = time.monotonic()
    assert validate(source).returncode == 0
    assert time.monotonic() - started < 5


def test_cells_without_reference_are_placed_as_excel_places_them(tmp_path):
    cells = "".join('<c t="n"><v>1</v></c>' for _ in range(710))
    stderr = unreadable(with_sheet(tmp_path / "xa.xlsx", before_end_of_data(f'<row r="20">{cells}</row>')))
    assert "ô AAA20" in stderr


def test_rows_without_reference_are_counted(tmp_path):
    rows_ = "<row/>" * 100_000
    stderr = unreadable(with_sheet(tmp_path / "xa.xlsx", before_end_of_data(rows_ + '<row><c r="A100016" t="n">'
                                                                                    '<v>1</v></c></row>')))
    assert "ô A100016" in stderr


def test_a_comment_cannot_hide_or_fake_a_cell(tmp_path):
    source = with_sheet(tmp_path / "xa.xlsx", before_end_of_data('<!-- <c r="XFD1"><v>1</v></c> -->'))
    assert validate(source).returncode == 0


def test_a_merged_region_to_the_last_cell_costs_nothing(tmp_path):
    source = with_sheet(tmp_path / "gop.xlsx", lambda xml: xml.replace(
        "<pageMargins", '<mergeCells count="1"><mergeCell ref="A20:XFD1048576"/></mergeCells><pageMargins'))
    started = time.monotonic()
    assert validate(source).returncode == 0
    assert time.monotonic() - started < 5


def deflated(head: bytes, block: bytes, tail: bytes, repeat: int) -> tuple[bytes, int]:
    """A deflate stream of head + block × repeat + tail, made without compressing it all:
    a full flush ends each piece on a byte with no reference to what came before, so the
    block's compressed bytes can simply be repeated."""
    def piece(data: bytes, last: bool = False) -> bytes:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        return packer.compress(data) + packer.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)

    return piece(head) + piece(block) * repeat + piece(tail, last=True), len(head) + repeat * len(block) + len(tail)


def bomb(path: Path, lie: bool, megabytes: int = 3000) -> Path:
    """The sample with its sheet padded by `megabytes` MB of spaces (3 MB packed for 3 GB).
    The checksum is not computed: the bomb must be refused before anything could check it."""
    parts = sample_parts()
    sheet = parts.pop(SHEET)
    cut = sheet.index(b"</sheetData>")
    packed, size = deflated(sheet[:cut], b" " * 2 ** 20, sheet[cut:], megabytes)
    return zip_of(path, parts, {SHEET: (packed, len(sheet) if lie else size, 0)})


@pytest.mark.parametrize("lie", [False, True], ids=["honest-header", "lying-header"])
def test_a_zip_bomb_is_refused_before_it_inflates(tmp_path, lie):
    source = bomb(tmp_path / "bom.xlsx", lie)
    started = time.monotonic()
    stderr = unreadable(source)
    assert time.monotonic() - started < 5
    assert "bom nén" in stderr and SHEET in stderr


def test_too_many_parts(tmp_path, monkeypatch):
    monkeypatch.setattr(guard, "MAX_PARTS", 100)         # 10,000 parts to write cost half a second
    parts = sample_parts()
    parts.update({f"xl/thua/{i}.xml": b"" for i in range(guard.MAX_PARTS)})
    assert "phần" in unreadable(zip_of(tmp_path / "nhieu.xlsx", parts))


def test_a_part_declared_twice_is_refused(tmp_path):
    path = tmp_path / "doi.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in sample_parts().items():
            zf.writestr(name, data)
        with pytest.warns(UserWarning):
            zf.writestr(SHEET, b"<worksheet/>")
    assert "hai phần cùng tên" in unreadable(path)


def test_an_unusual_compression_is_refused(tmp_path):
    path = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in sample_parts().items():
            zf.writestr(name, data, compress_type=zipfile.ZIP_BZIP2 if name == SHEET else zipfile.ZIP_DEFLATED)
    assert "nén theo cách" in unreadable(path)


def test_entities_in_a_sheet_do_not_expand(tmp_path):
    laughs = ('<!DOCTYPE worksheet [<!ENTITY a "hahahahahahahahahaha">'
              + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
              + "]>")
    source = with_sheet(tmp_path / "cuoi.xlsx", lambda xml: laughs + xml.replace(
        "</sheetData>", '<row r="16"><c r="A16" t="inlineStr"><is><t>&i;</t></is></c></row></sheetData>'))
    started = time.monotonic()
    result = run("validate", source)
    assert result.returncode in (1, 2) and time.monotonic() - started < 5
    no_english(result.stderr)


@pytest.mark.parametrize("kind, reason", [
    ("encrypted-xlsx", M.WORKBOOK_PASSWORD), ("encrypted-xls", M.WORKBOOK_PASSWORD),
    ("xls-named-xlsx", "Excel 97-2003"), ("no-workbook-part", "không phải sổ Excel/Calc"),
    ("docx-named-xlsx", "không phải sổ Excel/Calc"), ("empty", M.FILE_DAMAGED), ("random", M.FILE_DAMAGED),
    ("truncated", M.FILE_DAMAGED), ("missing-sheet-part", "thiếu phần"), ("zip-encrypted", M.WORKBOOK_PASSWORD),
])
def test_files_that_are_not_readable_workbooks(tmp_path, kind, reason):
    path = tmp_path / "so.xlsx"
    if kind == "encrypted-xlsx":
        path.write_bytes(ole_file({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 64,
                                   "EncryptedPackage": os.urandom(2000)}))
    elif kind == "encrypted-xls":
        path = tmp_path / "so.xls"
        data = xls_bytes()
        stream_start = data.index(b"\x09\x08\x10\x00\x00\x06")
        path.write_bytes(data)
        book = bytearray(data)
        # FILEPASS right after the workbook's BOF (16 bytes of body): RC4 encryption.
        record = struct.pack("<HH", 0x002F, 6) + b"\x01\x00\x01\x00\x01\x00"
        book[stream_start + 20:stream_start + 20 + len(record)] = record
        path.write_bytes(bytes(book))
    elif kind == "xls-named-xlsx":
        path.write_bytes(xls_bytes())
    elif kind == "no-workbook-part":
        parts = sample_parts()
        del parts["xl/workbook.xml"]
        zip_of(path, parts)
    elif kind == "docx-named-xlsx":
        template(path, "Văn bản")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "random":
        path.write_bytes(random.Random(11).randbytes(5000))
    elif kind == "truncated":
        path.write_bytes(SAMPLE.read_bytes()[:20000])
    elif kind == "missing-sheet-part":
        parts = sample_parts()
        del parts[SHEET]
        zip_of(path, parts)
    elif kind == "zip-encrypted":
        data = bytearray(SAMPLE.read_bytes())
        for sig in (b"PK\x03\x04", b"PK\x01\x02"):          # set the "encrypted" flag of every part
            at = data.find(sig)
            while at >= 0:
                flag_at = at + (6 if sig == b"PK\x03\x04" else 8)
                data[flag_at] |= 1
                at = data.find(sig, at + 4)
        path.write_bytes(bytes(data))
    assert reason in unreadable(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_not_waited_for(tmp_path):
    pipe = tmp_path / "so.xlsx"
    os.mkfifo(pipe)
    started = time.monotonic()
    assert M.NOT_A_FILE in unreadable(pipe)
    assert time.monotonic() - started < 5


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_a_device_is_not_read(tmp_path):
    link = tmp_path / "so.xlsx"
    link.symlink_to("/dev/zero")
    assert M.NOT_A_FILE in unreadable(link)


def ods_with_error(path: Path) -> Path:
    write_ods(path)
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b'<table:table-cell office:value-type="float" office:value="100"/>',
        b'<table:table-cell table:formula="of:=1/0" office:value-type="string" office:string-value="" '
        b'calcext:value-type="error" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:'
        b'calcext:1.0"><text:p>#DIV/0!</text:p></table:table-cell>', 1)
    return zip_of(path, parts)


def test_an_error_cell_in_ods_is_reported(tmp_path):
    result = validate(ods_with_error(tmp_path / "so.ods"))
    assert result.returncode == 1
    (line,) = lines_about(result.stderr, "lỗi", DV, "C2")
    assert "#DIV/0!" in line


def xls_sheets() -> dict:
    sheets = rows()
    sheets[TT][4][1] = "10/03/2021"          # a date as text: the hand-written BIFF has no date formats
    return sheets


@pytest.mark.parametrize("code", ["#DIV/0!", "#REF!", "#N/A", "#VALUE!"])
def test_an_error_cell_in_xls_is_reported(tmp_path, code):
    path = tmp_path / "so.xls"
    path.write_bytes(xls_bytes(xls_sheets(), errors={(DV, "C2"): code}))
    result = validate(path)
    assert result.returncode == 1
    (line,) = lines_about(result.stderr, "lỗi", DV, "C2")
    assert code in line


def test_a_plain_xls_is_read(tmp_path):
    path = tmp_path / "so.xls"
    path.write_bytes(xls_bytes(xls_sheets()))
    assert validate(path).returncode == 0


def test_an_xls_rectangle_too_large_is_refused(tmp_path):
    path = tmp_path / "so.xls"
    path.write_bytes(xls_bytes(xls_sheets(), far={DV: (65000, 200)}))
    assert "GS65001" in unreadable(path)


def test_an_ods_run_of_cells_beyond_the_limit_is_refused(tmp_path):
    path = write_ods(tmp_path / "so.ods")
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["content.xml"] = parts["content.xml"].replace(
        b"</table:table-row>", b'<table:table-cell table:number-columns-repeated="800" office:value-type="float" '
                               b'office:value="1"/></table:table-row>', 1)
    assert "ngoài vùng đọc được" in unreadable(zip_of(path, parts))


FLIPS = 30


@pytest.mark.parametrize("seed", range(FLIPS))
def test_random_bit_flips_never_crash(tmp_path, seed):
    rng = random.Random(seed)
    data = bytearray(SAMPLE.read_bytes())
    for _ in range(rng.choice([1, 1, 2, 3, 8])):
        at = rng.randrange(len(data))
        data[at] ^= 1 << rng.randrange(8)
    path = tmp_path / "hong.xlsx"
    path.write_bytes(bytes(data))
    result = run("validate", path)
    assert result.returncode in (0, 1, 2)
    if result.returncode == 2:
        assert result.stderr.startswith(f"Không đọc được tệp \"{path}\": ")
    no_english(result.stderr)


@pytest.mark.parametrize("seed", range(10))
def test_random_bit_flips_of_xls_and_ods_never_crash(tmp_path, seed):
    rng = random.Random(1000 + seed)
    if seed % 2:
        path = tmp_path / "hong.xls"
        source = bytearray(xls_bytes(xls_sheets()))
    else:
        path = tmp_path / "hong.ods"
        source = bytearray(write_ods(tmp_path / "goc.ods").read_bytes())
    for _ in range(rng.choice([1, 2, 8])):
        at = rng.randrange(len(source))
        source[at] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(source))
    result = run("validate", path)
    assert result.returncode in (0, 1, 2)
    no_english(result.stderr)


# ---- 7. a build writes all of its files or none ---------------------------------------------------

OLD = SAMPLE


@functools.cache
def corrected() -> Path:
    """The sample after the correction of issue 9 (one unit's counts): rebuilding over the
    sample changes a few figures, so its tracked copy is quick to make."""
    folder = Path(tempfile.mkdtemp(prefix="drafter-sua-"))
    return edited(folder / "bao-cao-xep-loai-2020-sua.xlsx", CORRECTION)


class _New(os.PathLike):
    """The corrected workbook, made the first time a test asks for it."""

    def __fspath__(self) -> str:
        return str(corrected())

    def __str__(self) -> str:
        return str(corrected())


NEW = _New()


@pytest.fixture(scope="module")
def pairs(tmp_path_factory) -> dict[str, dict[str, bytes]]:
    """The files of building the sample into bc.docx, then the corrected sample over it
    (the same bytes every time)."""
    folder = tmp_path_factory.mktemp("tham-chieu")
    out = folder / "bc.docx"
    assert run("build", OLD, "-o", out).returncode == 0
    old = listing(folder)
    assert run("build", NEW, "-o", out).returncode == 0
    return {"old": old, "new": listing(folder)}


def old_build(folder: Path, pairs) -> Path:
    """`folder` as the first build of the sample leaves it: the files `pairs` got from that
    build (a build writes the same bytes every time), written in the order of their names,
    so that X.json is, as the build leaves it, no older than X.docx."""
    for name, data in pairs["old"].items():
        (folder / name).write_bytes(data)
    return folder / "bc.docx"


def pair(folder: Path) -> tuple[bytes | None, bytes | None]:
    docx, record = folder / "bc.docx", folder / "bc.json"
    return (docx.read_bytes() if docx.is_file() else None, record.read_bytes() if record.is_file() else None)


def assert_old_or_new(folder: Path, pairs) -> str:
    # A killed build leaves its lock file (the OS lock itself died with it): the next one reuses it.
    now = {name: data for name, data in listing(folder).items() if name != ".bc.docx.lock"}
    for name in ("old", "new"):
        if now == pairs[name]:
            return name
    raise AssertionError(f"neither the old nor the new files: {sorted(now)}")


@pytest.mark.parametrize("blocked", ["bc.json", "bc.thay-doi.docx"])
def test_a_blocked_file_leaves_every_old_file_as_it_was(tmp_path, blocked, pairs):
    out = old_build(tmp_path, pairs)
    if blocked == "bc.json":
        (tmp_path / "bc.json").unlink()
    (tmp_path / blocked).mkdir()
    before = listing(tmp_path)
    result = run("build", NEW, "-o", out)
    assert result.returncode == 1
    assert f"Không ghi được \"{tmp_path / blocked}\"" in result.stderr and "giữ nguyên" in result.stderr
    assert listing(tmp_path) == before
    assert listed(tmp_path) == sorted(["bc.docx", "bc.json", blocked]) or \
        listed(tmp_path) == sorted(["bc.docx", blocked])
    no_english(result.stderr)


def test_a_full_disk_leaves_every_old_file_as_it_was(tmp_path, monkeypatch, pairs):
    out = old_build(tmp_path, pairs)
    real = files._temporary

    def full(path, data):
        if path.suffix == ".json":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data)

    monkeypatch.setattr(files, "_temporary", full)
    result = run("build", NEW, "-o", out)
    assert result.returncode == 1 and M.WRITE_DISK_FULL in result.stderr and "giữ nguyên" in result.stderr
    assert listing(tmp_path) == pairs["old"] and listed(tmp_path) == ["bc.docx", "bc.json"]
    no_english(result.stderr)


def test_a_failed_rename_puts_the_old_files_back(tmp_path, monkeypatch, pairs):
    out = old_build(tmp_path, pairs)
    real = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if str(dst).endswith("bc.thay-doi.docx"):          # after bc.docx was already replaced
            raise PermissionError(errno.EACCES, "Permission denied")
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    result = run("build", NEW, "-o", out)
    monkeypatch.undo()
    assert result.returncode == 1 and "giữ nguyên" in result.stderr
    assert any(str(c).endswith("bc.docx") and not str(c).endswith("thay-doi.docx") for c in calls)
    assert listing(tmp_path) == pairs["old"] and listed(tmp_path) == ["bc.docx", "bc.json"]
    no_english(result.stderr)


class Killed(BaseException):
    """The process dies here."""


@pytest.mark.parametrize("step", range(1, 6))
def test_a_crash_at_any_step_of_the_commit_is_recovered(tmp_path, monkeypatch, pairs, step):
    """Step 1: writing the journal (nothing is committed yet: the old files); 2-4: between the
    renames (the journal finishes them: the new files); 5: removing the journal."""
    from drafter.build import build_report

    out = old_build(tmp_path, pairs)
    report = check_file(NEW).report
    real_replace, real_unlink = os.replace, os.unlink
    count = [0]

    def replace(src, dst):
        count[0] += 1
        if count[0] == step:
            raise Killed()
        return real_replace(src, dst)

    def unlink(path, *args, **kwargs):
        if step == 5 and str(path).endswith(".journal"):
            raise Killed()
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "unlink", unlink)
    with pytest.raises(Killed):
        build_report(report, corrected(), out, say=lambda _: None)
    monkeypatch.undo()
    finished = files.recover(out)
    assert finished == (step > 1)
    assert assert_old_or_new(tmp_path, pairs) == ("old" if step == 1 else "new")
    # and the next build goes on from there
    assert run("build", NEW, "-o", out).returncode == 0


def test_leftovers_of_a_killed_build_are_removed(tmp_path, pairs):
    out = old_build(tmp_path, pairs)
    for name in (".bc.docx.x1y2.tmp", ".bc.json.a9.tmp", ".bc.thay-doi.docx.zz.tmp", ".bc.docx.123.cu"):
        (tmp_path / name).write_bytes(b"half")
    assert run("build", NEW, "-o", out).returncode == 0
    assert listing(tmp_path) == pairs["new"]


def test_a_second_build_waits_for_the_lock_then_says_so(tmp_path, monkeypatch, pairs):
    out = old_build(tmp_path, pairs)
    monkeypatch.setattr(files, "LOCK_WAIT", 0.3)
    with files.lock(out):
        result = run("build", NEW, "-o", out)
    assert result.returncode == 1 and "đang ghi" in result.stderr and "Chưa ghi gì" in result.stderr
    assert listing(tmp_path) == pairs["old"]
    no_english(result.stderr)


def test_the_output_may_not_be_a_tracked_copy(tmp_path):
    result = run("build", NEW, "-o", tmp_path / "bc.thay-doi.docx")
    assert result.returncode == 2 and "bản đánh dấu thay đổi" in result.stderr
    result = run("build", NEW, "-o", tmp_path / "bc.thay-doi.3.docx")
    assert result.returncode == 2
    assert not listed(tmp_path)


def test_the_reviewers_tracked_copy_is_kept_under_a_number(tmp_path, pairs):
    out = old_build(tmp_path, pairs)
    assert run("build", NEW, "-o", out).returncode == 0
    tracked = tmp_path / "bc.thay-doi.docx"
    reviewed = template(tmp_path / "ghi-chu.docx", "Ghi chú của người duyệt").read_bytes()
    tracked.write_bytes(reviewed)
    result = run("build", OLD, "-o", out)
    assert result.returncode == 0
    assert (tmp_path / "bc.thay-doi.1.docx").read_bytes() == reviewed
    assert "bc.thay-doi.1.docx" in result.stderr
    second = tracked.read_bytes()
    assert run("build", NEW, "-o", out).returncode == 0
    assert (tmp_path / "bc.thay-doi.2.docx").read_bytes() == second
    # The same build again: the tracked copy would be the same bytes, so nothing more is kept.
    assert run("build", NEW, "-o", out).returncode == 0
    run("build", NEW, "-o", out)
    assert not (tmp_path / "bc.thay-doi.4.docx").exists()


def test_a_record_that_does_not_match_its_report_is_not_trusted(tmp_path, pairs):
    out = old_build(tmp_path, pairs)
    out.write_bytes(pairs["new"]["bc.docx"])          # the 2020 report beside the 2019 record
    # Without drafter's own last output to vouch for the record (a build of an older drafter):
    # with it, X.docx is an edited report and the record still holds (test_rebuild_build.py).
    (tmp_path / ".bc.ban-goc.docx").unlink()
    result = run("build", NEW, "-o", out)
    assert result.returncode == 0
    assert "không khớp với báo cáo" in result.stderr
    assert M.CHANGES_HEAD not in result.stderr                 # no figure "changes" against a stale record
    assert M.TRACKED_NONE.format(path=tmp_path / "bc.thay-doi.docx") in result.stderr
    assert (tmp_path / "bc.json").read_bytes() == pairs["new"]["bc.json"]


@pytest.mark.skipif(os.name != "posix", reason="the fake LibreOffice is a shell script")
def test_the_pdf_is_part_of_the_transaction(tmp_path, monkeypatch):
    from drafter.render import pdf

    def fake(writes: bool) -> str:
        script = tmp_path / ("soffice-ok" if writes else "soffice-hong")
        body = 'for a; do last="$a"; done\nb="${last%.docx}"; printf "%%PDF-1.4" > "$b.pdf"\n' if writes else ""
        script.write_text("#!/bin/sh\n" + body + "exit 0\n")
        script.chmod(0o755)
        return str(script)

    out = tmp_path / "ra" / "bc.docx"
    monkeypatch.setattr(pdf, "soffice", lambda: fake(True))
    result = run("build", NEW, "-o", out, "--pdf")
    assert result.returncode == 0 and (out.parent / "bc.pdf").read_bytes() == b"%PDF-1.4"
    monkeypatch.setattr(pdf, "soffice", lambda: fake(False))
    result = run("build", NEW, "-o", out, "--pdf")
    assert result.returncode == 0 and M.PDF_NOT_WRITTEN in result.stderr
    assert not (out.parent / "bc.pdf").exists()            # an old PDF would not match the new report
    assert listed(out.parent) == ["bc.docx", "bc.json", "bc.thay-doi.docx"]


# ---- 8. real processes: two builds at once, kill -9 at random moments ------------------------------

def start(*args: str | Path, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "drafter", *map(str, args)], cwd=cwd,
                            env={**os.environ, "PYTHONPATH": str(ROOT)},
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def seed_folder(folder: Path, pairs, which: str = "old") -> Path:
    folder.mkdir()
    for name, data in pairs[which].items():
        (folder / name).write_bytes(data)
    return folder / "bc.docx"


def test_two_builds_of_one_output_at_once(tmp_path, pairs):
    """The old workbook racing the new into one output, as two real processes: the second
    waits for the first's lock, both succeed, and what is left is one build's files whole.
    (Giving up after the wait is test_a_second_build_waits_for_the_lock_then_says_so.)"""
    out = seed_folder(tmp_path / "lan", pairs)
    first = start("build", NEW, "-o", out, cwd=ROOT)
    second = start("build", OLD, "-o", out, cwd=ROOT)
    for process in (first, second):
        _, err = process.communicate(timeout=120)
        assert process.returncode == 0, err.decode()
    docx, record = pair(out.parent)
    assert (docx, record) in {(p["bc.docx"], p["bc.json"]) for p in pairs.values()}
    assert not [p for p in out.parent.iterdir() if p.name.startswith(".") and not p.name.endswith(".ban-goc.docx")]


KILLS = 24         # twelve rounds of two: enough moments on both sides of the commit
# A parent that has imported drafter and forks one build per line it reads: each build is a
# real process running `drafter build` as the command line does, killed by the OS, without
# paying the imports for each kill (the moments that matter are in the build, not the imports).
ZYGOTE = """
import json, os, signal, sys
sys.path.insert(0, sys.argv[1])
from drafter.cli import main
from drafter import build
from drafter.render import docx, limits
import docxtpl, jinja2.sandbox
signal.signal(signal.SIGCHLD, signal.SIG_IGN)      # the kernel reaps the children
for line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 1)
        os.dup2(quiet, 2)
        try:
            main(json.loads(line))
        except SystemExit as done:
            os._exit(done.code if isinstance(done.code, int) else 0)
        os._exit(0)
    print(pid, flush=True)
"""


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_kill_at_random_moments_leaves_the_old_files_or_the_new_ones(tmp_path, pairs):
    """kill -9 at KILLS random moments of a build (spread over the measured build time), then
    what the next build does first (files.recover): always the old files or all of the new."""
    zygote = subprocess.Popen([sys.executable, "-c", ZYGOTE, str(ROOT)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)

    def fork(out: Path) -> int:
        zygote.stdin.write(json.dumps(["build", str(NEW), "-o", str(out)]) + "\n")
        zygote.stdin.flush()
        return int(zygote.stdout.readline())

    try:
        # Measured as the kills run: two builds at once, over a previous build; the first
        # measure waits for the parent's imports.
        for attempt in ("khoi-dong", "do"):
            measured = [seed_folder(tmp_path / f"{attempt}-{i}", pairs) for i in (1, 2)]
            started = time.monotonic()
            pids = [fork(out) for out in measured]
            while not all(gone(pid) for pid in pids):
                time.sleep(0.002)
            span = time.monotonic() - started
            assert all(assert_old_or_new(out.parent, pairs) == "new" for out in measured)
        rng = random.Random(2026)
        seen = {"old": 0, "new": 0}
        latest = span * 1.1
        kills = 0
        # The machine's speed can change after the measure (the other worker waiting for
        # LibreOffice while it is taken, working while the kills are made: this test failed
        # once in a CI run and passed on the next ones). If the moments have not fallen on
        # both sides of the commit after KILLS, up to KILLS more are made, each round's spread
        # made longer while no kill came after the commit, shorter while none came before.
        while kills < KILLS or (not (seen["old"] and seen["new"]) and kills < 2 * KILLS):
            if kills >= KILLS:
                latest = latest * 1.5 if not seen["new"] else latest / 1.5
            running = []
            for k in (kills, kills + 1):              # two at a time: the machine has two cores
                out = seed_folder(tmp_path / f"k{k}", pairs)
                running.append((out, fork(out), rng.uniform(0, latest)))
            kills += 2
            began = time.monotonic()
            for out, pid, delay in sorted(running, key=lambda r: r[2]):
                time.sleep(max(0.0, began + delay - time.monotonic()))
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGKILL)
                while not gone(pid):
                    time.sleep(0.002)
                files.recover(out)
                seen[assert_old_or_new(out.parent, pairs)] += 1
        assert seen["old"] + seen["new"] == kills
        assert seen["old"] and seen["new"], seen            # the moments fell on both sides of the commit
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=30)


# ---- 9. click's own messages are Vietnamese too ----------------------------------------------------

@pytest.mark.parametrize("args, words", [
    (["build"], "Thiếu tham số 'TỆP.xlsx...'"),
    (["build", SAMPLE, "-o"], "Tùy chọn '-o' cần một giá trị"),
    (["build", SAMPLE, "--khong-co"], "Không có tùy chọn '--khong-co'"),
    (["build", SAMPLE, "--pdff"], "(có phải: --pdf?)"),
    (["buil"], "Không có lệnh 'buil'. (có phải: build?)"),
    (["validate", SAMPLE, SAMPLE], "Thừa tham số"),
    (["--debug"], "Thiếu tên lệnh"),
    (["init", "--force=1", "x.xlsx"], "không nhận giá trị"),
])
def test_click_speaks_vietnamese(args, words):
    result = run(*args)
    assert result.returncode == 2
    assert words in result.stderr and result.stderr.startswith(M.USAGE_WRONG)
    no_english(result.stderr)


@pytest.mark.parametrize("args", [["--help"], ["build", "--help"], ["merge", "-h"], []])
def test_help_is_vietnamese(args):
    result = run(*args)
    text = result.stdout + result.stderr
    assert "Cách dùng: drafter" in text and "Tùy chọn:" in text and "Hiện hướng dẫn này rồi thoát." in text
    for words in ("Usage", "Options", "Show this message", "Commands"):
        assert words not in text


def test_click_modules_are_not_patched():
    import click.core
    import click.exceptions
    import click.parser

    import drafter.cli  # noqa: F401  -- importing the command line must leave click as it is

    for module in (click.core, click.exceptions, click.parser):
        assert module._("Usage:") == "Usage:"


# ---- 10. what a far cell or a zip bomb costs, against a normal build (real processes) ------------

def cost(*args: str | Path) -> tuple[float, int, int]:
    """(seconds, peak memory in KB, exit code) of `python -m drafter ARGS`."""
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "drafter", *map(str, args)], cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return time.monotonic() - started, usage.ru_maxrss, process.returncode


@pytest.mark.skipif(not hasattr(os, "wait4"), reason="os.wait4 is POSIX")
def test_far_cells_and_bombs_cost_no_more_than_twice_a_normal_build(tmp_path):
    normal = cost("build", SAMPLE, "-o", tmp_path / "bc.docx")
    assert normal[2] == 0
    cases = {
        "XFD1048576": with_sheet(tmp_path / "xa.xlsx", before_end_of_data(
            '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>')),
        "K1048576": with_sheet(tmp_path / "ghi-chu.xlsx", before_end_of_data(
            '<row r="1048576"><c r="K1048576" t="inlineStr"><is><t>ghi chú</t></is></c></row>')),
        "bom": bomb(tmp_path / "bom.xlsx", lie=False),
        "bom-noi-doi": bomb(tmp_path / "bom-noi-doi.xlsx", lie=True),
    }
    for name, source in cases.items():
        seconds, memory, code = cost("build", source, "-o", tmp_path / f"{name}.docx")
        assert code == 2, name
        assert memory <= 2 * normal[1], (name, memory, normal)
        assert seconds <= 2 * normal[0] + 0.5, (name, seconds, normal)


def test_a_planted_journal_moves_nothing_else(tmp_path, pairs):
    out = old_build(tmp_path, pairs)
    victim = tmp_path / "khac.txt"
    victim.write_text("không được động tới", encoding="utf-8")
    files.journal_path(out).write_text(json.dumps({"doi_ten": [[str(victim), str(tmp_path / "bc.docx")]],
                                                   "xoa": [str(victim)]}), encoding="utf-8")
    before = listing(tmp_path)
    result = run("build", NEW, "-o", out)
    assert result.returncode == 1 and "nhật ký ghi tệp" in result.stderr
    assert listing(tmp_path) == before
    no_english(result.stderr)


def test_templates_are_what_python_docx_writes(tmp_path):
    """template() writes each line's paragraph itself: the same document.xml as python-docx."""
    lines = ["{{ co_quan_ban_hanh }}", " cách đầu & <cuối> 'đơn' \"kép\" ", "", BODY, "{% if a < b %}x{% endif %}"]
    ours = zipfile.ZipFile(template(tmp_path / "a.docx", *lines)).read("word/document.xml")
    theirs = zipfile.ZipFile(python_docx_template(tmp_path / "b.docx", *lines)).read("word/document.xml")
    assert ours == theirs
