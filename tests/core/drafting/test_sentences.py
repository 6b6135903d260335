"""Korean amendment sentences: one test per row of drafting-ko.md §3 and per rule under it."""

from desktop.core.drafting import amendment_text
from desktop.core.drafting.applier import apply_amendment
from desktop.core.drafting.applier.verify import same_text, verify_amendment
from tests.core.drafting.build import BASE, UNITS, amend, parse


def sentences(old, new, **kwargs) -> list[str]:
    return [s.text for s in amendment_text(old, new, atomic_terms=UNITS, **kwargs).sentences]


# -- the opening ------------------------------------------------------------------------------


def test_opening_is_built_from_the_current_title():
    old, new = amend(("보좌한다.", "보필한다."))
    assert amendment_text(old, new).opening == (
        "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다."
    )


def test_opening_of_a_rule_says_what_its_title_says():
    title = "경기도 행정기구 및 정원 조례 시행규칙"
    old = parse("제1조(목적) 이 규칙은 조례의 시행에 필요한 사항을 정한다.", title)
    new = parse("제1조(목적) 이 규칙은 조례의 위임 사항을 정한다.", title)
    assert amendment_text(old, new).opening == (
        "경기도 행정기구 및 정원 조례 시행규칙 일부를 다음과 같이 개정한다."
    )


def test_whole_text_renders_opening_sentences_and_bodies_in_order():
    old, new = amend(
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
        ("제13조(보칙)", "제12조의2(데이터국) 데이터국장은 데이터 정책을 총괄한다.\n제13조(보칙)"),
    )
    assert str(amendment_text(old, new, atomic_terms=UNITS)) == (
        "경기도 행정기구 및 정원 조례 일부를 다음과 같이 개정한다.\n\n"
        '제3조제3항 중 "평생교육국"을 "미래평생교육국"으로 한다.\n\n'
        "제12조의2를 다음과 같이 신설한다.\n"
        "제12조의2(데이터국) 데이터국장은 데이터 정책을 총괄한다."
    )


# -- the rows of the §3 table ----------------------------------------------------------------


def test_words_in_a_paragraph():
    old, new = amend(("③ 평생교육국장은", "③ 미래평생교육국장은"))
    assert sentences(old, new) == ['제3조제3항 중 "평생교육국"을 "미래평생교육국"으로 한다.']


def test_words_in_a_subparagraph():
    old, new = amend(("2. 도서관 운영", "2. 공공도서관 운영"))
    assert sentences(old, new) == ['제5조제2항제2호 중 "도서관"을 "공공도서관"으로 한다.']


def test_words_in_an_item():
    old, new = amend(("나. 평생학습 축제", "나. 평생학습 박람회"))
    assert sentences(old, new) == ['제5조제2항제3호나목 중 "축제"를 "박람회"로 한다.']


def test_lead_in_of_a_numbered_paragraph_with_subparagraphs():
    old, new = amend(("② 평생교육국장은 다음", "② 미래평생교육국장은 다음"))
    assert sentences(old, new) == [
        '제5조제2항 각 호 외의 부분 중 "평생교육국"을 "미래평생교육국"으로 한다.'
    ]


def test_lead_in_of_an_article_with_a_single_unnumbered_paragraph():
    old, new = amend(("도지사 밑에 홍보기획관을", "도지사 밑에 대변인을"))
    assert sentences(old, new) == ['제4조 각 호 외의 부분 중 "홍보기획관"을 "대변인"으로 한다.']


def test_lead_in_with_a_proviso_cites_the_main_sentence():
    # 위원회를 also occurs, unchanged, in the proviso: the 본문 alone is cited and quoted.
    old, new = amend(("각 호의 위원회를 둔다.", "각 호의 자문위원회를 둔다."))
    assert sentences(old, new) == [
        '제11조제1항 각 호 외의 부분 본문 중 "위원회"를 "자문위원회"로 한다.'
    ]


def test_same_words_in_several_paragraphs_of_one_article():
    old, new = amend(
        ("평생교육국 및 AI국을", "미래평생교육국 및 AI국을"),
        ("③ 평생교육국장은", "③ 미래평생교육국장은"),
    )
    assert sentences(old, new) == [
        '제3조제1항 및 제3항 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.'
    ]


