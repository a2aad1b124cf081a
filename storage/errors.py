"""Errors of the store, each with a message a person can act on. None of them carries case data."""
from __future__ import annotations

import threading
from typing import Callable


class StoreError(Exception):
    """Base class: the message says what is wrong and what to do, in English (the command line and
    the logs). ``code`` names the refusal for good and ``values`` holds what its message quotes, so
    the window can say the same in its own language (ui/error_texts.py has a text for each code);
    rewording the English message changes neither."""

    def __init__(self, message: str = "", code: str = "", **values: object):
        super().__init__(message)
        self.code = code
        self.values = values


class StoreNotFound(StoreError):
    pass


class StoreExists(StoreError):
    pass


class KeyFileMissing(StoreError):
    pass


class WrongPassphrase(StoreError):
    pass


class StoreDamaged(StoreError):
    pass


class WeakPassphrase(StoreError):
    pass


class NotFound(StoreError):
    """A case or record that is not in the store."""


class Conflict(StoreError):
    """A change that would clash with what the store holds (a reference used twice)."""


class Invalid(StoreError):
    """Input that does not make a valid record (a facility with two Latin names); nothing was saved."""


class Cancelled(StoreError):
    """Work the person stopped (a bundle being sent or received). Whatever it had begun was undone."""


def stoppable(progress: Callable[[int, int], None] | None, stop: threading.Event) -> Callable[[int, int], None]:
    """``progress`` for long work that the person may stop: once ``stop`` (a threading.Event) is
    set, the next progress report raises Cancelled, on the worker's own thread, so the work
    unwinds through its usual clean-up (a half-written bundle deleted, staged files discarded)."""
    def report(done: int, total: int) -> None:
        if stop.is_set():
            raise Cancelled("Stopped. Nothing was changed.", code="stopped")
        if progress is not None:
            progress(done, total)
    return report
