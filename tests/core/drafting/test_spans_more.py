"""More quoted-span rules as real drafters write them (drafting-ko.md §3a), measured on the
corpus of real sentences (test_corpus.py). The examples are made up for 시/군/구 ordinances."""

import desktop.core.drafting.project as drafting_project
from desktop import paths
from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import verify_amendment
from desktop.core.drafting.textdiff import diff_text
from desktop.core.projectfile import load
from desktop.core.rules import DraftingOptions
from tests.core.drafting.build import parse

TITLE = "수원시 청소년 조례"


def drafted(old_text: str, new_text: str) -> list[str]:
    """The amendment sentences, checked: applied to the old text they give the new one."""
    old, new = parse(old_text, TITLE), parse(new_text, TITLE)
    text = amendment_text(old, new)
    assert verify_amendment(old, str(text), new) == []
    return [s.text for s in text.sentences]


def quotes(old: str, new: str) -> list[tuple[str, str]]:
    return [(e.old, e.new) for e in diff_text(old, new).edits]


def test_a_word_renamed_inside_a_statute_quoted_whole_is_left_to_that_quote():
    # the name is one quote, and the word elsewhere is quoted bare: its occurrence inside the
    # name is replaced by the name's quote, listed first (no 각각 for the one left to it)
    old = (
        "제5조(위탁) 「수원시 청소년상담센터 설치 조례」에 따른 위탁기관은 "
        "청소년상담센터의 운영 결과를 시장에게 보고한다."
    )
    new = old.replace("청소년상담센터", "청소년상담복지센터")
    assert drafted(old, new) == [
        '제5조 중 "「수원시 청소년상담센터 설치 조례」"를 "「수원시 청소년상담복지센터 설치 '
        '조례」"로, "청소년상담센터"를 "청소년상담복지센터"로 한다.'
    ]


def test_a_word_that_is_only_part_of_a_word_of_the_name_keeps_its_particle():
    # "청소년" inside 「…청소년시설…」 is part of a word of the name: the quote outside keeps
    # its particle, so it occurs nowhere else; a whole word of the name is quoted bare
    old = "제3조(지원) 「수원시 청소년시설 조례」에 따른 시설에서는 청소년의 여가를 지원한다."
    new = "제3조(지원) 「수원시 청년공간 조례」에 따른 시설에서는 청년의 여가를 지원한다."
    assert quotes(old, new)[1] == ("청소년의", "청년의")
    assert drafted(old, new) == [
        '제3조 중 "「수원시 청소년시설 조례」"를 "「수원시 청년공간 조례」"로, '
        '"청소년의"를 "청년의"로 한다.'
    ]
    old = old.replace("청소년시설", "청소년 시설")
    new = new.replace("청년공간", "청년 공간")
    assert quotes(old, new)[1] == ("청소년", "청년")


def test_a_one_syllable_noun_with_an_aside_is_quoted_with_its_modifier():
    old = "주민자치회의 운영에 필요한 사항은 구청장(동장을 포함한다. 이하 같다)이 정한다."
    new = "주민자치회의 운영에 필요한 사항은 구청장과 구의회의 의장이 정한다."
    assert quotes(old, new) == [("구청장(동장을 포함한다. 이하 같다)", "구청장과 구의회의 의장")]
    old = "필요한 사항은 지방자치단체의 장(동장을 포함한다. 이하 같다)이 정한다."
    new = "필요한 사항은 지방자치단체의 장과 지방의회의 의장이 정한다."
    assert quotes(old, new) == [
        ("지방자치단체의 장(동장을 포함한다. 이하 같다)", "지방자치단체의 장과 지방의회의 의장")
    ]


def test_an_item_added_after_a_staffing_item_is_anchored_on_that_whole_item():
    # items of several words ("2명(6급 1명, 7급 1명)은 행정안전부"): the quote starts at the
    # whole item before the added one, as the quote of a removed first item does
    old = (
        "제8조(파견) 구에 두는 공무원의 정원 중 1명(6급 1명)은 기획재정부, 1명(6급 1명)은 "
        "국토교통부, 1명(7급 1명)은 문화체육관광부, 1명(6급 1명)은 농림축산식품부, "
        "1명(7급 1명)은 산업통상부, 2명(6급 1명, 7급 1명)은 행정안전부 소속 공무원으로 각각 "
        "충원한다."
    )
    new = old.replace("1명(6급 1명)은 기획재정부, ", "").replace(
        "행정안전부 소속", "행정안전부, 1명(7급 1명)은 기획예산처 소속"
    )
    assert drafted(old, new) == [
        '제8조 중 "1명(6급 1명)은 기획재정부, 1명(6급 1명)은 국토교통부"를 '
        '"1명(6급 1명)은 국토교통부"로, "2명(6급 1명, 7급 1명)은 행정안전부"를 '
        '"2명(6급 1명, 7급 1명)은 행정안전부, 1명(7급 1명)은 기획예산처"로 한다.'
    ]


