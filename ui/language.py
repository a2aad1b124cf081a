"""The window's language: chosen in the Language menu, kept in the settings, or taken from the system.

``resolve`` decides the language once at start (CASEFILE_LANGUAGE, then the setting, then the
system's locale, e.g. LANG=kk_KZ.UTF-8); ``install`` loads Casefile's catalogue with Qt's own for the
same language, sets the default QLocale (dates, numbers) and the layout direction (Uyghur is right to
left). A new choice applies at the next start: widgets built in one language are not rebuilt live,
so nothing typed into an open form can be lost by switching.
"""
from __future__ import annotations

import resources

import os

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QSettings, Qt, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup, QFontDatabase
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

I18N = resources.path(resources.I18N)   # the compiled .qm files, installed or in the checkout
SETTING = "window/language"
ENVIRONMENT = "CASEFILE_LANGUAGE"     # overrides the setting (tests, or one session in another language)
SYSTEM = ""                           # the setting's value for "follow the system"

# Each language named in itself: a person who cannot read the current one still finds their own.
NATIVE = {"en": "English", "ru": "Русский", "kk": "Қазақша", "ug": "ئۇيغۇرچە"}

# Said in the language just chosen, since the person may not read the current one. Kept here rather
# than in the catalogues: the message must be in a language other than the one installed.
_NEXT_START = {
    "en": "Casefile will be in English the next time it starts.",
    "ru": "Casefile будет на русском языке при следующем запуске.",
    "kk": "Casefile келесі іске қосылғанда қазақ тілінде болады.",
    "ug": "Casefile كېيىنكى قېتىم قوزغالغاندا ئۇيغۇرچە بولىدۇ.",
}

_current = "en"
_installed: list[QTranslator] = []
_fonts: list[int] = []

# Shipped with the briefs' fonts (resources/fonts/): a machine set up for Kazakh or Russian often has no
# font for Chinese or Arabic script, and a camp's name in Chinese would show as empty boxes. Registered
# with Qt, they are found by its font fallback for any character the system's fonts lack.
_WINDOW_FONTS = ("DroidSansFallbackFull.ttf", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")


def register_fonts() -> None:
    """Make the shipped fonts for Chinese and Arabic script available to the window (once)."""
    if _fonts:
        return
    for name in _WINDOW_FONTS:
        _fonts.append(QFontDatabase.addApplicationFont(str(resources.path(resources.FONTS, name))))


def supported(code: str | None) -> str | None:
    """'kk_KZ.UTF-8', 'ru-RU', 'ug' -> the language we have, or None."""
    if not code:
        return None
    short = code.replace("-", "_").split("_")[0].split(".")[0].lower()
    return short if short in NATIVE else None


def system_language() -> str:
    """The system's language when Casefile has it, else English (QLocale reads LC_ALL/LANG)."""
    for name in [QLocale.system().name(), *QLocale.system().uiLanguages()]:
        found = supported(name)
        if found:
            return found
    return "en"


def saved(settings: QSettings) -> str:
    """The setting: a language code, or SYSTEM."""
    return supported(str(settings.value(SETTING, SYSTEM) or "")) or SYSTEM


def resolve(settings: QSettings | None = None) -> str:
    """The language to start in."""
    forced = supported(os.environ.get(ENVIRONMENT))
    if forced:
        return forced
    chosen = saved(settings) if settings is not None else SYSTEM
    return chosen or system_language()


def current() -> str:
    """The language the window was started in ('en', 'ru', 'kk', 'ug')."""
    return _current


def locale() -> QLocale:
    return QLocale(_current)


def install(app: QApplication, language: str) -> str:
    """Load the catalogues of ``language`` (Qt's own too; one that is missing is skipped), make its
    QLocale the default and lay the window out in its direction. Returns the language installed."""
    global _current
    language = supported(language) or "en"
    register_fonts()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # English first: its plural forms ("1 case") stand in for a message a catalogue has not translated yet.
    catalogues = [(str(I18N), "casefile_en")] if language != "en" else []
    # Qt's own texts (standard buttons, the file dialog, text fields' context menus): Qt ships Russian and
    # Kazakh; casefile_qt_ug is ours, since Qt has no Uyghur.
    catalogues += [(qt_folder, f"qtbase_{language}"), (str(I18N), f"casefile_qt_{language}"),
                   (str(I18N), f"casefile_{language}")]
    for folder, name in catalogues:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(QLocale(language))
    app.setLayoutDirection(QLocale(language).textDirection())
    _current = language
    return language


class LanguageMenu(QObject):
    """A menu of the languages (and "System"), each named in itself; the choice is saved and applies
    at the next start, which a message says in the language chosen."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget, settings: QSettings):
        super().__init__(parent)
        self.settings = settings
        self.menu = QMenu(self.tr("&Language"), parent)
        group = QActionGroup(self)
        group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        system = self.tr("System ({0})").format(NATIVE[system_language()])   # what "System" means here
        for code, label in [(SYSTEM, system), *NATIVE.items()]:
            action = QAction(label, self)
            action.setCheckable(True)
            action.setData(code)
            if code:   # the name stays in its own direction inside a right-to-left menu and vice versa
                action.setStatusTip(label)
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.actions[saved(settings)].setChecked(True)
        group.triggered.connect(self._on_triggered)

    def _on_triggered(self, action: QAction) -> None:
        code = action.data() or SYSTEM
        if code == saved(self.settings):
            return
        self.settings.setValue(SETTING, code)
        self.settings.sync()
        next_language = code or system_language()
        box = QMessageBox(QMessageBox.Icon.Information, "Casefile", _NEXT_START[next_language],
                          QMessageBox.StandardButton.Ok, self.parent())
        box.setLayoutDirection(Qt.LayoutDirection.RightToLeft if next_language == "ug"
                               else Qt.LayoutDirection.LeftToRight)
        box.exec()
        self.chosen.emit(code)
