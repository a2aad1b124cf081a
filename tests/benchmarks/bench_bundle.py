"""Benchmark: a bundle with one large evidence file, against the `age` tool on the same bytes.

    python -m tests.benchmarks.bench_bundle [--size 1G] [--scale small]

Reports send and receive throughput as ratios to `age -r` / `age -d` on the same bytes in the
same run (target for sending: at least 0.5), and this process's peak memory (target: under
200 MB). Figures go to build/bench/bundle.json. Two paths are measured: evidence read from a
plain file and received into a sink that only hashes (the bundle format's own cost), and
evidence attached to the store, sent and received by the application (StoreEvidence), with
SQLCipher reading the same file alone as a further reference.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from storage import cases, identity, sharing
from storage.store import Store
from tests.sharing_support import PASSPHRASE, make_case

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
        return [sharing.EvidenceInfo(self.eid, case_id, self.path.stat().st_size, self.digest, "video.mp4")]

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
        PEAKS[name] = round(_peak_mb(), 1)
    return elapsed


def _child(step: str, workdir: Path, case_ref: str) -> dict:
    """One step in a process of its own, as on the caseworker's computer: its time and its own
    peak memory, counted after the store is unlocked (Argon2id's memory is not the bundle's)."""
    from storage.bundle_evidence import StoreEvidence

    if step == "send_store":
        store = Store.open(workdir / "alice", passphrase=PASSPHRASE)
        work = lambda: sharing.send(store, [case_ref], ["Bob"], workdir / "store.age",  # noqa: E731
                                    evidence=StoreEvidence(store))
    else:
        store = Store.open(workdir / "bob", passphrase=PASSPHRASE)
        work = lambda: sharing.receive(store, workdir / "store.age", evidence=StoreEvidence(store))  # noqa: E731
    try:
        elapsed = _timed(work, step)
    finally:
        store.close()
    return {"s": elapsed, "peak_MB": PEAKS[step]}


def _in_child(step: str, workdir: Path, case_ref: str) -> float:
    out = subprocess.run([sys.executable, "-m", "tests.benchmarks.bench_bundle", "--child", step, str(workdir),
                          case_ref], check=True, capture_output=True, text=True).stdout
    got = json.loads(out.strip().splitlines()[-1])
    PEAKS[step] = got["peak_MB"]
    return got["s"]


def _read_store(store, evidence_id: str) -> None:
    """SQLCipher alone: every chunk of the file read and decrypted, nothing else done."""
    from storage.evidence import open_reader

    with open_reader(store, evidence_id) as r:
        while r.read(1 << 20):
            pass


def run(size: int, workdir: Path) -> dict:
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
    bob, _ = Store.create(workdir / "bob", PASSPHRASE, owner="Bob", check_strength=False)
    t = {}
    try:
        b, a = identity.identity(bob), identity.identity(alice)
        identity.add_contact(alice, "Bob", b.recipient, b.signing_key)
        identity.add_contact(bob, "Alice", a.recipient, a.signing_key)
        with alice.write() as s:
            case, _ = cases.save_case(s, alice, make_case())
        sender = FileEvidence(data, case.id, digest.hexdigest())
        key = workdir / "bob.key"
        key.write_text(identity.export_age_key(bob))
        age_out, from_file = workdir / "age.age", workdir / "file.age"
        mem_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # The baselines: the age tool on the same bytes, in this run.
        t["age_encrypt"] = _timed(lambda: subprocess.run(["age", "-r", b.recipient, "-o", str(age_out), str(data)],
                                                         check=True))
        t["age_decrypt"] = _timed(lambda: subprocess.run(["age", "-d", "-i", str(key), "-o", os.devnull,
                                                          str(age_out)], check=True))
        # Evidence from a plain file, received into a sink that only hashes: the format's own cost.
        t["send_file"] = _timed(lambda: sharing.send(alice, [case.reference], ["Bob"], from_file, evidence=sender),
                                "send_file")
        sink = FileEvidence()
        t["receive_file"] = _timed(lambda: sharing.receive(bob, from_file, evidence=sink), "receive_file")
        assert sink.received == {sender.eid: digest.hexdigest()}, "the evidence did not arrive intact"
        # Evidence in the store, as the application sends and receives it.
        t["attach"] = _timed(lambda: evidence.add_file(alice, case.id, data))
        with alice.read() as s:
            [info] = evidence.list_files(s, case.id)
        t["store_read"] = _timed(lambda: _read_store(alice, info.id))
        # Sending and receiving from a store run in processes of their own: in this one, the
        # other store's page caches, filled by the steps before, would count in their peak memory.
        alice.close()
        bob.close()
        t["send_store"] = _in_child("send_store", workdir, case.reference)
        t["receive_store"] = _in_child("receive_store", workdir, case.reference)
        alice = Store.open(workdir / "alice", passphrase=PASSPHRASE)
        bob = Store.open(workdir / "bob", passphrase=PASSPHRASE)
        with bob.read() as s:
            [got] = evidence.list_files(s, case.id)
        assert (got.size, got.sha256) == (size, digest.hexdigest()), "the evidence did not arrive intact"
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    finally:
        alice.close()
        bob.close()
    mib = size / (1 << 20)
    figures = {"size_bytes": size}
    figures.update({f"{k}_s": round(v, 3) for k, v in t.items()})
    figures.update({f"{k}_MiB_per_s": round(mib / v, 1) for k, v in t.items()})
    figures.update({
        "send_file_ratio_to_age": round(t["age_encrypt"] / t["send_file"], 3),
        "send_store_ratio_to_age": round(t["age_encrypt"] / t["send_store"], 3),
        "store_read_ratio_to_age": round(t["age_encrypt"] / t["store_read"], 3),
        "receive_file_ratio_to_age": round(t["age_decrypt"] / t["receive_file"], 3),
        "receive_store_ratio_to_age": round(t["age_decrypt"] / t["receive_store"], 3),
        "peak_rss_MB": round(peak * 1024 / 1e6, 1),
        "peak_rss_before_MB": round(mem_before * 1024 / 1e6, 1),
    })
    # Each step's own peak (the process's peak includes making two stores: Argon2id's memory).
    figures.update({f"peak_rss_{k}_MB": v for k, v in PEAKS.items()})
    return figures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="1G", help="evidence size, e.g. 1G, 64M (default 1G)")
    p.add_argument("--scale", choices=("full", "small"), default="full", help="small: 16 MiB")
    p.add_argument("--out", default="build/bench/bundle.json")
    p.add_argument("--child", nargs=3, metavar=("STEP", "WORKDIR", "CASE"), help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child[0], Path(args.child[1]), args.child[2])))
        return 0
    size = SMALL if args.scale == "small" else parse_size(args.size)
    if shutil.which("age") is None:
        sys.exit("The age tool is needed (make sysdeps).")
    with tempfile.TemporaryDirectory(prefix="casefile-bench-") as tmp:
        figures = run(size, Path(tmp))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    main()
