"""보도자료 — the press release, Korean and English side by side: the header fields, then the
paragraphs as aligned rows (drafted from the proposal until the official edits one; then
kept and marked, with the fresh draft to see and take), the official's own paragraphs, and
the glossary beside them. Every edit is an undoable command; typing merges per paragraph.

The consistency findings of each pair come from :meth:`ProjectDocument.findings` (the window
lists them too) and are shown under the paragraph they are about.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.findings import Finding, PlaceKind
from desktop.core.kformat import date_ko
from desktop.core.press import PARAGRAPH_ROLES
from desktop.core.press_en import dateline_city, release_line
from desktop.ui import presscommands as cmd
from desktop.ui.document import ProjectDocument
from desktop.ui.glossarypanel import GlossaryPanel
from desktop.ui.pressrows import COLUMN_SPACING, ROLE_WIDTH, ROW_MARGIN, ParagraphRow, bold
from desktop.ui.tr import N_, _

if TYPE_CHECKING:
    from desktop.core.press import PressParagraph

# label, Korean field, English field
HEADER = (
    (N_("Release time"), "release_ko", "release_en"),
    (N_("Distributed"), "distributed_ko", "distributed_en"),
    (N_("Embargo line"), "embargo_ko", "embargo_en"),
    (N_("Department"), "department_ko", "department_en"),
    (N_("Director"), "director_ko", "director_en"),
    (N_("Officer"), "officer_ko", "officer_en"),
    (N_("Photos, attachments"), "extras_ko", "extras_en"),
    (N_("Quotation by"), "quote_by_ko", "quote_by_en"),
)
# the same in both languages: label, field
CONTACTS = (
    (N_("Director's telephone"), "director_phone"),
    (N_("Officer's telephone"), "officer_phone"),
    (N_("E-mail"), "email"),
    (N_("Dateline city"), "city_en"),
)
PLACEHOLDERS = {
    "release_ko": "2024. 6. 28.(금) 조간",
    "release_en": "For immediate release",
    "embargo_ko": "<2024. 6. 28.(금) 조간(온라인 6. 27. 12:00)부터 보도해 주시기 바랍니다.>",
    "embargo_en": "Embargoed until 06:00 KST, June 28, 2024",
    "extras_ko": "사진 없음, 붙임 2건",
    "extras_en": "2 attachments",
    "director_phone": "031-8008-0000",
    "officer_phone": "031-8008-0000",
    "city_en": "SUWON",
}
_DATED = ("release_ko", "embargo_ko", "embargo_en")


def _dated_example(field: str, passed: dt.date) -> str:
    """The release time and embargo line of a release the morning after the council passes
    the bill (online from noon that day), as PLACEHOLDERS writes the sample's; the English
    embargo is the one the release derives from that 보도일시 (press_en.release_line)."""
    release = f"{date_ko(passed + dt.timedelta(days=1), weekday=True)} 조간"
    if field == "release_ko":
        return release
    if field == "embargo_ko":
        online = f"온라인 {passed.month}. {passed.day}. 12:00"
        return f"<{release}({online})부터 보도해 주시기 바랍니다.>"
    return release_line(release) or ""


def _columns() -> QGridLayout:
    """A grid whose role | Korean | English columns line up with the paragraph rows."""
    grid = QGridLayout()
    grid.setContentsMargins(ROW_MARGIN + 1, 0, ROW_MARGIN + 1, 0)  # + the row's frame
    grid.setHorizontalSpacing(COLUMN_SPACING)
    grid.setColumnMinimumWidth(0, ROLE_WIDTH)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(2, 1)
    return grid


class PressPage(QSplitter):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.doc: ProjectDocument | None = None
        self._defaults: dict[str, str] = {}  # the official's details from the settings
        self._stale = False
        self.fields: dict[str, QLineEdit] = {}
        self.rows: dict[str, ParagraphRow] = {}
        self._session = 0
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.header_toggle = QToolButton()
        self.header_toggle.setCheckable(True)
        self.header_toggle.setChecked(True)
        self.header_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header_toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.header_toggle.setText(_("Header: release time, contacts"))
        self.header_toggle.toggled.connect(self._on_header_toggled)
        layout.addWidget(self.header_toggle)
        self.header = QWidget()
        layout.addWidget(self.header)
        self._build_header(QVBoxLayout(self.header))
        titles = _columns()
        titles.addWidget(bold(_("Paragraphs")), 0, 0)
        titles.addWidget(bold(_("Korean")), 0, 1)
        titles.addWidget(bold(_("English")), 0, 2)
        layout.addLayout(titles)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(4)
        layout.addLayout(self.rows_box)
        self.add_button = QPushButton(_("Add a paragraph of your own"))
        self.add_button.setToolTip(_("Political context, background: placed before the quotation"))
        self.add_button.clicked.connect(self._on_add_clicked)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.scroll.setWidget(body)
        self.addWidget(self.scroll)
        self.glossary = GlossaryPanel()
        self.addWidget(self.glossary)
        self.setStretchFactor(0, 4)
        self.setStretchFactor(1, 1)
        self.setSizes([900, 300])

    def _build_header(self, layout: QVBoxLayout) -> None:
        layout.setContentsMargins(0, 0, 0, 0)
        grid = _columns()
        grid.addWidget(bold(_("Korean")), 0, 1)
        grid.addWidget(bold(_("English")), 0, 2)
        for row, (label, ko, en) in enumerate(HEADER, start=1):
            grid.addWidget(QLabel(_(label)), row, 0)
            grid.addWidget(self._field(ko), row, 1)
            grid.addWidget(self._field(en), row, 2)
        layout.addLayout(grid)
        # Two a row, the first field under the Korean column: four in a row left a 1024-px
        # window 60 px for each, the telephone's example cut to '031-80…'.
        contacts = QGridLayout()
        contacts.setContentsMargins(ROW_MARGIN + 1, 0, ROW_MARGIN + 1, 0)
        contacts.setHorizontalSpacing(COLUMN_SPACING)
        contacts.setColumnMinimumWidth(0, ROLE_WIDTH)
        contacts.setColumnStretch(1, 1)
        contacts.setColumnStretch(3, 1)
        for number, (label, field) in enumerate(CONTACTS):
            row, pair = divmod(number, 2)
            contacts.addWidget(QLabel(_(label)), row, 2 * pair)
            contacts.addWidget(self._field(field), row, 2 * pair + 1)
        layout.addLayout(contacts)

    def _field(self, field: str) -> QLineEdit:
        edit = QLineEdit()
        self._show_placeholder(field, edit)
        edit.textEdited.connect(lambda text, f=field: self._on_field_edited(f, text))
        edit.editingFinished.connect(self._next_session)
        self.fields[field] = edit
        return edit

    def set_defaults(self, defaults: dict[str, str]) -> None:
        """Show the official's details from the settings (which the export uses where the
        release names nobody) as the placeholders of the empty fields."""
        self._defaults = dict(defaults)
        self._show_placeholders()

    def _show_placeholders(self) -> None:
        """Each empty field's placeholder: the official's own detail from the settings, else
        the example (this project's dates and names where it can be, :meth:`_placeholder`)."""
        for field, edit in self.fields.items():
            self._show_placeholder(field, edit)

    def _show_placeholder(self, field: str, edit: QLineEdit) -> None:
        value = self._defaults.get(field)
        if value:
            text = tip = _("{value} (from Settings)").format(value=value)
        else:
            text = self._placeholder(field)
            tip = _("e.g. {example}").format(example=text) if text else ""
        edit.setPlaceholderText(text)
        edit.setToolTip(tip)  # the embargo line's example is longer than its field

    def _placeholder(self, field: str) -> str:
        """The example of a field, this government's where it can be: the speaker is its head
        (시장, 군수 …), the release the day after the council passes the bill, the dateline
        the one the release prints while the field is empty (a 시ㆍ군's own name, a 도's
        seat: GOYANG, SUWON, JEJU), else a request for one."""
        if self.doc is None:
            return PLACEHOLDERS.get(field, "")
        project = self.doc.project
        if field in ("quote_by_ko", "quote_by_en"):
            profile = project.profile
            return profile.speaker_ko if field == "quote_by_ko" else profile.speaker_en
        if field in _DATED:
            passed = project.meta.passed_date or project.meta.bill_date
            return _dated_example(field, passed) if passed else PLACEHOLDERS[field]
        if field == "city_en":  # no sample's SUWON for a government elsewhere
            # what the release prints when the field is left empty (press_en.dateline_city)
            return dateline_city(project.meta.government_en) or _("CITY, in capitals")
        return PLACEHOLDERS.get(field, "")

    # -- the document ----------------------------------------------------------------------
    def set_document(self, doc: ProjectDocument) -> None:
        if self.doc is not None:
            try:
                self.doc.press_changed.disconnect(self._on_doc_press_changed)
            except RuntimeError:  # the previous document is already gone
                pass
        self.doc = doc
        doc.press_changed.connect(self._on_doc_press_changed)
        for field, edit in self.fields.items():
            edit.setText(doc.press_value(field))
            edit.setReadOnly(doc.read_only)
        self._show_placeholders()
        self.add_button.setEnabled(not doc.read_only)
        self._clear_rows()
        self.refresh()

    def refresh(self) -> None:
        """Show the fresh drafts (edited paragraphs keep their text), the findings and the
        glossary; rebuild the rows when the paragraphs themselves change."""
        doc = self.doc
        if doc is None:
            return
        if not self.isVisible():  # drafted when shown: start-up and edits elsewhere stay quick
            self._stale = True
            return
        self._stale = False
        self._show_placeholders()  # the dates follow the overview's 의결일
        from desktop.core.glossary import Glossary  # the drafting: when the page is shown

        inputs = doc.inputs()
        paragraphs = inputs.draft.press_paragraphs
        if [p.key for p in paragraphs] != list(self.rows):
            self._build_rows(paragraphs)
        else:
            for para in paragraphs:
                self.rows[para.key].set_paragraph(para)
        self.set_findings(doc.findings())
        self.glossary.set_glossary(Glossary.of(inputs))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def set_findings(self, findings: list[Finding]) -> None:
        by_key: dict[str, list[Finding]] = {}
        for finding in findings:
            if finding.place.kind is PlaceKind.PRESS:
                by_key.setdefault(finding.place.ref, []).append(finding)
        for key, row in self.rows.items():
            row.set_findings(by_key.get(key, []))

    def focus_field(self, field: str) -> None:
        """Put the cursor in a header field (``officer_ko``, ``officer_phone`` …)."""
        editor = self.fields.get(field)
        if editor is not None:
            self.scroll.ensureWidgetVisible(editor, 0, 40)
            editor.setFocus()

    def select_paragraph(self, key: str, side: str = "ko") -> None:
        row = self.rows.get(key)
        if row is None:
            return
        self.scroll.ensureWidgetVisible(row, 0, 40)
        row.focus_side(side)

    # -- rows ------------------------------------------------------------------------------
    def _clear_rows(self) -> None:
        for row in self.rows.values():
            self.rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = {}

    def _build_rows(self, paragraphs: list[PressParagraph]) -> None:
        self._clear_rows()
        assert self.doc is not None
        org = self.doc.inputs().applied.org
        numbers: dict[str, int] = {}
        for para in paragraphs:
            numbers[para.kind] = numbers.get(para.kind, 0) + 1
            number = numbers[para.kind] if para.kind in ("subline", "own", "attachment") else 0
            detail: tuple[str, str] | None = None
            if para.kind == "detail":
                unit = org.find(para.key.removeprefix("unit:"))
                detail = (unit.name_ko, unit.name_en) if unit else None
            row = ParagraphRow(para, PARAGRAPH_ROLES.get(para.kind, para.kind), number, detail)
            row.set_read_only(self.doc.read_only)
            row.text_edited.connect(self._on_row_text_edited)
            row.editing_finished.connect(self._next_session)
            row.use_draft_requested.connect(self._on_row_use_draft_requested)
            row.remove_requested.connect(self._on_row_remove_requested)
            self.rows_box.addWidget(row)
            self.rows[para.key] = row

    # -- edits -----------------------------------------------------------------------------
    def _next_session(self) -> None:
        self._session += 1

    def _on_field_edited(self, field: str, text: str) -> None:
        if self.doc is not None and text != self.doc.press_value(field):
            self.doc.push(cmd.SetPressField(self.doc, field, text, merge_key=self._session))

    def _on_row_text_edited(self, key: str, ko: str, en: str) -> None:
        doc = self.doc
        if doc is None or doc.read_only:
            return
        new = {"ko": ko, "en": en}
        if new != doc.press_text(key):
            doc.push(cmd.SetPressText(doc, key, new, merge_key=self._session))

    def _on_row_use_draft_requested(self, key: str) -> None:
        if self.doc is not None and self.doc.press_text(key) is not None:
            self._next_session()
            self.doc.push(cmd.SetPressText(self.doc, key, None))

    def _on_row_remove_requested(self, key: str) -> None:
        if self.doc is not None and key.startswith("own:"):
            self._next_session()
            self.doc.push(cmd.RemoveOwnParagraph(self.doc, int(key[4:]) - 1))

    def _on_add_clicked(self) -> None:
        doc = self.doc
        if doc is None:
            return
        count = len([k for k in self.rows if k.startswith("own:")])
        self._next_session()
        doc.push(cmd.AddOwnParagraph(doc, count, {"ko": "", "en": ""}))
        self.select_paragraph(f"own:{count + 1}")

    def _on_doc_press_changed(self, key: str) -> None:
        """After an edit, an undo or a redo: show it at once (the drafts follow on refresh)."""
        doc = self.doc
        if doc is None:
            return
        if key == "own":
            self.refresh()
        elif key in self.rows:
            self.rows[key].set_edited_text(doc.press_text(key))
        elif key in self.fields and self.fields[key].text() != doc.press_value(key):
            with QSignalBlocker(self.fields[key]):
                self.fields[key].setText(doc.press_value(key))

    def _on_header_toggled(self, shown: bool) -> None:
        self.header.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.header_toggle.setArrowType(arrow)
