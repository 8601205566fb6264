"""The ledger of printed figures: each composer writes down every figure at the moment
it prints it, keyed by what it counts (`"Đảng viên · Tổng cộng · HTXSNV"` →
`{"so": 4.312, "ty_le": "17,30%", "so_voi_nam": 2019, "thay_doi": "giảm 1,29%"}`).

The record (X.json) and the change list read this ledger; nothing recomputes a
figure to describe it. Fields: `so` a count, `ty_le` a share as printed,
`so_voi_nam` / `thay_doi` its change against a past year, `gia_tri`, `ky_truoc`,
`chi_tieu` an indicator's value, change and comparison with its target.
"""
from __future__ import annotations

from dataclasses import dataclass, field

SEP = " · "


def key(*parts: str) -> str:
    return SEP.join(parts)


@dataclass
class Ledger:
    figures: dict[str, dict] = field(default_factory=dict)   # in the order first printed

    def put(self, where: str, **fields: object) -> None:
        """Record the fields of one figure; None means "not printed" and is left out."""
        entry = self.figures.setdefault(where, {})
        entry.update({name: value for name, value in fields.items() if value is not None})
