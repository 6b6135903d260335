"""Citations of provisions: full, back references, lists and ranges."""

import pytest

from desktop.core.drafting.location import (
    Location,
    Part,
    cite,
    cite_list,
    join_list,
    ranges,
    second_part_of,
)
from desktop.core.rules import LISTS_COMMAS
from desktop.core.statute import Num


def loc(article=5, paragraph=None, sub=None, item=None, part=Part.WHOLE) -> Location:
    num = article if isinstance(article, Num) else Num(article)
    return Location(num, paragraph, Num.parse(sub) if sub else None, item, part)


@pytest.mark.parametrize(
    ("location", "expected"),
    [
        (loc(5), "제5조"),
        (loc(Num(12, 2)), "제12조의2"),
        (loc(5, 1), "제5조제1항"),
        (loc(5, 0), "제5조"),  # the single unnumbered paragraph is the article
        (loc(5, 0, "3"), "제5조제3호"),
        (loc(5, 2, "3의2"), "제5조제2항제3호의2"),
        (loc(5, 2, "3", "가"), "제5조제2항제3호가목"),
        (loc(11, 1, part=Part.LEAD), "제11조제1항 각 호 외의 부분"),
        (loc(11, 1, part=Part.LEAD_MAIN), "제11조제1항 각 호 외의 부분 본문"),
        (loc(11, 1, "2", part=Part.LEAD), "제11조제1항제2호 각 목 외의 부분"),
        (loc(7, 0, part=Part.PROVISO), "제7조 단서"),
        (loc(9, part=Part.TITLE), "제9조의 제목"),
    ],
)
def test_full_citations_are_solid_with_spaced_parts(location, expected):
    assert location.ko() == expected
    assert cite(location, None) == expected


@pytest.mark.parametrize(
    ("location", "prev", "expected"),
    [
        (loc(5, 2), loc(5, 1), "같은 조 제2항"),
        (loc(5, 2, "3"), loc(5, 2, part=Part.LEAD), "같은 항 제3호"),
        (loc(5, 2, "3"), loc(5, 2, "1"), "같은 항 제3호"),
        (loc(5, 2, "3", "다"), loc(5, 2, "3", "가"), "같은 호 다목"),
        (loc(5, 0, "5"), loc(5, 0, "3"), "같은 조 제5호"),
        (loc(5, 2), loc(5, 2, "3"), "같은 항"),  # a container of the previous location
        (loc(5, 0), loc(5, part=Part.TITLE), "같은 조"),
        (loc(5, 1), loc(5, part=Part.TITLE), "같은 조 제1항"),
        (loc(5, 1), loc(5, 1), ""),
        (loc(5, 1, part=Part.PROVISO), loc(5, 1, part=Part.MAIN), "같은 항 단서"),
        (loc(6, 1), loc(5, 1), "제6조제1항"),
        (loc(5, 0, part=Part.BODY), loc(5, part=Part.TITLE), "같은 조 제목 외의 부분"),
    ],
)
def test_back_references(location, prev, expected):
    assert cite(location, prev) == expected


def test_the_unnumbered_paragraph_just_numbered_is_cited_with_what_it_was():
    """``제32조 제목 외의 부분을 제1항으로 하며, 제1항(종전의 제목 외의 부분) 중 …``
    (무인도서의 보전 및 관리에 관한 법률, 2012); below it the 항 is 같은 항."""
    body = loc(32, 0, part=Part.BODY)
    assert body.ko() == "제32조 제목 외의 부분"
    former = Location(Num(32), 1, renumbered=True)
    assert cite(former, body) == "제1항(종전의 제목 외의 부분)"
    assert cite(former.at(Part.FRONT), body) == "제1항(종전의 제목 외의 부분) 전단"
    sub = Location(Num(35), 1, Num(1), renumbered=True)
    assert cite(sub, loc(35, 0, part=Part.BODY)) == "제1항(종전의 제목 외의 부분)제1호"
    assert cite(Location(Num(35), 1, Num(3), renumbered=True), sub) == "같은 항 제3호"
    assert cite(loc(35), sub) == "같은 조"


def entries(*locations):
    return [(x, x) for x in locations]


