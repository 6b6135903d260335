"""Numbered annexes moved to other numbers by a new annex before them or one deleted before
them: each is paired with the new annex of its title and rows, renumbered, not rewritten with
the table of the annex that held its number (desktop/core/drafting/diff.py ``annex_pairs``).

The forms are those of a 호 renumbered (drafting-ko.md §3: ``제7조제1항제9호를 제10호로 하고,
같은 항에 제9호를 다음과 같이 신설한다``), from the last annex backwards so that no number is
taken twice: ``별표 2를 별표 3으로 하고, 별표 1을 별표 2로 하며, 별표 1을 별지와 같이
신설한다.`` No real sentence renumbering an annex is in tests/data/corpus (see
tests/core/test_annex_renumber.py). An annex deleted whose number the amended text leaves
free is only deleted (``별표 2를 삭제한다``), as before.
"""

from __future__ import annotations

import copy

import pytest

from desktop.core.amendment_grammar import AnnexOp, AnnexRenumber, parse_sentence
from desktop.core.drafting import (
    amendment_text,
    amendment_text_en,
    comparison_table,
    render_table_text,
)
from desktop.core.drafting.applier import (
    AmendmentError,
    apply_amendment,
    apply_text,
    verify_amendment,
)
from desktop.core.drafting.applier.verify import same_text
from desktop.core.drafting.diff import annex_pairs
from desktop.core.statute import Annex, Instrument, Num
from desktop.core.statute_parse import parse_instrument
from desktop.core.statute_render import render_instrument
from desktop.documents.bill import annexes_part
from tests.core.government_projects import incheon_project

HEAD = """가온시 지방공무원 정원 조례

제1조(정원) 가온시에 두는 지방공무원의 정원은 별표와 같다.
"""

TOTAL = "총정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 10 |\n| 일반직 | 10 |\n"
AGENCY = "기관별 정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 10 |\n| 본청 | 7 |\n| 의회 | 3 |\n"
GRADE = "직급별 정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 10 |\n| 5급 | 4 |\n| 6급 | 6 |\n"
TEMPORARY = "한시기구 정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 2 |\n| 5급 | 2 |\n"


def _inst(*tables: str, numbers: tuple[int, ...] = ()) -> Instrument:
    numbers = numbers or tuple(range(1, len(tables) + 1))
    annexes = "".join(f"\n[별표 {n}] {t}" for n, t in zip(numbers, tables, strict=True))
    inst, messages = parse_instrument(HEAD + annexes)
    assert not [m for m in messages if m.severity == "error"]
    return inst


def _ko(old: Instrument, new: Instrument) -> list[str]:
    return [s.text for s in amendment_text(old, new).sentences]


def _en(old: Instrument, new: Instrument) -> list[str]:
    return [s.text for s in amendment_text_en(old, new).sentences]


def _round_trips(old: Instrument, new: Instrument) -> None:
    text = str(amendment_text(old, new))
    assert same_text(apply_amendment(old, text, annexes=new.annexes), new)
    assert verify_amendment(old, text, new) == []


INSERTED_FIRST = "별표 2를 별표 3으로 하고, 별표 1을 별표 2로 하며, 별표 1을 별지와 같이 신설한다."


# -- the drafting engine -----------------------------------------------------------------


def test_a_new_annex_before_numbered_ones_renumbers_them_from_the_last():
    old, new = _inst(AGENCY, GRADE), _inst(TEMPORARY, AGENCY, GRADE)
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == [INSERTED_FIRST]
    assert text.sentences[0].annexes == (Num(3), Num(2), Num(1))
    assert _en(old, new) == [
        "Annex 2 shall become Annex 3; Annex 1 shall become Annex 2; and Annex 1 shall be "
        "newly inserted as attached."
    ]
    _round_trips(old, new)


def test_a_new_annex_in_the_middle_renumbers_those_after_it():
    old, new = _inst(TOTAL, AGENCY, GRADE), _inst(TOTAL, TEMPORARY, AGENCY, GRADE)
    assert _ko(old, new) == [
        "별표 3을 별표 4로 하고, 별표 2를 별표 3으로 하며, 별표 2를 별지와 같이 신설한다."
    ]
    assert _en(old, new) == [
        "Annex 3 shall become Annex 4; Annex 2 shall become Annex 3; and Annex 2 shall be "
        "newly inserted as attached."
    ]
    _round_trips(old, new)


