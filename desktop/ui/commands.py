"""Undo commands: every user edit is one of these, and each only calls model methods.

Typing in a field pushes one command per keystroke; consecutive commands with the same
``merge_key`` (the field and the editing session) merge into one (``id``/``mergeWith``).
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from desktop.core.changes import Change
from desktop.core.org import Organization, Unit
from desktop.core.project import Effective, InstrumentSource, Override
from desktop.core.rules import DraftingOptions
from desktop.ui.document import ProjectDocument
from desktop.ui.labels import field_label, provision_label
from desktop.ui.tr import _, lang

if TYPE_CHECKING:  # the models are made when a page first shows them
    from desktop.ui.changesmodel import ChangeListModel
    from desktop.ui.orgmodel import OrgModel

_ID_META, _ID_TEXT, _ID_UNIT, _ID_TITLE = 1, 2, 3, 4


def _named(source: InstrumentSource | None, key: str) -> str:
    """An instrument as an undo step names it: its title (``「가온시 행정기구 설치 조례」``), the
    English one in English where the official gave it; never the project's key."""
    if source is None:
        return key
    from desktop.core.validate import source_words

    words = source_words(source)
    return words.en if lang() == "en" and source.title_en.strip() else words.ko


class _Mergeable(QUndoCommand):
    """A value edit ``old → new`` that merges with the next one of the same ``merge_key``."""

    command_id = -1

    def __init__(self, text: str, old: object, new: object, merge_key: object) -> None:
        super().__init__(text)
        self.old, self.new, self.merge_key = old, new, merge_key

    def id(self) -> int:
        return self.command_id

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, type(self)) or other.merge_key != self.merge_key:
            return False
        if self.merge_key is None:
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)
        return True


class SetMetaField(_Mergeable):
    command_id = _ID_META

    def __init__(self, doc: ProjectDocument, field: str, new: object, merge_key=None) -> None:
        super().__init__(
            _("Edit {field}").format(field=field_label(field)),
            doc.meta_value(field),
            new,
            (field, merge_key) if merge_key is not None else None,
        )
        self.doc, self.field = doc, field

    def redo(self) -> None:
        self.doc.set_meta(self.field, self.new)

    def undo(self) -> None:
        self.doc.set_meta(self.field, self.old)


class SetInstrumentText(_Mergeable):
    command_id = _ID_TEXT

    def __init__(self, doc: ProjectDocument, key: str, new: str, merge_key=None) -> None:
        source = doc.project.instrument(key)
        old = source.text if source else ""
        super().__init__(
            _("Edit the text of {key}").format(key=_named(source, key)),
            old,
            new,
            (key, merge_key) if merge_key is not None else None,
        )
        self.doc, self.key = doc, key

    def redo(self) -> None:
        self.doc.set_instrument_text(self.key, self.new)

    def undo(self) -> None:
        self.doc.set_instrument_text(self.key, self.old)


class SetInstrumentTitleEn(_Mergeable):
    """The English title of an instrument (the texts pasted are Korean: the official gives it)."""

    command_id = _ID_TITLE

    def __init__(self, doc: ProjectDocument, key: str, new: str, merge_key=None) -> None:
        from desktop.core.validate import instrument_words

        source = doc.project.instrument(key)
        super().__init__(
            _("Edit the English title of {instrument}").format(
                instrument=instrument_words(doc.project, key).ko
            ),
            source.title_en if source else "",
            new,
            (key, merge_key) if merge_key is not None else None,
        )
        self.doc, self.key = doc, key

    def redo(self) -> None:
        self.doc.set_instrument_title_en(self.key, self.new)

    def undo(self) -> None:
        self.doc.set_instrument_title_en(self.key, self.old)


class SetConventions(QUndoCommand):
    """Set the project's drafting conventions (from the Settings dialog's drafting section)."""

    def __init__(self, doc: ProjectDocument, new: DraftingOptions) -> None:
        super().__init__(_("Change the drafting conventions"))
        self.doc, self.old, self.new = doc, doc.project.conventions, new

    def redo(self) -> None:
        self.doc.set_options(self.new)

    def undo(self) -> None:
        self.doc.set_options(self.old)


