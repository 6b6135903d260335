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


def test_a_bill_whose_text_cannot_be_read_shows_why_it_waits(qtbot, doc):
    # 제5조(감사관), which the changes amend, pasted as a second 제4조: no bill is drafted from
    # it; the pane says that it waits, and why, until the text is corrected.
    from desktop.ui.tr import set_lang

    page = make_page(qtbot, doc)
    wait_for(qtbot, page, "일부개정조례안")
    text = doc.project.instrument("ordinance").text
    doc.push(
        commands.SetInstrumentText(doc, "ordinance", text.replace("제5조(감사관)", "제4조(감사관)"))
    )
    note = (
        "Drafting of the Gyeonggi-do Ordinance on Administrative Organization and Staffing waits "
        "until its text is corrected."
    )
    wait_for(qtbot, page, note)
    assert "Line 23: Article 4 appears twice (lines 18 and 23): correct the number." in shown(page)
    assert page.html == "" and "개정한다" not in shown(page)
    labels = [page.document_box.itemText(i) for i in range(page.document_box.count())]
    assert len(labels) == 7  # the waiting ordinance keeps its bill and table in the list
    screenshot(page, "preview-waiting")
    page.select("table", "ordinance")
    wait_for(qtbot, page, note)
    set_lang("ko")
    page.retranslate()
    wait_for(
        qtbot, page, "「경기도 행정기구 및 정원 조례」의 개정안은 본문을 고친 뒤에 작성됩니다."
    )
    assert "23행: 제4조가 두 번 나옵니다(18행과 23행). 번호를 고치십시오." in shown(page)
    page.select("bill", "ordinance")
    doc.push(commands.SetInstrumentText(doc, "ordinance", text))  # corrected: drafted again
    wait_for(qtbot, page, "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.")
    assert "본문을 고친 뒤에" not in shown(page)


def test_the_preview_does_not_draft_the_bill_of_a_text_that_waits(monkeypatch):
    from desktop.core.drafting import project as drafting
    from desktop.ui.previewjob import PreviewRequest

    project = projectfile.load(sample_path())
    source = project.instrument("ordinance")
    source.text = source.text.replace("제5조(감사관)", "제4조(감사관)")
    drafted = []
    amended = drafting.InstrumentDraft.amended

    def recorded(self):
        drafted.append(self.key)
        return amended.fget(self)

    monkeypatch.setattr(drafting.InstrumentDraft, "amended", property(recorded))
    result = render_preview(project, PreviewRequest("bill", "ko"))
    assert result.error is None and result.html == ""
    assert [k for k, _ko, _en in result.bills] == ["ordinance", "rule"]
    [waiting] = result.waiting
    assert waiting.note.text("ko").startswith("「경기도")
    assert [m.line for m in waiting.errors] == [23]
    assert drafted == ["rule"]  # the ordinance's text waits: nothing drafted from it


# An amendment sentence pasted into the ordinance's text before 제4조 (line 18): the text waits.
PASTED = '제3조 중 "규칙"을 "조례"로 한다.'
NOTE_KO = "「경기도 행정기구 및 정원 조례」의 개정안은 본문을 고친 뒤에 작성됩니다."
NOTE_EN = (
    "Drafting of the Gyeonggi-do Ordinance on Administrative Organization and Staffing waits until "
    "its text is corrected."
)
ERROR_KO = "18행: 이 줄은 본문이 아니라 개정문 문장이어서 위 조문에 넣지 않았습니다."
ERROR_EN = "Line 18: This line is an amendment sentence (개정문), not text of the instrument"
RETURNS_KO = "자치법규 조문에서 본문을 고치면 미리보기가 다시 나타납니다."
RETURNS_EN = "Correct the text in Statute texts and the preview returns."


def pasted(text: str) -> str:
    return text.replace("제4조(홍보기획관)", f"{PASTED}\n제4조(홍보기획관)", 1)


