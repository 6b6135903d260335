"""The amendment applier: every sentence form of drafting-ko.md §3 applied to a statute that
carries history notes, and located errors for sentences that do not fit."""

import pytest

from desktop.core.drafting.applier import (
    AmendmentError,
    apply_amendment,
    apply_text,
    verify_amendment,
)
from desktop.core.statute import Num
from desktop.core.statute_text import parse_instrument, render_instrument

OLD = """경기도 행정기구 설치 조례
[시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]

제1조(목적) 이 조례는 경기도의 행정기구 설치에 필요한 사항을 정함을 목적으로 한다. <개정 2020.3.16.>

제2조(정의) ① 이 조례에서 "실국"이란 실ㆍ국ㆍ본부를 말한다.
② 과장은 국장을 보조한다. 다만, 감사관은 도지사가 직접 지휘한다. <개정 2021.5.20.>
③ 과장은 팀장을 지휘한다. 이 경우 과장은 계장을 지휘할 수 있다.

제3조(평생교육국) 평생교육 사무를 처리하기 위하여 행정1부지사 밑에 평생교육국을 두고,
다음 각 호의 사무를 분장한다.
1. 평생교육 정책에 관한 사항
2. 평생교육 시설에 관한 사항 <신설 2022.1.1.>
  가. 평생교육관 운영
  나. 평생교육 시설 지원
3. 청소년 정책에 관한 사항
[제목변경 2018.10.1.]

제4조(복지국) ① 복지 사무를 처리하기 위하여 행정1부지사 밑에 복지국을 둔다.
② 복지국장은 다음 각 호의 사무를 분장한다.
1. 복지정책에 관한 사항
2. 노인복지에 관한 사항

제5조(경제실) 경제실에 행정국ㆍ복지국 및 도시국을 둔다.

제6조(정원) 도의 공무원 정원은 16,244명으로 한다.

제7조 삭제 <2021.1.1.>

제8조(위임) 「지방자치법」 제112조에 따른 사무는 규칙으로 정한다.

부칙 <제7997호,2024.5.16.>
이 조례는 공포한 날부터 시행한다.

[별표 1] 정원표(제6조 관련)
| 직급 | 정원 |
| 3급 | 11 |
"""


@pytest.fixture
def old():
    inst, messages = parse_instrument(OLD)
    assert not [m for m in messages if m.severity == "error"]
    return inst


def applied(old, text):
    return apply_amendment(old, text)


def para(inst, art, number):
    return next(p for p in inst.article(Num(art)).paragraphs if p.number == number)


def test_opening_and_simple_replacement_keep_history_notes(old):
    new = applied(
        old,
        "경기도 행정기구 설치 조례 일부를 다음과 같이 개정한다.\n\n"
        '제2조제2항 중 "과장"을 "팀장"으로 한다.',
    )
    p = para(new, 2, 2)
    assert p.text == "팀장은 국장을 보조한다. 다만, 감사관은 도지사가 직접 지휘한다."
    assert p.notes == ["<개정 2021.5.20.>"]
    assert para(old, 2, 2).text.startswith("과장")  # the old instrument is left alone


def test_every_occurrence_and_whole_article_citation(old):
    new = applied(old, '제3조 중 "평생교육"을 "미래평생교육"으로 한다.')
    art = new.article(Num(3))
    assert art.title == "평생교육국"  # the title is only changed when cited
    assert art.paragraphs[0].text.count("미래평생교육") == 2
    assert art.paragraphs[0].subparagraphs[1].items[0].text == "미래평생교육관 운영"


def test_lead_in_only(old):
    new = applied(old, '제3조 각 호 외의 부분 중 "평생교육"을 "미래평생교육"으로 한다.')
    para0 = new.article(Num(3)).paragraphs[0]
    assert para0.text.startswith("미래평생교육 사무를")
    assert para0.subparagraphs[0].text == "평생교육 정책에 관한 사항"


def test_each_over_a_list_of_locations(old):
    new = applied(old, '제2조제2항 및 제3항 중 "과장"을 각각 "팀장"으로 한다.')
    assert para(new, 2, 2).text.startswith("팀장은")
    assert para(new, 2, 3).text.count("팀장") == 2 + 1


def test_title_whole_and_title_with_body(old):
    new = applied(old, '제3조의 제목 "(평생교육국)"을 "(미래평생교육국)"으로 한다.')
    assert new.article(Num(3)).title == "미래평생교육국"
    assert new.article(Num(3)).annotations == ["[제목변경 2018.10.1.]"]
    new = applied(
        old,
        '제3조의 제목 및 같은 조 각 호 외의 부분 중 "평생교육국"을 각각 "미래평생교육국"으로 한다.',
    )
    art = new.article(Num(3))
    assert art.title == "미래평생교육국"
    assert "밑에 미래평생교육국을" in art.paragraphs[0].text


def test_chains_with_hago_and_comma(old):
    text = (
        '제2조제3항 중 "과장은 팀장을"을 "국장은 과장을"로 하고, "계장"을 "주무관"으로 하며, '
        '같은 조 제2항 중 "감사관은"을 "감사위원회는"으로 한다.'
    )
    new = applied(old, text)
    assert para(new, 2, 3).text == "국장은 과장을 지휘한다. 이 경우 과장은 주무관을 지휘할 수 있다."
    assert "감사위원회는" in para(new, 2, 2).text
    new = applied(old, '제2조제3항 중 "팀장"을 "반장"으로, "계장"을 "주무관"으로 한다.')
    assert para(new, 2, 3).text == "과장은 반장을 지휘한다. 이 경우 과장은 주무관을 지휘할 수 있다."


