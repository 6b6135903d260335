"""Quoted spans and chains as real drafters write them (drafting-ko.md §3a).

Each rule is also measured on the corpus of real sentences (test_corpus.py); the examples here
are made up in the forms the corpus shows.
"""

import pytest

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import verify_amendment
from desktop.core.drafting.textdiff import diff_text
from tests.core.drafting.build import parse


def sentences(old_text: str, new_text: str, **kwargs) -> list[str]:
    old, new = parse(old_text), parse(new_text)
    return [s.text for s in amendment_text(old, new, **kwargs).sentences]


def quotes(old: str, new: str) -> list[tuple[str, str]]:
    return [(e.old, e.new) for e in diff_text(old, new).edits]


def test_a_list_change_is_one_span_never_a_rename_of_one_item_into_another():
    old = "사회적경제국에 사회적경제과ㆍ공정경제과 및 청년기회과를 둔다."
    new = "사회적경제국에 사회적경제과 및 공정경제과를 둔다."
    assert quotes(old, new) == [
        ("사회적경제과ㆍ공정경제과 및 청년기회과", "사회적경제과 및 공정경제과")
    ]


def test_a_list_span_starts_at_the_first_item_that_moves_or_changes():
    old = "도에 행정국ㆍ복지국 및 도시국을 둔다."
    new = "도에 행정국ㆍ복지국ㆍ도시국 및 미래전략국을 둔다."
    assert quotes(old, new) == [("복지국 및 도시국", "복지국ㆍ도시국 및 미래전략국")]


def test_renames_of_two_items_joined_by_및_are_one_quote():
    # real bills quote both items with their connector ("교육과학기술부장관 및
    # 행정안전부장관"을 "교육부장관 및 안전행정부장관"으로): the corpus has no case of two
    # quotes for items joined by 및 or 또는
    old = "국토해양부장관 및 행정안전부장관은 협의한다."
    new = "국토교통부장관 및 행정자치부장관은 협의한다."
    assert quotes(old, new) == [
        ("국토해양부장관 및 행정안전부장관", "국토교통부장관 및 행정자치부장관")
    ]
    # renamed items of a ㆍ list with unchanged items between stay two quotes
    old = "총무과ㆍ예산과ㆍ감사과를 둔다."
    new = "행정과ㆍ예산과ㆍ감찰과를 둔다."
    assert quotes(old, new) == [("총무과", "행정과"), ("감사과", "감찰과")]


def test_the_items_of_a_ㆍ_list_are_whole_words():
    old = "비서실장ㆍ정훈공보실장ㆍ법무실장을 둔다."
    new = "비서실장ㆍ공보정훈실장ㆍ법무실장을 둔다."
    assert quotes(old, new) == [("정훈공보실장", "공보정훈실장")]


# (old, new, the quote's old words): stems joined by middle dots before a word that ends with
# the head they share (시ㆍ도무형문화재 is 시무형문화재 and 도무형문화재), the change in that head:
# quoted from the first stem, as the real bills of the tuning sets quote it (3 of 3) ...
STEMS_QUOTED = [
    ("시ㆍ도무형문화재를 지정한다.", "시ㆍ도무형유산을 지정한다.", "시ㆍ도무형문화재를"),
    ("소음ㆍ진동규제법령에 따른다.", "소음ㆍ진동관리법령에 따른다.", "소음ㆍ진동규제법령"),
    (
        "연구직ㆍ지도직공무원의 평가",
        "연구직ㆍ지도직공무원과 전문직공무원의 평가",
        "연구직ㆍ지도직공무원",
    ),
]
# ... but not when the last word's own stem changes, when the items are names ending alike,
# when the list goes on after the word, or when a stem ends a number (the 조 of 제13조)
STEMS_LEFT = [
    ("법원ㆍ안전행정부와 협의한다.", "법원ㆍ행정자치부와 협의한다.", "안전행정부"),
    ("국방부ㆍ과학기술정보통신부는", "국방부ㆍ과학기술부는", "과학기술정보통신부"),
    ("외교부ㆍ행정안전부는 협의한다.", "외교부ㆍ행정안전부ㆍ국방부는 협의한다.", "행정안전부"),
    ("제12조ㆍ제13조ㆍ제20조제4항에도", "제12조ㆍ제13조ㆍ제20조제5항에도", "제20조제4항"),
]


