"""The window as an official uses it: the sample, a new bureau through its form, undo/redo,
save and reopen, the title, the validation panel."""

import dataclasses
import re

from PySide6.QtGui import QKeySequence

from desktop.core.findings import PlaceKind
from desktop.core.projectfile import load
from desktop.paths import sample_path
from desktop.ui.findingspanel import WHERE
from desktop.ui.orgmodel import UNIT_ID_ROLE
from tests.ui.conftest import open_project


def after_ids(window) -> set[str]:
    model = window.changes_page.after_model
    return {unit.id for unit in model.org}


def list_texts(window) -> list[str]:
    model = window.doc.changes_model
    return [model.index(r).data() for r in range(model.rowCount())]


def add_bureau(qtbot, window, name="디지털국", parent="vg1"):
    window.show_section("changes")
    window.changes_page.list.clearSelection()
    window.changes_page.list.setCurrentIndex(window.doc.changes_model.index(-1))
    dialog = window.changes_page.add_change("establish")
    qtbot.addWidget(dialog)
    form = dialog.form
    form.parent_picker.set_unit_id(parent)
    form.name_ko.setText(name)
    form.name_en.setText("Digital Bureau")
    form.grade.set_code("g3")
    form.duties.setPlainText("디지털 전환 정책에 관한 사항 | Matters concerning digital policy")
    form.children.setPlainText("디지털정책과 | Digital Policy Division")
    dialog.accept()
    assert dialog.error.text() == ""
    return form.unit_id.text()


def test_opens_the_sample_with_its_title_and_no_findings(qtbot, window):
    open_project(qtbot, window)
    assert window.windowTitle().startswith("gyeonggi-2024.orgdraft (sample) — ")
    # No validation finding; the export gate's warnings (what the official still has to write
    # before the documents leave) are in the panel, as `orgdraft validate` prints them.
    findings = window.doc.findings()
    assert sorted({f.code for f in findings}) == ["W-GATE-CONTACT", "W-GATE-QUOTE"]
    qtbot.waitUntil(lambda: window.counts.text() == "0 errors · 5 warnings")  # checked after
    where = {window.findings.topLevelItem(i).text(WHERE) for i in range(len(findings))}
    assert "Press release (Korean) · Quotation" in where  # in words, not press:quote.ko
    assert "Press release · Officer (Korean)" in where
    assert window.doc.changes_model.rowCount() == 22


def test_the_change_list_names_grades_as_officials_read_them(qtbot, window):
    """A staffing change reads "Grade 6 +2, Grade 7 +2" (6급 +2 in Korean), not the codes the
    file keeps (g6 +2); a head grade change likewise."""
    open_project(qtbot, window, sample_path("county"))
    texts = list_texts(window)
    staffing = [t for t in texts if "Planning and Audit Office: " in t.splitlines()[0]]
    assert staffing and "Grade 6 +2, Grade 7 +2" in staffing[0].splitlines()[0]
    assert not any(re.search(r"\bg\d\b", t) for t in texts), texts


def test_a_staffing_count_that_is_not_a_number_is_named_by_its_grade(qtbot, window):
    open_project(qtbot, window)
    window.show_section("changes")
    dialog = window.changes_page.add_change("staffing")
    qtbot.addWidget(dialog)
    table = dialog.form.table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "Grade 5")
    table.item(row, 1).setText("two")
    dialog.accept()
    assert dialog.error.text() == "Grade 5: 'two' is not a whole number."


