"""Image parts for the `Picture` blocks of a rendered document.

Blocks become XML before docxtpl renders, when no image part exists yet, so a
picture's XML names a placeholder relationship id (`Picture.placeholder`). Once
the document is complete, `install` adds each image through python-docx (which
names the part /word/media/imageN.png and relates it to the document) and puts
the real relationship id in place of the placeholder, then numbers the drawing
ids (wp:docPr) 1, 2, 3 … in document order, as Word wants them unique.
"""
from __future__ import annotations

import io
from typing import Iterable

from .blocks import Picture

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"


def install(document, pictures: Iterable[Picture]) -> int:
    """Relate the images of `pictures` to `document` (python-docx) and patch their
    placeholders. Returns the number of pictures in the document."""
    data = {p.placeholder: p.data for p in pictures}
    body = document.element
    embed = f"{{{R}}}embed"
    for blip in body.iter(f"{{{A}}}blip"):
        ref = blip.get(embed, "")
        if not ref.startswith("rIdPicture"):
            continue
        if ref not in data:
            raise ValueError(f"picture {ref} has no image data")
        rel_id, _ = document.part.get_or_add_image(io.BytesIO(data[ref]))
        blip.set(embed, rel_id)
    drawings = list(body.iter(f"{{{WP}}}docPr"))
    for number, doc_pr in enumerate(drawings, start=1):
        doc_pr.set("id", str(number))
    return len(drawings)
