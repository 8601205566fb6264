"""Files on disk: atomic writes with Vietnamese reasons, output names, the guard that
an output is never one of the inputs, and the transaction that writes a build's files
together (see `commit`). The only module below the use cases that touches the file
system for writing."""
from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import messages as M
from .errors import BadUsage, DrafterError, WriteFailed
from .model import Report


def default_output(report: Report) -> Path:
    info = report.info
    # A thematic paper has no number of its own.
    return Path("out") / f"{info.number.replace('/', '-') or 'tham-luan'}_{info.year}.docx"


def record_path(output: Path) -> Path:
    """X.json: the record of the build that wrote X.docx."""
    return output.with_suffix(".json")


def tracked_path(output: Path) -> Path:
    """X.thay-doi.docx: X.docx with the corrections since the previous build as tracked changes."""
    return output.with_name(f"{output.stem}.thay-doi.docx")


def base_path(output: Path) -> Path:
    """.X.ban-goc.docx: the report exactly as drafter wrote it last (hidden beside X.docx), the
    base of the three-way merge that keeps an officer's edits when the report is rebuilt."""
    return output.with_name(f".{output.stem}.ban-goc.docx")


def kept_aside_path(output: Path) -> Path:
    """X.truoc-khi-tao-lai.docx (then .1, .2 …, the first free): the officer's report as it was
    before a rebuild, never overwritten."""
    candidate = output.with_name(f"{output.stem}.truoc-khi-tao-lai.docx")
    n = 0
    while candidate.exists():
        n += 1
        candidate = output.with_name(f"{output.stem}.truoc-khi-tao-lai.{n}.docx")
    return candidate


def kept_tracked_path(output: Path) -> Path:
    """X.thay-doi.N.docx, the first N free: where the previous tracked copy is kept (with the
    reviewer's notes) instead of being overwritten."""
    n = 1
    while True:
        candidate = output.with_name(f"{output.stem}.thay-doi.{n}.docx")
        if not candidate.exists():
            return candidate
        n += 1


def pdf_path(output: Path) -> Path:
    return output.with_suffix(".pdf")


# X.thay-doi.docx and X.thay-doi.3.docx belong to X.docx: no build may take them as its own.
_TRACKED_NAME = re.compile(r".+\.thay-doi(\.\d+)?\.docx", re.I)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output(output: Path | None, inputs: tuple[Path | None, ...], suffix: str = ".docx") -> None:
    """The output has the right kind and is none of the files read (workbooks, template):
    inputs are never overwritten; nor is the tracked copy of another report."""
    if output is None:
        return
    if output.suffix.lower() != suffix:
        raise BadUsage(M.OUTPUT_WRONG_SUFFIX.format(path=output, suffix=suffix))
    if suffix == ".docx" and _TRACKED_NAME.fullmatch(output.name):
        raise BadUsage(M.OUTPUT_IS_TRACKED_COPY.format(path=output))
    for source in inputs:
        if source is not None and same_file(source, output):
            raise BadUsage(M.OUTPUT_IS_INPUT.format(path=output))


# errno → the Vietnamese reason; never the operating system's English strerror.
_REASONS = {
    errno.EISDIR: M.WRITE_IS_FOLDER,
    errno.ENOSPC: M.WRITE_DISK_FULL,
    errno.ENOENT: M.WRITE_NO_FOLDER,
    errno.EROFS: M.WRITE_READ_ONLY,
    errno.ENAMETOOLONG: M.WRITE_NAME_TOO_LONG,
}
if hasattr(errno, "EDQUOT"):
    _REASONS[errno.EDQUOT] = M.WRITE_DISK_FULL
_PERMISSION = (errno.EACCES, errno.EPERM)
_BUSY = (errno.EBUSY,) + ((errno.ETXTBSY,) if hasattr(errno, "ETXTBSY") else ())


def _file_in_the_way(folder: Path) -> Path | None:
    """The first part of `folder` (itself included) that exists and is not a folder."""
    for part in (folder, *folder.parents):
        if part.exists() and not part.is_dir():
            return part
    return None


def os_reason(exc: OSError, folder: Path) -> str:
    """Why making `folder` or a file in it failed, in Vietnamese."""
    code = exc.errno
    if code in (errno.EEXIST, errno.ENOTDIR):
        part = _file_in_the_way(folder)
        return M.WRITE_THROUGH_FILE.format(part=part) if part else M.WRITE_THROUGH_FILE_UNKNOWN
    if code == errno.EISDIR:
        return M.WRITE_IS_FOLDER.format(example=folder / "bao-cao.docx")
    if code in _PERMISSION:
        return M.WRITE_NO_PERMISSION_FOLDER.format(folder=folder)
    if code in _BUSY:
        return M.WRITE_BUSY
    if code in _REASONS:
        return _REASONS[code]
    return M.WRITE_OTHER.format(code=errno.errorcode.get(code, code) if code is not None else type(exc).__name__)


