"""What the changes do to the statute texts: renames, new branch articles, deletions, overrides."""

from desktop.core import changes as ch
from desktop.core.effects import _replace_name
from desktop.core.org import Duty, Organization, Unit, UnitKind
from desktop.core.project import InstrumentSource, Override, Project
from desktop.core.statute import InstrumentKind, Num
from desktop.core.validate import override_findings
from desktop.i18n import language, set_language

ORDINANCE = """\
경기도 행정기구 조례

제1조(목적) 이 조례는 평생교육국 등 기구를 정함을 목적으로 한다.
제2조(평생교육국) 도지사 밑에 평생교육국을 두고, 다음 각 호의 사무를 분장한다.
1. 평생교육에 관한 사항
제3조(복지국) 도지사 밑에 복지국을 두고, 다음 각 호의 사무를 분장한다.
1. 복지에 관한 사항
제4조(미래평생교육원) 도지사 밑에 미래평생교육원을 두고, 다음 각 호의 사무를 분장한다.
1. 교육 연구에 관한 사항
"""


def project(changes, overrides=()) -> Project:
    org = Organization(
        [
            Unit("gov", UnitKind.GOVERNOR, "도지사", "Governor"),
            Unit(
                "edu",
                UnitKind.BUREAU,
                "평생교육국",
                "Lifelong Education Bureau",
                "gov",
                duties=[Duty("평생교육에 관한 사항")],
            ),
            Unit(
                "wel",
                UnitKind.BUREAU,
                "복지국",
                "Welfare Bureau",
                "gov",
                duties=[Duty("복지에 관한 사항")],
            ),
            Unit(
                "inst",
                UnitKind.AGENCY,
                "미래평생교육원",
                "Institute",
                "gov",
                duties=[Duty("교육 연구에 관한 사항")],
            ),
        ]
    )
    src = InstrumentSource("ordinance", InstrumentKind.ORDINANCE, ORDINANCE)
    return Project(org=org, instruments=[src], changes=list(changes), overrides=list(overrides))


def test_whole_names_are_replaced_never_fragments():
    assert _replace_name("평생교육국을 두고", "평생교육국", "미래교육국") == "미래교육국을 두고"
    assert (
        _replace_name("미래평생교육국과 평생교육국", "평생교육국", "X국") == "미래평생교육국과 X국"
    )
    assert _replace_name("「평생교육국」", "평생교육국", "X국") == "「X국」"


def test_rename_reaches_titles_and_every_article_and_is_reported():
    inputs = project([ch.Rename("c1", unit_id="edu", name_ko="미래교육국")]).draft_inputs()
    new = inputs.new_instruments["ordinance"]
    assert new.article(Num(1)).paragraphs[0].text.startswith("이 조례는 미래교육국 등")
    assert new.article(Num(2)).title == "미래교육국"
    assert "도지사 밑에 미래교육국을 두고" in new.article(Num(2)).paragraphs[0].text
    assert new.article(Num(4)).title == "미래평생교육원"  # a longer name is left alone
    words = [c.ko for c in inputs.statutes.consequences["c1"]]
    assert words[0] == "「경기도 행정기구 조례」 명칭 변경: 2개 조문(제1조, 제2조)"
    english = [c.en for c in inputs.statutes.consequences["c1"]]
    assert english[0].startswith("renames in 2 articles of the ")


def test_a_rename_in_one_article_is_reported_in_the_singular():
    inputs = project([ch.Rename("c1", unit_id="inst", name_ko="미래교육원")]).draft_inputs()
    consequence = inputs.statutes.consequences["c1"][0]
    assert consequence.ko.endswith("명칭 변경: 1개 조문(제4조)")
    assert consequence.en.startswith("renames in 1 article of the ")


def test_new_bureau_gets_a_branch_article_after_its_predecessor():
    bureau = Unit(
        "ai",
        UnitKind.BUREAU,
        "AI국",
        "AI Bureau",
        "gov",
        duties=[Duty("인공지능에 관한 사항", "Matters concerning AI")],
    )
    inputs = project([ch.Establish("c1", unit=bureau, index=2)]).draft_inputs()
    new = inputs.new_instruments["ordinance"]
    art = new.article(Num(3, 2))
    assert art.title == "AI국"
    assert art.paragraphs[0].text == "도지사 밑에 AI국을 두고, 다음 각 호의 사무를 분장한다."
    assert art.paragraphs[0].subparagraphs[0].text == "인공지능에 관한 사항"
    assert art.paragraphs[0].subparagraphs[0].text_en == "Matters concerning AI"
    assert [a.num for a in new.articles] == [Num(1), Num(2), Num(3), Num(3, 2), Num(4)]
    assert [c.ko for c in inputs.statutes.consequences["c1"]] == ["조례 제3조의2 신설"]


