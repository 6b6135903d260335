"""What the window leaves out of its start-up works when it is first used: the item models
(made when a page or an edit asks), the findings' context menu (without the Qt namespace's
enums), the shortcuts, every menu action right after the first start; the built-in sample is
in the window when ``start`` returns; and the window shows it without building every enum of
the Qt namespace (checked in a fresh process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QSplitter

from desktop.core.government import GovernmentKind
from desktop.core.org import Organization
from desktop.ui import commands as cmd
from desktop.ui import findingspanel, mainwindow
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project

ROOT = Path(__file__).resolve().parents[2]

# Prepended to a fresh process's code: ``made`` lists the enums Python makes from then on.
RECORD_ENUMS = (
    "made = []\n"
    "create = enum.EnumType._create_\n"
    "def record(cls, name, *args, **kwargs):\n"
    "    made.append(name)\n"
    "    return create(cls, name, *args, **kwargs)\n"
    "enum.EnumType._create_ = record\n"
)


# Prepended to a fresh process's code after its own imports: the window, shown and started on
# the first start (the built-in sample).
SHOW_THE_SAMPLE = (
    "from PySide6.QtWidgets import QApplication\n"
    "from desktop.ui.mainwindow import MainWindow\n"
    "from desktop.ui.settings import AppSettings, default_recovery_dir\n"
    "app = QApplication([])\n"
    "window = MainWindow(AppSettings(), default_recovery_dir())\n"
    "window.show()\n"
    "window.start(None)\n"
)


def run_fresh(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter, offscreen, with its own settings folder."""
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "ORGDRAFT_CONFIG_DIR": str(tmp_path),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_constants_named_for_the_start_are_qts_values():
    assert findingspanel.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert findingspanel.FOREGROUND_ROLE == Qt.ItemDataRole.ForegroundRole.value


def test_the_findings_sit_below_the_section_in_a_vertical_splitter(window):
    centre = window.findings.parent()
    assert isinstance(centre, QSplitter)
    assert centre.orientation() == Qt.Orientation.Vertical
    assert centre.widget(0) is window.stack and centre.widget(1) is window.findings


def test_the_shortcuts_are_the_standard_ones_once_the_window_has_painted(qtbot, window):
    assert window.actions_["open"].shortcut().isEmpty()  # not on the way to the first frame
    with qtbot.waitSignal(window.first_frame, timeout=10000):
        window.show()
    Key = QKeySequence.StandardKey
    for name, key in (
        ("new", Key.New),
        ("open", Key.Open),
        ("save", Key.Save),
        ("save_as", Key.SaveAs),
        ("validate", Key.Refresh),
        ("quit", Key.Quit),
        ("guide", Key.HelpContents),
    ):
        assert window.actions_[name].shortcut() == QKeySequence(key), name
    assert window.actions_["export"].shortcut() == QKeySequence("Ctrl+E")
    assert window.undo_action.shortcut() == QKeySequence(Key.Undo)
    assert window.redo_action.shortcut() == QKeySequence(Key.Redo)
    window.retranslate()  # the undo actions are made again: with their shortcuts
    assert window.undo_action.shortcut() == QKeySequence(Key.Undo)
    assert window.redo_action.shortcut() == QKeySequence(Key.Redo)


def test_the_item_models_are_made_on_first_use_and_edit_with_undo(qtbot, window):
    open_project(qtbot, window)
    doc = window.doc
    assert doc._org_model is None and doc._changes_model is None  # the overview needs neither
    window.show_section("org")
    assert doc._org_model is not None and window.org_page.tree.model() is doc.org_model
    with qtbot.waitSignal(doc.changed):
        window.org_page.select_unit("welfare-pol")
        window.org_page.delete_selected()
    assert "welfare-pol" not in doc.project.org and doc.is_modified()
    doc.undo_stack.undo()
    assert "welfare-pol" in doc.project.org
    assert doc.org_model.index_of_unit("welfare-pol").isValid()
    window.show_section("changes")
    assert doc.changes_model.rowCount() == len(doc.project.changes) == 22
    with qtbot.waitSignal(doc.changed):
        doc.push(cmd.RemoveChange(doc.changes_model, 0))
    assert doc.changes_model.rowCount() == 21
    doc.undo_stack.undo()
    assert doc.changes_model.rowCount() == 22