def write_failure(path: Path, exc: OSError) -> str:
    """The sentence for a failed write of `path` itself (its folder exists)."""
    if exc.errno in _PERMISSION or exc.errno in _BUSY:   # most often: the file is open in Word
        reason = M.WRITE_NO_PERMISSION if exc.errno in _PERMISSION else M.WRITE_BUSY
        return M.OUTPUT_LOCKED.format(path=path, reason=reason)
    if exc.errno == errno.EISDIR:
        return M.WRITE_FAILED.format(path=path, reason=M.WRITE_IS_FOLDER.format(
            example=path / f"bao-cao{path.suffix or '.docx'}"))
    return M.WRITE_FAILED.format(path=path, reason=os_reason(exc, path.parent))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, then rename over it: a failure leaves the old file as it was.
    Any OSError becomes WriteFailed with a Vietnamese reason."""
    if path.is_dir():       # os.replace over a folder: EISDIR on Linux, "access denied" on Windows
        raise WriteFailed(write_failure(path, IsADirectoryError(errno.EISDIR, "", str(path))))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise WriteFailed(M.WRITE_FAILED.format(path=path, reason=os_reason(exc, path.parent))) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())          # mkstemp makes 0600; a report is an ordinary file
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise WriteFailed(write_failure(path, exc)) from exc


# ---- a build's files as one transaction ----------------------------------------------------------
#
# X.docx, X.json (the record: the commit mark, renamed last), X.thay-doi.docx, the kept
# previous tracked copy, X.pdf: a build writes them all or none. `commit` writes every file
# to a temporary beside its target first; only when all are written does it write a journal
# (.X.docx.journal: which temporary becomes which file) and rename them into place, the
# record last; then it removes the journal. A failure before the journal removes the
# temporaries and leaves every old file as it was; a failed rename puts the old files back.
# A process killed between the renames leaves the journal: `recover`, run by the next build
# of X under its lock, finishes the renames (every temporary was complete before the journal
# was written). `lock` keeps two builds of the same X apart: the second waits for the first.

LOCK_WAIT = 60.0            # seconds a second build of the same output waits before giving up


@dataclass
class Outputs:
    """The files of one build: (path, bytes) in the order they are put in place (the
    commit mark last) and stale files to remove. A use case adds its files; `commit`
    writes them."""
    files: list[tuple[Path, bytes]] = field(default_factory=list)
    remove: list[Path] = field(default_factory=list)

    def add(self, path: Path, data: bytes) -> None:
        self.files.append((path, data))


def journal_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.journal")


def lock_path(output: Path) -> Path:
    return output.with_name(f".{output.name}.lock")


class Busy(DrafterError):
    """Another build holds the output's lock for longer than LOCK_WAIT."""


@contextlib.contextmanager
def lock(output: Path, wait: float | None = None):
    """Hold `.X.docx.lock` (an OS lock on an open file: a killed process releases it) while
    the block runs; a second build of the same output waits for it, up to `wait` seconds."""
    wait = LOCK_WAIT if wait is None else wait
    path = lock_path(output)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(M.WRITE_FAILED.format(path=output, reason=os_reason(exc, path.parent))) from exc
    deadline = time.monotonic() + wait
    while True:
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise WriteFailed(write_failure(output, exc)) from exc
        if _try_lock(fd):
            # The file may have been removed by the holder we waited for: hold the one on disk.
            try:
                same = os.fstat(fd).st_ino == os.stat(path).st_ino
            except OSError:
                same = False
            if same:
                break
            _unlock(fd)
        os.close(fd)
        if time.monotonic() > deadline:
            raise Busy(M.OUTPUT_BUSY.format(path=output, seconds=int(wait)))
        time.sleep(0.05)
    try:
        yield
    finally:
        # Removed while still held, so a waiting build that opens it afterwards gets a new file.
        with contextlib.suppress(OSError):
            os.unlink(path)
        _unlock(fd)
        os.close(fd)


def _try_lock(fd: int) -> bool:
    try:
        import fcntl     # POSIX; Windows below
    except ImportError:
        import msvcrt   # Windows: a byte-range lock on the first byte

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    try:
        import fcntl     # POSIX; Windows below
    except ImportError:
        import msvcrt   # Windows

        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


def _temporary(path: Path, data: bytes) -> Path:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())          # mkstemp makes 0600; a report is an ordinary file
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return Path(tmp)


def _remove_all(paths) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            os.unlink(p)


