"""Columns of an item view whose long texts wrap: the text is broken into lines at the
column's width and its row grows to hold them, as in a word processor's table, instead of
being cut with an ellipsis and readable only in a tooltip.

A ``QTreeView`` sizes its rows without the columns' widths (one line each, whatever the
view's ``wordWrap``); :class:`WrappingDelegate` gives the size hint its column's width, and
:func:`wrap_columns` puts it on the columns and lays the rows out again when one is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

PAD = 2  # pixels above and below a wrapped text


class WrappingDelegate(QStyledItemDelegate):
    """The size of an item's text wrapped at the width of its column in ``view``."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = self.view.columnWidth(index.column())
        if index.column() == self.view.header().logicalIndex(0):  # the tree's own column
            depth, parent = 0, index.parent()
            while parent.isValid():
                depth, parent = depth + 1, parent.parent()
            width -= self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        if width <= 0:
            return super().sizeHint(option, index)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, max(option.rect.height(), 1))  # a valid rect: wrapped
        size = super().sizeHint(sized, index)
        return size.grownBy(QMargins(0, PAD, 0, PAD))  # lines of one row apart from the next


def wrap_columns(view: QTreeView, columns: tuple[int, ...]) -> WrappingDelegate:
    """Wrap the texts of ``columns`` in ``view``, every row as tall as its longest text."""
    delegate = WrappingDelegate(view)
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    for column in columns:
        view.setItemDelegateForColumn(column, delegate)
    # a column's new width changes how many lines its texts take: lay the rows out again
    view.header().sectionResized.connect(lambda *_args: view.scheduleDelayedItemsLayout())
    return delegate
