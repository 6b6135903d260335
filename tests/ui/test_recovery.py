"""Autosave to the recovery folder and recovery after a crash."""

import shutil

from desktop.ui import recovery
from tests.ui.conftest import open_project


def test_recovers_unsaved_work_after_a_crash(
    qtbot, window, make_window, prompts, sample_copy, recovery_dir, tmp_path
):
    open_project(qtbot, window, sample_copy)
    window.org_page.select_unit("welfare-pol")
    window.org_page.delete_selected()
    with qtbot.waitSignal(window.session.autosaved, timeout=10000) as blocker:
        assert window.session.autosave_now()
    copy = blocker.args[0]
    assert copy.startswith(str(recovery_dir))
    assert "welfare-pol" in sample_copy.read_text(encoding="utf-8")  # the user's file untouched
    assert not window.session.autosave_now()  # nothing new since the last copy

    # The crash: the process dies; the recovery folder is what is left behind.
    crashed = tmp_path / "after-crash"
    shutil.copytree(recovery_dir, crashed)

    after = make_window(crashed)
    with qtbot.waitSignal(after.session.project_opened, timeout=10000):
        after.start(None)
    (name, (found,)) = prompts.asked[-1]
    assert name == "recover" and found.original == sample_copy.absolute()
    assert "welfare-pol" not in after.doc.project.org
    assert after.doc.is_modified() and after.doc.path == sample_copy.absolute()
    assert after.windowTitle().startswith("gyeonggi.orgdraft* — ")
    with qtbot.waitSignal(after.session.project_saved, timeout=10000):
        after.save()
    assert recovery.find(crashed) == []  # saved: the recovery copy is gone
    assert "welfare-pol" not in sample_copy.read_text(encoding="utf-8")


def test_a_clean_close_leaves_no_recovery_copy(qtbot, window, sample_copy, recovery_dir):
    open_project(qtbot, window, sample_copy)
    window.org_page.select_unit("welfare-pol")
    window.org_page.delete_selected()
    with qtbot.waitSignal(window.session.autosaved, timeout=10000):
        window.session.autosave_now()
    assert recovery.find(recovery_dir)
    window.close()
    assert recovery.find(recovery_dir) == []


def test_start_opens_the_last_project_else_the_sample(qtbot, make_window, settings, sample_copy):
    first = make_window()
    with qtbot.waitSignal(first.session.project_opened, timeout=10000) as blocker:
        first.start(None)
    assert blocker.args[0].endswith("gyeonggi-2024.orgdraft") and first.doc.path is None
    settings.set_last_project(sample_copy)
    second = make_window()
    with qtbot.waitSignal(second.session.project_opened, timeout=10000) as blocker:
        second.start(None)
    assert blocker.args == [str(sample_copy.absolute())]
