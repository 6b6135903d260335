"""Compare the organization with the instruments' text, and take a difference from the text
in one undoable step (Current organization › Compare with the texts…)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.orgcheck import Difference, cross_check, take_from_text
from desktop.core.orgread import OrgReading, read_organization
from desktop.ui import commands as cmd
from desktop.ui.document import ProjectDocument
from desktop.ui.tr import _, lang


class CrossCheckDialog(QDialog):
    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(_("Compare with the texts"))
        self.resize(760, 420)
        self.summary = QLabel()
        self.list = QListWidget()
        self.fix_button = QPushButton(_("&Take it from the text"))
        self.fix_button.clicked.connect(self.take_selected)
        self.list.currentRowChanged.connect(self._update)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.fix_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.reading: OrgReading | None = None
        self.differences: list[Difference] = []
        self.refresh()

    def refresh(self) -> None:
        project = self.doc.project
        texts = {src.key: src.text for src in project.instruments if src.text.strip()}
        self.reading = read_organization(texts.items())
        self.differences = cross_check(project.org, self.reading, texts)
        self.list.clear()
        for difference in self.differences:
            item = QListWidgetItem(difference.finding().message(lang()))
            self.list.addItem(item)
        self.summary.setText(
            _("{n} difference(s) between the organization and the texts.").format(
                n=len(self.differences)
            )
            if self.differences
            else _("The organization and the texts agree.")
        )
        self.list.setCurrentRow(0 if self.differences else -1)
        self._update()

    def _update(self, *_args: object) -> None:
        row = self.list.currentRow()
        self.fix_button.setEnabled(
            0 <= row < len(self.differences) and self.differences[row].fixable
        )

    def take_selected(self) -> bool:
        """Apply the text's version of the selected difference (one undo step)."""
        row = self.list.currentRow()
        if not 0 <= row < len(self.differences) or self.reading is None:
            return False
        difference = self.differences[row]
        fixed = take_from_text(self.doc.project.org, difference, self.reading)
        if fixed is None:
            return False
        self.doc.push(
            cmd.ReplaceOrganization(
                self.doc, fixed, _("Take {unit} from the text").format(unit=difference.name)
            )
        )
        self.refresh()
        return True
