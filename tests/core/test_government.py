"""The government profile: the kind inferred from the name, what follows from it, and the
format-1 migration."""

import json
from pathlib import Path

import pytest

from desktop import paths
from desktop.core import projectfile
from desktop.core.government import Government, GovernmentKind, infer_kind, profile_of
from desktop.core.org import UnitKind

FORMAT1 = Path(__file__).resolve().parent.parent / "data" / "format1" / "gyeonggi-2024.orgdraft"
K = GovernmentKind


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("경기도", K.PROVINCE),
        ("제주특별자치도", K.SPECIAL_SELF_GOVERNING_PROVINCE),
        ("강원특별자치도", K.SPECIAL_SELF_GOVERNING_PROVINCE),
        ("서울특별시", K.SPECIAL_CITY),
        ("부산광역시", K.METROPOLITAN_CITY),
        ("세종특별자치시", K.SPECIAL_SELF_GOVERNING_CITY),
        ("오산시", K.CITY),
        ("양평군", K.COUNTY),
        ("강남구", K.DISTRICT),
        ("부산광역시 해운대구", K.DISTRICT),
        (" 수원시 ", K.CITY),
        ("", None),
        ("시", None),
        ("OrgDraft", None),
    ],
)
def test_the_kind_is_inferred_from_the_korean_name(name, kind):
    assert infer_kind(name) is kind


@pytest.mark.parametrize(
    "name_ko, name_en, head, title, title_en, council, council_en, office, people",
    [
        ("경기도", "Gyeonggi Province", "도지사", "경기도지사", "Governor of Gyeonggi Province",
         "경기도의회", "Gyeonggi Provincial Council", "의회사무처", "도민"),
        ("오산시", "Osan City", "시장", "오산시장", "Mayor of Osan City", "오산시의회",
         "Osan City Council", "의회사무국", "시민"),
        ("양평군", "Yangpyeong County", "군수", "양평군수", "Yangpyeong County Governor",
         "양평군의회", "Yangpyeong County Council", "의회사무과", "군민"),
        ("강남구", "Gangnam District", "구청장", "강남구청장", "Gangnam District Mayor",
         "강남구의회", "Gangnam District Council", "의회사무국", "구민"),
        ("서울특별시", "Seoul Metropolitan Government", "시장", "서울특별시장", "Mayor of Seoul",
         "서울특별시의회", "Seoul Metropolitan Council", "의회사무처", "시민"),
        ("부산광역시", "Busan Metropolitan City", "시장", "부산광역시장",
         "Mayor of Busan Metropolitan City", "부산광역시의회", "Busan Metropolitan Council",
         "의회사무처", "시민"),
    ],
)  # fmt: skip
def test_the_profile_names_head_council_and_residents(
    name_ko, name_en, head, title, title_en, council, council_en, office, people
):
    profile = profile_of(name_ko, name_en)
    assert profile.inferred
    assert profile.head_ko == head
    assert profile.proposer_ko == title
    assert profile.proposer_en == title_en
    assert profile.council_ko == council
    assert profile.council_en == council_en
    assert profile.secretariat_ko == office
    assert profile.residents_ko == people
    assert profile.speaker_ko == head


def test_deputies_and_unit_kinds_follow_the_kind():
    county = profile_of("양평군", "Yangpyeong County")
    assert county.deputies_ko == ("부군수",)
    assert county.unit_kind_label(UnitKind.GOVERNOR) == ("군수", "County Governor")
    assert county.unit_kind_label(UnitKind.VICE_GOVERNOR) == ("부군수", "Deputy County Governor")
    assert county.unit_kind_label(UnitKind.COUNCIL_SECRETARIAT)[0] == "의회사무과"
    assert UnitKind.HEADQUARTERS not in county.unit_kinds
    assert county.has_sub_municipal
    province = profile_of("경기도", "Gyeonggi Province")
    assert province.deputies_ko == ("행정부지사", "정무부지사")
    seoul = profile_of("서울특별시", "Seoul Metropolitan Government")
    assert seoul.deputies_ko == ("행정1부시장", "행정2부시장", "정무부시장")  # governments.md
    assert seoul.deputies_en[0] == "First Vice Mayor for Administrative Affairs"
    for name in ("인천광역시", "세종특별자치시"):
        assert profile_of(name, "").deputies_ko == ("행정부시장", "정무부시장")
    assert UnitKind.HEADQUARTERS in province.unit_kinds
    assert not province.has_sub_municipal


def test_a_stored_kind_wins_over_the_name():
    profile = profile_of("경기도", "", Government(GovernmentKind.CITY, 230_000))
    assert profile.kind is GovernmentKind.CITY and not profile.inferred
    assert profile.population == 230_000


def test_a_format_1_file_loads_through_the_migration():
    raw = json.loads(FORMAT1.read_text(encoding="utf-8"))
    assert raw["version"] == 1 and "government" not in raw
    migrated = projectfile.migrate(raw)
    assert migrated["version"] == 2
    assert migrated["government"] == {"kind": "province", "population": None}
    assert "government" not in raw  # the input is left alone
    project = projectfile.load(FORMAT1)
    assert project.government == Government(GovernmentKind.PROVINCE, None)
    assert project.profile.head_title_ko == "경기도지사"
    # everything else reads as the current sample does
    current = projectfile.load(paths.sample_path())
    assert project.meta == current.meta
    assert project.org == current.org
    assert project.changes == current.changes
    assert [s.text for s in project.instruments] == [s.text for s in current.instruments]


def test_a_format_1_file_without_a_recognisable_name_gets_no_kind(tmp_path):
    raw = json.loads(FORMAT1.read_text(encoding="utf-8"))
    raw["meta"]["government_ko"] = "OrgDraft"
    path = tmp_path / "odd.orgdraft"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    project = projectfile.load(path)
    assert project.government.kind is None
    assert project.profile.kind is GovernmentKind.PROVINCE and project.profile.inferred


def test_saving_writes_format_2_with_the_profile(tmp_path):
    project = projectfile.load(FORMAT1)
    project.government.population = 13_630_821
    path = tmp_path / "saved.orgdraft"
    projectfile.save(project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2
    assert data["government"] == {"kind": "province", "population": 13_630_821}
    assert projectfile.load(path).government.population == 13_630_821


def test_a_bad_kind_is_refused_with_its_place(tmp_path):
    raw = json.loads(paths.sample_path().read_text(encoding="utf-8"))
    raw["government"]["kind"] = "village"
    path = tmp_path / "bad.orgdraft"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(projectfile.ProjectFileError) as caught:
        projectfile.load(path)
    assert caught.value.where == "government.kind"


def test_only_a_city_county_or_district_has_eup_myeon_dong():
    from desktop.core.government import profile_of
    from desktop.core.org import UnitKind

    for name in ("양평군", "오산시", "강남구"):
        assert UnitKind.SUB_MUNICIPAL in profile_of(name, "").unit_kinds, name
    for name in ("경기도", "부산광역시", "서울특별시", "세종특별자치시", "제주특별자치도"):
        assert UnitKind.SUB_MUNICIPAL not in profile_of(name, "").unit_kinds, name
    assert UnitKind.SUB_MUNICIPAL.ko == "읍ㆍ면ㆍ동"