@pytest.mark.parametrize(("old", "new", "quoted"), STEMS_QUOTED + STEMS_LEFT)
def test_stems_joined_by_middle_dots_are_quoted_with_the_word_whose_head_they_share(
    old, new, quoted
):
    assert quotes(old, new)[0][0] == quoted


def test_a_sentence_quoting_stems_with_their_word_applies():
    old = parse("제1조(지정) 시ㆍ도무형문화재를 지정한다.")
    new = parse("제1조(지정) 시ㆍ도무형유산을 지정한다.")
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == [
        '제1조 중 "시ㆍ도무형문화재를"을 "시ㆍ도무형유산을"로 한다.'
    ]
    assert verify_amendment(old, str(text), new) == []


def test_an_item_appended_to_a_list_is_anchored_on_the_item_before():
    old = "방문판매ㆍ다단계판매 및 계속거래"
    new = "방문판매ㆍ다단계판매ㆍ후원방문판매 및 계속거래"
    assert quotes(old, new) == [("다단계판매", "다단계판매ㆍ후원방문판매")]


def test_a_statute_name_is_quoted_whole_with_its_brackets():
    old = "「공무원교육훈련법」에 따른 교육"
    new = "「공무원 인재개발법」에 따른 교육"
    assert quotes(old, new) == [("「공무원교육훈련법」", "「공무원 인재개발법」")]
    old = "「교원지위향상을 위한 특별법」에 따른"
    new = "「교원의 지위 향상 및 교육활동 보호를 위한 특별법」에 따른"
    assert quotes(old, new) == [
        ("「교원지위향상을 위한 특별법」", "「교원의 지위 향상 및 교육활동 보호를 위한 특별법」")
    ]


def test_a_citation_is_one_unit_with_the_statute_it_cites():
    old = "「지방자치법」 제112조에 따른 사무"
    new = "「지방자치법」 제125조에 따른 사무"
    assert quotes(old, new) == [("「지방자치법」 제112조", "「지방자치법」 제125조")]
    old = "같은 법 제26조에 따른"
    new = "같은 법 제51조에 따른"
    assert quotes(old, new) == [("같은 법 제26조", "같은 법 제51조")]


def test_a_quote_starting_inside_a_citation_takes_the_citation_whole():
    old = "「문화재보호법」 제35조제1항제1호ㆍ제2호ㆍ제4호에 따른"
    new = "「문화재보호법」 제35조제1항제1호ㆍ제2호에 따른"
    assert quotes(old, new) == [
        (
            "「문화재보호법」 제35조제1항제1호ㆍ제2호ㆍ제4호",
            "「문화재보호법」 제35조제1항제1호ㆍ제2호",
        )
    ]


def test_a_quote_never_ends_inside_brackets():
    old = '감정평가업자(이하 "감정평가업자"라 한다)에게 의뢰한다.'
    new = '감정평가법인등(이하 "감정평가법인등"이라 한다)에게 의뢰한다.'
    assert quotes(old, new) == [
        (
            '감정평가업자(이하 "감정평가업자"라 한다)',
            '감정평가법인등(이하 "감정평가법인등"이라 한다)',
        )
    ]


def test_the_particle_과_after_a_title_is_left_outside():
    old = "건설교통부장관과 협의한다."
    new = "국토해양부장관과 협의한다."
    assert quotes(old, new) == [("건설교통부장관", "국토해양부장관")]
    # but a division name ending in 과 is a whole name
    assert quotes("총무과와 협의한다.", "행정과와 협의한다.") == [("총무과", "행정과")]


ARTICLE = (
    "제8조(협의) 건설교통부장관은 도시계획에 관한 사항을 정할 때에는 미리 기획예산처장관과 "
    "협의하여야 한다.\n"
)
NEW_ARTICLE = ARTICLE.replace("건설교통부", "국토해양부").replace("기획예산처", "기획재정부")