@pytest.mark.parametrize(
    ("locations", "expected"),
    [
        ((loc(3, 1), loc(3, 3)), "제3조제1항 및 제3항"),
        ((loc(3, 1), loc(3, 2), loc(3, 3)), "제3조제1항, 제2항 및 제3항"),
        ((loc(2, 1), loc(5, 0), loc(7, 2)), "제2조제1항, 제5조 및 제7조제2항"),
        (
            (loc(7, 2, "1", "가"), loc(7, 3), loc(7, 4)),
            "제7조제2항제1호가목 및 같은 조 제3항ㆍ제4항",
        ),
        ((loc(5, 2, "1"), loc(5, 2, "3")), "제5조제2항제1호 및 제3호"),
        ((loc(9, part=Part.TITLE), loc(9, 1)), "제9조의 제목 및 같은 조 제1항"),
        # the single unnumbered paragraph after the title is 같은 조 (real: 제4조의 제목 및 같은
        # 조 중, 3 acts of the development set; none writes 본문)
        ((loc(9, part=Part.TITLE), loc(9, 0)), "제9조의 제목 및 같은 조"),
        ((loc(9, part=Part.TITLE), loc(9, 0, part=Part.MAIN)), "제9조의 제목 및 같은 조 본문"),
        # after the title the list is flat (real: 제7조의4의 제목, 같은 조 제1항 및 제2항)
        ((loc(9, part=Part.TITLE), loc(9, 1), loc(9, 2)), "제9조의 제목, 같은 조 제1항 및 제2항"),
        (
            (loc(9, part=Part.TITLE), loc(9, 0, part=Part.LEAD)),
            "제9조의 제목 및 같은 조 각 호 외의 부분",
        ),
        # deeper than the previous location, or under another provision: 같은 조 (the corpus
        # of real sentences: 4 to 1)
        ((loc(3, 1), loc(3, 2, "1")), "제3조제1항 및 같은 조 제2항제1호"),
        ((loc(3, 1, "2"), loc(3, 2, "1")), "제3조제1항제2호 및 같은 조 제2항제1호"),
        ((loc(3, 1), loc(3, 1, "2")), "제3조제1항 및 같은 항 제2호"),
    ],
)
def test_lists_of_locations(locations, expected):
    assert cite_list(entries(*locations), None) == expected


def test_a_list_starting_at_the_location_just_cited_names_it_from_the_article():
    # A clause that opens with 같은 조 lists with 및, as real bills do (the corpus: 34 to 2).
    assert cite_list(entries(loc(5, 1), loc(5, 3)), loc(5, 1)) == "같은 조 제1항 및 제3항"


def test_a_list_that_named_같은_조_does_not_repeat_it_for_a_deeper_provision():
    # real: 같은 조 제1항 및 제2항제2호ㆍ제3호 (after a title or in a chained clause)
    after_title = cite_list(
        entries(loc(5, 1), loc(5, 2, "2"), loc(5, 2, "3")), loc(5, 0, part=Part.TITLE)
    )
    assert after_title == "같은 조 제1항 및 제2항제2호ㆍ제3호"
    chained = cite_list(entries(loc(5, 1), loc(5, 2, "2")), loc(5, 0, part=Part.LEAD))
    assert chained == "같은 조 제1항 및 제2항제2호"
    # a list that names the article in full still says 같은 조 (제3조제1항 및 같은 조 제2항제1호)
    assert cite_list(entries(loc(5, 1), loc(5, 2, "2")), loc(4, 1)) == (
        "제5조제1항 및 같은 조 제2항제2호"
    )
    # a provision with a part, or one of the same depth under another provision, keeps it
    parts = cite_list(entries(loc(5, 1), loc(5, 2, part=Part.LEAD)), loc(5, 0, part=Part.TITLE))
    assert parts == "같은 조 제1항 및 같은 조 제2항 각 호 외의 부분"
    cousins = cite_list(entries(loc(5, 1, "8"), loc(5, 2, "8")), loc(4, 1))
    assert cousins == "제5조제1항제8호 및 같은 조 제2항제8호"


MAIN, PROVISO = loc(58, 1, part=Part.MAIN), loc(58, 1, part=Part.PROVISO)


