"""The record of a build (X.json) and the change list of a rebuild, through the
command line: what is written beside the report, and what is printed."""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import run
from conftest import CORRECTION, DEL, INS, KON_TUM, SAMPLE, W, assert_ooxml, edited, marks, part
from drafter import messages as M

TCCSD_HTXSNV = "Tổ chức cơ sở đảng · Tổng cộng · HTXSNV"
AS_PRINTED = SAMPLE.parent / "loi" / "bao-cao-xep-loai-2020-nhu-ban-in.xlsx"



def build(source: Path, output: Path) -> subprocess.CompletedProcess:
    result = run("build", source, "-o", output)
    assert result.returncode == 0, result.stderr
    return result


def change_lines(stderr: str) -> list[str]:
    return [line.strip() for line in stderr.splitlines() if " → " in line]


@pytest.fixture(scope="module")
def correction(tmp_path_factory) -> Path:
    return edited(tmp_path_factory.mktemp("record") / "sua.xlsx", CORRECTION)


@pytest.fixture(scope="module")
def first(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    output = tmp_path_factory.mktemp("record") / "bao-cao.docx"
    return output, build(SAMPLE, output)


def seeded(first: tuple[Path, subprocess.CompletedProcess], folder: Path) -> Path:
    """`folder` as a build of the sample into bao-cao.docx leaves it (the first build's
    files copied: a build is the same bytes every time)."""
    built, _ = first
    for f in built.parent.iterdir():
        if f.name.lstrip(".").startswith(built.stem):
            shutil.copy2(f, folder / f.name)
    return folder / built.name


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory, correction) -> tuple[Path, subprocess.CompletedProcess, bytes]:
    output = tmp_path_factory.mktemp("record") / "bao-cao.docx"
    build(SAMPLE, output)
    old_record = output.with_suffix(".json").read_bytes()
    return output, build(correction, output), old_record


# ---- the record ----------------------------------------------------------------------------

def test_build_writes_the_record_beside_the_report(first):
    output, result = first
    record = output.with_suffix(".json")
    assert record.is_file()
    assert not output.with_name("bao-cao.thay-doi.docx").exists()     # nothing to compare with yet
    assert "→" not in result.stderr
    assert_ooxml(output)


def test_record_holds_the_printed_figures(first):
    figures = json.loads(first[0].with_suffix(".json").read_text(encoding="utf-8"))["so_lieu"]
    # 48-BC/TU, 2.2 a): "114/659 … (chiếm 17,30%, giảm 1,29% so với năm 2019)".
    assert figures[TCCSD_HTXSNV] == {"so": 114, "ty_le": "17,30%", "so_voi_nam": 2019, "thay_doi": "giảm 1,29%"}
    assert figures["Tổ chức cơ sở đảng · Tổng cộng · Tổng số"] == {"so": 660}
    assert figures["Tổ chức cơ sở đảng · Tổng cộng · Đã xếp loại"] == {"so": 659, "ty_le": "99,85%"}
    assert figures["Tổ chức cơ sở đảng · Tổng cộng · Đảng bộ cơ sở"] == {"so": 198}
    assert figures[f"Tổ chức cơ sở đảng · {KON_TUM} · HTXSNV"] == {"so": 16, "ty_le": "15,24%"}
    # 3.726 / 21.531 = 17,305 %: the report prints 17,31% (48-BC/TU printed 17,30%).
    assert figures["Đảng viên · Tổng cộng · HTXSNV/HTTNV"] == {"ty_le": "17,31%"}
    assert figures["Đảng viên · Tổng cộng · Tổng số"] == {"so": 29199}
    # The leadership sheets are keyed by the rating body (697 rated: 252/697 = 36,15%).
    assert figures["Cán bộ lãnh đạo · Lãnh đạo các cơ quan, đơn vị cấp tỉnh · HTXSNV"]["ty_le"] == "36,15%"


SAMPLE_124 = SAMPLE.parent / "bao-cao-124-nghi-quyet-03.xlsx"


