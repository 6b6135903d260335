"""개편 내용 — the ordered changes with their consequences, and the organization after them.

A change is added through its type's form (:class:`~desktop.ui.changedialog.ChangeDialog`);
the list reorders by drag or with the arrow buttons. The after-tree marks new, renamed,
moved, upgraded and abolished units (abolished ones are shown struck through where they were).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMenu,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core import changes as ch
from desktop.core.apply import apply_changes
from desktop.core.kinds import ABOLISH, KINDS, STRUCTURAL, Action
from desktop.core.org import Organization
from desktop.ui import commands as cmd
from desktop.ui.document import ProjectDocument
from desktop.ui.fields import tool_buttons
from desktop.ui.orgmodel import (
    OrgModel,
    fit_columns,
    mark_colour,
    mark_text,
    show_name_first,
)
from desktop.ui.orgpage import new_unit_id
from desktop.ui.sight import out_of_sight
from desktop.ui.tr import _

if TYPE_CHECKING:
    from desktop.ui.changedialog import ChangeDialog


def after_view(doc: ProjectDocument) -> tuple[Organization, dict[str, set[Action]]]:
    """The organization after the changes, with the units the changes removed put back (as
    they were in the current organization) so that they can be shown as abolished."""
    applied = doc.inputs().applied
    org, marks = applied.org.copy(), applied.marks()
    current = doc.project.org
    removed = [uid for change in doc.project.changes for uid in change.removed_ids()]
    for unit_id in removed:
        if unit_id in org or unit_id not in current:
            continue
        ghost = copy.deepcopy(current.get(unit_id))
        if ghost.parent_id not in org:
            ghost.parent_id = None
        org.add(ghost)
        marks[unit_id] = {ABOLISH}
    return org, marks


class ChangesPage(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        self.dialog: ChangeDialog | None = None
        self._stale = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QToolButton()
        self.add_button.setText(_("Add change"))
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.add_button)
        for type_name, cls in KINDS.items():
            action = menu.addAction(f"{cls.title('ko')} · {cls.title('en')}")
            action.triggered.connect(lambda _c=False, t=type_name: self.add_change(t))
        self.add_button.setMenu(menu)
        bar.addWidget(self.add_button)
        self.buttons = tool_buttons(
            bar,
            (
                ("edit", _("Edit…"), self.edit_selected),
                ("remove", _("Remove"), self.remove_selected),
                ("up", _("Move up"), lambda: self.move_selected(-1)),
                ("down", _("Move down"), lambda: self.move_selected(1)),
            ),
        )
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter()
        self.list = QListView()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.doubleClicked.connect(lambda _i: self.edit_selected())
        after = QWidget()
        after_layout = QVBoxLayout(after)
        after_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>" + _("Organization after the changes") + "</b>")
        after_layout.addWidget(title)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        after_layout.addWidget(self.legend)
        self.retranslate()
        self.after_model = OrgModel(
            Organization(),
            editable=False,
            profile=lambda: self.doc.project.profile if self.doc else None,
            parent=self,
        )
        self.after_tree = QTreeView()
        self.after_tree.setModel(self.after_model)
        self.after_tree.setUniformRowHeights(True)
        header = self.after_tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        show_name_first(self.after_tree)
        after_layout.addWidget(self.after_tree)
        splitter.addWidget(self.list)
        splitter.addWidget(after)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        """The legend of the marks in the interface language."""
        self.legend.setText(
            " ".join(
                f'<span style="color:{mark_colour({a})}">{mark_text({a})}</span>'
                for a in STRUCTURAL
            )
        )

    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        self.list.setModel(doc.changes_model)
        doc.changes_model.move_requested.connect(self._on_model_move_requested)
        self.add_button.setEnabled(not doc.read_only)
        for key in ("remove", "up", "down"):
            self.buttons[key].setEnabled(not doc.read_only)
        self.refresh()

    def refresh(self) -> None:
        """Recompute the after-tree and the consequences (after an edit settles; while
        another section is shown, when this one is shown again)."""
        if self.doc is None:
            return
        self._stale = out_of_sight(self)
        if self._stale:
            return
        self.doc.changes_model.refresh()
        org, marks = after_view(self.doc)
        self.after_model.set_org(org, marks)
        self.after_tree.expandAll()
        fit_columns(self.after_tree)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def selected_row(self) -> int:
        index = self.list.currentIndex()
        return index.row() if index.isValid() else -1

    def select_change(self, change_id: str) -> bool:
        if self.doc is None:
            return False
        row = self.doc.changes_model.row_of(change_id)
        if row < 0:
            return False
        index = self.doc.changes_model.index(row)
        self.list.setCurrentIndex(index)
        self.list.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list.scrollTo(index)
        return True

    # -- adding and editing ----------------------------------------------------------------
    def _dialog(self, type_name: str, row: int) -> ChangeDialog:
        from desktop.ui.changedialog import ChangeDialog  # the forms: on first use

        assert self.doc is not None
        before = apply_changes(self.doc.project.org, self.doc.project.changes[:row]).org
        doc = self.doc

        def unit_id(taken: set[str]) -> str:
            candidate = new_unit_id(doc)
            number = int(candidate[1:])
            while candidate in taken:
                number += 1
                candidate = f"u{number:03d}"
            return candidate

        change = self.doc.changes_model.change_at(row)
        change_id = change.id if change else self.doc.changes_model.new_id()
        return ChangeDialog(
            type_name,
            before,
            self.doc.project.grades,
            change_id,
            unit_id,
            self,
            profile=self.doc.project.profile,
        )

    def add_change(self, type_name: str) -> ChangeDialog | None:
        """Open the form of a new change, to go after the selected one (or at the end)."""
        if self.doc is None or self.doc.read_only:
            return None
        selected = self.selected_row()
        row = selected + 1 if selected >= 0 else len(self.doc.project.changes)
        dialog = self._dialog(type_name, row)
        dialog.change_id = self.doc.changes_model.new_id()
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog, row, insert=True))
        self.dialog = dialog
        dialog.open()
        return dialog

    def edit_selected(self) -> ChangeDialog | None:
        row = self.selected_row()
        change = self.doc.changes_model.change_at(row) if self.doc else None
        if change is None or self.doc.read_only:
            return None
        dialog = self._dialog(change.type_name, row)
        dialog.load(change)
        dialog.accepted.connect(lambda: self._on_dialog_accepted(dialog, row, insert=False))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _on_dialog_accepted(self, dialog: ChangeDialog, row: int, insert: bool) -> None:
        change = dialog.result_change
        if change is None or self.doc is None:
            return
        model = self.doc.changes_model
        command = (
            cmd.InsertChange(model, row, change)
            if insert
            else cmd.ReplaceChange(model, row, change)
        )
        self.doc.push(command)
        self.select_change(change.id)
        dialog.deleteLater()
        self.dialog = None

    def remove_selected(self) -> None:
        row = self.selected_row()
        if self.doc is not None and row >= 0:
            self.doc.push(cmd.RemoveChange(self.doc.changes_model, row))

    def move_selected(self, step: int) -> None:
        row = self.selected_row()
        if self.doc is None or row < 0:
            return
        to = row + step
        if 0 <= to < len(self.doc.project.changes):
            self.doc.push(cmd.MoveChange(self.doc.changes_model, row, to))
            self.select_change(self.doc.project.changes[to].id)

    def _on_model_move_requested(self, row: int, to: int) -> None:
        if self.doc is not None:
            self.doc.push(cmd.MoveChange(self.doc.changes_model, row, to))

    def label_of(self, change: ch.Change) -> str:
        return change.title()
