"""A citation and the thing it names are one quote when both change (drafting-ko.md §3a). The
examples are made up; the corpus test measures the rules on real sentences."""

from desktop.core.drafting.textdiff import diff_text
from desktop.core.rules import CITE_BARE, CITE_WHOLE


def quotes(old: str, new: str) -> list[tuple[str, str]]:
    return [(e.old, e.new) for e in diff_text(old, new).edits]


def test_a_citation_of_all_the_호_of_a_provision_is_joined_with_the_thing_named():
    old = "시장은 「지역보건법」 제4조에 따른 사업을 지원한다."
    new = "시장은 「지역보건법」 제7조제1항 각 호에 따른 보건사업을 지원한다."
    assert quotes(old, new) == [
        ("「지역보건법」 제4조에 따른 사업", "「지역보건법」 제7조제1항 각 호에 따른 보건사업")
    ]


def test_an_own_annex_that_becomes_another_statutes_is_joined_with_the_thing_named():
    old = "위원은 별표 2에 따른 기술2급 이상인 사람으로 한다."
    new = "위원은 「산림기술 진흥법 시행령」 별표 3에 따른 기술초급 이상인 사람으로 한다."
    assert quotes(old, new) == [
        ("별표 2에 따른 기술2급", "「산림기술 진흥법 시행령」 별표 3에 따른 기술초급")
    ]


def test_an_own_provision_renumbered_stays_apart_from_a_renamed_thing():
    # no statute is named on either side: two quotes, as before
    old = "위원은 제5조에 따른 위원회의 위원 중에서 도지사가 임명한다."
    new = "위원은 제6조에 따른 위원회의 위원 중에서 군수가 임명한다."
    assert quotes(old, new) == [("제5조", "제6조"), ("도지사", "군수")]


def test_a_renamed_statute_is_joined_across_an_unchanged_annex_with_the_thing_named():
    old = "도지사는 「재난구호 비용부담기준 규정」 별표 1에 따른 재난복구비용을 지원한다."
    new = "도지사는 「재난구호 비용 부담기준 규정」 별표 1에 따른 재난복구 비용을 지원한다."
    assert quotes(old, new) == [
        (
            "「재난구호 비용부담기준 규정」 별표 1에 따른 재난복구비용",
            "「재난구호 비용 부담기준 규정」 별표 1에 따른 재난복구 비용",
        )
    ]


def test_a_quote_starting_inside_an_annex_cited_takes_the_annex_with_the_statute():
    # as inside an article cited (「A법」 제35조제1항제1호): the name is left out only by
    # the drafting/cite setting
    old = "군수는 「도서관법 시행령」 별표 1 제1호다목에 따른 시설을 갖추어야 한다."
    new = "군수는 「도서관법 시행령」 별표 1 제1호 및 제2호가목에 따른 시설을 갖추어야 한다."
    assert quotes(old, new) == [
        ("「도서관법 시행령」 별표 1 제1호다목", "「도서관법 시행령」 별표 1 제1호 및 제2호가목")
    ]
    bare = [(e.old, e.new) for e in diff_text(old, new, cite=CITE_BARE).edits]
    assert bare == [("별표 1 제1호다목", "별표 1 제1호 및 제2호가목")]


def test_a_quote_starting_inside_an_annex_takes_the_name_across_its_defined_term():
    old = '구청장은 「국민건강보험법 시행령」(이하 "영"이라 한다) 별표 2 제5호의 환자를 지원한다.'
    new = (
        '구청장은 「국민건강보험법 시행령」(이하 "영"이라 한다) 별표 2 제3호마목의 환자를 지원한다.'
    )
    assert quotes(old, new) == [
        (
            '「국민건강보험법 시행령」(이하 "영"이라 한다) 별표 2 제5호',
            '「국민건강보험법 시행령」(이하 "영"이라 한다) 별표 2 제3호마목',
        )
    ]


def test_a_quote_ending_in_a_list_of_citations_of_one_provision_takes_the_list():
    old = "「신문법」 제2조제2호가목 또는 나목에 따른 일간신문에 공고한다."
    new = "「신문법」 제2조제1호가목 또는 나목에 따른 일간신문에 공고한다."
    assert quotes(old, new) == [
        ("「신문법」 제2조제2호가목 또는 나목", "「신문법」 제2조제1호가목 또는 나목")
    ]


def test_a_part_cited_inside_an_annex_ends_a_citation_joined_with_the_thing_named():
    old = (
        '"정하는 공사업"이란 「건설산업기본법 시행령」 별표 1의 전문공사를 시공하는 업종의 '
        "제22호에 따른 승강기설치공사업을 말한다."
    )
    new = '"정하는 공사업"이란 「건설산업기본법 시행령」 별표 1에 따른 승강기공사업을 말한다.'
    assert quotes(old, new) == [
        (
            "「건설산업기본법 시행령」 별표 1의 전문공사를 시공하는 업종의 제22호에 따른 "
            "승강기설치공사업",
            "「건설산업기본법 시행령」 별표 1에 따른 승강기공사업",
        )
    ]


