"""The window speaks the official's language: grade labels, kinds and undo texts in words."""

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex

from desktop.core.org import UnitKind
from desktop.core.statute import InstrumentKind
from desktop.ui import commands as cmd
from desktop.ui.labels import field_label, grade_label, instrument_kind_label
from desktop.ui.orgmodel import COL_GRADE, UNIT_ID_ROLE
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project


def test_labels_in_each_language():
    set_lang("ko")
    assert [grade_label(c) for c in ("g3", "political", "fire-4", "")] == [
        "3급",
        "정무직",
        "소방정",
        "",
    ]
    assert instrument_kind_label(InstrumentKind.ORDINANCE) == "조례"
    assert field_label("passed_date") == "의결일"
    set_lang("en")
    assert grade_label("g3") == "Grade 3" and instrument_kind_label(InstrumentKind.RULE) == "Rule"


def test_the_window_shows_grades_and_undo_texts_in_words(qtbot, make_window):
    set_lang("ko")
    window = make_window()
    open_project(qtbot, window)
    model = window.doc.org_model
    texts = []
    stack = [model.index(r, COL_GRADE) for r in range(model.rowCount())]
    while stack:
        index = stack.pop()
        texts.append(index.data())
        first = index.siblingAtColumn(0)
        stack.extend(model.index(r, COL_GRADE, first) for r in range(model.rowCount(first)))
    assert "3급" in texts and "정무직" in texts and not {"g3", "political"} & set(texts)
    window.show_section("org")
    window.org_page.select_unit("pr")
    form = window.org_page.form
    assert form.staffing.item(0, 0).text() == "3급"
    form.staffing.item(0, 1).setText("2")  # edited through its label, stored by its code
    assert window.doc.project.org.get("pr").staffing["g3"] == 2
    assert window.doc.undo_stack.undoText() == "홍보기획관의 정원 인원 수정"
    window.doc.push(cmd.SetMetaField(window.doc, "passed_date", dt.date(2024, 7, 1)))
    assert window.doc.undo_stack.undoText() == "의결일 수정"


def test_help_user_guide_in_each_language(qtbot, make_window):
    from desktop.ui.guide import GuideDialog

    for lang, words in (
        ("ko", ["일의 순서", "파일은 어디에", "현행 조직"]),
        ("en", ["order of work", "Where the files go"]),
    ):
        set_lang(lang)
        window = make_window()
        assert window.actions_["guide"].text() in ("사용 안내(&U)", "&User guide")
        dialog = GuideDialog(window)
        qtbot.addWidget(dialog)
        text = dialog.browser.toPlainText()
        assert all(word in text for word in words), lang


def test_first_start_offers_the_sample_and_the_guided_path(qtbot, make_window):
    set_lang("ko")
    window = make_window()
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        window.start(None)
    assert "파일 › 새로 만들기" in window.statusBar().currentMessage()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_kind_dropdowns_tell_every_kind_apart(qtbot, make_window, lang):
    """Walked in en: the unit form offered 'Team' twice, for 단 and for 팀 (and 'Office' for 실
    and 관), the English names the documents use; where the official chooses a kind, a name
    two kinds share is followed by the Korean, as the English unit list writes it."""
    set_lang(lang)
    window = make_window()
    open_project(qtbot, window)
    window.show_section("org")
    window.org_page.select_unit("pr")
    combo = window.org_page.form.kind
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert len(offered) > 10 and len(set(offered)) == len(offered)
    if lang == "en":
        assert {"Team (단)", "Team (팀)", "Office (실)", "Office (관)", "Bureau"} <= set(offered)
    else:
        assert {"단", "팀", "실", "관", "국"} <= set(offered)
    # the documents keep the English names they use
    assert UnitKind.TASK_FORCE.en == UnitKind.TEAM.en == "Team"
    # and the tree's kind column and the unit pickers name them as the dropdown does
    model = window.org_page.tree.model()
    kinds = {}

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            kinds[model.index(row, 0, parent).data(UNIT_ID_ROLE)] = index.data()  # its kind
            walk(index)

    walk(QModelIndex())
    shared = [u for u in window.doc.project.org if u.kind.en_distinct != u.kind.en]
    assert shared  # the sample's 실 and teams
    for unit in shared:
        assert kinds[unit.id] == (unit.kind.en_distinct if lang == "en" else unit.kind.ko)


@pytest.mark.gui
def test_the_review_of_a_new_project_tells_every_kind_apart(qtbot):
    from desktop import paths
    from desktop.core import projectfile
    from desktop.ui.newproject import NewProjectDialog

    set_lang("en")
    project = projectfile.load(paths.sample_path())
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.name_ko.setText("경기도")
    dialog.next.click()
    for source in project.instruments:
        dialog.texts[source.key].setPlainText(source.text)
    dialog.next.click()
    combo = dialog.answers["kind:경기북부특별자치도추진단"]
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert combo.currentText() == "Team (단)"
    assert "Team (팀)" in offered and len(set(offered)) == len(offered)


def test_an_instrument_is_listed_by_its_kind_and_title_never_its_key():
    """One label for the statute page's list and the overview's effective dates: the list
    fell back to the project's key ('조례 · staffing') for an instrument without text."""
    from desktop.core.instrumentkind import InstrumentKind
    from desktop.core.project import InstrumentSource
    from desktop.ui.labels import instrument_label
    from desktop.ui.tr import set_lang

    set_lang("ko")
    source = InstrumentSource("staffing", InstrumentKind.ORDINANCE, "\n 가온시 정원 조례\n제1조")
    assert instrument_label(source) == "조례 · 가온시 정원 조례"
    source.text = "  \n"
    assert instrument_label(source) == "조례"


@pytest.mark.parametrize(
    ("lang", "expected", "where"),
    [
        ("ko", ["제4조", "제5조제2항제3호의2", "제5조제3호", "제5조제2항제3호가목",
                "제12조의2의 제목", "9/9/x/y/z"], "직접 입력한 조문 · 제4조"),
        ("en", ["Article 4", "Article 5 (2) 3-2", "subparagraph 3 of Article 5",
                "Article 5 (2) 3 (a)", "the title of Article 12-2", "9/9/x/y/z"],
         "Own text of a provision · Article 4"),
    ],
)  # fmt: skip
def test_a_provision_path_is_cited_as_a_bill_cites_it(lang, expected, where):
    """The statute page's paths (``4/0``, ``5/2/3의2``) were shown as they are stored: in the
    list of provisions, in Edit › Undo and at an override's finding."""
    from desktop.core.findings import Place, PlaceKind
    from desktop.core.project import Override, Project
    from desktop.ui.findingspanel import project_place_words
    from desktop.ui.labels import provision_label

    set_lang(lang)
    paths = ["4/0", "5/2/3의2", "5/0/3", "5/2/3/가", "12의2/title", "9/9/x/y/z"]
    assert [provision_label(path) for path in paths] == expected
    project = Project()
    project.overrides.append(Override("ordinance", "4/0", "도지사 밑에 대변인을 둔다."))
    place = Place(PlaceKind.FIELD, "overrides[0]", field="path")
    assert project_place_words(place, project) == where
