"""`drafter build` over a report an officer edited: the edits stay, the corrected figures
come in, the edited file is kept aside, --tao-moi starts over (the merge itself is tested
in test_rebuild.py)."""
from __future__ import annotations

import docx

from conftest import CORRECTION, SAMPLE, assert_ooxml, build, edited, part, run, view, paragraph_texts

NOTE = "Ban Thường vụ đánh giá cao sự chủ động của các đảng bộ trực thuộc."


def text(path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def edit_report(path) -> None:
    d = docx.Document(str(path))
    d.add_paragraph(NOTE)
    d.save(str(path))


def test_rebuild_keeps_the_officers_paragraph_and_takes_the_new_figure(tmp_path):
    out = build(SAMPLE, tmp_path / "bc.docx")
    edit_report(out)
    officer = out.read_bytes()
    corrected = edited(tmp_path / "so.xlsx", CORRECTION)
    result = run("build", corrected, "-o", out)
    assert result.returncode == 0, result.stderr
    assert NOTE in text(out) and "115/659" in text(out) and "114/659" not in text(out)
    assert (tmp_path / "bc.truoc-khi-tao-lai.docx").read_bytes() == officer
    assert "114 → 115" in result.stderr                     # the figures still compare
    tracked = part(tmp_path / "bc.thay-doi.docx")
    accepted = "\n".join(paragraph_texts(view(tracked, "new")))
    rejected = "\n".join(paragraph_texts(view(tracked, "old")))
    assert "115/659" in accepted and NOTE in accepted
    assert "114/659" in rejected and NOTE in rejected        # the officer's own text is no revision
    assert_ooxml(out)
    assert_ooxml(tmp_path / "bc.thay-doi.docx")


def test_unedited_report_is_simply_rebuilt(tmp_path):
    out = build(SAMPLE, tmp_path / "bc.docx")
    result = run("build", edited(tmp_path / "so.xlsx", CORRECTION), "-o", out)
    assert result.returncode == 0
    assert not (tmp_path / "bc.truoc-khi-tao-lai.docx").exists()
    assert "115/659" in text(out)


def test_tao_moi_starts_over_and_keeps_the_edited_file(tmp_path):
    out = build(SAMPLE, tmp_path / "bc.docx")
    edit_report(out)
    result = run("build", SAMPLE, "-o", out, "--tao-moi")
    assert result.returncode == 0, result.stderr
    assert NOTE not in text(out)
    assert NOTE in text(tmp_path / "bc.truoc-khi-tao-lai.docx")
    edit_report(out)
    run("build", SAMPLE, "-o", out, "--tao-moi")
    assert (tmp_path / "bc.truoc-khi-tao-lai.1.docx").exists()     # never overwritten


def test_a_report_drafter_did_not_write_is_kept_not_merged(tmp_path):
    out = tmp_path / "bc.docx"
    d = docx.Document()
    d.add_paragraph("Một báo cáo soạn tay.")
    d.save(str(out))
    result = run("build", SAMPLE, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "không tách được" in result.stderr
    assert "Một báo cáo soạn tay." in text(tmp_path / "bc.truoc-khi-tao-lai.docx")
    assert "114/659" in text(out)
