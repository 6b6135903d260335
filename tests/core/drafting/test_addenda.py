"""The supplementary provisions (부칙) in Korean and English."""

import datetime as dt

import pytest

from desktop.core.drafting import (
    Addenda,
    Enforcement,
    FreeProvision,
    OtherAmendment,
    StagedDate,
    Succession,
    Validity,
    renamed,
    render_addenda,
    render_addenda_en,
)
from desktop.core.drafting.addenda import Duration
from desktop.core.statute import Article, Instrument, InstrumentKind, Num, Paragraph

JULY_15 = dt.date(2024, 7, 15)
SEPT_2 = dt.date(2024, 9, 2)
RENAME = Succession(
    "평생교육국", "미래평생교육국", "Lifelong Education Bureau", "Future Lifelong Education Bureau"
)


def other_ordinance() -> Instrument:
    return Instrument(
        "경기도 평생교육 진흥 조례",
        title_en="Gyeonggi-do Ordinance on the Promotion of Lifelong Education",
        articles=[
            Article(
                Num(5),
                "전담기구",
                [
                    Paragraph(
                        0,
                        "도지사는 평생교육국에 평생교육 전담 부서를 둔다.",
                        text_en="The Governor shall establish a division in the Lifelong "
                        "Education Bureau.",
                    )
                ],
            )
        ],
    )


@pytest.mark.parametrize(
    ("enforcement", "ko", "en"),
    [
        (Enforcement(), "이 조례는 공포한 날부터 시행한다.", "on the date of its promulgation."),
        (Enforcement(JULY_15), "이 조례는 2024년 7월 15일부터 시행한다.", "on July 15, 2024."),
        (
            Enforcement(months_after=1),
            "이 조례는 공포 후 1개월이 경과한 날부터 시행한다.",
            "one month after the date of its promulgation.",
        ),
        (
            Enforcement(months_after=3),
            "이 조례는 공포 후 3개월이 경과한 날부터 시행한다.",
            "three months after the date of its promulgation.",
        ),
    ],
)
def test_a_single_provision_has_no_article_number(enforcement, ko, en):
    addenda = Addenda(enforcement=enforcement)
    assert render_addenda(addenda) == f"부칙\n{ko}"
    assert render_addenda_en(addenda) == f"ADDENDUM\nThis Ordinance shall enter into force {en}"


def test_a_rule_says_이_규칙():
    addenda = Addenda(kind=InstrumentKind.RULE)
    assert render_addenda(addenda) == "부칙\n이 규칙은 공포한 날부터 시행한다."
    assert render_addenda_en(addenda) == (
        "ADDENDUM\nThis Rule shall enter into force on the date of its promulgation."
    )


def test_staged_date_in_a_single_provision():
    addenda = Addenda(enforcement=Enforcement(JULY_15), staged=(StagedDate((Num(12, 2),), SEPT_2),))
    assert render_addenda(addenda) == (
        "부칙\n이 조례는 2024년 7월 15일부터 시행한다. "
        "다만, 제12조의2의 개정규정은 2024년 9월 2일부터 시행한다."
    )
    assert render_addenda_en(addenda) == (
        "ADDENDUM\nThis Ordinance shall enter into force on July 15, 2024: Provided, That the "
        "amended provisions of Article 12-2 shall enter into force on September 2, 2024."
    )


def test_several_staged_dates():
    addenda = Addenda(
        staged=(
            StagedDate((Num(12, 2), Num(13)), SEPT_2),
            StagedDate((Num(20),), dt.date(2025, 1, 1)),
        )
    )
    assert render_addenda(addenda) == (
        "부칙\n이 조례는 공포한 날부터 시행한다. 다만, 제12조의2 및 제13조의 개정규정은 "
        "2024년 9월 2일부터 시행하고, 제20조의 개정규정은 2025년 1월 1일부터 시행한다."
    )