def commit(outputs: Outputs, journal: Path, inputs: tuple[Path | None, ...] = ()) -> None:
    """Put `outputs` in place together (see above). WriteFailed, with the file that failed and
    a Vietnamese reason, when nothing was changed; WriteFailed saying which files are new
    when a failed rename could not be undone."""
    targets = [path for path, _ in outputs.files]
    for path in targets + outputs.remove:
        for source in inputs:
            if source is not None and same_file(source, path):
                raise WriteFailed(M.WRITE_FAILED.format(path=path, reason=M.WRITE_WOULD_OVERWRITE_INPUT))
        if path.is_dir():
            raise WriteFailed(write_failure(path, IsADirectoryError(errno.EISDIR, "", str(path))))
    try:
        journal.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(M.WRITE_FAILED.format(path=targets[0], reason=os_reason(exc, journal.parent))) from exc
    temporaries: list[Path] = []
    backups: list[tuple[Path, Path]] = []      # (hard link to the old file, the file)
    step = targets[0]
    try:
        for path, data in outputs.files:
            step = path
            temporaries.append(_temporary(path, data))
        # Old files are kept as hard links until the end, to be put back if a rename fails.
        for path in targets:
            step = path
            if path.exists():
                backup = path.with_name(f".{path.name}.{os.getpid()}.cu")
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(backup)
                try:
                    os.link(path, backup)
                    backups.append((backup, path))
                except OSError:
                    pass            # no hard links here (FAT): a failed rename cannot be undone
        step = journal
        plan = {"doi_ten": [[str(t), str(p)] for t, p in zip(temporaries, targets)],
                "xoa": [str(p) for p in outputs.remove] + [str(b) for b, _ in backups]}
        write_atomic(journal, json.dumps(plan, ensure_ascii=False).encode("utf-8"))
    except (OSError, WriteFailed) as exc:
        _remove_all(temporaries)
        _remove_all(b for b, _ in backups)
        if isinstance(exc, WriteFailed):
            raise
        raise WriteFailed(write_failure(step, exc)) from exc
    done: list[Path] = []
    for tmp, path in zip(temporaries, targets):
        try:
            os.replace(tmp, path)
        except OSError as exc:
            _undo(done, dict((p, b) for b, p in backups), temporaries, journal, path, exc)
        done.append(path)
    for stale in outputs.remove:
        with contextlib.suppress(OSError):
            os.unlink(stale)
    _remove_all(b for b, _ in backups)
    with contextlib.suppress(OSError):
        os.unlink(journal)


def _undo(done: list[Path], backups: dict[Path, Path], temporaries: list[Path], journal: Path, failed: Path,
          exc: OSError) -> None:
    """A rename failed after others succeeded: put the old files back, then raise."""
    restored = True
    for path in done:
        backup = backups.get(path)
        try:
            if backup is not None:
                os.replace(backup, path)
            else:
                os.unlink(path)          # it did not exist before this build
        except OSError:
            restored = False
    _remove_all(temporaries)
    _remove_all(backups.values())
    if restored:
        with contextlib.suppress(OSError):
            os.unlink(journal)
        raise WriteFailed(write_failure(failed, exc)) from exc
    raise WriteFailed(M.COMMIT_PARTIAL.format(path=failed, reason=os_reason(exc, failed.parent),
                                              written=", ".join(str(p) for p in done))) from exc


def recover(output: Path) -> bool:
    """Finish the commit of a build of `output` that was killed between its renames (the
    journal is there); remove the temporaries of one killed before. Call with the lock held.
    True when a commit was finished."""
    journal = journal_path(output)
    finished = False
    family = (output.name, record_path(output).name, tracked_path(output).name, pdf_path(output).name,
              f"{output.stem}.thay-doi.", base_path(output).name, f"{output.stem}.truoc-khi-tao-lai.", journal.name)

    def ours(path: str, temporary: bool) -> bool:
        """A journal only moves this output's own files within its folder: one planted by
        someone else must not rename or remove anything else."""
        p = Path(path)
        if p.parent != output.parent:
            return False
        if temporary:
            return p.name.startswith(".") and p.name.endswith((".tmp", ".cu")) and \
                any(p.name.startswith(f".{name}") for name in family)
        return any(p.name == name or (name.endswith(".") and p.name.startswith(name)) for name in family)

    if journal.is_file():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            renames = [(str(a), str(b)) for a, b in plan.get("doi_ten", [])]
            removals = [str(a) for a in plan.get("xoa", [])]
            if not all(ours(a, True) and ours(b, False) for a, b in renames) or \
                    not all(ours(a, True) or ours(a, False) for a in removals):
                raise ValueError("not this output's journal")
            for tmp, path in renames:
                if os.path.exists(tmp):
                    os.replace(tmp, path)
            for stale in removals:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(stale)
            os.unlink(journal)
            finished = True
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            raise WriteFailed(M.RECOVERY_FAILED.format(path=output, journal=journal,
                                                       reason=os_reason(exc, output.parent)
                                                       if isinstance(exc, OSError) else M.JOURNAL_DAMAGED)) from exc
    # Temporaries and backups of a build killed before its journal: never part of a commit.
    try:
        leftovers = [p for p in output.parent.iterdir()
                     if p.name.startswith(".") and p.name.endswith((".tmp", ".cu"))
                     and any(p.name.startswith(f".{name}") for name in family)]
    except OSError:
        leftovers = []
    _remove_all(leftovers)
    return finished