def test_several_replacements_in_one_provision_chain_with_commas_house_rule():
    assert sentences(ARTICLE, NEW_ARTICLE) == [
        '제8조 중 "건설교통부장관"을 "국토해양부장관"으로, '
        '"기획예산처장관"을 "기획재정부장관"으로 한다.'
    ]


def test_the_하고_chain_is_the_setting():
    assert sentences(ARTICLE, NEW_ARTICLE, chain="hago") == [
        '제8조 중 "건설교통부장관"을 "국토해양부장관"으로 하고, '
        '"기획예산처장관"을 "기획재정부장관"으로 한다.'
    ]


def test_after_a_각각_clause_the_next_clause_in_the_same_provision_is_cited_again():
    old = "제6조(평생교육국) ① 평생교육국에 평생교육과 및 교육협력과를 둔다.\n② 끝.\n"
    new = (
        "제6조(미래평생교육국) ① 미래평생교육국에 평생교육과ㆍ교육협력과 및 청년기회과를 둔다.\n"
        "② 끝.\n"
    )
    assert sentences(old, new, title="gather") == [
        '제6조의 제목 및 같은 조 제1항 중 "평생교육국"을 각각 "미래평생교육국"으로 하고, '
        '같은 항 중 "평생교육과 및 교육협력과"를 "평생교육과ㆍ교육협력과 및 청년기회과"로 한다.'
    ]


def test_siblings_in_a_list_over_several_articles_are_joined_with_ㆍ():
    old = "제10조(가) ① 특허청장은 정한다.\n② 특허청장은 정한다.\n제11조(나) ① 특허청장은 정한다.\n"
    new = old.replace("특허청장", "지식재산처장")
    assert sentences(old, new) == [
        '제10조제1항ㆍ제2항 및 제11조제1항 중 "특허청장"을 각각 "지식재산처장"으로 한다.'
    ]


TWO_SENTENCES = (
    "제4조(협의) ① 국장은 정원을 조정한다. 이 경우 행정안전부장관과 협의하여야 한다.\n"
    "② 복지국장은 사업을 총괄한다.\n"
)


def test_a_change_inside_one_of_two_sentences_cites_전단_or_후단():
    new = TWO_SENTENCES.replace("행정안전부장관", "행정자치부장관")
    assert sentences(TWO_SENTENCES, new) == [
        '제4조제1항 후단 중 "행정안전부장관"을 "행정자치부장관"으로 한다.'
    ]
    new = TWO_SENTENCES.replace("국장은 정원", "실장은 정원")
    assert sentences(TWO_SENTENCES, new) == ['제4조제1항 전단 중 "국장"을 "실장"으로 한다.']


def test_a_후단_added_or_removed_is_inserted_or_deleted():
    one = TWO_SENTENCES.replace(" 이 경우 행정안전부장관과 협의하여야 한다.", "")
    text = amendment_text(parse(one), parse(TWO_SENTENCES))
    assert [(s.text, s.body) for s in text.sentences] == [
        ("제4조제1항에 후단을 다음과 같이 신설한다.", "이 경우 행정안전부장관과 협의하여야 한다.")
    ]
    assert sentences(TWO_SENTENCES, one) == ["제4조제1항 후단을 삭제한다."]


def test_a_full_stop_inside_brackets_or_after_a_noun_is_no_second_sentence():
    old = "제4조(정원) 정원(파견자를 제외한다. 이하 같다)은 10명으로 한다.\n"
    assert sentences(old, old.replace("10명", "12명")) == ['제4조 중 "10명"을 "12명"으로 한다.']
    old = "제4조(정원) 정원{파견자를 포함한다. 이하 같다}은 10명으로 하고 과는 2개로 한다.\n"
    new = old.replace("10명", "12명").replace("2개", "3개")
    assert sentences(old, new) == ['제4조 중 "10명"을 "12명"으로, "2개"를 "3개"로 한다.']
    old = "제4조(사무) ① 지원한다.\n1. 위로금. 금액은 10만원으로 한다.\n"
    assert sentences(old, old.replace("10만원", "20만원")) == [
        '제4조제1항제1호 중 "10만원"을 "20만원"으로 한다.'
    ]


