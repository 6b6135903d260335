"""The statutory standards of an organization, as data: 「지방자치단체의 행정기구와 정원기준
등에 관한 규정」 (the regulation), 「지방자치법」 and its 시행령.

``resources/standards/decree.json`` holds each standard with the law, article and 별표 it comes
from, and the versions read; the laws' names are :mod:`desktop.core.laws`'s. What the laws in
force set and this module checks (warnings, never errors, each naming its provision):

- the grade of the head of a unit by kind of government (규정 제10조·별표 2, 제14조·별표 3) and,
  for the deputy head of a 시·군·구, by population (지방자치법 시행령 제71조제7항: 지방부이사관
  under 500,000 inhabitants, 지방이사관 from 500,000);
- the number of deputy heads (지방자치법 제123조제1항, 시행령 제71조제1항);
- the units a government must have: a 시·도 its 재난안전 실·국·본부 (규정 제9조제1항) and its
  self-audit body (제9조제2항), a 시·군·구 of 300,000 inhabitants or more its self-audit body
  (제13조제1항) — warned when the changes remove the last one (an organization table may hold
  only part of the organization, so a unit it never had is not reported);
- the prior consultation that a new 한시기구 or 소속기관 needs when an official of it (its
  head, the heads under it, a post of its staffing) is at or above a grade (규정 제21조).

A 복수직급 (a head of 3·4급, a post a staffing table counts in its ``3ㆍ4급`` row) counts at
each of its grades: a head's two grades must both be within the standard, and a post of two
grades reaches a consultation's grade when the higher one does (it may be held there).

The limits on the number of 실·국 by population band (``bureau_limits``) are kept as a
mechanism, but the regulation in force has none: its 2024. 3. 29. revision (대통령령 제34370호)
deleted 별표 1 and the 기구설치기준 of 별표 3 and 제13조제1항 (see the notes in the data file).
"""

from __future__ import annotations

import dataclasses
import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.findings import Finding, Place, PlaceKind, warning
from desktop.core.government import GovernmentKind, Profile
from desktop.core.grades import (
    DEFAULT_GRADES,
    Grade,
    general_span,
    grade_words,
    head_codes,
    head_grade_words,
)
from desktop.core.kinds.base import ChangeRecord
from desktop.core.laws import LAWS, REGULATION, provision_en
from desktop.core.org import LOCAL_KINDS, Organization, Unit, UnitKind
from desktop.i18n import N_, Pair

BUREAU_KINDS = frozenset({UnitKind.OFFICE, UnitKind.BUREAU, UnitKind.HEADQUARTERS})
AFFILIATED_KINDS = frozenset({UnitKind.AGENCY, UnitKind.FIELD_OFFICE})  # 소속기관 (제2조제4호)


@dataclass(frozen=True)
class Provision:
    """Where a standard comes from: the law and its article (``제14조, 별표 3``)."""

    where: str
    law: str = REGULATION
    law_ko: str = LAWS[REGULATION][0]
    law_en: str = LAWS[REGULATION][1]

    def pair(self) -> Pair:
        """``「지방자치법 시행령」 제71조제7항제1호`` / ``Enforcement Decree of the Local Autonomy
        Act, Article 71 (7) 1``."""
        return Pair(f"{self.law_ko} {self.where}", f"{self.law_en}, {provision_en(self.where)}")


@dataclass(frozen=True)
class Band:
    """A population band [low, high); ``high`` None: no upper bound."""

    low: int = 0
    high: int | None = None

    def holds(self, population: int) -> bool:
        return population >= self.low and (self.high is None or population < self.high)


@dataclass(frozen=True)
class GradeNorm:
    """The grades the decree allows the heads of some kinds of unit, for some kinds of
    government (and population band), with the provision that says so."""

    governments: frozenset[GovernmentKind]
    units: frozenset[UnitKind]
    grades: tuple[str, ...]
    provision: Provision
    band: Band | None = None  # None: whatever the population


@dataclass(frozen=True)
class BureauLimit:
    """At most ``limit`` 실·국 for these governments with a population in [low, high)."""

    governments: frozenset[GovernmentKind]
    low: int
    high: int | None
    limit: int
    provision: Provision


