"""The Documents section: the live preview follows the edits, drops outdated drafts, switches
documents and languages, and shows problems as a message instead of a traceback."""

from __future__ import annotations

import copy
import threading

import pytest

from desktop.core import projectfile
from desktop.paths import sample_path
from desktop.ui import commands
from desktop.ui.document import ProjectDocument
from desktop.ui.preview import COALESCE_MS, DEBOUNCE_MS, IDLE_MS, DocumentsPage
from desktop.ui.previewjob import render_preview
from tests.ui.conftest import open_project, screenshot

TIMEOUT = 15000


@pytest.fixture
def doc():
    return ProjectDocument(projectfile.load(sample_path()))


def make_page(qtbot, doc, **kw) -> DocumentsPage:
    page = DocumentsPage(**kw)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.set_document(doc)
    return page


def shown(page) -> str:
    return page.browser.toPlainText()


def wait_for(qtbot, page, text: str) -> None:
    qtbot.waitUntil(lambda: text in shown(page), timeout=TIMEOUT)


def test_the_bill_shows_first_and_follows_an_edit(qtbot, doc):
    page = make_page(qtbot, doc)
    wait_for(qtbot, page, "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.")
    assert page.selection() == ("bill", "ordinance", "ko")
    doc.push(commands.SetMetaField(doc, "proposer_ko", "경기도지사 김동연"))
    wait_for(qtbot, page, "제  출  자 : 경기도지사 김동연")  # spaces kept, as in the template
    assert not page.status.text()


def test_every_document_in_both_languages_can_be_selected(qtbot, doc):
    page = make_page(qtbot, doc)
    wait_for(qtbot, page, "일부개정조례안")
    labels = [page.document_box.itemText(i) for i in range(page.document_box.count())]
    assert len(labels) == 7  # a bill and a comparison table per amended instrument, and three
    for (document, key, language), expected in [
        (("bill", "rule", "ko"), "시행규칙 일부개정규칙안"),
        (("table", "ordinance", "ko"), "신구조문대비표"),
        (("press", None, "ko"), "보 도 자 료"),
        (("press", None, "en"), "PRESS RELEASE"),
        (("org", None, "en"), "Organization and Staffing Tables"),
        (("review", None, "ko"), "국영 대조 검토표"),
    ]:
        with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
            page.select(document, key, language)
        assert page.selection() == (document, key or page.selection()[1], language)
        assert expected in shown(page), (document, language)


def test_the_organization_tables_embed_the_charts(qtbot, doc):
    page = make_page(qtbot, doc)
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        page.select("org")
    html = page.browser.document().toHtml()
    assert html.count("<img") == 2
    assert "조직도 그림 없음" not in shown(page)


def test_an_outdated_result_is_dropped(qtbot, doc):
    release = threading.Event()
    calls = []

    def slow_first(project, request):
        calls.append(project.meta.proposer_ko)
        if len(calls) == 1:
            release.wait(10)
        return render_preview(project, request)

    page = make_page(qtbot, doc, render=slow_first)
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=TIMEOUT)
    seen = []
    page.preview_updated.connect(lambda: seen.append(shown(page)))
    doc.push(commands.SetMetaField(doc, "proposer_ko", "새 제출자"))
    page.update_preview()  # what the timer does, without waiting for it
    release.set()
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    assert page.dropped == 1
    assert calls == ["경기도지사", "새 제출자"]
    assert all("새 제출자" in text for text in seen)


def test_edits_while_typing_are_drafted_once_after_a_pause(qtbot, doc):
    calls = []

    def counting(project, request):
        calls.append(project.meta.reasons_ko)
        return render_preview(project, request)

    page = make_page(qtbot, doc, render=counting)
    wait_for(qtbot, page, "일부개정조례안")
    calls.clear()
    for text in ("가", "가나", "가나다"):
        doc.push(commands.SetMetaField(doc, "reasons_ko", text, merge_key=1))
    wait_for(qtbot, page, "가나다")
    assert calls == ["가나다"]


def test_validation_errors_show_as_a_message(qtbot, doc):
    page = make_page(qtbot, doc)
    wait_for(qtbot, page, "일부개정조례안")
    duplicate = copy.deepcopy(doc.project.org.find("welfare-pol"))
    duplicate.id = "welfare-pol-2"
    doc.push(commands.AddUnit(doc.org_model, duplicate))
    wait_for(qtbot, page, "cannot be drafted while the project has errors")
    assert "E-DUP-NAME" in shown(page)
    assert "Traceback" not in shown(page)
    doc.undo_stack.undo()
    wait_for(qtbot, page, "일부개정조례안")


def test_a_drafting_failure_shows_as_a_message(qtbot, doc):
    def broken(project, request):
        raise RuntimeError("boom")

    page = make_page(qtbot, doc, render=broken)
    wait_for(qtbot, page, "The preview could not be drafted.")
    assert "RuntimeError: boom" in shown(page)
    assert "Traceback" not in shown(page)


