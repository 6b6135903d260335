"""문서 미리보기 — the Documents section: the selected document (a bill per amended
instrument, its comparison table, the press release, the organization tables, the review
sheet) in Korean or English, as it will be exported, kept up to date while the official types.
While an instrument's text has an error, the bills, the comparison tables and the review sheet,
which read every text, are not drafted: the pane says that they wait until the text is
corrected, and what is wrong in it; the press release and the organization tables, drafted from
the organization, are shown as usual.

An edit restarts a short timer (:data:`DEBOUNCE_MS`); when it fires, the page hands a snapshot
of the project to a worker (:func:`~desktop.ui.previewjob.render_preview`) and sets the HTML
it drafts when it comes back. One job runs at a time; every request takes a new
generation number and a result of an older generation is dropped (and the newest request
started), so the pane never shows an outdated draft. Only the selected document is drafted,
and only while the page is visible. Errors show in the pane as a message.
"""

from __future__ import annotations

import dataclasses
import html
import logging
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.core.project import Project
from desktop.documents.errors import DocumentError
from desktop.ui import collector
from desktop.ui.document import ProjectDocument
from desktop.ui.labels import line_message
from desktop.ui.previewjob import PreviewRequest, PreviewResult, render_preview
from desktop.ui.tr import N_, _, lang, pick
from desktop.ui.worker import run_in_background

if TYPE_CHECKING:
    from desktop.ui.settings import AppSettings

log = logging.getLogger(__name__)

# An edit after IDLE_MS of quiet is drafted at once; edits that follow each other more closely
# (typing) wait COALESCE_MS for the next keystroke, so a burst is drafted once, at its end.
# While a draft is running, an edit only asks for the next one, which starts with the latest
# state as soon as the running one returns.
IDLE_MS = 300
COALESCE_MS = 40
DEBOUNCE_MS = IDLE_MS  # the longest an edit waits before its drafting is requested
DOCUMENTS = (
    ("bill", N_("Bill")),
    ("table", N_("Comparison table")),
    ("press", N_("Press release")),
    ("org", N_("Organization tables")),
    ("review", N_("Bilingual review sheet")),
)
LANGUAGES = (("ko", "한국어"), ("en", "English"))  # each in its own language

Renderer = Callable[[Project, PreviewRequest], PreviewResult]


