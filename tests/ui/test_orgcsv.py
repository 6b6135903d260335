"""Importing a unit list from CSV in the window (undoable, located errors)."""

import pytest

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
    assert title == "Cannot import bad.csv" and text.startswith("line 5: unknown kind 'wing'")
    assert len(window.doc.project.org) == 43
