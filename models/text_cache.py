"""Caches of functions that take case text (names, words, places, dates): one registry of them, so
that closing or locking a store forgets every name they hold (storage.store.Store.close) instead of
keeping up to hundreds of thousands of them reachable until the program ends.

    @text_cache(maxsize=65536)
    def match_keys(word: str) -> frozenset[str]: ...

    forget()        # every such cache emptied
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

_CACHES: list = []


def text_cache(maxsize: int) -> Callable:
    """``functools.lru_cache(maxsize)``, registered so that ``forget`` empties it."""
    def wrap(fn):
        cached = lru_cache(maxsize=maxsize)(fn)
        _CACHES.append(cached)
        return cached
    return wrap


def forget() -> None:
    """Empty every cache of case text (the strings are then let go of, as the rest of a closed store's data)."""
    for cached in _CACHES:
        cached.cache_clear()


def held() -> int:
    """How many entries the caches hold now (for tests and diagnostics)."""
    return sum(cached.cache_info().currsize for cached in _CACHES)
