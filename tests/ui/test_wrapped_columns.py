"""Long texts in the window's lists are shown whole, wrapped, never cut with an ellipsis: the
validation panel's place (위치) and message, and File › New's review of the line each unit was
read from (읽은 곳), in Korean and English; each row is as tall as its longest text.
Screenshots when ``ORGDRAFT_SCREENSHOTS=DIR`` is set."""

from __future__ import annotations

import pytest

from desktop.ui.findingspanel import MESSAGE, WHERE
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project, read_government, screenshot, shown_whole

READ_FROM = 5  # the review's column of the line read


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_findings_show_their_place_and_message_whole(qtbot, make_window, lang):
    """The sample's findings and those of 제주특별자치도 read through File › New, in a window
    half a wide screen wide."""
    set_lang(lang)
    window = make_window()
    window.resize(960, 768)
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window)
    window.refresh()
    panel = window.findings
    most = shown_whole(panel, (WHERE, MESSAGE))
    screenshot(panel, f"findings-sample-{lang}")

    def drive(dialog) -> int:
        read_government(dialog, "제주특별자치도", 670_000, "jeju")
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    window.refresh()
    assert panel.topLevelItemCount() > 10
    most = max(most, shown_whole(panel, (WHERE, MESSAGE)))
    assert most > 1
    screenshot(window, f"findings-jeju-{lang}")
    # a narrower place column: more lines, each row as tall as its text still
    panel.header().resizeSection(WHERE, 120)
    assert shown_whole(panel, (WHERE, MESSAGE)) > 1


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_review_shows_each_line_read_whole(qtbot, make_window, lang):
    """수원시's texts through File › New: the line each unit was read from, wrapped."""
    set_lang(lang)
    window = make_window()
    seen = {}

    def drive(dialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        read_government(dialog, "경기도 수원시", 1_190_000, "suwon")
        assert shown_whole(dialog.tree, (READ_FROM,)) > 1
        seen["read"] = dialog.tree.topLevelItem(0).text(READ_FROM)
        screenshot(dialog, f"review-suwon-{lang}")
        tall = dialog.tree.visualItemRect(dialog.tree.topLevelItem(0).child(0).child(0)).height()
        dialog.resize(1500, 640)  # wider: the rows lay out again, one line each
        assert shown_whole(dialog.tree, (READ_FROM,)) == 1
        low = dialog.tree.visualItemRect(dialog.tree.topLevelItem(0).child(0).child(0)).height()
        assert low < tall
        return 0

    window._run_dialog = drive
    window.new_project()
    assert seen["read"].startswith(("행정기구 조례 6행", "Organization ordinance line 6"))
