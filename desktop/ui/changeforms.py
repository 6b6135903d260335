"""One form per change type. Each picks units among those that exist at the change's place in
the list (the organization with the earlier changes applied) and builds the typed change.

``build(change_id)`` raises ``ValueError`` with a message for the official when the input is
incomplete; ``load(change)`` fills the form to edit an existing change.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from desktop.core import changes as ch
from desktop.core.government import Profile
from desktop.core.grades import Grade
from desktop.core.kinds.temporary import Temporary
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.ui.fields import DateField, GradeCombo, KindCombo, UnitPicker
from desktop.ui.labels import kind_label
from desktop.ui.tr import _, pick


def _lines(edit: QPlainTextEdit) -> list[tuple[str, str]]:
    """``ko | en`` lines → pairs."""
    result = []
    for line in edit.toPlainText().splitlines():
        ko, _sep, en = line.partition("|")
        if ko.strip():
            result.append((ko.strip(), en.strip()))
    return result


def _text(pairs: list[tuple[str, str]]) -> str:
    return "\n".join(f"{ko} | {en}" if en else ko for ko, en in pairs)


class ChangeForm(QWidget):
    change_type: type[ch.Change] = ch.Change

    def __init__(
        self,
        org: Organization,
        grades: list[Grade],
        new_id,
        parent=None,
        *,
        profile: Profile | None = None,
    ) -> None:
        super().__init__(parent)
        self.org, self.grades, self.new_id = org, grades, new_id
        self.profile = profile  # the government's: its head and deputies, its unit kinds
        self.form = QFormLayout(self)

    def picker(self, label: str, allow_none: str = "") -> UnitPicker:
        picker = UnitPicker(self.org, allow_none=allow_none, profile=self.profile)
        self.form.addRow(label, picker)
        return picker

    def line(self, label: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        self.form.addRow(label, edit)
        return edit

    def required(self, picker: UnitPicker, what: str) -> str:
        unit_id = picker.unit_id()
        if not unit_id:
            raise ValueError(_("Choose {what}.").format(what=what))
        return unit_id

    def load(self, change: ch.Change) -> None:  # pragma: no cover - overridden
        pass

    def build(self, change_id: str) -> ch.Change:  # pragma: no cover - overridden
        raise NotImplementedError


class _NewUnitFields:
    """Kind, names, id and head grade of a unit that a change creates."""

    def add_new_unit_fields(self: ChangeForm, kind: UnitKind) -> None:
        self.kind = KindCombo(self.profile)
        self.kind.set_kind(kind)
        self.form.addRow(_("Kind"), self.kind)
        self.name_ko = self.line(_("Name (Korean)"), "AI국")
        self.name_en = self.line(_("Name (English)"), "AI Bureau")
        self.grade = GradeCombo(self.grades)
        self.form.addRow(_("Head grade"), self.grade)
        self.grade_alt = GradeCombo(self.grades)  # 복수직급
        self.form.addRow(_("Second head grade (복수직급)"), self.grade_alt)
        # the project's own key for the unit (u013): kept, never shown to the official
        self.unit_id = QLineEdit(self.new_id())
        self.unit_id.setVisible(False)

    def new_unit(self: ChangeForm, parent_id: str | None) -> Unit:
        if not self.name_ko.text().strip():
            raise ValueError(_("Enter the Korean name of the new unit."))
        return Unit(
            id=self.unit_id.text().strip() or self.new_id(),
            kind=self.kind.kind(),
            name_ko=self.name_ko.text().strip(),
            name_en=self.name_en.text().strip(),
            parent_id=parent_id,
            head_grade=self.grade.code(),
            head_grade_alt=self.grade_alt.code()
            if self.grade_alt.code() != self.grade.code()
            else "",
        )

    def load_new_unit(self: ChangeForm, unit: Unit) -> None:
        self.kind.set_kind(unit.kind)
        self.name_ko.setText(unit.name_ko)
        self.name_en.setText(unit.name_en)
        self.grade.set_code(unit.head_grade)
        self.grade_alt.set_code(unit.head_grade_alt)
        self.unit_id.setText(unit.id)


class EstablishForm(ChangeForm, _NewUnitFields):
    change_type = ch.Establish

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.parent_picker = self.picker(_("Under"), allow_none=_("— top level —"))
        # a 군 without 국 (실·과 directly under the 부군수) most often adds a 과
        has_bureaus = any(u.kind is UnitKind.BUREAU for u in self.org)
        self.add_new_unit_fields(
            UnitKind.BUREAU if has_bureaus or not self.org else UnitKind.DIVISION
        )
        self.purpose = self.line(_("Purpose (Korean)"), "인공지능 산업 육성")
        self.duties = QPlainTextEdit()
        self.duties.setPlaceholderText(_("One duty a line: Korean | English"))
        self.duties.setMaximumHeight(90)
        self.form.addRow(_("Duties"), self.duties)
        self.children = QPlainTextEdit()
        self.children.setPlaceholderText(_("One division a line: Korean name | English name"))
        self.children.setMaximumHeight(90)
        self.form.addRow(_("Divisions under it"), self.children)
        self._children: list[Unit] = []

    def load(self, change: ch.Establish) -> None:
        self.parent_picker.set_unit_id(change.unit.parent_id)
        self.load_new_unit(change.unit)
        self.purpose.setText(change.unit.purpose_ko)
        self.duties.setPlainText(_text([(d.ko, d.en) for d in change.unit.duties]))
        self.children.setPlainText(_text([(u.name_ko, u.name_en) for u in change.children]))
        self._children = change.children

    def build(self, change_id: str) -> ch.Establish:
        unit = self.new_unit(self.parent_picker.unit_id() or None)
        unit.purpose_ko = self.purpose.text().strip()
        unit.duties = [Duty(ko, en) for ko, en in _lines(self.duties)]
        kept = {(u.name_ko, u.name_en): u for u in self._children}
        children, taken = [], {unit.id}
        for ko, en in _lines(self.children):
            child = kept.get((ko, en))
            if child is None:
                child_id = self.new_id(taken)
                child = Unit(child_id, UnitKind.DIVISION, ko, en, parent_id=unit.id)
            child.parent_id = unit.id
            taken.add(child.id)
            children.append(child)
        return ch.Establish(change_id, unit=unit, children=children)


class TemporaryForm(EstablishForm):
    """A new unit like :class:`EstablishForm`, with the date until which it exists."""

    change_type = Temporary

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.kind.set_kind(UnitKind.TASK_FORCE)
        self.name_ko.setPlaceholderText("AI전환추진단")
        self.name_en.setPlaceholderText("AI Transformation Task Force")
        self.until = DateField()
        self.until.setToolTip(_("The unit exists until the end of this day."))
        self.form.insertRow(1, _("Exists until"), self.until)

    def load(self, change: Temporary) -> None:
        super().load(change)
        self.until.set_date(change.until)

    def build(self, change_id: str) -> Temporary:
        try:
            until = self.until.date()
        except ValueError as exc:
            raise ValueError(
                _("{field}: {error}").format(field=_("Exists until"), error=exc)
            ) from None
        if until is None:
            raise ValueError(_("Enter the date until which the temporary unit exists."))
        established = super().build(change_id)
        fields = {f.name: getattr(established, f.name) for f in dataclasses.fields(established)}
        return Temporary(**fields, until=until)


class AbolishForm(ChangeForm):
    change_type = ch.Abolish

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = self.picker(_("Unit to abolish"))
        self.successor = self.picker(_("Successor (takes its sub-units)"), _("— none —"))

    def load(self, change: ch.Abolish) -> None:
        self.unit.set_unit_id(change.unit_id)
        self.successor.set_unit_id(change.successor_id)

    def build(self, change_id: str) -> ch.Abolish:
        return ch.Abolish(
            change_id,
            unit_id=self.required(self.unit, _("the unit")),
            successor_id=self.successor.unit_id() or None,
        )


class RenameForm(ChangeForm):
    change_type = ch.Rename

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = self.picker(_("Unit"))
        self.name_ko = self.line(_("New name (Korean)"))
        self.name_en = self.line(_("New name (English)"))

    def load(self, change: ch.Rename) -> None:
        self.unit.set_unit_id(change.unit_id)
        self.name_ko.setText(change.name_ko)
        self.name_en.setText(change.name_en)

    def build(self, change_id: str) -> ch.Rename:
        if not self.name_ko.text().strip():
            raise ValueError(_("Enter the new Korean name."))
        return ch.Rename(
            change_id,
            unit_id=self.required(self.unit, _("the unit")),
            name_ko=self.name_ko.text().strip(),
            name_en=self.name_en.text().strip(),
        )


class MoveForm(ChangeForm):
    change_type = ch.Move

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = self.picker(_("Unit to move"))
        self.target = self.picker(_("New superior unit"))

    def load(self, change: ch.Move) -> None:
        self.unit.set_unit_id(change.unit_id)
        self.target.set_unit_id(change.new_parent_id)

    def build(self, change_id: str) -> ch.Move:
        return ch.Move(
            change_id,
            unit_id=self.required(self.unit, _("the unit")),
            new_parent_id=self.required(self.target, _("the new superior unit")),
        )


class ChangeKindForm(ChangeForm):
    change_type = ch.ChangeKind

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = self.picker(_("Unit"))
        self.kind = KindCombo(self.profile)
        self.kind.setCurrentIndex(-1)  # no kind until chosen (the first would be 군수/시장)
        self.form.addRow(_("New kind"), self.kind)
        self.name_ko = self.line(_("New name (Korean, optional)"))
        self.name_en = self.line(_("New name (English, optional)"))
        self.grade = GradeCombo(self.grades)
        self.form.addRow(_("New head grade"), self.grade)
        self.grade_alt = GradeCombo(self.grades)  # 복수직급: either of two grades
        self.form.addRow(_("Second head grade (복수직급)"), self.grade_alt)

    def load(self, change: ch.ChangeKind) -> None:
        self.unit.set_unit_id(change.unit_id)
        self.kind.set_kind(change.kind)
        self.name_ko.setText(change.name_ko)
        self.name_en.setText(change.name_en)
        self.grade.set_code(change.head_grade)
        self.grade_alt.set_code(change.head_grade_alt)

    def build(self, change_id: str) -> ch.ChangeKind:
        unit_id = self.required(self.unit, _("the unit"))
        if self.kind.currentData() is None:
            raise ValueError(_("Choose the new kind."))
        return ch.ChangeKind(
            change_id,
            unit_id=unit_id,
            kind=self.kind.kind(),
            name_ko=self.name_ko.text().strip(),
            name_en=self.name_en.text().strip(),
            head_grade=self.grade.code(),
            head_grade_alt=alt if (alt := self.grade_alt.code()) != self.grade.code() else "",
        )


class MergeForm(ChangeForm, _NewUnitFields):
    change_type = ch.Merge

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.search = self.line(_("Units to merge"), _("Type to filter…"))
        self.units = QListWidget()
        self.units.setMaximumHeight(140)
        for unit in self.org:
            item = QListWidgetItem(f"{unit.name_ko} · {kind_label(unit.kind, self.profile)}")
            item.setData(Qt.ItemDataRole.UserRole, unit.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.form.addRow("", self.units)
        self.add_new_unit_fields(UnitKind.DIVISION)

    def _on_search_text_changed(self, text: str) -> None:
        for row in range(self.units.count()):
            item = self.units.item(row)
            item.setHidden(text.lower() not in item.text().lower())

    def checked(self) -> list[str]:
        return [
            self.units.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.units.count())
            if self.units.item(r).checkState() == Qt.CheckState.Checked
        ]

    def load(self, change: ch.Merge) -> None:
        for row in range(self.units.count()):
            item = self.units.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in change.unit_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.load_new_unit(change.into)

    def build(self, change_id: str) -> ch.Merge:
        ids = self.checked()
        if len(ids) < 2:
            raise ValueError(_("Check at least two units to merge."))
        return ch.Merge(change_id, unit_ids=ids, into=self.new_unit(None))


class SplitForm(ChangeForm):
    change_type = ch.Split

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = self.picker(_("Unit to split"))
        self.kind = KindCombo(self.profile)
        self.kind.set_kind(UnitKind.DIVISION)
        self.form.addRow(_("Kind of the new units"), self.kind)
        self.into = QPlainTextEdit()
        self.into.setPlaceholderText(_("One new unit a line: Korean name | English name"))
        self.form.addRow(_("New units"), self.into)
        self._into: list[Unit] = []

    def load(self, change: ch.Split) -> None:
        self.unit.set_unit_id(change.unit_id)
        if change.into:
            self.kind.set_kind(change.into[0].kind)
        self.into.setPlainText(_text([(u.name_ko, u.name_en) for u in change.into]))
        self._into = change.into

    def build(self, change_id: str) -> ch.Split:
        unit_id = self.required(self.unit, _("the unit"))
        pairs = _lines(self.into)
        if len(pairs) < 2:
            raise ValueError(_("Name at least two new units, one a line."))
        kept = {(u.name_ko, u.name_en): u for u in self._into}
        into, taken = [], set()
        for ko, en in pairs:
            unit = kept.get((ko, en)) or Unit(self.new_id(taken), self.kind.kind(), ko, en)
            unit.kind = self.kind.kind()
            taken.add(unit.id)
            into.append(unit)
        return ch.Split(change_id, unit_id=unit_id, into=into, children_to=into[0].id)


class TransferForm(ChangeForm):
    change_type = ch.TransferDuties

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.source = self.picker(_("From"))
        self.target = self.picker(_("To"))
        self.duties = QListWidget()
        self.form.addRow(_("Duties to transfer"), self.duties)
        self.source.currentIndexChanged.connect(self._on_source_changed)

    def _on_source_changed(self, *_args, checked: tuple[str, ...] = ()) -> None:
        self.duties.clear()
        unit = self.org.find(self.source.unit_id())
        for duty in unit.duties if unit else []:
            item = QListWidgetItem(duty.ko)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = duty.ko in checked
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.duties.addItem(item)

    def load(self, change: ch.TransferDuties) -> None:
        self.source.set_unit_id(change.from_id)
        self.target.set_unit_id(change.to_id)
        self._on_source_changed(checked=tuple(change.duties))

    def build(self, change_id: str) -> ch.TransferDuties:
        duties = [
            self.duties.item(r).text()
            for r in range(self.duties.count())
            if self.duties.item(r).checkState() == Qt.CheckState.Checked
        ]
        if not duties:
            raise ValueError(_("Check the duties to transfer."))
        return ch.TransferDuties(
            change_id,
            from_id=self.required(self.source, _("the source")),
            to_id=self.required(self.target, _("the target")),
            duties=duties,
        )


class HeadGradeForm(ChangeForm):
    change_type = ch.ChangeHeadGrade

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = self.picker(_("Unit"))
        self.grade = GradeCombo(self.grades)
        self.form.addRow(_("New head grade"), self.grade)
        self.grade_alt = GradeCombo(self.grades)  # 복수직급: either of two grades
        self.form.addRow(_("Second head grade (복수직급)"), self.grade_alt)

    def load(self, change: ch.ChangeHeadGrade) -> None:
        self.unit.set_unit_id(change.unit_id)
        self.grade.set_code(change.grade)
        self.grade_alt.set_code(change.grade_alt)

    def build(self, change_id: str) -> ch.ChangeHeadGrade:
        if not self.grade.code():
            raise ValueError(_("Choose the new head grade."))
        alt = self.grade_alt.code()
        return ch.ChangeHeadGrade(
            change_id,
            unit_id=self.required(self.unit, _("the unit")),
            grade=self.grade.code(),
            grade_alt=alt if alt != self.grade.code() else "",
        )


class StaffingForm(ChangeForm):
    change_type = ch.ChangeStaffing

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.unit = self.picker(_("Unit"))
        self.table = QTableWidget(len(self.grades), 2)
        self.table.setHorizontalHeaderLabels([_("Grade"), _("Change (+/−)")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for row, grade in enumerate(self.grades):
            label = QTableWidgetItem(pick(grade.ko, grade.en))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setData(Qt.ItemDataRole.UserRole, grade.code)
            self.table.setItem(row, 0, label)
            self.table.setItem(row, 1, QTableWidgetItem(""))
        self.form.addRow(_("Staffing changes"), self.table)

    def load(self, change: ch.ChangeStaffing) -> None:
        self.unit.set_unit_id(change.unit_id)
        for row in range(self.table.rowCount()):
            code = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            delta = change.deltas.get(code)
            self.table.item(row, 1).setText(f"{delta:+d}" if delta else "")

    def build(self, change_id: str) -> ch.ChangeStaffing:
        deltas = {}
        for row in range(self.table.rowCount()):
            grade = self.table.item(row, 0)
            code = grade.data(Qt.ItemDataRole.UserRole)
            text = self.table.item(row, 1).text().strip().replace("−", "-")
            if not text:
                continue
            try:
                value = int(text)
            except ValueError:
                raise ValueError(  # the grade as its row shows it (5급), not its code
                    _("{grade}: {text!r} is not a whole number.").format(
                        grade=grade.text(), text=text
                    )
                ) from None
            if value:
                deltas[code] = value
        if not deltas:
            raise ValueError(_("Enter at least one staffing change."))
        return ch.ChangeStaffing(
            change_id, unit_id=self.required(self.unit, _("the unit")), deltas=deltas
        )


FORMS: dict[str, type[ChangeForm]] = {
    form.change_type.type_name: form
    for form in (
        EstablishForm,
        TemporaryForm,
        AbolishForm,
        RenameForm,
        MoveForm,
        ChangeKindForm,
        MergeForm,
        SplitForm,
        TransferForm,
        HeadGradeForm,
        StaffingForm,
    )
}
