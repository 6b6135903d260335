"""도구 › 개정문 확인 — Tools › Check an amendment text: a 개정문 that someone else wrote,
applied to the current text it amends, as ``orgdraft apply OLD AMENDMENT [--table]`` does on
the command line.

Two boxes: the current text (one of the open project's instruments, or a text pasted or opened
from a .txt, .docx, .hwpx or .hwp file) and the amendment text with the new provisions and
annexes (별지) it gives. Apply shows the text the amendment makes, what it changes marked as
the statute page marks it, and the comparison table as the documents' preview shows it. Where
the amendment does not apply, the applier's message says where, and that line is selected in
the amendment box; an error in the current text is shown the same way in the current box. When
it applies with slips to correct (the proof's notes), their words are marked in the amendment
box and the first selected; Next correction (F8) selects each in the order of the text. The
texts are the official's own: any other failure is told as a message (and logged), never as a
traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QSignalBlocker, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTabWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drafting import ComparisonTable, comparison_table
from desktop.core.drafting.applier import AmendmentError, apply_amendment
from desktop.core.filereason import os_reason_text
from desktop.core.instrumentkind import InstrumentKind
from desktop.core.project import InstrumentSource
from desktop.core.statute import Instrument
from desktop.core.statute_text import ParseMessage, parse_instrument, render_instrument
from desktop.ui.labels import instrument_kind_label, line_message
from desktop.ui.prompts import Prompter, text_file_filter
from desktop.ui.statutepage import mark_changes
from desktop.ui.tr import _, lang, ngettext

log = logging.getLogger(__name__)

ERROR_COLOUR = "#a40000"
ERROR_LINE_COLOUR = "#ffd7d7"  # the background of the line a message is about
NOTE_WORDS_COLOUR = "#ffa8a8"  # the background of the words a note is about
NEW_TEXT, TABLE = 0, 1  # the result's tabs
ICONS = {
    "error": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
}
# The status line: its severity ("error", "warning", "info" or "") and lines, made when shown
# (in the interface language of the moment).
Report = Callable[[], tuple[str, list[str]]]


@dataclass
class Applied:
    """What the amendment makes of the current text: both versions (the header line that
    states the current version left out of the new one), the reader's warnings on the
    current text and what the amendment text should still correct (``notes``: a particle not
    suiting the word before it)."""

    old: Instrument
    new: Instrument
    warnings: list[ParseMessage]
    notes: list[ParseMessage] = field(default_factory=list)


class CurrentTextError(Exception):
    """The current text has errors: the amendment is not applied to what could not be read."""

    def __init__(self, messages: list[ParseMessage]) -> None:
        super().__init__(messages)
        self.messages = messages


def apply_to_text(current: str, amendment: str, kind: InstrumentKind | None = None) -> Applied:
    """Read ``current`` and apply ``amendment`` to it (what ``orgdraft apply`` does). Raises
    :class:`CurrentTextError` or :class:`AmendmentError`."""
    old, messages = parse_instrument(current, kind=kind)
    errors = [m for m in messages if m.severity == "error"]
    if errors:
        raise CurrentTextError(errors)
    notes: list[ParseMessage] = []
    new = apply_amendment(old, amendment, notes=notes)
    new.header = ""  # the header line states the current version, not this one
    return Applied(old, new, [m for m in messages if m.severity != "error"], notes)


def amendment_error_text(exc: AmendmentError, language: str) -> str:
    """``3행: 문장 1: 제10조가 없습니다.`` — the applier's message with its line (once:
    a message that names its line is shown as it is)."""
    message = exc.message(language)
    if "line" in exc.problem.params or "line" in exc.params:
        return message
    return line_message(exc.line, message)


class ApplyCheckDialog(QDialog):
    """The amendment check; ``instruments`` fill the choice of current texts."""

    def __init__(
        self,
        instruments: Iterable[InstrumentSource] = (),
        prompts: Prompter | None = None,
        parent: QWidget | None = None,
        *,
        hyphens: bool = True,
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts or Prompter(self)
        self.hyphens = hyphens
        # the texts as they are now: the dialog stays open while the project is edited
        self.sources = [(s.key, s.kind, s.text) for s in instruments]
        self.applied: Applied | None = None
        self.table: ComparisonTable | None = None
        self._report = self._no_report  # the status message, in the interface language
        self.severity = ""  # of the status shown
        self.setWindowTitle(_("Check an amendment text"))
        self._fit_to_screen(1100, 780)
        self._build()
        self.instrument.setCurrentIndex(0)  # the first instrument, when a project is open
        self._on_instrument_changed()

    def _fit_to_screen(self, width: int, height: int) -> None:
        """``width`` × ``height``, or less where the screen is smaller: 780 px and the title
        bar were taller than a 1366×768 screen, the Apply row and Close below its edge."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.95))
            height = min(height, int(room.height() * 0.9))  # the title bar and the frame
        self.resize(width, height)

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        self.hint = QLabel(
            _(
                "Paste the current ordinance or rule as law.go.kr or ELIS shows it, and the "
                "amendment text (개정문) with the new provisions and annexes (별지) it gives. "
                "Apply shows the text the amendment makes and its comparison table, or the "
                "words where it does not apply."
            )
        )
        self.hint.setWordWrap(True)

        self.instrument = QComboBox()
        self.instrument.setObjectName("current-choice")
        self.instrument.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.instrument.setMinimumContentsLength(24)
        for key, _kind, _text in self.sources:
            self.instrument.addItem("", key)
        self.instrument.addItem(_("Pasted or opened text"), None)
        self._name_instruments()
        self.instrument.currentIndexChanged.connect(self._on_instrument_changed)
        self.current = self._text_box("current-text")
        self.current.setPlaceholderText(
            _("Paste the current ordinance or rule here, as law.go.kr or ELIS shows it.")
        )
        self.current.textChanged.connect(self._on_current_text_changed)
        self.open_current = QPushButton(_("Open a file…"))
        self.open_current.setToolTip(
            _("Open the current text from a .txt, .docx, .hwpx or .hwp file")
        )
        self.open_current.clicked.connect(lambda: self._open_file(self.current))
        current_bar = QHBoxLayout()
        current_bar.addWidget(self.instrument, 1)
        current_bar.addWidget(self.open_current)
        current_group = QGroupBox(_("Current text"))
        current_layout = QVBoxLayout(current_group)
        current_layout.addLayout(current_bar)
        current_layout.addWidget(self.current, 1)

        self.amendment = self._text_box("amendment-text")
        self.amendment.setPlaceholderText(
            _(
                "Paste the amendment text here: 「…」 일부를 다음과 같이 개정한다., its "
                "sentences, the new provisions after them and the new annexes ([별표 1] …)."
            )
        )
        self.amendment.textChanged.connect(self._on_amendment_text_changed)
        self.open_amendment = QPushButton(_("Open a file…"))
        self.open_amendment.setToolTip(
            _("Open the amendment text from a .txt, .docx, .hwpx or .hwp file")
        )
        self.open_amendment.clicked.connect(lambda: self._open_file(self.amendment))
        amendment_bar = QHBoxLayout()
        amendment_bar.addStretch(1)
        amendment_bar.addWidget(self.open_amendment)
        amendment_group = QGroupBox(_("Amendment text (개정문)"))
        amendment_layout = QVBoxLayout(amendment_group)
        amendment_layout.addLayout(amendment_bar)
        amendment_layout.addWidget(self.amendment, 1)

        self.apply_button = QPushButton(_("&Apply"))
        self.apply_button.setToolTip(_("Apply the amendment text to the current text (Ctrl+Enter)"))
        self.apply_button.clicked.connect(self.apply)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.apply)
        self.status = QLabel()
        self.status.setObjectName("apply-status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # messages quote <신 설>, <개정 …>
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_icon = QLabel()  # the severity, as a message box shows it
        self.status_icon.hide()
        self.next_note_button = QPushButton(_("&Next correction"))
        self.next_note_button.setToolTip(
            _("Select the next place the amendment text should correct (F8)")
        )
        self.next_note_button.clicked.connect(self.next_note)
        self.next_note_button.hide()
        QShortcut(QKeySequence("F8"), self, self.next_note)
        self.notes: list[ParseMessage] = []  # whose words are marked (none once edited)
        self.note_index = -1  # the note selected in the amendment text
        apply_bar = QHBoxLayout()
        apply_bar.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignTop)
        apply_bar.addWidget(self.next_note_button, 0, Qt.AlignmentFlag.AlignTop)
        apply_bar.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.status_area = StatusArea(self.status)
        apply_bar.addWidget(self.status_area, 1)

        inputs = QWidget()
        inputs_layout = QVBoxLayout(inputs)
        inputs_layout.setContentsMargins(0, 0, 0, 0)
        boxes = QSplitter(Qt.Orientation.Horizontal)
        boxes.addWidget(current_group)
        boxes.addWidget(amendment_group)
        inputs_layout.addWidget(boxes, 1)
        inputs_layout.addLayout(apply_bar)

        self.new_text = self._text_box("new-text")
        self.new_text.setReadOnly(True)
        self.new_text.setPlaceholderText(_("The text the amendment makes shows here after Apply."))
        self.marks_legend = QLabel(_("What the amendment changes is underlined and highlighted."))
        self.marks_legend.hide()
        new_page = QWidget()
        new_layout = QVBoxLayout(new_page)
        new_layout.addWidget(self.new_text, 1)
        new_layout.addWidget(self.marks_legend)
        self.table_view = QTextBrowser()
        self.table_view.setObjectName("comparison-table")
        self.table_view.setOpenLinks(False)
        self.table_view.setPlaceholderText(_("The comparison table shows here after Apply."))
        self.results = QTabWidget()
        self.results.addTab(new_page, _("New text"))
        self.results.addTab(self.table_view, _("Comparison table"))

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(inputs)
        splitter.addWidget(self.results)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _text_box(name: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        return box

    # -- the current text ------------------------------------------------------------------
    def _chosen(self) -> tuple[str, InstrumentKind, str] | None:
        """The project's instrument chosen as the current text (``None``: a pasted text)."""
        key = self.instrument.currentData()
        return next((s for s in self.sources if s[0] == key), None) if key else None

    def _on_instrument_changed(self, *_args: object) -> None:
        chosen = self._chosen()
        if chosen is not None and self.current.toPlainText() != chosen[2]:
            self.current.setPlainText(chosen[2])

    def _on_current_text_changed(self) -> None:
        chosen = self._chosen()
        if chosen is not None and self.current.toPlainText() != chosen[2]:
            with QSignalBlocker(self.instrument):  # edited: no longer the project's text
                self.instrument.setCurrentIndex(self.instrument.count() - 1)
        self._texts_changed(self.current)

    def _on_amendment_text_changed(self) -> None:
        self._texts_changed(self.amendment)

    def _texts_changed(self, box: QPlainTextEdit) -> None:
        box.setExtraSelections([])  # the line a message was about may be gone
        self._forget_notes()  # and the words the notes were about
        if self.applied is not None or self._report != self._no_report:
            self._report = self._stale
            self._show_report()

    def _open_file(self, box: QPlainTextEdit) -> None:
        from desktop.core.textfile import TextFileError, read_text_file  # File › New's reader

        title = _("Open the current text") if box is self.current else _("Open the amendment text")
        path = self.prompts.open_file(title, text_file_filter())
        if not path:
            return
        try:
            text = read_text_file(path)
        except (OSError, TextFileError) as exc:  # the reason, in the official's language
            self._fail(partial(self._unreadable, exc), box)
            return
        except Exception as exc:  # anything else the file may do to a reader
            log.warning("could not read %s", path, exc_info=exc)
            self._fail(partial(self._unreadable, None), box)
            return
        box.setPlainText(text)

    # -- applying --------------------------------------------------------------------------
    def apply(self) -> bool:
        """Apply the amendment text to the current text and show the outcome; ``True`` when it
        applies."""
        self._clear_results()
        current, amendment = self.current.toPlainText(), self.amendment.toPlainText()
        if not current.strip():
            return self._fail(self._need_current, self.current)
        if not amendment.strip():
            return self._fail(self._need_amendment, self.amendment)
        chosen = self._chosen()
        try:
            applied = apply_to_text(current, amendment, chosen[1] if chosen else None)
            table = comparison_table(applied.old, applied.new, hyphens=self.hyphens)
        except CurrentTextError as exc:
            report = partial(self._current_errors, exc.messages)
            return self._fail(report, self.current, exc.messages[0])
        except AmendmentError as exc:
            return self._fail(partial(self._amendment_error, exc), self.amendment, exc.messages[0])
        except Exception as exc:  # the texts are the official's: a message, never a traceback
            log.error("the amendment check failed", exc_info=exc)
            return self._fail(partial(self._unexpected, exc), None)
        self.applied, self.table = applied, table
        self._show_new_text(applied)
        self._show_table(table)
        self._report = self._success
        self._show_report()
        if applied.notes:  # the words to correct marked, the first selected
            self.notes = applied.notes  # in the order of the text
            mark_notes(self.amendment, self.notes)
            self.next_note_button.setVisible(True)
            self.next_note()
        return True

    def next_note(self) -> None:
        """Select the words of the next note (after the last one, the first again) in the
        amendment text."""
        if not self.notes:  # none, or the texts changed since
            return
        self.note_index = (self.note_index + 1) % len(self.notes)
        select_note(self.amendment, self.notes[self.note_index])
        self.amendment.setFocus()

    def _forget_notes(self) -> None:
        self.notes, self.note_index = [], -1
        self.next_note_button.hide()

    def _fail(
        self, report: Report, box: QPlainTextEdit | None, where: ParseMessage | None = None
    ) -> bool:
        """Show ``report``; in ``box``, mark and select the line of ``where`` and the words it
        is about (the whole line when it is about no words in particular)."""
        self._report = report
        self._show_report()
        if box is not None:
            if where is not None and where.column:
                mark_notes(box, [where])
                select_note(box, where)
            elif where is not None and where.line:
                select_line(box, where.line)
            box.setFocus()
        return False

    def _clear_results(self) -> None:
        self.applied = self.table = None
        self._forget_notes()
        self.new_text.clear()
        self.new_text.setExtraSelections([])
        self.marks_legend.hide()
        self.table_view.clear()
        for box in (self.current, self.amendment):
            box.setExtraSelections([])

    def _show_new_text(self, applied: Applied) -> None:
        old = applied.old
        old.header = ""
        new_text = render_instrument(applied.new)
        self.new_text.setPlainText(new_text)
        marked = mark_changes(self.new_text, render_instrument(old), new_text)
        self.marks_legend.setVisible(marked > 0)

    def _show_table(self, table: ComparisonTable) -> None:
        """The table as the preview shows the comparison table (two columns, the changes
        underlined, an annex as a table inside its cell)."""
        from desktop.documents.comparison import comparison_part  # lxml, docx: on first use
        from desktop.documents.htmlparts import part_html
        from desktop.documents.writers.html import page

        self.table_view.setHtml(page(part_html(comparison_part(table, "ko", new_page=False))))

    # -- the status line -------------------------------------------------------------------
    def _show_report(self) -> None:
        self.severity, lines = self._report()
        self.status.setText("\n".join(lines))
        self.status_area.verticalScrollBar().setValue(0)  # the summary first
        self.status_area.updateGeometry()
        self.status.setStyleSheet(f"color: {ERROR_COLOUR}" if self.severity == "error" else "")
        icon = ICONS.get(self.severity)
        if icon is not None:
            size = self.status.fontMetrics().height()
            self.status_icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.status_icon.setVisible(icon is not None)

    def retranslate(self) -> None:
        """The instruments' kinds and the status in the new interface language (the static
        texts are re-set by the window's language switch)."""
        self._name_instruments()
        self._show_report()

    def _name_instruments(self) -> None:
        """``조례 · 경기도 행정기구 및 정원 조례``: each instrument by its kind and title."""
        for index, (key, kind, text) in enumerate(self.sources):
            title = text.split("\n", 1)[0].strip() or key
            self.instrument.setItemText(index, f"{instrument_kind_label(kind)} · {title}")

    def _no_report(self) -> tuple[str, list[str]]:
        return "", []

    def _stale(self) -> tuple[str, list[str]]:
        return "info", [_("The texts have changed since Apply: apply again to check them.")]

    def _need_current(self) -> tuple[str, list[str]]:
        return "error", [_("Paste the current text first (or choose an instrument).")]

    def _need_amendment(self) -> tuple[str, list[str]]:
        return "error", [_("Paste the amendment text first.")]

    def _unreadable(self, exc: Exception | None) -> tuple[str, list[str]]:
        if isinstance(exc, OSError):
            reason = os_reason_text(exc, lang())
        elif exc is not None:  # a TextFileError
            reason = str(exc)
        else:
            reason = _(
                "it is not a text file, a Word document or a 한/글 document that can be read"
            )
        return "error", [_("The file could not be read: {error}").format(error=reason)]

    def _current_errors(self, messages: list[ParseMessage]) -> tuple[str, list[str]]:
        lines = [_("The current text cannot be read:")]
        lines += [line_message(m.line, m.message(lang())) for m in messages]
        return "error", lines

    def _amendment_error(self, exc: AmendmentError) -> tuple[str, list[str]]:
        return "error", [
            _("The amendment text does not apply to the current text:"),
            amendment_error_text(exc, lang()),
        ]

    def _unexpected(self, exc: Exception) -> tuple[str, list[str]]:
        error = f"{type(exc).__name__}: {exc}"
        return "error", [
            _("The amendment text could not be checked because of an unexpected error."),
            _("Unexpected error: {error}").format(error=error),
        ]

    def _success(self) -> tuple[str, list[str]]:
        assert self.applied is not None and self.table is not None
        if self.table.rows:
            lines = [_("The amendment text applies: see the new text and the comparison table.")]
        else:
            lines = [_("The amendment text applies, but the text it makes is the current one.")]
        if not self.applied.warnings and not self.applied.notes:
            return "", lines
        if notes := self.applied.notes:
            if len(notes) == 1:
                lines.append(_("What the amendment text should still correct:"))
            else:  # how many, and how to go through them (a pasted old bill draws dozens)
                heading = ngettext(
                    "What the amendment text should still correct ({n} place; F8 selects "
                    "each in turn):",
                    "What the amendment text should still correct ({n} places; F8 selects "
                    "each in turn):",
                    len(notes),
                )
                lines.append(heading.format(n=len(notes)))
            lines += [line_message(m.line, m.message(lang())) for m in notes]
        if self.applied.warnings:
            lines.append(_("What the parser noticed in the current text:"))
            lines += [line_message(m.line, m.message(lang())) for m in self.applied.warnings]
        return "warning", lines


class StatusArea(QScrollArea):
    """The status line, as tall as its text up to :attr:`LINES` lines; the notes beyond
    scroll. A status of 36 notes grew the dialog past a 1366×768 screen, its Close button below
    the edge and the two boxes squeezed to a few lines."""

    LINES = 8

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def _text_height(self, most: int) -> int:
        label = self.widget()
        width = self.viewport().width() or label.width()
        needed = label.heightForWidth(width) if label.text() else 0
        return min(max(needed, 0), most * label.fontMetrics().lineSpacing())

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._text_height(self.LINES))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._text_height(3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():  # the text wraps anew
            self.updateGeometry()


def _block(document: QTextDocument, line: int) -> QTextBlock:
    """Line ``line`` (1-based) of ``document``, or its nearest."""
    return document.findBlockByNumber(min(max(0, line - 1), document.blockCount() - 1))


def _whole(block: QTextBlock) -> QTextCursor:
    """A cursor selecting ``block``: a mark over every row of a line that wraps."""
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _line_marks(document: QTextDocument, lines: Iterable[int]) -> list[QTextEdit.ExtraSelection]:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(ERROR_LINE_COLOUR))
    fmt.setProperty(QTextCharFormat.Property.FullWidthSelection, True)
    marks = []
    for number in sorted(set(lines)):
        mark = QTextEdit.ExtraSelection()
        mark.cursor = _whole(_block(document, number))
        mark.format = fmt
        marks.append(mark)
    return marks


