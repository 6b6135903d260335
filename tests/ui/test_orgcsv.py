"""Importing a unit list from CSV or XLSX in the window (undoable, located errors)."""

import pytest

from desktop.core.org import Organization
from desktop.ui.commands import ReplaceOrganization
from tests.core.test_orgcsv import CSV
from tests.ui.conftest import open_project


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_window_imports_a_csv_organization(qtbot, window, tmp_path, prompts, encoding):
    open_project(qtbot, window)
    path = tmp_path / "units.csv"
    path.write_bytes(CSV.encode(encoding))
    with qtbot.waitSignal(window.org_imported, timeout=10000) as blocker:
        window.import_org_csv(str(path))
    assert blocker.args == [3]
    assert [u.id for u in window.doc.project.org] == ["gov", "b1", "d1"]
    assert window.org_page.tree.model().rowCount() == 1
    window.undo_action.trigger()
    assert len(window.doc.project.org) == 43


def test_window_shows_located_csv_errors(qtbot, window, tmp_path, prompts):
    open_project(qtbot, window)
    path = tmp_path / "bad.csv"
    path.write_bytes((CSV + "z,gov,wing,다국,,\n").encode("cp949"))
    window.import_org_csv(str(path))
    qtbot.waitUntil(lambda: bool(prompts.errors))
    title, text = prompts.errors[0]
    assert title == "Cannot import bad.csv"
    assert text.startswith("row 5, column kind: unknown kind 'wing'")
    assert len(window.doc.project.org) == 43


def test_window_imports_an_xlsx_with_duties_and_staffing(qtbot, window, tmp_path, prompts):
    from desktop.core.orgsheet import write_xlsx

    open_project(qtbot, window)
    project = window.doc.project
    path = tmp_path / "org.xlsx"
    path.write_bytes(write_xlsx([("현행", project.org)], project.grades))
    expected = project.org.copy()
    window.doc.push(ReplaceOrganization(window.doc, Organization(), "clear"))
    with qtbot.waitSignal(window.org_imported, timeout=10000):
        window.import_org_csv(str(path))
    assert window.doc.project.org == expected  # duties and staffing included


def test_the_cross_check_fixes_from_the_text_in_one_undo_step(qtbot, window):
    from desktop.core.org import Duty
    from desktop.ui.crosscheck import CrossCheckDialog

    open_project(qtbot, window)
    window.doc.project.org.get("welfare").duties = [
        Duty("사회복지 정책의 수립 및 조정에 관한 사항")
    ]
    dialog = CrossCheckDialog(window.doc, window)
    qtbot.addWidget(dialog)
    assert len(dialog.differences) == 1 and dialog.fix_button.isEnabled()
    assert dialog.take_selected()
    assert len(window.doc.project.org.get("welfare").duties) == 2
    assert dialog.differences == []
    window.undo_action.trigger()
    assert len(window.doc.project.org.get("welfare").duties) == 1
