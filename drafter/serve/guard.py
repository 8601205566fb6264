"""What keeps the desk to its own machine and its own pages.

- Host check (DNS rebinding): a page on another site can make its own name resolve
  to 127.0.0.1 and then talk to us as if it were same-origin; the Host header it
  sends is still its own name, so every request whose Host is not the address we
  are bound to is refused.
- Forms carry a CSRF token: an HMAC of a random session cookie (HttpOnly,
  SameSite=Strict) under a secret made at start-up. A page elsewhere can post a
  form to us but cannot read the token.
- The HTTP API (for scripts) takes no cookie and no token: it requires the
  header `X-Drafter: 1`. A browser sends a custom header across sites only
  after a CORS preflight, which this server never grants; scripts and curl add it
  with one option. A request whose Origin is present and foreign is refused too.
- Uploads are limited in size while they arrive, and a zip-based workbook is
  refused when its members would unpack past a limit, before any parser opens it.
"""
from __future__ import annotations

import hashlib
import hmac
import ipaddress
import secrets
import zipfile
from dataclasses import dataclass
from pathlib import Path

SESSION_COOKIE = "drafter_phien"
API_HEADER = "x-drafter"


@dataclass(frozen=True)
class Limits:
    upload: int = 20 * 1024 * 1024            # bytes of one request body
    unpacked: int = 200 * 1024 * 1024         # bytes of all members of a workbook's zip
    members: int = 5000                       # a workbook of 40 sheets has a few hundred


def size_text(size: int) -> str:
    """`20 MB`, `512 KB`: what the refusal tells the user."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.0f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


# ---- Host ----------------------------------------------------------------------------------

def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(host: str, port: int) -> frozenset[str]:
    """The Host headers a browser sends for the address we listen on (and `localhost` for loopback)."""
    names = {host.lower()}
    if ":" in host and not host.startswith("["):
        names = {f"[{host.lower()}]"}
    if is_loopback(host):
        names |= {"localhost", "127.0.0.1", "[::1]"} if host in ("localhost", "::1") else {"localhost"}
    out = {f"{name}:{port}" for name in names}
    if port == 80:
        out |= names
    return frozenset(out)


def origin_of(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host and not host.startswith("[") else host
    return f"http://{shown}:{port}"


# ---- CSRF ----------------------------------------------------------------------------------

def new_secret() -> bytes:
    return secrets.token_bytes(32)


def new_session() -> str:
    return secrets.token_urlsafe(24)


def csrf_token(secret: bytes, session: str) -> str:
    return hmac.new(secret, session.encode(), hashlib.sha256).hexdigest()


def csrf_ok(secret: bytes, session: str | None, token: str | None) -> bool:
    if not session or not token:
        return False
    return hmac.compare_digest(csrf_token(secret, session), token)


def origin_ok(origin: str | None, own: set[str] | frozenset[str]) -> bool:
    """No Origin (an old browser, a script) passes; a present one must be ours. `null` never is."""
    return origin is None or origin in own


# ---- uploads -------------------------------------------------------------------------------

class TooLarge(Exception):
    """A request body past the limit."""


def unpacked_too_large(path: Path, limits: Limits) -> bool:
    """True for a zip whose members would unpack past the limit (or are too many).
    The sizes are the ones the zip's directory declares; calamine and openpyxl stop
    at a member that unpacks past its declared size, so declared sizes bound the work.
    Not a zip (an .xls): nothing to unpack, False."""
    try:
        with zipfile.ZipFile(path) as z:
            members = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False          # the reader says what is wrong with it
    return len(members) > limits.members or sum(m.file_size for m in members) > limits.unpacked


def limit_body(app, limits: Limits):
    """ASGI middleware: refuse a body larger than the limit, by its Content-Length at once,
    else while it arrives (TooLarge raised from receive, turned into a page by the route)."""
    async def guarded(scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            return await app(scope, receive, send)
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > limits.upload:
            scope.setdefault("state", {})["too_large"] = True
        received = 0

        async def counted():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limits.upload:
                    raise TooLarge()
            return message

        await app(scope, counted, send)
    return guarded
