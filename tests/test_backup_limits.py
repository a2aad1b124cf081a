"""A backup file is hostile input too: restoring one whose tar holds oversized or endless header
records, links, sparse or extra members is refused in one sentence, with nothing written."""
from __future__ import annotations

import io
import tarfile
import time

import pytest

from storage import backup as bk
from storage.store import Store
from tests.conftest import PASSPHRASE


@pytest.fixture
def genuine(tmp_path):
    store, _ = Store.create(tmp_path / "store", PASSPHRASE, owner="Test")
    info = bk.write_backup(store, tmp_path / "genuine.cfbackup")
    store.close()
    return info.path


def _members(path) -> list[tuple[tarfile.TarInfo, bytes]]:
    with tarfile.open(path, "r:") as tar:
        return [(m, tar.extractfile(m).read()) for m in tar]


def _rewrite(path, out, members, before=b"", fmt=tarfile.PAX_FORMAT) -> None:
    """The genuine members, with ``before`` (raw tar blocks) in front of them."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tar:
        for info, data in members:
            tar.addfile(info, io.BytesIO(data) if info.isreg() else None)
    out.write_bytes(before + buf.getvalue())


def _pax(record: bytes) -> bytes:
    info = tarfile.TarInfo("././@PaxHeader")
    info.type, info.size = tarfile.XHDTYPE, len(record)
    return info.tobuf(tarfile.USTAR_FORMAT, "utf-8", "strict") + record + b"\0" * (-len(record) % 512)


def _refused(backup, target):
    start = time.monotonic()
    with pytest.raises(bk.BackupRefused) as refused:
        bk.restore_backup(backup, target, passphrase=PASSPHRASE)
    assert time.monotonic() - start < 10
    text = str(refused.value)
    assert "damaged, truncated or altered" in text and text.count(". ") <= 1
    assert not target.exists()
    assert [p.name for p in target.parent.iterdir() if p.name.endswith(".casefile-tmp")] == []


def test_the_genuine_backup_restores(genuine, tmp_path):
    Store.open(bk.restore_backup(genuine, tmp_path / "restored", passphrase=PASSPHRASE), PASSPHRASE).close()


def test_a_chain_of_thousands_of_header_records_is_refused(genuine, tmp_path):
    hostile = tmp_path / "chain.cfbackup"
    _rewrite(genuine, hostile, _members(genuine), before=_pax(b"20 comment=abcdefgh\n") * 5000)
    _refused(hostile, tmp_path / "restored")


def test_a_huge_header_record_is_refused_before_it_is_read(genuine, tmp_path):
    hostile = tmp_path / "huge.cfbackup"
    record = b"%d comment=" % (8 * 1024 * 1024 + 20) + b"z" * (8 * 1024 * 1024) + b"\n"
    _rewrite(genuine, hostile, _members(genuine), before=_pax(record))
    _refused(hostile, tmp_path / "restored")


def test_a_header_declaring_more_than_the_file_holds_is_refused(genuine, tmp_path):
    hostile = tmp_path / "long.cfbackup"
    info = tarfile.TarInfo("manifest.json")
    info.size = 1 << 40  # a TiB in a file of a few KiB
    hostile.write_bytes(info.tobuf(tarfile.GNU_FORMAT, "utf-8", "strict") + b"{}" + b"\0" * 2046)
    _refused(hostile, tmp_path / "restored")


@pytest.mark.parametrize("kind", [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.DIRTYPE, tarfile.GNUTYPE_SPARSE,
                                  tarfile.GNUTYPE_LONGNAME],
                         ids=["symlink", "hard link", "folder", "sparse", "long name"])
def test_entries_that_are_not_plain_files_are_refused(genuine, tmp_path, kind):
    members = _members(genuine)
    odd = tarfile.TarInfo("keys.json")
    odd.type, odd.linkname = kind, "/etc/passwd"
    hostile = tmp_path / "odd.cfbackup"
    _rewrite(genuine, hostile, [members[0], (odd, b""), members[2]], fmt=tarfile.GNU_FORMAT)
    _refused(hostile, tmp_path / "restored")


def test_an_extra_member_is_refused(genuine, tmp_path):
    members = _members(genuine)
    extra = tarfile.TarInfo("extra.bin")
    extra.size = 3
    hostile = tmp_path / "extra.cfbackup"
    _rewrite(genuine, hostile, members + [(extra, b"abc")])
    _refused(hostile, tmp_path / "restored")
