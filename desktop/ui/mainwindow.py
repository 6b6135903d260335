"""The main window: sections on the left, the section's editor in the centre, the validation
panel at the bottom, error and warning counts in the status bar.

The window wires the pages, the session (files) and the document together; the pages never
reach into each other.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop import __version__
from desktop.core.filereason import os_reason_text
from desktop.core.findings import Finding, PlaceKind
from desktop.core.instrumentkind import InstrumentKind
from desktop.core.project import InstrumentSource
from desktop.core.rules import DraftingOptions
from desktop.ui import collector
from desktop.ui.document import ProjectDocument
from desktop.ui.overview import OverviewPage
from desktop.ui.prompts import Prompter, text_file_filter
from desktop.ui.qtprops import write_property
from desktop.ui.sectionbar import SectionBar
from desktop.ui.sections import SECTION_KEYS, SECTIONS, build_page
from desktop.ui.session import Session
from desktop.ui.settings import AppSettings
from desktop.ui.tr import _, lang, ngettext, retranslate_widgets, set_lang
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    # QCloseEvent names a type only: importing it makes PySide6 build every QEvent enum at
    # start-up (about 10 ms).
    from PySide6.QtGui import QCloseEvent, QPaintEvent
    from PySide6.QtWidgets import QDialog

    from desktop.ui.applycheck import ApplyCheckDialog
    from desktop.ui.changespage import ChangesPage
    from desktop.ui.crosscheck import CrossCheckDialog
    from desktop.ui.findingspanel import FindingsPanel
    from desktop.ui.orgpage import OrgPage
    from desktop.ui.presspage import PressPage
    from desktop.ui.preview import DocumentsPage
    from desktop.ui.statutepage import StatutePage

REFRESH_MS = 250
FIRST_FRAME_MS = 500  # the longest the first check waits for the window's first frame


# The actions' shortcuts: a member of QKeySequence.StandardKey (the platform's usual keys), or
# a key sequence written out. Set once the window has painted its first frame (making
# QKeySequence's class costs about 1.5 ms of the start, and no key reaches the window before).
SHORTCUTS = {
    "new": "New",
    "open": "Open",
    "save": "Save",
    "save_as": "SaveAs",
    "validate": "Refresh",
    "export": "Ctrl+E",
    "settings": "Preferences",
    "quit": "Quit",
    "guide": "HelpContents",
    "undo": "Undo",
    "redo": "Redo",
}


def set_shortcut(action: QAction, spec: str) -> None:
    """Give ``action`` the shortcut ``spec`` (see :data:`SHORTCUTS`), with ``setShortcuts``
    and that one sequence (what Qt's ``setShortcut`` does): PySide's ``setShortcut`` also
    accepts a ``Qt.Key``, and matching its arguments builds every enum of the Qt namespace."""
    from PySide6.QtGui import QKeySequence

    standard = getattr(QKeySequence.StandardKey, spec, None)
    action.setShortcuts([QKeySequence(standard if standard is not None else spec)])


class MainWindow(QMainWindow):
    refreshed = Signal(int, int)  # errors, warnings
    # Once, when the window's first paint pass is over (or, for a window started that does not
    # paint, minimised say, FIRST_FRAME_MS after start()): what waits for it then runs.
    first_frame = Signal()
    org_imported = Signal(int)

    def __init__(
        self,
        settings: AppSettings,
        recovery_dir: Path,
        prompts: Prompter | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.prompts = prompts or Prompter(self)
        self.session = Session(settings, recovery_dir, self.prompts, self)
        self.undo_group = QUndoGroup(self)
        self._doc: ProjectDocument | None = None  # see the property ``doc``
        self._closed = False
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(REFRESH_MS)
        self.refresh_timer.timeout.connect(self._check_in_background)
        self._checking = 0  # the newest background check; older results are dropped
        self._running_check: ProjectDocument | None = None  # the project a worker checks
        self._check_again = False  # it was edited meanwhile (and the debounce has ended)
        # A project just shown is checked right after, on a worker as after an edit; at the
        # start, once the window has painted its first frame (checked on the GUI thread, the
        # sample held that frame back by about a third of a second; checked on a worker at
        # once, the worker's drafting slows the painting down). See _check_soon.
        self.check_timer = QTimer(self)
        self.check_timer.setSingleShot(True)
        self.check_timer.timeout.connect(self._check_in_background)
        self._painted = False
        self._first_frame_over = False
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._shown_lang = lang()  # the language the window's texts are in
        self.session.document_changed.connect(self._on_session_document_changed)
        self.session.project_saved.connect(self._on_session_project_saved)
        self.session.busy.connect(self._on_session_busy)
        self.session.failed.connect(self._on_session_failed)
        self.resize(1280, 720)
        # Once a project is in, what the start-up and the opening left is collected once, just
        # before its check starts (after the first frame at start-up: the collection takes
        # about 10 ms); not for the untitled placeholder, whose collection would hold up the
        # start.
        self._settle_pending = False
        self.session.project_opened.connect(self._on_session_project_opened)

    @property
    def doc(self) -> ProjectDocument | None:
        """The project shown (``None`` once the window has closed).

        The window starts without one: :meth:`start` opens the project at once, and on the
        first start the sample is read before the window's first frame. Until then, and when
        nothing can be opened, an untitled project stands in: made on first demand (by
        :meth:`start` before it asks a question or reads a file in the background, or by code
        that uses a window without starting it), not on the way to the first frame."""
        if not self._closed:
            self._placeholder()
        return self._doc

    def _placeholder(self) -> None:
        """Show the untitled placeholder project if no project is shown."""
        if self._doc is None:
            self.session.new(placeholder=True)

    # -- building --------------------------------------------------------------------------
    def _build_pages(self) -> None:
        self.nav = SectionBar([_(label) for _key, label in SECTIONS])
        self.nav.setMaximumWidth(180)
        # The overview shows first; the other sections are built when first shown or asked
        # for (``self.press_page``), an empty widget holding their place in the stack.
        self.overview = OverviewPage()
        self._built: dict[str, QWidget] = {"overview": self.overview}
        self.stack = QStackedWidget()
        self.stack.addWidget(self.overview)
        for _key in SECTION_KEYS[1:]:
            self.stack.addWidget(QWidget())
        self.nav.current_row_changed.connect(self._on_nav_current_row_changed)
        # The validation panel is made when its first findings come (after the first frame);
        # until then a line says the project is being checked (see ``findings``).
        self._findings: FindingsPanel | None = None
        # The non-modal Tools dialogs, made when first asked for (kept so they are not
        # collected while open, and so a second request brings the open one forward).
        self.apply_check_dialog: ApplyCheckDialog | None = None
        self.crosscheck_dialog: CrossCheckDialog | None = None
        self._findings_pending = QLabel(_("Checking the project…"))
        self._findings_pending.setMargin(6)
        # at the top, where the first finding shows
        write_property(self._findings_pending, "alignment", "AlignLeft|AlignTop")
        centre = QSplitter()
        self._centre = centre
        write_property(centre, "orientation", "Vertical")
        centre.addWidget(self.stack)
        centre.addWidget(self._findings_pending)
        centre.setStretchFactor(0, 4)
        centre.setStretchFactor(1, 1)
        centre.setSizes([540, 120])
        main = QSplitter()
        main.addWidget(self.nav)
        main.addWidget(centre)
        main.setStretchFactor(1, 1)
        main.setSizes([150, 1100])
        self.setCentralWidget(main)
        self.counts = QLabel()
        self.statusBar().addPermanentWidget(self.counts)
        self.nav.set_current_row(0)

    @property
    def findings(self) -> FindingsPanel:
        """The validation panel, made on first use: the first findings shown (the item view
        classes it needs cost about 3 ms of the start), or whoever asks for it."""
        if self._findings is None:
            from desktop.ui.findingspanel import FindingsPanel

            panel = FindingsPanel()
            panel.finding_activated.connect(self._on_findings_finding_activated)
            panel.fix_requested.connect(self._on_findings_fix_requested)
            if self._doc is not None and not self._doc.checked:
                panel.show_checking()
            pending, self._findings_pending = self._findings_pending, None
            self._centre.replaceWidget(self._centre.indexOf(pending), panel)
            pending.deleteLater()
            self._findings = panel
        return self._findings

    def _page(self, key: str) -> QWidget:
        """The section's page, built (and given the document) on first use."""
        page = self._built.get(key)
        if page is not None:
            return page
        page = build_page(key, self.settings)
        if key == "org":
            page.import_requested.connect(self._on_org_page_import_requested)
            page.sheet_export_requested.connect(self._on_org_page_sheet_export_requested)
            page.template_requested.connect(self._on_org_page_template_requested)
            page.check_requested.connect(self._on_org_page_check_requested)
        elif key == "statutes":
            page.import_requested.connect(self._on_statute_page_import_requested)
            page.add_requested.connect(self._on_statute_page_add_requested)
        if hasattr(page, "export_requested"):  # the preview page asks for the export dialog
            page.export_requested.connect(self._on_page_export_requested)
        self._built[key] = page
        index = SECTION_KEYS.index(key)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        if self._doc is not None:
            self._give_document(page, self._doc)
        return page

    @property
    def pages(self) -> dict[str, QWidget]:
        """Every section's page by key (all built)."""
        return {key: self._page(key) for key in SECTION_KEYS}

    @property
    def org_page(self) -> OrgPage:
        return self._page("org")

    @property
    def changes_page(self) -> ChangesPage:
        return self._page("changes")

    @property
    def statute_page(self) -> StatutePage:
        return self._page("statutes")

    @property
    def press_page(self) -> PressPage:
        return self._page("press")

    @property
    def documents_page(self) -> DocumentsPage:
        return self._page("documents")

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self._page(SECTION_KEYS[row])
        self.stack.setCurrentIndex(row)

    def _give_document(self, page: QWidget, doc: ProjectDocument) -> None:
        page.set_document(doc)
        if hasattr(page, "set_defaults"):  # the press page: the official's details
            page.set_defaults(self.settings.press_defaults())

    def _action(self, text: str, slot, tip: str = "") -> QAction:
        action = QAction(self)  # (text, parent) would match a QIcon too: QIcon's enums
        action.setText(text)
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.actions_: dict[str, QAction] = {
            "new": self._action(_("&New"), self.new_project),
            "open": self._action(_("&Open…"), self.open_dialog),
            "save": self._action(_("&Save"), self.save),
            "save_as": self._action(_("Save &as…"), self.save_as),
            "validate": self._action(
                _("&Validate"), self.validate, _("Check the project and list every problem")
            ),
            "export": self._action(
                _("&Export…"), self.export, _("Write the documents as Word files (and PDF)")
            ),
            "check_amendment": self._action(
                _("Check an &amendment text…"),
                self.check_amendment,
                _("Apply an amendment text written elsewhere to a current text"),
            ),
            "settings": self._action(_("Se&ttings…"), self.edit_settings),
            "quit": self._action(_("&Quit"), self.close),
            "about": self._action(_("&About OrgDraft"), self.about),
            "sample": self._action(_("Open the &sample"), lambda: self.session.open_sample()),
            "guide": self._action(_("&User guide"), self.show_guide),
            "county_sample": self._action(
                _("Open the &county sample"), lambda: self.session.open_sample(which="county")
            ),
        }
        self.undo_action = self.undo_group.createUndoAction(self, _("&Undo"))
        self.redo_action = self.undo_group.createRedoAction(self, _("&Redo"))
        self._shortcuts_set = False
        self.first_frame.connect(self.set_shortcuts)

    def set_shortcuts(self) -> None:
        """Give the actions their shortcuts (:data:`SHORTCUTS`): after the first frame."""
        actions = {**self.actions_, "undo": self.undo_action, "redo": self.redo_action}
        for name, spec in SHORTCUTS.items():
            set_shortcut(actions[name], spec)
        self._shortcuts_set = True

    def _build_menus(self) -> None:
        a = self.actions_
        file_menu = self.menuBar().addMenu(_("&File"))
        file_menu.addAction(a["new"])
        file_menu.addAction(a["open"])
        self.recent_menu = QMenu(_("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        for key in ("save", "save_as", "export"):
            file_menu.addAction(a[key])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = self.menuBar().addMenu(_("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(a["settings"])
        tools_menu = self.menuBar().addMenu(_("&Tools"))
        tools_menu.addAction(a["validate"])
        tools_menu.addAction(a["check_amendment"])
        help_menu = self.menuBar().addMenu(_("&Help"))
        help_menu.addAction(a["guide"])
        help_menu.addAction(a["sample"])
        help_menu.addAction(a["county_sample"])
        help_menu.addSeparator()
        help_menu.addAction(a["about"])
        bar = self.addToolBar(_("Main"))
        bar.setObjectName("main-toolbar")
        for item in (
            a["new"],
            a["open"],
            a["save"],
            None,
            self.undo_action,
            self.redo_action,
            None,
            a["validate"],
            a["export"],
        ):
            if item is None:
                bar.addSeparator()
            else:
                bar.addAction(item)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files()
        for file in files:
            action = self.recent_menu.addAction(file)
            action.triggered.connect(lambda _c=False, f=file: self.session.open(f))
        if not files:
            self.recent_menu.addAction(_("(none)")).setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(_("Clear the list"), self.settings.clear_recent)

    # -- start -----------------------------------------------------------------------------
    def start(self, file: str | None) -> None:
        """What ``orgdraft [FILE]`` opens: a recovery copy after a crash (if the official
        agrees), else FILE, else the last project, else the built-in sample."""
        QTimer.singleShot(FIRST_FRAME_MS, self._end_first_frame)  # if it never paints
        recoveries = self.session.pending_recoveries()
        last = self.settings.last_project()
        last = last if last and Path(last).exists() else None
        if recoveries or file or last:
            # a question, or a file read in the background: the untitled project shows
            # meanwhile (not worth checking); the sample is read at once, without it
            self._placeholder()
            self.check_timer.stop()
        for found in recoveries:
            answer = self.prompts.recover(found)
            if answer == "recover":
                self.session.recover(found)
                return
            if answer == "discard":
                found.discard()
        if file:
            opening = self.session.open(file, ask=False)
        elif last:
            opening = self.session.open(last, ask=False)
        else:  # the first start: the sample, and the way to one's own project
            self._hint = _(
                "This is the built-in sample. To start from your own ordinance and rule, "
                "choose File › New; Help › User guide explains the order of work."
            )
            opening = self.session.open_sample(ask=False, now=True)
            self._offer_county_sample()
        if not opening:  # declined (locked elsewhere): the untitled project stays
            self._check_soon()
        self._placeholder()  # the sample could not be read (the official was told)

    def _offer_county_sample(self) -> None:
        """On the first start the province's sample opens; the county's is offered beside it
        in the status bar (and stays in Help), without a question that holds up the start."""
        from PySide6.QtWidgets import QToolButton  # (its classes: only if the offer is made)

        button = QToolButton()
        button.setText(_("Also a sample for a county (군): open it"))
        button.setAutoRaise(True)

        def open_county() -> None:
            self.statusBar().removeWidget(button)
            button.deleteLater()
            self.session.open_sample(which="county")

        button.clicked.connect(open_county)
        self.statusBar().addPermanentWidget(button)  # stays beside the messages
        self.county_offer = button

    # -- the document ----------------------------------------------------------------------
    def _on_session_document_changed(self, doc: ProjectDocument) -> None:
        self._disconnect_document()
        self._doc = doc
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        doc.undo_stack.cleanChanged.connect(self.update_title)
        doc.undo_stack.indexChanged.connect(self.update_title)
        doc.changed.connect(self.refresh_timer.start)
        if doc.project.conventions is None:  # none chosen: Settings' (saved with the project)
            doc.project.conventions = self.settings.drafting_options()
        for page in self._built.values():
            self._give_document(page, doc)
        self.actions_["save"].setEnabled(not doc.read_only)
        self.update_title()
        # The project shows now; its findings a moment later (validation and the press
        # release's consistency check, on a worker once the window has painted).
        if self._findings is not None:  # (else the line in its place says so)
            self._findings.show_checking()
        self.counts.clear()
        self._check_soon()

    def _check_soon(self) -> None:
        """Check the project shown on a worker: at once, or, before the window's first frame,
        when it has painted (at the latest :data:`FIRST_FRAME_MS` later: a window that does
        not paint, minimised say, is still checked)."""
        waiting = self.isVisible() and not self._painted
        self.check_timer.start(FIRST_FRAME_MS if waiting else 0)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:  # the first frame: its children paint in this same pass
            self._painted = True
            if self.check_timer.isActive():
                self.check_timer.start(0)  # after the pass
            QTimer.singleShot(0, self._end_first_frame)  # after the pass too

    def _end_first_frame(self) -> None:
        if not self._first_frame_over:
            self._first_frame_over = True
            self.first_frame.emit()

    def _disconnect_document(self) -> None:
        old = self._doc
        if old is None:
            return
        old.undo_stack.cleanChanged.disconnect(self.update_title)
        old.undo_stack.indexChanged.disconnect(self.update_title)
        old.changed.disconnect(self.refresh_timer.start)
        self.undo_group.removeStack(old.undo_stack)

    def update_title(self, *_args) -> None:
        doc = self.doc
        if doc is None:
            return
        title = doc.name + ("*" if doc.is_modified() else "")
        if doc.read_only:
            title += " " + _("[read-only]")
        self.setWindowTitle(f"{title} — OrgDraft")

    def refresh(self) -> None:
        """Recompute validation and the derived views (debounced after edits; a section not
        on screen catches up when it is shown)."""
        self.refresh_timer.stop()
        self.check_timer.stop()
        if self.doc is None:
            return
        findings = self.doc.findings()
        self.findings.set_findings(findings, self.doc)
        errors = sum(f.is_error for f in findings)
        warnings = len(findings) - errors
        self.counts.setText(
            ngettext("{n} error", "{n} errors", errors).format(n=errors)
            + " · "
            + ngettext("{n} warning", "{n} warnings", warnings).format(n=warnings)
        )
        for key in ("changes", "statutes", "press"):
            if key in self._built:
                self._built[key].refresh()
        self.refreshed.emit(errors, warnings)

    def _on_session_project_opened(self, *_args: object) -> None:
        self._settle_pending = True
        if not self.check_timer.isActive():  # (the check of the project shown is scheduled)
            QTimer.singleShot(0, self._settle)

    def _settle(self) -> None:
        if self._settle_pending:
            self._settle_pending = False
            collector.settle()

    def _check_in_background(self) -> None:
        """After edits: validation and the press check run on a worker from a copy of the
        project, so typing never waits for them; the panel and the pages follow."""
        self._settle()  # a project just opened: what its opening left, first
        doc = self.doc
        if doc is None or doc.checked:
            self.refresh()
            return
        if self._running_check is doc:  # one check of a project at a time: when it ends,
            self._check_again = True  # the state edited meanwhile is checked
            return
        self._checking += 1
        ticket = self._checking
        revision, job = doc.checker()
        self._running_check, self._check_again = doc, False

        def ended() -> bool:
            """Whether this check still counts (the newest, of the project shown)."""
            if ticket != self._checking:
                return False
            self._running_check = None
            return doc is self.doc

        def done(findings: list) -> None:
            if not ended():
                return
            if doc.adopt_findings(revision, findings):
                self.refresh()
            elif self._check_again:  # edited while it ran, and the edits have settled
                self._check_in_background()
            # (else the debounce of the edit still runs: it starts the next check)

        def failed(_exc: Exception) -> None:
            if ended():
                self.refresh()  # checked on this thread instead; errors show as usual

        run_in_background(job, done, failed)

    def show_section(self, key: str) -> None:
        self.nav.set_current_row(SECTION_KEYS.index(key))

    # -- actions ---------------------------------------------------------------------------
    def new_project(self) -> None:
        """File › New, guided: the government, its instruments, the organization read from
        them; then the changes page with the next step in the status bar."""
        from PySide6.QtWidgets import QDialog

        from desktop.ui.newproject import NewProjectDialog

        if not self.session.maybe_save():
            return
        dialog = NewProjectDialog(self)
        if self._run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        self.session.new(dialog.project(), ask=False)
        self.show_section("changes")
        self.statusBar().showMessage(
            _(
                "Next: add the changes of the reorganization (the + button); the bills, tables "
                "and release are drafted from them."
            )
        )

    def _run_dialog(self, dialog: QDialog) -> int:
        """Run a modal dialog (tests drive the dialog in its place)."""
        return dialog.exec()

    def show_guide(self) -> None:
        """Help › User guide: what each section is for, the order of work, where files go."""
        from desktop.ui.guide import GuideDialog

        GuideDialog(self).show()

    def check_amendment(self) -> None:
        """Tools › Check an amendment text: a 개정문 applied to a current text, as ``orgdraft
        apply`` does (non-modal, the project's instruments offered as current texts)."""
        from desktop.ui.applycheck import ApplyCheckDialog

        old = self.apply_check_dialog
        if old is not None and old.isVisible():  # one at a time: the open one comes forward
            old.raise_()
            old.activateWindow()
            return
        if old is not None:
            old.deleteLater()
        doc = self.doc
        instruments = doc.project.instruments if doc is not None else []
        hyphens = self.settings.get("drafting/hyphens")
        self.apply_check_dialog = ApplyCheckDialog(instruments, self.prompts, self, hyphens=hyphens)
        self.apply_check_dialog.show()

    def open_dialog(self) -> None:
        path = self.prompts.open_file(_("Open a project"))
        if path:
            self.session.open(path)

    def save(self) -> bool:
        doc = self.doc
        if doc is None:
            return False
        if doc.path is None or doc.read_only:
            return self.save_as()
        return self.session.save()

    def save_as(self) -> bool:
        doc = self.doc
        if doc is None:
            return False
        suggested = str(doc.path) if doc.path else doc.file_name
        path = self.prompts.save_file(_("Save the project as"), suggested)
        if not path:
            return False
        if not path.endswith(".orgdraft"):
            path += ".orgdraft"
        if doc.read_only:  # a copy: write it, then open it for editing
            self.session.project_saved.connect(self._reopen_once)
        return self.session.save(path)

    def _reopen_once(self, path: str) -> None:
        self.session.project_saved.disconnect(self._reopen_once)
        self.session.open(path, ask=False)

    def validate(self) -> None:
        self.refresh()
        errors = sum(f.is_error for f in self.findings.findings)
        self.statusBar().showMessage(
            ngettext(
                "Validated: {n} problem listed below.",
                "Validated: {n} problems listed below.",
                len(self.findings.findings),
            ).format(n=len(self.findings.findings))
            if self.findings.findings
            else _("Validated: no problems."),
            5000,
        )
        if errors:
            self.findings.setFocus()

    def edit_settings(self) -> None:
        """Open the Settings dialog (window-modal); what it saves applies at once."""
        from desktop.ui.settingsdialog import SettingsDialog  # docx, Jinja: on first use

        doc = self.doc
        self.settings_dialog = SettingsDialog(
            self.settings,
            self.prompts,
            self,
            conventions=doc.options if doc is not None and not doc.read_only else None,
        )
        self.settings_dialog.settings_saved.connect(self._on_settings_dialog_settings_saved)
        self.settings_dialog.open()

    def _on_settings_dialog_settings_saved(self, keys: list[str]) -> None:
        if "autosave_minutes" in keys:
            self.session.autosave_timer.setInterval(self.settings.autosave_minutes() * 60_000)
        if "interface/language" in keys:
            self.apply_interface_language()
        self._set_conventions(keys)
        if "documents" in self._built:  # drafting options, templates, press details
            self._built["documents"].update_preview()

    def _set_conventions(self, keys: list[str]) -> None:
        """The drafting options changed in Settings become the open project's conventions
        (one undoable edit; the statute and press pages redraft), those left alone stay."""
        doc = self.doc
        if doc is None or doc.read_only:
            return
        changed = {
            name: self.settings.get(f"drafting/{name}")
            for name in (f.name for f in dataclasses.fields(DraftingOptions))
            if f"drafting/{name}" in keys
        }
        new = dataclasses.replace(doc.options, **changed)
        if new != doc.project.conventions:
            from desktop.ui.commands import SetConventions

            doc.push(SetConventions(doc, new))

    def apply_interface_language(self) -> None:
        """The language of the settings (or of the system) for the open window."""
        from desktop.i18n import system_language as default_lang

        setter = getattr(self, "set_interface_language", None)  # from the i18n work
        if setter is not None:
            setter(self.settings.get("interface/language") or default_lang())

    def export(self) -> None:
        """Open the export dialog on a snapshot of the project (window-modal)."""
        doc = self.doc
        if doc is None:
            return
        if doc.path is not None:
            folder = str(doc.path.parent)
        else:
            from PySide6.QtCore import QStandardPaths

            location = QStandardPaths.StandardLocation.DocumentsLocation
            folder = QStandardPaths.writableLocation(location)
        old = getattr(self, "export_dialog", None)
        if old is not None:
            old.deleteLater()
        from desktop.core.gate import is_gate
        from desktop.ui.exportdialog import ExportDialog  # docx, Jinja: on first use

        # The gate runs again for the documents and languages the export chooses.
        found = [f for f in doc.findings() if not is_gate(f)]
        self.export_dialog = ExportDialog(
            doc.snapshot(), self.settings, self.prompts, found, folder, self
        )
        self.export_dialog.finding_activated.connect(self._on_export_dialog_finding_activated)
        self.export_dialog.open()

    def _on_export_dialog_finding_activated(self, finding: Finding) -> None:
        self.go_to(finding)

    def _on_page_export_requested(self, *_args: object) -> None:
        self.export()

    def about(self) -> None:
        self.prompts.about(
            _("About OrgDraft"),
            _(
                "OrgDraft {version}\nDrafting assistant for the reorganization of a Korean local "
                "government (조직개편 입안 도우미)."
            ).format(version=__version__),
        )

    def _on_session_project_saved(self, path: str) -> None:
        self.update_title()
        self.statusBar().showMessage(_("Saved {path}").format(path=path), 5000)

    def _on_session_failed(self, _message: str) -> None:
        if not self.counts.text():  # the project shown was never checked (an open failed)
            self._check_soon()

    def _on_session_busy(self, text: str) -> None:
        hint, self._hint = getattr(self, "_hint", ""), ""
        if text:
            self._hint = hint  # shown once the opening is done
            self.statusBar().showMessage(text)
        elif hint:
            self.statusBar().showMessage(str(hint))
        else:
            self.statusBar().clearMessage()

    # -- interface language ----------------------------------------------------------------
    def set_interface_language(self, code: str) -> None:
        """Switch the interface to ``ko`` or ``en`` and show the open window in it."""
        set_lang(code)
        self.retranslate()

    def retranslate(self) -> None:
        """Show the window in the current interface language, keeping the document, its undo
        history, the selection and the section shown: the static texts of every widget are
        re-set (:func:`desktop.ui.tr.retranslate_widgets`, which also asks pages and models
        with a ``retranslate()`` method), the undo and redo actions are made again for their
        prefix, and the findings, counts and title are shown again."""
        old, new = self._shown_lang, lang()
        self._remake_undo_actions()
        retranslate_widgets(self, old, new)
        self._shown_lang = new
        self.refresh()
        self.update_title()

    def _remake_undo_actions(self) -> None:
        """QUndoGroup keeps the prefix (``&Undo``) of the actions it made: make new ones."""
        old_undo, old_redo = self.undo_action, self.redo_action
        self.undo_action = self.undo_group.createUndoAction(self, _("&Undo"))
        self.redo_action = self.undo_group.createRedoAction(self, _("&Redo"))
        if self._shortcuts_set:
            set_shortcut(self.undo_action, SHORTCUTS["undo"])
            set_shortcut(self.redo_action, SHORTCUTS["redo"])
        for old, new in ((old_undo, self.undo_action), (old_redo, self.redo_action)):
            for widget in old.associatedObjects():
                if isinstance(widget, QMenu | QToolBar):  # not the tool button it goes with
                    widget.insertAction(old, new)
                    widget.removeAction(old)
            old.deleteLater()

    # -- imports ---------------------------------------------------------------------------
    def import_org_csv(self, path: str) -> None:
        """Read a unit list (CSV or XLSX, with duties and staffing) in the background, then
        replace the organization (undoable). Nothing is imported while a row has a problem."""
        from desktop.core import orgsheet  # on first use

        grades = list(self.doc.project.grades) if self.doc is not None else None

        def read():
            return orgsheet.read_file_bytes(
                path, Path(path).read_bytes(), grades or orgsheet.DEFAULT_GRADES
            )

        def done(org) -> None:
            doc = self.doc
            if doc is None or not self.prompts.replace_org(len(org)):
                return
            from desktop.ui import commands as cmd

            doc.push(cmd.ReplaceOrganization(doc, org, _("Import organization")))
            self.org_imported.emit(len(org))

        def failed(exc: Exception) -> None:
            if isinstance(exc, orgsheet.OrgSheetError):
                text = "\n".join(p.message(lang()) for p in exc.problems[:30])
            elif isinstance(exc, OSError):
                text = os_reason_text(exc, lang())
            else:
                text = str(exc)
            self.prompts.error(_("Cannot import {name}").format(name=Path(path).name), text)

        run_in_background(read, done, failed)

    def import_statute_text(self, key: str, path: str) -> None:
        def done(text: str) -> None:
            if self.doc is not None:
                from desktop.ui import commands as cmd

                self.doc.push(cmd.SetInstrumentText(self.doc, key, text))

        def failed(exc: Exception) -> None:
            text = os_reason_text(exc, lang()) if isinstance(exc, OSError) else str(exc)
            self.prompts.error(_("Cannot import {name}").format(name=Path(path).name), text)

        from desktop.core.textfile import read_text_file

        run_in_background(lambda: read_text_file(path), done, failed)

    def _on_org_page_import_requested(self) -> None:
        from desktop.core.orgsheet import expected_columns

        columns = "\n".join(
            f"{ko} ({en}){' *' if required else ''}: {desc}"
            for ko, en, required, desc in expected_columns(lang())
        )
        self.prompts.info(
            _("Import a unit list"),
            _(
                "One row per unit; columns found by their header, in Korean or English "
                "(* required), then one column per grade for the staffing:\n{columns}\n"
                "Spreadsheet template… saves an empty form to fill in."
            ).format(columns=columns),
        )
        path = self.prompts.open_file(
            _("Import a unit list"), _("Spreadsheets (*.xlsx *.csv);;All files (*)")
        )
        if path:
            self.import_org_csv(path)

    def _write_bytes(self, title: str, suggested: str, make) -> None:
        path = self.prompts.save_file(title, suggested)
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            data = make()
            target = Path(path)
            temporary = target.with_name(f".~{target.name}")
            temporary.write_bytes(data)
            temporary.replace(target)  # never a half-written file
        except OSError as exc:
            reason = os_reason_text(exc, lang())
            self.prompts.error(_("Cannot write {name}").format(name=Path(path).name), reason)
            return
        self.statusBar().showMessage(_("Saved {path}").format(path=path), 5000)

    def _on_org_page_template_requested(self) -> None:
        from desktop.core.orgsheet import template_xlsx

        grades = self.doc.project.grades if self.doc is not None else None
        self._write_bytes(
            _("Save the spreadsheet template as"),
            _("organization template.xlsx"),
            lambda: template_xlsx(grades or [], lang()) if grades else template_xlsx(lang=lang()),
        )

    def _on_org_page_sheet_export_requested(self) -> None:
        """Export the current and the new organization, one sheet each."""
        from desktop.core.orgsheet import write_xlsx

        doc = self.doc
        if doc is None:
            return
        project = doc.project
        sheets = [
            (_("Current organization"), project.org),
            (_("After the changes"), project.draft_inputs().applied.org),
        ]
        self._write_bytes(
            _("Export the organization as"),
            _("organization.xlsx"),
            lambda: write_xlsx(sheets, project.grades, lang()),
        )

    def _on_org_page_check_requested(self) -> None:
        """Compare the organization with the instruments' text; fix from the text."""
        from desktop.ui.crosscheck import CrossCheckDialog

        if self.doc is not None:
            dialog = CrossCheckDialog(self.doc, self)
            self.crosscheck_dialog = dialog
            dialog.show()

    def _on_statute_page_import_requested(self, key: str) -> None:
        path = self.prompts.open_file(_("Import a statute text"), text_file_filter())
        if path and key:
            self.import_statute_text(key, path)

    def _on_statute_page_add_requested(self) -> None:
        if self.doc is None:
            return
        kinds = {f"{k.ko} ({k.en})": k for k in InstrumentKind}
        choice = self.prompts.choose(_("Add instrument"), _("Kind"), list(kinds))
        if not choice:
            return
        kind = kinds[choice]
        taken = {s.key for s in self.doc.project.instruments}
        key, number = kind.value, 1
        while key in taken:
            number += 1
            key = f"{kind.value}{number}"
        from desktop.ui import commands as cmd

        self.doc.push(cmd.AddInstrument(self.doc, InstrumentSource(key, kind, "")))
        self.statute_page.select_instrument(key)

    # -- findings --------------------------------------------------------------------------
    def _on_findings_finding_activated(self, finding: Finding) -> None:
        self.go_to(finding)

    def _on_findings_fix_requested(self, finding: Finding) -> None:
        """Take a difference from the instruments' text (one undo step)."""
        from desktop.ui.crosscheck import take_finding

        if self.doc is not None and take_finding(self.doc, finding):
            self.statusBar().showMessage(_("Taken from the text (Edit › Undo reverts it)."), 5000)
        else:
            self.statusBar().showMessage(
                _("The text does not settle this difference; edit the organization instead."),
                5000,
            )

    def go_to(self, finding: Finding) -> None:
        """Select what a finding is about (and the words it quotes as found)."""
        from desktop.ui.findingspanel import select_quoted

        place = self.doc and finding.place
        if not place:
            return
        if place.kind is PlaceKind.UNIT:
            if place.ref in self.doc.project.org:
                self.show_section("org")
                self.org_page.select_unit(place.ref, place.field)
            else:
                self.show_section("changes")
                index = self.changes_page.after_model.index_of_unit(place.ref)
                self.changes_page.after_tree.setCurrentIndex(index)
        elif place.kind is PlaceKind.CHANGE:
            self.show_section("changes")
            self.changes_page.select_change(place.ref)
        elif place.kind is PlaceKind.STATUTE_LINE:
            self.show_section("statutes")
            self.statute_page.go_to_line(place.ref, place.line)
        elif place.kind is PlaceKind.ARTICLE:
            self.show_section("statutes")
            self.statute_page.go_to_article(place.ref, place.field)
            select_quoted(self.statute_page.new_text, finding, after_cursor=True)
        elif place.kind is PlaceKind.PRESS:
            self.show_section("press")
            self.press_page.select_paragraph(place.ref, place.field)
            row = self.press_page.rows.get(place.ref)
            if row is not None:
                select_quoted(row.en if place.field == "en" else row.ko, finding)
        elif place.ref == "press":  # a header field of the release (the export gate)
            self.show_section("press")
            self.press_page.focus_field(place.field)
        elif place.ref == "org":
            self.show_section("org")
        elif place.ref.startswith("instruments.") and place.field == "effective":
            self.show_section("overview")
            self.overview.focus_effective(place.ref.removeprefix("instruments."))
        elif place.ref == "meta" or place.ref.startswith("instruments."):
            self.show_section("overview")
            self.overview.focus_field(place.field)
            editor = self.overview.editors.get(place.field)
            if isinstance(editor, QPlainTextEdit):
                select_quoted(editor, finding)
        elif place.ref.startswith("overrides["):
            number = int(place.ref[len("overrides[") : -1])
            override = self.doc.project.overrides[number]
            self.show_section("statutes")
            self.statute_page.select_instrument(override.instrument)
            self.statute_page.select_path(override.path)

    # -- closing ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.session.maybe_save():
            event.ignore()
            return
        self.session.close()
        self.refresh_timer.stop()
        self.check_timer.stop()
        self._disconnect_document()
        self._doc = None
        self._closed = True
        event.accept()