def test_an_organization_replaced_before_its_model_is_made_shows_in_it(qtbot, window):
    open_project(qtbot, window)
    doc = window.doc
    old = doc.project.org
    smaller = Organization([unit for unit in old if unit.parent_id is None])
    doc.push(cmd.ReplaceOrganization(doc, smaller, "Import organization"))
    assert doc._org_model is None
    assert doc.org_model.rowCount() == len(smaller)  # made from the organization now
    doc.undo_stack.undo()  # the model exists now: it follows the undo
    assert doc.project.org is old
    assert doc.org_model.index_of_unit("welfare-pol").isValid()


def test_a_government_edit_before_the_model_is_made_names_the_head_in_it(qtbot, make_window):
    set_lang("ko")  # the head's kind: 도지사 in a province, 군수 in a county

    def head_after_edit(model_first: bool) -> tuple[str, str]:
        window = make_window()
        open_project(qtbot, window)
        doc = window.doc
        head = next(unit for unit in doc.project.org if unit.parent_id is None)
        before = doc.org_model.index_of_unit(head.id).data() if model_first else ""
        doc.push(cmd.SetMetaField(doc, "government.kind", GovernmentKind.COUNTY))
        assert (doc._org_model is None) is not model_first
        return before, doc.org_model.index_of_unit(head.id).data()

    before, followed = head_after_edit(model_first=True)  # the model renames the head
    _none, made_after = head_after_edit(model_first=False)
    assert made_after == followed == "군수" and before == "도지사"


def test_right_click_on_a_finding_opens_its_menu(qtbot, window, monkeypatch):
    open_project(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.counts.text()), timeout=10000)
    window.show()
    qtbot.waitExposed(window)
    panel = window.findings
    centre = panel.parentWidget()  # the splitter: room below the findings (one takes two
    centre.setSizes([300, 300])  # lines) for a click on none
    shown: list[tuple[object, object]] = []

    class Menu:  # the finding's menu, recorded instead of run (its exec() would wait)
        def __init__(self, finding) -> None:
            self.finding = finding

        def exec(self, at) -> None:
            shown.append((self.finding, at))

    monkeypatch.setattr(panel, "context_menu", Menu)
    centre = panel.visualItemRect(panel.topLevelItem(0)).center()
    at = panel.viewport().mapToGlobal(centre)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre, at)
    QApplication.sendEvent(panel.viewport(), event)
    assert shown == [(panel.findings[0], at)]
    below = panel.viewport().rect().bottomLeft()  # no finding there: no menu
    assert panel.itemAt(below) is None
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, below, panel.viewport().mapToGlobal(below)
    )
    QApplication.sendEvent(panel.viewport(), event)
    assert len(shown) == 1
    menu = findingspanel.FindingsPanel.context_menu(panel, panel.findings[0])  # the real one
    assert [action.text() for action in menu.actions()] == ["&Go to"]


def test_the_first_start_shows_the_sample_before_start_returns(window):
    window.start(None)
    assert window.doc.project.meta.government_ko == "경기도"
    assert window.overview.editors["government_ko"].text() == "경기도"
    assert window.statusBar().currentMessage().startswith("This is the built-in sample.")
    assert not window.doc.checked  # checked a moment later, on the event loop
    assert window.check_timer.isActive()


def test_a_sample_that_cannot_be_read_at_start_is_reported(
    qtbot, window, prompts, monkeypatch, tmp_path
):
    from desktop.ui import session

    broken = tmp_path / "broken.orgdraft"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(session, "sample_path", lambda which="province": broken)
    placeholder = window.doc
    with qtbot.waitSignal(window.session.failed):
        window.start(None)
    assert prompts.errors and prompts.errors[0][0] == "Cannot open the sample"
    assert window.doc is placeholder
    qtbot.waitUntil(lambda: bool(window.counts.text()))  # the untitled project is checked


