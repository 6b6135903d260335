"""Korean amendment sentences: the rules under the drafting-ko.md §3 table."""

from desktop.core.drafting import amendment_text, amendment_text_en
from desktop.core.drafting.applier import verify_amendment
from desktop.core.provisions import apply_english
from tests.core.drafting.build import UNITS, amend, parse


def sentences(old, new, **kwargs) -> list[str]:
    return [s.text for s in amendment_text(old, new, atomic_terms=UNITS, **kwargs).sentences]


def test_smallest_whole_unit_never_the_particle():
    old, new = amend(("실장과 국장은", "실장과 국토교통부장관은"))
    assert sentences(old, new) == ['제7조 본문 중 "국장"을 "국토교통부장관"으로 한다.']


def test_smallest_whole_unit_is_the_atomic_unit_name():
    old, new = amend(("다만, 평생교육국장은", "다만, 미래평생교육국장은"))
    assert sentences(old, new) == ['제7조 단서 중 "평생교육국"을 "미래평생교육국"으로 한다.']


def test_without_the_unit_name_the_whole_noun_is_quoted_never_a_fragment():
    old, new = amend(("다만, 평생교육국장은", "다만, 미래평생교육국장은"))
    result = [s.text for s in amendment_text(old, new).sentences]
    assert result == ['제7조 단서 중 "평생교육국장"을 "미래평생교육국장"으로 한다.']


def test_quotes_leave_out_the_provisions_punctuation_and_quotation_marks():
    defs = '제2조(정의) "관리기관으로 정하는 기관"이란 도지사가 지정하는 기관을 말한다.\n'
    old = parse(defs)
    new = parse(defs.replace('"관리기관으로', '"운영기관으로'))
    assert sentences(old, new) == ['제2조 중 "관리기관"을 "운영기관"으로 한다.']
    listing = "제3조(기구) 기획실, 총무과 또는 감사관은 규칙으로 정한다.\n"
    new = parse(listing.replace("기획실,", "기획조정실,"))
    assert sentences(parse(listing), new) == ['제3조 중 "기획실"을 "기획조정실"로 한다.']


def test_a_quote_that_occurs_elsewhere_unchanged_is_widened():
    # "평생교육국" also stands unchanged in the same paragraph: quoting it alone would change
    # that occurrence too, so the changed word is quoted with its particle.
    text = "제3조(기구) 평생교육국을 두고, 평생교육국장은 평생교육국 소관 사무를 총괄한다.\n"
    new = text.replace("기구) 평생교육국을", "기구) 미래평생교육국을").replace(
        "평생교육국장은", "미래평생교육국장은"
    )
    assert sentences(parse(text), parse(new)) == [
        '제3조 중 "평생교육국을"을 "미래평생교육국을"로, '
        '"평생교육국장"을 "미래평생교육국장"으로 한다.'
    ]


def test_clauses_alternate_hago_and_hamyeo_and_refer_back_with_같은_항():
    old, new = amend(
        ("② 평생교육국장은 다음", "② 미래평생교육국장은 다음"),
        ("1. 평생교육 진흥 계획", "1. 평생교육 진흥 기본계획"),
        ("2. 도서관 운영", "2. 공공도서관 운영"),
        ("가. 평생학습 도시 지정", "가. 평생학습 도시 선정"),
    )
    assert sentences(old, new) == [
        '제5조제2항 각 호 외의 부분 중 "평생교육국"을 "미래평생교육국"으로 하고, '
        '같은 항 제1호 중 "계획"을 "기본계획"으로 하며, '
        '같은 항 제2호 중 "도서관"을 "공공도서관"으로 하고, '
        '같은 항 제3호가목 중 "지정"을 "선정"으로 한다.'
    ]


REPORT = """\
제7조(보고) ① 소속 공무원은 근무 상황을 기획과장에게 보고한다.
② 기획과장은 다음 각 호의 사항을 정한다.
1. 근무 계획에 관한 사항
2. 그 밖에 근무에 필요한 사항
"""


def test_after_a_list_of_paragraphs_the_last_one_is_still_같은_항():
    # 지방공무원 복무규정 (2020) writes "같은 조 제2항제1호" here, the 육군본부 직제 (2019) and
    # three other 직제 of the corpus "같은 항 제5호"; the mirror's bills 같은 항 20 to 13.
    old = parse(REPORT)
    new = parse(REPORT.replace("기획과장", "기획조정과장").replace("근무 계획", "근무 기본계획"))
    drafted = amendment_text(old, new, atomic_terms=UNITS)
    assert [s.text for s in drafted.sentences] == [
        '제7조제1항 및 같은 조 제2항 각 호 외의 부분 중 "기획과장"을 각각 "기획조정과장"으로 '
        '하고, 같은 항 제1호 중 "계획"을 "기본계획"으로 한다.'
    ]
    assert verify_amendment(old, str(drafted), new) == []
    # the English cites the paragraph in full, never "the same paragraph"
    for inst, head, plan in (
        (old, "Planning", "the"),
        (new, "Planning and Coordination", "the basic"),
    ):
        texts = {
            "7/1": f"Officials shall report to the Head of the {head} Division.",
            "7/2": f"The Head of the {head} Division shall determine the following matters:",
            "7/2/1": f"Matters concerning {plan} duty plan;",
        }
        assert apply_english(inst, texts) == []
    english = " ".join(s.text for s in amendment_text_en(old, new).sentences)
    assert english.endswith('and in Article 7 (2) 1, "duty" shall be replaced by "basic duty".')


def test_several_kinds_of_change_in_one_article_form_one_sentence():
    old, new = amend(
        ("① 기획조정실장은 도정 전반의", "① 기획조정실장은 도정 전체의"),
        ("4. 장학", "3의2. 디지털 문해교육에 관한 사항\n4. 장학"),
        ("③ AI국장은", "③ AI산업국장은"),
    )
    assert sentences(old, new) == [
        '제5조제1항 중 "전반"을 "전체"로 하고, 같은 조 제2항에 제3호의2를 다음과 같이 신설하며, '
        '같은 조 제3항 중 "AI국"을 "AI산업국"으로 한다.'
    ]


def test_insert_then_delete_in_the_same_paragraph_refers_back_with_같은_항():
    old, new = amend(
        ("4. 장학", "3의2. 디지털 문해교육에 관한 사항\n4. 장학"),
        ("4. 장학 사업 운영에 관한 사항\n", ""),
    )
    assert sentences(old, new) == [
        "제5조제2항에 제3호의2를 다음과 같이 신설하고, 같은 항 제4호를 삭제한다."
    ]


DEEP = """\
제7조(분장) ① 총무과는 인사에 관한 사무를 분장한다.
② 기획과는 다음 각 호의 사무를 분장한다.
1. 다음 각 목의 기획 사무
  가. 재정계획에 관한 사항
  나. 조직계획에 관한 사항
2. 평가 사무
③ 기획과장은 재정계획을 총괄한다.
④ 기획과장은 재정계획의 결과를 보고한다.
"""


def test_after_a_deeper_location_같은_조_starts_a_group_joined_by_ㆍ():
    old = parse(DEEP)
    new = parse(DEEP.replace("재정계획", "재정운용계획"))
    assert sentences(old, new) == [
        '제7조제2항제1호가목 및 같은 조 제3항ㆍ제4항 중 "재정계획"을 각각 "재정운용계획"으로 한다.'
    ]


