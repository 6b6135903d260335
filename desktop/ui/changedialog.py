"""The dialog that adds or edits one change: its type's form, its own effective date, a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from desktop.core import changes as ch
from desktop.core.government import Profile
from desktop.core.grades import Grade
from desktop.core.kinds import KINDS
from desktop.core.org import Organization
from desktop.ui.changeforms import FORMS, ChangeForm
from desktop.ui.fields import DateField
from desktop.ui.tr import _


class ChangeDialog(QDialog):
    """``org`` is the organization at the change's place (earlier changes applied)."""

    def __init__(
        self,
        type_name: str,
        org: Organization,
        grades: list[Grade],
        change_id: str,
        new_unit_id: Callable[[set[str]], str],
        parent=None,
        *,
        profile: Profile | None = None,
    ) -> None:
        super().__init__(parent)
        cls = KINDS[type_name]
        self.change_id = change_id
        self.result_change: ch.Change | None = None
        self.setWindowTitle(_("Change: {label}").format(label=cls.title()))
        layout = QVBoxLayout(self)
        hint = QLabel(_("Only the units that exist at this point of the list can be chosen."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.form: ChangeForm = FORMS[type_name](
            org, grades, lambda taken=frozenset(): new_unit_id(set(taken)), profile=profile
        )
        layout.addWidget(self.form)
        common = QFormLayout()
        self.effective = DateField()
        self.effective.setToolTip(_("Leave empty to use the instrument's effective date."))
        common.addRow(_("Own effective date"), self.effective)
        self.note = QLineEdit()
        common.addRow(_("Note"), self.note)
        layout.addLayout(common)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def load(self, change: ch.Change) -> None:
        self.form.load(change)
        self.effective.set_date(change.effective)
        self.note.setText(change.note)

    def build(self) -> ch.Change:
        """The change as entered; ``ValueError`` says what is missing."""
        change = self.form.build(self.change_id)
        try:
            change.effective = self.effective.date()
        except ValueError as exc:  # which field: the form has a date of its own too
            raise ValueError(
                _("{field}: {error}").format(field=_("Own effective date"), error=exc)
            ) from None
        change.note = self.note.text().strip()
        return change

    def accept(self) -> None:
        try:
            self.result_change = self.build()
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        super().accept()
