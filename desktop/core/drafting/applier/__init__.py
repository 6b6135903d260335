"""The amendment applier: a Korean 개정문 applied to the text it amends.

:func:`apply_amendment` reads amendment text — optionally opened by ``… 일부를 다음과 같이
개정한다.``, then the amendment sentences of ``shared/domain/drafting-ko.md`` §3, each followed
by the full texts its ``다음과 같이`` clauses announce, and the new 별표 (``[별표 1] …`` with its
rows) — and applies it to an instrument. A sentence that cannot be read or does not fit the
instrument (words that do not occur, a provision that does not exist or already exists, a
replacement by the same words, an ambiguous one) raises :class:`AmendmentError` with the
sentence number and the line. A sentence broken over lines, as text copied from a PDF comes,
is read as one (:mod:`.wrapped`).

:func:`verify_amendment` is the check that every drafted bill passes before export: the
drafted text applied to the current instrument must give the amended one; a finding names the
provision that differs. :func:`apply_text` is the command line's ``orgdraft apply``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cached_property

from desktop.core.amendment_grammar import (
    ITEM_LABELS,
    STARTS,
    AnnexOp,
    AnnexRenumber,
    AnnexWords,
    Clause,
    Delete,
    Insert,
    Parsed,
    Ref,
    Rename,
    Renumber,
    Replace,
    Rewrite,
    SentenceSyntax,
    line_sentences,
    parse_sentence,
)
from desktop.core.drafting.applier.edit import EditError, Editor, expand, label, refuse_point
from desktop.core.drafting.applier.proof import (
    Order,
    new_quote_span,
    sentence_notes,
    text_note,
)
from desktop.core.drafting.applier.runon import continues, run_on
from desktop.core.drafting.applier.wrapped import Unsure, join, may_start
from desktop.core.korean import attach
from desktop.core.pdfcopy import read_copy
from desktop.core.statute import (
    CIRCLED,
    Annex,
    Article,
    Instrument,
    Item,
    Num,
    Paragraph,
    Subparagraph,
)
from desktop.core.statute import circled as circled_numeral
from desktop.core.statute_parse import (
    NOT_A_ROW,
    ParseMessage,
    StatuteParseError,
    parse_instrument,
)
from desktop.core.statute_syntax import (
    ADDENDA,
    ANNEX,
    ARTICLE,
    ITEM,
    PARAGRAPH,
    SUBPARAGRAPH,
    clean_line,
    clean_offsets,
)
from desktop.i18n import N_, Message, Pair, translate

__all__ = [
    "AmendmentError",
    "apply_amendment",
    "apply_text",
    "parse_sentence",
    "verify_amendment",
]

_OPENING = re.compile(
    f"(?:[{CIRCLED}]\\s*)?" r"(?P<title>.+?)\s*(?P<which>일부|전부)를 다음과 같이 개정한다\.?"
)
_INSIDE_ANNEX = re.compile(r"(?:별표 ?\d+(?:의\d+)?(?:에 | 제\d| 중 (?![\"“]))|별지 )")
_MARKER = re.compile(f"(?:[{CIRCLED}]|" r"\d{1,3}(?:의\d+)?\." f"|[{ITEM_LABELS}]\\.)\\s*")
_SENTENCE = N_("Sentence {n}: {problem}")
# ``14.「환경영향평가법」 …``: a 호 or 목 written without the space after its number (bills and
# consolidated texts have it now and then, e.g. 농업생산기반시설 및 주변지역 활용에 관한 특별법,
# 2011; 자본시장과 금융투자업에 관한 법률 시행령, 2019) is read as if it had one.
_HEADING = re.compile(r"제\d+조(?:의\d+)?\([^()]*\)(?: |$)")  # 제5조(기능) …
_FINISHED = re.compile(r"다\.$")  # a line that ends a sentence
_SOLID_MARKER = re.compile(r"^(\s*(?:\d{1,3}(?:의\d+)?|[" + ITEM_LABELS + r"])\.)(?=[「“\"(])")


class AmendmentError(StatuteParseError):
    """An amendment sentence that cannot be read or applied.

    ``sentence`` is its number (1-based; 0 when the problem is outside any sentence), ``line``
    the line of the amendment text, ``message_id`` / ``params`` the translatable problem.
    """

    def __init__(
        self,
        sentence: int,
        line: int,
        message_id: str,
        params: dict,  # type: ignore[type-arg]
        column: int = 0,
        length: int = 0,
    ) -> None:
        self.sentence = sentence
        self.problem = Message(message_id, params)
        if sentence:
            message_id, params = _SENTENCE, {"n": sentence, "problem": self.problem}
        self.message_id = message_id
        self.params = params
        super().__init__([ParseMessage(line, message_id, params, "error", column, length)])

    @property
    def line(self) -> int:
        return self.messages[0].line

    @property
    def column(self) -> int:
        """Where in the line the words it is about begin (1-based; 0: the whole line)."""
        return self.messages[0].column

    @property
    def length(self) -> int:
        return self.messages[0].length

    def message(self, lang: str = "ko") -> str:
        return translate(self.message_id, self.params, lang)


@dataclass
class _Sentence:
    """One amendment sentence: its number, the sentence, what was parsed from it, its lines in
    the text and the new provisions written after it."""

    number: int
    text: str
    parsed: Parsed
    # its lines as written (number, text), each with where its words begin in the text read
    # (one line, or a sentence broken over several: :mod:`.wrapped`); the sentence begins at
    # ``start`` of it
    lines: tuple[tuple[int, str, int], ...]
    start: int = 0
    unsure: list[Unsure] = field(default_factory=list)  # new words across lines, .wrapped
    breaks_words: bool = False  # its lines break inside words (.wrapped)
    body: list[tuple[int, str]] = field(default_factory=list)

    @property
    def line(self) -> int:
        """The line where the sentence begins."""
        return self.lines[0][0]

    @cached_property
    def _offsets(self) -> list[list[int]]:
        # once: a line may draw thousands of notes
        return [clean_offsets(raw) for _, raw, _ in self.lines]

    def where(self, start: int, end: int) -> tuple[int, int, int]:
        """The line, column (1-based) and length as written of ``text[start:end]`` (in a
        sentence broken over lines, the line where those words begin, up to its end)."""
        start, end = self.start + start, self.start + end
        k = max(i for i, (_, _, at) in enumerate(self.lines) if at <= start or i == 0)
        lineno, _, at = self.lines[k]
        offsets = self._offsets[k]
        column, length = _column(offsets, start - at, min(end, at + len(offsets)) - at)
        return lineno, column, length


def _column(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """The column (1-based) and length in a pasted line of ``clean_line(line)[start:end]``
    (``offsets``: :func:`clean_offsets` of the line)."""
    if not offsets:
        return 0, 0
    first = offsets[min(start, len(offsets) - 1)]
    last = offsets[min(max(end, start + 1), len(offsets)) - 1]
    return first + 1, last + 1 - first


@dataclass
class _Text:
    """An amendment text split up: a whole revision or its sentences, the annexes it
    gives, and the rest."""

    whole: bool = False
    opening: int = 0  # the line of ``… 일부를 (전부를) 다음과 같이 개정한다``
    sentences: list[_Sentence] = field(default_factory=list)
    # the block of each annex: its lines, each with its number in the text
    annexes: dict[Num, list[tuple[int, str]]] = field(default_factory=dict)
    rest: list[str] = field(default_factory=list)  # the new text of a whole revision


def _read(text: str, known: Callable[[str], bool] | None = None) -> _Text:
    """``text`` split up; ``known`` tells whether words occur in the instrument amended (for
    a sentence broken over lines, :func:`.wrapped.join`)."""
    out = _Text()
    annex: Num | None = None
    opening = False
    addenda = False  # within the 부칙: left out, up to the 별표 a bill gives after it
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    index = 0
    while index < len(lines):
        raw = lines[index]
        index += 1
        lineno = index
        if out.whole:
            out.rest.append(raw)
            continue
        line = clean_line(raw)
        if not line:
            continue
        if match := ANNEX.fullmatch(line):
            annex = Num(int(match.group(1) or 1), int(match.group(2) or 0))
            if annex in out.annexes:  # a 대비표 copied with the bill repeats its 별표
                raise AmendmentError(
                    0,
                    lineno,
                    N_(
                        "“{head}” is given a second time: give the new table of each annex "
                        "once, after the amendment text (a comparison table copied with the "
                        "bill repeats its annexes)."
                    ),
                    {"head": line[:24]},
                )
            out.annexes[annex] = [(lineno, line)]
            continue
        if addenda:
            if annex is not None:
                out.annexes[annex].append((lineno, raw))
            continue
        if not opening and not out.sentences and (match := _OPENING.fullmatch(line)):
            opening, out.whole = True, match.group("which") == "전부"
            out.opening = lineno
            continue
        if ADDENDA.fullmatch(line):
            addenda, annex = True, None
            continue
        if line == "." and out.sentences and not out.sentences[-1].body:
            continue  # the full stop of the sentence above, on a line of its own (a PDF's)
        pieces = line_sentences(line)
        spans: tuple[tuple[int, str, int], ...] = ((lineno, raw, 0),)
        unsure: list[Unsure] = []
        breaks_words = False
        if pieces is None and _may_run_on(out, line) and (joined := join(lines, lineno - 1, known)):
            # a sentence broken over lines, as text copied from a PDF comes
            line, pieces, unsure = joined.text, joined.pieces, joined.unsure
            breaks_words = joined.breaks_words
            spans = tuple(
                (lineno + k, lines[lineno - 1 + k], at) for k, at in enumerate(joined.starts)
            )
            index = joined.end
        if pieces is not None:
            annex = None
            at = 0
            for piece, parsed in pieces:
                at = line.find(piece, at)
                number = len(out.sentences) + 1
                mine = [u.shifted(-at) for u in unsure if at <= u.start < at + len(piece)]
                out.sentences.append(
                    _Sentence(number, piece, parsed, spans, at, mine, breaks_words=breaks_words)
                )
                at += len(piece)
            continue
        if annex is not None:
            out.annexes[annex].append((lineno, raw))
            continue
        if _INSIDE_ANNEX.match(line) and line.endswith("한다."):
            raise _unreadable(len(out.sentences) + 1, lineno, raw)
        if out.sentences and out.sentences[-1].parsed.wants_body:
            out.sentences[-1].body.append((lineno, _SOLID_MARKER.sub(r"\1 ", raw)))
            continue
        raise _unreadable(len(out.sentences) + 1, lineno, raw)
    return out


def _may_run_on(read: _Text, line: str) -> bool:
    """Whether ``line``, which is no whole sentence, may begin one broken over lines: not
    the first line of the new text a sentence before it announces."""
    if read.sentences and read.sentences[-1].parsed.wants_body and not read.sentences[-1].body:
        return False
    return may_start(line)


def _unreadable(number: int, lineno: int, raw: str) -> AmendmentError:
    """The error of line ``lineno`` (``raw``, as pasted) that no sentence or new text reads:
    where in it reading stopped, when it reads as the start of a sentence."""
    line = clean_line(raw)
    if STARTS.match(line) or _INSIDE_ANNEX.match(line):
        try:
            parse_sentence(line)
        except SentenceSyntax as exc:
            if _INSIDE_ANNEX.match(line):
                # ``별표 2에 제62호를 다음과 같이 신설한다.``, ``별표 1 제3호차목 중 …``,
                # ``별지 제5호서식 …``: real bills amend inside annexes and forms, whose
                # rows the pasted text does not carry as provisions.
                return AmendmentError(
                    number,
                    lineno,
                    N_(
                        "changes inside an annex or a form (“{near}”) are not applied: give "
                        "the annex whole (별표 1을 별지와 같이 한다)."
                    ),
                    {"near": line[:24]},
                )
            where = _column(clean_offsets(raw), *_stopped(exc))
            if exc.unpaired:
                return AmendmentError(
                    number,
                    lineno,
                    N_("its quotation marks do not pair up near “{near}”."),
                    {"near": exc.near()},
                    *where,
                )
            return AmendmentError(
                number, lineno, N_("cannot be read near “{near}”."), {"near": exc.near()}, *where
            )
    return AmendmentError(
        0,
        lineno,
        N_("Line {line} is neither an amendment sentence nor part of a new text: “{text}”"),
        {"line": lineno, "text": line[:40]},
    )


def _stopped(exc: SentenceSyntax) -> tuple[int, int]:
    """The words where reading stopped (offsets of ``exc.text``): the quotation mark that
    pairs with none when reading stopped at it, else the word reading stopped at (the last
    word when the sentence ran out): ``제4"조제2항``, ``공공측량,`` after ``중`` that lost its
    opening mark."""
    text, start = exc.text, exc.offset
    if exc.unpaired and start < len(text) and text[start] in '"“”':
        return start, start + 1
    if start >= len(text):
        start = text.rstrip().rfind(" ") + 1
    while start < len(text) - 1 and text[start] == " ":
        start += 1
    end = text.find(" ", start)
    return start, len(text) if end < 0 else end


def _level(line: str, heads: Container[str] | None = None) -> int | None:
    """The level of the provision a line of new text starts (0 an article … 3 an item), or
    ``None`` for a line that runs on. With ``heads``, the articles the sentence gives new
    texts of (``제5조``): a line starting with another article without its title runs on
    (``제80조의3(준용규정) … 제12조, 제16조,`` / ``제88조의2 및 제91조를 준용하며``, a text
    broken over lines); one with a title is an article, to be reported if not expected."""
    if ARTICLE.match(line):
        if (
            heads is not None
            and not _HEADING.match(line)
            and not any(_starts(line, head) for head in heads)
        ):
            return None
        return 0
    if PARAGRAPH.match(line):
        return 1
    if SUBPARAGRAPH.fullmatch(line):
        return 2
    if (item := ITEM.fullmatch(line)) and item.group(2):
        return 3  # a lone ``다.`` is the end of the line above (``…수행한`` / ``다.``)
    return None


class _Bodies:
    """The lines after a sentence, taken in order by its clauses."""

    def __init__(self, sentence: _Sentence) -> None:
        self.sentence = sentence
        self.lines = sentence.body
        self.pos = 0
        self.expected, complete = _expected(sentence.parsed)
        self.taken = 0
        # the articles the sentence gives new texts of (``제5조``), when all are known
        self.heads = (
            frozenset(head for level, head, _ in self.expected if level == 0) if complete else None
        )
        self.notes: list[ParseMessage] = []  # about its new texts' lines, in order (.runon)
        self.feasible = _feasible(self.lines, self.expected, self.heads)

    def take(self, level: int, head: str, what: Pair) -> list[tuple[int, str]]:
        """The lines (number, line) of the next new text: a provision of ``level`` starting
        with ``head``, or one line of text (``level`` 4)."""
        if self.pos >= len(self.lines):
            raise EditError(N_("the new text of {location} is missing."), location=what)
        line = clean_line(self.lines[self.pos][1])
        if head and not _starts(line, head):
            raise EditError(
                N_("the new text of {location} should start with {head}, not {found}."),
                location=what,
                head=f"“{head}”",
                found=f"“{line[:20]}”",
            )
        end = self.pos + 1
        if level == 4 and self.taken == len(self.expected) - 1:
            # the last one line of text: the lines after it that run on are its own (a 단서
            # broken over lines, :mod:`.runon`) until one ends a sentence
            while (
                end < len(self.lines)
                and not _FINISHED.search(clean_line(self.lines[end - 1][1]))
                and continues(clean_line(self.lines[end][1]))
            ):
                end += 1
        while level < 4 and end < len(self.lines):
            next_level = _level(clean_line(self.lines[end][1]), self.heads)
            if next_level is not None and next_level <= level:
                break
            end += 1
        self.taken += 1
        if self.taken < len(self.expected):
            # The next new text may be deeper (제1호를 …하고, 같은 조 제1호의2에 나목을 …):
            # it starts at the last line that can start it.
            next_level, next_head, _ = self.expected[self.taken]
            if next_level > level and next_level < 4:
                for cut in range(end - 1, self.pos, -1):
                    line = clean_line(self.lines[cut][1])
                    if _level(line, self.heads) == next_level and _starts(line, next_head):
                        end = cut
                        break
            elif next_level == 4 and level < 4:
                # A 단서 or 후단 next (… 제2항을 다음과 같이 하며, 같은 조 제3항에 후단을 …):
                # the provision ends at the first line that is no provision.
                for cut in range(self.pos + 1, end):
                    if _level(clean_line(self.lines[cut][1]), self.heads) is None:
                        end = cut
                        break
        # Every new text announced after this one takes at least one line: this one leaves
        # them (제1항을 …하고, 같은 조 제2항제1호 각 목 외의 부분을 … — its "1. …" line is not
        # a 호 of the new 제1항).
        end = max(self.pos + 1, min(end, len(self.lines) - (len(self.expected) - self.taken)))
        end = self._fitting(end)
        out = self.lines[self.pos : end]
        self.pos = end
        return out

    def _fitting(self, end: int) -> int:
        """``end``, or, when the texts announced after this one could not then be read from the
        lines left, the last end that lets every one of them be read: several texts of
        different depths one after another (a new article, then a 호, then a paragraph, as the
        sentence of several articles joined prints them) are told apart by the whole list of
        what the sentence announces, not by the next text alone."""
        index = self.taken - 1
        if (
            self.feasible is None
            or index >= len(self.expected)
            or not self.feasible[index][self.pos]
        ):
            return end
        ends = _fits(self.lines, self.expected[index], self.pos, self.heads)
        if end in ends and self.feasible[index + 1][end]:
            return end
        fits = [e for e in ends if self.feasible[index + 1][e]]
        return fits[-1] if fits else end

    @property
    def left(self) -> int:
        """How many lines are not taken yet (a new provision takes one or more)."""
        return len(self.lines) - self.pos

    def finish(self) -> None:
        if self.pos < len(self.lines):
            lineno, raw = self.lines[self.pos]
            raise _unreadable(self.sentence.number + 1, lineno, raw)


def _ends(levels: list[int | None], shape: tuple[int, str, int], first: str) -> range:
    """Where a new text of ``shape`` (the level and head of its first line, ``first``, and the
    level its following lines must be deeper than; 4: one line of text) can end, for the
    lines' ``levels`` from where it starts."""
    level, head, span = shape
    if not levels:
        return range(0)
    if span == 4:
        return range(1, 2)
    if (head and not _starts(first, head)) or (not head and levels[0] != level):
        return range(0)
    stop = next(
        (k for k in range(1, len(levels)) if (found := levels[k]) is not None and found <= span),
        len(levels),
    )
    return range(1, stop + 1)


