"""The press-release editor: drafted paragraphs follow the changes until edited, edits are
undoable, the official's own paragraphs, the glossary, and the consistency findings beside the
paragraph and in the validation panel."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.core import projectfile
from desktop.core.findings import PlaceKind
from desktop.core.press import dateline
from desktop.paths import sample_path
from desktop.ui import commands
from desktop.ui.document import ProjectDocument
from desktop.ui.findingspanel import WHERE
from desktop.ui.presspage import PLACEHOLDERS, PressPage
from tests.ui.conftest import open_project, screenshot


@pytest.fixture
def page(qtbot):
    doc = ProjectDocument(projectfile.load(sample_path()))
    page = PressPage()
    qtbot.addWidget(page)
    page.resize(1366, 760)
    page.show()
    page.set_document(doc)
    return page


def test_a_hidden_page_drafts_when_shown(qtbot):
    page = PressPage()
    qtbot.addWidget(page)
    page.set_document(ProjectDocument(projectfile.load(sample_path())))
    assert page.rows == {}  # nothing drafted while the official is elsewhere
    page.show()
    assert list(page.rows)[:2] == ["headline", "sub:1"]


def texts(page, key):
    row = page.rows[key]
    return row.ko.toPlainText(), row.en.toPlainText()


def rename_edu(doc, name_ko, name_en):
    row = doc.changes_model.row_of("c08")
    change = dataclasses.replace(doc.changes_model.change_at(row), name_ko=name_ko, name_en=name_en)
    doc.push(commands.ReplaceChange(doc.changes_model, row, change))


def test_rows_show_the_drafted_pairs_side_by_side(page):
    assert list(page.rows)[:4] == ["headline", "sub:1", "sub:2", "lead"]
    ko, en = texts(page, "unit:edu")
    assert ko.startswith("평생교육국은 미래평생교육국으로 바뀐다.")
    assert en.startswith("The Lifelong Education Bureau will be renamed the Future Lifelong")
    assert "Future Lifelong Education Bureau" in page.rows["unit:edu"].role.text()
    assert not page.rows["unit:edu"].mark.text()
    # Only the quotation, still to be written, carries the export gate's warning.
    shown = [key for key, row in page.rows.items() if row.finding_label.isVisible()]
    assert shown == ["quote"]
    assert "Quotation" in page.rows["quote"].finding_label.text() or "quotation" in (
        page.rows["quote"].finding_label.text()
    )


def test_typing_is_one_undoable_edit_and_marks_the_paragraph(qtbot, page):
    doc, row = page.doc, page.rows["unit:ai"]
    row.ko.moveCursor(row.ko.textCursor().MoveOperation.End)
    qtbot.keyClicks(row.ko, " (AI)")  # QTest types Latin-1 only
    assert doc.undo_stack.count() == 1
    edit = doc.press_text("unit:ai")
    assert edit["ko"].endswith("를 둔다. (AI)")
    assert edit["en"].startswith("The new AI Bureau will be responsible")
    assert "Edited" in row.mark.text() and row.use_draft.isVisibleTo(row)
    doc.undo_stack.undo()
    assert doc.press_text("unit:ai") is None
    assert texts(page, "unit:ai")[0].endswith("를 둔다.") and not row.mark.text()
    doc.undo_stack.redo()
    assert texts(page, "unit:ai")[0].endswith("를 둔다. (AI)")


def test_an_edit_is_kept_when_the_changes_change_and_the_draft_follows(page):
    doc = page.doc
    page.rows["unit:ai"].ko.setPlainText("AI국을 새로 만든다.")
    page.rows["unit:ai"].en.setPlainText("The AI Bureau is created.")
    rename_edu(doc, "평생학습국", "Lifelong Learning Bureau")
    page.refresh()
    assert texts(page, "unit:ai") == ("AI국을 새로 만든다.", "The AI Bureau is created.")
    assert page.rows["unit:ai"].para.drafted_ko.startswith("인공지능 산업 육성")
    ko, en = texts(page, "unit:edu")  # not edited: the fresh draft
    assert ko.startswith("평생교육국은 평생학습국으로 바뀐다.")
    assert en.startswith(
        "The Lifelong Education Bureau will be renamed the Lifelong Learning Bureau."
    )
    doc.undo_stack.undo()  # the rename
    page.refresh()
    assert texts(page, "unit:edu")[0].startswith("평생교육국은 미래평생교육국으로")
    assert texts(page, "unit:ai")[0] == "AI국을 새로 만든다."


def test_show_and_use_the_draft_then_undo(page):
    doc, row = page.doc, page.rows["lead"]
    row.ko.setPlainText("경기도는 조직을 바꾼다.")
    drafted = row.para.drafted_ko
    row.show_draft.setChecked(True)
    assert row.draft_ko.isVisibleTo(row) and drafted in row.draft_ko.text()
    row.use_draft.click()
    assert doc.press_text("lead") is None
    assert texts(page, "lead")[0] == drafted and not row.mark.text()
    assert not row.draft_ko.isVisibleTo(row)
    doc.undo_stack.undo()
    assert texts(page, "lead")[0] == "경기도는 조직을 바꾼다." and "Edited" in row.mark.text()


def test_header_fields_are_undoable_and_merge_while_typing(qtbot, page):
    doc, field = page.doc, page.fields["officer_en"]
    qtbot.keyClicks(field, "Hong Gil-dong")
    assert doc.project.press["officer_en"] == "Hong Gil-dong"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert "officer_en" not in doc.project.press and field.text() == ""
    doc.undo_stack.redo()
    assert field.text() == "Hong Gil-dong"


def test_own_paragraphs_are_added_edited_and_removed(page):
    doc = page.doc
    page.add_button.click()
    keys = list(page.rows)
    assert keys.index("own:1") == keys.index("quote") - 1
    page.rows["own:1"].ko.setPlainText("도민 의견을 반영했다.")
    page.rows["own:1"].en.setPlainText("Residents were heard.")
    assert doc.project.press["own"] == [
        {"ko": "도민 의견을 반영했다.", "en": "Residents were heard."}
    ]
    page.rows["own:1"].remove.click()
    assert "own:1" not in page.rows and "own" not in doc.project.press
    doc.undo_stack.undo()
    assert texts(page, "own:1") == ("도민 의견을 반영했다.", "Residents were heard.")
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert "own:1" not in page.rows and doc.project.press.get("own") is None


def test_a_number_mismatch_is_shown_beside_the_paragraph(page):
    row = page.rows["staffing"]
    row.ko.setPlainText(row.ko.toPlainText().replace("16,252명", "16,250명"))
    page.refresh()
    found = {(f.code, f.place.field) for f in row.findings}
    assert found == {("W-PRESS-NUMBER", "ko"), ("W-PRESS-NUMBER", "en")}
    assert row.finding_label.isVisibleTo(row) and "16,250" in row.finding_label.text()
    assert "d9a400" in row.ko.styleSheet()
    row.use_draft.click()
    page.refresh()
    assert row.findings == [] and not row.finding_label.isVisibleTo(row)


def test_the_glossary_lists_unit_names_and_filters(page):
    glossary = page.glossary
    assert ("AI국", "AI Bureau") in glossary.shown_terms()
    assert ("조직개편", "reorganization") in glossary.shown_terms()
    glossary.filter.setText("평생교육")
    shown = glossary.shown_terms()
    assert ("평생교육국", "Lifelong Education Bureau") in shown
    assert ("미래평생교육국", "Future Lifelong Education Bureau") in shown
    assert all("평생교육" in ko or "평생교육" in en for ko, en in shown)


def test_a_read_only_document_cannot_be_edited(qtbot):
    doc = ProjectDocument(projectfile.load(sample_path()), read_only=True)
    page = PressPage()
    qtbot.addWidget(page)
    page.show()
    page.set_document(doc)
    assert page.rows["lead"].ko.isReadOnly() and page.fields["email"].isReadOnly()
    assert not page.add_button.isEnabled()


def test_in_the_window_a_mismatch_reaches_the_panel_and_leads_back(qtbot, window):
    open_project(qtbot, window)
    window.show()
    window.show_section("press")
    page = window.press_page
    row = page.rows["staffing"]
    row.ko.setPlainText(row.ko.toPlainText().replace("16,252명", "16,250명"))
    qtbot.waitUntil(lambda: any(f.code == "W-PRESS-NUMBER" for f in window.findings.findings))
    # the two mismatches, then the export gate's five (contacts, quotation)
    assert window.counts.text() == "0 errors · 7 warnings"
    assert [f.code for f in window.findings.findings[:2]] == ["W-PRESS-NUMBER"] * 2
    assert row.finding_label.isVisibleTo(row)
    screenshot(window, "press-mismatch")
    window.show_section("overview")
    item = window.findings.topLevelItem(0)
    assert item.text(WHERE) == "Press release (Korean) · Staffing"
    window.findings.itemClicked.emit(item, 0)
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: row.ko.hasFocus())
    finding = window.findings.findings[1]
    assert finding.place.kind is PlaceKind.PRESS and finding.place.field == "en"
    window.go_to(finding)
    qtbot.waitUntil(lambda: row.en.hasFocus())


def test_a_language_switch_shows_the_rows_in_the_new_language(qtbot, window):
    from desktop.ui.tr import _

    open_project(qtbot, window)
    window.show()
    window.show_section("press")
    row = window.press_page.rows["lead"]
    window.set_interface_language("ko")
    assert f"<b>{_('Lead')}</b>" == row.role.text() and row.show_draft.text() == _("Show draft")
    assert window.press_page.glossary.model.horizontalHeaderItem(0).text() == _("Korean")


def test_the_settings_show_as_placeholders(page):
    page.set_defaults({"officer_ko": "홍길동", "email": ""})
    assert page.fields["officer_ko"].placeholderText() == "홍길동 (from Settings)"
    assert page.fields["release_ko"].placeholderText() == "2024. 6. 28.(금) 조간"


def test_the_examples_are_this_projects_dates_and_dateline(qtbot):
    """Walked (제주, 고양): the release header's examples were the 경기도 sample's own,
    '2024. 6. 28.(금) 조간' and 'SUWON', whatever the project. They are now the morning after
    this council passes the bill, and a 시ㆍ군's own name as its dateline; a 도, whose
    dateline city its name does not give, shows the seat the release prints (JEJU)."""
    from tests.core.government_projects import goyang_project, jeju_project

    project = goyang_project()
    project.meta.passed_date = dt.date(2025, 9, 25)  # a Thursday
    page = PressPage()
    qtbot.addWidget(page)
    page.set_document(ProjectDocument(project))
    assert page.fields["release_ko"].placeholderText() == "2025. 9. 26.(금) 조간"
    assert page.fields["embargo_ko"].placeholderText() == (
        "<2025. 9. 26.(금) 조간(온라인 9. 25. 12:00)부터 보도해 주시기 바랍니다.>"
    )
    assert page.fields["embargo_en"].placeholderText() == (
        "Embargoed until 06:00 KST, September 26, 2025"
    )
    assert page.fields["city_en"].placeholderText() == "GOYANG"  # 'Goyang Special City'
    # the dateline the release prints while the field is empty: a 도's seat (the example
    # asked for a city where the release printed JEJU), a request where there is none
    jeju = PressPage()
    qtbot.addWidget(jeju)
    jeju_doc = ProjectDocument(jeju_project())
    jeju.set_document(jeju_doc)
    assert jeju.fields["city_en"].placeholderText() == "JEJU"
    assert dateline(jeju_doc.project.draft_inputs()).startswith("JEJU, ")
    unnamed = jeju_project()
    unnamed.meta.government_en = ""
    nameless = PressPage()
    qtbot.addWidget(nameless)
    nameless.set_document(ProjectDocument(unnamed))
    assert nameless.fields["city_en"].placeholderText() == "CITY, in capitals"


def test_an_example_longer_than_its_field_is_read_whole_on_hover(qtbot):
    """At 1366×768 the embargo line's example ends '…부터 보도해 주시…' in its field (the
    field is narrower than the sentence): each field's example is its tooltip too, and a
    detail from the settings says where it comes from."""
    page = PressPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    embargo = page.fields["embargo_ko"]
    example = PLACEHOLDERS["embargo_ko"]
    assert embargo.fontMetrics().horizontalAdvance(example) > embargo.width()  # cut in the field
    assert embargo.toolTip() == f"e.g. {example}"
    page.set_defaults({"officer_ko": "홍길동"})
    assert page.fields["officer_ko"].toolTip() == "홍길동 (from Settings)"
    assert page.fields["distributed_ko"].toolTip() == ""  # no example, no tooltip


@pytest.mark.parametrize(
    ("lang", "edited", "own", "unit"),
    [
        ("ko", "보도자료(한국어) · 부제 1", "보도자료(한국어) · 직접 쓴 문단 1", "기구 문단(AI국)"),
        ("en", "Press release (Korean) · Sub-line 1", "Press release (Korean) · Your paragraph 1",
         "Unit paragraph (AI Bureau)"),
    ],
)  # fmt: skip
def test_a_slip_in_a_paragraph_is_placed_at_that_paragraph(
    qtbot, make_window, lang, edited, own, unit
):
    """Walked (the 경기도 sample, 울릉군): a unit's name typed with a wrong particle in an edited
    sub-line and in a paragraph of the official's own (W-NAME-PARTICLE) were both placed at
    'Press release (Korean)' in the findings panel, the two rows alike and neither saying
    which paragraph to correct. The place names the paragraph as the press page heads it; a
    click still leads to it."""
    from desktop.ui.tr import set_lang

    set_lang(lang)
    window = make_window()
    open_project(qtbot, window)
    window.show()
    window.show_section("press")
    page = window.press_page
    page.rows["sub:1"].ko.setPlainText("감사총괄과을 새로 둡니다.")
    page.add_button.click()
    page.rows["own:1"].ko.setPlainText("이민사회국를 새로 둡니다.")
    panel = window.findings

    def slips() -> list[tuple[str, str]]:
        return [
            (panel.topLevelItem(r).text(WHERE), f.place.ref)
            for r, f in enumerate(panel.findings)
            if f.code == "W-NAME-PARTICLE"
        ]

    qtbot.waitUntil(lambda: len(slips()) == 2)
    assert sorted(slips()) == sorted([(edited, "sub:1"), (own, "own:1")])
    screenshot(window, f"press-slips-{lang}")
    window.show_section("overview")
    row = next(r for r, f in enumerate(panel.findings) if f.place.ref == "own:1")
    panel.itemClicked.emit(panel.topLevelItem(row), 0)
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.rows["own:1"].ko.hasFocus())
    from desktop.core.findings import Place
    from desktop.ui.findingspanel import place_words

    where = place_words(Place(PlaceKind.PRESS, "unit:ai", field="ko"), window.doc)
    assert where.endswith(f" · {unit}")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", ["보도자료 수정: 부제 1", "초안 사용: 부제 1", "보도자료 수정: 직접 쓴 문단 1",
                "보도자료 수정: 담당 과장(국문)", "보도자료 수정: 전자우편(국문·영문 공통)"]),
        ("en", ["Edit the press release: Sub-line 1", "Use the draft: Sub-line 1",
                "Edit the press release: Your paragraph 1",
                "Edit the press release: director (Korean)",
                "Edit the press release: e-mail (both releases)"]),
    ],
)  # fmt: skip
def test_the_undo_text_names_the_paragraph_and_the_field(qtbot, make_window, lang, expected):
    """Walked: Edit › Undo read '문단 수정: own:1' / 'Undo Edit the paragraph own:1' after a
    paragraph of the official's own was typed, and a header field's undo its stored name
    ('보도자료 수정: director_ko'). They name the paragraph as the press page heads it and
    the field as its label reads."""
    from desktop.ui.tr import set_lang

    set_lang(lang)
    window = make_window()
    open_project(qtbot, window)
    window.show()
    window.show_section("press")
    page, stack = window.press_page, window.doc.undo_stack
    told = []
    page.rows["sub:1"].ko.setPlainText("부제를 고쳐 씁니다.")
    told.append(stack.undoText())
    page.rows["sub:1"].use_draft.click()
    told.append(stack.undoText())
    page.add_button.click()
    page.rows["own:1"].ko.setPlainText("직접 쓴 문단입니다.")
    told.append(stack.undoText())
    for field, typed in (("director_ko", "홍길동"), ("email", "org@gg.go.kr")):
        page.fields[field].setText(typed)
        page.fields[field].textEdited.emit(typed)  # as typing does
        told.append(stack.undoText())
    assert told == expected
