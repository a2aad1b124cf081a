"""Writing files that must never be half-written: temporary file in the same folder, fsync, rename.

    atomic_write(path, data)                 # bytes already in memory
    with atomic_writer(path) as out:         # bytes streamed: out.write(...) as they come
        ...                                  # an exception here deletes the temporary file

Either way a crash leaves the old file or the new one, never a mixture, and nothing is left
behind but the file asked for. The one place Casefile writes files this way: exported evidence,
bundles, briefs, key files.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_writer(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A file object to write ``path``'s new content into. When the block ends normally, it is
    fsynced and renamed over ``path`` (and the folder fsynced); when it raises, it is deleted and
    ``path`` is left as it was."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    fsync_dir(path.parent)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old file or the new one."""
    with atomic_writer(path, mode) as f:
        f.write(data)


def overwrite_with_zeros(path: Path, chunk: int = 1024 * 1024) -> None:
    """Overwrite a file's bytes with zeros and fsync, before it is deleted: on a disk an unlinked
    file's blocks could otherwise be read back. A file that cannot be opened is left alone."""
    try:
        with open(path, "r+b") as f:
            size = f.seek(0, os.SEEK_END)
            f.seek(0)
            while size > 0:
                n = min(size, chunk)
                f.write(bytes(n))
                size -= n
            f.flush()
            os.fsync(f.fileno())
    except OSError:
        pass