def _feasible(
    lines: list[tuple[int, str]],
    expected: list[tuple[int, str, int]],
    heads: Container[str] | None,
) -> list[list[bool]] | None:
    """``[i][p]``: whether the new texts ``i`` onwards can be read from line ``p`` to the end,
    each where it can start and end; ``None`` when the whole list cannot (the texts are then
    taken one by one, and what is wrong is reported where it is met)."""
    count, n = len(expected), len(lines)
    if not count or not n:
        return None
    texts = [clean_line(raw) for _, raw in lines]
    levels = [_level(text, heads) for text in texts]
    on = [continues(text) for text in texts]
    done = [bool(_FINISHED.search(text)) for text in texts]
    # stops[span][p]: the first line after p that a text of that span cannot take
    stops: dict[int, list[int]] = {}
    for span in {shape[2] for shape in expected if shape[2] < 4}:
        row, stop = [n] * n, n
        for p in range(n - 1, -1, -1):
            row[p] = stop
            if levels[p] is not None and levels[p] <= span:  # type: ignore[operator]
                stop = p
        stops[span] = row
    table = [[False] * (n + 1) for _ in range(count + 1)]
    table[count][n] = True
    for i in range(count - 1, -1, -1):
        level, head, span = expected[i]
        after = table[i + 1]
        reach = [0] * (n + 2)  # reach[e]: how many ends from e on are readable
        for e in range(n, -1, -1):
            reach[e] = reach[e + 1] + after[e]
        for p in range(n):
            if span == 4:
                # one line; the last text of all, with the lines after it that run on
                table[i][p] = after[p + 1] or (
                    i == count - 1 and all(on[p + 1 :]) and not any(done[p : n - 1])
                )
                continue
            if (head and not _starts(texts[p], head)) or (not head and levels[p] != level):
                continue
            table[i][p] = reach[p + 1] - reach[stops[span][p] + 1] > 0
    return table if table[0][0] else None


