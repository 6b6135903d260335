"""The glossary beside the press-release editor: Korean ↔ English terms of the proposal (its
unit names, old and new), the official's own and the standard ones, filtered as one types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from desktop.ui.pressrows import bold
from desktop.ui.tr import N_, _, ngettext

if TYPE_CHECKING:
    from desktop.core.glossary import Glossary, Term


class FilterProxy(QSortFilterProxyModel):
    """Case-insensitive contains-filter over every column, keeping the parents of matches."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterKeyColumn(-1)


SOURCES = {
    "project": N_("yours"),
    "unit": N_("unit name"),
    "standard": N_("standard"),
}


class GlossaryPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shown: list[Term] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = bold(_("Glossary"))
        layout.addWidget(self.title)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_("Filter: Korean or English"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.model = QStandardItemModel(0, 3, self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.view)
        self.count = QLabel()
        layout.addWidget(self.count)
        self._set_headers()

    def _set_headers(self) -> None:
        self.model.setHorizontalHeaderLabels([_("Korean"), _("English"), _("Source")])

    def retranslate(self) -> None:
        """Headers, sources and count in the interface language (after a switch)."""
        self._set_headers()
        terms, self._shown = self._shown, []
        self._show(terms)

    def set_glossary(self, glossary: Glossary) -> None:
        terms = list(glossary)
        if terms != self._shown:
            self._show(terms)

    def _show(self, terms: list[Term]) -> None:
        self._shown = terms
        self.model.removeRows(0, self.model.rowCount())
        for term in terms:
            row = [QStandardItem(term.ko), QStandardItem(term.en[0]), QStandardItem()]
            row[2].setText(_(SOURCES.get(term.source, term.source)))
            if len(term.en) > 1:
                others = ", ".join(term.en[1:])
                row[1].setToolTip(_("Also accepted: {terms}").format(terms=others))
            self.model.appendRow(row)
        self.view.setColumnWidth(0, 120)
        self.view.setColumnWidth(1, 170)
        self.count.setText(ngettext("{n} term", "{n} terms", len(terms)).format(n=len(terms)))

    def shown_terms(self) -> list[tuple[str, str]]:
        """The (Korean, English) pairs the filter lets through, in view order."""
        return [
            (self.proxy.index(r, 0).data(), self.proxy.index(r, 1).data())
            for r in range(self.proxy.rowCount())
        ]
