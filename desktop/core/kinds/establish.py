"""신설 — establish a unit (with the divisions under it)."""

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
    english_of,
    name_of,
    shown,
)
from desktop.core.korean import attach
from desktop.core.org import Unit, UnitKind
from desktop.i18n import N_
from desktop.i18n import gettext as _


class _Established(Action):
    def press_sentence(self, unit: Unit, own: list[ChangeRecord]) -> tuple[str, str]:
        purpose = f"{unit.purpose_ko}에 관한 사무를 맡는 " if unit.purpose_ko else ""
        duty = f"will be responsible for {unit.purpose_en}" if unit.purpose_en else "will be set up"
        name_en = english_of(unit.name_ko, unit.name_en)
        return (
            f"{purpose}{attach(unit.name_ko, '이/가')} 새로 생긴다.",
            f"The new {name_en} {duty}.",  # desktop.core.press_en: plain future
        )


ESTABLISH = _Established(
    "establish",
    N_("new"),
    colour="#1b7f2a",
    fill="#CFE2FF",
    heading_en="Established",
    new_unit=True,
    press=True,
    press_rank=0,
    adjective=True,
)


@dataclass
class Establish(Change):  # 신설
    """A new unit under ``unit.parent_id`` at ``index`` among its siblings, with sub-units."""

    unit: Unit = field(default_factory=lambda: Unit("", UnitKind.DIVISION, ""))
    index: int | None = None
    children: list[Unit] = field(default_factory=list)

    type_name: ClassVar[str] = "establish"
    label: ClassVar[str] = N_("Establish")
    required: ClassVar[tuple[str, ...]] = ("unit",)
    actions: ClassVar[tuple[Action, ...]] = (ESTABLISH,)

    def unit_refs(self) -> list[str]:
        return [self.unit.parent_id] if self.unit.parent_id else []

    def created_units(self) -> list[Unit]:
        return [self.unit, *self.children]

    def apply(self, state: ApplyState, index: int) -> None:
        new_units = self.created_units()
        taken = [u.id for u in new_units if u.id in state.org or not u.id]
        if taken or len({u.id for u in new_units}) != len(new_units):
            state.fail(
                self,
                index,
                "E-ESTABLISH-ID",
                N_("The id of a new unit ({ids}) is already in use.")
                if any(taken)
                else N_("A new unit has no id, or two new units have the same id."),
                ids=", ".join(filter(None, taken)),
            )
            return
        if self.unit.parent_id is not None and self.unit.parent_id not in state.org:
            state.fail(
                self,
                index,
                "E-ESTABLISH-PARENT",
                N_("The new unit {name} is not placed under an existing unit."),
                name=self.unit.name_ko or self.unit.name_en or self.unit.id,
            )
            return
        if state.refuses_admin_city(self, index, self.unit, self.unit.parent_id):
            return
        unit = copy.deepcopy(self.unit)
        state.org.add(unit, self.index)
        self.record_new(state, unit)
        for child in self.children:
            child = copy.deepcopy(child)
            child.parent_id = unit.id
            state.org.add(child)
            self.record_new(state, child)

    def record_new(self, state: ApplyState, unit: Unit) -> None:
        state.record(self, ESTABLISH, unit)

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        parent = name_of(names, self.unit.parent_id) if self.unit.parent_id else _("top level")
        text = _("{name} under {parent}").format(
            name=shown(self.unit.name_ko, self.unit.name_en), parent=parent
        )
        if self.children:
            text += f" ({', '.join(shown(u.name_ko, u.name_en) for u in self.children)})"
        return text
