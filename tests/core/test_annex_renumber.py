"""A second annex beside an instrument's only annex, written without a number (``[별표]``).

The first annex takes the number 1 in the sentence that inserts the second: ``별표를 별표 1로
하고, 별표 2를 별지와 같이 신설한다.`` No real sentence of the form could be copied: none of the
2,133 sentences of tests/data/corpus/*.jsonl (cases, dev, dev2, holdout) renumbers an annex
(none holds ``별표를 별표``, ``"별표"를 "별표 1"`` or ``종전의 별표``), nor do the public texts
searched (legalize-kr's consolidated statutes and pages citing 개정문: no ``별표를 별표 1로``,
``별표 1로 하고`` or ``별표 2를 별지와 같이 신설``). The form is the one the renumbering of
provisions takes (``제4호를 제5호로 하고, 같은 항에 제4호를 다음과 같이 신설한다``, drafting-ko.md
§3) with the annex cited as bills cite an only annex (``별표를 별지와 같이 한다``). When the
first annex changes too, it is replaced whole (``별표를 별지와 같이 한다``, its new ``[별표 1]``
attached), as the engine replaces every changed annex (desktop/core/drafting/plan.py).

The grammar and the applier read the renumbering (``orgdraft apply``): the annex takes its
number, its rows and the articles' citations stay as they are (the bill changes those by
clauses of their own, as it does when it renumbers a 호).
"""

from __future__ import annotations

import copy

import pytest

from desktop.core.amendment_grammar import AnnexOp, AnnexRenumber, SentenceSyntax, parse_sentence
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
from desktop.core.statute import Annex, Instrument, Num, Paragraph
from desktop.core.statute_parse import parse_instrument
from desktop.core.statute_render import render_instrument
from desktop.documents.bill import annexes_part
from tests.core.government_projects import gangwon_project, jeju_project, seoul_project
from tests.core.test_unnumbered_annex import OLD  # an instrument whose one annex is [별표]

SECOND = "\n[별표 2] 기관별 정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 3 |\n"
RENUMBER = "별표를 별표 1로 하고, 별표 2를 별지와 같이 신설한다."


def _parse(text: str) -> Instrument:
    inst, messages = parse_instrument(text)
    assert not [m for m in messages if m.severity == "error"]
    return inst


def _two_annexes(text: str = OLD) -> Instrument:
    """``text`` with its annex numbered beside a new [별표 2], cited by both."""
    return _parse(
        text.replace("별표와 같다", "별표 1 및 별표 2와 같다").replace("[별표] ", "[별표 1] ")
        + SECOND
    )


# -- the grammar and the applier ---------------------------------------------------------


def test_the_grammar_reads_an_unnumbered_annex_renumbered():
    clauses = parse_sentence(RENUMBER).clauses
    assert clauses == [AnnexRenumber(Num(1), Num(1), bare=True), AnnexOp("insert", [Num(2)])]
    assert parse_sentence("별표 2를 별표 3으로 한다.").clauses == [
        AnnexRenumber(Num(2), Num(3), bare=False)
    ]


@pytest.mark.parametrize(
    ("sentence", "near"),
    [
        ("별표를 별표로 한다.", "별표로 한다."),  # a number is what it takes
        ("별표 1 및 별표 2를 별표 3으로 한다.", "별표 3으로 한다."),  # one annex at a time
    ],
)
def test_a_renumbering_the_grammar_cannot_read_stops_where_it_goes_wrong(sentence, near):
    with pytest.raises(SentenceSyntax) as exc:
        parse_sentence(sentence)
    assert exc.value.near().endswith(near)


def test_the_applier_numbers_the_annex_and_inserts_the_second():
    old = _parse(OLD)
    text = f'제1조 중 "별표"를 "별표 1 및 별표 2"로 한다.\n{RENUMBER}\n{SECOND}'
    new = apply_amendment(old, text)
    assert [(a.label, a.title) for a in new.annexes] == [
        ("별표 1", "정원표(제1조 관련)"),
        ("별표 2", "기관별 정원표(제1조 관련)"),
    ]
    assert new.annexes[0].rows == old.annexes[0].rows
    assert same_text(new, _two_annexes())
    assert not old.annexes[0].numbered  # the current text is not changed


