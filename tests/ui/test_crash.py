"""An unexpected error: a message in the official's language without a traceback, the work
kept as a recovery copy, the details in a log file."""

from __future__ import annotations

import sys

from desktop.ui import commands as cmd
from desktop.ui.crash import KEEP_LOGS, CrashGuard
from desktop.ui.worker import wait_all
from tests.ui.conftest import open_project


def raise_and_handle(guard: CrashGuard) -> None:
    try:
        raise ZeroDivisionError("division by zero in a slot")
    except ZeroDivisionError:
        guard.handle(*sys.exc_info())


def test_a_bug_in_a_slot_is_logged_told_and_the_work_kept(
    qtbot, window, prompts, tmp_path, recovery_dir, capsys
):
    open_project(qtbot, window)
    doc = window.doc
    doc.push(cmd.SetMetaField(doc, "government_en", "Gyeonggi-do (edited)"))
    guard = CrashGuard(window, tmp_path / "logs")
    raise_and_handle(guard)
    wait_all()
    ((title, text),) = prompts.errors
    assert title == "Unexpected problem"
    # walked offscreen: it read 'OrgDraft ran into an unexpected problem (ZeroDivisionError)'
    assert "ZeroDivisionError" not in text and "Traceback" not in text
    assert "what you were doing may not be finished" in text
    (behind,) = prompts.details  # the technical detail, behind Details
    assert "ZeroDivisionError: division by zero in a slot" in behind
    assert "recovery copy" in text
    log = next((tmp_path / "logs").glob("crash-*.log"))
    assert str(log) in text
    details = log.read_text(encoding="utf-8")
    assert "Traceback" in details and "division by zero in a slot" in details
    assert any(recovery_dir.iterdir())  # the edit is in a recovery copy
    assert "ZeroDivisionError" in capsys.readouterr().err  # and on stderr for developers
    assert doc.project.meta.government_en == "Gyeonggi-do (edited)"  # nothing undone


def test_the_hook_is_installed_and_removed(window, tmp_path):
    before = sys.excepthook
    guard = CrashGuard(window, tmp_path).install()
    try:
        assert sys.excepthook == guard.handle
    finally:
        guard.uninstall()
    assert sys.excepthook is before


def test_old_logs_are_pruned(window, tmp_path, prompts):
    guard = CrashGuard(window, tmp_path)
    for _ in range(KEEP_LOGS + 3):
        guard.write_log("details")
    assert len(list(tmp_path.glob("crash-*.log"))) == KEEP_LOGS


def test_the_message_is_in_korean_without_the_exception_name(
    qtbot, window, prompts, tmp_path, recovery_dir
):
    window.set_interface_language("ko")
    open_project(qtbot, window)
    raise_and_handle(CrashGuard(window, tmp_path / "logs"))
    wait_all()
    ((title, text),) = prompts.errors
    assert title == "예기치 않은 문제"
    assert text.startswith(
        "OrgDraft에 예기치 않은 문제가 생겨 하던 작업이 끝나지 않았을 수 있습니다."
    )
    assert "ZeroDivisionError" not in text and "Error" not in text
    assert "ZeroDivisionError" in prompts.details[0]


def test_the_details_are_behind_the_details_button(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.prompts import Prompter

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    Prompter(None).error("Unexpected problem", "text", details="Traceback …\nValueError: x")
    (box,) = shown
    assert box.text() == "text" and box.detailedText().endswith("ValueError: x")


def test_a_failing_dialog_does_not_recurse(window, tmp_path, prompts, capsys):
    def broken(*_args):
        raise RuntimeError("dialog broken")

    prompts.error = broken
    raise_and_handle(CrashGuard(window, tmp_path))  # returns, no recursion, no exception
    assert "ZeroDivisionError" in capsys.readouterr().err
