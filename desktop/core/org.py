"""The organization model: a tree of units (기구) of a local government.

A :class:`Unit` is one node — the governor, a vice-governor, an office or bureau, a division,
a team, a committee, an agency. The :class:`Organization` holds the units by id and keeps the
order of siblings; it is plain Python so that the CLI and the tests use it without Qt, and the
UI wraps it in one item model.
"""

from __future__ import annotations

import copy
import enum
from collections.abc import Iterator
from dataclasses import dataclass, field

from desktop.core.instrumentkind import InstrumentKind
from desktop.core.treecopy import tree_deepcopy
from desktop.i18n import pick


class Level(enum.StrEnum):
    """Where a unit sits, which decides the instrument that governs it."""

    TOP = "top"  # the governor and vice-governors: neither instrument sets them up here
    BUREAU = "bureau"  # 실·국·본부·관·단, committees, agencies: the ordinance (조례)
    DIVISION = "division"  # 과·담당관·팀: the enforcement rule (규칙)


class UnitKind(enum.StrEnum):
    """The kind of a unit, with its Korean and English generic name."""

    GOVERNOR = "governor"
    VICE_GOVERNOR = "vice_governor"
    OFFICE = "office"  # 실
    BUREAU = "bureau"  # 국
    HEADQUARTERS = "headquarters"  # 본부
    BUREAU_OFFICER = "bureau_officer"  # 관 (bureau-level, e.g. 홍보기획관)
    TASK_FORCE = "task_force"  # 단·추진단 (bureau level)
    COMMITTEE = "committee"  # 합의제 행정기관
    DIVISION = "division"  # 과
    OFFICER = "officer"  # 담당관 (division level)
    TEAM = "team"  # 팀
    AGENCY = "agency"  # 직속기관
    FIELD_OFFICE = "field_office"  # 사업소
    COUNCIL_SECRETARIAT = "council_secretariat"  # 의회사무처
    GU = "gu"  # 일반구: the 구 of a 시 of 500,000 or more that is no 자치구
    ADMIN_CITY = "admin_city"  # 행정시: the 시 of 제주특별자치도, no local government
    SUB_MUNICIPAL = "sub_municipal"  # 읍·면·동, the 하부행정기관 of a 시·군·구

    @property
    def ko(self) -> str:
        return _KIND_INFO[self][0]

    @property
    def en(self) -> str:
        return _KIND_INFO[self][1]

    @property
    def en_distinct(self) -> str:
        """The English name told apart where two kinds share it, by the Korean: ``Team
        (단)`` and ``Team (팀)``, ``Office (실)`` and ``Office (관)``; else as it is,
        ``Bureau``. For what the official chooses or reads back (the unit list, the kind
        dropdowns); documents say :attr:`en`."""
        if sum(kind.en == self.en for kind in UnitKind) > 1:
            return f"{self.en} ({self.ko})"
        return self.en

    @property
    def level(self) -> Level:
        return _KIND_INFO[self][2]

    @property
    def usual_head_grades(self) -> tuple[str, ...]:
        """Grade codes usual for the head of a unit of this kind (for a warning only)."""
        return _KIND_INFO[self][3]


_KIND_INFO: dict[UnitKind, tuple[str, str, Level, tuple[str, ...]]] = {
    # The generic words of the decree: the head is 도지사, 시장, 군수 or 구청장 by the kind of
    # government (desktop.core.government.Profile.unit_kind_label), never one of them here.
    UnitKind.GOVERNOR: ("단체장", "Head of government", Level.TOP, ("political",)),
    UnitKind.VICE_GOVERNOR: (
        "부단체장",
        "Deputy head",
        Level.TOP,
        ("political", "g1", "g2", "g3", "g4"),
    ),
    UnitKind.OFFICE: ("실", "Office", Level.BUREAU, ("g1", "g2")),
    UnitKind.BUREAU: ("국", "Bureau", Level.BUREAU, ("g2", "g3")),
    UnitKind.HEADQUARTERS: (
        "본부",
        "Headquarters",
        Level.BUREAU,
        ("g2", "g3", "fire-1", "fire-2", "fire-3"),
    ),
    UnitKind.BUREAU_OFFICER: ("관", "Office", Level.BUREAU, ("g2", "g3", "g4")),
    UnitKind.TASK_FORCE: ("단", "Team", Level.BUREAU, ("g2", "g3", "g4")),
    UnitKind.COMMITTEE: ("위원회", "Committee", Level.BUREAU, ("g2", "g3", "g4")),
    UnitKind.DIVISION: ("과", "Division", Level.DIVISION, ("g4", "g5")),
    UnitKind.OFFICER: ("담당관", "Officer", Level.DIVISION, ("g3", "g4")),
    UnitKind.TEAM: ("팀", "Team", Level.DIVISION, ("g5", "g6")),
    UnitKind.AGENCY: ("직속기관", "Agency", Level.BUREAU, ("g2", "g3", "g4", "research")),
    UnitKind.FIELD_OFFICE: ("사업소", "Field Office", Level.BUREAU, ("g3", "g4", "g5")),
    UnitKind.COUNCIL_SECRETARIAT: (
        "의회사무기구",  # 의회사무처 (시·도), 의회사무국, 의회사무과
        "Council Secretariat",
        Level.BUREAU,
        ("g1", "g2", "g3", "g4", "g5"),
    ),
    # 일반구 (지방자치법 제3조제3항, 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」): a
    # 하부행정기관 of a 시 of 500,000 or more, headed by a 구청장 of grade 3 or 4
    UnitKind.GU: ("구", "District", Level.BUREAU, ("g3", "g4")),
    # 행정시 (「제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법」 제10조·제11조): a 시
    # that is no local government, set up by the 도's ordinance; its 시장 is 일반직 (or 정무직
    # when the 도지사 named him before the election), appointed by the 도지사
    UnitKind.ADMIN_CITY: (
        "행정시",
        "Administrative City",
        Level.BUREAU,
        ("political", "g2", "g3"),
    ),
    # 하부행정기관 (지방자치법 제131조): under the 시장·군수·구청장, headed by 읍장·면장·동장
    UnitKind.SUB_MUNICIPAL: ("읍ㆍ면ㆍ동", "Eup, Myeon or Dong", Level.BUREAU, ("g4", "g5", "g6")),
}


