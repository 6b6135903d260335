"""격상·격하 — give a unit another kind (and level), optionally a new name and head grade.

A new kind at the same level reads as a rename."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.kinds.base import (
    Action,
    ApplyState,
    Change,
    ChangeRecord,
    Regraded,
    english_name,
    english_of,
    name_of,
    shown,
)
from desktop.core.kinds.head_grade import move_head_post
from desktop.core.kinds.rename import RENAME
from desktop.core.korean import attach
from desktop.core.org import Level, Unit, UnitKind
from desktop.core.press_en import capitalized, level_words, the
from desktop.i18n import N_
from desktop.i18n import gettext as _

_RANK = {Level.DIVISION: 0, Level.BUREAU: 1, Level.TOP: 2}
_LEVEL_WORDS = {
    Level.TOP: ("기관장급", "head level"),
    Level.BUREAU: ("실·국급", "bureau level"),
    Level.DIVISION: ("과·담당관급", "division level"),
}


class _Regraded(Action):
    def summary_item(self, rec: ChangeRecord) -> tuple[str, str]:
        old = rec.payload
        if not isinstance(old, Regraded):
            return super().summary_item(rec)
        new_ko, new_en = _LEVEL_WORDS[rec.level]
        return (
            f"{rec.name_ko}({old.old_kind.ko}→{new_ko})",
            f"{english_name(rec)} ({old.old_kind.en} → {new_en})",
        )


class _Upgraded(_Regraded):
    def press_sentence(self, unit: Unit, own: list[ChangeRecord]) -> tuple[str, str] | None:
        upgraded = next((r.payload for r in own if r.action == self), None)
        if not isinstance(upgraded, Regraded):
            return None
        renamed = next((r.renamed for r in own if r.renamed), None)
        old = renamed.old_name_ko if renamed else unit.name_ko
        old_en = english_of(old, renamed.old_name_en if renamed else unit.name_en)
        new_en = english_of(unit.name_ko, unit.name_en)
        target = f"실·국급인 {attach(unit.name_ko, '으로/로')}" if renamed else "실·국급으로"
        return (
            f"{upgraded.old_kind.ko}급인 {attach(old, '은/는')} {target} 격상된다.",
            f"{capitalized(the(old_en))} will be upgraded from {level_words(upgraded.old_kind)} "
            f"to {level_words(unit.kind)}{f' as {the(new_en)}' if renamed else ''}.",
        )


UPGRADE = _Upgraded(
    "upgrade", N_("upgraded"), colour="#0b57d0", fill="#E6D9F5", press=True, press_rank=1
)
DOWNGRADE = _Regraded("downgrade", N_("downgraded"), colour="#0b57d0", fill="#E6D9F5")


@dataclass
class ChangeKind(Change):  # 격상·격하
    """Upgrade or downgrade: a new kind, optionally with a new name and head grade."""

    unit_id: str = ""
    kind: UnitKind = UnitKind.BUREAU
    name_ko: str = ""
    name_en: str = ""
    head_grade: str = ""
    head_grade_alt: str = ""  # 복수직급: the head's other grade (``3·4급``), with head_grade

    type_name: ClassVar[str] = "change_kind"
    label: ClassVar[str] = N_("Upgrade/downgrade")
    required: ClassVar[tuple[str, ...]] = ("unit_id", "kind")
    actions: ClassVar[tuple[Action, ...]] = (UPGRADE, DOWNGRADE, RENAME)

    def unit_refs(self) -> list[str]:
        return [self.unit_id]

    def apply(self, state: ApplyState, index: int) -> None:
        unit = state.org.get(self.unit_id)
        old = Regraded(unit.name_ko, unit.name_en, unit.kind, unit.head_grades)
        unit.kind = self.kind
        unit.name_ko = self.name_ko or unit.name_ko
        unit.name_en = self.name_en or unit.name_en
        if self.head_grade:  # the new grades, replacing both of a 복수직급
            alt = self.head_grade_alt if self.head_grade_alt != self.head_grade else ""
            before = (unit.head_grade, unit.head_grade_alt)
            unit.head_grade, unit.head_grade_alt = self.head_grade, alt
            # the head's post goes with the head's grade, as a 직급 조정's does
            move_head_post(state, self, index, unit, before, (self.head_grade, alt))
        old_rank, new_rank = _RANK[old.old_kind.level], _RANK[self.kind.level]
        if new_rank != old_rank:
            action = UPGRADE if new_rank > old_rank else DOWNGRADE
        else:
            action = RENAME
        state.record(self, action, unit, old)

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        new_name = shown(self.name_ko, self.name_en)
        kind = shown(self.kind.ko, _(self.kind.en))
        unit = name_of(names, self.unit_id)
        return f"{unit} → {new_name} ({kind})" if new_name else f"{unit} → {kind}"
