"""What the rest of the window shows the official (walked offscreen in ko and en with the
samples): no internal key or ISO timestamp, and a form that keeps what was typed."""

import pytest

from desktop import paths
from desktop.ui.orgmodel import COL_GRADE, COL_KIND, COL_NAME_EN, COL_NAME_KO, COL_STAFF
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project, screenshot, shown_whole


@pytest.fixture
def county(qtbot, make_window):
    window = make_window()
    open_project(qtbot, window, paths.sample_path("county"))
    window.show_section("org")
    return window


def _staffing_row(form, label):
    table = form.staffing
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == label)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_unit_form_shows_no_key(qtbot, county, lang):
    set_lang(lang)
    page = county.org_page
    page.select_unit("adm")
    heading = page.form.heading.text()
    assert "행정과" in heading
    assert "adm" not in heading and "id:" not in heading


@pytest.mark.parametrize(
    ("lang", "grade", "expected"),
    [("ko", "6급", "6급: '여섯'은 정수가 아닙니다."), ("en", "Grade 6", "Grade 6: '여섯' is not")],
)
def test_a_count_not_a_number_keeps_the_row_and_is_told(qtbot, county, lang, grade, expected):
    set_lang(lang)
    county.set_interface_language(lang)
    page = county.org_page
    page.select_unit("adm")
    form = page.form
    before = dict(county.doc.project.org.find("adm").staffing)
    assert before["g6"] == 6
    row = _staffing_row(form, grade)
    form.staffing.item(row, 1).setText("여섯")
    # the unit keeps its six posts of grade 6, the row stays as typed and the form says why
    assert county.doc.project.org.find("adm").staffing == before
    assert form.staffing.item(row, 1).text() == "여섯"
    assert form.staffing_error.isVisibleTo(form)
    assert form.staffing_error.text().startswith(expected)
    form.staffing.item(row, 1).setText("7")
    assert county.doc.project.org.find("adm").staffing["g6"] == 7
    assert not form.staffing_error.isVisibleTo(form)
    county.doc.undo_stack.undo()
    assert county.doc.project.org.find("adm").staffing == before


def _korean_adm_form(county):
    """The county sample's 행정과 in the unit form, in Korean: the form, the unit's staffing
    and the form's 6급 row."""
    set_lang("ko")
    county.set_interface_language("ko")
    page = county.org_page
    page.select_unit("adm")
    form = page.form
    before = dict(county.doc.project.org.find("adm").staffing)
    return form, before, _staffing_row(form, "6급")


@pytest.mark.parametrize("typed", ["²", "①"])
def test_a_count_in_circled_or_superscript_figures_is_told_not_a_crash(qtbot, county, typed):
    """'²' and '①' are digits to str.isdigit but not to int(): a count typed or pasted so
    raised ValueError out of the form's table. It is a count that is not a whole number."""
    form, before, row = _korean_adm_form(county)
    form.staffing.item(row, 1).setText(typed)
    assert county.doc.project.org.find("adm").staffing == before
    particle = {"²": "는", "①": "은"}[typed]  # 이, 일: read as the figure they write
    assert form.staffing_error.text() == f"6급: '{typed}'{particle} 정수가 아닙니다."


def test_a_grade_the_project_lacks_is_told_not_kept(qtbot, county):
    form, before, row = _korean_adm_form(county)
    form.staffing.item(row, 0).setText("주무관")
    assert county.doc.project.org.find("adm").staffing == before  # no grade 주무관 made up
    assert form.staffing.item(row, 0).text() == "주무관"
    assert form.staffing_error.text() == "주무관은 이 프로젝트의 직급이 아닙니다."


STAMP = "2026-12-06T09:05:31+09:00"
SHOWN = {"ko": "2026. 12. 6. 09:05", "en": "December 6, 2026, 09:05"}


@pytest.fixture
def seoul_time(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Seoul")
    import time

    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_recovery_prompt_tells_when_as_officials_write_it(qtbot, monkeypatch, seoul_time, lang):
    from pathlib import Path

    from PySide6 import QtWidgets

    from desktop.ui.prompts import Prompter
    from desktop.ui.recovery import Recovery

    set_lang(lang)
    asked = []

    def question(_parent, title, text, *_args):
        asked.append(text)
        return QtWidgets.QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", staticmethod(question))
    Prompter().recover(Recovery(Path("r.orgdraft"), Path("양평군.orgdraft"), STAMP))
    assert SHOWN[lang] in asked[0]
    assert "2026-12-06" not in asked[0] and "T09" not in asked[0]


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("reason", ["held", "other-host", "unreadable"])
def test_the_lock_prompt_tells_since_when_as_officials_write_it(
    qtbot, monkeypatch, seoul_time, lang, reason
):
    from PySide6 import QtWidgets

    from desktop.core import lock
    from desktop.ui.prompts import Prompter

    set_lang(lang)
    shown = []

    def exec_(box):
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QtWidgets.QMessageBox, "exec", exec_)
    info = None if reason == "unreadable" else lock.LockInfo("kim", "PC-01", 1234, STAMP)
    locked = lock.ProjectLocked("양평군.orgdraft", info, reason)
    locked.since = STAMP
    Prompter().project_in_use("양평군.orgdraft", locked)
    assert SHOWN[lang] in shown[0]
    assert "2026-12-06" not in shown[0]