def test_a_noun_qualified_by_이_경우_is_a_first_sentence():
    old = "제4조(사무) ① 지원한다.\n1. 위로금. 이 경우 금액은 10만원으로 한다.\n"
    assert sentences(old, old.replace("10만원", "20만원")) == [
        '제4조제1항제1호 후단 중 "10만원"을 "20만원"으로 한다.'
    ]
    old = old.replace("위로금.", "퇴직한 직원에게 지급하는 위로금.")
    assert sentences(old, old.replace("직원에게", "공무원에게")) == [
        '제4조제1항제1호 전단 중 "직원"을 "공무원"으로 한다.'
    ]


TITLED = (
    "제4조(평생교육국의 사무) ① 평생교육국은 평생교육 사무를 한다.\n② 국장은 정책을 총괄한다.\n"
)


def test_an_article_title_is_amended_in_the_form_the_title_setting_names():
    new = TITLED.replace("평생교육국", "미래평생교육국")
    assert sentences(TITLED, new, title="gather") == [
        '제4조의 제목 및 같은 조 제1항 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.'
    ]
    assert sentences(TITLED, new) == [  # house rule: the title quoted whole
        '제4조의 제목 "(평생교육국의 사무)"를 "(미래평생교육국의 사무)"로 하고, '
        '같은 조 제1항 중 "평생교육국"을 "미래평생교육국"으로 한다.'
    ]
    assert sentences(TITLED, new, title="part") == [
        '제4조의 제목 중 "평생교육국"을 "미래평생교육국"으로 하고, '
        '같은 조 제1항 중 "평생교육국"을 "미래평생교육국"으로 한다.'
    ]


def test_a_statute_name_and_the_provision_it_cites_are_one_quote_when_both_change():
    assert quotes(
        "「해사안전법 시행령」 제18조에 따른 기준", "「해상교통안전법 시행령」 제19조에 따른 기준"
    ) == [("「해사안전법 시행령」 제18조", "「해상교통안전법 시행령」 제19조")]
    assert quotes(
        "「농어업 기본법」에 따른 농어촌사업을 한다.", "「농업 기본법」에 따른 농촌사업을 한다."
    ) == [("「농어업 기본법」에 따른 농어촌사업", "「농업 기본법」에 따른 농촌사업")]
    # apart, they stay two quotes
    assert len(quotes("「갑법」 및 을 제18조", "「병법」 및 을 제19조")) == 2


def test_deleting_provisions_never_makes_the_article_rewritten():
    old = (
        "제4조(위원회) ① 위원회를 둔다.\n② 위원장은 국장으로 한다.\n"
        "③ 위원은 과장과 팀장으로 하되, 필요한 경우 외부 전문가를 위촉한다.\n"
    )
    new = "제4조(위원회) ① 위원회를 둔다.\n② 삭제\n③ 삭제\n"
    assert sentences(old, new) == ["제4조제2항 및 제3항을 각각 삭제한다."]


def test_two_items_renamed_in_place_in_a_ㆍ_list_stay_two_quotes():
    old = "정훈공보실장ㆍ법무실장ㆍ의무실장ㆍ시설실장을 둔다."
    new = "공보정훈실장ㆍ법무실장ㆍ의무실장ㆍ공병실장을 둔다."
    assert quotes(old, new) == [("정훈공보실장", "공보정훈실장"), ("시설실장", "공병실장")]
    # so are a renamed item and an item removed further on, as in a comma list (평생교육법
    # 시행령, 2017: a rename and an item added seven items on are two quotes)
    new = "공보정훈실장ㆍ법무실장ㆍ의무실장을 둔다."
    assert quotes(old, new) == [
        ("정훈공보실장", "공보정훈실장"),
        ("의무실장ㆍ시설실장", "의무실장"),
    ]


