"""The glossary (용어집) of a proposal: Korean terms with their English, from the official's own
additions, the unit names of the organization before and after the changes, the government's
name, and the standard terms shipped in ``resources/glossary.tsv``.

The official's entries come first, then the unit names, then the standard terms: for one Korean
term the English of each source is kept, the first as the preferred one, the others as
accepted alternatives. A Korean term is found with any particle attached (``AI국은``,
``AI국을``, ``AI국으로``) but never inside a longer word (``AI국제``, ``미래평생교육국`` does not
contain ``평생교육국``). Terms of one syllable (실, 국, 과) are listed and never searched for.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop import paths
from desktop.core.project import DraftInputs

# Particles (조사) and their usual stacks, longest first in the pattern.
_PARTICLES = (
    "은 는 이 가 을 를 의 에 에서 에게 께 께서 으로 로 으로서 로서 으로써 로써 와 과 도 만 "
    "까지 부터 보다 처럼 마다 조차 마저 뿐 이나 나 이며 며 이고 고 이다 다 이라 라 이라는 "
    "라는 이라고 라고 이란 란 인 입니다 이라며 라며 이자 자 하고 에게서 한테 랑 이랑"
).split()
_STACK = "은 는 도 의 만 과 와 요".split()
# What may follow a term inside its word: a particle, a stack, both or nothing.
_SUFFIXES = frozenset(p + s for p in ("", *_PARTICLES) for s in ("", *_STACK))
_LONGEST_SUFFIX = max(map(len, _SUFFIXES))
# English inflections (``division`` finds ``divisions``), and of a word ending in y.
_ENDINGS = frozenset(("", "s", "es", "d", "ed", "ing"))
_Y_ENDINGS = frozenset(y + e for y in ("y", "ies") for e in _ENDINGS)
# Characters that ``re.IGNORECASE`` takes for an ASCII letter (İ ı ſ K): a text with one of
# them is searched with :func:`english_pattern` itself.
_CASE_SPECIALS = frozenset("\u0130\u0131\u017f\u212a")
_SOURCES = ("project", "unit", "standard")


@dataclass(frozen=True)
class Term:
    """A Korean term and its English: the preferred one first, then accepted alternatives.
    ``source``: ``project`` (the official's), ``unit`` (a unit name) or ``standard``."""

    ko: str
    en: tuple[str, ...]
    source: str = "standard"

    @property
    def checked(self) -> bool:
        return len(self.ko) > 1


@dataclass(frozen=True)
class Rename:
    """A unit whose name the changes replace."""

    unit_id: str
    old_ko: str
    new_ko: str
    old_en: str
    new_en: str


@dataclass(frozen=True)
class Match:
    """Where a glossary term occurs in a text (without the particle after it)."""

    term: Term
    start: int
    end: int  # the term itself, without its particle


def _is_korean_word_char(c: str) -> bool:
    """``[가-힣ㄱ-ㅎㅏ-ㅣA-Za-z0-9]``: a character that continues a Korean word."""
    return "가" <= c <= "힣" or "ㄱ" <= c <= "ㅣ" or (c.isascii() and c.isalnum())


def _korean_words(
    text: str, by_first: dict[str, tuple[str, ...]]
) -> Iterator[tuple[str, int, int]]:
    """Each use of a term of ``by_first`` (terms by their first character, longest first) as
    a word in ``text``, left to right: the term, its start and where its particle ends."""
    i, n = 0, len(text)
    while i < n:
        terms = by_first.get(text[i])
        if terms and (i == 0 or not _is_korean_word_char(text[i - 1])):
            for term in terms:
                if text.startswith(term, i):
                    end = stop = i + len(term)
                    while stop < n and stop - end <= _LONGEST_SUFFIX:
                        if not _is_korean_word_char(text[stop]):
                            break
                        stop += 1
                    if text[end:stop] in _SUFFIXES:
                        yield term, i, stop
                        i = stop
                        break
            else:
                i += 1
        else:
            i += 1


def find_korean_name(name: str, text: str) -> list[tuple[int, int]]:
    """Where ``name`` is used as a word in ``text``, a particle allowed after it (its span
    with the particle); never inside a longer word."""
    if not name:
        return []
    return [(start, stop) for _n, start, stop in _korean_words(text, {name[0]: (name,)})]


@functools.lru_cache(maxsize=4096)
def english_pattern(phrase: str) -> re.Pattern:
    """``phrase`` as whole words, any case, spaces flexible, with an inflection allowed
    (``division`` finds ``divisions``, ``launch`` finds ``launches``)."""
    words = [re.escape(w) for w in phrase.split()]
    if words and words[-1].endswith("y") and len(words[-1]) > 2:
        words[-1] = words[-1][:-1] + "(?:y|ies)"
    body = r"[\s\-]+".join(words)
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?:s|es|d|ed|ing)?(?![A-Za-z0-9])", re.I)