class DocumentsPage(QWidget):
    export_requested = Signal()
    preview_updated = Signal()  # new content is showing (a document or a message)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        settings: AppSettings | None = None,
        render: Renderer = render_preview,
    ):
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        self.settings = settings  # drafting options, templates, press defaults: as exported
        self.render = render
        self.generation = 0  # of the latest request
        self.dropped = 0  # results that came back outdated
        self.stats: dict[str, float] = {}  # perf_counter() of the last requested/started/shown
        self._busy = False
        self._dirty = True
        self._last_edit = float("-inf")  # perf_counter() of the previous edit
        self._bills: list[tuple[str, str, str]] = []
        self._shown: tuple | None = None
        self.html = ""  # the HTML of the document showing ("" while a message shows)
        self._settled = False  # the first drafting's imports and templates are collected
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.update_preview)
        self._build()

    def _build(self) -> None:
        self.document_box = QComboBox()
        self.document_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document_box.setMinimumContentsLength(28)
        self.language_box = QComboBox()
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.status = QLabel()
        self.status.setMinimumWidth(110)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_requested)
        self.document_label, self.language_label = QLabel(), QLabel()
        self.document_label.setBuddy(self.document_box)
        self.language_label.setBuddy(self.language_box)
        bar = QHBoxLayout()
        bar.addWidget(self.document_label)
        bar.addWidget(self.document_box, 3)
        bar.addWidget(self.language_label)
        bar.addWidget(self.language_box)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        self._set_texts()
        self.document_box.currentIndexChanged.connect(self._on_selection_changed)
        self.language_box.currentIndexChanged.connect(self._on_selection_changed)
        self._message(_("No project is open."))

    def _set_texts(self) -> None:
        self.document_label.setText(_("&Document:"))
        self.language_label.setText(_("&Language:"))
        self.export_button.setText(_("Export…"))
        self.export_button.setToolTip(_("Write the documents as Word files"))
        self._fill_documents()

    def retranslate(self) -> None:
        """Show the page in the new interface language (called after a language switch)."""
        self._set_texts()
        self._dirty = True  # a message in the pane is in the interface language
        self.update_preview()

    # -- selection -------------------------------------------------------------------------
    def _fill_documents(self) -> None:
        current = self.document_box.currentData()
        items: list[tuple[str, tuple[str, str | None]]] = []
        for doc, label in DOCUMENTS:
            if doc in ("bill", "table") and self._bills:
                for key, title_ko, title_en in self._bills:
                    text = _("{document}: {title}").format(
                        document=_(label), title=pick(title_ko, title_en)
                    )
                    items.append((text, (doc, key)))
            else:
                items.append((_(label), (doc, None)))
        with QSignalBlocker(self.document_box):
            self.document_box.clear()
            for index, (text, data) in enumerate(items):
                self.document_box.addItem(text, data)
                self.document_box.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
            self.document_box.setCurrentIndex(self._index_for(current))

    def _index_for(self, wanted: tuple[str, str | None] | None) -> int:
        datas = [self.document_box.itemData(i) for i in range(self.document_box.count())]
        if wanted in datas:
            return datas.index(wanted)
        same_doc = [i for i, d in enumerate(datas) if wanted and d[0] == wanted[0]]
        return same_doc[0] if same_doc else 0

    def selection(self) -> tuple[str, str | None, str]:
        """The selected document, instrument key (``None``: the first amended) and language."""
        doc, key = self.document_box.currentData() or ("bill", None)
        return doc, key, self.language_box.currentData() or "ko"

    def select(self, doc: str, key: str | None = None, language: str | None = None) -> None:
        """Show ``doc`` (for a bill or comparison table, of instrument ``key``)."""
        with QSignalBlocker(self.language_box), QSignalBlocker(self.document_box):
            if language is not None:
                self.language_box.setCurrentIndex(self.language_box.findData(language))
            self.document_box.setCurrentIndex(self._index_for((doc, key)))
        self._on_selection_changed()

    def _on_selection_changed(self, *_args: object) -> None:
        self._dirty = True
        self.update_preview()

    # -- the document ----------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument | None) -> None:
        if self.doc is not None:
            self.doc.changed.disconnect(self._on_doc_changed)
        self.doc = doc
        self._bills = []
        self._fill_documents()
        if doc is not None:
            doc.changed.connect(self._on_doc_changed)
        self._dirty = True
        self.update_preview()

    def _on_doc_changed(self) -> None:
        now = time.perf_counter()
        quiet = (now - self._last_edit) * 1000 >= IDLE_MS
        self._last_edit = now
        self._dirty = True
        self.stats["edited"] = now
        if not self.isVisible():
            return
        self.status.setText(_("Updating…"))
        if self._busy:  # the running draft is outdated: the next starts when it returns
            self.update_preview()
        else:
            self.timer.start(0 if quiet else COALESCE_MS)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.update_preview()

    # -- rendering -------------------------------------------------------------------------
    def update_preview(self) -> None:
        """Draft the selected document now (in the background) when the page is visible."""
        self.timer.stop()
        if self.doc is None:
            self._message(_("No project is open."))
            return
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self.generation += 1
        self.stats["requested"] = time.perf_counter()
        self.status.setText(_("Updating…"))
        if not self._busy:
            self._start(self.generation)

    def _start(self, generation: int) -> None:
        assert self.doc is not None
        doc, key, language = self.selection()
        request = PreviewRequest(doc, language, key)
        if self.settings is not None:
            s = self.settings
            folder = s.template_folder()
            request = dataclasses.replace(
                request,
                hyphens=s.get("drafting/hyphens"),
                options=self.doc.options,  # the project's conventions
                template_folder=str(folder) if folder else None,
                press_defaults=tuple(sorted(s.press_defaults().items())),
            )
        began = time.perf_counter()
        project = self.doc.snapshot()
        self._busy = True
        self.stats["started"] = time.perf_counter()
        self.stats["start_s"] = self.stats["started"] - began  # GUI time: the snapshot
        run_in_background(
            lambda: self.render(project, request),
            lambda result: self._on_rendered(generation, result),
            lambda exc: self._on_rendered(generation, PreviewResult(request, error=exc)),
        )

    def _on_rendered(self, generation: int, result: PreviewResult) -> None:
        if not isValid(self):  # the window closed while the job ran
            return
        self._busy = False
        if generation != self.generation:  # an edit or a new selection came in meanwhile
            self.dropped += 1
            if self.doc is not None and not self._dirty:
                self._start(self.generation)
            return
        if result.bills != self._bills:
            self._bills = result.bills
            self._fill_documents()
        self.status.setText("")
        if result.error is not None:
            self._error(result.error)
        elif result.waiting:
            self._waiting(result)
        else:
            self._show(result)

    def _show(self, result: PreviewResult) -> None:
        began = time.perf_counter()
        request = result.request
        shown = (request.doc, request.key, request.lang)
        if result.html != self.html:  # else what shows is current: nothing to lay out
            bar = self.browser.verticalScrollBar()
            position = bar.value() if shown == self._shown else 0
            self.browser.setHtml(result.html)  # laid out as far as shown, the rest stepwise
            bar.setValue(position)
        self._shown = shown
        self.html = result.html
        self.stats["shown"] = time.perf_counter()
        self.stats["show_s"] = self.stats["shown"] - began  # GUI time: setting the HTML
        self.stats["worker_s"] = result.seconds
        if not self._settled:
            self._settled = True
            QTimer.singleShot(0, collector.settle)
        self.preview_updated.emit()

    def _message(self, title: str, lines: list[str] | None = None) -> None:
        self._sections([(title, lines or [])])

    def _sections(self, sections: list[tuple[str, list[str]]]) -> None:
        """Headed paragraphs (a heading may be empty: paragraphs only)."""
        parts = []
        for title, lines in sections:
            if title:
                parts.append(f"<h3>{html.escape(title)}</h3>")
            parts += [f"<p>{html.escape(line)}</p>" for line in lines]
        self.browser.setHtml("".join(parts))
        self._shown = None
        self.html = ""

    def _waiting(self, result: PreviewResult) -> None:
        """For each text that the document needs and that waits to be corrected, the note that
        its drafting waits and what is wrong in it, instead of a draft made from it; then why
        the document waits too when it is not that text's own bill or table."""
        sections = [
            (
                wait.note.text(lang()),
                [line_message(m.line, m.message(lang())) for m in wait.errors],
            )
            for wait in result.waiting
        ]
        closing = [result.waits_too.text(lang())] if result.waits_too is not None else []
        closing.append(_("Correct the text in Statute texts and the preview returns."))
        sections.append(("", closing))
        self._sections(sections)
        self.stats["shown"] = time.perf_counter()
        self.preview_updated.emit()

    def _error(self, exc: Exception) -> None:
        generate = sys.modules.get("desktop.documents.generate")  # loaded by the worker
        if generate is not None and isinstance(exc, generate.ValidationFailed):
            title = _("The documents cannot be drafted while the project has errors.")
            lines = [f.format(lang()) for f in exc.findings if f.is_error]
            lines.append(_("Fix them (see the list of problems below) and the preview returns."))
        elif isinstance(exc, DocumentError):  # says what is wrong and where
            title = _("This document cannot be drafted yet.")
            lines = exc.message(lang()).split("\n")
        else:
            log.error("preview failed", exc_info=exc)
            title = _("The preview could not be drafted.")
            lines = [_("Unexpected error: {error}").format(error=f"{type(exc).__name__}: {exc}")]
        self._message(title, lines)
        self.stats["shown"] = time.perf_counter()
        self.preview_updated.emit()