def test_an_ambiguous_noun_is_quoted_with_its_modifier_before_keeping_its_particle():
    # "시설" alone also stands inside 복지시설: the word before it makes the quote unique
    old = "도지사는 청년 시설을 운영하고 노인 복지시설을 지원한다."
    new = "도지사는 청년 문화시설을 운영하고 노인 복지시설을 지원한다."
    assert quotes(old, new) == [("청년 시설", "청년 문화시설")]


def test_a_word_ending_in_a_particle_or_a_connector_is_no_modifier():
    old = "도지사는 시설을 운영하고 복지시설을 지원한다."
    new = "도지사는 문화시설을 운영하고 복지시설을 지원한다."
    assert not quotes(old, new)[0][0].startswith("도지사는")
    old = "문화시설 관리 및 시설 안전 점검"
    new = "문화시설 관리 및 공공시설 안전 점검"
    assert not quotes(old, new)[0][0].startswith("및")


def test_a_one_syllable_noun_is_quoted_as_its_noun_phrase():
    old = "자치구의 장은 매년 계획을 수립한다."
    new = "자치구의 장과 구의회의 의장은 매년 계획을 수립한다."
    assert quotes(old, new) == [("자치구의 장", "자치구의 장과 구의회의 의장")]
    # a connector is no noun: the words around it stay as they were
    old, new = "행정기구 및 정원 조례", "행정기구 설치 및 정원 조례"
    assert quotes(old, new) == [("및", "설치 및")]


def test_changes_inside_one_statute_name_are_one_quote_with_the_citation():
    old = "「경기도 문화예술 진흥, 지원 및 육성에 관한 조례」 제3조에 따라 지원한다."
    new = "「경기도 문화예술 진흥 및 지원에 관한 조례」 제4조에 따라 지원한다."
    assert quotes(old, new) == [
        (
            "「경기도 문화예술 진흥, 지원 및 육성에 관한 조례」 제3조",
            "「경기도 문화예술 진흥 및 지원에 관한 조례」 제4조",
        )
    ]


def test_a_changed_citation_is_one_quote_with_the_thing_it_names():
    old = "「경기도 청년 기본 조례」 제5조에 따른 청년정책위원회와 청년센터"
    new = "「경기도 청년정책 기본 조례」 제7조에 따른 청년정책조정위원회와 청년센터"
    assert quotes(old, new) == [
        (
            "「경기도 청년 기본 조례」 제5조에 따른 청년정책위원회",
            "「경기도 청년정책 기본 조례」 제7조에 따른 청년정책조정위원회",
        )
    ]


def test_a_quote_ending_with_an_unchanged_name_takes_the_citation_after_it():
    old = "「지방재정법」 제94조나 「지방회계법」 제4조에 따른 책임"
    new = "「지방회계법」 제4조에 따른 책임"
    assert quotes(old, new) == [
        ("「지방재정법」 제94조나 「지방회계법」 제4조", "「지방회계법」 제4조")
    ]


def test_a_quote_of_a_renamed_statute_ends_at_its_citation():
    old = "「경기도 문화예술 진흥, 지원 및 육성에 관한 조례 시행규칙」 제3조에 따라 특별 지원한다."
    new = "「경기도 문화예술 진흥 및 지원에 관한 조례 시행규칙」별표 2에 따라 특별 지원한다."
    assert quotes(old, new) == [
        (
            "「경기도 문화예술 진흥, 지원 및 육성에 관한 조례 시행규칙」 제3조",
            "「경기도 문화예술 진흥 및 지원에 관한 조례 시행규칙」별표 2",
        )
    ]


def test_an_item_added_to_a_comma_list_is_anchored_on_the_item_before():
    old = "기획조정실장, 자치행정국장, 복지국장으로 구성한다."
    new = "기획조정실장, 자치행정국장, 청년정책국장, 복지국장으로 구성한다."
    assert quotes(old, new) == [("자치행정국장", "자치행정국장, 청년정책국장")]


def test_an_item_removed_inside_a_list_is_anchored_on_the_item_after():
    old = "총무과ㆍ예산과ㆍ감사과 및 법무과를 둔다."
    new = "총무과ㆍ감사과 및 법무과를 둔다."
    assert quotes(old, new) == [("예산과ㆍ감사과", "감사과")]