def test_abolished_bureau_keeps_its_number_as_deleted():
    inputs = project([ch.Abolish("c1", unit_id="wel")]).draft_inputs()
    art = inputs.new_instruments["ordinance"].article(Num(3))
    assert art.deleted and art.paragraphs == []
    assert [c.ko for c in inputs.statutes.consequences["c1"]] == ["조례 제3조 삭제"]


def test_transferred_duty_rebuilds_both_articles():
    change = ch.TransferDuties("c1", from_id="wel", to_id="edu", duties=["복지에 관한 사항"])
    new = project([change]).draft_inputs().new_instruments["ordinance"]
    assert [s.text for s in new.article(Num(2)).paragraphs[0].subparagraphs] == [
        "평생교육에 관한 사항",
        "복지에 관한 사항",
    ]
    assert new.article(Num(3)).paragraphs[0].subparagraphs == []


def test_override_replaces_the_new_text_of_one_provision():
    override = Override("ordinance", "2/0/1", "평생교육 진흥에 관한 사항")
    inputs = project([], [override]).draft_inputs()
    sub = inputs.new_instruments["ordinance"].article(Num(2)).paragraphs[0].subparagraphs[0]
    assert sub.text == "평생교육 진흥에 관한 사항"
    assert inputs.old_instruments["ordinance"].article(Num(2)).paragraphs[0].subparagraphs[
        0
    ].text == ("평생교육에 관한 사항")
    assert inputs.unplaced_overrides == []


def test_override_of_a_missing_provision_is_an_error():
    p = project([], [Override("ordinance", "9/0/1", "x")])
    inputs = p.draft_inputs()
    assert inputs.unplaced_overrides == [0]
    (finding,) = override_findings(p, inputs)
    assert finding.code == "E-OVERRIDE-PATH" and finding.is_error
    # the instrument by its title, not the project's key; the provision as a bill cites it,
    # not by its path 9/0/1
    message = finding.message("ko")
    assert "「" in message and "ordinance" not in message, message
    assert "제9조제1호)" in message and "9/0/1" not in message, message
    assert "subparagraph 1 of Article 9)" in finding.message("en"), finding.message("en")


def test_a_new_total_reaches_the_english_text_of_its_article():
    """Numbers read alike in both languages: the total of 제20조① changes in the English
    text too, as a whole number only."""
    from desktop import paths
    from desktop.core.projectfile import load
    from desktop.core.statute import Num

    project = load(paths.sample_path())
    source = project.instrument("ordinance")
    source.english["20/1"] = (
        "The staffing of public officials of the Province shall be 16,244 "
        "(not counting 116,244 or 16,2440 or 16,244.5)."
    )
    inputs = project.draft_inputs()
    (old,) = inputs.old_instruments["ordinance"].article(Num(20)).paragraphs[:1]
    (new,) = inputs.new_instruments["ordinance"].article(Num(20)).paragraphs[:1]
    assert "16,244명" in old.text and "16,252명" in new.text
    assert new.text_en == (
        "The staffing of public officials of the Province shall be 16,252 "
        "(not counting 116,244 or 16,2440 or 16,244.5)."
    )


def test_a_duty_transfer_is_described_with_its_count_in_both_languages():
    one = ch.TransferDuties("t1", from_id="a", to_id="b", duties=["복지에 관한 사항"])
    two = ch.TransferDuties("t2", from_id="a", to_id="b", duties=["가", "나"])
    names = {"a": "복지국", "b": "이민사회국"}
    before = language()
    set_language("en")
    try:
        assert one.describe(names) == "1 duty: 복지국 → 이민사회국"
        assert two.describe(names) == "2 duties: 복지국 → 이민사회국"
        set_language("ko")
        assert one.describe(names) == "사무 1건: 복지국 → 이민사회국"
        assert two.describe(names) == "사무 2건: 복지국 → 이민사회국"
    finally:
        set_language(before)