THREE = """\
제3조(기구) ① 도에 평생교육국을 둔다.
② 평생교육국에 과를 둔다.
③ 평생교육국장은 도지사를 보좌한다.
④ 평생교육국의 사무는 규칙으로 정한다.
"""


def test_three_locations_are_listed_a_b_및_c():
    old = parse(THREE)
    new = parse(THREE.replace("평생교육국", "미래평생교육국").replace("③ 미래평생", "③ 평생"))
    assert sentences(old, new) == [
        '제3조제1항, 제2항 및 제4항 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.'
    ]


def test_three_consecutive_locations_are_a_range():
    old = parse(THREE)
    new = parse(THREE.replace("평생교육국", "미래평생교육국").replace("④ 미래평생", "④ 평생"))
    assert sentences(old, new) == [
        '제3조제1항부터 제3항까지 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.'
    ]


def test_a_part_then_deeper_provisions_are_introduced_by_같은_항():
    old = parse(DEEP.replace("인사에 관한 사무를", "인사를"))
    new = parse(DEEP.replace("인사에 관한 사무를", "인사를").replace("사무", "업무"))
    assert sentences(old, new) == [
        "제7조제2항 각 호 외의 부분, 같은 항 제1호 각 목 외의 부분 및 같은 항 제2호 중 "
        '"사무"를 각각 "업무"로 한다.'
    ]


def test_a_replacement_lists_every_provision_it_is_made_in():
    # Real bills list every provision, however many there are in one article (제29조제2항ㆍ
    # 제3항, 같은 조 제4항 각 호 외의 부분 전단, 같은 항 제4호, 같은 조 제5항ㆍ제8항 및 같은 조
    # 제9항 전단 중 "A"를 각각 "B"로 한다), and cite an article alone only when it has one
    # unnumbered paragraph.
    old = parse(DEEP)
    new = parse(DEEP.replace("사무", "업무"))
    assert sentences(old, new) == [
        "제7조제1항, 같은 조 제2항 각 호 외의 부분, 같은 항 제1호 각 목 외의 부분 및 "
        '같은 항 제2호 중 "사무"를 각각 "업무"로 한다.'
    ]


def test_the_title_joins_the_provisions_or_is_quoted_whole():
    text = DEEP.replace("제7조(분장)", "제7조(분장 사무)")
    gather = {"title": "gather"}  # a setting; the house rule quotes the title whole
    assert sentences(parse(text), parse(text.replace("사무", "업무")), **gather) == [
        "제7조의 제목, 같은 조 제1항, 같은 조 제2항 각 호 외의 부분, 같은 항 제1호 각 목 외의 "
        '부분 및 같은 항 제2호 중 "사무"를 각각 "업무"로 한다.'
    ]
    # in 사무분장 the word 사무 would be a fragment: the title is quoted whole
    text = DEEP.replace("제7조(분장)", "제7조(사무분장)")
    assert sentences(parse(text), parse(text.replace("사무", "업무")), **gather) == [
        '제7조의 제목 "(사무분장)"을 "(업무분장)"으로 하고, 같은 조 제1항, 같은 조 제2항 각 호 '
        '외의 부분, 같은 항 제1호 각 목 외의 부분 및 같은 항 제2호 중 "사무"를 각각 "업무"로 한다.'
    ]


def test_words_that_occur_twice_in_one_provision_are_replaced_각각():
    # 각각 says the words change wherever they occur in the cited provision (제25조제3항 중
    # "A"를 각각 "B"로): the corpus of real sentences writes it so (6 to 0 where our quotes
    # are theirs).
    text = (
        "제4조(협의) ① 군수는 기획예산담당관의 의견을 들은 후 기획예산담당관에게 통보한다.\n"
        "② 기획예산담당관은 보고한다.\n"
    )
    new = text.replace("① 군수는 기획예산담당관", "① 군수는 기획조정담당관").replace(
        "후 기획예산담당관", "후 기획조정담당관"
    )
    assert sentences(parse(text), parse(new)) == [
        '제4조제1항 중 "기획예산담당관"을 각각 "기획조정담당관"으로 한다.'
    ]
    once = text.replace("후 기획예산담당관에게", "후 관계 부서에")
    assert sentences(
        parse(once), parse(once.replace("① 군수는 기획예산담당관", "① 군수는 기획조정담당관"))
    ) == ['제4조제1항 중 "기획예산담당관"을 "기획조정담당관"으로 한다.']


def test_an_occurrence_left_unchanged_keeps_the_list():
    text = DEEP + "⑤ 총무과장은 사무를 총괄한다.\n"
    new = text.replace("사무", "업무").replace("총무과장은 업무를", "총무과장은 사무를")
    assert sentences(parse(text), parse(new)) == [
        # a part after a whole sibling: 같은 조 제2항 각 호 외의 부분 (as real bills cite it)
        "제7조제1항, 같은 조 제2항 각 호 외의 부분, 같은 항 제1호 각 목 외의 부분 및 "
        '같은 항 제2호 중 "사무"를 각각 "업무"로 한다.'
    ]


def test_a_paragraph_is_rewritten_when_most_of_it_changes_and_the_quotes_take_most_of_it():
    # More than half of the characters of 제1항 change, but the quote leaves most of it
    # standing: real bills amend it (제2조제3항 중 "지방자치단체의 장(…)"을 "지방자치단체의
    # 장과 지방의회의 의장"으로 한다); quoted almost whole, it is rewritten.
    text = (
        "제3조(지휘) ① 과장은 팀장을 지휘하여 소관 사무를 처리한다.\n"
        "② 군수는 필요한 사항을 정한다.\n"
    )
    longer = text.replace("팀장을", "「지방공무원 임용령」 제38조의3에 따른 담당 공무원을")
    assert sentences(parse(text), parse(longer)) == [
        '제3조제1항 중 "팀장"을 "「지방공무원 임용령」 제38조의3에 따른 담당 공무원"으로 한다.'
    ]
    # the quote takes 66 % of it: amended still (real bills: every such paragraph quoted at
    # up to 65 %); the bar is two thirds
    glossed = (
        "제3조(지휘) ① 구청장은 동장(행정동 동장을 포함한다. 이하 같다)을 지휘한다.\n"
        "② 구청장은 필요한 사항을 정한다.\n"
    )
    named = glossed.replace("동장(행정동 동장을 포함한다. 이하 같다)을", "동장과 주민자치회장을")
    assert sentences(parse(glossed), parse(named)) == [
        '제3조제1항 중 "동장(행정동 동장을 포함한다. 이하 같다)"을 "동장과 주민자치회장"으로 한다.'
    ]
    listed = (
        "제2조(기구) ① 군에 기획예산과ㆍ자치행정과ㆍ민원과 및 재무과를 둔다.\n② 과에 팀을 둔다.\n"
    )
    shorter = listed.replace("기획예산과ㆍ자치행정과ㆍ민원과 및 재무과", "기획예산과 및 자치행정과")
    assert sentences(parse(listed), parse(shorter)) == ["제2조제1항을 다음과 같이 한다."]
    # a lowered setting rewrites by the share of characters changed alone
    assert sentences(parse(text), parse(longer), rewrite_threshold=0.45) == [
        "제3조제1항을 다음과 같이 한다."
    ]