def _fits(
    lines: list[tuple[int, str]],
    shape: tuple[int, str, int],
    pos: int,
    heads: Container[str] | None,
) -> list[int]:
    """The ends a text of ``shape`` starting at ``pos`` can have."""
    levels = [_level(clean_line(raw), heads) for _, raw in lines[pos:]]
    first = clean_line(lines[pos][1]) if pos < len(lines) else ""
    return [pos + k for k in _ends(levels, shape, first)]


def _expected(parsed: Parsed) -> tuple[list[tuple[int, str, int]], bool]:
    """The level and head of every new text a sentence announces, in order, and the level its
    following lines must be deeper than (4: one line of text); and whether that is all of
    them (the targets of a range of branch articles cannot be told before the texts are
    read)."""
    out: list[tuple[int, str, int]] = []
    for clause in parsed.clauses:
        if isinstance(clause, Rename) and clause.body:
            out.append((4, "", 4))
        if not isinstance(clause, Rewrite | Insert):
            continue
        for first, last in clause.targets:
            try:
                refs = expand(first, last)
            except EditError:
                return out, False
            for ref in refs:
                if ref.part in ("subs", "items"):
                    out.append((2, "1.", 1) if ref.part == "subs" else (3, "가.", 2))
                elif ref.lead or ref.part:
                    out.append((4, "", 4))
                else:
                    level, head = _head(ref)
                    out.append((level, head, level))
    return out, True


