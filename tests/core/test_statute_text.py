"""Statute text as pasted from law.go.kr / ELIS: parsing, rendering back, English rendering."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.statute import (
    Annex,
    Article,
    Instrument,
    InstrumentKind,
    Item,
    Num,
    Paragraph,
    Subparagraph,
    circled,
)
from desktop.core.statute_text import (
    MISSING,
    StatuteParseError,
    parse_instrument,
    render_article,
    render_instrument,
    render_instrument_en,
    render_provision_lines,
)
from desktop.i18n import translate

GYEONGGI = """\
경기도 행정기구 및 정원 조례
[시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]

제1장 총칙

제1조(목적) 이 조례는 「지방자치법」 제123조 ... 목적으로 한다. <개정 2020.3.16., 2021.5.20., 2021.10.6.>
제2조(보조·보좌기관의 직급 등) 경기도(이하 "도"라 한다) 본청의 ... 규칙으로 정한다.
제3조의2(자율신설기구의 성과평가) ① 도지사는 ... 별표 4와 같다.
② 제1항에 따른 ... <개정 2022.12.30.>
[본조신설 2020.03.16.]
제4조(홍보기획관) 경기도민(이하 "도민"이라 한다)과의 소통 및 ... 홍보기획관을 두고, 다음 각 호의 사무를 분장한다. <개정 2018.10.1., 2022.12.30.>
1. 도민소통정책 기획 및 추진에 관한 사항
2. 도정홍보 계획 수립 및 추진에 관한 사항
3의2. ...
  가. ...
  나. ...
[제목변경 2018.10.1.]
제7조 삭제 <2021.1.1.>
4. 삭제 <2021.1.1.>
"""  # noqa: E501

# A text in exactly the layout render_instrument prints: render(parse(text)) == text.
CANONICAL = """\
경기도 행정기구 및 정원 조례 시행규칙
[시행 2024. 7. 15.] [경기도규칙 제4100호, 2024. 7. 15., 일부개정]

제1장 총칙

제1조(목적) 이 규칙은 「경기도 행정기구 및 정원 조례」에서 위임된 사항을 규정함을 목적으로 한다.

제2장 도지사 직속기관

제5조(AI국) <개정 2024.7.15.>
① AI국에 AI프론티어사업과·AI산업육성과 및 AI미래행정과를 둔다.
② AI프론티어사업과장은 다음 사항을 분장한다. <신설 2024.7.15.>
1. AI 정책 기획에 관한 사항
1의2. 삭제 <2023.1.1.>
2. 다음 각 목의 사업에 관한 사항
  가. 데이터 기반 행정
  나. 삭제 <2023.1.1.>
③ 삭제 <2022.12.30.>
[전문개정 2024.7.15.]

제5조의2 도지사는 필요한 경우 추진단을 둘 수 있다.

제6조 삭제 <2021.1.1.>

부칙 <제4100호,2024.7.15.>
제1조(시행일) 이 규칙은 공포한 날부터 시행한다.