def test_two_new_annexes_are_inserted_together_after_the_renumbering():
    old, new = _inst(AGENCY, GRADE), _inst(TEMPORARY, AGENCY, TOTAL, GRADE)
    assert _ko(old, new) == [
        "별표 2를 별표 4로 하고, 별표 1을 별표 2로 하며, 별표 1 및 별표 3을 각각 별지와 같이 "
        "신설한다."
    ]
    _round_trips(old, new)


def test_an_annex_deleted_in_the_middle_is_only_deleted_when_the_numbers_stay():
    old, new = _inst(TOTAL, AGENCY, GRADE), _inst(TOTAL, GRADE, numbers=(1, 3))
    assert _ko(old, new) == ["별표 2를 삭제한다."]
    assert _en(old, new) == ["Annex 2 shall be deleted."]
    _round_trips(old, new)


def test_an_annex_deleted_before_one_that_takes_its_number_is_deleted_first():
    old, new = _inst(TOTAL, AGENCY, GRADE), _inst(TOTAL, GRADE)
    assert _ko(old, new) == ["별표 2를 삭제하고, 별표 3을 별표 2로 한다."]
    assert _en(old, new) == ["Annex 2 shall be deleted; and Annex 3 shall become Annex 2."]
    _round_trips(old, new)
    # the first deleted: the others move down from the first
    new = _inst(AGENCY, GRADE)
    assert _ko(old, new) == ["별표 1을 삭제하고, 별표 2를 별표 1로 하며, 별표 3을 별표 2로 한다."]
    _round_trips(old, new)


def test_an_annex_deleted_and_a_new_one_before_the_others():
    old, new = _inst(TOTAL, AGENCY, GRADE), _inst(TEMPORARY, TOTAL, GRADE)
    assert _ko(old, new) == [
        "별표 2를 삭제하고, 별표 1을 별표 2로 하며, 별표 1을 별지와 같이 신설한다."
    ]
    _round_trips(old, new)


def test_an_annex_renumbered_and_changed_is_replaced_under_its_new_number():
    changed = AGENCY.replace("| 본청 | 7 |", "| 본청 | 8 |").replace("| 계 | 10 |", "| 계 | 11 |")
    old, new = _inst(AGENCY, GRADE), _inst(TEMPORARY, changed, GRADE)
    assert _ko(old, new) == [INSERTED_FIRST, "별표 2를 별지와 같이 한다."]
    assert _en(old, new)[1] == "Annex 2 shall be replaced by the attached Annex."
    _round_trips(old, new)
    # retitled, its rows the same: paired by its rows
    retitled = GRADE.replace("(제1조 관련)", "(제2조 관련)")
    new = _inst(TEMPORARY, AGENCY, retitled)
    assert _ko(old, new) == [INSERTED_FIRST, "별표 3을 별지와 같이 한다."]
    _round_trips(old, new)


def test_an_annex_replaced_in_place_before_the_new_one_keeps_its_own_sentence():
    changed = TOTAL.replace("| 일반직 | 10 |", "| 일반직 | 11 |").replace(
        "| 계 | 10 |", "| 계 | 11 |"
    )
    old, new = _inst(TOTAL, AGENCY), _inst(changed, TEMPORARY, AGENCY)
    assert _ko(old, new) == [
        "별표 1을 별지와 같이 한다.",
        "별표 2를 별표 3으로 하고, 별표 2를 별지와 같이 신설한다.",
    ]
    _round_trips(old, new)


def test_every_annex_changed_is_paired_by_number_as_before():
    """Pairing by content would attach as many tables: the numbers stay."""
    old = _inst(AGENCY, GRADE)
    new = _inst(
        TEMPORARY,
        AGENCY.replace("| 의회 | 3 |", "| 의회 | 4 |"),
        GRADE.replace("| 6급 | 6 |", "| 6급 | 7 |"),
    )
    assert _ko(old, new) == [
        "별표 1 및 별표 2를 각각 별지와 같이 한다.",
        "별표 3을 별지와 같이 신설한다.",
    ]
    _round_trips(old, new)


def test_annexes_are_paired_by_content_in_the_new_texts_order():
    old, new = _inst(TOTAL, AGENCY, GRADE), _inst(TEMPORARY, TOTAL, GRADE)
    pairs = [(o and o.label, n and n.label) for o, n in annex_pairs(old.annexes, new.annexes)]
    assert pairs == [
        (None, "별표 1"),
        ("별표 1", "별표 2"),
        ("별표 2", None),
        ("별표 3", "별표 3"),
    ]


# -- the comparison table and the bill ---------------------------------------------------


