"""The column of sections: one current section, chosen by click, arrow keys or the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from desktop.ui.sectionbar import SectionBar

LABELS = ["개요", "현행 조직", "개편 내용"]


@pytest.fixture
def bar(qtbot):
    bar = SectionBar(LABELS)
    qtbot.addWidget(bar)
    return bar


def test_one_section_is_current_and_a_click_changes_it(qtbot, bar):
    assert bar.count() == 3 and bar.current_row() == -1
    with qtbot.waitSignal(bar.current_row_changed) as signal:
        bar.set_current_row(0)
    assert signal.args == [0]
    with qtbot.waitSignal(bar.current_row_changed) as signal:
        qtbot.mouseClick(bar.button(2), Qt.MouseButton.LeftButton)
    assert signal.args == [2] and bar.current_row() == 2
    assert [bar.button(r).isChecked() for r in range(3)] == [False, False, True]
    assert bar.button(1).text() == "현행 조직"


def test_clicking_the_current_section_keeps_it(qtbot, bar):
    bar.set_current_row(1)
    with qtbot.assertNotEmitted(bar.current_row_changed):
        qtbot.mouseClick(bar.button(1), Qt.MouseButton.LeftButton)
    assert bar.current_row() == 1 and bar.button(1).isChecked()


def test_tab_enters_at_the_current_section_and_arrows_move_it(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before = QLineEdit()
    bar = SectionBar(LABELS)
    layout.addWidget(before)
    layout.addWidget(bar)
    bar.set_current_row(1)
    host.show()
    with qtbot.waitActive(host):
        host.activateWindow()
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    assert bar.button(1).hasFocus()  # not the first button: the current one
    with qtbot.waitSignal(bar.current_row_changed) as signal:
        qtbot.keyClick(bar.button(1), Qt.Key.Key_Down)
    assert signal.args == [2] and bar.button(2).hasFocus()
    assert bar.button(2).focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert bar.button(1).focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_an_unknown_section_is_refused(bar):
    with pytest.raises(IndexError):
        bar.button(7)