def test_orgdraft_apply_prints_the_numbered_annex():
    out = apply_text(OLD, f"{RENUMBER}\n{SECOND}")
    assert "[별표 1] 정원표(제1조 관련)" in out
    assert "[별표 2] 기관별 정원표(제1조 관련)" in out
    assert "[별표]" not in out
    # the citation is the bill's to change: the renumbering leaves it
    assert "정원은 별표와 같다." in out


def test_renumbering_alone_leaves_the_rows():
    new = apply_amendment(_parse(OLD), "별표를 별표 1로 한다.")
    (annex,) = new.annexes
    assert (annex.label, annex.num, annex.rows) == ("별표 1", Num(1), _parse(OLD).annexes[0].rows)


def test_a_numbered_annex_moves_to_a_free_number_in_order():
    numbered = _two_annexes()
    new = apply_amendment(numbered, "별표 1을 별표 3으로 한다.")
    assert [a.label for a in new.annexes] == ["별표 2", "별표 3"]
    assert new.annexes[1].title == "정원표(제1조 관련)"


def _error(inst: Instrument, text: str) -> AmendmentError:
    with pytest.raises(AmendmentError) as exc:
        apply_amendment(inst, text)
    return exc.value


def test_renumbering_an_unnumbered_annex_the_instrument_lacks_is_a_located_error():
    numbered = _two_annexes()
    error = _error(numbered, '제1조 중 "정원"을 "인원"으로 한다.\n별표를 별표 1로 한다.')
    assert (error.sentence, error.line) == (2, 2)
    assert error.message("ko") == (
        "문장 2: 번호 없는 별표가 없습니다. 이 자치법규의 별표는 번호로 인용합니다(별표 1, 별표 2)."
    )
    assert error.message("en") == (
        "Sentence 2: the instrument has no annex without a number: its annexes are cited by "
        "number (Annex 1, Annex 2)."
    )
    bare = _parse(OLD.split("[별표]")[0])
    assert _error(bare, "별표를 별표 1로 한다.").message("ko") == "문장 1: 별표가 없습니다."


def test_renumbering_onto_a_taken_or_missing_number_is_an_error():
    numbered = _two_annexes()
    # 별표 2 must move first (tests/core/test_annex_moves.py)
    assert _error(numbered, "별표 1을 별표 2로 한다.").message("ko") == (
        "문장 1: 별표 2는 아직 다른 별표의 번호입니다. 마지막 별표부터 거꾸로, 그 별표의 번호를 "
        "먼저 바꾸십시오(별표 2를 별표 3으로 하고, 별표 1을 별표 2로 하며)."
    )
    assert _error(numbered, "별표 2를 별표 1로 한다.").message("ko") == (
        "문장 1: 별표 1이 이미 있습니다."
    )
    assert _error(numbered, "별표 1을 별표 1로 한다.").message("en") == (
        "Sentence 1: Annex 1 already exists."
    )
    assert _error(numbered, "별표 4를 별표 5로 한다.").message("ko") == "문장 1: 별표 4가 없습니다."
    # 별표 2 is inserted after the renumbering, not before
    error = _error(_parse(OLD), f"별표 2를 별지와 같이 신설하고, 별표를 별표 2로 한다.\n{SECOND}")
    assert error.message("ko") == "문장 1: 별표 2가 이미 있습니다."


# -- the drafting engine -----------------------------------------------------------------


def test_an_annex_numbered_unchanged_is_renumbered_in_the_sentence_inserting_the_second():
    old, new = _parse(OLD), _two_annexes()
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko == ['제1조 중 "별표"를 "별표 1 및 별표 2"로 한다.', RENUMBER]
    assert amendment_text(old, new).sentences[1].annexes == (Num(1), Num(2))
    en = [s.text for s in amendment_text_en(old, new).sentences]
    assert (
        en[1] == "The Annex shall become Annex 1; and Annex 2 shall be newly inserted as attached."
    )
    text = str(amendment_text(old, new))
    assert same_text(apply_amendment(old, text, annexes=new.annexes), new)
    assert verify_amendment(old, text, new) == []


def test_an_annex_numbered_alone_is_renumbered():
    old = _parse(OLD)
    new = _parse(OLD.replace("[별표] ", "[별표 1] ").replace("별표와 같다", "별표 1과 같다"))
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko[-1] == "별표를 별표 1로 한다."
    assert [s.text for s in amendment_text_en(old, new).sentences][-1] == (
        "The Annex shall become Annex 1."
    )
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []


