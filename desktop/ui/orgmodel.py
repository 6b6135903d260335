"""The one item model over an :class:`~desktop.core.org.Organization`.

Rows are units, columns kind, Korean name, English name, head grade and staffing total. The
model is both the editable current organization (structural edits go through
:meth:`insert_subtree`, :meth:`remove_subtree`, :meth:`move_unit` and
:meth:`set_unit_field`, called by undo commands only) and the read-only organization after
the changes, whose units carry marks (``[신설]``) and colours.

A drop does not move anything itself: it reports ``move_requested`` so that the window turns
it into an undoable command.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.core.government import Profile
from desktop.core.kinds import ABOLISH, ACTIONS, Action
from desktop.core.org import Organization, Unit
from desktop.ui.labels import head_grade_label, kind_label
from desktop.ui.tr import N_, _

MIME = "application/x-orgdraft-unit-ids"
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (N_("Kind"), N_("Name (Korean)"), N_("Name (English)"), N_("Head grade"), N_("Staff"))
COL_KIND, COL_NAME_KO, COL_NAME_EN, COL_GRADE, COL_STAFF = range(5)


def show_name_first(view) -> None:
    """Put the Korean name first in a tree view over this model, with the tree lines on it,
    and the English name last: Korean name, kind, grade, staff, English name (the model keeps
    its column order: kind, Korean name, English name, grade, staff). An English name is the
    longest text of a row ('Gyeonggi Northern Special Autonomous Province Promotion Team'):
    placed before the grade and the staff, it pushed them out of the view at 1366 px."""
    view.setTreePosition(COL_NAME_KO)
    header = view.header()
    header.moveSection(header.visualIndex(COL_NAME_KO), 0)
    header.moveSection(header.visualIndex(COL_NAME_EN), header.count() - 1)


FIT_MINIMUM = 70  # pixels: the narrowest a fitted column is, its header at least


def fit_columns(view) -> None:
    """Size the columns of a tree view over this model to their longest texts: the kind
    (Vice Governor, Deputy County Governor, Council Secretariat), the names with their marks
    (경기북부특별자치도추진단 [격상], Citizen Rights Committee), the head grade and the staff,
    none cut with an ellipsis (fixed widths cut them: 'Gover…', 'Vice G…'); the last column
    (the English name, :func:`show_name_first`) takes what is left. Where the columns are
    wider than the view, it scrolls sideways."""
    header = view.header()
    for column in (COL_KIND, COL_NAME_KO, COL_NAME_EN, COL_GRADE, COL_STAFF):
        view.resizeColumnToContents(column)
        header.resizeSection(column, max(FIT_MINIMUM, header.sectionSize(column)))


def mark_text(actions: set[Action]) -> str:
    """``[신설]`` or ``[명칭변경·이관]`` (English: ``[renamed·moved]``)."""
    names = [action.word() for action in ACTIONS if action in actions]
    return f"[{'·'.join(names)}]" if names else ""


def mark_colour(actions: set[Action]) -> str:
    return next((action.colour for action in ACTIONS if action in actions), "")


class OrgModel(QAbstractItemModel):
    """A tree model over an organization; ``marks`` (unit id → actions) decorate the units."""

    move_requested = Signal(str, str, int)  # unit id, new parent id ("" = top), index (-1 = end)
    unit_edited = Signal(str)  # unit id: a field of the unit changed

    def __init__(
        self,
        org: Organization,
        *,
        editable: bool = True,
        profile: Callable[[], Profile | None] | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self._org = org
        self._profile = profile  # the government's profile now (its head is 시장, 군수 …)
        self._editable = editable
        self._marks: dict[str, set[Action]] = {}
        self._keys: dict[str, int] = {}
        self._ids: dict[int, str] = {}

    # -- the organization ------------------------------------------------------------------
    @property
    def org(self) -> Organization:
        return self._org

    def set_org(self, org: Organization, marks: dict[str, set[Action]] | None = None) -> None:
        self.beginResetModel()
        self._org = org
        self._marks = dict(marks or {})
        self.endResetModel()

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    def retranslate(self) -> None:
        """Show the header, kinds and marks again in the interface language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.layoutAboutToBeChanged.emit()
        self.layoutChanged.emit()

    def unit_at(self, index: QModelIndex) -> Unit | None:
        if not index.isValid():
            return None
        return self._org.find(self._ids.get(index.internalId()))

    def index_of_unit(self, unit_id: str | None, column: int = 0) -> QModelIndex:
        if unit_id is None or unit_id not in self._org:
            return QModelIndex()
        return self.createIndex(self._org.index_of(unit_id), column, self._key(unit_id))

    def _key(self, unit_id: str) -> int:
        key = self._keys.get(unit_id)
        if key is None:
            key = len(self._keys) + 1
            self._keys[unit_id] = key
            self._ids[key] = unit_id
        return key

    # -- edits (called by undo commands) ----------------------------------------------------
    def insert_subtree(self, units: list[Unit], index: int | None = None) -> None:
        """Add ``units[0]`` at ``index`` under its parent, then its descendants (pre-order)."""
        top = units[0]
        siblings = self._org.child_ids(top.parent_id)
        row = len(siblings) if index is None else index
        self.beginInsertRows(self.index_of_unit(top.parent_id), row, row)
        self._org.add(top, row)
        for unit in units[1:]:
            self._org.add(unit)
        self.endInsertRows()

    def remove_subtree(self, unit_id: str) -> tuple[list[Unit], int]:
        """Remove a unit with its descendants; returns them (pre-order) and its old index."""
        unit = self._org.get(unit_id)
        units = [unit, *self._org.walk(unit_id)]
        row = self._org.index_of(unit_id)
        self.beginRemoveRows(self.index_of_unit(unit.parent_id), row, row)
        for sub in reversed(units):
            self._org.remove(sub.id)
        self.endRemoveRows()
        return units, row

    def move_unit(self, unit_id: str, new_parent_id: str | None, index: int | None) -> None:
        """Move a unit (with its subtree) under ``new_parent_id`` to ``index`` (end if None)."""
        unit = self._org.get(unit_id)
        old_row = self._org.index_of(unit_id)
        same = unit.parent_id == new_parent_id
        count = len(self._org.child_ids(new_parent_id)) - (1 if same else 0)
        row = count if index is None else min(index, count)
        if same and row == old_row:
            return
        qt_row = row + 1 if same and row > old_row else row
        src, dst = self.index_of_unit(unit.parent_id), self.index_of_unit(new_parent_id)
        if not self.beginMoveRows(src, old_row, old_row, dst, qt_row):
            return
        self._org.move(unit_id, new_parent_id, row)
        self.endMoveRows()

    def set_unit_field(self, unit_id: str, name: str, value: object) -> None:
        setattr(self._org.get(unit_id), name, value)
        row = self._org.index_of(unit_id)
        parent = self.index_of_unit(self._org.get(unit_id).parent_id)
        self.dataChanged.emit(self.index(row, 0, parent), self.index(row, len(COLUMNS) - 1, parent))
        self.unit_edited.emit(unit_id)

    # -- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        parent_id = self._ids.get(parent.internalId()) if parent.isValid() else None
        children = self._org.child_ids(parent_id)
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, self._key(children[row]))

    def parent(self, index: QModelIndex | None = None):  # type: ignore[override]
        if index is None:
            return super().parent()
        unit = self.unit_at(index)
        if unit is None or unit.parent_id is None:
            return QModelIndex()
        return self.index_of_unit(unit.parent_id)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            if parent.column() != 0:
                return 0
            return len(self._org.child_ids(self._ids.get(parent.internalId())))
        return len(self._org.child_ids(None))

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return _(COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        unit = self.unit_at(index)
        if unit is None:
            return None
        column = index.column()
        marks = self._marks.get(unit.id, set())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(unit, column, marks)
        if role == UNIT_ID_ROLE:
            return unit.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{unit.name_ko} ({unit.id})"
        if role == Qt.ItemDataRole.ForegroundRole and marks:
            return QBrush(QColor(mark_colour(marks)))
        if role == Qt.ItemDataRole.FontRole and ABOLISH in marks:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_STAFF:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, unit: Unit, column: int, marks: set[Action]) -> str:
        if column == COL_KIND:
            return kind_label(unit.kind, self._profile() if self._profile else None)
        if column == COL_NAME_KO:
            mark = mark_text(marks)
            return f"{unit.name_ko} {mark}" if mark else unit.name_ko
        if column == COL_NAME_EN:
            return unit.name_en
        if column == COL_GRADE:
            return head_grade_label(unit.head_grades)
        total = unit.staff_total
        return f"{total:,}" if total else ""  # 2,800, as every document writes it

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self._editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    # -- drag and drop ----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = []
        for index in indexes:
            unit = self.unit_at(index)
            if unit is not None and unit.id not in ids:
                ids.append(unit.id)
        mime = QMimeData()
        mime.setData(MIME, QByteArray("\n".join(ids).encode("utf-8")))
        return mime

    def _dropped_ids(self, mime: QMimeData) -> list[str]:
        if not mime.hasFormat(MIME):
            return []
        text = bytes(mime.data(MIME).data()).decode("utf-8")
        return [uid for uid in text.split("\n") if uid in self._org]

    def canDropMimeData(self, mime, action, row, column, parent) -> bool:
        if not self._editable or action != Qt.DropAction.MoveAction:
            return False
        ids = self._dropped_ids(mime)
        target = self._ids.get(parent.internalId()) if parent.isValid() else None
        return bool(ids) and not any(self._org.would_cycle(uid, target) for uid in ids)

    def dropMimeData(self, mime, action, row, column, parent) -> bool:
        if not self.canDropMimeData(mime, action, row, column, parent):
            return False
        target = self._ids.get(parent.internalId()) if parent.isValid() else None
        for uid in self._dropped_ids(mime):
            index = row
            unit = self._org.get(uid)
            if row >= 0 and unit.parent_id == target and self._org.index_of(uid) < row:
                index = row - 1
            self.move_requested.emit(uid, target or "", index)
        return True