@dataclass(frozen=True)
class DeputyLimit:
    """The most deputies a kind of government in a population band may have, and the
    provision that says so."""

    governments: frozenset[GovernmentKind]
    band: Band
    limit: int
    provision: Provision


@dataclass(frozen=True)
class RequiredUnit:
    """A unit the government must have: one whose Korean name holds one of ``names`` (and, if
    ``units`` is not empty, of one of those kinds)."""

    what: str  # "audit", "disaster"
    governments: frozenset[GovernmentKind]
    band: Band
    names: tuple[str, ...]
    units: frozenset[UnitKind]
    provision: Provision

    def met_by(self, unit: Unit) -> bool:
        return (not self.units or unit.kind in self.units) and any(
            word in unit.name_ko for word in self.names
        )


@dataclass(frozen=True)
class Consultation:
    """A new 한시기구 (``temporary``) or 소속기관 (``affiliated``) with an official at or above
    general grade ``grade`` needs the prior consultation of ``authority``."""

    what: str
    governments: frozenset[GovernmentKind]
    grade: int
    authority: str  # "minister" or "regional_head"
    provision: Provision


@dataclass(frozen=True)
class Standards:
    """The decree's standards as one value: grades, limits on bureaus and deputies, the
    units required and the consultations, with the version of the decree they follow."""

    version: str = ""
    grade_norms: tuple[GradeNorm, ...] = ()
    bureau_limits: tuple[BureauLimit, ...] = field(default=())
    deputy_limits: tuple[DeputyLimit, ...] = ()
    required_units: tuple[RequiredUnit, ...] = ()
    consultations: tuple[Consultation, ...] = ()

    def grade_norm(
        self, government: GovernmentKind, kind: UnitKind, population: int | None = None
    ) -> GradeNorm | None:
        """The grade standard of a unit kind; a norm bound to a population band applies only
        when the population is known and in the band."""
        for norm in self.grade_norms:
            if government not in norm.governments or kind not in norm.units:
                continue
            if norm.band is None or (population is not None and norm.band.holds(population)):
                return norm
        return None

    def bureau_limit(self, government: GovernmentKind, population: int) -> BureauLimit | None:
        for limit in self.bureau_limits:
            if government not in limit.governments or population < limit.low:
                continue
            if limit.high is None or population < limit.high:
                return limit
        return None

    def deputy_limit(
        self, government: GovernmentKind, population: int | None
    ) -> DeputyLimit | None:
        """The most deputy heads the law allows; with the population unknown, the largest
        limit of the bands, when the bands cover every population (else none is known)."""
        entries = [d for d in self.deputy_limits if government in d.governments]
        if population is not None:
            return next((d for d in entries if d.band.holds(population)), None)
        if not entries or not _covers(d.band for d in entries):
            return None
        return max(entries, key=lambda d: d.limit)


def _covers(bands: Iterable[Band]) -> bool:
    """Whether the bands cover every population from 0 up."""
    reach = 0
    for band in sorted(bands, key=lambda b: b.low):
        if band.low > reach:
            return False
        if band.high is None:
            return True
        reach = max(reach, band.high)
    return False


