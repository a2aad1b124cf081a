"""The byte plumbing of bundles, apart from the format (exports/bundle.py): a bounded pipe between
age's thread and ours, the plaintext pulled from a generator when writing, and, when reading,
the encrypted bytes counted and the tar stream read forwards only, a member's content straight
from it.

    channel = Channel(failed=to_refusal)       # age writes into channel.writer on its own thread
    produce(lambda: pyrage.decrypt_io(src, channel.writer, keys), channel)
    data = channel.reader.read(n)               # on ours; age's error raised as failed(error)

Buffers of CHUNK bytes are reused, never allocated per MiB.
"""
from __future__ import annotations

import io
import queue
import tarfile
import threading
from typing import BinaryIO, Callable

CHUNK = 1024 * 1024


class Channel:
    """Bytes from one thread to another, at most ``depth`` chunks in flight. Chunks are buffers of
    CHUNK bytes that go back to the writer once read, so that none is allocated (and faulted in)
    per MiB."""

    def __init__(self, depth: int = 8, failed: Callable[[BaseException], BaseException] = lambda exc: exc):
        self._q: queue.Queue = queue.Queue(maxsize=depth)
        self.failed = failed  # the producer's error as the reader raises it
        self._free: queue.SimpleQueue = queue.SimpleQueue()
        self._aborted = threading.Event()
        self.error: BaseException | None = None
        self.reader, self.writer = ChannelReader(self), ChannelWriter(self)

    def put(self, item) -> None:
        while True:
            if self._aborted.is_set():
                raise BrokenPipeError("the other side stopped")
            try:
                self._q.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def get(self):
        return self._q.get()

    def spare(self) -> bytearray:
        """A chunk buffer the reader gave back, or a new one."""
        try:
            return self._free.get_nowait()
        except queue.Empty:
            return bytearray(CHUNK)

    def give_back(self, chunk: bytearray) -> None:
        self._free.put(chunk)

    def finish(self, error: BaseException | None = None) -> None:
        """Called by the producer, always, when it stops: EOF, or the error it failed with."""
        self.error = error
        try:
            if error is None:
                self.writer.send_pending()
            self.put(None)
        except BrokenPipeError:
            pass

    def abort(self) -> None:
        """Called by the consumer when it gives up: the producer's next write fails."""
        self._aborted.set()
        try:
            while True:
                self._q.get_nowait()
        except queue.Empty:
            pass


class ChannelWriter(io.RawIOBase):
    """age writes in small pieces (8 KiB); handing each one over alone would cost a thread switch
    per piece, so they are gathered into chunks of CHUNK bytes."""

    def __init__(self, channel: Channel):
        self._c = channel
        self._chunk, self._filled = channel.spare(), 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        view = memoryview(b).cast("B")
        n = len(view)
        while view:
            k = min(len(view), CHUNK - self._filled)
            self._chunk[self._filled:self._filled + k] = view[:k]
            self._filled += k
            view = view[k:]
            if self._filled == CHUNK:
                self.send_pending()
        return n

    def send_pending(self) -> None:
        if self._filled:
            chunk, filled = self._chunk, self._filled
            self._chunk, self._filled = self._c.spare(), 0
            self._c.put((chunk, filled))


class ChannelReader(io.RawIOBase):
    def __init__(self, channel: Channel):
        self._c = channel
        self._buf = memoryview(b"")
        self._held: bytearray | None = None
        self._eof = False
        self.on_chunk: Callable[[], None] | None = None  # called on the reading thread, per chunk

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self._buf:
            if self._held is not None:
                self._c.give_back(self._held)
                self._held = None
            if self._eof:
                return 0
            item = self._c.get()
            if item is None:
                self._eof = True
                if self._c.error is not None:
                    raise self._c.failed(self._c.error)
                return 0
            self._held, filled = item
            self._buf = memoryview(self._held)[:filled]
            if self.on_chunk is not None:
                self.on_chunk()
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n


def produce(target, channel: Channel) -> threading.Thread:
    """Run ``target`` (which writes into the channel) on a thread; the channel learns how it ended."""
    def body():
        try:
            target()
        except BaseException as exc:  # handed to the reading thread
            channel.finish(exc)
        else:
            channel.finish()
    t = threading.Thread(target=body, name="age-decrypt", daemon=True)
    t.start()
    return t


class Pull(io.RawIOBase):
    """The plaintext for age to read: each read runs ``pieces`` (a generator) as far as needed.
    An error of the generator is kept, so that the caller sees it rather than age's wrapping."""

    def __init__(self, pieces):
        self._it, self._buf, self.error = pieces, memoryview(b""), None

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        while not self._buf:
            try:
                self._buf = memoryview(next(self._it))
            except StopIteration:
                return 0
            except BaseException as exc:
                self.error = exc
                raise
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def close(self) -> None:
        self._it.close()  # closes the evidence file a failed write was reading
        super().close()


class Counting(io.RawIOBase):
    """The encrypted bytes age has read so far (read on age's thread; progress is reported from
    the reading thread, where an exception of the progress callback stops the reading cleanly)."""

    def __init__(self, src: BinaryIO):
        self._src, self.done = src, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = self._src.readinto(b)
        self.done += n or 0
        return n


class Forward(io.RawIOBase):
    """The plaintext tar stream, seekable forwards only (by reading on): enough for tarfile's
    random-access mode, which reads a member's headers and nothing ahead of them, so that a part's
    content can then be read straight from here (``_content``) rather than through the copies of
    tarfile's stream mode. A seek backwards is a broken archive."""

    def __init__(self, src: BinaryIO):
        self._src, self.pos = src, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if whence == io.SEEK_CUR:
            offset += self.pos
        if whence == io.SEEK_END or offset < self.pos:
            raise tarfile.ReadError("the archive would be read backwards")
        while self.pos < offset:
            if not self.read(min(offset - self.pos, CHUNK)):
                break
        return self.pos

    def read(self, n: int = -1) -> bytes:
        """Up to ``n`` bytes, fewer only at the end, as a file reads (tarfile takes a short read
        of a header for a broken one); past the budget's allowance, BundleError."""
        if n is None or n < 0:
            data = self._src.read()
        else:
            pieces = []
            while n > 0 and (piece := self._src.read(n)):
                pieces.append(piece)
                n -= len(piece)
            data = pieces[0] if len(pieces) == 1 else b"".join(pieces)
        self.pos += len(data)
        return data

    def readinto(self, b) -> int:
        n = self._src.readinto(b) or 0
        self.pos += n
        return n


class Content(io.RawIOBase):
    """Exactly the ``size`` bytes of a member's content, read straight from the stream; a stream
    that ends before them is a broken archive."""

    def __init__(self, src: Forward, member: tarfile.TarInfo):
        src.seek(member.offset_data)
        self._src, self._left = src, member.size

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if not self._left:
            return 0
        view = memoryview(b).cast("B")[:self._left]
        n = self._src.readinto(view)
        if not n:
            raise tarfile.ReadError("unexpected end of data")
        self._left -= n
        return n

    def readall(self) -> bytes:  # small parts (the manifest, cases.json) in one piece
        buf = bytearray(self._left)
        view, got = memoryview(buf), 0
        while got < len(buf):
            got += self.readinto(view[got:])
        return bytes(buf)
