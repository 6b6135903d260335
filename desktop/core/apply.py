"""Apply the ordered changes to the current organization.

:func:`apply_changes` never raises for bad input: a change that cannot apply (a unit that no
longer exists at that point, a move that would make a cycle, …) yields an error finding and is
skipped, so that the UI can show every problem at once. The result holds the new organization
and one :class:`ChangeRecord` per effect — the structured list that the 주요내용, the press
release and the organization tables are drafted from. Each kind applies itself
(:meth:`desktop.core.kinds.base.Change.apply`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.findings import Finding, error
from desktop.core.grades import Grade
from desktop.core.kinds import Action, ApplyState, Change, ChangeRecord
from desktop.core.org import Organization
from desktop.i18n import N_, Message

__all__ = ["Action", "ApplyResult", "ChangeRecord", "apply_changes"]


@dataclass
class ApplyResult:
    """The organization after the changes, what each change did, the findings of applying
    them, and which changes applied."""

    org: Organization
    records: list[ChangeRecord]
    findings: list[Finding]
    applied: list[str]  # ids of the changes that applied

    def records_for(self, unit_id: str) -> list[ChangeRecord]:
        return [rec for rec in self.records if rec.unit_id == unit_id]

    def marks(self) -> dict[str, set[Action]]:
        """Unit id → the actions that touched it (for marking the after-tree)."""
        result: dict[str, set[Action]] = {}
        for rec in self.records:
            result.setdefault(rec.unit_id, set()).add(rec.action)
        return result


def apply_changes(
    org: Organization, changes: list[Change], grades: Iterable[Grade] = ()
) -> ApplyResult:
    """Apply ``changes`` in order to a copy of ``org`` (``grades``: the project's, named in
    the messages; the default grades when none are given)."""
    state = ApplyState(org.copy(), grades)
    for index, change in enumerate(changes):
        missing = [ref for ref in change.unit_refs() if ref not in state.org]
        if missing:
            state.findings.append(_missing_unit(change, index, missing[0]))
            continue
        before = len(state.findings)
        change.apply(state, index)
        if not any(f.is_error for f in state.findings[before:]):
            state.applied.append(change.id)
    return ApplyResult(state.org, state.records, state.findings, state.applied)


def _missing_unit(change: Change, index: int, unit_id: str) -> Finding:
    return error(
        "E-CHANGE-MISSING-UNIT",
        change.place(index),
        N_(
            "Change {number} ({label}) refers to unit {unit_id}, which does not exist at that "
            "point."
        ),
        number=index + 1,
        label=Message(change.label),
        unit_id=unit_id,
    )