def test_a_removed_item_before_an_item_with_a_particle_is_anchored_on_the_item_before():
    # "기록물의 관리" is one item: "정보공개, 기록물" would cut it
    old = "민원, 정보공개, 기록물의 관리에 관한 사무"
    new = "민원, 기록물의 관리에 관한 사무"
    assert quotes(old, new) == [("민원, 정보공개", "민원")]


def test_the_particle_after_a_word_with_an_aside_follows_the_word():
    from desktop.core.drafting.quoting import quoted

    assert quoted("위해요소관리기준(HACCP)", "을/를") == '"위해요소관리기준(HACCP)"을'
    assert quoted("은행(같은 법에 따른 기관을 포함한다)", "으로/로") == (
        '"은행(같은 법에 따른 기관을 포함한다)"으로'
    )
    # a text in brackets throughout (an article title) is read inside
    assert quoted("(평생교육국)", "을/를") == '"(평생교육국)"을'
    assert quoted("(청년정책과)", "으로/로") == '"(청년정책과)"로'
    old = "도지사는 매년 식품 제조업소의 위해요소관리기준(HACCP)을 점검하고 그 결과를 공개한다."
    new = "도지사는 매년 식품 제조업소의 식품안전관리기준을 점검하고 그 결과를 공개한다."
    assert sentences(f"제5조(기준) {old}", f"제5조(기준) {new}") == [
        '제5조 중 "위해요소관리기준(HACCP)"을 "식품안전관리기준"으로 한다.'
    ]


@pytest.mark.parametrize(
    ("text", "pair", "expected"),
    [
        # as real bills quote them (the legalize-kr mirror: 가목(1)"을 8 times, 가목(4)"를 6,
        # 가목(2)"를 4, 나목(3)"을 6, 나목(3)"으로 1, 라목(1)"로 1, …): the number is read
        ("「항만법」 제2조제5호가목(2)", "을/를", '"「항만법」 제2조제5호가목(2)"를'),
        ("「항만법」 제2조제5호가목(1)", "을/를", '"「항만법」 제2조제5호가목(1)"을'),
        ("제2조제5호나목(3)", "으로/로", '"제2조제5호나목(3)"으로'),
        ("제2조제5호라목(1)", "으로/로", '"제2조제5호라목(1)"로'),
        ("별표 8 제2호나목(2)(가)", "을/를", '"별표 8 제2호나목(2)(가)"를'),
        # a form's and an annex's (서식(2)"를 4, 서식(2)"로 4, 별표 2(2)"로 1)
        ("별지 제20호의3서식(2)", "을/를", '"별지 제20호의3서식(2)"를'),
        (
            "별지 제39호서식(1) 및 별지 제39호서식(2)",
            "으로/로",
            '"별지 제39호서식(1) 및 별지 제39호서식(2)"로',
        ),
        ("별표 2(2)", "으로/로", '"별표 2(2)"로'),
        # a full stop after an aside, as the mirror's three real quotes so ending read it
        (
            "해양경찰서장(직할해양경찰서의 서장을 포함한다. 이하 같다).",
            "을/를",
            '"해양경찰서장(직할해양경찰서의 서장을 포함한다. 이하 같다)."을',
        ),
        ("월별자금계획을 작성하여야 한다.", "을/를", '"월별자금계획을 작성하여야 한다."를'),
        # a quote quoted whole, its aside skipped inside (the mirror's one such quote)
        ('"군사법원(고등법원을 포함한다)"', "으로/로", '""군사법원(고등법원을 포함한다)""으로'),
        (
            '"행정자치부장관"은 "교육인적자원부장관"으로',
            "을/를",
            '""행정자치부장관"은 "교육인적자원부장관"으로"를',
        ),
        # an aside after a word is still read without it
        ("위원회(3인)", "을/를", '"위원회(3인)"를'),  # 회, not 인
    ],
)
def test_the_particle_after_a_quote_reads_its_last_word_or_number(text, pair, expected):
    from desktop.core.drafting.quoting import quoted

    assert quoted(text, pair) == expected


