"""The organization item model: Qt's model tester, edits with undo, drops, after-tree marks."""

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QUndoStack

from desktop.core import kinds
from desktop.core.org import Organization, Unit, UnitKind
from desktop.core.projectfile import load
from desktop.paths import sample_path
from desktop.ui import commands as cmd
from desktop.ui.orgmodel import COL_NAME_KO, COL_STAFF, OrgModel


def small_org() -> Organization:
    return Organization(
        [
            Unit("gov", UnitKind.GOVERNOR, "도지사", "Governor"),
            Unit("a", UnitKind.BUREAU, "가국", "A Bureau", parent_id="gov"),
            Unit("a1", UnitKind.DIVISION, "가과", "A Division", parent_id="a", staffing={"g4": 2}),
            Unit("b", UnitKind.BUREAU, "나국", "B Bureau", parent_id="gov"),
        ]
    )


def test_sample_model_passes_the_model_tester(qtmodeltester):
    model = OrgModel(load(sample_path()).org)
    qtmodeltester.check(model)


def test_edits_keep_the_model_consistent_and_undo(qtmodeltester):
    model = OrgModel(small_org())
    qtmodeltester.check(model)
    stack = QUndoStack()
    stack.push(cmd.AddUnit(model, Unit("b1", UnitKind.DIVISION, "나과", parent_id="b")))
    stack.push(cmd.MoveUnit(model, "a1", "b", 0))
    stack.push(cmd.MoveUnit(model, "b", "gov", 0))
    stack.push(cmd.DeleteUnit(model, "a"))
    stack.push(cmd.EditUnit(model, "b1", "name_ko", "다과"))
    assert [u.id for u in model.org] == ["gov", "b", "a1", "b1"]
    assert model.org.get("b1").name_ko == "다과"
    while stack.canUndo():
        stack.undo()
    assert model.org == small_org()
    while stack.canRedo():
        stack.redo()
    assert [u.id for u in model.org] == ["gov", "b", "a1", "b1"]


def test_display_and_marks():
    model = OrgModel(small_org(), editable=False)
    model.set_org(small_org(), {"a": {kinds.ESTABLISH}, "b": {kinds.RENAME, kinds.MOVE}})
    gov = model.index(0, 0)
    a = model.index(0, COL_NAME_KO, gov)
    b = model.index(1, COL_NAME_KO, gov)
    assert a.data() == "가국 [new]"
    assert b.data() == "나국 [renamed·moved]"
    assert a.data(Qt.ItemDataRole.ForegroundRole) is not None
    a1 = model.index(0, COL_STAFF, model.index(0, 0, gov))
    assert a1.data() == "2"
    assert not (model.flags(a) & Qt.ItemFlag.ItemIsDragEnabled)


def test_the_staff_column_groups_thousands_as_the_documents_do(qtbot):
    """Walked: the tree's 정원 column said 2800 beside documents that say 2,800."""
    org = Organization([Unit("head", UnitKind.GOVERNOR, "시장", staffing={"g5": 2800})])
    model = OrgModel(org, editable=False)
    assert model.index(0, COL_STAFF).data() == "2,800"


def test_a_drop_asks_for_a_move_instead_of_moving(qtbot):
    model = OrgModel(small_org())
    gov = model.index(0, 0)
    mime = model.mimeData([model.index(0, 0, model.index(0, 0, gov))])  # 가과
    target = model.index(1, 0, gov)  # 나국
    with qtbot.waitSignal(model.move_requested) as blocker:
        assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target)
    assert blocker.args == ["a1", "b", -1]
    assert model.org.get("a1").parent_id == "a"  # unchanged until the command runs
    # No drop of a unit under its own descendant.
    mime = model.mimeData([model.index(0, 0, gov)])
    assert not model.canDropMimeData(
        mime, Qt.DropAction.MoveAction, -1, 0, model.index(0, 0, model.index(0, 0, gov))
    )
    assert model.rowCount(QModelIndex()) == 1