def test_main_proviso_front_back(old):
    new = applied(old, '제2조제2항 본문 중 "과장"을 "팀장"으로 한다.')
    assert para(new, 2, 2).text.startswith("팀장은")
    new = applied(old, '제2조제2항 단서 중 "도지사"를 "부지사"로 한다.')
    assert para(new, 2, 2).text.endswith("부지사가 직접 지휘한다.")
    new = applied(old, '제2조제3항 후단 중 "과장"을 "국장"으로 한다.')
    assert para(new, 2, 3).text == "과장은 팀장을 지휘한다. 이 경우 국장은 계장을 지휘할 수 있다."
    new = applied(old, "제2조제3항 후단을 삭제한다.")
    assert para(new, 2, 3).text == "과장은 팀장을 지휘한다."
    new = applied(old, "제2조제2항 단서를 삭제한다.")
    assert para(new, 2, 2).text == "과장은 국장을 보조한다."
    new = applied(old, "제2조제1항에 단서를 다음과 같이 신설한다.\n다만, 사업소는 제외한다.")
    assert para(new, 2, 1).text.endswith("말한다. 다만, 사업소는 제외한다.")
    new = applied(old, "제2조제2항 단서를 다음과 같이 한다.\n다만, 감사위원회는 독립한다.")
    assert para(new, 2, 2).text == "과장은 국장을 보조한다. 다만, 감사위원회는 독립한다."


def test_the_two_parts_of_one_provision_cited_as_a_pair(old):
    both = "반장은 팀장을 지휘한다. 이 경우 반장은 계장을 지휘할 수 있다."
    for pair in ("전단 및 후단", "전단ㆍ후단"):
        new = applied(old, f'제2조제3항 {pair} 중 "과장"을 각각 "반장"으로 한다.')
        assert para(new, 2, 3).text == both
    new = applied(
        old, '제2조제3항 전단ㆍ후단 및 같은 조 제2항 본문 중 "과장"을 각각 "반장"으로 한다.'
    )
    assert para(new, 2, 3).text == both
    assert para(new, 2, 2).text.startswith("반장은 국장을 보조한다.")
    new = applied(
        old, '제2조제2항 본문, 같은 조 제3항 전단 및 후단 중 "과장"을 각각 "반장"으로 한다.'
    )
    assert para(new, 2, 3).text == both
    assert para(new, 2, 2).text.startswith("반장은 국장을 보조한다.")


def test_list_span_and_citation_with_statute_name(old):
    new = applied(old, '제5조 중 "복지국 및 도시국"을 "복지국ㆍ도시국 및 미래전략국"으로 한다.')
    assert (
        new.article(Num(5)).paragraphs[0].text
        == "경제실에 행정국ㆍ복지국ㆍ도시국 및 미래전략국을 둔다."
    )
    new = applied(old, '제8조 중 "「지방자치법」 제112조"를 "「지방자치법」 제125조"로 한다.')
    assert "「지방자치법」 제125조에" in new.article(Num(8)).paragraphs[0].text


def test_rewrites_of_article_paragraph_subparagraph_and_lead(old):
    text = "\n".join(
        [
            "제4조를 다음과 같이 한다.",
            "제4조(복지국) 복지국을 둔다.",
            "",
            "제2조제3항을 다음과 같이 한다.",
            "③ 과장은 팀장을 지휘한다.",
            "",
            "제3조제2호를 다음과 같이 한다.",
            "2. 평생학습 시설에 관한 사항",
            "",
            "제3조 각 호 외의 부분을 다음과 같이 한다.",
            "평생교육국을 둔다.",
        ]
    )
    new = applied(old, text)
    assert new.article(Num(4)).paragraphs[0].text == "복지국을 둔다."
    assert para(new, 2, 3).text == "과장은 팀장을 지휘한다."
    sub = new.article(Num(3)).paragraphs[0].subparagraphs[1]
    assert sub.text == "평생학습 시설에 관한 사항" and sub.items == []
    assert new.article(Num(3)).paragraphs[0].text == "평생교육국을 둔다."


def test_insertions_at_every_level_with_branch_numbers(old):
    text = "\n".join(
        [
            "제3조의2 및 제3조의3을 각각 다음과 같이 신설한다.",
            "제3조의2(청년국) 청년국을 둔다.",
            "제3조의3(AI국) ① AI국을 둔다.",
            "② AI국장은 다음 각 호의 사무를 분장한다.",
            "1. 인공지능에 관한 사항",
            "",
            "제3조제2호에 다목을 다음과 같이 신설하고, 같은 조에 제2호의2를 다음과 같이 신설한다.",
            "  다. 평생교육 시설 평가",
            "2의2. 평생학습에 관한 사항",
            "",
            "제4조에 제3항을 다음과 같이 신설한다.",
            "③ 복지국에 과를 둔다.",
            "",
            "제4조제2항에 제3호를 다음과 같이 신설한다.",
            "3. 장애인복지에 관한 사항",
            "",
            "제6조에 제2항을 다음과 같이 신설한다.",
            "② 정원의 세부 사항은 규칙으로 정한다.",
        ]
    )
    new = applied(old, text)
    nums = [a.num for a in new.articles]
    assert nums[:5] == [Num(1), Num(2), Num(3), Num(3, 2), Num(3, 3)]
    assert new.article(Num(3, 3)).paragraphs[1].subparagraphs[0].text == "인공지능에 관한 사항"
    subs = new.article(Num(3)).paragraphs[0].subparagraphs
    assert [s.num for s in subs] == [Num(1), Num(2), Num(2, 2), Num(3)]
    assert [i.label for i in subs[1].items] == ["가", "나", "다"]
    assert [p.number for p in new.article(Num(4)).paragraphs] == [1, 2, 3]
    assert new.article(Num(4)).paragraphs[1].subparagraphs[-1].text == "장애인복지에 관한 사항"
    assert [p.number for p in new.article(Num(6)).paragraphs] == [1, 2]  # ① numbered now


def test_deletions_with_ranges_and_reinserting_a_deleted_article(old):
    new = applied(old, "제2조부터 제4조까지, 제5조 및 제6조를 각각 삭제한다.")
    assert [a.deleted for a in new.articles] == [False, True, True, True, True, True, True, False]
    rendered = render_instrument(new)
    assert "제3조 삭제\n" in rendered
    new = applied(old, "제3조제1호 및 제3호를 각각 삭제한다.")
    subs = new.article(Num(3)).paragraphs[0].subparagraphs
    assert [s.deleted for s in subs] == [True, False, True]
    new = applied(old, "제7조를 다음과 같이 신설한다.\n제7조(감사) 감사관을 둔다.")
    assert new.article(Num(7)).paragraphs[0].text == "감사관을 둔다."


