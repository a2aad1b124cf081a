"""The process protects its memory from the start: no core dumps, and on Linux not dumpable, so that
another program of the same user can read nothing of it through /proc/PID/mem."""
from __future__ import annotations

import ctypes
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc and prctl")

# Checked from outside the module under test: the kernel's own answers.
AFTER_HARDEN = textwrap.dedent("""
    import ctypes, json, resource
    from storage.hardening import harden
    steps = harden()
    libc = ctypes.CDLL(None)
    limits = [line for line in open("/proc/self/limits") if line.startswith("Max core file size")]
    print(json.dumps({"steps": [[s.name, s.done] for s in steps],
                      "rlimit_core": list(resource.getrlimit(resource.RLIMIT_CORE)),
                      "dumpable": libc.prctl(3, 0, 0, 0, 0),
                      "limits_line": limits[0].split()}))
""")


@linux_only
def test_after_harden_no_core_and_not_dumpable():
    import json

    out = subprocess.run([sys.executable, "-c", AFTER_HARDEN], cwd=ROOT, capture_output=True, text=True,
                         check=True).stdout
    seen = json.loads(out)
    assert seen["rlimit_core"] == [0, 0]
    assert seen["limits_line"][4:6] == ["0", "0"]  # Max core file size  0  0  bytes
    assert seen["dumpable"] == 0
    assert all(done for _name, done in seen["steps"]), seen["steps"]


# The target keeps a secret in memory and says where it is; the reader, another process of the
# same user (not its parent), tries to read it through /proc/PID/mem.
TARGET = textwrap.dedent("""
    import ctypes, sys
    if sys.argv[1] == "harden":
        from storage.hardening import harden
        harden()
    secret = ctypes.create_string_buffer(b"names of people at risk", 32)
    print(__import__("os").getpid(), ctypes.addressof(secret), flush=True)
    sys.stdin.readline()
""")
READER = textwrap.dedent("""
    import sys
    pid, address = int(sys.argv[1]), int(sys.argv[2])
    try:
        with open(f"/proc/{pid}/mem", "rb") as mem:
            mem.seek(address)
            print(mem.read(23).decode("latin-1"))
    except OSError as exc:
        print(type(exc).__name__)
""")


PR_CAPBSET_DROP, CAP_SYS_PTRACE = 24, 19


def _without_ptrace_capability() -> None:
    """Root may read any process's memory (CAP_SYS_PTRACE): as root, both sides run without that
    capability (dropped before exec), as two ordinary programs of one user would."""
    if ctypes.CDLL(None, use_errno=True).prctl(PR_CAPBSET_DROP, CAP_SYS_PTRACE, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "PR_CAPBSET_DROP")


def _read_from_another_process(mode: str) -> str:
    unprivileged = _without_ptrace_capability if os.geteuid() == 0 else None
    target = subprocess.Popen([sys.executable, "-c", TARGET, mode], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, preexec_fn=unprivileged)
    try:
        pid, address = target.stdout.readline().split()
        reader = subprocess.run([sys.executable, "-c", READER, pid, address], cwd=ROOT, capture_output=True,
                                text=True, timeout=60, preexec_fn=unprivileged)
        return reader.stdout.strip()
    finally:
        target.communicate("\n", timeout=60)


@linux_only
def test_another_process_of_the_same_user_cannot_read_the_memory():
    if _read_from_another_process("plain") != "names of people at risk":
        pytest.skip("this system already keeps processes of one user apart (Yama ptrace_scope)")
    assert _read_from_another_process("harden") == "PermissionError"


def test_what_could_not_be_done_is_reported(monkeypatch):
    from storage import hardening

    def no_libc():
        raise OSError("no C library here")

    monkeypatch.setattr(hardening, "_libc", no_libc)
    linux = {s.name: s for s in hardening.harden("linux")}
    assert linux["memory closed to other programs"].done is False
    assert "not reachable" in linux["memory closed to other programs"].why
    windows = {s.name: s for s in hardening.harden("win32")}
    assert windows["memory closed to other programs"].done is False
    other = {s.name: s for s in hardening.harden("sunos5")}
    assert other["memory closed to other programs"].done is False


def test_main_protects_the_process_before_reading_a_key(monkeypatch, store_path, passphrase):
    import main
    from storage import hardening
    from storage.keys import KeyFile
    from storage.store import Store

    Store.create(store_path, passphrase, check_strength=False)[0].close()
    order = []
    monkeypatch.setattr(hardening, "harden", lambda: order.append("harden") or [])
    real_unwrap = KeyFile.unwrap_passphrase
    monkeypatch.setattr(KeyFile, "unwrap_passphrase",
                        lambda self, p: order.append("key read") or real_unwrap(self, p))
    monkeypatch.setenv(main.PASSPHRASE_ENV, passphrase)
    assert main.main(["list", str(store_path)]) == 0
    assert order == ["harden", "key read"]


PROBE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from storage.store import Store
    store, _ = Store.create(Path(sys.argv[1]), "a passphrase for this probe only", check_strength=False)
    with store.read() as s:
        print(s.connection().exec_driver_sql("PRAGMA cipher_memory_security").scalar())
    store.close()
""")


def test_opening_a_store_leaves_sqlciphers_memory_security_off(tmp_path):
    """Memory security is process-wide and cannot be turned off once on: opening a store must not
    turn it on for the whole program (it made every search up to several times slower)."""
    out = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path / "store")], cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "0"