def test_rewrite_threshold_and_max_replacements_are_settings():
    old, new = amend(("② 기관별 정원은 별표 1에 따른다.", "② 직급별 정원은 규칙에 따른다."))
    # two changes one word apart are one quote; the paragraph is judged by the two changes
    assert sentences(old, new) == [
        '제6조제2항 중 "기관별 정원은 별표 1"을 "직급별 정원은 규칙"으로 한다.'
    ]
    # at 0.3 제2항 is rewritten; the only changed paragraph is cited, not the article
    assert sentences(old, new, rewrite_threshold=0.3) == ["제6조제2항을 다음과 같이 한다."]
    assert sentences(old, new, max_replacements=1) == ["제6조제2항을 다음과 같이 한다."]


def test_new_proviso_and_deleted_proviso():
    old, new = amend(
        ("16,244명으로 한다.", "16,244명으로 한다. 다만, 한시기구의 정원은 따로 정한다.")
    )
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == ["제6조제1항에 단서를 다음과 같이 신설한다."]
    assert text.sentences[0].body == "다만, 한시기구의 정원은 따로 정한다."
    old, new = amend((" 다만, 평생교육국장은 지방서기관으로 보할 수 있다.", ""))
    assert sentences(old, new) == ["제7조 단서를 삭제한다."]


def test_words_replaced_and_a_proviso_added_are_two_clauses():
    # Real bills replace the words in the text as it stands and insert the new proviso
    # (제46조 중 "A"를 "B"로 하고, 같은 조에 단서를 다음과 같이 신설한다), rather than rewrite
    # the provision.
    text = "제9조(위원회) 위원회는 군수가 소집한다.\n"
    new = (
        "제9조(위원회) 위원회는 위원장이 소집한다. "
        "다만, 긴급한 경우에는 부위원장이 소집할 수 있다.\n"
    )
    drafted = amendment_text(parse(text), parse(new))
    assert [s.text for s in drafted.sentences] == [
        '제9조 중 "군수가"를 "위원장이"로 하고, 같은 조에 단서를 다음과 같이 신설한다.'
    ]
    assert drafted.sentences[0].body == "다만, 긴급한 경우에는 부위원장이 소집할 수 있다."
    assert verify_amendment(parse(text), str(drafted), parse(new)) == []
    lead = "제5조(분장) ① 총무과장은 다음 각 호의 사무를 분장한다.\n1. 인사\n2. 예산\n"
    new_lead = lead.replace(
        "총무과장은 다음 각 호의 사무를 분장한다.",
        "행정과장은 다음 각 호의 사무를 분장한다. 다만, 예산 사무는 기획예산과장이 분장한다.",
    )
    drafted = amendment_text(parse(lead), parse(new_lead))
    assert [s.text for s in drafted.sentences] == [
        '제5조제1항 각 호 외의 부분 중 "총무과장"을 "행정과장"으로 하고, '
        "같은 항 각 호 외의 부분에 단서를 다음과 같이 신설한다."
    ]
    assert verify_amendment(parse(lead), str(drafted), parse(new_lead)) == []
    # the text rewritten with the proviso: the provision is rewritten whole
    whole = (
        "제9조(위원회) 위원장은 분기마다 정기회의를 연다. "
        "다만, 긴급한 경우에는 그러하지 아니하다.\n"
    )
    assert sentences(parse(text), parse(whole)) == ["제9조를 다음과 같이 한다."]


def test_words_replaced_and_a_second_sentence_added_are_two_clauses():
    # As for a proviso: real bills replace the words and insert the new 후단 (제297조 중 "A"를
    # "B"로 하고, 같은 조에 후단을 다음과 같이 신설한다; 2 acts of the development set).
    text = "제9조(위원회) 위원회는 군수가 소집한다.\n"
    new = "제9조(위원회) 위원회는 위원장이 소집한다. 이 경우 회의는 공개한다.\n"
    drafted = amendment_text(parse(text), parse(new))
    assert [s.text for s in drafted.sentences] == [
        '제9조 중 "군수가"를 "위원장이"로 하고, 같은 조에 후단을 다음과 같이 신설한다.'
    ]
    assert drafted.sentences[0].body == "이 경우 회의는 공개한다."
    assert verify_amendment(parse(text), str(drafted), parse(new)) == []
    english = " ".join(s.text for s in amendment_text_en(parse(text), parse(new)).sentences)
    assert english.endswith(
        "and a second sentence shall be newly inserted in Article 9 as follows:"
    )


def test_words_replaced_and_a_proviso_deleted_are_two_clauses():
    # The other way round: the words are replaced in the 본문 and the proviso is deleted
    # (real: 같은 조 제2항 본문 중 "A"를 "B"로 하며, 같은 항 단서를 삭제한다), never by quoting
    # the proviso away with the words before it ("…있다. 다만, …"를 "…있다"로).
    text = (
        "제9조(위원회) ① 위원회는 구청장이 소집한다.\n"
        "② 위원회의 회의는 매 분기 1회 연다. 다만, 구청장이 필요하다고 인정하는 경우에는 "
        "임시회의를 열 수 있다.\n"
    )
    new = "제9조(위원회) ① 위원회는 구청장이 소집한다.\n② 위원회의 회의는 매 반기 1회 연다.\n"
    drafted = amendment_text(parse(text), parse(new))
    assert [s.text for s in drafted.sentences] == [
        '제9조제2항 본문 중 "분기"를 "반기"로 하고, 같은 항 단서를 삭제한다.'
    ]
    assert verify_amendment(parse(text), str(drafted), parse(new)) == []
    english = " ".join(s.text for s in amendment_text_en(parse(text), parse(new)).sentences)
    assert english.endswith("and the proviso to Article 9 (2) shall be deleted.")
    # the 본문 rewritten as the proviso goes: the paragraph is rewritten whole
    whole = text.replace(
        "위원회의 회의는 매 분기 1회 연다. 다만, 구청장이 필요하다고 인정하는 경우에는 "
        "임시회의를 열 수 있다.",
        "임시회의는 재적위원 3분의 1 이상의 요구로 소집한다.",
    )
    assert sentences(parse(text), parse(whole)) == ["제9조제2항을 다음과 같이 한다."]


def test_rewritten_proviso_and_rewritten_lead_in():
    old, new = amend(
        (
            "다만, 평생교육국장은 지방서기관으로 보할 수 있다.",
            "다만, 한시기구의 장은 따로 임명한다.",
        )
    )
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == ["제7조 단서를 다음과 같이 한다."]
    assert text.sentences[0].body == "다만, 한시기구의 장은 따로 임명한다."
    lead = "제4조(대변인) 대변인은 다음 각 호의 사무를 분장한다.\n" + "".join(
        f"{n}. 도정 홍보 계획의 수립과 시행 및 평가에 관한 {n}번째 사항\n" for n in (1, 2, 3)
    )
    new = lead.replace(
        "대변인은 다음 각 호의 사무를 분장한다.",
        "대외협력관은 도지사를 보좌하며 다음 각 호의 업무를 맡는다.",
    )
    text = amendment_text(parse(lead), parse(new))
    assert [s.text for s in text.sentences] == ["제4조 각 호 외의 부분을 다음과 같이 한다."]
    assert text.sentences[0].body == "대외협력관은 도지사를 보좌하며 다음 각 호의 업무를 맡는다."


