"""The bill's 참고사항 in Korean names the 입법예고 period the English names, from the project's
notice dates, unless the official wrote a 기타 line about it (the samples' 입법예고(…) 결과
제출된 의견 없음); without 관계법령 it says so, never a heading with nothing under it; without
a 기타 line it has no 기타 item."""

from __future__ import annotations

import datetime as dt

from desktop.core.validate import validate
from desktop.documents.bill import references_part
from tests.core.government_projects import suncheon_project


def lines(project, lang: str) -> list[str]:
    part = references_part(project.draft_inputs(), lang)
    return ["".join(text for text, _style in para.runs) for para in part]


def test_the_korean_other_names_the_notice_period_the_english_names():
    project = suncheon_project()
    project.meta.notice_from, project.meta.notice_to = dt.date(2025, 5, 7), dt.date(2025, 5, 27)
    assert lines(project, "ko")[-1] == "다. 기타: 입법예고(2025. 5. 7. ~ 5. 27.)"
    assert lines(project, "en")[-1] == "C. Other: Legislative notice: May 7, 2025 to May 27, 2025"


def test_a_notice_line_the_official_wrote_is_not_repeated():
    project = suncheon_project()
    project.meta.notice_from, project.meta.notice_to = dt.date(2024, 12, 20), dt.date(2025, 1, 9)
    assert lines(project, "ko")[-1] == "다. 기타: 입법예고(2024. 12. 20. ~ 2025. 1. 9.)"
    project.meta.references.other = ["입법예고(2024. 12. 20. ~ 2025. 1. 9.) 결과 의견 없음"]
    assert (
        lines(project, "ko")[-1] == "다. 기타: 입법예고(2024. 12. 20. ~ 2025. 1. 9.) 결과 의견 없음"
    )


def test_without_notice_dates_the_korean_other_is_as_written():
    project = suncheon_project()
    project.meta.references.other = ["신구조문대비표: 붙임"]
    assert lines(project, "ko")[-1] == "다. 기타: 신구조문대비표: 붙임"


def test_a_bill_without_related_laws_says_it_has_none():
    project = suncheon_project()
    project.meta.references.laws = []  # the official removed the two a new project names
    assert lines(project, "ko")[0] == "가. 관계법령: 없음"
    assert lines(project, "en")[0] == "A. Relevant laws: None"


def test_related_laws_are_listed_under_their_heading():
    project = suncheon_project()
    project.meta.references.laws = [
        "「지방자치법」",
        "「지방자치단체의 행정기구와 정원기준 등에 관한 규정」",
    ]
    assert lines(project, "ko")[:3] == [
        "가. 관계법령",
        "1) 「지방자치법」",
        "2) 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」",
    ]
    project.meta.references.laws = ["「지방자치법」"]
    assert lines(project, "ko")[0] == "가. 관계법령: 「지방자치법」"
    assert lines(project, "en")[0] == "A. Relevant laws: Local Autonomy Act"


def test_a_bill_with_nothing_other_to_note_has_no_other_item():
    """No notice dates and no note (the 순천 fixture): the list ends at 예산조치, or at 합의
    when there is one, lettered on."""
    project = suncheon_project()
    assert not project.meta.notice_from and project.meta.references.other == []
    assert lines(project, "ko")[-1] == "나. 예산조치: 별도조치 필요 없음"
    assert lines(project, "en")[-1] == "B. Budget measures: No separate budget measures required"
    assert not any("기타" in line for line in lines(project, "ko"))
    assert not any("Other" in line for line in lines(project, "en"))
    project.meta.references.agreement = "행정안전부 협의 완료"
    assert lines(project, "ko")[-2:] == [
        "나. 예산조치: 별도조치 필요 없음",
        "다. 합의: 행정안전부 협의 완료",
    ]
    project.meta.references.other = ["신구조문대비표: 붙임"]
    assert lines(project, "ko")[-1] == "라. 기타: 신구조문대비표: 붙임"


REGULATION_EN = (
    "Regulation on the Administrative Organs and Staffing Standards of Local Governments"
)


def test_the_english_bill_names_the_regulation_as_the_messages_do():
    """One English name for 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」: the bill's
    관계법령 and the warning that names the laws a reorganization rests on."""
    project = suncheon_project()
    assert lines(project, "en")[:3] == [
        "A. Relevant laws",
        "(1) Local Autonomy Act",
        f"(2) {REGULATION_EN}",
    ]
    project.meta.references.laws = []
    warned = [f for f in validate(project) if f.code == "W-REFERENCES-LAWS"]
    assert f"the Local Autonomy Act and the {REGULATION_EN}." in warned[0].message("en")
