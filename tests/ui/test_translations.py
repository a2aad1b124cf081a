"""The translation sources list every text the window shows: a fresh lupdate finds nothing that
resources/i18n/*.ts lacks, and nothing there is left over. Fix with scripts/update-translations.sh."""
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _messages(ts: Path) -> set[tuple[str, str]]:
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = message.find("translation").get("type") if message.find("translation") is not None else None
            if kind not in ("obsolete", "vanished"):
                out.add((name, message.findtext("source")))
    return out


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed next to this Python")
def test_translation_sources_are_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-tr-function-alias", "tr+=_tr", "-no-obsolete", "-ts", str(fresh)],
                   cwd=ROOT, check=True, capture_output=True)
    found = _messages(fresh)
    assert len(found) > 100
    for name in ("casefile_ru.ts", "casefile_kk.ts", "casefile_ug.ts"):
        kept = _messages(ROOT / "resources" / "i18n" / name)
        missing, extra = sorted(found - kept), sorted(kept - found)
        assert not missing and not extra, (
            f"{name} is out of date: run scripts/update-translations.sh "
            f"(missing {missing[:5]}…, left over {extra[:5]}…)")
