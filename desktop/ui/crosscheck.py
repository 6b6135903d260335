"""Compare the organization with the instruments' text, and take a difference from the text
in one undoable step: in the dialog (Current organization › Compare with the texts…) or from
the difference's finding in the findings panel (its context menu)."""

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

from desktop.core.findings import Finding
from desktop.core.orgcheck import DUTIES, MISSING, Difference, cross_check, take_from_text
from desktop.core.orgread import OrgReading, read_organization
from desktop.core.validate import instrument_words
from desktop.i18n import Pair
from desktop.ui import commands as cmd
from desktop.ui.document import ProjectDocument
from desktop.ui.tr import _, lang, ngettext

FIXABLE = (MISSING, DUTIES)


def compare(doc: ProjectDocument) -> tuple[OrgReading, list[Difference], dict[str, Pair]]:
    """What was read from the project's texts, the differences from its organization, and
    the instruments' names for their messages."""
    project = doc.project
    texts = {src.key: src.text for src in project.instruments if src.text.strip()}
    reading = read_organization(texts.items(), project.meta.government_ko)
    names = {key: instrument_words(project, key) for key in texts}
    return reading, cross_check(project.org, reading, texts), names


def take(doc: ProjectDocument, difference: Difference, reading: OrgReading) -> bool:
    """Apply the text's version of ``difference`` as one undo step; ``False`` when the text
    does not settle it."""
    fixed = take_from_text(doc.project.org, difference, reading)
    if fixed is None:
        return False
    return doc.push(
        cmd.ReplaceOrganization(
            doc, fixed, _("Take {unit} from the text").format(unit=difference.name)
        )
    )


def take_finding(doc: ProjectDocument, finding: Finding) -> bool:
    """Take from the text the difference a validation finding reports (the findings
    panel's fix); ``False`` when the finding no longer holds or the text does not settle it."""
    if finding.code not in FIXABLE:
        return False
    reading, differences, names = compare(doc)
    for difference in differences:
        if difference.fixable and difference.finding(names) == finding:
            return take(doc, difference, reading)
    return False


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
        self.reading, self.differences, names = compare(self.doc)
        self.list.clear()
        for difference in self.differences:
            item = QListWidgetItem(difference.finding(names).message(lang()))
            self.list.addItem(item)
        self.summary.setText(
            ngettext(
                "{n} difference between the organization and the texts.",
                "{n} differences between the organization and the texts.",
                len(self.differences),
            ).format(n=len(self.differences))
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
        if not take(self.doc, self.differences[row], self.reading):
            return False
        self.refresh()
        return True
