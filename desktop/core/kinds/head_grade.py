"""직급 조정 — a new grade for the head of a unit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar

from desktop.core.grades import Grade, combined_code, grade_words, head_grade_words
from desktop.core.kinds.base import Action, ApplyState, Change, PostMove, grade_label, name_of
from desktop.core.kinds.staffing import tell_moved_twice
from desktop.core.org import Unit
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
        move_head_post(state, self, index, unit, (old, old_alt), (self.grade, new_alt))
        state.record(self, HEAD_GRADE, unit, HeadGrade(old, self.grade, old_alt, new_alt))

    def describe(self, names: Mapping[str, str], grades: Mapping[str, str] | None = None) -> str:
        grade = grade_label(grades, self.grade)
        if self.grade_alt and self.grade_alt != self.grade:
            either = " 또는 " if language() == "ko" else " or "
            grade = f"{grade}{either}{grade_label(grades, self.grade_alt)}"
        return f"{name_of(names, self.unit_id)}: {grade}"


def move_head_post(
    state: ApplyState,
    change: Change,
    index: int,
    unit: Unit,
    old: tuple[str, str],
    new: tuple[str, str],
) -> None:
    """Count the head's post at its new grades (a 직급 조정, or a 격상ㆍ격하 that gives the
    head another grade). The post is the unit's own; a unit with no posts of its own (an
    instrument that states its posts by grade alone) has its head's post counted in the
    pool kept with the head of government. The head is one post, counted once: where the
    staffing table has a row of a 복수직급's two grades (``3ㆍ4급``: grades.combined_code), a
    head of both is counted there; else at the first of its old grades ``holder``'s staffing
    holds. It moves to the row of its new grades (their 복수직급 row, else the first grade)
    unless it sits at one of them already. A head of two grades whose post the staffing
    could count at either (posts at both, no row of the two) is ambiguous: no post moves and
    the official is told which count to fix. A staffing change that moves a post of the same
    staffing between the same grades, before or after, is told as moving it a second time
    (W-HEAD-POST-TWICE, :func:`~desktop.core.kinds.staffing.tell_moved_twice`)."""
    holder = unit
    if not any(unit.staffing.values()):  # posts stated by grade alone: the pool's
        holder = state.org.head() or unit
    old_codes = [g for g in dict.fromkeys(old) if g]
    new_codes = [g for g in dict.fromkeys(new) if g]
    staffing = holder.staffing
    joined = combined_code(old_codes, state.grades) if len(old_codes) == 2 else ""
    if joined and staffing.get(joined, 0) > 0:
        counted = joined
    else:
        held = [g for g in old_codes if staffing.get(g, 0) > 0]
        if len(held) == 2:  # either grade's count may hold it
            other = [g for g in held if g not in new_codes]
            either = [grade_words(g, state.grades) for g in other]
            state.warn(
                change,
                index,
                "W-HEAD-GRADE-POST",
                N_(
                    "The head of {unit} was {old}, and the staffing of {holder} has posts at "
                    "both grades: which of them counts the head's post cannot be told, so none "
                    "was moved to {new}. If it is counted at {other}, move it with a staffing "
                    "change of {holder} ({other} −1, {target} +1)."
                ),
                unit=Pair(unit.name_ko, unit.name_en),
                holder=Pair(holder.name_ko, holder.name_en),
                old=head_grade_words(old_codes, state.grades),
                new=head_grade_words(new_codes, state.grades),
                other=Pair(" 또는 ".join(w.ko for w in either), " or ".join(w.en for w in either)),
                target=grade_words(new_codes[0], state.grades),
            )
            return
        counted = held[0] if held else ""
    if not counted or not new_codes:
        return
    target = combined_code(new_codes, state.grades) if len(new_codes) == 2 else ""
    if not target:
        if counted in new_codes:
            return
        target = new_codes[0]
    if counted == target:
        return
    moved = dict(staffing)
    moved[counted] -= 1
    moved[target] = moved.get(target, 0) + 1
    holder.staffing = {code: count for code, count in moved.items() if count}  # as a 정원 변경
    move = PostMove(
        change,
        index,
        Pair(unit.name_ko, unit.name_en),
        holder.id,
        Pair(holder.name_ko, holder.name_en),
        counted,
        target,
    )
    state.post_moves.append(move)
    for staffing_change, at in state.staffed:  # one that moved the post by hand before
        tell_moved_twice(state, staffing_change, at, move)
