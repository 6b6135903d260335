"""A section that the next issue fills (보도자료, 문서): says so instead of staying blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.ui.tr import _


class PlaceholderPage(QWidget):
    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        later = _("Coming in the next version.")
        label = QLabel(f"<h2>{title}</h2><p>{text}</p><p><i>{later}</i></p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(label)
