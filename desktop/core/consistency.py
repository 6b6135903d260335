"""The consistency check of a Korean/English paragraph pair (보도자료 국영문 대조).

:func:`check_pair` reports, as warnings placed on the paragraph
(``Place(PlaceKind.PRESS, key, field="ko" | "en")``):

- ``W-PRESS-TERM`` — a glossary term in the Korean whose English (none of its accepted
  forms) is not in the English;
- ``W-PRESS-OLD-NAME`` — a renamed unit's old name still used. The rule: on one side, a
  paragraph that names the unit's old **and** new name states the rename (``평생교육국을
  미래평생교육국으로 변경``) and is not reported; an old name alone is. The new name is taken
  out before the old one is looked for, so ``Future Lifelong Education Bureau`` never counts
  as ``Lifelong Education Bureau``;
- ``W-PRESS-NUMBER`` — numbers that one side states and the other does not, compared as
  multisets (:mod:`desktop.core.figures`: ``66만 명`` = ``660,000``), dates, times, telephone
  numbers and statute citations left out;
- ``W-PRESS-DATE`` — dates that one side states and the other does not (``2024. 7. 1.`` =
  ``July 1, 2024``).
"""

from __future__ import annotations

from desktop.core import figures
from desktop.core.findings import Finding, Place, PlaceKind, warning
from desktop.core.glossary import Glossary, find_english, find_korean_name
from desktop.i18n import N_


def check_pair(glossary: Glossary, key: str, ko: str, en: str) -> list[Finding]:
    """The findings of one paragraph pair (none when either side is empty)."""
    if not ko.strip() or not en.strip():
        return []
    return [
        *_terms(glossary, key, ko, en),
        *_old_names(glossary, key, ko, en),
        *_figures(key, ko, en),
    ]


def _place(key: str, side: str) -> Place:
    return Place(PlaceKind.PRESS, key, field=side)


def _terms(glossary: Glossary, key: str, ko: str, en: str) -> list[Finding]:
    findings, seen = [], set()
    for match in glossary.find_korean(ko):
        term = match.term
        if term.ko in seen:
            continue
        seen.add(term.ko)
        if not any(find_english(e, en) for e in term.en):
            findings.append(
                warning(
                    "W-PRESS-TERM",
                    _place(key, "en"),
                    N_("“{term}” is in the Korean, but its English “{english}” is not."),
                    term=term.ko,
                    english=term.en[0],
                )
            )
    return findings


def _mask(text: str, spans: list[tuple[int, int]]) -> str:
    for start, stop in spans:
        text = f"{text[:start]}{' ' * (stop - start)}{text[stop:]}"
    return text


def _old_names(glossary: Glossary, key: str, ko: str, en: str) -> list[Finding]:
    findings = []
    for rename in glossary.renames:
        for side, text, old, new in (
            ("ko", ko, rename.old_ko, rename.new_ko),
            ("en", en, rename.old_en, rename.new_en),
        ):
            if not old:
                continue
            find = find_korean_name if side == "ko" else find_english
            rest = _mask(text, find(new, text)) if new else text
            if not find(old, rest):
                continue
            if new and rest != text:
                continue  # old and new together: the rename itself is stated
            findings.append(
                warning(
                    "W-PRESS-OLD-NAME",
                    _place(key, side),
                    N_("“{old}” is the old name: the unit is now “{new}”."),
                    old=old,
                    new=new,
                )
            )
    return findings


def _figures(key: str, ko: str, en: str) -> list[Finding]:
    diff = figures.compare(ko, en)
    findings = []
    for side, numbers in (("ko", diff.numbers_ko), ("en", diff.numbers_en)):
        if numbers:
            findings.append(
                warning(
                    "W-PRESS-NUMBER",
                    _place(key, side),
                    N_("The Korean states {numbers}, the English does not.")
                    if side == "ko"
                    else N_("The English states {numbers}, the Korean does not."),
                    numbers=", ".join(figures.format_number(n) for n in numbers),
                )
            )
    for side, days in (("ko", diff.dates_ko), ("en", diff.dates_en)):
        if days:
            findings.append(
                warning(
                    "W-PRESS-DATE",
                    _place(key, side),
                    N_("The Korean gives the date {dates}, the English does not.")
                    if side == "ko"
                    else N_("The English gives the date {dates}, the Korean does not."),
                    dates=", ".join(str(d) for d in days),
                )
            )
    return findings
