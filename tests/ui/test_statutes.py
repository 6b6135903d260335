"""The statute texts section: pasting, located parse messages, new text, overrides."""

import pytest
from PySide6.QtCore import Qt

from desktop.ui.document import check
from desktop.ui.findingspanel import MESSAGE
from tests.ui.conftest import open_project, screenshot

PASTED = """경기도 시험 조례

제1조(목적) 이 조례는 시험을 목적으로 한다.
가. 딸릴 호가 없는 목
제2조(기구) 도에 국을 둔다.
"""


def messages(window) -> list[str]:
    page = window.statute_page
    return [page.messages.item(r).text() for r in range(page.messages.count())]


def test_pasted_text_with_an_unparsable_line_shows_a_located_message(qtbot, window):
    open_project(qtbot, window)
    window.show_section("statutes")
    page = window.statute_page
    page.select_instrument("rule")
    page.source.selectAll()
    page.source.insertPlainText(PASTED)
    assert window.doc.project.instrument("rule").text == PASTED
    qtbot.waitUntil(lambda: any("Line 4:" in m for m in messages(window)))
    line = next(m for m in messages(window) if "Line 4:" in m)
    assert "Item (가) of Article 1 has no subparagraph" in line
    assert any(f.place.line == 4 and f.is_error for f in window.findings.findings)
    # Clicking the message puts the cursor on that line of the pasted text.
    item = page.messages.item(messages(window).index(line))
    page.messages.itemClicked.emit(item)
    assert page.source.textCursor().blockNumber() == 3
    window.undo_action.trigger()
    assert window.doc.project.instrument("rule").text.startswith("경기도 행정기구 및 정원 조례")


def test_a_number_written_twice_is_shown_as_an_error_at_its_second_line(qtbot, window):
    open_project(qtbot, window)
    window.show_section("statutes")
    page = window.statute_page
    page.select_instrument("rule")
    page.source.selectAll()
    page.source.insertPlainText(PASTED.replace("가. 딸릴 호가 없는 목", "제2조(정의) 정의"))
    expected = "⛔ Line 5: Article 2 appears twice (lines 4 and 5): correct the number."
    qtbot.waitUntil(lambda: expected in messages(window))
    assert any(f.code == "E-STATUTE-LINE" and f.place.line == 5 for f in window.findings.findings)


def test_the_findings_panel_holds_the_drafting_of_a_text_that_cannot_be_read(qtbot, window):
    # 제5조(감사관), which the changes amend, pasted as 제4조: one error, not its drafting's.
    open_project(qtbot, window)
    window.show_section("statutes")
    page = window.statute_page
    page.select_instrument("ordinance")
    text = window.doc.project.instrument("ordinance").text
    panel = window.findings

    def errors() -> list[tuple[str, str]]:
        return [(f.code, f.place.ref) for f in panel.findings if f.is_error]

    normal = [(f.code, f.place) for f in check(window.doc.project, window.doc.inputs())]
    assert normal and not any(code.startswith("E-") for code, _place in normal)
    qtbot.waitUntil(lambda: [(f.code, f.place) for f in panel.findings] == normal)
    page.source.selectAll()
    page.source.insertPlainText(text.replace("제5조(감사관)", "제4조(감사관)"))
    qtbot.waitUntil(lambda: errors() == [("E-STATUTE-LINE", "ordinance")])
    shown = [panel.topLevelItem(r).text(MESSAGE) for r in range(panel.topLevelItemCount())]
    assert any(m.endswith("waits until its text is corrected.") for m in shown)
    assert not any(f.place.ref == "ordinance" for f in panel.findings if not f.is_error)
    page.source.selectAll()
    page.source.insertPlainText(text)
    qtbot.waitUntil(lambda: [(f.code, f.place) for f in panel.findings] == normal)


def test_new_text_and_an_override_that_is_marked_and_revertible(qtbot, window):
    open_project(qtbot, window)
    page = window.statute_page
    page.select_instrument("ordinance")
    assert "제14조의2(AI국)" in page.new_text.toPlainText()
    assert page.select_path("4/0")
    page.override_text.setPlainText("도지사 밑에 홍보기획관을 둔다.")
    page.override_selected()
    qtbot.waitUntil(lambda: "도지사 밑에 홍보기획관을 둔다." in page.new_text.toPlainText())
    assert window.doc.override("ordinance", "4/0") is not None
    item = page.provisions.currentItem()
    assert item.data(Qt.ItemDataRole.UserRole) == "4/0" and "[edited]" in item.text()
    page.revert_selected()
    qtbot.waitUntil(lambda: "도지사 밑에 홍보기획관을 둔다." not in page.new_text.toPlainText())
    assert window.doc.project.overrides == []


def test_import_a_cp949_text_file(qtbot, window, tmp_path):
    open_project(qtbot, window)
    path = tmp_path / "rule.txt"
    path.write_bytes(PASTED.encode("cp949"))
    window.import_statute_text("rule", str(path))
    qtbot.waitUntil(lambda: window.doc.project.instrument("rule").text == PASTED)