def test_several_provisions_are_numbered_in_the_fixed_order():
    addenda = Addenda(
        enforcement=Enforcement(JULY_15),
        staged=(StagedDate((Num(12, 2),), SEPT_2),),
        other_amendments=(
            OtherAmendment.renaming(other_ordinance(), {"평생교육국": "미래평생교육국"}),
        ),
        transitions=(
            FreeProvision(
                "정원에 관한 경과조치", "이 조례 시행 당시 초과 정원은 해소될 때까지 인정한다."
            ),
        ),
        successions=(RENAME,),
        applications=(
            FreeProvision(
                "정원 조정에 관한 적용례", "제6조의 개정규정은 2024년 정원부터 적용한다."
            ),
        ),
        validity=Validity(dt.date(2026, 12, 31)),
    )
    assert render_addenda(addenda).split("\n") == [
        "부칙",
        "제1조(시행일) 이 조례는 2024년 7월 15일부터 시행한다. "
        "다만, 제12조의2의 개정규정은 2024년 9월 2일부터 시행한다.",
        "제2조(유효기간) 이 조례는 2026년 12월 31일까지 효력을 가진다.",
        "제3조(정원 조정에 관한 적용례) 제6조의 개정규정은 2024년 정원부터 적용한다.",
        "제4조(사무 승계에 관한 경과조치) 이 조례 시행 당시 종전의 평생교육국이 처리하던 "
        "사무는 미래평생교육국이 승계한다.",
        "제5조(정원에 관한 경과조치) 이 조례 시행 당시 초과 정원은 해소될 때까지 인정한다.",
        "제6조(다른 조례의 개정) 경기도 평생교육 진흥 조례 일부를 다음과 같이 개정한다.",
        '제5조 중 "평생교육국"을 "미래평생교육국"으로 한다.',
    ]


def test_succession_particles_are_computed():
    addenda = Addenda(
        successions=(Succession("홍보기획관", "대변인"), Succession("AI국", "데이터국"))
    )
    lines = render_addenda(addenda).split("\n")
    assert lines[2:] == [
        "제2조(사무 승계에 관한 경과조치) ① 이 조례 시행 당시 종전의 홍보기획관이 처리하던 "
        "사무는 대변인이 승계한다.",
        "② 이 조례 시행 당시 종전의 AI국이 처리하던 사무는 데이터국이 승계한다.",
    ]
    vowel = render_addenda(Addenda(successions=(Succession("정책기획관", "도지사"),)))
    assert vowel.endswith("종전의 정책기획관이 처리하던 사무는 도지사가 승계한다.")


def test_several_other_instruments_are_numbered_paragraphs():
    second = other_ordinance()
    second.title = "경기도 도서관 조례"
    addenda = Addenda(
        other_amendments=(
            OtherAmendment.renaming(other_ordinance(), {"평생교육국": "미래평생교육국"}),
            OtherAmendment.renaming(second, {"평생교육국": "미래평생교육국"}),
        )
    )
    assert render_addenda(addenda).split("\n")[2:] == [
        "제2조(다른 조례의 개정) ① 경기도 평생교육 진흥 조례 일부를 다음과 같이 개정한다.",
        '제5조 중 "평생교육국"을 "미래평생교육국"으로 한다.',
        "② 경기도 도서관 조례 일부를 다음과 같이 개정한다.",
        '제5조 중 "평생교육국"을 "미래평생교육국"으로 한다.',
    ]


