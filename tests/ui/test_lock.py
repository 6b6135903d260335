"""Opening a project that someone else holds: read-only, or nothing."""

import os

from desktop.core import lock
from tests.core.test_lock import write_lock
from tests.ui.conftest import open_project


def test_a_locked_project_opens_read_only(qtbot, window, prompts, sample_copy):
    write_lock(sample_copy, os.getppid())
    open_project(qtbot, window, sample_copy)
    (name, (path, info)) = prompts.asked[-1]
    assert name == "open_read_only" and info.user == "kim" and path == str(sample_copy)
    assert window.doc.read_only
    assert window.windowTitle() == "gyeonggi.orgdraft [read-only] — OrgDraft"
    assert not window.actions_["save"].isEnabled()
    window.org_page.select_unit("welfare-pol")
    window.org_page.delete_selected()  # refused
    assert "welfare-pol" in window.doc.project.org
    assert not window.changes_page.add_button.isEnabled()
    window.close()
    assert lock.read_lock(sample_copy).user == "kim"  # someone else's lock stays


def test_declining_read_only_opens_nothing(qtbot, window, prompts, sample_copy):
    write_lock(sample_copy, os.getppid())
    prompts.answers["open_read_only"] = False
    assert not window.session.open(sample_copy, ask=False)