def _starts(line: str, head: str) -> bool:
    if not line.startswith(head):
        return False
    rest = line[len(head) :]
    if head.startswith("제"):  # 제3조 must not match 제3조의2
        return not rest.startswith("의") and (rest == "" or rest[0] in " (")
    return True


def _head(ref: Ref) -> tuple[int, str]:
    level = ref.level
    if level == 0:
        return 0, Article(ref.article).label
    if level == 1:
        assert ref.paragraph is not None
        return 1, circled_numeral(ref.paragraph) if ref.paragraph <= 50 else ""
    if level == 2:
        assert ref.sub is not None
        return 2, f"{ref.sub.ko()}."
    return 3, f"{ref.item}."


def _provision(ref: Ref, lines: list[str]) -> Article | Paragraph | Subparagraph | Item:
    """Read the new text of a provision with the statute parser."""
    level = ref.level
    prefix = ["", "제1조", "제1조", "제1조\n1. 가"][level]
    inst, messages = parse_instrument("\n".join([prefix, *lines]) if prefix else "\n".join(lines))
    errors = [m for m in messages if m.severity == "error"]
    if errors:
        raise EditError(
            N_("the new text of {location} cannot be read: {problem}"),
            location=label(ref),
            problem=Message(errors[0].message_id, errors[0].params),
        )
    try:
        art = inst.articles[0]
        if level == 0:
            if len(inst.articles) != 1:
                raise IndexError
            return art
        para = art.paragraphs[0]
        if level == 1:
            assert ref.paragraph is not None
            para.number = ref.paragraph
            return para
        sub = para.subparagraphs[-1 if level == 3 else 0]
        return sub if level == 2 else sub.items[0]
    except IndexError:
        raise EditError(
            N_("the new text of {location} cannot be read: {problem}"),
            location=label(ref),
            problem=Message(N_("it is not one provision.")),
        ) from None


