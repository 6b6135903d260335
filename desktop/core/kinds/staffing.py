"""정원 조정 — head counts by grade added to (or taken from) a unit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar

from desktop.core.grades import grade_words, grades_words
from desktop.core.kinds.base import (
    Action,
    ApplyState,
    Change,
    Deltas,
    PostMove,
    grade_label,
    name_of,
)
from desktop.i18n import N_, Message, Pair

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
        # a head's post an earlier change moved: told even where this change is refused
        # below (its count of the old grade, emptied by the move, would go negative)
        for move in state.post_moves:
            tell_moved_twice(state, self, index, move)
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
        state.staffed.append((self, index))
        state.record(self, STAFFING, unit, Deltas(dict(self.deltas)))

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        deltas = ", ".join(
            f"{grade_label(grades, code)} {delta:+d}" for code, delta in self.deltas.items()
        )
        return f"{name_of(names, self.unit_id)}: {deltas}"


def tell_moved_twice(
    state: ApplyState, staffing: ChangeStaffing, index: int, move: PostMove
) -> None:
    """Tell the official, at the staffing change, that it moves a head's post a second time:
    ``move`` (a 격상ㆍ격하 or a 직급 조정, before or after it in the list) counted the post at
    the head's new grade, and the staffing change takes a post of the same staffing (the
    unit's, or the pool's the move took it from) from the old grade and adds one at the new.
    The counts stay as entered: the official may mean a second post. Both units are named as
    the move left them (one unit, one name)."""
    deltas = staffing.deltas
    if staffing.unit_id != move.holder_id:
        return
    if deltas.get(move.old, 0) >= 0 or deltas.get(move.new, 0) <= 0:
        return
    state.warn(
        staffing,
        index,
        "W-HEAD-POST-TWICE",
        N_(
            "Change {number} ({label}) already moves the post of the head of {unit} from "
            "{old} to {new}: this staffing change, which moves a post of {holder} between "
            "the same grades, counts it a second time. If it was meant for the head's post, "
            "remove this staffing change."
        ),
        number=move.index + 1,
        label=Message(move.change.label),
        unit=move.unit,
        holder=move.holder,
        old=grade_words(move.old, state.grades),
        new=grade_words(move.new, state.grades),
    )
