"""In the window: the sample's ordinance set to take effect on a date whose date is cleared is
found (W-EFFECTIVE-UNSET); a click on the finding focuses that instrument's date; a date typed
mends it; undone, the warning is back; the mode set to months after promulgation, the click
focuses the months."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.project import EffectiveMode
from tests.ui.conftest import open_project, screenshot


def test_a_date_cleared_is_found_and_leads_to_the_instruments_date(qtbot, window):
    open_project(qtbot, window)
    window.show()
    doc = window.doc

    def unset():
        return [f for f in window.findings.findings if f.code == "W-EFFECTIVE-UNSET"]

    mode, date, months = window.overview._effective_rows["ordinance"]
    assert mode.currentData() == EffectiveMode.DATE.value
    assert date.text() == "2024. 7. 15."
    date.clear()
    date.editingFinished.emit()  # as when the official leaves the field
    assert doc.project.instrument("ordinance").effective.date is None
    qtbot.waitUntil(lambda: [f.place.ref for f in unset()] == ["instruments.ordinance"])

    window.show_section("org")
    window.go_to(unset()[0])
    qtbot.waitUntil(date.hasFocus)
    screenshot(window, "effective-unset")

    qtbot.keyClicks(date, "2024. 9. 2.")
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not unset())
    assert doc.project.instrument("ordinance").effective.date.isoformat() == "2024-09-02"

    doc.undo_stack.undo()  # the date typed
    qtbot.waitUntil(lambda: len(unset()) == 1)
    assert date.text() == ""

    mode.setCurrentIndex(mode.findData(EffectiveMode.MONTHS.value))  # 0 months: still unset
    qtbot.waitUntil(lambda: len(unset()) == 1 and "months" in unset()[0].message("en"))
    window.show_section("org")
    window.go_to(unset()[0])
    qtbot.waitUntil(months.hasFocus)
    months.setValue(3)
    qtbot.waitUntil(lambda: not unset())
