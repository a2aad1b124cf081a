"""How hard a passphrase would be to guess, as zxcvbn rates it (0 to 4; the store asks for 3)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar
from zxcvbn import zxcvbn

from storage.store import MIN_PASSPHRASE_SCORE


class StrengthMeter(QProgressBar):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setRange(0, 4)
        self.setTextVisible(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rate("")

    def rate(self, passphrase: str, user_inputs: tuple[str, ...] = ()) -> int:
        score = zxcvbn(passphrase, user_inputs=list(user_inputs))["score"] if passphrase else 0
        self.setValue(score)
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"), self.tr("Very strong"))
        self.setFormat(words[score] if passphrase else "")
        colour = "#b00020" if score < MIN_PASSPHRASE_SCORE else "#2e7d32"
        self.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        return score
