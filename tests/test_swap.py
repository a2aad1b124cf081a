"""Swap that is not encrypted is told to the user once; zram and dm-crypt (directly or under LVM) are not."""
from __future__ import annotations

import os
from pathlib import Path

from storage import swap

HEADER = "Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n"


def _proc(tmp: Path, *names: str) -> Path:
    proc = tmp / "proc"
    proc.mkdir()
    (proc / "swaps").write_text(HEADER + "".join(f"{n}\tpartition\t8388604\t0\t-2\n" for n in names))
    return proc


def _dm(sys: Path, dev: str, uuid: str, name: str = "", slaves: tuple[str, ...] = ()) -> None:
    d = sys / "block" / dev
    (d / "dm").mkdir(parents=True)
    (d / "dm" / "uuid").write_text(uuid + "\n")
    (d / "dm" / "name").write_text((name or dev) + "\n")
    (d / "slaves").mkdir()
    for s in slaves:
        (d / "slaves" / s).mkdir()


def _plain_disk(sys: Path, dev: str) -> None:
    (sys / "block" / dev).mkdir(parents=True)


def test_no_swap_nothing_to_tell(tmp_path):
    assert swap.unsafe_swap(_proc(tmp_path), tmp_path / "sys") == []


def test_missing_proc_swaps_is_nothing_known(tmp_path):
    assert swap.unsafe_swap(tmp_path / "nowhere", tmp_path / "sys") == []


def test_plain_partition_is_unsafe_crypt_and_zram_are_not(tmp_path):
    sys = tmp_path / "sys"
    _plain_disk(sys, "sda2")
    _dm(sys, "dm-0", "CRYPT-LUKS2-0123abcd-cryptswap", name="cryptswap")
    _dm(sys, "dm-1", "CRYPT-PLAIN-swap2", name="swap2")
    proc = _proc(tmp_path, "/dev/sda2", "/dev/dm-0", "/dev/zram0", "/dev/mapper/swap2")
    seen = {s.name: s.encrypted for s in swap.swaps(proc, sys)}
    assert seen == {"/dev/sda2": False, "/dev/dm-0": True, "/dev/zram0": True, "/dev/mapper/swap2": True}
    assert [s.name for s in swap.unsafe_swap(proc, sys)] == ["/dev/sda2"]


def test_lvm_on_luks_is_encrypted_lvm_on_a_plain_disk_is_not(tmp_path):
    sys = tmp_path / "sys"
    _dm(sys, "dm-0", "CRYPT-LUKS2-feed-luks-root")
    _dm(sys, "dm-2", "LVM-abcdefswap", slaves=("dm-0",))  # vg/swap on the LUKS volume
    _dm(sys, "dm-3", "LVM-ghijklswap", slaves=("sdb1",))  # vg2/swap straight on a partition
    proc = _proc(tmp_path, "/dev/dm-2", "/dev/dm-3")
    assert [s.name for s in swap.unsafe_swap(proc, sys)] == ["/dev/dm-3"]


def test_a_swap_file_is_judged_by_the_disk_it_is_on(tmp_path):
    sys = tmp_path / "sys"
    swapfile = tmp_path / "swap file"  # a space: /proc/swaps writes it as \040
    swapfile.write_bytes(b"")
    st = os.stat(swapfile)
    (sys / "dev" / "block").mkdir(parents=True)
    link = sys / "dev" / "block" / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    proc = _proc(tmp_path, str(swapfile).replace(" ", "\\040"))

    _dm(sys, "dm-5", "CRYPT-LUKS2-home")
    link.symlink_to(sys / "block" / "dm-5")
    assert swap.unsafe_swap(proc, sys) == []

    link.unlink()
    _plain_disk(sys, "vda")
    (sys / "block" / "vda" / "vda1").mkdir()
    link.symlink_to(sys / "block" / "vda" / "vda1")
    assert [s.name for s in swap.unsafe_swap(proc, sys)] == [str(swapfile)]


def test_a_swap_file_on_an_unknown_disk_is_told_as_unknown(tmp_path):
    proc = _proc(tmp_path, "/nonexistent/swapfile")
    [unsafe] = swap.unsafe_swap(proc, tmp_path / "sys")
    assert "cannot tell" in unsafe.why


def test_told_once_then_again_only_for_a_new_unencrypted_swap(tmp_path):
    sys = tmp_path / "sys"
    _plain_disk(sys, "sda2")
    _plain_disk(sys, "sdb2")
    marker = tmp_path / "state" / "swap-told"
    first = swap.tell_once(swap.unsafe_swap(_proc(tmp_path, "/dev/sda2"), sys), marker)
    assert first is not None and "/dev/sda2" in first and "cryptswap" in first and "\n" not in first
    assert swap.tell_once(swap.unsafe_swap(tmp_path / "proc", sys), marker) is None
    (tmp_path / "proc" / "swaps").write_text(HEADER + "/dev/sda2\tpartition\t1\t0\t-2\n/dev/sdb2\tpartition\t1\t0\t-3\n")
    again = swap.tell_once(swap.unsafe_swap(tmp_path / "proc", sys), marker)
    assert again is not None and "/dev/sdb2" in again


def test_the_command_line_says_it_once_on_standard_error(monkeypatch, tmp_path, capsys, store_path, passphrase):
    import main
    from storage.store import Store

    Store.create(store_path, passphrase, check_strength=False)[0].close()
    monkeypatch.setattr(swap, "unsafe_swap", lambda: [swap.Swap("/dev/sda2", False, "not on an encrypted volume")])
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv(main.PASSPHRASE_ENV, passphrase)
    assert main.main(["list", str(store_path)]) == 0
    first = capsys.readouterr().err.splitlines()
    assert len(first) == 1 and "/dev/sda2" in first[0] and "not encrypted" in first[0]
    assert main.main(["list", str(store_path)]) == 0
    assert capsys.readouterr().err == ""