def test_new_paragraph_in_an_article_with_one_unnumbered_paragraph():
    """The old text takes its number first: ``제34조 제목 외의 부분을 제1항으로 하고, 같은 조에
    제2항을 다음과 같이 신설한다`` (도서관법, 2015; 자동차관리법, 2024; the only form of the
    mirror's bills, 29 sentences). ``제13조에 제2항을 …`` would leave the old text without ①."""
    old, new = amend(
        (
            "제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.",
            "제13조(보칙) ① 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n"
            "② 규칙을 정할 때에는 미리 공고한다.",
        )
    )
    text = amendment_text(old, new, atomic_terms=UNITS)
    assert [s.text for s in text.sentences] == [
        "제13조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다."
    ]
    assert text.sentences[0].body == "② 규칙을 정할 때에는 미리 공고한다."
    assert verify_amendment(old, str(text), new) == []


def test_new_paragraph_before_the_unnumbered_one():
    """``제20조 제목 외의 부분을 제2항으로 하고, 같은 조에 제1항을 다음과 같이 신설한다``
    (국세기본법 시행령, 2013; 6 sentences of the mirror)."""
    old, new = amend(
        (
            "제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.",
            "제13조(보칙) ① 규칙을 정할 때에는 미리 공고한다.\n"
            "② 이 조례의 시행에 필요한 사항은 규칙으로 정한다.",
        )
    )
    text = amendment_text(old, new, atomic_terms=UNITS)
    assert [s.text for s in text.sentences] == [
        "제13조 제목 외의 부분을 제2항으로 하고, 같은 조에 제1항을 다음과 같이 신설한다."
    ]
    assert verify_amendment(old, str(text), new) == []


def test_the_numbered_text_amended_is_cited_with_what_it_was():
    """``제32조의 제목 "(권한의 위임)"을 "(권한의 위임ㆍ위탁)"으로 하고, 같은 조 제목 외의 부분을
    제1항으로 하며, 제1항(종전의 제목 외의 부분) 중 "A"를 "B"로 하고, 같은 조에 제2항을 다음과
    같이 신설한다`` (무인도서의 보전 및 관리에 관한 법률, 2012; 농어업재해보험법, 2019), and a
    호 of it: ``제1항(종전의 제목 외의 부분)제1호를 삭제하며`` (the mirror)."""
    old, new = amend(
        (
            "제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.",
            "제13조(시행규칙) ① 이 조례의 시행에 필요한 세부 사항은 규칙으로 정한다.\n"
            "② 규칙을 정할 때에는 미리 공고한다.",
        )
    )
    text = amendment_text(old, new, atomic_terms=UNITS)
    assert [s.text for s in text.sentences] == [
        '제13조의 제목 "(보칙)"을 "(시행규칙)"으로 하고, 같은 조 제목 외의 부분을 제1항으로 '
        '하며, 제1항(종전의 제목 외의 부분) 중 "사항"을 "세부 사항"으로 하고, 같은 조에 제2항을 '
        "다음과 같이 신설한다."
    ]
    assert verify_amendment(old, str(text), new) == []
    lead = "이 조례의 시행에 필요한 사항은 다음 각 호와 같다.\n1. 도지사가 정하는 사항\n"
    before = parse(f"제13조(보칙) {lead}2. 부지사가 정하는 사항\n")
    after = parse(f"제13조(보칙) ① {lead}2. 행정부지사가 정하는 사항\n② 규칙은 미리 공고한다.\n")
    text = amendment_text(before, after, atomic_terms=UNITS)
    assert [s.text for s in text.sentences] == [
        '제13조 제목 외의 부분을 제1항으로 하고, 제1항(종전의 제목 외의 부분)제2호 중 "부지사"를 '
        '"행정부지사"로 하며, 같은 조에 제2항을 다음과 같이 신설한다.'
    ]
    assert verify_amendment(before, str(text), after) == []


def test_a_paragraph_added_to_an_article_without_title_rewrites_it():
    """Without a title there is no 제목 외의 부분 to cite, and no real bill writes ``제13조를
    제1항으로`` (the mirror: none); ``제13조에 제2항을 …`` would leave the old text without ①."""
    before = parse("제13조 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n")
    after = parse(
        "제13조 ① 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n② 규칙은 미리 공고한다.\n"
    )
    text = amendment_text(before, after, atomic_terms=UNITS)
    assert [s.text for s in text.sentences] == ["제13조를 다음과 같이 한다."]
    assert verify_amendment(before, str(text), after) == []


def test_numbered_paragraphs_that_become_one_unnumbered_paragraph_rewrite_the_article():
    """``제13조제1항을 다음과 같이 하고, 같은 조 제2항을 삭제한다`` with an unnumbered new text
    would not apply (the new text is no 항): the article is rewritten."""
    from desktop.core.statute_text import parse_instrument

    head = "경기도 행정기구 설치 조례\n\n"
    old, _ = parse_instrument(
        head + "제13조(보칙) ① 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n"
        "② 규칙을 정할 때에는 미리 공고한다.\n"
    )
    new, _ = parse_instrument(
        head + "제13조(보칙) 이 조례의 시행에 필요한 사항은 도지사가 정한다.\n"
    )
    assert sentences(old, new) == ["제13조를 다음과 같이 한다."]


def test_sentences_refer_to_their_articles_and_annexes():
    old, new = amend(
        ("③ 평생교육국장은", "③ 미래평생교육국장은"), ("| 본청 | 4,000 |", "| 본청 | 4,008 |")
    )
    text = amendment_text(old, new, atomic_terms=UNITS)
    assert [(s.articles, s.annexes) for s in text.sentences] == [
        ((old.articles[1].num,), ()),
        ((), (old.annexes[0].num,)),
    ]


AUDIT = """\
제4조(감사) ① 감사담당관은 자체감사를 총괄한다.
② 감사담당관은 공직기강 점검을 실시한다.
③ 군수는 감사 결과를 공개할 수 있다.
④ 감사담당관은 민원 조사를 처리한다.
⑤ 감사담당관은 결과를 군수에게 보고한다.
"""


def test_article_with_more_paragraphs_changed_than_the_limit_is_rewritten_whole():
    new = (
        AUDIT.replace("① 감사담당관은", "① 감사팀장은")
        .replace("공직기강 점검을", "복무 점검을")
        .replace("민원 조사를", "진정 조사를")
        .replace("결과를 군수에게", "결과를 부군수에게")
    )
    assert sentences(parse(AUDIT), parse(new)) == ["제4조를 다음과 같이 한다."]
    three = new.replace("결과를 부군수에게", "결과를 군수에게")
    assert sentences(parse(AUDIT), parse(three)) == [
        '제4조제1항 중 "감사담당관"을 "감사팀장"으로 하고, 같은 조 제2항 중 "공직기강"을 '
        '"복무"로 하며, 같은 조 제4항 중 "민원"을 "진정"으로 한다.'
    ]


