"""Undo commands of the press-release editor; each only calls :class:`ProjectDocument` methods.

Typing merges per field or paragraph and editing session, as the other value edits do
(:class:`~desktop.ui.commands._Mergeable`).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.ui.commands import _Mergeable
from desktop.ui.document import ProjectDocument
from desktop.ui.labels import field_label, press_paragraph_label
from desktop.ui.tr import _

_ID_PRESS_FIELD, _ID_PRESS_TEXT = 11, 12


class SetPressField(_Mergeable):
    """A header field of the release (``department_ko``, ``officer_phone``, …)."""

    command_id = _ID_PRESS_FIELD

    def __init__(self, doc: ProjectDocument, field: str, new: str, merge_key=None) -> None:
        super().__init__(
            _("Edit the press release: {field}").format(field=field_label(field)),
            doc.press_value(field),
            new,
            (field, merge_key) if merge_key is not None else None,
        )
        self.doc, self.field = doc, field

    def redo(self) -> None:
        self.doc.set_press_field(self.field, self.new)

    def undo(self) -> None:
        self.doc.set_press_field(self.field, self.old)


class SetPressText(_Mergeable):
    """The official's text of one paragraph pair; ``None`` takes the draft again."""

    command_id = _ID_PRESS_TEXT

    def __init__(
        self, doc: ProjectDocument, key: str, new: dict[str, str] | None, merge_key=None
    ) -> None:
        paragraph = press_paragraph_label(doc.project, key) or key
        if new is not None:
            text = _("Edit the press release: {field}").format(field=paragraph)
        else:
            text = _("Use the draft: {paragraph}").format(paragraph=paragraph)
        super().__init__(
            text,
            doc.press_text(key),
            dict(new) if new is not None else None,
            (key, merge_key) if merge_key is not None and new is not None else None,
        )
        self.doc, self.key = doc, key

    def redo(self) -> None:
        self.doc.set_press_text(self.key, self.new)

    def undo(self) -> None:
        self.doc.set_press_text(self.key, self.old)


class AddOwnParagraph(QUndoCommand):
    def __init__(self, doc: ProjectDocument, index: int, text: dict[str, str]) -> None:
        super().__init__(_("Add a paragraph to the press release"))
        self.doc, self.index, self.text = doc, index, dict(text)

    def redo(self) -> None:
        self.doc.insert_own_paragraph(self.index, self.text)

    def undo(self) -> None:
        self.doc.remove_own_paragraph(self.index)


class RemoveOwnParagraph(QUndoCommand):
    def __init__(self, doc: ProjectDocument, index: int) -> None:
        super().__init__(_("Remove a paragraph from the press release"))
        self.doc, self.index = doc, index
        self.text: dict[str, str] = {}

    def redo(self) -> None:
        self.text = self.doc.remove_own_paragraph(self.index)

    def undo(self) -> None:
        self.doc.insert_own_paragraph(self.index, self.text)