def parse(data: dict) -> Standards:
    def kinds(values: list[str]) -> frozenset[GovernmentKind]:
        return frozenset(GovernmentKind(v) for v in values)

    def units(values: list[str]) -> frozenset[UnitKind]:
        return frozenset(UnitKind(v) for v in values)

    def provision(entry: dict) -> Provision:
        law = entry.get("law", REGULATION)
        ko, en = LAWS[law]
        return Provision(entry["provision"], law, ko, en)

    def band(entry: dict) -> Band:
        return Band(int(entry.get("population_from", 0)), entry.get("population_to"))

    def banded(entry: dict) -> Band | None:
        return band(entry) if {"population_from", "population_to"} & entry.keys() else None

    return Standards(
        version=str(data.get("version", {}).get("decree", "")),
        grade_norms=tuple(
            GradeNorm(
                kinds(n["governments"]),
                units(n["units"]),
                tuple(n["grades"]),
                provision(n),
                banded(n),
            )
            for n in data.get("grade_norms", [])
        ),
        bureau_limits=tuple(
            BureauLimit(
                kinds(b["governments"]),
                int(b.get("population_from", 0)),
                b.get("population_to"),
                int(b["limit"]),
                provision(b),
            )
            for b in data.get("bureau_limits", [])
        ),
        deputy_limits=tuple(
            DeputyLimit(kinds(d["governments"]), band(d), int(d["limit"]), provision(d))
            for d in data.get("deputy_limits", [])
        ),
        required_units=tuple(
            RequiredUnit(
                r["what"],
                kinds(r["governments"]),
                band(r),
                tuple(r["names"]),
                units(r.get("units", [])),
                provision(r),
            )
            for r in data.get("required_units", [])
        ),
        consultations=tuple(
            Consultation(
                c["what"],
                kinds(c["governments"]),
                int(c["grade_at_least"]),
                c["authority"],
                provision(c),
            )
            for c in data.get("consultation", [])
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
    (and its population, where the standard depends on it), else from the usual grades of the
    unit kind."""
    if not unit.head_grade:
        return None
    # both of a 복수직급 must be within the standard, a head set at a staffing table's own
    # grade (3ㆍ4급, g3-4) holding its two grades as the instrument names them (3·4급)
    codes = head_codes(unit.head_grades)
    standards = standards or load()
    norm = standards.grade_norm(profile.kind, unit.kind, profile.population)
    place = Place(PlaceKind.UNIT, unit.id, field="head_grade")
    name = Pair(unit.name_ko, unit.name_en)
    kind_ko, kind_en = profile.unit_kind_label(unit.kind)
    if norm is not None:
        if all(code in norm.grades for code in codes):
            return None
        if norm.band is not None:
            return warning(
                "W-HEAD-GRADE",
                place,
                N_(
                    "The head grade {grade} of {unit} departs from the standard for a {kind} "
                    "of a {government} of {population:,} inhabitants, {standard} "
                    "({provision})."
                ),
                grade=head_grade_words(codes),
                unit=name,
                kind=Pair(kind_ko, kind_en),
                government=Pair(profile.kind.ko, profile.kind.en),
                population=profile.population,
                standard=_grades_words(norm.grades),
                provision=norm.provision.pair(),
            )
        return warning(
            "W-HEAD-GRADE",
            place,
            N_(
                "The head grade {grade} of {unit} departs from the standard for a {kind} of a "
                "{government} after the changes ({provision})."
            )
            if after
            else N_(
                "The head grade {grade} of {unit} departs from the standard for a {kind} of a "
                "{government} ({provision})."
            ),
            grade=head_grade_words(codes),
            unit=name,
            kind=Pair(kind_ko, kind_en),
            government=Pair(profile.kind.ko, profile.kind.en),
            provision=norm.provision.pair(),
        )
    usual = unit.kind.usual_head_grades
    if usual and any(code not in usual for code in codes):
        return warning(
            "W-HEAD-GRADE",
            place,
            N_("The head grade {grade} of {unit} is unusual for a {kind} after the changes.")
            if after
            else N_("The head grade {grade} of {unit} is unusual for a {kind}."),
            grade=head_grade_words(codes),
            unit=name,
            kind=Pair(kind_ko, kind_en),
        )
    return None


def _grades_words(codes: tuple[str, ...]) -> Pair:
    words = [grade_words(code) for code in codes]
    return Pair(" 또는 ".join(w.ko for w in words), " or ".join(w.en for w in words))


def _main_office(org: Organization) -> list[Unit]:
    """The units of the 본청: not in an agency, a field office, the council's secretariat or a
    하부행정기관 (a 시's 구, 제주's 행정시, a 읍ㆍ면ㆍ동), whose 국ㆍ과 are theirs."""
    outside = {UnitKind.AGENCY, UnitKind.FIELD_OFFICE, UnitKind.COUNCIL_SECRETARIAT} | LOCAL_KINDS
    return [
        unit
        for unit in org
        if unit.kind not in outside and not any(a.kind in outside for a in org.ancestors(unit.id))
    ]


def count_bureaus(org: Organization) -> int:
    """실·국·본부 of the main office: under the head and the deputies, not in an agency, a
    field office or the council's secretariat."""
    return sum(1 for unit in _main_office(org) if unit.kind in BUREAU_KINDS)


def decree_findings(
    org: Organization,
    profile: Profile,
    standards: Standards | None = None,
    before: Organization | None = None,
    records: Iterable[ChangeRecord] = (),
    grades: Iterable[Grade] = DEFAULT_GRADES,
) -> list[Finding]:
    """Warnings on the reorganized organization ``org`` against the statutory standards;
    ``before`` (the organization before the changes) lets the checks tell a unit the changes
    remove or add, ``records`` (what the changes did) the 한시기구 they establish; ``grades``
    (the project's list) names a grade of a staffing table's own as the table writes it."""
    standards = standards or load()
    temporary = frozenset(rec.unit_id for rec in records if rec.action.name == "temporary")
    findings = _bureau_findings(org, profile, standards)
    findings += _deputy_findings(org, profile, standards)
    if before is not None:
        findings += _required_findings(org, before, profile, standards)
        findings += _consultation_findings(
            org, before, profile, standards, temporary, tuple(grades)
        )
        findings += _regraded_agency_findings(org, before, profile, standards, tuple(grades))
    return findings


def _bureau_findings(org: Organization, profile: Profile, standards: Standards) -> list[Finding]:
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
                "allows {limit} for a {government} of {population:,} inhabitants ({provision})."
            ),
            count=count,
            limit=limit.limit,
            government=Pair(profile.kind.ko, profile.kind.en),
            population=profile.population,
            provision=limit.provision.pair(),
        )
    ]


