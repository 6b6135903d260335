"""직급 조정 — a new grade for the head of a unit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.grades import Grade
from desktop.core.kinds.base import Action, ApplyState, Change, grade_label, name_of
from desktop.core.org import UnitKind
from desktop.i18n import N_, Pair

HEAD_GRADE = Action("head_grade", N_("grade"), colour="#8a6d00")


@dataclass(frozen=True)
class HeadGrade:
    """The head grade before and after (grade codes; empty: none)."""

    old: str
    new: str


def grade_change_words(grades: Iterable[Grade], change: HeadGrade) -> tuple[str, str, str, str]:
    """The old and new grade in Korean and English (``4급``, ``3급``, ``Grade 4``, ``Grade 3``)
    by the project's grade list; a code it does not list stands for itself."""
    labels = {g.code: (g.ko, g.en) for g in grades}
    old = labels.get(change.old, (change.old, change.old))
    new = labels.get(change.new, (change.new, change.new))
    return old[0], new[0], old[1], new[1]


def grade_change_text(grades: Iterable[Grade], change: HeadGrade, lang: str) -> str:
    """``4급 → 3급`` / ``Grade 4 → Grade 3``; the new grade alone when the head had none."""
    old_ko, new_ko, old_en, new_en = grade_change_words(grades, change)
    old, new = (old_ko, new_ko) if lang == "ko" else (old_en, new_en)
    return f"{old} → {new}" if old else new


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
        """The head's post changes grade with the head: where the unit's staffing holds a
        post of the old grade, that post is counted at the new one (도시계획국장 3급 → 2급:
        the bureau's 3급 1 becomes 2급 1), so that the staffing annex and the release say
        what the article says. A unit with no posts of its own (an instrument that states its
        posts by grade alone, kept with the head of government: see
        :meth:`desktop.core.orgread.OrgReading._pool`) has its head's post counted there."""
        unit = state.org.get(self.unit_id)
        old = unit.head_grade
        if old == self.grade:  # nothing for a document to tell: say so, not drop it silently
            state.warn(
                self,
                index,
                "W-CHANGE-NOTHING",
                N_("The head of {unit} already has this grade: this change changes nothing."),
                unit=Pair(unit.name_ko, unit.name_en),
            )
            return
        unit.head_grade = self.grade
        holder = unit
        if not any(unit.staffing.values()):  # posts stated by grade alone: the pool's
            holder = next((u for u in state.org if u.kind is UnitKind.GOVERNOR), unit)
        if old and holder.staffing.get(old, 0) > 0:
            staffing = dict(holder.staffing)
            staffing[old] -= 1
            staffing[self.grade] = staffing.get(self.grade, 0) + 1
            holder.staffing = staffing
        state.record(self, HEAD_GRADE, unit, HeadGrade(old, self.grade))

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        return f"{name_of(names, self.unit_id)}: {grade_label(grades, self.grade)}"