def test_english_addenda():
    addenda = Addenda(
        enforcement=Enforcement(JULY_15),
        successions=(RENAME,),
        other_amendments=(
            OtherAmendment.renaming(
                other_ordinance(),
                {"평생교육국": "미래평생교육국"},
                {"Lifelong Education Bureau": "Future Lifelong Education Bureau"},
            ),
        ),
        validity=Validity(dt.date(2026, 12, 31)),
    )
    assert render_addenda_en(addenda).split("\n") == [
        "ADDENDA",
        "Article 1 (Enforcement Date) This Ordinance shall enter into force on July 15, 2024.",
        "Article 2 (Period of Validity) This Ordinance shall remain in force until "
        "December 31, 2026.",
        "Article 3 (Transitional Measures concerning Succession to Affairs) Affairs handled by "
        "the former Lifelong Education Bureau at the time this Ordinance enters into force "
        "shall be succeeded to by the Future Lifelong Education Bureau.",
        "Article 4 (Amendment of Other Ordinances) Part of the Gyeonggi-do Ordinance on the "
        "Promotion of Lifelong Education shall be amended as follows:",
        'In Article 5, "Lifelong Education Bureau" shall be replaced by '
        '"Future Lifelong Education Bureau".',
    ]


def test_english_missing_names_are_shown():
    text = render_addenda_en(Addenda(successions=(Succession("평생교육국", "미래평생교육국"),)))
    assert "the former [English text missing: 평생교육국] at the time" in text
    assert "by the [English text missing: 미래평생교육국]." in text


def test_renamed_copies_the_instrument():
    original = other_ordinance()
    copy = renamed(original, {"평생교육국": "미래평생교육국"})
    assert (
        copy.articles[0].paragraphs[0].text
        == "도지사는 미래평생교육국에 평생교육 전담 부서를 둔다."
    )
    assert (
        original.articles[0].paragraphs[0].text
        == "도지사는 평생교육국에 평생교육 전담 부서를 둔다."
    )


def test_enforcement_is_either_a_date_or_months():
    with pytest.raises(ValueError, match="either a date or months"):
        Enforcement(JULY_15, months_after=2)
    with pytest.raises(ValueError, match="negative"):
        Enforcement(months_after=-1)


def _durations(count: int) -> tuple[Duration, ...]:
    start = dt.date(2025, 1, 1)
    return tuple(
        Duration((f"시험{i}단",), start + dt.timedelta(days=i), (f"Test {i} Team",))
        for i in range(1, count + 1)
    )


def test_up_to_fifty_dates_of_temporary_units_are_circled_paragraphs():
    lines = render_addenda(Addenda(durations=_durations(50))).split("\n")
    assert lines[2] == (
        "제2조(한시기구의 존속기한) ① 이 조례 시행으로 신설되는 시험1단은 "
        "2025년 1월 2일까지 존속한다."
    )
    assert lines[-1] == "㊿ 이 조례 시행으로 신설되는 시험50단은 2025년 2월 20일까지 존속한다."


def test_past_fifty_dates_the_duration_article_is_one_paragraph_with_a_subparagraph_each():
    durations = (
        Duration(("AI전환추진단", "AI서비스팀"), dt.date(2026, 6, 30)),
        *_durations(50),
    )
    lines = render_addenda(Addenda(kind=InstrumentKind.RULE, durations=durations)).split("\n")
    assert lines[2:4] == [
        "제2조(한시기구의 존속기한) 이 규칙 시행으로 신설되는 다음 각 호의 기구는 각 호의 "
        "구분에 따른 날까지 존속한다.",
        "1. AI전환추진단 및 AI서비스팀: 2026년 6월 30일",
    ]
    assert lines[-1] == "51. 시험50단: 2025년 2월 20일"
    assert not any(mark in "\n".join(lines) for mark in "①㊿")
    english = render_addenda_en(Addenda(kind=InstrumentKind.RULE, durations=durations))
    assert english.split("\n")[2:4] == [
        "Article 2 (Duration of Temporary Organizations) The organizations newly established "
        "upon the enforcement of this Rule shall continue to exist until the dates specified "
        "in the following subparagraphs:",
        "1. The [English text missing: AI전환추진단] and [English text missing: AI서비스팀]: "
        "June 30, 2026",  # the placeholders the export gate reports
    ]
    assert english.split("\n")[-1] == "51. The Test 50 Team: February 20, 2025"