def provision_name(what: Ref | Num | None, annex: Callable[[Num], Pair] | None = None) -> Pair:
    """How a note names a provision (:class:`~proof.Order`'s ``name``): a cited provision, an
    annex (as ``annex`` names it, else ``별표 2``), the instrument's title for ``None``."""
    if what is None:
        return Pair("제명", "the title")
    if isinstance(what, Num):
        return annex(what) if annex else Pair(f"별표 {what.ko()}", f"Annex {what.en()}")
    return label(what)


def _one_line(lines: list[str], strip_marker: bool) -> str:
    text = clean_line(lines[0])
    return _MARKER.sub("", text, count=1) if strip_marker and _MARKER.match(text) else text


class _Applier:
    def __init__(self, inst: Instrument, annexes: dict[Num, Annex]) -> None:
        self.editor = Editor(inst)
        self.inst = inst
        self.annexes = annexes
        self.notes: list[ParseMessage] = []  # what a sentence that applies should correct
        self.order = Order(self.provision_name)  # the order of the clauses read so far

    def sentence(self, sentence: _Sentence) -> None:
        bodies = _Bodies(sentence)
        batch: list[Clause] = []  # the replacements made together at the next flush
        for clause in sentence.parsed.clauses:
            if not isinstance(clause, Replace):
                with _about(batch, sentence.parsed):
                    self.editor.flush()
                batch = []
            with _about([clause], sentence.parsed):
                self.clause(clause, bodies)
            if isinstance(clause, Replace):
                batch.append(clause)
        with _about(batch, sentence.parsed):
            self.editor.flush()
        bodies.finish()
        parsed = sentence.parsed
        notes = [(n.message, n.start, n.end) for n in self.order.notes(parsed)]
        notes += [(n.message, n.start, n.end) for n in sentence_notes(parsed)]
        for where, slip in self.editor.slips:
            start, end = new_quote_span(parsed, slip.old, slip.new)
            notes.append((text_note(where, slip), start, end))
        self.editor.slips.clear()
        notes += [(unsure.note(), unsure.start, unsure.end) for unsure in sentence.unsure]
        notes.sort(key=lambda note: note[1])  # in the order of the sentence, as read
        for problem, start, end in notes:
            line, column, length = sentence.where(start, end)
            params = {"n": sentence.number, "problem": problem}
            message = ParseMessage(line, _SENTENCE, params, "warning", column, length)
            self.notes.append(message)
        self.notes += bodies.notes

    def provision_name(self, what: Ref | Num | None) -> Pair:
        return provision_name(what, self.annex_label)

    def run_on(self, bodies: _Bodies, lines: list[tuple[int, str]], what: Pair) -> list[str]:
        """The lines of the new text of ``what`` with those that run on joined (a text copied
        from a PDF, :mod:`.runon`); where nothing tells how, a note at the line."""
        sentence = bodies.sentence
        # the page: the lines of the new texts (the sentence may have been typed on one
        # line, the texts copied from the page)
        joined, unsure = run_on(lines, sentence.breaks_words, sentence.body)
        for meeting in unsure:
            params = {"n": sentence.number, "problem": meeting.note(what)}
            bodies.notes.append(
                ParseMessage(
                    meeting.line, _SENTENCE, params, "warning", meeting.column, meeting.length
                )
            )
        return joined

    def clause(self, clause: Clause, bodies: _Bodies) -> None:
        ed = self.editor
        if isinstance(clause, Replace):
            ed.replace(clause.targets, clause.old, clause.new)
        elif isinstance(clause, Rewrite):
            for first, last in clause.targets:
                for ref in expand(first, last, bodies.left):
                    self.put(ref, bodies, insert=False)
        elif isinstance(clause, Insert):
            for first, last in clause.targets:
                for ref in expand(first, last, bodies.left):
                    self.put(ref, bodies, insert=True)
        elif isinstance(clause, Delete):
            ed.delete(clause.targets)
        elif isinstance(clause, Renumber):
            ed.renumber(clause.source, clause.target, clause.others)
        elif isinstance(clause, Rename):
            self.rename(clause, bodies)
        elif isinstance(clause, AnnexOp):
            self.annex_op(clause)
        elif isinstance(clause, AnnexRenumber):
            self.annex_renumber(clause)
        else:
            self.annex_words(clause)

    def put(self, ref: Ref, bodies: _Bodies, *, insert: bool) -> None:
        refuse_point(ref)
        if ref.part in ("subs", "items"):
            level = 2 if ref.part == "subs" else 3
            lines = self.run_on(bodies, bodies.take(level - 1, "", label(ref)), label(ref))
            prefix = "제1조 가" if level == 2 else "제1조\n1. 가"
            inst, messages = parse_instrument("\n".join([prefix, *lines]))
            errors = [m for m in messages if m.severity == "error"]
            para = inst.articles[0].paragraphs[0] if inst.articles else None
            new = (
                (para.subparagraphs if level == 2 else para.subparagraphs[0].items) if para else []
            )
            if errors or not new:
                raise EditError(
                    N_("the new text of {location} cannot be read: {problem}"),
                    location=label(ref),
                    problem=Message(
                        errors[0].message_id if errors else N_("it is not one provision."),
                        errors[0].params if errors else {},
                    ),
                )
            self.editor.put_children(ref, new)
        elif ref.part == "title":
            lines = self.run_on(bodies, bodies.take(4, "", label(ref)), label(ref))
            self.editor.title_rewrite(ref, _one_line(lines, False))
        elif ref.lead or ref.part:
            lines = self.run_on(bodies, bodies.take(4, "", label(ref)), label(ref))
            self.editor.put_part(ref, _one_line(lines, ref.lead), insert=insert)
        else:
            level, head = _head(ref)
            lines = self.run_on(bodies, bodies.take(level, head, label(ref)), label(ref))
            prov = _provision(ref, lines)
            if isinstance(prov, Article) and prov.num != ref.article:
                raise EditError(
                    N_("the new text of {location} should start with {head}, not {found}."),
                    location=label(ref),
                    head=f"“{head}”",
                    found=f"“{prov.label}”",
                )
            self.editor.put(ref, prov, insert=insert)

    def rename(self, clause: Rename, bodies: _Bodies) -> None:
        what = Pair("제명", "the title")
        if clause.body:
            lines = self.run_on(bodies, bodies.take(4, "", what), what)
            self.inst.title = _one_line(lines, False)
            return
        if clause.old == clause.new:
            raise EditError(N_("{old} is replaced by the same words."), old=f'"{clause.old}"')
        if clause.old not in self.inst.title:
            raise EditError(
                N_("{old} does not occur in {location}."), old=f'"{clause.old}"', location=what
            )
        self.inst.title = self.inst.title.replace(clause.old, clause.new)

    def annex_label(self, num: Num) -> Pair:
        """``별표 2``; ``별표`` (``the Annex``: "the new table of the Annex") for the
        instrument's annex without a number."""
        annex = self.inst.annex(num) or self.annexes.get(num)
        if annex is not None:
            return Pair(annex.label, annex.label_en if annex.numbered else "the Annex")
        return Pair(f"별표 {num.ko()}", f"Annex {num.en()}")

    def annex_op(self, clause: AnnexOp) -> None:
        for num in clause.nums:
            what = self.annex_label(num)
            index = next((i for i, a in enumerate(self.inst.annexes) if a.num == num), None)
            if clause.verb == "delete":
                if index is None:
                    raise EditError(N_("{location} does not exist."), location=what)
                del self.inst.annexes[index]
                continue
            if clause.verb == "insert" and index is not None:
                if not self.inst.annexes[index].numbered:  # [별표] holds the number 1
                    raise EditError(
                        N_(
                            "{location} cannot be inserted while the annex without a number "
                            "holds its place: number that annex first ({example})."
                        ),
                        location=Pair("별표 1", "Annex 1"),  # the number it has, 1
                        example=Pair(
                            "별표를 별표 2로 하고, 별표 1을 별지와 같이 신설한다",
                            "The Annex shall become Annex 2; and Annex 1 shall be newly "
                            "inserted as attached",
                        ),
                    )
                raise EditError(N_("{location} already exists."), location=what)
            if clause.verb == "replace" and index is None:
                raise EditError(N_("{location} does not exist."), location=what)
            annex = self.annexes.get(num)
            if annex is None:  # a table, attached after the text (별지), not a provision
                raise EditError(
                    N_(
                        "the new table of {location} is missing: attach it after the amendment "
                        "text, starting with the line {head}."
                    ),
                    location=what,
                    head=f"“[{what.ko}]”",  # the text is Korean in either language
                )
            if index is None:
                position = sum(1 for a in self.inst.annexes if a.num < num)
                self.inst.annexes.insert(position, copy.deepcopy(annex))
            else:
                self.inst.annexes[index] = copy.deepcopy(annex)

    def annex_renumber(self, clause: AnnexRenumber) -> None:
        """``별표를 별표 1로 하고``: the instrument's only annex, without a number, takes one
        (its rows and its citations in the articles stay as they are: the bill changes them by
        clauses of their own); ``별표 2를 별표 3으로``: a numbered annex takes another."""
        annex = self.inst.annex(clause.source)
        if clause.bare and self.inst.annexes and (annex is None or annex.numbered):
            raise EditError(
                N_(
                    "the instrument has no annex without a number: its annexes are cited by "
                    "number ({labels})."
                ),
                labels=Pair(
                    ", ".join(a.label for a in self.inst.annexes),
                    ", ".join(a.label_en for a in self.inst.annexes),
                ),
            )
        if annex is None:
            what = Pair("별표", "the Annex") if clause.bare else self.annex_label(clause.source)
            raise EditError(N_("{location} does not exist."), location=what)
        taken = self.inst.annex(clause.target)
        if taken is not None and (taken is not annex or annex.numbered):
            target = Pair(f"별표 {clause.target.ko()}", f"Annex {clause.target.en()}")
            if taken is not annex and annex.numbered and clause.target > clause.source:
                # 별표 1을 별표 2로 하고, 별표 2를 별표 3으로: the annexes move up from the last
                raise EditError(
                    N_(
                        "{location} is still the number of another annex: renumber that one "
                        "first, from the last annex backwards ({example})."
                    ),
                    location=target,
                    example=_moving_up(clause.source, clause.target),
                )
            raise EditError(N_("{location} already exists."), location=target)
        annex.num, annex.numbered = clause.target, True
        self.inst.annexes.sort(key=lambda a: a.num)

    def annex_words(self, clause: AnnexWords) -> None:
        if clause.old == clause.new:
            raise EditError(N_("{old} is replaced by the same words."), old=f'"{clause.old}"')
        for num in clause.nums:
            what = self.annex_label(num)
            annex = self.inst.annex(num)
            if annex is None:
                raise EditError(N_("{location} does not exist."), location=what)
            count = annex.title.count(clause.old)
            annex.title = annex.title.replace(clause.old, clause.new)
            for row in annex.rows:
                for i, cell in enumerate(row):
                    count += cell.count(clause.old)
                    row[i] = cell.replace(clause.old, clause.new)
            if not count:
                raise EditError(
                    N_("{old} does not occur in {location}."),
                    old=f'"{clause.old}"',
                    location=what,
                )


