"""Settings declared once: typed values with defaults, invalid stored values read as the
default, and the Settings dialog generated from the declarations."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox

from desktop import paths
from desktop.core import projectfile
from desktop.core.press import with_press_defaults
from desktop.core.rules import DRAFTING_CHOICES, MAX_REPLACEMENTS_RANGE
from desktop.documents.typography import Fonts
from desktop.ui.settings import BY_KEY, SETTINGS, AppSettings
from desktop.ui.settingsdialog import SettingsDialog, check_template_folder
from tests.ui.conftest import screenshot


def ini(settings: AppSettings) -> Path:
    return Path(settings._qs.fileName())


def store_raw(settings: AppSettings, values: dict[str, str]) -> AppSettings:
    """Write values as a hand-edited (or older, or damaged) INI would hold them."""
    raw = QSettings(str(ini(settings)), QSettings.Format.IniFormat)
    for key, value in values.items():
        raw.setValue(key, value)
    raw.sync()
    return AppSettings(ini(settings))


# -- the declarations ------------------------------------------------------------------------
def test_every_setting_reads_as_its_default_at_first(settings):
    for setting in SETTINGS:
        assert settings.get(setting.key) == setting.default, setting.key
        assert setting.problem(setting.default) == "", setting.key


def test_the_drafting_choices_are_those_a_project_file_may_hold():
    """Settings offer each drafting convention's values as the project file allows them
    (:data:`desktop.core.rules.DRAFTING_CHOICES`): a convention chosen here always saves and
    loads."""
    for name, allowed in DRAFTING_CHOICES.items():
        assert tuple(value for value, _label in BY_KEY[f"drafting/{name}"].choices) == allowed
    spin = BY_KEY["drafting/max_replacements"]
    assert (spin.minimum, spin.maximum) == MAX_REPLACEMENTS_RANGE


def test_values_round_trip_through_the_file(settings):
    settings.set("press/officer_ko", "홍길동")
    settings.set("press/email", "hong@gg.go.kr")
    settings.set("drafting/hyphens", False)
    settings.set("drafting/max_replacements", 5)
    settings.set("drafting/short", "amend")
    settings.set("drafting/cite", "bare")
    settings.set("drafting/articles", "joined")
    settings.set("drafting/lists", "commas")
    settings.set("drafting/body", "part")
    settings.set("interface/language", "ko")
    settings.set("export/docs", ["press", "org"])
    again = AppSettings(ini(settings))
    assert again.get("press/officer_ko") == "홍길동"
    assert again.get("press/email") == "hong@gg.go.kr"
    assert again.get("drafting/hyphens") is False
    assert again.get("drafting/max_replacements") == 5
    assert again.get("drafting/short") == "amend"
    assert again.drafting_options().short == "amend"
    assert again.drafting_options().cite == "bare"
    assert again.drafting_options().articles == "joined"
    assert again.drafting_options().lists == "commas"
    assert again.drafting_options().body == "part"
    assert again.get("interface/language") == "ko"
    assert again.get("export/docs") == ["press", "org"]


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("autosave_minutes", "999"),
        ("autosave_minutes", '"5"'),
        ("autosave_minutes", "true"),
        ("drafting/hyphens", '"yes"'),
        ("drafting/max_replacements", "0"),
        ("drafting/short", '"sometimes"'),
        ("drafting/cite", '"quoted"'),
        ("drafting/articles", '"together"'),
        ("drafting/lists", '"semicolons"'),
        ("drafting/body", '"main"'),
        ("press/email", '"not an address"'),
        ("press/phone", '"call me"'),
        ("interface/language", '"fr"'),
        ("documents/font_ko", '"Comic Sans"'),
        ("documents/file_pattern", '"{date}"'),
        ("documents/template_folder", '"/no/such/folder"'),
        ("export/docs", '["bill", "nope"]'),
        ("export/langs", "[]"),
        ("recent_files", '"one file"'),
        ("last_project", "{not json"),
    ],
)
def test_an_invalid_stored_value_reads_as_the_default(settings, key, raw):
    again = store_raw(settings, {key: raw})
    assert again.get(key) == BY_KEY[key].default


def test_an_invalid_value_is_refused_with_the_reason(settings):
    with pytest.raises(ValueError, match="e-mail"):
        settings.set("press/email", "hong at gg")
    with pytest.raises(ValueError, match="Between 1 and 60"):
        settings.set("autosave_minutes", 0)
    with pytest.raises(ValueError, match="type"):
        settings.set("drafting/hyphens", "no")
    assert settings.get("press/email") == ""


def test_the_window_api_still_works(settings):
    settings.add_recent(Path("/a.orgdraft"))
    settings.add_recent(Path("/b.orgdraft"))
    settings.add_recent(Path("/a.orgdraft"))
    assert settings.recent_files() == ["/a.orgdraft", "/b.orgdraft"]
    settings.clear_recent()
    assert settings.recent_files() == []
    settings.set_last_project(Path("/a.orgdraft"))
    assert settings.last_project() == "/a.orgdraft"
    settings.set_autosave_minutes(500)
    assert settings.autosave_minutes() == 60


def test_plain_values_for_the_documents(settings):
    assert settings.fonts() is None and settings.template_folder() is None
    settings.set("documents/font_ko", "바탕")
    assert settings.fonts() == Fonts("바탕", "바탕")
    settings.set("documents/font_latin", "Times New Roman")
    assert settings.fonts() == Fonts("바탕", "Times New Roman")
    settings.set("documents/file_pattern", "{date}_{name}")
    import datetime as dt

    names = settings.file_names(dt.date(2024, 6, 28))
    assert (
        names.name("ko", "press", ".docx", government="경기도")
        == "20240628_보도자료 - 경기도 조직개편.docx"
    )


def test_the_press_defaults_fill_only_an_empty_header(settings):
    settings.set("press/officer_ko", "홍길동")
    settings.set("press/phone", "031-8008-2114")
    settings.set("press/email", "hong@gg.go.kr")
    settings.set("press/department_ko", "조직관리과")
    defaults = settings.press_defaults()
    assert defaults == {
        "officer_ko": "홍길동",
        "officer_phone": "031-8008-2114",
        "email": "hong@gg.go.kr",
        "department_ko": "조직관리과",
    }
    sample = projectfile.load(paths.sample_path())  # names its department, not its officer
    filled = with_press_defaults(sample, defaults)
    assert filled.press["officer_ko"] == "홍길동" and filled.press["email"] == "hong@gg.go.kr"
    assert filled.press["department_ko"] == "조직담당관"
    assert "officer_ko" not in sample.press
    sample.press["officer_ko"] = "김담당"
    other = with_press_defaults(sample, defaults)
    assert other.press["officer_ko"] == "김담당" and "officer_phone" not in other.press


# -- the dialog ------------------------------------------------------------------------------
@pytest.fixture
def dialog(qtbot, settings, prompts):
    dialog = SettingsDialog(settings, prompts)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_dialog_has_a_field_for_every_labelled_setting(dialog):
    shown = [s for s in SETTINGS if s.label]
    assert list(dialog.fields) == [s.key for s in shown]
    kinds = {
        "press/email": QLineEdit,
        "documents/font_ko": QComboBox,
        "drafting/hyphens": QCheckBox,
        "drafting/max_replacements": QSpinBox,
        "interface/language": QComboBox,
    }
    for key, kind in kinds.items():
        assert isinstance(dialog.fields[key], kind), key
    screenshot(dialog, "settings")


def test_settings_round_trip_through_the_dialog(qtbot, dialog, settings):
    dialog.fields["press/officer_ko"].setText("홍길동")
    dialog.fields["press/email"].setText("hong@gg.go.kr")
    font = dialog.fields["documents/font_ko"]
    font.setCurrentIndex(font.findData("맑은 고딕"))
    dialog.fields["drafting/hyphens"].setChecked(False)
    dialog.fields["drafting/max_replacements"].setValue(4)
    short = dialog.fields["drafting/short"]
    short.setCurrentIndex(short.findData("amend"))
    cite = dialog.fields["drafting/cite"]
    cite.setCurrentIndex(cite.findData("bare"))
    articles = dialog.fields["drafting/articles"]
    articles.setCurrentIndex(articles.findData("joined"))
    lists = dialog.fields["drafting/lists"]
    lists.setCurrentIndex(lists.findData("commas"))
    body = dialog.fields["drafting/body"]
    body.setCurrentIndex(body.findData("part"))
    dialog.fields["autosave_minutes"].setValue(5)
    with qtbot.waitSignal(dialog.settings_saved) as blocker:
        dialog.ok_button.click()
    assert set(blocker.args[0]) == {
        "press/officer_ko",
        "press/email",
        "documents/font_ko",
        "drafting/hyphens",
        "drafting/max_replacements",
        "drafting/short",
        "drafting/cite",
        "drafting/articles",
        "drafting/lists",
        "drafting/body",
        "autosave_minutes",
    }
    again = AppSettings(ini(settings))
    assert again.get("press/officer_ko") == "홍길동"
    assert again.fonts() == Fonts("맑은 고딕", "맑은 고딕")
    assert again.get("drafting/hyphens") is False
    assert again.get("drafting/max_replacements") == 4
    assert again.drafting_options().short == "amend"
    assert again.drafting_options().cite == "bare"
    assert again.drafting_options().articles == "joined"
    assert again.drafting_options().lists == "commas"
    assert again.drafting_options().body == "part"
    assert again.autosave_minutes() == 5
    reopened = SettingsDialog(again, None)
    qtbot.addWidget(reopened)
    assert reopened.value("press/officer_ko") == "홍길동"
    assert reopened.value("documents/font_ko") == "맑은 고딕"
    assert reopened.value("drafting/short") == "amend"
    assert reopened.value("drafting/cite") == "bare"
    assert reopened.value("drafting/articles") == "joined"
    assert reopened.value("drafting/lists") == "commas"
    assert reopened.value("drafting/body") == "part"


def test_cancel_keeps_the_settings(dialog, settings):
    dialog.fields["press/officer_ko"].setText("홍길동")
    dialog.reject()
    assert settings.get("press/officer_ko") == ""


def test_an_invalid_value_is_explained_beside_its_field(dialog):
    dialog.fields["press/email"].setText("hong at gg")
    assert not dialog.ok_button.isEnabled()
    assert "e-mail" in dialog.messages["press/email"].text()
    assert not dialog.messages["press/email"].isHidden()
    dialog.fields["press/email"].setText("hong@gg.go.kr")
    assert dialog.ok_button.isEnabled()
    assert dialog.messages["press/email"].isHidden()


# -- the template folder ---------------------------------------------------------------------
def broken_template(target: Path) -> Path:
    shutil.copy(paths.templates_dir() / "ko" / "press.docx", target)
    document = docx.Document(str(target))
    document.add_paragraph("{{ nope }}")
    document.save(str(target))
    return target


def choose_template_folder(qtbot, dialog, prompts, folder: Path) -> str:
    prompts.answers["choose_folder"] = str(folder)
    dialog._choose_folder("documents/template_folder")
    qtbot.waitUntil(lambda: not dialog.is_checking(), timeout=10000)
    return dialog.messages["documents/template_folder"].text()


def test_a_folder_with_a_broken_template_is_refused(qtbot, dialog, prompts, tmp_path):
    (tmp_path / "tpl" / "ko").mkdir(parents=True)
    broken_template(tmp_path / "tpl" / "ko" / "press.docx")
    text = choose_template_folder(qtbot, dialog, prompts, tmp_path / "tpl")
    assert "ko/press.docx cannot be used" in text and "nope" in text
    assert not dialog.ok_button.isEnabled()


def test_a_folder_without_templates_is_refused(qtbot, dialog, prompts, tmp_path):
    (tmp_path / "empty").mkdir()
    text = choose_template_folder(qtbot, dialog, prompts, tmp_path / "empty")
    assert text.startswith("No template in this folder")
    assert not dialog.ok_button.isEnabled()


def test_a_folder_with_some_good_templates_is_taken(qtbot, dialog, prompts, settings, tmp_path):
    (tmp_path / "tpl" / "en").mkdir(parents=True)
    shutil.copy(paths.templates_dir() / "en" / "press.docx", tmp_path / "tpl" / "en")
    shutil.copy(paths.templates_dir() / "ko" / "bill.docx", tmp_path / "tpl")
    text = choose_template_folder(qtbot, dialog, prompts, tmp_path / "tpl")
    assert "built-in ones are used for: ko/table" in text
    assert "en/press" not in text and "bill" not in text
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert settings.template_folder() == tmp_path / "tpl"


def test_check_template_folder_accepts_the_built_in_set():
    error, note = check_template_folder(str(paths.templates_dir()))
    assert error == "" and note == "Every template is found and fine."


# -- in the window ---------------------------------------------------------------------------
def test_the_window_opens_the_dialog_and_applies_the_autosave_interval(qtbot, window, settings):
    window.actions_["settings"].trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.fields["autosave_minutes"].setValue(7)
    dialog.ok_button.click()
    assert settings.autosave_minutes() == 7
    assert window.session.autosave_timer.interval() == 7 * 60_000


def test_the_interface_language_is_applied_when_the_window_can(qtbot, window, monkeypatch):
    switched = []
    monkeypatch.setattr(window, "set_interface_language", switched.append, raising=False)
    window.edit_settings()
    dialog = window.settings_dialog
    language = dialog.fields["interface/language"]
    language.setCurrentIndex(language.findData("ko"))
    dialog.ok_button.click()
    assert switched == ["ko"]


def test_the_rewrite_threshold_reaches_the_open_document(qtbot, window, settings):
    from tests.ui.conftest import open_project

    open_project(qtbot, window)
    assert window.doc.inputs().options.max_replacements == 3
    settings.set("drafting/max_replacements", 1)
    window._on_settings_dialog_settings_saved(["drafting/max_replacements"])
    assert window.doc.inputs().options.max_replacements == 1  # the statute and press pages redraft
    qtbot.waitUntil(lambda: not window.refresh_timer.isActive())


def test_the_sections_scroll_on_a_short_screen_and_are_never_cut_across(qtbot, dialog):
    """A 1366×768 laptop has about 700 pixels for a dialog: the sections scroll, the buttons
    stay in sight, and no field is cut at the right."""
    assert dialog.scroll.widget() is dialog.sections
    dialog.resize(dialog.width(), 500)
    qtbot.waitUntil(lambda: dialog.height() <= 500)
    assert dialog.scroll.verticalScrollBar().maximum() > 0
    ok = dialog.ok_button
    assert ok.isVisible()
    assert dialog.rect().contains(ok.mapTo(dialog, ok.rect().bottomRight()))
    assert dialog.scroll.viewport().width() >= dialog.sections.minimumSizeHint().width()
    # the rewrite hint wraps to its full height inside the scrolled sections
    hint = dialog.messages["drafting/max_replacements"]
    assert hint.isVisible() and hint.height() >= hint.heightForWidth(hint.width())
