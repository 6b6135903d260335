"""폐지 — abolish a unit; its sub-units and duties go to a successor."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.findings import error
from desktop.core.kinds.base import (
    Action,
    ApplyState,
    Change,
    ChangeRecord,
    english_name,
    english_of,
    name_of,
)
from desktop.core.korean import attach
from desktop.i18n import N_, Pair, ngettext_noop


@dataclass(frozen=True)
class Succeeded:
    """The unit that takes over an abolished unit's affairs (and sub-units)."""

    successor_ko: str
    successor_en: str


class _Abolished(Action):
    def press_notes(self, records: list[ChangeRecord]) -> list[tuple[str, str]]:
        """``재무과는 폐지되고, 그 사무는 기획감사실이 맡는다.`` / ``The Finance Division will
        be abolished, and its duties will pass to the Planning and Audit Office.``"""
        notes = []
        for rec in records:
            subject_en = f"The {english_name(rec)}"
            if isinstance(rec.payload, Succeeded):
                successor_en = english_of(rec.payload.successor_ko, rec.payload.successor_en)
                ko = (
                    f"{attach(rec.name_ko, '은/는')} 폐지되고, 그 사무는 "
                    f"{attach(rec.payload.successor_ko, '이/가')} 맡는다."
                )
                en = (
                    f"{subject_en} will be abolished, and its duties will pass to the "
                    f"{successor_en}."
                )
            else:
                ko = f"{attach(rec.name_ko, '은/는')} 폐지된다."
                en = f"{subject_en} will be abolished."
            notes.append((ko, en))
        return notes


ABOLISH = _Abolished("abolish", N_("abolished"), colour="#b3261e", fill="#F8D0D0")


@dataclass
class Abolish(Change):  # 폐지
    """Abolish a unit; its sub-units and duties go to ``successor_id``."""

    unit_id: str = ""
    successor_id: str | None = None

    type_name: ClassVar[str] = "abolish"
    label: ClassVar[str] = N_("Abolish")
    required: ClassVar[tuple[str, ...]] = ("unit_id",)
    actions: ClassVar[tuple[Action, ...]] = (ABOLISH,)

    def unit_refs(self) -> list[str]:
        return [self.unit_id] + ([self.successor_id] if self.successor_id else [])

    def removed_ids(self) -> list[str]:
        return [self.unit_id]

    def apply(self, state: ApplyState, index: int) -> None:
        unit = state.org.get(self.unit_id)
        children = state.org.child_ids(unit.id)
        if children and self.successor_id is None:
            singular, plural = ngettext_noop(
                "Abolishing {unit} leaves {n} sub-unit with nowhere to go; name a successor unit.",
                "Abolishing {unit} leaves {n} sub-units with nowhere to go; name a successor unit.",
            )
            state.findings.append(
                error(
                    "E-ABOLISH-ORPHANS",
                    self.place(index),
                    singular,
                    plural,
                    unit=Pair(unit.name_ko, unit.name_en),
                    n=len(children),
                )
            )
            return
        if self.successor_id is not None:
            if state.org.would_cycle(unit.id, self.successor_id):
                state.fail(
                    self,
                    index,
                    "E-ABOLISH-SUCCESSOR",
                    N_("The successor cannot be the abolished unit or one of its sub-units."),
                )
                return
            successor = state.org.get(self.successor_id)
            for child_id in children:
                state.org.move(child_id, successor.id)
            successor.duties.extend(unit.duties)
        successor = state.org.find(self.successor_id)
        payload = Succeeded(successor.name_ko, successor.name_en) if successor else None
        state.record(self, ABOLISH, unit, payload)
        state.org.remove(unit.id)

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        if self.successor_id:
            return f"{name_of(names, self.unit_id)} → {name_of(names, self.successor_id)}"
        return name_of(names, self.unit_id)
