"""Rewrite or amend, order and titles: the decisions of drafting-ko.md §3 and §3a that real
bills take in more than one way, on made-up 시/군/구 ordinances."""

import pytest

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import verify_amendment
from desktop.core.rules import (
    DEFAULT_SHORT,
    SHORT_AMEND,
    SHORT_REWRITE,
    SHORT_WHOLE,
    DraftingOptions,
)
from tests.core.drafting.build import parse

TITLE = "양평군 행정기구 설치 조례"

# A 군 ordinance whose 호 and 목 cite other instruments by name.
COUNTY = """\
제4조(위원회) ① 군수는 다음 각 호의 위원회를 둔다.
1. 「양평군 도시계획 조례」 제5조에 따른 위원회
2. 「양평군 지역보건의료심의위원회 조례」에 따른 심의위원회
3. 「양평군 공유재산 관리 조례」 제3조에 따른 공유재산심의회와 그 소위원회
② 위원회의 운영에 필요한 사항은 규칙으로 정한다.
제5조(분장사무) 안전건설과장은 다음 각 호의 사무를 분장한다.
1. 재난 대응에 관한 다음 각 목의 사항
  가. 「양평군 재난안전대책본부 운영 조례」에 따른 대책본부 운영
  나. 재해위험지구 정비사업의 추진
2. 도로 관리에 관한 사항
3. 군립 도서관과 청소년 수련관의 운영 지원 및 시설 관리에 관한 사항
"""


def county(*replacements: tuple[str, str]):
    new = COUNTY
    for old, repl in replacements:
        assert new.count(old) == 1, old
        new = new.replace(old, repl)
    return parse(COUNTY, TITLE), parse(new, TITLE)


def sentences(old, new, **options) -> list[str]:
    text = amendment_text(old, new, **options)
    assert verify_amendment(old, str(text), new) == []  # every form proves itself
    return [s.text for s in text.sentences]


RENAMED_ORDINANCE = (
    "1. 「양평군 도시계획 조례」 제5조에 따른 위원회",
    "1. 「양평군 도시ㆍ군계획 조례」 제7조에 따른 위원회",
)


def test_a_subparagraph_quoted_almost_whole_is_rewritten_by_house_rule():
    old, new = county(RENAMED_ORDINANCE)
    assert DEFAULT_SHORT == SHORT_REWRITE
    assert sentences(old, new) == ["제4조제1항제1호를 다음과 같이 한다."]


def test_the_short_setting_amends_its_words_instead():
    old, new = county(RENAMED_ORDINANCE)
    assert sentences(old, new, short=SHORT_AMEND) == [
        '제4조제1항제1호 중 "「양평군 도시계획 조례」 제5조"를 '
        '"「양평군 도시ㆍ군계획 조례」 제7조"로 한다.'
    ]


def test_an_item_quoted_almost_whole_follows_the_same_setting():
    old, new = county(
        (
            "가. 「양평군 재난안전대책본부 운영 조례」에 따른 대책본부 운영",
            "가. 「양평군 재난 및 안전관리 기본 조례」에 따른 대책본부 운영",
        )
    )
    assert sentences(old, new) == ["제5조제1호가목을 다음과 같이 한다."]
    assert sentences(old, new, short=SHORT_AMEND) == [
        '제5조제1호가목 중 "「양평군 재난안전대책본부 운영 조례」"를 '
        '"「양평군 재난 및 안전관리 기본 조례」"로 한다.'
    ]


def test_a_subparagraph_whose_quotes_leave_most_of_it_is_amended_either_way():
    old, new = county(("공유재산심의회와", "공유재산관리심의회와"))
    expected = ['제4조제1항제3호 중 "공유재산심의회"를 "공유재산관리심의회"로 한다.']
    assert sentences(old, new) == expected
    assert sentences(old, new, short=SHORT_AMEND) == expected


