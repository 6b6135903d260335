"""Apply the ordered changes to the current organization.

:func:`apply_changes` never raises for bad input: a change that cannot apply (a unit that no
longer exists at that point, a move that would make a cycle, …) yields an error finding and is
skipped, so that the UI can show every problem at once. The result holds the new organization
and one :class:`ChangeRecord` per effect — the structured list that the 주요내용, the press
release and the organization tables are drafted from.
"""

from __future__ import annotations

import copy
import datetime as dt
import enum
from dataclasses import dataclass, field

from desktop.core import changes as ch
from desktop.core.findings import Finding, Place, PlaceKind, error, warning
from desktop.core.org import Level, Organization, Unit, UnitKind
from desktop.i18n import N_, Pair, ngettext_noop

_LEVEL_RANK = {Level.DIVISION: 0, Level.BUREAU: 1, Level.TOP: 2}


class Action(enum.StrEnum):
    ESTABLISH = "establish"  # 신설
    ABOLISH = "abolish"  # 폐지
    RENAME = "rename"  # 명칭변경
    MOVE = "move"  # 이관
    UPGRADE = "upgrade"  # 격상
    DOWNGRADE = "downgrade"  # 격하
    MERGE = "merge"  # 통합
    SPLIT = "split"  # 분리
    TRANSFER = "transfer"  # 사무 이관
    HEAD_GRADE = "head_grade"  # 직급 조정
    STAFFING = "staffing"  # 정원 조정

    @property
    def ko(self) -> str:
        return _ACTION_KO[self]


_ACTION_KO = {
    Action.ESTABLISH: "신설",
    Action.ABOLISH: "폐지",
    Action.RENAME: "명칭변경",
    Action.MOVE: "이관",
    Action.UPGRADE: "격상",
    Action.DOWNGRADE: "격하",
    Action.MERGE: "통합",
    Action.SPLIT: "분리",
    Action.TRANSFER: "사무 이관",
    Action.HEAD_GRADE: "직급 조정",
    Action.STAFFING: "정원 조정",
}


@dataclass
class ChangeRecord:
    """One effect of one change, with the names as they were and as they became."""

    change_id: str
    action: Action
    unit_id: str
    name_ko: str
    name_en: str
    level: Level
    old_name_ko: str = ""
    old_name_en: str = ""
    parent_ko: str = ""
    parent_en: str = ""
    old_parent_ko: str = ""
    old_parent_en: str = ""
    old_level: Level | None = None
    old_kind: UnitKind | None = None
    sources: list[tuple[str, str]] = field(default_factory=list)  # merged/split (ko, en)
    duties: list[str] = field(default_factory=list)
    duties_en: list[str] = field(default_factory=list)
    deltas: dict[str, int] = field(default_factory=dict)
    effective: dt.date | None = None


@dataclass
class ApplyResult:
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


def apply_changes(org: Organization, changes: list[ch.Change]) -> ApplyResult:
    """Apply ``changes`` in order to a copy of ``org``."""
    state = _State(org.copy())
    for index, change in enumerate(changes):
        missing = [ref for ref in change.unit_refs() if ref not in state.org]
        if missing:
            state.findings.append(_missing_unit(change, index, missing[0]))
            continue
        before = len(state.findings)
        _APPLIERS[type(change)](state, change, index)
        if not any(f.is_error for f in state.findings[before:]):
            state.applied.append(change.id)
    return ApplyResult(state.org, state.records, state.findings, state.applied)


class _State:
    def __init__(self, org: Organization) -> None:
        self.org = org
        self.records: list[ChangeRecord] = []
        self.findings: list[Finding] = []
        self.applied: list[str] = []

    def record(self, change: ch.Change, action: Action, unit: Unit, **extra: object) -> None:
        parent = self.org.find(unit.parent_id)
        rec = ChangeRecord(
            change_id=change.id,
            action=action,
            unit_id=unit.id,
            name_ko=unit.name_ko,
            name_en=unit.name_en,
            level=unit.kind.level,
            parent_ko=parent.name_ko if parent else "",
            parent_en=parent.name_en if parent else "",
            effective=change.effective,
        )
        for key, value in extra.items():
            setattr(rec, key, value)
        self.records.append(rec)

    def fail(self, change: ch.Change, index: int, code: str, message_id: str, **params) -> None:
        place = Place(PlaceKind.CHANGE, change.id, line=index + 1)
        self.findings.append(error(code, place, message_id, **params))


