"""Quoted spans that real drafters write one way, counted over the corpus of real sentences
(main, dev and dev2) before being made rules (drafting-ko.md §3a). The examples are made up in
the forms the corpus shows; the corpus tests measure the rules on the real sentences."""

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import verify_amendment
from desktop.core.drafting.textdiff import diff_text
from tests.core.drafting.build import parse


def quotes(old: str, new: str) -> list[tuple[str, str]]:
    return [(e.old, e.new) for e in diff_text(old, new).edits]


def sentences(old_text: str, new_text: str) -> list[str]:
    old, new = parse(old_text), parse(new_text)
    text = amendment_text(old, new)
    assert verify_amendment(old, str(text), new) == []
    return [s.text for s in text.sentences]


def test_a_name_removed_inside_a_comma_list_is_anchored_on_the_name_before():
    # real bills: 6 amending acts so (국토교통부, 국민안전처 → 국토교통부), 1 on the name after
    old = (
        "위원은 기획재정부, 교육부, 국토교통부, 국민안전처, 산림청 및 국무조정실의 공무원으로 한다."
    )
    new = "위원은 기획재정부, 교육부, 국토교통부, 산림청 및 국무조정실의 공무원으로 한다."
    assert quotes(old, new) == [("국토교통부, 국민안전처", "국토교통부")]
    old = "기획재정부, 교육부, 국토교통부의 공무원"
    new = "기획재정부, 국토교통부의 공무원"
    assert quotes(old, new) == [("기획재정부, 교육부", "기획재정부")]
    old = "위원은 기획조정실장, 자치행정국장 제1부국장, 청년정책국장, 복지국장으로 한다."
    new = "위원은 기획조정실장, 자치행정국장 제1부국장, 복지국장으로 한다."
    assert quotes(old, new) == [("자치행정국장 제1부국장, 청년정책국장", "자치행정국장 제1부국장")]


def test_a_removed_first_name_or_a_removed_citation_stays_anchored_on_the_item_after():
    old = "위원은 기획재정부, 교육부 및 국무조정실의 공무원으로 한다."
    new = "위원은 교육부 및 국무조정실의 공무원으로 한다."
    assert quotes(old, new) == [("기획재정부, 교육부", "교육부")]
    # after the list's first name, where that name starts is not known ("위원은 기획재정부"
    # or "기획재정부"): the name after, as before
    old = "위원은 기획재정부, 교육부, 국무조정실, 산림청의 공무원으로 한다."
    new = "위원은 기획재정부, 국무조정실, 산림청의 공무원으로 한다."
    assert quotes(old, new) == [("교육부, 국무조정실", "국무조정실")]
    # a list of citations: real bills anchor it on the one after (제24조, 제25조 → 제25조)
    old = "제21조, 제24조, 제25조 및 제30조를 준용한다."
    new = "제21조, 제25조 및 제30조를 준용한다."
    assert quotes(old, new) == [("제24조, 제25조", "제25조")]


def test_a_name_removed_and_another_added_further_in_the_list_stay_one_quote():
    old = "관계 기관은 국민안전처, 국가정보원, 관세청, 경찰청, 그 밖에 장관이 정하는 기관을 말한다."
    new = "관계 기관은 국가정보원, 관세청, 경찰청, 해양경찰청, 그 밖에 장관이 정하는 기관을 말한다."
    assert quotes(old, new) == [
        ("국민안전처, 국가정보원, 관세청, 경찰청", "국가정보원, 관세청, 경찰청, 해양경찰청")
    ]
    old = "위원은 기획재정부, 교육부, 국민안전처, 관세청, 경찰청의 공무원으로 한다."
    new = "위원은 기획재정부, 교육부, 관세청, 경찰청, 해양경찰청의 공무원으로 한다."
    assert quotes(old, new) == [("국민안전처, 관세청, 경찰청", "관세청, 경찰청, 해양경찰청")]


def test_a_provision_cited_by_name_is_quoted_with_the_part_the_text_names():
    # real bills: 3 quotes so (「고용보험법」 제7조 단서, 「부가가치세법」 제8조제7항 전단), none
    # without the part; the instrument's own act cited as 법 keeps its part outside (1 so)
    old = "「고용보험법」 제7조 단서에 따른 사업의 사업주"
    new = "「고용보험법」 제8조 단서에 따른 사업의 사업주"
    assert quotes(old, new) == [("「고용보험법」 제7조 단서", "「고용보험법」 제8조 단서")]
    old = "「부가가치세법」 제8조제7항 전단에 따라 폐업신고를 한 경우"
    new = "「부가가치세법」 제8조제8항 전단에 따라 폐업신고를 한 경우"
    assert quotes(old, new) == [
        ("「부가가치세법」 제8조제7항 전단", "「부가가치세법」 제8조제8항 전단")
    ]
    old = "법 제11조제2항 단서에 따라 채용한다."
    new = "법 제15조제2항 단서에 따라 채용한다."
    assert quotes(old, new) == [("법 제11조제2항", "법 제15조제2항")]


def test_the_particle_으로부터의_is_cut_whole():
    old = "1. 「은행법」에 의한 금융기관으로부터의 당좌차월"
    new = "1. 「은행법」에 의한 은행으로부터의 당좌차월"
    assert quotes(old, new) == [("금융기관", "은행")]


def test_the_same_words_are_quoted_alike_at_each_place_with_their_type():
    old = (
        "제26조(명칭의 사용금지) 기업구조개선 사모투자전문회사가 아닌 자는 기업구조개선 "
        "사모투자전문회사의 명칭을 사용하여서는 아니 된다.\n"
    )
    new = old.replace("사모투자전문회사", "경영참여형 사모집합투자기구")
    assert (
        quotes(old, new)
        == [("기업구조개선 사모투자전문회사", "기업구조개선 경영참여형 사모집합투자기구")] * 2
    )
    assert sentences(old, new) == [
        '제26조 중 "기업구조개선 사모투자전문회사"를 각각 '
        '"기업구조개선 경영참여형 사모집합투자기구"로 한다.'
    ]
