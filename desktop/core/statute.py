"""The statute model: an instrument (조례 or 규칙) and its provisions.

The structure follows Korean drafting practice (see ``shared/domain/drafting-ko.md`` §2):

=========  ======  ==========================  ======================
level      Korean  written                     here
=========  ======  ==========================  ======================
article    조      제5조(제목), 제5조의2        :class:`Article`
paragraph  항      ① ② … (none when single)    :class:`Paragraph`
subpara.   호      1. 2. 3의2.                 :class:`Subparagraph`
item       목      가. 나.                      :class:`Item`
=========  ======  ==========================  ======================

History notes (``<개정 2020.3.16.>``, ``[본조신설 2020.03.16.]``) are kept apart from the
text in ``notes`` so that they never take part in a comparison. Every provision may carry an
English text beside the Korean (``text_en``); it is optional.

The classes are plain mutable dataclasses: the parser builds them, the change engine copies
and edits them (:func:`copy.deepcopy`), the drafting engine compares two of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.instrumentkind import InstrumentKind
from desktop.core.treecopy import immutable_deepcopy, tree_deepcopy

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿"
HANGUL_ITEMS = "가나다라마바사아자차카타파하"

_STATED_TOTAL = re.compile(r"정원은\s*([\d,]+)명")  # 정원은 16,244명


@dataclass(frozen=True, order=True)
class Num:
    """A provision number with its branch: 12 → ``12``; 12의2 → ``Num(12, 2)``."""

    main: int
    branch: int = 0

    def ko(self) -> str:
        """``12`` or ``12의2``."""
        return f"{self.main}의{self.branch}" if self.branch else str(self.main)

    def en(self) -> str:
        """``12`` or ``12-2``."""
        return f"{self.main}-{self.branch}" if self.branch else str(self.main)

    @classmethod
    def parse(cls, text: str) -> Num:
        """``"12"`` → 12, ``"12의2"`` or ``"12-2"`` → 12의2."""
        for sep in ("의", "-"):
            if sep in text:
                main, branch = text.split(sep, 1)
                return cls(int(main), int(branch))
        return cls(int(text))

    def __str__(self) -> str:
        return self.ko()

    __deepcopy__ = immutable_deepcopy


@dataclass
class Item:  # 목
    """An item (목) of a subparagraph: ``가. …``."""

    label: str  # "가", "나", …
    text: str = ""
    deleted: bool = False
    notes: list[str] = field(default_factory=list)
    text_en: str = ""

    __deepcopy__ = tree_deepcopy


@dataclass
class Subparagraph:  # 호
    """A subparagraph (호): ``1. …``, branch ``3의2. …``; may hold items (목)."""

    num: Num
    text: str = ""
    items: list[Item] = field(default_factory=list)
    deleted: bool = False
    notes: list[str] = field(default_factory=list)
    text_en: str = ""

    __deepcopy__ = tree_deepcopy


@dataclass
class Paragraph:  # 항
    """A paragraph (항). ``number`` is 0 for the single unnumbered paragraph of an article.

    ``text`` is the paragraph's own sentence — for a paragraph with subparagraphs, its
    lead-in (각 호 외의 부분).
    """

    number: int = 0
    text: str = ""
    subparagraphs: list[Subparagraph] = field(default_factory=list)
    deleted: bool = False
    notes: list[str] = field(default_factory=list)
    text_en: str = ""

    __deepcopy__ = tree_deepcopy


@dataclass
class Article:  # 조
    """An article (조): ``제4조(홍보기획관) …``.

    ``notes`` holds the inline history notes of the article's first line (``<개정 …>``);
    ``annotations`` the bracketed notes that follow the article (``[본조신설 …]``).
    ``chapter`` is a heading printed before this article (``제1장 총칙``), if any.
    """

    num: Num
    title: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    deleted: bool = False
    notes: list[str] = field(default_factory=list)
    annotations: list[str] = field(default_factory=list)
    chapter: str = ""
    title_en: str = ""

    @property
    def label(self) -> str:
        """``제12조의2``."""
        return f"제{self.num.main}조" + (f"의{self.num.branch}" if self.num.branch else "")

    @property
    def label_en(self) -> str:
        """``Article 12-2``."""
        return f"Article {self.num.en()}"

    def stated_totals(self) -> list[int]:
        """The total staffing the article states (``…의 정원은 1,975명으로 한다`` → 1975), in
        order; what validation, the export gate and the staffing effects read."""
        return [int(m.group(1).replace(",", "")) for m in _STATED_TOTAL.finditer(self.text_only())]

    def text_only(self) -> str:
        """The article's text without title and notes, joined by newlines (for searching)."""
        parts: list[str] = []
        for para in self.paragraphs:
            parts.append(para.text)
            for sub in para.subparagraphs:
                parts.append(sub.text)
                parts.extend(item.text for item in sub.items)
        return "\n".join(parts)

    __deepcopy__ = tree_deepcopy


