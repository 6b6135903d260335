"""The Settings dialog, generated from the declarations in :mod:`desktop.ui.settings`.

One group per section; a check box for a yes/no setting, a spin box for a number, a combo box
for a choice, a line edit otherwise — and for the template folder a chooser whose choice is
checked in the background (every template found must lint) with the verdict beside it. A
value that is not valid is explained beside its field and OK waits until it is fixed.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.rules import DraftingOptions
from desktop.documents.errors import DocumentError
from desktop.documents.schema import DOCUMENTS
from desktop.documents.templates import LANGS, TemplateSet
from desktop.ui.prompts import Prompter
from desktop.ui.settings import BY_KEY, SETTINGS, AppSettings, Setting
from desktop.ui.tr import _, lang
from desktop.ui.worker import run_in_background

ERROR_STYLE = "color: #b3261e"
NOTE_STYLE = "color: #5f6368"


def check_template_folder(folder: str) -> tuple[str, str]:
    """``(error, note)`` about a template folder: an error when it holds no template or one
    that does not lint; a note naming the documents that will use the built-in templates."""
    if not folder:
        return "", ""
    if not Path(folder).is_dir():
        return _("No such folder."), ""
    templates = TemplateSet(folder)
    builtin = []
    try:
        for lang_ in LANGS:
            for doc in DOCUMENTS:
                if templates.locate(lang_, doc)[1]:
                    builtin.append(f"{lang_}/{doc}")
                    continue
                errors = [f for f in templates.check(lang_, doc) if f.is_error]
                if errors:
                    return _("{template} cannot be used: {problem}").format(
                        template=f"{lang_}/{doc}.docx", problem=errors[0].format(lang())
                    ), ""
    except DocumentError as exc:
        return exc.message(lang()), ""
    if len(builtin) == len(LANGS) * len(DOCUMENTS):
        return _(
            "No template in this folder: it should hold ko/bill.docx, en/press.docx … "
            "(or bill.docx … for both languages)."
        ), ""
    if builtin:
        return "", _("Every template found is fine; built-in ones are used for: {docs}.").format(
            docs=", ".join(builtin)
        )
    return "", _("Every template is found and fine.")


class SettingsDialog(QDialog):
    settings_saved = Signal(list)  # the keys whose value changed

    def __init__(
        self,
        settings: AppSettings,
        prompts: Prompter,
        parent: QWidget | None = None,
        conventions: DraftingOptions | None = None,
    ) -> None:
        """``conventions``: the open project's drafting conventions, which the drafting
        options show (and, changed, set; the window does that) instead of Settings' own."""
        super().__init__(parent)
        self.settings = settings
        self.prompts = prompts
        self.fields: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self._folder_errors: dict[str, str] = {}
        self._checking = 0  # folder checks running
        self.setWindowTitle(_("Settings"))
        self.setMinimumWidth(600)
        layout = QVBoxLayout(self)
        # The sections scroll when the screen is shorter than they are (a 1366×768 laptop):
        # the buttons stay in sight below them.
        self.sections = QWidget()
        sections = QVBoxLayout(self.sections)
        sections.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.sections)
        layout.addWidget(self.scroll, 1)
        forms: dict[str, QFormLayout] = {}
        # The note stands above the first of the project's conventions: the drafting section's
        # other options (hyphens in comparison tables) are this computer's alone.
        convention_keys = {f"drafting/{f.name}" for f in dataclasses.fields(DraftingOptions)}
        noted = False
        for setting in SETTINGS:
            if not setting.label:
                continue
            if setting.section not in forms:
                group = QGroupBox(_(setting.section))
                forms[setting.section] = QFormLayout(group)
                sections.addWidget(group)
            if setting.key in convention_keys and not noted:
                forms[setting.section].addRow(self._drafting_note(conventions is not None))
                noted = True
            self._add_field(forms[setting.section], setting)
        sections.addStretch(1)
        # Never narrower than the sections: only their height scrolls.
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(self.sections.minimumSizeHint().width() + bar)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        project_values = {
            f"drafting/{f.name}": getattr(conventions, f.name)
            for f in dataclasses.fields(DraftingOptions)
            if conventions is not None
        }
        self.initial: dict[str, Any] = {}  # what each field showed when the dialog opened
        for setting in SETTINGS:
            if setting.key in self.fields:
                shown = project_values.get(setting.key, settings.get(setting.key))
                self.set_value(setting.key, shown)
                self.initial[setting.key] = self.value(setting.key)
        self._update()

    def _drafting_note(self, with_project: bool) -> QLabel:
        note = QLabel(
            _(
                "These conventions are saved with the open project (so that every computer "
                "drafts the same bill) and apply to new projects."
            )
            if with_project
            else _("These conventions apply to new projects and to projects that have none.")
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.drafting_note = note
        return note

    # -- fields ----------------------------------------------------------------------------
    def _add_field(self, form: QFormLayout, setting: Setting) -> None:
        message = QLabel()
        message.setWordWrap(True)
        message.setVisible(False)
        self.messages[setting.key] = message
        if setting.type is bool:
            field: QWidget = QCheckBox(_(setting.label))
            field.toggled.connect(self._update)
        elif setting.type is int:
            field = QSpinBox()
            field.setMinimumWidth(80)
            field.setRange(setting.minimum, setting.maximum)
            field.valueChanged.connect(self._update)
        elif setting.choices:
            field = QComboBox()
            for value, label in setting.choices:
                field.addItem(_(label), value)
            field.currentIndexChanged.connect(self._update)
        else:
            field = QLineEdit()
            field.textChanged.connect(self._update)
        if setting.tip:
            field.setToolTip(_(setting.tip))
        self.fields[setting.key] = field
        shown: QWidget = field
        if setting.kind == "folder":
            shown = QWidget()
            row = QHBoxLayout(shown)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(field, 1)
            choose = QPushButton(_("Choose…"))
            choose.clicked.connect(lambda _c=False, k=setting.key: self._choose_folder(k))
            row.addWidget(choose)
            field.editingFinished.connect(lambda k=setting.key: self.check_folder(k))
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(field, QSpinBox):
            column.addWidget(shown, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(shown)
        column.addWidget(message)
        if setting.type is bool:
            form.addRow(box)  # the check box carries its label, across both columns
        else:
            form.addRow(_(setting.label) + ":", box)

    def value(self, key: str) -> Any:
        field = self.fields[key]
        if isinstance(field, QCheckBox):
            return field.isChecked()
        if isinstance(field, QSpinBox):
            return field.value()
        if isinstance(field, QComboBox):
            return field.currentData()
        return field.text().strip()

    def set_value(self, key: str, value: Any) -> None:
        field = self.fields[key]
        if isinstance(field, QCheckBox):
            field.setChecked(bool(value))
        elif isinstance(field, QSpinBox):
            field.setValue(int(value))
        elif isinstance(field, QComboBox):
            field.setCurrentIndex(max(0, field.findData(value)))
        else:
            field.setText(str(value))
            if key in self._folder_keys():
                self.check_folder(key)

    def _folder_keys(self) -> list[str]:
        return [s.key for s in SETTINGS if s.kind == "folder" and s.key in self.fields]

    # -- checking --------------------------------------------------------------------------
    def _choose_folder(self, key: str) -> None:
        folder = self.prompts.choose_folder(_("Choose the template folder"), self.value(key))
        if folder:
            self.set_value(key, folder)

    def check_folder(self, key: str) -> None:
        """Check the templates of the folder in the background; the verdict shows beside it."""
        folder = self.value(key)
        self._folder_errors[key] = ""
        label = self.messages[key]
        if not folder:
            label.setVisible(False)
            self._update()
            return
        self._checking += 1
        label.setText(_("Checking the templates…"))
        label.setStyleSheet(NOTE_STYLE)
        label.setVisible(True)
        self._update()

        def done(verdict: tuple[str, str]) -> None:
            self._checking -= 1
            if self.value(key) != folder:  # the official chose another folder meanwhile
                self._update()
                return
            error, note = verdict
            self._folder_errors[key] = error
            label.setText(error or note)
            label.setStyleSheet(ERROR_STYLE if error else NOTE_STYLE)
            label.setVisible(bool(error or note))
            self._update()

        def failed(exc: Exception) -> None:
            done((str(exc), ""))

        run_in_background(lambda: check_template_folder(folder), done, failed)

    def _folder_shown(self, key: str) -> bool:
        """Whether the folder's label holds the verdict (or progress) of its check."""
        return bool(self.value(key)) and not BY_KEY[key].problem(self.value(key))

    def is_checking(self) -> bool:
        return self._checking > 0

    def problems(self) -> dict[str, str]:
        """The fields whose value cannot be saved, with the reason."""
        found = {}
        for setting in SETTINGS:
            if setting.key not in self.fields:
                continue
            problem = self._folder_errors.get(setting.key) or setting.problem(
                self.value(setting.key)
            )
            if problem:
                found[setting.key] = problem
        return found

    def _update(self) -> None:
        problems = self.problems()
        for setting in SETTINGS:
            key = setting.key
            label = self.messages.get(key)
            if label is None or (key in self._folder_keys() and self._folder_shown(key)):
                continue  # the folder check owns its label
            hint = _(setting.tip) if setting.hint else ""
            label.setText(problems.get(key, hint))
            label.setStyleSheet(ERROR_STYLE if key in problems else NOTE_STYLE)
            label.setVisible(bool(label.text()))
        self.ok_button.setEnabled(not problems and not self.is_checking())
        self._fit()

    def _fit(self) -> None:
        """Grow to show the sections whole, a message that appeared too (wrapped labels need
        their height), as far as the screen allows; past that the sections scroll."""
        inner = self.sections.layout()
        if inner is None:
            return
        inner.activate()
        width = self.scroll.viewport().width() if self.isVisible() else self.width() - 24
        content = (
            inner.totalHeightForWidth(width)
            if inner.hasHeightForWidth()
            else inner.totalSizeHint().height()
        )
        outer = self.layout()
        assert outer is not None
        margins = outer.contentsMargins()
        chrome = self.height() - self.scroll.height() if self.isVisible() else 0
        if not chrome:
            chrome = (
                margins.top()
                + margins.bottom()
                + outer.spacing()
                + self.ok_button.sizeHint().height()
            )
        needed = content + chrome
        screen = self.screen()
        if screen is not None:
            needed = min(needed, int(screen.availableGeometry().height() * 0.9))
        width = max(self.width(), self.minimumSizeHint().width())
        if needed > self.height() or width > self.width():
            self.resize(width, max(needed, self.height()))

    # -- saving ----------------------------------------------------------------------------
    def accept(self) -> None:
        if self.problems() or self.is_checking():
            return
        changed = []
        for key in self.fields:
            value = self.value(key)
            # changed here: a drafting option showing the project's convention is left as
            # Settings hold it unless the official changed it
            if value != self.initial[key]:
                self.settings.set(key, value)
                changed.append(key)
        super().accept()
        self.settings_saved.emit(changed)
