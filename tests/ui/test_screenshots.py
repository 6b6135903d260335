"""Screenshots of every section at 1366×768 (only when ``ORGDRAFT_SCREENSHOTS=DIR`` is set),
to look at the window as an official would."""

import os

import pytest

from desktop.ui.sections import SECTIONS
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project, screenshot

pytestmark = pytest.mark.skipif(
    not os.environ.get("ORGDRAFT_SCREENSHOTS"), reason="set ORGDRAFT_SCREENSHOTS=DIR"
)


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_screenshots_of_each_section(qtbot, make_window, lang):
    set_lang(lang)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window)
    window.org_page.select_unit("edu")
    window.statute_page.select_path("4/0")
    for number, (key, _label) in enumerate(SECTIONS):
        if key == "documents":  # the preview drafts on a worker: wait until it shows
            with qtbot.waitSignal(window.documents_page.preview_updated, timeout=20000):
                window.show_section(key)
        else:
            window.show_section(key)
        window.refresh()
        assert screenshot(window, f"{lang}-{number + 1}-{key}")
    window.show_section("changes")
    dialog = window.changes_page.add_change("establish")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.form.name_ko.setText("디지털국")
    assert screenshot(dialog, f"{lang}-7-establish-form")
    dialog.reject()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_screenshots_of_the_county(qtbot, make_window, lang):
    """The county sample: its kind of government in the overview, its head and deputy in the
    org page and in a change form."""
    from desktop import paths

    set_lang(lang)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    open_project(qtbot, window, paths.sample_path("county"))
    window.show_section("overview")
    window.refresh()
    assert screenshot(window, f"county-{lang}-overview")
    window.show_section("org")
    window.org_page.select_unit("head")
    window.refresh()
    assert screenshot(window, f"county-{lang}-org")
    window.show_section("changes")
    dialog = window.changes_page.add_change("establish")
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.form.parent_picker.set_unit_id("deputy")
    dialog.form.name_ko.setText("관광과")
    assert screenshot(dialog, f"county-{lang}-establish-form")
    dialog.reject()
