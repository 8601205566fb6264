"""The failures drafter explains to its user, each with the exit code it ends with
(0 done, 1 data errors or nothing written, 2 unreadable file or bad usage). The
message is already the Vietnamese sentence to print; cli.py prints it and exits."""
from __future__ import annotations


class DrafterError(Exception):
    exit_code = 1

    def __init__(self, message: str = "", exit_code: int | None = None):
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class UnreadableWorkbook(DrafterError):
    """The workbook cannot be opened; the message is the reason (the caller names the file)."""
    exit_code = 2


class WriteFailed(DrafterError):
    """An output could not be written; the previous file is untouched."""


class TemplateFailed(DrafterError):
    """A template is missing or cannot be rendered."""


class NothingToCompare(DrafterError):
    """The workbooks and their history hold fewer than two years of any subject."""


class SameYear(DrafterError):
    """Two workbooks give the same `Năm đánh giá` (their positions among the inputs)."""

    def __init__(self, year: int, first: int, second: int):
        super().__init__(str(year))
        self.year, self.first, self.second = year, first, second


class RecordError(DrafterError):
    """A previous record (X.json) that cannot be read."""


class RevisionError(DrafterError):
    """A previous document that cannot be compared (not a .docx, or damaged)."""


class RebuildError(DrafterError):
    """A report to rebuild over (the officer's edited copy, or the last build) that is
    not a readable .docx; the message says which and why."""
    exit_code = 2


class BadUsage(DrafterError):
    """The command was given the wrong files or options (printed like click's usage errors)."""
    exit_code = 2
