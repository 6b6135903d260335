"""The ordered list of changes (개편 내용) as a list model, with each change's consequences.

Row text: ``3. 이관 — 무역투자과 → 국제협력국`` and below it, indented, what the change does to
the statute texts (``→ 제10조의2 신설``), from ``DraftInputs.statutes.consequences``. Edits
(:meth:`insert_change`, :meth:`remove_change`, :meth:`move_change`, :meth:`replace_change`)
are called by undo commands only; a drop reports ``move_requested`` instead of moving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, Qt, Signal

from desktop.core import changes as ch
from desktop.core.kformat import date_en, date_ko
from desktop.ui.tr import _, pick

if TYPE_CHECKING:
    from desktop.core.project import DraftInputs, Project

MIME = "application/x-orgdraft-change-row"
CHANGE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChangesSource(Protocol):
    """What the list reads from its document (a :class:`~desktop.ui.document.ProjectDocument`,
    which owns the list: the list does not import it)."""

    project: Project
    read_only: bool

    def inputs(self) -> DraftInputs: ...


def unit_names(doc: ChangesSource) -> dict[str, str]:
    """Unit id → name, over the current units and every unit a change creates."""
    names = {u.id: pick(u.name_ko, u.name_en) for u in doc.project.org}
    for change in doc.project.changes:
        for unit in change.created_units():
            names.setdefault(unit.id, pick(unit.name_ko, unit.name_en))
    return names


def grade_labels(doc: ChangesSource) -> dict[str, str]:
    """Grade code → label in the interface language (``g6`` → 6급), over the project's grades."""
    return {g.code: pick(g.ko, g.en) for g in doc.project.grades}


def describe(change: ch.Change, doc: ChangesSource) -> str:
    """What a change does to the organization, in a few words (its kind says them), with the
    project's unit names and grades."""
    return change.describe(unit_names(doc), grade_labels(doc))


class ChangeListModel(QAbstractListModel):
    move_requested = Signal(int, int)  # from row, to row (final position)
    change_replaced = Signal(int)

    def __init__(self, doc: ChangesSource, parent=None) -> None:
        super().__init__(parent)
        self._doc = doc

    @property
    def changes(self) -> list[ch.Change]:
        return self._doc.project.changes

    def change_at(self, row: int) -> ch.Change | None:
        return self.changes[row] if 0 <= row < len(self.changes) else None

    def retranslate(self) -> None:
        """Show every row again in the interface language."""
        if self.changes:
            self.dataChanged.emit(self.index(0), self.index(len(self.changes) - 1))

    def row_of(self, change_id: str) -> int:
        return next((i for i, c in enumerate(self.changes) if c.id == change_id), -1)

    def new_id(self) -> str:
        taken = {c.id for c in self.changes}
        number = len(self.changes) + 1
        while f"c{number:02d}" in taken:
            number += 1
        return f"c{number:02d}"

    def refresh(self) -> None:
        """The consequences changed (the computed state was refreshed)."""
        if self.changes:
            self.dataChanged.emit(self.index(0), self.index(len(self.changes) - 1))

    # -- edits (called by undo commands) ----------------------------------------------------
    def insert_change(self, row: int, change: ch.Change) -> None:
        self.beginInsertRows(QModelIndex(), row, row)
        self.changes.insert(row, change)
        self.endInsertRows()

    def remove_change(self, row: int) -> ch.Change:
        self.beginRemoveRows(QModelIndex(), row, row)
        change = self.changes.pop(row)
        self.endRemoveRows()
        return change

    def move_change(self, row: int, to: int) -> None:
        """Move the change at ``row`` so that it ends up at position ``to``."""
        if row == to:
            return
        qt_to = to + 1 if to > row else to
        if not self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), qt_to):
            return
        self.changes.insert(to, self.changes.pop(row))
        self.endMoveRows()

    def replace_change(self, row: int, change: ch.Change) -> ch.Change:
        old = self.changes[row]
        self.changes[row] = change
        self.dataChanged.emit(self.index(row), self.index(row))
        self.change_replaced.emit(row)
        return old

    # -- QAbstractListModel -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.changes)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        change = self.change_at(index.row()) if index.isValid() else None
        if change is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), change)
        if role == CHANGE_ID_ROLE:
            return change.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return change.note or None
        return None

    def _text(self, row: int, change: ch.Change) -> str:
        head = f"{row + 1}. [{change.title()}] {describe(change, self._doc)}"
        if change.effective:
            when = pick(date_ko(change.effective), date_en(change.effective))
            head += "  " + _("(effective {date})").format(date=when)
        inputs = self._doc.inputs()
        lines = [head]
        for consequence in inputs.statutes.consequences.get(change.id, []):
            lines.append("      → " + pick(consequence.ko, consequence.en))
        if change.id not in inputs.applied.applied:
            lines.append("      ⚠ " + _("does not apply: see the validation panel"))
        return "\n".join(lines)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._doc.read_only:
            return base if index.isValid() else Qt.ItemFlag.NoItemFlags
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(MIME, QByteArray(str(indexes[0].row()).encode()))
        return mime

    def dropMimeData(self, mime, action, row, column, parent) -> bool:
        if self._doc.read_only or not mime.hasFormat(MIME):
            return False
        source = int(bytes(mime.data(MIME).data()).decode())
        target = len(self.changes) if row < 0 else row
        if parent.isValid():  # dropped onto an item: before it
            target = parent.row()
        to = target - 1 if target > source else target
        if 0 <= source < len(self.changes) and to != source:
            self.move_requested.emit(source, min(to, len(self.changes) - 1))
        return True