def test_paragraphs_counted_as_the_clauses_that_write_them():
    # Deleted paragraphs are one clause with 각각 wherever they stand, and a run of new ones
    # one clause: two paragraphs amended beside them is not an article to rewrite (의료법
    # 시행령 2025: 제42조제9항 및 제10항을 각각 삭제하고, 같은 조 제11항을 다음과 같이 하며, 같은
    # 조에 제12항부터 제14항까지를 각각 다음과 같이 신설한다; 전기사업법 시행령 2021).
    amended = AUDIT.replace("① 감사담당관은", "① 감사팀장은").replace(
        "공직기강 점검을", "복무 점검을"
    )
    deleted = amended.replace("③ 군수는 감사 결과를 공개할 수 있다.", "③ 삭제").replace(
        "⑤ 감사담당관은 결과를 군수에게 보고한다.", "⑤ 삭제"
    )
    assert sentences(parse(AUDIT), parse(deleted)) == [
        '제4조제1항 중 "감사담당관"을 "감사팀장"으로 하고, 같은 조 제2항 중 "공직기강"을 '
        '"복무"로 하며, 같은 조 제3항 및 제5항을 각각 삭제한다.'
    ]
    added = amended + "⑥ 감사팀장은 감사계획을 세운다.\n⑦ 감사팀장은 감사일지를 둔다.\n"
    assert sentences(parse(AUDIT), parse(added)) == [
        '제4조제1항 중 "감사담당관"을 "감사팀장"으로 하고, 같은 조 제2항 중 "공직기강"을 '
        '"복무"로 하며, 같은 조에 제6항 및 제7항을 각각 다음과 같이 신설한다.'
    ]


def test_words_renamed_across_the_bill_are_replaced_never_rewritten():
    # The same replacement in several provisions is one clause with 각각, however many
    # paragraphs it touches (real bills amend an article whose six paragraphs all take a
    # renamed minister) and however much of a 호 it takes (같은 항 제1호 및 제2호 중 "A"를
    # 각각 "B"로 한다, for a 호 that is A alone): 381 such provisions in the corpus of real
    # sentences, all amended.
    renamed = AUDIT.replace("감사담당관", "감사팀장")
    assert sentences(parse(AUDIT), parse(renamed)) == [
        '제4조제1항, 제2항, 제4항 및 제5항 중 "감사담당관"을 각각 "감사팀장"으로 한다.'
    ]
    text = (
        "제2조(기구) 군에 다음 각 호의 과를 둔다.\n1. 기획예산과\n2. 자치행정과\n"
        "제5조(읍ㆍ면 지원) ① 다음 각 호의 과는 읍ㆍ면 행정을 지원한다.\n"
        "1. 자치행정과\n2. 민원과\n② 군수는 필요한 경우 지원 범위를 정할 수 있다.\n"
    )
    assert sentences(parse(text), parse(text.replace("자치행정과", "행정지원과"))) == [
        '제2조제2호 및 제5조제1항제1호 중 "자치행정과"를 각각 "행정지원과"로 한다.'
    ]
    # renamed in one place only, the 호 quoted whole is rewritten
    once = text.replace("2. 자치행정과", "2. 행정지원과")
    assert sentences(parse(text), parse(once)) == ["제2조제2호를 다음과 같이 한다."]
    # an article title counts as a place too (when gathered, a setting)
    titled = "제6조(자치행정과) 군수 밑에 다음 각 호의 과를 둔다.\n1. 자치행정과\n2. 민원과\n"
    renamed = titled.replace("자치행정과", "행정지원과")
    assert sentences(parse(titled), parse(renamed), title="gather") == [
        '제6조의 제목 및 같은 조 제1호 중 "자치행정과"를 각각 "행정지원과"로 한다.'
    ]


def test_a_provision_with_several_replacements_keeps_them_in_one_clause():
    # 각각 gathers the same replacement only across neighbouring provisions where it is the
    # only change; a provision with several replacements keeps them together and a later
    # provision with the same words follows on its own (the corpus of real sentences: 5
    # more matched, none lost).
    text = BASE_DUTIES
    new_text = (
        text.replace(
            "① 기획예산담당관은 예산 편성과 조직 관리", "① 기획조정담당관은 예산 편성과 정원 관리"
        )
        .replace("② 기획예산담당관은 조직", "② 기획조정담당관은 조직")
        .replace("③ 기획예산담당관은 정원", "③ 기획조정담당관은 정원")
    )
    assert sentences(parse(text), parse(new_text)) == [
        '제8조제1항 중 "기획예산담당관"을 "기획조정담당관"으로, "조직"을 "정원"으로 하고, '
        '같은 조 제2항 및 제3항 중 "기획예산담당관"을 각각 "기획조정담당관"으로 한다.'
    ]


BASE_DUTIES = """\
제8조(담당관) ① 기획예산담당관은 예산 편성과 조직 관리에 관한 사무를 분장한다.
② 기획예산담당관은 조직 진단을 실시한다.
③ 기획예산담당관은 정원 운영 계획을 수립한다.
"""


SUBDIVISIONS = """\
제5조(분장사무) ① 자치행정과장은 다음 각 호의 사무를 분장한다.
1. 읍ㆍ면 행정 지원 및 이장 관리에 관한 사항
2. 주민자치회 운영 지원에 관한 사항
3. 다음 각 목의 위원회 운영에 관한 사항
  가. 주민자치위원회 구성 및 운영 지원에 관한 사항
  나. 이장협의회 지원에 관한 사항
② 자치행정과장은 그 밖에 군수가 정하는 사무를 처리한다.
"""


def test_the_one_changed_provision_is_cited_however_much_of_its_container_it_is():
    # A 호 rewritten whole is cited alone even when it is most of its paragraph or article
    # (제2조제2항제6호를 다음과 같이 한다, not 제2조제2항을 …).
    text = "제2조(기구) ① 군에 다음 각 호의 기구를 둔다.\n1. 기획예산과\n2. 자치행정과\n"
    new = text.replace("2. 자치행정과", "2. 행정지원과")
    assert sentences(parse(text), parse(new)) == ["제2조제1항제2호를 다음과 같이 한다."]


