"""A section that the next issue fills (보도자료, 문서): says so instead of staying blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.tr import _


class PlaceholderPage(QWidget):
    """A title, a sentence and "coming in the next version", each its own label so that a
    language switch re-sets them (:func:`desktop.ui.tr.retranslate_widgets`)."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        body = QLabel(text)
        later = QLabel(_("Coming in the next version."))
        later.setStyleSheet("font-style: italic")
        for label in (heading, body, later):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(label)
        layout.addStretch(1)