def test_the_first_start_shows_only_the_sample(window):
    installed, opened = [], []
    window.session.document_changed.connect(installed.append)
    window.session.project_opened.connect(opened.append)
    window.start(None)
    # no untitled project is made on the way to the first frame: the sample is the first
    assert installed == [window.doc] and window.doc.project.meta.government_ko == "경기도"
    assert len(opened) == 1 and opened[0].endswith(".orgdraft")


def test_a_file_opened_at_start_is_preceded_by_the_untitled_project(qtbot, window, sample_copy):
    opened = []
    window.session.project_opened.connect(opened.append)
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        window.start(str(sample_copy))
        # read in the background: meanwhile the untitled project shows, not announced as opened
        assert window.doc.path is None and window.windowTitle().startswith("Untitled — ")
        assert not window.check_timer.isActive()  # and not worth checking
    assert opened == [str(sample_copy.absolute())]
    assert window.doc.path == sample_copy.absolute()


def test_an_unreadable_sample_at_start_leaves_the_untitled_project(
    qtbot, window, prompts, monkeypatch, tmp_path
):
    from desktop.ui import session

    broken = tmp_path / "broken.orgdraft"
    broken.write_text("{", encoding="utf-8")
    monkeypatch.setattr(session, "sample_path", lambda which="province": broken)
    window.start(None)  # nothing asked for the document before
    assert prompts.errors and prompts.errors[0][0] == "Cannot open the sample"
    assert window.doc is not None and window.doc.path is None
    assert window.overview.editors["government_ko"].text() == ""


def test_every_menu_action_works_right_after_the_first_start(qtbot, window, prompts, monkeypatch):
    window.start(None)
    ran: list[str] = []
    monkeypatch.setattr(window, "_run_dialog", lambda dialog: ran.append(type(dialog).__name__))
    for name in ("new", "open", "save", "save_as", "validate", "about", "guide", "export"):
        window.actions_[name].trigger()
    assert ran == ["NewProjectDialog"]
    assert ("about" in {asked for asked, _args in prompts.asked}) and prompts.errors == []
    assert window.export_dialog.isVisible()
    window.export_dialog.reject()
    window.actions_["settings"].trigger()
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()
    # the sample's five warnings, counted in the plural
    assert window.statusBar().currentMessage() == "Validated: 5 problems listed below."
    window.overview.editors["government_en"].setText("Gyeonggi")
    window.overview.editors["government_en"].textEdited.emit("Gyeonggi")
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert window.doc.project.meta.government_en != "Gyeonggi"
    window.redo_action.trigger()
    assert window.doc.project.meta.government_en == "Gyeonggi"
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        window.actions_["county_sample"].trigger()  # asks about the edit: discarded
    assert window.doc.project.meta.government_ko == "양평군"
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        window.actions_["sample"].trigger()
    assert window.doc.project.meta.government_ko == "경기도"


def test_the_window_shows_the_sample_without_the_qt_namespaces_enums(tmp_path):
    """PySide makes every enum of the ``Qt`` namespace (about 120) when anything names one:
    the start does not (a fresh process records the enums Python makes)."""
    code = (
        "import enum\n"
        + RECORD_ENUMS
        + SHOW_THE_SAMPLE
        + "print(window.doc.project.meta.government_ko)\n"
        "print('EchoMode' in made, 'AlignmentFlag' in made, 'ItemDataRole' in made,"
        " 'StandardKey' in made, 'SelectionMode' in made)\n"
    )
    result = run_fresh(code, tmp_path)
    assert result.returncode == 0, result.stderr
    # the recording works (the overview's QLineEdit.EchoMode was made), no enum of the Qt
    # namespace was, nor QKeySequence's (the shortcuts wait for the first frame), nor the item
    # views' (the sections are buttons, the validation panel waits for its first findings)
    assert result.stdout.split() == ["경기도", "True", "False", "False", "False", "False"], (
        result.stderr
    )


