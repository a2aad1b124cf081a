"""Kill Casefile commands at random moments and check that nothing acknowledged is lost.

    python scripts/kill_loop.py --rounds 200                 # the campaign: 5 operations, 1,000 rounds
    python scripts/kill_loop.py --rounds 20 --ops backup     # one operation
    python scripts/kill_loop.py --rounds 5 --json            # figures as JSON (the test suite's small run)

Operations: backup, restore (output files), and import, attach, receive (changes to a store:
each round works on a fresh copy of the store, which afterwards must hold exactly what it held
before or exactly what an undisturbed run leaves, and the latter if the command exited 0).

Each round starts the real command line (``main.py``) in a child process and sends it SIGKILL at
a random moment up to a little after the time an undisturbed run takes (every other round, only
after the command has begun writing its output: its temporary folder exists). Then it
checks what a user would rely on: the store still opens and is whole (encrypted pages, structure,
evidence hashes, audit chain) with exactly the cases and files it had, and the command's output
is either absent or complete. A command that exited 0 before the kill acknowledged its work, so
its output must be complete. Exit status 0 when no round found a problem.

Adding an operation: subclass ``Operation`` (``prepare`` once, ``argv`` and ``check`` per round)
and add an instance to ``OPERATIONS``.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PASSPHRASE = "kill loop passphrase: seven unrelated words here"
SENTINEL = "Qazaqbala Sentinelova"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Fixture:
    """One store with cases and an evidence file, its unlocked key, and what it holds."""

    def __init__(self, work: Path, evidence_mib: int):
        from models.interchange import validate_case
        from storage.cases import save_case
        from storage.evidence import add_file
        from storage.store import Store

        self.path = work / "store"
        self.evidence_mib = evidence_mib
        store, self.recovery = Store.create(self.path, PASSPHRASE, owner="Kill Loop", check_strength=False)
        with store.write() as s:
            for i in range(20):
                case = validate_case({"reference": f"KL-{i:03}", "title": "Detention after return",
                                      "persons": [{"key": "a", "role": "applicant",
                                                   "names": [{"value": SENTINEL, "script": "Latn"}]}]})
                save_case(s, store, case, reason="kill loop")
        blob = work / "evidence.bin"
        blob.write_bytes(os.urandom(evidence_mib << 20))
        add_file(store, "KL-000", blob, description="scan")
        blob.unlink()
        store.close()
        self.keyfile, self.data_key = Store.unlock(self.path, passphrase=PASSPHRASE)
        self.expected = self.contents(self.path)

    def contents(self, path: Path) -> tuple:
        """The cases (references and a digest of their documents) and evidence hashes of the store
        at ``path``, after checking it is whole."""
        from sqlmodel import select

        from models.tables import CaseDocument
        from storage.cases import CaseQuery, list_cases
        from storage.evidence import list_files, verify_store
        from storage.keys import KeyFile
        from storage.store import Store

        store = Store.open_unlocked(path, KeyFile.load(path), bytearray(self.data_key))
        try:
            problems = verify_store(store)
            if problems:
                raise AssertionError(f"store not whole: {problems[:3]}")
            with store.read() as s:
                refs = [c.reference for c in list_cases(s, CaseQuery(sort="reference", descending=False), 0, 10**6)]
                files = sorted(f.sha256 for ref in refs for f in list_files(s, ref))
                docs = sorted(s.exec(select(CaseDocument.document)))
        finally:
            store.close()
        return refs, files, hashlib.sha256("\n".join(docs).encode()).hexdigest()


class Operation:
    name = ""

    def prepare(self, fixture: Fixture, work: Path) -> None:
        """Once, before the rounds."""

    def argv(self, fixture: Fixture, round_dir: Path) -> list[str]:
        raise NotImplementedError

    def check(self, fixture: Fixture, round_dir: Path, returncode: int | None) -> list[str]:
        """Problems after the round (``returncode`` None when the child was killed)."""
        raise NotImplementedError

    def writing(self, round_dir: Path) -> bool:
        """Whether the command has begun writing its output."""
        return _writing(round_dir)

    def store_problems(self, fixture: Fixture) -> list[str]:
        try:
            got = fixture.contents(fixture.path)
        except Exception as exc:  # a store that does not open is exactly what this looks for
            return [f"{self.name}: the store does not open whole: {exc}"]
        return [] if got == fixture.expected else [f"{self.name}: the store's cases or files changed"]


def _writing(folder: Path) -> bool:
    return any(e.name.endswith(".casefile-tmp") for e in folder.iterdir())


def _leftovers(folder: Path) -> list[str]:
    from storage.backup import clean_stale

    for entry in list(folder.iterdir()):
        if not entry.name.startswith("."):
            clean_stale(folder, entry.name)
    clean_stale(folder, "out.cfbackup")
    clean_stale(folder, "restored")
    return [e.name for e in folder.iterdir() if e.name.endswith(".casefile-tmp")]


class Backup(Operation):
    name = "backup"

    def argv(self, fixture, round_dir):
        return ["backup", str(fixture.path), str(round_dir / "out.cfbackup")]

    def check(self, fixture, round_dir, returncode):
        from storage.backup import restore_backup

        out = round_dir / "out.cfbackup"
        problems = self.store_problems(fixture)
        if returncode == 0 and not out.exists():
            problems.append("backup: acknowledged, but no backup file")
        if out.exists():
            try:
                restored = restore_backup(out, round_dir / "check", passphrase=PASSPHRASE)
                if fixture.contents(restored) != fixture.expected:
                    problems.append("backup: the backup holds other cases or files than the store")
            except Exception as exc:
                problems.append(f"backup: a file named like the backup is not a complete one: {exc}")
        if left := _leftovers(round_dir):
            problems.append(f"backup: temporary files not cleaned: {left}")
        return problems


class Restore(Operation):
    name = "restore"

    def prepare(self, fixture, work):
        from storage.backup import write_backup
        from storage.store import Store

        self.backup = work / "fixture.cfbackup"
        store = Store.open_unlocked(fixture.path, fixture.keyfile, bytearray(fixture.data_key))
        try:
            write_backup(store, self.backup)
        finally:
            store.close()
        self.backup_sha = sha256(self.backup)

    def argv(self, fixture, round_dir):
        return ["restore", str(self.backup), str(round_dir / "restored")]

    def check(self, fixture, round_dir, returncode):
        new = round_dir / "restored"
        problems = []
        if sha256(self.backup) != self.backup_sha:
            problems.append("restore: the backup file changed")
        if returncode == 0 and not new.exists():
            problems.append("restore: acknowledged, but no store")
        if new.exists():
            try:
                if fixture.contents(new) != fixture.expected:
                    problems.append("restore: the restored store holds other cases or files")
            except Exception as exc:
                problems.append(f"restore: a folder named like the new store is not a whole store: {exc}")
        if left := _leftovers(round_dir):
            problems.append(f"restore: temporary files not cleaned: {left}")
        return problems


class StoreChange(Operation):
    """A command that changes the store. Each round works on its own copy of the fixture's store;
    the copy must then be exactly as before or exactly as an undisturbed run left it (the first
    check, of the probe run), and the latter if the command exited 0: nothing half-applied, nothing
    acknowledged lost."""
    after: tuple | None = None

    def args(self, fixture: Fixture, store: Path) -> list[str]:
        raise NotImplementedError

    def argv(self, fixture, round_dir):
        shutil.copytree(fixture.path, round_dir / "store")
        self.copied = time.time()
        return self.args(fixture, round_dir / "store")

    def writing(self, round_dir):
        # the store's files (its write-ahead log above all) changed since the copy
        store = round_dir / "store"
        return store.exists() and any(f.stat().st_mtime > self.copied for f in store.iterdir() if f.is_file())

    def check(self, fixture, round_dir, returncode):
        try:
            got = fixture.contents(round_dir / "store")
        except Exception as exc:  # a store that does not open is exactly what this looks for
            return [f"{self.name}: the store does not open whole: {exc}"]
        if self.after is None and returncode == 0:
            self.after = got  # the probe: what an undisturbed run leaves
            return [] if got != fixture.expected else [f"{self.name}: an undisturbed run changed nothing"]
        if returncode == 0 and got != self.after:
            return [f"{self.name}: acknowledged, but the store does not hold the change"]
        if got not in (fixture.expected, self.after):
            return [f"{self.name}: the store holds part of a change"]
        return []


class Import(StoreChange):
    name = "import"

    def prepare(self, fixture, work):
        from storage.cases import get_case
        from storage.keys import KeyFile
        from storage.store import Store

        store = Store.open_unlocked(fixture.path, KeyFile.load(fixture.path), bytearray(fixture.data_key))
        try:
            with store.read() as s:
                changed = get_case(s, "KL-002").model_dump(mode="json")
        finally:
            store.close()
        changed["title"] = "Detention after return, with a hearing"
        # every record with its id: an undisturbed run then leaves the same documents each time
        new = [{"id": f"6f1c7a52-3f0e-4c47-9d53-0a8e2b1d{i:04}", "reference": f"KL-NEW-{i}", "title": "Disappearance",
                "persons": [{"id": f"6f1c7a52-3f0e-4c47-9d53-0a8e2b1e{i:04}", "key": "a", "role": "applicant",
                             "names": [{"value": SENTINEL, "script": "Latn"}]}]}
               for i in range(30)]
        self.document = work / "import.json"
        self.document.write_text(json.dumps({"format": "casefile-interchange", "version": 1,
                                             "cases": [changed, *new]}, ensure_ascii=False))

    def args(self, fixture, store):
        return ["import", str(store), str(self.document)]


class Attach(StoreChange):
    name = "attach"

    def prepare(self, fixture, work):
        self.file = work / "attach.bin"
        self.file.write_bytes(os.urandom(max(1, fixture.evidence_mib // 2) << 20))

    def args(self, fixture, store):
        return ["attach", str(store), "KL-003", str(self.file), "--description", "statement"]


class Receive(StoreChange):
    name = "receive"

    def prepare(self, fixture, work):
        from models.interchange import validate_case
        from storage import identity, sharing
        from storage.bundle_evidence import StoreEvidence
        from storage.cases import save_case
        from storage.evidence import add_file
        from storage.keys import KeyFile
        from storage.store import Store

        store = Store.open_unlocked(fixture.path, KeyFile.load(fixture.path), bytearray(fixture.data_key))
        try:
            me = identity.identity(store)
        finally:
            store.close()
        sender, _ = Store.create(work / "sender", PASSPHRASE, owner="Sender", check_strength=False)
        try:
            refs = [f"KL-IN-{i}" for i in range(10)]
            with sender.write() as s:
                for ref in refs:
                    save_case(s, sender, validate_case({
                        "reference": ref, "title": "Account of a relative", "consent": {
                            "given_on": "2020", "scopes": ["share_with_partners"]},
                        "persons": [{"key": "a", "role": "applicant", "names": [{"value": SENTINEL, "script": "Latn"}]}]}),
                        reason="kill loop")
            blob = work / "sent.bin"
            blob.write_bytes(os.urandom(max(1, fixture.evidence_mib // 2) << 20))
            add_file(sender, refs[0], blob, description="scan")
            self.bundle = work / "in.age"
            sharing.send(sender, refs, [me.recipient], self.bundle, evidence=StoreEvidence(sender))
            self.signer = identity.identity(sender).fingerprint
        finally:
            sender.close()

    def args(self, fixture, store):
        return ["receive", str(store), str(self.bundle), "--accept-signer", self.signer]


OPERATIONS = {op.name: op for op in (Backup(), Restore(), Import(), Attach(), Receive())}


def _child(argv: list[str]) -> subprocess.Popen:
    env = dict(os.environ, CASEFILE_PASSPHRASE=PASSPHRASE, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, str(ROOT / "main.py"), *argv], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def run(rounds: int, names: list[str], seed: int, evidence_mib: int) -> dict:
    rng = random.Random(seed)
    figures = {"rounds": 0, "killed": 0, "killed_mid_write": 0, "completed": 0, "problems": []}
    with tempfile.TemporaryDirectory(prefix="casefile-kill-loop-") as tmp:
        work = Path(tmp)
        fixture = Fixture(work, evidence_mib)
        for name in names:
            op = OPERATIONS[name]
            op.prepare(fixture, work)
            started = time.monotonic()  # an undisturbed run sets the window the kills fall in
            probe = work / f"probe-{name}"
            probe.mkdir()
            child = _child(op.argv(fixture, probe))
            writing = None  # when its temporary folder first appeared: the part worth most kills
            while child.poll() is None:
                if writing is None and op.writing(probe):
                    writing = time.monotonic() - started
                time.sleep(0.002)
            child.communicate()
            window = (time.monotonic() - started) * 1.1
            writing = window / 2 if writing is None else writing
            figures[f"{name}_seconds"] = round(window / 1.1, 2)
            if child.returncode != 0 or (p := op.check(fixture, probe, 0)):
                figures["problems"] += [f"{name}: an undisturbed run failed"] + (p if child.returncode == 0 else [])
                continue
            for i in range(rounds):
                round_dir = work / f"{name}-{i}"
                round_dir.mkdir()
                child = _child(op.argv(fixture, round_dir))
                try:
                    # half the kills anywhere, half once the output is being written
                    child.communicate(timeout=rng.uniform(0.0 if i % 2 else writing, window))
                    code = child.returncode
                except subprocess.TimeoutExpired:
                    child.send_signal(signal.SIGKILL)
                    child.communicate()
                    code = None
                figures["rounds"] += 1
                figures["killed" if code is None else "completed"] += 1
                # killed once its temporary folder existed: during the copy, check or rename
                figures["killed_mid_write"] += code is None and op.writing(round_dir)
                if code not in (None, 0):
                    figures["problems"].append(f"{name}: round {i} exited {code} without being killed")
                figures["problems"] += [f"round {i}: {p}" for p in op.check(fixture, round_dir, code)]
                shutil.rmtree(round_dir, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=100, help="kills per operation (default 100)")
    p.add_argument("--ops", default=",".join(OPERATIONS), help=f"comma-separated, of: {', '.join(OPERATIONS)}")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--evidence-mib", type=int, default=16, help="size of the store's evidence file")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    names = [n for n in args.ops.split(",") if n]
    if unknown := [n for n in names if n not in OPERATIONS]:
        p.error(f"unknown operation(s): {', '.join(unknown)}")
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    figures = run(args.rounds, names, seed, args.evidence_mib)
    figures["seed"] = seed
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{figures['rounds']} rounds ({', '.join(names)}): {figures['killed']} killed "
              f"({figures['killed_mid_write']} while writing), "
              f"{figures['completed']} completed, {len(figures['problems'])} problem(s); seed {seed}")
        for problem in figures["problems"]:
            print(problem)
    return 1 if figures["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