CITING = (
    "제6조(협의) 구청장은 「국토의 계획 및 이용에 관한 법률 시행령」 별표 1에 따른 시설을 "
    "설치할 때에는 미리 협의하여야 한다."
)


def test_another_statute_cited_is_quoted_with_its_name_house_rule():
    new = CITING.replace("별표 1에", "별표 1의2에")
    assert drafted(CITING, new) == [
        '제6조 중 "「국토의 계획 및 이용에 관한 법률 시행령」 별표 1"을 '
        '"「국토의 계획 및 이용에 관한 법률 시행령」 별표 1의2"로 한다.'
    ]


def test_the_cite_setting_quotes_the_provision_alone():
    new = CITING.replace("별표 1에", "별표 1의2에")
    old_i, new_i = parse(CITING, TITLE), parse(new, TITLE)
    text = amendment_text(old_i, new_i, cite="bare")
    assert [s.text for s in text.sentences] == ['제6조 중 "별표 1"을 "별표 1의2"로 한다.']
    assert verify_amendment(old_i, str(text), new_i) == []
    # a statute's name that changes is quoted either way
    renamed = new.replace("국토의 계획 및 이용에 관한 법률 시행령", "국토계획법 시행령")
    text = amendment_text(old_i, parse(renamed, TITLE), cite="bare")
    assert [s.text for s in text.sentences] == [
        '제6조 중 "「국토의 계획 및 이용에 관한 법률 시행령」 별표 1"을 '
        '"「국토계획법 시행령」 별표 1의2"로 한다.'
    ]


def test_the_cite_setting_never_quotes_a_provision_that_occurs_unchanged_elsewhere():
    # the bare "별표 1" would also replace the ordinance's own 별표 1: the quote keeps what
    # makes it unique, and the sentence still gives the new text
    old = CITING.replace("협의하여야 한다.", "협의하고, 별표 1의 기준을 따라야 한다.")
    new = old.replace("시행령」 별표 1에", "시행령」 별표 1의2에")
    old_i, new_i = parse(old, TITLE), parse(new, TITLE)
    text = amendment_text(old_i, new_i, cite="bare")
    assert verify_amendment(old_i, str(text), new_i) == []
    assert '"별표 1"을' not in str(text)


def test_the_cite_setting_reaches_the_bill(monkeypatch):
    """The office's choice (Settings, drafting/cite) reaches the diff of every instrument."""
    seen = []
    diff = drafting_project.diff_instruments

    def watched(old, new, **options):
        seen.append(options["cite"])
        return diff(old, new, **options)

    monkeypatch.setattr(drafting_project, "diff_instruments", watched)
    project = load(paths.sample_path())
    for cite in ("named", "bare"):
        drafts = project.draft_inputs(DraftingOptions(cite=cite)).draft
        assert drafts["ordinance"].amendment("ko").sentences
    assert seen == ["named", "bare"]


def test_two_changes_with_one_word_between_are_one_quote():
    old = "제7조(운영) 구청장은 청소년수련시설 중 청소년문화의집을 직접 운영한다."
    new = "제7조(운영) 구청장은 청소년활동시설 중 청소년문화센터를 직접 운영한다."
    assert drafted(old, new) == [
        '제7조 중 "청소년수련시설 중 청소년문화의집을"을 '
        '"청소년활동시설 중 청소년문화센터를"로 한다.'
    ]
    # the provision is still judged by its two changes (rewritten or amended)
    diff = diff_text(old, new)
    assert diff.needed == 2
    assert [(e.old, e.new) for e in diff.apart] == [
        ("청소년수련시설", "청소년활동시설"),
        ("청소년문화의집을", "청소년문화센터를"),
    ]