def test_add_an_establish_bureau_change_then_undo_redo_save_and_reopen(
    qtbot, window, prompts, tmp_path, make_window
):
    open_project(qtbot, window)
    unit_id = add_bureau(qtbot, window)
    assert "*" in window.windowTitle()
    qtbot.waitUntil(lambda: unit_id in after_ids(window))
    last = list_texts(window)[-1]
    assert last.startswith("23. [Establish] Digital Bureau under Vice Governor")
    assert "Digital Policy Division" in last
    assert "→ " in last  # its consequence for the statute texts, in words
    tree = window.changes_page.after_model
    assert tree.index_of_unit(unit_id, 1).data() == "디지털국 [new]"

    window.undo_action.trigger()
    qtbot.waitUntil(lambda: unit_id not in after_ids(window))
    assert window.doc.changes_model.rowCount() == 22
    assert window.windowTitle().startswith("gyeonggi-2024.orgdraft (sample) — ")
    window.redo_action.trigger()
    qtbot.waitUntil(lambda: unit_id in after_ids(window))

    target = tmp_path / "saved.orgdraft"
    prompts.answers["save_file"] = str(target)
    with qtbot.waitSignal(window.session.project_saved, timeout=10000):
        window.save()
    assert window.windowTitle().startswith("saved.orgdraft — ")
    assert (tmp_path / "saved.orgdraft.lock").exists()
    assert [c.unit.name_ko for c in load(target).changes if c.id == "c23"] == ["디지털국"]

    window.close()
    assert not (tmp_path / "saved.orgdraft.lock").exists()
    again = make_window()
    open_project(qtbot, again, target)
    assert any("Digital Bureau" in text for text in list_texts(again))
    assert unit_id in after_ids(again)


def test_only_units_existing_at_that_point_can_be_picked(qtbot, window):
    open_project(qtbot, window)
    first = window.doc.changes_model.index(0)
    window.changes_page.list.setCurrentIndex(first)  # insert after change 1 (AI국 exists)
    dialog = window.changes_page.add_change("rename")
    qtbot.addWidget(dialog)
    ids = dialog.form.unit.unit_ids()
    assert "ai" in ids and "imm" not in ids  # 이민사회국 comes with change 6
    dialog.reject()


def test_incomplete_form_says_what_is_missing(qtbot, window):
    open_project(qtbot, window)
    dialog = window.changes_page.add_change("move")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.isVisible() and "Choose the unit" in dialog.error.text()
    dialog.reject()


def test_typing_merges_into_one_undo_step(qtbot, window):
    open_project(qtbot, window)
    edit = window.overview.editors["session_en"]
    edit.clear()
    qtbot.keyClicks(edit, "376th")
    stack = window.doc.undo_stack
    assert stack.count() == 1
    assert window.doc.project.meta.session_en == "376th"
    stack.undo()
    assert window.doc.project.meta.session_en.startswith("375th")
    assert edit.text().startswith("375th")


def test_korean_dates_are_read_and_shown_officially(qtbot, window):
    open_project(qtbot, window)
    field = window.overview.editors["bill_date"]
    field.setText("2024-06-03")
    field.editingFinished.emit()
    assert str(window.doc.project.meta.bill_date) == "2024-06-03"
    assert field.text() == "2024. 6. 3."
    field.setText("2024. 13. 1.")
    field.editingFinished.emit()
    assert field.error and str(window.doc.project.meta.bill_date) == "2024-06-03"


def test_org_edit_from_the_detail_form_and_delete_are_undoable(qtbot, window):
    open_project(qtbot, window)
    window.show_section("org")
    page = window.org_page
    assert page.select_unit("welfare-pol")
    page.form.lines["name_en"].clear()
    qtbot.keyClicks(page.form.lines["name_en"], "Welfare Division")
    assert window.doc.project.org.get("welfare-pol").name_en == "Welfare Division"
    page.delete_selected()
    assert "welfare-pol" not in window.doc.project.org
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.doc.project.org.get("welfare-pol").name_en == "Welfare Policy Division"


def test_clicking_a_finding_selects_what_it_is_about(qtbot, window):
    open_project(qtbot, window)
    window.show_section("org")
    window.org_page.select_unit("welfare-pol")
    window.org_page.form.lines["name_en"].clear()
    window.org_page.form.lines["name_en"].textEdited.emit("")
    with qtbot.waitSignal(window.refreshed) as blocker:
        pass
    assert blocker.args[1] >= 1  # a warning: no English name
    window.org_page.tree.clearSelection()
    window.show_section("overview")
    row = next(i for i, f in enumerate(window.findings.findings) if f.place.kind is PlaceKind.UNIT)
    item = window.findings.topLevelItem(row)
    window.findings.itemClicked.emit(item, 0)
    assert window.stack.currentWidget() is window.org_page
    assert window.org_page.tree.currentIndex().data(UNIT_ID_ROLE) == "welfare-pol"


