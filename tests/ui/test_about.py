"""Help › About Casefile: the version, where the open store is, and the licences of what ships."""

from ui.about_dialog import AboutDialog


def test_help_about_shows_version_store_and_licences(qtbot, window, services, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self) or 0)
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    about = [a for a in menus["&Help"].actions() if a.text() == "&About Casefile"]
    assert len(about) == 1
    about[0].trigger()
    assert len(shown) == 1
    dialog = shown[0]
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    assert "Casefile 0.1.0" in summary
    assert str(services.store.path) in summary
    licences = dialog.licences.toPlainText()
    assert "SIL Open Font License 1.1" in licences and "Apache License 2.0" in licences
    assert "PySide6-Essentials 6.11.3" in licences and "LGPL-3.0-only" in licences
    assert "sqlcipher3 0.6.4" in licences


def test_about_without_a_store_says_so(qtbot):
    dialog = AboutDialog(None)
    qtbot.addWidget(dialog)
    assert "no store is open" in dialog.summary.text()


def test_the_window_icon_has_every_size_from_the_drawing():
    from ui.icon import app_icon

    sizes = {s.width() for s in app_icon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256, 512}
