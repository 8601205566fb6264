"""PDF through LibreOffice (soffice --headless), when it is installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .. import messages as M
from ..errors import WriteFailed
from ..files import write_atomic


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(docx: bytes, stem: str, timeout: int = 180) -> bytes | str:
    """The PDF of a report, converted in a private folder (nothing is written beside the
    report: the build puts the PDF in place with its other files, or not at all): the
    bytes, or the sentence that says why there is none."""
    exe = soffice()
    if exe is None:
        return M.PDF_UNAVAILABLE
    with tempfile.TemporaryDirectory() as work:
        source = Path(work) / f"{stem}.docx"
        source.write_bytes(docx)
        out = Path(work) / "pdf"
        out.mkdir()
        profile = Path(work) / "profile"
        # A private profile: a LibreOffice already open on the desktop must not block us.
        try:
            result = subprocess.run(
                [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", str(out), str(source)],
                capture_output=True, text=True, timeout=timeout, env={**os.environ, "HOME": str(profile)})
        except subprocess.TimeoutExpired:
            return M.PDF_FAILED.format(reason=M.PDF_TIMEOUT.format(seconds=timeout))
        except OSError:
            return M.PDF_UNAVAILABLE
        # Only a PDF written by this conversion counts: LibreOffice can exit 0 without writing one.
        pdf = next((p for p in (out / f"{stem}.pdf", Path(work) / f"{stem}.pdf") if p.is_file()), None)
        if result.returncode == 0 and pdf is None:
            return M.PDF_FAILED.format(reason=M.PDF_NOT_WRITTEN)
        if result.returncode != 0 or pdf is None:
            return M.PDF_FAILED.format(reason=M.PDF_LIBREOFFICE_FAILED.format(code=result.returncode))
        return pdf.read_bytes()


def to_pdf(docx: Path, timeout: int = 180) -> str:
    """Convert a report already on disk, beside it (a batch, after its reports are written);
    returns the sentence to show the user. A PDF left by an earlier run is removed first:
    it would not match the report."""
    pdf = docx.with_suffix(".pdf")
    try:
        pdf.unlink(missing_ok=True)
    except OSError:
        return M.PDF_FAILED.format(reason=M.PDF_OLD_LOCKED.format(path=pdf))
    converted = convert(docx.read_bytes(), docx.stem, timeout)
    if isinstance(converted, str):
        return converted
    try:
        write_atomic(pdf, converted)
    except WriteFailed as exc:
        return str(exc)
    return M.PDF_BUILT.format(path=pdf)