CROSS = """\
제1조(목적) 이 조례는 사무의 위임에 관한 사항을 정한다.
제2조(정의) ① "위임"이란 도지사의 권한을 넘기는 것을 말한다.
② "위탁"이란 사무를 법인에 맡기는 것을 말한다.
제3조(원칙) 도지사는 사무를 위임할 때 책임을 명확히 한다.
제5조(위임 사무) 도지사는 위임 사무의 목록을 매년 공고한다.
제7조(감독) ① 도지사는 위임 사무를 감독한다.
② 도지사는 위임 사무의 처리가 위법한 경우 이를 취소할 수 있다.
"""


def test_same_words_in_several_articles_are_gathered_into_one_sentence():
    old = parse(CROSS)
    new = parse(
        CROSS.replace('② "위탁"이란', '② "민간위탁"이란')
        .replace("도지사는 위임 사무의 목록", "도지사는 민간위탁 사무의 목록")
        .replace("② 도지사는 위임 사무의", "② 도지사는 민간위탁 사무의")
    )
    old = parse(
        CROSS.replace("도지사는 위임 사무의 목록", "도지사는 위탁 사무의 목록").replace(
            "② 도지사는 위임 사무의", "② 도지사는 위탁 사무의"
        )
    )
    assert sentences(old, new) == [
        '제2조제2항, 제5조 및 제7조제2항 중 "위탁"을 각각 "민간위탁"으로 한다.'
    ]


def test_articles_with_other_changes_between_are_not_gathered():
    old = parse(CROSS.replace("위임 사무의 목록", "위탁 사무의 목록"))
    new = parse(
        CROSS.replace('② "위탁"이란', '② "민간위탁"이란')
        .replace("위임 사무의 목록", "민간위탁 사무의 목록")
        .replace("책임을 명확히", "책임을 분명히")
    )
    assert sentences(old, new) == [
        '제2조제2항 중 "위탁"을 "민간위탁"으로 한다.',
        '제3조 중 "명확히"를 "분명히"로 한다.',
        '제5조 중 "위탁"을 "민간위탁"으로 한다.',
    ]


def test_article_title():
    old, new = amend(("제9조(평생교육국)", "제9조(미래평생교육국)"))
    assert sentences(old, new) == ['제9조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 한다.']


NUMBERED_9 = """\
제9조(평생교육국) ① 평생교육국장은 평생교육 정책을 총괄한다.
② 국장은 소속 공무원을 지휘ㆍ감독한다.
"""


def test_title_and_paragraph_with_the_same_words():
    old = parse(NUMBERED_9)
    new = parse(NUMBERED_9.replace("평생교육국", "미래평생교육국"))
    assert sentences(old, new, title="gather") == [
        '제9조의 제목 및 같은 조 제1항 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.'
    ]


def test_title_and_single_paragraph_without_subparagraphs_cites_the_article_again():
    # real: 제28조의 제목 및 같은 조 중 "중소기업창업투자회사"를 각각 "벤처투자회사"로 한다
    old, new = amend(
        ("제9조(평생교육국) 평생교육국장은", "제9조(미래평생교육국) 미래평생교육국장은")
    )
    assert sentences(old, new, title="gather") == [
        '제9조의 제목 및 같은 조 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.'
    ]


def test_title_and_lead_in_of_a_single_paragraph_with_subparagraphs():
    old, new = amend(("제4조(홍보기획관)", "제4조(대변인)"), ("밑에 홍보기획관을", "밑에 대변인을"))
    assert sentences(old, new, title="gather") == [
        '제4조의 제목 및 같은 조 각 호 외의 부분 중 "홍보기획관"을 각각 "대변인"으로 한다.'
    ]


def test_title_with_other_words_than_the_body_is_quoted_whole_then_같은_조():
    old, new = amend(("제12조(AI국) AI국장은 인공지능", "제12조(AI산업국) AI국장은 첨단기술"))
    assert sentences(old, new) == [
        '제12조의 제목 "(AI국)"을 "(AI산업국)"으로 하고, 같은 조 중 "인공지능"을 "첨단기술"로 한다.'
    ]


