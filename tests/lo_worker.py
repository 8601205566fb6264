"""The tests' LibreOffice: open a file and save it as another format, as an officer's
editor would, through one LibreOffice kept running for the whole test session.

Run with a Python that has LibreOffice's UNO bridge (Debian: python3-uno, the system
python3), not the project's; tests/conftest.py starts it (`libreoffice` fixture):
    /usr/bin/python3 tests/lo_worker.py PIPE-NAME
It reads one request a line on stdin,
    {"in": "/…/a.docx", "out": "/…/a.pdf", "filter": "writer_pdf_Export", "reject": false}
and answers one line, {"ok": true} or {"ok": false, "error": "…"}. "reject" first
rejects every tracked change (LibreOffice's own Reject All).

Starting LibreOffice costs seconds; a conversion through a running one, a fraction of
that. Standard library and uno only.
"""
import json
import sys
from pathlib import Path

import uno

# How to reach a running LibreOffice is drafter serve's (standard library and uno only).
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from drafter.serve.uno_worker import connect, prop  # noqa: E402


def convert(remote, desktop, request):
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(request["in"]), "_blank", 0,
                                            (prop("Hidden", True),))
    if document is None:
        raise RuntimeError("LibreOffice could not open " + request["in"])
    try:
        if request.get("reject"):
            helper = remote.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", remote)
            helper.executeDispatch(document.getCurrentController().getFrame(), ".uno:RejectAllTrackedChanges",
                                   "", 0, ())
        document.storeToURL(uno.systemPathToFileUrl(request["out"]), (prop("FilterName", request["filter"]),))
    finally:
        document.close(True)


def main():
    remote, desktop = connect(f"pipe,name={sys.argv[1]}", 120.0)
    print(json.dumps({"ok": True}), flush=True)
    for line in sys.stdin:
        try:
            convert(remote, desktop, json.loads(line))
            answer = {"ok": True}
        except Exception as exc:  # one bad document must not end the session's LibreOffice
            answer = {"ok": False, "error": f"{type(exc).__name__}: {exc}"[:500]}
        print(json.dumps(answer), flush=True)
    try:
        desktop.terminate()
    except Exception:  # the bridge closes as LibreOffice quits
        pass


if __name__ == "__main__":
    main()
