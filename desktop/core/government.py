"""The government profile: which of Korea's eight kinds of local government a project is for,
and what follows from the kind — the head and deputies, the council and its secretariat, the
residents, the proposer of a bill, the speaker of the press release and the unit kinds that
exist, in Korean and English.

The kind is stored in the project when the official chose it; otherwise it is inferred from
the government's Korean name (…특별자치도, …특별자치시, …특별시, …광역시, …도, …시, …군, …구).
Nothing here is specific to one government: every word that used to be written as 도지사,
도의회, 도민, Governor or Province comes from a :class:`Profile`.

See ``shared/domain/governments.md`` for the reference this follows.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.core.org import LOCAL_KINDS, UnitKind


class GovernmentKind(enum.StrEnum):
    SPECIAL_CITY = "special_city"  # 특별시
    METROPOLITAN_CITY = "metropolitan_city"  # 광역시
    SPECIAL_SELF_GOVERNING_CITY = "special_self_governing_city"  # 특별자치시
    PROVINCE = "province"  # 도
    SPECIAL_SELF_GOVERNING_PROVINCE = "special_self_governing_province"  # 특별자치도
    CITY = "city"  # 시
    COUNTY = "county"  # 군
    DISTRICT = "district"  # 자치구

    @property
    def ko(self) -> str:
        return _INFO[self].ko

    @property
    def en(self) -> str:
        return _INFO[self].en

    @property
    def regional(self) -> bool:
        """광역 (시·도) rather than 기초 (시·군·구)."""
        return self not in (GovernmentKind.CITY, GovernmentKind.COUNTY, GovernmentKind.DISTRICT)


@dataclass(frozen=True)
class _KindInfo:
    """What a kind of local government is called and what its head, deputies and council
    are called."""

    ko: str  # 도
    en: str  # Province
    suffix: str  # the end of the Korean name
    head_ko: str  # 도지사 (the generic title, as a statute writes it)
    head_en: str  # Governor
    deputies_ko: tuple[str, ...]
    deputies_en: tuple[str, ...]
    council_en: str  # Provincial Council (after the short English name)
    secretariat_ko: str
    secretariat_en: str
    residents_ko: str
    residents_en: str
    name_en_suffix: str  # " Province": how the English name of this kind usually ends


_BASIC_UNITS = frozenset(
    {
        UnitKind.GOVERNOR,
        UnitKind.VICE_GOVERNOR,
        UnitKind.OFFICE,
        UnitKind.BUREAU,
        UnitKind.DIVISION,
        UnitKind.OFFICER,
        UnitKind.TEAM,
        UnitKind.AGENCY,
        UnitKind.FIELD_OFFICE,
        UnitKind.COUNCIL_SECRETARIAT,
        UnitKind.COMMITTEE,
        UnitKind.TASK_FORCE,
        UnitKind.SUB_MUNICIPAL,
    }
)
# 읍·면·동 are the 하부행정기관 of a 시·군·구 (지방자치법 제3조제3항·제4항, 제131조); those of
# 세종 and 제주 are set by their own acts (제3조제5항), so no 시·도 is offered them here.
_REGIONAL_UNITS = frozenset(UnitKind) - LOCAL_KINDS
# 일반구 are set up by a 시 of 500,000 or more that is no 특별시·광역시 (지방자치법 제3조제3항).
_CITY_UNITS = _BASIC_UNITS | {UnitKind.GU}
# 행정시 are set up by a 특별자치도 that has no 시·군 of its own (「제주특별자치도 설치 및
# 국제자유도시 조성을 위한 특별법」 제10조: 제주시, 서귀포시).
_SELF_GOVERNING_PROVINCE_UNITS = _REGIONAL_UNITS | {UnitKind.ADMIN_CITY}

_METRO_DEPUTIES = (
    ("행정부시장", "정무부시장"),
    ("Vice Mayor for Administrative Affairs", "Vice Mayor for Political Affairs"),
)
_SEOUL_DEPUTIES = (  # 서울 alone: two deputies for administration (governments.md)
    ("행정1부시장", "행정2부시장", "정무부시장"),
    (
        "First Vice Mayor for Administrative Affairs",
        "Second Vice Mayor for Administrative Affairs",
        "Vice Mayor for Political Affairs",
    ),
)
_PROVINCE_DEPUTIES = (
    ("행정부지사", "정무부지사"),
    ("Vice Governor for Administrative Affairs", "Vice Governor for Political Affairs"),
)

_INFO: dict[GovernmentKind, _KindInfo] = {
    GovernmentKind.SPECIAL_CITY: _KindInfo(
        "특별시",
        "Special City",
        "특별시",
        "시장",
        "Mayor",
        *_SEOUL_DEPUTIES,
        "Metropolitan Council",
        "의회사무처",
        "Council Secretariat",
        "시민",
        "citizens",
        " Metropolitan Government",
    ),
    GovernmentKind.METROPOLITAN_CITY: _KindInfo(
        "광역시",
        "Metropolitan City",
        "광역시",
        "시장",
        "Mayor",
        *_METRO_DEPUTIES,
        "Metropolitan Council",
        "의회사무처",
        "Council Secretariat",
        "시민",
        "citizens",
        " Metropolitan City",
    ),
    GovernmentKind.SPECIAL_SELF_GOVERNING_CITY: _KindInfo(
        "특별자치시",
        "Special Self-Governing City",
        "특별자치시",
        "시장",
        "Mayor",
        *_METRO_DEPUTIES,
        "Special Self-Governing City Council",
        "의회사무처",
        "Council Secretariat",
        "시민",
        "citizens",
        " Special Self-Governing City",
    ),
    GovernmentKind.PROVINCE: _KindInfo(
        "도",
        "Province",
        "도",
        "도지사",
        "Governor",
        *_PROVINCE_DEPUTIES,
        "Provincial Council",
        "의회사무처",
        "Council Secretariat",
        "도민",
        "residents",
        " Province",
    ),
    GovernmentKind.SPECIAL_SELF_GOVERNING_PROVINCE: _KindInfo(
        "특별자치도",
        "Special Self-Governing Province",
        "특별자치도",
        "도지사",
        "Governor",
        *_PROVINCE_DEPUTIES,
        "Special Self-Governing Provincial Council",
        "의회사무처",
        "Council Secretariat",
        "도민",
        "residents",
        " Special Self-Governing Province",
    ),
    GovernmentKind.CITY: _KindInfo(
        "시",
        "City",
        "시",
        "시장",
        "Mayor",
        ("부시장",),
        ("Deputy Mayor",),
        "City Council",
        "의회사무국",
        "Council Secretariat",
        "시민",
        "citizens",
        " City",
    ),
    GovernmentKind.COUNTY: _KindInfo(
        "군",
        "County",
        "군",
        "군수",
        "County Governor",
        ("부군수",),
        ("Deputy County Governor",),
        "County Council",
        "의회사무과",
        "Council Secretariat",
        "군민",
        "residents",
        " County",
    ),
    GovernmentKind.DISTRICT: _KindInfo(
        "자치구",
        "District",
        "구",
        "구청장",
        "District Mayor",
        ("부구청장",),
        ("Deputy District Mayor",),
        "District Council",
        "의회사무국",
        "Council Secretariat",
        "구민",
        "residents",
        " District",
    ),
}

# The longest suffix first: 제주특별자치도 is a 특별자치도, not a 도.
_BY_SUFFIX = sorted(_INFO.items(), key=lambda item: -len(item[1].suffix))


def infer_kind(name_ko: str) -> GovernmentKind | None:
    """The kind of government a Korean name denotes (``오산시`` → city), or ``None``."""
    name = name_ko.strip()
    if not name:
        return None
    last = name.split()[-1]  # 부산광역시 해운대구 → 해운대구
    for kind, info in _BY_SUFFIX:
        if last.endswith(info.suffix) and len(last) > len(info.suffix):
            return kind
    return None


@dataclass
class Government:
    """What the project stores about its government beside the names in :class:`Meta`:
    the kind when the official chose it (``None``: inferred from the name) and the
    population (inhabitants counted as the decree's 제7조 counts them; ``None``: not given)."""

    kind: GovernmentKind | None = None
    population: int | None = None


@dataclass(frozen=True)
class Profile:
    """Everything that follows from the kind of government, in both languages."""

    kind: GovernmentKind
    name_ko: str  # 오산시
    name_en: str  # Osan City
    population: int | None = None
    inferred: bool = False  # the kind was inferred from the name

    @property
    def _info(self) -> _KindInfo:
        return _INFO[self.kind]

    # -- names ---------------------------------------------------------------------------
    @property
    def short_ko(self) -> str:
        """``경기도`` → ``경기``; ``양평군`` → ``양평``; ``서울특별시`` → ``서울``."""
        last = self.name_ko.split()[-1] if self.name_ko.strip() else ""
        return last.removesuffix(self._info.suffix) or last

    @property
    def short_en(self) -> str:
        """``Gyeonggi Province`` → ``Gyeonggi``; ``Osan City`` → ``Osan``."""
        for suffix in (self._info.name_en_suffix, *(i.name_en_suffix for i in _INFO.values())):
            if self.name_en.endswith(suffix):
                return self.name_en.removesuffix(suffix)
        return self.name_en

    # -- the head and deputies -----------------------------------------------------------
    @property
    def head_ko(self) -> str:
        """The head's title as statutes write it: 도지사, 시장, 군수, 구청장."""
        return self._info.head_ko

    @property
    def head_en(self) -> str:
        return self._info.head_en

    @property
    def head_title_ko(self) -> str:
        """The head's full title: 경기도지사, 오산시장, 양평군수, 강남구청장."""
        name = self.name_ko.strip()
        if not name:
            return self.head_ko
        if self.kind is GovernmentKind.COUNTY:
            return f"{name}수"
        if self.kind is GovernmentKind.DISTRICT:
            return f"{name}청장"
        if self.kind in (GovernmentKind.PROVINCE, GovernmentKind.SPECIAL_SELF_GOVERNING_PROVINCE):
            return f"{name}지사"
        return f"{name}장"

    @property
    def head_title_en(self) -> str:
        """Governor of Gyeonggi Province, Mayor of Osan City, Yangpyeong County Governor,
        Gangnam District Mayor; a county's or district's name in its own usage, without the
        kind's ending, takes the head's word as a city's does: Mayor of Haeundae-gu, not
        "Haeundae-gu Mayor" (its council: Haeundae-gu Council)."""
        if not self.name_en:
            return self.head_en
        if self.kind in (GovernmentKind.COUNTY, GovernmentKind.DISTRICT):
            word = self.head_en.split()[-1]  # County Governor → Governor
            if self.short_en == self.name_en:
                return f"{word} of {self.name_en}"
            return f"{self.name_en} {word}"
        if self.kind is GovernmentKind.SPECIAL_CITY:
            return f"{self.head_en} of {self.short_en}"
        return f"{self.head_en} of {self.name_en}"

    @property
    def deputies_ko(self) -> tuple[str, ...]:
        return self._info.deputies_ko

    @property
    def deputies_en(self) -> tuple[str, ...]:
        return self._info.deputies_en

    @property
    def deputy_ko(self) -> str:
        """The generic deputy: 부지사, 부시장, 부군수, 부구청장."""
        return "부지사" if self.head_ko == "도지사" else "부" + self.head_ko

    @property
    def deputy_en(self) -> str:
        return {
            "Governor": "Vice Governor",
            "Mayor": "Deputy Mayor",
            "County Governor": "Deputy County Governor",
            "District Mayor": "Deputy District Mayor",
        }[self.head_en]

    # -- the council ---------------------------------------------------------------------
    @property
    def council_ko(self) -> str:
        """경기도의회, 오산시의회."""
        return f"{self.name_ko.strip()}의회" if self.name_ko.strip() else "의회"

    @property
    def council_generic_en(self) -> str:
        """Provincial Council, City Council, County Council, District Council."""
        return self._info.council_en

    @property
    def council_en(self) -> str:
        """Gyeonggi Provincial Council, Osan City Council; a name in the government's own
        usage, without the kind's ending, is followed by Council alone: Gangwon State
        Council, Haeundae-gu Council."""
        short = self.short_en
        if self.kind is GovernmentKind.SPECIAL_CITY and short:
            return f"{short} Metropolitan Council"
        if short and short == self.name_en:
            return f"{short} Council"
        return f"{short} {self._info.council_en}".strip()

    @property
    def secretariat_ko(self) -> str:
        """의회사무처 (시·도), 의회사무국 (시·자치구), 의회사무과 (군)."""
        return self._info.secretariat_ko

    @property
    def secretariat_en(self) -> str:
        return self._info.secretariat_en

    # -- residents, proposer, speaker ----------------------------------------------------
    @property
    def residents_ko(self) -> str:
        return self._info.residents_ko

    @property
    def residents_en(self) -> str:
        return self._info.residents_en

    @property
    def proposer_ko(self) -> str:
        """The proposer line's value: ``제출자: 오산시장``."""
        return self.head_title_ko

    @property
    def proposer_en(self) -> str:
        return self.head_title_en

    @property
    def speaker_ko(self) -> str:
        """Who is quoted in the press release when the official names nobody: 도지사, 시장."""
        return self.head_ko

    @property
    def speaker_en(self) -> str:
        return f"the {self.head_en}"

    # -- units ---------------------------------------------------------------------------
    @property
    def unit_kinds(self) -> frozenset[UnitKind]:
        """The unit kinds a government of this kind has (a 시·군·구 has no 본부, only a 시 has
        일반구, only 제주특별자치도 행정시)."""
        if self.kind is GovernmentKind.CITY:
            return _CITY_UNITS
        if self.kind is GovernmentKind.SPECIAL_SELF_GOVERNING_PROVINCE and (
            not self.name_ko or self.name_ko.startswith("제주")
        ):  # 강원 and 전북 have 시ㆍ군 of their own, no 행정시
            return _SELF_GOVERNING_PROVINCE_UNITS
        return _REGIONAL_UNITS if self.kind.regional else _BASIC_UNITS

    @property
    def has_sub_municipal(self) -> bool:
        """시·군·구 have 읍·면·동 as 하부행정기관."""
        return not self.kind.regional

    def unit_kind_label(self, kind: UnitKind) -> tuple[str, str]:
        """The Korean and English generic name of a unit kind for this government: the head
        is 시장 in a city, not 도지사."""
        if kind is UnitKind.GOVERNOR:
            return self.head_ko, self.head_en
        if kind is UnitKind.VICE_GOVERNOR:
            return self.deputy_ko, self.deputy_en
        if kind is UnitKind.COUNCIL_SECRETARIAT:
            return self.secretariat_ko, self.secretariat_en
        return kind.ko, kind.en


def profile_of(name_ko: str, name_en: str, government: Government | None = None) -> Profile:
    """The profile of a government: the stored kind, or the one its name implies (a name that
    implies none is treated as a 도, the kind OrgDraft served first)."""
    government = government or Government()
    kind, inferred = government.kind, False
    if kind is None:
        kind, inferred = infer_kind(name_ko) or GovernmentKind.PROVINCE, True
    return Profile(kind, name_ko.strip(), name_en.strip(), government.population, inferred)