def test_renumber_and_insert(old):
    text = (
        "제3조제3호를 제4호로 하고, 같은 조에 제3호를 다음과 같이 신설한다.\n"
        "3. 평생교육 진흥에 관한 사항"
    )
    new = applied(old, text)
    subs = new.article(Num(3)).paragraphs[0].subparagraphs
    assert [(s.num, s.text[:6]) for s in subs][2:] == [
        (Num(3), "평생교육 진"),
        (Num(4), "청소년 정책"),
    ]


def test_title_of_instrument_and_annexes(old):
    text = "\n".join(
        [
            '제명 "경기도 행정기구 설치 조례"를 "경기도 행정기구 및 정원 조례"로 한다.',
            "별표 1을 별지와 같이 하고, 별표 2를 별지와 같이 신설한다.",
            "[별표 1] 정원표(제6조 관련)",
            "| 직급 | 정원 |",
            "| 3급 | 12 |",
            "[별표 2] 기구표(제5조 관련)",
            "| 기구 |",
        ]
    )
    new = applied(old, text)
    assert new.title == "경기도 행정기구 및 정원 조례"
    assert new.annexes[0].rows[1] == ["3급", "12"]
    assert [a.num for a in new.annexes] == [Num(1), Num(2)]
    new = applied(old, '별표 1 중 "3급"을 "4급"으로 한다.')
    assert new.annexes[0].rows[1] == ["4급", "11"]
    new = applied(old, "별표 1을 삭제한다.")
    assert new.annexes == []


def test_several_sentences_on_one_line_and_addenda_ignored(old):
    text = (
        '제2조제2항 중 "과장"을 "팀장"으로 한다. 제6조 중 "16,244명"을 "16,252명"으로 한다.\n'
        "부칙\n이 조례는 공포한 날부터 시행한다."
    )
    new = applied(old, text)
    assert "16,252명" in new.article(Num(6)).paragraphs[0].text


def test_annex_after_the_addenda_as_a_bill_orders_them(old):
    # A bill gives its 별표 after the 부칙 (개정문, 부칙, then the 별지): the 부칙 is left out,
    # the annex that follows it is read.
    text = "\n".join(
        [
            '제6조 중 "16,244명"을 "16,252명"으로 한다.',
            "별표 1을 별지와 같이 한다.",
            "",
            "부      칙",
            "이 조례는 공포한 날부터 시행한다.",
            "[별표 1] 정원표(제6조 관련)",
            "| 직급 | 정원 |",
            "| 3급 | 12 |",
        ]
    )
    notes = []
    new = apply_amendment(old, text + "\n비고: 정원은 총액이다.", notes=notes)
    assert new.annexes[0].rows[1] == ["3급", "12"]
    assert "시행한다" not in " ".join(" ".join(row) for row in new.annexes[0].rows)
    # a line of the annex that is no table row is read as a one-cell row, and told (at its
    # line in the amendment text); nothing else of the block's reading is
    (note,) = notes
    assert (note.line, note.message("en")) == (
        9,
        "Not a table row of Annex 1 (cells split by tabs or |); read as a one-cell row.",
    )


@pytest.mark.parametrize(
    ("text", "sentence", "ko", "en"),
    [
        (
            '제6조 중 "16,244명"을 "16,252명"으로 한다.\n제4조제1항 중 "A"를 "B"로 한다.',
            2,
            "문장 2:",
            'Sentence 2: "A" does not occur in Article 4 (1)',
        ),
        ('제9조 중 "A"를 "B"로 한다.', 1, "제9조", "Article 9 does not exist"),
        ('제7조 중 "A"를 "B"로 한다.', 1, "제7조", "Article 7 is deleted"),
        ('제6조 중 "16,244명"을 "16,244명"으로 한다.', 1, "16,244명", "the same words"),
        ("제6조를 다음과 같이 신설한다.\n제6조(정원) 정원.", 1, "제6조", "already exists"),
        ("제3조의2를 다음과 같이 신설한다.", 1, "제3조의2", "is missing"),
        ("제3조의2를 다음과 같이 신설한다.\n제3조의3(A) B.", 1, "제3조의2", "should start with"),
        (
            '제2조 중 "과장"을 "팀장"으로 한다.\n제2조 중 "과장을 "팀장"으로 한다.',
            2,
            "문장 2",
            "near",
        ),
        ('제2조제3항 중 "지휘"를 "지휘"로 한다.', 1, "지휘", "same words"),
        # an annex's new table, not a provision, and where it goes ('별표 3의 새 조문이 없습니다')
        (
            "별표 3을 별지와 같이 신설한다.",
            1,
            "별표 3의 새 표가 없습니다. 개정문 뒤에 “[별표 3]”으로 시작하는 별지를 붙이십시오.",
            "the new table of Annex 3 is missing: attach it after the amendment text, starting "
            "with the line “[별표 3]”.",
        ),
    ],
)
def test_located_errors(old, text, sentence, ko, en):
    with pytest.raises(AmendmentError) as info:
        applied(old, text)
    assert info.value.sentence == sentence
    assert ko in info.value.message("ko")
    assert en in info.value.message("en")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the quote that does not occur, in the second sentence, and in a chain
        ('제6조 중 "16,244명"을 "16,252명"으로 한다.\n제4조제1항 중 "A"를 "B"로 한다.', '"A"'),
        ('제2조제2항 중 "과장"을 "팀장"으로, "부장"을 "실장"으로 한다.', '"부장"'),
        ('제6조 중 "16,244명"을 "16,244명"으로 한다.', '"16,244명"'),
        # a replacement found wanting only when the next clause comes (made together)
        ('제2조제2항 중 "부장"을 "팀장"으로 하고, 제8조를 삭제한다.', '"부장"'),
        # a provision that is not there, or deleted: where the sentence cites it
        ('제9조 중 "A"를 "B"로 한다.', "제9조"),
        ('제9조제2항 중 "A"를 "B"로 한다.', "제9조"),
        ('제9조의 제목 "(A)"를 "(B)"로 한다.', "제9조의 제목"),
        ('제6조 중 "16,244명"을 "16,252명"으로 하고, 제7조를 삭제한다.', "제7조"),
        ("제3조의2를 다음과 같이 신설한다.", "제3조의2"),
        (
            '제6조 중 "16,244명"을 "16,252명"으로 하고, 같은 조 제3항을 삭제한다.',
            "같은 조 제3항",
        ),
        ("제4조제1항 및 제3항을 각각 삭제한다.", "제3항"),
        ("제4조제2항부터 제3항까지를 삭제한다.", "제3항"),
        # where reading stopped: the word, or the quotation mark that pairs with none
        ('제6조 중 "16,244명"을 "16,252명"으로 하고, 제7조를 폐지한다.', "폐지한다."),
        ('제2조 중 "과장을 "팀장"으로 한다.', '"'),
        # in the line as pasted: a run of spaces and an invisible character
        (
            '제6조  중\u200b "16,244명"을 "16,252명"으로  하고,   제4조제1항 중 "A"를 "B"로 한다.',
            '"A"',
        ),
    ],
)
def test_an_error_tells_the_words_it_is_about(old, text, words):
    """``FILE:LINE:COLUMN`` for an error that stops the amendment, as for the proof's notes:
    the check window selects the words, an editor goes to them."""
    with pytest.raises(AmendmentError) as info:
        applied(old, text)
    error = info.value
    line = text.split("\n")[error.line - 1]
    assert error.column > 0
    assert line[error.column - 1 : error.column - 1 + error.length] == words
    assert (error.messages[0].column, error.messages[0].length) == (error.column, error.length)


