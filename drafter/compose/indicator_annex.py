"""The indicator annexes of `Biểu chỉ tiêu` (placeholder; filled in below)."""
from __future__ import annotations


def builders(report, resolver) -> dict:
    return {}