def test_nothing_is_drafted_while_the_page_is_hidden(qtbot, doc):
    calls = []

    def counting(project, request):
        calls.append(request.doc)
        return render_preview(project, request)

    page = make_page(qtbot, doc, render=counting)
    wait_for(qtbot, page, "일부개정조례안")
    page.hide()
    doc.push(commands.SetMetaField(doc, "proposer_ko", "숨긴 동안"))
    qtbot.wait(DEBOUNCE_MS * 2)
    assert calls == ["bill"]
    page.show()
    wait_for(qtbot, page, "숨긴 동안")


def test_export_button_asks_for_the_export(qtbot, doc):
    page = make_page(qtbot, doc)
    with qtbot.waitSignal(page.export_requested, timeout=1000):
        page.export_button.click()


def test_the_window_shows_the_preview_in_the_documents_section(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window)
    page = window.pages["documents"]
    assert isinstance(page, DocumentsPage) and page.doc is window.doc
    window.show_section("documents")
    wait_for(qtbot, page, "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.")
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        page.select("table")
    screenshot(window, "documents-preview")


def test_the_preview_follows_the_settings_as_the_export_does(qtbot, doc, settings):
    settings.set("press/officer_ko", "홍길동")
    settings.set("press/phone", "031-8008-1234")
    settings.set("drafting/hyphens", False)
    page = make_page(qtbot, doc, settings=settings)
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        page.select("press")
    assert "홍길동(031-8008-1234)" in shown(page)
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        page.select("table", "ordinance")
    assert "----" not in shown(page)  # unchanged text written out, not abbreviated


def test_an_edit_after_a_quiet_moment_is_drafted_at_once(qtbot, doc):
    page = make_page(qtbot, doc)
    wait_for(qtbot, page, "일부개정조례안")
    qtbot.wait(IDLE_MS + 50)
    doc.push(commands.SetMetaField(doc, "proposer_ko", "조용한 뒤"))
    assert page.timer.isActive() and page.timer.interval() == 0
    wait_for(qtbot, page, "조용한 뒤")


def test_a_burst_of_edits_is_drafted_once_at_its_end(qtbot, doc):
    """Keystrokes that come faster than the coalescing time restart the timer: one draft, of
    the last text. (No event is processed between the edits, so wall-clock load cannot matter.)"""
    calls = []

    def counting(project, request):
        calls.append(project.meta.proposer_ko)
        return render_preview(project, request)

    page = make_page(qtbot, doc, render=counting)
    wait_for(qtbot, page, "일부개정조례안")
    qtbot.waitUntil(lambda: not page._busy, timeout=TIMEOUT)
    calls.clear()
    page._last_edit = float("-inf")  # a quiet moment before the burst
    for n in range(1, 6):
        doc.push(commands.SetMetaField(doc, "proposer_ko", f"입력{n}"))
        if n == 1:
            assert page.timer.isActive() and page.timer.interval() == 0  # after quiet: at once
        else:
            assert page.timer.isActive() and page.timer.interval() == COALESCE_MS
    wait_for(qtbot, page, "입력5")
    qtbot.waitUntil(lambda: not page._busy, timeout=TIMEOUT)
    assert calls == ["입력5"]


def test_edits_while_a_draft_runs_are_drafted_once_when_it_returns(qtbot, doc):
    """The running draft is not interrupted; the edits made meanwhile are drafted once, the
    latest, when it returns (the intermediate texts are never drafted)."""
    calls = []
    release = threading.Event()

    def held(project, request):
        calls.append(project.meta.proposer_ko)
        release.wait(TIMEOUT / 1000)
        return render_preview(project, request)

    page = make_page(qtbot, doc, render=held)
    release.set()
    wait_for(qtbot, page, "일부개정조례안")
    qtbot.waitUntil(lambda: not page._busy, timeout=TIMEOUT)
    calls.clear()
    release.clear()
    page._last_edit = float("-inf")
    doc.push(commands.SetMetaField(doc, "proposer_ko", "입력1"))
    qtbot.waitUntil(lambda: calls == ["입력1"], timeout=TIMEOUT)  # running, held
    for n in range(2, 6):
        doc.push(commands.SetMetaField(doc, "proposer_ko", f"입력{n}"))
    assert calls == ["입력1"]
    release.set()
    wait_for(qtbot, page, "입력5")
    qtbot.waitUntil(lambda: not page._busy, timeout=TIMEOUT)
    assert calls == ["입력1", "입력5"]
    assert page.dropped >= 1


def test_an_edit_that_leaves_the_shown_document_alone_does_not_set_it_again(qtbot, doc):
    """Editing the release's contact while the bill shows: the bill's HTML is the same, so
    the pane keeps what it shows (no layout on the GUI thread, the place kept)."""
    from desktop.ui.presscommands import SetPressField

    page = make_page(qtbot, doc)
    wait_for(qtbot, page, "일부개정조례안")
    qtbot.waitUntil(lambda: not page._busy and not page.timer.isActive(), timeout=TIMEOUT)
    calls = []
    original = page.browser.setHtml
    page.browser.setHtml = lambda html: (calls.append(html), original(html))
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        doc.push(SetPressField(doc, "officer_phone", "031-8008-1234"))
    assert calls == []
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        doc.push(commands.SetMetaField(doc, "reasons_ko", "조직을 새로 짜려는 것임."))
    assert len(calls) == 1 and "조직을 새로 짜려는 것임." in calls[0]
