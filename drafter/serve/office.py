"""PDF and page images through one LibreOffice kept running.

Starting LibreOffice costs about two seconds here; converting through one that
is already running costs under one. So the desk starts `soffice --headless
--accept=pipe,…` once, and a small worker (uno_worker.py, run by a Python that
has the `uno` module, which drafter's own Python usually has not) converts
through it, one document at a time. When no such Python is found, each PDF is
made the way `drafter build --pdf` makes it (a fresh soffice per document).

Page images: pdftoppm renders raw pixmaps and Pillow writes them as PNG at a low
compression level; pdftoppm's own PNG writer spends ten times longer compressing.
"""
from __future__ import annotations

import json
import logging
import os
import queue
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from .. import messages as M
from . import desk

log = logging.getLogger("drafter.serve")
WORKER = Path(__file__).with_name("uno_worker.py")
START_SECONDS = 60           # LibreOffice's first start on a cold disk
CONVERT_SECONDS = 120        # one document
RESOLUTION = 80              # dpi of the page images: readable on screen, an A4 page is 660 px wide


class OfficeFailed(Exception):
    """No PDF: the message (Vietnamese) says why."""


def _has_uno(python: str) -> bool:
    try:
        return subprocess.run([python, "-c", "import uno"], capture_output=True, timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def uno_python(soffice: str) -> str | None:
    """A Python that can talk to LibreOffice: LibreOffice's own (Windows, macOS), or the system's."""
    program = Path(os.path.realpath(soffice)).parent
    candidates = [os.environ.get("DRAFTER_UNO_PYTHON"), str(program / "python"), str(program / "python.exe"),
                  "/usr/bin/python3", shutil.which("python3"), sys.executable]
    for python in dict.fromkeys(c for c in candidates if c):
        if (Path(python).is_file() or shutil.which(python)) and _has_uno(python):
            return python
    return None


def _stop(proc: subprocess.Popen | None) -> None:
    """End a process this module started, and its children (soffice runs soffice.bin under it)."""
    if proc is None or proc.poll() is not None:
        return
    try:
        if os.name == "posix":
            os.killpg(proc.pid, signal.SIGTERM)     # its own session, started below: only its group
        else:
            proc.terminate()
        proc.wait(timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        proc.kill()


class Office:
    """One soffice and one worker, shared by every request; a lock makes conversions take turns."""

    def __init__(self, workdir: Path):
        self.workdir = Path(workdir)
        self.soffice = desk.soffice()
        self.pdftoppm = shutil.which("pdftoppm")
        self._lock = threading.Lock()
        self._office: subprocess.Popen | None = None
        self._worker: subprocess.Popen | None = None
        self._answers: queue.Queue = queue.Queue()
        self._python: str | None = None
        self._python_known = False

    @property
    def available(self) -> bool:
        return self.soffice is not None

    @property
    def previews(self) -> bool:
        return self.soffice is not None and self.pdftoppm is not None

    def warm(self) -> None:
        """Start LibreOffice now (in the background), so that the first preview does not wait for it."""
        if self.available:
            threading.Thread(target=self._warm, name="drafter-office", daemon=True).start()

    def _warm(self) -> None:
        with self._lock:
            try:
                self._ensure()
            except OfficeFailed as exc:
                log.warning("LibreOffice did not start: %s", exc)

    def _ensure(self) -> bool:
        """True when a warm worker is ready; False when only the one-shot conversion is possible."""
        if not self._python_known:
            self._python, self._python_known = uno_python(self.soffice), True
        if self._python is None:
            return False
        if self._worker is not None and self._worker.poll() is None and self._office.poll() is None:
            return True
        self.close()
        profile = self.workdir / "libreoffice"
        profile.mkdir(parents=True, exist_ok=True)
        pipe = f"drafter_{os.getpid()}_{secrets.token_hex(4)}"
        posix = os.name == "posix"
        # Its own profile: a LibreOffice the user has open on the desktop neither blocks nor sees it.
        self._office = subprocess.Popen(
            [self.soffice, f"-env:UserInstallation={profile.resolve().as_uri()}", "--headless", "--invisible",
             "--norestore", "--nologo", "--nodefault", "--nolockcheck", f"--accept=pipe,name={pipe};urp;"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=posix)
        self._worker = subprocess.Popen(
            [self._python, str(WORKER), f"pipe,name={pipe}", str(START_SECONDS)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            encoding="utf-8", start_new_session=posix)
        self._answers = queue.Queue()
        threading.Thread(target=self._read_answers, args=(self._worker, self._answers), daemon=True).start()
        ready = self._answer(START_SECONDS + 5)
        if not ready.get("ok"):
            self.close()
            raise OfficeFailed(ready.get("loi", ""))
        return True

    @staticmethod
    def _read_answers(worker: subprocess.Popen, answers: queue.Queue) -> None:
        # A thread, not select(): pipes cannot be selected on Windows.
        for line in worker.stdout:
            try:
                answers.put(json.loads(line))
            except ValueError:
                continue
        answers.put({"ok": False, "loi": "LibreOffice đã dừng"})

    def _answer(self, seconds: float) -> dict:
        try:
            return self._answers.get(timeout=seconds)
        except queue.Empty:
            self.close()
            return {"ok": False, "loi": M.SERVE_PDF_TIMEOUT.format(seconds=int(seconds))}

    def to_pdf(self, docx: bytes) -> bytes:
        if not self.available:
            raise OfficeFailed(M.PDF_UNAVAILABLE)
        with self._lock, tempfile.TemporaryDirectory(dir=self.workdir, prefix="pdf-") as tmp:
            source = Path(tmp) / "bao-cao.docx"
            target = source.with_suffix(".pdf")
            source.write_bytes(docx)
            if self._ensure():
                self._worker.stdin.write(json.dumps({"in": str(source.resolve()), "out": str(target.resolve())}) + "\n")
                self._worker.stdin.flush()
                answer = self._answer(CONVERT_SECONDS)
                if not answer.get("ok"):
                    log.warning("LibreOffice conversion failed: %s", answer.get("loi"))
                    raise OfficeFailed(M.SERVE_PDF_FAILED.format(reason=answer.get("loi") or "không rõ lý do"))
            else:
                said = desk.pdf_once(source)
                if not target.is_file():
                    raise OfficeFailed(said)
            if not target.is_file():
                raise OfficeFailed(M.SERVE_PDF_FAILED.format(reason=M.PDF_NOT_WRITTEN))
            return target.read_bytes()

    def pages(self, pdf: bytes) -> list[bytes]:
        """Each page of the PDF as a PNG."""
        from PIL import Image

        with tempfile.TemporaryDirectory(dir=self.workdir, prefix="png-") as tmp:
            source = Path(tmp) / "bao-cao.pdf"
            source.write_bytes(pdf)
            subprocess.run([self.pdftoppm, "-r", str(RESOLUTION), str(source), str(Path(tmp) / "trang")],
                           check=True, capture_output=True, timeout=CONVERT_SECONDS)
            out = []
            for page in sorted(Path(tmp).glob("trang-*.ppm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
                import io

                buffer = io.BytesIO()
                with Image.open(page) as image:
                    image.save(buffer, "PNG", compress_level=1)
                out.append(buffer.getvalue())
            return out

    def close(self) -> None:
        _stop(self._worker)
        _stop(self._office)
        self._worker = self._office = None
