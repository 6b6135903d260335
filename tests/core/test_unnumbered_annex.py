"""An instrument's only annex written without a number (``[별표] 기관별ㆍ직급별 정원표``, cited
``정원은 별표와 같다``: the 정원 조례 of 서울특별시, 강원특별자치도 and 제주특별자치도 in
tests/data/governments) is cited as the bills that amend it cite it: ``별표를 별지와 같이
한다``, never ``별표 1``, which the instrument does not have."""

from __future__ import annotations

import copy

import pytest

from desktop.core.drafting import (
    amendment_text,
    amendment_text_en,
    comparison_table,
    render_table_text,
)
from desktop.core.drafting.applier import AmendmentError, apply_amendment
from desktop.core.drafting.applier.verify import same_text
from desktop.core.statute_parse import parse_instrument
from desktop.core.statute_render import render_instrument
from desktop.documents.bill import annexes_part
from tests.core.government_projects import gangwon_project, jeju_project, seoul_project

OLD = """가온시 지방공무원 정원 조례

제1조(정원) 가온시에 두는 지방공무원의 정원은 별표와 같다.

[별표] 정원표(제1조 관련)
| 구분 | 정원 |
| 계 | 10 |
| 5급 | 4 |
| 6급 | 6 |
"""


def _parse(text: str):
    inst, messages = parse_instrument(text)
    assert not [m for m in messages if m.severity == "error"]
    return inst


def test_the_annex_keeps_its_unnumbered_label():
    inst = _parse(OLD)
    (annex,) = inst.annexes
    assert (annex.label, annex.label_en) == ("별표", "Annex")
    assert "[별표] 정원표(제1조 관련)" in render_instrument(inst)
    numbered = _parse(OLD.replace("[별표]", "[별표 1]")).annexes[0]
    assert (numbered.label, numbered.label_en) == ("별표 1", "Annex 1")


def test_a_changed_unnumbered_annex_is_replaced_as_별표_and_the_sentence_applies():
    old, new = (
        _parse(OLD),
        _parse(OLD.replace("| 계 | 10 |", "| 계 | 11 |").replace("| 6급 | 6 |", "| 6급 | 7 |")),
    )
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko == ["별표를 별지와 같이 한다."]
    assert [s.text for s in amendment_text_en(old, new).sentences] == [
        "The Annex shall be replaced by the attached Annex."
    ]
    assert same_text(apply_amendment(old, "\n".join(ko), annexes=new.annexes), new)
    table = render_table_text(comparison_table(old, new), width=60)
    assert table.count("[별표] 정원표(제1조 관련)") == 2  # 현행 and 개정안
    assert "별표 1" not in table


def test_words_replaced_in_the_unnumbered_annex_are_read():
    old = _parse(OLD)
    new = apply_amendment(old, '별표 중 "정원표"를 "직급별 정원표"로 한다.')
    assert new.annexes[0].title == "직급별 정원표(제1조 관련)"


def test_a_sentence_citing_an_annex_number_the_instrument_lacks_is_an_error():
    with pytest.raises(AmendmentError) as exc:
        apply_amendment(_parse(OLD), "별표 2를 삭제한다.")
    assert "별표 2" in exc.value.message("ko")


def test_a_second_annex_numbers_the_first_and_the_bill_renumbers_it():
    """[별표] → [별표 1] beside a new [별표 2]: the old annex is renumbered in the sentence
    that inserts the new one (the applied text must have it numbered, or the drafted bill
    would not prove itself; tests/core/test_annex_renumber.py has the rest)."""
    old = _parse(OLD)
    new = _parse(
        OLD.replace("별표와 같다", "별표 1 및 별표 2와 같다").replace(
            "[별표] 정원표", "[별표 1] 정원표"
        )
        + "\n[별표 2] 기관별 정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 3 |\n"
    )
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko == [
        '제1조 중 "별표"를 "별표 1 및 별표 2"로 한다.',
        "별표를 별표 1로 하고, 별표 2를 별지와 같이 신설한다.",
    ]
    assert same_text(apply_amendment(old, "\n".join(ko), annexes=new.annexes), new)
    # leaving the old annex unnumbered does not give the new text
    without = apply_amendment(
        old, "\n".join([ko[0], "별표 2를 별지와 같이 신설한다."]), annexes=new.annexes
    )
    assert not same_text(without, new)


@pytest.mark.parametrize("make", [seoul_project, gangwon_project, jeju_project])
def test_the_staffing_bills_of_governments_with_an_unnumbered_annex(make):
    draft = make().draft_inputs().draft["staffing"]
    ko = [s.text for s in draft.amendment("ko").sentences]
    en = [s.text for s in draft.amendment("en").sentences]
    assert "별표를 별지와 같이 한다." in ko
    assert not any("별표 1" in text for text in ko)
    assert "The Annex shall be replaced by the attached Annex." in en


def test_the_bill_attaches_an_annex_whose_title_alone_changes():
    """``별표를 별지와 같이 한다`` for a new title: the 별지 it points to is printed (the bill
    attached an annex only when its rows changed)."""
    inputs = seoul_project().draft_inputs()
    old, new = inputs.old_instruments["staffing"], inputs.new_instruments["staffing"]
    (annex,) = new.annexes
    annex.rows, annex.title = copy.deepcopy(old.annexes[0].rows), "기관별 정원표(제2조제2항 관련)"
    assert [s.text for s in amendment_text(old, new).sentences][-1] == "별표를 별지와 같이 한다."
    assert "[별표] 기관별 정원표(제2조제2항 관련)" in repr(annexes_part(inputs, "staffing", "ko"))