def test_an_error_about_a_whole_line_tells_no_column(old):
    with pytest.raises(AmendmentError) as info:
        applied(old, '제6조 중 "16,244명"을 "16,252명"으로 한다.\n이 줄은 무엇인가')
    assert (info.value.line, info.value.column, info.value.length) == (2, 0, 0)


def test_an_unnumbered_annexs_missing_table_is_told_as_the_annex():
    inst, _ = parse_instrument(
        "가온시 조례\n\n제1조(목적) 목적.\n\n[별표] 정원표\n| 구분 | 정원 |\n"
    )
    with pytest.raises(AmendmentError) as info:
        apply_amendment(inst, "별표를 별지와 같이 한다.")
    assert info.value.message("en") == (
        "Sentence 1: the new table of the Annex is missing: attach it after the amendment "
        "text, starting with the line “[별표]”."
    )
    assert info.value.message("ko") == (
        "문장 1: 별표의 새 표가 없습니다. 개정문 뒤에 “[별표]”로 시작하는 별지를 붙이십시오."
    )


def test_overlapping_quote_is_ambiguous(old):
    inst, _ = parse_instrument("조례\n제1조 가가가를 둔다.\n")
    with pytest.raises(AmendmentError) as info:
        apply_amendment(inst, '제1조 중 "가가"를 "나"로 한다.')
    assert "ambiguous" in info.value.message("en")


def test_a_line_that_is_no_sentence_is_located(old):
    with pytest.raises(AmendmentError) as info:
        applied(old, '제2조 중 "과장"을 "팀장"으로 한다.\n이 줄은 아무것도 아니다.')
    assert info.value.line == 2 and info.value.sentence == 0


def test_apply_text_renders_law_go_kr_layout():
    out = apply_text(OLD, '제6조 중 "16,244명"을 "16,252명"으로 한다.')
    assert "제6조(정원) 도의 공무원 정원은 16,252명으로 한다.\n" in out
    assert "<개정 2020.3.16.>" in out and "[시행" not in out
    _again, messages = parse_instrument(out)
    assert not [m for m in messages if m.severity == "error"]


def test_verify_names_the_provision_that_differs(old):
    new = apply_amendment(old, '제2조제2항 중 "과장"을 "팀장"으로 한다.')
    assert verify_amendment(old, '제2조제2항 중 "과장"을 "팀장"으로 한다.', new) == []
    findings = verify_amendment(
        old, '제2조제3항 중 "과장"을 "팀장"으로 한다.', new, key="ordinance"
    )
    assert {f.place.field for f in findings} == {"제2조"}
    assert any("제2조제2항" in f.message("ko") for f in findings)
    findings = verify_amendment(old, '제2조제9항 중 "과장"을 "팀장"으로 한다.', new)
    assert findings[0].code == "E-AMEND-APPLY"
    assert findings[0].place.field == "제2조"
    assert findings[0].message("en").endswith("Sentence 1: Article 2 (9) does not exist.")
    findings = verify_amendment(old, '제2조 중 "과장을 "팀장"으로 한다.', new)
    assert findings[0].place.field == "sentence 1"


def test_verify_names_a_section_heading_the_text_does_not_give():
    # A section (절) named after a bureau, the bureau renamed: the sentence renames it in the
    # article, not in the heading above it, which the drafting engine does not amend.
    text = (
        "시 규칙\n제1장 총칙\n제1조(목적) 목적을 정한다.\n"
        "제2장 국\n제1절 {}\n제2조({}) {}을 둔다.\n"
    )
    old, _ = parse_instrument(text.format("복지국", "복지국", "복지국"))
    new, _ = parse_instrument(text.format("복지문화국", "복지문화국", "복지문화국"))
    sentence = (
        '제2조의 제목 "(복지국)"을 "(복지문화국)"으로 하고, '
        '같은 조 중 "복지국"을 "복지문화국"으로 한다.'
    )
    [finding] = verify_amendment(old, sentence, new, key="rule")
    assert (finding.code, finding.place.field) == ("E-AMEND-HEADING", "제2조")
    assert "(제2장 국 / 제1절 복지국 → 제2장 국 / 제1절 복지문화국)" in finding.message("ko")
    assert verify_amendment(old, sentence, apply_amendment(old, sentence)) == []


def test_a_long_range_of_new_articles_is_inserted_when_every_text_follows(old):
    # The drafting gives one range for a run of new articles however many there are
    # (the 50-fold synthetic proposal inserts 제9조의2 … 제9조의218).
    count = 250
    heads = "\n".join(f"제3조의{n}(기구{n}) 기구{n}을 둔다." for n in range(2, count + 2))
    new = applied(old, f"제3조의2부터 제3조의{count + 1}까지를 각각 다음과 같이 신설한다.\n{heads}")
    assert new.article(Num(3, count + 1)).title == f"기구{count + 1}"
    assert sum(1 for art in new.articles if art.num.main == 3 and art.num.branch) == count


