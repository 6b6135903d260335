"""Word diff of one provision's text, and the smallest whole units to quote (따옴표 안의 말).

The texts are compared on whole words (split on spaces, on ``ㆍ`` and before an opening
bracket or a statute's ``「``, even one written against the word before it) with
:class:`difflib.SequenceMatcher`; adjacent changed words form one *edit*. Each edit is then
narrowed to what a bill quotes (``shared/domain/drafting-ko.md`` §3, "Quote the smallest whole
unit"):

1. **Atomic terms** (unit names from the organization model) are never split, and a word that
   contains one is narrowed to it when the new word has another atomic term in its place:
   ``평생교육국장은`` → ``미래평생교육국장은`` quotes ``평생교육국`` → ``미래평생교육국``. An
   atomic term with spaces in it (``Lifelong Education Bureau``) widens an edit to cover it.
2. Otherwise the whole words are quoted without the provision's punctuation, quotation marks
   and trailing particle (:mod:`.quoting`): ``"A로`` → ``A``; ``국토해양부장관은`` →
   ``국토해양부장관``.
3. A number after a label word is quoted with it (``"별표 1"``, not ``"1"``), and a number
   added or removed there is anchored on the label (``"별표 1"`` → ``"별표"``).
4. A pure insertion or deletion is anchored on the following word (else the preceding one);
   an item added to a list on the item before it, an item removed inside a list on the whole
   item after it, an aside in brackets written against a word on that word alone.
5. A one-syllable noun is quoted with its modifier (``"지방자치단체의 장"``); a range of
   provisions whole (``"제39조부터 제41조까지의 규정"``), and a list of citations; a
   statute's name whole, with the citation and the thing named after it when they change
   too, also across the verb's form by which a provision cited makes that thing (``"「A법」
   제25조에 따라 지정된 A문화재"``; drafting-ko.md §3a).
6. A quote never starts or ends inside a word: a verb's ending that looks like a particle
   stays (``받은``, ``정하는``; :mod:`.quoting`), a quote that ends at a verb form takes the
   bound noun it modifies (``"위임을 받은 자"``), one that ends at a type in 형 the noun it
   types (``"관광레저형 기업도시"``) and one that starts with it the bare noun before it
   (``"기업구조개선 경영참여형 사모집합투자기구"``), and one that starts at a bracket written
   against a word starts with that word (``"진료비(재활교육비를 포함한다)"``); a quote of
   several words that would start at the last item of a ``ㆍ`` list starts with the list
   (``"식품ㆍ의약품등의 시험검사"``). Brackets that
   change kind (``(…)`` → ``[…]``) are quoted whole with the noun they are written against,
   and judged by the changes inside them.

``중 "A"를 "B"로 한다`` replaces *every* occurrence of A in the provision, so the edits are
checked: applying them all to the old text must give the new text, no quote may occur where
nothing changes (but inside words an earlier clause replaces, as real bills leave it to that
clause: ``"도시관리계획결정"을 …, "도시관리계획"을 …``) and two quotes may not overlap. An edit
that fails is widened (first without the atomic narrowing, then with the modifier before it —
``"청년 시설"`` —, then to whole words with their particles, then with the following word
(Korean puts the head last: ``"평생교육 정책"``), then with one and two words on either side —
never with the provision's punctuation at either end); if that does not help, the diff is
marked inexact and the caller rewrites the provision whole.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from desktop.core import lazyre
from desktop.core.drafting.quoting import (
    adnominal,
    list_change,
    list_spans,
    read_as,
    strip_particles,
    trim,
)
from desktop.core.rules import CITE_BARE, CITE_WHOLE, DEFAULT_CITE

_WORD = lazyre.compile(r"「?[^\sㆍ·(\[「]+|「")  # the items of a ㆍ list are words of their own
# A citation (제5조, 별표 1) and what names the statute it cites, just before it.
_CITATION = lazyre.compile(r"(?:제\d+조|별표 ?\d)")
# A quote that starts inside a citation (제2호 of 제35조제1항제1호ㆍ제2호, 단서 of 제66조 단서)
# takes the citation from its article on.
_INNER = lazyre.compile(r"(?:제\d+(?:항|호)|단서|본문|전단|후단)")
# One provision cited (제5조의2제1항제3호의2가목) and one annex cited (별표 1의2 제3호가목; its
# remarks are part of it: 별표 13 비고 제2호).
_PROVISION = r"제\d+조(?:의\d+)?(?:제\d+항)?(?:제\d+호(?:의\d+)?)?(?:[가-하]목)?"
_ANNEX = r"별표 ?\d+(?:의\d+)?(?: 비고)?(?: ?제\d+호(?:의\d+)?)?(?:[가-하]목)?"
_CHAIN = lazyre.compile(
    f"(?:{_PROVISION}"
    r"(?:ㆍ제\d+(?:조|항|호)(?:의\d+)?)*(?:ㆍ| )|별표 ?\d+(?:의\d+)?(?: 비고)? )$"
)
# The last part of a citation, and the parts of the same provision cited after it.
_CITE_TAIL = lazyre.compile(r"제\d+(?:조|항|호)(?:의\d+)?(?:[가-하]목)?$")
_CITE_MORE = lazyre.compile(
    r"(?:(?:ㆍ|, | 및 | 또는 )(?:[가-하]목|제\d+호(?:의\d+)?(?:[가-하]목)?))+(?=[\s,.에의]|$)"
)
_CITED_BY = lazyre.compile(
    r"(?:「[^「」]+」(?:\([^()]*\))? ?"
    r"|(?:(?<=[\s(])(?<!이 )|^)(?:같은 (?:법|영|규칙|조례)|법|영|규칙) (?:시행령 |시행규칙 )?)$"
)
# A paragraph cited (with the paragraphs and the part cited with it) of the article cited just
# before, ``같은 조 제8항``, ``같은 조 제7항ㆍ제8항``, ``같은 조 제7항 본문``: real quotes take its
# 같은 조 when its number changes (4 of 4 in the corpus sets; with its 호, ``같은 조
# 제4항제8호``, 0 of 2).
_SAME_ARTICLE = "같은 조 "
_PARAGRAPH_CITED = lazyre.compile(r"제\d+항(?:의\d+)?(?!의?\d*제)")
# A provision or annex of the statute cited before (``같은 법 제5조의2``).
_SAME_CITED = lazyre.compile(
    f"같은 (?:법|영|규칙|조례) (?:시행령 |시행규칙 )?(?:{_PROVISION}|{_ANNEX})"
)
# What may stand between a statute's name and the rest of one citation.
_CITED_GAP = lazyre.compile(
    f"(?: (?:{_PROVISION}|{_ANNEX}))?" r"(?: |(?:에 따른|에 의한|에 따라|에 의하여) )"
)
_CITED_BY_WORDS = ("따른 ", "의한 ", "따라 ", "의하여 ")
# The gap through the verb's form by which a provision makes the thing named (``제25조에 따라
# 지정된``, ``에 따라 고시하는``), and a quote that ends at a provision or annex cited.
_CITED_VERB = lazyre.compile(
    f"(?: (?:{_PROVISION}|{_ANNEX}))?(?:에 따라|에 의하여) [가-힣]+[된한는] "
)
_CITES_PART = lazyre.compile(f"(?:{_PROVISION}|{_ANNEX})$")
# The rest of a provision cited, then what ties it to the thing it names ("제2호다목1) 및 2)의").
_SUB_GAP = lazyre.compile(
    r" (?:제\d+호(?:의\d+)?)?(?:[가-하]목)?(?:\d+\))?(?: 및 \d+\))?(?:의|에 따른|에 의한) "
)
# A quote that ends a citation: a statute's name, or a name and the provision cited after it
# (``제7조제1항 각 호``).
_CITES = lazyre.compile(f"(?:^|」 ?)(?:{_PROVISION}(?: 각 (?:호|목))?|{_ANNEX})?$")
# The part of an annex or provision cited that ends a longer citation ("별표 1의 … 제22호").
_PART_CITED = lazyre.compile(
    r"」 (?:별표 ?\d+(?:의\d+)?|제\d+조(?:의\d+)?)[^「」]*"
    r"(?:제\d+(?:조|항|호)(?:의\d+)?(?:[가-하]목)?)$"
)
# A provision or annex cited without a statute's name: it is a citation too when the other
# side of its quote names a statute ("별표 2" → "「A법 시행령」 별표 3").
_BARE_CITE = lazyre.compile(f"(?:{_PROVISION}|{_ANNEX})")
_FOLLOW = lazyre.compile(f" ?(?:{_PROVISION}|{_ANNEX})" r"(?=[\s,.ㆍ에의및]|$)")
# A word that ends in a particle (it is not a whole list item: "정부청사의 관리").
_PARTICLE_END = lazyre.compile(r"[가-힣](?:의|을|를|은|는|에|에서|으로|로)$")
# The start of a range of provisions, just before a quote ("제39조부터 ", "별표 3부터 ").
_RANGE_START = lazyre.compile(
    r"(?:(?<=\s)|^)"
    r"(?:제\d+조(?:의\d+)?(?:제\d+항)?(?:제\d+호(?:의\d+)?)?|별표 ?\d+(?:의\d+)?)부터 $"
)
_PUNCT_EDGE = ",.;:\"'“”‘’"  # cut from the ends of a whole-word quote
_GAP_MARKS = ",.;:ㆍ·()「」\"'"  # a word set off by these between two changes keeps them apart
# Between two citations of one list, and what ends a quote before such a gap.
_CITE_GAP = lazyre.compile(r"|, | 및 |ㆍ| 또는 | ")
_CITE_END = lazyre.compile(
    r"(?:제\d+(?:조|항|호)(?:의\d+)?|[가-하]목|별표 ?\d+(?:의\d+)?|단서|본문)(?:,| 및|ㆍ)?$"
)
_ADNOMINAL = lazyre.compile(r"[가-힣]{0,2}[한된른는할될]")  # 한, 된, 따른, 관한, 하는
# 의 and a one-syllable head noun after a quote's last noun ("소속기관의 장에게"), the head
# being a word of its own or taking a particle
_GENITIVE_HEAD = lazyre.compile(
    r"(의 [장날죄폭예])(?:에게|에서|으로|은|는|이|가|을|를|에|의|과|와|로|도|만)?(?![가-힣])"
)
_HANGUL_WORD = lazyre.compile(r"[0-9가-힣]+")  # a plain word: no bracket, quote or mark
_LABEL_NUMBER = lazyre.compile(
    r" ?\d+(?:의\d+)?(?: 비고)?(?: ?제\d+호(?:의\d+)?(?:[가-하]목)?(?:\d+\))?)?(?=[\s,.ㆍ에의및]|$)"
)
# The part of a provision cited that a text names after it ("제7조 단서").
_NAMED_PART = lazyre.compile(r" (?:본문|단서|전단|후단)(?=$|[^가-힣]|[에의은는이가을를과와도])")
# What makes a comma list's items other than names: citations, statutes, numbers.
_NOT_NAME = lazyre.compile(r"제\d+[조항호]|별표|[「」\d]")
_CITED_PART = lazyre.compile(r"제\d+(?:조|항|호)|별표|[가-하]목|비고")  # goes on a citation
# Nouns that bind to the word before them (4급 이상, 60세 미만).
_BOUND = frozenset({"이상", "이하", "미만", "초과", "이내", "이후", "이전"})
# Nouns that cannot stand without the verb form that modifies them (받은 자, 할 수).
_BOUND_NOUNS = frozenset({"자", "것", "수", "바", "곳", "데", "때"})
_BOUND_FIRST = "".join(_BOUND_NOUNS)
_LABELS = frozenset({"별표", "별지", "서식", "부록", "별첨"})  # a number after these is one unit
_CONNECTORS = frozenset({"및", "또는"})  # between the last two items of a list
_REMOVED_ITEM = (" 및 ", " 또는 ", "과 ", "와 ", ", ", "ㆍ")  # what joined a removed last item
_ITEM_SEP = lazyre.compile(r"ㆍ|·|, | 및 | 또는 ")
_COMMA_SEP = lazyre.compile(r", | 및 | 또는 ")
_IN_LIST = lazyre.compile(r"(?:[ㆍ·]|[^\s,ㆍ·]+)+")  # items joined by middle dots, no spaces
# Stems joined by middle dots, each a word of its own, that a list's last word ends with the head
# they share (시ㆍ도무형문화재: 시무형문화재 and 도무형문화재); what stands before the last word.
_STEMS = lazyre.compile(r"(?<![0-9A-Za-z가-힣])(?:[가-힣]+[ㆍ·])+$")
_SYLLABLES = lazyre.compile(r"[가-힣]+")  # a word of Hangul syllables only
# One or two one-word items of a comma list, between two changed items (after the comma).
_COMMA_ITEMS = lazyre.compile(r" (?:[^\s,()]+, ){1,2}")
# English lists of units (:meth:`_Differ.english_list`): where an item begins ("the" after a
# comma or "and", or the text's first "The"; a unit's name may hold "and": the Planning and
# Audit Office), where one ends before the next, an item, and what separates two.
_ITEM_START_EN = lazyre.compile(r"(?:^|, (?:and )?| and )(?=[Tt]he )")
_ITEM_END_EN = lazyre.compile(r"(?=(?:, (?:and )?| and )the )")
_ITEM_EN = lazyre.compile(r"[Tt]he [^,;:.()\"]+")
_ITEM_SEP_EN = lazyre.compile(r", (?:and )?| and (?=the )")
_ITEM_WORDS_EN = 10  # an item longer than this is a clause, not a unit's name


# How widely a failing edit is quoted, in turn: (words before, words after, cut a shared
# particle, narrow to an atomic term). The provision's punctuation is always cut at the ends.
_LEVELS = (
    (0, 0, True, True),
    (0, 0, True, False),
    (1, 0, True, False),  # only after a modifier (:meth:`_Differ.modifier`)
    (0, 0, False, False),
    (0, 1, True, False),
    (0, 1, False, False),
    (1, 1, True, False),
    (1, 1, False, False),
    (2, 2, False, False),
)


_MODIFIER_LEVEL = 2
# Last syllables of a word that is not a plain modifier of the noun after it: particles and
# verb endings (``지방자치단체는``, ``따른``, ``교직원에게``, ``양도하거나``).
_NOT_MODIFIER = frozenset("은는을를이가에로과와도만서한른된인할될며고여면게나")


# words that modify no noun after them (경우 heads a clause: "이 경우 생물학적 제제")
_FUNCTION_WORDS = frozenset({"및", "등", "중", "외", "각", "그", "이", "해당", "경우"})
# Function words no real quote ends with ("연료전지 중", "장에게 그"): 등 and 경우 may end one.
_NEVER_LAST = _FUNCTION_WORDS - {"등", "경우"}
_PHRASE_HEAD = lazyre.compile(r"(?:^|(?<=[\sㆍ]))([가-힣]+) $")  # the word before a quote


def _is_modifier(word: str) -> bool:
    """Whether ``word`` reads as part of the noun phrase of the word after it: a genitive
    (``지방자치단체의``) or a bare noun or determiner (``각종``, ``풍수해``)."""
    if not word or not all("가" <= ch <= "힣" for ch in word) or word in _FUNCTION_WORDS:
        return False
    return word.endswith("의") or word[-1] not in _NOT_MODIFIER


# Last syllables of a verb's connective form, which a bare noun never reads as (따라, 위하여).
_CONNECTIVE_END = frozenset("라서아어여지")
# A verb's ending that closes a clause before a comma ("두되,", "하고,"): no list item.
_CLAUSE_ENDS = ("되", "하고", "하며", "하여", "으나", "지만", "므로", "는데")


def _is_type(word: str) -> bool:
    """Whether ``word`` is a type in 형 (관광레저형, 경영참여형), which types the noun after it."""
    return len(word) > 2 and word.endswith("형") and bool(_HANGUL_WORD.fullmatch(word))


_CLASS = lazyre.compile(r"제\d+(?:종|급|류)")  # a numbered class before its noun (제1종)


def _is_modifier_or_class(word: str) -> bool:
    """A plain modifier (:func:`_is_modifier`) or a numbered class (``제1종``, ``제2급``)."""
    return _is_modifier(word) or bool(_CLASS.fullmatch(word))


_SHUT = {"(": ")", "[": "]"}


def _closing(text: str, open_: int) -> int | None:
    """The position of the bracket that closes the ``(`` or ``[`` at ``open_``."""
    opening, closing = text[open_], _SHUT[text[open_]]
    depth = 0
    for pos in range(open_, len(text)):
        depth += (text[pos] == opening) - (text[pos] == closing)
        if depth == 0:
            return pos
    return None


def _same_kind(old: str, new: str) -> str | None:
    """``new`` with its first bracket pair written in the kind of ``old``'s first one when
    the two differ in kind (``A(…)`` and ``A[…]``), else ``None``."""
    o = next((i for i, ch in enumerate(old) if ch in _SHUT), None)
    n = next((i for i, ch in enumerate(new) if ch in _SHUT), None)
    if o is None or n is None or old[o] == new[n]:
        return None
    pos = _closing(new, n)
    if pos is None:
        return None
    return new[:n] + old[o] + new[n + 1 : pos] + _SHUT[old[o]] + new[pos + 1 :]


def _one_name(text: str) -> bool:
    """Whether ``text`` is one statute's name in its brackets (``「지방자치법」``)."""
    return text.startswith("「") and text.endswith("」") and text.count("「") == 1


def _one_syllable(text: str) -> bool:
    """Whether ``text`` is one Hangul syllable written against the word before it or alone."""
    return len(text) == 1 and "가" <= text <= "힣"


def _cites(quote: str) -> bool:
    """Whether a quote ends with a statute's name, or with a name and what it cites (the name
    may be ``같은 법``)."""
    return (
        quote.endswith("」")
        or ("「" in quote and bool(_CITES.search(quote) or _PART_CITED.search(quote)))
        or bool(_SAME_CITED.fullmatch(quote))
    )


def _joined_at(edits: list[Edit], index: int, joined: Edit) -> list[Edit]:
    """``edits`` with the two at ``index - 1`` and ``index`` replaced by ``joined``."""
    return [*edits[: index - 1], joined, *edits[index + 1 :]]


def _replaced_at(edits: list[Edit], index: int, edit: Edit) -> list[Edit]:
    """``edits`` with the one at ``index`` replaced by ``edit``."""
    return [*edits[:index], edit, *edits[index + 1 :]]


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the brackets it opens or closes without their partner."""
    quoted = text[start:end]
    if quoted.count("(") > quoted.count(")"):
        depth = 0
        for index in range(start, len(text)):
            depth += {"(": 1, ")": -1}.get(text[index], 0)
            if depth == 0 and index >= end - 1 and text[index] == ")":
                return start, index + 1
    elif quoted.count(")") > quoted.count("("):
        depth = 0
        for index in range(end - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(text[index], 0)
            if depth == 0 and index <= start and text[index] == "(":
                return index, end
    return start, end


def _paired_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """``text[start:end]`` widened to the quotation marks of the quoted words it starts or
    ends in: back to the mark that opens the one it starts in, on to the mark that closes the
    one it ends in, when it holds a mark (a word quoted inside a quoted word, ``"위원회"`` in
    ``(이하 "위원회"라 한다)``, is quoted as it is). Straight marks pair up in order through
    the text."""
    if '"' not in text[start:end]:
        return start, end
    if text.count('"', 0, start) % 2:  # it starts inside a quoted word
        opening = text.rfind('"', 0, start)
        start = opening if opening >= 0 else start
    if text.count('"', 0, end) % 2:  # it ends inside one
        closing = text.find('"', end)
        end = closing + 1 if closing >= 0 else end
    return start, end


def _open_before(text: str, start: int, end: int) -> int | None:
    """Where the bracket opens that ``text[start:end]`` closes without opening it, if any; a
    numbered item's bracket (``1)``) closes nothing."""
    if text.find(")", start, end) < 0 and text.find("]", start, end) < 0:
        return None  # nothing closes (most quotes): not read character by character
    depth = 0
    for pos in range(start, end):
        ch = text[pos]
        if ch in "([":
            depth += 1
        elif ch in ")]" and not (ch == ")" and text[pos - 1 : pos].isdigit()):
            depth -= 1
            if depth < 0:
                break
    else:
        return None
    depth = 0
    for back in range(start - 1, -1, -1):
        ch = text[back]
        if ch in ")]":
            depth += 1
        elif ch in "([":
            if depth == 0:
                return back
            depth -= 1
    return None


def normalise(text: str) -> str:
    """Single spaces, stripped: the form in which texts are compared and offsets counted."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Edit:
    """One quoted change: ``old[old_start:old_end]`` becomes ``new[new_start:new_end]``."""

    old_start: int
    old_end: int
    new_start: int
    new_end: int
    old: str
    new: str


@dataclass(frozen=True)
class Replacement:
    """A replacement as a bill writes it: ``"old"`` → ``"new"``."""

    old: str
    new: str


@dataclass(frozen=True)
class TextDiff:
    """The word diff of two (normalised) texts: the quoted edits, in order."""

    old: str
    new: str
    edits: tuple[Edit, ...]
    exact: bool  # applying the replacements to ``old`` gives ``new``
    # the edits before nearby changes were joined into one quote (:meth:`_Differ.nearby`) or
    # a quote took the ㆍ list it starts in (:meth:`_Differ.list_heads`), by which how much of
    # the text changes is judged; empty when none were joined or widened
    apart: tuple[Edit, ...] = ()

    @property
    def judged(self) -> tuple[Edit, ...]:
        """The edits by which the share of the text that changes is judged."""
        return self.apart or self.edits

    @property
    def needed(self) -> int:
        """How many distinct replacements the changes need, nearby ones counted apart."""
        return len({(e.old, e.new) for e in self.judged})

    @property
    def changed(self) -> bool:
        return self.old != self.new

    @functools.cached_property
    def replacements(self) -> tuple[Replacement, ...]:
        """The distinct replacements, in order of first occurrence, except that one whose
        words occur inside another's comes after it (:func:`_ordered`)."""
        return _ordered(self.edits)

    def replaced(self, replacement: Replacement) -> int:
        """How many times ``replacement`` is made: its occurrences inside words that an
        earlier replacement takes are not counted."""
        return sum(1 for e in self.edits if (e.old, e.new) == (replacement.old, replacement.new))

    @functools.cached_property
    def changed_chars(self) -> int:
        """Characters that differ inside the edits (the longer side, without the characters
        an edit's two sides share at their ends); the whole text when inexact."""
        if not self.exact:
            return max(len(self.old), len(self.new))
        return sum(_differing(e.old, e.new) for e in self.judged)

    @property
    def ratio(self) -> float:
        """The share of the text that changes (0 … 1)."""
        total = max(len(self.old), len(self.new))
        return min(1.0, self.changed_chars / total) if total else 0.0

    @property
    def quoted_share(self) -> float:
        """The share of the text that the quotes would take, nearby changes counted apart
        (:attr:`judged`), on the side where it is larger (0 … 1; 1 when inexact)."""
        return self._share(self.judged)

    @property
    def written_share(self) -> float:
        """:attr:`quoted_share` with nearby changes joined into one quote, as the sentence
        writes them (:attr:`edits`)."""
        return self._share(self.edits)

    def _share(self, edits: tuple[Edit, ...]) -> float:
        if not self.exact:
            return 1.0
        shares = [
            sum(len(getattr(e, side)) for e in edits) / len(text)
            for side, text in (("old", self.old), ("new", self.new))
            if text
        ]
        return min(1.0, max(shares, default=0.0))


def _ordered(edits: Iterable[Edit]) -> tuple[Replacement, ...]:
    """The distinct replacements of ``edits`` in the order a sentence lists them: by first
    occurrence, but a replacement whose words occur inside another's follows it, as real bills
    write it (``"도시관리계획결정"을 …으로, "도시관리계획"을 …으로``): the applier leaves the
    occurrences inside words an earlier clause replaces to that clause."""
    out: list[Replacement] = []
    for edit in edits:
        here = Replacement(edit.old, edit.new)
        if here in out:
            continue
        at = next((i for i, r in enumerate(out) if r.old in here.old), len(out))
        out.insert(at, here)
    return tuple(out)


def _common_start(old: str, new: str) -> int:
    """The length of the start that ``old`` and ``new`` share."""
    prefix, shorter = 0, min(len(old), len(new))
    while prefix < shorter and old[prefix] == new[prefix]:
        prefix += 1
    return prefix


def _differing(old: str, new: str) -> int:
    """``max(len)`` less the common prefix and suffix: 국토해양부장관 → 국토교통부장관 is 2."""
    prefix, shorter = _common_start(old, new), min(len(old), len(new))
    suffix = 0
    limit = shorter - prefix
    while suffix < limit and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    return max(1, max(len(old), len(new)) - prefix - suffix)


@functools.lru_cache(maxsize=16)
def _terms_by_first(terms: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The atomic terms by their first character, longest first."""
    by_first: dict[str, list[str]] = {}
    for term in sorted(terms, key=len, reverse=True):
        if term:
            by_first.setdefault(term[0], []).append(term)
    return {first: tuple(group) for first, group in by_first.items()}


def _term_starts(terms: frozenset[str], text: str) -> Iterator[tuple[int, str]]:
    """At every position of ``text``, the longest atomic term that starts there (an empty
    term where none does, when there is one or no term at all), as (position, term): what a
    look-ahead for the terms, longest first, finds, without compiling that alternation."""
    by_first, empty = _terms_by_first(terms), "" in terms or not terms
    for start, first in enumerate(text):  # a term starts only where its first character stands
        for term in by_first.get(first, ()):
            if text.startswith(term, start):
                yield start, term
                break
        else:
            if empty:
                yield start, ""
    if empty:
        yield len(text), ""


@functools.lru_cache(maxsize=16)
def _multi_word(terms: frozenset[str]) -> tuple[str, ...]:
    return tuple(t for t in terms if " " in t)


def _shrink_atomic(old: str, new: str, terms: frozenset[str]) -> tuple[int, int, int, int] | None:
    """(start, end) in old and new of the longest atomic term of ``old`` whose place in ``new``
    is taken by another atomic term, or ``None``."""
    best: tuple[int, int, int, int] | None = None
    for start, term in _term_starts(terms, old):
        if best and len(term) <= best[1] - best[0]:
            continue
        head, tail = old[:start], old[start + len(term) :]
        if new.startswith(head) and new.endswith(tail) and len(new) > len(head) + len(tail):
            middle = new[len(head) : len(new) - len(tail)]
            if middle != term and middle in terms:
                best = (start, start + len(term), len(head), len(new) - len(tail))
    return best


def _opcodes(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """The changed ranges (i1, i2, j1, j2) between two word lists; the common head and tail
    are cut first, and a single changed word needs no matcher."""
    head, shorter = 0, min(len(a), len(b))  # the loops read every word of long provisions
    while head < shorter and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < shorter - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    ma, mb = a[head : len(a) - tail], b[head : len(b) - tail]
    if len(ma) <= 1 or len(mb) <= 1:
        return [(head, head + len(ma), head, head + len(mb))] if ma or mb else []
    matcher = SequenceMatcher(None, ma, mb, autojunk=False)
    return [
        (head + i1, head + i2, head + j1, head + j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _common_items(old: str, new: str) -> tuple[int, int, int]:
    """Characters of the leading list items (with the separator after each) that ``old`` and
    ``new`` share, and of the trailing items (with the separator before each) in each."""

    # in a comma list an item may be a ㆍ list of its own ("국제협력봉사요원, 예술ㆍ체육요원")
    sep = _COMMA_SEP if ", " in old or ", " in new else _ITEM_SEP

    def split(text: str) -> list[str]:
        parts, pos = [], 0
        for match in sep.finditer(text):
            if text.count("(", 0, match.start()) != text.count(")", 0, match.start()):
                continue  # a separator inside brackets: "2명(5급 1명, 6급 1명)은 A부"
            parts += [text[pos : match.start()], match.group()]
            pos = match.end()
        return [*parts, text[pos:]]

    a, b = split(old), split(new)
    lead = 0
    i = 0
    while i + 1 < min(len(a), len(b)) and a[i] == b[i] and a[i + 1] == b[i + 1]:
        lead += len(a[i]) + len(a[i + 1])
        i += 2
    tail_o = tail_n = 0
    j = 1
    while j + 1 <= min(len(a), len(b)) - i and a[-j] == b[-j] and a[-j - 1] == b[-j - 1]:
        tail_o += len(a[-j]) + len(a[-j - 1])
        tail_n += len(b[-j]) + len(b[-j - 1])
        j += 2
    return lead, tail_o, tail_n


class _Differ:
    """State of one diff: the words of both texts and the groups of changed words."""

    def __init__(
        self,
        old: str,
        new: str,
        terms: frozenset[str],
        korean: bool,
        cite: str = DEFAULT_CITE,
    ) -> None:
        self.old, self.new, self.terms, self.korean = old, new, terms, korean
        self.cite = cite  # how a citation of another statute is quoted (:mod:`desktop.core.rules`)
        self.ow = [(m.start(), m.end()) for m in _WORD.finditer(old)]
        self.nw = [(m.start(), m.end()) for m in _WORD.finditer(new)]
        self.multi = _multi_word(terms) if terms else ()
        self._found: dict[int, list[tuple[int, int]]] = {}
        self._depths: dict[int, list[int]] = {}
        self.joined: set[int] = set()  # id() of groups that quote a changed list as one span

    def occurrences(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every multi-word atomic term in ``text`` (one of the two texts),
        found once per text with ``str.find``: the groups of a long provision ask many times."""
        key = id(text)
        found = self._found.get(key)
        if found is None:
            found = []
            for term in self.multi:
                pos = text.find(term)
                while pos >= 0:
                    found.append((pos, pos + len(term)))
                    pos = text.find(term, pos + len(term))
            self._found[key] = found
        return found

    def groups(self) -> list[list[int]]:
        """Changed word ranges ``[i1, i2, j1, j2, level]``, anchored and merged."""
        words_o = [self.old[a:b] for a, b in self.ow]
        words_n = [self.new[a:b] for a, b in self.nw]
        groups = []
        opcodes = _opcodes(words_o, words_n)
        for i1, i2, j1, j2 in opcodes:
            replaced = i1 < i2 and j1 < j2
            if i1 == i2 or j1 == j2:  # anchor a pure insertion or deletion on a neighbour
                # on the following word (Korean puts the head last: "미래 평생교육국"), but an
                # item added to or removed from the end of a list on the item before it, as
                # real bills do ("다단계판매"를 "다단계판매ㆍ후원방문판매"로)
                i1, i2, j1, j2 = self.slid(i1, i2, j1, j2)
                whole = self.item_after(i1, i2, j1, j2)
                if self.aside(i1, i2, j1, j2):
                    i1, j1 = i1 - 1, j1 - 1
                elif whole:
                    i2, j2 = i2 + whole, j2 + whole
                elif self.numbered(i1, i2, j1, j2, words_o, words_n):
                    i1, j1 = i1 - 1, j1 - 1  # "별표 1" → "별표", not "별표 1 제3호" → …
                elif self.item_before(i1, i2, j1, j2):
                    i1, j1 = i1 - 1, j1 - 1
                elif before := self.name_before(i1, i2, j1, j2):
                    i1, j1 = i1 - before, j1 - before
                elif self.removed_inside(i1, i2, j1, j2):
                    i2, j2 = i2 + 1, j2 + 1
                    # an item of a comma list may be a ㆍ list of its own: taken whole
                    comma = self.old[self.ow[i2 - 2][1] - 1] == ","
                    while (
                        comma
                        and i2 < len(self.ow)
                        and j2 < len(self.nw)
                        and (
                            self.old[self.ow[i2 - 1][1] : self.ow[i2][0]] in ("ㆍ", "·")
                            and words_o[i2] == words_n[j2]
                        )
                    ):
                        i2, j2 = i2 + 1, j2 + 1
                elif i1 > 0 and j1 > 0 and self.appended(i1, i2, j1, j2):
                    i1, j1 = i1 - 1, j1 - 1
                elif i2 < len(self.ow) and j2 < len(self.nw):
                    i2, j2 = i2 + 1, j2 + 1
                elif i1 > 0 and j1 > 0:
                    i1, j1 = i1 - 1, j1 - 1
            if (
                replaced
                and (words_o[i2 - 1] in _CONNECTORS or words_n[j2 - 1] in _CONNECTORS)
                and i2 < len(words_o)
                and j2 < len(words_n)
                and words_o[i2] == words_n[j2]
            ):  # a quote never ends at a connector: "입법조사 및 참고회답"
                i2, j2 = i2 + 1, j2 + 1
            if replaced:
                i1, j1 = self.whole_item_before(i1, i2, j1, j2)
            if 0 < i1 < i2 and 0 < j1 and words_o[i1][:1].isdigit():
                if words_o[i1 - 1] in _LABELS and words_n[j1 - 1] == words_o[i1 - 1]:
                    i1, j1 = i1 - 1, j1 - 1  # "별표 1", not "1"
            groups.append([i1, i2, j1, j2, 0])
        groups = [self.grow(g) for g in self.rebracketed(groups, opcodes)]
        return self.join_lists(self.merge(groups), words_o, words_n)

    @staticmethod
    def numbered(
        i1: int, i2: int, j1: int, j2: int, words_o: list[str], words_n: list[str]
    ) -> bool:
        """Whether a pure insertion or deletion is the number after a label (별표, 서식):
        the label and its number are one unit, so the change is anchored on the label
        (``"「A법 시행령」 별표 1"`` → ``"「A법 시행령」 별표"``), not on the word after."""
        words, lo = (words_o, i1) if i1 < i2 else (words_n, j1)
        return (
            i1 > 0
            and j1 > 0
            and words[lo][:1].isdigit()
            and words_o[i1 - 1] in _LABELS
            and words_n[j1 - 1] == words_o[i1 - 1]
        )

    def rebracketed(
        self, groups: list[list[int]], opcodes: list[tuple[int, int, int, int]]
    ) -> list[list[int]]:
        """Brackets that change kind (``(…)`` → ``[…]``, as when a bracket is added inside an
        aside) are one group from the noun the aside is written against, with its plain
        modifiers, to the closing bracket: the noun and its whole aside are one quote
        (``"제1종 근린생활시설(…)"`` → ``"제1종 근린생활시설[… 아목(…)은 제외한다]"``), as real
        bills quote them. The opening bracket is no word of the diff, so nothing else would quote
        its change; the groups inside the brackets join it, and one that reaches past the
        closing bracket only by the word it was anchored on (an insertion) ends there."""
        for i_h, i_c, j_h, j_c in self.kind_changes(opcodes):
            i, j = i_h, j_h
            while (  # the noun's plain modifiers come with it ("제1종 근린생활시설")
                i > 0
                and j > 0
                and self.old[self.ow[i - 1][0] : self.ow[i - 1][1]]
                == self.new[self.nw[j - 1][0] : self.nw[j - 1][1]]
                and self.old[self.ow[i - 1][1] : self.ow[i][0]] == " "
                and self.new[self.nw[j - 1][1] : self.nw[j][0]] == " "
                and _is_modifier_or_class(self.old[self.ow[i - 1][0] : self.ow[i - 1][1]])
            ):
                i, j = i - 1, j - 1
            joined, rest = [i, i_c + 1, j, j_c + 1, 0], []
            for g in groups:
                if not (g[0] < joined[1] and g[1] > joined[0]) and not (
                    g[2] < joined[3] and g[3] > joined[2]
                ):
                    rest.append(g)
                    continue
                joined[4] = max(joined[4], g[4])
                joined[0], joined[2] = min(joined[0], g[0]), min(joined[2], g[2])
                if (g[1] > joined[1] or g[3] > joined[3]) and self.words(
                    self.old, self.ow, joined[1], g[1]
                ) != self.words(self.new, self.nw, joined[3], g[3]):
                    joined[1], joined[3] = max(joined[1], g[1]), max(joined[3], g[3])
            groups = sorted([*rest, joined])
        return groups

    @staticmethod
    def words(text: str, words: list[tuple[int, int]], lo: int, hi: int) -> list[str]:
        return [text[a:b] for a, b in words[lo:hi]]

    def kind_changes(
        self, opcodes: list[tuple[int, int, int, int]]
    ) -> list[tuple[int, int, int, int]]:
        """(old word, old closing word, new word, new closing word) of each pair of brackets
        after the same word on both sides whose kind changes: the word the opening bracket
        follows (written against it, or rarely after a space) and the word that holds its
        closing one."""
        out: list[tuple[int, int, int, int]] = []
        if "[" not in self.old and "[" not in self.new:
            return out  # a change of kind has a square bracket on one side
        for i, (_, end) in enumerate(self.ow):
            end += self.old[end : end + 2] in (" (", " [")  # a bracket after a space: rare
            if self.old[end : end + 1] not in ("(", "["):
                continue
            j = self.counterpart(i, opcodes)
            if j is None:
                continue
            end_n = self.nw[j][1]
            end_n += self.new[end_n : end_n + 2] in (" (", " [")
            if self.new[end_n : end_n + 1] not in ("(", "[") or self.new[end_n] == self.old[end]:
                continue
            i_c = self.closing_word(self.old, self.ow, end)
            j_c = self.closing_word(self.new, self.nw, end_n)
            if i_c is not None and j_c is not None:
                out.append((i, i_c, j, j_c))
        return out

    @staticmethod
    def counterpart(i: int, opcodes: list[tuple[int, int, int, int]]) -> int | None:
        """The new word in the place of old word ``i``: the same word where it is unchanged,
        the last new word of a replacement that it ends; ``None`` otherwise."""
        shift = 0
        for i1, i2, j1, j2 in opcodes:
            if i < i1:
                break
            if i < i2:
                return j2 - 1 if i == i2 - 1 and j1 < j2 else None
            shift = j2 - i2
        return i + shift

    @staticmethod
    def closing_word(text: str, words: list[tuple[int, int]], open_: int) -> int | None:
        """The index of the word that holds the bracket closing the one at ``open_``."""
        pos = _closing(text, open_)
        if pos is None:
            return None
        return next((k for k, (a, b) in enumerate(words) if a <= pos < b), None)

    def unbracketed(self, edits: list[Edit]) -> tuple[Edit, ...] | None:
        """The edits by which the change is judged when a quote's brackets change kind
        (:meth:`rebracketed`): such a quote counts as the changes inside it, the brackets
        counted as one small change, not as all its characters after the bracket; ``None``
        when no quote changes its brackets' kind."""
        out: list[Edit] = []
        for e in edits:
            same = _same_kind(e.old, e.new)
            if same is None:
                out.append(e)
                continue
            inner = diff_text(e.old, same, self.terms, korean=self.korean, cite=self.cite)
            if not inner.exact:
                out.append(e)
                continue
            out.extend(inner.judged or (Edit(0, 1, 0, 1, "(", "["),))
        return tuple(out) if out != edits else None

    def join_lists(
        self, groups: list[list[int]], words_o: list[str], words_n: list[str]
    ) -> list[list[int]]:
        """A change to a list is one span (drafting-ko §3a): two changed groups with only a
        list's last connector (및, 또는) between them in both texts are quoted together,
        ``"복지국 및 도시국"을 "복지국ㆍ도시국 및 미래전략국"으로``, never as two quotes that
        read as if one item were renamed into another — and so are two items renamed on
        either side of 및 (``"복지국장 및 교육국장"``), as real bills quote them; renamed
        items of a ``ㆍ`` list with unchanged items between stay apart, and so does a renamed
        item from an item added or removed further on (``"행정자치부차관"`` →
        ``"행정안전부차관"``, ``"여성가족부차관"`` → ``"여성가족부차관ㆍ중소벤처기업부차관"``).
        In a comma list of one-word items, an item removed and an item added with at most two
        unchanged items between are one span (``"국민안전처, 국가정보원, 관세청, 검찰청, 경찰청"`` →
        ``"국가정보원, 관세청, 검찰청, 경찰청, 해양경찰청"``); a renamed item stays its own
        quote, and so do changes further apart."""
        joined: list[list[int]] = []
        for g in groups:
            if joined:
                prev = joined[-1]
                between_o, between_n = words_o[prev[1] : g[0]], words_n[prev[3] : g[2]]
                gap_o = self.old[self.ow[prev[1] - 1][1] : self.ow[g[0]][0]] if g[0] else ""
                gap_n = self.new[self.nw[prev[3] - 1][1] : self.nw[g[2]][0]] if g[2] else ""
                in_list = (  # unchanged items of the same list between the two changes
                    prev[1] > 0
                    and prev[3] > 0
                    and gap_o == gap_n
                    and (
                        (
                            bool(_IN_LIST.fullmatch(gap_o))
                            and any(sep in gap_o for sep in "ㆍ·")
                            and self.adds_or_removes(prev)
                            and self.adds_or_removes(g)
                        )
                        or (
                            bool(_COMMA_ITEMS.fullmatch(gap_o))
                            and self.old[: self.ow[prev[1] - 1][1]].endswith(",")
                            and self.adds_or_removes(prev)
                            and self.adds_or_removes(g)
                        )
                    )
                    # items added, removed or moved (the predicate of :func:`.list_spans`):
                    # two items renamed in place stay two quotes
                    and list_change(
                        self.old[self.ow[prev[0]][0] : self.ow[g[1] - 1][1]],
                        self.new[self.nw[prev[2]][0] : self.nw[g[3] - 1][1]],
                    )
                )
                if (
                    between_o
                    and between_o == between_n
                    and (in_list or all(w in _CONNECTORS for w in between_o))
                ):
                    prev[1], prev[3], prev[4] = g[1], g[3], max(prev[4], g[4])
                    self.joined.add(id(prev))
                    continue
            joined.append(g)
        return joined

    def adds_or_removes(self, g: list[int]) -> bool:
        """Whether a group adds or removes items of a list (not a rename of items)."""
        i1, i2, j1, j2 = g[:4]
        if i1 == i2 or j1 == j2:
            return True
        old = self.old[self.ow[i1][0] : self.ow[i2 - 1][1]]
        new = self.new[self.nw[j1][0] : self.nw[j2 - 1][1]]
        return list_change(old.rstrip(","), new.rstrip(","))

    def aside(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """Whether the words inserted (or deleted) are an aside in brackets written against the
        word before them: the aside belongs to that word, and the quote is the word with it,
        ending at the closing bracket (``"주민등록증"`` → ``"주민등록증(모바일 주민등록증을
        포함한다)"``, not ``"주민등록증 그 밖"`` → ``"주민등록증(…) 그 밖"``), as real bills
        quote it."""
        text, words, lo, hi = (
            (self.new, self.nw, j1, j2) if j1 < j2 else (self.old, self.ow, i1, i2)
        )
        if i1 == 0 or j1 == 0 or lo == hi:
            return False
        start, end = words[lo - 1][1], words[hi - 1][1]  # the bracket opens between words
        if text[start : words[lo][0]] != "(" or text[end - 1] != ")":
            return False
        return _closing(text, start) == end - 1

    def appended(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """Whether the words inserted (or deleted) follow the word before them as list items:
        joined by ``ㆍ``/``,`` or introduced by 및/또는."""
        text, words, lo = (self.new, self.nw, j1) if j1 < j2 else (self.old, self.ow, i1)
        gap = text[words[lo - 1][1] : words[lo][0]]
        first = text[words[lo][0] : words[lo][1]]
        before = text[words[lo - 1][0] : words[lo - 1][1]]
        return (
            gap.strip() in ("ㆍ", "·", ",")
            or first in ("및", "또는", "그리고")
            or (before.endswith(",") and not before[:-1].endswith(_CLAUSE_ENDS))
        )

    def item_end(self, text: str, words: list[tuple[int, int]], index: int) -> bool:
        """Whether word ``index`` ends an item of a comma list: it ends in a comma outside
        brackets."""
        start, end = words[index]
        if text[end - 1] != ",":
            return False
        depth = self.depths(text)
        return depth[start] == 0 and depth[end] == 0

    def depths(self, text: str) -> list[int]:
        """How many round brackets are open before each position of ``text`` (one of the two
        texts), counted once per text."""
        key = id(text)
        found = self._depths.get(key)
        if found is None:
            found, depth = [0], 0
            for ch in text:
                depth += {"(": 1, ")": -1}.get(ch, 0)
                found.append(depth)
            self._depths[key] = found
        return found

    def slid(self, i1: int, i2: int, j1: int, j2: int) -> tuple[int, int, int, int]:
        """A pure insertion or deletion that could sit at several places (the words around it
        repeat) is placed where it is whole items of a comma list, the last one with its
        comma: ``"행정안전부"`` → ``"행정안전부, 2명(5급 1명, 6급 1명)은 국가보훈부"``, not
        ``"문화체육관광부"`` → ``"국가보훈부, 2명(5급 1명, 6급 1명)은 문화체육관광부"``."""
        inserted = j1 < j2
        text, words, lo, hi = (
            (self.new, self.nw, j1, j2) if inserted else (self.old, self.ow, i1, i2)
        )
        at, room = (i1, len(self.ow)) if inserted else (j1, len(self.nw))
        plain = [text[a:b] for a, b in words]

        def score(a: int, b: int) -> int:
            starts = a > 0 and self.item_end(text, words, a - 1)
            return 2 * self.item_end(text, words, b - 1) + starts

        best, best_score = 0, score(lo, hi)
        if hi - lo < 2 or best_score == 3:
            return i1, i2, j1, j2
        for step in (-1, 1):
            shift = 0
            while True:
                a, b = lo + shift + step, hi + shift + step
                if a < 0 or b > len(words) or not 0 <= at + shift + step <= room:
                    break
                if plain[a] != plain[b] if step < 0 else plain[a - 1] != plain[b - 1]:
                    break
                shift += step
                if score(a, b) > best_score:
                    best, best_score = shift, score(a, b)
        return i1 + best, i2 + best, j1 + best, j2 + best

    def whole_item_before(self, i1: int, i2: int, j1: int, j2: int) -> tuple[int, int]:
        """Where a quote starts that adds items after the last word of an item of a comma list
        whose items are several words: at that whole item, as real bills quote it (``"2명(5급
        1명, 6급 1명)은 해양수산부"`` → ``"2명(5급 1명, 6급 1명)은 해양수산부, 1명(5급 1명)은
        기획예산처"``, not ``"해양수산부"`` → ``"해양수산부, …"``)."""
        if i2 - i1 != 1 or j2 - j1 < 2 or not self.item_end(self.new, self.nw, j1):
            return i1, j1
        if (
            self.new[self.nw[j1][0] : self.nw[j1][1]]
            != self.old[self.ow[i1][0] : self.ow[i1][1]] + ","
        ):
            return i1, j1
        start = i1
        while start > 0 and i1 - start < 8 and not self.item_end(self.old, self.ow, start - 1):
            start -= 1
        if start == i1 or start == 0 or not self.item_end(self.old, self.ow, start - 1):
            return i1, j1
        return start, j1 - (i1 - start)

    def item_after(self, i1: int, i2: int, j1: int, j2: int) -> int:
        """Words to take after a deleted first item of a comma list whose items are several
        words: the whole next item (``"1명(5급 1명)은 기획재정부, 1명(5급 1명)은 과학기술
        정보통신부"`` → ``"1명(5급 1명)은 과학기술정보통신부"``); 0 otherwise."""
        if j1 != j2 or i1 == i2 or not self.item_end(self.old, self.ow, i2 - 1):
            return 0
        if i1 > 0 and self.item_end(self.old, self.ow, i1 - 1):
            return 0  # not the first item
        # the items of a list look alike: the next one is not much longer than the first
        for index in range(i2, min(len(self.ow), i2 + (i2 - i1) + 2)):
            if self.item_end(self.old, self.ow, index):
                return index - i2 + 1 if index > i2 else 0
        return 0

    def item_before(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """Whether a deleted inner item of a comma list whose items are several words is
        anchored on the word before it, as real bills do (``"법제처, 1명(7급 1명)은
        국가보훈처"`` → ``"법제처"``), not on a first word of the next item."""
        return (
            j1 == j2
            and 0 < i1 < i2 - 1
            and i2 < len(self.ow)
            and self.item_end(self.old, self.ow, i2 - 1)
            and self.item_end(self.old, self.ow, i1 - 1)
            and not self.item_end(self.old, self.ow, i2)
        )

    def name_before(self, i1: int, i2: int, j1: int, j2: int) -> int:
        """Words to take before names deleted from inside a comma list of names: the whole
        name before them, as real bills anchor such a deletion (``"국토교통부, 국민안전처"`` →
        ``"국토교통부"``, not ``"국민안전처, 방송통신위원회"`` → ``"방송통신위원회"``); 0 for a
        first item, a list of citations (``"제24조, 제25조"`` → ``"제25조"``) or an item
        that is not whole."""
        if j1 != j2 or i1 == 0 or i2 >= len(self.ow):
            return 0
        if not (
            self.item_end(self.old, self.ow, i2 - 1) and self.item_end(self.old, self.ow, i1 - 1)
        ):
            return 0
        start = i1 - 1
        while start > 0 and i1 - start < 4 and not self.item_end(self.old, self.ow, start - 1):
            start -= 1
        if start < i1 - 1 and not (start > 0 and self.item_end(self.old, self.ow, start - 1)):
            return 0  # where the name before starts is not known (the list's first item)
        words = self.old[self.ow[start][0] : self.ow[i2 - 1][1]]
        if _NOT_NAME.search(words):
            return 0
        # another change later in the list joins this one (an item removed and one added:
        # "국민안전처, 국가정보원, …, 경찰청" → "국가정보원, …, 경찰청, 해양경찰청")
        end = i2
        while end < len(self.ow) and self.item_end(self.old, self.ow, end):
            end += 1
        end = min(end + 3, len(self.ow))  # the last item, with 및/또는 and the word after
        later = self.old[self.ow[i2][0] : self.ow[end - 1][1]]
        if j2 >= len(self.nw) or not self.new.startswith(later, self.nw[j2][0]):
            return 0
        return i1 - start

    def removed_inside(self, i1: int, i2: int, j1: int, j2: int) -> bool:
        """Whether the words deleted are items inside a list, followed by a whole item: real
        bills anchor the deletion on that following item (``"하천ㆍ구거"`` → ``"구거"``)."""
        if j1 != j2 or i2 >= len(self.ow) or j2 >= len(self.nw):
            return False
        last = self.old[self.ow[i2 - 1][0] : self.ow[i2 - 1][1]]
        gap = self.old[self.ow[i2 - 1][1] : self.ow[i2][0]]
        if not (gap.strip() in ("ㆍ", "·") or (last.endswith(",") and gap == " ")):
            return False
        after = self.old[self.ow[i2][0] : self.ow[i2][1]]
        return i1 == 0 or not _PARTICLE_END.search(after)

    def grow(self, g: list[int]) -> list[int]:
        """Widen a group to cover every multi-word atomic term it touches, on either side."""
        changed = True
        while changed and self.multi:
            changed = False
            for text, words, lo, hi in ((self.old, self.ow, 0, 1), (self.new, self.nw, 2, 3)):
                if g[lo] == g[hi]:
                    continue
                start, end = words[g[lo]][0], words[g[hi] - 1][1]
                for m_start, m_end in self.occurrences(text):
                    if m_start < end and m_end > start:
                        before = sum(1 for a, _ in words[: g[lo]] if a >= m_start)
                        after = sum(1 for a, _ in words[g[hi] :] if a < m_end)
                        if before or after:
                            self.extend(g, before, after)
                            changed = True
        return g

    def extend(self, g: list[int], before: int, after: int) -> None:
        before = min(before, g[0], g[2])
        after = min(after, len(self.ow) - g[1], len(self.nw) - g[3])
        g[0], g[2] = g[0] - before, g[2] - before
        g[1], g[3] = g[1] + after, g[3] + after

    def span(self, g: list[int]) -> tuple[int, int, int, int]:
        """The words a group quotes at its level: its own plus the level's context."""
        i1, i2, j1, j2, level = g
        before, after = _LEVELS[level][:2]
        if level == _MODIFIER_LEVEL and not self.modifier(i1, j1):
            before = 0
        # a quote never ends at a function word (중, 그): a widening takes the words before
        after = min(after, len(self.ow) - i2, len(self.nw) - j2)
        while self.korean and after:
            a, b = self.ow[i2 + after - 1]
            if self.old[a:b] not in _NEVER_LAST:
                break
            after -= 1
            if before < min(i1, j1):
                before += 1
        # a quote does not start at a verb that modifies what follows (한, 따른): its object
        # comes with it ("등록을 한 농수산물"); nor at a noun bound to the word before it
        # ("4급 이상 공무원")
        if 0 < before < min(i1, j1):
            word = self.old[self.ow[i1 - before][0] : self.ow[i1 - before][1]]
            object_ = self.old[self.ow[i1 - before - 1][0] : self.ow[i1 - before - 1][1]]
            if (
                word == self.new[self.nw[j1 - before][0] : self.nw[j1 - before][1]]
                and (_ADNOMINAL.fullmatch(word) or word in _BOUND)
                and _HANGUL_WORD.fullmatch(object_)
            ):
                before += 1
        before = min(before, i1, j1)
        after = min(after, len(self.ow) - i2, len(self.nw) - j2)
        if self.korean and self.modifies(i2 + after, j2 + after):
            after += 1  # a quote never ends at a verb that modifies what follows
        elif self.korean and self.typed(i2 + after, j2 + after):
            after += 1
        return i1 - before, i2 + after, j1 - before, j2 + after

    def modifies(self, i: int, j: int) -> bool:
        """Whether word ``i`` of the old text and ``j`` of the new one are the same bound noun
        (자, 것, 수 …) and the words just before them verb forms that modify it: a quote
        takes that noun, which cannot stand alone (``"위임을 받은 자"`` → ``"위임받은 자"``,
        not ``"위임을 받은"``); a quote ends at a modifier of a full noun (``"A법에 의한"``)."""
        if not 0 < i < len(self.ow) or not 0 < j < len(self.nw):
            return False
        (a, b), (c, d) = self.ow[i], self.nw[j]
        if b - a > 3 or self.old[a] not in _BOUND_FIRST:  # a bound noun and its particle
            return False
        word = self.old[a:b]
        if word != self.new[c:d] or strip_particles(word, word)[0] not in _BOUND_NOUNS:
            return False
        (p, q), (r, s) = self.ow[i - 1], self.nw[j - 1]
        return (
            self.old[q:a] == " "
            and self.new[s:c] == " "
            and adnominal(self.old[p:q])
            and adnominal(self.new[r:s])
        )

    def typed(self, i: int, j: int) -> bool:
        """Whether word ``i`` of the old text and ``j`` of the new one are the same noun and a
        word in 형 ends the quote before it on either side: a type (관광레저형, 경영참여형) does
        not stand without the noun it types, so the quote takes that noun (``"관광레저형
        기업도시"`` → ``"관광 중심 기업도시"``), as real bills quote it."""
        if not 0 < i < len(self.ow) or not 0 < j < len(self.nw):
            return False
        (a, b), (c, d) = self.ow[i], self.nw[j]
        word = self.old[a:b]
        if word != self.new[c:d] or not _HANGUL_WORD.fullmatch(word):
            return False
        if word in _CONNECTORS or word in _FUNCTION_WORDS or adnominal(word):
            return False  # "징역형 또는 벌금형": a punishment in 형 is a noun of its own
        (p, q), (r, t) = self.ow[i - 1], self.nw[j - 1]
        if self.old[q:a] != " " or self.new[t:c] != " ":
            return False
        return any(_is_type(w) for w in (self.old[p:q], self.new[r:t]))

    def modifier(self, i: int, j: int) -> bool:
        """Whether the same plain modifier (:func:`_is_modifier`) stands just before word ``i``
        of the old text and word ``j`` of the new one (after a space or a ``ㆍ``)."""
        if i == 0 or j == 0 or i >= len(self.ow) or j >= len(self.nw):
            return False
        a, b = self.ow[i - 1]
        c, d = self.nw[j - 1]
        word = self.old[a:b]
        return (
            word == self.new[c:d]
            and self.old[b : self.ow[i][0]] in (" ", "ㆍ")
            and self.new[d : self.nw[j][0]] in (" ", "ㆍ")
            and _is_modifier(word)
        )

    def merge(self, groups: list[list[int]]) -> list[list[int]]:
        """Merge groups whose quoted words overlap (the widest level wins)."""
        merged: list[list[int]] = []
        for g in sorted(groups):
            if merged:
                last, here = self.span(merged[-1]), self.span(g)
                if here[0] < last[1] or here[2] < last[3]:
                    prev = merged[-1]
                    prev[1], prev[3] = max(prev[1], g[1]), max(prev[3], g[3])
                    prev[4] = max(prev[4], g[4])
                    continue
            merged.append(g)
        return merged

    def edit(self, g: list[int]) -> Edit:
        i1, i2, j1, j2 = self.span(g)
        _, _, particles, atomic = _LEVELS[g[4]]
        os_ = self.ow[i1][0] if i1 < i2 else 0
        oe = self.ow[i2 - 1][1] if i1 < i2 else 0
        ns = self.nw[j1][0] if j1 < j2 else 0
        ne = self.nw[j2 - 1][1] if j1 < j2 else 0
        old, new = self.old[os_:oe], self.new[ns:ne]
        if atomic and self.terms:
            cut = _shrink_atomic(old, new, self.terms)
            if cut is not None:
                a, b, c, d = cut
                return Edit(os_ + a, os_ + b, ns + c, ns + d, old[a:b], new[c:d])
        front, back_o, front_n, back_n = trim(old, new, korean=self.korean and particles)
        o, n = old[front : len(old) - back_o], new[front_n : len(new) - back_n]
        listed = id(g) in self.joined or (_ITEM_SEP.search(o) and _ITEM_SEP.search(n))
        if listed and o and n:
            lead, tail_o, tail_n = _common_items(o, n)
            if lead or tail_o:
                o2, n2 = o[lead : len(o) - tail_o], n[lead : len(n) - tail_n]
                if o2 and n2:
                    start_o, start_n = os_ + front + lead, ns + front_n + lead
                    return Edit(start_o, start_o + len(o2), start_n, start_n + len(n2), o2, n2)
        if o and n and o != n and any(ch.isalnum() for ch in o):
            edit = Edit(os_ + front, oe - back_o, ns + front_n, ne - back_n, o, n)
        else:
            edit = Edit(os_, oe, ns, ne, old, new)
        if not self.korean:
            return edit
        edit = self.phrase(edit)
        return self.ranged(
            self.cited(self.glued(self.named(self.item_phrase(self.syllable(edit)))))
        )

    def syllable(self, e: Edit) -> Edit:
        """A quote is never one syllable cut from a word by what looked like its particle: the
        word is quoted whole (``"도로"`` → ``"수로"``, not ``"도"`` → ``"수"``); real bills quote
        no single syllable."""
        if not (_one_syllable(e.old) or _one_syllable(e.new)):
            return e
        size = 0
        while (
            e.old_end + size < len(self.old)
            and e.new_end + size < len(self.new)
            and "가" <= self.old[e.old_end + size] <= "힣"
            and self.old[e.old_end + size] == self.new[e.new_end + size]
        ):
            size += 1
        if not size:
            return self.one_syllable_item(e)
        a, b, c, d = e.old_start, e.old_end + size, e.new_start, e.new_end + size
        return Edit(a, b, c, d, self.old[a:b], self.new[c:d])

    def one_syllable_item(self, e: Edit) -> Edit:
        """A one-syllable quote that is an item of a ``ㆍ`` list written as one word takes that
        word, its particle left outside (``"점ㆍ사용료"`` → ``"점용료ㆍ사용료"``, not ``"점"`` →
        ``"점용료"``); one that names a statute (``법``) takes the provision cited after it
        (``"법 제4조제1항제1호"``)."""
        a, b, c, d = e.old_start, e.old_end, e.new_start, e.new_end
        if self.old[b : b + 1] in ("ㆍ", "·"):
            end = b
            while end < len(self.old) and (self.old[end] in "ㆍ·" or "가" <= self.old[end] <= "힣"):
                end += 1
            rest = self.old[b:end]
            if not self.new.startswith(rest, d):
                return e
            so, sn = strip_particles(self.old[a:end], self.new[c : d + len(rest)])
            size = len(so) - (b - a)
            if size <= 1 or len(sn) - (d - c) != size:
                return e
            b, d = b + size, d + size
        else:
            follow = _FOLLOW.match(self.old, b)
            if not follow or not follow.group(0).startswith(" "):
                return e
            if not self.new.startswith(follow.group(0), d):
                return e
            b, d = b + len(follow.group(0)), d + len(follow.group(0))
        return Edit(a, b, c, d, self.old[a:b], self.new[c:d])

    def started_at(self, e: Edit, a: int, c: int) -> Edit:
        """``e`` starting at ``a`` in the old text and ``c`` in the new (ending where it ends)."""
        return Edit(a, e.old_end, c, e.new_end, self.old[a : e.old_end], self.new[c : e.new_end])

    def glued(self, e: Edit) -> Edit:
        """A quote that starts at an opening bracket written against the word before it starts
        with that word: the aside belongs to it (``"진료비(재활교육비를 포함한다)와 정양비"`` →
        ``"진료비(재활교육비를 포함한다)"``, not ``"(재활교육비를 포함한다)와 정양비"``)."""
        if not (e.old.startswith("(") and e.new.startswith("(")):
            return e
        a, c = e.old_start, e.new_start
        while a > 0 and c > 0 and self.old[a - 1] == self.new[c - 1]:
            if self.old[a - 1].isspace() or self.old[a - 1] in "ㆍ·,(「":
                break
            a, c = a - 1, c - 1
        if a == e.old_start or not _HANGUL_WORD.fullmatch(self.old[a : e.old_start]):
            return e
        return self.started_at(e, a, c)

    def item_phrase(self, e: Edit) -> Edit:
        """An item removed from the end of a list (``"A 및 B"`` → ``"A"``) is quoted with the
        whole noun phrase of the item that stays, its plain modifiers included, as real bills
        quote it: ``"기획조정실 소속의 정책관과 감사관"`` → ``"기획조정실 소속의 정책관"``, not
        ``"정책관과 감사관"`` → ``"정책관"``. (An item added is anchored on the last word
        before it: ``"정책관"`` → ``"정책관 및 감사관"``.)"""
        if not e.new or len(e.new) >= len(e.old) or not e.old.startswith(e.new):
            return e
        if not e.old[len(e.new) :].startswith(_REMOVED_ITEM):
            return e
        a, c = e.old_start, e.new_start
        while True:
            m = _PHRASE_HEAD.search(self.old, 0, a)
            if not m or not _is_modifier(m.group(1)):
                break
            size = len(m.group(0))
            if self.new[c - size : c] != m.group(0):
                break
            a, c = a - size, c - size
        if a == e.old_start:
            return e
        return self.started_at(e, a, c)

    def ranged(self, e: Edit) -> Edit:
        """A range of provisions is quoted whole: ``"제39조부터 제41조까지의 규정"``, not
        ``"제41조까지"``; ``"별표 3부터 별표 14까지"``."""
        if "까지" not in e.old:
            return e
        a, b, c, d = e.old_start, e.old_end, e.new_start, e.new_end
        start = _RANGE_START.search(self.old, 0, a)
        if start and _CITATION.match(e.old) and self.new[:c].endswith(start.group(0)):
            a, c = a - len(start.group(0)), c - len(start.group(0))
        if (
            e.old.endswith("까지")
            and self.old.startswith("의 규정", b)
            and self.new.startswith("의 규정", d)
        ):
            b, d = b + 4, d + 4
        if (a, b, c, d) == (e.old_start, e.old_end, e.new_start, e.new_end):
            return e
        return Edit(a, b, c, d, self.old[a:b], self.new[c:d])

    def phrase(self, e: Edit) -> Edit:
        """A one-syllable noun that the new text extends is quoted with the modifier before it,
        its noun phrase: ``"지방자치단체의 장"`` → ``"지방자치단체의 장과 지방의회의 의장"``,
        not ``"장"`` → ``"장과 지방의회의 의장"``; so is one with its particle
        (``"지방자치단체의 장이"``)."""
        # the noun alone, or with the particle that the quote keeps ("장이" → "장과 … 의장이")
        # read without an aside in brackets after it: "장(… 포함한다)" is the noun 장
        noun = read_as(strip_particles(e.old, e.new)[0])
        if len(noun) != 1 or not "가" <= noun <= "힣" or not e.new.startswith(noun):
            return e
        before = _PHRASE_HEAD.search(self.old, 0, e.old_start)
        if not before or not _is_modifier(before.group(1)):
            return e
        size = len(before.group(0))
        if self.new[e.new_start - size : e.new_start] != before.group(0):
            return e
        a, c = e.old_start - size, e.new_start - size
        return self.started_at(e, a, c)

    def named(self, e: Edit) -> Edit:
        """A statute's name is one unit: a quote that starts or ends inside ``「…」`` takes
        the whole name (``"「교원지위향상을 위한 특별법」"``, not ``"교원지위향상을"``)."""
        os_, oe, ns, ne = e.old_start, e.old_end, e.new_start, e.new_end
        if self.old.rfind("「", 0, os_) > self.old.rfind("」", 0, os_):
            back = os_ - self.old.rfind("「", 0, os_)
            if self.new[ns - back : ns] != self.old[os_ - back : os_]:
                return e
            os_, ns = os_ - back, ns - back
        close, open_ = self.old.find("」", oe), self.old.find("「", oe)
        if close >= 0 and (open_ < 0 or close < open_):
            ahead = close + 1 - oe
            if self.new[ne : ne + ahead] != self.old[oe : oe + ahead]:
                return e
            oe, ne = oe + ahead, ne + ahead
        # A quote never starts or ends inside brackets: "감정평가업자(이하 "감정평가업자"라
        # 한다)", not "…라"; "과장", not "함한다)ㆍ과장" (widened; the check of the edits decides).
        for _ in range(3):
            quoted = self.old[os_:oe]
            if quoted.count("(") > quoted.count(")"):
                close = self.old.find(")", oe)
                ahead = close + 1 - oe
                if close < 0 or self.new[ne : ne + ahead] != self.old[oe : oe + ahead]:
                    break
                oe, ne = oe + ahead, ne + ahead
            elif quoted.count(")") > quoted.count("("):
                start = self.old.rfind("(", 0, os_)
                back = os_ - start
                if start < 0 or self.new[ns - back : ns] != self.old[start:os_]:
                    break
                os_, ns = os_ - back, ns - back
            else:
                break
        if (os_, oe) == (e.old_start, e.old_end):
            return e
        return Edit(os_, oe, ns, ne, self.old[os_:oe], self.new[ns:ne])

    def cited(self, e: Edit) -> Edit:
        """:meth:`cited_unit`, with the part of the provision cited that the text names after
        it when the statute is named: ``"「고용보험법」 제7조 단서"`` → ``"「고용보험법」 제8조
        단서"``, not ``"「고용보험법」 제7조"`` → … (the part is of the citation, as its 항)."""
        e = self.cited_unit(e)
        if not self.korean or "」" not in e.old or "」" not in e.new:
            return e
        if not (_CITES_PART.search(e.old) and _CITES_PART.search(e.new)):
            return e
        part = _NAMED_PART.match(self.old, e.old_end)
        if not part or not self.new.startswith(part.group(0), e.new_end):
            return e
        size = len(part.group(0))
        a, b, c, d = e.old_start, e.old_end + size, e.new_start, e.new_end + size
        return Edit(a, b, c, d, self.old[a:b], self.new[c:d])

    def cited_unit(self, e: Edit) -> Edit:
        """A citation is one unit with the statute it cites (drafting-ko.md §3a):
        ``"「지방자치법」 제112조"``, not ``"제112조"``; ``"같은 법 제26조"``. A quote that
        starts inside a provision or annex cited takes it whole, with the statute's name
        (``"「A법 시행령」 별표 2 제5호"`` → ``"「A법 시행령」 별표 2 제3호마목"``), as for an
        article; without the name it is the ``drafting/cite`` setting's form."""
        if not self.korean:
            return e
        if _INNER.match(e.old) and _INNER.match(e.new):
            chain = _CHAIN.search(self.old, max(0, e.old_start - 60), e.old_start)
            if chain and self.new[: e.new_start].endswith(chain.group(0)):
                size = len(chain.group(0))
                e = Edit(
                    e.old_start - size,
                    e.old_end,
                    e.new_start - size,
                    e.new_end,
                    self.old[e.old_start - size : e.old_end],
                    self.new[e.new_start - size : e.new_end],
                )
        # a quote that ends at a label (별표) takes its number and the provision cited
        label = e.old.rsplit(" ", 1)[-1].rsplit("」", 1)[-1]
        if label in _LABELS and e.new.endswith(label):
            follow = _LABEL_NUMBER.match(self.old, e.old_end)
            if follow and self.new.startswith(follow.group(0), e.new_end):
                size = len(follow.group(0))
                a, b, c, d = e.old_start, e.old_end + size, e.new_start, e.new_end + size
                e = Edit(a, b, c, d, self.old[a:b], self.new[c:d])
        # a quote that ends with an unchanged name ends with the citation after it:
        # "「A법」 제5조나 「B법」 제4조" → "「B법」 제4조", not … → "「B법」"
        name = e.old[e.old.rfind("「") :]
        if ("「" in e.old and name.endswith("」") and e.new.endswith(name) and name != e.old) or (
            self.cite == CITE_WHOLE and _one_name(e.old) and _one_name(e.new)
        ):  # the setting: a renamed statute quoted with the provision cited after it
            follow = _FOLLOW.match(self.old, e.old_end)
            if follow and self.new.startswith(follow.group(0), e.new_end):
                size = len(follow.group(0))
                a, b, c, d = e.old_start, e.old_end + size, e.new_start, e.new_end + size
                e = Edit(a, b, c, d, self.old[a:b], self.new[c:d])
        # a quote that ends inside a list of citations of one provision takes the list:
        # "제2조제2호가목 또는 나목", not "제2조제2호가목" (also after the citation just taken)
        if _CITE_TAIL.search(e.old) and _CITE_TAIL.search(e.new):
            more = _CITE_MORE.match(self.old, e.old_end)
            if more and self.new.startswith(more.group(0), e.new_end):
                size = len(more.group(0))
                a, b, c, d = e.old_start, e.old_end + size, e.new_start, e.new_end + size
                e = Edit(a, b, c, d, self.old[a:b], self.new[c:d])
        if all(_PARAGRAPH_CITED.match(q) for q in (e.old, e.new)):
            # a paragraph of the article cited before is quoted with its 같은 조
            if self.old.endswith(_SAME_ARTICLE, 0, e.old_start) and self.new.endswith(
                _SAME_ARTICLE, 0, e.new_start
            ):
                return self.started_at(
                    e, e.old_start - len(_SAME_ARTICLE), e.new_start - len(_SAME_ARTICLE)
                )
        if not all(_CITATION.match(q) or q in _LABELS for q in (e.old, e.new)):
            return e  # an annex cited, or the label alone when its number goes ("별표")
        if e.old in _LABELS and e.new in _LABELS:
            return e
        if self.cite == CITE_BARE:  # the setting: "별표 1"을 "별표 1의2"로, the name left out
            return e
        found = _CITED_BY.search(self.old, 0, e.old_start)
        if not found or not self.new[: e.new_start].endswith(found.group(0)):
            return e
        size = len(found.group(0))
        return Edit(
            e.old_start - size,
            e.old_end,
            e.new_start - size,
            e.new_end,
            self.old[e.old_start - size : e.old_end],
            self.new[e.new_start - size : e.new_end],
        )

    def bad(self, edits: list[Edit]) -> set[int]:
        """Indices of edits that do not reproduce the new text when applied everywhere."""
        bad: set[int] = set()
        by_old: dict[str, list[int]] = {}
        for index, e in enumerate(edits):
            by_old.setdefault(e.old, []).append(index)
            if not e.old:
                bad.add(index)
        for quote, indices in by_old.items():
            if not quote or len({edits[i].new for i in indices}) > 1:
                bad.update(indices)
                continue
            found, pos = set(), self.old.find(quote)
            while pos >= 0:
                found.add(pos)
                pos = self.old.find(quote, pos + len(quote))
            starts = {edits[i].old_start for i in indices}
            if not starts <= found or any(
                not self.inside_earlier(edits, quote, pos) for pos in found - starts
            ):
                bad.update(indices)
        spans = sorted((e.old_start, e.old_end, i) for i, e in enumerate(edits))
        for (_, end, i), (start, _, j) in itertools.pairwise(spans):
            if start < end:
                bad.update((i, j))
        if not bad and self.apply(edits) != self.new:
            bad.update(range(len(edits)))
        return bad

    def inside_earlier(self, edits: list[Edit], quote: str, pos: int) -> bool:
        """Whether the occurrence of ``quote`` at ``pos`` lies inside the words of an edit whose
        replacement the sentence lists before ``quote``'s (:func:`_ordered`): the applier
        leaves it to that edit.

        Two cases, as real bills write them: a word that begins with ``quote`` and that an
        earlier clause quotes alone, before ``quote`` comes in the text
        (``"도시관리계획결정"을 …으로, "도시관리계획"을 …으로``; ``"아파트형공장을"을
        "지식산업센터를"로, "아파트형공장"을 …``), and a whole word of a statute's name that
        an earlier quote takes whole."""
        if not self.korean:
            return False
        end = pos + len(quote)
        own = [e.old_start for e in edits if e.old == quote]
        words = [e for e in edits if e.old_start == pos < min(own) and end < e.old_end]
        words = [e for e in words if " " not in e.old]
        if words and all(self.before_particle(quote, at) for at in own):
            order = {r.old: i for i, r in enumerate(_ordered(edits))}
            return any(order[e.old] < order[quote] for e in words)
        open_, close = self.old.rfind("「", 0, pos + 1), self.old.find("」", end - 1)
        if open_ < 0 or close < 0 or "」" in self.old[open_:pos] or "「" in self.old[end:close]:
            return False  # only inside a statute's name
        if pos > 0 and not (self.old[pos - 1].isspace() or self.old[pos - 1] in "「ㆍ·"):
            return False
        word_end = end
        while word_end < close and not self.old[word_end].isspace():
            word_end += 1
        word = self.old[pos:word_end]
        if word != quote and strip_particles(word, word)[0] != quote:
            return False  # a whole word of the name, not a part of one ("전염병예방법")
        order = {r.old: i for i, r in enumerate(_ordered(edits))}
        return any(
            e.old_start <= open_
            and close < e.old_end
            and e.old != quote
            and order[e.old] < order[quote]
            for e in edits
        )

    def before_particle(self, quote: str, at: int) -> bool:
        """Whether ``quote`` at ``at`` is a whole word but for the particle after it."""
        word = _HANGUL_WORD.match(self.old, at)
        return word is not None and strip_particles(word[0], word[0])[0] == quote != word[0]

    def unique(self, edits: list[Edit], bad: set[int]) -> list[Edit]:
        """When no wider level makes the quotes exact (:meth:`run`), a quote whose words come
        again elsewhere in the provision where they must not change that way (inside a
        statute's name that another quote replaces) takes the unchanged word before it, so
        that it is found once, as real bills quote it (``"도시경관, 문화재"`` → ``"도시경관,
        국가유산"`` beside ``"「문화재보호법」"`` → …), rather than the provision being
        rewritten."""
        out = list(edits)
        for index in sorted(bad):
            e = out[index]
            if not e.old or self.old.count(e.old) < 2:
                continue
            wider = self.word_before(e)
            if wider is None or self.old.count(wider.old) != 1:
                continue
            trial = _replaced_at(out, index, wider)
            if index not in self.bad(trial):
                out = trial
        return out if not self.bad(out) else edits

    def word_before(self, e: Edit) -> Edit | None:
        """``e`` with the unchanged word before it and what separates them."""
        a, c = e.old_start, e.new_start
        while a > 0 and c > 0 and self.old[a - 1] == self.new[c - 1] and self.old[a - 1] in " ,":
            a, c = a - 1, c - 1
        if a == e.old_start:
            return None
        while a > 0 and c > 0 and self.old[a - 1] == self.new[c - 1]:
            if self.old[a - 1].isspace() or self.old[a - 1] in "(「,ㆍ·":
                break
            a, c = a - 1, c - 1
        if a == e.old_start or not self.old[a].isalnum():
            return None
        return self.started_at(e, a, c)

    def apply(self, edits: list[Edit]) -> str:
        out, pos = [], 0
        for e in sorted(edits, key=lambda e: e.old_start):
            out.append(self.old[pos : e.old_start])
            out.append(e.new)
            pos = e.old_end
        out.append(self.old[pos:])
        return "".join(out)

    def lists(self, edits: list[Edit]) -> list[Edit]:
        """One span for a change to a list (:func:`.quoting.list_spans`), when it is exact."""
        if len(edits) < 2:
            return edits
        spans = [(e.old_start, e.old_end, e.new_start, e.new_end) for e in edits]
        merged = list_spans(self.old, self.new, spans)
        if len(merged) == len(spans):
            return edits
        out = [Edit(a, b, c, d, self.old[a:b], self.new[c:d]) for a, b, c, d in merged]
        return edits if self.bad(out) else out

    def names(self, edits: list[Edit]) -> list[Edit]:
        """Several changes inside one statute's name are one quote of the whole name
        (``"「화재예방, 소방시설 설치ㆍ유지 및 안전관리에 관한 법률」"``), never a quote per
        changed word of it; likewise a quote never ends inside brackets that another change
        of the same brackets follows (``"감정평가업자(이하 "감정평가업자"라 한다)"``)."""
        if not edits or not self.korean:
            return edits

        def inside(text: str, start: int, end: int) -> tuple[int, int] | None:
            open_ = text.rfind("「", 0, start + 1)
            if open_ < 0 or text.rfind("」", 0, start) > open_:
                open_ = -1
            close = text.find("」", max(start, end - 1))
            if close >= 0 and 0 <= text.find("「", end) < close:
                close = -1
            if open_ < 0 and close < 0:
                return None
            return (start if open_ < 0 else open_, end if close < 0 else close + 1)

        spans = []
        for e in edits:
            o = inside(self.old, e.old_start, e.old_end)
            n = inside(self.new, e.new_start, e.new_end)
            if o is None or n is None:
                o, n = (e.old_start, e.old_end), (e.new_start, e.new_end)
            spans.append([*_balanced(self.old, *o), *_balanced(self.new, *n)])
        merged: list[list[int]] = []
        for span in spans:
            if merged and (span[0] < merged[-1][1] or span[2] < merged[-1][3]):
                merged[-1][1] = max(merged[-1][1], span[1])
                merged[-1][3] = max(merged[-1][3], span[3])
            else:
                merged.append(span)
        out = [self.cut_tail(a, b, c, d) for a, b, c, d in merged]
        if out == edits:
            return edits
        return edits if self.bad(out) else out

    def cut_tail(self, a: int, b: int, c: int, d: int) -> Edit:
        """The quote ``old[a:b]`` → ``new[c:d]`` ended at its citation when what follows the
        citation is the same on both sides (``… 제23조제1항에 따라 특급`` → ``… 제23조제1항``)."""
        old, new = self.old[a:b], self.new[c:d]
        shortest = 0
        for cut in range(len(old) - 1, 0, -1):
            tail = old[cut:]
            if len(tail) >= len(new) or not new.endswith(tail):
                break
            if _CITE_MORE.fullmatch(tail) or (_NAMED_PART.fullmatch(tail) and "」" in old):
                continue  # the rest of a list of citations of one provision ("또는 나목"),
                # or the part of a provision cited with the statute's name ("제7조 단서")
            if (tail[0] == "에" or (tail[0] == " " and not _CITED_PART.match(tail[1:]))) and (
                _cites(old[:cut]) and _cites(new[: len(new) - len(tail)])
            ):
                shortest = len(tail)
        b, d = b - shortest, d - shortest
        return Edit(a, b, c, d, self.old[a:b], self.new[c:d])

    def citations(self, edits: list[Edit]) -> list[Edit]:
        """A citation is one unit (drafting-ko.md §3a): a statute's name and what follows it
        — the provision cited (``「A법 시행령」 별표 3``) or the thing it names (``「A법」에
        따른 A업자``) — are one quote when both change, as real bills quote them. Another
        quote of the thing named then keeps its particle (``"A업자가"``). The instrument's own
        provision that becomes another statute's is a citation too (``"별표 2에 따른 기술2급"``
        → ``"「A법 시행령」 별표 3에 따른 기술초급"``), and so are all the 호 of a provision
        (``"「A법」 제7조제1항 각 호에 따른 보건의료를"``), a provision or annex cited without a
        name whose number changes (``"제40조의2에 따른 A구역"`` → ``"제40조의3에 따른 B구역"``),
        a citation with its parts before the thing it names (``"별표 11 제2호다목1) 및 2)의
        구비요건"`` → ``"별표 14 제2호다목1) 및 2)의 기준"``) and a provision or annex with the
        thing it makes, across the verb's form (``"「A법」 제25조에 따라 지정된 A문화재"`` →
        ``"「B법」 제25조에 따라 지정된 A유산"``; :meth:`made_by`). Across an unchanged
        citation or such a verb, only a thing named once in the rest of the text is joined."""
        if len(edits) < 2 or not self.korean:
            return edits
        out = list(edits)
        index = 1
        while index < len(out):
            prev, e = out[index - 1], out[index]
            gap_o, gap_n = self.gaps(prev, e)
            bare_o, bare_n = _BARE_CITE.fullmatch(prev.old), _BARE_CITE.fullmatch(prev.new)
            cites = (_cites(prev.old) or (bare_o and "「" in prev.new)) and (
                _cites(prev.new) or (bare_n and "「" in prev.old)
            )
            if not (
                gap_o == gap_n
                # a provision or annex cited bare whose number changes is such a unit too
                and (cites or (bare_o and bare_n))
                and (
                    _CITED_GAP.fullmatch(gap_o)
                    or (gap_o == "에 " and e.old.startswith(_CITED_BY_WORDS))
                    or _SUB_GAP.fullmatch(gap_o)
                    or self.made_by(prev, gap_o, e)
                )
                and (gap_o.strip() or (_CITATION.match(e.old) and prev.old.endswith("」")))
            ):
                index += 1
                continue
            named = strip_particles(e.old, e.new)[0]
            if (_CITATION.search(gap_o) or _CITED_VERB.fullmatch(gap_o)) and self.old.count(
                named, prev.old_end
            ) > 1:
                index += 1  # across an unchanged citation or a verb only a thing named once
                continue
            a, b, c, d = prev.old_start, e.old_end, prev.new_start, e.new_end
            a, b = _balanced(self.old, a, b)
            c, d = _balanced(self.new, c, d)
            joined = self.shortest(Edit(a, b, c, d, self.old[a:b], self.new[c:d]), e)
            so, sn = strip_particles(joined.old, joined.new)
            if (  # the particle kept the part unique; a quote already cut stays ("허가")
                so != joined.old
                and sn != joined.new
                and not _HANGUL_WORD.match(self.old, joined.old_end)
                and not _HANGUL_WORD.match(self.new, joined.new_end)
            ):
                b, d = b - (len(joined.old) - len(so)), d - (len(joined.new) - len(sn))
                bare = Edit(a, b, c, d, so, sn)
                if not self.bad(_joined_at(out, index, bare)):
                    joined = bare
            trial = _joined_at(out, index, joined)
            if self.bad(trial):  # the thing named defined in an aside: the aside comes too
                trial = self.with_aside(trial, index - 1)
            if self.bad(trial):  # the same words elsewhere: quoted with their particle
                trial = [
                    self.whole_words(x) if x.old == e.old and x is not joined else x for x in trial
                ]
            if self.bad(trial):
                index += 1
                continue
            out = trial
        return out

    @staticmethod
    def made_by(prev: Edit, gap: str, e: Edit) -> bool:
        """Whether ``gap`` is the verb's form by which a provision or annex makes the thing
        ``e`` names (``"「A법」 제25조에 따라 지정된 국가지정문화재"``), the provision cited in
        the gap or at the end of both sides of ``prev``; never after a statute's name alone
        (``「A법」에 따라 인정된``), nor before a list whose items change (``설치된
        청소년수련관, 청소년문화의집``)."""
        if not _CITED_VERB.fullmatch(gap) or any(_COMMA_SEP.search(q) for q in (e.old, e.new)):
            return False
        return bool(_CITATION.match(gap, 1)) or all(
            _CITES_PART.search(q) for q in (prev.old, prev.new)
        )

    def with_aside(self, edits: list[Edit], index: int) -> list[Edit]:
        """``edits`` with edit ``index`` widened through the aside in brackets just after it
        (``"… 청년단체(이하 "청년단체"라 한다)"``) when later edits change words inside that
        aside, those edits then being part of it; ``edits`` unchanged otherwise."""
        e = edits[index]
        if self.old[e.old_end : e.old_end + 1] != "(" or self.new[e.new_end : e.new_end + 1] != "(":
            return edits
        _, b = _balanced(self.old, e.old_end, e.old_end + 1)
        _, d = _balanced(self.new, e.new_end, e.new_end + 1)
        inside = [x for x in edits[index + 1 :] if x.old_start < b]
        if not inside or any(x.old_end > b or x.new_end > d for x in inside):
            return edits
        a, c = e.old_start, e.new_start
        widened = Edit(a, b, c, d, self.old[a:b], self.new[c:d])
        return [*edits[:index], widened, *edits[index + 1 + len(inside) :]]

    def cited_lists(self, edits: list[Edit]) -> list[Edit]:
        """A list of citations is one unit: two quotes of citations with only a list's
        connector between them are one quote (``"「A법」 제91조 및 제92조"`` →
        ``"「B법」 제46조 및 제47조"``), as real bills quote them."""
        if len(edits) < 2 or not self.korean:
            return edits
        out = list(edits)
        index = 1
        while index < len(out):
            prev, e = out[index - 1], out[index]
            gap_o, gap_n = self.gaps(prev, e)
            if (
                _CITE_GAP.fullmatch(gap_o)
                and _CITE_GAP.fullmatch(gap_n)
                and all(_CITE_END.search(q) for q in (prev.old, prev.new))
                and all(_CITATION.match(q) for q in (e.old, e.new))
            ):
                a, b, c, d = prev.old_start, e.old_end, prev.new_start, e.new_end
                joined = Edit(a, b, c, d, self.old[a:b], self.new[c:d])
                trial = _joined_at(out, index, joined)
                if not self.bad(trial):
                    out = trial
                    continue
            index += 1
        return out

    def nearby(self, edits: list[Edit]) -> list[Edit]:
        """Two changes with one unchanged word between them are one quote, as real bills join
        them (``"식품위생검사기관 중 자가품질위탁검사기관"`` → ``"식품 등 시험ㆍ검사기관 중
        자가품질위탁 시험ㆍ검사기관"``), unless the word is set off by punctuation or is an
        item of a ``ㆍ`` list (renamed items of a list stay apart). A word that is itself a
        ``ㆍ`` list keeps them together (``"산림재해의 예방ㆍ복구와 산림재해로"``). The
        provision is still judged (rewritten or amended) by its changes counted apart
        (:attr:`TextDiff.apart`)."""
        if len(edits) < 2 or not self.korean:
            return edits
        out = list(edits)
        index = 1
        while index < len(out):
            prev, e = out[index - 1], out[index]
            gap_o, gap_n = self.gaps(prev, e)
            if (
                gap_o == gap_n
                and len(gap_o.split()) == 1
                and gap_o[:1].isspace()
                and gap_o[-1:].isspace()
                and not any(ch in gap_o.replace("ㆍ", "") for ch in _GAP_MARKS)  # 예방ㆍ복구와
            ):
                a, b, c, d = prev.old_start, e.old_end, prev.new_start, e.new_end
                trial = _joined_at(out, index, Edit(a, b, c, d, self.old[a:b], self.new[c:d]))
                if not self.bad(trial):
                    out = trial
                    continue
            index += 1
        return out if len(out) < len(edits) else edits

    def list_heads(self, edits: list[Edit]) -> list[Edit]:
        """A quote of several words never starts at the last item of a ``ㆍ`` list: what
        follows that item (``등``, a particle, the noun after it) belongs to the whole list,
        which the quote takes (``"식품ㆍ의약품등의 시험검사"`` → ``"식품ㆍ의약품분야
        시험ㆍ검사"``, not ``"의약품등의 시험검사"`` → …). A quote that goes on with the
        list itself (``"부교수ㆍ조교수 또는 전임강사"``) is a change to the list and keeps
        its span (drafting-ko.md §3a)."""
        if not edits or not self.korean:
            return edits
        out = list(edits)
        for index, e in enumerate(out):
            a, c = e.old_start, e.new_start
            if self.old[a - 1 : a] not in ("ㆍ", "·") or self.new[c - 1 : c] != self.old[a - 1]:
                continue
            stems = self.stems(e)
            if stems:
                trial = _replaced_at(out, index, self.started_at(e, a - stems, c - stems))
                if not self.bad(trial):
                    out = trial
                continue
            first, _, rest = e.old.partition(" ")
            if not rest or " " not in e.new or _ITEM_SEP.search(first):
                continue
            if rest.split(" ", 1)[0] in _CONNECTORS:
                continue
            while a > 0 and c > 0 and self.old[a - 1] == self.new[c - 1]:
                if self.old[a - 1].isspace() or self.old[a - 1] in "(「,":
                    break
                a, c = a - 1, c - 1
            trial = _replaced_at(out, index, self.started_at(e, a, c))
            if not self.bad(trial):
                out = trial
        return out if out != edits else edits

    def stems(self, e: Edit) -> int:
        """How many characters of stems joined by middle dots a one-word quote that starts
        after them takes with it: all of them when its word is a stem like theirs and the
        head they share, changed in that head (``"시ㆍ도무형문화재"`` → ``"시ㆍ도무형유산"``,
        not ``"도무형문화재"`` → ``"도무형유산"``; ``"연구직ㆍ지도직공무원"`` →
        ``"연구직ㆍ지도직공무원과 전문직공무원"``), as real bills quote it (3 in the tuning
        sets, none quoted from the last word). Stems are as long as each other, shorter than
        the word by a head of three syllables at least, and none ends as the word does
        (``국방부ㆍ과학기술정보통신부`` lists two names); 0 when the quote starts as it is."""
        word = e.old
        if not _SYLLABLES.fullmatch(word):
            return 0
        found = _STEMS.search(self.old, 0, e.old_start)
        if not found or not self.new.endswith(found.group(0), 0, e.new_start):
            return 0
        stems = _ITEM_SEP.split(found.group(0))[:-1]
        k = len(stems[0])
        if len(word) - k < 3 or any(len(x) != k or x[-1] in word[-2:] for x in stems):
            return 0
        same = _common_start(word, e.new)
        if same < k or e.new[same : same + 1] in ("ㆍ", "·", ","):
            return 0  # the stem changes, or the list goes on after the word
        return len(found.group(0))

    def typed_heads(self, edits: list[Edit]) -> list[Edit]:
        """A quote that starts with a type in 형 on either side starts with the bare noun
        just before it: the noun, the type and the noun it types are one name
        (``"기업구조개선 경영참여형 사모집합투자기구"`` → ``"기업구조개선 기관전용
        사모집합투자기구"``, not ``"경영참여형 사모집합투자기구"`` → …; ``"기업구조개선
        사모투자전문회사"`` → ``"기업구조개선 경영참여형 사모집합투자기구"``), as real bills
        quote it; after a verb's form (``따라 주민참여형 사업``) the quote starts at the type."""
        if not edits or not self.korean:
            return edits
        out = list(edits)
        for index, e in enumerate(out):
            if not (_is_type(e.old.split(" ", 1)[0]) or _is_type(e.new.split(" ", 1)[0])):
                continue
            before = _PHRASE_HEAD.search(self.old, 0, e.old_start)
            if not before or not self.new.endswith(before.group(0), 0, e.new_start):
                continue
            noun = before.group(1)
            if not _is_modifier(noun) or noun[-1] in _CONNECTIVE_END or noun.endswith("의"):
                continue
            a, c = e.old_start - len(before.group(0)), e.new_start - len(before.group(0))
            trial = _replaced_at(out, index, self.started_at(e, a, c))
            if self.bad(trial):  # the same words elsewhere: each place quoted alike
                trial = self.alike(out, index, before.group(0))
            if trial is not None and not self.bad(trial):
                out = trial
        return out if out != edits else edits

    def alike(self, edits: list[Edit], index: int, head: str) -> list[Edit] | None:
        """``edits`` with every quote of the same words as edit ``index`` started ``head``
        earlier (the same words before each), so that the same words are quoted alike at each
        place (``"기업구조개선 사모투자전문회사"`` twice in one article); ``None`` when
        ``head`` does not stand before each of them on both sides."""
        e, k = edits[index], len(head)
        out = list(edits)
        for j, x in enumerate(edits):
            if x.old != e.old or x.new != e.new:
                continue
            a, c = x.old_start - k, x.new_start - k
            if (
                a < 0
                or c < 0
                or self.old[a : x.old_start] != head
                or self.new[c : x.new_start] != head
            ):
                return None
            if j > 0 and out[j - 1].old_end > a:
                return None
            out[j] = self.started_at(x, a, c)
        return out

    def headed(self, edits: list[Edit]) -> list[Edit]:
        """A quote never ends at a noun that 의 ties to a one-syllable head after it: the
        head comes with it (``"체육주간 및 체육의 날"`` → ``"스포츠주간 및 스포츠의 날"``, not
        ``"체육주간 및 체육"`` → …; ``"중소기업청장이나 소속기관의 장"`` → ``"소속기관의
        장"``). No real quote of several words in main or dev ends before such a head (장, 날,
        죄, 폭, 예); a one-word name renamed is quoted bare wherever it stands (``"아동권리보장원"``
        → ``"국가아동권리보장원"``, also before 의 장)."""
        if not edits or not self.korean:
            return edits
        out = list(edits)
        for index, e in enumerate(out):
            if " " not in e.old or not e.new or not _HANGUL_WORD.fullmatch(e.old[-1] + e.new[-1]):
                continue  # a one-word name is renamed bare wherever it stands ("A원의 장")
            head = _GENITIVE_HEAD.match(self.old, e.old_end)
            after = _GENITIVE_HEAD.match(self.new, e.new_end)
            if not head or not after or head.group(1) != after.group(1):
                continue
            k = len(head.group(1))
            a, b, c, d = e.old_start, e.old_end + k, e.new_start, e.new_end + k
            trial = _replaced_at(out, index, Edit(a, b, c, d, self.old[a:b], self.new[c:d]))
            if not self.bad(trial):
                out = trial
        return out if out != edits else edits

    def enclosed(self, edits: list[Edit]) -> list[Edit]:
        """A quote never closes a bracket it did not open: one that starts inside an aside and
        runs out of it takes the whole aside with the word it is written against and the word
        that closes it (``"경우(제2호에 해당하는 조치로 한정한다)에는"`` → ``"경우(…
        한정한다), 「금융소비자 보호에 관한 법률」 … 경우(… 한정한다)에는"``, not ``"한정한다"``
        → ``"한정한다), 「…」 … 한정한다"``). No real quote of main or dev closes a bracket it
        did not open but a numbered item's (``"다목1) 및 2)"``)."""
        if not edits or not self.korean:
            return edits
        out = list(edits)
        for index, e in enumerate(out):
            shut = _open_before(self.old, e.old_start, e.old_end)
            if shut is None:
                shut = _open_before(self.new, e.new_start, e.new_end)
                text, start = self.new, e.new_start
            else:
                text, start = self.old, e.old_start
            if shut is None:
                continue
            head = text.rfind(" ", 0, shut) + 1  # the word the aside is written against
            k = start - head
            a, c = e.old_start - k, e.new_start - k
            if a < 0 or c < 0 or self.old[a : e.old_start] != self.new[c : e.new_start]:
                continue
            b, d = e.old_end, e.new_end
            while (
                b < len(self.old)
                and d < len(self.new)
                and not self.old[b].isspace()
                and self.old[b] == self.new[d]
            ):
                b, d = b + 1, d + 1
            if (b < len(self.old) and not self.old[b].isspace()) or (
                d < len(self.new) and not self.new[d].isspace()
            ):
                continue
            trial = _replaced_at(out, index, Edit(a, b, c, d, self.old[a:b], self.new[c:d]))
            if not self.bad(trial):
                out = trial
        return out if out != edits else edits

    def english_list(self, edits: list[Edit]) -> list[Edit]:
        """One quote for a change to an English list of units that the edits quote in several
        places, as a Korean list is quoted (:meth:`join_lists`; drafting-ko §3a):
        ``"the Finance Division, the Resident Welfare Division, the Construction Division"`` →
        ``"the Resident Welfare Division, the Population Policy Division, the Construction and
        Transportation Division"``, not three quotes that read as if the Administration
        Division lost the Finance Division and the Resident Welfare Division became two. The
        quote runs from the item where the texts first differ to the item where they last do,
        whole items with their "the" (the last item of a list ends with its unit's name, an
        atomic term); only when items are added, removed or moved (renamed items in place stay
        apart) and the quote occurs once in the old text. Each change is still judged (and
        underlined in the comparison table) apart."""
        old, new = self.old, self.new
        if len(edits) < 2:
            return edits
        first = _common_start(old, new)
        last = len(old) - min(
            _common_start(old[::-1], new[::-1]), len(old) - first, len(new) - first
        )
        starts = [m.end() for m in _ITEM_START_EN.finditer(old)]
        begun = [at for at in starts if at <= first]
        if not begun:
            return edits
        start = begun[-1]
        stop = self.item_end_en(max((at for at in starts if at <= last), default=start))
        if stop is None or stop < last:
            return edits
        new_stop = len(new) - (len(old) - stop)
        quoted_old, quoted_new = old[start:stop], new[start:new_stop]
        items = [_ITEM_SEP_EN.split(quoted) for quoted in (quoted_old, quoted_new)]
        if not all(
            _ITEM_EN.fullmatch(item) and len(item.split()) <= _ITEM_WORDS_EN
            for side in items
            for item in side
        ):
            return edits
        olds, news = items
        moved = len(olds) != len(news) or any(
            item in olds and olds.index(item) != i for i, item in enumerate(news)
        )
        if not moved or old.count(quoted_old) != 1:
            return edits
        return [Edit(start, stop, start, new_stop, quoted_old, quoted_new)]

    def item_end_en(self, start: int) -> int | None:
        """Where the item of an English list of the old text that begins at ``start``
        ("the …") ends: after the longest unit name it holds, else before the next item's
        separator."""
        head = start + len("the ")
        named = [len(term) for term in self.terms if self.old.startswith(term, head)]
        if named:
            return head + max(named)
        end = _ITEM_END_EN.search(self.old, start)
        return end.start() if end else None

    def quoted_whole(self, edits: list[Edit]) -> list[Edit]:
        """A quote never cuts through the text's own quotation marks: one that starts inside
        a quoted word and runs out of it (``복지국"으로`` in ``이 경우 "총무과"는 "복지국"으로
        본다``) takes the whole quoted word, as real bills quote such a text (``""행정자치부"는
        "교육인적자원부"로"를 ""행정안전부"는 "교육과학기술부"로"로``, 지방자치단체를 당사자로
        하는 계약에 관한 법률, 2008): its marks pair up, and a reader (and the applier) reads
        where it ends."""
        if not edits:
            return edits
        out = list(edits)
        for index, e in enumerate(out):
            a, b = _paired_quotes(self.old, e.old_start, e.old_end)
            c, d = _paired_quotes(self.new, e.new_start, e.new_end)
            if (a, b, c, d) == (e.old_start, e.old_end, e.new_start, e.new_end):
                continue
            trial = _replaced_at(out, index, Edit(a, b, c, d, self.old[a:b], self.new[c:d]))
            if not self.bad(trial):
                out = trial
        return out if out != edits else edits

    def gaps(self, before: Edit, after: Edit) -> tuple[str, str]:
        """The old and the new text between two edits."""
        return (
            self.old[before.old_end : after.old_start],
            self.new[before.new_end : after.new_start],
        )

    def shortest(self, joined: Edit, last: Edit) -> Edit:
        """A joined quote without the words after the thing named that its last part took to
        be unique on its own (``"… 감정평가업자 중"`` → ``"… 감정평가업자"``)."""
        e = joined
        while " " in last.old and " " in e.old and " " in e.new:
            word = e.old[e.old.rfind(" ") :]
            if not e.new.endswith(word) or len(word) >= len(e.new):
                break
            a, b, c, d = e.old_start, e.old_end - len(word), e.new_start, e.new_end - len(word)
            if b <= last.old_start:
                break
            shorter = Edit(a, b, c, d, self.old[a:b], self.new[c:d])
            if self.old.count(shorter.old) != 1 or _balanced(self.old, a, b) != (a, b):
                break
            e = shorter
        return e

    def whole_words(self, e: Edit) -> Edit:
        """An edit widened to the whole words around it, particles included."""
        a, b, c, d = e.old_start, e.old_end, e.new_start, e.new_end
        while a > 0 and not self.old[a - 1].isspace():
            a -= 1
        while b < len(self.old) and not self.old[b].isspace():
            b += 1
        while c > 0 and not self.new[c - 1].isspace():
            c -= 1
        while d < len(self.new) and not self.new[d].isspace():
            d += 1
        a2 = a + len(self.old[a:b]) - len(self.old[a:b].lstrip(_PUNCT_EDGE))
        c2 = c + len(self.new[c:d]) - len(self.new[c:d].lstrip(_PUNCT_EDGE))
        b2 = a2 + len(self.old[a2:b].rstrip(_PUNCT_EDGE))
        d2 = c2 + len(self.new[c2:d].rstrip(_PUNCT_EDGE))
        return Edit(a2, b2, c2, d2, self.old[a2:b2], self.new[c2:d2])

    def run(self) -> TextDiff:
        groups = self.groups()
        top = len(_LEVELS) - 1
        first: tuple[list[Edit], set[int]] | None = None
        while True:
            edits = [self.edit(g) for g in groups]
            bad = self.bad(edits)
            if bad and self.korean:  # quotes that overlap inside one statute's name: one
                named = self.names(edits)
                if named is not edits:
                    edits, bad = named, set()
            if first is None:
                first = (edits, bad)
            if bad and self.korean and all(groups[i][4] == top for i in bad):
                widened = self.unique(*first)  # a last resort: the words where they first were
                if widened is not first[0]:
                    edits, bad = widened, set()
            if not bad:  # which includes: applying them gives the new text
                # (what is quoted counts as changed when the provision may be rewritten)
                edits = self.cited_lists(self.citations(self.names(self.lists(edits))))
                joined = self.quoted_whole(
                    self.enclosed(
                        self.headed(self.typed_heads(self.list_heads(self.nearby(edits))))
                    )
                )
                if not self.korean:
                    joined = self.english_list(joined)
                apart = tuple(edits) if joined is not edits else ()
                judged = self.unbracketed(list(apart or joined))
                if judged is not None:
                    apart = judged
                return TextDiff(self.old, self.new, tuple(joined), True, apart)
            if all(groups[i][4] == top for i in bad):
                return TextDiff(self.old, self.new, tuple(edits), False)
            for index in bad:
                groups[index][4] = min(groups[index][4] + 1, top)
            groups = self.merge(groups)


def diff_text(
    old: str,
    new: str,
    atomic_terms: Collection[str] = frozenset(),
    *,
    korean: bool = True,
    cite: str = DEFAULT_CITE,
) -> TextDiff:
    """The word diff of ``old`` and ``new`` (normalised first), with quotable edits.

    ``korean=False`` (English texts) cuts only punctuation, no particles. ``cite``: whether a
    provision of another statute whose name stays is quoted with that name (house rule) or
    without it (:mod:`desktop.core.rules`).
    """
    old, new = normalise(old), normalise(new)
    if old == new:
        return TextDiff(old, new, (), True)
    if not old or not new:
        return TextDiff(old, new, (Edit(0, len(old), 0, len(new), old, new),), False)
    terms = atomic_terms if isinstance(atomic_terms, frozenset) else frozenset(atomic_terms)
    return _Differ(old, new, terms, korean, cite).run()