def paste_sentence(qtbot, page, doc) -> str:
    wait_for(qtbot, page, "일부개정조례안")
    text = doc.project.instrument("ordinance").text
    doc.push(commands.SetInstrumentText(doc, "ordinance", pasted(text)))
    wait_for(qtbot, page, NOTE_EN)  # the ordinance's bill, shown first, waits
    return text


def show(qtbot, page, document, key=None, language="ko") -> str:
    with qtbot.waitSignal(page.preview_updated, timeout=TIMEOUT):
        page.select(document, key, language)
    return shown(page)


def test_the_press_release_and_organization_tables_are_drafted_while_a_text_waits(qtbot, doc):
    # Both are drafted from the organization (the changes applied to it): the ordinance's
    # unreadable text is in neither, so they show as they are, without a note.
    from desktop.ui.tr import set_lang

    page = make_page(qtbot, doc)
    paste_sentence(qtbot, page, doc)
    for ui in ("ko", "en"):
        set_lang(ui)
        page.retranslate()
        press_ko = show(qtbot, page, "press", None, "ko")
        assert "보 도 자 료" in press_ko and "총 정원 16,244명 → 16,252명(증 8명)" in press_ko
        assert "「경기도 행정기구 및 정원 조례」 일부개정조례안이" in press_ko
        screenshot(page, f"preview-waiting-press-{ui}")
        press_en = show(qtbot, page, "press", None, "en")
        assert "PRESS RELEASE" in press_en and "Total staffing 16,244 → 16,252" in press_en
        org_ko = show(qtbot, page, "org", None, "ko")
        assert "경기도 기구표 및 정원표" in org_ko and "감사위원회" in org_ko
        screenshot(page, f"preview-waiting-org-{ui}")
        org_en = show(qtbot, page, "org", None, "en")
        assert "Gyeonggi Province: Organization and Staffing Tables" in org_en
        for text in (press_ko, press_en, org_ko, org_en):
            assert NOTE_KO not in text and NOTE_EN not in text
            assert "cannot be drafted" not in text and "문서를 만들 수 없습니다" not in text
        assert page.html and page.browser.document().toHtml().count("<img") == 2


def test_the_press_release_and_organization_tables_read_nothing_of_a_waiting_text(monkeypatch):
    from desktop.core.drafting import project as drafting
    from desktop.ui.previewjob import PreviewRequest

    project = projectfile.load(sample_path())
    today = __import__("datetime").date(2026, 1, 1)
    before = {
        (d, lang): render_preview(project, PreviewRequest(d, lang, today=today)).html
        for d in ("press", "org")
        for lang in ("ko", "en")
    }
    source = project.instrument("ordinance")
    source.text = pasted(source.text)
    drafted = []
    amended = drafting.InstrumentDraft.amended

    def recorded(self):
        drafted.append(self.key)
        return amended.fget(self)

    monkeypatch.setattr(drafting.InstrumentDraft, "amended", property(recorded))
    for (d, lang), html in before.items():
        result = render_preview(project, PreviewRequest(d, lang, today=today))
        assert result.error is None and not result.waiting and result.waits_too is None
        assert result.html == html, (d, lang)  # the same document as with the text corrected
    assert set(drafted) == {"rule"}  # listing the bills; the ordinance is not drafted


