"""What the window shows fits where it is shown, in Korean and English, on a 1366×768 laptop
and on a 1024-pixel screen: no column, field or window cuts its text; and a finding says what
its field is (the officer's one telephone is printed in both releases)."""

from __future__ import annotations

import pytest

from desktop import paths
from desktop.ui import commands as cmd
from desktop.ui.findingspanel import MESSAGE, WHERE
from desktop.ui.orgmodel import COL_GRADE, COL_KIND, COL_NAME_EN, COL_NAME_KO
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project, screenshot


@pytest.mark.parametrize(
    ("lang", "where", "message"),
    [
        (
            "ko",
            "보도자료 · 담당자 전화번호(국문·영문 공통)",
            "보도자료 연락처: 국문·영문 보도자료에 함께 싣는 '담당자 전화번호' 항목이 "
            "비어 있습니다.",
        ),
        (
            "en",
            "Press release · Officer's telephone (both releases)",
            "The releases' contact: 'Officer's telephone', one number for the Korean and the "
            "English release, is not filled in.",
        ),
    ],
    ids=["ko", "en"],
)
def test_the_officers_telephone_is_named_as_one_field_of_both_releases(
    qtbot, make_window, lang, where, message
):
    set_lang(lang)
    window = make_window()
    open_project(qtbot, window)
    window.refresh()
    panel = window.findings
    rows = {
        panel.topLevelItem(i).text(WHERE): panel.topLevelItem(i).text(MESSAGE)
        for i in range(panel.topLevelItemCount())
    }
    assert rows.get(where) == message, rows


# -- the unit trees: every text whole -------------------------------------------------------


def _indexes(model, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        yield model.index(row, 0, parent)
        yield from _indexes(model, model.index(row, 0, parent))


def cut_texts(view, columns: tuple[int, ...]) -> list[tuple[str, int, int]]:
    """The texts of ``columns`` wider than their cells (between the style's text margins):
    text, pixels needed, pixels given."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QStyle

    QApplication.sendPostedEvents()
    QApplication.processEvents()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    model, cut = view.model(), []
    for first in _indexes(model):
        for column in columns:
            index = first.siblingAtColumn(column)
            text = str(index.data() or "")
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            needed = QFontMetrics(font).horizontalAdvance(text) + 2 * margin
            given = view.visualRect(index).width()
            if text and needed > given:
                cut.append((text, needed, given))
    return cut


UNIT_TEXTS = (COL_KIND, COL_NAME_KO, COL_NAME_EN, COL_GRADE)


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("sample", ["province", "county"])
def test_the_organization_after_the_changes_shows_every_text_whole(
    qtbot, make_window, lang, sample
):
    """The changes page's tree: its kind column (60 px) cut 'Governor', 'Vice Governor',
    'Administrative …' to 'Gover…', 'Vice G…', 'Admini…' in English, its names (200 px) 'Vice
    Governor for Administrati…', 'Gyeonggi Northern Special Au…'."""
    set_lang(lang)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window, None if sample == "province" else paths.sample_path("county"))
    window.show_section("changes")
    assert cut_texts(window.changes_page.after_tree, UNIT_TEXTS) == []
    screenshot(window, f"changes-{sample}-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_current_organization_shows_every_text_whole(qtbot, make_window, lang):
    """The org page's tree, its names 200 px wide ('경기북부특별자치도추…'), also after a
    name is made longer and after the language is switched."""
    set_lang(lang)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window)
    window.show_section("org")
    tree = window.org_page.tree
    assert cut_texts(tree, UNIT_TEXTS) == []
    longer = "Autonomous Administration, Local Democracy and Decentralization Bureau"
    window.doc.push(cmd.EditUnit(window.doc.org_model, "plan", "name_en", longer))
    assert cut_texts(tree, UNIT_TEXTS) == []
    window.set_interface_language("en" if lang == "ko" else "ko")
    assert cut_texts(tree, UNIT_TEXTS) == []


# -- the window on a 1024-pixel screen --------------------------------------------------------


