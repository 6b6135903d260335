"""The open project as the window sees it: the core :class:`Project`, its file, its undo stack
and the item models over it.

Every edit reaches the project through a method here or through one of the models
(:class:`~desktop.ui.orgmodel.OrgModel`, :class:`~desktop.ui.changesmodel.ChangeListModel`),
called by undo commands only. ``changed`` is emitted after every edit; the computed state
(:meth:`inputs`, :meth:`findings`) is cached until the next edit.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.core.findings import Finding
from desktop.core.lock import ProjectLock
from desktop.core.org import Organization
from desktop.core.project import (
    DraftInputs,
    Effective,
    InstrumentSource,
    Override,
    Project,
)
from desktop.core.rules import DraftingOptions
from desktop.ui.tr import _

if TYPE_CHECKING:
    from desktop.ui.changesmodel import ChangeListModel
    from desktop.ui.orgmodel import OrgModel

# Fields of Meta edited as lists (one entry a line in the form).
LIST_FIELDS = ("references.laws", "references.other")


def check(project: Project, inputs: DraftInputs) -> list[Finding]:
    """Validation, the press release's consistency check and, when validation finds no
    error, the export gate's findings for every document and language (as ``orgdraft
    validate`` prints them), errors first, for the panel."""
    from desktop.core.gate import gate_findings  # not needed to show the window
    from desktop.core.press import press_findings
    from desktop.core.validate import validate  # (nor the decree's standards)

    findings = validate(project, inputs)
    errors = any(f.is_error for f in findings)
    findings += press_findings(inputs)
    if not errors:  # the documents are drafted from a sound proposal only
        findings += gate_findings(inputs)
    return sorted(findings, key=lambda f: 0 if f.is_error else 1)


class ProjectDocument(QObject):
    changed = Signal()
    meta_changed = Signal(str)  # field path: "bill_date", "references.laws", …
    instruments_changed = Signal(str)  # instrument key ("" = the list itself)
    overrides_changed = Signal()
    press_changed = Signal(str)  # header field, paragraph key, or "own" (the own list)
    org_replaced = Signal()

    def __init__(
        self,
        project: Project,
        path: Path | None = None,
        *,
        read_only: bool = False,
        lock: ProjectLock | None = None,
        display_name: str = "",
        recovered: bool = False,
        recovered_from: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.path = path
        self.read_only = read_only
        self.lock = lock
        self.display_name = display_name
        self.recovered = recovered  # opened from a recovery copy (an untitled one says so)
        # the recovery copy's original file when it could not be used (another OrgDraft
        # holds it): it names the project, but the project does not save to it unasked
        self.recovered_from = recovered_from
        self.undo_stack = QUndoStack(self)
        # The item models are made when a page (or an edit) first asks for them: the window
        # opens on the overview, which edits through the document only.
        self._org_model: OrgModel | None = None
        self._changes_model: ChangeListModel | None = None
        self._inputs: DraftInputs | None = None
        self._findings: list[Finding] | None = None
        self.revision = 0  # counts content changes, to drop findings of an older state
        self.meta_changed.connect(self._on_meta_changed)

    # -- the item models (made on first use) -----------------------------------------------
    @property
    def org_model(self) -> OrgModel:
        """The organization as a tree model; its edits are the document's edits."""
        if self._org_model is None:
            from desktop.ui.orgmodel import OrgModel

            model = OrgModel(
                self.project.org,
                editable=not self.read_only,
                profile=lambda: self.project.profile,
                parent=self,
            )
            for signal in (
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.modelReset,
                model.unit_edited,
            ):
                signal.connect(self._on_content_changed)
            self._org_model = model
        return self._org_model

    @property
    def changes_model(self) -> ChangeListModel:
        """The list of changes as a model; its edits are the document's edits."""
        if self._changes_model is None:
            from desktop.ui.changesmodel import ChangeListModel

            model = ChangeListModel(self, parent=self)
            for signal in (
                model.rowsInserted,
                model.rowsRemoved,
                model.rowsMoved,
                model.change_replaced,
            ):
                signal.connect(self._on_content_changed)
            self._changes_model = model
        return self._changes_model

    # -- state -----------------------------------------------------------------------------
    @property
    def name(self) -> str:
        """The project's name in the title bar and questions: its file's, or for a project
        not saved yet the name it was given (a sample's) or, as desktop applications name a
        new document, 제목 없음 / Untitled (in the interface language of the moment), marked
        as recovered when it comes from a recovery copy: 제목 없음 (복구본), or the name of
        the original it could not save to, 가온시.orgdraft (복구본)."""
        if self.path is not None:
            return self.path.name
        if self.display_name:
            return self.display_name
        if self.recovered:
            # TRANSLATORS: the title of a project recovered after a crash that has no file
            # to save to; {name} is "Untitled" or the file name of the original that another
            # OrgDraft holds
            return _("{name} (recovered)").format(
                name=self.recovered_from.name if self.recovered_from else _("Untitled")
            )
        return _("Untitled")

    @property
    def file_name(self) -> str:
        """The file name a Save dialog suggests: ``제목 없음.orgdraft`` (a recovered untitled
        project's too), ``gyeonggi-2024.orgdraft`` for the sample, the original's for a
        recovered project whose original another OrgDraft holds."""
        if self.path is not None:
            return self.path.name
        if self.recovered_from is not None:
            return self.recovered_from.name
        if self.display_name:
            return self.display_name.split(" ")[0]
        return _("Untitled") + ".orgdraft"

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(self, command: QUndoCommand) -> bool:
        """Run an edit as an undoable command; refused (``False``) when read-only."""
        if self.read_only:
            return False
        self.undo_stack.push(command)
        return True

    def inputs(self) -> DraftInputs:
        if self._inputs is None:
            self._inputs = self.project.draft_inputs(self.options)
        return self._inputs

    @property
    def options(self) -> DraftingOptions:
        """The drafting options: the project's conventions (the house rules when it has
        none)."""
        return self.project.conventions or DraftingOptions()

    def set_options(self, options: DraftingOptions | None) -> None:
        """Set the project's drafting conventions and redraft (when they changed); an edit
        of the project when pushed as :class:`~desktop.ui.commands.SetConventions`."""
        if options != self.project.conventions:
            self.project.conventions = options
            self._on_content_changed()

    def findings(self) -> list[Finding]:
        if self._findings is None:
            self._findings = check(self.project, self.inputs())
        return self._findings

    @property
    def checked(self) -> bool:
        """Whether the findings of the current content are known."""
        return self._findings is not None

    def checker(self) -> tuple[int, Callable[[], list[Finding]]]:
        """This revision and a job that finds its findings on another thread, from a copy."""
        project, options = self.snapshot(), self.options

        def job() -> list[Finding]:
            inputs = project.draft_inputs(options)
            try:
                return check(project, inputs)
            finally:
                inputs.release()

        return self.revision, job

    def adopt_findings(self, revision: int, findings: list[Finding]) -> bool:
        """Keep findings found by :meth:`checker` unless the content changed since."""
        if revision != self.revision:
            return False
        self._findings = findings
        return True

    def snapshot(self) -> Project:
        """A copy of the project to hand to another thread (saving, autosave)."""
        return copy.deepcopy(self.project)

    def release_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def _forget(self) -> None:
        """Drop what was drafted from the content before an edit: called before a specific
        signal too, so that its listeners draft from the new content."""
        if self._inputs is not None:
            self._inputs.release()
        self._inputs = None
        self._findings = None

    def _on_content_changed(self, *args: object) -> None:
        self._forget()
        self.revision += 1
        self.changed.emit()

    def _on_meta_changed(self, field: str) -> None:
        # the kind or the name: the head is named anew (a model not made yet will be)
        if field.startswith("government") and self._org_model is not None:
            self._org_model.retranslate()

    # -- metadata --------------------------------------------------------------------------
    def _meta_root(self, field: str) -> object:
        """``government.kind`` lives in the project's profile, every other field in meta."""
        return self.project if field.startswith("government.") else self.project.meta

    def meta_value(self, field: str) -> object:
        obj: object = self._meta_root(field)
        for part in field.split("."):
            obj = getattr(obj, part)
        return copy.copy(obj)

    def set_meta(self, field: str, value: object) -> None:
        *path, last = field.split(".")
        obj: object = self._meta_root(field)
        for part in path:
            obj = getattr(obj, part)
        setattr(obj, last, copy.copy(value))
        self._forget()
        self.meta_changed.emit(field)
        self._on_content_changed()

    # -- instruments -----------------------------------------------------------------------
    def set_instrument_text(self, key: str, text: str) -> None:
        source = self.project.instrument(key)
        if source is not None:
            source.text = text
            self._forget()
            self.instruments_changed.emit(key)
            self._on_content_changed()

    def set_instrument_title_en(self, key: str, title: str) -> None:
        source = self.project.instrument(key)
        if source is not None:
            source.title_en = title
            self._forget()
            self.instruments_changed.emit(key)
            self._on_content_changed()

    def set_instrument_effective(self, key: str, effective: Effective) -> None:
        source = self.project.instrument(key)
        if source is not None:
            source.effective = copy.copy(effective)
            self._forget()
            self.instruments_changed.emit(key)
            self._on_content_changed()

    def insert_instrument(self, source: InstrumentSource, index: int) -> None:
        self.project.instruments.insert(index, source)
        self._forget()
        self.instruments_changed.emit("")
        self._on_content_changed()

    def remove_instrument(self, key: str) -> tuple[InstrumentSource, int]:
        source = self.project.instrument(key)
        assert source is not None
        index = self.project.instruments.index(source)
        self.project.instruments.pop(index)
        self._forget()
        self.instruments_changed.emit("")
        self._on_content_changed()
        return source, index

    def move_instrument(self, key: str, index: int) -> None:
        """Put an instrument at ``index`` in the list (the order of the documents)."""
        source = self.project.instrument(key)
        assert source is not None
        self.project.instruments.remove(source)
        self.project.instruments.insert(index, source)
        self._forget()
        self.instruments_changed.emit("")
        self._on_content_changed()

    def set_instrument_roles(self, key: str, roles: list) -> None:
        source = self.project.instrument(key)
        if source is not None:
            source.roles = list(roles)
            self._forget()
            self.instruments_changed.emit(key)
            self._on_content_changed()

    def replace_overrides(self, overrides: list[Override]) -> None:
        """The whole list of overrides (removing an instrument takes its overrides along)."""
        self.project.overrides[:] = [copy.copy(o) for o in overrides]
        self._forget()
        self.overrides_changed.emit()
        self._on_content_changed()

    # -- overrides -------------------------------------------------------------------------
    def override(self, instrument: str, path: str) -> Override | None:
        return next(
            (o for o in self.project.overrides if o.instrument == instrument and o.path == path),
            None,
        )

    def set_override(self, instrument: str, path: str, override: Override | None) -> None:
        """Put (or with ``None`` remove) the override of one provision."""
        kept = [
            o for o in self.project.overrides if not (o.instrument == instrument and o.path == path)
        ]
        if override is not None:
            kept.append(copy.copy(override))
        self.project.overrides[:] = kept
        self._forget()
        self.overrides_changed.emit()
        self._on_content_changed()

    # -- press release ---------------------------------------------------------------------
    def press_value(self, field: str) -> str:
        return str(self.project.press.get(field) or "")

    def set_press_field(self, field: str, value: str) -> None:
        if value:
            self.project.press[field] = value
        else:
            self.project.press.pop(field, None)
        self._forget()
        self.press_changed.emit(field)
        self._on_content_changed()

    def press_text(self, key: str) -> dict[str, str] | None:
        """The official's text of a paragraph (an edit, or an own paragraph), or None."""
        if key.startswith("own:"):
            own = self.project.press.get("own") or []
            index = int(key[4:]) - 1
            return dict(own[index]) if 0 <= index < len(own) else None
        edit = (self.project.press.get("paragraphs") or {}).get(key)
        return dict(edit) if edit else None

    def set_press_text(self, key: str, text: dict[str, str] | None) -> None:
        """Put the official's text of a paragraph; ``None`` drops an edit (the draft shows)."""
        if key.startswith("own:"):
            self.project.press["own"][int(key[4:]) - 1] = dict(text or {"ko": "", "en": ""})
        else:
            edits = self.project.press.setdefault("paragraphs", {})
            if text is None:
                edits.pop(key, None)
                if not edits:
                    del self.project.press["paragraphs"]
            else:
                edits[key] = dict(text)
        self._forget()
        self.press_changed.emit(key)
        self._on_content_changed()

    def insert_own_paragraph(self, index: int, text: dict[str, str]) -> None:
        self.project.press.setdefault("own", []).insert(index, dict(text))
        self._forget()
        self.press_changed.emit("own")
        self._on_content_changed()

    def remove_own_paragraph(self, index: int) -> dict[str, str]:
        own = self.project.press["own"]
        text = own.pop(index)
        if not own:
            del self.project.press["own"]
        self._forget()
        self.press_changed.emit("own")
        self._on_content_changed()
        return text

    # -- the whole organization ------------------------------------------------------------
    def replace_org(self, org: Organization) -> Organization:
        old = self.project.org
        self.project.org = org
        if self._org_model is not None:  # else made from the new organization when asked for
            self._org_model.set_org(org)
        self.org_replaced.emit()
        return old
