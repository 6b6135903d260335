"""법규 본문 — the current text of each instrument as pasted, what the parser noticed (with
line numbers), the new text the changes produce, and the official's own overrides.

While the current text has an error (:attr:`~desktop.core.project.DraftInputs.waiting`), what
the changes would make of it is not what the official means: the new text and the provisions
give way to the note that the drafting waits until the text is corrected, and come back as
soon as it reads."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QShowEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import provisions
from desktop.core.project import Role
from desktop.core.statute_text import render_instrument
from desktop.core.textmarks import changed_ranges
from desktop.core.validate import waiting_note
from desktop.ui import commands as cmd
from desktop.ui.document import ProjectDocument
from desktop.ui.labels import instrument_label, line_message, provision_label
from desktop.ui.sight import out_of_sight
from desktop.ui.tr import N_, _, lang

OVERRIDE_COLOUR = "#8e3fb0"
CHANGE_COLOUR = "#fff2a8"  # the background of what the amendment changes in the new text


def _utf16(text: str, index: int) -> int:
    """The position Qt counts (UTF-16 units) of the string index ``index`` of ``text``."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


def mark_changes(edit: QTextEdit, old: str, new: str) -> int:
    """Mark in ``edit``, which shows ``new``, what differs from ``old`` (a light background
    and an underline, as the comparison table underlines it); the number of spans marked.
    Nothing is marked where there is no ``old`` text to compare with. The statute page's new
    text and the amendment check's result both show an amended text so."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(CHANGE_COLOUR))
    fmt.setFontUnderline(True)
    selections = []
    for start, end in changed_ranges(old, new) if old else []:
        cursor = QTextCursor(edit.document())
        cursor.setPosition(_utf16(new, start))
        cursor.setPosition(_utf16(new, end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    edit.setExtraSelections(selections)
    return len(selections)


ROLE_LABELS = (
    (Role.ORGANIZATION, N_("Organization of bureau-level units (실·국)")),
    (Role.DIVISIONS, N_("Organization of divisions (과·담당관) and their duties")),
    (Role.STAFFING, N_("Staffing (정원)")),
)


class StatutePage(QWidget):
    import_requested = Signal(str)  # instrument key
    add_requested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        self._session = 0
        self._stale = False
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_("Instrument")))
        self.instrument = QComboBox()
        # As wide as its longest instrument where there is room, narrower where there is not:
        # at least 28 characters made the English page 942 px wide, the window wider than a
        # 1024-px screen. The current instrument's whole name is its tooltip.
        self.instrument.setMinimumContentsLength(16)
        self.instrument.currentIndexChanged.connect(self._on_instrument_changed)
        bar.addWidget(self.instrument)
        self.import_button = QToolButton()
        self.import_button.setText(_("Import .txt…"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit(self.key()))
        self.add_button = QToolButton()
        self.add_button.setText(_("Add instrument…"))
        self.add_button.clicked.connect(self.add_requested.emit)
        self.remove_button = QToolButton()
        self.remove_button.setText(_("Remove instrument"))
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button = QToolButton()
        self.up_button.setText(_("Move up"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button = QToolButton()
        self.down_button.setText(_("Move down"))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.roles_button = QToolButton()
        self.roles_button.setText(_("Roles"))
        self.roles_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.roles_menu = QMenu(self.roles_button)
        self.role_actions: dict[Role, QAction] = {}
        for role, label in ROLE_LABELS:
            action = self.roles_menu.addAction(_(label))
            action.setCheckable(True)
            action.toggled.connect(self._on_role_toggled)
            self.role_actions[role] = action
        self.roles_button.setMenu(self.roles_menu)
        # an instant-popup tool button draws its menu arrow inside the width of its text
        # (the arrow covered the 's' of Roles, the 할 of 역할): make room for it
        arrow = self.roles_button.style().pixelMetric(
            QStyle.PixelMetric.PM_MenuButtonIndicator, None, self.roles_button
        )
        self.roles_button.setMinimumWidth(self.roles_button.sizeHint().width() + arrow)
        bar.addWidget(self.import_button)
        bar.addWidget(self.add_button)
        for button in (self.remove_button, self.up_button, self.down_button, self.roles_button):
            bar.addWidget(button)
        bar.addStretch(1)
        layout.addLayout(bar)
        # the texts pasted are Korean: the English bill and comparison table are named by the
        # title the official gives here (the export stops without it, E-GATE-TITLE)
        title_row = QHBoxLayout()
        title_row.addWidget(QLabel(_("English title")))
        self.title_en = QLineEdit()
        self.title_en.setPlaceholderText(
            _("e.g. Ordinance on the Establishment of Administrative Organizations of Gaon City")
        )
        self.title_en.textEdited.connect(self._on_title_en_edited)
        self.title_en.editingFinished.connect(self._next_session)
        title_row.addWidget(self.title_en, 1)
        layout.addLayout(title_row)

        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(_("Current text (paste it from law.go.kr or ELIS)")))
        self.source = QPlainTextEdit()
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.source.textChanged.connect(self._on_source_text_changed)
        left_layout.addWidget(self.source, 3)
        left_layout.addWidget(QLabel(_("What the parser noticed")))
        self.messages = QListWidget()
        self.messages.itemActivated.connect(self._on_message_activated)
        self.messages.itemClicked.connect(self._on_message_activated)
        left_layout.addWidget(self.messages, 1)

        self.tabs = QTabWidget()
        new_page = QWidget()
        new_layout = QVBoxLayout(new_page)
        new_layout.setContentsMargins(0, 0, 0, 0)
        self.new_text = QPlainTextEdit()
        self.new_text.setReadOnly(True)
        new_layout.addWidget(self.new_text)
        self.marks_legend = QLabel(_("What the amendment changes is underlined and highlighted."))
        new_layout.addWidget(self.marks_legend)
        self.tabs.addTab(new_page, _("New text"))
        edit = QWidget()
        edit_layout = QVBoxLayout(edit)
        self.provisions = QListWidget()
        self.provisions.currentItemChanged.connect(self._on_provision_current_changed)
        edit_layout.addWidget(self.provisions, 2)
        self.override_text = QPlainTextEdit()
        edit_layout.addWidget(self.override_text, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton(_("Use my text"))
        self.keep_button.clicked.connect(self.override_selected)
        self.revert_button = QPushButton(_("Revert to the generated text"))
        self.revert_button.clicked.connect(self.revert_selected)
        row.addWidget(self.keep_button)
        row.addWidget(self.revert_button)
        row.addStretch(1)
        edit_layout.addLayout(row)
        self.tabs.addTab(edit, _("Edit provisions"))
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        layout.addWidget(splitter)

    # -- the document ----------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        self.doc = doc
        doc.instruments_changed.connect(self._on_doc_instruments_changed)
        self.source.setReadOnly(doc.read_only)
        self.title_en.setReadOnly(doc.read_only)
        for widget in (self.import_button, self.add_button, self.keep_button, self.revert_button):
            widget.setEnabled(not doc.read_only)
        self._fill_instruments()

    # -- the list of instruments -----------------------------------------------------------
    def remove_current(self) -> None:
        """Remove the shown instrument (undoable, with its manual provisions)."""
        key = self.key()
        if self.doc is None or self.doc.read_only or not key:
            return
        self.doc.push(cmd.RemoveInstrument(self.doc, key))

    def move_current(self, step: int) -> None:
        key = self.key()
        if self.doc is None or self.doc.read_only or not key:
            return
        keys = [s.key for s in self.doc.project.instruments]
        index = keys.index(key) + step
        if 0 <= index < len(keys):
            self.doc.push(cmd.MoveInstrument(self.doc, key, index))
            self.select_instrument(key)

    def _on_role_toggled(self, _checked: bool) -> None:
        source = self.doc.project.instrument(self.key()) if self.doc else None
        if source is None or self.doc.read_only:
            return
        roles = [role for role, action in self.role_actions.items() if action.isChecked()]
        if frozenset(roles) != source.role_set:
            self.doc.push(cmd.SetInstrumentRoles(self.doc, source.key, roles))

    def _show_roles(self) -> None:
        source = self.doc.project.instrument(self.key()) if self.doc else None
        roles = source.role_set if source else frozenset()
        keys = [s.key for s in self.doc.project.instruments] if self.doc else []
        index = keys.index(source.key) if source else -1
        editable = self.doc is not None and not self.doc.read_only and source is not None
        for role, action in self.role_actions.items():
            with QSignalBlocker(action):
                action.setChecked(role in roles)
        self.roles_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self.up_button.setEnabled(editable and index > 0)
        self.down_button.setEnabled(editable and 0 <= index < len(keys) - 1)

    def key(self) -> str:
        return str(self.instrument.currentData() or "")

    def _fill_instruments(self) -> None:
        current = self.key()
        with QSignalBlocker(self.instrument):
            self.instrument.clear()
            for source in self.doc.project.instruments if self.doc else []:
                self.instrument.addItem(instrument_label(source), source.key)
            index = self.instrument.findData(current)
            self.instrument.setCurrentIndex(index if index >= 0 else 0)
        self._on_instrument_changed()

    def select_instrument(self, key: str) -> bool:
        index = self.instrument.findData(key)
        if index >= 0:
            self.instrument.setCurrentIndex(index)
        return index >= 0

    def _on_instrument_changed(self, *_args) -> None:
        self.instrument.setToolTip(self.instrument.currentText())
        self._session += 1
        self._show_roles()
        self._show_source()
        self.refresh()

    def _show_source(self) -> None:
        if out_of_sight(self):  # shown (with the rest) when the section is
            self._stale = True
            return
        source = self.doc.project.instrument(self.key()) if self.doc else None
        title = source.title_en if source else ""
        if self.title_en.text().strip() != title:
            with QSignalBlocker(self.title_en):
                self.title_en.setText(title)
        text = source.text if source else ""
        if self.source.toPlainText() != text:
            with QSignalBlocker(self.source):
                self.source.setPlainText(text)

    def _on_doc_instruments_changed(self, key: str) -> None:
        if not key:
            self._fill_instruments()
        elif key == self.key():
            self._show_source()
            self._show_roles()

    def _on_title_en_edited(self, text: str) -> None:
        if self.doc is None or self.doc.read_only or not self.key():
            return
        self.doc.push(
            cmd.SetInstrumentTitleEn(self.doc, self.key(), text.strip(), merge_key=self._session)
        )

    def _next_session(self) -> None:
        self._session += 1  # the next edit is an undo step of its own

    def _on_source_text_changed(self) -> None:
        if self.doc is None or not self.key():
            return
        self.doc.push(
            cmd.SetInstrumentText(
                self.doc, self.key(), self.source.toPlainText(), merge_key=self._session
            )
        )

    # -- computed --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the parse messages, the new text and the provisions of the current state
        (while another section is shown, when this one is shown again)."""
        if out_of_sight(self):
            self._stale = True
            return
        self._stale = False
        key = self.key()
        if self.doc is None or not key:
            self.messages.clear()
            self.new_text.clear()
            self.provisions.clear()
            return
        inputs = self.doc.inputs()
        self.messages.clear()
        for msg in inputs.parsed.get(key, (None, []))[1]:
            text = line_message(msg.line, msg.message(lang()))
            item = QListWidgetItem(("⛔ " if msg.severity == "error" else "⚠ ") + text)
            item.setData(Qt.ItemDataRole.UserRole, msg.line)
            self.messages.addItem(item)
        if not self.messages.count():
            self.messages.addItem(_("Nothing to report: every line was read."))
        waiting = key in inputs.waiting  # nothing drafted from a text that cannot be read
        note = waiting_note(self.doc.project, key).text(lang()) if waiting else ""
        inst = None if waiting else inputs.new_instruments.get(key)
        new_text = render_instrument(inst) if inst else ""
        self.new_text.setPlaceholderText(note)  # shown while the new text is empty
        if self.new_text.toPlainText() != new_text:
            bar = self.new_text.verticalScrollBar().value()
            self.new_text.setPlainText(new_text)
            self.new_text.verticalScrollBar().setValue(bar)
        old = inputs.parsed.get(key, (None, []))[0]
        self._mark_changes(render_instrument(old) if old and inst else "", new_text)
        self._fill_provisions(key, inst, note)

    def _mark_changes(self, old: str, new: str) -> None:
        """Mark in the new text what differs from the current one (a light background and
        an underline, as the comparison table underlines it)."""
        self.marks_legend.setVisible(mark_changes(self.new_text, old, new) > 0)

    def marked_texts(self) -> list[str]:
        """The texts marked as changed in the new text, in order."""
        return [sel.cursor.selectedText() for sel in self.new_text.extraSelections()]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._show_source()
            self.refresh()

    def _fill_provisions(self, key: str, inst, note: str = "") -> None:
        current = self.provisions.currentItem()
        selected = current.data(Qt.ItemDataRole.UserRole) if current else None
        with QSignalBlocker(self.provisions):
            self.provisions.clear()
            if note:  # the provisions come back with the text
                item = QListWidgetItem(note)
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.provisions.addItem(item)
            for path, prov in provisions.walk(inst) if inst else []:
                if not hasattr(prov, "text") or not prov.text:
                    continue
                overridden = self.doc.override(key, path) is not None
                mark = _("[edited]") + " " if overridden else ""
                item = QListWidgetItem(f"{provision_label(path)}  {mark}{prov.text}")
                item.setData(Qt.ItemDataRole.UserRole, path)
                if overridden:
                    item.setForeground(QBrush(QColor(OVERRIDE_COLOUR)))
                self.provisions.addItem(item)
                if path == selected:
                    self.provisions.setCurrentItem(item)
        self._on_provision_current_changed(self.provisions.currentItem(), None)

    def selected_path(self) -> str:
        item = self.provisions.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def select_path(self, path: str) -> bool:
        for row in range(self.provisions.count()):
            if self.provisions.item(row).data(Qt.ItemDataRole.UserRole) == path:
                self.tabs.setCurrentIndex(1)
                self.provisions.setCurrentRow(row)
                return True
        return False

    def _on_provision_current_changed(self, current, _previous) -> None:
        path = current.data(Qt.ItemDataRole.UserRole) if current else ""
        inst = self.doc.inputs().new_instruments.get(self.key()) if self.doc and path else None
        prov = provisions.find(inst, path) if inst else None
        text = getattr(prov, "text", "") if prov else ""
        if self.override_text.toPlainText() != text:
            self.override_text.setPlainText(text)
        overridden = bool(path) and self.doc.override(self.key(), path) is not None
        self.revert_button.setEnabled(overridden and not self.doc.read_only)

    def override_selected(self) -> None:
        path = self.selected_path()
        if self.doc is not None and path:
            text = self.override_text.toPlainText().strip()
            self.doc.push(cmd.SetOverride(self.doc, self.key(), path, text))

    def revert_selected(self) -> None:
        path = self.selected_path()
        if self.doc is not None and path and self.doc.override(self.key(), path):
            self.doc.push(cmd.SetOverride(self.doc, self.key(), path, None))

    # -- navigation from findings ----------------------------------------------------------
    def go_to_line(self, key: str, line: int) -> None:
        self.select_instrument(key)
        block = self.source.document().findBlockByNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        cursor.select(QTextCursor.SelectionType.LineUnderCursor)
        self.source.setTextCursor(cursor)
        self.source.centerCursor()
        self.source.setFocus()

    def go_to_article(self, key: str, label: str) -> None:
        """Show an article (``제20조``) of the new text."""
        self.select_instrument(key)
        self.tabs.setCurrentIndex(0)
        found = self.new_text.find(label)
        if not found:
            self.new_text.moveCursor(QTextCursor.MoveOperation.Start)
            self.new_text.find(label)

    def _on_message_activated(self, item: QListWidgetItem) -> None:
        line = item.data(Qt.ItemDataRole.UserRole)
        if line:
            self.go_to_line(self.key(), int(line))
