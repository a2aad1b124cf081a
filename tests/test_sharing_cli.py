"""The sharing commands, and interop with the standard `age` tool."""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import tarfile

import pytest

import main
from storage.store import Store
from tests.sharing_support import MARKER, PASSPHRASE, load, make_case, save

pytestmark = pytest.mark.skipif(shutil.which("age") is None, reason="the age tool is not installed (make sysdeps)")


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("CASEFILE_PASSPHRASE", PASSPHRASE)
    for name in ("alice", "bob"):
        store, _ = Store.create(tmp_path / name, PASSPHRASE, owner=name.title())
        store.close()
    return tmp_path


def run(capsys, *argv):
    code = main.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def identity_of(capsys, path):
    code, out, _ = run(capsys, "identity", path, "--json")
    assert code == 0
    return json.loads(out)


def test_send_and_receive_from_the_command_line(env, capsys):
    alice, bob = env / "alice", env / "bob"
    with Store.open(alice, passphrase=PASSPHRASE) as store:
        save(store, make_case())
    a, b = identity_of(capsys, alice), identity_of(capsys, bob)
    assert a["recipient"].startswith("age1") and set(a) >= {"recipient", "signing_fingerprint", "signing_key"}
    assert run(capsys, "contacts", alice, "add", "Bob", b["recipient"], b["signing_key"], "--verified")[0] == 0
    code, out, _ = run(capsys, "contacts", alice, "list")
    assert code == 0 and "Bob" in out and "verified" in out and b["signing_fingerprint"] in out
    code, out, err = run(capsys, "send", alice, "ALM-2018-017", "--to", "Bob", "-o", env / "b.age")
    assert code == 0, err
    code, _out, err = run(capsys, "receive", bob, env / "b.age")
    assert code == 1 and a["signing_fingerprint"] in err and "Traceback" not in err
    code, out, err = run(capsys, "receive", bob, env / "b.age", "--accept-signer", a["signing_fingerprint"], "--json")
    assert code == 0, err
    assert json.loads(out)["added"] == ["ALM-2018-017"]
    code, out, _ = run(capsys, "receive", bob, env / "b.age", "--accept-signer", a["signing_fingerprint"])
    assert code == 0 and "received before" in out
    with Store.open(bob, passphrase=PASSPHRASE) as store:
        assert load(store, "ALM-2018-017").person("applicant").display_name() == MARKER


def test_send_refuses_missing_consent_and_unknown_recipient(env, capsys):
    alice = env / "alice"
    with Store.open(alice, passphrase=PASSPHRASE) as store:
        save(store, make_case(consent=False))
    b = identity_of(capsys, env / "bob")
    code, _, err = run(capsys, "send", alice, "ALM-2018-017", "--to", b["recipient"], "-o", env / "b.age")
    assert code == 1 and "consent" in err and not (env / "b.age").exists()
    code, _, err = run(capsys, "send", alice, "ALM-2018-017", "--to", "Nobody", "-o", env / "b.age")
    assert code == 1 and "address book" in err
    code, _, err = run(capsys, "send", alice, "ALM-2018-017", "--to", b["recipient"], "-o", env / "b.age",
                       "--override-consent", "the client asked in writing")
    assert code == 0, err


def test_a_partner_opens_a_bundle_with_the_age_tool(env, capsys, tmp_path):
    alice, bob = env / "alice", env / "bob"
    with Store.open(alice, passphrase=PASSPHRASE) as store:
        save(store, make_case())
    b = identity_of(capsys, bob)
    assert run(capsys, "send", alice, "ALM-2018-017", "--to", b["recipient"], "-o", env / "b.age")[0] == 0
    key = tmp_path / "key.txt"
    code, _, err = run(capsys, "identity", bob, "--export-age-key", key)
    assert code == 0 and "keep it" in err and (key.stat().st_mode & 0o777) == 0o600
    plain = subprocess.run(["age", "-d", "-i", str(key), str(env / "b.age")], capture_output=True, check=True).stdout
    out = tmp_path / "opened"
    out.mkdir()
    subprocess.run(["tar", "x", "-C", str(out)], input=plain, check=True)
    assert sorted(p.name for p in out.iterdir()) == ["cases.json", "manifest.json", "manifest.sig"]
    assert json.loads((out / "cases.json").read_text())["cases"][0]["reference"] == "ALM-2018-017"
    assert json.loads((out / "manifest.json").read_text())["sender"]["name"] == "Alice"


def test_a_bundle_made_with_the_age_tool_but_unsigned_is_refused(env, capsys, tmp_path):
    bob = env / "bob"
    b = identity_of(capsys, bob)
    (tmp_path / "cases.json").write_text("{}")
    with tarfile.open(tmp_path / "plain.tar", "w") as tar:
        tar.add(tmp_path / "cases.json", arcname="cases.json")
    subprocess.run(["age", "-r", b["recipient"], "-o", str(tmp_path / "x.age"), str(tmp_path / "plain.tar")], check=True)
    code, _, err = run(capsys, "receive", bob, tmp_path / "x.age")
    assert code == 1 and "not a Casefile bundle" in err


def test_age_tool_output_is_read_by_casefile_after_re_encryption(env, capsys, tmp_path):
    """A bundle decrypted and encrypted again with `age` to the same store, unchanged, is still accepted."""
    alice, bob = env / "alice", env / "bob"
    with Store.open(alice, passphrase=PASSPHRASE) as store:
        save(store, make_case())
    a, b = identity_of(capsys, alice), identity_of(capsys, bob)
    run(capsys, "send", alice, "ALM-2018-017", "--to", b["recipient"], "-o", env / "b.age")
    key = tmp_path / "key.txt"
    run(capsys, "identity", bob, "--export-age-key", key)
    plain = subprocess.run(["age", "-d", "-i", str(key), str(env / "b.age")], capture_output=True, check=True).stdout
    again = subprocess.run(["age", "-r", b["recipient"]], input=plain, capture_output=True, check=True).stdout
    (tmp_path / "again.age").write_bytes(again)
    code, out, err = run(capsys, "receive", bob, tmp_path / "again.age", "--accept-signer", a["signing_fingerprint"])
    assert code == 0 and "1 added" in out, err


def test_evidence_files_travel_with_send_and_receive(env, capsys, tmp_path):
    alice, bob = env / "alice", env / "bob"
    with Store.open(alice, passphrase=PASSPHRASE) as store:
        save(store, make_case())
    scan = tmp_path / "notice.pdf"
    scan.write_bytes(b"%PDF-1.4 detention notice " * 4000)
    assert run(capsys, "attach", alice, "ALM-2018-017", scan)[0] == 0
    scan.unlink()
    b = identity_of(capsys, bob)
    code, out, err = run(capsys, "send", alice, "ALM-2018-017", "--to", b["recipient"], "-o", env / "b.age")
    assert code == 0, err
    assert "1 evidence files" in out
    a = identity_of(capsys, alice)
    code, out, err = run(capsys, "receive", bob, env / "b.age", "--accept-signer", a["signing_fingerprint"], "--json")
    assert code == 0, err
    assert json.loads(out)["evidence_files"] == 1
    code, out, _ = run(capsys, "attachments", bob, "ALM-2018-017")
    assert code == 0 and "notice.pdf" in out
    assert hashlib.sha256(b"%PDF-1.4 detention notice " * 4000).hexdigest() in out
