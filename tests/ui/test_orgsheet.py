"""Importing a unit list from CSV or XLSX in the window (undoable, located errors)."""

import pytest

from desktop.core.org import Organization
from desktop.ui.commands import ReplaceOrganization
from desktop.ui.findingspanel import MESSAGE, WHERE
from tests.core.test_orgsheet import OLD_CSV as CSV
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


@pytest.mark.parametrize(
    ("lang", "title", "start"),
    [
        ("en", "Cannot import bad.csv", "cell C5 (kind): unknown kind 'wing'"),
        ("ko", "bad.csv를 가져올 수 없습니다", "C5 셀(kind): 'wing'"),
    ],
)
def test_window_shows_located_csv_errors(qtbot, window, tmp_path, prompts, lang, title, start):
    """The cell as Excel names it, and the column's header as the file has it."""
    window.set_interface_language(lang)
    open_project(qtbot, window)
    path = tmp_path / "bad.csv"
    path.write_bytes((CSV + "z,gov,wing,다국,,\n").encode("cp949"))
    window.import_org_csv(str(path))
    qtbot.waitUntil(lambda: bool(prompts.errors))
    ((shown, text),) = prompts.errors
    assert shown == title and text.startswith(start)
    if lang == "ko":  # a sentence, the value its subject (its particle the formatter's)
        assert "알 수 없는 종류입니다(" in text and ": 'wing':" not in text
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
    # one difference, in the singular (the window's language in the tests is English)
    assert dialog.summary.text() == "1 difference between the organization and the texts."
    assert dialog.take_selected()
    assert len(window.doc.project.org.get("welfare").duties) == 2
    assert dialog.differences == []
    window.undo_action.trigger()
    assert len(window.doc.project.org.get("welfare").duties) == 1


def test_a_difference_from_the_text_is_in_the_panel_and_fixed_from_there(qtbot, window):
    """The cross-check's finding sits in the findings panel with its unit in words, and its
    context menu takes the text's duties in one undo step."""
    from desktop.core.org import Duty

    open_project(qtbot, window)
    doc = window.doc
    org = doc.project.org.copy()
    org.get("welfare").duties = [Duty("사회복지 정책의 수립 및 조정에 관한 사항")]
    doc.push(ReplaceOrganization(doc, org, "edit"))
    panel = window.findings

    def found():
        return [f for f in panel.findings if f.code == "W-XCHECK-DUTIES"]

    qtbot.waitUntil(lambda: bool(found()), timeout=10000)
    (finding,) = found()
    item = panel.topLevelItem(panel.findings.index(finding))
    assert item.text(WHERE) == "Welfare Bureau · Duty list"
    assert "line 42" in item.text(MESSAGE) and "Take it from the text" not in item.text(MESSAGE)
    window.findings.itemClicked.emit(item, 0)  # leads to the unit
    assert window.stack.currentWidget() is window.org_page
    menu = panel.context_menu(finding)
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == ["&Go to", "&Take it from the text"]
    actions["&Take it from the text"].trigger()
    assert len(doc.project.org.get("welfare").duties) == 2
    assert doc.undo_stack.undoText() == "Take 복지국 from the text"
    qtbot.waitUntil(lambda: not found(), timeout=10000)
    window.undo_action.trigger()
    assert len(doc.project.org.get("welfare").duties) == 1
    # A finding of a state that no longer holds is not applied twice.
    window.redo_action.trigger()
    panel.fix_requested.emit(finding)
    assert len(doc.project.org.get("welfare").duties) == 2
    assert doc.undo_stack.undoText() == "Take 복지국 from the text"
    assert doc.undo_stack.index() == doc.undo_stack.count()


def test_a_control_character_typed_is_flagged_at_once(qtbot, window):
    """Not only when the file is opened again: the panel shows the error while the text is
    being edited, at the field."""
    open_project(qtbot, window)
    window.show()
    window.show_section("overview")
    editor = window.overview.editors["government_en"]
    editor.setFocus()
    editor.end(False)
    editor.insert("\x0b")
    assert window.doc.project.meta.government_en.endswith("\x0b")

    def found():
        return [f for f in window.findings.findings if f.code == "E-TEXT-CHARACTER"]

    qtbot.waitUntil(lambda: bool(found()), timeout=10000)
    (finding,) = found()
    assert finding.is_error and finding.place.field == "government_en"
    row = window.findings.findings.index(finding)
    assert window.findings.topLevelItem(row).text(WHERE) == "Government name (English)"
    assert "U+000B" in finding.message("en")
    assert window.counts.text().startswith("1 error")