def test_closing_with_unsaved_changes_asks(qtbot, window, prompts):
    open_project(qtbot, window)
    window.org_page.select_unit("welfare-pol")
    window.org_page.delete_selected()
    prompts.answers["save_changes"] = "cancel"
    assert not window.close()
    assert ("save_changes", ("gyeonggi-2024.orgdraft (sample)",)) in prompts.asked
    prompts.answers["save_changes"] = "discard"
    assert window.close()


def test_the_save_shortcut_is_the_standard_one(qtbot, window):
    with qtbot.waitSignal(window.first_frame, timeout=10000):  # the shortcuts are set then
        window.show()
    assert window.actions_["save"].shortcut() == QKeySequence(QKeySequence.StandardKey.Save)


def test_after_an_edit_the_check_runs_off_the_gui_thread_and_stale_results_are_dropped(
    qtbot, window
):
    from desktop.ui import commands

    open_project(qtbot, window)
    doc = window.doc
    revision, job = doc.checker()
    row = doc.changes_model.row_of("c08")  # 평생교육국 → 미래평생교육국: rename it to a name
    change = dataclasses.replace(doc.changes_model.change_at(row), name_ko="복지국")  # in use
    doc.push(commands.ReplaceChange(doc.changes_model, row, change))
    stale = job()  # the findings of the state before the edit
    assert not doc.adopt_findings(revision, stale) and not doc.checked
    with qtbot.waitSignal(window.refreshed, timeout=10000) as blocker:
        window.refresh_timer.timeout.emit()  # the debounce ends: the check goes to a worker
        assert not doc.checked  # typing goes on meanwhile
    errors, _warnings = blocker.args
    assert errors >= 1 and doc.checked
    assert any(f.is_error and f.place.ref == "c08" for f in window.findings.findings)


def test_clicking_a_slip_selects_the_words_to_correct(qtbot, window):
    """Walked (the 경기도 sample, 울릉군): a click on a unit's name typed with a wrong particle
    (W-NAME-PARTICLE) put the cursor in the 제안이유, the release paragraph or at the article,
    wherever it was, and the official looked for '이민사회국를' in a long text. The words the
    finding quotes are selected there (W-AMEND-PARTICLE's too)."""
    open_project(qtbot, window)
    window.show()
    doc = window.doc
    overview = window.overview
    reasons = overview.editors["reasons_ko"]
    reasons.setPlainText(reasons.toPlainText() + " 이민사회국를 둔다.")
    window.show_section("press")
    press = window.press_page
    press.add_button.click()
    press.rows["own:1"].ko.setPlainText("도는 감사총괄과을 새로 둡니다.")
    window.show_section("statutes")
    statutes = window.statute_page
    statutes.select_instrument("ordinance")
    assert statutes.select_path("14의2/0")
    statutes.override_text.setPlainText(
        "경제부지사 밑에 AI국를 두고, 다음 각 호의 사무를 분장한다."
    )
    statutes.override_selected()
    panel = window.findings

    def slips() -> dict:
        return {f.place.kind: f for f in panel.findings if f.code == "W-NAME-PARTICLE"}

    qtbot.waitUntil(lambda: len(slips()) == 3)
    window.show_section("org")
    window.go_to(slips()[PlaceKind.FIELD])
    assert reasons.hasFocus() and reasons.textCursor().selectedText() == "이민사회국를"
    window.show_section("org")
    window.go_to(slips()[PlaceKind.PRESS])
    editor = press.rows["own:1"].ko
    qtbot.waitUntil(editor.hasFocus)
    assert editor.textCursor().selectedText() == "감사총괄과을"
    window.show_section("org")
    window.go_to(slips()[PlaceKind.ARTICLE])
    assert window.stack.currentWidget() is statutes
    assert statutes.new_text.textCursor().selectedText() == "AI국를"
    assert doc.undo_stack.count() == 4  # the four edits: the clicks changed nothing