def select_line(box: QPlainTextEdit, line: int, marked: Iterable[int] = ()) -> None:
    """Select line ``line`` (1-based) of ``box`` and scroll it into view; mark it and the
    lines ``marked``."""
    document = box.document()
    box.setTextCursor(_whole(_block(document, line)))
    box.centerCursor()
    box.setExtraSelections(_line_marks(document, [line, *marked]))


def _note_cursor(document: QTextDocument, note: ParseMessage) -> QTextCursor:
    """A cursor selecting the words ``note`` is about (its line, for no words in
    particular)."""
    block = _block(document, note.line)
    if not note.column:
        return _whole(block)
    text = block.text()
    start = _utf16_length(text[: note.column - 1])
    end = start + _utf16_length(text[note.column - 1 : note.column - 1 + note.length])
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + min(start, block.length() - 1))
    cursor.setPosition(
        block.position() + min(end, block.length() - 1), QTextCursor.MoveMode.KeepAnchor
    )
    return cursor


def mark_notes(box: QPlainTextEdit, notes: list[ParseMessage]) -> None:
    """Mark every note's line in ``box``, and its words more strongly (words with another
    note's inside, as a sentence out of order with a spacing slip in it, are only underlined,
    so that the words inside stand out)."""
    document = box.document()
    words = QTextCharFormat()
    words.setBackground(QColor(NOTE_WORDS_COLOUR))
    words.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    words.setUnderlineColor(QColor(ERROR_COLOUR))
    around = QTextCharFormat()  # words with another note's words inside: underlined only
    around.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    around.setUnderlineColor(QColor(ERROR_COLOUR))
    marks = _line_marks(document, [note.line for note in notes])
    cursors = [_note_cursor(document, note) for note in notes if note.column]
    holding = _holding([(c.selectionStart(), c.selectionEnd()) for c in cursors])
    for cursor in cursors:
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format = (
            around if (cursor.selectionStart(), cursor.selectionEnd()) in holding else words
        )
        marks.append(mark)
    box.setExtraSelections(marks)


def select_note(box: QPlainTextEdit, note: ParseMessage) -> None:
    """Select the words of ``note`` in ``box`` and scroll them into view."""
    box.setTextCursor(_note_cursor(box.document(), note))
    box.centerCursor()


def _holding(spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The spans with another span (not the same) inside them, in one sweep from the last
    start back: a pasted line of thousands of notes is marked at once."""
    holding: set[tuple[int, int]] = set()
    least: int | None = None  # the earliest end of the spans that start later
    for start, end in sorted(set(spans), key=lambda span: (-span[0], span[1])):
        if least is not None and least <= end:
            holding.add((start, end))
        least = end if least is None else min(least, end)
    return holding


def _utf16_length(text: str) -> int:
    """How many positions ``text`` takes in a Qt document (UTF-16 code units: a character
    beyond the Basic Multilingual Plane, a rare Hanja, takes two)."""
    return len(text.encode("utf-16-le")) // 2