@pytest.mark.parametrize("source", [SAMPLE, SAMPLE_124], ids=["48-BC-TU", "124-BC-TU"])
def test_every_recorded_figure_is_in_the_printed_report(source, tmp_path):
    from drafter.wording import fmt_int
    from conftest import note_texts, paragraph_texts

    output = tmp_path / "bao-cao.docx"
    build(source, output)
    figures = json.loads(output.with_suffix(".json").read_text(encoding="utf-8"))["so_lieu"]
    printed = " ".join(paragraph_texts(part(output)) + note_texts(part(output, "word/footnotes.xml")))
    kinds = {key.split(" · ")[0] for key in figures}
    assert kinds >= ({"Số liệu", "Kỷ luật"} if source == SAMPLE_124 else {"Tổ chức cơ sở đảng", "Đảng viên"})
    for key, entry in figures.items():
        for field in ("ty_le", "gia_tri", "ky_truoc", "chi_tieu"):
            if field in entry:
                # A phrase that opens a sentence is printed capitalised ("Vượt 2,78% so với …").
                assert entry[field].rstrip("%").lower() in printed.lower(), (key, field)
        if "thay_doi" in entry:
            assert f"{entry['thay_doi']} so với năm {entry['so_voi_nam']}" in printed, key
        if "so" in entry:
            assert fmt_int(entry["so"]) in printed, key


def test_record_holds_the_printed_paragraphs(first):
    paragraphs = json.loads(first[0].with_suffix(".json").read_text(encoding="utf-8"))["doan_van"]
    by_place = {p["vi_tri"]: p["van_ban"] for p in paragraphs}
    result = by_place["I. › 2. › 2.2. › a) Đối với tổ chức đảng · đoạn 2"]
    assert result.startswith("Kết quả: 114/659 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 17,30%")
    assert any(p["loai"] == "bang" and KON_TUM in p["van_ban"] for p in paragraphs)
    notes = [p for p in paragraphs if p["loai"] == "chu_thich"]
    assert notes[0]["vi_tri"] == "Chú thích 1" and notes[0]["van_ban"].startswith("Gồm: 11 tập thể")


def test_record_is_sorted_readable_and_deterministic(first, tmp_path):
    raw = first[0].with_suffix(".json").read_bytes()
    text = raw.decode("utf-8")
    assert "Tổ chức cơ sở đảng" in text                          # UTF-8, not \\u escapes
    data = json.loads(text)
    assert list(data) == sorted(data) and list(data["so_lieu"]) == sorted(data["so_lieu"])
    again = tmp_path / "bao-cao.docx"
    build(SAMPLE, again)
    assert again.with_suffix(".json").read_bytes() == raw
    assert again.read_bytes() == first[0].read_bytes()


# ---- the change list -------------------------------------------------------------------------

def test_rebuild_prints_each_changed_figure(rebuilt):
    _, result, _ = rebuilt
    assert M.CHANGES_HEAD in result.stderr
    assert change_lines(result.stderr) == [
        f"{TCCSD_HTXSNV}: 114 → 115; tỷ lệ 17,30% → 17,45%; so với năm 2019: giảm 1,29% → giảm 1,14%",
        "Tổ chức cơ sở đảng · Tổng cộng · HTTNV: 489 → 488; tỷ lệ 74,20% → 74,05%; "
        "so với năm 2019: tăng 0,44% → tăng 0,29%",
        f"Tổ chức cơ sở đảng · {KON_TUM} · HTXSNV: 16 → 17; tỷ lệ 15,24% → 16,19%",
        f"Tổ chức cơ sở đảng · {KON_TUM} · HTTNV: 81 → 80; tỷ lệ 77,14% → 76,19%",
    ]


def test_rebuild_prints_the_sentences_the_correction_moves(rebuilt):
    lines = [line.strip() for line in rebuilt[1].stderr.splitlines()]
    start = lines.index(M.SENTENCES_HEAD)
    assert lines[start + 1] == "I. › 2. › 2.2. › a) Đối với tổ chức đảng · đoạn 2:"
    assert lines[start + 2].startswith("cũ:  114/659 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 17,30%")
    assert lines[start + 3].startswith("mới: 115/659 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ (chiếm 17,45%")
    assert lines[start + 4].startswith("cũ:  489/659")
    assert lines[start + 5].startswith("mới: 488/659")
    assert lines[start + 6] == "Biểu số 1: 2 dòng bảng thay đổi"


