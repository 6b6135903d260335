"""The export dialog: the sample exported through it, a locked file, cancel, validation errors
that block the export, PDF, and the export action of the window."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QMenu, QToolBar

from desktop import paths
from desktop.core import projectfile
from desktop.core.changes import Rename
from desktop.core.validate import validate
from desktop.documents import export
from desktop.ui import exportdialog
from desktop.ui.exportdialog import ExportDialog
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project, screenshot

EXPORT_TIMEOUT = 60_000


@pytest.fixture
def sample():
    return projectfile.load(paths.sample_path())


@pytest.fixture
def out(tmp_path) -> Path:
    return tmp_path / "out"


@pytest.fixture(autouse=True)
def _no_lock_retries(monkeypatch):
    """A locked file is reported at once (the export retries for about a second first)."""
    monkeypatch.setattr(export, "RETRY_DELAYS", (), raising=False)


@pytest.fixture
def make_dialog(qtbot, settings, prompts, out):
    def make(project, findings=None) -> ExportDialog:
        dialog = ExportDialog(project, settings, prompts, findings, str(out))
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def run_export(qtbot, dialog: ExportDialog):
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.export_finished, timeout=EXPORT_TIMEOUT) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


def only(dialog: ExportDialog, docs=(), langs=()) -> None:
    for key, box in dialog.doc_boxes.items():
        box.setChecked(key in docs)
    for key, box in dialog.lang_boxes.items():
        box.setChecked(key in langs)


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".~")]


# -- the sample ------------------------------------------------------------------------------
def test_the_sample_exports_and_every_file_reopens(qtbot, make_dialog, sample, out, settings):
    dialog = make_dialog(sample)
    assert not dialog.problems_box.isVisible()
    result = run_export(qtbot, dialog)
    assert not result.cancelled and not result.skipped
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.name for p in result.written)
    assert len([n for n in names if n.endswith(".docx")]) == 13
    assert "보도자료 - 경기도 조직개편.docx" in names
    for path in result.written:
        if path.suffix == ".docx":
            assert docx.Document(str(path)).paragraphs, path.name
        else:
            assert path.read_bytes().startswith(b"\x89PNG")
    assert dialog.results.count() == len(result.written)
    assert dialog.results_box.isVisible() and dialog.close_button.text() == "Close"
    assert f"{len(result.written)} files written" in dialog.status.text()
    assert len(result.written) > 17  # the charts over several landscape pages each
    assert settings.get("export/folder") == str(out)
    screenshot(dialog, "export-done")


def test_the_choices_are_remembered_and_the_file_names_follow_the_pattern(
    qtbot, make_dialog, sample, out, settings
):
    dialog = make_dialog(sample)
    only(dialog, ["press"], ["ko"])
    dialog.pattern_edit.setText("{date} {name}")
    result = run_export(qtbot, dialog)
    [path] = result.written
    assert path.name.endswith(" 보도자료 - 경기도 조직개편.docx") and path.name[:8].isdigit()
    assert settings.get("export/docs") == ["press"] and settings.get("export/langs") == ["ko"]
    assert settings.get("documents/file_pattern") == "{date} {name}"
    again = make_dialog(sample)
    assert again.chosen_docs() == ("press",) and again.chosen_langs() == ("ko",)
    assert again.pattern_edit.text() == "{date} {name}"


def test_hangul_beside_word_is_chosen_and_remembered(qtbot, make_dialog, sample, settings):
    dialog = make_dialog(sample)
    assert dialog.chosen_formats() == ("docx",)  # Word by default
    only(dialog, ["press"], ["ko"])
    dialog.format_boxes["hwpx"].setChecked(True)
    result = run_export(qtbot, dialog)
    assert sorted(p.suffix for p in result.written) == [".docx", ".hwpx"]
    assert settings.get("export/formats") == ["docx", "hwpx"]
    dialog.format_boxes["docx"].setChecked(False)
    dialog.format_boxes["hwpx"].setChecked(False)
    assert not dialog.export_button.isEnabled()  # no format, nothing to write
    assert make_dialog(sample).chosen_formats() == ("docx", "hwpx")


def test_a_pattern_without_name_blocks_the_export(make_dialog, sample):
    dialog = make_dialog(sample)
    dialog.pattern_edit.setText("{date}")
    assert not dialog.export_button.isEnabled()
    assert "{name}" in dialog.pattern_note.text()


def all_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([*cells, *(p.text for p in document.paragraphs)])


def test_the_officials_details_fill_an_empty_press_header(qtbot, make_dialog, sample, settings):
    settings.set("press/officer_ko", "홍길동")
    settings.set("press/officer_en", "Hong Gil-dong")
    settings.set("press/phone", "031-8008-2114")
    settings.set("press/email", "hong@gg.go.kr")
    settings.set("press/department_ko", "시험담당관실")
    dialog = make_dialog(sample)
    only(dialog, ["press"], ["ko", "en"])
    ko, en = run_export(qtbot, dialog).written
    assert "홍길동(031-8008-2114)" in all_text(ko)
    assert "Hong Gil-dong, Tel. 031-8008-2114" in all_text(en)
    assert "hong@gg.go.kr" in all_text(en)
    assert "조직담당관" in all_text(ko)  # the project's own department wins over the settings
    assert "시험담당관실" not in all_text(ko)
    assert "officer_ko" not in sample.press  # the open project is not changed


# -- a file that cannot be written -----------------------------------------------------------
@pytest.fixture
def locked(monkeypatch):
    """``os.replace`` refuses targets whose name starts with one of ``locked`` (as Windows does
    for a file open in Word) until the set is emptied."""
    names: set[str] = set()
    real = os.replace

    def replace(src, dst):
        if any(Path(dst).name.startswith(n) for n in names):
            raise PermissionError(13, "The process cannot access the file", str(dst))
        return real(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return names


def test_a_locked_file_is_named_and_retried(qtbot, make_dialog, sample, out, prompts, locked):
    (out).mkdir()
    (out / "보도자료 - 경기도 조직개편.docx").write_bytes(b"open in Word")
    locked.add("보도자료")
    asked = []

    def cannot_write(name, reason):  # the official closes Word, then retries
        asked.append((name, reason))
        locked.clear()
        return "retry"

    prompts.cannot_write = cannot_write
    dialog = make_dialog(sample)
    only(dialog, ["press", "review"], ["ko"])
    result = run_export(qtbot, dialog)
    assert [name for name, _reason in asked] == ["보도자료 - 경기도 조직개편.docx"]
    assert "close it" in asked[0][1]
    assert [p.name for p in result.written] == [
        "보도자료 - 경기도 조직개편.docx",
        "국영 대조 검토표 - 경기도 조직개편.docx",
    ]
    assert docx.Document(str(result.written[0])).paragraphs
    assert leftovers(out) == []


def test_a_locked_file_can_be_saved_under_another_name(
    qtbot, make_dialog, sample, out, prompts, locked
):
    locked.add("보도자료")
    prompts.answers["cannot_write"] = "rename"
    prompts.answers["save_document"] = str(out / "사본 - 보도자료.docx")
    dialog = make_dialog(sample)
    only(dialog, ["press"], ["ko"])
    result = run_export(qtbot, dialog)
    assert [p.name for p in result.written] == ["사본 - 보도자료.docx"]
    assert sorted(p.name for p in out.iterdir()) == ["사본 - 보도자료.docx"]
    assert docx.Document(str(out / "사본 - 보도자료.docx")).paragraphs
    title, suggested = next(args for name, args in prompts.asked if name == "save_document")
    assert "보도자료 - 경기도 조직개편.docx" in title and suggested.endswith(".docx")


def test_a_locked_file_can_be_skipped(qtbot, make_dialog, sample, out, prompts, locked):
    locked.add("보도자료")
    prompts.answers["cannot_write"] = ["retry", "skip"]  # still locked on the retry
    dialog = make_dialog(sample)
    only(dialog, ["press", "review"], ["ko"])
    result = run_export(qtbot, dialog)
    assert [name for name, _args in prompts.asked].count("cannot_write") == 2
    assert [p.name for p in result.skipped] == ["보도자료 - 경기도 조직개편.docx"]
    assert [p.name for p in out.iterdir()] == ["국영 대조 검토표 - 경기도 조직개편.docx"]
    items = [dialog.results.item(i).text() for i in range(dialog.results.count())]
    assert "보도자료 - 경기도 조직개편.docx — skipped, not written" in items


# -- cancel ----------------------------------------------------------------------------------
def test_cancel_while_the_set_is_made_replaces_nothing(qtbot, make_dialog, sample, out):
    """Cancel after the first file is made: no target is replaced (the set is placed only
    when it is whole) and no temporary file stays."""
    cancelled = threading.Event()
    dialog = make_dialog(sample)

    def on_first_file(done, total, text):
        if done == 1 and not cancelled.is_set():
            assert dialog.close_button.text() == "Cancel"
            dialog.close_button.click()
            cancelled.set()

    with qtbot.waitSignal(dialog.export_finished, timeout=EXPORT_TIMEOUT) as blocker:
        dialog.export_button.click()
        dialog.job.progressed.connect(on_first_file)
    result = blocker.args[0]
    assert result.cancelled and result.written == []
    assert list(out.iterdir()) == []
    assert dialog.status.text() == "Cancelled; no file was replaced."
    assert dialog.isVisible()  # Cancel stopped the export; the dialog stays with the list


def test_closing_while_exporting_cancels_then_closes(qtbot, make_dialog, sample):
    dialog = make_dialog(sample)
    with qtbot.waitSignal(dialog.export_finished, timeout=EXPORT_TIMEOUT) as blocker:
        dialog.export_button.click()
        dialog.reject()
        assert dialog.isVisible()  # until the current file is done
    assert blocker.args[0].cancelled
    qtbot.waitUntil(lambda: not dialog.isVisible())


# -- validation errors -----------------------------------------------------------------------
def test_validation_errors_block_the_export_and_are_clickable(qtbot, make_dialog, sample, out):
    sample.changes.append(Rename("c-bad", unit_id="no-such-unit", name_ko="새국", name_en="X"))
    dialog = make_dialog(sample)
    assert not dialog.export_button.isEnabled()
    assert dialog.problems_box.isVisible() and dialog.problems.count() == 1
    assert "no-such-unit" in dialog.problems.item(0).text()
    screenshot(dialog, "export-errors")
    with qtbot.waitSignal(dialog.finding_activated) as blocker:
        dialog.problems.itemClicked.emit(dialog.problems.item(0))
    assert blocker.args[0].code == "E-CHANGE-MISSING-UNIT"
    assert blocker.args[0].place.ref == "c-bad"
    assert not dialog.isVisible()
    assert not out.exists()


def test_a_statute_number_written_twice_blocks_the_export(qtbot, make_dialog, sample, out):
    # The second 제2조 should be 제3조: drafting from it would lose one of them.
    source = sample.instrument("ordinance")
    line = source.text.splitlines().index(
        next(x for x in source.text.splitlines() if x.startswith("제3조("))
    )
    source.text = source.text.replace("\n제3조(", "\n제2조(", 1)
    dialog = make_dialog(sample)
    assert not dialog.export_button.isEnabled()
    assert dialog.problems.count() == 1
    assert f"line {line + 1}: Article 2 appears twice (lines " in dialog.problems.item(0).text()
    with qtbot.waitSignal(dialog.finding_activated) as blocker:
        dialog.problems.itemClicked.emit(dialog.problems.item(0))
    assert blocker.args[0].code == "E-STATUTE-LINE"
    assert blocker.args[0].place.line == line + 1
    assert not out.exists()


# -- PDF -------------------------------------------------------------------------------------
def test_pdf_is_off_and_disabled_without_libreoffice(make_dialog, sample, monkeypatch):
    monkeypatch.setattr(exportdialog, "find_soffice", lambda: None)
    dialog = make_dialog(sample)
    assert not dialog.pdf_box.isEnabled() and not dialog.pdf_box.isChecked()
    assert "LibreOffice" in dialog.pdf_box.toolTip()


def test_pdf_is_off_by_default(make_dialog, sample, monkeypatch):
    monkeypatch.setattr(exportdialog, "find_soffice", lambda: Path("/opt/lo/soffice"))
    dialog = make_dialog(sample)
    assert dialog.pdf_box.isEnabled() and not dialog.pdf_box.isChecked()


@pytest.mark.slow
@pytest.mark.skipif(exportdialog.find_soffice() is None, reason="LibreOffice is not installed")
def test_a_pdf_is_made_next_to_the_docx(qtbot, make_dialog, sample, out):
    dialog = make_dialog(sample)
    only(dialog, ["press"], ["ko"])
    dialog.pdf_box.setChecked(True)
    result = run_export(qtbot, dialog)
    assert [p.name for p in result.written] == [
        "보도자료 - 경기도 조직개편.docx",
        "보도자료 - 경기도 조직개편.pdf",
    ]
    assert result.written[1].read_bytes().startswith(b"%PDF")
    assert leftovers(out) == []


# -- after the export ------------------------------------------------------------------------
def test_open_folder_and_open_file_go_through_the_prompter(
    qtbot, make_dialog, sample, out, prompts
):
    dialog = make_dialog(sample)
    only(dialog, ["press"], ["en"])
    [path] = run_export(qtbot, dialog).written
    dialog.open_folder_button.click()
    dialog.open_file_button.click()
    assert prompts.opened == [str(out), str(path)]


def test_choose_folder_asks_the_prompter(make_dialog, sample, prompts, tmp_path):
    prompts.answers["choose_folder"] = str(tmp_path / "elsewhere")
    dialog = make_dialog(sample)
    dialog._choose_folder()
    assert dialog.folder_edit.text() == str(tmp_path / "elsewhere")


# -- in the window ---------------------------------------------------------------------------
def test_the_window_has_an_export_action_that_opens_the_dialog(qtbot, window):
    action = window.actions_["export"]
    with qtbot.waitSignal(window.first_frame, timeout=10000):  # the shortcuts are set then
        window.show()
    assert action.isEnabled() and action.shortcut().toString() == "Ctrl+E"
    menus = [m for m in window.menuBar().findChildren(QMenu) if action in m.actions()]
    assert [m.title() for m in menus] == ["&File"]
    assert action in window.findChild(QToolBar, "main-toolbar").actions()
    open_project(qtbot, window)
    action.trigger()
    qtbot.waitUntil(lambda: window.export_dialog.isVisible())
    assert window.export_dialog.export_button.isEnabled()
    window.export_dialog.reject()


def test_a_finding_clicked_in_the_dialog_is_shown_in_the_window(qtbot, window, sample_copy):
    project = projectfile.load(sample_copy)
    project.changes.append(Rename("c-bad", unit_id="no-such-unit", name_ko="새국", name_en="X"))
    projectfile.save(project, sample_copy)
    open_project(qtbot, window, sample_copy)
    window.export()
    dialog = window.export_dialog
    assert not dialog.export_button.isEnabled()
    dialog.problems.itemClicked.emit(dialog.problems.item(0))
    assert not dialog.isVisible()
    assert window.stack.currentWidget() is window.changes_page


def test_the_preview_page_asks_for_the_export_dialog(qtbot, window):
    pages = [p for p in window.pages.values() if hasattr(p, "export_requested")]
    assert pages, "the documents (preview) page offers an export button"
    open_project(qtbot, window)
    pages[0].export_requested.emit()
    qtbot.waitUntil(lambda: window.export_dialog.isVisible())
    window.export_dialog.reject()


# -- the export gate -------------------------------------------------------------------------
def _export(qtbot, dialog, signal):
    with qtbot.waitSignal(signal, timeout=EXPORT_TIMEOUT) as blocker:
        dialog.export_button.click()
    return blocker.args[0]


def test_warnings_are_asked_about_and_the_export_goes_ahead(
    qtbot, make_dialog, sample, out, prompts
):
    dialog = make_dialog(sample)
    only(dialog, docs=("press",), langs=("ko",))
    result = _export(qtbot, dialog, dialog.export_finished)
    (_name, (count, details)) = next(a for a in prompts.asked if a[0] == "export_with_warnings")
    assert count == len(dialog.warnings) == 3
    assert "인용문" in details or "quotation" in details
    assert [p.name for p in result.written] == ["보도자료 - 경기도 조직개편.docx"]
    codes = [f.code for f in dialog.warnings]
    assert "W-GATE-QUOTE" in codes and "W-GATE-CONTACT" in codes


def test_declining_the_warnings_writes_nothing_and_lists_them(
    qtbot, make_dialog, sample, out, prompts
):
    prompts.answers["export_with_warnings"] = False
    dialog = make_dialog(sample)
    only(dialog, docs=("press",), langs=("en",))
    result = _export(qtbot, dialog, dialog.export_finished)
    assert result.cancelled and result.written == []
    assert not out.exists() or list(out.iterdir()) == []
    assert dialog.problems_box.isVisible()
    assert dialog.problems.count() == len(dialog.warnings) > 0
    quote = next(i for i, f in enumerate(dialog.warnings) if f.code == "W-GATE-QUOTE")
    with qtbot.waitSignal(dialog.finding_activated) as clicked:
        dialog.problems.itemActivated.emit(dialog.problems.item(quote))
    assert clicked.args[0].place.ref == "quote" and clicked.args[0].place.field == "en"
    # the warnings, wrapped over two or three lines, stand apart: a gap between each two
    dialog.resize(560, dialog.height())
    rects = [dialog.problems.visualItemRect(dialog.problems.item(i)) for i in range(2)]
    assert rects[1].top() - rects[0].bottom() > 2


@pytest.mark.parametrize(
    ("lang", "heading", "where", "status"),
    [
        (
            "ko",
            "경고: 내보낼 수 있지만 먼저 확인하세요(누르면 해당 위치로 이동)",
            "보도자료(한국어) · 인용문 — 누르면 해당 위치로 이동",
            "내보내지 않았습니다. 경고를 확인하거나, 그대로 진행하려면 다시 내보내십시오.",
        ),
        (
            "en",
            "Warnings: the export can go ahead, but look first (click one to go there)",
            "Press release (English) · Quotation — click to go there",
            "Not exported: look at the warnings, or export again to go ahead.",
        ),
    ],
)
def test_warnings_alone_are_not_called_something_to_fix(
    qtbot, make_dialog, sample, prompts, lang, heading, where, status
):
    """Walked offscreen: the gate's warnings were headed 'Fix these before exporting', each
    tooltip read 'W-GATE-QUOTE press:quote.en — …', and declining them said 'Cancelled'."""
    set_lang(lang)
    prompts.answers["export_with_warnings"] = False
    dialog = make_dialog(sample)
    only(dialog, docs=("press",), langs=(lang,))
    _export(qtbot, dialog, dialog.export_finished)
    assert dialog.warnings and not dialog.errors
    assert dialog.problems_box.title() == heading
    quote = next(i for i, f in enumerate(dialog.warnings) if f.code == "W-GATE-QUOTE")
    assert dialog.problems.item(quote).toolTip() == where
    tips = [dialog.problems.item(i).toolTip() for i in range(dialog.problems.count())]
    assert not any("W-" in tip or "field:" in tip or "press:" in tip for tip in tips)
    assert dialog.status.text() == status
    assert not dialog.results_box.isVisible()
    screenshot(dialog, f"export-warnings-{lang}")


def test_errors_are_still_to_fix_before_exporting(make_dialog, sample):
    sample.changes.append(Rename("c-bad", unit_id="no-such-unit", name_ko="새국", name_en="X"))
    dialog = make_dialog(sample)
    assert dialog.problems_box.title() == "Fix these before exporting (click one to go there)"
    assert dialog.problems.item(0).toolTip() == f"Change {len(sample.changes)} — click to go there"


def test_a_gate_error_blocks_the_export(qtbot, make_dialog, sample, out, prompts):
    sample.meta.government_ko = ""
    dialog = make_dialog(sample)
    only(dialog, docs=("press",), langs=("ko",))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=EXPORT_TIMEOUT)
    assert [f.code for f in dialog.errors] == ["E-GATE-GOVERNMENT"]
    assert not dialog.export_button.isEnabled()
    assert "export_with_warnings" not in [name for name, _args in prompts.asked]
    assert not out.exists() or list(out.iterdir()) == []


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_a_slip_typed_in_the_documents_text_is_listed_and_the_export_goes_ahead(
    qtbot, make_dialog, sample, out, prompts, lang
):
    """Walked (the 경기도 sample, 울릉군): a unit's name typed with a wrong particle in the
    제안이유, a release paragraph or a provision (W-NAME-PARTICLE) was in the findings panel
    but not in the export dialog, which listed errors and the gate's warnings only: the bill
    left with '이민사회국를' and the dialog said nothing. Such a slip of the documents' own
    text is listed as a warning from the start, the export still goes ahead, and the warnings
    put to the official before it include it."""
    set_lang(lang)
    sample.meta.reasons_ko = sample.meta.reasons_ko.replace("이민사회국을", "이민사회국를")
    (slip,) = [f for f in validate(sample) if f.code == "W-NAME-PARTICLE"]
    message = slip.message(lang)
    assert "“이민사회국를”" in message
    dialog = make_dialog(sample)
    assert not dialog.errors
    assert dialog.problems_box.isVisibleTo(dialog)
    assert dialog.problems_box.title() == (
        "경고: 내보낼 수 있지만 먼저 확인하세요(누르면 해당 위치로 이동)"
        if lang == "ko"
        else "Warnings: the export can go ahead, but look first (click one to go there)"
    )
    assert [dialog.problems.item(i).text() for i in range(dialog.problems.count())] == [message]
    where = {"ko": "제안이유", "en": "Reasons (Korean)"}[lang]
    click = {"ko": "누르면 해당 위치로 이동", "en": "click to go there"}[lang]
    assert dialog.problems.item(0).toolTip() == f"{where} — {click}"
    screenshot(dialog, f"export-slip-{lang}")
    with qtbot.waitSignal(dialog.finding_activated) as clicked:
        dialog.problems.itemActivated.emit(dialog.problems.item(0))
    assert clicked.args[0].place.field == "reasons_ko"
    dialog.show()
    only(dialog, docs=("bill", "press"), langs=("ko",))
    result = run_export(qtbot, dialog)
    assert not result.cancelled and len(result.written) == 3  # two bills, the release
    (_name, (count, details)) = next(a for a in prompts.asked if a[0] == "export_with_warnings")
    assert count == len(dialog.warnings) and details.startswith(f"• {message}\n")
    assert dialog.warnings[0].code == "W-NAME-PARTICLE"
    assert dialog.problems.item(0).text() == message  # still listed after the export