def _missing_unit(change: ch.Change, index: int, unit_id: str) -> Finding:
    place = Place(PlaceKind.CHANGE, change.id, line=index + 1)
    return error(
        "E-CHANGE-MISSING-UNIT",
        place,
        N_(
            "Change {number} ({label}) refers to unit {unit_id}, which does not exist at that "
            "point."
        ),
        number=index + 1,
        label=Pair(change.label_ko, change.label_en),
        unit_id=unit_id,
    )


def _establish(state: _State, change: ch.Establish, index: int) -> None:
    new_units = [change.unit, *change.children]
    taken = [u.id for u in new_units if u.id in state.org or not u.id]
    if taken or len({u.id for u in new_units}) != len(new_units):
        state.fail(
            change,
            index,
            "E-ESTABLISH-ID",
            N_("The id of a new unit ({ids}) is already in use.")
            if any(taken)
            else N_("A new unit has no id, or two new units have the same id."),
            ids=", ".join(filter(None, taken)),
        )
        return
    unit = copy.deepcopy(change.unit)
    state.org.add(unit, change.index)
    state.record(change, Action.ESTABLISH, unit)
    for child in change.children:
        child = copy.deepcopy(child)
        child.parent_id = unit.id
        state.org.add(child)
        state.record(change, Action.ESTABLISH, child)


def _abolish(state: _State, change: ch.Abolish, index: int) -> None:
    unit = state.org.get(change.unit_id)
    children = state.org.child_ids(unit.id)
    if children and change.successor_id is None:
        singular, plural = ngettext_noop(
            "Abolishing {unit} leaves {n} sub-unit with nowhere to go; name a successor unit.",
            "Abolishing {unit} leaves {n} sub-units with nowhere to go; name a successor unit.",
        )
        place = Place(PlaceKind.CHANGE, change.id, line=index + 1)
        state.findings.append(
            error(
                "E-ABOLISH-ORPHANS",
                place,
                singular,
                plural,
                unit=Pair(unit.name_ko, unit.name_en),
                n=len(children),
            )
        )
        return
    if change.successor_id is not None:
        if state.org.would_cycle(unit.id, change.successor_id):
            state.fail(
                change,
                index,
                "E-ABOLISH-SUCCESSOR",
                N_("The successor cannot be the abolished unit or one of its sub-units."),
            )
            return
        successor = state.org.get(change.successor_id)
        for child_id in children:
            state.org.move(child_id, successor.id)
        successor.duties.extend(unit.duties)
    state.record(change, Action.ABOLISH, unit)
    state.org.remove(unit.id)


def _rename(state: _State, change: ch.Rename, index: int) -> None:
    unit = state.org.get(change.unit_id)
    taken = [u for u in state.org.by_name(change.name_ko) if u.id != unit.id]
    if taken:
        state.fail(
            change,
            index,
            "E-RENAME-TAKEN",
            N_("The new name {name} is already used by another unit."),
            name=change.name_ko,
        )
        return
    old_ko, old_en = unit.name_ko, unit.name_en
    unit.name_ko = change.name_ko or unit.name_ko
    unit.name_en = change.name_en or unit.name_en
    state.record(change, Action.RENAME, unit, old_name_ko=old_ko, old_name_en=old_en)


def _move(state: _State, change: ch.Move, index: int) -> None:
    unit = state.org.get(change.unit_id)
    if state.org.would_cycle(unit.id, change.new_parent_id):
        state.fail(
            change,
            index,
            "E-MOVE-CYCLE",
            N_("{unit} cannot move under one of its own sub-units."),
            unit=Pair(unit.name_ko, unit.name_en),
        )
        return
    old_parent = state.org.parent(unit.id)
    state.org.move(unit.id, change.new_parent_id, change.index)
    state.record(
        change,
        Action.MOVE,
        unit,
        old_parent_ko=old_parent.name_ko if old_parent else "",
        old_parent_en=old_parent.name_en if old_parent else "",
    )


def _change_kind(state: _State, change: ch.ChangeKind, index: int) -> None:
    unit = state.org.get(change.unit_id)
    old_kind, old_ko, old_en = unit.kind, unit.name_ko, unit.name_en
    unit.kind = change.kind
    unit.name_ko = change.name_ko or unit.name_ko
    unit.name_en = change.name_en or unit.name_en
    unit.head_grade = change.head_grade or unit.head_grade
    old_rank, new_rank = _LEVEL_RANK[old_kind.level], _LEVEL_RANK[change.kind.level]
    if new_rank != old_rank:
        action = Action.UPGRADE if new_rank > old_rank else Action.DOWNGRADE
    else:
        action = Action.RENAME
    state.record(
        change,
        action,
        unit,
        old_name_ko=old_ko,
        old_name_en=old_en,
        old_level=old_kind.level,
        old_kind=old_kind,
    )