def test_a_word_between_two_changes_that_is_itself_a_middle_dot_list_joins_them():
    # 예방ㆍ복구와 is one word between the changes, not an item of a list they belong to
    # (산림기본법, 2023: "산림재해의 예방ㆍ복구와 산림재해로"를 "산림재난의 예방ㆍ복구와
    # 산림재난으로"로)
    assert quotes(
        "구청장은 풍수해의 예방ㆍ복구와 풍수해로 인한 피해를 지원한다.",
        "구청장은 자연재난의 예방ㆍ복구와 자연재난으로 인한 피해를 지원한다.",
    ) == [("풍수해의 예방ㆍ복구와 풍수해로", "자연재난의 예방ㆍ복구와 자연재난으로")]
    # renamed items of one ㆍ list stay apart
    assert quotes("총무과ㆍ예산과ㆍ감사과", "행정과ㆍ예산과ㆍ감찰과") == [
        ("총무과", "행정과"),
        ("감사과", "감찰과"),
    ]


def test_changes_further_apart_or_set_off_by_punctuation_stay_two_quotes():
    old = "위원회는 위원장 1명을 포함한 9명의 위원으로 구성한다."
    new = "위원회는 부위원장 1명을 포함한 11명의 위원으로 구성한다."
    assert quotes(old, new) == [("위원장", "부위원장"), ("9명", "11명")]
    old = "구에 총무과, 예산과, 감사과를 둔다."
    new = "구에 행정과, 예산과, 감찰과를 둔다."
    assert quotes(old, new) == [("총무과", "행정과"), ("감사과", "감찰과")]


def test_a_word_is_never_cut_to_one_syllable_by_what_looks_like_a_particle():
    # 도로 is not 도 + the particle 로: the word is quoted whole
    old = "제9조(관리) 건설과장은 도로 관리에 관한 사무를 처리한다."
    new = "제9조(관리) 건설과장은 수로 관리에 관한 사무를 처리한다."
    assert drafted(old, new) == ['제9조 중 "도로"를 "수로"로 한다.']
    assert quotes("도로 관리", "지방도로 관리") == [("도로", "지방도로")]
    # a one-syllable noun stays whole, with its modifier (drafting-ko.md §3a)
    assert quotes("지방자치단체의 장이 정한다", "지방자치단체의 장과 의회의 의장이 정한다") == [
        ("지방자치단체의 장", "지방자치단체의 장과 의회의 의장")
    ]


def test_the_whole_citation_form_quotes_a_renamed_statute_with_the_provision_cited():
    old = "제10조(지원) 구청장은 「국가정보화 기본법」 제3조제2호에 따른 정보통신망을 지원한다."
    new = old.replace("국가정보화 기본법", "지능정보화 기본법")
    old_i, new_i = parse(old, TITLE), parse(new, TITLE)
    # house rule: the name alone
    assert drafted(old, new) == [
        '제10조 중 "「국가정보화 기본법」"을 "「지능정보화 기본법」"으로 한다.'
    ]
    text = amendment_text(old_i, new_i, cite="whole")
    assert [s.text for s in text.sentences] == [
        '제10조 중 "「국가정보화 기본법」 제3조제2호"를 "「지능정보화 기본법」 제3조제2호"로 한다.'
    ]
    assert verify_amendment(old_i, str(text), new_i) == []
    # a number that changes is quoted with the name, as by the house rule
    new = old.replace("제3조제2호", "제2조제4호")
    text = amendment_text(old_i, parse(new, TITLE), cite="whole")
    assert [s.text for s in text.sentences] == [
        '제10조 중 "「국가정보화 기본법」 제3조제2호"를 "「국가정보화 기본법」 제2조제4호"로 한다.'
    ]


def test_a_provision_cited_bare_and_the_thing_it_names_are_one_quote():
    # a citation is one unit with the thing it names when both change (drafting-ko.md §3a),
    # also when the provision is cited without a statute's name
    old = "제8조(운영) 동장은 제5조에 따른 주민자치센터의 운영 계획을 세운다."
    new = "제8조(운영) 동장은 제6조에 따른 주민자치회관의 운영 계획을 세운다."
    assert drafted(old, new) == [
        '제8조 중 "제5조에 따른 주민자치센터"를 "제6조에 따른 주민자치회관"으로 한다.'
    ]
    # and the parts of the provision cited before the thing named with 의
    assert quotes(
        "군수는 별표 2 제3호가목의 시설기준에 맞게 설치한다.",
        "군수는 별표 3 제3호가목의 설치기준에 맞게 설치한다.",
    ) == [("별표 2 제3호가목의 시설기준", "별표 3 제3호가목의 설치기준")]