SEVERAL = """\
제1조(목적) ① 이 조례는 도의 조직을 정하여 행정의 능률을 높이는 것을 목적으로 한다.
② 이 조례는 도민의 복리 증진에 이바지함을 목적으로 한다.
"""


def test_several_changes_in_one_provision_chain_with_commas_by_default():
    # House rule (the corpus of real sentences: 92 comma chains inside one provision, no 하고
    # chain there): "…으로, "C"를 "D"로 하고, 같은 조 …".
    old = parse(SEVERAL)
    new = parse(
        SEVERAL.replace("조직을", "기관을").replace("능률을", "효율을").replace("복리", "행복")
    )
    assert sentences(old, new) == [
        '제1조제1항 중 "조직"을 "기관"으로, "능률"을 "효율"로 하고, '
        '같은 조 제2항 중 "복리"를 "행복"으로 한다.'
    ]


def test_several_changes_in_one_article_chain_with_hago_and_hamyeo_as_a_setting():
    old = parse(SEVERAL)
    new = parse(
        SEVERAL.replace("조직을", "기관을").replace("능률을", "효율을").replace("복리", "행복")
    )
    assert sentences(old, new, chain="hago") == [
        '제1조제1항 중 "조직"을 "기관"으로 하고, "능률"을 "효율"로 하며, '
        '같은 조 제2항 중 "복리"를 "행복"으로 한다.'
    ]


def test_whole_article_rewritten():
    old, new = amend(
        (
            "제6조(정원) ① 도에 두는 공무원의 정원은 16,244명으로 한다.\n"
            "② 기관별 정원은 별표 1에 따른다.",
            "제6조(정원) ① 총정원은 규칙으로 정하는 바에 따라 매년 조정한다.\n"
            "② 기관별 배분은 도지사가 정한다.",
        )
    )
    text = amendment_text(old, new, atomic_terms=UNITS)
    assert [s.text for s in text.sentences] == ["제6조를 다음과 같이 한다."]
    assert text.sentences[0].body == (
        "제6조(정원) ① 총정원은 규칙으로 정하는 바에 따라 매년 조정한다.\n"
        "② 기관별 배분은 도지사가 정한다."
    )


def test_one_paragraph_rewritten_beside_another_amended_is_cited_apart():
    # more than half of the article changes, but only one paragraph is rewritten: real bills
    # cite it and amend the other (제3조제1항을 다음과 같이 하고, 같은 조 제2항 중 …)
    old, new = amend(
        (
            "제6조(정원) ① 도에 두는 공무원의 정원은 16,244명으로 한다.\n"
            "② 기관별 정원은 별표 1에 따른다.",
            "제6조(정원) ① 총정원은 규칙으로 정하는 바에 따라 매년 조정한다.\n"
            "② 기관별 정원은 별표 2에 따른다.",
        )
    )
    assert sentences(old, new) == [
        '제6조제1항을 다음과 같이 하고, 같은 조 제2항 중 "별표 1"을 "별표 2"로 한다.'
    ]


def test_one_paragraph_rewritten_and_a_new_one_inserted_are_cited_apart():
    old, new = amend(
        (
            "제6조(정원) ① 도에 두는 공무원의 정원은 16,244명으로 한다.\n"
            "② 기관별 정원은 별표 1에 따른다.",
            "제6조(정원) ① 도에 두는 공무원의 정원은 16,244명으로 한다.\n"
            "② 기관별 배분은 규칙으로 정하는 바에 따라 도지사가 매년 정한다.\n"
            "③ 도지사는 정원의 운영 현황을 매년 공개하여야 한다.",
        )
    )
    assert sentences(old, new) == [
        "제6조제2항을 다음과 같이 하고, 같은 조에 제3항을 다음과 같이 신설한다."
    ]


