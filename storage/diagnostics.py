"""The debug log (`casefile --debug` or CASEFILE_DEBUG=1): what the program does, for a person to
send when something goes wrong. It must be safe to send, so it records kinds, counts, timings and
versions, never case data, passphrases, names, queries or paths the user typed: a command is logged
by its name and the names of the options given, an error by its type and the code lines it passed.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sys
import time
import traceback
from pathlib import Path

ENV = "CASEFILE_DEBUG"
NAME = "casefile"  # only this logger (and its children) is written: libraries may log data at DEBUG

log = logging.getLogger(NAME)
log.addHandler(logging.NullHandler())  # without --debug, nothing: not even logging's last resort on stderr
log.propagate = False


def log_dir() -> Path:
    """Where the log goes: the platform's log folder for applications (see README, section install)."""
    import platformdirs

    return platformdirs.user_log_path("Casefile", appauthor=False)


def wanted(flag: bool) -> bool:
    return flag or os.environ.get(ENV, "").strip() not in ("", "0")


def start(flag: bool) -> Path | None:
    """Start writing the log when asked to; its file, or None. Idempotent."""
    if not wanted(flag):
        return None
    path = log_dir() / "casefile.log"
    for handler in log.handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)
    log.propagate = False
    from resources.about import VERSION

    log.info("Casefile %s, Python %s, %s %s, frozen=%s", VERSION, platform.python_version(), platform.system(),
             platform.release(), bool(getattr(sys, "frozen", False)))
    return path


def describe(args) -> str:
    """A command as the log may show it: its name and which options were given, not their values."""
    given = sorted(k for k, v in vars(args).items()
                   if k not in ("command", "func") and v not in (None, False, [], ""))
    return f"{args.command or 'window'} (given: {', '.join(given) or 'nothing'})"


def failure(exc: BaseException) -> None:
    """An error by its type and the lines of code it went through; the message may hold data, so it is left out."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno} {f.name}" for f in reversed(frames[-12:]))
    log.error("%s at %s", type(exc).__name__, where or "?")


class Timer:
    """`with Timer("opening the store"):` logs how long a step took, and that it ended."""

    def __init__(self, what: str):
        self.what = what

    def __enter__(self):
        self.t0 = time.perf_counter()
        log.debug("%s: started", self.what)
        return self

    def __exit__(self, kind, exc, tb):
        log.debug("%s: %s after %.3f s", self.what, "failed" if kind else "done", time.perf_counter() - self.t0)
        return False
