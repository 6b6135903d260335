"""Cross-check of the organization against the instruments' text (기구·조문 대조).

The organization the official keeps (typed, imported from a spreadsheet or read earlier) and
the current texts must tell the same story. :func:`cross_check` compares them by unit name:

- a unit of the organization that no instrument mentions (``W-XCHECK-UNMENTIONED``), but for
  the council's secretariat, which many governments set up in an ordinance of its own;
- a unit an instrument sets up that the organization lacks (``W-XCHECK-MISSING``);
- a unit whose duties in the organization differ from those its article lists
  (``W-XCHECK-DUTIES``).

Each difference that the text settles has a fix, :func:`take_from_text`, which returns the
organization with the text's version (the unit added under its superior, or the duties
replaced); the window runs it as one undoable command.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.core.findings import Finding, Place, PlaceKind, warning
from desktop.core.org import Duty, Level, Organization, Unit, UnitKind
from desktop.core.orgread import OrgReading, SourceLine
from desktop.i18n import N_, Pair

UNMENTIONED = "W-XCHECK-UNMENTIONED"
MISSING = "W-XCHECK-MISSING"
DUTIES = "W-XCHECK-DUTIES"


@dataclass(frozen=True)
class Difference:
    """One difference between the organization and the text."""

    code: str
    name: str  # the unit's Korean name
    unit_id: str = ""  # in the organization, when it has the unit
    source: SourceLine | None = None  # where the text says it
    parent: str = ""  # MISSING: the superior the text names
    text_duties: tuple[str, ...] = ()
    tree_duties: tuple[str, ...] = ()

    @property
    def fixable(self) -> bool:
        return self.code in (MISSING, DUTIES)

    def finding(self, instruments: Mapping[str, Pair] | None = None) -> Finding:
        """The difference as a validation finding, located at the unit (or, for a unit the
        organization lacks, at the instrument's line); ``instruments`` names each
        instrument by its key (the key itself when not given)."""
        if self.code == UNMENTIONED:
            return warning(
                UNMENTIONED,
                Place(PlaceKind.UNIT, self.unit_id),
                N_("{unit} is in the organization, but no instrument mentions it."),
                unit=self.name,
            )
        assert self.source is not None
        key = self.source.instrument
        instrument = (instruments or {}).get(key) or Pair(key, key)
        place = Place(PlaceKind.STATUTE_LINE, self.source.instrument, line=self.source.line)
        if self.code == MISSING:
            return warning(
                MISSING,
                place,
                N_(
                    "Line {line} of the {instrument} sets up {unit} under {parent}, but the "
                    "organization has no {unit}."
                ),
                instrument=instrument,
                line=self.source.line,
                unit=self.name,
                parent=self.parent,
            )
        return warning(
            DUTIES,
            Place(PlaceKind.UNIT, self.unit_id, field="duties"),
            N_(
                "The duties of {unit} differ from those of the {instrument}, line {line} "
                "({tree} in the organization, {text} in the text)."
            ),
            unit=self.name,
            instrument=instrument,
            line=self.source.line,
            tree=len(self.tree_duties),
            text=len(self.text_duties),
        )


def cross_check(org: Organization, reading: OrgReading, texts: dict[str, str]) -> list[Difference]:
    """Every difference between ``org`` and what ``reading`` read from ``texts`` (the
    instruments' text by key, for the names the patterns did not read)."""
    differences: list[Difference] = []
    by_name: dict[str, list[Unit]] = {}
    for unit in org:
        by_name.setdefault(unit.name_ko, []).append(unit)
    whole = "\n".join(texts.values())
    for unit in org:
        if unit.kind.level is Level.TOP or _in_council(org, unit):
            continue
        if unit.name_ko not in reading.mentioned and unit.name_ko not in whole:
            differences.append(Difference(UNMENTIONED, unit.name_ko, unit.id))
    for name, read in reading.units.items():
        units = by_name.get(name)
        if not units:
            if read.kind.level is not Level.TOP:
                differences.append(
                    Difference(MISSING, name, source=read.source, parent=read.parent or "")
                )
            continue
        if len(units) != 1 or not read.duties:
            continue
        unit = units[0]
        text = tuple(d.ko for d in read.duties)
        tree = tuple(d.ko for d in unit.duties)
        if text != tree:
            differences.append(
                Difference(
                    DUTIES,
                    name,
                    unit.id,
                    read.duties_source or read.source,
                    text_duties=text,
                    tree_duties=tree,
                )
            )
    return differences


def _in_council(org: Organization, unit: Unit) -> bool:
    """Whether ``unit`` is the council's secretariat or under it: set up by an ordinance of
    its own in many governments (「○○군의회 사무기구 설치 조례」), so the organization
    instruments need not mention it."""
    chain = [unit, *org.ancestors(unit.id)]
    return any(u.kind is UnitKind.COUNCIL_SECRETARIAT for u in chain)


def _new_id(org: Organization, name: str) -> str:
    base = f"read-{len(org) + 1}"
    candidate, n = base, 1
    while candidate in org:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def take_from_text(
    org: Organization, difference: Difference, reading: OrgReading, answers=None
) -> Organization | None:
    """A copy of ``org`` with the text's version of ``difference``; ``None`` when the text
    does not settle it (a unit no instrument mentions, or a superior the organization lacks)."""
    if difference.code == DUTIES:
        result = org.copy()
        unit = result.get(difference.unit_id)
        english = {d.ko: d.en for d in unit.duties}
        unit.duties = [Duty(text, english.get(text, "")) for text in difference.text_duties]
        return result
    if difference.code == MISSING:
        parents = org.by_name(difference.parent) if difference.parent else []
        if difference.parent and len(parents) != 1:
            return None
        read = reading.units[difference.name]
        result = org.copy()
        result.add(
            Unit(
                _new_id(result, difference.name),
                reading.kind_of(difference.name, answers),
                difference.name,
                parent_id=parents[0].id if parents else None,
                head_grade=reading.grade_of(difference.name, answers),
                duties=[Duty(d.ko) for d in read.duties],
                purpose_ko=read.purpose_ko,
                head_grade_alt=reading.grade_alt_of(difference.name, answers),
            )
        )
        return result
    return None