def test_an_unnumbered_paragraph_rewritten_beside_a_new_one_rewrites_its_article():
    # its new text is ①, which cannot be cited apart from the article (a round-trip example)
    old = parse("제1조(평생교육국) 평생교육국장은 정책 수립에 관한 사무를 분장한다.")
    new = parse("제1조(평생교육국) ① 도지사 밑에 평생교육국을 둔다.\n② 도지사 밑에 복지국을 둔다.")
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == ["제1조를 다음과 같이 한다."]
    assert same_text(apply_amendment(old, str(text)), new)


def test_whole_paragraph_rewritten():
    # the two changes one word apart are one quote taking almost all of it (counted apart,
    # they would take two thirds)
    old, new = amend(("② 기관별 정원은 별표 1에 따른다.", "② 직급별 정원은 규칙으로 정한다."))
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == ["제6조제2항을 다음과 같이 한다."]
    assert text.sentences[0].body == "② 직급별 정원은 규칙으로 정한다."


def test_new_article():
    old, new = amend(
        ("제13조(보칙)", "제12조의2(데이터국) 데이터국장은 데이터 정책을 총괄한다.\n제13조(보칙)")
    )
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == ["제12조의2를 다음과 같이 신설한다."]
    assert text.sentences[0].body == "제12조의2(데이터국) 데이터국장은 데이터 정책을 총괄한다."


def _new_articles(count: int) -> tuple:
    added = "".join(
        f"제12조의{n}(신설{n}) 신설{n}국장은 소관 사무를 총괄한다.\n" for n in range(2, 2 + count)
    )
    return amend(("제13조(보칙)", f"{added}제13조(보칙)"))


def test_two_new_articles_are_gathered_with_gakgak():
    old, new = _new_articles(2)
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == [
        "제12조의2 및 제12조의3을 각각 다음과 같이 신설한다."
    ]
    assert text.sentences[0].body.count("\n") == 1  # both articles follow, one line each


def test_three_new_articles_form_a_range():
    old, new = _new_articles(3)
    assert sentences(old, new) == ["제12조의2부터 제12조의4까지를 각각 다음과 같이 신설한다."]


def test_new_paragraph_at_the_end():
    old, new = amend(("별표 1에 따른다.", "별표 1에 따른다.\n③ 정원의 조정은 매년 1회 한다."))
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == ["제6조에 제3항을 다음과 같이 신설한다."]
    assert text.sentences[0].body == "③ 정원의 조정은 매년 1회 한다."


def test_new_subparagraph_at_the_end():
    old, new = amend(
        (
            "4. 장학 사업 운영에 관한 사항",
            "4. 장학 사업 운영에 관한 사항\n5. 평생교육 통계에 관한 사항",
        )
    )
    assert sentences(old, new) == ["제5조제2항에 제5호를 다음과 같이 신설한다."]


def test_new_subparagraph_in_the_middle_takes_a_branch_number():
    old, new = amend(("4. 장학", "3의2. 디지털 문해교육에 관한 사항\n4. 장학"))
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == ["제5조제2항에 제3호의2를 다음과 같이 신설한다."]
    assert text.sentences[0].body == "3의2. 디지털 문해교육에 관한 사항"


def test_several_new_subparagraphs_in_one_paragraph():
    old, new = amend(
        ("4. 장학", "3의2. 디지털 문해교육에 관한 사항\n3의3. 성인 문해교육에 관한 사항\n4. 장학")
    )
    assert sentences(old, new) == ["제5조제2항에 제3호의2 및 제3호의3을 각각 다음과 같이 신설한다."]


def test_new_item():
    old, new = amend(
        (
            "개최 및 운영에 관한 사항",
            "개최 및 운영에 관한 사항\n  다. 평생학습 네트워크에 관한 사항",
        )
    )
    assert sentences(old, new) == ["제5조제2항제3호에 다목을 다음과 같이 신설한다."]


def test_delete_an_article_absent_or_marked_deleted():
    old, absent = amend(("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.\n", ""))
    _, marked = amend(
        ("제13조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.", "제13조 삭제")
    )
    assert sentences(old, absent) == ["제13조를 삭제한다."]
    assert sentences(old, marked) == ["제13조를 삭제한다."]