def test_the_second_part_of_the_same_provision():
    assert second_part_of(PROVISO, MAIN)
    assert second_part_of(loc(7, 2, part=Part.BACK), loc(7, 2, part=Part.FRONT))
    assert second_part_of(loc(5, 1, part=Part.LEAD_PROVISO), loc(5, 1, part=Part.LEAD_MAIN))
    assert not second_part_of(PROVISO, None)
    assert not second_part_of(MAIN, PROVISO)  # the order of the text
    assert not second_part_of(loc(58, 2, part=Part.PROVISO), MAIN)  # another provision
    assert not second_part_of(loc(58, 1, part=Part.BACK), MAIN)  # not its pair
    assert not second_part_of(loc(5, 1, part=Part.PROVISO), loc(5, 1, part=Part.LEAD_MAIN))


@pytest.mark.parametrize(
    ("locations", "expected"),
    [
        # alone, or ending a list within one article: 및 (the mirror's bills: 본문 및 단서 111
        # and 전단 및 후단 107 alone, against 6 and 16 with ㆍ)
        ((MAIN, PROVISO), "제58조제1항 본문 및 단서"),
        (
            (loc(7, 1), loc(7, 2, part=Part.FRONT), loc(7, 2, part=Part.BACK)),
            "제7조제1항, 같은 조 제2항 전단 및 후단",
        ),
        # inside a list: ㆍ (before a comma 3015 to 1133, before 및 212 to 9)
        (
            (
                loc(5, 1, part=Part.LEAD_MAIN),
                loc(5, 1, part=Part.LEAD_PROVISO),
                loc(5, 1, "1"),
                loc(5, 1, "2"),
                loc(5, 5),
            ),
            "제5조제1항 각 호 외의 부분 본문ㆍ단서, 같은 항 제1호ㆍ제2호 및 같은 조 제5항",
        ),
        ((MAIN, PROVISO, loc(60)), "제58조제1항 본문ㆍ단서 및 제60조"),
        # ending a list over several articles: ㆍ, the list's 및 before the article
        (
            (loc(5, 2), loc(8, 3, part=Part.FRONT), loc(8, 3, part=Part.BACK)),
            "제5조제2항 및 제8조제3항 전단ㆍ후단",
        ),
        # parts that are no pair keep their citations
        (
            (loc(5, 1, part=Part.MAIN), loc(5, 2, part=Part.PROVISO)),
            "제5조제1항 본문 및 같은 조 제2항 단서",
        ),
    ],
)
def test_the_main_sentence_and_the_proviso_of_one_provision_are_cited_as_a_pair(
    locations, expected
):
    assert cite_list(entries(*locations), None) == expected


def test_a_pair_ending_an_articles_provisions_takes_its_및_with_commas_between_articles():
    got = cite_list(entries(MAIN, PROVISO, loc(60), loc(61)), None, LISTS_COMMAS)
    assert got == "제58조제1항 본문 및 단서, 제60조, 제61조"


def test_ranges_need_three_adjacent_successive_siblings():
    arts = [loc(n) for n in (2, 3, 4, 5)] + [loc(Num(5, 2)), loc(6)]
    got = ranges([(x, i) for i, x in enumerate(arts)])
    assert got == [(arts[0], arts[3]), (arts[4], arts[4]), (arts[5], arts[5])]
    assert cite_list(got, None) == "제2조부터 제5조까지, 제5조의2 및 제6조"
    two = ranges([(loc(2), 0), (loc(3), 1)])
    assert cite_list(two, None) == "제2조 및 제3조"
    gap = ranges([(loc(2), 0), (loc(3), 1), (loc(4), 3)])  # something stands between 3 and 4
    assert cite_list(gap, None) == "제2조, 제3조 및 제4조"


def test_ranges_of_subparagraphs_name_the_end_briefly():
    subs = [loc(5, 2, str(n)) for n in (3, 4, 5)]
    got = ranges([(x, i) for i, x in enumerate(subs)])
    assert cite_list(got, None) == "제5조제2항제3호부터 제5호까지"


def test_join_list():
    assert join_list(["A"]) == "A"
    assert join_list(["A", "B"]) == "A 및 B"
    assert join_list(["A", "B", "C"]) == "A, B 및 C"
