"""Every kind of brief, in every profile the case's consent allows, for every demo case."""
import json

import pytest

from exports.brief import KINDS, build_brief
from exports.redaction import ConsentRefused
from models import interchange
from tests.factory import DEMO

CASES = interchange.parse_document(json.loads(DEMO.read_text("utf-8"))).cases


@pytest.mark.parametrize("case", CASES, ids=[c.reference for c in CASES])
@pytest.mark.parametrize("profile", ["internal", "court", "public"])
@pytest.mark.parametrize("kind", KINDS)
def test_demo_briefs_build_and_verify_or_are_refused_for_consent(case, profile, kind):
    try:
        result = build_brief(case, kind, profile)
    except ConsentRefused as exc:
        assert profile != "internal" and str(exc)
        return
    assert result.pdf.startswith(b"%PDF") and result.pages >= 1
