"""A head of two grades (복수직급) through File › New and the organization page: 고양시's
자치행정국장 (``국장은 지방부이사관 또는 지방서기관으로 보한다``) reads as 3·4급 in the review, the
tree and the unit form, in Korean and in English, and the second grade is edited (and undone)
like any field."""

import pytest

from desktop.core.org import UnitKind
from desktop.ui.orgmodel import COL_GRADE
from desktop.ui.tr import set_lang
from tests.ui.conftest import GOVERNMENTS, open_project, read_government, review_rows


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "both", "one", "officer", "undo"),
    [
        ("ko", "3·4급", "3급", "4·5급", "자치행정국의 복수직급 수정"),
        ("en", "Grade 3 or 4", "Grade 3", "Grade 4 or 5", "Edit second head grade of 자치행정국"),
    ],
)
def test_a_head_of_two_grades_is_shown_and_edited_with_both(
    qtbot, make_window, lang, both, one, officer, undo
):
    set_lang(lang)
    window = make_window()
    seen = {}

    def drive(dialog) -> int:
        read_government(dialog, "경기도 고양시", 1_070_000, "goyang")
        seen["rows"] = review_rows(dialog.tree)
        seen["answers"] = dict(dialog.answers)
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    rows = seen["rows"]
    assert rows["자치행정국"][2] == both
    assert rows["도시교통국"][2] == ("4급" if lang == "ko" else "Grade 4")
    assert rows["정책기획담당관"][2] == officer
    assert seen["answers"] == {}  # nothing to choose: the text says both grades
    org = window.doc.project.org
    bureau = org.by_name("자치행정국")[0]
    assert bureau.head_grades == ("g3", "g4")
    model = window.doc.org_model
    cell = model.index_of_unit(bureau.id, COL_GRADE)
    assert cell.data() == both
    window.show_section("org")
    window.org_page.select_unit(bureau.id)
    form = window.org_page.form
    assert form.grade.currentText() == one
    assert form.grade_alt.currentText() == ("4급" if lang == "ko" else "Grade 4")
    form.grade_alt.setCurrentIndex(0)  # the empty entry: one grade
    assert bureau.head_grades == ("g3",)
    assert window.doc.undo_stack.undoText() == undo
    assert model.index_of_unit(bureau.id, COL_GRADE).data() == one
    window.doc.undo_stack.undo()
    assert bureau.head_grades == ("g3", "g4")
    assert form.grade_alt.currentText() == ("4급" if lang == "ko" else "Grade 4")
    assert model.index_of_unit(bureau.id, COL_GRADE).data() == both


@pytest.mark.gui
def test_a_regrade_to_two_grades_through_the_change_form(qtbot, make_window):
    """The 직급 조정 form offers a second grade: 도시교통국's 4급 head becomes 3·4급, and the
    change list and the bill say so; opened again, the form shows both."""
    set_lang("ko")
    window = make_window()

    def drive(dialog) -> int:
        read_government(dialog, "경기도 고양시", 1_070_000, "goyang")
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    project = window.doc.project
    bureau = project.org.by_name("도시교통국")[0]
    dialog = window.changes_page.add_change("head_grade")
    form = dialog.form
    form.unit.setCurrentIndex(form.unit.findData(bureau.id))
    form.grade.setCurrentIndex(form.grade.findData("g3"))
    form.grade_alt.setCurrentIndex(form.grade_alt.findData("g4"))
    dialog.accept()
    (change,) = project.changes
    assert (change.grade, change.grade_alt) == ("g3", "g4")
    assert change.describe({bureau.id: "도시교통국"}) == "도시교통국: 3급 또는 4급"
    sentences = [
        s.text for s in project.draft_inputs().draft["ordinance"].amendment("ko").sentences
    ]
    assert sentences == ['제6조제1항 중 "지방서기관"을 "지방부이사관ㆍ지방서기관"으로 한다.']
    again = window.changes_page.add_change("head_grade")
    again.form.load(change)
    assert again.form.grade_alt.currentText() == "4급"
    assert again.form.form.labelForField(again.form.grade_alt).text() == "복수직급(두 번째 직급)"
    again.reject()


def _sample_change_dialog(qtbot, make_window, change: str):
    """The window on the sample, in Korean, with the dialog of a new change of that type."""
    set_lang("ko")
    window = make_window()
    open_project(qtbot, window)
    window.show_section("changes")
    dialog = window.changes_page.add_change(change)
    qtbot.addWidget(dialog)
    return window, dialog


@pytest.mark.gui
def test_a_new_bureau_of_two_grades_through_the_establish_form(qtbot, make_window):
    """The 신설 form offers a second grade too: a new 환경국 of 3·4급 keeps both
    grades, and the form opened on the change shows them."""
    window, dialog = _sample_change_dialog(qtbot, make_window, "establish")
    project, form = window.doc.project, dialog.form
    form.parent_picker.set_unit_id("vg1")
    form.name_ko.setText("환경국")
    form.name_en.setText("Environment Bureau")
    form.grade.set_code("g3")
    form.grade_alt.set_code("g4")
    assert form.form.labelForField(form.grade_alt).text() == "복수직급(두 번째 직급)"
    dialog.accept()
    assert dialog.error.text() == ""
    change = project.changes[-1]
    assert change.unit.head_grades == ("g3", "g4")
    again = window.changes_page.add_change("establish")
    qtbot.addWidget(again)
    again.form.load(change)
    assert (again.form.grade.currentText(), again.form.grade_alt.currentText()) == ("3급", "4급")
    again.reject()
    # the same grade twice is one grade
    form.grade_alt.set_code("g3")
    assert form.new_unit("vg1").head_grades == ("g3",)


