"""The last touches on a rendered document: the landscape annex section, document
properties, and deterministic bytes (fixed zip entry dates, no random ids)."""
from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile

from .ooxml import W_


def landscape_annexes(document) -> None:
    """Turn the empty section mark left by the annexes into the end of the portrait
    section, and make the last section (the annexes) landscape with page numbers."""
    body = document.element.body
    final = body.find(f"{W_}sectPr")
    marks = [s for s in body.iter(f"{W_}sectPr") if s is not final and len(s) == 0]
    if final is None or not marks:
        return
    for mark in marks:
        mark.getparent().replace(mark, copy.deepcopy(final))
    size = final.find(f"{W_}pgSz")
    if size is not None:
        width, height = size.get(f"{W_}w"), size.get(f"{W_}h")
        size.set(f"{W_}w", height)
        size.set(f"{W_}h", width)
        size.set(f"{W_}orient", "landscape")
    margins = final.find(f"{W_}pgMar")
    if margins is not None:
        for side in ("left", "right"):
            margins.set(f"{W_}{side}", "1134")
    # The annex section starts on a new page of its own and numbers its first page.
    title_page = final.find(f"{W_}titlePg")
    if title_page is not None:
        final.remove(title_page)


def set_properties(document, title: str, author: str, date: dt.date) -> None:
    props = document.core_properties
    moment = dt.datetime(date.year, date.month, date.day)
    props.title = title[:250]
    props.author = author
    props.last_modified_by = author
    props.created = moment
    props.modified = moment
    props.revision = 1


def deterministic_bytes(document, date: dt.date) -> bytes:
    """Save and rewrite the zip so the same input always gives the same bytes."""
    raw = io.BytesIO()
    document.save(raw)
    stamp = (max(date.year, 1980), date.month, date.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
    return out.getvalue()