class SetInstrumentEffective(QUndoCommand):
    def __init__(self, doc: ProjectDocument, key: str, new: Effective) -> None:
        source = doc.project.instrument(key)
        super().__init__(_("Change the effective date of {key}").format(key=_named(source, key)))
        self.doc, self.key, self.new = doc, key, copy.copy(new)
        self.old = copy.copy(source.effective) if source else Effective()

    def redo(self) -> None:
        self.doc.set_instrument_effective(self.key, self.new)

    def undo(self) -> None:
        self.doc.set_instrument_effective(self.key, self.old)


class AddInstrument(QUndoCommand):
    def __init__(self, doc: ProjectDocument, source: InstrumentSource) -> None:
        super().__init__(_("Add instrument {key}").format(key=_named(source, source.key)))
        self.doc, self.source, self.index = doc, source, len(doc.project.instruments)

    def redo(self) -> None:
        self.doc.insert_instrument(self.source, self.index)

    def undo(self) -> None:
        self.doc.remove_instrument(self.source.key)


class RemoveInstrument(QUndoCommand):
    """Remove an instrument with its manual provisions; undo puts both back where they were."""

    def __init__(self, doc: ProjectDocument, key: str) -> None:
        source = doc.project.instrument(key)
        super().__init__(_("Remove instrument {key}").format(key=_named(source, key)))
        self.doc, self.key = doc, key
        assert source is not None
        self.source, self.index = source, doc.project.instruments.index(source)
        self.overrides = list(doc.project.overrides)

    def redo(self) -> None:
        self.doc.remove_instrument(self.key)
        kept = [o for o in self.overrides if o.instrument != self.key]
        if len(kept) != len(self.overrides):
            self.doc.replace_overrides(kept)

    def undo(self) -> None:
        self.doc.insert_instrument(self.source, self.index)
        if self.doc.project.overrides != self.overrides:
            self.doc.replace_overrides(self.overrides)


class MoveInstrument(QUndoCommand):
    def __init__(self, doc: ProjectDocument, key: str, index: int) -> None:
        source = doc.project.instrument(key)
        super().__init__(_("Move instrument {key}").format(key=_named(source, key)))
        assert source is not None
        self.doc, self.key = doc, key
        self.old, self.new = doc.project.instruments.index(source), index

    def redo(self) -> None:
        self.doc.move_instrument(self.key, self.new)

    def undo(self) -> None:
        self.doc.move_instrument(self.key, self.old)


class SetInstrumentRoles(QUndoCommand):
    def __init__(self, doc: ProjectDocument, key: str, roles: list) -> None:
        source = doc.project.instrument(key)
        super().__init__(_("Set the roles of {key}").format(key=_named(source, key)))
        assert source is not None
        self.doc, self.key = doc, key
        self.old, self.new = list(source.roles), list(roles)

    def redo(self) -> None:
        self.doc.set_instrument_roles(self.key, self.new)

    def undo(self) -> None:
        self.doc.set_instrument_roles(self.key, self.old)


class SetOverride(QUndoCommand):
    """Set (``text`` given) or revert (``text=None``) the override of one provision."""

    def __init__(self, doc: ProjectDocument, instrument: str, path: str, text: str | None):
        label = _("Override {path}") if text is not None else _("Revert {path}")
        super().__init__(label.format(path=provision_label(path)))
        self.doc, self.instrument, self.path = doc, instrument, path
        self.old = doc.override(instrument, path)
        self.new = Override(instrument, path, text) if text is not None else None

    def redo(self) -> None:
        self.doc.set_override(self.instrument, self.path, self.new)

    def undo(self) -> None:
        self.doc.set_override(self.instrument, self.path, self.old)


class ReplaceOrganization(QUndoCommand):
    def __init__(self, doc: ProjectDocument, org: Organization, text: str) -> None:
        super().__init__(text)
        self.doc, self.other = doc, org

    def redo(self) -> None:
        self.other = self.doc.replace_org(self.other)

    undo = redo