def test_a_subparagraph_is_rewritten_whole_sooner_than_a_paragraph():
    # 호 and 목 are short: real bills rewrite a 호 whole rather than chain three replacements
    # in it or change most of it, and a 목 whose words change by more than 30 % (drafting
    # rules of rules.py).
    three = SUBDIVISIONS.replace(
        "읍ㆍ면 행정 지원 및 이장 관리에 관한 사항", "읍ㆍ면ㆍ동 행정 지원 및 통장 관리에 관한 업무"
    )
    assert sentences(parse(SUBDIVISIONS), parse(three)) == ["제5조제1항제1호를 다음과 같이 한다."]
    two = SUBDIVISIONS.replace("읍ㆍ면 행정 지원 및 이장 관리", "읍ㆍ면ㆍ동 행정 지원 및 통장 관리")
    assert sentences(parse(SUBDIVISIONS), parse(two)) == [
        '제5조제1항제1호 중 "면"을 "면ㆍ동"으로, "이장"을 "통장"으로 한다.'
    ]
    one = SUBDIVISIONS.replace("주민자치회 운영", "주민자치회 설치 및 운영")
    assert sentences(parse(SUBDIVISIONS), parse(one)) == [
        '제5조제1항제2호 중 "운영"을 "설치 및 운영"으로 한다.'
    ]
    item = SUBDIVISIONS.replace("이장협의회 지원", "이장ㆍ통장협의회 운영 지원")
    assert sentences(parse(SUBDIVISIONS), parse(item)) == [
        "제5조제1항제3호나목을 다음과 같이 한다."
    ]
    # the lead-in of a 호 with 목 is amended as a paragraph is
    lead = SUBDIVISIONS.replace(
        "각 목의 위원회 운영에 관한 사항", "각 목의 자문위원회 운영에 관한 업무"
    )
    assert sentences(parse(SUBDIVISIONS), parse(lead)) == [
        '제5조제1항제3호 각 목 외의 부분 중 "위원회"를 "자문위원회"로, "사항"을 "업무"로 한다.'
    ]
    # the settings lower these limits too, never raise them
    assert sentences(parse(SUBDIVISIONS), parse(two), max_replacements=1) == [
        "제5조제1항제1호를 다음과 같이 한다."
    ]
    assert sentences(parse(SUBDIVISIONS), parse(three), max_replacements=5) == [
        "제5조제1항제1호를 다음과 같이 한다."
    ]


def test_a_subparagraph_is_judged_by_the_share_of_its_text_the_quotes_would_take():
    # A name changed inside a longer 호 is amended, though most of the 호's characters change
    # (real bills: 제8조제3항제12호 중 "군장학생"을 "군 가산복무 지원금 지급 대상자"로 한다);
    # a 호 that would be quoted almost whole is rewritten, though few of its characters change.
    text = (
        "제4조(협의 대상) 군수는 다음 각 호의 사항을 협의한다.\n"
        "1. 「농촌도로법」에 따른 도로의 구역 결정 및 점용 허가\n"
        "2. 정보통신정책과\n"
    )
    long_name = text.replace("「농촌도로법」", "「농어촌도로 정비 및 관리에 관한 법률」")
    assert sentences(parse(text), parse(long_name)) == [
        '제4조제1호 중 "「농촌도로법」"을 "「농어촌도로 정비 및 관리에 관한 법률」"로 한다.'
    ]
    whole = text.replace("2. 정보통신정책과", "2. 정보통신혁신과")
    assert sentences(parse(text), parse(whole)) == ["제4조제2호를 다음과 같이 한다."]
    # a paragraph is still judged by the share of its characters that change
    para = "제5조(설치) 군에 정보통신정책과를 둔다.\n"
    assert sentences(parse(para), parse(para.replace("정보통신정책과", "정보통신혁신과"))) == [
        '제5조 중 "정보통신정책과"를 "정보통신혁신과"로 한다.'
    ]
    # a lowered setting rewrites a 호 by the share of its characters changed, too
    assert sentences(parse(text), parse(long_name), rewrite_threshold=0.3) == [
        "제4조제1호를 다음과 같이 한다."
    ]


DUTIES = """\
제6조(분장사무) ① 기획예산과장은 다음 각 호의 사무를 분장한다.
1. 군정 주요업무 계획에 관한 사항
2. 예산 편성 및 집행에 관한 사항
3. 그 밖에 과 내 다른 팀에 속하지 아니하는 사항
② 자치행정과장은 읍ㆍ면 행정을 지원한다.
"""


def test_a_new_item_before_the_last_one_renumbers_the_last():
    # The catch-all last 호 moves down unchanged and the new one takes its number: real
    # bills renumber the last (제5조제2항제4호를 제5호로 하고, 같은 항에 제4호를 다음과 같이
    # 신설한다) rather than rewrite it and add it again.
    new = DUTIES.replace("3. 그 밖에", "3. 조직 및 정원 관리에 관한 사항\n4. 그 밖에")
    old_inst, new_inst = parse(DUTIES), parse(new)
    text = amendment_text(old_inst, new_inst)
    assert [s.text for s in text.sentences] == [
        "제6조제1항제3호를 제4호로 하고, 같은 항에 제3호를 다음과 같이 신설한다."
    ]
    assert text.sentences[0].body == "3. 조직 및 정원 관리에 관한 사항"
    assert verify_amendment(old_inst, str(text), new_inst) == []
    assert amendment_text_en(old_inst, new_inst).sentences[0].text == (
        "Article 6 (1) 3 shall become subparagraph 4; and subparagraph 3 shall be newly "
        "inserted in Article 6 (1) as follows:"
    )
    # two new ones before it (in a longer list, so that the paragraph is not rewritten)
    longer = DUTIES.replace(
        "2. 예산 편성 및 집행에 관한 사항",
        "2. 예산 편성 및 집행에 관한 사항\n3. 군 의회 협력 및 의안 관리에 관한 사항\n"
        "4. 지방재정 공시 및 재정 분석에 관한 사항",
    ).replace("3. 그 밖에", "5. 그 밖에")
    two = longer.replace("5. 그 밖에", "5. 조직 관리\n6. 정원 관리\n7. 그 밖에")
    assert sentences(parse(longer), parse(two)) == [
        "제6조제1항제5호를 제7호로 하고, 같은 항에 제5호 및 제6호를 각각 다음과 같이 신설한다."
    ]


def test_a_run_moving_down_to_make_room_is_renumbered_together():
    # real: 전기사업법 2010, "제50조제1항제2호 및 제3호를 각각 제3호 및 제4호로 하고, 같은
    # 항에 제2호를 다음과 같이 신설한다" (건축물관리법 2022, 관세법 시행규칙 2023 the same)
    run = DUTIES.replace("2. 예산 편성", "2. 조직 관리에 관한 사항\n3. 예산 편성").replace(
        "3. 그 밖에", "4. 그 밖에"
    )
    old_inst, new_inst = parse(DUTIES), parse(run)
    text = amendment_text(old_inst, new_inst)
    assert [s.text for s in text.sentences] == [
        "제6조제1항제2호 및 제3호를 각각 제3호 및 제4호로 하고, 같은 항에 제2호를 다음과 같이 "
        "신설한다."
    ]
    assert text.sentences[0].body == "2. 조직 관리에 관한 사항"
    assert verify_amendment(old_inst, str(text), new_inst) == []
    assert amendment_text_en(old_inst, new_inst).sentences[0].text == (
        "Article 6 (1) 2 and 3 shall become subparagraphs 3 and 4, respectively; and "
        "subparagraph 2 shall be newly inserted in Article 6 (1) as follows:"
    )


LONG = "제4조(위원) ① 위원은 다음 각 호의 사람으로 한다.\n" + "".join(
    f"{n}. 제{n}위원회 위원장\n" for n in range(1, 12)
)


