"""What the change dialogs show the official: no internal key, no English or ISO-only date hint
in the Korean form, no kind chosen for them."""

import pytest

from desktop import paths
from desktop.ui.tr import set_lang
from tests.ui.conftest import open_project


@pytest.fixture
def county(qtbot, make_window):
    window = make_window()
    open_project(qtbot, window, paths.sample_path("county"))
    window.show_section("changes")
    return window


def _dialog(qtbot, window, kind):
    dialog = window.changes_page.add_change(kind)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("kind", ["establish", "temporary", "merge"])
def test_the_new_units_key_is_not_shown(qtbot, county, kind):
    dialog = _dialog(qtbot, county, kind)
    form = dialog.form.form
    labels = [
        form.itemAt(row, form.ItemRole.LabelRole).widget().text()
        for row in range(form.rowCount())
        if form.itemAt(row, form.ItemRole.LabelRole) is not None
    ]
    assert "Identifier" not in labels
    assert not dialog.form.unit_id.isVisibleTo(dialog)
    dialog.form.name_ko.setText("관광과")
    if kind == "temporary":
        dialog.form.until.setText("2027. 12. 31.")
    if kind == "merge":
        for row in (3, 4):  # 행정과, 재무과
            dialog.form.units.item(row).setCheckState(
                dialog.form.units.item(row).checkState().Checked
            )
    dialog.accept()
    assert dialog.result_change is not None, dialog.error.text()
    unit = dialog.result_change.into if kind == "merge" else dialog.result_change.unit
    assert unit.id.startswith("u")  # still given its key, out of sight


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("ko", "별도 시행일: 2026. 13. 1.은(는) 날짜가 아닙니다"),
        ("en", "Own effective date: 2026. 13. 1. is not a date; dates are written like"),
    ],
)
def test_a_wrong_date_is_told_in_the_interface_language(qtbot, county, lang, expected):
    set_lang(lang)
    dialog = _dialog(qtbot, county, "rename")
    dialog.form.unit.set_unit_id("adm")
    dialog.form.name_ko.setText("총무과")
    dialog.note.setText("총무 기능 통합")
    dialog.effective.setText("2026. 13. 1.")
    dialog.accept()
    assert dialog.result_change is None
    assert dialog.error.text().startswith(expected.split("은(는)")[0])
    assert "month must be" not in dialog.error.text()
    assert "2024-06-27" not in dialog.error.text()  # no ISO form offered
    assert dialog.note.text() == "총무 기능 통합"  # what was typed stays
    dialog.effective.setText("2026. 7. 1.")
    dialog.accept()
    assert dialog.result_change is not None


def test_a_wrong_end_date_of_a_temporary_unit_is_told_in_korean(qtbot, county):
    set_lang("ko")
    dialog = _dialog(qtbot, county, "temporary")
    dialog.form.name_ko.setText("추진단")
    dialog.form.until.setText("내년")
    dialog.accept()
    assert dialog.result_change is None
    assert dialog.error.text().startswith("존속기한: 내년")
    assert "cannot read" not in dialog.error.text()


def test_the_new_kind_is_chosen_not_defaulted_to_the_head(qtbot, county):
    set_lang("ko")
    dialog = _dialog(qtbot, county, "change_kind")
    assert dialog.form.kind.currentText() == ""
    dialog.form.unit.set_unit_id("adm")
    dialog.accept()
    assert dialog.result_change is None
    assert dialog.error.text() == "새 유형을 고르세요."
    dialog.form.kind.setCurrentIndex(dialog.form.kind.findText("국"))
    dialog.accept()
    assert dialog.result_change.kind.value == "bureau"
