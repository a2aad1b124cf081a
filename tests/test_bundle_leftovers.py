"""A receive killed after its evidence was staged leaves hidden rows in the store; they are gone
as soon as the store is opened again, before anything else is received."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from sqlmodel import select

from models.tables import Evidence
from storage import evidence, sharing
from storage.bundle_evidence import STAGED, StoreEvidence, staged_count
from storage.store import Store
from tests.sharing_support import (PASSPHRASE, colleagues, make_case, save,  # noqa: F401
                                   temp_files_under_tmp_path)  # an autouse fixture

KILLED_RECEIVE = textwrap.dedent("""
    import os, sys
    from pathlib import Path
    from storage import sharing
    from storage.bundle_evidence import StoreEvidence, staged_count
    from storage.store import Store
    store = Store.open(Path(sys.argv[1]), sys.argv[2])
    incoming = sharing.open_bundle(store, Path(sys.argv[3]), evidence=StoreEvidence(store))
    print(staged_count(store), flush=True)
    os._exit(9)  # killed between staging and the merge: no discard, no close
""")


def _rows(store):
    with store.read() as s:
        return [(r.case_id, r.size) for r in s.exec(select(Evidence))]


def test_staged_rows_of_a_killed_receive_are_cleared_when_the_store_opens(tmp_path):
    alice, bob = colleagues(tmp_path)
    case = save(alice, make_case())
    for n in (1, 2, 3):
        (tmp_path / f"f{n}.bin").write_bytes(os.urandom(40_000 * n))
        evidence.add_file(alice, case.reference, tmp_path / f"f{n}.bin")
    sharing.send(alice, [case.reference], ["Bob"], tmp_path / "out.age", evidence=StoreEvidence(alice))
    bob.close()
    run = subprocess.run([sys.executable, "-c", KILLED_RECEIVE, str(tmp_path / "bob"), PASSPHRASE,
                          str(tmp_path / "out.age")], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PYTHONPATH": os.getcwd()})
    assert run.returncode == 9, run.stderr
    assert run.stdout.strip() == "3"  # three files were staged when the process died

    bob = Store.open(tmp_path / "bob", PASSPHRASE)
    try:
        assert staged_count(bob) == 0 and _rows(bob) == []
        with bob.read() as s:
            chunks = s.connection().exec_driver_sql("SELECT count(*) FROM evidence_chunk").scalar()
        assert chunks == 0
        # and the bundle is received as if nothing had happened
        result = sharing.receive(bob, tmp_path / "out.age", evidence=StoreEvidence(bob))
        assert result.evidence_files == 3
        assert sorted(size for _c, size in _rows(bob)) == [40_000, 80_000, 120_000]
        assert all(not c.startswith(STAGED) for c, _s in _rows(bob))
    finally:
        bob.close()
        alice.close()


def test_opening_a_store_without_leftovers_writes_nothing(tmp_path):
    alice, bob = colleagues(tmp_path)
    alice.close()
    bob.close()
    before = {p.name: p.read_bytes() for p in (tmp_path / "bob").iterdir() if p.is_file()}
    Store.open(tmp_path / "bob", PASSPHRASE).close()
    after = {p.name: p.read_bytes() for p in (tmp_path / "bob").iterdir() if p.is_file()}
    assert after == before