def test_delete_a_subparagraph():
    old, new = amend(("4. 장학 사업 운영에 관한 사항\n", ""))
    assert sentences(old, new) == ["제5조제2항제4호를 삭제한다."]


RANGE = (
    "".join(f"제{n}조(조{n}) 제{n}조의 내용은 규칙으로 정한다.\n" for n in (1, 2, 3, 4, 5))
    + "제5조의2(조5의2) 내용은 규칙으로 정한다.\n"
    + "제6조(조6) 내용은 규칙으로 정한다.\n제7조(조7) 끝.\n"
)


def test_consecutive_deleted_articles_form_ranges_and_branches_stand_alone():
    old = parse(RANGE)
    new = parse(RANGE.split("제2조(")[0] + "제7조(조7) 끝.\n")
    assert sentences(old, new) == ["제2조부터 제5조까지, 제5조의2 및 제6조를 각각 삭제한다."]


def test_deletions_in_neighbouring_sentences_are_gathered_with_각각():
    # Real bills gather deletions that no other amendment separates, even of articles that
    # are not neighbours ("제43조제3호 및 제44조제3호를 각각 삭제한다.", corpus).
    old = parse(RANGE)
    new = parse(
        RANGE.replace("제2조(조2) 제2조의 내용은 규칙으로 정한다.\n", "").replace(
            "제4조(조4) 제4조의 내용은 규칙으로 정한다.\n", ""
        )
    )
    assert sentences(old, new) == ["제2조 및 제4조를 각각 삭제한다."]


def test_a_shifted_list_is_renumbered_with_its_items():
    # Inserting in the middle by shifting numbers (instead of 3의2): the provisions that move
    # down unchanged, their 목 with them, are renumbered together, as real bills do
    # (test_sentence_rules); the rest is amended or rewritten as it must.
    old, new = amend(
        (
            "3. 평생학습 도시 지원에 관한 사항\n  가. 평생학습 도시 지정 및 평가에 관한 사항\n"
            "  나. 평생학습 축제 개최 및 운영에 관한 사항\n4. 장학 사업 운영에 관한 사항",
            "3. 디지털 문해교육에 관한 사항\n4. 평생학습 도시 지원에 관한 사항\n"
            "  가. 평생학습 도시 지정 및 평가에 관한 사항\n"
            "  나. 평생학습 축제 개최 및 운영에 관한 사항\n5. 장학 사업 운영에 관한 사항",
        )
    )
    assert sentences(old, new) == [
        "제5조제2항제3호 및 제4호를 각각 제4호 및 제5호로 하고, 같은 항에 제3호를 다음과 같이 "
        "신설한다."
    ]
    assert verify_amendment(old, str(amendment_text(old, new)), new) == []


def test_instrument_title():
    old = parse(BASE)
    new = parse(BASE, title="경기도 행정기구 설치 및 정원 조례")
    assert sentences(old, new) == [
        '제명 "경기도 행정기구 및 정원 조례"를 "경기도 행정기구 설치 및 정원 조례"로 한다.'
    ]


def test_whole_annex():
    old, new = amend(("| 본청 | 4,000 |", "| 본청 | 4,008 |"))
    assert sentences(old, new) == ["별표 1을 별지와 같이 한다."]


def test_new_and_several_annexes():
    two = BASE + "[별표 2] 직급표(제7조 관련)\n| 직급 | 인원 |\n| 3급 | 10 |\n"
    three = two + "[별표 3] 사업소(제6조 관련)\n| 사업소 | 위치 |\n"
    assert sentences(parse(BASE), parse(two)) == ["별표 2를 별지와 같이 신설한다."]
    changed = three.replace("4,000", "4,010").replace("| 3급 | 10 |", "| 3급 | 12 |")
    assert sentences(parse(three), parse(changed)) == ["별표 1 및 별표 2를 각각 별지와 같이 한다."]
    assert sentences(parse(three), parse(two)) == ["별표 3을 삭제한다."]


# -- the same several replacements in neighbouring provisions (각각 for each) -------------------

