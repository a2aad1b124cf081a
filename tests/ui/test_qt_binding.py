"""The Qt binding keeps Python's reference counts straight.

PySide6-Essentials 6.12.0 returned ``None`` from every method without a result one reference
short, so each call such as ``QTimer.stop()`` took a reference away from ``None``. On Python
3.11, where ``None`` is not immortal, a long session (or test run) ends with "deallocating None"
and an abort. pyproject.toml pins 6.11.3; this test fails if a release with that fault comes back.
"""
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLineEdit

CALLS = 2000


def _drift(obj, call) -> int:
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        call()
    return sys.getrefcount(obj) - before


def test_methods_without_a_result_keep_the_count_of_none(qapp):
    timer, edit, box = QTimer(), QLineEdit(), QCheckBox()
    for call in (timer.stop, lambda: edit.setText("x"), lambda: box.setChecked(True)):
        # A few references may come and go with caches; a fault loses one per call.
        assert abs(_drift(None, call)) < CALLS // 10


def test_methods_returning_a_bool_keep_the_counts_of_true_and_false(qapp):
    box, timer = QCheckBox(), QTimer()
    for call in (box.isChecked, timer.isActive, box.isVisible, lambda: box.blockSignals(False)):
        assert abs(_drift(True, call)) < CALLS // 10
        assert abs(_drift(False, call)) < CALLS // 10
