"""File › New, guided: the government's name, its current instruments, the organization read
from them for review, then the changes page.

Three steps in one dialog:

1. the government's Korean (and English) name and, optionally, its population;
2. the current instruments, pasted from law.go.kr / ELIS or opened from a file (.txt, .docx,
   .hwpx, .hwp):
   the organization ordinance, its enforcement rule and, where there is one, the staffing
   ordinance (kept as the project's staffing instrument; its total and its tables by grade
   and by unit give the staffing);
3. the organization read from them (:mod:`desktop.core.orgread`), each unit beside the line
   it was read from, and every open point as a question with a choice (kind, superior,
   grade) or a note (a sentence that was not read).

:meth:`NewProjectDialog.project` builds the new project from the answers.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.filereason import os_reason_text
from desktop.core.government import Government, Profile, infer_kind, profile_of
from desktop.core.grades import DEFAULT_GRADES
from desktop.core.org import UnitKind
from desktop.core.orgread import OrgReading, read_organization
from desktop.core.project import InstrumentSource, Project, Role
from desktop.core.statute import InstrumentKind
from desktop.core.textfile import TextFileError, read_text_file
from desktop.ui.labels import grade_label, head_grade_label, kind_label
from desktop.ui.prompts import text_file_filter
from desktop.ui.tr import _, lang, ngettext, pick
from desktop.ui.wrapping import wrap_columns

# (key, instrument kind): the organization ordinance, its rule, the staffing ordinance.
SLOTS = (
    ("ordinance", InstrumentKind.ORDINANCE),
    ("rule", InstrumentKind.RULE),
    ("staffing", InstrumentKind.ORDINANCE),
)


class NewProjectDialog(QDialog):
    """The guided new project; ``exec()`` then :meth:`project`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("New project"))
        self.resize(900, 640)
        self.reading: OrgReading | None = None
        self.answers: dict[str, QComboBox] = {}
        self.steps = QStackedWidget()
        self.steps.addWidget(self._government_step())
        self.steps.addWidget(self._instruments_step())
        self.steps.addWidget(self._review_step())
        self.step_title = QLabel()
        self.step_title.setStyleSheet("font-weight: bold; font-size: 14px")
        self.back = QPushButton(_("< &Back"))
        self.next = QPushButton(_("&Next >"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.back, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.next, QDialogButtonBox.ButtonRole.ActionRole)
        self.back.clicked.connect(lambda: self.go(self.steps.currentIndex() - 1))
        self.next.clicked.connect(self.forward)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step_title)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.buttons)
        self.go(0)

    # -- steps ----------------------------------------------------------------------------
    def _government_step(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.name_ko = QLineEdit()
        self.name_ko.setPlaceholderText(_("e.g. 가온시"))
        self.name_en = QLineEdit()
        self.name_en.setPlaceholderText(_("e.g. Gaon City"))
        self.population = QSpinBox()
        self.population.setRange(0, 20_000_000)
        self.population.setGroupSeparatorShown(True)
        self.population.setSpecialValueText(_("(not given)"))
        self.kind_hint = QLabel()
        self.name_ko.textChanged.connect(self._infer_kind)
        form.addRow(_("Government (Korean)"), self.name_ko)
        form.addRow(_("Government (English)"), self.name_en)
        form.addRow(_("Kind"), self.kind_hint)
        form.addRow(_("Population (optional)"), self.population)
        return page

    def _infer_kind(self, name: str) -> None:
        kind = _government_kind(name.strip())
        self.kind_hint.setText(kind or _("(inferred from the name's ending: …시, …군, …구, …도)"))

    def _instruments_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(
            _(
                "Paste each current instrument as law.go.kr or ELIS shows it, or open a .txt, "
                ".docx, .hwpx or .hwp file. The organization is read from them in the next step."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.tabs = QTabWidget()
        self.texts: dict[str, QPlainTextEdit] = {}
        labels = {
            "ordinance": _("Organization ordinance"),
            "rule": _("Enforcement rule"),
            "staffing": _("Staffing ordinance (optional)"),
        }
        for key, _kind in SLOTS:
            tab = QWidget()
            box = QVBoxLayout(tab)
            edit = QPlainTextEdit()
            edit.setObjectName(f"text-{key}")
            open_button = QPushButton(_("&Open a file…"))
            open_button.clicked.connect(lambda _=False, k=key: self._open_file(k))
            row = QHBoxLayout()
            row.addWidget(open_button)
            row.addStretch(1)
            box.addLayout(row)
            box.addWidget(edit)
            self.texts[key] = edit
            self.tabs.addTab(tab, labels[key])
        layout.addWidget(self.tabs, 1)
        return page

    def _open_file(self, key: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Open an instrument"), "", text_file_filter()
        )
        if path:
            try:
                self.texts[key].setPlainText(read_text_file(path))
            except (OSError, TextFileError) as exc:  # what was pasted in the box stays
                error = os_reason_text(exc, lang()) if isinstance(exc, OSError) else exc
                message = _("The file could not be read: {error}").format(error=error)
                self.step_title.setText(message)

    def _review_step(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [_("Unit"), _("Kind"), _("Head grade"), _("Duties"), _("Staff"), _("Read from")]
        )
        # the line each unit was read from, whole: wrapped, its row as tall as it needs
        self.tree.header().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        wrap_columns(self.tree, (5,))
        layout.addWidget(self.tree, 3)
        self.questions_label = QLabel(_("Points to confirm"))
        layout.addWidget(self.questions_label)
        self.questions = QWidget()
        self.questions_form = QFormLayout(self.questions)
        layout.addWidget(self.questions, 1)
        return page

    # -- navigation -------------------------------------------------------------------------
    def go(self, index: int) -> None:
        index = max(0, min(index, self.steps.count() - 1))
        self.steps.setCurrentIndex(index)
        titles = (
            _("1 of 3 · The government"),
            _("2 of 3 · The current instruments"),
            _("3 of 3 · The organization read from them"),
        )
        self.step_title.setText(titles[index])
        self.back.setEnabled(index > 0)
        self.next.setText(_("&Create") if index == 2 else _("&Next >"))

    def forward(self) -> None:
        index = self.steps.currentIndex()
        if index == 0 and not self.name_ko.text().strip():
            self.step_title.setText(_("Enter the government's name first."))
            self.name_ko.setFocus()
            return
        if index == 1:
            self.read()
        if index == 2:
            self.accept()
            return
        self.go(index + 1)

    def read(self) -> None:
        """Read the organization from the texts and show it with its questions."""
        texts = [(key, self.texts[key].toPlainText()) for key, _k in SLOTS]
        self.reading = reading = read_organization(
            ((k, t) for k, t in texts if t.strip()), self.name_ko.text().strip()
        )
        self.tree.clear()
        items: dict[str, QTreeWidgetItem] = {}
        org = reading.organization()
        profile = self._profile()
        for unit in org:
            read = reading.units[unit.name_ko]
            parent = items.get(org.parent(unit.id).name_ko) if unit.parent_id else None
            item = QTreeWidgetItem(
                [
                    unit.name_ko,
                    kind_label(unit.kind, profile),
                    head_grade_label(unit.head_grades),
                    str(len(unit.duties)) if unit.duties else "",
                    f"{unit.staff_total:,}" if unit.staffing else "",
                    self._where(read.source.instrument, read.source.line, read.source.text),
                ]
            )
            item.setToolTip(1, item.text(1))
            item.setToolTip(3, "\n".join(d.ko for d in unit.duties))
            item.setToolTip(
                4, ", ".join(f"{grade_label(c)} {n}" for c, n in unit.staffing.items() if n)
            )
            (parent.addChild(item) if parent else self.tree.addTopLevelItem(item))
            items[unit.name_ko] = item
        self.tree.expandAll()
        for column in range(5):  # the read-from column takes the rest (its text is long)
            self.tree.resizeColumnToContents(column)
        while self.questions_form.rowCount():
            self.questions_form.removeRow(0)
        self.answers = {}
        for question in reading.questions:
            label = QLabel(
                self._where(
                    question.source.instrument, question.source.line, question.message(lang())
                )
            )
            label.setWordWrap(True)
            if question.options:
                combo = QComboBox()
                for option in question.options:
                    combo.addItem(self._option_label(question.topic, option, profile), option)
                self.answers[question.id] = combo
                self.questions_form.addRow(label, combo)
            else:
                self.questions_form.addRow(label)
        units = len(reading.units)
        staff = sum(org.total_staffing().values())
        self.summary.setText(
            ngettext(
                "{units} units and a staffing of {staff:,} read; {questions} point to confirm "
                "below.",
                "{units} units and a staffing of {staff:,} read; {questions} points to confirm "
                "below.",
                len(reading.questions),
            ).format(units=units, staff=staff, questions=len(reading.questions))
            if units and reading.questions
            else _("{units} units and a staffing of {staff:,} read; nothing is left open.").format(
                units=units, staff=staff
            )
            if units
            else _("No unit was read: go back and paste the organization ordinance.")
        )
        self.questions_label.setVisible(bool(reading.questions))

    def _profile(self) -> Profile:
        """The government as named on the first step: its head and deputies by their titles
        (시장, 부시장 …) in the review, not the generic 단체장."""
        return profile_of(self.name_ko.text().strip(), self.name_en.text().strip())

    def _where(self, key: str, line: int, text: str) -> str:
        """``시행규칙 12행: …`` — the instrument by its tab's name."""
        names = {
            "ordinance": _("Organization ordinance"),
            "rule": _("Enforcement rule"),
            "staffing": _("Staffing ordinance"),
        }
        name = names.get(key, key)
        return _("{instrument} line {line}: {message}").format(
            instrument=name, line=line, message=text
        )

    @staticmethod
    def _option_label(topic: str, option: str, profile: Profile) -> str:
        if topic == "kind":
            return kind_label(UnitKind(option), profile)
        if topic == "grade":
            return grade_label(option)
        return option or _("(top)")

    # -- result ---------------------------------------------------------------------------
    def chosen(self) -> dict[str, str]:
        return {qid: combo.currentData() for qid, combo in self.answers.items()}

    def project(self) -> Project:
        """The new project: names and population, the instruments as pasted (a separate
        staffing ordinance with the staffing role, the organization ordinance then without
        it) and the organization read, with the staffing its tables state."""
        project = Project()
        project.meta.government_ko = self.name_ko.text().strip()
        project.meta.government_en = self.name_en.text().strip()
        project.government = Government(population=self.population.value() or None)
        separate = bool(self.texts["staffing"].toPlainText().strip())
        for key, kind in SLOTS:
            text = self.texts[key].toPlainText()
            if key == "staffing" and not separate:
                continue
            roles = {
                "ordinance": [Role.ORGANIZATION] if separate else [],  # [] : its kind's
                "rule": [],
                "staffing": [Role.STAFFING],
            }[key]
            project.instruments.append(InstrumentSource(key, kind, text, roles=roles))
        if self.reading is None:
            self.read()
        assert self.reading is not None
        project.org = self.reading.organization(self.chosen())
        _name_the_head_in_english(project)
        # the grades of the staffing table's own (a 복수직급's row 3ㆍ4급) among the defaults
        project.grades = list(self.reading.grades(DEFAULT_GRADES))
        return project


def _name_the_head_in_english(project: Project) -> None:
    """The head and the deputies the texts name by their titles (구청장, 부구청장) get the
    English titles of the government's kind (District Mayor, Deputy District Mayor), as the
    samples' have them; the texts give no English name, and an empty one is missing in every
    English document. A name the official gave is kept."""
    profile = project.profile
    titles = {profile.head_ko: profile.head_en, profile.deputy_ko: profile.deputy_en}
    titles.update(zip(profile.deputies_ko, profile.deputies_en, strict=False))
    for unit in project.org:
        if unit.kind in (UnitKind.GOVERNOR, UnitKind.VICE_GOVERNOR) and not unit.name_en:
            unit.name_en = titles.get(unit.name_ko, "")


def _government_kind(name: str) -> str:
    """The kind of government a name denotes, in the interface language ("" if unknown)."""
    kind = infer_kind(name)
    return pick(kind.ko, _(kind.en)) if kind is not None else ""