def test_a_final_의_is_a_particle_unless_the_word_is_a_noun_in_의():
    # 결정의 is 결정 + 의 (not the noun 정의); 정책회의 is a noun
    old, new = "복지급여 결정의 통지에 관한 사항", "복지급여 지급결정의 통지에 관한 사항"
    assert quotes(old, new) == [("결정", "지급결정")]
    assert quotes("분기마다 정책회의", "분기마다 전략회의") == [("정책회의", "전략회의")]


def test_a_range_of_provisions_is_quoted_whole():
    old = "제12조부터 제15조까지의 규정에 따라 지원한다."
    new = "제12조부터 제18조까지의 규정에 따라 지원한다."
    assert quotes(old, new) == [("제12조부터 제15조까지의 규정", "제12조부터 제18조까지의 규정")]
    old = "별표 3부터 별표 5까지에 따른 정원"
    new = "별표 3부터 별표 4까지 및 별표 6에 따른 정원"
    assert quotes(old, new) == [("별표 3부터 별표 5까지", "별표 3부터 별표 4까지 및 별표 6")]


def test_an_opening_bracket_starts_a_word():
    old = "본청(기획조정실 및 자치행정국을 포함한다)의 정원"
    new = "본청(자치행정국을 포함한다)의 정원"
    assert quotes(old, new) == [("기획조정실 및 자치행정국", "자치행정국")]


def test_a_statutes_name_starts_a_word_even_written_against_the_word_before():
    # a consolidated text may lose the space before 「: the quote still starts at the name,
    # as every real quote of a statute's name does, never with the word before it
    old = "공무원은「여권법 시행령」 제10조에 따라 여권을 발급받는다."
    new = "공무원은「여권법」 제4조의3에 따라 여권을 발급받는다."
    assert quotes(old, new) == [("「여권법 시행령」 제10조", "「여권법」 제4조의3")]
    old = "공무원은「여권법」에 따라 여권을 발급받는다."
    new = "공무원은「여권 발급법」에 따라 여권을 발급받는다."
    assert quotes(old, new) == [("「여권법」", "「여권 발급법」")]


def test_a_joined_citation_quotes_the_thing_named_elsewhere_with_its_particle():
    old = (
        "「경기도 청년 기본 조례」 제5조에 따른 청년단체 중에서 선정하고, "
        "청년단체가 없으면 공모한다."
    )
    new = (
        "「경기도 청년정책 기본 조례」 제7조에 따른 청년정책단체 중에서 선정하고, "
        "청년정책단체가 없으면 공모한다."
    )
    assert quotes(old, new) == [
        (
            "「경기도 청년 기본 조례」 제5조에 따른 청년단체",
            "「경기도 청년정책 기본 조례」 제7조에 따른 청년정책단체",
        ),
        ("청년단체가", "청년정책단체가"),
    ]


def test_a_list_of_citations_is_one_quote():
    old = "「지방재정법」 제91조 및 제92조에 따라 처리한다."
    new = "「지방회계법」 제46조 및 제47조에 따라 처리한다."
    assert quotes(old, new) == [
        ("「지방재정법」 제91조 및 제92조", "「지방회계법」 제46조 및 제47조")
    ]
    old = "조례 제4조제1항, 제6조 및 제9조의2를 준용한다."
    new = "조례 제4조제1항 및 제6조를 준용한다."
    assert quotes(old, new) == [("제4조제1항, 제6조 및 제9조의2", "제4조제1항 및 제6조")]


def test_a_list_whose_last_item_goes_is_one_span_even_when_a_comma_becomes_및():
    old = "총무, 인사, 예산 및 회계에 관한 사무"
    new = "총무, 인사 및 예산에 관한 사무"
    assert quotes(old, new) == [("인사, 예산 및 회계", "인사 및 예산")]