@pytest.mark.gui
def test_the_upgrade_form_offers_a_second_grade(qtbot, make_window):
    """The 격상ㆍ격하 form took one grade where the 직급 조정 and 신설 forms take two."""
    window, dialog = _sample_change_dialog(qtbot, make_window, "change_kind")
    project, form = window.doc.project, dialog.form
    unit = next(u for u in project.org if u.kind is UnitKind.TEAM)
    form.unit.set_unit_id(unit.id)
    form.kind.set_kind(UnitKind.BUREAU)
    form.grade.set_code("g3")
    form.grade_alt.set_code("g4")
    dialog.accept()
    change = project.changes[-1]
    assert (change.head_grade, change.head_grade_alt) == ("g3", "g4")
    assert project.draft_inputs().applied.org.get(unit.id).head_grades == ("g3", "g4")
    again = window.changes_page.add_change("change_kind")
    qtbot.addWidget(again)
    again.form.load(change)
    assert again.form.grade_alt.currentText() == "4급"
    again.reject()


@pytest.mark.gui
def test_file_new_lists_the_grade_of_a_combined_row(qtbot, make_window):
    """File › New from 고양시's texts whose 직급별 정원표 counts a post as 3ㆍ4급: the new
    project lists that grade between 3급 and 4급 and holds the post, 2,800 in all as the
    ordinance says (the row was dropped before: 2,799)."""
    set_lang("ko")
    window = make_window()

    def drive(dialog) -> int:
        dialog.name_ko.setText("경기도 고양시")
        dialog.population.setValue(1_070_000)
        dialog.next.click()
        for key in ("ordinance", "rule", "staffing"):
            text = (GOVERNMENTS / f"goyang-{key}.txt").read_text(encoding="utf-8")
            if key == "staffing":
                text = text.replace("| 3급 | 4 |", "| 3급 | 3 |\n| 3ㆍ4급 | 1 |")
            dialog.texts[key].setPlainText(text)
        dialog.next.click()
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    project = window.doc.project
    labels = [g.ko for g in project.grades]
    assert labels[labels.index("3급") : labels.index("4급") + 1] == ["3급", "3ㆍ4급", "4급"]
    staffing = project.org.total_staffing()
    assert staffing["g3-4"] == 1 and sum(staffing.values()) == 2_800


def test_a_head_grade_is_chosen_one_grade_at_a_time(qtbot):
    """A staffing table's grades of its own counting several together (3ㆍ4급, 6급 이하)
    are in the project's list for the staffing, but were offered as a head's grade too: a
    head set to '6급 이하' is no head an instrument can write, and '3ㆍ4급' is the two
    grades of a 복수직급, chosen in the head grade and the second head grade."""
    from desktop.core.grades import DEFAULT_GRADES, table_grade, with_table_grades
    from desktop.ui.fields import GradeCombo

    grades = with_table_grades(DEFAULT_GRADES, [table_grade("3ㆍ4급"), table_grade("6급 이하")])
    assert {"g3-4", "g6-below"} <= {g.code for g in grades}
    combo = GradeCombo(grades)
    qtbot.addWidget(combo)
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "g3-4" not in offered and "g6-below" not in offered
    assert {"g3", "g4", "g6", "political"} <= set(offered)


@pytest.mark.gui
@pytest.mark.parametrize(("lang", "where"), [("ko", "변경 2"), ("en", "Change 2")])
def test_a_heads_post_moved_twice_is_told_at_the_staffing_change(
    qtbot, make_window, tmp_path, lang, where
):
    """A project saved with an upgrade that gives a head a new grade and a staffing change
    that moves the same post by hand (자치행정과, 5급 −1, 4급 +1): the post moved twice
    without a word; the findings panel now tells it at the staffing change, and a click on it
    selects that change."""
    from desktop.core import changes as ch
    from desktop.core import projectfile
    from desktop.ui.findingspanel import WHERE
    from tests.core.city_project import city_project

    project = city_project()
    project.org.get("adm-loc").staffing = {"g5": 2, "g6": 6}
    project.changes = [
        ch.ChangeKind("c1", unit_id="adm-loc", kind=UnitKind.TASK_FORCE,
                      name_ko="자치분권추진단", name_en="Autonomy Task Force", head_grade="g4"),
        ch.ChangeStaffing("c2", unit_id="adm-loc", deltas={"g5": -1, "g4": 1}),
    ]  # fmt: skip
    path = tmp_path / "osan.orgdraft"
    projectfile.save(project, path)
    set_lang(lang)
    window = make_window()
    window.set_interface_language(lang)
    open_project(qtbot, window, path)
    panel = window.findings

    def twice():
        return [i for i, f in enumerate(panel.findings) if f.code == "W-HEAD-POST-TWICE"]

    qtbot.waitUntil(lambda: bool(twice()), timeout=10000)
    (row,) = twice()
    item = panel.topLevelItem(row)
    assert item.text(WHERE) == where
    assert item.text(2) == panel.findings[row].message(lang)
    assert ("한 번 더 옮깁니다" if lang == "ko" else "counts it a second time") in item.text(2)
    panel.itemClicked.emit(item, 0)
    assert window.stack.currentWidget() is window.changes_page
    assert window.changes_page.selected_row() == 1