def test_the_first_check_waits_for_the_first_frame_and_runs_on_a_worker(qtbot, window, monkeypatch):
    monkeypatch.setattr(mainwindow, "FIRST_FRAME_MS", 600_000)  # only the frame can start it
    window.show()
    window.start(None)  # the sample is in before anything is painted
    assert not window._painted and window.check_timer.interval() == 600_000
    shown = window.findings.topLevelItem(0).text(findingspanel.MESSAGE)
    assert shown == "Checking the project…"  # not "no errors"
    assert window.findings.findings == [] and window.counts.text() == ""
    started = window._checking  # (the untitled project's check may have started before)
    with qtbot.waitSignal(window.refreshed, timeout=20000) as blocker:
        pass
    assert window._painted and window._checking == started + 1  # on a worker, not the GUI
    assert blocker.args == [0, 5] and window.counts.text() == "0 errors · 5 warnings"
    assert window.findings.topLevelItemCount() == 5
    window.session.open_sample(ask=False, which="county", now=True)
    assert window.check_timer.interval() == 0  # painted before: checked at once


def test_a_window_not_shown_checks_a_project_at_once(qtbot, window):
    window.start(None)
    assert window.check_timer.isActive() and window.check_timer.interval() == 0
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        pass
    assert window.doc.checked


def test_the_effective_rows_are_kept_for_the_same_instruments_and_show_the_new_values(
    qtbot, window, prompts
):
    overview = window.overview
    assert window.doc.path is None  # the untitled placeholder, made when asked for
    kept = dict(overview._effective_rows)  # the untitled project's: an ordinance and a rule
    window.start(None)  # the sample has an ordinance and a rule too
    assert overview._effective_rows == kept
    mode, date, _months = overview._effective_rows["ordinance"]
    assert mode.currentData() == "date" and date.text() == "2024. 7. 15."
    assert mode.isEnabled() and not date.error
    with qtbot.waitSignal(window.doc.changed):
        date.setText("2024. 8. 1.")
        date.editingFinished.emit()  # still edits the document shown now
    assert str(window.doc.project.instrument("ordinance").effective.date) == "2024-08-01"
    window.doc.undo_stack.undo()
    assert date.text() == "2024. 7. 15."
    prompts.answers["save_changes"] = "discard"
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        window.session.open_sample(ask=False, which="county")  # and a staffing ordinance
    assert set(overview._effective_rows) == {"ordinance", "rule", "staffing"}
    assert overview._effective_rows["ordinance"] != kept["ordinance"]  # made anew
    assert overview._effective_rows["staffing"][1].text() == "2025. 7. 1."


