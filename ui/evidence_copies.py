"""Unencrypted copies of evidence files written for "Open with another program": each in a folder
of its own that only this user can read, in RAM-backed /dev/shm where the system has one, and
overwritten before it is deleted."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from models.evidence import EvidenceRecord
from storage.files import overwrite_with_zeros


def copy_name(info: EvidenceRecord) -> str:
    """The original name without any folder part (a name that came in a bundle is the sender's word),
    or exhibit-N when there is nothing usable left."""
    name = Path(info.filename.replace("\\", "/")).name
    return name if name not in ("", ".", "..") else f"exhibit-{info.number}"


def wipe_folder(folder: Path) -> None:
    """Overwrite each file with zeros, then delete the folder: on a disk (not /dev/shm) an unlinked
    file's blocks could otherwise be read back."""
    for p in folder.glob("*"):
        overwrite_with_zeros(p)
    shutil.rmtree(folder, ignore_errors=True)


class TemporaryCopies:
    """The copies one panel has handed to other programs, until they are deleted."""

    def __init__(self):
        self._folders: dict[Path, str] = {}  # folder -> the file's name in it

    def new(self, info: EvidenceRecord) -> Path:
        """Where to write a copy of ``info``: a path in a fresh private folder, counted from now on."""
        base = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None
        folder = Path(tempfile.mkdtemp(prefix="casefile-open-", dir=base))
        self._folders[folder] = copy_name(info)
        return folder / self._folders[folder]

    def names(self) -> list[str]:
        return sorted(self._folders.values())

    def paths(self) -> list[Path]:
        return [folder / name for folder, name in self._folders.items()]

    def delete(self, path: Path | None = None) -> None:
        """Delete one copy (by its path), or all of them."""
        for folder in ([path.parent] if path is not None else list(self._folders)):
            wipe_folder(folder)
            self._folders.pop(folder, None)

    def __bool__(self) -> bool:
        return bool(self._folders)