@dataclass
class Annex:  # 별표
    """An annex table (별표): ``[별표 1] 정원표(제5조 관련)``; the table as rows of cells.

    ``numbered`` is false for an instrument's only annex written without a number (``[별표]
    기관별ㆍ직급별 정원표``, cited ``정원은 별표와 같다``): its number is 1 and its label 별표, as
    the bills that amend it write it (``별표를 다음과 같이 한다``)."""

    num: Num
    title: str = ""
    rows: list[list[str]] = field(default_factory=list)
    title_en: str = ""
    rows_en: list[list[str]] = field(default_factory=list)
    numbered: bool = True

    @property
    def label(self) -> str:
        """``별표 1`` or ``별표 1의2``; ``별표`` unnumbered."""
        return annex_label(self.num, self.numbered)

    @property
    def label_en(self) -> str:
        return annex_label_en(self.num, self.numbered)

    __deepcopy__ = tree_deepcopy


def annex_label(num: Num, numbered: bool = True) -> str:
    """``별표 1``, ``별표 1의2``; ``별표`` for an annex without a number (:class:`Annex`)."""
    return f"별표 {num.ko()}" if numbered else "별표"


def annex_label_en(num: Num, numbered: bool = True) -> str:
    return f"Annex {num.en()}" if numbered else "Annex"


@dataclass
class Instrument:
    """An ordinance or rule with its articles and annexes.

    ``header`` is the law.go.kr header line as pasted
    (``[시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]``); ``number`` and
    ``date`` are what it says when it could be read. ``addenda_text`` holds the pasted 부칙
    (addenda) lines as they were, since the drafting engine writes new 부칙 of its own.
    """

    title: str
    kind: InstrumentKind = InstrumentKind.ORDINANCE
    header: str = ""
    number: str = ""
    date: str = ""
    articles: list[Article] = field(default_factory=list)
    annexes: list[Annex] = field(default_factory=list)
    title_en: str = ""
    addenda_text: str = ""  # 부칙 as pasted, one line per line (kept apart from the articles)

    def article(self, num: Num) -> Article | None:
        """The article with this number, or ``None``."""
        for art in self.articles:
            if art.num == num:
                return art
        return None

    def number_after(self, after: Num) -> Num:
        """The number of a new article placed right after article ``after``: the next number
        when ``after`` is the last article (제6조 → 제7조; 제27조의3 → 제28조), since no article
        follows that a plain number would displace; otherwise a free branch of ``after``
        (제12조 → 제12조의2, or 제12조의3 when 제12조의2 is taken)."""
        taken = {art.num for art in self.articles}
        if not taken or after >= max(taken):
            return Num(after.main + 1)
        candidate = Num(after.main, max(after.branch, 1) + 1)
        while candidate in taken:
            candidate = Num(after.main, candidate.branch + 1)
        return candidate

    def article_titled(self, title: str) -> Article | None:
        """The first undeleted article whose title is ``title`` (a unit name), or ``None``."""
        for art in self.articles:
            if art.title == title and not art.deleted:
                return art
        return None

    def stated_totals(self) -> list[tuple[Article, int]]:
        """The total staffing its articles in force state (``정원은 1,975명``), each with its
        article, in order."""
        return [(a, total) for a in self.articles if not a.deleted for total in a.stated_totals()]

    def annex(self, num: Num) -> Annex | None:
        for annex in self.annexes:
            if annex.num == num:
                return annex
        return None

    __deepcopy__ = tree_deepcopy


def circled(number: int) -> str:
    """The circled numeral of a paragraph: 1 → ①."""
    if not 1 <= number <= len(CIRCLED):
        raise ValueError(f"paragraph number out of range: {number}")
    return CIRCLED[number - 1]


def uncircled(char: str) -> int:
    """The number of a circled numeral: ① → 1; ``0`` when ``char`` is not one."""
    index = CIRCLED.find(char)
    return index + 1 if index >= 0 and len(char) == 1 else 0