def test_the_review_sheet_waits_for_every_text_that_cannot_be_read(qtbot, doc):
    from desktop.ui.tr import set_lang

    page = make_page(qtbot, doc)
    text = paste_sentence(qtbot, page, doc)
    set_lang("ko")
    page.retranslate()
    review = show(qtbot, page, "review", None, "ko").split("\n")
    assert review == [
        NOTE_KO,
        ERROR_KO + " 본문은 현행 그대로 넣고, 바꿀 내용은 변경사항으로 입력하십시오.",
        "국영 대조 검토표는 각 개정안의 국문과 영문을 나란히 대조하므로 본문을 고친 뒤에 "
        "작성됩니다.",
        RETURNS_KO,
    ]
    assert page.html == ""
    screenshot(page, "preview-waiting-review-ko")
    set_lang("en")
    page.retranslate()
    wait_for(qtbot, page, NOTE_EN)
    review = shown(page).split("\n")
    assert review[0] == NOTE_EN and review[1].startswith(ERROR_EN)
    assert review[2:] == [
        "The bilingual review sheet sets the bills side by side, so it is drafted once the "
        "text is corrected.",
        RETURNS_EN,
    ]
    screenshot(page, "preview-waiting-review-en")
    # The rule waits too: a note for each, with its own line numbers.
    rule = doc.project.instrument("rule").text
    doc.push(
        commands.SetInstrumentText(
            doc, "rule", rule.replace("제2조(하부조직)", f"{PASTED}\n제2조(하부조직)", 1)
        )
    )
    rule_note = (
        "Drafting of the Enforcement Rule of the Gyeonggi-do Ordinance on Administrative "
        "Organization and Staffing waits until its text is corrected."
    )
    wait_for(qtbot, page, rule_note)
    review = shown(page).split("\n")
    assert review[0] == NOTE_EN and review[1].startswith(ERROR_EN)
    assert review[2] == rule_note and review[3].startswith("Line 6: This line is an amendment")
    screenshot(page, "preview-waiting-review-both-en")
    set_lang("ko")
    doc.push(commands.SetInstrumentText(doc, "rule", rule))
    doc.push(commands.SetInstrumentText(doc, "ordinance", text))  # corrected: drafted again
    page.retranslate()
    wait_for(qtbot, page, "국영 대조 검토표")
    assert "본문을 고친 뒤에" not in shown(page) and page.html


def test_another_bill_waits_for_the_text_it_reads(qtbot, doc):
    # The rule's own text reads, but its drafting reads every text (where a unit's duties
    # already stand): its bill and table wait too, and say why.
    from desktop.ui.tr import set_lang

    page = make_page(qtbot, doc)
    paste_sentence(qtbot, page, doc)
    set_lang("ko")
    page.retranslate()
    bill = show(qtbot, page, "bill", "rule", "ko").split("\n")
    assert bill[0] == NOTE_KO and bill[1].startswith(ERROR_KO)
    assert bill[2:] == [
        "「경기도 행정기구 및 정원 조례 시행규칙」의 개정안도 모든 자치법규의 본문을 함께 읽어 "
        "작성하므로 본문을 고친 뒤에 작성됩니다.",
        RETURNS_KO,
    ]
    screenshot(page, "preview-waiting-rule-bill-ko")
    table = show(qtbot, page, "table", "rule", "en").split("\n")
    assert table[0] == NOTE_KO and table[2].startswith("「경기도 행정기구 및 정원 조례 시행규칙」")
    set_lang("en")
    page.retranslate()
    wait_for(qtbot, page, NOTE_EN)
    table = shown(page).split("\n")
    assert table[0] == NOTE_EN and table[1].startswith(ERROR_EN)
    assert table[2:] == [
        "Drafting of the Enforcement Rule of the Gyeonggi-do Ordinance on Administrative "
        "Organization and Staffing reads every instrument's text, so it waits too.",
        RETURNS_EN,
    ]
    screenshot(page, "preview-waiting-rule-table-en")


def test_the_export_still_refuses_a_text_that_waits(tmp_path):
    # The export writes the documents together and refuses them all, with the located error
    # and the note, whichever are chosen: nothing is written.
    from desktop.documents.generate import ValidationFailed, generate

    project = projectfile.load(sample_path())
    source = project.instrument("ordinance")
    source.text = pasted(source.text)
    for docs in (("press", "org"), ("review",), ("bill",)):
        with pytest.raises(ValidationFailed) as refused:
            generate(project, tmp_path, langs=("ko",), docs=docs, confirm=lambda w: True)
        [finding] = [f for f in refused.value.findings if f.is_error]
        assert finding.place.describe() == "statute_line:ordinance:18"
        assert finding.message("ko").startswith("「경기도 행정기구 및 정원 조례」 18행: 이 줄은")
        assert finding.message("ko").endswith(NOTE_KO)
        assert not any(tmp_path.iterdir())
