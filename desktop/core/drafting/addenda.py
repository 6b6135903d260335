"""The supplementary provisions of a bill (부칙), per ``shared/domain/drafting-ko.md`` §4.

An :class:`Addenda` holds what the 부칙 says; :func:`render_addenda` writes it::

    부칙
    제1조(시행일) 이 조례는 2024년 7월 15일부터 시행한다. 다만, 제12조의2의 개정규정은
    2024년 9월 2일부터 시행한다.
    제2조(사무 승계에 관한 경과조치) 이 조례 시행 당시 종전의 평생교육국이 처리하던 사무는
    미래평생교육국이 승계한다.
    제3조(다른 조례의 개정) 경기도 ○○ 조례 일부를 다음과 같이 개정한다.
    제5조제1항 중 "평생교육국"을 "미래평생교육국"으로 한다.

The articles come in the order 시행일, 유효기간 (and in its place the 존속기한 of the 한시기구
the bill establishes: ``제2조(한시기구의 존속기한) 이 조례 시행으로 신설되는 AI전환추진단은
2026년 6월 30일까지 존속한다.``), 적용례, 경과조치, 다른 조례의 개정. With a single
provision the 부칙 has no article number or title (``이 조례는 공포한 날부터 시행한다.``). Several
unit successions, or several dates of 한시기구, form one article with numbered paragraphs (house
rule); past ㊿, where circled numbers end, the article is one paragraph with a numbered 호 each,
as long 부칙 are drafted (``… 다음 각 호의 기구는 각 호의 구분에 따른 날까지 존속한다.`` /
``1. AI전환추진단: 2026년 6월 30일``), and other instruments amended past ㊿ are split into
articles of the same title. In English the
heading is ``ADDENDUM`` for a single provision and ``ADDENDA`` otherwise (KLRI usage).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.core.drafting.location import article_label, join_list
from desktop.core.drafting.sentences import AmendmentText, amendment_text
from desktop.core.drafting.sentences_en import amendment_text_en, join_en, missing
from desktop.core.korean import attach, date_en, date_ko_long
from desktop.core.project import ENFORCEMENT_MISSING_EN, ENFORCEMENT_MISSING_KO
from desktop.core.statute import CIRCLED, Instrument, InstrumentKind, Num, circled

_MONTHS_EN = "one two three four five six seven eight nine ten eleven twelve".split()


@dataclass(frozen=True)
class Enforcement:  # 시행일
    """When the instrument enters into force: on promulgation (no field set), on ``date``,
    ``months_after`` months after promulgation, or on a date not entered yet (``unset``)."""

    date: dt.date | None = None
    months_after: int = 0
    unset: bool = False

    def __post_init__(self) -> None:
        if sum((self.date is not None, bool(self.months_after), self.unset)) > 1:
            raise ValueError("an enforcement date is either a date or months after promulgation")
        if self.months_after < 0:
            raise ValueError(f"months_after must not be negative, not {self.months_after}")

    def ko(self) -> str:
        """``공포한 날부터``, ``2024년 7월 15일부터``, ``공포 후 3개월이 경과한 날부터``."""
        if self.unset:
            return f"{ENFORCEMENT_MISSING_KO}부터"
        if self.date is not None:
            return f"{date_ko_long(self.date)}부터"
        if self.months_after:
            return f"공포 후 {self.months_after}개월이 경과한 날부터"
        return "공포한 날부터"

    def en(self) -> str:
        """``on the date of its promulgation``, ``on July 15, 2024``, ``three months after …``."""
        if self.unset:
            return f"on {ENFORCEMENT_MISSING_EN}"
        if self.date is not None:
            return f"on {date_en(self.date)}"
        if self.months_after:
            n = self.months_after
            words = _MONTHS_EN[n - 1] if n <= len(_MONTHS_EN) else str(n)
            return f"{words} month{'s' if n > 1 else ''} after the date of its promulgation"
        return "on the date of its promulgation"


@dataclass(frozen=True)
class StagedDate:
    """A later date for the amended provisions of some articles (``다만, …의 개정규정은 …``)."""

    articles: tuple[Num, ...]
    date: dt.date


@dataclass(frozen=True)
class Validity:  # 유효기간
    """The instrument is in force until ``until``."""

    until: dt.date


@dataclass(frozen=True)
class Duration:  # 한시기구의 존속기한
    """Units established by the bill that exist until ``until`` (Korean and English names)."""

    units: tuple[str, ...]
    until: dt.date
    units_en: tuple[str, ...] = ()


@dataclass(frozen=True)
class FreeProvision:
    """An 적용례 or 경과조치 written by the official: its title (without brackets) and text."""

    title: str
    text: str
    title_en: str = ""
    text_en: str = ""


@dataclass(frozen=True)
class Succession:
    """A renamed or abolished unit whose affairs another unit takes over (사무 승계)."""

    old_unit: str
    new_unit: str
    old_unit_en: str = ""
    new_unit_en: str = ""


@dataclass(frozen=True)
class OtherAmendment:
    """Another instrument amended by this 부칙 (다른 조례의 개정), as its two versions."""

    old: Instrument
    new: Instrument
    atomic_terms: frozenset[str] = frozenset()
    atomic_terms_en: frozenset[str] = frozenset()

    @classmethod
    def renaming(
        cls,
        inst: Instrument,
        renames: Mapping[str, str],
        renames_en: Mapping[str, str] | None = None,
    ) -> OtherAmendment:
        """The amendment of ``inst`` that writes every renamed unit by its new name."""
        renames_en = renames_en or {}
        new = renamed(inst, renames, renames_en)
        terms = frozenset(renames) | frozenset(renames.values())
        terms_en = frozenset(renames_en) | frozenset(renames_en.values())
        return cls(inst, new, terms, terms_en)

    def text(self) -> AmendmentText:
        return amendment_text(self.old, self.new, atomic_terms=self.atomic_terms)

    def text_en(self) -> AmendmentText:
        return amendment_text_en(
            self.old,
            self.new,
            atomic_terms=self.atomic_terms,
            atomic_terms_en=self.atomic_terms_en,
        )


def _substitute(text: str, mapping: Mapping[str, str]) -> str:
    if not mapping or not text:
        return text
    pattern = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    return pattern.sub(lambda m: mapping[m.group()], text)


def renamed(
    inst: Instrument, renames: Mapping[str, str], renames_en: Mapping[str, str] | None = None
) -> Instrument:
    """A copy of ``inst`` with the unit names replaced everywhere in its articles."""
    renames_en = renames_en or {}
    new = copy.deepcopy(inst)
    for art in new.articles:
        art.title = _substitute(art.title, renames)
        art.title_en = _substitute(art.title_en, renames_en)
        for para in art.paragraphs:
            provisions = [para, *para.subparagraphs]
            provisions += [item for sub in para.subparagraphs for item in sub.items]
            for prov in provisions:
                prov.text = _substitute(prov.text, renames)
                prov.text_en = _substitute(prov.text_en, renames_en)
    return new


@dataclass(frozen=True)
class Addenda:  # 부칙
    """The 부칙 of a bill amending an instrument of ``kind``."""

    kind: InstrumentKind = InstrumentKind.ORDINANCE
    enforcement: Enforcement = field(default_factory=Enforcement)
    staged: tuple[StagedDate, ...] = ()
    validity: Validity | None = None
    durations: tuple[Duration, ...] = ()
    applications: tuple[FreeProvision, ...] = ()
    successions: tuple[Succession, ...] = ()
    transitions: tuple[FreeProvision, ...] = ()
    other_amendments: tuple[OtherAmendment, ...] = ()

    def articles_ko(self) -> list[tuple[str, list[str]]]:
        """(title, lines) of each provision, in order."""
        this = f"이 {self.kind.ko}"
        topic = attach(this, "은/는")
        first = f"{topic} {self.enforcement.ko()} 시행한다."
        if self.staged:
            parts = [
                f"{join_list([article_label(n) for n in s.articles])}의 개정규정은 "
                f"{date_ko_long(s.date)}부터 시행"
                for s in self.staged
            ]
            first += " 다만, " + "하고, ".join(parts) + "한다."
        out = [("시행일", [first])]
        if self.validity is not None:
            out.append(
                ("유효기간", [f"{topic} {date_ko_long(self.validity.until)}까지 효력을 가진다."])
            )
        if len(self.durations) > len(CIRCLED):  # past ㊿: one paragraph with 호
            lead = (
                f"{this} 시행으로 신설되는 다음 각 호의 기구는 각 호의 구분에 따른 날까지 존속한다."
            )
            items = [
                f"{i}. {join_list(list(d.units))}: {date_ko_long(d.until)}"
                for i, d in enumerate(self.durations, start=1)
            ]
            out.append(("한시기구의 존속기한", [lead, *items]))
        elif self.durations:
            texts = [
                f"{this} 시행으로 신설되는 {attach(join_list(list(d.units)), '은/는')} "
                f"{date_ko_long(d.until)}까지 존속한다."
                for d in self.durations
            ]
            out.append(("한시기구의 존속기한", _numbered(texts)))
        out.extend((a.title, [a.text]) for a in self.applications)
        if len(self.successions) > len(CIRCLED):  # past ㊿: one paragraph with 호
            lead = (
                f"{this} 시행 당시 종전의 기구가 처리하던 사무는 다음 각 호의 구분에 따라 "
                "해당 기구가 승계한다."
            )
            items = [
                f"{i}. 종전의 {attach(s.old_unit, '이/가')} 처리하던 사무: {s.new_unit}"
                for i, s in enumerate(self.successions, start=1)
            ]
            out.append(("사무 승계에 관한 경과조치", [lead, *items]))
        elif self.successions:
            texts = [
                f"{this} 시행 당시 종전의 {attach(s.old_unit, '이/가')} 처리하던 사무는 "
                f"{attach(s.new_unit, '이/가')} 승계한다."
                for s in self.successions
            ]
            out.append(("사무 승계에 관한 경과조치", _numbered(texts)))
        out.extend((t.title, [t.text]) for t in self.transitions)
        if self.other_amendments:
            blocks = []
            for other in self.other_amendments:
                text = other.text()
                lines = [text.opening]
                for sentence in text.sentences:
                    lines.extend(str(sentence).split("\n"))
                blocks.append(lines)
            title = f"다른 {self._others_kind_ko()}의 개정"
            out.extend((title, _numbered_blocks(chunk)) for chunk in _chunks(blocks))
        return out

    def _others_kind_ko(self) -> str:
        kinds = {other.old.kind for other in self.other_amendments}
        return next(iter(kinds)).ko if len(kinds) == 1 else "자치법규"

    def articles_en(self) -> list[tuple[str, list[str]]]:
        """(title, lines) of each provision in English, in order."""
        this = f"This {self.kind.en}"
        first = f"{this} shall enter into force {self.enforcement.en()}."
        if self.staged:
            parts = [
                f"the amended provisions of Article{'s' if len(s.articles) > 1 else ''} "
                f"{join_en([n.en() for n in s.articles])} shall enter into force on "
                f"{date_en(s.date)}"
                for s in self.staged
            ]
            first = first[:-1] + ": Provided, That " + ", and ".join(parts) + "."
        out = [("Enforcement Date", [first])]
        if self.validity is not None:
            until = date_en(self.validity.until)
            out.append(("Period of Validity", [f"{this} shall remain in force until {until}."]))
        title = "Duration of Temporary Organizations"
        this_lower = this[0].lower() + this[1:]
        if len(self.durations) > len(CIRCLED):
            lead = (
                f"The organizations newly established upon the enforcement of {this_lower} "
                "shall continue to exist until the dates specified in the following "
                "subparagraphs:"
            )
            items = [
                f"{i}. The {join_en(_names_en(d))}: {date_en(d.until)}"
                for i, d in enumerate(self.durations, start=1)
            ]
            out.append((title, [lead, *items]))
        elif self.durations:
            texts = [
                f"The {join_en(_names_en(d))} newly established upon the enforcement of "
                f"{this_lower} shall continue to exist until {date_en(d.until)}."
                for d in self.durations
            ]
            out.append((title, _numbered(texts, english=True)))
        out.extend(
            (a.title_en or missing("title"), [a.text_en or missing(a.title)])
            for a in self.applications
        )
        title = "Transitional Measures concerning Succession to Affairs"
        if len(self.successions) > len(CIRCLED):
            lead = (
                f"Affairs handled by former units at the time this {self.kind.en} enters into "
                "force shall be succeeded to by the units specified in the following "
                "subparagraphs:"
            )
            items = [
                f"{i}. Affairs handled by the former {s.old_unit_en or missing(s.old_unit)}: "
                f"the {s.new_unit_en or missing(s.new_unit)}"
                for i, s in enumerate(self.successions, start=1)
            ]
            out.append((title, [lead, *items]))
        elif self.successions:
            texts = [
                f"Affairs handled by the former {s.old_unit_en or missing(s.old_unit)} at the "
                f"time this {self.kind.en} enters into force shall be succeeded to by the "
                f"{s.new_unit_en or missing(s.new_unit)}."
                for s in self.successions
            ]
            out.append((title, _numbered(texts, english=True)))
        out.extend(
            (t.title_en or missing("title"), [t.text_en or missing(t.title)])
            for t in self.transitions
        )
        if self.other_amendments:
            blocks = []
            for other in self.other_amendments:
                text = other.text_en()
                lines = [text.opening]
                for sentence in text.sentences:
                    lines.extend(str(sentence).split("\n"))
                blocks.append(lines)
            kinds = {other.old.kind for other in self.other_amendments}
            noun = f"{next(iter(kinds)).en}s" if len(kinds) == 1 else "Municipal Regulations"
            out.extend(
                (f"Amendment of Other {noun}", _numbered_blocks(chunk, english=True))
                for chunk in _chunks(blocks)
            )
        return out


def _names_en(duration: Duration) -> list[str]:
    """The English names of a duration's units, a placeholder where one is missing."""
    names_en = tuple(duration.units_en) + ("",) * (len(duration.units) - len(duration.units_en))
    return [en or missing(ko) for ko, en in zip(duration.units, names_en, strict=True)]


