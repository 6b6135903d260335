"""Switching the interface language retranslates the open window without losing work."""

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.ui import commands as cmd
from desktop.ui.findingspanel import MESSAGE
from desktop.ui.tr import _, lang
from tests.ui.conftest import open_project, screenshot


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_switching_language_retranslates_the_menus_and_keeps_the_work(qtbot, window):
    open_project(qtbot, window)
    doc = window.doc
    proposer = doc.project.meta.proposer_en
    doc.push(cmd.SetMetaField(doc, "government_en", "Gyeonggi"))
    doc.push(cmd.SetMetaField(doc, "proposer_en", "Governor"))
    doc.undo_stack.undo()
    index, count = doc.undo_stack.index(), doc.undo_stack.count()
    window.show_section("changes")
    assert menu_titles(window)[:2] == ["&File", "&Edit"]

    window.set_interface_language("ko")
    assert lang() == "ko"
    assert menu_titles(window)[:4] == ["파일(&F)", "편집(&E)", "도구(&T)", "도움말(&H)"]
    assert window.actions_["save_as"].text() == "다른 이름으로 저장(&A)…"
    assert window.actions_["validate"].text() == "검사(&V)"
    assert window.undo_action.text().startswith("실행 취소(&U)")
    assert window.nav.button(0).text() == "개요"
    assert window.findings.headerItem().text(0) == "구분"
    assert window.counts.text() == "오류 0건 · 경고 5건"  # the export gate's, in the panel too
    assert window.nav.current_row() == 2  # still the changes section
    assert window.doc is doc and doc.is_modified()
    assert (doc.undo_stack.index(), doc.undo_stack.count()) == (index, count)
    assert QLocale().language() == QLocale.Language.Korean
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"  # Qt's own
    screenshot(window, "window-ko")

    window.redo_action.trigger()  # the new undo actions drive the same stack
    assert doc.project.meta.proposer_en == "Governor"
    window.set_interface_language("en")
    assert menu_titles(window)[:2] == ["&File", "&Edit"]
    assert window.actions_["save_as"].text() == "Save &as…"
    assert window.nav.button(0).text() == "Overview"
    assert window.undo_action.text().startswith("&Undo")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    window.undo_action.trigger()
    assert doc.project.meta.proposer_en == proposer and doc.undo_stack.index() == index


def test_findings_are_shown_again_in_the_new_language(qtbot, window):
    open_project(qtbot, window)
    doc = window.doc
    unit = next(u for u in doc.project.org if u.parent_id)
    doc.push(cmd.EditUnit(doc.org_model, unit.id, "name_en", ""))
    window.refresh()
    assert any("has no English name" in f.message("en") for f in window.findings.findings)
    window.set_interface_language("ko")
    panel = window.findings
    texts = [panel.topLevelItem(i).text(MESSAGE) for i in range(panel.topLevelItemCount())]
    assert any("영문 명칭이 없습니다" in text for text in texts)
    assert window.findings.topLevelItem(0).text(0) in ("오류", "경고")


def test_texts_built_in_korean_switch_to_english(qtbot, make_window):
    from desktop.ui.tr import set_lang

    set_lang("ko")
    window = make_window()
    assert menu_titles(window)[0] == "파일(&F)"
    assert _("&File") == "파일(&F)"
    window.set_interface_language("en")
    assert menu_titles(window)[0] == "&File"
    assert window.overview.findChildren(type(window.counts))  # labels still there


def test_the_population_field_says_not_given_in_the_new_language(qtbot, window):
    """Walked: after English → Korean the empty population still read 'not given'; a spin
    box's text at its minimum is re-set as a placeholder is (the new-project dialog's too)."""
    open_project(qtbot, window)
    doc = window.doc
    doc.push(cmd.SetMetaField(doc, "government.population", None))
    spin = window.overview.editors["government.population"]
    window.show_section("overview")
    assert spin.specialValueText() == "not given" and spin.lineEdit().text() == "not given"
    window.set_interface_language("ko")
    assert spin.specialValueText() == "입력 안 함" and spin.lineEdit().text() == "입력 안 함"
    screenshot(spin.parentWidget(), "overview-population-ko")
    window.set_interface_language("en")
    assert spin.lineEdit().text() == "not given"
    doc.push(cmd.SetMetaField(doc, "government.population", 123_456))
    window.set_interface_language("ko")
    assert spin.value() == 123_456 and spin.lineEdit().text() == "123,456"
