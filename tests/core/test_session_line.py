"""The council session line (회기) entered in the project names the government's council: one
left from another government's project (the sample renamed 오산시 keeps ``제375회 경기도의회
정례회``; the county sample made a district keeps ``Yangpyeong County Council``) is a warning,
since the press release prints the line as entered (W-SESSION)."""

from __future__ import annotations

import pytest

from desktop.core.press import press_paragraphs
from desktop.core.projectfile import load
from desktop.core.validate import session_findings, validate
from desktop.paths import sample_path
from tests.core.government_projects import county_as_district


def _district(session_ko: str, session_en: str):
    return county_as_district(session_ko=session_ko, session_en=session_en)


def test_a_session_left_from_a_county_is_a_located_warning_in_both_languages():
    project = _district(
        "제305회 양평군의회 임시회", "305th extraordinary session of the Yangpyeong County Council"
    )
    found = [f for f in validate(project) if f.code == "W-SESSION"]
    assert [(f.place.ref, f.place.field, f.is_error) for f in found] == [
        ("meta", "session_ko", False),
        ("meta", "session_en", False),
    ]
    assert found[0].message("en") == (
        "The council session (Korean) reads '제305회 양평군의회 임시회', but the council of "
        "Haeundae-gu is '부산광역시 해운대구의회': the press release prints it as entered."
    )
    assert found[1].message("en") == (
        "The council session (English) reads '305th extraordinary session of the Yangpyeong "
        "County Council', but the council of Haeundae-gu is 'Haeundae-gu Council': the press "
        "release prints it as entered."
    )
    assert found[0].message("ko") == (
        "회기(한글): ‘제305회 양평군의회 임시회’ — 부산광역시 해운대구의 의회는 ‘부산광역시 "
        "해운대구의회’입니다. 보도자료에는 입력한 대로 인쇄됩니다."
    )
    assert found[1].message("ko") == (
        "회기(영문): ‘305th extraordinary session of the Yangpyeong County Council’ — 부산광역시 "
        "해운대구의 의회는 ‘Haeundae-gu Council’입니다. 보도자료에는 입력한 대로 인쇄됩니다."
    )


def test_the_renamed_sample_keeps_the_provinces_council_which_is_found():
    project = load(sample_path("province"))
    project.government.kind = None  # inferred from the name, as the window does on a rename
    project.meta.government_ko = "오산시"
    project.meta.government_en = "Osan City"
    found = session_findings(project)
    assert [f.params["expected"] for f in found] == ["오산시의회", "Osan City Council"]
    assert [f.params["given"] for f in found] == [
        "제375회 경기도의회 정례회",
        "375th regular session of the Gyeonggi Provincial Council",
    ]


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("제305회 해운대구의회 임시회", "305th extraordinary session of the Haeundae-gu Council"),
        ("제305회 부산광역시 해운대구의회 임시회", "305th session of Haeundae-gu Council"),
        ("제305회 부산광역시해운대구의회 임시회", "the 305th session of the Haeundae-gu Council"),
        ("제305회 구의회 임시회", "305th extraordinary session"),  # generic, or no council
        ("제305회 임시회", ""),
        ("", ""),
    ],
)
def test_the_governments_council_or_none_named_is_no_warning(ko, en):
    assert session_findings(_district(ko, en)) == []


@pytest.mark.parametrize(
    ("ko", "en", "fields"),
    [
        (
            "제305회 군의회 임시회",
            "305th session of the Haeundae-gu County Council",
            ["session_ko", "session_en"],
        ),
        (
            "제305회 부산광역시의회 임시회",
            "305th session of the Busan Metropolitan Council",
            ["session_ko", "session_en"],
        ),
        ("제305회해운대구의회 임시회", "305th session of the Suyeong-gu Council", ["session_en"]),
    ],
)
def test_another_councils_name_or_kind_is_a_warning(ko, en, fields):
    assert [f.place.field for f in session_findings(_district(ko, en))] == fields


def test_the_special_citys_short_name_is_its_council():
    project = load(sample_path("province"))
    project.government.kind = None
    project.meta.government_ko = "서울특별시"
    project.meta.government_en = "Seoul Metropolitan Government"
    project.meta.session_ko = "제330회 서울시의회 임시회"
    project.meta.session_en = "330th extraordinary session of the Seoul Metropolitan Council"
    assert session_findings(project) == []


@pytest.mark.parametrize(
    ("ko", "en"),
    [
        ("제390회 수원시의회 임시회", "390th extraordinary session of the Suwon City Council"),
        ("제390회 수원특례시의회 임시회", "390th session of the Suwon Special City Council"),
    ],
)
def test_a_special_citys_council_by_its_old_or_new_name_is_its_own(ko, en):
    """수원시의회 as the council names itself, or 수원특례시의회, for 수원특례시."""
    project = load(sample_path("province"))
    project.government.kind = None
    project.meta.government_ko = "경기도 수원시"
    project.meta.government_en = "Suwon Special City"
    project.meta.session_ko, project.meta.session_en = ko, en
    assert session_findings(project) == []


def test_the_kinds_usual_council_name_is_the_governments_when_named_shorter_in_english():
    """Gyeonggi as the English name (the derived council: Gyeonggi Council): the Gyeonggi
    Provincial Council is still the province's."""
    project = load(sample_path("province"))
    project.meta.government_en = "Gyeonggi"
    assert project.profile.council_en == "Gyeonggi Council"
    assert session_findings(project) == []


@pytest.mark.parametrize("which", ["province", "county"])
def test_the_samples_name_their_councils(which):
    assert session_findings(load(sample_path(which))) == []


def test_the_press_release_prints_the_line_as_entered():
    """What the warning says: the stale council reaches the release's lead unchanged."""
    project = _district(
        "제305회 양평군의회 임시회", "305th session of the Yangpyeong County Council"
    )
    paragraphs = press_paragraphs(project.draft_inputs())
    assert any("제305회 양평군의회 임시회" in p.ko for p in paragraphs)
    assert any("Yangpyeong County Council" in p.en for p in paragraphs)


def test_the_councils_of_the_test_governments_are_their_own():
    """The eleven governments of the tests, each with its council as it names itself
    (강원특별자치도의회, 부산광역시 해운대구의회, Goyang City Council for 고양특례시)."""
    from tests.core import government_projects as projects

    builders = [
        getattr(projects, name)
        for name in dir(projects)
        if name.endswith("_project") and not name.startswith("_")
    ]
    assert len(builders) == 11
    assert {builder.__name__: session_findings(builder()) for builder in builders} == {
        builder.__name__: [] for builder in builders
    }
