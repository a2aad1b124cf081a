"""Benchmark: a bundle with one large evidence file, against the `age` tool on the same bytes.

    python -m tests.benchmarks.bench_bundle [--size 1G] [--rounds 3] [--scale small]

Reports send and receive throughput as ratios to `age -r` / `age -d` on the same bytes in the
same run (target for sending: at least 0.5), and each step's peak memory (target: under
200 MB). Figures go to build/bench/bundle.json. Two paths are measured: evidence read from a
plain file and received into a sink that only hashes (the bundle format's own cost), and
evidence attached to the store, sent and received by the application (StoreEvidence). Three
references are timed beside them: `age` followed by an fsync of its output (as durable as a
bundle Casefile calls sent), pyrage alone encrypting the file (the library the bundle format
must use, with nothing of Casefile around it), and SQLCipher reading the file out of the store.
Every step runs once per round, rounds interleaved; figures are medians.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from models.evidence import EvidenceRecord
from storage import cases, identity, sharing
from storage.keys import KeyFile
from storage.store import Store
from tests.sharing_support import PASSPHRASE, introduce, make_case

SMALL = 16 * 1024 * 1024


def parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper().removesuffix("IB").removesuffix("B")
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


class FileEvidence:
    """One evidence file on disk for sending; received files are only hashed and counted."""

    def __init__(self, path: Path | None = None, case_id: str = "", digest: str = ""):
        self.path, self.case_id, self.digest = path, case_id, digest
        self.eid = str(uuid.uuid4())
        self.received: dict[str, str] = {}

    def list(self, session, case_id):
        if self.path is None or case_id != self.case_id:
            return []
        return [EvidenceRecord(id=self.eid, case_id=case_id, size=self.path.stat().st_size, sha256=self.digest,
                               filename="video.mp4")]

    def open(self, evidence_id):
        return open(self.path, "rb", buffering=0)

    def has(self, session, evidence_id):
        return False

    def stage(self, info, reader):
        h = hashlib.sha256()
        while chunk := reader.read(1 << 20):
            h.update(chunk)
        self.received[info.id] = h.hexdigest()
        return info.id

    def sent(self, session, files, manifest):
        pass

    def commit(self, session, staged, manifest):
        pass

    def discard(self, staged):
        pass


PEAKS: dict[str, float] = {}


def _reset_peak() -> bool:
    """Linux lets a process reset its peak resident size, so each step's own peak can be read."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
        return True
    except OSError:
        return False


def _peak_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def _timed(fn, name: str | None = None) -> float:
    if name:
        _reset_peak()
    t = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - t
    if name:
        PEAKS[name] = max(PEAKS.get(name, 0), round(_peak_mb(), 1))
    return elapsed


def _child(step: str, workdir: Path, case_ref: str, round_: int) -> dict:
    """One step in a process of its own, as on the caseworker's computer: its time and its own
    peak memory, counted after the store is unlocked (Argon2id's memory is not the bundle's)."""
    from storage.bundle_evidence import StoreEvidence

    if step == "send_store":
        store = Store.open(workdir / "alice", passphrase=PASSPHRASE)
        work = lambda: sharing.send(store, [case_ref], [f"Bob {round_}"],  # noqa: E731
                                    workdir / f"store-{round_}.age", evidence=StoreEvidence(store))
    else:
        store = Store.open(workdir / f"bob-{round_}", passphrase=PASSPHRASE)
        work = lambda: sharing.receive(store, workdir / f"store-{round_}.age",  # noqa: E731
                                       evidence=StoreEvidence(store))
    try:
        elapsed = _timed(work, step)
    finally:
        store.close()
    return {"s": elapsed, "peak_MB": PEAKS[step]}


def _in_child(step: str, workdir: Path, case_ref: str, round_: int) -> float:
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_bundle", "--child", step, str(workdir),
                          case_ref, str(round_)], check=True, capture_output=True, text=True).stdout
    got = json.loads(out.strip().splitlines()[-1])
    PEAKS[step] = max(PEAKS.get(step, 0), got["peak_MB"])
    return got["s"]


def _read_store(store, evidence_id: str) -> None:
    """SQLCipher alone: every chunk of the file read and decrypted, nothing else done."""
    from storage.evidence import open_reader

    with open_reader(store, evidence_id) as r:
        while r.read(1 << 20):
            pass


def _age_durable(recipient: str, data: Path, out: Path) -> None:
    """The age tool, then its output made as durable as Casefile makes a bundle (fsync)."""
    subprocess.run(["age", "-r", recipient, "-o", str(out), str(data)], check=True)
    _sync(out)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _pyrage_alone(recipient: str, data: Path, out: Path) -> None:
    """The age library Casefile must use (pyrage), encrypting the same file into a file, with
    nothing of Casefile around it: no archive, no hashing, no store, no fsync."""
    import pyrage

    with open(data, "rb") as src, open(out, "wb") as dst:
        pyrage.encrypt_io(src, dst, [pyrage.x25519.Recipient.from_str(recipient)])


