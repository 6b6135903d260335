"""정원 조정 — head counts by grade added to (or taken from) a unit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from desktop.core.grades import grades_words
from desktop.core.kinds.base import Action, ApplyState, Change, Deltas, grade_label, name_of
from desktop.i18n import N_, Pair

STAFFING = Action("staffing", N_("staffing"), colour="#8a6d00")


@dataclass
class ChangeStaffing(Change):  # 정원 조정
    """Staffing deltas by grade code (``{"g4": 1, "g5": -1}``)."""

    unit_id: str = ""
    deltas: dict[str, int] = field(default_factory=dict)

    type_name: ClassVar[str] = "staffing"
    label: ClassVar[str] = N_("Change staffing")
    required: ClassVar[tuple[str, ...]] = ("unit_id", "deltas")
    actions: ClassVar[tuple[Action, ...]] = (STAFFING,)

    def unit_refs(self) -> list[str]:
        return [self.unit_id]

    def apply(self, state: ApplyState, index: int) -> None:
        unit = state.org.get(self.unit_id)
        result = dict(unit.staffing)
        for code, delta in self.deltas.items():
            result[code] = result.get(code, 0) + delta
        negative = [code for code, count in result.items() if count < 0]
        if negative:
            state.fail(
                self,
                index,
                "E-STAFFING-NEGATIVE",
                N_("Staffing of {unit} would become negative ({grades})."),
                unit=Pair(unit.name_ko, unit.name_en),
                grades=grades_words(negative, state.grades),
            )
            return
        unit.staffing = {code: count for code, count in result.items() if count}
        state.record(self, STAFFING, unit, Deltas(dict(self.deltas)))

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        deltas = ", ".join(
            f"{grade_label(grades, code)} {delta:+d}" for code, delta in self.deltas.items()
        )
        return f"{name_of(names, self.unit_id)}: {deltas}"
