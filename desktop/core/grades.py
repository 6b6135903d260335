"""Grades (직급) for staffing tables, with Korean and English labels.

The grade list is configurable per project; :data:`DEFAULT_GRADES` is the list a new project
starts with. Each grade belongs to a *group* (정무직, 일반직, 소방직, …) used by the staffing
table (정원표) to print subtotals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.i18n import Pair


@dataclass(frozen=True)
class Grade:
    """One grade: a stable code, its Korean and English label and its group code."""

    code: str
    ko: str
    en: str
    group: str


@dataclass(frozen=True)
class GradeGroup:
    """A group of grades (일반직, 정무직 …), by code, in Korean and English."""

    code: str
    ko: str
    en: str


GROUPS: tuple[GradeGroup, ...] = (
    GradeGroup("political", "정무직", "Political"),
    GradeGroup("general", "일반직", "General service"),
    GradeGroup("research", "연구직·지도직", "Research and extension"),
    GradeGroup("specialist", "전문경력관", "Professional career officials"),
    GradeGroup("special", "별정직", "Special service"),
    GradeGroup("fire", "소방직", "Fire service"),
    GradeGroup("police", "경찰", "Police"),
)


def _general() -> tuple[Grade, ...]:
    return tuple(Grade(f"g{n}", f"{n}급", f"Grade {n}", "general") for n in range(1, 10))


_FIRE = (
    ("fire-1", "소방정감", "Fire Chief Superintendent General"),
    ("fire-2", "소방감", "Fire Superintendent General"),
    ("fire-3", "소방준감", "Fire Chief Superintendent"),
    ("fire-4", "소방정", "Fire Superintendent"),
    ("fire-5", "소방령", "Fire Chief Inspector"),
    ("fire-6", "소방경", "Fire Inspector"),
    ("fire-7", "소방위", "Fire Lieutenant"),
    ("fire-8", "소방장", "Fire Sergeant"),
    ("fire-9", "소방교", "Senior Firefighter"),
    ("fire-10", "소방사", "Firefighter"),
)

DEFAULT_GRADES: tuple[Grade, ...] = (
    Grade("political", "정무직", "Political", "political"),
    *_general(),
    Grade("research", "연구직", "Research", "research"),
    Grade("guidance", "지도직", "Extension", "research"),
    Grade("specialist", "전문경력관", "Professional career official", "specialist"),
    Grade("special", "별정직", "Special service", "special"),
    *(Grade(code, ko, en, "fire") for code, ko, en in _FIRE),
    Grade("police", "경찰", "Police", "police"),
)


def grade_map(grades: tuple[Grade, ...] | list[Grade]) -> dict[str, Grade]:
    """Grades by code."""
    return {grade.code: grade for grade in grades}


def group_of(code: str) -> GradeGroup | None:
    for group in GROUPS:
        if group.code == code:
            return group
    return None


def grade_words(code: str, grades: Iterable[Grade] = DEFAULT_GRADES) -> Pair:
    """A grade as the official reads it: ``g4`` → 4급 / Grade 4 (from ``grades``, the
    project's list; a code it does not hold is shown as it is)."""
    grade = next((g for g in grades if g.code == code), None)
    return Pair(grade.ko, grade.en) if grade else Pair(code, code)


def grades_words(codes: Iterable[str], grades: Iterable[Grade] = DEFAULT_GRADES) -> Pair:
    """Several grades as the official reads them, with commas: ``6급, 7급`` / ``Grade 6, Grade
    7``."""
    grades = tuple(grades)
    words = [grade_words(code, grades) for code in codes]
    return Pair(", ".join(w.ko for w in words), ", ".join(w.en for w in words))


def head_grade_words(codes: Iterable[str], grades: Iterable[Grade] = DEFAULT_GRADES) -> Pair:
    """The grade of a head as the official reads it, one grade or the two of a 복수직급:
    ``g4`` → 4급 / Grade 4; ``g3``, ``g4`` → ``3·4급`` / ``Grade 3 or 4`` (general grades,
    the higher first; as the staffing table spells its row of the two where it has one,
    ``3ㆍ4급``, so a sentence naming the head's grade and that row's count writes one word);
    any other pair joined by 또는 / or (``소방정 또는 4급``). No code: empty."""
    grades = tuple(grades)
    codes = [code for code in codes if code]
    if len(codes) < 2:
        return grade_words(codes[0], grades) if codes else Pair("", "")
    if joined := combined_code(codes, grades):
        return grade_words(joined, grades)
    numbers = sorted(n for code in codes if (n := _general_number(code, grades)) is not None)
    if len(numbers) == len(codes):
        return Pair("·".join(map(str, numbers)) + "급", "Grade " + " or ".join(map(str, numbers)))
    words = [grade_words(code, grades) for code in codes]
    return Pair(" 또는 ".join(w.ko for w in words), " or ".join(w.en for w in words))


def _general_number(code: str, grades: tuple[Grade, ...]) -> int | None:
    """1 … 9 for a general grade the list holds as ``N급`` (``g3`` → 3), else ``None``."""
    grade = next((g for g in grades if g.code == code), None)
    if grade is None or grade.group != "general":
        return None
    number = grade.ko.removesuffix("급")
    return int(number) if number.isdecimal() and len(number) == 1 else None


# A staffing table may count a 복수직급 post in a row (or column) of its two grades, ``3ㆍ4급``
# (also written ``3·4급``, ``3급ㆍ4급``, ``3급 또는 4급``), or several grades in one,
# ``6급 이하`` / ``4급 이상``: grades of the table's own, which the project's list then holds.
_COMBINED = re.compile(r"(\d)\s*(?:급\s*)?(?:[·ㆍ‧・]|또는)\s*(\d)\s*급")
_BOUNDED = re.compile(r"(\d)\s*급\s*(이상|이하)")


def table_grade(label: str) -> Grade | None:
    """The grade a staffing table's row or column label states when it joins general grades:
    ``3ㆍ4급`` → ``g3-4`` (``Grade 3 or 4``), ``6급 이하`` → ``g6-below`` (``Grade 6 or
    below``), ``4급이상`` → ``g4-above``; its Korean label as the table writes it. ``None``
    for any other label (a grade of the default list among them)."""
    label = label.strip()
    if match := _COMBINED.fullmatch(label):
        high, low = sorted(map(int, match.groups()))
        if high == low or not 1 <= high <= 9 or not 1 <= low <= 9:
            return None
        return Grade(f"g{high}-{low}", label, f"Grade {high} or {low}", "general")
    if match := _BOUNDED.fullmatch(label):
        number, side = int(match.group(1)), match.group(2)
        if not 1 <= number <= 9:
            return None
        word = "above" if side == "이상" else "below"
        return Grade(f"g{number}-{word}", label, f"Grade {number} or {word}", "general")
    return None


def _rank(code: str) -> float:
    """Where a general grade's row stands among 1급 … 9급: ``g3`` 3, ``g3-4`` 3.5 (between its
    two grades), ``g6-below`` 5.9 (before 6급), ``g4-above`` 4.1 (after 4급)."""
    high, low = general_span(code) or (0, 0)
    if code.endswith("-below"):  # the grades from 6급 down: just before 6급
        return high - 0.1
    if code.endswith("-above"):  # the grades from 4급 up: just after 4급
        return low + 0.1
    return (high + low) / 2


def with_table_grades(grades: Iterable[Grade], extra: Iterable[Grade]) -> tuple[Grade, ...]:
    """``grades`` with the grades of a staffing table's own (:func:`table_grade`) among the
    general grades, each where the table counts it (``3ㆍ4급`` between 3급 and 4급); a code
    the list holds already is not added twice."""
    out = list(grades)
    for grade in extra:
        if any(g.code == grade.code for g in out):
            continue
        rank = _rank(grade.code)
        after = [
            i
            for i, g in enumerate(out)
            if g.group == "general" and _is_general_code(g.code) and _rank(g.code) < rank
        ]
        generals = [i for i, g in enumerate(out) if g.group == "general"]
        at = after[-1] + 1 if after else (generals[0] if generals else len(out))
        out.insert(at, grade)
    return tuple(out)


def _is_general_code(code: str) -> bool:
    return bool(re.fullmatch(r"g\d(?:-(?:\d|above|below))?", code))


def combined_code(codes: Iterable[str], grades: Iterable[Grade]) -> str:
    """The code of the grade of ``grades`` that counts a 복수직급 of two general grades
    (``g3``, ``g4`` → ``g3-4``) when the list holds one (the staffing table has such a row),
    else ``""``."""
    numbers = sorted(
        int(code[1:]) for code in dict.fromkeys(codes) if re.fullmatch(r"g\d", code or "")
    )
    if len(numbers) != 2:
        return ""
    code = f"g{numbers[0]}-{numbers[1]}"
    return code if any(g.code == code for g in grades) else ""


def general_span(code: str) -> tuple[int, int] | None:
    """The general grades a code may be held at, highest first: ``g3`` → (3, 3), a 복수직급's
    row ``g3-4`` → (3, 4), ``g6-below`` → (6, 9), ``g4-above`` → (1, 4); ``None`` for a grade
    of another group (정무직, 연구직, 소방정 …)."""
    if not _is_general_code(code):
        return None
    number, _sep, rest = code.removeprefix("g").partition("-")
    if rest == "above":
        return 1, int(number)
    if rest == "below":
        return int(number), 9
    return int(number), int(rest or number)


def head_grade_choices(grades: Iterable[Grade]) -> tuple[Grade, ...]:
    """The grades a head may be given, one at a time: the list without the grades of a
    staffing table's own that count several grades together (``3ㆍ4급``, ``6급 이하``). A head
    of two grades is given both (the head grade and the second head grade, 복수직급), and no
    head holds "6급 이하"."""
    return tuple(g for g in grades if (span := general_span(g.code)) is None or span[0] == span[1])


def head_codes(codes: Iterable[str]) -> tuple[str, ...]:
    """The grades a head holds, a grade of a staffing table's own named by its grades
    (``g3-4`` → ``g3``, ``g4``, as the instrument names the head of a 복수직급); any other
    code as it is."""
    out: list[str] = []
    for code in codes:
        span = general_span(code)
        if span is None or span[0] == span[1]:
            out.append(code)
        elif code.endswith(("-above", "-below")):
            out.extend(f"g{n}" for n in range(span[0], span[1] + 1))
        else:
            out.extend((f"g{span[0]}", f"g{span[1]}"))
    return tuple(dict.fromkeys(out))


def label_code(label: str, grades: Iterable[Grade]) -> str | None:
    """The code of the grade of ``grades`` (the project's list) a staffing table's row or
    column label names: a grade's label as the list writes it (``4급``), or a grade of a table's
    own however this table spells it (``3·4급``, ``3급ㆍ4급``, ``3급 또는 4급`` all name the
    list's ``3ㆍ4급``, ``g3-4``); ``None`` for any other label."""
    label = label.strip()
    grades = tuple(grades)
    if exact := next((g.code for g in grades if g.ko == label), None):
        return exact
    table = table_grade(label)
    if table is not None and any(g.code == table.code for g in grades):
        return table.code
    return None
