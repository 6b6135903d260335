"""The overview's kind of government and population: shown, edited, undone."""

from PySide6.QtWidgets import QComboBox, QSpinBox

from desktop.core.government import GovernmentKind
from desktop.ui import commands as cmd
from tests.ui.conftest import open_project


def test_the_kind_follows_the_name_until_chosen_and_undoes(qtbot, window):
    open_project(qtbot, window)
    doc, page = window.doc, window.overview
    combo = page.editors["government.kind"]
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "province"  # the sample stores its kind
    doc.push(cmd.SetMetaField(doc, "government.kind", None))
    assert combo.currentIndex() == 0 and "도" in combo.itemText(0)
    doc.push(cmd.SetMetaField(doc, "government_ko", "오산시"))
    assert doc.project.profile.kind is GovernmentKind.CITY
    assert "시" in combo.itemText(0) and combo.currentIndex() == 0
    combo.activated.emit(combo.findData("county"))
    assert doc.project.government.kind is GovernmentKind.COUNTY
    assert doc.project.profile.head_ko == "군수"
    doc.undo_stack.undo()
    assert doc.project.government.kind is None
    assert combo.currentIndex() == 0


def test_population_is_kept_in_the_profile(qtbot, window):
    open_project(qtbot, window)
    doc, page = window.doc, window.overview
    spin = page.editors["government.population"]
    assert isinstance(spin, QSpinBox) and spin.value() == 0
    spin.setValue(230_000)
    spin.editingFinished.emit()
    assert doc.project.government.population == 230_000
    assert doc.project.profile.population == 230_000
    doc.undo_stack.undo()
    assert doc.project.government.population is None and spin.value() == 0


def test_the_first_start_opens_the_province_and_offers_the_county(qtbot, window):
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        window.start(None)
    assert window.doc.project.meta.government_ko == "경기도"
    offer = window.county_offer
    assert offer.isVisibleTo(window.statusBar())
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        offer.click()
    assert window.doc.project.meta.government_ko == "양평군"
    assert window.doc.project.profile.head_ko == "군수"


def test_help_opens_the_county_sample(qtbot, window):
    assert window.actions_["county_sample"] in window.menuBar().actions()[-1].menu().actions()
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        window.actions_["county_sample"].trigger()
    assert window.doc.project.government.population == 125_000
