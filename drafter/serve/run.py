"""Start the desk: check the address, start uvicorn on it, open the browser."""
from __future__ import annotations

import socket
import threading
import time
import webbrowser
from pathlib import Path
from typing import Callable

from .. import messages as M
from . import guard


class CannotStart(Exception):
    """The desk cannot start; the message says what to do."""


def _port_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host.strip("[]"), port))
        except OSError:
            return False
    return True


def serve(folder: Path, host: str, port: int, open_browser: bool, say: Callable[[str], None]) -> None:
    import uvicorn

    from .app import create_app  # starlette and the pages load when the desk starts, not with every command

    if host in ("0.0.0.0", "::", ""):
        # The Host check needs the one address users type; "every address" names none.
        raise CannotStart(M.SERVE_HOST_ANY.format(host=host or '""'))
    if not _port_free(host, port):
        raise CannotStart(M.SERVE_PORT_BUSY.format(port=port, other=port + 1))
    try:
        app = create_app(folder, host=host, port=port, warm=True)
    except OSError as exc:
        raise CannotStart(M.SERVE_FOLDER_FAILED.format(path=folder, reason=exc.strerror or exc)) from exc
    server = uvicorn.Server(uvicorn.Config(app, host=host.strip("[]"), port=port, log_level="warning",
                                           access_log=False, lifespan="on"))
    url = guard.origin_of(host, port) + "/"

    def announce() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            say(M.SERVE_STARTED.format(url=url, folder=folder))
            if open_browser:
                webbrowser.open(url)

    threading.Thread(target=announce, daemon=True).start()
    server.run()