def test_the_third_form_rewrites_every_changed_subparagraph_and_item_whole():
    """Real bills also rewrite a 호 whose quotes would leave most of it (제4조제1호를 다음과
    같이 한다 for 기획재정부 제2차관 → 재정경제부 제2차관: 21 sentences of 20 amending acts in
    the tuning sets); the third form of the setting writes every changed 호 and 목 so."""
    old, new = county(("공유재산심의회와", "공유재산관리심의회와"))
    assert sentences(old, new, short=SHORT_WHOLE) == ["제4조제1항제3호를 다음과 같이 한다."]
    old, new = county(("나. 재해위험지구 정비사업의 추진", "나. 재해위험지구 정비사업의 관리"))
    assert sentences(old, new, short=SHORT_WHOLE) == ["제5조제1호나목을 다음과 같이 한다."]
    # the lead-in of a 호 with 목 is amended as a paragraph is, and a paragraph is not a 호
    old, new = county(
        ("재난 대응에 관한 다음", "재난 예방 및 대응에 관한 다음"),
        ("규칙으로 정한다", "군의 규칙으로 정한다"),
    )
    assert sentences(old, new, short=SHORT_WHOLE) == sentences(old, new)


def test_the_third_form_still_replaces_a_word_changed_across_the_bill_with_각각():
    """A name renamed in several provisions is replaced wherever it stands, with 각각, in
    every form: rewriting each 호 would hide the one change the bill makes."""
    text = COUNTY.replace("도로 관리에 관한 사항", "군립 도서관 건립에 관한 사항")
    old = parse(text, TITLE)
    new = parse(text.replace("군립 도서관", "군립 작은도서관"), TITLE)
    assert sentences(old, new, short=SHORT_WHOLE) == sentences(old, new)
    assert "각각" in sentences(old, new)[0]


@pytest.mark.parametrize("short", [SHORT_REWRITE, SHORT_AMEND])
def test_the_setting_never_amends_a_subparagraph_needing_too_many_replacements(short):
    """Four replacements whose quotes would take most of the 호: rewritten whatever the
    setting (at most 40 %, they would be amended: see below)."""
    old, new = county(
        (
            "3. 군립 도서관과 청소년 수련관의 운영 지원 및 시설 관리에 관한 사항",
            "3. 군립 작은도서관과 청소년 문화의집의 운영 협력 및 시설 안전관리를 위한 업무",
        )
    )
    assert sentences(old, new, short=short) == ["제5조제3호를 다음과 같이 한다."]


_CITED = (
    "3. 「도서관법」 제12조에 따른 공공도서관, 같은 법 제31조에 따른 작은도서관, "
    "「청소년활동 진흥법」 제10조에 따른 청소년수련관 및 같은 법 제35조에 따른 "
    "청소년문화의집(군이 설치한 시설만 해당한다)의 운영 지원 및 안전점검에 관한 사항"
)
CITATIONS = (
    "3. 군립 도서관과 청소년 수련관의 운영 지원 및 시설 관리에 관한 사항",
    _CITED,
    _CITED.replace("제12조", "제28조")
    .replace("제31조", "제36조")
    .replace("제10조", "제11조")
    .replace("제35조", "제37조"),
)


@pytest.mark.parametrize("short", [SHORT_REWRITE, SHORT_AMEND])
def test_many_short_replacements_in_a_long_subparagraph_are_amended(short):
    """Citations updated one by one in a long 호 are amended however many there are, as real
    bills do when the quotes take little of the text (유통산업발전법, 2007: four citations of
    「수도법」 in 제30조제1항제9호, quotes at 34 %; 6 acts of the corpus and the development
    set amend such provisions, none rewrites one quoted below 61 %); a lowered
    max_replacements setting rewrites it."""
    base, old_text, new_text = CITATIONS
    old = parse(COUNTY.replace(base, old_text), TITLE)
    new = parse(COUNTY.replace(base, new_text), TITLE)
    assert sentences(old, new, short=short) == [
        '제5조제3호 중 "「도서관법」 제12조"를 "「도서관법」 제28조"로, "같은 법 제31조"를 '
        '"같은 법 제36조"로, "「청소년활동 진흥법」 제10조"를 "「청소년활동 진흥법」 제11조"로, '
        '"같은 법 제35조"를 "같은 법 제37조"로 한다.'
    ]
    assert sentences(old, new, short=short, max_replacements=2) == [
        "제5조제3호를 다음과 같이 한다."
    ]