# 하부행정기관 (지방자치법 제3조·제131조, 제주특별법 제10조): a 시's 구, 제주's 행정시 and the
# 읍·면·동. No unit of the 본청; their own 국·과 are theirs, and the chart draws them apart.
LOCAL_KINDS = frozenset({UnitKind.ADMIN_CITY, UnitKind.GU, UnitKind.SUB_MUNICIPAL})


# The before and after organization charts: their titles on the charts, in the organization
# tables and among the press release's attachments (Korean, English).
CHART_TITLES = (
    ("조직도(개편 전)", "Organization chart (before)"),
    ("조직도(개편 후)", "Organization chart (after)"),
)


def chart_titles(lang: str) -> tuple[str, str]:
    """The before and after charts' titles in ``lang``."""
    before, after = CHART_TITLES
    return pick(*before, lang), pick(*after, lang)


def instrument_for(kind: UnitKind) -> InstrumentKind | None:
    """The instrument that sets up a unit of this kind (ordinance for bureau level)."""
    level = kind.level
    if level is Level.BUREAU:
        return InstrumentKind.ORDINANCE
    if level is Level.DIVISION:
        return InstrumentKind.RULE
    return None


@dataclass
class Duty:  # 분장사무
    """One duty of a unit, ending in "…에 관한 사항"; the English text is optional."""

    ko: str
    en: str = ""

    __deepcopy__ = tree_deepcopy


@dataclass
class Unit:
    """One unit of the organization.

    ``staffing`` maps grade codes (see :mod:`desktop.core.grades`) to head counts.
    ``purpose_ko``/``purpose_en`` is the "…에 관한 사무를 처리하기 위하여" phrase of its article.
    ``head_grade_alt`` is the second grade of a head the instrument lets hold either of two
    (복수직급: ``국장은 지방부이사관 또는 지방서기관으로 보한다`` → ``g3`` and ``g4``); one post,
    counted once in ``staffing``. Titles of one grade (``지방서기관 또는 지방기술서기관``) are
    one grade, not two.
    """

    id: str
    kind: UnitKind
    name_ko: str
    name_en: str = ""
    parent_id: str | None = None
    head_grade: str = ""
    duties: list[Duty] = field(default_factory=list)
    staffing: dict[str, int] = field(default_factory=dict)
    purpose_ko: str = ""
    purpose_en: str = ""
    open_position: bool = False  # 개방형 직위
    head_grade_alt: str = ""  # 복수직급: the head's second grade, "" when it has one

    @property
    def head_grades(self) -> tuple[str, ...]:
        """The grades the head may hold, as the instrument names them: ``("g3", "g4")`` for
        a 복수직급, ``("g4",)``, or ``()`` when none is set."""
        return tuple(dict.fromkeys(g for g in (self.head_grade, self.head_grade_alt) if g))

    @property
    def instrument(self) -> InstrumentKind | None:
        return instrument_for(self.kind)

    @property
    def staff_total(self) -> int:
        return sum(self.staffing.values())

    __deepcopy__ = tree_deepcopy