@pytest.fixture
def jeju_file(tmp_path):
    from desktop.core.projectfile import save
    from tests.core.government_projects import jeju_project

    path = tmp_path / "jeju.orgdraft"
    save(jeju_project(), path)
    return path


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_every_section_fits_a_1024_pixel_screen(qtbot, make_window, jeju_file, lang):
    """The statute page asked for 942 px in English (its instrument list at least 28
    characters wide beside six buttons): shown, it made the window 1084 px wide, its right
    edge off a 1024-px screen. 제주특별자치도's instruments have the longest names."""
    from desktop.ui.sections import SECTION_KEYS

    set_lang(lang)
    window = make_window()
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window, jeju_file)
    for key in SECTION_KEYS:
        window.show_section(key)
        qtbot.wait(1)
        assert window.minimumSizeHint().width() <= 1024, key
        assert window.width() == 1024, key
    combo = window.statute_page.instrument
    assert combo.toolTip() == combo.currentText()  # whole where the list is cut
    screenshot(window, f"statutes-1024-{lang}")


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_instrument_list_shows_its_names_whole_on_a_laptop(qtbot, make_window, jeju_file, lang):
    """At 1366 px the list is as wide as its longest name, none cut."""
    from PySide6.QtGui import QFontMetrics

    set_lang(lang)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window, jeju_file)
    window.show_section("statutes")
    combo = window.statute_page.instrument
    qtbot.wait(1)
    longest = max(
        QFontMetrics(combo.font()).horizontalAdvance(combo.itemText(i))
        for i in range(combo.count())
    )
    assert combo.count() == 3 and longest > 250
    assert combo.width() >= combo.sizeHint().width() > longest


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_release_contacts_show_their_examples_whole_at_1024(qtbot, make_window, lang):
    """The telephones, e-mail and dateline city were four in a row, each field 60 px in
    Korean at 1024 px: the telephone's example read '031-80…'."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    set_lang(lang)
    window = make_window()
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window)
    window.show_section("press")
    qtbot.wait(1)
    for field in ("director_phone", "officer_phone", "email", "city_en"):
        edit = window.press_page.fields[field]
        frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
        room = edit.width() - 2 * frame - 4  # the line edit's own 2 px a side
        example = edit.placeholderText() or "officer@gg.go.kr"
        assert QFontMetrics(edit.font()).horizontalAdvance(example) <= room, (field, room)
    screenshot(window, f"press-1024-{lang}")


def cells_whole(view, columns: tuple[int, ...]) -> int:
    """Check that every text of ``columns`` of a table view is shown whole, wrapped at its
    cell's width (between the style's text margins) within its row's height; return the most
    lines any takes."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication, QStyle

    QApplication.sendPostedEvents()
    QApplication.processEvents()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics, model, most = QFontMetrics(view.font()), view.model(), 1
    for row in range(model.rowCount()):
        for column in columns:
            index = model.index(row, column)
            rect, text = view.visualRect(index), str(index.data() or "")
            flags = int(Qt.TextFlag.TextWordWrap)
            needed = metrics.boundingRect(
                QRect(0, 0, rect.width() - 2 * margin, 10**5), flags, text
            )
            assert needed.width() <= rect.width() - 2 * margin, text
            assert needed.height() <= rect.height(), (text, needed.height(), rect.height())
            most = max(most, round(needed.height() / metrics.lineSpacing()))
    return most


@pytest.mark.parametrize("lang", ["ko", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)], ids=["1366", "1024"])
def test_the_glossary_shows_every_term_whole(qtbot, make_window, lang, size):
    """The press page's glossary cut its English terms at 170 px ('AI Data Infrastructure
    Di…', 'Gyeonggi Northern Special Au…') and its Korean at 120 px ('경기북부특별자치도추…'):
    the Korean is whole now, the English wrapped in the rest of the panel, each row as tall
    as its longest term."""
    set_lang(lang)
    window = make_window()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window)
    window.show_section("press")
    view = window.press_page.glossary.view
    assert view.model().rowCount() > 100
    assert cells_whole(view, (0, 1)) > 1
    english = view.visualRect(view.model().index(0, 1))
    assert english.right() < view.viewport().width()  # in sight, not beyond the panel's edge
    screenshot(window, f"glossary-{size[0]}-{lang}")