def test_the_application_starts_without_the_qt_namespaces_enums(tmp_path):
    """The same through ``orgdraft`` itself (the settings, the language, the crash guard)."""
    code = (
        "import enum, sys\n" + RECORD_ENUMS + "from desktop.cli import main\n"
        "code = main(['--lang', 'ko'])\n"
        "print('EchoMode' in made, 'AlignmentFlag' in made, 'StandardKey' in made,"
        " 'SelectionMode' in made)\n"
        "sys.exit(code)\n"
    )
    result = run_fresh(code, tmp_path, ORGDRAFT_EXIT_AFTER_SHOW="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["shown", "True", "False", "False", "False"], result.stderr


def test_edits_during_a_check_are_checked_once_it_ends(qtbot, window):
    """One check of a project at a time: an edit whose debounce ends while a worker checks is
    checked when that check ends (its stale findings dropped), not by a second worker."""
    import dataclasses

    open_project(qtbot, window)
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        pass  # the project's first check
    doc = window.doc
    row = doc.changes_model.row_of("c08")  # rename it to a name in use: an error
    change = dataclasses.replace(doc.changes_model.change_at(row), name_ko="복지국")
    doc.push(cmd.ReplaceChange(doc.changes_model, row, change))
    started = window._checking
    window.refresh_timer.timeout.emit()  # the debounce ends: a worker checks the error
    assert window._checking == started + 1 and window._running_check is doc
    doc.undo_stack.undo()  # and the official takes it back before it ends
    window.refresh_timer.timeout.emit()
    assert window._checking == started + 1 and window._check_again  # no second worker
    with qtbot.waitSignal(window.refreshed, timeout=20000) as blocker:
        pass
    assert blocker.args[0] == 0 and doc.checked  # the state after the undo: no error
    assert window._checking == started + 2 and window._running_check is None
    assert not any(f.is_error for f in window.findings.findings)


def test_the_window_shows_the_sample_without_compiling_the_deferred_patterns(tmp_path):
    """The module-level patterns of the date reader, the particles, the file names, the
    English release and the retranslation are compiled when first used, not at start (a
    fresh process); they work when they are."""
    code = (
        "from desktop.core import kformat, korean, press_en\n"
        "from desktop.documents import names\n"
        "from desktop.ui import tr\n"
        + SHOW_THE_SAMPLE
        + "print(window.doc.project.meta.government_ko)\n"
        "patterns = [*kformat._DATE_FORMS, korean._NUMBER_AT_END, korean._THOUSANDS,\n"
        "    press_en._RELEASE_DATE, press_en._RELEASE_TIME, names._FIELD, names._FORBIDDEN,\n"
        "    tr._WRAPPED]\n"
        "print(sum('search' in vars(p) or 'fullmatch' in vars(p) or 'sub' in vars(p)\n"
        "    for p in patterns))\n"
        "print(kformat.parse_date_ko('2024. 6. 27.'), names.safe_name('a:b'))\n"
        "print(korean._number_final('1,000'), korean._number_final('12'))\n"
    )
    result = run_fresh(code, tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    # none compiled when the sample shows; each reads as before when used (천 ends in ㄴ)
    assert lines == ["경기도", "0", "2024-06-27 a_b", "ㄴ None"], result.stderr


def test_the_findings_panel_is_made_when_the_first_findings_come(qtbot, window):
    window.show()
    window.start(None)
    assert window._findings is None  # not on the way to the first frame
    pending = window._findings_pending
    assert pending.text() == "Checking the project…" and pending.isVisibleTo(window)
    top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    assert pending.alignment() == top_left  # where the first finding will show
    with qtbot.waitSignal(window.refreshed, timeout=20000):
        pass
    panel = window._findings
    assert panel is not None and panel.parent() is window.stack.parent()
    assert panel.parent().indexOf(panel) == 1 and panel.findings == window.doc.findings()
    assert window._findings_pending is None


def test_the_window_shows_the_sample_without_the_statute_model_or_the_findings_panel(tmp_path):
    """Both come later (the statute model when a text is parsed, the panel with the first
    findings); the kind of an instrument has a module of its own."""
    code = (
        "import sys\n" + SHOW_THE_SAMPLE + "print(window.doc.project.instruments[0].kind.ko)\n"
        "print(*(m in sys.modules for m in ('desktop.core.statute', "
        "'desktop.ui.findingspanel', 'desktop.core.instrumentkind')))\n"
    )
    result = run_fresh(code, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["조례", "False", "False", "True"], result.stderr


def test_the_statute_model_names_the_same_kind_of_instrument():
    from desktop.core import instrumentkind, statute

    assert statute.InstrumentKind is instrumentkind.InstrumentKind


def test_a_window_that_does_not_paint_still_gets_what_waits_for_the_first_frame(
    qtbot, window, monkeypatch
):
    """Started minimised, say: the shortcuts (and the icon and the font check of the
    application) come FIRST_FRAME_MS after the start, once."""
    monkeypatch.setattr(mainwindow, "FIRST_FRAME_MS", 50)
    frames = []
    window.first_frame.connect(lambda: frames.append(window._painted))
    window.start(None)  # never shown
    qtbot.waitUntil(lambda: frames == [False])
    assert not window.actions_["save"].shortcut().isEmpty()
    window.show()
    qtbot.waitUntil(lambda: window._painted)
    qtbot.wait(20)
    assert frames == [False]  # not again