def test_a_range_longer_than_its_texts_is_refused_before_it_is_made(old):
    with pytest.raises(AmendmentError) as info:
        applied(
            old, "제3조의2부터 제3조의999999999까지를 각각 다음과 같이 신설한다.\n제3조의2(A) B."
        )
    assert "제3조의999999999" in info.value.message("ko")
    assert "is missing" in info.value.message("en")


def test_replacements_of_one_sentence_read_the_text_before_it(old):
    """``"A"를 "AㆍB"로 하고, "B"를 "C"로`` never replaces the B it has just written."""
    new = applied(
        old, '제5조 중 "행정국"을 "행정국ㆍ복지국"으로 하고, "복지국"을 "미래국"으로 한다.'
    )
    assert (
        new.article(Num(5)).paragraphs[0].text
        == "경제실에 행정국ㆍ복지국ㆍ미래국 및 도시국을 둔다."
    )
    # Words inside an earlier quote are left to it (real bills:
    # ``"「방송통신위원회의 … 법률」"을 "…"로, "방송통신위원회"를 각각 "…"로``).
    new = applied(
        old, '제2조제3항 중 "과장은 팀장을"을 "국장은 반장을"로, "과장"을 "실장"으로 한다.'
    )
    assert para(new, 2, 3).text == "국장은 반장을 지휘한다. 이 경우 실장은 계장을 지휘할 수 있다."
    with pytest.raises(AmendmentError) as info:  # nothing left for the second quote
        applied(old, '제5조 중 "행정국ㆍ복지국"을 "A"로 하고, "복지국"을 "B"로 한다.')
    assert '"복지국" does not occur' in info.value.message("en")


def test_new_texts_of_a_deeper_provision_follow_the_rewritten_one(old):
    text = (
        "제3조제2호를 다음과 같이 하고, 같은 조 제3호에 가목을 다음과 같이 신설한다.\n"
        "2. 평생학습 시설에 관한 사항\n  가. 평생학습관 운영\n  가. 청소년 시설 지원"
    )
    subs = applied(old, text).article(Num(3)).paragraphs[0].subparagraphs
    assert [i.text for i in subs[1].items] == ["평생학습관 운영"]
    assert [i.text for i in subs[2].items] == ["청소년 시설 지원"]


def test_texts_of_several_depths_are_told_apart_by_all_the_sentence_announces(old):
    """A new article, then a 호 rewritten, then a paragraph rewritten with 호 of its own: every
    line after the article is deeper than an article, and the last "1." is the paragraph's.
    The article ends where the texts announced after it can all be read."""
    text = (
        "제2조의2를 다음과 같이 신설하고, 제3조제1호를 다음과 같이 하며, "
        "제4조제2항을 다음과 같이 한다.\n"
        "제2조의2(위원회) ① 도지사 밑에 조직위원회를 둔다.\n"
        "② 위원회는 다음 각 호의 사항을 심의한다.\n"
        "1. 기구에 관한 사항\n"
        "1. 평생학습 정책에 관한 사항\n"
        "  가. 평생학습 도시 지정\n"
        "② 복지국장은 다음 각 호의 사무를 분장한다.\n"
        "1. 복지정책 총괄에 관한 사항"
    )
    new = applied(old, text)
    added = new.article(Num(2, 2))
    assert [p.number for p in added.paragraphs] == [1, 2]
    assert [s.text for s in added.paragraphs[1].subparagraphs] == ["기구에 관한 사항"]
    first = new.article(Num(3)).paragraphs[0].subparagraphs[0]
    assert first.text == "평생학습 정책에 관한 사항"
    assert [i.text for i in first.items] == ["평생학습 도시 지정"]
    assert [s.text for s in para(new, 4, 2).subparagraphs] == ["복지정책 총괄에 관한 사항"]


def test_a_replacement_after_several_provisions_cites_its_own():
    from desktop.core.drafting import amendment_text

    before = "조례\n제1조(복지국) ① 복지국은 도의 청년국을 지원한다.\n② 복지국을 둔다.\n"
    old = parse_instrument(before)[0]
    new = parse_instrument(before.replace("복지국", "미래국").replace("청년국", "청소년국"))[0]
    text = str(amendment_text(old, new, title="gather"))
    assert text.endswith(
        '제1조의 제목 및 같은 조 제1항 중 "복지국"을 각각 "미래국"으로 하고, '
        '같은 항 중 "청년국"을 "청소년국"으로 하며, 같은 조 제2항 중 "복지국"을 "미래국"으로 한다.'
    )
    assert verify_amendment(old, text, new) == []
    # without the title, the paragraph with two replacements keeps them together
    before = "조례\n제1조(기구) ① 복지국을 둔다.\n② 복지국은 도의 청년국을 지원한다.\n"
    old = parse_instrument(before)[0]
    new = parse_instrument(before.replace("복지국", "미래국").replace("청년국", "청소년국"))[0]
    text = str(amendment_text(old, new))
    assert text.endswith(
        '제1조제1항 중 "복지국"을 "미래국"으로 하고, 같은 조 제2항 중 "복지국"을 "미래국"으로, '
        '"청년국"을 "청소년국"으로 한다.'
    )
    assert verify_amendment(old, text, new) == []


def test_a_new_lead_in_that_starts_with_a_statute_name_keeps_it(old):
    new = applied(
        old,
        "제3조 각 호 외의 부분을 다음과 같이 한다.\n「지방자치법」 제125조에 따른 사무를 분장한다.",
    )
    assert (
        new.article(Num(3)).paragraphs[0].text == "「지방자치법」 제125조에 따른 사무를 분장한다."
    )
    new = applied(
        old, "제4조제2항 각 호 외의 부분을 다음과 같이 한다.\n② 복지국장은 사무를 분장한다."
    )
    assert para(new, 4, 2).text == "복지국장은 사무를 분장한다."


