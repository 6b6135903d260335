"""Proofreading an amendment text that applies: what a bill to be submitted should not print.

The applier reads what law.go.kr applies: either form of a particle (``"A"을``, ``"A"를``),
older spacing (``제3호중``), any chain of 하고 and 하며, as real bills are published with them
now and then. A bill to be submitted should not carry them, so an amendment that applies is
read again for these slips:

- a particle of the sentence that does not suit the quote or the location before it:
  ``"「건설기술 진흥법」 제39조제2항"로`` (사회기반시설에 대한 민간투자법, 2013),
  ``"「환경영향평가법 시행령」 별표 1"를`` (해양환경관리법 시행령, 2012), ``제11조의11를
  삭제한다`` (산림조합법 시행령, 2008);
- a replacement that leaves a particle of the text not suiting the new words, the particle
  right before it: ``"진료와 정양(靜養)"을 "진료"로`` made 한국보훈복지의료공단법 제16조 read
  ``진료을 행하는`` (2011); ``"기초과학"을 "기초연구"로`` made ``기초연구을`` (과학기술기본법,
  2010). The drafters' way is to quote the particle too (drafting-ko.md §3a): ``"진료와
  정양(靜養)을"을 "진료를"로``;
- spacing other than drafting-ko.md §3's: ``중``, ``본문``, ``단서``, ``각 호 외의 부분`` spaced,
  a citation solid (``제9조제1호중`` → ``제9조제1호 중``, ``중"A"`` → ``중 "A"``, ``각 호외의
  부분`` → ``각 호 외의 부분``, ``제46조 제5항`` → ``제46조제5항``, ``다음과 같이한다`` →
  ``다음과 같이 한다``): 29 of the 2,133 real sentences of the corpora, 20 of them from before
  2008;
- one connector twice in a row, where clauses alternate ``하고`` and ``하며`` (§3): ``…로
  하고, …로 하고, …로 하며`` (3 of the 151 real sentences of three clauses or more);
- the older forms ``동조``, ``동항``, ``동호``, ``동목`` for ``같은 조`` … (§3 writes ``같은 조
  제2항``): 3 of the real sentences, all from before 2008 (``동조제4항중``, 한국주택금융공사법);
- one change to several provisions without ``각각`` (``제1항 및 제2항 중 "A"를 "B"로``,
  ``제9조, 제10조 및 제23조를 삭제한다``): the real sentences write it in 279 replacements,
  161 deletions and 13 rewrites of several provisions, and leave it out in 6, 2 and none;
- a sentence form other than §3's: ``"A"를 "B"로 개정한다`` and ``…를 다음과 같이 개정한다``
  for ``… 한다`` (중소기업창업지원법 시행규칙, 2024; 방송법, 2005; 폐기물관리법 시행규칙, 2007),
  a location without ``중`` before its quote (``제8조제1항 "A"를``, 소액사건심판법, 2005), a title
  without ``의`` (``제32조 제목 "(…)"을``, 2013).

- a sentence or clause that changes a provision before the one changed just before it
  (drafting-ko.md §2: the instrument's title, the articles in order, the annexes): ``제4조 중
  …한다. 제3조 중 …한다.``; 각각 gathering provisions around another change (``제3조 및 제5조
  중 … 각각 …, 제4조 중 …``) is in order, a sentence over several articles is in no order with
  its neighbours (real bills group the same words changed in many articles where their
  drafters chose), and a clause after provisions are renumbered (from the last number back)
  begins the order again. None of the corpus sentences is told; of the 7,990 real 개정문 of
  several sentences in the legalize-kr mirror, 23 are (``scripts/proof_mirror.py``), each a
  sentence on one article after one on a later article (``제39조제3호를 … 한다. 제11조제3항제1호를
  … 한다.``, 중소기업진흥 및 제품구매촉진에 관한 법률 시행령, 2009).

All are told as notes, never errors: the text still says what it means. Nothing inside the
quotes is judged but its last particle: the quotes are the statute's own words.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from desktop.core.amendment_grammar import (
    ITEM_LABELS,
    AnnexOp,
    AnnexWords,
    Clause,
    Delete,
    Entry,
    Insert,
    Parsed,
    Ref,
    Rename,
    Replace,
    Rewrite,
    Written,
)
from desktop.core.drafting.quoting import quoted, read_as
from desktop.core.korean import ends_unread, particle, particle_at, particle_ending
from desktop.core.statute import Num
from desktop.i18n import N_, Message, Pair

# How much of a long quote a note shows: the particle is about its end.
_SHOWN = 24
# What may follow a word that ends in a particle.
_AT_WORD_END = re.compile(r"[\s,.)」·ㆍ]|$")

SPACING = N_("spacing: {written} should read {right}.")
OLD_FORM = N_("old form: {written} should read {right}.")
FORM = N_("sentence form: {written} should read {right}.")
EACH = N_("one change to several provisions: {written} should read {right}.")
REPEATED_CONNECTOR = N_(
    "{connector} follows {connector}: the clauses of a sentence alternate 하고 and 하며."
)
SENTENCE_PARTICLE = N_(
    "the particle does not suit the word before it: {written} should read {right}."
)
ORDER = N_(
    "order: the change to {location} comes after the change to {previous}; amendment "
    "sentences follow the order of the provisions (the title, the articles, the annexes)."
)
TEXT_PARTICLE = N_(
    "after the replacement {location} reads “{found}”, the particle not suiting the new words; "
    "a particle that changes goes inside the quotes, as the new words take it: {fix}."
)


def _right(word: str, pair: str) -> str | None:
    if ends_unread(word):  # Hanja: its reading, so its particle, is not known here
        return None
    try:
        return particle(word, pair)
    except ValueError:  # nothing that is read aloud: no particle to judge
        return None


def _inside_name(text: str, at: int) -> int | None:
    """Where the 「name」 that ``text[at]`` falls inside opens, if it does."""
    opening = text.rfind("「", 0, at)
    if opening == -1:
        return None
    closing = text.find("」", opening)
    return opening if closing == -1 or closing >= at else None


def _tail(text: str, limit: int = _SHOWN) -> str:
    """The end of ``text`` a note shows, about ``limit`` characters, begun at a word: a cut
    moves on to the next word (``…보훈병원이 국가유공자등에``, not ``…원이 국가…``), or back to
    the 「 of a citation it would split (``…「건설기술 진흥법」 제39조제2항``)."""
    if len(text) <= limit:
        return text
    cut = len(text) - limit
    if text[cut - 1] != " ":
        space = text.find(" ", cut)
        if space != -1 and space + 1 < len(text):
            cut = space + 1
    opening = _inside_name(text, cut)
    if opening is not None:
        cut = opening
    return "…" + text[cut:] if cut else text


def _shown(word: str, quoted_: bool) -> str:
    text = _tail(word)
    return f'"{text}"' if quoted_ else text


@dataclass(frozen=True)
class Note:
    """What a sentence should correct, and the words of the sentence it is about
    (``text[start:end]``): a window selects them."""

    message: Message
    start: int
    end: int


def sentence_notes(parsed: Parsed) -> Iterator[Note]:
    """What one sentence should correct: its particles that do not suit the quote or the
    location before them (a quote is read as the drafting engine writes its particle:
    :func:`read_as`), its spacing, a connector repeated."""
    for written in parsed.particles:
        right = _right(read_as(written.word) if written.quoted else written.word, written.pair)
        if right is None or right == written.form:
            continue
        shown = _shown(written.word, written.quoted)
        message = Message(
            SENTENCE_PARTICLE, {"written": shown + written.form, "right": shown + right}
        )
        yield Note(message, _written_start(written), written.end)
    masked = _masked(parsed)
    yield from _spacing_notes(parsed, masked)
    yield from _old_form_notes(masked)
    yield from _form_notes(parsed, masked)
    yield from _each_notes(parsed)
    for (first, _), (second, at) in itertools.pairwise(parsed.connectors):
        if first == second:
            yield Note(Message(REPEATED_CONNECTOR, {"connector": f"“{first}”"}), at, at + 2)
            break


def _written_start(written: Written) -> int:
    """Where the words a particle note shows begin: the tail of a long quote it shows (from
    the word it begins at), else the quote with its marks, or the location."""
    shown = _tail(written.word)  # as _shown shows it
    if shown.startswith("…"):
        return written.offset - (1 if written.quoted else 0) - (len(shown) - 1)
    return written.start


# Spacing as drafting-ko.md §3 writes it, outside the quotes: (what is written, how).
_SPACING = (
    # 중 after a location, and before its quote: 제9조제1호 중 "A"
    (re.compile(r"(?<=[조항호목분서문단])중(?= |\")"), lambda m: " 중"),
    (re.compile(r"(?<= )중(?=\")"), lambda m: "중 "),
    # 각 호 외의 부분, 각 목 외의 부분, spaced otherwise in any way (각호외의 부분, 각 호외의)
    (
        re.compile(r"각(?! [호목] 외의 부분) ?([호목]) ?외의 ?부분"),
        lambda m: f"각 {m[1]} 외의 부분",
    ),
    # 다음과 같이 한다
    (re.compile(r"(?<=같이)(?=한다|하고|하며)"), lambda m: " "),
    # a citation is solid: 제46조제5항, 제3호가목 (``같은 조 제2항`` is spaced)
    (
        re.compile(
            f"(제\\d+(?:조(?:의\\d+)?|항|호(?:의\\d+)?)) (?=제\\d+[항호]|[{ITEM_LABELS}]목)"
        ),
        lambda m: m.group(1),
    ),
)


def _masked(parsed: Parsed) -> str:
    """The sentence with the text inside its quotes blanked (as many characters): the
    statute's own words are not the sentence's to space."""
    text = list(parsed.text)
    for written in parsed.particles:
        if written.quoted:
            end = written.offset - 1  # the closing mark
            for index in range(end - len(written.word), end):
                text[index] = "_"
    return "".join(text)


def _around(masked: str, start: int, end: int) -> tuple[int, int]:
    """The span a spacing note shows around ``masked[start:end]``: back to the citation it
    is in (over one space: ``제2항 중"``), on to the end of the word, or the quotation mark
    that follows (``중"``)."""
    if start and masked[start - 1] == " ":
        start -= 1
    limit = start - 12
    while start > max(0, limit) and masked[start - 1] not in " ,":
        start -= 1
    stop = end + 8
    while end < min(len(masked), stop) and masked[end] not in ' "_':
        end += 1
    if end < len(masked) and masked[end] == '"':
        end += 1
    return start, end


# ``동조제2항`` for ``같은 조 제2항``, outside the quotes: a word of the sentence with the
# citation it begins (not inside another word: 이동조치 is no location).
_OLD_SAME = re.compile(
    f"(?<![가-힣])동(조|항|호|목)"
    f"( ?(?:제\\d+(?:항|호)(?:의\\d+)?)+(?:[{ITEM_LABELS}]목)?|(?=[\\s,.을를에중]|$))"
)


def _old_form_notes(masked: str) -> Iterator[Note]:
    for match in _OLD_SAME.finditer(masked):
        level, rest = match.groups()
        right = f"같은 {level}" + (f" {rest.lstrip()}" if rest.strip() else "")
        message = Message(OLD_FORM, {"written": f"“{match.group()}”", "right": f"“{right}”"})
        yield Note(message, match.start(), match.end())


# Sentence forms other than §3's, outside the quotes: (the words as written, as §3 writes them).
_LOCATION = f"(?:제\\d+(?:조|항|호)(?:의\\d+)?)+(?:[{ITEM_LABELS}]목)?"
_FORMS = (
    # "A"를 "B"로 개정한다: the heading 개정한다 (일부를 다음과 같이 개정한다), a clause 한다
    (re.compile(r"(?<=\")(으로|로) 개정(한다|하고|하며)"), lambda m: f"{m[1]} {m[2]}"),
    # …를 다음과 같이 개정한다 for …를 다음과 같이 한다 (the heading 일부를 … 개정한다 aside)
    (
        re.compile(r"(?<=[을를] )(?<!일부를 )(?<!전부를 )다음과 같이 개정(한다|하고|하며)"),
        lambda m: f"다음과 같이 {m[1]}",
    ),
    # a location and its quote without 중: 제8조제1항 "A"를
    (
        re.compile(
            f'({_LOCATION}(?: 각 [호목] 외의 부분)?(?: (?:본문|단서|전단|후단))?)(?= "_*"[을를])'
        ),
        lambda m: f"{m[1]} 중",
    ),
    # a title without 의: 제32조 제목 "(…)"을
    (re.compile(r"(제\d+조(?:의\d+)?) 제목(?= \"| 중)"), lambda m: f"{m[1]}의 제목"),
)


def _several(targets: list[Entry]) -> bool:
    return len(targets) > 1 or any(first != last for first, last in targets)


# The verb of a deletion or a rewrite, after its object's particle.
_VERB = re.compile(r"(?:삭제|다음과 같이 ?(?:개정)?)(?:한다|하고|하며)?")


def _each_notes(parsed: Parsed) -> Iterator[Note]:
    """A replacement, a deletion or a rewrite of several provisions (or a range) without
    각각."""
    for clause in parsed.clauses:
        if isinstance(clause, Replace) and not clause.each and _several(clause.targets):
            old, new = quoted(_tail(clause.old), "을/를"), quoted(_tail(clause.new), "으로/로")
            written, right = f"{old} {new}", f"{old} 각각 {new}"
            start, end = _replace_span(parsed, clause)
        elif (
            isinstance(clause, Delete | Rewrite)
            and not clause.each
            and clause.particle is not None
            and _several(clause.targets)
        ):
            at, after = clause.particle.offset, clause.particle.offset + len(clause.particle.form)
            word = parsed.text[at - len(clause.particle.word) : after]  # 제23조를
            verb = _VERB.match(parsed.text, after + 1)
            shown = verb.group() if verb else ""
            written, right = f"{word} {shown}", f"{word} 각각 {shown}"
            start, end = clause.particle.start, verb.end() if verb else after
        else:
            continue
        yield Note(Message(EACH, {"written": f"“{written}”", "right": f"“{right}”"}), start, end)


def _replace_span(parsed: Parsed, clause: Replace) -> tuple[int, int]:
    """The words of a replacement: its two quotes (``"A"를 "B"로``), from the word its old
    quote is shown from; the sentence when they are not known."""
    if clause.quotes is None:
        return 0, len(parsed.text)
    old, new = clause.quotes
    return _written_start(old), new.end


def new_quote_span(parsed: Parsed, old: str, new: str) -> tuple[int, int]:
    """The quote of ``new`` in the sentence's replacement of ``old`` by ``new`` (what a
    particle left in the text by that replacement is about); the sentence when none is."""
    for clause in parsed.clauses:
        if isinstance(clause, Replace) and clause.quotes and (clause.old, clause.new) == (old, new):
            return clause.quotes[1].start, clause.quotes[1].end
    return 0, len(parsed.text)


def _form_notes(parsed: Parsed, masked: str) -> Iterator[Note]:
    for pattern, right in _FORMS:
        for match in pattern.finditer(masked):
            written = parsed.text[match.start() : match.end()]
            message = Message(FORM, {"written": f"“{written}”", "right": f"“{right(match)}”"})
            yield Note(message, match.start(), match.end())


def _spacing_notes(parsed: Parsed, masked: str) -> Iterator[Note]:
    """One note per place: slips whose shown words overlap are told together (``“제16조
    각호외의 부분중” → “제16조 각 호 외의 부분 중”``, not three notes on one place)."""
    fixes = sorted(
        (match.start(), match.end(), right(match), *_around(masked, match.start(), match.end()))
        for pattern, right in _SPACING
        for match in pattern.finditer(masked)
    )
    groups: list[list[tuple[int, int, str, int, int]]] = []
    reach = -1  # where the shown words of the last group end
    for fix in fixes:
        if groups and fix[3] < reach:
            groups[-1].append(fix)
        else:
            groups.append([fix])
        reach = max(reach, fix[4])
    for group in groups:
        start, end = min(f[3] for f in group), max(f[4] for f in group)
        after, at = [], start
        for fix_start, fix_end, right, _start, _end in group:
            if fix_start < at:  # two patterns on the same characters: the first says it
                continue
            after += [parsed.text[at:fix_start], right]
            at = fix_end
        after.append(parsed.text[at:end])
        written, fixed = parsed.text[start:end], "".join(after)
        message = Message(SPACING, {"written": f"“{written}”", "right": f"“{fixed}”"})
        yield Note(message, start, end)


@dataclass(frozen=True)
class TextSlip:
    """A replacement made at ``text[start:end]`` by ``new`` after which the particle of the
    text no longer suits: ``found`` (the new words' end and the particle), ``fix`` (the
    clause quoting the particle too)."""

    found: str
    fix: str
    old: str  # the replacement's words, as quoted: its clause in the sentence
    new: str


def text_slip(text: str, start: int, end: int, new: str) -> TextSlip | None:
    """The slip a replacement of ``text[start:end]`` by ``new`` makes, if any: a particle
    after the replaced words, or quoted with them, that suited the old words and does not
    suit the new: ``"복지국"을 "복지과"로`` in ``복지국을 둔다``; ``"복지국을"을
    "문화관광국를"로``."""
    old = text[start:end]
    after = particle_at(text, end)
    if after is not None:  # 복지국을 둔다 and "복지국"을 "복지과"로
        (form, pair), old_form = after, after[0]
        old_word, new_word, inside = old, new, False
    else:  # the particle quoted with the words: "복지국을"을 "문화관광국를"로
        ending, before = particle_ending(new), particle_ending(old)
        if ending is None or before is None or ending[1] != before[1]:
            return None
        if not _AT_WORD_END.match(text, end):
            return None
        (form, pair), old_form = ending, before[0]
        if form == old_form and pair not in ("을/를", "은/는"):
            # both may end in a noun's own syllable as well as in a particle: 허가 → 인가,
            # 결과 → 효과, 도로 → 항로 (자연재해대책법, 2015: "… 허가"를 "…인가"로)
            return None
        old_word, new_word, inside = old[: -len(old_form)], new[: -len(form)], True
    if _right(read_as(old_word), pair) != old_form:
        return None  # no particle after the old words (국가), or one already wrong
    right = _right(read_as(new_word), pair)
    if right is None or right == form:
        return None
    written = old if inside else old + form
    fix = f"{quoted(written, '을/를')} {quoted(new_word + right, '으로/로')}"
    return TextSlip(_tail(new_word, 12) + form, fix, old, new)


def text_note(location: Pair, slip: TextSlip) -> Message:
    return Message(TEXT_PARTICLE, {"location": location, "found": slip.found, "fix": slip.fix})


# Where a clause stands in the order of the provisions (drafting-ko.md §2: the instrument's
# title, the articles in order, the annexes).
TITLE, ARTICLES, ANNEXES = 0, 1, 2
_NO_NUMBER = Num(0)  # the instrument's title has none


@dataclass(frozen=True)
class Place:
    """Where a clause stands: ``part`` (the title, the articles or the annexes), the article
    or annex it changes first and the paragraph (-1: the article's title; 0 or ``None``: not
    named, as ``같은 조 제3호`` or ``같은 조에 제8호를`` leave it); ``spread``: the clause, or
    the sentence it is in, changes several articles (``제2조, 제7조 및 제9조 중 … 각각``,
    ``제28조 중 …하고, 제33조제2항 중 …``)."""

    part: int
    number: Num = _NO_NUMBER
    paragraph: int | None = None
    spread: bool = False

    def before(self, other: Place) -> bool:
        """Whether this clause changes a provision before ``other``'s. A clause or sentence
        over several articles is in no order with its neighbours: real bills gather the same
        words changed in many articles into one sentence, and group sentences by the words
        they change, where their drafters chose (``scripts/proof_mirror.py``)."""
        if self.spread or other.spread or self.part != other.part:
            return self.part < other.part
        if self.number != other.number:
            return self.number < other.number
        if not self.paragraph or not other.paragraph:  # 0: cited without a paragraph
            return False
        return self.paragraph < other.paragraph


def clause_place(clause: Clause) -> tuple[Place, Ref | Num | None] | None:
    """Where ``clause`` stands, and what it changes first (``None``: the instrument's title);
    ``None`` for a clause that moves provisions to other numbers, which real bills write from
    the last number back (``제12조를 제13조로 하고, 제11조를 제12조로 하며``), and after which
    the numbers freed are filled (``…제11조를 다음과 같이 신설한다``)."""
    if isinstance(clause, Rename):
        return Place(TITLE), None
    if isinstance(clause, AnnexOp | AnnexWords):
        return Place(ANNEXES, min(clause.nums)), min(clause.nums)
    if isinstance(clause, Replace | Rewrite | Delete | Insert) and clause.targets:
        ref = clause.targets[0][0]
        paragraph = -1 if ref.part == "title" else ref.paragraph
        return Place(ARTICLES, ref.article, paragraph, len(_articles([clause])) > 1), ref
    return None


def _articles(clauses: list[Clause]) -> set[Num]:
    """The articles ``clauses`` change (a container an insertion names counts as its own)."""
    return {
        ref.article
        for clause in clauses
        if isinstance(clause, Replace | Rewrite | Delete | Insert)
        for entry in clause.targets
        for ref in entry
    }


class Order:
    """Reads the clauses of an amendment's sentences one after another and tells a clause
    that changes a provision before the one the clause before it changed (drafting-ko.md §2).
    ``name`` says what a note calls the provision a clause changes first."""

    def __init__(self, name: Callable[[Ref | Num | None], Pair]) -> None:
        self.name = name
        self.last: tuple[Place, Ref | Num | None] | None = None

    def notes(self, parsed: Parsed) -> Iterator[Note]:
        joined = len(_articles(parsed.clauses)) > 1
        for clause in parsed.clauses:
            found = clause_place(clause)
            if found is None:  # provisions moved: what follows may begin again
                self.last = None  # (제3항을 삭제하고, 제1항을 제3항으로 하며, 제1항을 신설)
                continue
            if joined:  # a sentence over several articles: as a clause over several
                found = dataclasses.replace(found[0], spread=True), found[1]
            if self.last is not None and found[0].before(self.last[0]):
                params = {"location": self.name(found[1]), "previous": self.name(self.last[1])}
                yield Note(Message(ORDER, params), 0, len(parsed.text))
            self.last = found
