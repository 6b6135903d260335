"""Reading one Korean amendment sentence into clauses (``shared/domain/drafting-ko.md`` §3).

The grammar, as bills write it::

    sentence  := clause ("하고, " | "하며, " | ", ") … clause "한다."
    clause    := targets " 중 " quote 을/를 ["각각 "] quote 으로/로          replace
               | target "의 제목 " quote 을/를 quote 으로/로                  title (whole)
               | targets 을/를 ["각각 "] "다음과 같이 " ["신설"]            rewrite / insert
               | target "에 " labels 을/를 ["각각 "] "다음과 같이 신설"      insert into
               | targets 을/를 ["각각 "] "삭제"                              delete
               | target 을/를 label 으로/로                                  renumber
               | "제명 " quote 을/를 quote 으로/로 | "제명을 다음과 같이 "    제명
               | annexes 을/를 ["각각 "] ("별지와 같이 " ["신설"] | "삭제")  별표
               | annex 을/를 "별표 " N 으로/로                              별표 renumbered
    targets   := entry (("ㆍ" | ", " | " 및 ") entry)*
    entry     := location ["부터 " location "까지"]
    location  := (제N조[의M] | "같은 조|항|호|목" [" "] | relative labels)
                 [제N항][제N호[의M]][X목] ["의 제목"] [" 각 호 외의 부분" | " 각 목 외의 부분"]
                 [" 본문" | " 단서" | " 전단" | " 후단"]
               | ("본문" | "단서" | "전단" | "후단")        (after a part: of the same provision)
               | location " 제목 외의 부분"                    (an article's text, title aside)

A clause that starts with a quote (``… 하고, "C"를 "D"로 한다``) replaces in the locations of
the clause before; ``같은 조`` / ``같은 항`` and relative labels (``제3조제1항 및 제3항``) are read
against the location cited just before, inside the sentence. :func:`parse_sentence` raises
:class:`SentenceSyntax` with the offset where reading stopped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from desktop.core.statute import Num

ITEM_LABELS = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허"
_ARTICLE = re.compile(r"제(\d+)조(?:의(\d+))?")
_PARAGRAPH = re.compile(r"제(\d+)항")
_SUB = re.compile(r"제(\d+)호(?:의(\d+))?")
_ITEM = re.compile(f"([{ITEM_LABELS}])목")
_SAME = re.compile(r"(?:같은 |동)(조|항|호|목)")
_PART = re.compile(r" ?(본문|단서|전단|후단)")
_NEXT_PART = re.compile(r"(본문|단서|전단|후단)(?= 중 |ㆍ| 및 |, |을 |를 )")
_PARTS = {"본문": "main", "단서": "proviso", "전단": "front", "후단": "back"}
_LEAD = re.compile(r"(?:의 | ?)각 ?(호|목) ?외의 ?부분")
# ``별표`` alone: an instrument's only annex, written without a number (``별표를 다음과 같이``)
_ANNEX = re.compile(r"별표(?: ?(\d+)(?:의(\d+))?|(?=[을를] | 중 ))")
# the number an annex takes: ``별표를 별표 1로 하고, 별표 2를 별지와 같이 신설한다``
_ANNEX_TARGET = re.compile(r"별표 ?(\d+)(?:의(\d+))?(?=으로 |로 )")
# Older bills space less (``제22조제3항중 "A"를``, ``각호외의 부분``, ``동항제1호중``) or
# more (``제46조 제5항``, ``제3호 가목중``, two spaces before a quote); law.go.kr applies them
# all, and so does the applier (about 1,200 sentences of the mirror).
_AND = re.compile(r"ㆍ|·|, | 및 ")  # · (U+00B7) in some bills for ㆍ
_BARE_TITLE = re.compile(r" 제목(?= [\"“]| 중 | 및 |ㆍ|, )")  # 제13조 제목 "A"를 …
_FORMERLY = re.compile(r"\(종전의 [^()]*\)")  # 같은 조 제3항(종전의 제2항) 중
_EACH = re.compile(r"각각 ?")
_AS_FOLLOWS = re.compile(r"다음과 같이 ?(?=신설|한다|하고|하며|개정한다)")
_POINT = re.compile(r"(\d+)\)")
_ALL_CHILDREN = re.compile(r" 각 (호|목)(?=을 |를 | 및 |, | 중 )")
_JUNG = re.compile(r" ?중 ?(?=[\"“])")
_END = re.compile(r"(?:(?:개정)?한다\.?$|하고, |하며, )")
_OBJECT = re.compile(r"(을|를) ")
_TO = re.compile(r"(으로|로) ")
_OPEN_QUOTES = '"“'
_CLOSE_QUOTES = '"”'
_CLOSE_MARK = re.compile(f"[{_CLOSE_QUOTES}]")
_BEGINS = r"(?:제\d+조|제명|별표(?: ?\d|[을를] | 중 ))"
STARTS = re.compile(_BEGINS)  # how every sentence begins
_SPLIT = re.compile(f"(?<=다\\.) (?={_BEGINS})")  # sentences on one line
LEVEL = {"조": 0, "항": 1, "호": 2, "목": 3}
# More provisions than any instrument has: the bound of a range when its texts are not counted.
MAX_RANGE = 10_000


class SentenceSyntax(ValueError):
    """The sentence cannot be read from ``offset`` on; ``unpaired``: its quotation marks do
    not pair up."""

    def __init__(self, text: str, offset: int, unpaired: bool = False) -> None:
        super().__init__(f"cannot read from {offset}: {text[offset : offset + 20]!r}")
        self.text = text
        self.offset = offset
        self.unpaired = unpaired

    def near(self) -> str:
        """A short excerpt of the sentence where reading stopped."""
        start = max(0, self.offset - 8)
        return self.text[start : self.offset + 16].strip() or self.text[-20:]


@dataclass(frozen=True)
class Ref:
    """A cited provision: article, paragraph (0 = the unnumbered one), 호, 목, and a part.

    ``lead`` is 각 호 (목) 외의 부분; ``part`` is ``""``, ``"title"``, ``"main"`` (본문),
    ``"proviso"`` (단서), ``"front"`` (전단), ``"back"`` (후단), ``"body"`` (an article's
    제목 외의 부분: its unnumbered paragraph, 호 included), ``"subs"`` (its 각 호) or
    ``"items"`` (a 호's 각 목).
    """

    article: Num
    paragraph: int | None = None
    sub: Num | None = None
    item: str | None = None
    lead: bool = False
    part: str = ""
    point: int | None = None  # a 목's sub-item: 가목1) (only words replaced in it)

    def path(self) -> tuple[object, ...]:
        out: list[object] = [self.article]
        for value in (self.paragraph, self.sub, self.item):
            if value is None:
                break
            out.append(value)
        return tuple(out)

    @property
    def level(self) -> int:
        """0 article, 1 paragraph, 2 호, 3 목 (the unnumbered paragraph counts as the article)."""
        if self.item is not None:
            return 3
        if self.sub is not None:
            return 2
        return 1 if self.paragraph else 0

    @property
    def whole(self) -> Ref:
        return Ref(self.article, self.paragraph, self.sub, self.item)


@dataclass(frozen=True)
class AnnexRef:
    """A reference to an annex (별표) by number."""

    num: Num


Entry = tuple[Ref, Ref]


@dataclass
class _Clause:
    """What every clause keeps: where it is written in the sentence (``span``: offsets of
    :attr:`Parsed.text`, from its first word to its verb), for a message about it."""

    span: tuple[int, int] = field(default=(0, 0), compare=False, kw_only=True)


@dataclass
class Replace(_Clause):
    """``"old"를 "new"로 한다`` in the provisions (ranges) named (``각각``: in each of them;
    ``quotes``: the two quotes as the sentence writes them, for proofreading)."""

    targets: list[Entry]
    old: str
    new: str
    each: bool = False
    quotes: tuple[Written, Written] | None = field(default=None, compare=False)


@dataclass
class Rewrite(_Clause):
    """``…를 다음과 같이 한다``: the provisions (ranges) named are rewritten (``각각``: each
    of them; ``particle``: the particle written after them, for proofreading)."""

    targets: list[Entry]
    each: bool = False
    particle: Written | None = None


@dataclass
class Insert(_Clause):
    """``…를 다음과 같이 신설한다``: new provisions, in ``container`` when one is named."""

    container: Ref | None
    targets: list[Entry]


@dataclass
class Delete(_Clause):
    """``…를 삭제한다``: the provisions (ranges) named are deleted (``각각``, ``particle``: as
    :class:`Rewrite`'s)."""

    targets: list[Entry]
    each: bool = False
    particle: Written | None = None


@dataclass
class Renumber(_Clause):
    """``…를 …로 하고``: a provision moves to another number; ``others``: more that move
    at the same time (``제2호 및 제3호를 각각 제3호 및 제2호로``)."""

    source: Ref
    target: Ref
    others: list[tuple[Ref, Ref]] = field(default_factory=list)


@dataclass
class Rename(_Clause):
    """``제명 중 "old"를 "new"로 한다``, or with ``body`` the title rewritten whole."""

    old: str = ""
    new: str = ""
    body: bool = False  # 제명을 다음과 같이 한다


@dataclass
class AnnexOp(_Clause):
    """An annex (별표) replaced, inserted or deleted whole."""

    verb: str  # "replace", "insert", "delete"
    nums: list[Num]


@dataclass
class AnnexRenumber(_Clause):
    """``별표를 별표 1로 하고``: an annex takes another number; ``bare``: it is cited without
    one, as an instrument's only annex is (``[별표]``), which takes its number when a second
    annex comes (``별표를 별표 1로 하고, 별표 2를 별지와 같이 신설한다``)."""

    source: Num
    target: Num
    bare: bool = False


@dataclass
class AnnexWords(_Clause):
    """Words replaced in annexes (``별표 1 중 "old"를 "new"로 한다``)."""

    nums: list[Num]
    old: str
    new: str


Clause = (
    Replace | Rewrite | Insert | Delete | Renumber | Rename | AnnexOp | AnnexRenumber | AnnexWords
)


@dataclass(frozen=True)
class Written:
    """A particle as the sentence writes it after a quote or a location: ``"A"를`` (``word``
    the quoted text, ``quoted``), ``제11조의11을 삭제한다`` (``word`` the location); ``offset``
    where the particle stands in the sentence. The applier checks that it suits the word."""

    offset: int
    word: str
    form: str
    quoted: bool

    @property
    def pair(self) -> str:
        return "을/를" if self.form in ("을", "를") else "으로/로"

    @property
    def start(self) -> int:
        """Where the word begins in the sentence: a quote's opening mark, a location."""
        return self.offset - len(self.word) - (2 if self.quoted else 0)

    @property
    def end(self) -> int:
        """Where the particle ends."""
        return self.offset + len(self.form)


@dataclass(frozen=True)
class Cited:
    """A provision as the sentence cites it: ``ref`` written at ``start:end`` (``같은 조
    제3항``), for a message about it."""

    ref: Ref
    start: int
    end: int


@dataclass
class Parsed:
    """The clauses of one amendment sentence, in order, the particles it writes after its
    quotes and locations, and the provisions it cites where it cites them."""

    clauses: list[Clause] = field(default_factory=list)
    particles: list[Written] = field(default_factory=list)
    cited: list[Cited] = field(default_factory=list)
    # 하고, 하며 between its clauses, and where each stands
    connectors: list[tuple[str, int]] = field(default_factory=list)
    text: str = ""  # the sentence as read (runs of spaces as one)

    @property
    def wants_body(self) -> bool:
        return any(
            isinstance(c, Rewrite | Insert) or (isinstance(c, Rename) and c.body)
            for c in self.clauses
        )


def _num(match: re.Match[str]) -> Num:
    return Num(int(match.group(1) or 1), int(match.group(2) or 0))


class _Reader:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0
        self.prev: Ref | None = None
        self.unpaired: int | None = None  # where the first quote not paired up opens
        self.mark = 0  # where the last location (or annex) read starts
        self.particles: list[Written] = []
        self.connectors: list[tuple[str, int]] = []
        self.cited: list[Cited] = []

    def fail(self) -> SentenceSyntax:
        return SentenceSyntax(self.s, self.i)

    def eat(self, pattern: re.Pattern[str] | str) -> re.Match[str] | None:
        regex = re.compile(re.escape(pattern)) if isinstance(pattern, str) else pattern
        match = regex.match(self.s, self.i)
        if match:
            self.i = match.end()
        return match

    def expect(self, pattern: re.Pattern[str] | str) -> re.Match[str]:
        match = self.eat(pattern)
        if match is None:
            raise self.fail()
        return match

    def at(self, text: str) -> bool:
        return self.s.startswith(text, self.i)

    # -- locations ---------------------------------------------------------------------

    def labels(self, base: list[object], start: int) -> list[object]:
        """Read solid labels from level ``start`` on, appending to ``base`` (a path)."""
        path = list(base)
        level = start
        readers = (
            (1, _PARAGRAPH, lambda m: int(m.group(1))),
            (2, _SUB, _num),
            (3, _ITEM, lambda m: m.group(1)),
        )
        for lvl, regex, value in readers:
            if lvl < level:
                continue
            match = self.eat(regex)
            if match is None and self.at(" ") and regex.match(self.s, self.i + 1):
                self.i += 1  # 제46조 제5항, 제3호 가목
                match = self.eat(regex)
            if match is None:
                continue
            if lvl == 3 and len(path) < 3:
                # a 목 is cited with its 호 (제9조제1호가목); ``제9조가목`` names none
                self.i = match.start()
                raise self.fail()
            while len(path) < lvl:
                path.append(0 if len(path) == 1 else None)
            del path[lvl:]
            path.append(value(match))
            level = lvl + 1
            if lvl == 1 and self.at("(종전의 제목 외의 부분)"):
                # a paragraph just numbered, what it was before it: 제1항(종전의 제목 외의
                # 부분)제1호를 삭제하며 (the mirror: 2 acts so, 1 citing the 항 itself)
                self.eat(_FORMERLY)
        return path

    def location(self, prev: Ref | None) -> Ref:
        """One cited provision (read against ``prev``, the one cited before), kept with where
        it is written."""
        start = self.i
        ref = self._location(prev)
        self.cited.append(Cited(ref, start, self.i))
        return ref

    def _location(self, prev: Ref | None) -> Ref:
        start = self.mark = self.i
        if match := self.eat(_ARTICLE):
            path = self.labels([_num(match)], 1)
        elif match := self.eat(_SAME):
            if prev is None:
                raise self.fail()
            level = LEVEL[match.group(1)]
            ppath = list(prev.path())
            if level and len(ppath) <= level:
                raise self.fail()
            base = ppath[: level + 1]
            path = base
            before = self.i
            self.eat(" ")
            more = self.labels(base, level + 1)  # 같은 조 제2항, 동조제2항
            if more == base:
                self.i = before
            else:
                path = more
        elif prev is not None and prev.part == "title" and self.eat("본문"):
            return Ref(prev.article, 0, part="main")
        elif prev is not None and prev.part == "title" and self.eat("제목 외의 부분"):
            return Ref(prev.article, part="body")  # 제58조의 제목 및 제목 외의 부분
        elif (
            prev is not None
            and prev.part not in ("", "title", "body")
            and (match := self.eat(_NEXT_PART))
        ):
            # The other part of the same provision: ``제5항 전단ㆍ후단 중``, ``같은 조 제7항
            # 본문 및 단서 중`` (some 430 sentences of the mirror).
            return replace(prev, part=_PARTS[match.group(1)])
        else:
            first = self.i
            level = next(
                (
                    lvl
                    for lvl, rx in ((1, _PARAGRAPH), (2, _SUB), (3, _ITEM))
                    if rx.match(self.s, first)
                ),
                None,
            )
            if prev is None or level is None:
                raise self.fail()
            base = list(prev.path())[:level]
            while len(base) < level:
                base.append(0 if len(base) == 1 else None)
            if None in base:
                raise self.fail()
            path = self.labels(base, level)
        if self.i == start:
            raise self.fail()
        ref = Ref(*path)  # type: ignore[arg-type]
        if ref.paragraph is None and ref.sub is not None:
            ref = replace(ref, paragraph=0)
        if ref.item is not None and (match := self.eat(_POINT)):
            ref = replace(ref, point=int(match.group(1)))  # 제7조의3제1항제1호나목3) 중
        if ref.level == 0 and self.eat(" 제목 외의 부분"):
            # An article without paragraphs, its title aside: ``제13조의 제목 중 "A"를 "B"로
            # 하고, 같은 조 제목 외의 부분 중 "C"를 "D"로 한다``, ``제11조 제목 외의 부분을
            # 제1항으로 하고, 같은 조에 제2항을 다음과 같이 신설한다`` (about a hundred acts).
            return replace(ref, part="body")
        if match := self.eat(_ALL_CHILDREN):
            # ``제9조 각 호를 다음과 같이 한다`` (some 30 acts): every 호 (목) of it at once.
            return replace(ref, part="subs" if match.group(1) == "호" else "items")
        if ref.level == 0 and (self.eat("의 제목") or self.eat(_BARE_TITLE)):
            # only an article has a title: ``제8조제3항의 제목`` is not read
            return replace(ref, part="title")
        self.eat(_FORMERLY)
        if self.eat(_LEAD):
            ref = replace(ref, lead=True)
        if match := self.eat(_PART):
            ref = replace(ref, part=_PARTS[match.group(1)])
        return ref

    def entry(self, prev: Ref | None) -> Entry:
        first = self.location(prev)
        if self.eat("부터 "):
            last = self.location(first)
            self.expect("까지")
            self.eat("의 규정")  # 제1호부터 제6호까지의 규정 중
            return first, last
        if self.eat(" 내지 "):  # older bills: 제22조제2항 내지 제4항중
            return first, self.location(first)
        return first, first

    def entries(self, prev: Ref | None) -> list[Entry]:
        out = [self.entry(prev)]
        while True:
            before, mark, cited = self.i, self.mark, len(self.cited)
            if self.eat(_AND):
                try:
                    out.append(self.entry(out[-1][1]))
                except SentenceSyntax:
                    self.i, self.mark = before, mark
                    del self.cited[cited:]  # what was read as a citation is not one
                    return out
            else:
                return out

    # -- quotes and verbs --------------------------------------------------------------

    def quote(self, particles: tuple[str, ...], glued: bool = False) -> str:
        """A quoted text followed by one of ``particles`` (and a space or a comma; with
        ``glued``, also the next quote: ``"A"을"B"로``).

        The first one whose quotation marks pair up is taken: a quote that holds a quoted
        word followed by what looks like a particle (``"기술신용보증기금(이하 "기술신용보증
        기금"으로 한다)"을``, 37 sentences of the mirror) ends at its own mark. Only when none
        does is the first one taken (a bill amending an amending act quotes a part of its
        sentence: ``"제20조 중 "특별시장ㆍ광역시장"을``)."""
        follow = " ," + (_OPEN_QUOTES if glued else "")
        if self.i >= len(self.s) or self.s[self.i] not in _OPEN_QUOTES:
            raise self.fail()
        start = self.i + 1
        first: tuple[int, int] | None = None
        for mark in _CLOSE_MARK.finditer(self.s, start):
            j = mark.start()
            for particle in particles:
                after = j + 1 + len(particle)
                if self.s.startswith(particle, j + 1) and (
                    after == len(self.s) or self.s[after] in follow
                ):
                    if paired(self.s[start:j]):
                        self.i = after
                        self.particles.append(Written(j + 1, self.s[start:j], particle, True))
                        return self.s[start:j]
                    first = first or (j, after)
                    break
        if first is None:
            raise self.fail()
        if self.unpaired is None:
            self.unpaired = self.i
        j, self.i = first
        self.particles.append(Written(j + 1, self.s[start:j], self.s[j + 1 : self.i], True))
        return self.s[start:j]

    def ending(self) -> bool:
        """Read a clause ending; ``True`` when it ends the sentence."""
        match = self.expect(_END)
        if match.group(0).startswith(("하고", "하며")):
            self.connectors.append((match.group(0)[:2], match.start()))
        return "한다" in match.group(0)

    def object_particle(self) -> None:
        self.after_location(_OBJECT)

    def after_location(self, particle: re.Pattern[str]) -> None:
        """Read the particle after the location (or annex) read last, and note it."""
        word = self.s[self.mark : self.i]
        match = self.expect(particle)
        self.particles.append(Written(match.start(), word, match.group(1), False))

    def replace_chain(self, targets: list[Entry], clauses: list[Clause]) -> bool:
        """``"A"를 (각각) "B"로`` [``, "C"를 "D"로``] … up to the ending."""
        while True:
            old = self.quote(("을", "를"), glued=True)
            old_written = self.particles[-1]
            self.eat(" ")
            each = bool(self.eat(_EACH))
            new = self.quote(("으로", "로"))
            clauses.append(Replace(targets, old, new, each, (old_written, self.particles[-1])))
            if self.eat(", "):
                if self.i < len(self.s) and self.s[self.i] in _OPEN_QUOTES:
                    continue
                # ``… 중 "A"를 "B"로, 같은 항 제3호 중 "C"를 "D"로 한다``: the comma goes on
                # to the next location as 하고 would (some 25 real sentences).
                return False
            self.expect(" ")
            return self.ending()

    def verb_after_object(self, entries: list[Entry], clauses: list[Clause]) -> bool:
        written = self.particles[-1]  # the object's particle, read just before
        each = bool(self.eat("각각 "))
        if self.eat(_AS_FOLLOWS):
            if self.eat("신설"):
                clauses.append(Insert(None, entries))
            else:
                clauses.append(Rewrite(entries, each, written))
            return self.ending()
        if self.eat("삭제"):
            clauses.append(Delete(entries, each, written))
            return self.ending()
        if len(entries) == 1 and entries[0][0] == entries[0][1]:
            source = entries[0][0]
            target = self.location(source)
            self.after_location(_TO)
            clauses.append(Renumber(source, target))
            return self.ending()
        # ``제1항 및 제2항을 각각 제2항 및 제3항으로``, ``제4항부터 제6항까지를 각각 제3항부터
        # 제5항까지로``, ``제2호 및 제3호를 각각 제3호 및 제2호로`` (some 40 real sentences):
        # the provisions move together.
        start = self.i
        targets = self.entries(entries[0][0])
        self.after_location(_TO)
        pairs = list(zip(_numbers(entries), _numbers(targets), strict=False))
        if len(_numbers(entries)) != len(_numbers(targets)) or not pairs:
            self.i = start
            raise self.fail()
        clauses.append(Renumber(*pairs[0], others=pairs[1:]))
        return self.ending()

    def insert_into(self, container: Ref, clauses: list[Clause]) -> bool:
        targets: list[Entry] = []
        while True:
            self.mark = self.i
            if match := self.eat(re.compile(r"(단서|후단|전단|본문)")):
                part = {"단서": "proviso", "후단": "back", "전단": "front"}.get(match[1], "main")
                ref = replace(container, part=part)
                targets.append((ref, ref))
            else:
                first = self.location(container)
                last = first
                if self.eat("부터 "):
                    last = self.location(first)
                    self.expect("까지")
                targets.append((first, last))
            if not (self.eat("ㆍ") or self.eat(", ") or self.eat(" 및 ")):
                break
        self.object_particle()
        self.eat("각각 ")
        self.expect("다음과 같이 신설")
        clauses.append(Insert(container, targets))
        self.prev = targets[-1][1]
        return self.ending()

    def annexes(self, clauses: list[Clause]) -> bool:
        nums: list[Num] = []
        bare = False
        while True:
            self.mark = self.i
            match = self.expect(_ANNEX)
            first = _num(match)
            bare = match.group(1) is None
            if self.eat("부터 "):
                last = _num(self.expect(_ANNEX))
                self.expect("까지")
                if first.branch or last.branch or not 0 <= last.main - first.main < MAX_RANGE:
                    raise self.fail()
                nums.extend(Num(n) for n in range(first.main, last.main + 1))
            else:
                nums.append(first)
            if not (self.eat("ㆍ") or self.eat(", ") or self.eat(" 및 ")):
                break
        if self.eat(" 중 "):
            old = self.quote(("을", "를"))
            self.expect(" ")
            self.eat("각각 ")
            new = self.quote(("으로", "로"))
            self.expect(" ")
            clauses.append(AnnexWords(nums, old, new))
            return self.ending()
        self.object_particle()
        if len(nums) == 1 and (match := self.eat(_ANNEX_TARGET)):
            self.mark = match.start()
            self.after_location(_TO)
            clauses.append(AnnexRenumber(nums[0], _num(match), bare))
            return self.ending()
        self.eat("각각 ")
        if self.eat("별지와 같이 "):
            verb = "insert" if self.eat("신설") else "replace"
            clauses.append(AnnexOp(verb, nums))
            return self.ending()
        self.expect("삭제")
        clauses.append(AnnexOp("delete", nums))
        return self.ending()

    def clause(self, clauses: list[Clause]) -> bool:
        """One clause; ``True`` when the sentence ends after it. The clauses read keep where
        they are written (a chain of replacements read at once, the whole chain)."""
        start, first = self.i, len(clauses)
        ends = self._clause(clauses)
        end = self.i
        while end > start and self.s[end - 1] in " ,.":  # the verb, not what follows it
            end -= 1
        for clause in clauses[first:]:
            clause.span = (start, end)
        return ends

    def _clause(self, clauses: list[Clause]) -> bool:
        if self.at("제명"):
            self.i += 2
            if self.eat("을 ") or self.eat("를 "):
                self.expect("다음과 같이 ")
                clauses.append(Rename(body=True))
                return self.ending()
            self.expect(" ")
            old = self.quote(("을", "를"))
            self.expect(" ")
            new = self.quote(("으로", "로"))
            clauses.append(Rename(old, new))
            self.expect(" ")
            return self.ending()
        if _ANNEX.match(self.s, self.i):
            return self.annexes(clauses)
        if self.i < len(self.s) and self.s[self.i] in _OPEN_QUOTES:
            last = next((c for c in reversed(clauses) if isinstance(c, Replace)), None)
            if last is None:
                raise self.fail()
            return self.replace_chain(last.targets, clauses)
        entries = self.entries(self.prev)
        self.prev = entries[-1][1]
        if self.eat(_JUNG):
            return self.replace_chain(entries, clauses)
        if self.at(' "') or self.at(" “"):
            # ``제12조제2항 "A"를 "B"로`` (older bills leave out 중) and the title's own
            # ``제9조의 제목 "(A)"를 "(B)"로``.
            self.i += 1
            return self.replace_chain(entries, clauses)
        if self.eat("에 "):
            if len(entries) != 1 or entries[0][0] != entries[0][1]:
                raise self.fail()
            return self.insert_into(entries[0][0], clauses)
        self.object_particle()
        return self.verb_after_object(entries, clauses)


def _numbers(entries: list[Entry]) -> list[Ref]:
    """The provisions of entries, ranges counted by successive numbers (제4항부터 제6항까지)."""
    out: list[Ref] = []
    for first, last in entries:
        if first == last:
            out.append(first)
            continue
        level = first.level
        if level != last.level or (level == 0 and first.article.branch != last.article.branch):
            return []
        numbers: range | str
        if level == 0:
            numbers = range(first.article.main, last.article.main + 1)
        elif level == 1:
            numbers = range(first.paragraph or 0, (last.paragraph or 0) + 1)
        elif level == 2:
            a, b = first.sub, last.sub
            assert a is not None and b is not None
            if a.branch or b.branch:
                return []
            numbers = range(a.main, b.main + 1)
        else:
            a_i, b_i = ITEM_LABELS.find(first.item or ""), ITEM_LABELS.find(last.item or "")
            numbers = ITEM_LABELS[a_i : b_i + 1]
        if len(out) + len(numbers) > MAX_RANGE:  # 제30호부터 제999999호까지: none has them
            return []
        values: list[object] = list(numbers)
        if level in (0, 2):
            values = [Num(n) for n in numbers]  # type: ignore[arg-type]
        for value in values:
            fields: list[object] = [first.article, first.paragraph, first.sub, first.item]
            fields[level] = value
            out.append(Ref(*fields))  # type: ignore[arg-type]
    return out


def paired(text: str) -> bool:
    """Whether the quotation marks of ``text`` pair up: an even number of them, and, when all
    are curly, each opened (“) before it is closed (”). Real bills quote words that hold
    quoted words in pairs (``"감정평가업자(이하 "감정평가업자"라 한다)"를``); a text pasted
    from a word processor may mix straight and curly marks (``"A”를 “B"로``)."""
    marks = [char for char in text if char in '"“”']
    if len(marks) % 2:
        return False
    if '"' in marks:
        return True
    depth = 0
    for mark in marks:
        depth += 1 if mark == "“" else -1
        if depth < 0:
            return False
    return depth == 0


def parse_sentence(text: str) -> Parsed:
    """The clauses of one amendment sentence; raises :class:`SentenceSyntax`.

    A sentence whose quotation marks do not pair up (one left out or one too many:
    ``중 "A를 "B"로``, ``"A"를 ""B"로``) is not read: what its quotes hold cannot be told
    (``unpaired``: where reading stopped, else at the first quote whose marks do not pair up,
    else at the last mark).
    """
    reader = _Reader(re.sub(r" {2,}", " ", text.strip()))
    parsed = Parsed()
    try:
        while not reader.clause(parsed.clauses):
            pass
        if reader.i != len(reader.s):
            raise reader.fail()
    except SentenceSyntax as exc:
        if paired(reader.s):
            raise
        raise SentenceSyntax(reader.s, exc.offset, unpaired=True) from None
    if not paired(reader.s):
        at = reader.unpaired
        if at is None:
            at = max(reader.s.rfind(mark) for mark in '"“”')
        raise SentenceSyntax(reader.s, at, unpaired=True)
    parsed.particles, parsed.connectors, parsed.text = reader.particles, reader.connectors, reader.s
    parsed.cited = reader.cited
    return parsed


def line_sentences(line: str) -> list[tuple[str, Parsed]] | None:
    """The amendment sentences on one (cleaned) line, or ``None`` when the line is not
    only sentences: one sentence, or several written one after another
    (``… 한다. 제7조를 삭제한다.``)."""
    if not STARTS.match(line):
        return None
    try:
        return [(line, parse_sentence(line))]
    except SentenceSyntax:
        pass
    pieces = _SPLIT.split(line)
    if len(pieces) == 1:
        return None
    try:
        return [(piece, parse_sentence(piece)) for piece in pieces]
    except SentenceSyntax:
        return None


def reach(line: str) -> int | None:
    """How far a (cleaned) line reads as amendment sentences: ``None`` when it reads whole
    (:func:`line_sentences`), else the offset where reading stopped — in the first of
    several sentences written one after another that does not read."""
    try:
        parse_sentence(line)
        return None
    except SentenceSyntax as exc:
        first = exc.offset
    pieces = _SPLIT.split(line)
    if len(pieces) == 1:
        return first
    at = 0
    for piece in pieces:
        try:
            parse_sentence(piece)
        except SentenceSyntax as exc:
            return max(first, at + exc.offset)
        at += len(piece) + 1
    return None