def test_a_new_paragraph_leaves_the_next_lead_in_its_own_line(old):
    """Two new texts in one sentence, a paragraph and then the part of a 호 before its 목: the
    paragraph's new text is one line, and the "2. …" line after it belongs to the 호 (every
    text announced later takes at least one line), not to the paragraph as its 호."""
    new = applied(
        old,
        "제4조제1항을 다음과 같이 하고, 제3조제2호 각 목 외의 부분을 다음과 같이 한다.\n"
        "① 복지 사무를 처리하기 위하여 행정2부지사 밑에 복지국을 둔다.\n"
        "2. 평생교육 기관에 관한 사항",
    )
    assert para(new, 4, 1).text.startswith("복지 사무를 처리하기 위하여 행정2부지사")
    assert para(new, 4, 1).subparagraphs == []
    second = new.article(Num(3)).paragraphs[0].subparagraphs[1]
    assert second.text == "평생교육 기관에 관한 사항"
    assert [i.text for i in second.items] == ["평생교육관 운영", "평생교육 시설 지원"]


# -- forms of real bills the applier refused before (scripts/mine_corpus.py --refused) ---


def test_replacement_over_a_range_of_provisions(old):
    """``제4조제1항부터 제3항까지, 제7조제1항ㆍ제2항 … 중 "A"를 각각 "B"로`` (다중이용업소의
    안전관리에 관한 특별법 시행령, 2017; some 470 files of the mirror gather so)."""
    new = applied(old, '제4조제1항부터 제2항까지 중 "복지국"을 각각 "돌봄국"으로 한다.')
    assert para(new, 4, 1).text.endswith("밑에 돌봄국을 둔다.")
    assert para(new, 4, 2).text.startswith("돌봄국장은")
    new = applied(old, '제3조제1호부터 제3호까지 중 "사항"을 각각 "일"로 한다.')
    subs = new.article(Num(3)).paragraphs[0].subparagraphs
    assert [s.text for s in subs] == [
        "평생교육 정책에 관한 일",
        "평생교육 시설에 관한 일",
        "청소년 정책에 관한 일",
    ]
    with pytest.raises(AmendmentError) as info:
        applied(old, '제4조제1항부터 제2항까지 중 "경제실"을 각각 "경제국"으로 한다.')
    assert "Article 4 (1) to Article 4 (2)" in info.value.message("en")
    assert "제4조제1항부터 제4조제2항까지" in info.value.message("ko")


def test_a_longer_quote_after_a_shorter_one_it_contains_is_replaced_whole():
    """``"경리관"을 "재무관"으로, "분임경리관"을 "분임재무관"으로`` (지방자치단체를 당사자로
    하는 계약에 관한 법률 시행령 제106조제2항, 2014) and ``"계약직공무원"을 "임기제공무원"으로,
    "「계약직공무원규정」"을 "「공무원임용령」"으로`` (우정사업 운영에 관한 특례법 시행령
    제10조의7제1항, 2013): the longer words are one unit, not the shorter ones inside them."""
    inst, _ = parse_instrument(
        "규칙\n제1조(직원) 경리관과 분임경리관은 「계약직공무원규정」에 따른 "
        "계약직공무원으로 한다.\n"
    )
    new = apply_amendment(
        inst,
        '제1조 중 "경리관"을 "재무관"으로, "분임경리관"을 "분임재무관"으로 하고, '
        '"계약직공무원"을 "임기제공무원"으로, '
        '"「계약직공무원규정」"을 "「공무원임용령」"으로 한다.',
    )
    assert new.articles[0].paragraphs[0].text == (
        "재무관과 분임재무관은 「공무원임용령」에 따른 임기제공무원으로 한다."
    )


def test_quoted_words_spaced_or_dotted_otherwise_than_the_text(old):
    """Bills and consolidated texts differ in spacing and in the middle dot: ``"「국세기본법」
    제81조의10제1항"`` quoted without its space (과세자료의 제출 및 관리에 관한 법률, 2008),
    ``"모ㆍ부자복지"`` for a title printed ``모·부자복지`` (제주특별자치도 설치 및 국제자유도시
    조성을 위한 특별법, 2007). Words that occur as quoted are always taken as they are."""
    new = applied(old, '제8조 중 "「지방자치법」제112조"를 "「지방자치법」 제125조"로 한다.')
    assert new.article(Num(8)).paragraphs[0].text.startswith("「지방자치법」 제125조에 따른")
    new = applied(old, '제2조제1항 중 "실·국·본부"를 "실·국·센터"로 한다.')
    assert para(new, 2, 1).text.endswith('"실국"이란 실·국·센터를 말한다.')


def test_an_articles_text_other_than_its_title(old):
    """``같은 조 제목 외의 부분`` (an article without paragraphs, its 호 included: about a
    hundred acts), ``제58조의 제목 및 제목 외의 부분``, and ``제70조 제목 외의 부분을 제1항으로
    하고, 같은 조에 제2항을 다음과 같이 신설한다`` (자동차관리법, 2024; 도서관법, 2015)."""
    new = applied(
        old,
        '제3조의 제목 중 "평생교육국"을 "미래교육국"으로 하고, '
        '같은 조 제목 외의 부분 중 "평생교육"을 "미래교육"으로 한다.',
    )
    art = new.article(Num(3))
    assert art.title == "미래교육국"
    assert art.paragraphs[0].text.startswith("미래교육 사무를 처리하기 위하여")
    assert art.paragraphs[0].subparagraphs[1].items[0].text == "미래교육관 운영"
    new = applied(old, '제6조의 제목 및 제목 외의 부분 중 "정원"을 각각 "인원"으로 한다.')
    assert new.article(Num(6)).title == "인원"
    assert new.article(Num(6)).paragraphs[0].text == "도의 공무원 인원은 16,244명으로 한다."
    new = applied(
        old,
        "제6조 제목 외의 부분을 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다.\n"
        "② 정원은 매년 조정한다.",
    )
    assert [(p.number, p.text) for p in new.article(Num(6)).paragraphs] == [
        (1, "도의 공무원 정원은 16,244명으로 한다."),
        (2, "정원은 매년 조정한다."),
    ]
    new = applied(
        old,
        "제3조 제목 외의 부분을 제1항으로 하고, 제1항(종전의 제목 외의 부분)제1호를 삭제하며, "
        '같은 조 제1항(종전의 제목 외의 부분)제3호 중 "청소년"을 "청년"으로 하고, '
        "같은 조에 제2항을 다음과 같이 신설한다.\n② 국장은 따로 둔다.",
    )  # 제35조 …제1호를 삭제하며 (the mirror), 같은 조 제1항(종전의 제목 외의 부분)제6호 중
    first, second = new.article(Num(3)).paragraphs
    assert (first.number, second.number) == (1, 2)
    assert first.subparagraphs[0].deleted
    assert first.subparagraphs[2].text == "청년 정책에 관한 사항"
    with pytest.raises(AmendmentError) as info:  # 제4조 has numbered paragraphs
        applied(old, "제4조 제목 외의 부분을 제1항으로 한다.")
    assert "cite the paragraph" in info.value.message("en")