def find_english(phrase: str, text: str) -> list[tuple[int, int]]:
    """The spans of the matches of :func:`english_pattern` in ``text``, found without
    compiling it when the phrase and the text allow (ASCII words, no İ ı ſ K)."""
    words = phrase.split()
    if not (
        words
        and phrase.isascii()
        and all(w[0].isalnum() for w in words)
        and _CASE_SPECIALS.isdisjoint(text)
    ):
        return [m.span() for m in english_pattern(phrase).finditer(text)]
    lowered = text.lower()  # as long as the text: İ, the one letter lowered to two, is not in it
    pieces = [w.lower() for w in words]
    endings = _ENDINGS
    if words[-1].endswith("y") and len(re.escape(words[-1])) > 2:
        pieces[-1], endings = pieces[-1][:-1], _Y_ENDINGS
    spans, pos = [], 0
    while (start := lowered.find(pieces[0], pos)) >= 0:
        stop = _english_stop(text, lowered, start, pieces, endings)
        if stop < 0:
            pos = start + 1
        else:
            spans.append((start, stop))
            pos = stop
    return spans


def _english_stop(text: str, lowered: str, start: int, pieces: list[str], endings) -> int:
    """The end of the phrase's match at ``start`` (its first piece found there), or -1."""
    if start and text[start - 1].isascii() and text[start - 1].isalnum():
        return -1
    n = len(text)
    at = start + len(pieces[0])
    for piece in pieces[1:]:
        gap = at
        while gap < n and (text[gap].isspace() or text[gap] == "-"):
            gap += 1
        if gap == at or not lowered.startswith(piece, gap):
            return -1
        at = gap + len(piece)
    stop = at
    while stop < n and text[stop].isascii() and text[stop].isalnum():
        stop += 1
    return stop if lowered[at:stop] in endings else -1


@functools.lru_cache(maxsize=4)
def standard_terms(path: Path | None = None) -> tuple[Term, ...]:
    """The shipped standard terms (``resources/glossary.tsv``)."""
    path = path or paths.resources_dir() / "glossary.tsv"
    terms = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ko, _tab, en = line.partition("\t")
        alternatives = tuple(a.strip() for a in en.split("|") if a.strip())
        if ko.strip() and alternatives:
            terms.append(Term(ko.strip(), alternatives, "standard"))
    return tuple(terms)


class Glossary:
    """Terms by Korean (merged over the sources) and the renames of the proposal."""

    def __init__(self, terms: Iterable[Term], renames: Iterable[Rename] = ()) -> None:
        merged: dict[str, Term] = {}
        for term in sorted(terms, key=lambda t: _SOURCES.index(t.source)):
            known = merged.get(term.ko)
            if known is None:
                merged[term.ko] = term
            else:
                extra = tuple(e for e in term.en if e not in known.en)
                merged[term.ko] = Term(known.ko, known.en + extra, known.source)
        self._terms = merged
        self.renames = tuple(renames)
        by_first: dict[str, list[str]] = {}
        for ko in sorted((t.ko for t in merged.values() if t.checked), key=lambda t: -len(t)):
            by_first.setdefault(ko[0], []).append(ko)
        self._by_first = {first: tuple(terms) for first, terms in by_first.items()}

    def __iter__(self) -> Iterator[Term]:
        return iter(sorted(self._terms.values(), key=lambda t: t.ko))

    def __len__(self) -> int:
        return len(self._terms)

    def get(self, ko: str) -> Term | None:
        return self._terms.get(ko)

    def find_korean(self, text: str) -> list[Match]:
        """The terms used in a Korean text, longest first where they overlap."""
        return [
            Match(self._terms[term], start, start + len(term))
            for term, start, _stop in _korean_words(text, self._by_first)
        ]

    @classmethod
    def of(cls, inputs: DraftInputs, standard: Iterable[Term] | None = None) -> Glossary:
        """The glossary of a proposal: its own entries, its unit names before and after the
        changes, its government, and the standard terms."""
        project = inputs.project
        terms = [Term(e.ko, (e.en,), "project") for e in project.glossary if e.ko and e.en]
        meta = project.meta
        if meta.government_ko and meta.government_en:
            terms.append(Term(meta.government_ko, (meta.government_en,), "unit"))
            profile = project.profile
            terms.append(Term(profile.head_title_ko, (profile.head_en,), "unit"))
            council_en = (profile.council_generic_en, profile.council_en)  # 해운대구의회:
            terms.append(Term(profile.council_ko, council_en, "unit"))  # Haeundae-gu Council
        for org in (inputs.applied.org, project.org):
            terms += [Term(u.name_ko, (u.name_en,), "unit") for u in org if u.name_ko and u.name_en]
        terms += standard_terms() if standard is None else standard
        return cls(terms, renames_of(inputs))


def renames_of(inputs: DraftInputs) -> list[Rename]:
    """Units whose Korean or English name the changes replace, the old name no other unit of
    the new organization still bears."""
    before, after = inputs.project.org, inputs.applied.org
    names_after = {u.name_ko for u in after} | {u.name_en for u in after}
    renames = []
    for unit in after:
        old = before.find(unit.id)
        if old is None or (old.name_ko, old.name_en) == (unit.name_ko, unit.name_en):
            continue
        renames.append(
            Rename(
                unit.id,
                old.name_ko if old.name_ko not in names_after else "",
                unit.name_ko,
                old.name_en if old.name_en not in names_after else "",
                unit.name_en,
            )
        )
    return [r for r in renames if r.old_ko or r.old_en]
