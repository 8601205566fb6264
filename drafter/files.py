"""Files on disk: atomic writes with Vietnamese reasons, output names and the guard
that an output is never one of the inputs. The only module below the use cases
that touches the file system for writing."""
from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from . import messages as M
from .errors import BadUsage, WriteFailed
from .model import Report


def default_output(report: Report) -> Path:
    info = report.info
    return Path("out") / f"{info.number.replace('/', '-')}_{info.year}.docx"


def record_path(output: Path) -> Path:
    """X.json: the record of the build that wrote X.docx."""
    return output.with_suffix(".json")


def tracked_path(output: Path) -> Path:
    """X.thay-doi.docx: X.docx with the corrections since the previous build as tracked changes."""
    return output.with_name(f"{output.stem}.thay-doi.docx")


def check_output(output: Path | None, inputs: tuple[Path | None, ...], suffix: str = ".docx") -> None:
    """The output has the right kind and is none of the files read: inputs are never overwritten."""
    if output is None:
        return
    if output.suffix.lower() != suffix:
        raise BadUsage(M.OUTPUT_WRONG_SUFFIX.format(path=output, suffix=suffix))
    for source in inputs:
        if source is not None and source.exists() and output.exists() and source.resolve() == output.resolve():
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