@pytest.mark.parametrize(
    ("lang", "headers"),
    [("ko", ["구분", "위치", "내용", "코드"]), ("en", ["Severity", "Where", "Message", "Code"])],
)
def test_the_findings_panel_puts_the_code_last(qtbot, county, lang, headers):
    """Walked offscreen: the second column, 코드, showed W-… codes before the place and the
    message; the code is kept (the one `orgdraft validate` prints, to quote when asking for
    help) but after what the official reads."""
    set_lang(lang)
    county.set_interface_language(lang)
    county.refresh()
    panel = county.findings
    qtbot.waitUntil(lambda: bool(panel.findings), timeout=10000)
    header = panel.headerItem()
    assert [header.text(c) for c in range(panel.columnCount())] == headers
    item = panel.topLevelItem(0)
    finding = panel.findings[0]
    assert item.text(1) and item.text(2) == finding.message(lang)
    assert item.text(3) == finding.code
    assert not item.text(1).startswith(("E-", "W-"))
    screenshot(county, f"findings-{lang}")


@pytest.mark.parametrize(
    ("lang", "title", "other"),
    [
        ("ko", "제목 없음 — OrgDraft", "Untitled — OrgDraft"),
        ("en", "Untitled — OrgDraft", "제목 없음 — OrgDraft"),
    ],
)
def test_a_new_project_is_named_as_desktop_applications_name_one(
    qtbot, make_window, prompts, lang, title, other
):
    """Walked: File › New read '이름없음.orgdraft — OrgDraft' until saved, a file name for a
    file that does not exist yet."""
    window = make_window()
    window.set_interface_language(lang)
    window.session.new(ask=False)
    assert window.doc.path is None
    assert window.windowTitle() == title
    window.set_interface_language("en" if lang == "ko" else "ko")
    assert window.windowTitle() == other  # in the interface language of the moment
    window.set_interface_language(lang)
    prompts.answers["save_file"] = ""  # the Save dialog is cancelled
    window.save_as()
    (_name, (_title, suggested)) = next(a for a in prompts.asked if a[0] == "save_file")
    assert suggested == title.split(" — ")[0] + ".orgdraft"
    screenshot(window, f"untitled-{lang}")


def _fits(widget, text: str, width: int, room: int = 0) -> bool:
    return widget.fontMetrics().horizontalAdvance(text) + room <= width


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_org_page_shows_its_kinds_and_duties_whole(qtbot, make_window, lang):
    """Walked at the default window size: the tree's kind column (70 px) cut 'Deputy County
    Governor' and 'Council Secretariat' to 'Deputy …', 'Council …', and the unit form got
    260 px, its duties table cutting each duty to one and a half lines ('Matters
    concerning …')."""
    window = make_window()
    window.set_interface_language(lang)
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window, paths.sample_path("county"))
    window.show_section("org")
    page = window.org_page
    page.select_unit("adm")
    tree, model = page.tree, window.doc.org_model
    kinds = [model.index(r, COL_KIND, p).data() for p, r in _rows(model)]
    width = tree.header().sectionSize(COL_KIND)
    assert all(_fits(tree, kind, width) for kind in kinds), (kinds, width)
    assert page.form.width() >= 360
    duties = page.form.duties
    for row in range(duties.rowCount()):
        assert duties.rowHeight(row) >= duties.sizeHintForRow(row)
        assert duties.item(row, 1).toolTip() == duties.item(row, 1).text()
    screenshot(window, f"org-page-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_org_trees_show_grade_and_staff_before_the_long_english_names(qtbot, make_window, lang):
    """Walked at 1366×768 in English on the 경기도 sample: the current organization's tree
    put the head grade and the staff after the English names, the longest of which ('Gyeonggi
    Northern Special Autonomous Province Promotion Team') pushed them out of the view: the
    grade read 'Gr', the staff not at all. The English name is now the last column, in this
    tree and in the changes page's tree after the changes."""
    set_lang(lang)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window)
    for section, tree in (
        ("org", window.org_page.tree),
        ("changes", window.changes_page.after_tree),
    ):
        window.show_section(section)
        qtbot.wait(1)
        header = tree.header()
        order = [header.logicalIndex(v) for v in range(header.count())]
        assert order == [COL_NAME_KO, COL_KIND, COL_GRADE, COL_STAFF, COL_NAME_EN], section
    tree = window.org_page.tree  # the changes page's is narrower: it scrolls to the staff
    header = tree.header()
    right = header.sectionViewportPosition(COL_STAFF) + header.sectionSize(COL_STAFF)
    assert right <= tree.viewport().width(), (right, tree.viewport().width())
    screenshot(window, f"org-columns-{lang}")


def _rows(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        yield parent, row
        yield from _rows(model, model.index(row, 0, parent))


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_roles_button_leaves_room_for_its_arrow(qtbot, make_window, lang):
    from PySide6.QtWidgets import QStyle

    window = make_window()
    window.set_interface_language(lang)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("statutes")
    button = window.statute_page.roles_button
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert _fits(button, button.text(), button.width(), arrow + 8)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_new_project_review_shows_kinds_whole_and_the_line_read(qtbot, lang):
    from desktop.ui.newproject import NewProjectDialog
    from tests.ui.test_newproject import text

    set_lang(lang)
    dialog = NewProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_ko.setText("가온시")
    dialog.name_en.setText("Gaon City")
    dialog.next.click()
    for key in ("ordinance", "rule", "staffing"):
        dialog.texts[key].setPlainText(text(f"city-{key}"))
    dialog.next.click()
    tree = dialog.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    for item in items:  # grows as it goes: every row, children after their parent
        items.extend(item.child(c) for c in range(item.childCount()))
    assert len(items) == 17
    width = tree.header().sectionSize(1)
    assert all(_fits(tree, item.text(1), width) for item in items)
    assert all(item.text(5) for item in items)
    assert shown_whole(tree, (5,)) >= 1  # the line read, whole (wrapped, not in a tooltip)
    screenshot(dialog, f"new-review-{lang}")
