"""File › New, guided: name → paste the instruments → review what was read → a rename →
export; the exported bill renames the bureau and keeps its duties. Screenshots of each step
when ``ORGDRAFT_SCREENSHOTS=DIR`` is set."""

from pathlib import Path

import docx
import pytest

from desktop.core.project import Role
from desktop.ui.tr import set_lang
from tests.ui.conftest import review_rows, screenshot

DATA = Path(__file__).resolve().parents[1] / "data" / "orgread"
EXPORT_TIMEOUT = 120_000


def text(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.gui
def test_new_project_from_pasted_instruments_to_an_exported_bill(qtbot, make_window, tmp_path):
    set_lang("ko")
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    seen = {}

    def drive(dialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.name_ko.setText("가온시")
        dialog.name_en.setText("Gaon City")
        dialog.population.setValue(123_456)
        assert dialog.kind_hint.text() == "시"  # the kind, inferred from the name, in words
        screenshot(dialog, "new-1-government")
        dialog.next.click()
        assert dialog.steps.currentIndex() == 1
        dialog.texts["ordinance"].setPlainText(text("city-ordinance"))
        dialog.texts["rule"].setPlainText(text("city-rule"))
        dialog.texts["staffing"].setPlainText(text("city-staffing"))
        screenshot(dialog, "new-2-instruments")
        dialog.next.click()
        assert dialog.steps.currentIndex() == 2
        rows = review_rows(dialog.tree)
        seen["rows"] = rows
        seen["summary"] = dialog.summary.text()
        screenshot(dialog, "new-3-review")
        assert dialog.next.text() == "만들기(&C)"
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    rows = seen["rows"]
    assert len(rows) == 17
    assert rows["행정국"][1:5] == ["국", "4급", "3", "1"]  # kind and grade in words, not codes
    assert [rows["시장"][1], rows["부시장"][1]] == ["시장", "부시장"]  # the city's, not 단체장
    assert rows["자치행정과"][1:5] == ["과", "", "2", "8"]  # no grade stated; staff from the annex
    assert rows["행정국"][5].startswith("행정기구 조례 12행: 제3조(국의 설치)")
    assert seen["summary"].startswith("기구 17개와 정원 80명을 읽었습니다.")
    project = window.doc.project
    assert project.meta.government_ko == "가온시"
    assert project.government.population == 123_456  # kept in the government profile
    assert project.profile.population == 123_456
    # The staffing ordinance is an instrument of the project, with its role.
    assert [(s.key, sorted(s.role_set)) for s in project.instruments] == [
        ("ordinance", [Role.ORGANIZATION]),
        ("rule", [Role.DIVISIONS]),
        ("staffing", [Role.STAFFING]),
    ]
    assert project.instrument("staffing").text == text("city-staffing")
    assert sum(project.org.total_staffing().values()) == 80  # from the staffing annex
    assert project.meta.references.laws == [  # the laws its bills rest on, prefilled
        "「지방자치법」",
        "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」",
    ]
    assert [u.name_ko for u in project.org.children(project.org.by_name("부시장")[0].id)] == [
        "행정국",
        "복지국",
        "도시국",
    ]
    assert window.stack.currentWidget() is window.changes_page
    assert "개편" in window.statusBar().currentMessage()
    screenshot(window, "new-4-changes")
    # A rename, through the change form.
    dialog = window.changes_page.add_change("rename")
    welfare = project.org.by_name("복지국")[0].id
    dialog.form.unit.setCurrentIndex(dialog.form.unit.findData(welfare))
    dialog.form.name_ko.setText("복지가족국")
    dialog.form.name_en.setText("Welfare and Family Bureau")
    screenshot(dialog, "new-5-rename")
    dialog.accept()
    assert [c.type_name for c in project.changes] == ["rename"]
    window.refresh()
    # Export the Korean bill of the ordinance.
    window.export()
    export = window.export_dialog
    qtbot.addWidget(export)
    out = tmp_path / "out"
    export.folder_edit.setText(str(out))
    for key, box in export.doc_boxes.items():
        box.setChecked(key == "bill")
    for key, box in export.lang_boxes.items():
        box.setChecked(key == "ko")
    assert export.export_button.isEnabled(), export.status.text()
    with qtbot.waitSignal(export.export_finished, timeout=EXPORT_TIMEOUT) as blocker:
        export.export_button.click()
    result = blocker.args[0]
    screenshot(export, "new-6-export")
    bills = [p for p in result.written if p.suffix == ".docx"]
    texts = {p.name: "\n".join(par.text for par in docx.Document(str(p)).paragraphs) for p in bills}
    ordinance = next(t for n, t in texts.items() if "설치 조례 일부개정조례안" in n)
    # The amendment text and its addenda, as the drafting standard writes them: the list
    # article and the bureau's own article renamed, its duties kept (nothing rewritten).
    assert (
        "가온시 행정기구 설치 조례 일부를 다음과 같이 개정한다.\n"
        '제3조 중 "복지국"을 "복지가족국"으로 한다.\n'
        '제5조의 제목 "(복지국)"을 "(복지가족국)"으로 하고, 같은 조 제1항 중 "복지국"을 '
        '"복지가족국"으로 한다.\n'
    ) in ordinance
    assert "제  출  자 : 가온시장" in ordinance  # the head of a city, from its profile
    assert (
        "가. 관계법령\n1) 「지방자치법」\n"
        "2) 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」\n나. 예산조치: 별도조치 필요 없음"
    ) in ordinance
    assert "· 명칭변경: 복지국→복지가족국 (안 제3조, 제5조)" in ordinance
    assert "제1조(시행일) 이 조례는 공포한 날부터 시행한다." in ordinance
    assert (
        "제2조(사무 승계에 관한 경과조치) 이 조례 시행 당시 종전의 복지국이 처리하던 사무는 "
        "복지가족국이 승계한다."
    ) in ordinance
    assert "그 사무를 분장한다" not in ordinance and "신설한다" not in ordinance
    rule = next(t for n, t in texts.items() if "시행규칙 일부개정규칙안" in n)
    assert (
        "가온시 행정기구 설치 조례 시행규칙 일부를 다음과 같이 개정한다.\n"
        '제2조 중 "복지국"을 "복지가족국"으로 한다.\n'
    ) in rule
    # the staffing ordinance's table by organization has a row 복지국: it follows the rename
    assert len(bills) == 3
    staffing = next(t for n, t in texts.items() if "정원 조례 일부개정조례안" in n)
    assert "별표 1을 별지와 같이 한다." in staffing
    path = next(p for p in bills if "정원 조례 일부개정조례안" in p.name)
    cells = {c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells}
    assert "복지가족국" in cells and "복지국" not in cells  # the 별지's table
    assert window.doc.project.changes[0].name_ko == "복지가족국"


@pytest.mark.gui
def test_the_county_samples_texts_give_its_organization_in_a_new_project(qtbot, make_window):
    """The county sample's own three instruments pasted into File › New: its units, parents
    and duties (but the council's secretariat, which they do not set up), the staffing
    ordinance kept with its role, and its grade table's 196 posts with the 군수 (the review
    says so at the table's line)."""
    from desktop import paths
    from desktop.core import projectfile

    set_lang("ko")
    sample = projectfile.load(paths.sample_path("county"))
    window = make_window()
    seen = {}

    def drive(dialog) -> int:
        dialog.name_ko.setText(sample.meta.government_ko)
        dialog.population.setValue(sample.government.population)
        dialog.next.click()
        for source in sample.instruments:
            dialog.texts[source.key].setPlainText(source.text)
        dialog.next.click()
        seen["notes"] = [
            dialog.questions_form.itemAt(i).widget().text()
            for i in range(dialog.questions_form.count())
        ]
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    project = window.doc.project
    assert project.government.population == sample.government.population

    def shape(org):
        return {
            u.name_ko: (
                u.kind,
                org.parent(u.id).name_ko if u.parent_id else None,
                [d.ko for d in u.duties],
            )
            for u in org
            if u.kind.value != "council_secretariat"
        }

    assert shape(project.org) == shape(sample.org)
    assert [(s.key, s.role_set) for s in project.instruments] == [
        (s.key, s.role_set) for s in sample.instruments
    ]
    assert sum(project.org.total_staffing().values()) == 196
    assert project.org.by_name("군수")[0].staff_total == 196
    assert len(seen["notes"]) == 1
    table = (
        sample.instrument("staffing")
        .text.splitlines()
        .index(
            next(
                line
                for line in sample.instrument("staffing").text.splitlines()
                if "[별표 1]" in line
            )
        )
    )
    assert f" {table + 1}행: " in seen["notes"][0]
    assert "직급별 정원 196명은 기구별로 나뉘어 있지 않아 군수에 두었습니다." in seen["notes"][0]


@pytest.mark.gui
def test_the_review_asks_its_questions_in_the_interface_language(qtbot):
    """An English interface reads the open points in English (the statute's own line stays
    as pasted), not in Korean beside English labels."""
    from desktop.ui.newproject import NewProjectDialog

    set_lang("en")
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.name_ko.setText("부산광역시 해운대구")
    dialog.next.click()
    dialog.texts["ordinance"].setPlainText(
        "부산광역시 해운대구 행정기구 설치 조례\n\n"
        "제3조(실ㆍ국의 설치) 부구청장 밑에 행정자치국 및 도시건설국을 둔다.\n"
    )
    dialog.texts["staffing"].setPlainText(
        "부산광역시 해운대구 지방공무원 정원 조례\n\n"
        "제2조(정원) ① 부산광역시 해운대구에 두는 지방공무원의 정원은 1,052명으로 한다.\n"
        "② 직급별 정원은 별표 1과 같다.\n\n"
        "[별표 1] 직급별 정원표(제2조제2항 관련)\n| 구분 | 정원 |\n| 총계 | 1,052 |\n"
        "| 정무직 | 1 |\n| 5급 | 1,051 |\n"
    )
    dialog.next.click()
    notes = [
        dialog.questions_form.itemAt(i).widget().text()
        for i in range(dialog.questions_form.count())
    ]
    assert notes and all(note.startswith("Staffing ordinance line ") for note in notes)
    assert not any("기구별로" in note for note in notes)


def test_a_file_that_cannot_be_read_is_told_and_what_was_pasted_stays(qtbot, tmp_path, monkeypatch):
    """Walked: opening a damaged .docx into a box that held a pasted text emptied the box
    (and python-docx's own error went to the crash guard); a Word file's tables came in as
    nothing. Now the box keeps its text, the step says why in the interface language, and a
    Word file's 별표 table comes in as its rows."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.newproject import NewProjectDialog

    set_lang("ko")
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.name_ko.setText("가온시")
    dialog.next.click()
    pasted = "가온시 지방공무원 정원 조례\n제1조(정원) 정원은 10명으로 한다."
    dialog.texts["staffing"].setPlainText(pasted)
    damaged = tmp_path / "정원.docx"
    damaged.write_bytes(b"PK\x03\x04 damaged")
    chosen = {"path": str(damaged)}
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (chosen["path"], "")
    )
    dialog._open_file("staffing")
    assert dialog.texts["staffing"].toPlainText() == pasted
    assert dialog.step_title.text() == (
        "파일을 읽을 수 없습니다: 읽을 수 있는 Word 문서(.docx)가 아니거나 파일이 손상되었습니다"
    )
    document = docx.Document()
    document.add_paragraph("[별표] 정원표(제1조 관련)")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "직급", "정원"
    table.cell(1, 0).text, table.cell(1, 1).text = "5급", "10"
    word = tmp_path / "정원표.docx"
    document.save(word)
    chosen["path"] = str(word)
    dialog._open_file("staffing")
    assert dialog.texts["staffing"].toPlainText().splitlines()[-1] == "| 5급 | 10 |"


def test_file_new_opens_a_statute_kept_in_hangul(qtbot, tmp_path, monkeypatch):
    """The official's ordinances are kept in 한/글: File › New's open dialog offered .txt and
    .docx only, and a .hwpx chosen anyway was read as text and refused. It offers the 한/글
    files and reads one, its 별표 table as rows."""
    from hwpx.document import HwpxDocument
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.newproject import NewProjectDialog

    set_lang("ko")
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.name_ko.setText("가온시")
    dialog.next.click()
    document = HwpxDocument.new()
    document.add_paragraph("[별표] 정원표(제1조 관련)")
    table = document.add_table(2, 2)
    for r, row in enumerate([("직급", "정원"), ("5급", "10")]):
        for c, text in enumerate(row):
            table.set_cell_text(r, c, text)
    path = tmp_path / "정원 조례.hwpx"
    document.save_to_path(str(path))
    asked = {}

    def choose(*args, **kwargs):
        asked["filter"] = args[3]
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    dialog._open_file("staffing")
    assert "*.hwpx *.hwp" in asked["filter"]
    assert dialog.texts["staffing"].toPlainText().splitlines()[-2:] == [
        "| 직급 | 정원 |",
        "| 5급 | 10 |",
    ]