def test_the_table_marks_only_the_numbers_of_the_annexes_renumbered():
    old, new = _inst(AGENCY, GRADE), _inst(TEMPORARY, AGENCY, GRADE)
    table = render_table_text(comparison_table(old, new), width=70)
    heads = [line for line in table.splitlines() if "(제1조 관련)" in line]
    assert len(heads) == 3
    assert "<신 설>" in heads[0] and "_[별표 1] 한시기구 정원표(제1조 관련)_" in heads[0]
    assert [tuple(side.strip() for side in line.split("|", 1)) for line in heads[1:]] == [
        ("[별표 _1_] 기관별 정원표(제1조 관련)", "[별표 _2_] 기관별 정원표(제1조 관련)"),
        ("[별표 _2_] 직급별 정원표(제1조 관련)", "[별표 _3_] 직급별 정원표(제1조 관련)"),
    ]
    assert "_" not in table.split(heads[1])[1].replace(heads[2], "")  # no cell marked
    en = render_table_text(comparison_table(old, new, lang="en"), width=90)
    assert "[Annex _2_]" in en and "[Annex _3_]" in en and "_[Annex 2]" not in en


def test_the_table_marks_the_cells_of_an_annex_renumbered_and_changed():
    changed = AGENCY.replace("| 본청 | 7 |", "| 본청 | 8 |").replace("| 계 | 10 |", "| 계 | 11 |")
    old, new = _inst(AGENCY, GRADE), _inst(TEMPORARY, changed, GRADE)
    table = render_table_text(comparison_table(old, new), width=70)
    assert "[별표 _1_] 기관별 정원표(제1조 관련) | [별표 _2_] 기관별 정원표(제1조 관련)" in (
        " ".join(table.split())
    )
    assert "| 본청 | _7_ |" in table and "| 본청 | _8_ |" in table
    assert table.count("| 의회 | 3 |") == 2  # unchanged cells as they are


def test_the_bill_attaches_only_the_new_annex_not_those_renumbered():
    inputs = incheon_project().draft_inputs()
    key = "staffing"
    old, new = inputs.old_instruments[key], inputs.new_instruments[key]
    assert [a.label for a in old.annexes] == ["별표 1"]
    new.annexes = copy.deepcopy(old.annexes)
    for annex in new.annexes:
        annex.num = Num(annex.num.main + 1, annex.num.branch)
    new.annexes.insert(0, Annex(Num(1), "한시기구 정원표(제2조 관련)", [["구분", "정원"]]))
    part = repr(annexes_part(inputs, key, "ko"))
    assert "[별표 1] 한시기구 정원표" in part
    assert not any(f"[별표 {a.num.ko()}]" in part for a in new.annexes[1:])


# -- the applier -------------------------------------------------------------------------


def test_the_grammar_reads_the_renumbering_from_the_last():
    assert parse_sentence(INSERTED_FIRST).clauses == [
        AnnexRenumber(Num(2), Num(3), bare=False),
        AnnexRenumber(Num(1), Num(2), bare=False),
        AnnexOp("insert", [Num(1)]),
    ]


def test_orgdraft_apply_renumbers_the_annexes_before_inserting_the_new_first():
    old = render_instrument(_inst(AGENCY, GRADE))
    out = apply_text(old, f"{INSERTED_FIRST}\n\n[별표 1] {TEMPORARY}")
    assert same_text(parse_instrument(out)[0], _inst(TEMPORARY, AGENCY, GRADE))


@pytest.mark.parametrize(
    ("text", "ko", "en"),
    [
        (
            "별표 1을 별표 2로 하고, 별표 2를 별표 3으로 하며, 별표 1을 별지와 같이 신설한다.",
            "문장 1: 별표 2는 아직 다른 별표의 번호입니다. 마지막 별표부터 거꾸로, 그 별표의 "
            "번호를 먼저 바꾸십시오(별표 2를 별표 3으로 하고, 별표 1을 별표 2로 하며).",
            "Sentence 1: Annex 2 is still the number of another annex: renumber that one "
            "first, from the last annex backwards (Annex 2 shall become Annex 3; Annex 1 shall "
            "become Annex 2).",
        ),
        (
            "별표 1을 별지와 같이 신설하고, 별표 2를 별표 3으로 하며, 별표 1을 별표 2로 한다.",
            "문장 1: 별표 1이 이미 있습니다.",
            "Sentence 1: Annex 1 already exists.",
        ),
    ],
)
def test_the_renumbering_in_the_wrong_order_says_what_to_do(text, ko, en):
    new = _inst(TEMPORARY, AGENCY, GRADE)
    with pytest.raises(AmendmentError) as exc:
        apply_amendment(_inst(AGENCY, GRADE), text, annexes=new.annexes)
    assert (exc.value.message("ko"), exc.value.message("en")) == (ko, en)