def test_a_noun_whose_aside_changes_bracket_kind_is_quoted_with_the_whole_aside():
    # a bracket added inside an aside turns its brackets from ( ) to [ ]: the noun the aside is
    # written against, its plain modifiers and the whole aside are one quote
    old = (
        "제6조(사용 제한) 구청장은 제1종 근린생활시설(「건축법 시행령」 별표 1 제3호바목부터 "
        "자목까지의 시설은 제외한다)의 사용을 제한할 수 있다."
    )
    new = (
        "제6조(사용 제한) 구청장은 제1종 근린생활시설[「건축법 시행령」 별표 1 제3호바목 및 "
        "아목(도시가스배관시설은 제외한다)의 시설은 제외한다]의 사용을 제한할 수 있다."
    )
    assert drafted(old, new) == [
        '제6조 중 "제1종 근린생활시설(「건축법 시행령」 별표 1 제3호바목부터 자목까지의 시설은 '
        '제외한다)"을 "제1종 근린생활시설[「건축법 시행령」 별표 1 제3호바목 및 아목(도시가스'
        '배관시설은 제외한다)의 시설은 제외한다]"로 한다.'
    ]
    # the provision is judged by the changes inside the brackets, not by all its characters
    # after the bracket that changes kind
    diff = diff_text(old, new)
    assert [(e.old, e.new) for e in diff.apart] == [
        (
            "「건축법 시행령」 별표 1 제3호바목부터 자목까지",
            "「건축법 시행령」 별표 1 제3호바목 및 아목(도시가스배관시설은 제외한다)",
        )
    ]
    # a verb form before the noun stays outside the quote
    old = "계약에 관한 서류(전자문서를 포함한다)를 제출한다."
    new = "계약에 관한 서류[전자문서(전자서명이 있는 것으로 한정한다)를 포함한다]를 제출한다."
    assert quotes(old, new) == [
        (
            "서류(전자문서를 포함한다)",
            "서류[전자문서(전자서명이 있는 것으로 한정한다)를 포함한다]",
        )
    ]
    # a bracket added inside the aside, whose words the diff pairs with the closing one: the
    # quote still ends at the closing bracket, never at the word after it
    old = "제4조(보건소) 구청장 소속으로 보건소(보건지소를 포함한다)를 둔다."
    new = (
        "제4조(보건소) 구청장 소속으로 보건소[보건지소 및 건강생활지원센터(분소를 포함한다)를 "
        "포함한다]를 둔다."
    )
    assert drafted(old, new) == [
        '제4조 중 "보건소(보건지소를 포함한다)"를 "보건소[보건지소 및 건강생활지원센터(분소를 '
        '포함한다)를 포함한다]"로 한다.'
    ]
    # (rarely an aside stands after a space: the quote starts at the word before it)
    assert quotes(
        "보건소 (보건지소를 포함한다)를 둔다.",
        "보건소 [보건지소(분소를 포함한다)를 포함한다]를 둔다.",
    ) == [("보건소 (보건지소를 포함한다)", "보건소 [보건지소(분소를 포함한다)를 포함한다]")]
    # the particle 과 after the closing bracket stays outside the quote, as other particles do
    old = "제5조(관리) 구청장은 건축물(공동주택은 제외한다)과 공장을 관리한다."
    new = "제5조(관리) 구청장은 건축물[공동주택(기숙사를 포함한다)은 제외한다]과 공장을 관리한다."
    assert drafted(old, new) == [
        '제5조 중 "건축물(공동주택은 제외한다)"을 "건축물[공동주택(기숙사를 포함한다)은 '
        '제외한다]"로 한다.'
    ]
    # a verb before the noun is no modifier of it, also one ending in 거나
    assert quotes(
        "수수료를 반환하거나 감면(일부감면을 포함한다)하는 경우",
        "수수료를 반환하거나 감면[일부감면(분할감면을 포함한다)을 포함한다]하는 경우",
    ) == [
        (
            "감면(일부감면을 포함한다)하는",
            "감면[일부감면(분할감면을 포함한다)을 포함한다]하는",
        )
    ]
    # brackets of the same kind: only the words inside change
    assert quotes(
        "서류(전자문서를 포함한다)를 제출한다.", "서류(전자문서는 제외한다)를 제출한다."
    ) == [("전자문서를 포함한다", "전자문서는 제외한다")]