# -- units ---------------------------------------------------------------------------------


class AddUnit(QUndoCommand):
    def __init__(self, model: OrgModel, unit: Unit, index: int | None = None) -> None:
        super().__init__(_("Add unit {name}").format(name=unit.name_ko))
        self.model, self.units, self.index = model, [unit], index

    def redo(self) -> None:
        self.model.insert_subtree(self.units, self.index)

    def undo(self) -> None:
        self.units, self.index = self.model.remove_subtree(self.units[0].id)


class DeleteUnit(QUndoCommand):
    def __init__(self, model: OrgModel, unit_id: str) -> None:
        unit = model.org.get(unit_id)
        super().__init__(_("Delete unit {name}").format(name=unit.name_ko))
        self.model, self.unit_id = model, unit_id
        self.units: list[Unit] = []
        self.index = 0

    def redo(self) -> None:
        self.units, self.index = self.model.remove_subtree(self.unit_id)

    def undo(self) -> None:
        self.model.insert_subtree(self.units, self.index)


class MoveUnit(QUndoCommand):
    def __init__(self, model: OrgModel, unit_id: str, parent_id: str | None, index: int | None):
        unit = model.org.get(unit_id)
        super().__init__(_("Move unit {name}").format(name=unit.name_ko))
        self.model, self.unit_id = model, unit_id
        self.new = (parent_id, index)
        self.old = (unit.parent_id, model.org.index_of(unit_id))

    def redo(self) -> None:
        self.model.move_unit(self.unit_id, *self.new)

    def undo(self) -> None:
        self.model.move_unit(self.unit_id, *self.old)


class EditUnit(_Mergeable):
    command_id = _ID_UNIT

    def __init__(self, model: OrgModel, unit_id: str, field: str, new: object, merge_key=None):
        old = copy.deepcopy(getattr(model.org.get(unit_id), field))
        super().__init__(
            _("Edit {field} of {unit}").format(
                field=field_label(field), unit=model.org.get(unit_id).name_ko or unit_id
            ),
            old,
            copy.deepcopy(new),
            (unit_id, field, merge_key) if merge_key is not None else None,
        )
        self.model, self.unit_id, self.field = model, unit_id, field

    def redo(self) -> None:
        self.model.set_unit_field(self.unit_id, self.field, copy.deepcopy(self.new))

    def undo(self) -> None:
        self.model.set_unit_field(self.unit_id, self.field, copy.deepcopy(self.old))


# -- changes -------------------------------------------------------------------------------


class InsertChange(QUndoCommand):
    def __init__(self, model: ChangeListModel, row: int, change: Change) -> None:
        super().__init__(_("Add change: {label}").format(label=change.title()))
        self.model, self.row, self.change = model, row, change

    def redo(self) -> None:
        self.model.insert_change(self.row, self.change)

    def undo(self) -> None:
        self.model.remove_change(self.row)


class RemoveChange(QUndoCommand):
    def __init__(self, model: ChangeListModel, row: int) -> None:
        change = model.change_at(row)
        assert change is not None
        super().__init__(_("Remove change: {label}").format(label=change.title()))
        self.model, self.row, self.change = model, row, change

    def redo(self) -> None:
        self.change = self.model.remove_change(self.row)

    def undo(self) -> None:
        self.model.insert_change(self.row, self.change)


class MoveChange(QUndoCommand):
    def __init__(self, model: ChangeListModel, row: int, to: int) -> None:
        super().__init__(_("Reorder changes"))
        self.model, self.row, self.to = model, row, to

    def redo(self) -> None:
        self.model.move_change(self.row, self.to)

    def undo(self) -> None:
        self.model.move_change(self.to, self.row)


class ReplaceChange(QUndoCommand):
    def __init__(self, model: ChangeListModel, row: int, change: Change) -> None:
        super().__init__(_("Edit change: {label}").format(label=change.title()))
        self.model, self.row, self.other = model, row, change

    def redo(self) -> None:
        self.other = self.model.replace_change(self.row, self.other)

    undo = redo
