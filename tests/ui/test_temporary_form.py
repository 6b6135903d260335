"""The form of a temporary unit (한시기구): the establish fields and the date it exists until."""

import datetime as dt

from desktop.core.kinds import Temporary
from desktop.core.org import Unit, UnitKind
from tests.ui.conftest import open_project


def test_the_form_builds_a_temporary_unit_and_asks_for_its_date(qtbot, window):
    open_project(qtbot, window)
    window.show_section("changes")
    count = window.doc.changes_model.rowCount()
    dialog = window.changes_page.add_change("temporary")
    qtbot.addWidget(dialog)
    form = dialog.form
    assert form.kind.kind().value == "task_force"
    form.parent_picker.set_unit_id("vg1")
    form.name_ko.setText("AI전환추진단")
    form.name_en.setText("AI Transformation Task Force")
    form.children.setPlainText("AI전환기획팀 | AI Transformation Planning Team")
    dialog.accept()
    assert dialog.isVisible() and "Enter the date" in dialog.error.text()
    form.until.setText("2026. 6. 30.")
    dialog.accept()
    assert dialog.error.text() == ""
    qtbot.waitUntil(lambda: window.doc.changes_model.rowCount() == count + 1)
    change = window.doc.project.changes[-1]
    assert isinstance(change, Temporary) and change.until == dt.date(2026, 6, 30)
    assert [u.name_ko for u in change.children] == ["AI전환기획팀"]
    text = window.doc.changes_model.index(count).data()
    assert text.startswith(
        f"{count + 1}. [Establish a temporary unit] AI Transformation Task Force"
    )
    assert text.splitlines()[0].endswith("~ June 30, 2026")  # the date as written, not ISO


def test_editing_loads_the_date(qtbot, window):
    open_project(qtbot, window)
    window.show_section("changes")
    dialog = window.changes_page.add_change("temporary")
    qtbot.addWidget(dialog)
    unit = Unit("tf", UnitKind.TASK_FORCE, "가추진단", "Task Force A", "vg1", head_grade="g3")
    change = Temporary(dialog.change_id, unit=unit, until=dt.date(2025, 12, 31))
    dialog.load(change)
    assert dialog.form.until.date() == dt.date(2025, 12, 31)
    assert dialog.build() == change
    dialog.reject()
