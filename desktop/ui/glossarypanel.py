"""The glossary beside the press-release editor: Korean ↔ English terms of the proposal (its
unit names, old and new), the official's own and the standard ones, filtered as one types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

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


ENGLISH_WIDTH = 120  # pixels: the narrowest the English column is, wrapping its terms
PANEL_WIDTH = 290  # pixels: the narrowest the panel is
SOURCES = {
    "project": N_("yours"),
    "unit": N_("unit name"),
    "standard": N_("standard"),
}


class GlossaryPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._shown: list[Term] = []
        self._longest_word = 0  # pixels: the widest word of a Korean term, which Qt won't break
        # room for a unit's name (경기북부특별자치도추진단) beside its English in a narrow window
        # (1024 px gave the panel 215, the English column out of sight)
        self.setMinimumWidth(PANEL_WIDTH)
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
        # The Korean term whole (Qt does not break a Korean word), the English one wrapped in
        # the rest of the panel's width, its row as tall as it needs: both were cut at fixed
        # widths ('경기북부특별자치도추…', 'AI Data Infrastructure Di…'). The source is
        # beyond them (the panel scrolls sideways).
        self.view.setWordWrap(True)
        self.view.viewport().installEventFilter(self)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # a column's new width changes how many lines its terms take: lay the rows out again
        header.sectionResized.connect(lambda *_args: self.view.scheduleDelayedItemsLayout())
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
        style = self.view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        metrics = self.view.fontMetrics()
        widths = [
            metrics.boundingRect(QRect(0, 0, 100_000, 100), 0, word).width()  # as drawn
            for term in terms
            for word in term.ko.split()
        ]
        grid = int(self.view.showGrid())  # the cell's line, within the column's width
        self._longest_word = max(widths, default=0) + 2 * margin + grid
        self._fit_columns()
        self.count.setText(ngettext("{n} term", "{n} terms", len(terms)).format(n=len(terms)))

    def _fit_columns(self) -> None:
        """The Korean column as wide as its terms, or two fifths of the panel with its
        longest word whole; the English column the rest, at least ENGLISH_WIDTH."""
        view = self.view
        width = view.viewport().width()
        view.resizeColumnToContents(0)
        korean = min(view.columnWidth(0), max(self._longest_word, width * 2 // 5))
        view.setColumnWidth(0, korean)
        view.setColumnWidth(1, max(ENGLISH_WIDTH, width - korean))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def shown_terms(self) -> list[tuple[str, str]]:
        """The (Korean, English) pairs the filter lets through, in view order."""
        return [
            (self.proxy.index(r, 0).data(), self.proxy.index(r, 1).data())
            for r in range(self.proxy.rowCount())
        ]