THREE_WORDS = (
    "3. 군립 도서관과 청소년 수련관의 운영 지원 및 시설 관리에 관한 사항",
    "3. 군립 작은도서관과 청소년 문화의집의 운영 지원 및 시설 안전관리에 관한 사항",
)


def test_a_subparagraph_needing_three_replacements_is_rewritten_by_house_rule():
    old, new = county(THREE_WORDS)
    assert sentences(old, new) == ["제5조제3호를 다음과 같이 한다."]


def test_the_short_setting_amends_it_with_as_many_replacements_as_a_paragraph():
    """Real bills amend most 호 needing three replacements (6 of 8 in the corpus), as they
    amend a paragraph; the setting that amends a 호 by its words does the same."""
    old, new = county(THREE_WORDS)
    assert sentences(old, new, short=SHORT_AMEND) == [
        '제5조제3호 중 "도서관"을 "작은도서관"으로, "수련관"을 "문화의집"으로, '
        '"관리"를 "안전관리"로 한다.'
    ]
    assert sentences(old, new, short=SHORT_AMEND, max_replacements=2) == [
        "제5조제3호를 다음과 같이 한다."
    ]


def test_the_short_setting_reaches_the_bill_and_its_table(monkeypatch):
    """The office's choice (Settings, drafting/short) is what the project's diff is made
    with, so the bill and the comparison table agree."""
    from desktop import paths
    from desktop.core.drafting import project as drafting_project
    from desktop.core.projectfile import load

    seen = []
    diff = drafting_project.diff_instruments

    def watched(old, new, **options):
        seen.append(options["short"])
        return diff(old, new, **options)

    monkeypatch.setattr(drafting_project, "diff_instruments", watched)
    project = load(paths.sample_path())
    for short in (SHORT_REWRITE, SHORT_AMEND):
        draft = project.draft_inputs(DraftingOptions(short=short)).draft["ordinance"]
        assert draft.amendment("ko").sentences
        assert draft.table("ko").rows
    assert seen == [SHORT_REWRITE, SHORT_AMEND]


TWO_QUOTES = (
    "3. 군립 도서관과 청소년 수련관의 운영 지원 및 시설 관리에 관한 사항",
    "3. 「청소년활동 진흥법」 제10조 및 제11조에 따라 설치된 청소년수련관, 청소년문화의집 및 "
    "유스호스텔의 운영 지원",
    "3. 「청소년활동 진흥법」 제10조에 따라 설치된 청소년문화의집 및 유스호스텔의 운영 지원",
)


def test_a_subparagraph_whose_two_quotes_take_more_than_half_of_it_is_rewritten():
    """Two replacements whose quotes would take 61 % of the 호: rewritten, as real bills do
    (국가유공자 등 예우 및 지원에 관한 법률 제5조제5항제3호, 2016: "「병역법」 제24조 및
    제25조" and "경비교도, 의무경찰" changed, 59 %; 5 acts of the development set rewrite such
    a 호, 2 amend it); one replacement is rewritten only above 65 %, and the short setting
    amends both."""
    base, old_text, new_text = TWO_QUOTES
    old = parse(COUNTY.replace(base, old_text), TITLE)
    new = parse(COUNTY.replace(base, new_text), TITLE)
    assert sentences(old, new) == ["제5조제3호를 다음과 같이 한다."]
    assert sentences(old, new, short=SHORT_AMEND) == [
        '제5조제3호 중 "「청소년활동 진흥법」 제10조 및 제11조"를 "「청소년활동 진흥법」 '
        '제10조"로, "청소년수련관, 청소년문화의집"을 "청소년문화의집"으로 한다.'
    ]
    one = parse(
        COUNTY.replace(base, new_text.replace("청소년문화의집", "청소년수련관, 청소년문화의집")),
        TITLE,
    )
    assert sentences(old, one) == [
        '제5조제3호 중 "「청소년활동 진흥법」 제10조 및 제11조"를 "「청소년활동 진흥법」 '
        '제10조"로 한다.'
    ]
