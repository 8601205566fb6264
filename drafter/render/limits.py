"""What rendering a template may cost: the Jinja environment every template renders in,
and a watchdog for time and memory.

The environment is Jinja's ImmutableSandboxedEnvironment: a tag reaches the values of
the context and their public attributes, never Python's internals
(`cycler.__init__.__globals__.os` is refused), and it cannot change the lists it is
given. On top of that: the arithmetic that can make a huge value (`"x" * 10**9`,
`2 ** 10**9`) and the calls of methods such as `center(10**9)` refuse results beyond
MAX_VALUE, and the text a template renders stops at MAX_OUTPUT.

A loop that runs for ever (`range` is capped by the sandbox, but loops nest) is
stopped by the watchdog: a thread that raises RenderAborted in the rendering thread
when the render passes its time, or when the process has grown by MAX_GROWTH while
rendering (checked ten times a second, so one single allocation is not caught, a loop
that keeps allocating is). RenderAborted is a BaseException: docxtpl and Jinja catch
Exception on their way out and must not swallow it.
"""
from __future__ import annotations

import contextlib
import os
import threading
import time
from collections import OrderedDict

from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

RENDER_SECONDS = 20.0
MAX_GROWTH = 1024 * 2 ** 20           # bytes the process may grow by while a template renders
MAX_OUTPUT = 64 * 2 ** 20             # characters one rendered part may have
MAX_VALUE = 2 ** 20                   # length of a string or sequence an operator or call may make
MAX_POWER_BITS = 4096
KEPT_LARGEST = 2 ** 20                # characters of a template part kept compiled (Kept)


class RenderAborted(BaseException):
    """The watchdog stopped a render; `reason` is "time" or "memory"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class _Time(RenderAborted):
    def __init__(self):
        super().__init__("time")


class _Memory(RenderAborted):
    def __init__(self):
        super().__init__("memory")


_GROWING = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs", "format", "__mul__", "__rmul__"})


def _size(value) -> int | None:
    return len(value) if isinstance(value, (str, bytes, list, tuple)) else None


class Environment(ImmutableSandboxedEnvironment):
    """The sandbox every template renders in (see the module's docstring)."""
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def call_binop(self, context, operator, left, right):
        if operator == "**" and isinstance(left, int) and isinstance(right, int):
            if right > 0 and abs(left) > 1 and abs(left).bit_length() * right > MAX_POWER_BITS:
                raise SecurityError("power")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if _size(seq) is not None and isinstance(times, int) and _size(seq) * times > MAX_VALUE:
                    raise SecurityError("repeat")
        if operator == "+" and _size(left) is not None and _size(right) is not None:
            if _size(left) + _size(right) > MAX_VALUE:
                raise SecurityError("concatenate")
        if operator == "%" and isinstance(left, str) and any(len(part) > 5 for part in _digits(left)):
            raise SecurityError("format width")
        return super().call_binop(context, operator, left, right)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        # The string methods whose result grows with a number they are given.
        if getattr(__obj, "__name__", "") in _GROWING and isinstance(getattr(__obj, "__self__", None), str):
            for value in (*args, *kwargs.values()):
                if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_VALUE:
                    raise SecurityError("argument")
        return super().call(__context, __obj, *args, **kwargs)

    @staticmethod
    def concat(parts) -> str:
        """"".join, stopping at MAX_OUTPUT characters (Jinja renders through this)."""
        out = []
        total = 0
        for part in parts:
            total += len(part)
            if total > MAX_OUTPUT:
                raise SecurityError("output")
            out.append(part)
        return "".join(out)

    def from_string(self, source, globals=None, template_class=None):
        # Kept to point at the tag of a runtime error: Jinja reports the line of the source.
        self.last_source = source
        # Jinja compiles a source to Python each time it is given one, a tenth of a build;
        # the code depends on the source and on what the compiler looks up in the
        # environment (its filters, tests and autoescaping), never on the values rendered
        # or the globals, so a template built again reuses it. A source that does not
        # compile raises here and is not kept.
        key = (source, self.autoescape, tuple(sorted(self.filters.items())), tuple(sorted(self.tests.items())))
        code = COMPILED.get(key, lambda: self.compile(source), len(source))
        cls = template_class or self.template_class
        return cls.from_code(self, code, self.make_globals(globals), None)


class Kept:
    """The last `size` results of a pure function, by key, shared by the builds of one
    process (drafter serve builds in threads). A key whose text is longer than `largest`
    is made every time and never kept: templates come from other units, and drafter serve
    must not hold dozens of huge ones in memory."""

    def __init__(self, size: int, largest: int = KEPT_LARGEST) -> None:
        self.size = size
        self.largest = largest
        self._kept: OrderedDict = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, make, length: int):
        if length > self.largest:
            return make()
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        value = make()
        with self._lock:
            self._kept[key] = value
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return value


COMPILED = Kept(32)         # Jinja code by source: each part of a few templates
PATCHED = Kept(32)          # docxtpl's clean-up of a template part's XML (docx._open)


def _digits(text: str) -> list[str]:
    out, run = [], ""
    for ch in text:
        if ch.isdigit():
            run += ch
        elif run:
            out.append(run)
            run = ""
    return out + ([run] if run else [])


def _rss() -> int | None:
    """The process's resident size in bytes (Linux); None where it cannot be read cheaply."""
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def _raise_in(thread_id: int, exc_type) -> None:
    import ctypes   # only when a render is stopped: CPython's way to raise in another thread

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(exc_type) if exc_type else None)


@contextlib.contextmanager
def watchdog(seconds: float | None = None, growth: int | None = None):
    """Raise RenderAborted in this thread when the block runs longer than `seconds` or the
    process grows by more than `growth` bytes meanwhile."""
    seconds = RENDER_SECONDS if seconds is None else seconds
    growth = MAX_GROWTH if growth is None else growth
    target = threading.get_ident()
    done = threading.Event()
    lock = threading.Lock()
    fired: list[str] = []
    start = _rss()
    deadline = time.monotonic() + seconds

    def watch() -> None:
        while not done.wait(0.1 if seconds > 0.5 else 0.02):
            reason = None
            if time.monotonic() > deadline:
                reason = "time"
            elif start is not None and (_rss() or 0) - start > growth:
                reason = "memory"
            if reason is None:
                continue
            with lock:
                if not done.is_set():
                    fired.append(reason)
                    _raise_in(target, _Time if reason == "time" else _Memory)
            return

    thread = threading.Thread(target=watch, name="drafter-watchdog", daemon=True)
    thread.start()
    try:
        yield
    finally:
        with lock:
            done.set()
            pending = list(fired)
        if pending:
            _raise_in(target, None)      # a stop fired but not yet delivered: deliver it here instead
        thread.join()
        if pending:
            raise RenderAborted(pending[0])