def test_an_annex_numbered_and_changed_is_replaced_whole():
    old = _parse(OLD)
    new = _two_annexes(
        OLD.replace("| 계 | 10 |", "| 계 | 11 |").replace("| 6급 | 6 |", "| 6급 | 7 |")
    )
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko[1:] == ["별표를 별지와 같이 한다.", "별표 2를 별지와 같이 신설한다."]
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []


def test_the_comparison_table_shows_the_annex_relabelled_not_removed_and_added():
    old, new = _parse(OLD), _two_annexes()
    table = render_table_text(comparison_table(old, new), width=70)
    rows = [line for line in table.splitlines() if "정원표(제1조 관련)" in line]
    assert len(rows) == 2  # [별표] beside [별표 1], then <신 설> beside [별표 2]
    current, amended = (side.strip() for side in rows[0].split("|", 1))
    # only the number the annex takes is marked, not its whole heading
    assert (current, amended) == ("[별표] 정원표(제1조 관련)", "[별표 _1_] 정원표(제1조 관련)")
    assert "<신 설>" in rows[1] and "[별표 2] 기관별" in rows[1]
    assert table.count("| 5급 | 4 |") == 2  # its table on both sides, unchanged


# -- the staffing ordinances of 서울, 강원 and 제주 ------------------------------------------


def _with_second_annex(base: Instrument) -> Instrument:
    """``base`` with a 한시기구 정원표 added as [별표 2] (제2조제3항), its annex numbered."""
    new = copy.deepcopy(base)
    new.annexes[0].numbered = True
    article = new.articles[1]
    second = article.paragraphs[1]
    assert second.text.endswith("별표와 같다.")
    second.text = second.text.replace("별표와 같다", "별표 1과 같다")
    article.paragraphs.append(Paragraph(3, "한시기구의 정원은 별표 2와 같다."))
    new.annexes.append(
        Annex(
            Num(2),
            "한시기구 정원표(제2조제3항 관련)",
            [["구분", "정원"], ["계", "2"], ["5급", "2"]],
            title_en="Staffing of Temporary Organizations",
        )
    )
    return new


@pytest.mark.parametrize("make", [seoul_project, gangwon_project, jeju_project])
def test_the_staffing_ordinances_number_their_annex_beside_a_new_one(make):
    draft = make().draft_inputs().draft.instrument("staffing")
    old = draft.old
    assert not old.annexes[0].numbered
    new = _with_second_annex(old)
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko == [
        '제2조제2항 중 "별표와"를 "별표 1과"로 하고, 같은 조에 제3항을 다음과 같이 신설한다.',
        RENUMBER,
    ]
    en = [s.text for s in amendment_text_en(old, new).sentences]
    assert en[-1] == (
        "The Annex shall become Annex 1; and Annex 2 shall be newly inserted as attached."
    )
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []
    # the project's own staffing changes as well: the annex changes, so it is replaced whole
    changed = _with_second_annex(draft.new)
    ko = [s.text for s in amendment_text(old, changed).sentences]
    assert ko[-2:] == ["별표를 별지와 같이 한다.", "별표 2를 별지와 같이 신설한다."]
    assert verify_amendment(old, str(amendment_text(old, changed)), changed) == []


# -- a new annex before the only one: [별표] becomes [별표 2] --------------------------------

FIRST = "\n[별표 1] 한시기구 정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 2 |\n| 5급 | 2 |\n"
BEFORE = "별표를 별표 2로 하고, 별표 1을 별지와 같이 신설한다."


def _new_first(text: str = OLD) -> Instrument:
    """``text`` with a new [별표 1] before its annex, which is now [별표 2], cited by both."""
    head, annex = text.split("\n[별표] ")
    return _parse(
        head.replace("별표와 같다", "별표 1 및 별표 2와 같다") + FIRST + "\n[별표 2] " + annex
    )