def test_three_or_more_moving_down_are_a_range_and_a_deleted_number_is_taken():
    # real: 환경정책기본법 2023, "제46조제17호부터 제24호까지를 각각 제18호부터 제25호까지로
    # 하고, 같은 조에 제17호를 다음과 같이 신설한다"; 국방개혁에 관한 법률 시행령 2022, "제4조
    # 제1항제11호를 삭제하고, 같은 항 제8호부터 제10호까지를 각각 제9호부터 제11호까지로 하며,
    # 같은 항에 제8호를 다음과 같이 신설한다"
    names = (
        [f"제{n}위원회" for n in range(1, 8)]
        + ["신설위원회"]
        + [f"제{n}위원회" for n in range(8, 11)]
    )
    new = LONG.split("1.", 1)[0] + "".join(f"{n}. {x} 위원장\n" for n, x in enumerate(names, 1))
    old_inst, new_inst = parse(LONG), parse(new)
    text = amendment_text(old_inst, new_inst)
    assert [s.text for s in text.sentences] == [
        "제4조제1항제11호를 삭제하고, 같은 항 제8호부터 제10호까지를 각각 제9호부터 제11호까지로 "
        "하며, 같은 항에 제8호를 다음과 같이 신설한다."
    ]
    assert verify_amendment(old_inst, str(text), new_inst) == []
    assert amendment_text_en(old_inst, new_inst).sentences[0].text == (
        "Article 4 (1) 11 shall be deleted; Article 4 (1) 8 through 10 shall become "
        "subparagraphs 9 through 11, respectively; and subparagraph 8 shall be newly "
        "inserted in Article 4 (1) as follows:"
    )


def test_a_provision_renumbered_into_a_branch_number():
    # real: 대외무역법 시행령 2014, "제47조제5항제1호를 제1호의2로 하고, 같은 항에 제1호를
    # 다음과 같이 신설하며, 같은 항 제3호의2를 삭제한다"
    new = DUTIES.replace("1. 군정", "1. 조직 관리에 관한 사항\n1의2. 군정")
    old_inst, new_inst = parse(DUTIES), parse(new)
    text = amendment_text(old_inst, new_inst)
    assert [s.text for s in text.sentences] == [
        "제6조제1항제1호를 제1호의2로 하고, 같은 항에 제1호를 다음과 같이 신설한다."
    ]
    assert verify_amendment(old_inst, str(text), new_inst) == []


def test_provisions_moving_up_are_not_renumbered():
    # one real bill renumbers 제2호 and 제3호 up after deleting 제1호 (응급의료에 관한
    # 법률 2025), another rewrites the same change (서울대학교치과병원 설치법 시행령 2025,
    # "제8조제1호부터 제3호까지를 각각 다음과 같이 한다"): not a convention, the engine rewrites
    new = DUTIES.replace("1. 군정 주요업무 계획에 관한 사항\n", "").replace("2. 예산", "1. 예산")
    new = new.replace(
        "3. 그 밖에 과 내 다른 팀에 속하지 아니하는 사항",
        "2. 그 밖에 과 내 다른 팀에 속하지 아니하는 사항\n3. 조직 관리에 관한 사항",
    )
    assert sentences(parse(DUTIES), parse(new)) == ["제6조제1항을 다음과 같이 한다."]


def test_main_sentence_and_proviso_both_changed_are_amended_apart():
    # 본문 and 단서 both change: each is cited on its own (real: 제7조제3항 본문 중 …, 같은
    # 항 단서 중 …), unless both would be rewritten
    old, new = amend(
        ("실장과 국장은", "실장과 본부장은"),
        ("평생교육국장은 지방서기관", "미래평생교육국장은 지방서기관"),
    )
    text = amendment_text(old, new, atomic_terms=UNITS)
    assert [s.text for s in text.sentences] == [
        '제7조 본문 중 "국장"을 "본부장"으로 하고, 같은 조 단서 중 "평생교육국"을 '
        '"미래평생교육국"으로 한다.'
    ]
    assert verify_amendment(old, str(text), new) == []


GATHERED = """\
제8조(평생교육국) ① 도에 평생교육국을 둔다.
② 평생교육국장은 지방서기관으로 보한다.
제9조(사무) 평생교육국장은 평생교육 사무를 총괄한다.
제10조(보고) 도지사는 매년 평생교육국의 성과를 도의회에 보고한다.
"""


def test_a_title_gathered_with_its_body_gathers_the_next_articles_too():
    # real: 제2조의 제목, 같은 조 제1항 각 호 외의 부분, 같은 조 제2항, 제6조제2항, … 중
    # "A"를 각각 "B"로 한다 (one sentence for the same words in the next articles)
    old, new = parse(GATHERED), parse(GATHERED.replace("평생교육국", "미래평생교육국"))
    expected = (
        "제8조의 제목, 같은 조 제1항ㆍ제2항, 제9조 및 제10조 중 "
        '"평생교육국"을 각각 "미래평생교육국"으로 한다.'
    )
    assert sentences(old, new, title="gather") == [expected]
    text = amendment_text(old, new, atomic_terms=UNITS, title="gather")
    assert verify_amendment(old, str(text), new) == []
    # the title quoted apart (house rule) opens its own sentence, as before
    assert sentences(old, new) == [
        '제8조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 하고, '
        '같은 조 제1항 및 제2항 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.',
        '제9조 및 제10조 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.',
    ]
    gathered_en = amendment_text_en(old, new, atomic_terms=UNITS, title="gather")
    english = [s.text for s in gathered_en.sentences]
    assert english == [
        "[English text missing: the title of Article 8]; [English text missing: Article 8 (1)]; "
        "[English text missing: Article 8 (2)]; [English text missing: Article 9]; and "
        "[English text missing: Article 10]."
    ]


CENTRE = """\
제7조(보고) 군수는 매년 주민자치센터의 운영 성과를 군의회에 보고한다.
제8조(주민자치센터의 설치) ① 군은 읍ㆍ면에 주민자치센터를 둔다.
② 주민자치센터의 운영에 필요한 사항은 규칙으로 정한다.
"""


def test_a_title_gathered_with_its_body_joins_the_articles_before_it_too():
    # real: 제7조 전단, 제8조의 제목 및 같은 조 전단 중 "A"를 각각 "B"로 한다
    old, new = parse(CENTRE), parse(CENTRE.replace("주민자치센터", "행정복지센터"))
    expected = (
        "제7조, 제8조의 제목 및 같은 조 제1항ㆍ제2항 중 "
        '"주민자치센터"를 각각 "행정복지센터"로 한다.'
    )
    assert sentences(old, new, title="gather") == [expected]
    text = amendment_text(old, new, atomic_terms=UNITS, title="gather")
    assert verify_amendment(old, str(text), new) == []
    # the title quoted whole (house rule) or by its words opens a sentence of its own
    assert sentences(old, new)[0] == '제7조 중 "주민자치센터"를 "행정복지센터"로 한다.'
    assert (
        sentences(old, new, title="part")[0] == '제7조 중 "주민자치센터"를 "행정복지센터"로 한다.'
    )


LEAD = """\
제6조(분장사무) ① 평생교육국장은 지방서기관으로 보한다.
② 평생교육국장은 다음 각 호의 사무를 분장한다.
1. 평생교육 진흥 계획에 관한 사항
2. 도서관 운영에 관한 사항
"""


