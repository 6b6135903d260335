"""The decree's standards: 「지방자치단체의 행정기구와 정원기준 등에 관한 규정」 as data.

``resources/standards/decree.json`` holds, with the article and 별표 of each, the grade
standards of the heads of units by kind of government (제10조·별표 2 for 시·도, 제14조·별표 3
for 시·군·구) and the limits on the number of 실·국 by kind of government and population band
(none in the version in force: the 2024. 3. 29. revision abolished them — the file says so and
records the version read). :func:`decree_findings` warns (never errors) when the reorganized
organization departs from them, naming the provision (``시행령 제14조, 별표 3``).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.findings import Finding, Place, PlaceKind, warning
from desktop.core.government import GovernmentKind, Profile
from desktop.core.grades import DEFAULT_GRADES
from desktop.core.org import Organization, Unit, UnitKind
from desktop.i18n import N_, Pair

BUREAU_KINDS = frozenset({UnitKind.OFFICE, UnitKind.BUREAU, UnitKind.HEADQUARTERS})


@dataclass(frozen=True)
class GradeNorm:
    governments: frozenset[GovernmentKind]
    units: frozenset[UnitKind]
    grades: tuple[str, ...]
    provision: str  # "제14조, 별표 3"


@dataclass(frozen=True)
class BureauLimit:
    """At most ``limit`` 실·국 for these governments with a population in [low, high)."""

    governments: frozenset[GovernmentKind]
    low: int
    high: int | None
    limit: int
    provision: str


@dataclass(frozen=True)
class Standards:
    version: str = ""
    grade_norms: tuple[GradeNorm, ...] = ()
    bureau_limits: tuple[BureauLimit, ...] = field(default=())

    def grade_norm(self, government: GovernmentKind, kind: UnitKind) -> GradeNorm | None:
        return next(
            (n for n in self.grade_norms if government in n.governments and kind in n.units),
            None,
        )

    def bureau_limit(self, government: GovernmentKind, population: int) -> BureauLimit | None:
        for limit in self.bureau_limits:
            if government not in limit.governments or population < limit.low:
                continue
            if limit.high is None or population < limit.high:
                return limit
        return None


def parse(data: dict) -> Standards:
    def kinds(values: list[str]) -> frozenset[GovernmentKind]:
        return frozenset(GovernmentKind(v) for v in values)

    return Standards(
        version=str(data.get("version", {}).get("decree", "")),
        grade_norms=tuple(
            GradeNorm(
                kinds(n["governments"]),
                frozenset(UnitKind(u) for u in n["units"]),
                tuple(n["grades"]),
                n["provision"],
            )
            for n in data.get("grade_norms", [])
        ),
        bureau_limits=tuple(
            BureauLimit(
                kinds(b["governments"]),
                int(b.get("population_from", 0)),
                b.get("population_to"),
                int(b["limit"]),
                b["provision"],
            )
            for b in data.get("bureau_limits", [])
        ),
    )


def standards_path() -> Path:
    from desktop import paths

    return paths.resources_dir() / "standards" / "decree.json"


@functools.cache
def load() -> Standards:
    """The standards shipped with OrgDraft (read once)."""
    return parse(json.loads(standards_path().read_text(encoding="utf-8")))


def head_grade_finding(
    unit: Unit, profile: Profile, after: bool, standards: Standards | None = None
) -> Finding | None:
    """A warning when a head's grade departs from the standard for this kind of government
    (the decree's, else the usual grades of the unit kind)."""
    if not unit.head_grade:
        return None
    standards = standards or load()
    norm = standards.grade_norm(profile.kind, unit.kind)
    place = Place(PlaceKind.UNIT, unit.id, field="head_grade")
    name = Pair(unit.name_ko, unit.name_en)
    kind_ko, kind_en = profile.unit_kind_label(unit.kind)
    if norm is not None:
        if unit.head_grade in norm.grades:
            return None
        return warning(
            "W-HEAD-GRADE",
            place,
            N_(
                "The head grade {grade} of {unit} departs from the standard for a {kind} of a "
                "{government} after the changes (Enforcement Decree, {provision})."
            )
            if after
            else N_(
                "The head grade {grade} of {unit} departs from the standard for a {kind} of a "
                "{government} (Enforcement Decree, {provision})."
            ),
            grade=grade_words(unit.head_grade),
            unit=name,
            kind=Pair(kind_ko, kind_en),
            government=Pair(profile.kind.ko, profile.kind.en),
            provision=Pair(norm.provision, _provision_en(norm.provision)),
        )
    usual = unit.kind.usual_head_grades
    if usual and unit.head_grade not in usual:
        return warning(
            "W-HEAD-GRADE",
            place,
            N_("The head grade {grade} of {unit} is unusual for a {kind} after the changes.")
            if after
            else N_("The head grade {grade} of {unit} is unusual for a {kind}."),
            grade=grade_words(unit.head_grade),
            unit=name,
            kind=Pair(kind_ko, kind_en),
        )
    return None


def grade_words(code: str) -> Pair:
    """A grade as the official reads it: ``g4`` → 4급 / Grade 4."""
    grade = next((g for g in DEFAULT_GRADES if g.code == code), None)
    return Pair(grade.ko, grade.en) if grade else Pair(code, code)


def count_bureaus(org: Organization) -> int:
    """실·국·본부 of the main office: under the head and the deputies, not in an agency, a
    field office or the council's secretariat."""
    outside = {UnitKind.AGENCY, UnitKind.FIELD_OFFICE, UnitKind.COUNCIL_SECRETARIAT}
    count = 0
    for unit in org:
        if unit.kind in BUREAU_KINDS and not any(a.kind in outside for a in org.ancestors(unit.id)):
            count += 1
    return count


def decree_findings(
    org: Organization, profile: Profile, standards: Standards | None = None
) -> list[Finding]:
    """Warnings on the reorganized organization against the decree's limits."""
    standards = standards or load()
    if profile.population is None:
        return []
    limit = standards.bureau_limit(profile.kind, profile.population)
    if limit is None:
        return []
    count = count_bureaus(org)
    if count <= limit.limit:
        return []
    return [
        warning(
            "W-DECREE-BUREAUS",
            Place(PlaceKind.FIELD, "government", field="population"),
            N_(
                "After the changes the main office has {count} offices and bureaus; the decree "
                "allows {limit} for a {government} of {population:,} inhabitants (Enforcement "
                "Decree, {provision})."
            ),
            count=count,
            limit=limit.limit,
            government=Pair(profile.kind.ko, profile.kind.en),
            population=profile.population,
            provision=Pair(limit.provision, _provision_en(limit.provision)),
        )
    ]


def _provision_en(provision: str) -> str:
    """``제14조, 별표 3`` → ``Article 14, Annex 3``."""
    import re

    text = re.sub(r"제(\d+)조의(\d+)", r"Article \1-\2", provision)
    text = re.sub(r"제(\d+)조", r"Article \1", text)
    text = re.sub(r"별표 (\d+)", r"Annex \1", text)
    return text