[별표 1] 정원표(제7조 관련)
| 구분 | 정원 |
| 총계 | 16,252 |
"""


def parse(text: str) -> Instrument:
    inst, _ = parse_instrument(text)
    return inst


def found(text: str) -> list[tuple[int, str]]:
    """(line, severity) of each message."""
    return [(m.line, m.severity) for m in parse_instrument(text)[1]]


# -- the Gyeonggi excerpt ------------------------------------------------------------------


def test_gyeonggi_excerpt_header_and_title():
    inst = parse(GYEONGGI)
    assert inst.title == "경기도 행정기구 및 정원 조례"
    assert inst.kind is InstrumentKind.ORDINANCE
    assert inst.header == "[시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]"
    assert (inst.number, inst.date) == ("제7997호", "2024. 5. 16.")
    assert [a.label for a in inst.articles] == ["제1조", "제2조", "제3조의2", "제4조", "제7조"]
    assert inst.annexes == [] and inst.addenda_text == ""


def test_gyeonggi_excerpt_articles():
    art1, art2, art3, art4, art7 = parse(GYEONGGI).articles
    assert art1.chapter == "제1장 총칙" and art2.chapter == ""
    assert art1.paragraphs == [
        Paragraph(
            0,
            "이 조례는 「지방자치법」 제123조 ... 목적으로 한다.",
            notes=["<개정 2020.3.16., 2021.5.20., 2021.10.6.>"],
        )
    ]
    assert art2.title == "보조·보좌기관의 직급 등"
    assert art2.paragraphs == [Paragraph(0, '경기도(이하 "도"라 한다) 본청의 ... 규칙으로 정한다.')]
    assert art3.num == Num(3, 2) and art3.title == "자율신설기구의 성과평가"
    assert art3.paragraphs == [
        Paragraph(1, "도지사는 ... 별표 4와 같다."),
        Paragraph(2, "제1항에 따른 ...", notes=["<개정 2022.12.30.>"]),
    ]
    assert art3.annotations == ["[본조신설 2020.03.16.]"]
    (lead,) = art4.paragraphs
    assert lead.text.endswith("홍보기획관을 두고, 다음 각 호의 사무를 분장한다.")
    assert lead.notes == ["<개정 2018.10.1., 2022.12.30.>"]
    assert lead.subparagraphs == [
        Subparagraph(Num(1), "도민소통정책 기획 및 추진에 관한 사항"),
        Subparagraph(Num(2), "도정홍보 계획 수립 및 추진에 관한 사항"),
        Subparagraph(Num(3, 2), "...", items=[Item("가", "..."), Item("나", "...")]),
    ]
    assert art4.annotations == ["[제목변경 2018.10.1.]"]
    assert art7 == Article(Num(7), deleted=True, notes=["<2021.1.1.>"])


def test_gyeonggi_excerpt_messages():
    messages = parse_instrument(GYEONGGI)[1]
    assert [(m.line, m.severity) for m in messages] == [(14, "warning"), (19, "error")]
    assert messages[0].message("ko") == "제4조제3호의2가 순서에 맞지 않습니다(기대한 번호: 제3호)."
    assert messages[0].message("en") == (
        "Subparagraph 3-2 of Article 4 is out of sequence (expected 3)."
    )
    assert messages[1].message("ko") == "삭제된 제7조에 딸린 호는 읽지 않았습니다."
    assert messages[1].message("en") == "A subparagraph under the deleted Article 7 was not read."
    with pytest.raises(StatuteParseError) as caught:
        parse_instrument(GYEONGGI, strict=True)
    assert [m.line for m in caught.value.messages] == [19]
    assert str(caught.value).startswith("19: 삭제된 제7조")


def test_gyeonggi_excerpt_renders_back_stably():
    once = render_instrument(parse(GYEONGGI))
    assert once.startswith("경기도 행정기구 및 정원 조례\n[시행 2024. 5. 17.]")
    assert "\n\n제1장 총칙\n\n제1조(목적) 이 조례는" in once
    assert (
        "\n3의2. ...\n  가. ...\n  나. ...\n[제목변경 2018.10.1.]\n\n제7조 삭제 <2021.1.1.>\n"
        in once
    )
    assert render_instrument(parse(once)) == once
    assert parse(once) == parse(GYEONGGI)


# -- realistic layout variants --------------------------------------------------------------


def test_canonical_text_renders_back_identically():
    inst, messages = parse_instrument(CANONICAL)
    assert messages == []
    assert render_instrument(inst) == CANONICAL
    assert render_instrument(inst, header=False).startswith("제1장 총칙\n\n제1조(목적) 이 규칙은")
    assert inst.kind is InstrumentKind.RULE
    art5 = inst.article(Num(5))
    assert art5.notes == ["<개정 2024.7.15.>"] and art5.chapter == "제2장 도지사 직속기관"
    assert [p.number for p in art5.paragraphs] == [1, 2, 3] and art5.paragraphs[2].deleted
    subs = art5.paragraphs[1].subparagraphs
    assert [s.num.ko() for s in subs] == ["1", "1의2", "2"] and subs[1].deleted
    assert subs[2].items[1] == Item("나", deleted=True, notes=["<2023.1.1.>"])
    assert inst.article(Num(5, 2)).title == ""
    assert (
        inst.addenda_text
        == "부칙 <제4100호,2024.7.15.>\n제1조(시행일) 이 규칙은 공포한 날부터 시행한다."
    )
    assert [a.label for a in inst.articles] == ["제1조", "제5조", "제5조의2", "제6조"]
    assert inst.annexes == [
        Annex(Num(1), "정원표(제7조 관련)", rows=[["구분", "정원"], ["총계", "16,252"]])
    ]


def test_whitespace_line_endings_and_indentation_do_not_matter():
    messy = (
        "\ufeff  경기도\u3000행정기구 및  정원 조례 \r\n\r\n"
        "\t[시행 2024. 5. 17.]\u00a0[경기도조례 제7997호, 2024. 5. 16., 일부개정]\r\n"
        "   제1조(목적)\u3000이 조례는 목적으로 한다.   <개정 2020.3.16.>\r\n"
        "\r\n\r\n"
        "  제4조(홍보기획관) 다음 각 호의 사무를 분장한다.\r"
        "      1.\u00a0도민소통정책에 관한 사항\r\n"
        "\u3000\u3000가.  세부 사항\r\n"
    )
    clean = (
        "경기도 행정기구 및 정원 조례\n"
        "[시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]\n"
        "제1조(목적) 이 조례는 목적으로 한다. <개정 2020.3.16.>\n"
        "제4조(홍보기획관) 다음 각 호의 사무를 분장한다.\n"
        "1. 도민소통정책에 관한 사항\n"
        "가. 세부 사항\n"
    )
    assert parse_instrument(messy) == parse_instrument(clean)
    assert parse(messy).articles[1].paragraphs[0].subparagraphs[0].items == [
        Item("가", "세부 사항")
    ]


def test_first_paragraph_on_the_heading_line_or_the_next():
    same = "제3조(성과평가) ① 도지사는 평가한다.\n② 결과는 공개한다."
    below = "제3조(성과평가)\n① 도지사는 평가한다.\n② 결과는 공개한다."
    assert parse(same) == parse(below)
    assert [p.number for p in parse(below).articles[0].paragraphs] == [1, 2]


def test_article_without_title_and_title_with_brackets():
    arts = parse(
        "제5조 도지사는 정원을 정한다.\n제6조(보조기관(실·국) 등) 규칙으로 정한다."
    ).articles
    assert (arts[0].title, arts[0].paragraphs[0].text) == ("", "도지사는 정원을 정한다.")
    assert (arts[1].title, arts[1].paragraphs[0].text) == ("보조기관(실·국) 등", "규칙으로 정한다.")


def test_wrapped_lines_are_joined_to_the_provision_before():
    inst, messages = parse_instrument(
        "제1조(목적) 이 조례는 「지방자치법」 제123조에 따라\n"
        "경기도의 기구에 관한 사항을 규정함을\n"
        "목적으로 한다. <개정 2020.3.16.>\n"
        "<개정 2021.5.20.>\n"
        "제2조(직급) 경기도의 보조기관은 다음과 같다.\n"
        "1. 실장: 1급\n"
        "또는 2급\n"
    )
    assert [(m.line, m.severity) for m in messages] == [(1, "warning")]  # no title
    para = inst.articles[0].paragraphs[0]
    assert para.text == (
        "이 조례는 「지방자치법」 제123조에 따라 경기도의 기구에 관한 사항을 규정함을 "
        "목적으로 한다."
    )
    assert para.notes == ["<개정 2020.3.16.>", "<개정 2021.5.20.>"]
    assert inst.articles[1].paragraphs[0].subparagraphs[0].text == "실장: 1급 또는 2급"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("제1조(목적) 조례는 업무를 수행한\n다.", "조례는 업무를 수행한 다."),
        (
            "제1조(목적) 조례는 업무를 수행한\n다. 다만, 예외로 한다.",
            "조례는 업무를 수행한 다. 다만, 예외로 한다.",
        ),
    ],
)
def test_a_line_that_cannot_start_an_item_runs_on_with_a_warning(text, joined):
    """A page that breaks before the last syllable of ``…수행한다.`` leaves ``다.`` at the
    start of a line: with no subparagraph above it, no 목 — the line runs on (a space, as
    any wrapped line; the warning asks to check it)."""
    inst, messages = parse_instrument("조례\n" + text)
    assert inst.articles[0].paragraphs[0].text == joined
    [message] = messages
    assert (message.line, message.severity) == (3, "warning")
    assert translate(message.message_id, message.params, "ko") == (
        "“다.”: 이 자리에서 목을 시작할 수 없어 앞 조문에 이어지는 글로 읽었습니다."
    )


def test_an_empty_item_line_runs_on_but_items_under_no_subparagraph_stay_errors():
    # 나목 of a 호, broken before its last syllable: the lone 다. is no third item
    inst, messages = parse_instrument(
        "조례\n제1조(목적) 다음과 같다.\n1. 사항\n가. 조사\n나. 분석을 한\n다.\n다. 기타"
    )
    items = inst.articles[0].paragraphs[0].subparagraphs[0].items
    assert [(i.label, i.text) for i in items] == [
        ("가", "조사"),
        ("나", "분석을 한 다."),
        ("다", "기타"),
    ]
    assert [(m.line, m.severity) for m in messages] == [(6, "warning")]
    # 가. 나. 다. written under no 호 are items out of place, each reported as before
    _, messages = parse_instrument("조례\n제1조(목적) 다음과 같다.\n가. 조사\n나. 분석\n다. 기타")
    assert [(m.line, m.severity) for m in messages] == [(3, "error"), (4, "error"), (5, "error")]


def test_title_line_carrying_the_header_and_kind():
    inst = parse(
        "「경기도 행정기구 및 정원 조례」 [시행 2024. 5. 17.] "
        "[경기도조례 제7997호, 2024. 5. 16., 일부개정]"
    )
    assert inst.title == "경기도 행정기구 및 정원 조례"
    assert (inst.number, inst.date) == ("제7997호", "2024. 5. 16.")
    assert parse("경기도 행정기구 및 정원 조례 시행규칙").kind is InstrumentKind.RULE
    assert parse_instrument("제목", kind=InstrumentKind.RULE)[0].kind is InstrumentKind.RULE


def test_addenda_and_annexes():
    inst, messages = parse_instrument(
        "조례\n제1조(목적) 목적으로 한다.\n부칙\n이 조례는 공포한 날부터 시행한다.\n"
        "부칙 <제7000호,2020.3.16.>\n제1조(시행일) 이 조례는 공포한 날부터 시행한다.\n"
        "[별표 1의2] 정원표(제5조 관련)\n구분\t정원\t비고\n총계\t16,244\t\n"
        "※ 정원은 매년 조정한다.\n제8조(정원) 정원은 별표 1과 같다.\n"
    )
    assert [a.label for a in inst.articles] == ["제1조", "제8조"]
    assert inst.addenda_text.split("\n") == [
        "부칙",
        "이 조례는 공포한 날부터 시행한다.",
        "부칙 <제7000호,2020.3.16.>",
        "제1조(시행일) 이 조례는 공포한 날부터 시행한다.",
    ]
    (annex,) = inst.annexes
    assert (annex.num, annex.title) == (Num(1, 2), "정원표(제5조 관련)")
    assert annex.rows == [["구분", "정원", "비고"], ["총계", "16,244"], ["※ 정원은 매년 조정한다."]]
    assert [(m.line, m.severity) for m in messages] == [(10, "warning")]


# -- what cannot be placed -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("조례\n1. 사항\n제1조(목적) 목적", [(2, "error")]),  # 호 before any article
        ("조례\n\n가. 사항\n제1조(목적) 목적", [(3, "error")]),  # 목 before any article
        ("조례\n① 도지사는\n제1조(목적) 목적", [(2, "error")]),  # 항 outside an article
        ("제1조(목적) 목적\n제1장 총칙\n② 도지사는\n제2조 정의", [(1, "warning"), (3, "error")]),
        ("조례\n제1조(목적) ① 가\n③ 나", [(3, "warning")]),  # ③ after ①
        ("조례\n제1조(목적) 가\n② 나", [(3, "warning")]),  # ② after the unnumbered paragraph
        ("조례\n제1조(목적) 다음과 같다.\n1. 가\n3. 나", [(4, "warning")]),  # 3. after 1.
        ("조례\n제1조(목적) 다음과 같다.\n2. 가", [(3, "warning")]),  # starts at 2.
        ("조례\n제1조(목적) 다음과 같다.\n1. 가\n  가. 나\n  다. 라", [(5, "warning")]),
        ("조례\n제1조(목적) 다음과 같다.\n가. 나", [(3, "error")]),  # 목 without a 호
        ("조례\n제2조(목적) 가\n제1조(정의) 나", [(3, "warning")]),  # article out of sequence
        ("조례\n[본조신설 2020.3.16.]\n제1조(목적) 가", [(2, "error")]),
        ("조례\n제7조 삭제 <2021.1.1.>\n① 가", [(3, "error")]),  # 항 in a deleted article
        ("조례\n제7조 삭제 <2021.1.1.>\n이어지는 글", [(3, "error")]),
        ("조례\n제1조(목적) 가\n② 삭제\n1. 나", [(3, "warning"), (4, "error")]),
        ("조례\n제1조(목적) 가\n[본조신설 2020.3.16.]\n이어지는 글", [(4, "error")]),
        ("조례\n제1조(목적) 가\n\n제2장 총칙\n", [(4, "error")]),  # heading without article
        ("조례\n경기도 조직담당관 031-000-0000\n제1조(목적) 가", [(2, "warning")]),
        ("제1조(목적) 가", [(1, "warning")]),  # no title
        ("조례\n제1조(목적 가\n", [(2, "warning")]),  # title bracket not closed
    ],
)
def test_unplaceable_and_out_of_sequence_lines_are_reported(text, expected):
    assert found(text) == expected


# -- a number written twice -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "ko", "en"),
    [
        (
            "조례\n제1조(목적) 가\n제2조(정의) 나\n제2조(기구) 다",
            4,
            "제2조가 두 번 나옵니다(3행과 4행). 번호를 고치십시오.",
            "Article 2 appears twice (lines 3 and 4): correct the number.",
        ),
        (
            "조례\n제2조의2(정의) 가\n1. 나\n\n제2조의2(기구) 다",
            5,
            "제2조의2가 두 번 나옵니다(2행과 5행). 번호를 고치십시오.",
            "Article 2-2 appears twice (lines 2 and 5): correct the number.",
        ),
        (
            "조례\n제1조(목적) ① 가\n② 나\n② 다",
            4,
            "제1조제2항이 두 번 나옵니다(3행과 4행). 번호를 고치십시오.",
            "Article 1 (2) appears twice (lines 3 and 4): correct the number.",
        ),
        (
            "조례\n제1조(목적) ① 가\n① 나",  # the first on the article's line
            3,
            "제1조제1항이 두 번 나옵니다(2행과 3행). 번호를 고치십시오.",
            "Article 1 (1) appears twice (lines 2 and 3): correct the number.",
        ),
        (
            "조례\n제1조(목적) 다음과 같다.\n1. 가\n2. 나\n2. 다",
            5,
            "제1조제2호가 두 번 나옵니다(4행과 5행). 번호를 고치십시오.",
            "Subparagraph 2 of Article 1 appears twice (lines 4 and 5): correct the number.",
        ),
        (
            "조례\n제1조(목적) ① 가\n② 다음과 같다.\n1. 가\n1의2. 나\n1의2. 다",
            6,
            "제1조제2항제1호의2가 두 번 나옵니다(5행과 6행). 번호를 고치십시오.",
            "Article 1 (2) 1-2 appears twice (lines 5 and 6): correct the number.",
        ),
        (
            "조례\n제1조(목적) 다음과 같다.\n1. 가\n  가. 갑\n  나. 을\n  나. 병",
            6,
            "제1조제1호나목이 두 번 나옵니다(5행과 6행). 번호를 고치십시오.",
            "Item (b) of subparagraph 1 of Article 1 appears twice (lines 5 and 6): "
            "correct the number.",
        ),
        (
            "조례\n제1조(목적) ① 가\n② 다음과 같다.\n1. 가\n  가. 갑\n  가. 을",
            6,
            "제1조제2항제1호가목이 두 번 나옵니다(5행과 6행). 번호를 고치십시오.",
            "Article 1 (2) 1 (a) appears twice (lines 5 and 6): correct the number.",
        ),
        (
            "조례\n제1조(목적) 가\n[별표 1] 정원표\n|과|정원|\n[별표 1] 직급표\n|과|직급|",
            5,
            "별표 1이 두 번 나옵니다(3행과 5행). 번호를 고치십시오.",
            "Annex 1 appears twice (lines 3 and 5): correct the number.",
        ),
    ],
)
def test_a_number_written_twice_is_an_error_at_its_second_line(text, line, ko, en):
    _inst, messages = parse_instrument(text)
    assert [(m.line, m.severity) for m in messages] == [(line, "error")]  # no warning beside
    assert (messages[0].message("ko"), messages[0].message("en")) == (ko, en)
    with pytest.raises(StatuteParseError):
        parse_instrument(text, strict=True)


def test_a_number_written_twice_keeps_both_provisions():
    # The second 제4조 should be 제5조: both are read (nothing is dropped without a word), and
    # the error stands until the number is corrected.
    text = "조례\n제4조(자치행정국) 가\n1. 행정\n2. 민원\n제4조(복지국) 나\n1. 복지"
    inst, messages = parse_instrument(text)
    assert [a.title for a in inst.articles] == ["자치행정국", "복지국"]
    assert [(m.line, m.severity) for m in messages] == [(5, "error")]
    inst, messages = parse_instrument(text.replace("제4조(복지국)", "제5조(복지국)"))
    assert messages == [] and [a.label for a in inst.articles] == ["제4조", "제5조"]


# -- an amendment sentence pasted into the text ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        '제2조제1항 중 "국"을 "실"로 한다.',
        "제2조를 다음과 같이 한다.",
        "제3조를 삭제한다.",
        "제2조에 제3항을 다음과 같이 신설한다.",
        "별표 1을 별지와 같이 한다.",
        '제2조제1항 중 "국"을 "실"로 하고, 같은 조 제2항을 삭제한다.',
        '제2조제1항 중 "국"을 "실"로 한다. 제3조를 삭제한다.',  # two on one line
        '제2조 중 "국"을 "실"로 한다.',  # read as a second 제2조 before
        '제1조 중 "가"를 "나"로 하고, 제2조를 삭제한다.',
    ],
)
def test_an_amendment_sentence_in_the_text_is_an_error_not_part_of_a_provision(sentence):
    # Before, the sentence became the end of 제2조②'s text without a word.
    text = f"조례\n제1조(목적) 가\n제2조(기구) ① 시에 국을 둔다.\n② 국에 과를 둔다.\n{sentence}"
    inst, messages = parse_instrument(text)
    assert [(m.line, m.severity) for m in messages] == [(5, "error")]
    assert inst.articles[1].paragraphs[1].text == "국에 과를 둔다."
    assert messages[0].message("ko").startswith("이 줄은 본문이 아니라 개정문 문장이어서")
    assert "amendment sentence" in messages[0].message("en")


@pytest.mark.parametrize(
    "line",
    [
        "제5조에 따른 위원회는 다음 사항을 심의한다.",  # wrapped text that starts with a citation
        '제5조제1항 중 "국"의 정의는 다음과 같다.',
        "별표 1에 따른 정원을 둔다.",
    ],
)
def test_a_wrapped_line_that_only_starts_like_a_sentence_is_text(line):
    text = f"조례\n제1조(목적) 가\n제2조(기구) 시에 국을 두며,\n{line}"
    inst, messages = parse_instrument(text)
    assert messages == []
    assert inst.articles[1].paragraphs[0].text.endswith(line)


@pytest.mark.parametrize(
    "text",
    [
        "조례\n제1조(목적) ① 가\n② 나\n제2조(정의) ① 다\n② 라",  # ① of two articles
        "조례\n제1조(목적) ① 다음과 같다.\n1. 가\n② 다음과 같다.\n1. 나",  # 1. of two 항
        "조례\n제1조(목적) 다음과 같다.\n1. 가\n  가. 갑\n2. 나\n  가. 을",  # 가. of two 호
        "조례\n제1조(목적) 다음과 같다.\n1. 가\n1의2. 나\n2. 다",  # 제1호 and 제1호의2
        "조례\n제4조(목적) 가\n제4조의2(정의) 나",  # 제4조 and 제4조의2
        "조례\n제1조(목적) 가\n부칙\n제1조(시행일) 이 조례는 공포한 날부터 시행한다.",
        "조례\n제1조(목적) 가\n[별표 1] 정원표\n|과|정원|\n[별표 1의2] 직급표\n|과|직급|",
    ],
)
def test_the_same_number_among_other_siblings_is_no_error(text):
    assert found(text) == []


def test_untitled_article_number_going_back_is_read_as_continued_text():
    inst, messages = parse_instrument(
        "조례\n제5조(정원) 정원은 제4조,\n제3조 및 제2조의 정원으로 한다."
    )
    assert [a.label for a in inst.articles] == ["제5조"]
    assert inst.articles[0].paragraphs[0].text == "정원은 제4조, 제3조 및 제2조의 정원으로 한다."
    assert [(m.line, m.severity) for m in messages] == [(3, "warning")]


def test_strict_raises_only_for_errors():
    assert parse_instrument("조례\n제1조(목적) ① 가\n③ 나", strict=True)[0].articles
    with pytest.raises(StatuteParseError) as caught:
        parse_instrument("조례\n1. 사항\n제1조(목적) 목적\n[본조신설 2020.3.16.]\n", strict=True)
    assert [m.line for m in caught.value.messages] == [2]
    assert str(caught.value).splitlines()[0].startswith("2: 조 밖에 있는 호는")


# -- rendering provisions for the drafting engine ------------------------------------------


def test_render_article_without_notes_for_bills():
    art = parse(CANONICAL).article(Num(5))
    assert render_article(art, notes=False) == (
        "제5조(AI국) ① AI국에 AI프론티어사업과·AI산업육성과 및 AI미래행정과를 둔다.\n"
        "② AI프론티어사업과장은 다음 사항을 분장한다.\n"
        "1. AI 정책 기획에 관한 사항\n"
        "1의2. 삭제\n"
        "2. 다음 각 목의 사업에 관한 사항\n"
        "  가. 데이터 기반 행정\n"
        "  나. 삭제\n"
        "③ 삭제"
    )
    assert render_article(Article(Num(6), deleted=True, notes=["<2021.1.1.>"]), notes=False) == (
        "제6조 삭제"
    )
    assert render_provision_lines(art.paragraphs[1].subparagraphs[2]) == [
        "2. 다음 각 목의 사업에 관한 사항",
        "  가. 데이터 기반 행정",
        "  나. 삭제 <2023.1.1.>",
    ]


# -- English ----------------------------------------------------------------------------------


def test_english_rendering_in_klri_style():
    inst = parse(CANONICAL)
    inst.title_en = "Enforcement Rule of the Gyeonggi-do Ordinance on Administrative Organization"
    art1, art5, art52, _ = inst.articles
    art1.title_en = "Purpose"
    art1.paragraphs[0].text_en = "The purpose of this Rule is to prescribe matters delegated."
    art5.title_en = "AI Bureau"
    art5.paragraphs[0].text_en = "The AI Bureau shall have the AI Frontier Project Division."
    subs = art5.paragraphs[1].subparagraphs
    subs[0].text_en = "Matters concerning AI policy planning"
    subs[2].items[0].text_en = "Data-driven administration"
    text = render_instrument_en(inst)
    assert text.startswith(
        "Enforcement Rule of the Gyeonggi-do Ordinance on Administrative Organization\n"
        "[Rule No. 4100, Jul. 15, 2024]\n\nCHAPTER 1 [English text missing]\n\n"
        "Article 1 (Purpose) The purpose of this Rule is to prescribe matters delegated.\n"
    )
    assert (
        "Article 5 (AI Bureau) <Amended on Jul. 15, 2024>\n"
        "(1) The AI Bureau shall have the AI Frontier Project Division.\n"
        "(2) [English text missing] <Newly Inserted on Jul. 15, 2024>\n"
        "1. Matters concerning AI policy planning\n"
        "1-2. Deleted. <Jan. 1, 2023>\n"
        "2. [English text missing]\n"
        "  (a) Data-driven administration\n"
        "  (b) Deleted. <Jan. 1, 2023>\n"
        "(3) Deleted. <Dec. 30, 2022>\n"
        "[This Article Wholly Amended on Jul. 15, 2024]\n\n"
        f"Article 5-2 {MISSING}\n\nArticle 6 Deleted. <Jan. 1, 2021>\n\n"
        f"ADDENDA\n{MISSING}\n\n[Annex 1] {MISSING}\n{MISSING}\n"
    ) in text
    assert art52.paragraphs[0].text in render_instrument(inst)  # Korean untouched


def test_english_notes_of_unknown_form_are_kept_as_they_are():
    art = Article(
        Num(12, 2),
        "AI국",
        [Paragraph(0, "가", text_en="A", notes=["<개정 2020.3.16., 신설 2021.5.20.>", "<기타>"])],
        annotations=["[종전 제5조는 제6조로 이동 <2020.1.1.>]", "[제목변경 2018.10.1.]"],
    )
    text = render_instrument_en(Instrument("조례", articles=[art]))
    assert (
        "Article 12-2 ([English text missing]) A "
        "<Amended on Mar. 16, 2020; Newly Inserted on May 20, 2021> <기타>\n"
        "[종전 제5조는 제6조로 이동 <2020.1.1.>]\n[Title Amended on Oct. 1, 2018]\n"
    ) in text


# -- round trips ------------------------------------------------------------------------------

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
STARTS = HANGUL.filter(lambda c: c not in "제부삭")
SAFE = st.one_of(HANGUL, st.sampled_from(list('0123456789 「」(),.·"')))


@st.composite
def texts(draw, alphabet=SAFE, min_size=0):
    """Statute text that cannot be taken for a marker at the start of a line."""
    raw = draw(STARTS) + draw(HANGUL) + draw(st.text(alphabet, min_size=min_size, max_size=30))
    return " ".join(raw.split())


TITLES = st.text(st.one_of(HANGUL, st.sampled_from(list("0123456789 ·"))), max_size=12).map(
    lambda t: " ".join(t.split())
)
DATES = st.builds(
    "{}.{}.{}.".format, st.integers(1990, 2030), st.integers(1, 12), st.integers(1, 28)
)
NOTES = st.one_of(
    st.builds("<개정 {}>".format, st.lists(DATES, min_size=1, max_size=3).map(", ".join)),
    st.builds("<신설 {}>".format, DATES),
)
DELETION_NOTES = st.lists(st.one_of(DATES.map("<{}>".format), NOTES), max_size=1)
ANNOTATIONS = st.one_of(
    st.builds("[본조신설 {}]".format, DATES),
    st.builds("[제목변경 {}]".format, DATES),
    st.builds("[전문개정 {}]".format, DATES),
    st.builds("[종전 제5조는 제6조로 이동 <{}>]".format, DATES),
)


def numbering(draw, size: int) -> list[Num]:
    """A valid run of subparagraph numbers: 1, 2, 2의2, 2의3, 3 …"""
    nums: list[Num] = []
    while len(nums) < size:
        if not nums:
            nums.append(Num(1))
        elif draw(st.booleans()):
            nums.append(Num(nums[-1].main, (nums[-1].branch or 1) + 1))
        else:
            nums.append(Num(nums[-1].main + 1))
    return nums


@st.composite
def subparagraphs(draw, num: Num) -> Subparagraph:
    if draw(st.integers(0, 5)) == 0:
        return Subparagraph(num, deleted=True, notes=draw(DELETION_NOTES))
    labels = "가나다라마"[: draw(st.integers(0, 3))]
    items = [
        Item(label, deleted=True, notes=draw(DELETION_NOTES))
        if draw(st.integers(0, 4)) == 0
        else Item(label, draw(texts()), notes=draw(st.lists(NOTES, max_size=1)))
        for label in labels
    ]
    return Subparagraph(num, draw(texts()), items, notes=draw(st.lists(NOTES, max_size=1)))


@st.composite
def paragraphs(draw, number: int) -> Paragraph:
    if number and draw(st.integers(0, 5)) == 0:
        return Paragraph(number, deleted=True, notes=draw(DELETION_NOTES))
    subs = [draw(subparagraphs(num)) for num in numbering(draw, draw(st.integers(0, 4)))]
    if subs and not number and draw(st.booleans()):  # heading line, then 1. 2. …
        return Paragraph(0, "", subs)
    return Paragraph(number, draw(texts()), subs, notes=draw(st.lists(NOTES, max_size=2)))


@st.composite
def articles(draw, num: Num) -> Article:
    title = draw(TITLES)
    chapter = draw(
        st.one_of(st.just(""), st.builds("제{}장 {}".format, st.integers(1, 9), texts()))
    )
    if draw(st.integers(0, 6)) == 0:
        return Article(num, title, deleted=True, notes=draw(DELETION_NOTES), chapter=chapter)
    count = draw(st.integers(0, 4))
    numbers = [0] if count == 1 else list(range(1, count + 1))
    return Article(
        num,
        title,
        [draw(paragraphs(number)) for number in numbers],
        notes=draw(st.lists(NOTES, max_size=1)),
        annotations=draw(st.lists(ANNOTATIONS, max_size=2)),
        chapter=chapter,
    )


# a bar and a backslash in a cell: a bar is written \| and read back as the cell's
CELLS = st.text(st.one_of(SAFE, st.sampled_from("|\\")), max_size=8).map(
    lambda t: " ".join(t.split())
)


@st.composite
def instruments(draw) -> Instrument:
    suffix, kind = draw(
        st.sampled_from([(" 조례", InstrumentKind.ORDINANCE), (" 시행규칙", InstrumentKind.RULE)])
    )
    title = draw(texts()) + suffix
    header = number = date = ""
    if draw(st.booleans()):
        number, (y, m, d) = f"제{draw(st.integers(1, 9999))}호", draw(DATES).split(".")[:3]
        date = f"{y}. {m}. {d}."
        header = f"[시행 {date}] [경기도조례 {number}, {date}, 일부개정]"
    nums = sorted(
        draw(st.sets(st.builds(Num, st.integers(1, 40), st.sampled_from([0, 0, 2, 3])), max_size=6))
    )
    addenda = ""
    if draw(st.booleans()):
        addenda = f"부칙 <제12호,2024.5.16.>\n제1조(시행일) {draw(texts())}\n{draw(texts())}"
    annexes = [
        Annex(
            Num(n),
            draw(st.one_of(st.just(""), texts())),
            draw(st.lists(st.lists(CELLS, min_size=1, max_size=3), max_size=3)),
        )
        for n in range(1, draw(st.integers(0, 2)) + 1)
    ]
    return Instrument(
        title,
        kind,
        header,
        number,
        date,
        [draw(articles(num)) for num in nums],
        annexes,
        addenda_text=addenda,
    )


@settings(max_examples=150, deadline=None)
@given(instruments())
def test_render_then_parse_gives_the_same_instrument(inst):
    text = render_instrument(inst)
    again, messages = parse_instrument(text)
    assert messages == []
    assert again == inst
    assert render_instrument(again) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 9), max_size=25), st.data())
def test_no_line_is_dropped_silently(kinds, data):
    templates = [
        "제{n}조({t}) {t}",
        "제{n}조 {t}",
        "{c} {t}",
        "{n}. {t}",
        "  가. {t}",
        "{t}",
        "[본조신설 2020.3.16.] {t}",
        "제{n}장 {t}",
        "",
        "{c} 삭제 <2021.1.1.> {t}",
    ]
    lines = []
    for index, kind in enumerate(kinds):
        n = data.draw(st.integers(1, 4))
        tag = f"문장{index}번"
        lines.append(templates[kind].format(n=n, t=tag, c=circled(n)))
    text = "\n".join(lines)
    inst, messages = parse_instrument(text)
    rendered = render_instrument(inst)
    reported = {m.line for m in messages}
    for index, line in enumerate(lines):
        if line:
            assert f"문장{index}번" in rendered or index + 1 in reported, (text, index)


@given(st.text(max_size=200))
def test_parse_never_fails_on_any_text(text):
    inst, messages = parse_instrument(text)
    assert all(1 <= m.line <= text.count("\n") + text.count("\r") + 1 for m in messages)
    render_instrument(inst)
    render_instrument_en(inst)


# -- a bar inside an annex cell --------------------------------------------------------------

_BARRED = "조례\n제1조(정원) 정원은 별표와 같다.\n[별표] 정원표(제1조 관련)\n"


def test_a_bar_in_a_cell_is_written_escaped_and_read_back_as_the_cells():
    r"""A 별표 cell holding a '|' ('행정|기술', a note typed with a bar) was written
    '| 5급 | 3 | 행정|기술 |' and read back as four cells: the row gained a column and what
    followed the bar moved into it, without a word. The statute text writes it '\|' and
    reads '\|' as the cell's own bar; a backslash of a cell stays as it is."""
    rows = [["직급", "정원", "비고"], ["5급", "3", "행정|기술"], ["6급", "\\|", "C:\\"]]
    inst = Instrument("조례", InstrumentKind.ORDINANCE, annexes=[Annex(Num(1), "정원표", rows)])
    text = render_instrument(inst)
    assert text.splitlines()[-2:] == ["| 5급 | 3 | 행정\\|기술 |", "| 6급 | \\\\| | C:\\ |"]
    again, messages = parse_instrument(text)
    assert messages == [] and again.annexes[0].rows == rows
    assert render_instrument(again) == text


@pytest.mark.parametrize(
    ("row", "cells"),
    [
        ("|5급|3|행정|", ["5급", "3", "행정"]),  # as 국가법령정보센터 gives it: a bar separates
        ("| 5급 | 3 |", ["5급", "3"]),
        ("5급 | 3", ["5급", "3"]),  # the outer bars left out
        ("| 5급 | 3 | 행정\\|기술 |", ["5급", "3", "행정|기술"]),
        ("|5급|행정\\|기술|", ["5급", "행정|기술"]),
        ("| 5급 | 3 |  |", ["5급", "3", ""]),
    ],
)
def test_a_plain_bar_still_separates_the_cells_of_a_pasted_row(row, cells):
    inst, _messages = parse_instrument(_BARRED + row)
    assert inst.annexes[0].rows == [cells]


def test_the_english_annex_writes_a_bar_in_a_cell_as_the_korean_one_does():
    annex = Annex(
        Num(1), "정원표", [["5급", "3"]], title_en="Staffing", rows_en=[["Grade 5|6", "3"]]
    )
    inst = Instrument("조례", InstrumentKind.ORDINANCE, annexes=[annex])
    assert render_instrument_en(inst).splitlines()[-1] == "| Grade 5\\|6 | 3 |"
