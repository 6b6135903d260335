"""서울특별시 강남구, a 자치구 of the 특별시 that no sample or other fixture is, walked through
File › New with its own three instruments (tests/data/governments/gangnam-*.txt, written for
the tests in the law.go.kr layout; the figures are illustrative) and a reorganization: a new
국 with two 과, a rename, a move, an abolition with its successor, a staffing change and a
head-grade change. What the official of a 구 must read: 구청장 and 구의회, never the 시장 or
the 도지사 of another kind of government."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.ui.tr import set_lang
from tests.ui.conftest import read_government, screenshot


def _new_gangnam(make_window, lang: str, name_en: str = "Gangnam-gu"):
    set_lang(lang)
    window = make_window()
    window.set_interface_language(lang)

    def drive(dialog) -> int:
        dialog.name_en.setText(name_en)
        read_government(dialog, "서울특별시 강남구", 560_000, "gangnam")
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    return window


def _reorganize(window) -> None:
    """The walk's reorganization through the change forms: a new 스마트도시국 with two 과,
    문화체육과 renamed 문화관광과, 교통행정과 moved to the new 국, 관광진흥과 abolished with
    문화체육과 as its successor, 총무과 given 6급 +2 and 7급 +1, 감사담당관 made 4급."""
    page, org = window.changes_page, window.doc.project.org

    def unit(name: str) -> str:
        return org.by_name(name)[0].id

    def enter(type_name: str, **fill) -> None:
        dialog = page.add_change(type_name)
        fill["form"](dialog.form)
        dialog.accept()
        assert dialog.error.text() == ""

    def establish(form) -> None:
        form.parent_picker.set_unit_id(unit("부구청장"))
        form.name_ko.setText("스마트도시국")
        form.name_en.setText("Smart City Bureau")
        form.grade.set_code("g4")
        form.purpose.setText("스마트도시 조성 및 정보통신 기반 강화")
        form.duties.setPlainText(
            "스마트도시 정책에 관한 사항 | Matters concerning smart city policy\n"
            "정보통신에 관한 사항 | Matters concerning information and communications"
        )
        form.children.setPlainText(
            "스마트도시과 | Smart City Division\n"
            "정보통신과 | Information and Communications Division"
        )

    def rename(form) -> None:
        form.unit.set_unit_id(unit("문화체육과"))
        form.name_ko.setText("문화관광과")
        form.name_en.setText("Culture and Tourism Division")

    def move(form) -> None:
        form.unit.set_unit_id(unit("교통행정과"))
        form.target.set_unit_id(window.doc.project.changes[0].unit.id)

    def abolish(form) -> None:
        form.unit.set_unit_id(unit("관광진흥과"))
        form.successor.set_unit_id(unit("문화체육과"))

    def staffing(form) -> None:
        form.unit.set_unit_id(unit("총무과"))
        for row in range(form.table.rowCount()):
            code = form.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            form.table.item(row, 1).setText({"g6": "+2", "g7": "+1"}.get(code, ""))

    def head_grade(form) -> None:
        form.unit.set_unit_id(unit("감사담당관"))
        form.grade.setCurrentIndex(form.grade.findData("g4"))

    window.show_section("changes")
    for type_name, fill in (
        ("establish", establish),
        ("rename", rename),
        ("move", move),
        ("abolish", abolish),
        ("staffing", staffing),
        ("head_grade", head_grade),
    ):
        enter(type_name, form=fill)
    assert len(window.doc.project.changes) == 6


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_head_and_deputy_read_from_the_texts_are_named_in_english(qtbot, make_window, lang):
    """Walked: the new project's 구청장 and 부구청장 had no English name (W-NAME-EN-MISSING
    '구청장의 영문 명칭이 없습니다. 영문 문서에 '누락'으로 표시됩니다.' and the same for
    부구청장), though the kind of government says them: District Mayor, Deputy District
    Mayor, as the samples name their 군수 (County Governor) and 부군수."""
    window = _new_gangnam(make_window, lang)
    org = window.doc.project.org
    assert org.by_name("구청장")[0].name_en == "District Mayor"
    assert org.by_name("부구청장")[0].name_en == "Deputy District Mayor"
    assert org.by_name("기획조정실")[0].name_en == ""  # the texts name no other in English
    findings = [f for f in window.doc.findings() if f.code == "W-NAME-EN-MISSING"]
    named = [f.place.ref for f in findings]
    assert org.by_name("구청장")[0].id not in named
    assert org.by_name("부구청장")[0].id not in named


TITLES = {
    "ordinance": "Ordinance on the Establishment of Administrative Organizations of Gangnam-gu",
    "rule": "Enforcement Rule of the Ordinance on the Establishment of Administrative "
    "Organizations of Gangnam-gu",
    "staffing": "Ordinance on the Fixed Number of Local Public Officials of Gangnam-gu",
}


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "label", "undo"),
    [
        ("ko", "영문 제명", "「서울특별시 강남구 지방공무원 정원 조례」의 영문 제명 수정"),
        (
            "en",
            "English title",
            "Edit the English title of 「서울특별시 강남구 지방공무원 정원 조례」",
        ),
    ],
)
def test_the_english_titles_the_export_asks_for_are_entered_on_the_statute_page(
    qtbot, make_window, lang, label, undo
):
    """Walked: a project made by File › New could not be exported in English. The export
    dialog listed '자치법규 「서울특별시 강남구 행정기구 설치 조례」의 영문 제명이 없습니다.'
    (E-GATE-TITLE, an error, one for each of the three instruments) and led to the statute
    page, where no
    field took an English title (nor did File › New). The statute page now has one, for the
    instrument shown; typing is one undo step."""
    window = _new_gangnam(make_window, lang)
    window.show()
    qtbot.waitExposed(window)
    _reorganize(window)
    doc = window.doc

    def untitled() -> list[str]:
        return [f.place.ref for f in doc.findings() if f.code == "E-GATE-TITLE"]

    assert untitled() == ["ordinance", "rule", "staffing"]
    window.show_section("statutes")
    page = window.statute_page
    field = page.title_en
    assert label in [w.text() for w in page.findChildren(QLabel)]
    assert field.isVisible()
    for key, title in TITLES.items():
        assert page.select_instrument(key)
        assert field.text() == ""
        qtbot.keyClicks(field, title)
        field.editingFinished.emit()
        assert doc.project.instrument(key).title_en == title
    assert untitled() == []
    assert doc.undo_stack.undoText() == undo
    doc.undo_stack.undo()  # the whole title typed, not a letter
    assert doc.project.instrument("staffing").title_en == ""
    assert field.text() == ""
    assert untitled() == ["staffing"]
    doc.undo_stack.redo()
    assert field.text() == TITLES["staffing"]
    page.select_instrument("ordinance")
    assert field.text() == TITLES["ordinance"]
    screenshot(window, f"gangnam-statutes-{lang}")
    bill = doc.inputs().draft["ordinance"].amendment("en")
    assert TITLES["ordinance"] in str(bill)


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "edited", "roles", "titled"),
    [
        (
            "ko",
            "「서울특별시 강남구 지방공무원 정원 조례」 조문 수정",
            "자치법규 「서울특별시 강남구 지방공무원 정원 조례」의 역할 설정",
            "「서울특별시 강남구 지방공무원 정원 조례」 조문 수정",
        ),
        (
            "en",
            "Edit the text of 「서울특별시 강남구 지방공무원 정원 조례」",
            "Set the roles of 「서울특별시 강남구 지방공무원 정원 조례」",
            f"Edit the text of {TITLES['staffing']}",
        ),
    ],
)
def test_the_undo_steps_name_the_instrument_not_its_key(
    qtbot, make_window, lang, edited, roles, titled
):
    """Walked: Edit › Undo read 'staffing 조문 수정' in the Korean window after an edit of the
    staffing ordinance's text ('자치법규 staffing의 역할 설정' for its roles), the project's own
    key for the instrument, in English inside the Korean. The instrument is named by its
    title, in English where the official gave one."""
    window = _new_gangnam(make_window, lang)
    window.show_section("statutes")
    page, doc = window.statute_page, window.doc
    assert page.select_instrument("staffing")
    page.source.appendPlainText("")
    assert doc.undo_stack.undoText() == edited
    page.role_actions[next(iter(page.role_actions))].toggle()
    assert doc.undo_stack.undoText() == roles
    qtbot.keyClicks(page.title_en, TITLES["staffing"])
    page.title_en.editingFinished.emit()
    page.source.appendPlainText("")
    assert doc.undo_stack.undoText() == titled
    assert "staffing" not in " ".join(doc.undo_stack.text(i) for i in range(doc.undo_stack.count()))


@pytest.mark.gui
def test_two_ordinances_without_english_titles_are_told_apart_in_english(qtbot, make_window):
    """Walked in English: the findings panel placed the errors of the 행정기구 설치 조례 and of
    the 정원 조례 both at 'Ordinance line 1' (their kind), and a click on either led to one or
    the other. Two instruments of a kind without English titles are named by their Korean
    titles, as the messages beside them name them; the rule, the only one of its kind, stays
    'Rule', and an English title, once given, names its instrument."""
    from desktop.ui.findingspanel import place_words

    window = _new_gangnam(make_window, "en")
    _reorganize(window)
    doc = window.doc

    def where() -> dict[str, str]:
        return {
            f.place.ref: place_words(f.place, doc)
            for f in doc.findings()
            if f.code == "E-GATE-TITLE"
        }

    assert where() == {
        "ordinance": "「서울특별시 강남구 행정기구 설치 조례」 line 1",
        "rule": "Rule line 1",
        "staffing": "「서울특별시 강남구 지방공무원 정원 조례」 line 1",
    }
    window.show_section("statutes")
    page = window.statute_page
    page.select_instrument("staffing")
    qtbot.keyClicks(page.title_en, TITLES["staffing"])
    assert where() == {"ordinance": "Ordinance line 1", "rule": "Rule line 1"}


@pytest.mark.gui
def test_a_district_s_documents_speak_of_its_district_mayor_and_agree_on_the_numbers(
    qtbot, make_window
):
    """The walk's documents, as the Documents page previews them (what the DOCX hold): a
    자치구's bills are proposed by the 구청장 (in English the Mayor of Gangnam-gu), its release
    quotes the 구청장, and nothing speaks of the 시장, 도지사, 도민 or a Governor of another
    kind of government; the total (1,406 → 1,409) and the grades changed (6급 440 → 442, 7급
    510 → 511) are the same in the staffing bill, its comparison table, the organization
    tables and the release."""
    from desktop.documents.preview import bill_keys, preview_html
    from tests.documents.test_preview import text_of

    window = _new_gangnam(make_window, "ko")
    _reorganize(window)
    for key, title in TITLES.items():
        window.doc.project.instrument(key).title_en = title
    window.doc.project.meta.bill_date = dt.date(2026, 5, 20)
    inputs = window.doc.project.draft_inputs()
    keys = bill_keys(inputs)
    assert keys == ["ordinance", "rule", "staffing"]

    def text(doc: str, lang: str, key: str | None = None) -> str:
        return text_of(preview_html(inputs, doc, lang, key, dt.date(2026, 5, 20)))

    korean = {f"bill {k}": text("bill", "ko", k) for k in keys}
    korean |= {f"table {k}": text("table", "ko", k) for k in keys}
    korean |= {doc: text(doc, "ko") for doc in ("press", "org", "review")}
    english = {f"bill {k}": text("bill", "en", k) for k in keys}
    english |= {f"table {k}": text("table", "en", k) for k in keys}
    english |= {doc: text(doc, "en") for doc in ("press", "org")}
    for key in keys:
        assert re.search(r"제\s+출\s+자 : 서울특별시 강남구청장\n", korean[f"bill {key}"])
        assert "Proposed by: Mayor of Gangnam-gu" in english[f"bill {key}"]
    assert "구청장은" in korean["press"]
    for name, page in korean.items():
        for word in ("시장", "도지사", "부지사", "도민", "도의회", "시의회", "군수"):
            assert word not in page, (name, word)
    for name, page in english.items():
        for word in ("Governor", "Province", "Provincial", "City Council", "County"):
            assert word not in page, (name, word)
    staffing = korean["bill staffing"]
    assert '"1,406명"을 "1,409명"으로 한다.' in staffing
    for grade, before, after in (("6급", "440", "442"), ("7급", "510", "511")):
        assert re.search(rf"\n{grade}\n{after}\n", staffing.split("별표 1을 별지와 같이")[1])
        assert re.search(rf"\n{grade}\n{before}\n{after}\n", korean["org"])
    assert "총 정원 1,406명 → 1,409명(증 3명)" in korean["org"]
    assert "총 정원 1,406명 → 1,409명(증 3명)" in korean["press"]
    assert "1,406명에서 1,409명으로 3명 늘어난다" in korean["press"]
    assert "6급 2명, 7급 1명이" in korean["press"]
    assert "Total staffing 1,406 → 1,409 (up 3)" in english["press"]


@pytest.mark.gui
@pytest.mark.qt_log_ignore("This plugin does not support")  # raise, propagateSizeHints
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_amendment_check_fits_the_screen_with_the_drafted_bill(qtbot, make_window, lang):
    """Walked: Tools › 개정문 확인 opened 1100 × 780, taller than a 1366 × 768 screen once
    its title bar is counted (the Apply row and Close below the edge). It opens no larger
    than the screen it is on leaves room for (the offscreen screen: 800 × 800), its layout
    still whole; the rule's drafted amendment applies to the rule's text."""
    window = _new_gangnam(make_window, lang)
    _reorganize(window)
    window.check_amendment()
    dialog = window.apply_check_dialog
    qtbot.waitExposed(dialog)
    room = dialog.screen().availableGeometry()
    assert dialog.width() <= room.width() and dialog.height() <= room.height() * 0.9
    assert dialog.height() >= dialog.minimumSizeHint().height()
    assert dialog.width() >= dialog.minimumSizeHint().width()
    keys = [dialog.instrument.itemData(i) for i in range(dialog.instrument.count())]
    dialog.instrument.setCurrentIndex(keys.index("rule"))
    inputs = window.doc.project.draft_inputs()
    dialog.amendment.setPlainText(str(inputs.draft["rule"].amendment("ko")))
    assert dialog.apply()
    screenshot(dialog, f"gangnam-applycheck-{lang}")
    dialog.close()


@pytest.mark.gui
@pytest.mark.parametrize(
    ("lang", "ordinance", "rule"), [("ko", "조례", "규칙"), ("en", "Ordinance", "Rule")]
)
def test_the_effective_dates_name_the_instruments_by_their_titles(
    qtbot, make_window, lang, ordinance, rule
):
    """Walked: the overview's effective dates read '조례 (ordinance)', '규칙 (rule)', '조례
    (staffing)': the project's keys, in English inside the Korean, the two ordinances told
    apart by them alone. Each row is named by its kind and title, as the statute page lists
    the instruments; an edit of the title line is followed."""
    window = _new_gangnam(make_window, lang)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("overview")
    form = window.overview.effective_form

    def labels() -> list[str]:
        return [
            form.itemAt(row, form.ItemRole.LabelRole).widget().text()
            for row in range(form.rowCount())
        ]

    assert labels() == [
        f"{ordinance} · 서울특별시 강남구 행정기구 설치 조례",
        f"{rule} · 서울특별시 강남구 행정기구 설치 조례 시행규칙",
        f"{ordinance} · 서울특별시 강남구 지방공무원 정원 조례",
    ]
    source = window.doc.project.instrument("staffing")
    window.doc.set_instrument_text("staffing", source.text.replace("정원 조례", "정원 조례(안)", 1))
    assert labels()[2] == f"{ordinance} · 서울특별시 강남구 지방공무원 정원 조례(안)"
    window.overview.ensureWidgetVisible(window.overview.effective_box)
    screenshot(window, f"gangnam-effective-{lang}")