def _deputy_findings(org: Organization, profile: Profile, standards: Standards) -> list[Finding]:
    limit = standards.deputy_limit(profile.kind, profile.population)
    deputies = [unit for unit in org if unit.kind is UnitKind.VICE_GOVERNOR]
    if limit is None or len(deputies) <= limit.limit:
        return []
    deputy = Pair(*profile.unit_kind_label(UnitKind.VICE_GOVERNOR))
    government = Pair(profile.kind.ko, profile.kind.en)
    params = dict(
        count=len(deputies),
        limit=limit.limit,
        deputy=deputy,
        government=government,
        provision=limit.provision.pair(),
    )
    place = Place(PlaceKind.UNIT, deputies[limit.limit].id)
    if limit.band.low or limit.band.high is not None:
        if profile.population is not None:
            return [
                warning(
                    "W-DECREE-DEPUTIES",
                    place,
                    N_(
                        "After the changes there are {count} deputies ({deputy}); a "
                        "{government} of {population:,} inhabitants has {limit} at most "
                        "({provision})."
                    ),
                    population=profile.population,
                    **params,
                )
            ]
    return [
        warning(
            "W-DECREE-DEPUTIES",
            place,
            N_(
                "After the changes there are {count} deputies ({deputy}); a {government} has "
                "{limit} at most ({provision})."
            ),
            **params,
        )
    ]


def _required_findings(
    org: Organization, before: Organization, profile: Profile, standards: Standards
) -> list[Finding]:
    findings = []
    government = Pair(profile.kind.ko, profile.kind.en)
    for required in standards.required_units:
        if profile.kind not in required.governments:
            continue
        banded = required.band.low > 0 or required.band.high is not None
        if banded and (profile.population is None or not required.band.holds(profile.population)):
            continue
        had = [u for u in _main_office(before) if required.met_by(u)]
        if not had or any(required.met_by(u) for u in _main_office(org)):
            continue
        last = Pair(had[-1].name_ko, had[-1].name_en)
        place = Place(PlaceKind.UNIT, had[-1].id)
        if required.what == "disaster":
            findings.append(
                warning(
                    "W-DECREE-DISASTER",
                    place,
                    N_(
                        "After the changes no office, bureau or headquarters in charge of "
                        "disasters and safety remains ({unit} was the last); a {government} "
                        "must have one ({provision})."
                    ),
                    unit=last,
                    government=government,
                    provision=required.provision.pair(),
                )
            )
        elif banded:
            findings.append(
                warning(
                    "W-DECREE-AUDIT",
                    place,
                    N_(
                        "After the changes no self-audit body remains ({unit} was the last); a "
                        "{government} of {population:,} inhabitants must have one "
                        "({provision})."
                    ),
                    unit=last,
                    government=government,
                    population=profile.population,
                    provision=required.provision.pair(),
                )
            )
        else:
            findings.append(
                warning(
                    "W-DECREE-AUDIT",
                    place,
                    N_(
                        "After the changes no self-audit body remains ({unit} was the last); a "
                        "{government} must have one ({provision})."
                    ),
                    unit=last,
                    government=government,
                    provision=required.provision.pair(),
                )
            )
    return findings


