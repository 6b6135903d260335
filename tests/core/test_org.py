"""The organization tree: order of siblings, moves, cycles."""

import pytest

from desktop.core.org import Level, Organization, Unit, UnitKind, instrument_for
from desktop.core.statute import InstrumentKind


def small_org() -> Organization:
    return Organization(
        [
            Unit("gov", UnitKind.GOVERNOR, "도지사", "Governor"),
            Unit("b1", UnitKind.BUREAU, "자치행정국", "Autonomous Administration Bureau", "gov"),
            Unit("d1", UnitKind.DIVISION, "자치행정과", "", "b1"),
            Unit("d2", UnitKind.DIVISION, "조직관리과", "", "b1"),
            Unit("b2", UnitKind.BUREAU, "복지국", "Welfare Bureau", "gov"),
        ]
    )


def test_tree_order_is_depth_first_with_siblings_in_order():
    assert [u.id for u in small_org()] == ["gov", "b1", "d1", "d2", "b2"]


def test_add_at_index_places_the_unit_among_its_siblings():
    org = small_org()
    org.add(Unit("d0", UnitKind.DIVISION, "총무과", "", "b1"), index=0)
    assert org.child_ids("b1") == ["d0", "d1", "d2"]


def test_move_changes_parent_and_order():
    org = small_org()
    org.move("d2", "b2")
    assert org.child_ids("b1") == ["d1"]
    assert org.child_ids("b2") == ["d2"]
    assert org.get("d2").parent_id == "b2"


def test_move_under_own_descendant_is_refused():
    org = small_org()
    assert org.would_cycle("b1", "d1")
    with pytest.raises(ValueError, match="cycle"):
        org.move("b1", "d1")
    assert org.get("b1").parent_id == "gov"


def test_remove_refuses_a_unit_with_children():
    org = small_org()
    with pytest.raises(ValueError):
        org.remove("b1")
    org.remove("d1")
    assert "d1" not in org


def test_duplicate_id_and_unknown_parent_are_refused():
    org = small_org()
    with pytest.raises(ValueError):
        org.add(Unit("b1", UnitKind.BUREAU, "x"))
    with pytest.raises(KeyError):
        org.add(Unit("x", UnitKind.BUREAU, "x", parent_id="nope"))


def test_kind_levels_decide_the_instrument():
    assert UnitKind.BUREAU.level is Level.BUREAU
    assert instrument_for(UnitKind.BUREAU) is InstrumentKind.ORDINANCE
    assert instrument_for(UnitKind.OFFICER) is InstrumentKind.RULE
    assert instrument_for(UnitKind.GOVERNOR) is None
    assert UnitKind.COMMITTEE.ko == "위원회"


def test_total_staffing_sums_every_unit():
    org = small_org()
    org.get("d1").staffing = {"g5": 2, "g6": 3}
    org.get("d2").staffing = {"g6": 1}
    assert org.total_staffing() == {"g5": 2, "g6": 4}
