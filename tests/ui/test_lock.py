"""Opening a project that someone else holds: read-only, take over, or nothing."""

import os

from desktop.core import lock
from tests.core.test_lock import write_lock
from tests.ui.conftest import open_project


def test_a_locked_project_opens_read_only(qtbot, window, prompts, sample_copy):
    write_lock(sample_copy, os.getppid())
    open_project(qtbot, window, sample_copy)
    (name, (path, locked)) = prompts.asked[-1]
    assert name == "project_in_use" and locked.info.user == "kim" and path == str(sample_copy)
    assert locked.reason == "held"
    assert window.doc.read_only
    assert window.windowTitle() == "gyeonggi.orgdraft [read-only] — OrgDraft"
    assert not window.actions_["save"].isEnabled()
    window.org_page.select_unit("welfare-pol")
    window.org_page.delete_selected()  # refused
    assert "welfare-pol" in window.doc.project.org
    assert not window.changes_page.add_button.isEnabled()
    window.close()
    assert lock.read_lock(sample_copy).user == "kim"  # someone else's lock stays


def test_declining_opens_nothing(qtbot, window, prompts, sample_copy):
    write_lock(sample_copy, os.getppid())
    prompts.answers["project_in_use"] = "cancel"
    assert not window.session.open(sample_copy, ask=False)
    assert lock.read_lock(sample_copy).user == "kim"


def test_an_unreadable_lock_is_asked_about_and_can_be_taken_over(
    qtbot, window, prompts, sample_copy
):
    lock.lock_path(sample_copy).write_bytes(b'{"user": "ki')  # half-written
    prompts.answers["project_in_use"] = "take_over"
    open_project(qtbot, window, sample_copy)
    (name, (_path, locked)) = prompts.asked[-1]
    assert name == "project_in_use" and locked.reason == "unreadable" and locked.since
    assert not window.doc.read_only
    assert lock.read_lock(sample_copy).pid == os.getpid()
    window.close()
    assert not lock.lock_path(sample_copy).exists()


def test_a_lock_of_another_computer_names_it(qtbot, window, prompts, sample_copy):
    write_lock(sample_copy, 123, host="OTHER-PC")
    open_project(qtbot, window, sample_copy)
    (_name, (_path, locked)) = prompts.asked[-1]
    assert locked.reason == "other-host" and locked.info.host == "OTHER-PC"
    assert window.doc.read_only