_AUTHORITIES = {
    "minister": Pair("행정안전부장관", "Minister of the Interior and Safety"),
    "regional_head": Pair(
        "관할 특별시장ㆍ광역시장ㆍ도지사ㆍ특별자치도지사",
        "head of the metropolitan city or province that the government belongs to",
    ),
}


def _consultation_findings(
    org: Organization,
    before: Organization,
    profile: Profile,
    standards: Standards,
    temporary: frozenset[str],
    grades: tuple[Grade, ...] = DEFAULT_GRADES,
) -> list[Finding]:
    """규정 제21조: a new 한시기구 or 소속기관 whose officials (소속 공무원, its head and the
    보조ㆍ보좌기관 under it: the heads' grades and the posts of its staffing) reach the grade
    needs the prior consultation of the minister or the 시·도지사. A post of two grades (a
    복수직급, counted in a staffing table's ``3ㆍ4급``) may be held at the higher one and
    counts there; one of grades counted together (``4급 이상``) reaches every grade it
    counts."""
    findings = []
    new_roots = [
        unit
        for unit in org
        if unit.id not in before and (unit.parent_id is None or unit.parent_id in before)
    ]
    for unit in new_roots:
        what = (
            "temporary"
            if unit.id in temporary
            else "affiliated"
            if unit.kind in AFFILIATED_KINDS
            else None
        )
        if what is None:
            continue
        rule = _consultation(standards, what, profile)
        if rule is None:
            continue
        reached = _highest_official([unit, *org.walk(unit.id)], rule.grade, grades)
        if reached is None:
            continue
        words, top = reached
        params = _consultation_params(unit, words, rule, top=grade_words(f"g{top}"))
        place = Place(PlaceKind.UNIT, unit.id, field="head_grade")
        if words != grade_words(f"g{top}"):  # a post of two grades: told at which it reaches
            message = (
                N_(
                    "The new temporary unit {unit} has a post of {grade}, which may be held at "
                    "{top} ({threshold} or above): consult the {authority} beforehand "
                    "({provision})."
                )
                if what == "temporary"
                else N_(
                    "The new agency {unit} has a post of {grade}, which may be held at {top} "
                    "({threshold} or above): consult the {authority} beforehand ({provision})."
                )
            )
        else:
            message = (
                N_(
                    "The new temporary unit {unit} has an official of {grade} ({threshold} or "
                    "above): consult the {authority} beforehand ({provision})."
                )
                if what == "temporary"
                else N_(
                    "The new agency {unit} has an official of {grade} ({threshold} or above): "
                    "consult the {authority} beforehand ({provision})."
                )
            )
        findings.append(warning("W-DECREE-CONSULT", place, message, **params))
    return findings


def _consultation(standards: Standards, what: str, profile: Profile) -> Consultation | None:
    """The 제21조 consultation a new or changed ``what`` (``temporary``, ``affiliated``) of
    this kind of government needs, if any."""
    return next(
        (c for c in standards.consultations if c.what == what and profile.kind in c.governments),
        None,
    )


def _consultation_params(
    unit: Unit, words: Pair, rule: Consultation, **more: object
) -> dict[str, object]:
    """The parameters of a consultation finding on ``unit``, whose official is of ``words``."""
    return dict(
        unit=Pair(unit.name_ko, unit.name_en),
        grade=words,
        threshold=grade_words(f"g{rule.grade}"),
        authority=_AUTHORITIES[rule.authority],
        provision=rule.provision.pair(),
        **more,
    )


