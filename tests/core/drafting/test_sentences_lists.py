"""Lists over several articles: 및 before the last article, ㆍ within one (house rule), or, as a
setting (``drafting/lists``), commas between the articles and 및 before the last provision of
each, as some real bills write them (:mod:`desktop.core.rules`)."""

import pytest

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import same_text
from desktop.core.drafting.location import Location, Part, cite_list
from desktop.core.rules import DEFAULT_LISTS, LISTS_AND, LISTS_COMMAS, DraftingOptions
from desktop.core.statute import Num
from desktop.core.statute_parse import parse_instrument


def loc(article, paragraph=None, sub=None, part=Part.WHOLE) -> Location:
    return Location(Num(article), paragraph, Num.parse(sub) if sub else None, None, part)


def entries(*locations):
    return [(x, x) for x in locations]


def test_the_house_rule_joins_the_articles_with_및():
    assert DEFAULT_LISTS == LISTS_AND
    assert DraftingOptions().lists == LISTS_AND
    assert cite_list(entries(loc(3, 1), loc(3, 2), loc(5)), None) == "제3조제1항ㆍ제2항 및 제5조"


@pytest.mark.parametrize(
    ("locations", "expected"),
    [
        ((loc(3, 1), loc(3, 2), loc(5)), "제3조제1항 및 제2항, 제5조"),
        ((loc(3), loc(5, 2, "1"), loc(5, 2, "3")), "제3조, 제5조제2항제1호 및 제3호"),
        ((loc(3, 1), loc(3, 3), loc(3, 4), loc(5)), "제3조제1항ㆍ제3항 및 제4항, 제5조"),
        ((loc(2), loc(4), loc(6)), "제2조, 제4조, 제6조"),
        # a provision with a part keeps its 같은 조; 및 goes before the article's last one
        (
            (loc(3, 1, part=Part.PROVISO), loc(3, 2), loc(5)),
            "제3조제1항 단서 및 같은 조 제2항, 제5조",
        ),
    ],
)
def test_commas_between_articles_as_a_setting(locations, expected):
    assert cite_list(entries(*locations), None, LISTS_COMMAS) == expected


def test_a_list_within_one_article_is_the_same_in_both_forms():
    for locations in [(loc(3, 1), loc(3, 3)), (loc(7, 2, "1"), loc(7, 3), loc(7, 4))]:
        house = cite_list(entries(*locations), None)
        assert cite_list(entries(*locations), None, LISTS_COMMAS) == house


KUKHOE = (
    "국회법\n"
    "제144조(경위와 경찰관) ① 국회의 경호를 위하여 국회에 경위(警衛)를 둔다.\n"
    "② 의장은 필요할 때에는 정부에 국가경찰공무원의 파견을 요구할 수 있다.\n"
    "③ 경위는 회의장 건물 안에서, 국가경찰공무원은 회의장 건물 밖에서 경호한다.\n"
    "제150조(현행범인의 체포) 경위나 국가경찰공무원은 현행범인을 체포한 후 의장의 지시를 받아야 "
    "한다. 다만, 회의장 안에서는 의장의 명령 없이 의원을 체포할 수 없다.\n"
    "제153조(방청의 금지와 신체검사) ① 흉기를 지닌 사람에 대해서는 방청을 허가하지 아니한다.\n"
    "② 의장은 경위나 국가경찰공무원으로 하여금 방청인의 신체를 검사하게 할 수 있다.\n"
)


def test_real_list_with_commas_between_articles():
    # 국가경찰과 자치경찰의 조직 및 운영에 관한 법률 (2020), 부칙, amending 국회법 (abridged):
    # "제144조제2항 및 제3항, 제150조 본문, 제153조제2항 중 "국가경찰공무원"을 각각
    # "경찰공무원"으로 한다."
    old = parse_instrument(KUKHOE)[0]
    new = parse_instrument(KUKHOE.replace("국가경찰공무원", "경찰공무원"))[0]
    (house,) = amendment_text(old, new).sentences
    assert house.text == (
        '제144조제2항ㆍ제3항, 제150조 본문 및 제153조제2항 중 "국가경찰공무원"을 각각 '
        '"경찰공무원"으로 한다.'
    )
    (commas,) = amendment_text(old, new, lists=LISTS_COMMAS).sentences
    assert commas.text == (
        '제144조제2항 및 제3항, 제150조 본문, 제153조제2항 중 "국가경찰공무원"을 각각 '
        '"경찰공무원"으로 한다.'
    )


@pytest.mark.parametrize("lists", [LISTS_AND, LISTS_COMMAS])
def test_both_forms_apply_to_give_the_new_text(lists):
    old = parse_instrument(KUKHOE)[0]
    new = parse_instrument(KUKHOE.replace("국가경찰공무원", "경찰공무원"))[0]
    text = amendment_text(old, new, lists=lists)
    assert same_text(apply_amendment(old, str(text)), new)