def test_a_new_subparagraph_written_without_the_space_after_its_number(old):
    """``14.「환경영향평가법」 …`` (농업생산기반시설 및 주변지역 활용에 관한 특별법, 2011)."""
    new = applied(old, "제3조제3호를 다음과 같이 한다.\n3.「청소년 기본법」에 따른 사항")
    subs = new.article(Num(3)).paragraphs[0].subparagraphs
    assert subs[2].text == "「청소년 기본법」에 따른 사항"


@pytest.mark.parametrize(
    "text",
    [
        "별표 2에 제62호를 다음과 같이 신설한다.\n62. 「방사성폐기물 관리법」",
        '별표 1 제3호차목 중 "교정 및 군사시설"을 "교정시설"로 한다.',
        "별표 1 중 직급란을 다음과 같이 한다.\n| 4급 |",
        "제6조를 다음과 같이 한다.\n제6조(정원) 정원은 규칙으로 정한다.\n"
        '별지 제5호서식 앞쪽의 [구분]란 중 "A"를 "B"로 한다.',
    ],
)
def test_changes_inside_an_annex_or_a_form_are_refused_by_name(old, text):
    """Real bills amend inside annexes and forms (국가재정법 별표 2, 2008; 특허법 시행규칙
    별지 제5호서식, 2010); the applier says so at the sentence instead of reading the
    sentence as a new text."""
    with pytest.raises(AmendmentError) as info:
        applied(old, text)
    assert "inside an annex or a form" in info.value.message("en")
    assert "별표나 별지 서식" in info.value.message("ko")


def test_the_other_part_of_the_same_provision(old):
    """``같은 조 제4항 전단ㆍ후단 중``, ``같은 조 제7항 본문 및 단서 중`` (some 430 real
    sentences; 정부업무평가 기본법 시행령, 2008: ``같은 조 제2항 전단 및 후단 중``)."""
    new = applied(old, '제2조제3항 전단ㆍ후단 중 "과장"을 각각 "실장"으로 한다.')
    assert para(new, 2, 3).text == "실장은 팀장을 지휘한다. 이 경우 실장은 계장을 지휘할 수 있다."
    new = applied(old, '제2조제2항 본문 및 단서 중 "한다"를 각각 "하여야 한다"로 한다.')
    assert para(new, 2, 2).text == (
        "과장은 국장을 보조하여야 한다. 다만, 감사관은 도지사가 직접 지휘하여야 한다."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        '제2조제3항중 "과장"을 "실장"으로 한다.',  # 중 solid (some 1,000 older sentences)
        '제2조 제3항 중 "과장"을 "실장"으로 한다.',  # 제46조 제5항
        '제2조제3항 중  "과장"을  "실장"으로 한다.',  # two spaces
        '제2조제3항 중"과장"을"실장"으로 한다.',  # the quotes glued
        '제2조제2항 중 "국장"을 "본부장"으로 하고, 동조제3항중 "과장"을 "실장"으로 한다.',
    ],
)
def test_older_and_looser_spacing_of_real_bills(old, sentence):
    """``제22조제3항중 "…"을``, ``동항제1호중``, ``제79조의2제3호 가목중``, ``"…"을"…"로``:
    older bills space otherwise, and law.go.kr applied them as written."""
    new = applied(old, sentence)
    assert para(new, 2, 3).text.startswith("실장은 팀장을 지휘한다.")


def test_older_lead_in_spelling(old):
    """``제4조제3항 각호외의 부분중 …, 동항제1호중 …`` (older bills: 24 sentences of the
    mirror, 6 acts; ``각 호외의 부분`` 13 more)."""
    new = applied(
        old,
        '제4조제2항 각호외의 부분중 "복지국장"을 "돌봄국장"으로 하고, '
        '동항제1호중 "복지정책"을 "돌봄정책"으로 한다.',
    )
    assert para(new, 4, 2).text.startswith("돌봄국장은")
    assert para(new, 4, 2).subparagraphs[0].text == "돌봄정책에 관한 사항"


def test_several_provisions_renumbered_at_once(old):
    """``제32조제1항 및 제2항을 각각 제2항 및 제3항으로 하고, 같은 조에 제1항을 … 신설하며,
    같은 조 제3항(종전의 제2항) 중 …`` and ``같은 조 제4항부터 제6항까지를 각각 제3항부터
    제5항까지로`` (some 40 real sentences)."""
    new = applied(
        old,
        "제4조제1항 및 제2항을 각각 제2항 및 제3항으로 하고, 같은 조에 제1항을 다음과 같이 "
        '신설하며, 같은 조 제3항(종전의 제2항) 중 "복지국장"을 "돌봄국장"으로 한다.\n'
        "① 복지 사무의 기본 방향은 도지사가 정한다.",
    )
    texts = [(p.number, p.text[:8]) for p in new.article(Num(4)).paragraphs]
    assert texts == [(1, "복지 사무의 기"), (2, "복지 사무를 처"), (3, "돌봄국장은 다음")]
    new = applied(
        old,
        "제3조제2호부터 제3호까지를 각각 제3호부터 제4호까지로 하고, "
        "같은 조에 제2호를 다음과 같이 신설한다.\n2. 문화 정책에 관한 사항",
    )
    subs = new.article(Num(3)).paragraphs[0].subparagraphs
    assert [(s.num.main, s.text[:5]) for s in subs] == [
        (1, "평생교육 "),
        (2, "문화 정책"),
        (3, "평생교육 "),
        (4, "청소년 정"),
    ]


