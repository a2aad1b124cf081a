"""`casefile brief` and `casefile check-pdf` as a user runs them: real processes, real exit codes, and
the store's side of it (pseudonyms kept, audit and custody entries) through storage.briefs."""
from __future__ import annotations

import pytest

from storage import audit, briefs
from storage.store import Store
from tests import factory
from tests.test_cli import PASS, run


@pytest.fixture
def demo_store(tmp_path):
    path = tmp_path / "store"
    assert run("init", path, "--owner", "Tester").returncode == 0
    assert run("import", path, factory.DEMO).returncode == 0
    scan = tmp_path / "scan.txt"
    scan.write_text("a scanned letter")
    assert run("attach", path, "DEMO-2019-001", scan).returncode == 0
    return path


def test_brief_is_written_checked_and_recorded_and_check_pdf_agrees(demo_store, tmp_path):
    out = tmp_path / "court.pdf"
    r = run("brief", demo_store, "DEMO-2019-001", "--profile", "court", "--paper", "Letter", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "no redacted string was found" in r.stdout and out.read_bytes().startswith(b"%PDF")
    assert "hearing bundle for the court profile" in r.stdout
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")) == ["court.pdf"]
    r = run("check-pdf", out, demo_store, "DEMO-2019-001", "--profile", "court")
    assert r.returncode == 0 and "No leak found" in r.stdout

    with Store.open(demo_store, passphrase=PASS) as store:
        found = briefs.material(store, "DEMO-2019-001")
        with store.read() as s:
            case_log = [e.action for e in audit.history(s, found.case.id)]
            custody = [e.action for e in audit.history(s, found.exhibits[0].id)]
    assert found.pseudonyms and "brief_written" in case_log
    assert "evidence_included_in_brief" in custody


def test_check_pdf_names_what_an_internal_brief_would_leak(demo_store, tmp_path):
    out = tmp_path / "internal.pdf"
    assert run("brief", demo_store, "DEMO-2019-001", "--profile", "internal", "-o", out).returncode == 0
    r = run("check-pdf", out, demo_store, "DEMO-2019-001", "--profile", "court")
    assert r.returncode == 1 and "Do not send it" in r.stderr
    assert "name of Relative 1" in r.stdout


def test_a_profile_without_consent_is_refused_and_writes_nothing(demo_store, tmp_path):
    out = tmp_path / "court.pdf"
    r = run("brief", demo_store, "DEMO-2018-003", "--profile", "court", "-o", out)
    assert r.returncode == 1 and "legal_proceedings" in r.stderr and "Nothing was written" in r.stderr
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_witness_statement_of_a_chosen_account_with_its_redaction_log(demo_store, tmp_path):
    out, log = tmp_path / "statement.pdf", tmp_path / "log.pdf"
    r = run("brief", demo_store, "DEMO-2019-001", "--profile", "court", "--kind", "witness_statement",
            "--account", "statement-1", "--redaction-log", log, "-o", out)
    assert r.returncode == 0, r.stderr
    assert out.exists() and log.read_bytes().startswith(b"%PDF") and "keep it inside the office" in r.stdout
    assert run("check-pdf", out, demo_store, "DEMO-2019-001", "--profile", "court").returncode == 0
    # the log holds the originals: the leak check says so, which is why it never goes with the brief
    leaked = run("check-pdf", log, demo_store, "DEMO-2019-001", "--profile", "court")
    assert leaked.returncode == 1 and "name of Relative 1" in leaked.stdout
    r = run("brief", demo_store, "DEMO-2019-001", "--profile", "court", "--kind", "witness_statement",
            "--account", "no-such-account", "-o", tmp_path / "none.pdf")
    assert r.returncode == 1 and "no account" in r.stderr and not (tmp_path / "none.pdf").exists()


def test_an_internal_brief_has_no_redaction_log_as_in_the_window(demo_store, tmp_path):
    out, log = tmp_path / "internal.pdf", tmp_path / "log.pdf"
    r = run("brief", demo_store, "DEMO-2019-001", "--profile", "internal", "--redaction-log", log, "-o", out)
    assert r.returncode == 1 and "redacts nothing" in r.stderr and "Nothing was written" in r.stderr
    assert not out.exists() and not log.exists()
    with Store.open(demo_store, passphrase=PASS) as store, store.read() as s:
        assert "brief_written" not in [e.action for e in audit.history(s, None)]


def test_a_one_page_summary_is_reported_as_one_page(demo_store, tmp_path):
    out = tmp_path / "summary.pdf"
    r = run("brief", demo_store, "DEMO-2021-002", "--profile", "public", "--kind", "public_summary", "-o", out)
    assert r.returncode == 0, r.stderr
    assert "public summary for the public profile, 1 page," in r.stdout
