"""The export dialog: which documents and languages, the folder, the file names, an optional
PDF; the export runs in the background (:mod:`desktop.ui.exportjob`) with progress and Cancel,
and ends with the files written and buttons to open the folder or a file.

Validation errors and the export gate's errors (:mod:`desktop.core.gate`) block the export; the
gate's warnings are listed and the export goes ahead only when the official confirms. A slip
validation finds in the documents' own words (:data:`SLIPS`: a unit's name or a changed word
typed with a particle that does not suit it, a slip of the bill's sentence) is listed as a
warning from the start and put to the official with the gate's. Clicking one reports it
(``finding_activated``) so that the window can show what to fix.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import nameparticles
from desktop.core.drafting.applier import verify
from desktop.core.filereason import os_reason_text
from desktop.core.findings import Finding
from desktop.core.project import Project
from desktop.core.validate import validate
from desktop.documents.errors import DocumentError, ExportError
from desktop.documents.generate import ValidationFailed
from desktop.documents.pdf import find_soffice
from desktop.ui.exportjob import ExportJob, ExportRequest, ExportResult
from desktop.ui.findingspanel import project_place_words
from desktop.ui.prompts import Prompter
from desktop.ui.settings import BY_KEY, AppSettings
from desktop.ui.tr import N_, _, lang, ngettext

DOCUMENT_LABELS = (
    ("bill", N_("Amendment bills")),
    ("table", N_("Comparison tables")),
    ("press", N_("Press release")),
    ("org", N_("Organization tables and charts")),
    ("review", N_("Bilingual review sheet")),
)
LANGUAGE_LABELS = (("ko", N_("Korean")), ("en", N_("English")))
FORMAT_LABELS = (("docx", N_("Word (DOCX)")), ("hwpx", N_("Hangul (HWPX)")))
PATH_ROLE = Qt.ItemDataRole.UserRole
# Validation's warnings on words that would leave in the documents as typed: the findings
# panel shows them, and so does the dialog before the documents are written.
SLIPS = (nameparticles.CODE, verify.CODE_PARTICLE, verify.CODE_PROOF)


class ExportDialog(QDialog):
    finding_activated = Signal(object)  # Finding
    export_finished = Signal(object)  # ExportResult

    def __init__(
        self,
        project: Project,
        settings: AppSettings,
        prompts: Prompter,
        findings: list[Finding] | None = None,
        default_folder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project  # a snapshot: the export never sees later edits
        self.settings = settings
        self.prompts = prompts
        found = validate(project) if findings is None else findings
        self.errors = [f for f in found if f.is_error]
        self.slips = [f for f in found if not f.is_error and f.code in SLIPS]
        # the slips, and the export gate's warnings once an export has asked
        self.warnings: list[Finding] = list(self.slips)
        self.job: ExportJob | None = None
        self.result: ExportResult | None = None
        self._close_when_done = False
        self._declined = False  # the official chose not to export with the gate's warnings
        self.setWindowTitle(_("Export documents"))
        self.setMinimumWidth(620)
        self._build(settings.get("export/folder") or default_folder)
        self._show_errors()
        self._update()

    # -- building --------------------------------------------------------------------------
    def _build(self, folder: str) -> None:
        chosen_docs = self.settings.get("export/docs")
        chosen_langs = self.settings.get("export/langs")
        docs = QWidget()
        grid = QGridLayout(docs)
        grid.setContentsMargins(0, 0, 0, 0)
        self.doc_boxes: dict[str, QCheckBox] = {}
        for number, (key, label) in enumerate(DOCUMENT_LABELS):
            box = QCheckBox(_(label))
            box.setChecked(key in chosen_docs)
            box.toggled.connect(self._update)
            grid.addWidget(box, number // 2, number % 2)
            self.doc_boxes[key] = box
        langs = QWidget()
        row = QHBoxLayout(langs)
        row.setContentsMargins(0, 0, 0, 0)
        self.lang_boxes: dict[str, QCheckBox] = {}
        for key, label in LANGUAGE_LABELS:
            box = QCheckBox(_(label))
            box.setChecked(key in chosen_langs)
            box.toggled.connect(self._update)
            row.addWidget(box)
            self.lang_boxes[key] = box
        row.addStretch(1)
        chosen_formats = self.settings.get("export/formats")
        formats = QWidget()
        row = QHBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        self.format_boxes: dict[str, QCheckBox] = {}
        for key, label in FORMAT_LABELS:
            box = QCheckBox(_(label))
            box.setChecked(key in chosen_formats)
            box.toggled.connect(self._update)
            row.addWidget(box)
            self.format_boxes[key] = box
        row.addStretch(1)
        self.folder_edit = QLineEdit(folder)
        self.folder_edit.textChanged.connect(self._update)
        choose = QPushButton(_("Choose…"))
        choose.clicked.connect(self._choose_folder)
        where = QWidget()
        row = QHBoxLayout(where)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.folder_edit, 1)
        row.addWidget(choose)
        self.pattern_edit = QLineEdit(self.settings.get("documents/file_pattern"))
        self.pattern_edit.textChanged.connect(self._update)
        self.pattern_note = QLabel()
        self.pattern_note.setWordWrap(True)
        names = QWidget()
        column = QVBoxLayout(names)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.pattern_edit)
        column.addWidget(self.pattern_note)
        self.pdf_box = QCheckBox(_("Also save a PDF of each document (made by LibreOffice)"))
        if find_soffice() is None:
            self.pdf_box.setEnabled(False)
            self.pdf_box.setToolTip(
                _("LibreOffice is not installed on this computer; install it to make PDFs.")
            )
        else:
            self.pdf_box.setChecked(self.settings.get("export/pdf"))
        form = QFormLayout()
        form.addRow(_("Documents:"), docs)
        form.addRow(_("Languages:"), langs)
        form.addRow(_("Formats:"), formats)
        form.addRow(_("Save in:"), where)
        form.addRow(_("File names:"), names)
        form.addRow("", self.pdf_box)
        self.inputs = [docs, langs, formats, where, names, self.pdf_box]

        self.problems_box = QGroupBox()
        self.problems = QListWidget()
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A wrapped message of two or three lines runs into the next without a gap.
        self.problems.setSpacing(3)
        self.problems.itemClicked.connect(self._on_problems_item_activated)
        self.problems.itemActivated.connect(self._on_problems_item_activated)
        QVBoxLayout(self.problems_box).addWidget(self.problems)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results_box = QGroupBox(_("Files"))
        self.results = QListWidget()
        self.results.setMinimumHeight(200)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemDoubleClicked.connect(lambda _item: self.open_file())
        self.open_folder_button = QPushButton(_("Open folder"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_file_button = QPushButton(_("Open file"))
        self.open_file_button.clicked.connect(self.open_file)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.open_file_button)
        column = QVBoxLayout(self.results_box)
        column.addWidget(self.results)
        column.addLayout(buttons)
        self.results_box.setVisible(False)

        box = QDialogButtonBox()
        self.export_button = box.addButton(_("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button = box.addButton(_("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.clicked.connect(self._on_close_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_box, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.results_box, 1)
        layout.addWidget(box)

    def _show_errors(self) -> None:
        """The errors (red) and the export gate's warnings (amber), each clickable: the
        heading says whether they stop the export, and a tooltip where each one is."""
        self.problems.clear()
        if self.errors:
            heading = _("Fix these before exporting (click one to go there)")
        else:
            heading = _("Warnings: the export can go ahead, but look first (click one to go there)")
        self.problems_box.setTitle(heading)
        for number, finding in enumerate([*self.errors, *self.warnings]):
            item = QListWidgetItem(finding.message(lang()))
            item.setData(PATH_ROLE, number)
            item.setToolTip(
                _("{where} — click to go there").format(
                    where=project_place_words(finding.place, self.project)
                )
            )
            item.setForeground(QBrush(QColor("#b3261e" if finding.is_error else "#8a5a00")))
            self.problems.addItem(item)
        self.problems_box.setVisible(bool(self.errors or self.warnings))

    # -- state -----------------------------------------------------------------------------
    def chosen_docs(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.doc_boxes.items() if box.isChecked())

    def chosen_langs(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.lang_boxes.items() if box.isChecked())

    def chosen_formats(self) -> tuple[str, ...]:
        return tuple(k for k, box in self.format_boxes.items() if box.isChecked())

    def is_running(self) -> bool:
        return self.job is not None

    def _update(self) -> None:
        problem = BY_KEY["documents/file_pattern"].problem(self.pattern_edit.text())
        self.pattern_note.setText(
            problem
            or _("{name} is the usual name; {date}, {lang}, {doc}, {government} may surround it.")
        )
        colour = "#b3261e" if problem else "#5f6368"
        self.pattern_note.setStyleSheet(f"color: {colour}")
        ready = (
            not self.errors
            and not problem
            and bool(self.chosen_docs() and self.chosen_langs() and self.chosen_formats())
            and bool(self.folder_edit.text().strip())
        )
        self.export_button.setEnabled(ready and not self.is_running())
        for widget in self.inputs:
            widget.setEnabled(not self.is_running())
        if self.pdf_box.toolTip():  # LibreOffice missing
            self.pdf_box.setEnabled(False)
        self.close_button.setText(_("Cancel") if self.is_running() else _("Close"))

    def _choose_folder(self) -> None:
        folder = self.prompts.choose_folder(_("Save the documents in"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def _remember(self) -> None:
        s = self.settings
        s.set("export/folder", self.folder_edit.text().strip())
        s.set("export/docs", list(self.chosen_docs()))
        s.set("export/langs", list(self.chosen_langs()))
        s.set("export/formats", list(self.chosen_formats()))
        s.set("documents/file_pattern", self.pattern_edit.text())
        if self.pdf_box.isEnabled():
            s.set("export/pdf", self.pdf_box.isChecked())

    # -- the export ------------------------------------------------------------------------
    def start_export(self) -> None:
        if self.is_running() or not self.export_button.isEnabled():
            return
        folder = Path(self.folder_edit.text().strip()).expanduser()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._set_status(
                _("Cannot create the folder {folder}: {reason}").format(
                    folder=folder, reason=os_reason_text(exc, lang())
                ),
                error=True,
            )
            return
        self._remember()
        s = self.settings
        request = ExportRequest(
            project=self.project,
            folder=folder,
            docs=self.chosen_docs(),
            langs=self.chosen_langs(),
            names=s.file_names(pattern=self.pattern_edit.text()),
            pdf=self.pdf_box.isEnabled() and self.pdf_box.isChecked(),
            formats=self.chosen_formats(),
            template_folder=s.template_folder(),
            fonts=s.fonts(),
            hyphens=s.get("drafting/hyphens"),
            # the project's conventions (Settings' when it has none, as the window drafts)
            options=self.project.conventions or s.drafting_options(),
            press_defaults=s.press_defaults(),
        )
        self.result = None
        self._declined = False
        self.results.clear()
        self.results_box.setVisible(False)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_status(_("Preparing the documents…"))
        self.job = ExportJob(request, self._ask_unwritable, self, confirm=self._confirm_warnings)
        self.job.progressed.connect(self._on_job_progressed)
        self.job.finished.connect(self._on_job_finished)
        self.job.failed.connect(self._on_job_failed)
        self._update()
        self.job.start()

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._set_status(_("Cancelling after the current file…"))

    def _confirm_warnings(self, gate: list[Finding]) -> bool:
        """Runs on the GUI thread while the export waits: the slips and the export gate's
        warnings are listed (a click leads to the place) and the official decides whether to
        export."""
        self.errors = []
        self.warnings = warnings = [*self.slips, *gate]
        self._show_errors()
        lines = "\n".join(f"• {f.message(lang())}" for f in warnings[:12])
        if len(warnings) > 12:
            lines += "\n…"
        if self.prompts.export_with_warnings(len(warnings), lines):
            return True
        self._declined = True
        self._set_status(_("Not exported: look at the warnings, or export again to go ahead."))
        return False

    def _ask_unwritable(self, error: ExportError) -> Path | None:
        """Runs on the GUI thread while the export waits: retry, another name, or skip."""
        name = error.target.name
        answer = self.prompts.cannot_write(name, error.message(lang()))
        if answer == "retry":
            return error.target
        if answer == "rename":
            other = self.prompts.save_document(
                _("Save {name} under another name").format(name=name), str(error.target)
            )
            return Path(other) if other else None
        return None

    def _on_job_progressed(self, done: int, total: int, text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if not self.job or not self.job.is_cancelled():
            self._set_status(text)

    def _on_job_finished(self, result: ExportResult) -> None:
        self.job = None
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        if self._declined and result.cancelled and not result.written:
            # the status the question left says why; there is no file to list
            self.progress.setVisible(False)
        else:
            self._set_status(self._finished_text(result))
            self._show_result(result)
        self._update()
        self.export_finished.emit(result)
        if self._close_when_done:
            super().reject()

    @staticmethod
    def _finished_text(result: ExportResult) -> str:
        n = len(result.written)
        if result.cancelled and not n:
            return _("Cancelled; no file was replaced.")
        if result.cancelled:
            return ngettext(
                "Cancelled. The {n} file written before stays (complete).",
                "Cancelled. The {n} files written before stay (complete).",
                n,
            ).format(n=n)
        return ngettext("{n} file written.", "{n} files written.", n).format(n=n)

    def _on_job_failed(self, exc: Exception) -> None:
        self.job = None
        self.progress.setVisible(False)
        if isinstance(exc, ValidationFailed):
            self.errors = [f for f in exc.findings if f.is_error]
            self.warnings = []
            self._show_errors()
            text = _("The project has errors; nothing was written.")
        elif isinstance(exc, DocumentError):
            text = exc.message(lang())
        else:
            text = _("The export failed: {error}").format(error=exc)
        self._set_status(text, error=True)
        self._update()
        if self._close_when_done:
            super().reject()

    def _show_result(self, result: ExportResult) -> None:
        self.results.clear()
        for path in result.written:
            item = QListWidgetItem(path.name)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.results.addItem(item)
        for path in result.skipped:
            item = QListWidgetItem(_("{name} — skipped, not written").format(name=path.name))
            item.setForeground(QBrush(QColor("#8a6d00")))
            self.results.addItem(item)
        for problem in result.problems:
            item = QListWidgetItem(problem)
            item.setForeground(QBrush(QColor("#b3261e")))
            self.results.addItem(item)
        if result.written:
            self.results.setCurrentRow(0)
        self.open_file_button.setEnabled(bool(result.written))
        self.results_box.setVisible(True)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e" if error else "")

    # -- after the export ------------------------------------------------------------------
    def open_folder(self) -> None:
        self.prompts.open_path(Path(self.folder_edit.text().strip()).expanduser())

    def open_file(self) -> None:
        item = self.results.currentItem()
        path = item.data(PATH_ROLE) if item is not None else None
        if path:
            self.prompts.open_path(path)

    def _on_problems_item_activated(self, item: QListWidgetItem) -> None:
        number = item.data(PATH_ROLE)
        if number is None:
            return
        finding = [*self.errors, *self.warnings][int(number)]
        self.reject()
        self.finding_activated.emit(finding)

    def _on_close_button_clicked(self) -> None:
        """Close, or while exporting, Cancel: stop after the current file and list what was
        written."""
        if self.is_running():
            self.cancel_export()
        else:
            self.reject()

    def reject(self) -> None:
        """Close (Esc, the window's close button); while exporting, cancel first and close
        when the current file is done."""
        if self.is_running():
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()
