"""Applying typed changes: one test per change type, plus the errors the engine reports."""

import datetime as dt

from desktop.core import changes as ch
from desktop.core import kinds
from desktop.core.apply import apply_changes
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.i18n import language, set_language


def org() -> Organization:
    return Organization(
        [
            Unit("gov", UnitKind.GOVERNOR, "도지사", "Governor"),
            Unit(
                "b1",
                UnitKind.BUREAU,
                "평생교육국",
                "Lifelong Education Bureau",
                "gov",
                duties=[Duty("평생교육에 관한 사항")],
            ),
            Unit(
                "d1",
                UnitKind.DIVISION,
                "평생교육과",
                "Lifelong Education Division",
                "b1",
                staffing={"g5": 2},
            ),
            Unit(
                "b2",
                UnitKind.BUREAU,
                "사회적경제국",
                "Social Economy Bureau",
                "gov",
                duties=[Duty("청년 기회 확대에 관한 사항"), Duty("사회적경제에 관한 사항")],
            ),
            Unit(
                "d2",
                UnitKind.DIVISION,
                "청년기회과",
                "Youth Opportunity Division",
                "b2",
                staffing={"g4": 1, "g6": 3},
            ),
            Unit("t1", UnitKind.OFFICER, "추진단", "Promotion Team", "gov", "g3"),
        ]
    )


def codes(result):
    return [f.code for f in result.findings]


def test_establish_adds_unit_with_children_at_index():
    bureau = Unit("ai", UnitKind.BUREAU, "AI국", "AI Bureau", "gov")
    div = Unit("ai1", UnitKind.DIVISION, "AI산업육성과", "AI Industry Promotion Division")
    result = apply_changes(org(), [ch.Establish("c1", unit=bureau, index=1, children=[div])])
    assert result.org.child_ids("gov")[1] == "ai"
    assert result.org.get("ai1").parent_id == "ai"
    assert [(r.action, r.unit_id) for r in result.records] == [
        (kinds.ESTABLISH, "ai"),
        (kinds.ESTABLISH, "ai1"),
    ]
    assert result.records[1].parent_ko == "AI국"
    assert result.applied == ["c1"]


def test_establish_with_taken_id_is_an_error_and_skipped():
    result = apply_changes(
        org(), [ch.Establish("c1", unit=Unit("b1", UnitKind.BUREAU, "x", "", "gov"))]
    )
    assert codes(result) == ["E-ESTABLISH-ID"]
    assert result.applied == []


def test_rename_records_old_and_new_names():
    result = apply_changes(
        org(),
        [
            ch.Rename(
                "c1",
                unit_id="b1",
                name_ko="미래평생교육국",
                name_en="Future Lifelong Education Bureau",
            )
        ],
    )
    rec = result.records[0]
    assert (rec.action, rec.payload.old_name_ko, rec.name_ko) == (
        kinds.RENAME,
        "평생교육국",
        "미래평생교육국",
    )
    assert rec.payload == kinds.Renamed("평생교육국", "Lifelong Education Bureau")
    assert rec.renamed is rec.payload
    assert result.org.get("b1").name_en == "Future Lifelong Education Bureau"


def test_rename_to_a_name_in_use_is_an_error():
    result = apply_changes(org(), [ch.Rename("c1", unit_id="b1", name_ko="사회적경제국")])
    assert codes(result) == ["E-RENAME-TAKEN"]
    assert result.org.get("b1").name_ko == "평생교육국"


def test_move_records_old_parent():
    result = apply_changes(org(), [ch.Move("c1", unit_id="d2", new_parent_id="b1")])
    assert result.org.child_ids("b1") == ["d1", "d2"]
    assert result.records[0].payload == kinds.Moved("사회적경제국", "Social Economy Bureau")
    assert result.records[0].parent_ko == "평생교육국"


def test_move_into_own_subtree_is_an_error():
    result = apply_changes(org(), [ch.Move("c1", unit_id="b1", new_parent_id="d1")])
    assert codes(result) == ["E-MOVE-CYCLE"]
    assert result.org.get("b1").parent_id == "gov"


def test_change_kind_to_higher_level_is_an_upgrade():
    result = apply_changes(
        org(), [ch.ChangeKind("c1", unit_id="t1", kind=UnitKind.TASK_FORCE, head_grade="g3")]
    )
    rec = result.records[0]
    assert rec.action is kinds.UPGRADE
    assert rec.old_level.value == "division" and rec.level.value == "bureau"
    assert rec.payload.old_kind is UnitKind.OFFICER


def test_change_kind_same_level_with_name_is_a_rename():
    result = apply_changes(
        org(), [ch.ChangeKind("c1", unit_id="t1", kind=UnitKind.DIVISION, name_ko="추진과")]
    )
    assert result.records[0].action is kinds.RENAME
    assert result.records[0].renamed.old_name_ko == "추진단"


def test_abolish_with_children_needs_a_successor():
    result = apply_changes(org(), [ch.Abolish("c1", unit_id="b2")])
    assert codes(result) == ["E-ABOLISH-ORPHANS"]
    assert "b2" in result.org


def test_abolish_moves_children_and_duties_to_successor():
    result = apply_changes(org(), [ch.Abolish("c1", unit_id="b2", successor_id="b1")])
    assert "b2" not in result.org
    assert result.org.child_ids("b1") == ["d1", "d2"]
    assert [d.ko for d in result.org.get("b1").duties][-1] == "사회적경제에 관한 사항"


