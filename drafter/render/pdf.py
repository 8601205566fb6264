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
    # A private profile: a LibreOffice already open on the desktop must not block us.
    with tempfile.TemporaryDirectory() as profile:
        try:
            result = subprocess.run(
                [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                 "--outdir", str(docx.parent), str(docx)],
                capture_output=True, text=True, timeout=timeout, env={**os.environ, "HOME": profile})
        except subprocess.TimeoutExpired:
            return M.PDF_FAILED.format(reason=f"LibreOffice không trả lời sau {timeout} giây")
    pdf = docx.with_suffix(".pdf")
    if result.returncode != 0 or not pdf.exists():
        return M.PDF_FAILED.format(reason=(result.stderr or result.stdout).strip()[:200] or "không rõ lý do")
    return M.PDF_BUILT.format(path=pdf)
