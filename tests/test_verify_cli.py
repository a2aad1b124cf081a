"""`casefile check-pdf --anonymity-order` as a user runs it: a court brief that names the applicant
passes the plain court check but not the check under an anonymity order; a brief made under the
order passes both."""
from __future__ import annotations

import pytest

from tests import factory
from tests.test_cli import run


@pytest.fixture
def demo_store(tmp_path):
    path = tmp_path / "store"
    assert run("init", path, "--owner", "Tester").returncode == 0
    assert run("import", path, factory.DEMO).returncode == 0
    return path


def test_check_pdf_under_an_anonymity_order_finds_the_applicants_name(demo_store, tmp_path):
    named, initials = tmp_path / "named.pdf", tmp_path / "initials.pdf"
    assert run("brief", demo_store, "DEMO-2019-001", "--profile", "court", "-o", named).returncode == 0
    r = run("brief", demo_store, "DEMO-2019-001", "--profile", "court", "--anonymity-order", "-o", initials)
    assert r.returncode == 0, r.stderr

    assert run("check-pdf", named, demo_store, "DEMO-2019-001", "--profile", "court").returncode == 0
    r = run("check-pdf", named, demo_store, "DEMO-2019-001", "--profile", "court", "--anonymity-order")
    assert r.returncode == 1 and "Do not send it" in r.stderr
    assert "name of the applicant" in r.stdout

    r = run("check-pdf", initials, demo_store, "DEMO-2019-001", "--profile", "court", "--anonymity-order")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "No leak found" in r.stdout and "under an anonymity order" in r.stdout