def test_a_new_annex_before_the_only_one_numbers_it_2():
    old, new = _parse(OLD), _new_first()
    assert [(a.label, a.title) for a in new.annexes] == [
        ("별표 1", "한시기구 정원표(제1조 관련)"),
        ("별표 2", "정원표(제1조 관련)"),
    ]
    assert new.annexes[1].rows == old.annexes[0].rows
    text = amendment_text(old, new)
    ko = [s.text for s in text.sentences]
    assert ko == ['제1조 중 "별표"를 "별표 1 및 별표 2"로 한다.', BEFORE]
    assert text.sentences[1].annexes == (Num(2), Num(1))
    en = [s.text for s in amendment_text_en(old, new).sentences]
    assert (
        en[1] == "The Annex shall become Annex 2; and Annex 1 shall be newly inserted as attached."
    )
    assert same_text(apply_amendment(old, str(text), annexes=new.annexes), new)
    assert verify_amendment(old, str(text), new) == []


def test_orgdraft_apply_renumbers_the_annex_before_inserting_the_new_first():
    out = apply_text(OLD, f"{BEFORE}\n{FIRST}")
    assert out.index("[별표 1] 한시기구 정원표") < out.index("[별표 2] 정원표(제1조 관련)")
    assert "| 6급 | 6 |" in out.split("[별표 2]")[1]  # the old rows under their new number
    assert "[별표]" not in out


def test_inserting_별표_1_beside_the_annex_without_a_number_says_to_number_it_first():
    error = _error(_parse(OLD), f"별표 1을 별지와 같이 신설하고, 별표를 별표 2로 한다.\n{FIRST}")
    assert error.message("ko") == (
        "문장 1: 번호 없는 별표가 별표 1의 자리에 있어 별표 1을 신설할 수 없습니다. 먼저 그 "
        "별표에 번호를 붙이십시오(별표를 별표 2로 하고, 별표 1을 별지와 같이 신설한다)."
    )
    assert error.message("en") == (
        "Sentence 1: Annex 1 cannot be inserted while the annex without a number holds its "
        "place: number that annex first (The Annex shall become Annex 2; and Annex 1 shall be "
        "newly inserted as attached)."
    )


def test_a_new_annex_before_and_after_the_only_one_are_inserted_together():
    third = "\n[별표 3] 기관별 정원표(제1조 관련)\n| 구분 | 정원 |\n| 계 | 1 |\n"
    old, new = _parse(OLD), _parse(render_instrument(_new_first()) + third)
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko[-1] == "별표를 별표 2로 하고, 별표 1 및 별표 3을 각각 별지와 같이 신설한다."
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []


def test_the_old_annex_changed_as_well_is_replaced_whole_as_before():
    old = _parse(OLD)
    changed = OLD.replace("| 6급 | 6 |", "| 6급 | 7 |").replace("| 계 | 10 |", "| 계 | 11 |")
    new = _new_first(changed)
    ko = [s.text for s in amendment_text(old, new).sentences]
    assert ko[1:] == ["별표를 별지와 같이 한다.", "별표 2를 별지와 같이 신설한다."]
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []


def test_the_table_marks_only_the_new_number_of_the_annex_moved():
    old, new = _parse(OLD), _new_first()
    table = render_table_text(comparison_table(old, new), width=70)
    lines = table.splitlines()
    heads = [line for line in lines if "정원표(제1조 관련)" in line]
    assert len(heads) == 2  # <신 설> beside [별표 1], then [별표] beside [별표 2]
    assert "<신 설>" in heads[0] and "_[별표 1] 한시기구 정원표(제1조 관련)_" in heads[0]
    current, amended = (side.strip() for side in heads[1].split("|", 1))
    assert current == "[별표] 정원표(제1조 관련)"  # no number to mark
    assert amended == "[별표 _2_] 정원표(제1조 관련)"
    assert table.count("| 5급 | 4 |") == 2 and "_" not in table.split(heads[1])[1]
    en = render_table_text(comparison_table(old, new, lang="en"), width=90)
    assert "[Annex _2_]" in en and "_[Annex 2]" not in en


def test_the_bill_attaches_only_the_new_annex_not_the_one_renumbered():
    inputs = seoul_project().draft_inputs()
    new = inputs.new_instruments["staffing"]
    (annex,) = new.annexes
    (before,) = inputs.old_instruments["staffing"].annexes
    annex.num, annex.numbered, annex.rows = Num(2), True, copy.deepcopy(before.rows)
    new.annexes.insert(0, Annex(Num(1), "한시기구 정원표(제2조제3항 관련)", [["구분", "정원"]]))
    part = repr(annexes_part(inputs, "staffing", "ko"))
    assert "[별표 1] 한시기구 정원표" in part
    assert "[별표 2]" not in part
