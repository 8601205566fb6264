"""Pictures of a rendered document: the charts drawn as PNG, and their image parts.

Blocks become XML before docxtpl renders, when no image part exists yet, so a
picture's XML names a placeholder relationship id (`Picture.placeholder`). Once
the document is complete, `install` adds each image through python-docx (which
names the part /word/media/imageN.png and relates it to the document) and puts
the real relationship id in place of the placeholder, then numbers the drawing
ids (wp:docPr) 1, 2, 3 … in document order, as Word wants them unique.
"""
from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from typing import Iterable

from ..document import Chart
from .ooxml import A, R, WP

EMU_PER_CM = 360000


@dataclass(frozen=True)
class Picture:
    """A PNG shown inline in a paragraph of `style`. The XML refers to the image through a
    placeholder relationship id; `install` adds the image part after rendering."""
    data: bytes
    width: int                 # EMU
    height: int                # EMU
    name: str
    description: str = ""
    style: str = "Figure"

    @property
    def placeholder(self) -> str:
        return "rIdPicture" + hashlib.sha1(self.data).hexdigest()[:20]


def draw(chart: Chart) -> Picture:
    from .charts import shares_chart   # matplotlib, only when a chart is drawn

    png = shares_chart(list(chart.years), [(name, list(values)) for name, values in chart.series],
                       chart.decimals, chart.width_cm, chart.height_cm)
    return Picture(png, int(chart.width_cm * EMU_PER_CM), int(chart.height_cm * EMU_PER_CM), chart.name,
                   chart.description, chart.style)


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
