"""A city's 구 through File › New: 수원시's ordinance sets up 장안구ㆍ권선구ㆍ팔달구 및 영통구 as
하부행정기관; the review and the organization tree show them as 구 (District) under the mayor,
and the kind dropdown of a city offers 구 where a county's does not."""

import pytest

from desktop.core.government import GovernmentKind, Profile
from desktop.core.org import UnitKind
from desktop.ui.labels import kind_label
from desktop.ui.tr import set_lang
from tests.ui.conftest import read_government, review_rows, screenshot


@pytest.mark.gui
@pytest.mark.parametrize(("lang", "kind"), [("ko", "구"), ("en", "District")])
def test_a_citys_gu_are_read_and_shown_under_the_mayor(qtbot, make_window, lang, kind):
    set_lang(lang)
    window = make_window()
    seen = {}

    def drive(dialog) -> int:
        read_government(dialog, "경기도 수원시", 1_190_000, "suwon")
        seen["rows"] = review_rows(dialog.tree)
        screenshot(dialog, f"suwon-review-{lang}")
        dialog.next.click()
        return dialog.result()

    window._run_dialog = drive
    window.new_project()
    rows = seen["rows"]
    for name in ("장안구", "권선구", "팔달구", "영통구"):
        assert kind in rows[name], rows[name]
    org = window.doc.project.org
    gu = [u for u in org if u.kind is UnitKind.GU]
    assert [u.name_ko for u in gu] == ["장안구", "권선구", "팔달구", "영통구"]
    assert {org.get(u.parent_id).name_ko for u in gu} == {"시장"}


def test_the_kind_is_offered_to_a_city_only():
    city = Profile(GovernmentKind.CITY, "수원시", "Suwon")
    county = Profile(GovernmentKind.COUNTY, "울릉군", "Ulleung")
    assert UnitKind.GU in city.unit_kinds and UnitKind.GU not in county.unit_kinds
    set_lang("en")
    assert kind_label(UnitKind.GU, city) == "District"
    set_lang("ko")
    assert kind_label(UnitKind.GU, city) == "구"