def _age_decrypt_durable(key: Path, src: Path, out: Path) -> None:
    """``age -d`` into a file, then that file made durable (fsync): what a receive must at least do,
    since a store calls nothing received before it is on the disk."""
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(out), str(src)], check=True)
    _sync(out)


def _pyrage_decrypt_alone(key: Path, src: Path, out: Path) -> None:
    """pyrage alone decrypting the same bundle into a file: no archive, no hashing, no store."""
    import pyrage

    ident = pyrage.x25519.Identity.from_str(key.read_text().strip().splitlines()[-1])
    with open(src, "rb") as f, open(out, "wb") as dst:
        pyrage.decrypt_io(f, dst, [ident])


def _store_write_alone(data: Path, db: Path, hmac: str) -> None:
    """SQLCipher alone taking the file in: 1 MiB rows of a fresh database with the store's cipher
    settings, one transaction, committed and checkpointed, as an attach is; read with plain
    ``readinto``, nothing hashed, no archive, no age. The driver is used directly (not
    ``storage.evidence``), so this is the cipher's and the disk's floor, not Casefile's code."""
    import sqlcipher3.dbapi2 as sqlcipher

    from storage.db import PRAGMAS

    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    conn = sqlcipher.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA key = \"x'" + os.urandom(32).hex() + "'\"")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac}")
        for pragma in PRAGMAS:
            conn.execute(pragma)
        conn.execute("CREATE TABLE chunk (pk INTEGER PRIMARY KEY, seq INTEGER NOT NULL, data BLOB NOT NULL)")
        buf = bytearray(1 << 20)
        view = memoryview(buf)
        with open(data, "rb", buffering=0) as f:
            conn.execute("BEGIN IMMEDIATE")
            seq = 0
            while n := f.readinto(buf):
                conn.execute("INSERT INTO chunk (seq, data) VALUES (?, ?)", (seq, view[:n]))
                seq += 1
            conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def run(size: int, workdir: Path, rounds: int = 1) -> dict:
    """``rounds`` interleaved rounds of every step, so that a noisy moment falls on all alike; the
    figures are medians, and each ratio is also given round by round."""
    from storage import evidence
    data = workdir / "evidence.bin"
    digest = hashlib.sha256()
    with open(data, "wb") as f:
        left = size
        while left:
            chunk = os.urandom(min(left, 1 << 20))
            digest.update(chunk)
            f.write(chunk)
            left -= len(chunk)
    alice, _ = Store.create(workdir / "alice", PASSPHRASE, owner="Alice", check_strength=False)
    bobs = []
    t: dict[str, list[float]] = {}

    def timed(step: str, fn, name: str | None = None) -> None:
        t.setdefault(step, []).append(_timed(fn, name))

    def in_child(step: str, round_: int) -> None:
        t.setdefault(step, []).append(_in_child(step, workdir, case.reference, round_))

    try:
        # one receiving store per round: receiving a bundle a second time rightly changes nothing
        for i in range(rounds):
            bob, _ = Store.create(workdir / f"bob-{i}", PASSPHRASE, owner="Bob", check_strength=False)
            bobs.append(bob)
            introduce(alice, f"Bob {i}", bob)
            introduce(bob, "Alice", alice)
        b0 = identity.identity(bobs[0])
        with alice.write() as s:
            case, _ = cases.save_case(s, alice, make_case())
        sender = FileEvidence(data, case.id, digest.hexdigest())
        key = workdir / "bob.key"
        key.write_text(identity.export_age_key(bobs[0]))
        age_out, from_file, floor_out = workdir / "age.age", workdir / "file.age", workdir / "pyrage.age"
        plain_out, scratch_db = workdir / "plain.bin", workdir / "scratch.db"
        hmac = KeyFile.load(alice.path).hmac
        mem_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        timed("attach", lambda: evidence.add_file(alice, case.id, data))
        with alice.read() as s:
            [info] = evidence.list_files(s, case.id)
        # The store steps run in processes of their own: in this one, the other stores' page
        # caches, filled by the steps before, would count in their peak memory.
        alice.close()
        for bob in bobs:
            bob.close()
        alice = Store.open(workdir / "alice", passphrase=PASSPHRASE)
        for i in range(rounds):
            # the baselines: the age tool on the same bytes
            timed("age_encrypt", lambda: subprocess.run(["age", "-r", b0.recipient, "-o", str(age_out), str(data)],
                                                        check=True))
            timed("age_encrypt_durable", lambda: _age_durable(b0.recipient, data, age_out))
            timed("age_decrypt", lambda: subprocess.run(["age", "-d", "-i", str(key), "-o", os.devnull,
                                                         str(age_out)], check=True))
            timed("age_decrypt_durable", lambda: _age_decrypt_durable(key, age_out, plain_out))
            timed("pyrage_decrypt_alone", lambda: _pyrage_decrypt_alone(key, age_out, plain_out))
            timed("store_write_alone", lambda: _store_write_alone(data, scratch_db, hmac))
            # what the required library can do alone, and SQLCipher reading the file alone
            timed("pyrage_alone", lambda: _pyrage_alone(b0.recipient, data, floor_out))
            timed("store_read", lambda: _read_store(alice, info.id))
            # evidence from a plain file, received into a sink that only hashes: the format's own cost
            timed("send_file", lambda: sharing.send(alice, [case.reference], ["Bob 0"], from_file, evidence=sender),
                  "send_file")
            sink = FileEvidence()
            receiver = Store.open(workdir / "bob-0", passphrase=PASSPHRASE)
            try:
                timed("receive_file", lambda: sharing.receive(receiver, from_file, evidence=sink), "receive_file")
            finally:
                receiver.close()
            assert sink.received == {sender.eid: digest.hexdigest()}, "the evidence did not arrive intact"
            # evidence in the store, as the application sends and receives it
            in_child("send_store", i)
            in_child("receive_store", i)
        for i in range(rounds):
            with Store.open(workdir / f"bob-{i}", passphrase=PASSPHRASE) as bob, bob.read() as s:
                [got] = evidence.list_files(s, case.id)
            assert (got.size, got.sha256) == (size, digest.hexdigest()), "the evidence did not arrive intact"
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    finally:
        alice.close()
    mib = size / (1 << 20)
    med = {k: statistics.median(v) for k, v in t.items()}
    figures: dict = {"size_bytes": size, "rounds": rounds}
    figures.update({f"{k}_s": round(v, 3) for k, v in med.items()})
    figures.update({f"{k}_MiB_per_s": round(mib / v, 1) for k, v in med.items()})

    def ratio(base: str, step: str) -> float:
        return round(med[base] / med[step], 3)

    for step in ("send_file", "send_store", "store_read", "pyrage_alone"):
        figures[f"{step}_ratio_to_age"] = ratio("age_encrypt", step)
    for step in ("send_file", "send_store"):
        figures[f"{step}_ratio_to_durable_age"] = ratio("age_encrypt_durable", step)
    for step in ("receive_file", "receive_store", "pyrage_decrypt_alone", "store_write_alone"):
        figures[f"{step}_ratio_to_age"] = ratio("age_decrypt", step)
    for step in ("receive_file", "receive_store", "store_write_alone"):
        figures[f"{step}_ratio_to_durable_age"] = ratio("age_decrypt_durable", step)
    # how near receiving comes to the floor of writing the same bytes into SQLCipher at all
    figures["receive_store_ratio_to_store_write_alone"] = ratio("store_write_alone", "receive_store")
    figures["receive_store_ratio_to_age_by_round"] = [round(a_ / r_, 3) for a_, r_ in zip(t["age_decrypt"],
                                                                                        t["receive_store"])]
    figures["send_store_ratio_to_age_by_round"] = [round(a_ / s_, 3) for a_, s_ in zip(t["age_encrypt"],
                                                                                     t["send_store"])]
    figures["pyrage_alone_ratio_to_age_by_round"] = [round(a_ / p_, 3) for a_, p_ in zip(t["age_encrypt"],
                                                                                       t["pyrage_alone"])]
    figures.update({
        "peak_rss_MB": round(peak * 1024 / 1e6, 1),
        "peak_rss_before_MB": round(mem_before * 1024 / 1e6, 1),
    })
    # Each step's own peak (the process's peak includes making the stores: Argon2id's memory).
    figures.update({f"peak_rss_{k}_MB": v for k, v in PEAKS.items()})
    return figures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="1G", help="evidence size, e.g. 1G, 64M (default 1G)")
    p.add_argument("--scale", choices=("full", "small"), default="full", help="small: 16 MiB")
    p.add_argument("--out", default="build/bench/bundle.json")
    p.add_argument("--rounds", type=int, default=3, help="interleaved rounds of every step (default 3)")
    p.add_argument("--child", nargs=4, metavar=("STEP", "WORKDIR", "CASE", "ROUND"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], Path(args.child[1]), args.child[2], int(args.child[3]))))
        return 0
    size = SMALL if args.scale == "small" else parse_size(args.size)
    if shutil.which("age") is None:
        sys.exit("The age tool is needed (make sysdeps).")
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as tmp:
        figures = run(size, Path(tmp), max(1, args.rounds))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    main()