def test_같은_법_is_cited_whole_and_이_법_is_not_cut():
    # "같은 법" names the statute cited before: a quote never keeps only its "법" (which would
    # read as the enabling act), also inside brackets; "같은 조례" is one unit too
    old = "「지방세법」에 따른 재산세액(같은 법 제195조의2에 따라 감면되는 세액은 제외한다)"
    new = "「지방세법」에 따른 재산세액(같은 법 제122조에 따라 감면되는 세액은 제외한다)"
    assert quotes(old, new) == [("같은 법 제195조의2", "같은 법 제122조")]
    old = "수당(같은 조례 제5조에 따른 수당을 말한다)"
    new = "수당(같은 조례 제7조에 따른 수당을 말한다)"
    assert quotes(old, new) == [("같은 조례 제5조", "같은 조례 제7조")]
    # "이 법" is the instrument itself: the quote is the provision cited, never "법 제5조"
    assert quotes("이 법 제5조에 따라 정한다.", "이 법 제7조에 따라 정한다.") == [
        ("제5조", "제7조")
    ]


def test_a_같은_법_citation_is_joined_with_the_thing_it_names_when_both_change():
    old = "「가평군 도시계획 조례」 제3조 및 같은 조례 제5조에 따른 계획위원회의 심의"
    new = "「가평군 도시계획 조례」 제3조 및 같은 조례 제7조에 따른 도시계획위원회의 심의"
    assert quotes(old, new) == [
        ("같은 조례 제5조에 따른 계획위원회", "같은 조례 제7조에 따른 도시계획위원회")
    ]


STAFF = "정원은 「화성시 행정기구 설치 조례 시행규칙」 {} 제2호에 따른다."


def test_a_number_added_to_or_removed_from_an_annex_is_quoted_with_its_label_and_statute():
    # the label and its number are one unit: the change is anchored on the label, not on the
    # 호 after it, and the annex of another statute is quoted with that statute's name
    named = "「화성시 행정기구 설치 조례 시행규칙」 "
    assert quotes(STAFF.format("별표 1"), STAFF.format("별표")) == [
        (named + "별표 1", named + "별표")
    ]
    assert quotes(STAFF.format("별표"), STAFF.format("별표 1")) == [
        (named + "별표", named + "별표 1")
    ]
    # without the name under the cite setting, and for the instrument's own annex
    bare = diff_text(STAFF.format("별표 1"), STAFF.format("별표"), cite=CITE_BARE)
    assert [(e.old, e.new) for e in bare.edits] == [("별표 1", "별표")]
    assert quotes("기관별 정원은 별표 1 제2호와 같다.", "기관별 정원은 별표 제2호와 같다.") == [
        ("별표 1", "별표")
    ]


REMARKS = "폐수량은 {} 비고 제2호에 따라 산정한다."


def test_an_annexs_remarks_are_part_of_its_citation():
    # 별표 13 비고 제2호 is one citation, like 별표 13 제2호: a quote starting inside it takes
    # it from the annex with the statute's name, and the whole-citation setting quotes it whole
    old = REMARKS.format("「물환경보전법 시행령」 별표 13")
    new = old.replace("비고 제2호", "비고 제3호")
    assert quotes(old, new) == [
        ("「물환경보전법 시행령」 별표 13 비고 제2호", "「물환경보전법 시행령」 별표 13 비고 제3호")
    ]
    bare = [(e.old, e.new) for e in diff_text(old, new, cite=CITE_BARE).edits]
    assert bare == [("별표 13 비고 제2호", "별표 13 비고 제3호")]
    renamed = REMARKS.format("「수질보전법 시행령」 별표 13")
    assert quotes(renamed, old) == [("「수질보전법 시행령」", "「물환경보전법 시행령」")]
    whole = [(e.old, e.new) for e in diff_text(renamed, old, cite=CITE_WHOLE).edits]
    assert whole == [
        ("「수질보전법 시행령」 별표 13 비고 제2호", "「물환경보전법 시행령」 별표 13 비고 제2호")
    ]


def test_the_whole_citation_setting_quotes_a_list_of_citations_of_one_provision_whole():
    # a renamed statute quoted with the provision cited after it takes the parts of the same
    # provision listed with it ("제2조제7호 및 제8호"), as a quote ending inside such a list does
    old = "「수질보전법」 제2조제7호 및 제8호에 따른 수질오염물질의 양을 말한다."
    new = "「물환경보전법」 제2조제7호 및 제8호에 따른 수질오염물질의 양을 말한다."
    assert quotes(old, new) == [("「수질보전법」", "「물환경보전법」")]
    whole = [(e.old, e.new) for e in diff_text(old, new, cite=CITE_WHOLE).edits]
    assert whole == [("「수질보전법」 제2조제7호 및 제8호", "「물환경보전법」 제2조제7호 및 제8호")]


