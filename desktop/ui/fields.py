"""Small input widgets shared by the forms: unit picker, kind and grade choosers, Korean date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QBoxLayout, QComboBox, QLineEdit

from desktop.core.government import Profile
from desktop.core.grades import Grade, head_grade_choices
from desktop.core.kformat import date_ko, parse_date_ko
from desktop.core.org import Organization, UnitKind
from desktop.ui.labels import kind_label
from desktop.ui.tr import _, pick

if TYPE_CHECKING:  # the overview (the first page shown) has no tool button
    from PySide6.QtWidgets import QToolButton


def tool_buttons(
    bar: QBoxLayout, buttons: Iterable[tuple[str, str, Callable[[], object]]]
) -> dict[str, QToolButton]:
    """A row of tool buttons (key, text, slot) added to ``bar``; the buttons by key."""
    made: dict[str, QToolButton] = {}
    for key, text, slot in buttons:
        button = QtWidgets.QToolButton()
        button.setText(text)
        button.clicked.connect(slot)
        bar.addWidget(button)
        made[key] = button
    return made


class UnitPicker(QComboBox):
    """A searchable choice among the units of one organization (type to filter by name)."""

    def __init__(
        self,
        org: Organization,
        *,
        allow_none: str = "",
        profile: Profile | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(24)
        self.lineEdit().setPlaceholderText(_("Type to search…"))
        self._profile = profile
        self._kinds: list[UnitKind | None] = []  # by item: the unit's kind (for a new language)
        if allow_none:
            self.addItem(allow_none, "")
            self._kinds.append(None)
        for unit in org:
            depth = len(org.ancestors(unit.id))
            label = f"{'  ' * depth}{unit.name_ko} · {kind_label(unit.kind, profile)}"
            self.addItem(label, unit.id)
            self._kinds.append(unit.kind)
            self.setItemData(
                self.count() - 1, f"{unit.name_en} ({unit.id})", QtCore.Qt.ItemDataRole.ToolTipRole
            )
        # QtWidgets.QCompleter: PySide makes the class when first named, not at start-up
        completer = QtWidgets.QCompleter(self.model(), self)
        completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setCurrentIndex(-1 if not allow_none else 0)

    def retranslate(self) -> None:
        """The kinds after the names again in the interface language."""
        for index, kind in enumerate(self._kinds):
            if kind is not None:
                name = self.itemText(index).rpartition(" · ")[0]
                self.setItemText(index, f"{name} · {kind_label(kind, self._profile)}")

    def unit_id(self) -> str:
        """The chosen unit's id ('' when none); matches typed text against the names."""
        index = self.findText(self.currentText(), QtCore.Qt.MatchFlag.MatchFixedString)
        if index < 0:
            text = self.currentText().strip()
            index = (
                next(
                    (i for i in range(self.count()) if self.itemText(i).strip().startswith(text)),
                    -1,
                )
                if text
                else -1
            )
        return str(self.itemData(index) or "") if index >= 0 else ""

    def set_unit_id(self, unit_id: str | None) -> None:
        self.setCurrentIndex(self.findData(unit_id or ""))

    def unit_ids(self) -> list[str]:
        return [str(self.itemData(i)) for i in range(self.count()) if self.itemData(i)]


class KindCombo(QComboBox):
    """The kinds of unit; with the government's profile, only the kinds that government has
    (no 읍·면·동 in a 도), the head and deputies named as its own (시장, 부시장 …)."""

    def __init__(self, profile: Profile | None = None, parent=None) -> None:
        super().__init__(parent)
        self.set_profile(profile)

    def set_profile(self, profile: Profile | None) -> None:
        current = self.currentData()
        self._profile = profile
        with QSignalBlocker(self):
            self.clear()
            for kind in UnitKind:
                if profile is None or kind in profile.unit_kinds:
                    self.addItem(kind_label(kind, profile), kind.value)
            if current is not None:
                self._select(UnitKind(current))

    def retranslate(self) -> None:
        """The kinds again in the interface language (called on a language switch)."""
        self.set_profile(self._profile)

    def kind(self) -> UnitKind:
        return UnitKind(self.currentData())

    def set_kind(self, kind: UnitKind) -> None:
        with QSignalBlocker(self):
            self._select(kind)

    def _select(self, kind: UnitKind) -> None:
        """Choose ``kind``; a kind the government does not have is still shown when a unit has
        it (a file made for another kind of government), so that nothing changes unseen."""
        index = self.findData(kind.value)
        if index < 0:
            self.addItem(kind_label(kind, self._profile), kind.value)
            index = self.count() - 1
        self.setCurrentIndex(index)


class GradeCombo(QComboBox):
    """Grade codes with their labels; editable so that a project's own code can be typed."""

    def __init__(self, grades: list[Grade] | tuple[Grade, ...], parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.set_grades(grades)

    def set_grades(self, grades: list[Grade] | tuple[Grade, ...]) -> None:
        """The grades a head may hold, one at a time (a staffing table's ``3ㆍ4급`` row is
        chosen as two grades, the second in the 복수직급 field)."""
        with QSignalBlocker(self):
            self.clear()
            self.addItem("", "")
            for grade in head_grade_choices(grades):
                self.addItem(pick(grade.ko, grade.en), grade.code)

    def code(self) -> str:
        index = self.findText(self.currentText(), QtCore.Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        return self.currentText().split("·")[0].strip()

    def set_code(self, code: str) -> None:
        with QSignalBlocker(self):
            index = self.findData(code)
            if index >= 0:
                self.setCurrentIndex(index)
            else:
                self.setEditText(code)


class DateField(QLineEdit):
    """A date typed the Korean official way (``2024. 6. 27.``); empty means no date.

    ``date_edited`` is emitted when a finished edit reads as a date (or is cleared); text that
    is not a date is marked and its reason shown as the tooltip, and nothing is emitted.
    """

    date_edited = Signal(object)  # dt.date | None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_("e.g. 2024. 6. 27."))
        self.setMaximumWidth(160)
        self.editingFinished.connect(self._on_self_editing_finished)
        self.error = ""

    def date(self) -> dt.date | None:
        """The date typed; ``ValueError`` with the official's message when it is not one."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date_ko(text)
        except ValueError:
            raise ValueError(
                _("{text} is not a date; dates are written like 2024. 6. 27.").format(text=text)
            ) from None

    def set_date(self, value: dt.date | None) -> None:
        with QSignalBlocker(self):
            self.setText(date_ko(value) if value else "")
        self._mark("")

    def _mark(self, error: str) -> None:
        self.error = error
        self.setStyleSheet("QLineEdit { background: #fde7e9; }" if error else "")
        self.setToolTip(error or _("Dates are written like 2024. 6. 27."))

    def _on_self_editing_finished(self) -> None:
        try:
            value = self.date()
        except ValueError as exc:
            self._mark(str(exc))
            return
        self.set_date(value)
        self.date_edited.emit(value)
