"""Instruments: a new project's rule can be removed (undoable), instruments are reordered and
their roles set; an untitled instrument blocks export with a located error."""

from desktop.core.project import InstrumentSource, Override, Role
from desktop.core.statute import InstrumentKind
from desktop.ui.document import ProjectDocument
from desktop.ui.session import new_project
from desktop.ui.statutepage import StatutePage


def _page(qtbot, project) -> tuple[StatutePage, ProjectDocument]:
    doc = ProjectDocument(project)
    page = StatutePage()
    qtbot.addWidget(page)
    page.set_document(doc)
    return page, doc


def test_removing_the_rule_of_a_new_project_works_and_is_undoable(qtbot):
    project = new_project()
    assert [s.key for s in project.instruments] == ["ordinance", "rule"]
    page, doc = _page(qtbot, project)
    doc.project.overrides.append(Override("rule", "1/0", "text"))
    assert page.select_instrument("rule")
    page.remove_current()
    assert [s.key for s in doc.project.instruments] == ["ordinance"]
    assert doc.project.overrides == []
    assert page.instrument.count() == 1
    doc.undo_stack.undo()
    assert [s.key for s in doc.project.instruments] == ["ordinance", "rule"]
    assert doc.project.overrides == [Override("rule", "1/0", "text")]
    doc.undo_stack.redo()
    assert [s.key for s in doc.project.instruments] == ["ordinance"]


def test_instruments_are_reordered_and_their_roles_set(qtbot):
    project = new_project()
    project.instruments.append(InstrumentSource("staff", InstrumentKind.ORDINANCE, "정원 조례"))
    page, doc = _page(qtbot, project)
    page.select_instrument("staff")
    assert not page.down_button.isEnabled() and page.up_button.isEnabled()
    page.move_current(-1)
    assert [s.key for s in doc.project.instruments] == ["ordinance", "staff", "rule"]
    assert page.key() == "staff"
    page.role_actions[Role.ORGANIZATION].setChecked(False)
    assert doc.project.instrument("staff").role_set == {Role.STAFFING}
    doc.undo_stack.undo()
    assert doc.project.instrument("staff").role_set == {Role.ORGANIZATION, Role.STAFFING}
    assert page.role_actions[Role.ORGANIZATION].isChecked()
    doc.undo_stack.undo()
    assert [s.key for s in doc.project.instruments] == ["ordinance", "rule", "staff"]
