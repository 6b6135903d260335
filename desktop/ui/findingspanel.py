"""The validation panel: every finding, errors first, each with the place it is about in
words (the unit, the instrument's line, the field); clicking one reports it so that the
window can select that place, and a difference from the instruments' text offers, in its
context menu, to take the text's version (one undo step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeWidget, QTreeWidgetItem

from desktop.core.findings import Finding, Place, PlaceKind
from desktop.ui.labels import (
    article_words,
    field_label,
    press_paragraph_label,
    provision_label,
    unit_name,
)
from desktop.ui.tr import _, lang
from desktop.ui.wrapping import wrap_columns

if TYPE_CHECKING:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QPlainTextEdit

# Qt::UserRole and Qt::ForegroundRole. The panel is on screen from the start: naming
# ``Qt.ItemDataRole`` (or making a QBrush, whose arguments may be a ``Qt.GlobalColor``) would
# make PySide build every enum of the Qt namespace, about 30 ms (tests/ui check the values).
USER_ROLE = 256
FOREGROUND_ROLE = 9
SEVERITY, WHERE, MESSAGE, CODE = range(4)  # the columns


class FindingsPanel(QTreeWidget):
    finding_activated = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding: take it from the text

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.findings: list[Finding] = []
        self.setColumnCount(4)
        # what an official reads first: how grave, where, what; the finding's code (the one
        # `orgdraft validate` prints, to quote when asking for help) comes last, narrow
        self.setHeaderLabels([_("Severity"), _("Where"), _("Message"), _("Code")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setStretchLastSection(False)
        # the severity and the code as wide as their words; the place and the message whole,
        # wrapped, each row as tall as its longest text (a place such as an instrument's
        # title and line was cut to "「가온시 행정기구 설치 조례 시…" before)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(WHERE, 240)
        wrap_columns(self, (WHERE, MESSAGE))
        self.itemClicked.connect(self._on_item_activated)
        self.itemActivated.connect(self._on_item_activated)

    def set_findings(self, findings: list[Finding], doc=None) -> None:
        """Show ``findings``; ``doc`` (the open :class:`ProjectDocument`) names their places."""
        self.findings = list(findings)
        self.clear()
        for number, finding in enumerate(self.findings):
            severity = _("Error") if finding.is_error else _("Warning")
            message = finding.message(lang())
            item = QTreeWidgetItem(
                [severity, place_words(finding.place, doc), message, finding.code]
            )
            item.setData(0, USER_ROLE, number)
            if fixable(finding):
                message += "\n" + _("Right-click to take it from the text (undoable).")
            item.setToolTip(MESSAGE, message)
            item.setToolTip(CODE, _("The finding's code, to quote when asking for help"))
            colour = "#b3261e" if finding.is_error else "#8a6d00"
            item.setData(0, FOREGROUND_ROLE, QColor(colour))  # shown as its brush
            self.addTopLevelItem(item)
        if not self.findings:
            self.addTopLevelItem(QTreeWidgetItem(["", "", _("No errors or warnings."), ""]))

    def show_checking(self) -> None:
        """Nothing listed yet: the project shown is being checked (its findings follow)."""
        self.findings = []
        self.clear()
        self.addTopLevelItem(QTreeWidgetItem(["", "", _("Checking the project…"), ""]))

    def finding_at(self, item: QTreeWidgetItem | None) -> Finding | None:
        number = item.data(0, USER_ROLE) if item is not None else None
        return self.findings[int(number)] if number is not None else None

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = self.finding_at(item)
        if finding is not None:
            self.finding_activated.emit(finding)

    def context_menu(self, finding: Finding) -> QMenu:
        """The menu of a finding: go to its place and, for a difference from the text,
        take the text's version."""
        menu = QMenu(self)
        menu.addAction(_("&Go to"), lambda: self.finding_activated.emit(finding))
        if fixable(finding):
            menu.addAction(_("&Take it from the text"), lambda: self.fix_requested.emit(finding))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """A finding's menu (right-click or the menu key, over the list's viewport)."""
        finding = self.finding_at(self.itemAt(event.pos()))
        if finding is not None:
            self.context_menu(finding).exec(event.globalPos())


