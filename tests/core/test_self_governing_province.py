"""제주특별자치도, a 특별자치도 without autonomous 시ㆍ군 (tests/core/government_projects.py):
its rule's 국 articles list their 과 and each 과's duties, never the 국's own."""

from __future__ import annotations

from tests.core.government_projects import jeju_project


def sentences(project, key: str) -> list[str]:
    return [s.text for s in project.draft_inputs().draft[key].amendment("ko").sentences]


def test_the_deputies_and_their_bureaus_are_read():
    project = jeju_project()
    deputies = [u for u in project.org if u.name_ko.endswith("부지사")]
    assert [u.name_ko for u in deputies] == ["행정부지사", "정무부지사"]
    political = deputies[1]
    assert [u.name_ko for u in project.org if u.parent_id == political.id] == [
        "농축산식품국",
        "관광교류국",
    ]


def test_a_duty_moved_to_a_bureau_is_not_written_into_a_divisions_paragraph_of_the_rule():
    """문화예술 진흥 moves to 관광교류국 (the ordinance's 제9조제2항 gains it) with 문화정책과;
    the rule's 제7조② is 관광정책과's duties, which stay as they are."""
    rule = sentences(jeju_project(), "rule")
    assert (
        '제7조제1항 중 "관광정책과 및 국제교류과"를 "관광정책과ㆍ국제교류과 및 문화정책과"로 하고, '
        "같은 조에 제4항을 다음과 같이 신설한다."
    ) in rule
    assert (
        '제4조제1항 중 "복지정책과ㆍ여성가족과 및 문화정책과"를 "복지정책과 및 여성가족과"로 하고, '
        "같은 조 제4항을 삭제한다."
    ) in rule
    assert "제9조제2항에 제3호를 다음과 같이 신설한다." in sentences(jeju_project(), "ordinance")


def test_the_release_says_which_division_was_renamed_under_an_unchanged_bureau():
    """기후환경국 is told of only because its 환경정책과 is renamed: the paragraph says so."""
    from desktop.core.press import press_paragraphs

    inputs = jeju_project().draft_inputs()
    paragraph = next(p for p in press_paragraphs(inputs) if p.ko.startswith("기후환경국"))
    assert paragraph.ko.endswith(" 환경정책과는 기후환경정책과로 바뀐다.")
    assert paragraph.en.endswith(
        " The Environmental Policy Division will be renamed the Climate and Environmental "
        "Policy Division."
    )


def test_several_divisions_renamed_under_one_bureau_are_one_sentence():
    """경기도 sample: the 감사위원회's four 담당관 become 과 under their new names."""
    from desktop.core.press import press_paragraphs
    from desktop.core.projectfile import load
    from desktop.paths import sample_path

    inputs = load(sample_path("province")).draft_inputs()
    paragraph = next(p for p in press_paragraphs(inputs) if p.ko.startswith("감사관은"))
    assert paragraph.ko.endswith(
        " 감사총괄담당관·조사담당관·감사담당관·계약심사담당관은 각각 "
        "감사총괄과·감사1과·감사2과·계약심사과로 바뀐다."
    )
    assert paragraph.en.endswith(
        " the Audit Division 2 and the Contract Review Division respectively."
    )


def test_the_staffing_annex_names_its_units_in_english():
    """The 기관별ㆍ직급별 table's rows name units whose English the project holds: the English
    comparison table and bill print it, not a placeholder the official cannot clear."""
    from desktop.core.drafting.project import names_en
    from desktop.core.drafting.table_annex import rows_en

    inputs = jeju_project().draft_inputs()
    annex = inputs.new_instruments["staffing"].annexes[0]
    rows = rows_en(annex, names_en(inputs))
    assert rows[0][:2] == ["Organization", "Political"]
    labels = [row[0] for row in rows]
    assert labels[2:4] == ["Governor", "Vice Governor for Administrative Affairs"]
    assert (
        "Future Strategy Bureau" in labels and "Climate and Environmental Policy Division" in labels
    )
    table = repr(inputs.draft["staffing"].table("en"))
    assert "English text missing: 도지사" not in table and "Governor" in table


def test_the_administrative_cities_joined_by_wa_are_one_list():
    from desktop.core.patterns import find_listing

    listing = find_listing("… 제10조에 따라 도에 제주시와 서귀포시를 둔다.")
    assert listing is not None and listing.names == ["제주시", "서귀포시"]


def test_administrative_cities_given_staff_leave_their_article_alone():
    """The 행정시 are units the texts give (File › New reads them from 제11조); an official who
    gives them their staff (the 정원 조례's total counts it) gets no sentence redrafting
    ``도에 제주시와 서귀포시를 둔다`` as ``제주시 및 서귀포시``."""
    from desktop.core.org import UnitKind

    project = jeju_project()
    for unit in project.org:
        if unit.kind is UnitKind.ADMIN_CITY:
            unit.staffing = {"g5": 1}
    assert not [s for s in sentences(project, "ordinance") if s.startswith("제11조")]
