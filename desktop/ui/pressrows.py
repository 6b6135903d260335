"""One paragraph pair of the press-release editor: its role, Korean | English side by side,
the "edited" mark with the fresh draft to see and take, and the consistency findings beside it.

A row only shows and reports; the page turns its signals into undo commands.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.findings import Finding
from desktop.ui.tr import _, lang, pick

if TYPE_CHECKING:
    from desktop.core.press import PressParagraph

ROLE_WIDTH = 150  # the role column; the page aligns its header and titles with it
ROW_MARGIN = 6
COLUMN_SPACING = 8
EDITED_COLOUR = "#1d5fa8"
FINDING_COLOUR = "#8a6d00"
FINDING_STYLE = "QPlainTextEdit { border: 2px solid #d9a400; background: #fffbea; }"


def bold(text: str) -> QLabel:
    """A label in bold type (plain text, so that a language switch finds it)."""
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class GrowingTextEdit(QPlainTextEdit):
    """A plain-text editor as tall as its text (wrapped at its width), or as its partner in
    the row when that is taller."""

    focus_left = Signal()
    height_wanted = Signal()

    def __init__(self, min_lines: int = 1, parent=None) -> None:
        super().__init__(parent)
        self.min_lines = min_lines
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def wanted_height(self) -> int:
        lines = max(self.min_lines, round(self.document().size().height()))
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        margin = 2 * self.document().documentMargin()
        return int(lines * self.fontMetrics().lineSpacing() + margins + margin + 2)

    def _fit(self, *_args) -> None:
        self.height_wanted.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.focus_left.emit()


class ParagraphRow(QFrame):
    """Role | Korean | English, with the draft (hidden until asked for) and the findings."""

    text_edited = Signal(str, str, str)  # key, Korean, English
    editing_finished = Signal()
    use_draft_requested = Signal(str)  # key
    remove_requested = Signal(str)  # key (own paragraphs)

    def __init__(
        self,
        para: PressParagraph,
        role: str,
        number: int = 0,
        detail: tuple[str, str] | None = None,
        parent=None,
    ) -> None:
        """``role``: an English msgid (``Sub-line``), numbered when ``number``; ``detail``:
        the unit's (Korean, English) name under it."""
        super().__init__(parent)
        self.key, self.kind = para.key, para.kind
        self.para = para
        self._role, self._number, self._detail = role, number, detail
        self.findings: list[Finding] = []
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(ROW_MARGIN, 4, ROW_MARGIN, 4)
        grid.setHorizontalSpacing(COLUMN_SPACING)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)

        side = QWidget()
        side.setFixedWidth(ROLE_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(2)
        self.role = QLabel()
        self.role.setWordWrap(True)
        side_layout.addWidget(self.role)
        self.mark = QLabel()
        side_layout.addWidget(self.mark)
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        self.show_draft = QToolButton()
        self.show_draft.setText(_("Show draft"))
        self.show_draft.setCheckable(True)
        self.show_draft.toggled.connect(self._on_show_draft_toggled)
        self.use_draft = QToolButton()
        self.use_draft.setText(_("Use draft"))
        self.use_draft.setToolTip(_("Drop your text and take the fresh draft"))
        self.use_draft.clicked.connect(lambda: self.use_draft_requested.emit(self.key))
        self.remove = QToolButton()
        self.remove.setText(_("Remove"))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self.key))
        for button in (self.show_draft, self.use_draft, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side_layout.addLayout(buttons)
        side_layout.addStretch(1)
        grid.addWidget(side, 0, 0, 3, 1)

        lines = 1 if para.kind in ("headline", "subline", "attachment") else 3
        self.ko, self.en = GrowingTextEdit(lines), GrowingTextEdit(lines)
        for column, editor in ((1, self.ko), (2, self.en)):
            editor.textChanged.connect(self._on_editor_text_changed)
            editor.focus_left.connect(self.editing_finished.emit)
            editor.height_wanted.connect(self._fit_editors)
            grid.addWidget(editor, 0, column, Qt.AlignmentFlag.AlignTop)

        self.draft_ko, self.draft_en = QLabel(), QLabel()
        for column, label in ((1, self.draft_ko), (2, self.draft_en)):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("QLabel { background: #eef2f7; color: #333; padding: 4px; }")
            label.setVisible(False)
            grid.addWidget(label, 1, column)
        self.finding_label = QLabel()
        self.finding_label.setWordWrap(True)
        self.finding_label.setStyleSheet(f"QLabel {{ color: {FINDING_COLOUR}; }}")
        self.finding_label.setVisible(False)
        grid.addWidget(self.finding_label, 2, 1, 1, 2)
        self.set_paragraph(para)
        self.retranslate()

    # -- showing ---------------------------------------------------------------------------
    def role_text(self) -> str:
        role = _(self._role)
        return f"{role} {self._number}" if self._number else role

    def retranslate(self) -> None:
        """Every text of the row in the interface language (after a switch)."""
        role = self.role_text()
        detail = pick(*self._detail) if self._detail else ""
        self.role.setText(f"<b>{escape(role)}</b>" + (f"<br>{escape(detail)}" if detail else ""))
        self.ko.setAccessibleName(_("{role}, Korean").format(role=role))
        self.en.setAccessibleName(_("{role}, English").format(role=role))
        self.show_draft.setText(_("Hide draft") if self.show_draft.isChecked() else _("Show draft"))
        self.set_paragraph(self.para)
        self.set_findings(self.findings)

    def set_paragraph(self, para: PressParagraph) -> None:
        """Show ``para``: its texts (unless already shown), its mark and its draft."""
        self.para = para
        for editor, text in ((self.ko, para.ko), (self.en, para.en)):
            if editor.toPlainText() != text:
                with QSignalBlocker(editor):
                    editor.setPlainText(text)
        self._fit_editors()
        own = para.kind == "own"
        edited = _("Edited")  # outside the f-string, where babel finds it
        self.mark.setText(
            f"<span style='color:{EDITED_COLOUR}'>✎ {edited}</span>" if para.edited else ""
        )
        self.mark.setToolTip(
            _("Your text is kept when the changes change; the draft below is fresh.")
            if para.edited
            else ""
        )
        self.show_draft.setVisible(para.edited)
        self.use_draft.setVisible(para.edited)
        self.remove.setVisible(own)
        if not para.edited and self.show_draft.isChecked():
            self.show_draft.setChecked(False)
        self.draft_ko.setText(_("Draft: {text}").format(text=para.drafted_ko))
        self.draft_en.setText(_("Draft: {text}").format(text=para.drafted_en))

    def set_edited_text(self, text: dict[str, str] | None) -> None:
        """Show the official's text after an undo/redo (``None``: the draft, not edited)."""
        para = self.para
        if text is None:
            ko, en = para.drafted_ko, para.drafted_en
        else:
            ko, en = text.get("ko", ""), text.get("en", "")
        edited = text is not None and para.kind != "own"
        from desktop.core.press import PressParagraph

        self.set_paragraph(
            PressParagraph(para.key, para.kind, ko, en, edited, para.drafted_ko, para.drafted_en)
        )

    def set_findings(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        shown = lang()
        self.finding_label.setText(
            "<br>".join(f"⚠ {escape(f.message(shown))}" for f in self.findings)
        )
        self.finding_label.setVisible(bool(findings))
        sides = {f.place.field for f in findings}
        self.ko.setStyleSheet(FINDING_STYLE if "ko" in sides else "")
        self.en.setStyleSheet(FINDING_STYLE if "en" in sides else "")

    def set_read_only(self, read_only: bool) -> None:
        for editor in (self.ko, self.en):
            editor.setReadOnly(read_only)
        self.use_draft.setEnabled(not read_only)
        self.remove.setEnabled(not read_only)

    def focus_side(self, side: str) -> None:
        (self.en if side == "en" else self.ko).setFocus()

    # -- slots -----------------------------------------------------------------------------
    def _fit_editors(self) -> None:
        height = max(self.ko.wanted_height(), self.en.wanted_height())
        for editor in (self.ko, self.en):
            if editor.height() != height:
                editor.setFixedHeight(height)

    def _on_editor_text_changed(self) -> None:
        self.text_edited.emit(self.key, self.ko.toPlainText(), self.en.toPlainText())

    def _on_show_draft_toggled(self, shown: bool) -> None:
        self.draft_ko.setVisible(shown)
        self.draft_en.setVisible(shown)
        self.show_draft.setText(_("Hide draft") if shown else _("Show draft"))
