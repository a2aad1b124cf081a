"""At start, once: the window says when swap is not encrypted, and how to fix it (storage/swap.py).
Remembered in QSettings, by the swap areas told about: a new unencrypted one is told again."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from storage.swap import Swap, remembered_as

TOLD_SETTING = "protection/swap_told"  # not secret: names of swap devices


def swap_message(unsafe: list[Swap]) -> tuple[str, str]:
    """The title and text of the notice."""
    names = ", ".join(s.name for s in unsafe)
    title = QCoreApplication.translate("swap", "Swap is not encrypted")
    text = QCoreApplication.translate(
        "swap", "This computer's swap ({0}) is not encrypted. The system may write what Casefile holds in "
        "memory there, names and the store's key included, and it can be read from the disk later, for "
        "example when the laptop is searched.\n\nTo fix it, keep swap on an encrypted volume (as with "
        "full-disk encryption), give it a random key in /etc/crypttab (cryptswap), or use zram instead of "
        "swap on disk. This is said only once.").format(names)
    return title, text


def tell_about_swap_once(parent, settings, unsafe: list[Swap]) -> bool:
    """Show the notice unless it was shown for these swap areas already; True if it was shown."""
    if not unsafe or settings.value(TOLD_SETTING, "") == remembered_as(unsafe):
        return False
    title, text = swap_message(unsafe)
    QMessageBox.warning(parent, title, text)
    settings.setValue(TOLD_SETTING, remembered_as(unsafe))
    return True