def _chunks(blocks: list[list[str]]) -> list[list[list[str]]]:
    """Past ㊿ the provision is split into articles of the same title (house rule)."""
    size = len(CIRCLED)
    return [blocks[i : i + size] for i in range(0, len(blocks), size)]


def _numbered(texts: list[str], *, english: bool = False) -> list[str]:
    if len(texts) == 1:
        return texts
    return [f"{_mark(i, english)} {t}" for i, t in enumerate(texts, start=1)]


def _numbered_blocks(blocks: list[list[str]], *, english: bool = False) -> list[str]:
    if len(blocks) == 1:
        return blocks[0]
    lines = []
    for i, block in enumerate(blocks, start=1):
        lines.append(f"{_mark(i, english)} {block[0]}")
        lines.extend(block[1:])
    return lines


def _mark(number: int, english: bool) -> str:
    return f"({number})" if english else circled(number)


def _render(articles: list[tuple[str, list[str]]], heading: str, label) -> str:
    if len(articles) == 1:
        return "\n".join([heading, *articles[0][1]])
    lines = [heading]
    for number, (title, body) in enumerate(articles, start=1):
        lines.append(f"{label(number, title)} {body[0]}")
        lines.extend(body[1:])
    return "\n".join(lines)


def render_addenda(addenda: Addenda) -> str:
    """The 부칙 in Korean, headed ``부칙``; one line per provision line."""
    return _render(addenda.articles_ko(), "부칙", lambda n, title: f"제{n}조({title})")


def render_addenda_en(addenda: Addenda) -> str:
    """The 부칙 in English, headed ``ADDENDUM`` (one provision) or ``ADDENDA``."""
    articles = addenda.articles_en()
    heading = "ADDENDUM" if len(articles) == 1 else "ADDENDA"
    return _render(articles, heading, lambda n, title: f"Article {n} ({title})")
