"""The export, run on the thread pool: the documents (:func:`generate`), then the PDFs.

Progress is reported after each file; ``cancel()`` stops between files (each file is written
atomically, so nothing is left half-written and the files done before stay). A target that
cannot be written is put to the GUI thread — the worker waits for the official's answer
(retry, another name, skip) through a blocking queued signal.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from desktop.chart.orgchart import chart_pages
from desktop.core.findings import Finding
from desktop.core.press import with_press_defaults
from desktop.core.project import Project
from desktop.core.rules import DraftingOptions
from desktop.documents.errors import ExportError
from desktop.documents.generate import ExportCancelled, generate
from desktop.documents.names import FileNames
from desktop.documents.pdf import PdfError, convert_to_pdf
from desktop.documents.typography import Fonts
from desktop.ui.tr import _, lang

# What to do about a target that cannot be written: the path to try, or None to skip it.
Unwritable = Callable[[ExportError], Path | None]


@dataclass(frozen=True)
class ExportRequest:
    """Everything an export needs, as plain values (the project is a snapshot)."""

    project: Project
    folder: Path
    docs: tuple[str, ...]
    langs: tuple[str, ...]
    names: FileNames = field(default_factory=FileNames)
    pdf: bool = False
    formats: tuple[str, ...] = ("docx",)  # docx, hwpx
    template_folder: Path | None = None
    fonts: Fonts | None = None
    hyphens: bool = True
    options: DraftingOptions = field(default_factory=DraftingOptions)
    press_defaults: dict[str, str] = field(default_factory=dict)


@dataclass
class ExportResult:
    """What an export did: the files written, those skipped, the problems met (PDFs that
    could not be made) and whether the official cancelled it."""

    written: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # PDFs that could not be made
    cancelled: bool = False


class _Runnable(QRunnable):
    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        self.job._run()


class ExportJob(QObject):
    """One export. Signals arrive on the GUI thread."""

    progressed = Signal(int, int, str)  # done, total, what is being done
    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # Exception (ValidationFailed, TemplateError, ExportError …)
    _asked = Signal(object)  # worker → GUI thread, blocking

    def __init__(
        self,
        request: ExportRequest,
        unwritable: Unwritable,
        parent=None,
        confirm: Callable[[list[Finding]], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.request = request
        self.unwritable = unwritable
        self.confirm = confirm
        self.result = ExportResult()
        self._cancel = threading.Event()
        self._asked.connect(self._on_asked, Qt.ConnectionType.BlockingQueuedConnection)
        self._runnable = _Runnable(self)
        self._runnable.setAutoDelete(False)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._runnable)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- on the GUI thread -----------------------------------------------------------------
    def _on_asked(self, question: dict) -> None:
        if "warnings" in question:
            question["answer"] = self.confirm is None or self.confirm(question["warnings"])
        else:
            question["answer"] = self.unwritable(question["error"])

    # -- on the worker thread --------------------------------------------------------------
    def _ask(self, error: ExportError) -> Path | None:
        question: dict = {"error": error, "answer": None}
        self._asked.emit(question)
        if question["answer"] is None:
            self.result.skipped.append(error.target)
        return question["answer"]

    def _confirm(self, warnings: list[Finding]) -> bool:
        """The export gate's warnings, put to the official on the GUI thread."""
        question: dict = {"warnings": warnings, "answer": False}
        self._asked.emit(question)
        return bool(question["answer"])

    def _progress(self, done: int, total: int, path: Path | None) -> None:
        text = _("Wrote {name}").format(name=path.name) if path else _("Skipped a file")
        self.progressed.emit(done, total, text)

    def _run(self) -> None:
        r = self.request
        try:
            try:
                self.result.written = generate(
                    with_press_defaults(r.project, r.press_defaults),
                    r.folder,
                    r.langs,
                    r.docs,
                    r.template_folder,
                    draw_chart=chart_pages if "org" in r.docs else None,
                    names=r.names,
                    hyphens=r.hyphens,
                    fonts=r.fonts,
                    options=r.options,
                    format=r.formats,
                    progress=self._progress,
                    cancelled=self.is_cancelled,
                    unwritable=self._ask,
                    confirm=self._confirm,
                )
            except ExportCancelled as exc:
                self.result.written = exc.written
                self.result.cancelled = True
            if r.pdf and not self.result.cancelled:
                self._pdfs()
        except Exception as exc:  # reported to the GUI thread, which shows it
            self.failed.emit(exc)
        else:
            self.finished.emit(self.result)

    def _pdfs(self) -> None:
        sources = [p for p in self.result.written if p.suffix.lower() == ".docx"]
        with tempfile.TemporaryDirectory(prefix="orgdraft-lo-") as profile:
            for number, source in enumerate(sources):
                if self.is_cancelled():
                    self.result.cancelled = True
                    return
                text = _("Making a PDF of {name}").format(name=source.name)
                self.progressed.emit(number, len(sources), text)
                target: Path | None = source.with_suffix(".pdf")
                while target is not None:
                    try:
                        pdf = convert_to_pdf(source, target=target, profile=profile)
                    except ExportError as exc:
                        target = self._ask(exc)
                    except PdfError as exc:
                        self.result.problems.append(exc.message(lang()))
                        break
                    else:
                        self.result.written.append(pdf)
                        break
            self.progressed.emit(len(sources), len(sources), _("PDFs made"))
