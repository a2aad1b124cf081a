"""Is swap encrypted? What the program holds in memory (names, the data key) can be paged out to
swap and read from the disk long after, at a border search for instance. Linux only: /proc/swaps
lists the swap areas; one is safe when it is RAM (zram) or lies on dm-crypt, directly or under
LVM (a device-mapper device whose uuid starts with CRYPT-, or that has one beneath it).

Told to the user once (README, section protection): the window remembers it in QSettings, the
command line in a marker file under the user's state folder; a new unencrypted swap is told again.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

FIX = ("encrypt it: swap on an encrypted volume (as most installers set up with full-disk "
       "encryption), a random-key swap in /etc/crypttab (cryptswap), or zram instead of swap on disk")


@dataclass(frozen=True)
class Swap:
    name: str  # as /proc/swaps lists it
    encrypted: bool
    why: str


def _unescape(field: str) -> str:
    """/proc/swaps writes spaces, tabs, newlines and backslashes in names as octal escapes."""
    for code, ch in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, ch)
    return field


def _crypt_below(sys_block: Path, seen: frozenset = frozenset()) -> bool:
    """``sys_block`` (a /sys/block/<dev> folder) is dm-crypt, or stands on one (LVM on LUKS)."""
    try:
        if (sys_block / "dm" / "uuid").read_text().strip().startswith("CRYPT-"):
            return True
        slaves = sorted((sys_block / "slaves").iterdir())
    except OSError:
        return False
    # a slave that is itself a device-mapper device has its own /sys/block folder; a partition
    # (LVM straight on a disk) has none and is not encrypted
    return any(_crypt_below(sys_block.parent / s.name, seen | {sys_block.name}) for s in slaves if s.name not in seen)


def _block_of(name: str, sys: Path) -> Path | None:
    """The /sys/block folder of a swap device or, for a swap file, of the device holding it."""
    base = os.path.basename(name)
    if name.startswith("/dev/mapper/"):
        for dm in sorted((sys / "block").glob("dm-*")):
            try:
                if (dm / "dm" / "name").read_text().strip() == base:
                    return dm
            except OSError:
                continue
        return None
    if name.startswith("/dev/"):
        return sys / "block" / base
    try:
        st = os.stat(name)
    except OSError:
        return None
    link = sys / "dev" / "block" / f"{os.major(st.st_dev)}:{os.minor(st.st_dev)}"
    if not link.exists():
        return None
    resolved = link.resolve()
    # a partition's folder sits inside its disk's: dm-crypt is only ever a whole dm-N device
    return sys / "block" / resolved.name if (sys / "block" / resolved.name).exists() else resolved


def swaps(proc: Path = Path("/proc"), sys: Path = Path("/sys")) -> list[Swap]:
    """Every active swap area and whether what is written there is encrypted (or never on disk)."""
    try:
        lines = (proc / "swaps").read_text().splitlines()[1:]
    except OSError:
        return []  # not Linux, or /proc not mounted: nothing known to tell
    out = []
    for line in lines:
        fields = line.split()
        if not fields:
            continue
        name = _unescape(fields[0])
        base = os.path.basename(name)
        if name.startswith("/dev/zram") or base.startswith("zram"):
            out.append(Swap(name, True, "zram: compressed RAM, never written to disk"))
            continue
        block = _block_of(name, sys)
        if block is None:
            out.append(Swap(name, False, "Casefile cannot tell which disk it is on"))
        elif _crypt_below(block):
            out.append(Swap(name, True, "on dm-crypt"))
        else:
            out.append(Swap(name, False, "not on an encrypted volume"))
    return out


def unsafe_swap(proc: Path = Path("/proc"), sys: Path = Path("/sys")) -> list[Swap]:
    """The swap areas that may write memory to disk unencrypted (empty: nothing to tell)."""
    return [s for s in swaps(proc, sys) if not s.encrypted]


def remembered_as(unsafe: list[Swap]) -> str:
    """What is remembered once the user has been told: told again only when this changes."""
    return "\n".join(sorted(s.name for s in unsafe))


def notice(unsafe: list[Swap]) -> str:
    """One line for standard error."""
    names = ", ".join(s.name for s in unsafe)
    return (f"Warning: swap {names} is not encrypted, so what Casefile holds in memory (names, keys) may be "
            f"written to disk and read from it later; {FIX}. (Said once.)")


def tell_once(unsafe: list[Swap], marker: Path) -> str | None:
    """The notice if it has not been given for these swap areas yet (remembered in ``marker``)."""
    if not unsafe:
        return None
    key = remembered_as(unsafe)
    try:
        if marker.read_text() == key:
            return None
    except OSError:
        pass
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(key)
    except OSError:
        pass  # cannot remember: said again next time, which is better than never
    return notice(unsafe)
