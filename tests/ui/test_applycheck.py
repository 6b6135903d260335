"""Tools › Check an amendment text: a 개정문 someone else wrote, applied in the window to the
current text it amends (``orgdraft apply`` for officials who work in the window)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextTable
from PySide6.QtWidgets import QMenu

from desktop.core.drafting.applier.verify import same_text
from desktop.core.statute_text import parse_instrument
from desktop.ui import applycheck
from desktop.ui.applycheck import TABLE, ApplyCheckDialog
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project, screenshot

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "cases.jsonl"
CASES = {case["id"]: case for case in map(json.loads, CORPUS.read_text("utf-8").splitlines())}
PLEDGE = "가등기담보등에관한법률-10366-1"  # 제18조에 단서를 다음과 같이 신설한다. + the 단서
# 제18조 is the only article of the text: the third sentence, on line 7, amends one it lacks
BROKEN = (
    "가등기담보 등에 관한 법률 일부를 다음과 같이 개정한다.\n"
    "\n"
    '제18조 중 "담보계약"을 "담보약정"으로 한다.\n'
    "\n"
    "제18조에 단서를 다음과 같이 신설한다.\n"
    "다만, 그러하지 아니하다.\n"
    '제19조 중 "담보"를 "보증"으로 한다.\n'
)


@pytest.fixture
def dialog(qtbot, prompts):
    dialog = ApplyCheckDialog((), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _parse(text: str):
    inst, messages = parse_instrument(text)
    assert not [m for m in messages if m.severity == "error"], messages
    return inst


def _fill(dialog: ApplyCheckDialog, current: str, amendment: str) -> None:
    dialog.current.setPlainText(current)
    dialog.amendment.setPlainText(amendment)


def _marks(box, *, whole_lines: bool) -> list:
    """The marks of ``box``: of whole lines, or of the words a note is about."""
    full = QTextCharFormat.Property.FullWidthSelection
    return [s for s in box.extraSelections() if bool(s.format.property(full)) == whole_lines]


def _tables(document) -> list[QTextTable]:
    """The tables of a rich-text document, outermost first."""
    found, frames = [], [document.rootFrame()]
    while frames:
        frame = frames.pop(0)
        if isinstance(frame, QTextTable):
            found.append(frame)
        frames += frame.childFrames()
    return found


@pytest.mark.parametrize(
    "case_id",
    [
        PLEDGE,
        "1인창조기업육성에관한법률시행령-31472-1",  # a title and a chain of replacements
        "규제자유특구및지역특화발전특구에관한규제특례법-19251-1",  # a new article after it
        "건축법-11182-3",  # 제66조의2를 삭제한다.
    ],
)
def test_a_real_amendment_gives_its_new_text(qtbot, dialog, case_id):
    case = CASES[case_id]
    assert dialog.instrument.currentData() is None  # no project: a pasted text
    _fill(dialog, case["old"], "\n".join(filter(None, [case["sentence"], case["body"]])))
    dialog.apply_button.click()
    shown = dialog.new_text.toPlainText()
    assert same_text(_parse(shown), _parse(case["new"])), shown
    assert dialog.status.text() == (
        "The amendment text applies: see the new text and the comparison table."
    )
    assert dialog.status.styleSheet() == ""  # not in the error colour
    assert not dialog.status_icon.isVisibleTo(dialog)


def test_what_the_amendment_adds_is_marked_in_the_new_text(qtbot, dialog):
    case = CASES[PLEDGE]
    _fill(dialog, case["old"], f"{case['sentence']}\n{case['body']}")
    dialog.apply_button.click()
    marked = [s.cursor.selectedText() for s in dialog.new_text.extraSelections()]
    assert "".join(marked).startswith("다만, 「동산ㆍ채권 등의 담보에 관한 법률」에 따라")
    assert dialog.marks_legend.isVisibleTo(dialog)


@pytest.mark.parametrize(
    ("language", "amendment", "line", "expected"),
    [
        (
            "ko",
            BROKEN,
            7,
            ["개정문을 현행 조문에 적용할 수 없습니다:", "7행: 문장 3: 제19조가 없습니다."],
        ),
        (
            "en",
            BROKEN,
            7,
            [
                "The amendment text does not apply to the current text:",
                "Line 7: Sentence 3: Article 19 does not exist.",
            ],
        ),
        (  # a message that names its line is not given the line again
            "ko",
            BROKEN.replace("제19조 중", "재19조 중"),
            7,
            [
                "개정문을 현행 조문에 적용할 수 없습니다:",
                "7행은 개정문도 아니고 신설·개정되는 조문의 일부도 아닙니다: "
                '“재19조 중 "담보"를 "보증"으로 한다.”',
            ],
        ),
        (
            "en",
            BROKEN.replace("제19조 중", "재19조 중"),
            7,
            [
                "The amendment text does not apply to the current text:",
                "Line 7 is neither an amendment sentence nor part of a new text: "
                '“재19조 중 "담보"를 "보증"으로 한다.”',
            ],
        ),
    ],
)
def test_a_broken_sentence_is_located_and_its_line_selected(
    qtbot, prompts, language, amendment, line, expected
):
    set_lang(language)
    dialog = ApplyCheckDialog((), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(dialog, CASES[PLEDGE]["old"], amendment)
    dialog.apply_button.click()
    assert dialog.status.text() == "\n".join(expected)
    assert dialog.severity == "error" and dialog.status_icon.isVisibleTo(dialog)
    assert dialog.status.styleSheet() == f"color: {applycheck.ERROR_COLOUR}"
    cursor = dialog.amendment.textCursor()
    text = amendment.split("\n")[line - 1]
    if amendment == BROKEN:  # the missing article as the sentence cites it, its line marked
        assert cursor.selectedText() == "제19조"
    else:  # a line that reads as no sentence: the whole line
        assert cursor.selectedText() == text
    assert cursor.blockNumber() == line - 1
    marks = dialog.amendment.extraSelections()
    assert {m.cursor.blockNumber() for m in marks} == {line - 1}
    assert dialog.focusWidget() is dialog.amendment
    assert dialog.new_text.toPlainText() == "" and dialog.table_view.toPlainText() == ""
    kind = "error" if amendment == BROKEN else "unreadable"
    screenshot(dialog, f"applycheck-{kind}-{language}")
    dialog.amendment.appendPlainText('제18조 중 "담보"를 "보증"으로 한다.')
    assert dialog.amendment.extraSelections() == []  # the text changed: the mark goes


@pytest.mark.parametrize(
    ("language", "tab"), [("ko", "신구조문대비표"), ("en", "Comparison table")]
)
def test_the_table_toggle_shows_the_comparison_table(qtbot, prompts, language, tab):
    set_lang(language)
    dialog = ApplyCheckDialog((), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    case = CASES["1인창조기업육성에관한법률시행령-31472-1"]
    _fill(dialog, case["old"], case["sentence"])
    dialog.apply_button.click()
    assert dialog.results.currentIndex() == 0  # the new text first
    screenshot(dialog, f"applycheck-new-{language}")
    assert dialog.results.tabText(TABLE) == tab
    dialog.results.setCurrentIndex(TABLE)
    assert dialog.table_view.isVisibleTo(dialog)
    document = dialog.table_view.document()
    table = _tables(document)[0]
    assert (table.rows(), table.columns()) == (2, 2)  # the headings and the one article

    def cell(row: int, column: int) -> str:
        start = table.cellAt(row, column).firstCursorPosition().position()
        end = table.cellAt(row, column).lastCursorPosition().position()
        return document.toPlainText()[start:end]

    assert (cell(0, 0), cell(0, 1)) == ("현 행", "개 정 안")
    assert cell(1, 0).startswith("제10조(「식품산업진흥법」에 관한 특례)")
    assert cell(1, 1).startswith("제10조(「식품산업진흥법」 및 「수산식품산업의")
    underlined = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().fontUnderline():
                underlined.append(fragment.text())
            it += 1
        block = block.next()
    assert "수산전통식품" in "".join(underlined)
    assert "신구조문대비표" in document.toPlainText()
    screenshot(dialog, f"applycheck-table-{language}")


def test_the_current_texts_errors_are_located_in_its_box(qtbot, dialog):
    current = "가온시 조례\n\n제1조(목적) 이 조례는 목적을 정한다.\n제1조(목적) 중복.\n"
    _fill(dialog, current, '제1조 중 "목적"을 "취지"로 한다.')
    dialog.apply_button.click()
    assert dialog.status.text() == (
        "The current text cannot be read:\n"
        "Line 4: Article 1 appears twice (lines 3 and 4): correct the number."
    )
    assert dialog.current.textCursor().selectedText() == "제1조(목적) 중복."


def test_an_amendment_error_selects_the_words_it_is_about(qtbot, dialog):
    """The quote that does not occur is selected, its line marked; the next Apply after a
    correction clears the marks."""
    current = "가온시 조례\n\n제1조(목적) ① 시장 밑에 복지국을 둔다.\n"
    amendment = (
        "가온시 조례 일부를 다음과 같이 개정한다.\n\n"
        '제1조 중 "복지국"을 "복지실"로, "경제국"을 "경제실"로 한다.\n'
    )
    _fill(dialog, current, amendment)
    assert not dialog.apply()
    assert dialog.status.text() == (
        "The amendment text does not apply to the current text:\n"
        'Line 3: Sentence 1: "경제국" does not occur in Article 1.'
    )
    assert dialog.amendment.textCursor().selectedText() == '"경제국"'
    marks = dialog.amendment.extraSelections()
    assert {m.cursor.selectedText() for m in marks} >= {'"경제국"'}
    _fill(dialog, current, amendment.replace(', "경제국"을 "경제실"로', ""))
    assert dialog.apply()
    assert dialog.amendment.extraSelections() == []


def test_what_the_reader_noticed_in_the_current_text_is_shown_with_the_result(qtbot, dialog):
    current = "가온시 조례\n\n제1조(목적) ① 이 조례는 목적을 정한다.\n③ 시장은 노력한다.\n"
    _fill(dialog, current, '제1조제3항 중 "시장"을 "구청장"으로 한다.')
    assert dialog.apply()
    assert dialog.status.text() == (
        "The amendment text applies: see the new text and the comparison table.\n"
        "What the parser noticed in the current text:\n"
        "Line 4: Paragraph (3) of Article 1 is out of sequence (expected (2))."
    )
    assert dialog.severity == "warning" and dialog.status_icon.isVisibleTo(dialog)
    assert "③ 구청장은 노력한다." in dialog.new_text.toPlainText()


def test_a_particle_the_amendment_should_correct_is_shown_and_its_words_selected(qtbot, dialog):
    current = "가온시 조례\n\n제1조(목적) ① 시장 밑에 복지국을 둔다.\n"
    _fill(
        dialog,
        current,
        '가온시 조례 일부를 다음과 같이 개정한다.\n\n제1조 중 "복지국"를 "복지과"로 한다.',
    )
    assert dialog.apply()
    assert dialog.status.text() == (
        "The amendment text applies: see the new text and the comparison table.\n"
        "What the amendment text should still correct (2 places; F8 selects each in turn):\n"
        'Line 3: Sentence 1: the particle does not suit the word before it: "복지국"를 should '
        'read "복지국"을.\n'
        "Line 3: Sentence 1: after the replacement Article 1 reads “복지과을”, the particle not "
        "suiting the new words; a particle that changes goes inside the quotes, as the new words "
        'take it: "복지국을"을 "복지과를"로.'
    )
    assert dialog.severity == "warning" and dialog.status_icon.isVisibleTo(dialog)
    assert dialog.amendment.textCursor().selectedText() == '"복지국"를'  # its first slip
    assert "① 시장 밑에 복지과을 둔다." in dialog.new_text.toPlainText()
    set_lang("ko")
    dialog.retranslate()
    assert dialog.status.text().split("\n")[1] == (
        "개정문에서 고칠 것(2곳, F8을 누르면 차례로 선택합니다):"
    )


def test_a_single_note_is_told_without_a_count(qtbot, dialog):
    current = "가온시 조례\n\n제1조(목적) ① 시장 밑에 복지국을 둔다.\n"
    _fill(dialog, current, '제1조 중 "복지국"를 "복지실"로 한다.')
    assert dialog.apply()
    assert dialog.status.text().split("\n")[1] == "What the amendment text should still correct:"


@pytest.mark.parametrize(
    ("current", "amendment", "expected"),
    [
        ("", "제1조를 삭제한다.", "Paste the current text first (or choose an instrument)."),
        ("가온시 조례\n\n제1조(목적) 목적.\n", "  \n", "Paste the amendment text first."),
    ],
)
def test_an_empty_box_is_asked_for(qtbot, dialog, current, amendment, expected):
    _fill(dialog, current, amendment)
    dialog.apply_button.click()
    assert dialog.status.text() == expected


def test_an_unexpected_failure_is_a_message_not_a_traceback(qtbot, dialog, monkeypatch, caplog):
    def broken(old, text, **_kwargs):
        raise KeyError("paragraph")

    monkeypatch.setattr(applycheck, "apply_amendment", broken)
    case = CASES[PLEDGE]
    _fill(dialog, case["old"], case["sentence"])
    dialog.apply_button.click()  # a slot that raised would fail the test (pytest-qt)
    assert dialog.status.text() == (
        "The amendment text could not be checked because of an unexpected error.\n"
        "Unexpected error: KeyError: 'paragraph'"
    )
    assert "the amendment check failed" in caplog.text


def test_a_whole_revision_that_changes_nothing_is_told(qtbot, dialog):
    current = "가온시 조례\n\n제1조(목적) 이 조례는 목적을 정한다.\n"
    _fill(
        dialog, current, "가온시 조례 전부를 다음과 같이 개정한다.\n\n" + current.split("\n\n")[1]
    )
    dialog.apply_button.click()
    assert dialog.status.text() == (
        "The amendment text applies, but the text it makes is the current one."
    )


def test_files_open_into_either_box(qtbot, dialog, prompts, tmp_path):
    import docx

    case = CASES[PLEDGE]
    current = tmp_path / "current.txt"
    current.write_bytes(case["old"].encode("cp949"))  # as ELIS saves it
    amendment = tmp_path / "개정문.docx"
    document = docx.Document()
    for line in (case["sentence"], case["body"]):
        document.add_paragraph(line)
    document.save(str(amendment))
    prompts.answers["open_file"] = str(current)
    dialog.open_current.click()
    prompts.answers["open_file"] = str(amendment)
    dialog.open_amendment.click()
    assert dialog.current.toPlainText() == case["old"]
    assert dialog.amendment.toPlainText() == f"{case['sentence']}\n{case['body']}"
    assert dialog.apply()
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(b"PK\x03\x04 not a document")
    prompts.answers["open_file"] = str(damaged)
    dialog.open_amendment.click()
    assert dialog.status.text() == (
        "The file could not be read: it is not a Word document that can be read (.docx), "
        "or it is damaged"
    )
    assert dialog.amendment.toPlainText() == f"{case['sentence']}\n{case['body']}"  # kept
    prompts.answers["open_file"] = str(tmp_path / "missing.txt")
    dialog.open_current.click()
    assert dialog.status.text().startswith("The file could not be read: ")
    assert dialog.current.toPlainText() == case["old"]  # kept


def _tools_action(window):
    tools = next(
        m for m in window.menuBar().findChildren(QMenu) if m.title() in ("&Tools", "도구(&T)")
    )
    return next(a for a in tools.actions() if "amendment" in a.text() or "개정문" in a.text())


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform
def test_the_tools_menu_checks_the_projects_own_bill(qtbot, window):
    open_project(qtbot, window)
    action = _tools_action(window)
    assert action.text() == "Check an &amendment text…"
    action.trigger()
    dialog = window.apply_check_dialog
    assert dialog.isVisible()
    project = window.doc.project
    keys = [dialog.instrument.itemData(i) for i in range(dialog.instrument.count())]
    assert keys == [*(s.key for s in project.instruments), None]
    assert dialog.current.toPlainText() == project.instruments[0].text
    dialog.instrument.setCurrentIndex(keys.index("rule"))
    assert dialog.current.toPlainText() == project.instrument("rule").text
    inputs = project.draft_inputs()
    dialog.amendment.setPlainText(str(inputs.draft["rule"].amendment("ko")))
    assert dialog.apply()
    screenshot(dialog, "applycheck-project-en")
    assert same_text(_parse(dialog.new_text.toPlainText()), inputs.new_instruments["rule"])
    dialog.current.appendPlainText("")  # edited: no longer the project's text
    assert dialog.instrument.currentData() is None
    assert dialog.status.text() == "The texts have changed since Apply: apply again to check them."
    action.trigger()  # the open dialog comes forward, as it is
    assert window.apply_check_dialog is dialog
    dialog.close()
    action.trigger()  # a closed one gives way to a new one, with the project's text
    assert window.apply_check_dialog is not dialog
    assert window.apply_check_dialog.current.toPlainText() == project.instruments[0].text


def test_the_dialog_follows_a_language_switch(qtbot, window):
    open_project(qtbot, window)
    _tools_action(window).trigger()
    dialog = window.apply_check_dialog
    dialog.amendment.setPlainText('제99조 중 "가"를 "나"로 한다.')
    assert not dialog.apply()
    window.set_interface_language("ko")
    assert dialog.windowTitle() == "개정문 확인"
    assert dialog.apply_button.text() == "적용(&A)"
    assert dialog.results.tabText(TABLE) == "신구조문대비표"
    assert (
        dialog.status.text()
        == "개정문을 현행 조문에 적용할 수 없습니다:\n1행: 문장 1: 제99조가 없습니다."
    )
    assert dialog.instrument.itemText(0).startswith("조례 · ")
    assert _tools_action(window).text() == "개정문 확인(&A)…"


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("ko", ["도구 › 개정문 확인", "7행: 문장 3: 제19조가 없습니다.", "orgdraft apply"]),
        ("en", ["Tools › Check an amendment text", "Line 7: Sentence 3: Article 19", "--table"]),
    ],
)
def test_the_user_guide_explains_the_check_and_its_command(qtbot, make_window, language, words):
    from desktop.ui.guide import GuideDialog

    set_lang(language)
    window = make_window()
    menu = _tools_action(window).text().replace("(&A)", "").replace("&", "").rstrip("…")
    assert menu in words[0]  # the guide names the menu entry as the menu shows it
    guide = GuideDialog(window)
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert all(word in text for word in words), text


def test_ctrl_enter_applies(qtbot, dialog):
    from PySide6.QtCore import Qt

    case = CASES[PLEDGE]
    _fill(dialog, case["old"], f"{case['sentence']}\n{case['body']}")
    dialog.activateWindow()
    dialog.amendment.setFocus()
    qtbot.waitUntil(dialog.amendment.hasFocus)
    qtbot.keyClick(dialog.amendment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.applied is not None
    assert "다만, 「동산ㆍ채권 등의 담보에 관한 법률」" in dialog.new_text.toPlainText()
    assert dialog.amendment.toPlainText() == f"{case['sentence']}\n{case['body']}"  # no newline


@pytest.mark.parametrize("language", ["ko", "en"])
def test_many_notes_scroll_in_the_status_and_the_dialog_keeps_its_size(qtbot, prompts, language):
    """Walked at 1366×768: twelve sentences each quoting '"복지국"를' and spacing '제1항중'
    gave 36 notes, and the status line grew with them: the dialog became 891 px tall, its
    Close button below the screen's edge, the last notes cut off and the two boxes 72 px
    high. The notes now scroll in a status area of a few lines; the boxes keep their room."""
    set_lang(language)
    dialog = ApplyCheckDialog((), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    count = 12
    current = "가온시 조례\n\n" + "".join(
        f"제{n}조(목적) ① 시장 밑에 복지국을 둔다.\n② 국장은 복지국장으로 한다.\n"
        for n in range(1, count + 1)
    )
    amendment = "가온시 조례 일부를 다음과 같이 개정한다.\n\n" + "\n\n".join(
        f'제{n}조제1항중 "복지국"를 "복지과"로 한다.' for n in range(1, count + 1)
    )
    size = dialog.size()
    _fill(dialog, current, amendment)
    assert dialog.apply()
    qtbot.waitUntil(lambda: dialog.status.isVisible())
    screenshot(dialog, f"applycheck-many-notes-{language}")
    assert len(dialog.applied.notes) == 3 * count
    assert dialog.size() == size  # not grown past the screen it was fitted to
    line = dialog.status.fontMetrics().lineSpacing()
    assert dialog.amendment.height() >= 6 * line  # the boxes keep their room
    area = dialog.status_area
    assert line * 3 <= area.height() <= line * 10
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0  # the notes beyond it are a scroll away
    bar.setValue(bar.maximum())
    last = dialog.status.text().splitlines()[-1]
    assert last.startswith(("25행:", "Line 25:"))


def test_every_line_with_a_note_is_marked_the_first_selected(qtbot, dialog):
    """Walked: with notes on the sentences of lines 3 and 5 only line 3 was marked, and the
    official had to find line 5 by its number. Every line a note is about is marked; the
    first is selected and scrolled to, as an error's line is."""
    current = "가온시 조례\n\n제1조(목적) 복지국을 둔다.\n제2조(목적) 복지국을 둔다.\n"
    _fill(
        dialog,
        current,
        "가온시 조례 일부를 다음과 같이 개정한다.\n\n"
        '제1조 중 "복지국"을 "복지과"로 한다.\n\n'
        '제2조중 "복지국"을 "복지과"로 한다.\n',
    )
    assert dialog.apply()
    assert sorted({n.line for n in dialog.applied.notes}) == [3, 5]
    lines = [s.cursor.blockNumber() + 1 for s in _marks(dialog.amendment, whole_lines=True)]
    assert lines == [3, 5]
    cursor = dialog.amendment.textCursor()
    assert cursor.blockNumber() + 1 == 3 and cursor.selectedText() == '"복지과"로'


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_words_a_note_is_about_are_selected_one_after_another(qtbot, prompts, language):
    """Walked: a line of three sentences with three slips was selected whole, and the
    official read the notes to find the words. Each note's words are marked and the first
    selected; Next correction (F8) selects the next in the order of the text, then the first
    again. Columns count the line as pasted (a tab, runs of spaces, an invisible character)."""
    set_lang(language)
    dialog = ApplyCheckDialog((), prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    current = (
        "가온시 조례\n\n제1조(목적) 복지국을 둔다.\n제2조(기구) 행정국과 안전국과 감사관을 둔다.\n"
    )
    amendment = (
        "가온시 조례 일부를 다음과 같이 개정한다.\n\n"
        '\t제1조중  "복지국을"을 "복지과를"로 한다.   \u200b제2조 중 "행정국"를 "행정실"로 하고, '
        '"안전국"을 "안전실"로 하고, "감사관"를 "감사실"로 개정한다.\n'
    )
    _fill(dialog, current, amendment)
    dialog.activateWindow()
    assert dialog.apply()
    qtbot.waitUntil(dialog.amendment.hasFocus)
    assert dialog.next_note_button.isVisibleTo(dialog)
    words = [s.cursor.selectedText() for s in _marks(dialog.amendment, whole_lines=False)]
    expected = ["제1조중", '"행정국"를', "하고", '"감사관"를', "로 개정한다"]
    assert sorted(words) == sorted(expected)
    chosen = []
    for _ in range(len(expected) + 1):
        chosen.append(dialog.amendment.textCursor().selectedText())
        qtbot.keyClick(dialog.amendment, Qt.Key.Key_F8)
    assert chosen == [*expected, expected[0]]  # in the order of the text, then round again
    screenshot(dialog, f"applycheck-note-words-{language}")
    dialog.amendment.appendPlainText("")  # edited: the notes' words may have moved
    assert not dialog.next_note_button.isVisibleTo(dialog)
    selected = dialog.amendment.textCursor().selectedText()
    qtbot.keyClick(dialog.amendment, Qt.Key.Key_F8)
    assert dialog.amendment.textCursor().selectedText() == selected  # nothing more to go to


def test_a_note_after_a_character_beyond_the_basic_plane_selects_its_words(qtbot, dialog):
    """A rare Hanja (U+20000) takes two positions in the box: the words after it are
    selected all the same, not one character early."""
    current = "가온시 조례\n\n제1조(목적) \U00020000복지국을 둔다.\n"
    amendment = (
        "가온시 조례 일부를 다음과 같이 개정한다.\n\n"
        '제1조 중 "\U00020000복지국"를 "\U00020000복지과"로 한다.'
    )
    _fill(dialog, current, amendment)
    assert dialog.apply()
    words = [s.cursor.selectedText() for s in _marks(dialog.amendment, whole_lines=False)]
    assert words == ['"\U00020000복지국"를', '"\U00020000복지과"로']  # the second after one
    assert dialog.amendment.textCursor().selectedText() == words[0]


def test_words_with_another_notes_words_inside_are_only_underlined(qtbot, dialog):
    """Walked (전주시): a sentence out of order (its note is about the whole sentence) with a
    spacing slip in it was marked all alike, the slip lost in it. The sentence is underlined,
    the slip's words stand out with their background."""
    current = "가온시 조례\n\n제1조(목적) 복지국을 둔다.\n제2조(기구) 행정국을 둔다.\n"
    amendment = (
        "가온시 조례 일부를 다음과 같이 개정한다.\n\n"
        '제2조 중 "행정국"을 "행정실"로 한다.\n'
        '제1조중 "복지국"을 "복지실"로 한다.\n'
    )
    _fill(dialog, current, amendment)
    assert dialog.apply()
    marks = {
        s.cursor.selectedText(): s.format.hasProperty(QTextCharFormat.Property.BackgroundBrush)
        for s in _marks(dialog.amendment, whole_lines=False)
    }
    assert marks == {'제1조중 "복지국"을 "복지실"로 한다.': False, "제1조중": True}


def test_the_spans_with_another_inside_are_found_in_one_sweep():
    spans = [(0, 30), (4, 9), (12, 30), (40, 45), (40, 45), (50, 60), (50, 55)]
    assert applycheck._holding(spans) == {(0, 30), (50, 60)}
    assert applycheck._holding([(0, 5), (5, 10), (3, 8)]) == set()  # overlaps, none inside
    many = [(i, i + 3) for i in range(0, 30_000, 10)] + [(0, 30_000)]
    assert applycheck._holding(many) == {(0, 30_000)}


def test_an_amendment_pasted_from_a_pdf_applies_and_its_unsure_spacing_is_selected(qtbot, dialog):
    """A sentence broken over three lines, as a PDF copies it, applies; where the new words
    run across a line is a place to check, the last word of that line selected."""
    current = "가온시 조례\n\n제1조(목적) ① 시장 밑에 복지국 및 행정국을 둔다.\n"
    _fill(
        dialog,
        current,
        '제1조제1항 중 "복지국 및\n행정국"을 "복지국ㆍ행정국 및 인구\n정책국"으로 한다.',
    )
    assert dialog.apply()
    assert "① 시장 밑에 복지국ㆍ행정국 및 인구 정책국을 둔다." in dialog.new_text.toPlainText()
    assert dialog.status.text().split("\n")[2] == (
        "Line 2: Sentence 1: the line breaks here inside the new words “복지국ㆍ행정국 및 인구 "
        "정책국”: read with a space; check that the spacing is right."
    )
    cursor = dialog.amendment.textCursor()
    assert cursor.blockNumber() == 1 and cursor.selectedText() == "인구"


def test_a_new_text_broken_over_lines_applies_and_its_break_is_selected(qtbot, dialog):
    """A new article copied from a PDF, broken before ``다.`` and inside words: it applies,
    and the one place nothing can tell is the note, its line's last word selected."""
    current = "가온군 조례\n\n제5조(기능) 센터는 청년 정책에 관한 업무를 수행한다.\n"
    _fill(
        dialog,
        current,
        "제5조를 다음과 같이 한다.\n"
        "제5조(기능) 센터는 청년 정책의 연구와 「청년기본법」 제8조\n"
        "에 따른 기본계획의 수립을 지원하고 그 실적을 군의회에 보\n"
        "고하여야 한\n"
        "다.",
    )
    assert dialog.apply()
    assert (
        "제5조(기능) 센터는 청년 정책의 연구와 「청년기본법」 제8조에 따른 기본계획의 수립을 "
        "지원하고 그 실적을 군의회에 보고하여야 한다."
    ) in dialog.new_text.toPlainText()
    assert dialog.status.text().split("\n")[1:] == [
        "What the amendment text should still correct:",
        "Line 3: Sentence 1: the new text of Article 5 breaks over lines at “보고하여야”: read "
        "without a space; check that the spacing is right.",
    ]
    assert dialog.amendment.textCursor().selectedText() == "보"