@contextmanager
def _about(clauses: list[Clause], parsed: Parsed) -> Iterator[None]:
    """Tell an :class:`EditError` raised inside which words of the sentence it is about: the
    quote it names (``"A" does not occur in …``), else the provision it names as the first of
    ``clauses`` cites it (``같은 조 제3항``, ``제9조`` of ``제9조제2항 중 …``), else that clause
    as written."""
    try:
        yield
    except EditError as exc:
        if exc.span is None and clauses:
            exc.span = _words_about(exc, clauses, parsed)
        raise


def _words_about(exc: EditError, clauses: list[Clause], parsed: Parsed) -> tuple[int, int]:
    old = exc.params.get("old")
    for clause in clauses:
        if isinstance(clause, Replace) and clause.quotes and old == f'"{clause.old}"':
            return clause.quotes[0].start, clause.quotes[0].offset  # the quote, marks and all
    start, end = clauses[0].span
    location = exc.params.get("location")
    if not isinstance(location, Pair) or not location.ko:
        return start, end
    for cited in parsed.cited:  # the provision named, however the sentence cites it
        if start <= cited.start < end and location.ko in (
            label(cited.ref).ko,
            label(cited.ref.whole).ko,
        ):
            return cited.start, cited.end
    # an article or paragraph of a citation, as written, not a longer number (제9조 of
    # 제9조제2항, never of 제9조의2; 제1항 never of 제11항)
    pattern = re.compile(f"(?<![0-9]){re.escape(location.ko)}(?![0-9]|의[0-9])")
    if match := pattern.search(parsed.text, start, end):
        return match.span()
    return start, end