class Organization:
    """Units by id with an explicit order of children under every parent.

    The root units (``parent_id is None``) are ordered too. Every structural edit goes through
    a method here so that the order lists stay consistent with the parents.
    """

    def __init__(self, units: list[Unit] | None = None) -> None:
        self._units: dict[str, Unit] = {}
        self._children: dict[str | None, list[str]] = {None: []}
        for unit in units or []:
            self.add(unit)

    # -- reading ---------------------------------------------------------------------------
    def __contains__(self, unit_id: object) -> bool:
        return unit_id in self._units

    def __len__(self) -> int:
        return len(self._units)

    def __iter__(self) -> Iterator[Unit]:
        """Units in tree order (depth first, siblings in order)."""
        return self.walk(None)

    def get(self, unit_id: str) -> Unit:
        """The unit with this id; ``KeyError`` when there is none."""
        return self._units[unit_id]

    def find(self, unit_id: str | None) -> Unit | None:
        return self._units.get(unit_id) if unit_id is not None else None

    def children(self, unit_id: str | None) -> list[Unit]:
        return [self._units[cid] for cid in self._children.get(unit_id, [])]

    def child_ids(self, unit_id: str | None) -> list[str]:
        return list(self._children.get(unit_id, []))

    def parent(self, unit_id: str) -> Unit | None:
        return self.find(self._units[unit_id].parent_id)

    def index_of(self, unit_id: str) -> int:
        """Position of a unit among its siblings."""
        return self._children[self._units[unit_id].parent_id].index(unit_id)

    def walk(self, root_id: str | None) -> Iterator[Unit]:
        """Descendants of ``root_id`` (not the root itself), depth first."""
        for cid in self._children.get(root_id, []):
            yield self._units[cid]
            yield from self.walk(cid)

    def ancestors(self, unit_id: str) -> list[Unit]:
        """Parent, grandparent, … up to a root."""
        result: list[Unit] = []
        seen: set[str] = set()
        parent_id = self._units[unit_id].parent_id
        while parent_id is not None and parent_id not in seen:
            seen.add(parent_id)
            parent = self._units[parent_id]
            result.append(parent)
            parent_id = parent.parent_id
        return result

    def by_name(self, name_ko: str) -> list[Unit]:
        return [unit for unit in self._units.values() if unit.name_ko == name_ko]

    def copy(self) -> Organization:
        return copy.deepcopy(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Organization):
            return NotImplemented
        return self._units == other._units and self._children == other._children

    # -- editing ---------------------------------------------------------------------------
    def add(self, unit: Unit, index: int | None = None) -> None:
        """Add a unit under its ``parent_id`` at ``index`` (at the end by default)."""
        if unit.id in self._units:
            raise ValueError(f"duplicate unit id: {unit.id}")
        if unit.parent_id is not None and unit.parent_id not in self._units:
            raise KeyError(unit.parent_id)
        self._units[unit.id] = unit
        self._children.setdefault(unit.id, [])
        siblings = self._children.setdefault(unit.parent_id, [])
        siblings.insert(len(siblings) if index is None else index, unit.id)

    def remove(self, unit_id: str) -> Unit:
        """Remove a unit that has no children; returns it."""
        if self._children.get(unit_id):
            raise ValueError(f"unit {unit_id} still has children")
        unit = self._units.pop(unit_id)
        self._children[unit.parent_id].remove(unit_id)
        self._children.pop(unit_id, None)
        return unit

    def move(self, unit_id: str, new_parent_id: str | None, index: int | None = None) -> None:
        """Move a unit (with its subtree) under another parent; refuses a cycle."""
        if self.would_cycle(unit_id, new_parent_id):
            raise ValueError(f"moving {unit_id} under {new_parent_id} makes a cycle")
        unit = self._units[unit_id]
        self._children[unit.parent_id].remove(unit_id)
        unit.parent_id = new_parent_id
        siblings = self._children.setdefault(new_parent_id, [])
        siblings.insert(len(siblings) if index is None else index, unit_id)

    def would_cycle(self, unit_id: str, new_parent_id: str | None) -> bool:
        """Whether ``new_parent_id`` is the unit itself or one of its descendants."""
        if new_parent_id is None:
            return False
        if new_parent_id == unit_id:
            return True
        return any(a.id == unit_id for a in self.ancestors(new_parent_id))

    def head(self) -> Unit | None:
        """The head of government (도지사, 시장, 군수 …): the root unit of that kind."""
        return next((u for u in self.children(None) if u.kind is UnitKind.GOVERNOR), None)

    def units(self) -> list[Unit]:
        """All units in tree order."""
        return list(self)

    def total_staffing(self) -> dict[str, int]:
        """Staffing by grade summed over every unit."""
        totals: dict[str, int] = {}
        for unit in self._units.values():
            for code, count in unit.staffing.items():
                totals[code] = totals.get(code, 0) + count
        return totals

    __deepcopy__ = tree_deepcopy
