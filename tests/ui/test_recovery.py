"""Autosave to the recovery folder and recovery after a crash."""

import os
import shutil

import pytest

from desktop.core import lock
from desktop.ui import recovery
from tests.core.test_lock import write_lock
from tests.ui.conftest import open_project, screenshot


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


def _crash_and_recover(
    qtbot, window, make_window, prompts, recovery_dir, tmp_path, lang, path=None, then=None
):
    """The project at ``path`` (the sample, untitled, when ``None``) with a unit deleted,
    autosaved, the app gone (``then``: what happens to its file meanwhile), and a new window
    in ``lang`` that recovers it: (the window, the recovery folder, the recovery found)."""
    open_project(qtbot, window, path)
    window.org_page.select_unit("welfare-pol")
    window.org_page.delete_selected()
    with qtbot.waitSignal(window.session.autosaved, timeout=10000):
        assert window.session.autosave_now()
    crashed = tmp_path / "after-crash"
    shutil.copytree(recovery_dir, crashed)
    if then is not None:
        then()
    after = make_window(crashed)
    after.set_interface_language(lang)
    with qtbot.waitSignal(after.session.project_opened, timeout=10000):
        after.start(None)
    (name, (found,)) = prompts.asked[-1]
    assert name == "recover"
    return after, crashed, found


def _save_cancelled(after, prompts, crashed, offered: str) -> None:
    """Save on the recovered project asks for a file name, offering ``offered``; cancelled,
    it saves nothing and keeps the recovery copy."""
    prompts.answers["save_file"] = ""
    assert not after.save()
    assert prompts.asked[-1][0] == "save_file" and prompts.asked[-1][1][1] == offered
    assert after.doc.is_modified() and recovery.find(crashed)


def _closed_saving_to(after, prompts, crashed, target, offered: str) -> None:
    """Closing the recovered project asks to save and where, offering ``offered``; answered
    with ``target``, the project is saved there (the deleted unit gone), titled by it, and
    the recovery copy is gone."""
    target.parent.mkdir()
    prompts.answers |= {"save_changes": "save", "save_file": str(target)}
    assert after.session.maybe_save()
    assert prompts.asked[-1][0] == "save_file" and prompts.asked[-1][1][1] == offered
    assert "welfare-pol" not in target.read_text(encoding="utf-8")
    assert after.doc.path == target.absolute() and not after.doc.is_modified()
    assert after.windowTitle() == f"{target.name} — OrgDraft"
    assert recovery.find(crashed) == []  # saved: the recovery copy is gone


@pytest.mark.parametrize(
    ("lang", "title", "file_name"),
    [
        ("ko", "제목 없음 (복구본)", "제목 없음.orgdraft"),
        ("en", "Untitled (recovered)", "Untitled.orgdraft"),
    ],
)
def test_an_untitled_project_recovered_is_titled_so_and_saved_where_the_official_says(
    qtbot, window, make_window, prompts, recovery_dir, tmp_path, lang, title, file_name
):
    """Walked: a project never saved, recovered after a crash, was titled '복구본.orgdraft'
    as if a file of that name existed, and Save offered to write 복구본.orgdraft."""
    after, crashed, found = _crash_and_recover(
        qtbot, window, make_window, prompts, recovery_dir, tmp_path, lang
    )
    assert found.original is None
    assert "welfare-pol" not in after.doc.project.org
    assert after.doc.path is None and after.doc.is_modified()
    assert after.windowTitle() == f"{title}* — OrgDraft"
    screenshot(after, f"recovered-untitled-{lang}")

    # Save asks for a file name, offering the untitled one; cancelled, nothing is written.
    _save_cancelled(after, prompts, crashed, file_name)

    # Closing asks too, and saves where the official says.
    target = tmp_path / "work" / "양평군 조직개편.orgdraft"
    _closed_saving_to(after, prompts, crashed, target, file_name)
    assert [p.name for p in target.parent.glob("*.orgdraft")] == [target.name]
    assert not [p for p in tmp_path.rglob("*") if p.stem in ("복구본", "recovered")]


@pytest.mark.parametrize(("lang", "suffix"), [("ko", "(복구본)"), ("en", "(recovered)")])
def test_a_project_recovered_while_another_orgdraft_holds_its_file_is_titled_by_it(
    qtbot, window, make_window, prompts, sample_copy, recovery_dir, tmp_path, lang, suffix
):
    """Walked: recovering a copy whose original another OrgDraft had open titled the project
    '제목 없음 (복구본)', as if it had never had a file; it keeps the original's name but
    still does not write over a file someone else holds: Save asks, offering that name."""
    after, crashed, found = _crash_and_recover(
        qtbot, window, make_window, prompts, recovery_dir, tmp_path, lang, sample_copy,
        lambda: write_lock(sample_copy, os.getppid()),  # another OrgDraft holds it now
    )  # fmt: skip
    before = sample_copy.read_bytes()
    assert found.original == sample_copy.absolute()
    assert "welfare-pol" not in after.doc.project.org
    assert after.doc.path is None and after.doc.is_modified()
    assert after.windowTitle() == f"{sample_copy.name} {suffix}* — OrgDraft"
    screenshot(after, f"recovered-held-{lang}")

    # Save asks for a file name, offering the original's; cancelled, nothing is written.
    _save_cancelled(after, prompts, crashed, sample_copy.name)
    assert sample_copy.read_bytes() == before

    # Closing asks too, and saves where the official says; the original stays as it was.
    target = tmp_path / "elsewhere" / sample_copy.name
    _closed_saving_to(after, prompts, crashed, target, sample_copy.name)
    assert sample_copy.read_bytes() == before and lock.read_lock(sample_copy).user == "kim"


@pytest.mark.parametrize(("lang", "suffix"), [("ko", "(복구본)"), ("en", "(recovered)")])
def test_a_project_recovered_after_its_file_was_deleted_is_titled_by_that_file(
    qtbot, window, make_window, prompts, sample_copy, recovery_dir, tmp_path, lang, suffix
):
    """The project's file removed after the crash (moved away, deleted by mistake): the
    project keeps its name, and Save asks where, offering that name."""
    after, crashed, found = _crash_and_recover(
        qtbot, window, make_window, prompts, recovery_dir, tmp_path, lang, sample_copy,
        sample_copy.unlink,
    )  # fmt: skip
    assert found.original == sample_copy.absolute() and not sample_copy.exists()
    assert after.doc.path is None and after.doc.is_modified()
    assert after.windowTitle() == f"{sample_copy.name} {suffix}* — OrgDraft"
    _save_cancelled(after, prompts, crashed, sample_copy.name)
    assert not sample_copy.exists()