def test_a_renamed_statute_and_the_thing_it_names_are_one_quote_across_its_citation():
    # the particle that kept "마을기업의" apart from the name is not needed once joined
    old = "「경기도 마을기업 육성 조례」 제2조에 따른 마을기업의 운영"
    new = "「경기도 사회적경제 육성 조례」 제2조에 따른 사회적경제기업의 운영"
    assert quotes(old, new) == [
        (
            "「경기도 마을기업 육성 조례」 제2조에 따른 마을기업",
            "「경기도 사회적경제 육성 조례」 제2조에 따른 사회적경제기업",
        )
    ]


def test_a_joined_citation_quote_never_ends_inside_brackets():
    old = '「경기도 청년 기본 조례」 제5조에 따른 청년단체(이하 "청년단체"라 한다)를 지원한다.'
    new = (
        "「경기도 청년정책 기본 조례」 제7조에 따른 청년정책단체"
        '(이하 "청년정책단체"라 한다)를 지원한다.'
    )
    assert quotes(old, new) == [
        (
            '「경기도 청년 기본 조례」 제5조에 따른 청년단체(이하 "청년단체"라 한다)',
            '「경기도 청년정책 기본 조례」 제7조에 따른 청년정책단체(이하 "청년정책단체"라 한다)',
        )
    ]


def test_an_opening_square_bracket_starts_a_word():
    old = "특별채용[「지방공무원법」 제27조에 따른 채용을 말한다]의 방법"
    new = "경력경쟁채용[「지방공무원법」 제27조에 따른 채용을 말한다]의 방법"
    assert quotes(old, new) == [("특별채용", "경력경쟁채용")]


def test_a_changed_stretch_does_not_end_at_a_connector():
    old, new = "민원조사 및 현장점검에 관한 사항", "민원정보 관련 현장점검에 관한 사항"
    assert quotes(old, new) == [("민원조사 및 현장점검", "민원정보 관련 현장점검")]


def test_a_quote_widened_back_to_a_verb_takes_the_verb_s_object():
    # "사회적기업" alone also stands in the statute's name: widened, the quote does not start
    # at 한 but at what was done ("인증을 한")
    old = "「경기도 사회적기업 육성 조례」에 따라 지원하는 대상은 인증을 한 사회적기업"
    new = "「경기도 사회적기업 육성 조례」에 따라 지원하는 대상은 인증을 한 예비사회적기업"
    assert quotes(old, new) == [("인증을 한 사회적기업", "인증을 한 예비사회적기업")]


def test_a_quote_ending_at_an_annex_label_takes_the_number_and_what_it_cites():
    old = "「경기도 사회적경제 육성 조례 시행규칙」 별표 2 제3호에 따른 기준을 적용한다."
    new = "「경기도 사회적경제 기본 조례 시행규칙」별표 2 제3호에 따른 기준을 적용한다."
    assert quotes(old, new) == [
        (
            "「경기도 사회적경제 육성 조례 시행규칙」 별표 2 제3호",
            "「경기도 사회적경제 기본 조례 시행규칙」별표 2 제3호",
        )
    ]


def test_a_quote_does_not_start_at_a_noun_bound_to_the_word_before():
    old = "5급 이상 공무원이 지휘한다. 다만, 공무원이 없으면 그러하지 아니하다."
    new = (
        "5급 이상 공무원(전문경력관을 포함한다)이 지휘한다. "
        "다만, 공무원이 없으면 그러하지 아니하다."
    )
    assert quotes(old, new) == [("5급 이상 공무원", "5급 이상 공무원(전문경력관을 포함한다)")]


def test_both_sentences_changed_are_amended_apart():
    old = "제4조(협의) 복지국장은 정원을 정한다. 이 경우 행정안전부장관과 협의하여야 한다.\n"
    new = old.replace("복지국장", "복지문화국장").replace("행정안전부장관", "행정자치부장관")
    text = amendment_text(parse(old), parse(new))
    assert [s.text for s in text.sentences] == [
        '제4조 전단 중 "복지국장"을 "복지문화국장"으로 하고, '
        '같은 조 후단 중 "행정안전부장관"을 "행정자치부장관"으로 한다.'
    ]
    assert verify_amendment(parse(old), str(text), parse(new)) == []
