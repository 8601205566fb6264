"""The namespaces of WordprocessingML and DrawingML, spelled once, and the names built
from them: `qn("w:p")` is lxml's "{…wordprocessingml/2006/main}p"."""
from __future__ import annotations

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
XML = "http://www.w3.org/XML/1998/namespace"
PREFIXES = {"w": W, "r": R, "a": A, "wp": WP, "pic": PIC, "xml": XML}
W_ = f"{{{W}}}"          # the prefix of a w: element or attribute name in lxml


def qn(name: str) -> str:
    """'w:p' → '{http://…/wordprocessingml/2006/main}p'."""
    prefix, local = name.split(":")
    return f"{{{PREFIXES[prefix]}}}{local}"
