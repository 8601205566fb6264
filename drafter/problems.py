"""What is wrong with a workbook: each problem with its level, sheet, cell and the
Vietnamese sentence. The words "lỗi" / "cảnh báo" appear only when it is printed."""
from __future__ import annotations

import enum
from dataclasses import dataclass, field

from . import messages as M
from .model import Report


class Level(str, enum.Enum):
    ERROR = M.ERROR
    WARNING = M.WARNING

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class Problem:
    level: Level
    sheet: str
    cell: str
    message: str

    def __str__(self) -> str:
        return f"{self.level} · {self.sheet} · {self.cell} · {self.message}"


@dataclass
class Checked:
    report: Report | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.ERROR]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.level is Level.WARNING]
