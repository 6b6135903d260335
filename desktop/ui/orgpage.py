"""현행 조직 — the current organization as a tree, with the detail form of the selected unit.

Add, delete and drag to move are undoable; a unit list can be imported from CSV.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.org import Unit, UnitKind
from desktop.ui import commands as cmd
from desktop.ui.document import ProjectDocument
from desktop.ui.fields import tool_buttons
from desktop.ui.orgmodel import COL_NAME_KO, fit_columns, show_name_first
from desktop.ui.tr import _
from desktop.ui.unitform import UnitForm


def new_unit_id(doc: ProjectDocument) -> str:
    """An id used by no current unit and no unit a change creates."""
    taken = {u.id for u in doc.project.org}
    for change in doc.project.changes:
        for attr in ("unit", "into"):
            value = getattr(change, attr, None)
            for unit in value if isinstance(value, list) else [value]:
                if isinstance(unit, Unit):
                    taken.add(unit.id)
        for unit in getattr(change, "children", []):
            taken.add(unit.id)
    number = len(taken) + 1
    while f"u{number:03d}" in taken:
        number += 1
    return f"u{number:03d}"


class OrgPage(QWidget):
    import_requested = Signal()
    sheet_export_requested = Signal()
    template_requested = Signal()
    check_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.buttons = tool_buttons(
            bar,
            (
                ("add", _("Add unit"), self.add_sibling),
                ("add_child", _("Add sub-unit"), self.add_child),
                ("delete", _("Delete"), self.delete_selected),
                ("import", _("Import CSV or XLSX…"), self.import_requested.emit),
                ("template", _("Spreadsheet template…"), self.template_requested.emit),
                ("export_sheet", _("Export XLSX…"), self.sheet_export_requested.emit),
                ("check", _("Compare with the texts…"), self.check_requested.emit),
            ),
        )
        bar.addStretch(1)
        layout.addLayout(bar)
        splitter = QSplitter()
        self.tree = QTreeView()
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.form = UnitForm()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        # the form's first width: the stretch factors share only what is left over, and the
        # form, empty until a unit is chosen, asked for little (its duties were cut at 260 px)
        splitter.setSizes([660, 380])
        layout.addWidget(splitter)

    def _fit_columns(self, *_args) -> None:
        """Every column as wide as its longest text (see :func:`fit_columns`)."""
        fit_columns(self.tree)

    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        self.tree.setModel(doc.org_model)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if header.visualIndex(COL_NAME_KO) != 0:
            show_name_first(self.tree)
        self.tree.expandAll()
        self._fit_columns()
        doc.org_model.headerDataChanged.connect(self._fit_columns)  # a language switch
        doc.org_model.unit_edited.connect(self._fit_columns)  # a longer name, another kind
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        doc.org_model.move_requested.connect(self._on_model_move_requested)
        doc.org_model.rowsInserted.connect(self._on_model_rows_inserted)
        doc.org_model.modelReset.connect(self.tree.expandAll)
        doc.org_model.modelReset.connect(self._fit_columns)
        self.form.set_document(doc)
        for key in ("add", "add_child", "delete", "import"):
            self.buttons[key].setEnabled(not doc.read_only)

    def selected_id(self) -> str:
        unit = self.doc.org_model.unit_at(self.tree.currentIndex()) if self.doc else None
        return unit.id if unit else ""

    def select_unit(self, unit_id: str, field: str = "") -> bool:
        if self.doc is None:
            return False
        index = self.doc.org_model.index_of_unit(unit_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        self.form.show_unit(unit_id)
        if field:
            self.form.focus_field(field)
        return True

    def _on_tree_current_changed(self, current, _previous) -> None:
        unit = self.doc.org_model.unit_at(current) if self.doc else None
        self.form.show_unit(unit.id if unit else "")

    def _on_model_rows_inserted(self, parent, first, _last) -> None:
        self.tree.expand(parent)

    def _on_model_move_requested(self, unit_id: str, parent_id: str, index: int) -> None:
        if self.doc is not None:
            model = self.doc.org_model
            self.doc.push(
                cmd.MoveUnit(model, unit_id, parent_id or None, None if index < 0 else index)
            )

    # -- actions ---------------------------------------------------------------------------
    def _add(self, parent_id: str | None, index: int | None, kind: UnitKind) -> None:
        if self.doc is None:
            return
        unit = Unit(new_unit_id(self.doc), kind, _("New unit"), parent_id=parent_id)
        if self.doc.push(cmd.AddUnit(self.doc.org_model, unit, index)):
            self.select_unit(unit.id, "name_ko")
            self.form.lines["name_ko"].selectAll()

    def add_sibling(self) -> None:
        org = self.doc.project.org if self.doc else None
        current = org.find(self.selected_id()) if org else None
        if current is None:
            self._add(None, None, UnitKind.BUREAU)
        else:
            self._add(current.parent_id, org.index_of(current.id) + 1, current.kind)

    def add_child(self) -> None:
        org = self.doc.project.org if self.doc else None
        current = org.find(self.selected_id()) if org else None
        if current is None:
            return self.add_sibling()
        self._add(current.id, None, UnitKind.DIVISION)

    def delete_selected(self) -> None:
        if self.doc is not None and self.selected_id():
            self.doc.push(cmd.DeleteUnit(self.doc.org_model, self.selected_id()))
