"""개요 — the proposal's data: government, bill, session, dates, reasons, references and the
effective dates of the instruments. Every keystroke is an undoable edit (merged per field)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.government import GovernmentKind
from desktop.core.project import Effective, EffectiveMode
from desktop.ui.document import LIST_FIELDS, ProjectDocument
from desktop.ui.fields import DateField
from desktop.ui.labels import instrument_label
from desktop.ui.tr import N_, _, lang, pick

LINE_FIELDS = (
    ("government_ko", N_("Government (Korean)")),
    ("government_en", N_("Government (English)")),
    ("proposer_ko", N_("Proposer (Korean)")),
    ("proposer_en", N_("Proposer (English)")),
    ("session_ko", N_("Council session (Korean)")),
    ("session_en", N_("Council session (English)")),
    ("references.budget", N_("Budget measures")),
    ("references.agreement", N_("Agreement")),
)
DATE_FIELDS = (
    ("bill_date", N_("Bill date")),
    ("passed_date", N_("Passed by the council")),
    ("notice_from", N_("Legislative notice from")),
    ("notice_to", N_("Legislative notice to")),
)
TEXT_FIELDS = (
    ("reasons_ko", N_("Reasons for the proposal (Korean)")),
    ("reasons_en", N_("Reasons for the proposal (English)")),
    ("references.laws", N_("Related laws (one a line)")),
    ("references.other", N_("Other references (one a line)")),
    ("description", N_("Notes on this project")),
)
MODES = (
    (EffectiveMode.PROMULGATION, N_("on promulgation")),
    (EffectiveMode.DATE, N_("on a date")),
    (EffectiveMode.MONTHS, N_("months after promulgation")),
)


class OverviewPage(QScrollArea):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.doc: ProjectDocument | None = None
        self.editors: dict[str, QWidget] = {}
        self._session = 0
        self._effective_shape: tuple | None = None  # what the effective rows were made for
        body = QWidget()
        layout = QVBoxLayout(body)
        proposal = QGroupBox(_("Proposal"))
        form = QFormLayout(proposal)
        for field, label in LINE_FIELDS[:2]:
            form.addRow(_(label), self._line(field))
        form.addRow(_("Kind of government"), self._kind())
        form.addRow(_("Population"), self._population())
        for field, label in LINE_FIELDS[2:6]:
            form.addRow(_(label), self._line(field))
        for field, label in DATE_FIELDS:
            form.addRow(_(label), self._date(field))
        layout.addWidget(proposal)
        texts = QGroupBox(_("Reasons and references"))
        form = QFormLayout(texts)
        for field, label in TEXT_FIELDS[:2]:
            form.addRow(_(label), self._text(field, 90))
        for field, label in LINE_FIELDS[6:]:
            form.addRow(_(label), self._line(field))
        for field, label in TEXT_FIELDS[2:]:
            form.addRow(_(label), self._text(field, 60))
        layout.addWidget(texts)
        self.effective_box = QGroupBox(_("Effective dates of the instruments"))
        self.effective_form = QFormLayout(self.effective_box)
        layout.addWidget(self.effective_box)
        layout.addStretch(1)
        self.setWidget(body)

    # -- building --------------------------------------------------------------------------
    def _line(self, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.textEdited.connect(lambda text, f=field: self._push(f, text))
        edit.editingFinished.connect(self._next_session)
        self.editors[field] = edit
        return edit

    def _kind(self) -> QComboBox:
        """The kind of government; the first entry follows the Korean name (…시 → 시)."""
        combo = QComboBox()
        combo.addItem("", None)
        for kind in GovernmentKind:
            combo.addItem(pick(kind.ko, kind.en), kind.value)
        combo.activated.connect(
            lambda index: self._push(
                "government.kind",
                GovernmentKind(combo.itemData(index)) if combo.itemData(index) else None,
                merge=False,
            )
        )
        self.editors["government.kind"] = combo
        return combo

    def _population(self) -> QSpinBox:
        """Inhabitants (0: not given), for the decree's standards by population band."""
        spin = QSpinBox()
        spin.setRange(0, 99_999_999)
        spin.setGroupSeparatorShown(True)
        spin.setSpecialValueText(_("not given"))
        spin.editingFinished.connect(
            lambda: self._push("government.population", spin.value() or None, merge=False)
        )
        self.editors["government.population"] = spin
        return spin

    def _show_kind(self) -> None:
        """The first entry of the kind box names what the Korean name implies."""
        combo = self.editors["government.kind"]
        assert isinstance(combo, QComboBox)
        profile = self.doc.project.profile if self.doc else None
        inferred = profile.kind if profile and profile.inferred else None
        label = (
            _("from the name: {kind}").format(kind=pick(inferred.ko, inferred.en))
            if inferred
            else _("from the name")
        )
        with QSignalBlocker(combo):
            combo.setItemText(0, label)
            stored = self.doc.project.government.kind if self.doc else None
            combo.setCurrentIndex(combo.findData(stored.value) if stored else 0)

    def retranslate(self) -> None:
        """The kinds of government in the interface language only (도 / Province)."""
        combo = self.editors["government.kind"]
        assert isinstance(combo, QComboBox)
        for index in range(1, combo.count()):
            kind = GovernmentKind(combo.itemData(index))
            combo.setItemText(index, pick(kind.ko, kind.en))
        self._show_kind()

    def _date(self, field: str) -> DateField:
        edit = DateField()
        edit.date_edited.connect(lambda value, f=field: self._push(f, value, merge=False))
        self.editors[field] = edit
        return edit

    def _text(self, field: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(height)
        edit.setMaximumHeight(height * 2)
        edit.textChanged.connect(lambda f=field, e=edit: self._on_text_changed(f, e))
        self.editors[field] = edit
        return edit

    def _next_session(self) -> None:
        self._session += 1

    # -- the document ----------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        doc.meta_changed.connect(self._on_doc_meta_changed)
        doc.instruments_changed.connect(self._on_doc_instruments_changed)
        for field in self.editors:
            self._on_doc_meta_changed(field)
        for editor in self.editors.values():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(doc.read_only)
            elif isinstance(editor, QComboBox | QSpinBox):
                editor.setEnabled(not doc.read_only)
        self._build_effective()

    def _push(self, field: str, value: object, merge: bool = True) -> None:
        if self.doc is None:
            return
        if field in LIST_FIELDS and isinstance(value, str):
            value = [line.strip() for line in value.splitlines() if line.strip()]
        if value == self.doc.meta_value(field):
            return
        from desktop.ui import commands as cmd  # (the undo commands: at the first edit)

        key = self._session if merge else None
        self.doc.push(cmd.SetMetaField(self.doc, field, value, merge_key=key))

    def _on_text_changed(self, field: str, edit: QPlainTextEdit) -> None:
        if edit.signalsBlocked() or self.doc is None:
            return
        self._push(field, edit.toPlainText())

    def _on_doc_meta_changed(self, field: str) -> None:
        if self.doc is None or field not in self.editors:
            return
        value = self.doc.meta_value(field)
        editor = self.editors[field]
        if field in ("government.kind", "government_ko"):
            self._show_kind()
        if isinstance(editor, QComboBox):
            return
        if isinstance(editor, QSpinBox):
            if editor.value() != (value or 0):
                with QSignalBlocker(editor):
                    editor.setValue(int(value or 0))
            return
        if isinstance(editor, DateField):
            editor.set_date(value if isinstance(value, dt.date) else None)
        elif isinstance(editor, QPlainTextEdit):
            text = "\n".join(value) if isinstance(value, list) else str(value or "")
            shown = editor.toPlainText()
            if field in LIST_FIELDS:
                shown = "\n".join(line.strip() for line in shown.splitlines() if line.strip())
            if shown != text:
                with QSignalBlocker(editor):
                    editor.setPlainText(text)
        elif isinstance(editor, QLineEdit) and editor.text() != str(value or ""):
            editor.setText(str(value or ""))

    # -- effective dates -------------------------------------------------------------------
    def _build_effective(self) -> None:
        """A row per instrument; the rows shown are kept (and show the document's values) when
        the instruments are the same kinds under the same keys, as the untitled project shown
        at start-up and the sample opened next are (the start need not make them twice)."""
        sources = self.doc.project.instruments if self.doc is not None else []
        shape = (lang(), [(source.key, source.kind) for source in sources])
        if sources and shape == self._effective_shape:
            for source in sources:
                self._show_effective(source, keep_typed=False)
            return
        self._effective_shape = shape
        self._effective_rows: dict[str, tuple[QComboBox, DateField, QSpinBox]] = {}
        while self.effective_form.rowCount():
            self.effective_form.removeRow(0)
        if self.doc is None or not self.doc.project.instruments:
            self.effective_form.addRow(QLabel(_("No instruments yet (see Statute texts).")))
            return
        for source in self.doc.project.instruments:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            mode = QComboBox()
            for value, label in MODES:
                mode.addItem(_(label), value.value)
            date, months = DateField(), QSpinBox()
            months.setRange(0, 60)
            mode.setCurrentIndex(mode.findData(source.effective.mode.value))
            date.set_date(source.effective.date)
            months.setValue(source.effective.months)
            for widget in (mode, date, months):
                line.addWidget(widget)
                widget.setEnabled(not self.doc.read_only)
            line.addStretch(1)

            def commit(*_args, key=source.key, m=mode, d=date, n=months) -> None:
                self._commit_effective(key, m, d, n)

            mode.currentIndexChanged.connect(commit)
            date.date_edited.connect(commit)
            months.valueChanged.connect(commit)
            self._effective_rows[source.key] = (mode, date, months)
            self.effective_form.addRow(instrument_label(source), row)

    def _commit_effective(self, key: str, mode: QComboBox, date: DateField, months) -> None:
        if self.doc is None:
            return
        try:
            when = date.date()
        except ValueError:
            return
        effective = Effective(EffectiveMode(mode.currentData()), when, months.value())
        source = self.doc.project.instrument(key)
        if source is not None and source.effective != effective:
            from desktop.ui import commands as cmd

            self.doc.push(cmd.SetInstrumentEffective(self.doc, key, effective))

    def _on_doc_instruments_changed(self, key: str) -> None:
        if self.doc is None:
            return
        source = self.doc.project.instrument(key) if key else None
        if source is None or key not in self._effective_rows:
            self._effective_shape = None  # the list changed: rows made anew
            self._build_effective()
            return
        self._show_effective(source, keep_typed=True)

    def _show_effective(self, source, *, keep_typed: bool) -> None:
        """Show ``source``'s effective date in its row (``keep_typed``: leave a date being
        typed that does not read yet as it is)."""
        mode, date, months = self._effective_rows[source.key]
        for widget in (mode, date, months):
            widget.blockSignals(True)
            widget.setEnabled(not self.doc.read_only)
        mode.setCurrentIndex(mode.findData(source.effective.mode.value))
        if date.error == "" or not keep_typed:
            date.set_date(source.effective.date)
        months.setValue(source.effective.months)
        for widget in (mode, date, months):
            widget.blockSignals(False)
        label = self.effective_form.labelForField(mode.parentWidget())
        if isinstance(label, QLabel):  # its title, as the text now has it
            label.setText(instrument_label(source))

    def focus_effective(self, key: str) -> None:
        """Focus the effective date of instrument ``key``: its date, or its months when set
        to months after promulgation, else the mode."""
        row = self._effective_rows.get(key)
        if row is None:
            return
        mode, date, months = row
        editor = {EffectiveMode.DATE.value: date, EffectiveMode.MONTHS.value: months}.get(
            mode.currentData(), mode
        )
        self.ensureWidgetVisible(editor)
        editor.setFocus()

    def focus_field(self, field: str) -> None:
        editor = self.editors.get(field)
        if editor is not None:
            self.ensureWidgetVisible(editor)
            editor.setFocus()
