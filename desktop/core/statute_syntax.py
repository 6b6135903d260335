"""The line vocabulary of pasted statute text: markers, history notes, whitespace.

Shared by the parser (:mod:`desktop.core.statute_parse`) and the renderers: what a line that
starts an article, a chapter, a paragraph (①), a subparagraph (``3의2.``) or an item (``가.``)
looks like, and how trailing history notes (``<개정 2020.3.16.>``, ``[본조신설 …]``) are split
off a line; and what a reader of such text says about a line (:class:`ParseMessage`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core.statute import CIRCLED, InstrumentKind, Num
from desktop.i18n import N_, translate

SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"))
ARTICLE = re.compile(r"제(\d+)조(?:의(\d+))?(?=[(\s]|$)")
CHAPTER = re.compile(r"제\d+(?:장|절|관|편)(?:의\d+)?(?:\s|$)")
PARAGRAPH = re.compile(f"([{CIRCLED}])\\s*(.*)")
SUBPARAGRAPH = re.compile(r"(\d{1,3})(?:의(\d+))?\.(?:\s+(.*)|$)")
ITEM = re.compile(r"([가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허])\.(?:\s+(.*)|$)")
ADDENDA = re.compile(r"부\s?칙(?:\s*[<(][^<>()]*[>)])?")
ANNEX = re.compile(r"\[별표\s*(?:(\d+)(?:\s*의\s*(\d+))?)?\]\s*(.*)")
BRACKETS = re.compile(r"(?:\[[^\[\]]*\]\s*)+")
BRACKET = re.compile(r"\[[^\[\]]*\]")
HEADER = re.compile(r"\[(?:시행|[^\[\]]*제\s*\d+\s*호)")
NOTE_TAIL = re.compile(r"\s*(<[^<>]*\d{4}\s*\.\s*\d{1,2}\s*\.[^<>]*>)$")
ANNOTATION_TAIL = re.compile(
    r"\s*(\[(?:본[조장절관편]|제목|전문|종전|제\d+조(?:의\d+)?에서|시행일)[^\[\]]*\])$"
)
NUMBER = re.compile(r"제\s*(\d+)\s*호")
DATE = re.compile(r"호\s*,\s*(\d{4})\s*\.\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.?")
DELETED = "삭제"
# how two pieces of a line were read where a copied text could not tell: the words of a note
JOINED_SPACE = N_("with a space")
JOINED_SOLID = N_("without a space")


@dataclass(frozen=True)
class ParseMessage:
    """Something the parser noticed at ``line`` (1-based) of the pasted text; ``column``
    (1-based, in the line as pasted) and ``length`` the words it is about, when it is about
    some words of the line (0: the line)."""

    line: int
    message_id: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    severity: str = "error"  # "error" or "warning"
    column: int = 0
    length: int = 0

    def message(self, lang: str = "ko") -> str:
        return translate(self.message_id, self.params, lang)

    def __str__(self) -> str:
        return f"{self.line}: {self.message('ko')} ({self.message('en')})"


def clean_line(line: str) -> str:
    """A pasted line without invisible characters, with single ASCII spaces, stripped."""
    return SPACES.sub(" ", line.translate(INVISIBLE)).strip()


def clean_offsets(line: str) -> list[int]:
    """Where each character of ``clean_line(line)`` stands in ``line``: a run of spaces read
    as one space stands where the run begins. A message about some words of a cleaned line
    selects them in the line as the official pasted it."""
    kept: list[tuple[str, int]] = []
    in_run = False
    for index, char in enumerate(line):
        if ord(char) in INVISIBLE:
            continue
        if SPACES.match(char):
            if not in_run:
                kept.append((" ", index))
                in_run = True
            continue
        in_run = False
        kept.append((char, index))
    start, end = 0, len(kept)
    while start < end and kept[start][0].isspace():
        start += 1
    while end > start and kept[end - 1][0].isspace():
        end -= 1
    return [index for _char, index in kept[start:end]]


def table_row(cells: Iterable[str]) -> str:
    """A table row (an annex's) as the statute text writes it: ``| 5급 | 3 |``, a ``|`` in a
    cell written ``\\|`` (:func:`table_cells` reads it back)."""
    return "| " + " | ".join(escape_cell(cell) for cell in cells) + " |"


def escape_cell(text: str) -> str:
    """A cell's text in a ``| a | b |`` row: its own ``|`` written ``\\|``, so that it stays in
    the cell (``행정|기술`` read as two cells shifted the figures after it by a column)."""
    return text.replace("|", "\\|")


_CELL_BAR = re.compile(r"(?<!\\)\|")


def table_cells(line: str) -> list[str]:
    """The cells of a row ``| a | b |`` (the outer bars may be left out, as pasted rows may
    do): split at each ``|``, but for one written ``\\|``, which is a ``|`` of its cell. A
    text from 국가법령정보센터 or 자치법규정보시스템 does not escape, and a ``|`` there is
    read as it always was, between cells."""
    inner = line.removeprefix("|")
    if inner.endswith("|") and not inner.endswith("\\|"):
        inner = inner[:-1]
    return [cell.replace("\\|", "|").strip() for cell in _CELL_BAR.split(inner)]


def split_tail(text: str) -> tuple[str, list[str], list[str]]:
    """Split trailing history notes off a line: (text, ``<개정 …>`` notes, ``[본조신설 …]``)."""
    notes: list[str] = []
    annotations: list[str] = []
    while True:
        if match := NOTE_TAIL.search(text):
            notes.insert(0, match.group(1))
        elif match := ANNOTATION_TAIL.search(text):
            annotations.insert(0, match.group(1))
        else:
            return text.strip(), notes, annotations
        text = text[: match.start()]


def is_marked(line: str) -> bool:
    """Whether a line starts with a structure marker (조, 장, 항, 호, 목, ``[``)."""
    patterns = (ARTICLE, CHAPTER, PARAGRAPH, SUBPARAGRAPH, ITEM)
    return line.startswith("[") or any(p.match(line) for p in patterns)


def read_header(header: str) -> tuple[str, str]:
    """The number and date of a header line: ``("제7997호", "2024. 5. 16.")``, or ``""``."""
    number = NUMBER.search(header)
    date = DATE.search(header)
    return (
        f"제{number.group(1)}호" if number else "",
        ". ".join(str(int(part)) for part in date.groups()) + "." if date else "",
    )


def guess_kind(title: str) -> InstrumentKind:
    """규칙 (rule) when the title ends so (``… 조례 시행규칙``), otherwise 조례 (ordinance)."""
    return InstrumentKind.RULE if title.endswith("규칙") else InstrumentKind.ORDINANCE


def next_nums(prev: Num) -> tuple[Num, Num]:
    """The numbers that may follow ``prev``: the next main number or the next branch."""
    return Num(prev.main + 1), Num(prev.main, prev.branch + 1 if prev.branch else 2)


def split_title(rest: str) -> tuple[str, str] | None:
    """``(목적) 이 조례는 …`` → (``목적``, ``이 조례는 …``); ``None`` when unbalanced."""
    depth = 0
    for index, char in enumerate(rest):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return rest[1:index], rest[index + 1 :].strip()
    return None
