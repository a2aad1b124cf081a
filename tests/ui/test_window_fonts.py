"""Names in Chinese script show as characters, not empty boxes, on a machine without a CJK font:
the window uses the fonts shipped in resources/fonts/ (ui.language.register_fonts, called when the
language is installed at start and by this suite's conftest)."""
from PySide6.QtWidgets import QLabel


def _picture(qtbot, text):
    label = QLabel(text)
    qtbot.addWidget(label)
    label.resize(240, 40)
    return label.grab().toImage()


def test_a_camp_name_in_chinese_is_drawn_not_boxed(qtbot):
    # Private-use characters have no glyph in any font: what they draw is the "missing" box.
    boxes = _picture(qtbot, "\ue000\ue001\ue002")
    assert _picture(qtbot, "新源县") != boxes


def test_two_chinese_names_draw_differently(qtbot):
    # With no font for the script, every character is the same box and both pictures are equal.
    assert _picture(qtbot, "新源县") != _picture(qtbot, "伊宁市")