def test_a_text_that_cannot_be_read_shows_why_its_new_text_waits(qtbot, window):
    # 제5조(감사관), which the changes amend, pasted as a second 제4조: the new text and the
    # provisions drafted from it would amend the wrong article (the second 제4조).
    open_project(qtbot, window)
    window.show_section("statutes")
    page = window.statute_page
    page.select_instrument("ordinance")
    text = window.doc.project.instrument("ordinance").text
    assert "제5조(감사위원회)" in page.new_text.toPlainText()
    assert page.new_text.placeholderText() == ""
    page.source.selectAll()
    page.source.insertPlainText(text.replace("제5조(감사관)", "제4조(감사관)"))
    note = (
        "Drafting of the Gyeonggi-do Ordinance on Administrative Organization and Staffing waits "
        "until its text is corrected."
    )
    qtbot.waitUntil(lambda: page.new_text.placeholderText() == note)
    assert page.new_text.toPlainText() == ""  # the placeholder shows the note
    assert page.provisions.count() == 1 and page.provisions.item(0).text() == note
    assert page.provisions.item(0).flags() == Qt.ItemFlag.NoItemFlags  # nothing to edit
    assert page.selected_path() == ""
    screenshot(window, "statutes-waiting")
    window.set_interface_language("ko")
    korean = "「경기도 행정기구 및 정원 조례」의 개정안은 본문을 고친 뒤에 작성됩니다."
    qtbot.waitUntil(lambda: page.new_text.placeholderText() == korean)
    assert page.provisions.item(0).text() == korean
    page.source.selectAll()
    page.source.insertPlainText(text)  # corrected: drafted again
    qtbot.waitUntil(lambda: "제5조(감사위원회)" in page.new_text.toPlainText())
    assert page.new_text.placeholderText() == ""
    assert page.provisions.count() > 1
    assert all(page.provisions.item(r).flags() for r in range(page.provisions.count()))


def test_the_new_text_marks_what_the_amendment_changes(qtbot, window):
    open_project(qtbot, window)
    window.show_section("statutes")
    page = window.statute_page
    page.select_instrument("ordinance")
    marks = page.marked_texts()
    assert any("제14조의2(AI국)" in text for text in marks)
    assert all(text.strip() and text in page.new_text.toPlainText() for text in marks)
    assert page.marks_legend.isVisibleTo(page)
    # an edited provision is marked where it differs from the current text
    assert page.select_path("4/0")
    page.override_text.setPlainText("도지사 밑에 대변인을 둔다.")
    page.override_selected()
    qtbot.waitUntil(lambda: any("대변인을" in text for text in page.marked_texts()))
    page.tabs.setCurrentIndex(0)
    screenshot(page, "statutes-marked")


@pytest.mark.parametrize(
    ("lang", "undo", "item", "where"),
    [
        ("ko", "제14조의2 직접 수정", "제14조의2  [직접 수정] AI국를",
         "「경기도 행정기구 및 정원 조례」 제14조의2"),
        ("en", "Override Article 14-2", "Article 14-2  [edited] AI국를",
         "Gyeonggi-do Ordinance on Administrative Organization and Staffing Article 14-2"),
    ],
)  # fmt: skip
def test_a_provision_written_by_hand_is_named_as_the_official_cites_it(
    qtbot, make_window, lang, undo, item, where
):
    """Walked (the 경기도 sample, 울릉군): a provision edited on the statute page showed as
    '14의2/0' in the list of provisions and in Edit › Undo ('Undo Override 2/0'), and the
    findings panel placed its slip (W-NAME-PARTICLE) at '… 제14조의2' in English. They now
    cite it as a bill does, in the interface language; a click on the slip still leads to
    the article."""
    from desktop.ui.findingspanel import WHERE
    from desktop.ui.tr import set_lang

    set_lang(lang)
    window = make_window()
    open_project(qtbot, window)
    window.show()
    window.show_section("statutes")
    page = window.statute_page
    page.select_instrument("ordinance")
    assert page.select_path("14의2/0")
    page.override_text.setPlainText("AI국를 두고, 다음 각 호의 사무를 분장한다.")
    page.override_selected()
    assert window.doc.undo_stack.undoText() == undo
    qtbot.waitUntil(lambda: page.provisions.currentItem().text().startswith(item))
    panel = window.findings
    qtbot.waitUntil(lambda: any(f.code == "W-NAME-PARTICLE" for f in panel.findings))
    row = next(r for r, f in enumerate(panel.findings) if f.code == "W-NAME-PARTICLE")
    assert panel.topLevelItem(row).text(WHERE) == where
    window.show_section("overview")
    panel.itemClicked.emit(panel.topLevelItem(row), 0)
    assert window.stack.currentWidget() is page
    window.doc.undo_stack.undo()
    qtbot.waitUntil(lambda: not any(f.code == "W-NAME-PARTICLE" for f in panel.findings))