def select_quoted(editor: QPlainTextEdit, finding: Finding, *, after_cursor: bool = False) -> bool:
    """Select in ``editor`` the words a finding quotes as found (a name with the particle
    that does not suit it: ``“이민사회국를”``), from the start of its text or, ``after_cursor``,
    from where the cursor is (an article just shown); ``False`` when it quotes none or they
    are not there."""
    words = str(finding.params.get("found", "")).strip("“”")
    if not words:
        return False
    if after_cursor:
        return editor.find(words)
    cursor = editor.document().find(words)  # from the start
    if cursor.isNull():
        return False
    editor.setTextCursor(cursor)
    return True


def fixable(finding: Finding) -> bool:
    """Whether ``finding`` is a difference from the text that the text settles."""
    from desktop.core.orgcheck import DUTIES, MISSING  # the reader: when a finding shows

    return finding.code in (MISSING, DUTIES)


def place_words(place: Place, doc=None) -> str:
    """Where a finding is, in the official's words: ``복지국 · 분장사무``,
    ``「가온시 행정기구 설치 조례」 12행``, ``변경 3``, ``의결일``."""
    return project_place_words(place, doc.project if doc is not None else None)


def _heading(words: str) -> str:
    """Words that head a column or a tooltip begin with a capital: a field's label is written
    to stand inside a sentence (``Edit reasons (Korean)``), the place starts with it
    (``Reasons (Korean)``, ``Press release · Officer (Korean)``); Korean is as it is."""
    return words[:1].upper() + words[1:] if words[:1].isascii() else words


def project_place_words(place: Place, project=None) -> str:
    """:func:`place_words` for ``project`` itself (the export dialog holds a snapshot)."""
    if project is None:
        return place.describe()
    from desktop.core.validate import place_words_of

    def with_field(words: str, field: str) -> str:
        return f"{words} · {_heading(field_label(field))}" if field else words

    def instrument(key: str) -> str:
        return place_words_of(project, key).pick(lang())

    if place.kind is PlaceKind.UNIT:
        return with_field(unit_name(project, place.ref), place.field)
    if place.kind is PlaceKind.CHANGE:
        ids = [change.id for change in project.changes]
        number = ids.index(place.ref) + 1 if place.ref in ids else place.line
        return with_field(_("Change {number}").format(number=number), place.field)
    if place.kind is PlaceKind.STATUTE_LINE:
        return _("{instrument} line {line}").format(
            instrument=instrument(place.ref), line=place.line
        )
    if place.kind is PlaceKind.ARTICLE:
        return f"{instrument(place.ref)} {article_words(place.field)}".strip()
    if place.kind is PlaceKind.PRESS:
        release = _("Press release ({language})").format(language=_language(place.field))
        paragraph = press_paragraph_label(project, place.ref)
        return f"{release} · {paragraph}" if paragraph else release
    if place.ref == "meta":
        return _heading(field_label(place.field))
    if place.ref.startswith("instruments."):
        return with_field(instrument(place.ref.removeprefix("instruments.")), place.field)
    if place.ref == "press":
        return with_field(_("Press release"), place.field)
    if place.ref == "org":
        return with_field(_("Current organization"), place.field)
    if place.ref.startswith("overrides["):
        return with_field(_("Own text of a provision"), _override_path(project, place.ref))
    return with_field(place.ref, place.field)


def _override_path(project, ref: str) -> str:
    """The provision an override (``overrides[2]``) is the text of: ``제4조``; empty for none."""
    try:
        return provision_label(project.overrides[int(ref[len("overrides[") : -1])].path)
    except (ValueError, IndexError):
        return ""


def _language(code: str) -> str:
    return {"ko": _("Korean"), "en": _("English")}.get(code, code)
