"""The window drafts with the open project's conventions, not the machine's Settings: the
statute page's drafting, the preview and the export dialog; the Settings dialog's drafting
section shows and sets the project's conventions (one undoable edit) and the defaults for new
projects; a project without conventions takes Settings' and writes them on its next save."""

from __future__ import annotations

from desktop.core.projectfile import load, save
from desktop.core.rules import BODY_PART, BODY_SAME, LISTS_AND, LISTS_COMMAS, DraftingOptions
from desktop.paths import sample_path
from tests.core.test_conventions import HOUSE, PART, county_one_paragraph
from tests.ui.conftest import open_project

TIMEOUT = 20000


def rule_sentences(doc) -> list[str]:
    return [s.text for s in doc.inputs().draft["rule"].amendment("ko").sentences]


def test_the_window_drafts_with_the_projects_conventions_not_the_machines(
    qtbot, window, settings, tmp_path
):
    assert settings.drafting_options().body == BODY_SAME  # the machine: house rules
    path = tmp_path / "part.orgdraft"
    save(county_one_paragraph(DraftingOptions(body=BODY_PART)), path)
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window, path)
    doc = window.doc
    assert doc.options.body == BODY_PART and not doc.is_modified()
    assert PART in rule_sentences(doc) and HOUSE not in rule_sentences(doc)
    # the preview drafts the same text
    page = window.pages["documents"]
    window.show_section("documents")
    qtbot.waitUntil(lambda: "일부개정조례안" in page.browser.toPlainText(), timeout=TIMEOUT)
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        page.select("bill", "rule", "ko")
    assert page.selection() == ("bill", "rule", "ko")
    assert "같은 조 제목 외의 부분 중" in page.browser.toPlainText()
    # and so does the export
    window.export()
    dialog = window.export_dialog
    assert dialog.project.conventions == DraftingOptions(body=BODY_PART)
    dialog.reject()


def test_a_project_without_conventions_takes_the_settings_and_saves_them(
    qtbot, window, settings, prompts, tmp_path
):
    settings.set("drafting/lists", LISTS_COMMAS)
    path = tmp_path / "old.orgdraft"
    save(load(sample_path()), path)
    assert load(path).conventions is None
    open_project(qtbot, window, path)
    assert window.doc.options == DraftingOptions(lists=LISTS_COMMAS)
    assert not window.doc.is_modified()  # opening is no edit
    with qtbot.waitSignal(window.session.project_saved, timeout=10000):
        window.save()
    assert load(path).conventions == DraftingOptions(lists=LISTS_COMMAS)


def test_the_settings_dialog_sets_the_open_projects_conventions(qtbot, window, settings, tmp_path):
    path = tmp_path / "part.orgdraft"
    save(county_one_paragraph(DraftingOptions(body=BODY_PART, lists=LISTS_COMMAS)), path)
    open_project(qtbot, window, path)
    doc = window.doc
    window.edit_settings()
    dialog = window.settings_dialog
    qtbot.addWidget(dialog)
    assert dialog.drafting_note.text().startswith("These conventions are saved with the open")
    # the note stands above the project's conventions, below the computer's own drafting option
    top = dialog.drafting_note.mapTo(dialog, dialog.drafting_note.rect().topLeft()).y()
    hyphens = dialog.fields["drafting/hyphens"]
    first = dialog.fields["drafting/max_replacements"]
    assert hyphens.mapTo(dialog, hyphens.rect().topLeft()).y() < top
    assert top < first.mapTo(dialog, first.rect().topLeft()).y()
    # the drafting section shows the project's conventions, not the machine's
    assert dialog.value("drafting/body") == BODY_PART
    assert dialog.value("drafting/lists") == LISTS_COMMAS
    body = dialog.fields["drafting/body"]
    body.setCurrentIndex(body.findData(BODY_SAME))
    dialog.accept()
    # the project's: body changed, lists as it was; one edit, undoable
    assert doc.project.conventions == DraftingOptions(body=BODY_SAME, lists=LISTS_COMMAS)
    assert doc.is_modified() and "*" in window.windowTitle()
    assert HOUSE in rule_sentences(doc)
    # the machine's, for new projects: the option changed only (lists left as Settings had it)
    assert settings.get("drafting/body") == BODY_SAME
    assert settings.get("drafting/lists") == LISTS_AND
    window.undo_action.trigger()
    assert doc.project.conventions == DraftingOptions(body=BODY_PART, lists=LISTS_COMMAS)
    assert PART in rule_sentences(doc) and not doc.is_modified()
    # saved with the project
    window.redo_action.trigger()
    with qtbot.waitSignal(window.session.project_saved, timeout=10000):
        window.save()
    assert load(path).conventions == DraftingOptions(body=BODY_SAME, lists=LISTS_COMMAS)


def test_other_settings_leave_the_projects_conventions_alone(qtbot, window, settings, tmp_path):
    path = tmp_path / "part.orgdraft"
    save(county_one_paragraph(DraftingOptions(body=BODY_PART)), path)
    open_project(qtbot, window, path)
    window.edit_settings()
    dialog = window.settings_dialog
    qtbot.addWidget(dialog)
    dialog.fields["press/officer_ko"].setText("홍길동")
    dialog.accept()
    assert window.doc.project.conventions == DraftingOptions(body=BODY_PART)
    assert not window.doc.is_modified()
    assert settings.get("drafting/body") == BODY_SAME  # not copied from the project
