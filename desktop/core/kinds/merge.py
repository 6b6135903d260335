"""통합 — several units become one new unit."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from desktop.core.kinds.base import (
    Action,
    ApplyState,
    Change,
    ChangeRecord,
    Sources,
    english_name,
    english_of,
    name_of,
    shown,
)
from desktop.core.korean import attach
from desktop.core.org import Unit, UnitKind
from desktop.core.press_en import capitalized, series, the
from desktop.i18n import N_


class FromSources(Action):
    def summary_item(self, rec: ChangeRecord) -> tuple[str, str]:
        units = rec.payload.units if isinstance(rec.payload, Sources) else ()
        sources_ko = "·".join(ko for ko, _ in units)
        sources_en = ", ".join(english_of(ko, en) for ko, en in units)
        return f"{sources_ko}→{rec.name_ko}", f"{sources_en} → {english_name(rec)}"


class _Merged(FromSources):
    def remark(self, rec: ChangeRecord, own: bool, lang: str) -> str:
        """In the row of the bureau the merged unit is in, what was merged into it: ``해양정책과·
        항만과→해양항만과 통합`` / ``merged (Maritime Policy Division, Port Division → Maritime
        and Port Division)``, not ``해양항만과 통합`` as if it were merged into another."""
        if own or not isinstance(rec.payload, Sources) or not rec.payload.units:
            return super().remark(rec, own, lang)
        ko, en = self.summary_item(rec)
        return f"{ko} {self.word('ko')}" if lang == "ko" else f"{self.word('en')} ({en})"

    def press_notes(self, records: list[ChangeRecord]) -> list[tuple[str, str]]:
        """``해양정책과·항만과는 해양항만과로 통합된다.`` / ``The Maritime Policy Division and the
        Port Division will be merged into the Maritime and Port Division.``: the release says
        which units become the new one, not only that the bureau has it."""
        notes = []
        for rec in records:
            units = rec.payload.units if isinstance(rec.payload, Sources) else ()
            if not units:
                continue
            sources_ko = "·".join(ko for ko, _ in units)
            sources_en = series([english_of(ko, en) for ko, en in units])
            ko = f"{attach(sources_ko, '은/는')} {attach(rec.name_ko, '으로/로')} 통합된다."
            en = f"{capitalized(sources_en)} will be merged into {the(english_name(rec))}."
            notes.append((ko, en))
        return notes


MERGE = _Merged("merge", N_("merged"), colour="#1b7f2a", fill="#D2EEF0", press=True)


@dataclass
class Merge(Change):  # 통합
    """Several units become one new unit (``into``); their sub-units, duties and staff go there."""

    unit_ids: list[str] = field(default_factory=list)
    into: Unit = field(default_factory=lambda: Unit("", UnitKind.DIVISION, ""))

    type_name: ClassVar[str] = "merge"
    label: ClassVar[str] = N_("Merge")
    required: ClassVar[tuple[str, ...]] = ("unit_ids", "into")
    actions: ClassVar[tuple[Action, ...]] = (MERGE,)

    def unit_refs(self) -> list[str]:
        refs = list(self.unit_ids)
        if self.into.parent_id:
            refs.append(self.into.parent_id)
        return refs

    def created_units(self) -> list[Unit]:
        return [self.into]

    def removed_ids(self) -> list[str]:
        return list(self.unit_ids)

    def apply(self, state: ApplyState, index: int) -> None:
        if self.into.id in state.org or not self.into.id:
            state.fail(
                self,
                index,
                "E-ESTABLISH-ID",
                N_("The id of the merged unit ({id}) is already in use."),
                id=self.into.id,
            )
            return
        sources = [state.org.get(uid) for uid in self.unit_ids]
        into = copy.deepcopy(self.into)
        if not into.parent_id and sources:  # no superior chosen: the first source's
            into.parent_id = sources[0].parent_id
        if into.parent_id in self.unit_ids:
            into.parent_id = sources[0].parent_id
        if into.parent_id is not None and into.parent_id not in state.org:
            state.fail(
                self,
                index,
                "E-ESTABLISH-PARENT",
                N_("The new unit {name} is not placed under an existing unit."),
                name=into.name_ko or into.name_en or into.id,
            )
            return
        state.org.add(into, state.org.index_of(sources[0].id) if sources else None)
        for source in sources:
            for child_id in state.org.child_ids(source.id):
                state.org.move(child_id, into.id)
            if not self.into.duties:
                into.duties.extend(source.duties)
            if not self.into.staffing:
                for code, count in source.staffing.items():
                    into.staffing[code] = into.staffing.get(code, 0) + count
            state.org.remove(source.id)
        state.record(self, MERGE, into, Sources(tuple((s.name_ko, s.name_en) for s in sources)))

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        sources = " + ".join(name_of(names, uid) for uid in self.unit_ids)
        return f"{sources} → {shown(self.into.name_ko, self.into.name_en)}"