COUNTY = """\
제1조(목적) 이 조례는 양평군의 행정기구 설치에 관한 사항을 정한다.
제8조(문화관광과) ① 군수 밑에 문화관광과를 둔다.
② 문화관광과장은 과의 사무를 총괄하고, 관광팀장은 관광 정책을 맡는다.
③ 문화관광과장은 소속 직원의 근무를 매월 점검하고, 관광팀장은 그 결과를 보고받는다.
④ 과의 운영에 필요한 사항은 규칙으로 정한다.
제9조(관광안내소) 문화관광과장은 필요한 경우 관광안내소의 운영을 관광팀장에게 맡길 수 있다.
제10조(보칙) 이 조례의 시행에 필요한 사항은 규칙으로 정한다.
"""
COUNTY_TITLE = "양평군 행정기구 설치 조례"


def _county(text: str):
    return parse(text, COUNTY_TITLE)


def _renamed(text: str, *lines: str) -> str:
    """``text`` with 문화관광과장 → 문화체육과장 and 관광팀장 → 관광진흥팀장 in ``lines``."""
    for line in lines:
        new = line.replace("문화관광과장", "문화체육과장").replace("관광팀장", "관광진흥팀장")
        text = text.replace(line, new)
    return text


def _county_lines(*starts: str) -> list[str]:
    return [line for line in COUNTY.splitlines() if line.startswith(starts)]


def test_neighbouring_paragraphs_with_the_same_several_replacements_form_one_clause():
    old = _county(COUNTY)
    new = _county(_renamed(COUNTY, *_county_lines("②", "③")))
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == [
        '제8조제2항 및 제3항 중 "문화관광과장"을 각각 "문화체육과장"으로, '
        '"관광팀장"을 각각 "관광진흥팀장"으로 한다.'
    ]
    assert same_text(apply_amendment(old, str(text)), new)


def test_the_same_several_replacements_in_neighbouring_articles_form_one_sentence():
    old = _county(COUNTY)
    new = _county(_renamed(COUNTY, *_county_lines("③", "제9조")))
    text = amendment_text(old, new)
    assert [s.text for s in text.sentences] == [
        '제8조제3항 및 제9조 중 "문화관광과장"을 각각 "문화체육과장"으로, '
        '"관광팀장"을 각각 "관광진흥팀장"으로 한다.'
    ]
    assert same_text(apply_amendment(old, str(text)), new)


def test_the_hago_chain_also_gathers_the_same_several_replacements():
    old = _county(COUNTY)
    new = _county(_renamed(COUNTY, *_county_lines("②", "③")))
    text = amendment_text(old, new, chain="hago")
    assert [s.text for s in text.sentences] == [
        '제8조제2항 및 제3항 중 "문화관광과장"을 각각 "문화체육과장"으로 하고, '
        '"관광팀장"을 각각 "관광진흥팀장"으로 한다.'
    ]
    # the clause after 하고 means the same two paragraphs
    assert same_text(apply_amendment(old, str(text)), new)


def test_several_replacements_are_not_gathered_across_another_change():
    old = _county(COUNTY)
    lines = _county_lines("②", "제9조")
    new = _county(_renamed(COUNTY, *lines).replace("매월 점검하고", "매주 점검하고"))
    assert sentences(old, new) == [
        '제8조제2항 중 "문화관광과장"을 "문화체육과장"으로, "관광팀장"을 "관광진흥팀장"으로 '
        '하고, 같은 조 제3항 중 "매월"을 "매주"로 한다.',
        '제9조 중 "문화관광과장"을 "문화체육과장"으로, "관광팀장"을 "관광진흥팀장"으로 한다.',
    ]


def test_provisions_with_different_replacements_are_not_gathered():
    old = _county(COUNTY)
    new = _county(
        _renamed(COUNTY, *_county_lines("②")).replace("③ 문화관광과장은", "③ 문화체육과장은")
    )
    assert sentences(old, new) == [
        '제8조제2항 중 "문화관광과장"을 "문화체육과장"으로, "관광팀장"을 "관광진흥팀장"으로 '
        '하고, 같은 조 제3항 중 "문화관광과장"을 "문화체육과장"으로 한다.'
    ]