def test_a_change_on_a_unit_abolished_earlier_is_an_error():
    result = apply_changes(
        org(),
        [ch.Abolish("c1", unit_id="d1"), ch.Rename("c2", unit_id="d1", name_ko="새과")],
    )
    assert codes(result) == ["E-CHANGE-MISSING-UNIT"]
    assert result.findings[0].place.ref == "c2"
    assert result.applied == ["c1"]


def test_merge_combines_children_duties_and_staffing():
    into = Unit("m", UnitKind.BUREAU, "교육경제국", "Education and Economy Bureau")
    result = apply_changes(org(), [ch.Merge("c1", unit_ids=["b1", "b2"], into=into)])
    assert "b1" not in result.org and "b2" not in result.org
    assert result.org.get("m").parent_id == "gov"
    assert result.org.child_ids("m") == ["d1", "d2"]
    assert len(result.org.get("m").duties) == 3
    assert result.records[0].payload == kinds.Sources(
        (
            ("평생교육국", "Lifelong Education Bureau"),
            ("사회적경제국", "Social Economy Bureau"),
        )
    )


def test_split_creates_units_in_place_and_moves_children():
    a = Unit("s1", UnitKind.BUREAU, "사회적경제국", "")
    b = Unit("s2", UnitKind.BUREAU, "청년국", "")
    result = apply_changes(org(), [ch.Split("c1", unit_id="b2", into=[a, b], children_to="s2")])
    gov = result.org.child_ids("gov")
    assert gov.index("s1") + 1 == gov.index("s2")
    assert result.org.child_ids("s2") == ["d2"]
    assert [r.action for r in result.records] == [kinds.SPLIT, kinds.SPLIT]


def test_transfer_duties_moves_by_text_and_warns_on_unknown():
    result = apply_changes(
        org(),
        [
            ch.TransferDuties(
                "c1",
                from_id="b2",
                to_id="b1",
                duties=["청년 기회 확대에 관한 사항", "없는 사무에 관한 사항"],
            )
        ],
    )
    assert [d.ko for d in result.org.get("b1").duties] == [
        "평생교육에 관한 사항",
        "청년 기회 확대에 관한 사항",
    ]
    assert codes(result) == ["W-TRANSFER-DUTY"]
    moved = result.records[0].payload
    assert moved.duties == ("청년 기회 확대에 관한 사항",)
    # the record names the unit the duties came from as such (not as an old superior)
    assert (moved.source_ko, result.records[0].name_ko) == ("사회적경제국", "평생교육국")
    assert result.applied == ["c1"]  # a warning does not stop the change


def test_staffing_deltas_apply_and_negative_is_refused():
    ok = apply_changes(org(), [ch.ChangeStaffing("c1", unit_id="d2", deltas={"g4": 1, "g6": -3})])
    assert ok.org.get("d2").staffing == {"g4": 2}
    bad = apply_changes(org(), [ch.ChangeStaffing("c1", unit_id="d2", deltas={"g6": -4})])
    assert codes(bad) == ["E-STAFFING-NEGATIVE"]
    assert bad.org.get("d2").staffing == {"g4": 1, "g6": 3}
    # the grade as the official reads it, not its code (g6)
    assert "(6급)" in bad.findings[0].message("ko")
    assert "(Grade 6)" in bad.findings[0].message("en")


def test_a_change_describes_its_grades_by_their_labels():
    staffing = ch.ChangeStaffing("c1", unit_id="d2", deltas={"g6": 2, "g7": -1})
    names = {"d2": "행정과"}
    assert staffing.describe(names, {"g6": "6급", "g7": "7급"}) == "행정과: 6급 +2, 7급 -1"
    head = ch.ChangeHeadGrade("c2", unit_id="d2", grade="g4")
    assert head.describe(names, {"g4": "4급"}) == "행정과: 4급"
    before = language()
    set_language("en")  # without the project's list: the default grades, in that language
    try:
        assert staffing.describe(names) == "행정과: Grade 6 +2, Grade 7 -1"
        assert ch.ChangeHeadGrade("c3", unit_id="d2", grade="x9").describe(names) == "행정과: x9"
    finally:
        set_language(before)


def test_head_grade_and_effective_date_are_recorded():
    when = dt.date(2024, 9, 2)
    result = apply_changes(
        org(), [ch.ChangeHeadGrade("c1", effective=when, unit_id="t1", grade="g2")]
    )
    assert result.org.get("t1").head_grade == "g2"
    assert result.records[0].effective == when


def test_a_change_that_changes_nothing_is_told_not_dropped():
    # a head already at the grade, a unit renamed to its own name: a located warning on the
    # change, and no record (no document tells a change that is not one)
    start = org()
    start.get("t1").head_grade = "g5"
    result = apply_changes(
        start,
        [
            ch.ChangeHeadGrade("c1", unit_id="t1", grade="g5"),
            ch.Rename("c2", unit_id="b1", name_ko="평생교육국"),
            ch.Rename("c3", unit_id="b1", name_ko="평생교육국", name_en="Lifelong Learning Bureau"),
        ],
    )
    assert codes(result) == ["W-CHANGE-NOTHING", "W-CHANGE-NOTHING"]
    assert [f.place.ref for f in result.findings] == ["c1", "c2"]
    assert "already has this grade" in result.findings[0].format("en")
    assert "평생교육국" in result.findings[1].format("ko")
    assert [r.change_id for r in result.records] == ["c3"]  # the English name does change
    assert result.org.get("b1").name_en == "Lifelong Learning Bureau"


def test_apply_never_touches_the_input_organization():
    before = org()
    snapshot = before.copy()
    apply_changes(
        before,
        [
            ch.Rename("c1", unit_id="b1", name_ko="미래평생교육국"),
            ch.Move("c2", unit_id="d2", new_parent_id="b1"),
        ],
    )
    assert before == snapshot