def test_rebuild_writes_the_tracked_copy_dated_today(rebuilt):
    output, result, _ = rebuilt
    tracked = output.with_name("bao-cao.thay-doi.docx")
    assert tracked.is_file()
    assert str(tracked) in result.stderr
    assert_ooxml(tracked)
    doc = part(tracked)
    found = marks(doc)
    assert found[:2] == [("del", "114"), ("ins", "115")]
    assert {kind for kind, _ in found} == {"del", "ins"} and len(found) == 28
    dates = {el.get(W + "date") for el in doc.iter(INS, DEL)}
    assert dates <= {f"{d.isoformat()}T00:00:00Z" for d in (dt.date.today(), dt.date.today() - dt.timedelta(1))}
    # The report itself stays deterministic: no revision, no date of today.
    assert not list(part(output).iter(INS, DEL))


def test_rebuild_updates_the_record(rebuilt):
    output, _, old = rebuilt
    assert json.loads(old)["so_lieu"][TCCSD_HTXSNV]["so"] == 114
    assert json.loads(output.with_suffix(".json").read_text(encoding="utf-8"))["so_lieu"][TCCSD_HTXSNV]["so"] == 115


def test_unchanged_rebuild_says_nothing_changed(tmp_path, first):
    output = seeded(first, tmp_path)
    result = build(SAMPLE, output)
    assert M.NO_CHANGES in result.stderr
    assert "→" not in result.stderr
    assert_ooxml(output.with_name("bao-cao.thay-doi.docx"))


def test_data_errors_leave_the_previous_outputs_alone(tmp_path, first):
    output = seeded(first, tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    result = run("build", AS_PRINTED, "-o", output)
    assert result.returncode == 1
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_damaged_record_is_reported_and_the_build_goes_on(tmp_path, correction, first):
    output = seeded(first, tmp_path)
    output.with_suffix(".json").write_text("{ không phải json", encoding="utf-8")
    result = build(correction, output)
    assert "Không đọc được bản ghi số liệu lần tạo trước" in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(output.with_suffix(".json").read_text(encoding="utf-8"))["so_lieu"][TCCSD_HTXSNV]["so"] == 115
    assert marks(part(output.with_name("bao-cao.thay-doi.docx")))[:2] == [("del", "114"), ("ins", "115")]


def test_output_without_record_still_lists_the_sentences(tmp_path, correction, first):
    output = seeded(first, tmp_path)
    output.with_suffix(".json").unlink()
    result = build(correction, output)
    assert M.NO_PREVIOUS_RECORD in result.stderr
    assert any(line.strip().startswith("mới: 115/659") for line in result.stderr.splitlines())


def test_general_report_records_only_what_it_prints():
    from drafter import record
    from drafter.build import make_report
    from drafter.workbook.validate import check_file

    report = check_file(SAMPLE).report
    built = make_report(report, SAMPLE, template="tong-hop")
    made = record.make(report, built.composed.printed, built.paragraphs, SAMPLE)
    assert not any(key.startswith(S) for key in made["so_lieu"] for S in ("Tổ chức cơ sở đảng", "Đảng viên"))
    assert made["doan_van"] and made["doan_van"][0]["vi_tri"].startswith("Phần đầu")


def test_damaged_old_report_is_reported_and_the_build_goes_on(tmp_path, correction, first):
    output = seeded(first, tmp_path)
    output.write_bytes(b"not a docx")
    result = build(correction, output)
    assert M.PREVIOUS_DOCX_UNREADABLE.format(path=output) in result.stderr
    assert not output.with_name("bao-cao.thay-doi.docx").exists()
    assert change_lines(result.stderr)[0].startswith(f"{TCCSD_HTXSNV}: 114 → 115")   # the record still compares
    assert_ooxml(output)