@pytest.mark.parametrize(
    ("sentence", "article", "expected"),
    [
        ('제2조제2항 내지 제3항중 "과장"을 각각 "실장"으로 한다.', 2, "실장은 팀장을"),
        ('제3조제1호부터 제3호까지의 규정 중 "사항"을 각각 "일"로 한다.', 3, "평생교육 사무"),
        (
            '제6조 제목 "정원"을 "인원"으로 하고, 동조중 "정원"을 "인원"으로 한다.',
            6,
            "도의 공무원 인원",
        ),
        ('제2조제2항·제3항 중 "과장"을 각각 "실장"으로 한다.', 2, "실장은 팀장을"),
        ('제6조 "16,244명"을 "16,252명"으로 한다.', 6, "도의 공무원 정원은 16,252명"),
        ('제4조제2항의 각 호 외의 부분 중 "복지국장"을 각각"돌봄국장"으로 한다.', 4, "복지 사무를"),
        (
            "제8조를 다음과 같이 개정한다.\n제8조(위임) 사무는 규칙으로 정한다.",
            8,
            "사무는 규칙으로",
        ),
        ("제8조를 다음과 같이한다.\n제8조(위임) 사무는 규칙으로 정한다.", 8, "사무는 규칙으로"),
    ],
)
def test_older_wordings_of_real_bills(old, sentence, article, expected):
    """``내지`` for ``부터 … 까지``, ``…까지의 규정 중``, ``제13조 제목 "…"``, ``·`` between
    provisions, a replacement without ``중``, ``…의 각 호 외의 부분``, ``각각"…"``,
    ``다음과 같이 개정한다`` / ``다음과 같이한다`` (each in 4 to 16 acts of the mirror)."""
    new = applied(old, sentence)
    assert any(expected in p.text for p in new.article(Num(article)).paragraphs), new.article(
        Num(article)
    )


def test_provisions_swapped(old):
    """``같은 항 제2호 및 제3호를 각각 제3호 및 제2호로`` (청소년기본법, 2024) and ``같은 조
    제1항 및 제2항을 각각 같은 조 제2항 및 제1항으로`` (환경친화적 산업구조로의 전환촉진에
    관한 법률 시행령, 2011): the provisions move together."""
    new = applied(old, "제4조제1항 및 제2항을 각각 같은 조 제2항 및 제1항으로 한다.")
    texts = [(p.number, p.text[:5]) for p in new.article(Num(4)).paragraphs]
    assert texts == [(1, "복지국장은"), (2, "복지 사무")]
    new = applied(old, "제3조제1호 및 제3호를 각각 제3호 및 제1호로 한다.")
    subs = new.article(Num(3)).paragraphs[0].subparagraphs
    assert [(s.num.main, s.text[:3]) for s in subs] == [(1, "청소년"), (2, "평생교"), (3, "평생교")]


def test_words_in_a_sub_item_of_a_mok():
    """``제7조의3제1항제1호나목3) 중 "A"를 "B"로`` (about 50 real sentences, e.g. 장애인ㆍ노인ㆍ
    임산부 등의 편의증진 보장에 관한 법률 시행령, 2021): the 목 carries its sub-items in its
    text, and the replacement keeps to the one cited; a sub-item is not rewritten on its own."""
    inst, _ = parse_instrument(
        "규칙\n제1조(정의) 다음과 같다.\n1. 시설\n  가. 다음의 시설\n"
        "    1) 복지 시설\n    2) 복지 회관\n  나. 그 밖의 시설\n"
    )
    new = apply_amendment(inst, '제1조제1호가목2) 중 "복지"를 "돌봄"으로 한다.')
    item = new.articles[0].paragraphs[0].subparagraphs[0].items[0]
    assert item.text == "다음의 시설 1) 복지 시설 2) 돌봄 회관"
    with pytest.raises(AmendmentError) as info:
        apply_amendment(inst, '제1조제1호가목1) 중 "회관"을 "관"으로 한다.')
    assert "제1조제1호가목1)에" in info.value.message("ko")
    with pytest.raises(AmendmentError) as info:
        apply_amendment(inst, "제1조제1호가목2)를 삭제한다.")
    assert "sub-item" in info.value.message("en")


def test_every_subparagraph_of_a_provision_rewritten(old):
    """``제9조 각 호를 다음과 같이 한다.`` then the new 호 (some 30 acts of the mirror, e.g.
    공직자윤리법 시행령), ``같은 호 각 목``, and ``… 각 호 중 "A"를 "B"로`` in all of them."""
    new = applied(
        old,
        "제4조제2항 각 호를 다음과 같이 하고, 같은 조 제1항을 다음과 같이 한다.\n"
        "1. 돌봄정책에 관한 사항\n2. 노인돌봄에 관한 사항\n3. 아동돌봄에 관한 사항\n"
        "① 돌봄 사무를 처리하기 위하여 돌봄국을 둔다.",
    )
    assert [s.text for s in para(new, 4, 2).subparagraphs] == [
        "돌봄정책에 관한 사항",
        "노인돌봄에 관한 사항",
        "아동돌봄에 관한 사항",
    ]
    assert para(new, 4, 1).text == "돌봄 사무를 처리하기 위하여 돌봄국을 둔다."
    new = applied(old, "제3조제2호 각 목을 다음과 같이 한다.\n가. 평생학습관 운영")
    assert [i.text for i in new.article(Num(3)).paragraphs[0].subparagraphs[1].items] == [
        "평생학습관 운영"
    ]
    new = applied(old, '제3조 각 호 중 "사항"을 각각 "일"로 한다.')
    assert new.article(Num(3)).paragraphs[0].text.endswith("사무를 분장한다.")
    assert new.article(Num(3)).paragraphs[0].subparagraphs[2].text == "청소년 정책에 관한 일"


def test_a_comma_going_on_to_the_next_location(old):
    """``제11조제1항제2호 중 "A"를 "B"로, 같은 항 제3호 중 "C"를 "D"로 한다`` (some 25 real
    sentences, e.g. 수도법 시행령: ``같은 조 제2호 중 …``)."""
    new = applied(
        old, '제2조제2항 중 "국장"을 "본부장"으로, 같은 조 제3항 중 "과장"을 각각 "실장"으로 한다.'
    )
    assert para(new, 2, 2).text.startswith("과장은 본부장을")
    assert para(new, 2, 3).text.startswith("실장은 팀장을")