def test_a_provision_cited_is_joined_with_the_thing_its_verb_form_makes():
    # 제N조에 따라 지정된 / 에 따라 고시하는: the verb's form names what the provision makes
    old = "군수는 「청년기본법」 제12조에 따라 지정된 청년센터를 지원한다."
    new = "군수는 「청년지원법」 제15조에 따라 지정된 청년미래센터를 지원한다."
    assert quotes(old, new) == [
        (
            "「청년기본법」 제12조에 따라 지정된 청년센터",
            "「청년지원법」 제15조에 따라 지정된 청년미래센터",
        )
    ]
    old = "시장은 「도시법」 제40조의2제8항에 따라 고시하는 입지구역에서 사업을 한다."
    new = "시장은 「도시법」 제40조의3제7항에 따라 고시하는 혁신구역에서 사업을 한다."
    assert quotes(old, new) == [
        (
            "「도시법」 제40조의2제8항에 따라 고시하는 입지구역",
            "「도시법」 제40조의3제7항에 따라 고시하는 혁신구역",
        )
    ]


def test_a_statute_named_without_a_provision_stays_apart_across_a_verb_form():
    # only a provision or annex cited makes the thing named one unit across 따라 지정된
    old = "군수는 「청년기본법」에 따라 지정된 청년센터를 지원한다."
    new = "군수는 「청년지원법」에 따라 지정된 청년미래센터를 지원한다."
    assert quotes(old, new) == [
        ("「청년기본법」", "「청년지원법」"),
        ("청년센터", "청년미래센터"),
    ]


def test_a_thing_made_by_a_provision_and_named_again_stays_apart():
    old = "「청년기본법」 제12조에 따라 지정된 청년센터는 다른 청년센터와 협력한다."
    new = "「청년지원법」 제15조에 따라 지정된 청년미래센터는 다른 청년미래센터와 협력한다."
    assert quotes(old, new) == [
        ("「청년기본법」 제12조", "「청년지원법」 제15조"),
        ("청년센터", "청년미래센터"),
        ("청년센터", "청년미래센터"),
    ]


def test_a_list_whose_items_change_after_a_provisions_verb_form_stays_apart():
    old = "군은 「청소년법」 제10조 및 제11조에 따라 설치된 수련관, 문화의집 및 야영장을 돕는다."
    new = "군은 「청소년법」 제10조에 따라 설치된 문화의집 및 야영장을 돕는다."
    assert quotes(old, new) == [
        ("「청소년법」 제10조 및 제11조", "「청소년법」 제10조"),
        ("수련관, 문화의집", "문화의집"),
    ]


def test_a_range_cited_at_the_end_of_a_quote_keeps_its_까지():
    # 까지 closes a range of provisions, it is not a particle to leave outside: the real
    # sentences quote a range at a quote's end with it 19 times, never without it (without it
    # only before 까지의 규정, which stays outside whole); 농어업재해보험법 and 농어업인의
    # 안전보험 및 안전재해예방에 관한 법률 (2019) gained, the four sets lost none
    old = "보험계약에 관하여는 「보험업법」 제102조, 제104조부터 제107조까지, 제119조를 준용한다."
    new = "보험계약에 관하여는 「보험업법」 제104조부터 제107조까지, 제119조를 준용한다."
    assert quotes(old, new) == [
        ("「보험업법」 제102조, 제104조부터 제107조까지", "「보험업법」 제104조부터 제107조까지")
    ]
    # a word that ends in 까지 outside a range loses it as a particle
    assert quotes("서울에서 부산까지 간다.", "서울에서 대구까지 간다.") == [("부산", "대구")]


def test_a_paragraph_of_the_article_cited_before_is_quoted_with_its_같은_조():
    # "같은 조 제8항" cites a paragraph of the article just cited: when its number changes the
    # real quotes take 같은 조 (자연재해대책법 2020, 다중이용업소의 안전관리에 관한 특별법
    # 시행령 2010, 제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법 2021: 4 of 4);
    # cited with its 호 (같은 조 제4항제8호) they do not (0 of 2), nor does the engine
    old = "제5조제2항 및 같은 조 제7항 본문에 따른 신고"
    assert quotes(old, old.replace("제7항", "제9항")) == [("같은 조 제7항", "같은 조 제9항")]
    old = "「부가가치세법」 제8조제7항 전단에 따라 등록하거나 같은 조 제8항에 따라 신고한 자"
    new = "「부가가치세법」 제8조제8항 전단에 따라 등록하거나 같은 조 제9항에 따라 신고한 자"
    assert quotes(old, new) == [
        ("「부가가치세법」 제8조제7항 전단", "「부가가치세법」 제8조제8항 전단"),
        ("같은 조 제8항", "같은 조 제9항"),
    ]
    old = "「문화재보호법」 제2조제2항 및 같은 조 제3항제1호에 따른 문화재"
    new = "「문화재보호법」 제2조제3항 및 같은 조 제4항제1호에 따른 문화재"
    assert quotes(old, new)[1] == ("제3항제1호", "제4항제1호")