def _merge(state: _State, change: ch.Merge, index: int) -> None:
    if change.into.id in state.org or not change.into.id:
        state.fail(
            change,
            index,
            "E-ESTABLISH-ID",
            N_("The id of the merged unit ({id}) is already in use."),
            id=change.into.id,
        )
        return
    sources = [state.org.get(uid) for uid in change.unit_ids]
    into = copy.deepcopy(change.into)
    if into.parent_id is None and sources:
        into.parent_id = sources[0].parent_id
    if into.parent_id in change.unit_ids:
        into.parent_id = sources[0].parent_id
    state.org.add(into, state.org.index_of(sources[0].id) if sources else None)
    for source in sources:
        for child_id in state.org.child_ids(source.id):
            state.org.move(child_id, into.id)
        if not change.into.duties:
            into.duties.extend(source.duties)
        if not change.into.staffing:
            for code, count in source.staffing.items():
                into.staffing[code] = into.staffing.get(code, 0) + count
        state.org.remove(source.id)
    state.record(change, Action.MERGE, into, sources=[(s.name_ko, s.name_en) for s in sources])


def _split(state: _State, change: ch.Split, index: int) -> None:
    source = state.org.get(change.unit_id)
    ids = [u.id for u in change.into]
    if not ids or any(uid in state.org or not uid for uid in ids) or len(set(ids)) != len(ids):
        state.fail(
            change,
            index,
            "E-ESTABLISH-ID",
            N_("An id of a unit created by the split is empty or already in use."),
        )
        return
    position = state.org.index_of(source.id)
    created = []
    for offset, new in enumerate(change.into):
        new = copy.deepcopy(new)
        new.parent_id = source.parent_id
        state.org.add(new, position + 1 + offset)
        created.append(new)
    target = change.children_to if change.children_to in ids else ids[0]
    for child_id in state.org.child_ids(source.id):
        state.org.move(child_id, target)
    state.org.remove(source.id)
    for new in created:
        state.record(change, Action.SPLIT, new, sources=[(source.name_ko, source.name_en)])


def _transfer(state: _State, change: ch.TransferDuties, index: int) -> None:
    source, target = state.org.get(change.from_id), state.org.get(change.to_id)
    moved, moved_en = [], []
    for text in change.duties:
        duty = next((d for d in source.duties if d.ko == text), None)
        if duty is None:
            state.findings.append(
                warning(
                    "W-TRANSFER-DUTY",
                    Place(PlaceKind.CHANGE, change.id, line=index + 1),
                    N_("{unit} has no duty '{duty}'; not moved."),
                    unit=Pair(source.name_ko, source.name_en),
                    duty=text,
                )
            )
            continue
        source.duties.remove(duty)
        target.duties.append(duty)
        moved.append(text)
        moved_en.append(duty.en)
    state.record(
        change,
        Action.TRANSFER,
        target,
        duties=moved,
        duties_en=moved_en,
        old_parent_ko=source.name_ko,
        old_parent_en=source.name_en,
    )


def _head_grade(state: _State, change: ch.ChangeHeadGrade, index: int) -> None:
    unit = state.org.get(change.unit_id)
    old = unit.head_grade
    unit.head_grade = change.grade
    state.record(change, Action.HEAD_GRADE, unit, deltas={old or "-": -1, change.grade: 1})


def _staffing(state: _State, change: ch.ChangeStaffing, index: int) -> None:
    unit = state.org.get(change.unit_id)
    result = dict(unit.staffing)
    for code, delta in change.deltas.items():
        result[code] = result.get(code, 0) + delta
    negative = [code for code, count in result.items() if count < 0]
    if negative:
        state.fail(
            change,
            index,
            "E-STAFFING-NEGATIVE",
            N_("Staffing of {unit} would become negative ({grades})."),
            unit=Pair(unit.name_ko, unit.name_en),
            grades=", ".join(negative),
        )
        return
    unit.staffing = {code: count for code, count in result.items() if count}
    state.record(change, Action.STAFFING, unit, deltas=dict(change.deltas))


_APPLIERS = {
    ch.Establish: _establish,
    ch.Abolish: _abolish,
    ch.Rename: _rename,
    ch.Move: _move,
    ch.ChangeKind: _change_kind,
    ch.Merge: _merge,
    ch.Split: _split,
    ch.TransferDuties: _transfer,
    ch.ChangeHeadGrade: _head_grade,
    ch.ChangeStaffing: _staffing,
}
