"""A stream read ahead in whole chunks on a thread of its own, hashed there as it is read.

    with Chunks(source, 1 << 20) as chunks:
        for piece in chunks:            # a memoryview, valid until the next piece is asked for
            keep(piece)
        sha256, size = chunks.hexdigest(), chunks.size

Reading the source (a file, or a bundle's part that age decrypts) and hashing it (hashlib lets go
of Python's lock) run beside what the caller does with each piece: SQLCipher encrypting it into
the store also runs without the lock, so on two cores the two overlap. Buffers are reused, never
copied: ``depth`` chunks in flight, plus the one the caller holds. An error of the source is
raised in the caller's thread, where it would have been raised without the thread; if the caller
stops early, ``close`` stops the thread.
"""
from __future__ import annotations

import hashlib
import queue
import threading
from typing import BinaryIO, Iterator

_END = object()


class Chunks:
    """The content of ``source`` as whole chunks of ``size`` bytes (the last may be shorter), read
    and, when ``hashed``, SHA-256 hashed on a thread of its own. Use it in a ``with`` block."""

    def __init__(self, source: BinaryIO, size: int, depth: int = 3, hashed: bool = True):
        self._source, self._size = source, size
        self._digest = hashlib.sha256() if hashed else None
        self._full: queue.Queue = queue.Queue()
        self._free: queue.Queue = queue.Queue()
        for _ in range(depth + 1):
            self._free.put(bytearray(size))
        self._stop = threading.Event()
        self._finished = False
        self.size = 0
        self._thread = threading.Thread(target=self._run, name="chunk-reader", daemon=True)
        self._thread.start()

    def _take_free(self) -> bytearray | None:
        while not self._stop.is_set():
            try:
                return self._free.get(timeout=0.1)
            except queue.Empty:
                continue
        return None

    def _run(self) -> None:
        try:
            while (buf := self._take_free()) is not None:
                view, filled = memoryview(buf), 0
                while filled < self._size:  # a stream may hand back less than asked: chunks are whole
                    n = self._source.readinto(view[filled:])
                    if not n:
                        break
                    filled += n
                if filled:
                    if self._digest is not None:
                        self._digest.update(view[:filled])
                    self._full.put((buf, filled))
                if filled < self._size:
                    break
            self._full.put(_END)
        except BaseException as exc:  # raised again in the caller's thread
            self._full.put(exc)

    def __iter__(self) -> Iterator[memoryview]:
        held = None
        while True:
            item = self._full.get()
            if held is not None:
                self._free.put(held)  # the caller is done with the piece before this one
                held = None
            if item is _END:
                self._finished = True
                return
            if isinstance(item, BaseException):
                self._finished = True
                raise item
            held, filled = item
            self.size += filled
            yield memoryview(held)[:filled]

    def hexdigest(self) -> str:
        """The SHA-256 of everything read; only once every chunk was taken."""
        if not self._finished or self._digest is None:
            raise ValueError("the stream was not read to its end, or not hashed")
        return self._digest.hexdigest()

    def close(self) -> None:
        self._stop.set()
        self._thread.join()

    def __enter__(self) -> "Chunks":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
