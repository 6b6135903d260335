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
    assert combo.currentIndex() == 0 and combo.itemText(0) == "from the name: Province"
    doc.push(cmd.SetMetaField(doc, "government_ko", "오산시"))
    assert doc.project.profile.kind is GovernmentKind.CITY
    assert combo.itemText(0) == "from the name: City" and combo.currentIndex() == 0
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


# -- the government's own head and deputies everywhere in the window -----------------------


def _column(model, column: int) -> list[str]:
    texts = []

    def walk(parent):
        for row in range(model.rowCount(parent)):
            texts.append(model.index(row, column, parent).data())
            walk(model.index(row, 0, parent))

    from PySide6.QtCore import QModelIndex

    walk(QModelIndex())
    return texts


def _open_county(qtbot, window):
    from desktop import paths

    open_project(qtbot, window, paths.sample_path("county"))
    window.set_interface_language("ko")


def test_the_org_page_and_unit_form_name_the_county_governor(qtbot, window):
    from desktop.ui.orgmodel import COL_KIND

    _open_county(qtbot, window)
    kinds = _column(window.doc.org_model, COL_KIND)
    assert kinds[:2] == ["군수", "부군수"] and "단체장" not in kinds and "부단체장" not in kinds
    page = window.org_page
    page.select_unit("head", "")
    assert page.form.kind.currentText() == "군수"
    offered = [page.form.kind.itemText(i) for i in range(page.form.kind.count())]
    assert "군수" in offered and "부군수" in offered and "본부" not in offered
    # a new kind of government names the head anew, in the tree and in the form
    doc = window.doc
    doc.push(cmd.SetMetaField(doc, "government.kind", GovernmentKind.CITY))
    assert _column(doc.org_model, COL_KIND)[:2] == ["시장", "부시장"]
    assert page.form.kind.currentText() == "시장"
    doc.undo_stack.undo()
    assert _column(doc.org_model, COL_KIND)[:2] == ["군수", "부군수"]


def test_change_forms_pick_units_by_the_counties_titles(qtbot, window):
    _open_county(qtbot, window)
    window.show_section("changes")
    page = window.changes_page
    dialog = page.add_change("establish")
    try:
        form = dialog.form
        labels = [form.parent_picker.itemText(i).strip() for i in range(form.parent_picker.count())]
        assert "군수 · 군수" in labels and "부군수 · 부군수" in labels
        assert not [label for label in labels if "단체장" in label]
        kinds = [form.kind.itemText(i) for i in range(form.kind.count())]
        assert "군수" in kinds and "단체장" not in kinds
        assert form.kind.currentText() == "과"  # a 군 without 국 adds a 과 most often
    finally:
        dialog.reject()
    merge = page.add_change("merge")
    try:
        items = [merge.form.units.item(i).text() for i in range(merge.form.units.count())]
        assert "부군수 · 부군수" in items
    finally:
        merge.reject()


def test_the_kind_of_government_is_shown_in_the_interface_language(qtbot, window):
    open_project(qtbot, window)
    combo = window.overview.editors["government.kind"]
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert "Province" in texts and "County" in texts and not [t for t in texts if "·" in t]
    window.set_interface_language("ko")
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert texts[:2] == ["특별시", "광역시"] and "도" in texts and "군" in texts
    assert not [t for t in texts if "·" in t or any("a" <= c <= "z" for c in t)]
    window.doc.push(cmd.SetMetaField(window.doc, "government.kind", None))
    assert combo.itemText(0) == "명칭에 따름: 도"
    window.set_interface_language("en")
    assert combo.itemText(0) == "from the name: Province"


def test_eup_myeon_dong_are_offered_to_a_county_and_not_to_a_province(qtbot, window):
    _open_county(qtbot, window)
    form = window.org_page.form
    offered = [form.kind.itemText(i) for i in range(form.kind.count())]
    assert "읍ㆍ면ㆍ동" in offered
    window.doc.push(cmd.SetMetaField(window.doc, "government.kind", GovernmentKind.PROVINCE))
    offered = [form.kind.itemText(i) for i in range(form.kind.count())]
    assert "읍ㆍ면ㆍ동" not in offered and "도지사" in offered and "본부" in offered


def _renamed_osan(qtbot, window, code: str):
    """The sample opened and renamed 오산시 (its kind from the name), as an official who
    starts from another government's project does; the document and the findings of
    ``code`` as the panel shows them."""
    open_project(qtbot, window)
    window.show()
    doc = window.doc
    doc.push(cmd.SetMetaField(doc, "government.kind", None))
    doc.push(cmd.SetMetaField(doc, "government_ko", "오산시"))
    doc.push(cmd.SetMetaField(doc, "government_en", "Osan City"))
    return doc, lambda: [f for f in window.findings.findings if f.code == code]


def _leads_to_its_field(qtbot, window, finding, shot: str) -> None:
    """A click on ``finding``, from another section, focuses its field on the overview; the
    window saved as the screenshot ``shot``."""
    from tests.ui.conftest import screenshot

    window.show_section("org")
    window.go_to(finding)
    qtbot.waitUntil(window.overview.editors[finding.place.field].hasFocus)
    screenshot(window, shot)


def test_a_proposer_left_from_the_former_name_is_found_and_leads_to_its_field(qtbot, window):
    """The sample renamed 오산시: the 제출자 still reads 경기도지사 and Governor of Gyeonggi
    Province, which the findings say; a click leads to the field."""
    doc, stale = _renamed_osan(qtbot, window, "W-PROPOSER")
    qtbot.waitUntil(lambda: len(stale()) == 2)
    assert [f.params["expected"] for f in stale()] == ["오산시장", "Mayor of Osan City"]
    assert stale()[0].place.field == "proposer_ko"
    _leads_to_its_field(qtbot, window, stale()[0], "proposer-stale")
    doc.push(cmd.SetMetaField(doc, "proposer_ko", "오산시장"))
    doc.push(cmd.SetMetaField(doc, "proposer_en", "Mayor of Osan City"))
    qtbot.waitUntil(lambda: not stale())


def test_a_session_left_from_the_former_name_is_found_and_leads_to_its_field(qtbot, window):
    """The sample renamed 오산시: the 회기 still names 경기도의회 and the Gyeonggi Provincial
    Council, which the findings say; a click leads to the field; undone, the warnings go."""
    doc, stale = _renamed_osan(qtbot, window, "W-SESSION")
    qtbot.waitUntil(lambda: len(stale()) == 2)
    assert [f.place.field for f in stale()] == ["session_ko", "session_en"]
    assert [f.params["expected"] for f in stale()] == ["오산시의회", "Osan City Council"]
    _leads_to_its_field(qtbot, window, stale()[1], "session-stale")
    doc.push(cmd.SetMetaField(doc, "session_ko", "제250회 오산시의회 임시회"))
    qtbot.waitUntil(lambda: [f.place.field for f in stale()] == ["session_en"])
    doc.push(
        cmd.SetMetaField(doc, "session_en", "250th extraordinary session of the Osan City Council")
    )
    qtbot.waitUntil(lambda: not stale())
    for _ in range(5):  # the two lines, then the name back to 경기도
        doc.undo_stack.undo()
    assert doc.project.meta.government_ko == "경기도"
    qtbot.waitUntil(lambda: not stale())
