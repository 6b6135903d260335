"""The validation panel: every finding, errors first; clicking one reports it so that the
window can select the unit, change, article or field it is about."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from desktop.core.findings import Finding
from desktop.ui.tr import _, lang


class FindingsPanel(QTreeWidget):
    finding_activated = Signal(object)  # Finding

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.setColumnCount(4)
        self.setHeaderLabels([_("Severity"), _("Code"), _("Where"), _("Message")])
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 80)
        header.resizeSection(1, 170)
        header.resizeSection(2, 170)
        header.setStretchLastSection(True)
        self.itemClicked.connect(self._on_item_activated)
        self.itemActivated.connect(self._on_item_activated)

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.clear()
        for number, finding in enumerate(self.findings):
            severity = _("Error") if finding.is_error else _("Warning")
            item = QTreeWidgetItem(
                [severity, finding.code, finding.place.describe(), finding.message(lang())]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(3, finding.message(lang()))
            colour = "#b3261e" if finding.is_error else "#8a6d00"
            item.setForeground(0, QBrush(QColor(colour)))
            self.addTopLevelItem(item)
        if not self.findings:
            self.addTopLevelItem(QTreeWidgetItem(["", "", "", _("No errors or warnings.")]))

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        number = item.data(0, Qt.ItemDataRole.UserRole)
        if number is not None:
            self.finding_activated.emit(self.findings[int(number)])
