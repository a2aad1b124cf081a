"""Every kind of brief, in every profile the case's consent allows, for every demo case."""
import json

import pytest

from exports.brief import KINDS, build_brief
from exports.redaction import ConsentRefused
from models import interchange
from tests.factory import DEMO

CASES = interchange.parse_document(json.loads(DEMO.read_text("utf-8"))).cases
# Read by hand from the demo cases' consent: DEMO-2018-003 agreed to publication without his name
# only (publish_anonymized), so a court brief, which needs legal_proceedings, is refused. Every
# other profile of every demo case is allowed (internal needs no consent).
REFUSED = {("DEMO-2018-003", "court")}


def test_the_table_of_refusals_names_demo_cases():
    assert {ref for ref, _profile in REFUSED} <= {c.reference for c in CASES}


@pytest.mark.parametrize("case", CASES, ids=[c.reference for c in CASES])
@pytest.mark.parametrize("profile", ["internal", "court", "public"])
@pytest.mark.parametrize("kind", KINDS)
def test_demo_briefs_build_and_verify_or_are_refused_for_consent(case, profile, kind):
    if (case.reference, profile) in REFUSED:
        with pytest.raises(ConsentRefused, match=f"The {profile} profile needs consent"):
            build_brief(case, kind, profile)
        return
    result = build_brief(case, kind, profile)
    assert result.pdf.startswith(b"%PDF") and result.pages >= 1


def _poppler(data: bytes) -> str:
    import shutil
    import subprocess
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "fd://0", "-"], input=data, capture_output=True,
                          check=True).stdout.decode("utf-8")


@pytest.mark.parametrize("case", CASES, ids=[c.reference for c in CASES])
@pytest.mark.parametrize("profile", ["court", "public"])
def test_demo_briefs_read_by_a_third_extractor_hold_no_protected_name_identifier_or_marked_span(case, profile):
    """Independent of the verifier's own code: poppler's text, searched plainly."""
    import re
    import unicodedata

    from exports.redaction import treatment

    def fold(s: str) -> str:
        return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", s).casefold())

    if (case.reference, profile) in REFUSED:  # nothing is written, so nothing can leak: the refusal is the check
        with pytest.raises(ConsentRefused):
            build_brief(case, "hearing_bundle", profile)
        return
    result = build_brief(case, "hearing_bundle", profile)
    text = fold(_poppler(result.pdf))
    words = set(re.findall(r"\w+", text))
    compact = re.sub(r"\W", "", text)
    shown = {w for p in case.persons if treatment(p, profile, case) == "name"
             for n in p.names for w in re.findall(r"\w+", fold(n.value))}
    for p in case.persons:
        if treatment(p, profile, case) == "name":
            continue
        for n in p.names:
            assert fold(n.value) not in text
            for w in re.findall(r"\w+", fold(n.value)):
                if len(w) >= 3 and w not in shown:
                    assert w not in words and w[::-1] not in words, (p.key, profile)
        for ident in p.identifiers:
            digits = re.sub(r"\W", "", ident.value.casefold())
            assert digits not in compact
    for a in case.accounts:
        for r in a.redactions:
            assert fold(a.text[r.start:r.end]) not in text