def test_a_lead_in_whose_items_change_next_is_gathered_or_cited_apart_as_set():
    new_text = LEAD.replace("평생교육국", "미래평생교육국").replace(
        "도서관 운영", "공공도서관 운영"
    )
    old, new = parse(LEAD), parse(new_text)
    # house rule: gathered with the same replacement before it
    assert sentences(old, new) == [
        '제6조제1항 및 같은 조 제2항 각 호 외의 부분 중 "평생교육국"을 각각 "미래평생교육국"으로 '
        '하고, 같은 항 제2호 중 "도서관"을 "공공도서관"으로 한다.'
    ]
    # the setting: cited apart, so that 같은 항 means that provision alone
    apart = sentences(old, new, lead="apart")
    assert apart == [
        '제6조제1항 중 "평생교육국"을 "미래평생교육국"으로 하고, 같은 조 제2항 각 호 외의 부분 중 '
        '"평생교육국"을 "미래평생교육국"으로 하며, 같은 항 제2호 중 "도서관"을 "공공도서관"으로 '
        "한다."
    ]
    text = amendment_text(old, new, atomic_terms=UNITS, lead="apart")
    assert verify_amendment(old, str(text), new) == []
    # a lead-in whose items do not change stays gathered in either form
    only_names = parse(LEAD.replace("평생교육국", "미래평생교육국"))
    assert sentences(old, only_names, lead="apart") == sentences(old, only_names)


CULTURE_DUTIES = """\
제5조(분장사무) ① 문화관광과장은 군수를 보좌한다.
② 문화관광과장은 다음 각 호의 사무를 분장한다.
1. 관광진흥 계획 수립에 관한 사항
2. 청소년수련관 관리
3. 문화원연합회
4. 문화예술 행사 지원에 관한 사항
"""


def test_a_subparagraph_among_amended_siblings_is_amended_unless_quoted_almost_whole():
    # Alone, a 호 the quotes would take most of is rewritten (the quote takes 70 % of 제2호)
    alone = CULTURE_DUTIES.replace("청소년수련관", "청소년문화의집")
    assert sentences(parse(CULTURE_DUTIES), parse(alone)) == ["제5조제2항제2호를 다음과 같이 한다."]
    # but among sibling 호 amended by replacements real bills amend it too (제11조제3항제11호
    # 중 "A"를 "B"로 하고, 같은 항 제12호 중 …로 하며 …)
    amended = alone.replace("관광진흥 계획", "관광산업 진흥 계획")
    assert sentences(parse(CULTURE_DUTIES), parse(amended)) == [
        '제5조제2항제1호 중 "관광진흥"을 "관광산업 진흥"으로 하고, 같은 항 제2호 중 '
        '"청소년수련관"을 "청소년문화의집"으로 한다.'
    ]
    old, new = parse(CULTURE_DUTIES), parse(amended)
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []
    # one quoted almost whole is still rewritten
    whole = amended.replace("3. 문화원연합회", "3. 지방문화원진흥회")
    assert sentences(parse(CULTURE_DUTIES), parse(whole)) == [
        '제5조제2항제1호 중 "관광진흥"을 "관광산업 진흥"으로 하고, 같은 항 제2호 중 '
        '"청소년수련관"을 "청소년문화의집"으로 하며, 같은 항 제3호를 다음과 같이 한다.'
    ]
    # siblings that are only rewritten do not count: each is judged alone
    both = CULTURE_DUTIES.replace("청소년수련관", "청소년문화의집").replace(
        "문화원연합회", "지방문화원"
    )
    assert sentences(parse(CULTURE_DUTIES), parse(both)) == [
        "제5조제2항제2호 및 제3호를 각각 다음과 같이 한다."
    ]
    # a lowered setting still rewrites by the share of the characters changed
    assert sentences(parse(CULTURE_DUTIES), parse(amended), rewrite_threshold=0.3) == [
        '제5조제2항제1호 중 "관광진흥"을 "관광산업 진흥"으로 하고, 같은 항 제2호를 다음과 '
        "같이 한다."
    ]


MEMBERS = """\
제6조(위원회의 구성) ① 위원회는 위원장 1명을 포함한 7명 이내의 위원으로 구성한다.
② 위원은 다음 각 호의 사람이 된다.
1. 기획예산담당관이 소속 직원 중에서 지명하는 기획예산팀장
2. 총무과장
3. 문화관광과장
4. 농업기술센터 소장
5. 보건소장
6. 그 밖에 위원장이 필요하다고 인정하여 위촉하는 지역 전문가
"""


def test_a_subparagraph_needing_several_replacements_beside_new_ones_is_rewritten():
    renamed = MEMBERS.replace("기획예산담당관", "기획조정담당관").replace(
        "기획예산팀장", "기획조정팀장"
    )
    # alone, two replacements amend the 호
    assert sentences(parse(MEMBERS), parse(renamed)) == [
        '제6조제2항제1호 중 "기획예산담당관"을 "기획조정담당관"으로, "기획예산팀장"을 '
        '"기획조정팀장"으로 한다.'
    ]
    # beside a new 호 of the same paragraph it is shown whole, as real bills do
    # (제5조제2항제1호를 다음과 같이 하고, 같은 항에 제9호의2를 다음과 같이 신설한다)
    inserted = renamed.replace("2. 총무과장\n", "2. 총무과장\n2의2. 안전총괄과장\n")
    old, new = parse(MEMBERS), parse(inserted)
    assert sentences(old, new) == [
        "제6조제2항제1호를 다음과 같이 하고, 같은 항에 제2호의2를 다음과 같이 신설한다."
    ]
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []
    # one replacement is still amended beside the new 호
    one = MEMBERS.replace("기획예산팀장", "기획조정팀장").replace(
        "2. 총무과장\n", "2. 총무과장\n2의2. 안전총괄과장\n"
    )
    assert sentences(parse(MEMBERS), parse(one)) == [
        '제6조제2항제1호 중 "기획예산팀장"을 "기획조정팀장"으로 하고, 같은 항에 제2호의2를 '
        "다음과 같이 신설한다."
    ]


def test_a_changed_title_is_quoted_whole_even_when_the_body_changes_the_same_words():
    # Real sentences quote a changed title whole more often than they gather it with the body
    # (where the body changes the same words: whole 19 in 11 acts, only the words 9 in 8,
    # gathered 6 in 6; in organization instruments whole 13 to 1), the body following in its
    # own clause with 같은 조 (house rule; gathering it is the title setting).
    text = (
        "제5조(청년정책관) ① 도지사 밑에 청년정책관을 둔다.\n"
        "② 청년정책관은 다음 각 호의 사무를 분장한다.\n"
        "1. 청년 정책의 기획에 관한 사항\n2. 청년 일자리에 관한 사항\n"
    )
    old, new = parse(text), parse(text.replace("청년정책관", "청년미래관"))
    assert sentences(old, new) == [
        '제5조의 제목 "(청년정책관)"을 "(청년미래관)"으로 하고, 같은 조 제1항 및 같은 조 '
        '제2항 각 호 외의 부분 중 "청년정책관"을 각각 "청년미래관"으로 한다.'
    ]
    assert sentences(old, new, title="gather") == [
        '제5조의 제목, 같은 조 제1항 및 같은 조 제2항 각 호 외의 부분 중 "청년정책관"을 '
        '각각 "청년미래관"으로 한다.'
    ]
