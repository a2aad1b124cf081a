"""Screenshots of an import refused for the whole document, in Russian and Uyghur, for a person to
look at (build/look/import-refusal/)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from models.interchange import InterchangeError
from models.interchange_stream import CaseStream
from ui import language
from ui.interchange_actions import ImportFlow

LOOK = Path(__file__).resolve().parents[2] / "build" / "look" / "import-refusal"
pytestmark = pytest.mark.screenshots


def _refusal(tmp_path: Path) -> InterchangeError:
    """What the stream says of a document whose bytes are not UTF-8, under a file name with ': '."""
    path = tmp_path / "Xinyuan cases: 2018.json"
    path.write_bytes(b'{"format": "casefile-interchange", "version": 1, "cases": [{"title": "\xff"}]}')
    with pytest.raises(InterchangeError) as caught:
        for _ in CaseStream(path):
            pass
    return caught.value


@pytest.mark.parametrize("code", ["ru", "ug"])
def test_import_refused_for_the_whole_document(qtbot, qapp, tmp_path, monkeypatch, code):
    shown: list[str] = []

    def keep(box: QMessageBox) -> int:
        LOOK.mkdir(parents=True, exist_ok=True)
        qtbot.addWidget(box)
        box.show()
        QApplication.processEvents()
        target = LOOK / f"{code}.png"
        shutil.copy(qtbot.screenshot(box, suffix=code), target)
        assert target.stat().st_size > 3000
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", keep)
    language.install(qapp, code)
    try:
        ImportFlow(None, None)._on_task_failed(_refusal(tmp_path))
    finally:
        language.install(qapp, "en")
    assert shown and "Xinyuan cases: 2018.json" in shown[0]
    assert "not valid" not in shown[0] and "near byte" not in shown[0]