def _moving_up(source: Num, target: Num) -> Pair:
    """The clauses that move an annex up into the number of the next: that one first
    (``별표 2를 별표 3으로 하고, 별표 1을 별표 2로 하며``)."""
    after = Num(target.main + target.main - source.main)
    ko = [f"별표 {n.ko()}" for n in (target, after, source)]
    en = [f"Annex {n.en()}" for n in (target, after, source)]
    return Pair(
        f"{attach(ko[0], '을/를')} {attach(ko[1], '으로/로')} 하고, "
        f"{attach(ko[2], '을/를')} {attach(ko[0], '으로/로')} 하며",
        f"{en[0]} shall become {en[1]}; {en[2]} shall become {en[0]}",
    )


def _annexes(
    read: _Text, given: Iterable[Annex], old: Instrument
) -> tuple[dict[Num, Annex], list[ParseMessage]]:
    """The new tables of the annexes, the blocks of the text before ``given`` ones, and the
    lines of the blocks read as one-cell rows (located in the amendment text). A block none
    of whose lines is a table row (cells split by tabs or |), as a table copied from a PDF
    comes, is an error when the annex it replaces is a table of several columns: read so, it
    would become a list of its cells."""
    out = {annex.num: annex for annex in given}
    notes: list[ParseMessage] = []
    for num, block in read.annexes.items():
        inst, messages = parse_instrument("\n".join(line for _, line in block))
        if not inst.annexes:
            continue
        table, before = inst.annexes[0], old.annex(num)
        loose = [m for m in messages if m.message_id == NOT_A_ROW]
        columns = max(map(len, before.rows), default=0) if before is not None else 0
        if table.rows and len(loose) == len(table.rows) and columns > 1:
            raise AmendmentError(
                0,
                block[0][0],
                N_(
                    "The new table of {annex} has no row with its cells split by tabs or |, as "
                    "a table copied from a PDF comes (one cell on each line): copy it from the "
                    "document (Word, 한/글), or write each row as | cell | cell |."
                ),
                {"annex": Pair(table.label, table.label_en)},
            )
        notes += (replace(m, line=block[m.line - 1][0]) for m in loose)
        out[num] = table
    return out, notes