def _regraded_agency_findings(
    org: Organization,
    before: Organization,
    profile: Profile,
    standards: Standards,
    grades: tuple[Grade, ...],
) -> list[Finding]:
    """규정 제21조 for a 소속기관 that stays: the 법제처 reads the consultation as covering a
    grade changed in an existing agency too (a 보건소장 made 4급 from '4급 또는 5급'), else the
    control of its grades could be passed by. An official the changes give a grade at the
    threshold or above (a head whose grades change, the head of a new unit inside it, posts
    added at such a grade) is told, once per agency, at the agency."""
    rule = _consultation(standards, "affiliated", profile)
    if rule is None:
        return []
    findings = []
    for unit in org:
        if unit.kind not in AFFILIATED_KINDS or unit.id not in before:
            continue
        if (parent := org.find(unit.parent_id)) is not None and parent.kind in AFFILIATED_KINDS:
            continue  # inside an agency: told with that agency
        inside = list(org.walk(unit.id))
        new_agencies = {u.id for u in inside if u.id not in before and u.kind in AFFILIATED_KINDS}
        staying = [  # a new agency inside it is told on its own, with its units
            u for u in inside if not new_agencies & {u.id, *(a.id for a in org.ancestors(u.id))}
        ]
        changed = [_changed_officials(u, before) for u in [unit, *staying]]
        reached = _highest_official(changed, rule.grade, grades)
        if reached is None:
            continue
        words, _top = reached
        params = _consultation_params(unit, words, rule)
        message = N_(
            "The changes set an official of the agency {unit} at {grade} ({threshold} or "
            "above): consult the {authority} beforehand ({provision}); the Ministry of "
            "Government Legislation reads the article as covering a grade changed in an "
            "existing agency too."
        )
        place = Place(PlaceKind.UNIT, unit.id, field="head_grade")
        findings.append(warning("W-DECREE-CONSULT", place, message, **params))
    return findings


def _changed_officials(unit: Unit, before: Organization) -> Unit:
    """The officials of ``unit`` the changes give a grade: its head, when the unit is new or
    its head's grades changed, and the posts its staffing gains at each grade (a head's post
    moved to its new grade among them)."""
    old = before.find(unit.id)
    if old is None:
        return unit
    head = unit.head_grades != old.head_grades
    return dataclasses.replace(
        unit,
        head_grade=unit.head_grade if head else "",
        head_grade_alt=unit.head_grade_alt if head else "",
        staffing={
            code: gained
            for code, count in unit.staffing.items()
            if (gained := count - old.staffing.get(code, 0)) > 0
        },
    )


def _highest_official(
    units: Iterable[Unit], threshold: int, grades: tuple[Grade, ...]
) -> tuple[Pair, int] | None:
    """The official of ``units`` (a head, by its grades; a post of the staffing, by its grade)
    whose general grade reaches ``threshold`` or above, the highest first (one of a grade of its
    own before one of two at the same height, then in the units' order): the official's grade
    in words (``3급``, a 복수직급 head's ``3·4급``, a post of the table's ``3ㆍ4급``) and the
    grade it may be held at (3; for a post of ``4급 이상``, the threshold itself). ``None``
    when none reaches it."""
    found: list[tuple[int, bool, int, Pair]] = []
    for unit in units:
        officials: list[tuple[Pair, int, int, bool]] = []
        spans = [span for code in head_codes(unit.head_grades) if (span := general_span(code))]
        if spans:
            words = head_grade_words(unit.head_grades, grades)
            officials.append((words, min(s[0] for s in spans), max(s[1] for s in spans), False))
        for code, count in unit.staffing.items():
            if count > 0 and (span := general_span(code)) is not None:
                officials.append((grade_words(code, grades), *span, code.endswith("-above")))
        for words, high, low, above in officials:
            if high <= threshold:
                top = threshold if above else high
                found.append((top, high != low, len(found), words))
    if not found:
        return None
    top, _two, _order, words = min(found)
    return words, top
