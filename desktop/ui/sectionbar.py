"""The column of sections on the left of the window (개요, 현행 조직, …).

One flat, checkable button per section, exactly one checked: the current section. A click
or the arrow keys choose a section; Tab enters the column at the current section (the other
buttons take focus by click only), as in a group of radio buttons.

Buttons and not a list view: the first frame then needs none of Qt's item view classes
(making PySide's QAbstractItemView, QListView and QListWidget classes costs about 3 ms of
the start, before anything else needs them).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QVBoxLayout, QWidget

from desktop.ui.qtprops import write_property


class SectionBar(QWidget):
    """Sections as a column of checkable buttons; ``current_row_changed(row)`` when the
    current one changes (by the user or by :meth:`set_current_row`)."""

    current_row_changed = Signal(int)

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Exclusive: one checked button; the arrow keys move between the buttons of a group
        # and check the one they reach.
        self._group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        for row, label in enumerate(labels):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setFlat(True)
            write_property(button, "focusPolicy", "ClickFocus")
            self._group.addButton(button, row)
            layout.addWidget(button)
        layout.addStretch(1)
        self._group.idToggled.connect(self._on_group_id_toggled)

    def count(self) -> int:
        return len(self._group.buttons())

    def button(self, row: int) -> QPushButton:
        """The button of section ``row``."""
        button = self._group.button(row)
        if button is None:
            raise IndexError(f"no section {row}")
        return button  # type: ignore[return-value]

    def current_row(self) -> int:
        """The current section's row; -1 before one is chosen."""
        return self._group.checkedId()

    def set_current_row(self, row: int) -> None:
        """Make section ``row`` the current one (signals if it changes)."""
        self.button(row).setChecked(True)

    def _on_group_id_toggled(self, row: int, checked: bool) -> None:
        # Tab reaches the current section only; the others take focus when clicked.
        write_property(self.button(row), "focusPolicy", "StrongFocus" if checked else "ClickFocus")
        if checked:
            self.current_row_changed.emit(row)
