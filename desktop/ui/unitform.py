"""The detail form of the selected unit: names, kind, head grade, purpose, duties and staffing."""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.org import Duty, Unit
from desktop.ui import commands as cmd
from desktop.ui.document import ProjectDocument
from desktop.ui.fields import GradeCombo, KindCombo
from desktop.ui.labels import grade_label
from desktop.ui.tr import _


class UnitForm(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        self.unit_id = ""
        self._session = 0
        layout = QVBoxLayout(self)
        self.heading = QLabel(_("Select a unit to see its details."))
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.body = QWidget()
        form = QFormLayout(self.body)
        form.setContentsMargins(0, 0, 0, 0)
        self.kind = KindCombo()
        self.kind.currentIndexChanged.connect(lambda: self._edit("kind", self.kind.kind()))
        self.lines: dict[str, QLineEdit] = {}
        form.addRow(_("Kind"), self.kind)
        for field, label in (
            ("name_ko", _("Name (Korean)")),
            ("name_en", _("Name (English)")),
            ("purpose_ko", _("Purpose (Korean)")),
            ("purpose_en", _("Purpose (English)")),
        ):
            edit = QLineEdit()
            edit.textEdited.connect(lambda text, f=field: self._edit(f, text, merge=True))
            edit.editingFinished.connect(self._next_session)
            self.lines[field] = edit
            form.addRow(label, edit)
        self.grade = GradeCombo(())
        self.grade.currentTextChanged.connect(lambda: self._edit("head_grade", self.grade.code()))
        form.addRow(_("Head grade"), self.grade)
        # 복수직급: a head the instrument lets hold either of two grades
        self.grade_alt = GradeCombo(())
        self.grade_alt.setToolTip(
            _(
                "For a head who may hold either of two grades (복수직급: 국장은 지방부이사관 또는 "
                "지방서기관으로 보한다). Leave empty for one grade."
            )
        )
        self.grade_alt.currentTextChanged.connect(
            lambda: self._edit("head_grade_alt", self.grade_alt.code())
        )
        form.addRow(_("Second head grade (복수직급)"), self.grade_alt)
        self.open_position = QCheckBox(_("Open position (개방형 직위)"))
        self.open_position.toggled.connect(lambda on: self._edit("open_position", on))
        form.addRow("", self.open_position)
        self.duties = self._table((_("Duty (Korean)"), _("Duty (English)")))
        self.duties.itemChanged.connect(self._on_duties_item_changed)
        form.addRow(_("Duties"), self._with_buttons(self.duties, self._add_duty, self._del_duty))
        self.staffing = self._table((_("Grade"), _("Count")))
        self.staffing.itemChanged.connect(self._on_staffing_item_changed)
        form.addRow(
            _("Staffing"), self._with_buttons(self.staffing, self._add_staff, self._del_staff)
        )
        self.staffing_error = QLabel()  # a row that cannot be read; what was typed stays
        self.staffing_error.setWordWrap(True)
        self.staffing_error.setStyleSheet("color: #b00020")
        self.staffing_error.setVisible(False)
        form.addRow("", self.staffing_error)
        layout.addWidget(self.body)
        layout.addStretch(1)
        self.body.setVisible(False)

    def _table(self, headers: tuple[str, str]) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setHorizontalHeaderLabels(list(headers))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        table.setMinimumHeight(110)
        return table

    def _with_buttons(self, table: QTableWidget, add, remove) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        row = QHBoxLayout()
        for text, slot in ((_("Add"), add), (_("Remove"), remove)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _next_session(self) -> None:
        self._session += 1

    # -- the document ----------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        doc.org_model.unit_edited.connect(self._on_model_unit_edited)
        doc.org_model.modelReset.connect(lambda: self.show_unit(""))
        doc.meta_changed.connect(self._on_meta_changed)
        self.kind.set_profile(doc.project.profile)
        self.grade.set_grades(doc.project.grades)
        self.grade_alt.set_grades(doc.project.grades)
        self.body.setEnabled(not doc.read_only)
        self.show_unit("")

    def _on_meta_changed(self, field: str) -> None:
        """A new kind of government (or name): the kinds and the head's title follow."""
        if self.doc is not None and field.startswith("government"):
            self.kind.set_profile(self.doc.project.profile)

    def show_unit(self, unit_id: str) -> None:
        self.unit_id = unit_id
        unit = self._unit()
        self.body.setVisible(unit is not None)
        if unit is None:
            self.heading.setText(_("Select a unit to see its details."))
            return
        # The name alone: the unit's key is the project's, not something the official uses.
        self.heading.setText(f"<b>{html.escape(unit.name_ko)}</b>")
        self.kind.set_kind(unit.kind)
        for field, edit in self.lines.items():
            if edit.text() != getattr(unit, field):
                edit.setText(getattr(unit, field))
        self.grade.set_code(unit.head_grade)
        self.grade_alt.set_code(unit.head_grade_alt)
        with QSignalBlocker(self.open_position):
            self.open_position.setChecked(unit.open_position)
        self._fill(self.duties, [(d.ko, d.en) for d in unit.duties])
        self._show_staffing_error("")
        grades = self.doc.project.grades if self.doc else ()
        self._fill(
            self.staffing,
            [(grade_label(code, grades), str(n)) for code, n in unit.staffing.items()],
        )

    def _fill(self, table: QTableWidget, rows: list[tuple[str, str]]) -> None:
        current = [
            tuple((table.item(r, c).text() if table.item(r, c) else "") for c in range(2))
            for r in range(table.rowCount())
        ]
        if current == rows:
            return
        with QSignalBlocker(table):
            table.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for c, text in enumerate(row):
                    item = QTableWidgetItem(text)
                    item.setToolTip(text)
                    table.setItem(r, c, item)
        if table is self.duties:
            table.resizeRowsToContents()  # a duty is read whole, over as many lines as it needs

    def _unit(self) -> Unit | None:
        return self.doc.project.org.find(self.unit_id) if self.doc and self.unit_id else None

    def _on_model_unit_edited(self, unit_id: str) -> None:
        if unit_id == self.unit_id:
            self.show_unit(unit_id)

    def _edit(self, field: str, value: object, merge: bool = False) -> None:
        unit = self._unit()
        if unit is None or self.doc is None or getattr(unit, field) == value:
            return
        key = (self._session, field) if merge else None
        self.doc.push(cmd.EditUnit(self.doc.org_model, unit.id, field, value, merge_key=key))

    # -- tables ----------------------------------------------------------------------------
    def _rows(self, table: QTableWidget) -> list[tuple[str, str]]:
        return [
            tuple((table.item(r, c).text().strip() if table.item(r, c) else "") for c in range(2))
            for r in range(table.rowCount())
        ]

    def _on_duties_item_changed(self, _item) -> None:
        duties = [Duty(ko, en) for ko, en in self._rows(self.duties) if ko or en]
        self._edit("duties", duties)

    def _on_staffing_item_changed(self, _item) -> None:
        """The staffing as the table reads, once every row can be read: a count that is not
        a whole number or a grade the project does not have is told below the table, and
        the unit (and what was typed) stays as it is until it is corrected."""
        staffing: dict[str, int] = {}
        for label, count in self._rows(self.staffing):
            code = self._grade_code(label)
            if not code:
                problem = _("{text} is not a grade of this project.").format(text=label)
            elif not count.replace("−", "-").lstrip("-").isdecimal():
                problem = _("{grade}: {text!r} is not a whole number.").format(
                    grade=label, text=count
                )
            else:
                staffing[code] = staffing.get(code, 0) + int(count.replace("−", "-"))
                continue
            self._show_staffing_error(problem)
            return
        self._show_staffing_error("")
        self._edit("staffing", staffing)

    def _show_staffing_error(self, text: str) -> None:
        self.staffing_error.setText(text)
        self.staffing_error.setVisible(bool(text))

    def _grade_code(self, text: str) -> str:
        """The grade code of a staffing row's label: ``3급``, ``Grade 3`` or ``g3``."""
        for grade in self.doc.project.grades if self.doc else ():
            if text in (grade.ko, grade.en, grade.code):
                return grade.code
        unit = self._unit()  # a code the unit holds that the grade table lacks stays its own
        return text if unit is not None and text in unit.staffing else ""

    def _add_duty(self) -> None:
        unit = self._unit()
        if unit is not None:
            self._edit("duties", [*unit.duties, Duty("…에 관한 사항", "")])

    def _del_duty(self) -> None:
        unit, row = self._unit(), self.duties.currentRow()
        if unit is not None and 0 <= row < len(unit.duties):
            self._edit("duties", unit.duties[:row] + unit.duties[row + 1 :])

    def _add_staff(self) -> None:
        unit = self._unit()
        if unit is not None:
            code = next(
                (g.code for g in self.doc.project.grades if g.code not in unit.staffing), ""
            )
            if code:
                self._edit("staffing", {**unit.staffing, code: 1})

    def _del_staff(self) -> None:
        unit, row = self._unit(), self.staffing.currentRow()
        if unit is not None and 0 <= row < len(unit.staffing):
            code = list(unit.staffing)[row]
            self._edit("staffing", {k: v for k, v in unit.staffing.items() if k != code})

    def focus_field(self, field: str) -> None:
        widget = {
            "kind": self.kind,
            "head_grade": self.grade,
            "head_grade_alt": self.grade_alt,
            "duties": self.duties,
            "staffing": self.staffing,
        }.get(field) or self.lines.get(field)
        if widget is not None:
            widget.setFocus()
