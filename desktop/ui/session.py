"""Opening, saving, locking and autosaving projects — the file side of the window.

Reading and writing run on the thread pool; the result comes back as a signal. A project
opened from a file is locked (``NAME.orgdraft.lock``); one locked by a live process elsewhere
opens read-only if the official agrees. While a project has unsaved changes, a recovery copy
is written every minute into the recovery folder (never over the user's file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core import lock as locking
from desktop.core import projectfile
from desktop.core.filereason import os_reason_text
from desktop.core.instrumentkind import InstrumentKind
from desktop.core.project import InstrumentSource, Project
from desktop.paths import sample_path
from desktop.ui import recovery
from desktop.ui.document import ProjectDocument
from desktop.ui.labels import moment_label
from desktop.ui.prompts import Prompter
from desktop.ui.settings import AppSettings
from desktop.ui.tr import _, lang
from desktop.ui.worker import run_in_background, wait_all


def new_project() -> Project:
    return Project(
        instruments=[
            InstrumentSource("ordinance", InstrumentKind.ORDINANCE, ""),
            InstrumentSource("rule", InstrumentKind.RULE, ""),
        ]
    )


def _message(exc: Exception) -> str:
    if isinstance(exc, projectfile.ProjectFileError):
        return exc.message(lang())
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {os_reason_text(exc, lang())}"
    return str(exc)


def _locked_message(exc: locking.ProjectLocked) -> str:
    if exc.info is None:
        return _("{path} has a lock file that cannot be read (since {since}).").format(
            path=exc.path, since=moment_label(exc.since) or "?"
        )
    return _("{path} is open by {user} on {host}.").format(
        path=exc.path, user=exc.info.user, host=exc.info.host
    )


class Session(QObject):
    """Owns the current :class:`ProjectDocument` and every file operation on it."""

    document_changed = Signal(object)  # the new ProjectDocument
    project_opened = Signal(str)
    project_saved = Signal(str)
    autosaved = Signal(str)
    failed = Signal(str)  # a message already shown to the official
    busy = Signal(str)  # what is running in the background ("" = done)

    def __init__(
        self, settings: AppSettings, recovery_dir: Path, prompts: Prompter, parent=None
    ) -> None:
        super().__init__(parent)
        self.settings, self.recovery_dir, self.prompts = settings, recovery_dir, prompts
        self.doc: ProjectDocument | None = None
        self._recovered: recovery.Recovery | None = None
        self._autosave_key = ""
        self._autosaved_at = -1
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(settings.autosave_minutes() * 60_000)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    # -- the current document --------------------------------------------------------------
    def _install(self, doc: ProjectDocument, recovered: recovery.Recovery | None = None) -> None:
        old = self.doc
        if old is not None:
            self._discard_recovery(old)
            if old.lock is not doc.lock:
                old.release_lock()
        self.doc = doc
        self._recovered = recovered
        self._autosave_key = recovery.key_for(doc.path, str(id(doc)))
        self._autosaved_at = -1
        self.document_changed.emit(doc)
        if old is not None:
            old.deleteLater()

    def maybe_save(self) -> bool:
        """Ask about unsaved changes; ``False`` when the official cancels."""
        doc = self.doc
        if doc is None or not doc.is_modified() or doc.read_only:
            return True
        answer = self.prompts.save_changes(doc.name)
        if answer == "cancel":
            return False
        if answer == "save":
            return self.save_now()
        return True

    def new(
        self, project: Project | None = None, *, ask: bool = True, placeholder: bool = False
    ) -> None:
        """A new untitled project: ``project`` (built by the guided dialog) or an empty one.
        ``placeholder``: shown while the window waits for the project it opens (no question
        asked, and not announced by :attr:`project_opened`)."""
        if placeholder or not ask or self.maybe_save():
            doc = ProjectDocument(project or new_project())  # named 제목 없음 / Untitled
            self._install(doc)
            if not placeholder:
                self.project_opened.emit("")

    # -- opening ---------------------------------------------------------------------------
    def open(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open a project file in the background; ``False`` when nothing is started."""
        path = Path(path).absolute()
        if ask and not self.maybe_save():
            return False
        held, read_only = None, False
        try:
            held = locking.acquire(path) if path.exists() else None
        except locking.ProjectLocked as exc:
            answer = self.prompts.project_in_use(str(path), exc)
            if answer == "take_over":
                try:
                    held = locking.take_over(path, exc)
                except locking.ProjectLocked as again:
                    self.prompts.error(_("Cannot open the project"), _locked_message(again))
                    return False
                except OSError:
                    read_only = True
            elif answer == "read_only":
                read_only = True
            else:
                return False
        except OSError:
            read_only = True  # a folder we may not write to: the lock cannot be made
        self.busy.emit(_("Opening {name}…").format(name=path.name))

        def loaded(project: Project) -> None:
            self.busy.emit("")
            self._install(ProjectDocument(project, path, read_only=read_only, lock=held))
            self.settings.add_recent(path)
            self.settings.set_last_project(path)
            self.project_opened.emit(str(path))

        def failed(exc: Exception) -> None:
            self.busy.emit("")
            if held is not None:
                held.release()
            self.prompts.error(_("Cannot open the project"), _message(exc))
            self.failed.emit(_message(exc))

        run_in_background(lambda: projectfile.load(path), loaded, failed)
        return True

    def open_sample(self, *, ask: bool = True, which: str = "province", now: bool = False) -> bool:
        """A built-in sample (``province`` or ``county``), as an untitled copy (Save asks
        where to put it). ``now``: read it on this thread and show it before returning (at
        start-up: the sample ships with the app, on the local disk, and is read in a few
        milliseconds, so the window's first frame shows it instead of an empty project)."""
        if ask and not self.maybe_save():
            return False
        path = sample_path(which)
        name = _("{name} (sample)").format(name=path.name)

        def loaded(project: Project) -> None:
            self.busy.emit("")
            self._install(ProjectDocument(project, display_name=name))
            self.project_opened.emit(str(path))

        def failed(exc: Exception) -> None:
            self.busy.emit("")
            self.prompts.error(_("Cannot open the sample"), _message(exc))
            self.failed.emit(_message(exc))

        self.busy.emit(_("Opening the sample…"))
        if not now:
            run_in_background(lambda: projectfile.load(path), loaded, failed)
            return True
        try:
            project = projectfile.load(path)
        except Exception as exc:  # as from the background: the official is told
            failed(exc)
        else:
            loaded(project)
        return True

    def recover(self, found: recovery.Recovery) -> None:
        """Open a recovery copy; it stays modified and saves to its original file. When that
        file cannot be used (another OrgDraft holds it, or it is gone) it is titled by its name,
        가온시.orgdraft (복구본), and saved where the official chooses (Save asks for a file
        name, offering the original's), never over the original unasked; when the original
        is unknown (an untitled project), it is titled 제목 없음 (복구본)."""
        original = found.original if found.original and found.original.exists() else None
        held = None
        if original is not None:
            try:
                held = locking.acquire(original)
            except (locking.ProjectLocked, OSError):
                original = None
        # the file the copy was made of, where it cannot be used: held, or gone since
        named = found.original if original is None else None

        def loaded(project: Project) -> None:
            self.busy.emit("")
            doc = ProjectDocument(
                project, original, lock=held, recovered=True, recovered_from=named
            )
            doc.undo_stack.resetClean()
            self._install(doc, recovered=found)
            self.project_opened.emit(str(original or ""))

        def failed(exc: Exception) -> None:
            self.busy.emit("")
            if held is not None:
                held.release()
            self.prompts.error(_("Cannot recover"), _message(exc))
            self.failed.emit(_message(exc))

        self.busy.emit(_("Recovering…"))
        run_in_background(lambda: projectfile.load(found.file), loaded, failed)

    def pending_recoveries(self) -> list[recovery.Recovery]:
        return recovery.find(self.recovery_dir, exclude={self._autosave_key})

    # -- saving ----------------------------------------------------------------------------
    def save(self, path: str | Path | None = None) -> bool:
        """Save in the background (to ``path`` or the document's file)."""
        doc = self.doc
        if doc is None:
            return False
        target = Path(path).absolute() if path else doc.path
        if target is None or (doc.read_only and target == doc.path):
            return False
        held = self._lock_for(doc, target)
        if held is False:
            return False
        snapshot, index = doc.snapshot(), doc.undo_stack.index()
        self.busy.emit(_("Saving {name}…").format(name=target.name))

        def done(_result: object) -> None:
            self.busy.emit("")
            self._saved(doc, target, held, index)

        def failed(exc: Exception) -> None:
            self.busy.emit("")
            if held is not None and held is not doc.lock:
                held.release()
            self.prompts.error(_("Cannot save the project"), _message(exc))
            self.failed.emit(_message(exc))

        run_in_background(lambda: projectfile.save(snapshot, target), done, failed)
        return True

    def save_now(self) -> bool:
        """Save on this thread (when closing); asks for a file name when there is none."""
        doc = self.doc
        if doc is None:
            return True
        target = doc.path
        if target is None:
            chosen = self.prompts.save_file(_("Save the project"), doc.file_name)
            if not chosen:
                return False
            target = Path(chosen).absolute()
        held = self._lock_for(doc, target)
        if held is False:
            return False
        try:
            projectfile.save(doc.project, target)
        except OSError as exc:
            self.prompts.error(_("Cannot save the project"), _message(exc))
            return False
        self._saved(doc, target, held, doc.undo_stack.index())
        return True

    def _lock_for(self, doc: ProjectDocument, target: Path):
        """The lock to hold for ``target``: the current one, a new one, or ``False``."""
        if target == doc.path:
            return doc.lock
        try:
            return locking.acquire(target)
        except locking.ProjectLocked as exc:
            self.prompts.error(_("Cannot save the project"), _locked_message(exc))
            return False
        except OSError:
            return None

    def _saved(self, doc: ProjectDocument, target: Path, held, index: int) -> None:
        if doc is not self.doc:
            if held is not None and held is not doc.lock:
                held.release()
            return
        if target != doc.path:
            doc.release_lock()
            doc.lock = held
            doc.path = target
        self._discard_recovery(doc)
        self._autosave_key = recovery.key_for(doc.path, str(id(doc)))
        if doc.undo_stack.index() == index:
            doc.undo_stack.setClean()
        self.settings.add_recent(target)
        self.settings.set_last_project(target)
        self.project_saved.emit(str(target))

    # -- autosave --------------------------------------------------------------------------
    def autosave_now(self) -> bool:
        """Write a recovery copy if there are changes since the last one."""
        doc = self.doc
        if doc is None or doc.read_only or not doc.is_modified():
            return False
        if doc.undo_stack.index() == self._autosaved_at:
            return False
        self._autosaved_at = doc.undo_stack.index()
        text = projectfile.dumps(doc.project)
        folder, key, original = self.recovery_dir, self._autosave_key, doc.path

        def done(file: Path) -> None:
            self.autosaved.emit(str(file))

        def failed(exc: Exception) -> None:
            self.failed.emit(_message(exc))

        run_in_background(lambda: recovery.write(folder, key, text, original), done, failed)
        return True

    def _discard_recovery(self, doc: ProjectDocument) -> None:
        if doc is self.doc:
            recovery.discard(self.recovery_dir, self._autosave_key)
            if self._recovered is not None:
                self._recovered.discard()
                self._recovered = None

    def close(self) -> None:
        """The window closes cleanly: no recovery copy is needed, the lock goes."""
        self.autosave_timer.stop()
        wait_all()
        if self.doc is not None:
            self._discard_recovery(self.doc)
            self.doc.release_lock()
        self.autosave_timer.stop()
