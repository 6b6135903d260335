"""직급 조정 — a new grade for the head of a unit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.grades import Grade, head_grade_words
from desktop.core.kinds.base import Action, ApplyState, Change, grade_label, name_of
from desktop.core.org import UnitKind
from desktop.i18n import N_, Pair, language

HEAD_GRADE = Action("head_grade", N_("grade"), colour="#8a6d00")


@dataclass(frozen=True)
class HeadGrade:
    """The head grade before and after (grade codes; empty: none), with the second grade of
    a 복수직급 head before and after (``old_alt``, ``new_alt``; empty: one grade)."""

    old: str
    new: str
    old_alt: str = ""
    new_alt: str = ""

    @property
    def old_grades(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(g for g in (self.old, self.old_alt) if g))

    @property
    def new_grades(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(g for g in (self.new, self.new_alt) if g))


def grade_change_words(grades: Iterable[Grade], change: HeadGrade) -> tuple[str, str, str, str]:
    """The old and new grade in Korean and English (``4급``, ``3급``, ``Grade 4``, ``Grade 3``;
    a 복수직급 as ``3·4급``, ``Grade 3 or 4``) by the project's grade list; a code it does not
    list stands for itself."""
    grades = tuple(grades)
    old = head_grade_words(change.old_grades, grades)
    new = head_grade_words(change.new_grades, grades)
    return old.ko, new.ko, old.en, new.en


def grade_change_text(grades: Iterable[Grade], change: HeadGrade, lang: str) -> str:
    """``4급 → 3급`` / ``Grade 4 → Grade 3``; the new grade alone when the head had none."""
    old_ko, new_ko, old_en, new_en = grade_change_words(grades, change)
    old, new = (old_ko, new_ko) if lang == "ko" else (old_en, new_en)
    return f"{old} → {new}" if old else new


@dataclass
class ChangeHeadGrade(Change):  # 직급 조정
    """A unit's head changes grade (직급 조정): ``unit_id``'s head becomes ``grade``, or
    either of ``grade`` and ``grade_alt`` (복수직급, ``3·4급``)."""

    unit_id: str = ""
    grade: str = ""
    grade_alt: str = ""

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
        old, old_alt = unit.head_grade, unit.head_grade_alt
        new_alt = self.grade_alt if self.grade_alt != self.grade else ""
        if (old, old_alt) == (self.grade, new_alt):  # nothing to tell: say so, not drop it
            state.warn(
                self,
                index,
                "W-CHANGE-NOTHING",
                N_("The head of {unit} already has this grade: this change changes nothing."),
                unit=Pair(unit.name_ko, unit.name_en),
            )
            return
        unit.head_grade, unit.head_grade_alt = self.grade, new_alt
        holder = unit
        if not any(unit.staffing.values()):  # posts stated by grade alone: the pool's
            holder = next((u for u in state.org if u.kind is UnitKind.GOVERNOR), unit)
        # The head is one post, counted once: at the first of its old grades the staffing
        # holds, moved to its new (first) grade unless it already sits at one of them.
        counted = next((g for g in (old, old_alt) if g and holder.staffing.get(g, 0) > 0), "")
        if counted and counted not in (self.grade, new_alt):
            staffing = dict(holder.staffing)
            staffing[counted] -= 1
            staffing[self.grade] = staffing.get(self.grade, 0) + 1
            holder.staffing = staffing
        state.record(self, HEAD_GRADE, unit, HeadGrade(old, self.grade, old_alt, new_alt))

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        grade = grade_label(grades, self.grade)
        if self.grade_alt and self.grade_alt != self.grade:
            either = " 또는 " if language() == "ko" else " or "
            grade = f"{grade}{either}{grade_label(grades, self.grade_alt)}"
        return f"{name_of(names, self.unit_id)}: {grade}"
