"""Turn .docx into PDF through a LibreOffice that is already running.

Run by a Python that can `import uno` (Debian's python3 with python3-uno, or
LibreOffice's own), not by drafter's Python: pyuno is built for the system's
interpreter. drafter starts soffice itself (it owns that process) and this
worker with the UNO address; the worker then reads one request a line on
stdin, `{"in": "/…/a.docx", "out": "/…/a.pdf"}`, and answers one line on
stdout, `{"ok": true}` or `{"ok": false, "loi": "…"}`. Keeping both alive is
the point: starting LibreOffice costs seconds, a conversion through a running
one a fraction of that.

Standard library and uno only: this file is not imported by drafter (the tests'
worker, tests/lo_worker.py, takes `connect` and `prop` from it).
"""
from __future__ import annotations

import json
import sys
import time


def connect(address: str, wait: float):
    """(component context, desktop) of the soffice listening at `address`, retrying while
    it starts."""
    import uno
    from com.sun.star.connection import NoConnectException

    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + wait
    while True:
        try:
            remote = resolver.resolve(f"uno:{address};urp;StarOffice.ComponentContext")
            return remote, remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", remote)
        except NoConnectException:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def prop(name: str, value):
    from com.sun.star.beans import PropertyValue

    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def convert(desktop, source: str, target: str) -> None:
    import uno

    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0,
                                            (prop("Hidden", True), prop("ReadOnly", True)))
    if document is None:
        raise RuntimeError("LibreOffice không mở được tệp")
    try:
        document.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "writer_pdf_Export"),))
    finally:
        document.close(True)


def main() -> int:
    address, wait = sys.argv[1], float(sys.argv[2]) if len(sys.argv) > 2 else 60.0
    _, desktop = connect(address, wait)
    print(json.dumps({"ok": True, "san_sang": True}), flush=True)
    for line in sys.stdin:
        try:
            request = json.loads(line)
            convert(desktop, request["in"], request["out"])
            answer = {"ok": True}
        except Exception as exc:  # one bad document must not end the worker
            answer = {"ok": False, "loi": f"{type(exc).__name__}: {exc}"[:300]}
        print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
