"""PDF through LibreOffice (soffice --headless), when it is installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from .. import messages as M


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: Path, timeout: int = 180) -> str:
    """Convert beside the .docx; returns the sentence to show the user."""
    exe = soffice()
    if exe is None:
        return M.PDF_UNAVAILABLE
    # Only a PDF written by this conversion counts: LibreOffice can exit 0 without writing one,
    # and a PDF left by an earlier run must not then be reported as new.
    pdf = docx.with_suffix(".pdf")
    try:
        pdf.unlink(missing_ok=True)
    except OSError:
        return M.PDF_FAILED.format(reason=M.PDF_OLD_LOCKED.format(path=pdf))
    # A private profile: a LibreOffice already open on the desktop must not block us.
    with tempfile.TemporaryDirectory() as profile:
        try:
            result = subprocess.run(
                [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", str(docx.parent), str(docx)],
                capture_output=True, text=True, timeout=timeout, env={**os.environ, "HOME": profile})
        except subprocess.TimeoutExpired:
            return M.PDF_FAILED.format(reason=M.PDF_TIMEOUT.format(seconds=timeout))
    if result.returncode == 0 and not pdf.is_file():
        return M.PDF_FAILED.format(reason=M.PDF_NOT_WRITTEN)
    if result.returncode != 0 or not pdf.is_file():
        return M.PDF_FAILED.format(reason=(result.stderr or result.stdout).strip()[:200] or M.PDF_NO_REASON)
    return M.PDF_BUILT.format(path=pdf)