class _Known:
    """The words of an instrument, its text rendered once, when first asked."""

    def __init__(self, inst: Instrument) -> None:
        self.inst = inst

    @cached_property
    def text(self) -> str:
        from desktop.core.statute_render import render_instrument

        return " ".join(render_instrument(self.inst).split())

    def __contains__(self, words: str) -> bool:
        return words in self.text


def apply_amendment(
    old: Instrument,
    text: str,
    *,
    annexes: Iterable[Annex] = (),
    notes: list[ParseMessage] | None = None,
) -> Instrument:
    """The instrument that ``text`` (Korean amendment text) makes of ``old``.

    The new 별표 of ``별표 1을 별지와 같이 한다`` are read from ``[별표 1] …`` blocks in the text,
    else taken from ``annexes``. ``old`` is not changed. Raises :class:`AmendmentError`.
    What a text that applies should still correct (a particle that does not suit the word
    before it, :mod:`.proof`) is added to ``notes`` as warnings at the sentences' lines.

    A text copied from a PDF is read as its pages show it (:mod:`desktop.core.pdfcopy`):
    without the page numbers between its lines, its numbers without the spaces the copy put
    around them (``제 3 조 중``); errors and notes are located in the text as given, and what
    was left out or read by guess is noted.
    """
    known = _Known(old).__contains__
    pasted = read_copy(text, known)
    if pasted is None:
        return _apply(old, text, annexes, notes, known)
    mine: list[ParseMessage] = []
    try:
        new = _apply(old, pasted.text, annexes, mine, known)
    except AmendmentError as exc:
        exc.messages[0] = pasted.located(exc.messages[0])
        raise
    if notes is not None:
        told = [*pasted.notes(), *map(pasted.located, mine)]
        notes += sorted(told, key=lambda note: note.line)
    return new


def _apply(
    old: Instrument,
    text: str,
    annexes: Iterable[Annex],
    notes: list[ParseMessage] | None,
    known: Callable[[str], bool],
) -> Instrument:
    read = _read(text, known)
    if read.whole:
        inst, messages = parse_instrument("\n".join(read.rest))
        errors = [m for m in messages if m.severity == "error"]
        if errors:
            line = read.opening + errors[0].line  # the new text starts after the opening
            raise AmendmentError(0, line, errors[0].message_id, dict(errors[0].params))
        if not inst.articles:  # nothing, or lines that are no article, after the opening
            raise AmendmentError(
                0, read.opening, N_("The whole revision gives no article of the new text."), {}
            )
        inst.title = inst.title or old.title
        inst.kind = old.kind
        return inst
    if not read.sentences:
        raise AmendmentError(0, 1, N_("The amendment text has no amendment sentence."), {})
    new = copy.deepcopy(old)
    tables, annex_notes = _annexes(read, annexes, old)
    applier = _Applier(new, tables)
    for sentence in read.sentences:
        try:
            applier.sentence(sentence)
        except EditError as exc:
            line, column, length = sentence.where(*exc.span) if exc.span else (sentence.line, 0, 0)
            raise AmendmentError(
                sentence.number, line, exc.message_id, dict(exc.params), column, length
            ) from None
        except AmendmentError:
            raise
    if notes is not None:
        notes += [*annex_notes, *applier.notes]
    return new


def apply_text(old_text: str, amendment: str) -> str:
    """Parse ``old_text`` (law.go.kr layout), apply ``amendment`` and render the new text."""
    from desktop.core.statute_render import render_instrument

    old, messages = parse_instrument(old_text)
    errors = [m for m in messages if m.severity == "error"]
    if errors:
        raise StatuteParseError(errors)
    new = apply_amendment(old, amendment)
    new.header = ""
    return render_instrument(new)


from desktop.core.drafting.applier.verify import verify_amendment  # noqa: E402
