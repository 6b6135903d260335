"""직급 조정 — a new grade for the head of a unit."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.kinds.base import Action, ApplyState, Change, name_of
from desktop.i18n import N_

HEAD_GRADE = Action("head_grade", N_("grade"), colour="#8a6d00")


@dataclass(frozen=True)
class HeadGrade:
    """The head grade before and after (grade codes; empty: none)."""

    old: str
    new: str


@dataclass
class ChangeHeadGrade(Change):  # 직급 조정
    """A unit's head changes grade (직급 조정): ``unit_id``'s head becomes ``grade``."""

    unit_id: str = ""
    grade: str = ""

    type_name: ClassVar[str] = "head_grade"
    label: ClassVar[str] = N_("Change head grade")
    required: ClassVar[tuple[str, ...]] = ("unit_id", "grade")
    actions: ClassVar[tuple[Action, ...]] = (HEAD_GRADE,)

    def unit_refs(self) -> list[str]:
        return [self.unit_id]

    def apply(self, state: ApplyState, index: int) -> None:
        unit = state.org.get(self.unit_id)
        old = unit.head_grade
        unit.head_grade = self.grade
        state.record(self, HEAD_GRADE, unit, HeadGrade(old, self.grade))

    def describe(self, names: Mapping[str, str]) -> str:
        return f"{name_of(names, self.unit_id)}: {self.grade}"
