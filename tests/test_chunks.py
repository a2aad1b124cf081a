"""Evidence read ahead on a thread (exports.chunks) and written into the store from it: every byte
arrives in order and in whole chunks, the hash is sha256sum's, and an input that fails half-way
(truncated, altered, unreadable) leaves nothing in the store and no thread behind."""
from __future__ import annotations

import dataclasses
import io
import subprocess
import threading
import uuid

import pytest

from exports.chunks import Chunks
from storage import evidence as ev
from tests.evidence_helpers import add_case, write_marked_file

MiB = 1024 * 1024


class Trickle(io.RawIOBase):
    """A stream that hands back at most ``step`` bytes a call, and fails after ``fail_at`` bytes."""

    def __init__(self, data: bytes, step: int, fail_at: int | None = None):
        self._data, self._pos, self._step, self._fail_at = data, 0, step, fail_at

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._fail_at is not None and self._pos >= self._fail_at:
            raise OSError(5, "Input/output error")
        n = min(len(b), self._step, len(self._data) - self._pos)
        b[:n] = self._data[self._pos:self._pos + n]
        self._pos += n
        return n


def sha256sum(data: bytes) -> str:
    return subprocess.run(["sha256sum"], input=data, check=True, capture_output=True).stdout.split()[0].decode()


def reader_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "chunk-reader"]


def test_short_reads_still_make_whole_chunks_in_order_with_sha256sums_hash():
    data = bytes(range(256)) * 1000 + b"tail"  # 256,004 bytes
    with Chunks(Trickle(data, step=777), 4096) as chunks:
        pieces = [bytes(p) for p in chunks]
        digest, size = chunks.hexdigest(), chunks.size
    assert b"".join(pieces) == data
    assert [len(p) for p in pieces] == [4096] * 62 + [2052]
    assert (digest, size) == (sha256sum(data), len(data))
    assert reader_threads() == []


def test_an_empty_stream_is_no_chunk_and_the_empty_hash():
    with Chunks(io.BytesIO(b""), 4096) as chunks:
        assert list(chunks) == []
        assert chunks.hexdigest() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def test_a_failing_source_raises_in_the_readers_thread_after_what_came_before():
    data = b"x" * 10_000
    got = []
    with pytest.raises(OSError), Chunks(Trickle(data, step=1000, fail_at=5000), 2048) as chunks:
        for piece in chunks:
            got.append(bytes(piece))
    assert b"".join(got) == data[:4096]  # two whole chunks, then the error; never a short one
    assert reader_threads() == []


def test_stopping_early_stops_the_thread_and_gives_no_hash():
    with Chunks(io.BytesIO(b"y" * 100_000), 1000, depth=2) as chunks:
        first = bytes(next(iter(chunks)))
        with pytest.raises(ValueError):
            chunks.hexdigest()
    assert first == b"y" * 1000
    assert reader_threads() == []


# --- through the store -------------------------------------------------------------------------

def chunk_rows(store) -> int:
    with store.read() as s:
        return s.connection().exec_driver_sql("SELECT count(*) FROM evidence_chunk").scalar()


def test_a_file_of_several_chunks_reads_back_whole_with_sha256sums_hash(store, tmp_path):
    case = add_case(store)
    path = write_marked_file(tmp_path / "video.mp4", 3 * MiB + 12345)
    info = ev.add_file(store, case.id, path)
    data = path.read_bytes()
    assert (info.size, info.sha256) == (len(data), sha256sum(data))
    assert ev.read_bytes(store, info.id) == data
    assert chunk_rows(store) == 4
    assert ev.verify_store(store) == []


@pytest.mark.parametrize("damage", ["truncated", "altered", "unreadable"])
def test_a_received_file_that_fails_half_way_leaves_nothing(store, tmp_path, damage):
    case = add_case(store)
    path = write_marked_file(tmp_path / "scan.jpg", 3 * MiB + 7)
    info = ev.add_file(store, case.id, path)
    ev.remove_file(store, info.id)
    data = path.read_bytes()
    other = add_case(store, reference="ALA-2024-002")
    source = {"truncated": io.BytesIO(data[:2 * MiB + 100]),
              "altered": io.BytesIO(data[:-1] + bytes([data[-1] ^ 1])),
              "unreadable": Trickle(data, step=MiB, fail_at=2 * MiB)}[damage]
    record = dataclasses.replace(info, id=str(uuid.uuid4()))
    with pytest.raises((ev.EvidenceMismatch, OSError)):
        ev.add_stream(store, other.id, record, source)
    with store.read() as s:
        assert ev.list_files(s, other.id) == []
    assert chunk_rows(store) == 0
    assert reader_threads() == []
    assert ev.verify_store(store) == []
