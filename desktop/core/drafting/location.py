"""Where a provision is, and how a Korean bill cites it (조문 인용).

A :class:`Location` names an article and, below it, a paragraph (항), a subparagraph (호) and
an item (목), plus the *part* of the provision's own text that is meant: the article title
(제목), the lead-in of a provision with subdivisions (각 호 외의 부분 / 각 목 외의 부분), the main
sentence (본문) or the proviso (단서), the first or second of two sentences (전단 / 후단).
Locations always use the numbering of the current text,
except for the number of a provision being inserted.

Citations follow ``shared/domain/drafting-ko.md`` §3:

- written solid: ``제5조제1항제2호``; ``중``, ``본문``, ``단서``, ``각 호 외의 부분`` spaced;
- the single unnumbered paragraph of an article is cited as the article (``제4조제3호``), or
  as its 제목 외의 부분 when it takes a number (``제4조 제목 외의 부분을 제1항으로 하고``), and
  then by that number with what it was (``제1항(종전의 제목 외의 부분) 중``);
- back references: ``같은 조`` / ``같은 항`` / ``같은 호`` (:func:`cite`), also after a clause
  that cited a list of several paragraphs, the last of which the next clause refers to
  (``제7조제1항 및 같은 조 제2항 각 호 외의 부분 중 … 하고, 같은 항 제1호 중``): the mirror's
  bills write ``같은 항`` there 20 times and ``같은 조 제2항제1호`` 13 (distinct clause pairs; after
  a single paragraph 693 to 6), and the corpus of real sentences has both (4 military 직제
  with 같은 항 against 지방공무원 복무규정 2020), so ``같은 조 제N항`` is not the house rule;
- lists (:func:`cite_list`): ``A 및 B``, ``A, B 및 C``; later provisions of the same article at
  the same level without repeating the article (``제3조제1항 및 제3항``); after a deeper
  location a new group starts with ``같은 조`` and joins its members with ``ㆍ``
  (``제7조제2항제1호가목 및 같은 조 제3항ㆍ제4항``), and so does a location deeper than the
  previous one or under another provision (``제2조제1항 및 같은 조 제2항제1호``,
  ``제72조제1항제3호 및 같은 조 제2항제1호``) — unless the list itself began with ``같은 조``
  (after the title, or in a clause that refers back): then a deeper provision follows
  bare, ``같은 조 제1항 및 제2항제2호ㆍ제3호``; runs of three or more consecutive
  provisions as ranges (``제2조부터 제5조까지``);
- the two parts of one provision amended together as a pair (:func:`second_part_of`):
  ``제58조제1항 본문 및 단서``, ``제7조제1항, 같은 조 제2항 전단 및 후단`` (alone, or ending a
  list within one article), ``같은 조 제1항 각 호 외의 부분 본문ㆍ단서, 같은 항 제1호`` and
  ``제5조제2항 및 제8조제3항 전단ㆍ후단`` (inside a list, or ending one over several
  articles).

House rules (no public source fixed them): after a location with a part
(``각 호 외의 부분``, ``본문``, ``단서``, ``전단``, ``후단``) the next location is introduced by
``같은 조`` / ``같은 항`` as after a deeper one; ``ㆍ`` joins only provisions cited without a part
(``제1항ㆍ제2항 각 호 외의 부분`` would be ambiguous); after an article title, every provision
of the article is cited ``같은 조 …``, the list going on flat (``제9조의 제목, 같은 조 제1항 및
제2항``), its single unnumbered paragraph ``같은 조`` itself (``제9조의 제목 및 같은 조 중``: 3
acts of the development set of real sentences, none writing ``본문``).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.kformat import hangul_item_index
from desktop.core.rules import DEFAULT_LISTS, LISTS_COMMAS
from desktop.core.statute import Num


class Part(enum.Enum):
    """The part of a provision's own text that a citation means."""

    WHOLE = "whole"
    TITLE = "title"  # 제목 (articles only)
    LEAD = "lead"  # 각 호 외의 부분 / 각 목 외의 부분
    MAIN = "main"  # 본문
    PROVISO = "proviso"  # 단서
    LEAD_MAIN = "lead_main"  # 각 호 외의 부분 본문
    LEAD_PROVISO = "lead_proviso"  # 각 호 외의 부분 단서
    FRONT = "front"  # 전단: the first of two sentences
    BACK = "back"  # 후단: the second
    LEAD_FRONT = "lead_front"  # 각 호 외의 부분 전단
    LEAD_BACK = "lead_back"  # 각 호 외의 부분 후단
    BODY = "body"  # 제목 외의 부분: an article's single unnumbered paragraph, its title aside

    def with_lead(self) -> Part:
        """The same part inside the lead-in of a provision that has subdivisions."""
        return _WITH_LEAD[self]

    @property
    def lead(self) -> bool:
        """Whether the part lies in the lead-in (각 호 외의 부분)."""
        leads = (Part.LEAD, Part.LEAD_MAIN, Part.LEAD_PROVISO, Part.LEAD_FRONT, Part.LEAD_BACK)
        return self in leads

    @property
    def second(self) -> bool:
        """Whether the part is what follows the main text: 단서 or 후단 (added or removed)."""
        return self in (Part.PROVISO, Part.LEAD_PROVISO, Part.BACK, Part.LEAD_BACK)


# :meth:`Part.with_lead`, made once.
_WITH_LEAD = {
    Part.WHOLE: Part.LEAD,
    Part.MAIN: Part.LEAD_MAIN,
    Part.PROVISO: Part.LEAD_PROVISO,
    Part.FRONT: Part.LEAD_FRONT,
    Part.BACK: Part.LEAD_BACK,
}


def article_label(num: Num) -> str:
    """``제12조의2``."""
    return f"제{num.main}조" + (f"의{num.branch}" if num.branch else "")


def sub_label(num: Num) -> str:
    """``제3호의2`` (the branch of a 호 follows 호)."""
    return f"제{num.main}호" + (f"의{num.branch}" if num.branch else "")


# After an article's single unnumbered paragraph is numbered (``제34조 제목 외의 부분을
# 제1항으로 하고``), the same sentence cites it by its new number with what it was.
FORMERLY_BODY = "(종전의 제목 외의 부분)"


@dataclass(frozen=True)
class Location:
    """A provision (or part of one): article, paragraph (0 = unnumbered), 호, 목, part;
    ``renumbered``: the paragraph is the article's former unnumbered paragraph, cited by the
    number an earlier clause of the sentence gave it (``제1항(종전의 제목 외의 부분)``)."""

    article: Num
    paragraph: int | None = None
    subparagraph: Num | None = None
    item: str | None = None
    part: Part = Part.WHOLE
    renumbered: bool = False

    @classmethod
    def of_path(cls, path: str) -> Location | None:
        """The provision a path of :mod:`desktop.core.provisions` names: ``5/2/3의2``,
        ``4/0`` (an article's single paragraph), ``12의2/title`` (its title); ``None`` for a
        path that names none."""
        parts = path.split("/")
        part = Part.TITLE if parts[-1] == "title" else Part.WHOLE
        if part is Part.TITLE:
            parts = parts[:-1]
        if not 1 <= len(parts) <= 4:
            return None
        try:
            return cls(
                Num.parse(parts[0]),
                int(parts[1]) if len(parts) > 1 else None,
                Num.parse(parts[2]) if len(parts) > 2 else None,
                parts[3] if len(parts) > 3 else None,
                part,
            )
        except (ValueError, KeyError, IndexError):
            return None

    def path(self) -> tuple[object, ...]:
        """The structural path: article, then paragraph, 호 and 목 as far as they are set."""
        path: list[object] = [self.article]
        for value in (self.paragraph, self.subparagraph, self.item):
            if value is None:
                break
            path.append(value)
        return tuple(path)

    @property
    def whole(self) -> Location:
        """The same provision without a part."""
        return self.at(Part.WHOLE)

    def at(self, part: Part) -> Location:
        """The same provision with another part (made directly: :func:`dataclasses.replace`
        reads the fields anew at every call, and every clause asks)."""
        return Location(
            self.article, self.paragraph, self.subparagraph, self.item, part, self.renumbered
        )

    def labels(self) -> list[str]:
        """Korean labels of the path; the unnumbered paragraph has none."""
        labels = [article_label(self.article)]
        if self.paragraph:
            labels.append(f"제{self.paragraph}항" + (FORMERLY_BODY if self.renumbered else ""))
        if self.subparagraph is not None:
            labels.append(sub_label(self.subparagraph))
        if self.item is not None:
            labels.append(f"{self.item}목")
        return labels

    def part_ko(self) -> str:
        """``각 호 외의 부분``, ``본문``, ``단서`` … or ``""``."""
        return _PART_KO[self.subparagraph is not None][self.part]

    def ko(self) -> str:
        """The full citation: ``제5조제2항제3호``, ``제11조제1항 각 호 외의 부분``,
        ``제9조의 제목``."""
        if self.part is Part.TITLE:
            return f"{article_label(self.article)}의 제목"
        return _join("".join(self.labels()), self.part_ko())

    def tail(self, start: int) -> str:
        """The labels of the path from level ``start`` (0 = article) down, solid."""
        path = self.path()
        labels = [_component_label(path, i) for i in range(start, len(path))]
        if self.renumbered and start <= 1 < len(path):
            labels[1 - start] += FORMERLY_BODY
        return "".join(labels)

    def short(self) -> str:
        """The label of the provision itself: ``제3항``, ``제4호``, ``나목``, ``제5조``."""
        path = self.path()
        return _component_label(path, len(path) - 1) or article_label(self.article)


def _part_words(lead: str) -> dict[Part, str]:
    """The words of each part, ``lead`` naming the lead-in."""
    return {
        Part.WHOLE: "",
        Part.TITLE: "제목",
        Part.LEAD: lead,
        Part.MAIN: "본문",
        Part.PROVISO: "단서",
        Part.LEAD_MAIN: f"{lead} 본문",
        Part.LEAD_PROVISO: f"{lead} 단서",
        Part.FRONT: "전단",
        Part.BACK: "후단",
        Part.LEAD_FRONT: f"{lead} 전단",
        Part.LEAD_BACK: f"{lead} 후단",
        Part.BODY: "제목 외의 부분",
    }


# :meth:`Location.part_ko`, made once: of a paragraph (False) and of a 호 (True).
_PART_KO = {False: _part_words("각 호 외의 부분"), True: _part_words("각 목 외의 부분")}


def _component_label(path: tuple[object, ...], index: int) -> str:
    value = path[index]
    if index == 0:
        assert isinstance(value, Num)
        return article_label(value)
    if index == 1:
        return f"제{value}항" if value else ""
    if index == 2:
        assert isinstance(value, Num)
        return sub_label(value)
    return f"{value}목"


def _word(path: tuple[object, ...]) -> str:
    """조, 항, 호 or 목 for the provision at ``path`` (the unnumbered paragraph is the 조)."""
    if len(path) == 2:
        return "항" if path[1] else "조"
    return {1: "조", 3: "호", 4: "목"}[len(path)]


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def _common(a: tuple[object, ...], b: tuple[object, ...]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def cite(loc: Location, prev: Location | None) -> str:
    """Cite ``loc`` after ``prev`` in the same sentence: full, or ``같은 조 …``; ``""`` when
    it is the very provision (and part) cited just before."""
    if prev is None or prev.article != loc.article:
        return loc.ko()
    if loc.part is Part.TITLE:
        return "" if prev.part is Part.TITLE else "같은 조의 제목"
    if prev.part is Part.TITLE:
        return _join("같은 조", loc.tail(1), loc.part_ko())
    lp, pp = loc.path(), prev.path()
    if loc.renumbered and pp[:2] != lp[:2]:
        # just numbered by the clause before: 제1항(종전의 제목 외의 부분) 중, without 같은 조
        # (the mirror's bills: 4 sentences so, 3 with 같은 조)
        return _join(loc.tail(1), loc.part_ko())
    k = _common(lp, pp)
    if lp == pp:
        return "" if loc.part == prev.part else _join(f"같은 {_word(lp)}", loc.part_ko())
    if len(lp) == k:  # an ancestor of the previous location
        return _join(f"같은 {_word(lp)}", loc.part_ko())
    return _join(f"같은 {_word(lp[:k])}", loc.tail(k), loc.part_ko())


def cite_object(loc: Location, prev: Location | None) -> str:
    """Like :func:`cite` but never empty (for ``…를 다음과 같이 한다``)."""
    return cite(loc, prev) or _join(f"같은 {_word(loc.path())}", loc.part_ko())


Entry = tuple[Location, Location]
"""A location or a range of consecutive provisions (first, last); single: ``(loc, loc)``."""

# The first part of a provision's text and the second that follows it (본문 and 단서, 전단 and
# 후단), in the main text or in the lead-in.
_PAIRS = {
    Part.MAIN: Part.PROVISO,
    Part.FRONT: Part.BACK,
    Part.LEAD_MAIN: Part.LEAD_PROVISO,
    Part.LEAD_FRONT: Part.LEAD_BACK,
}


def second_part_of(loc: Location, prev: Location | None) -> bool:
    """Whether ``loc`` is the second part (단서, 후단) of the very provision whose first part
    (본문, 전단) ``prev`` cites: the two are cited as a pair, ``제58조제1항 본문 및 단서``."""
    return prev is not None and loc.whole == prev.whole and _PAIRS.get(prev.part) is loc.part


def second_label(loc: Location) -> str:
    """The second part of a pair as the pair cites it: ``단서`` or ``후단`` (the lead-in is
    said once, ``각 호 외의 부분 본문ㆍ단서``)."""
    return "단서" if loc.part in (Part.PROVISO, Part.LEAD_PROVISO) else "후단"


def _entry_text(first: Location, last: Location, head: str) -> str:
    if first == last:
        return head
    return f"{head}부터 {last.short() if len(last.path()) > 1 else last.ko()}까지"


def cite_list(entries: Sequence[Entry], prev: Location | None, lists: str = DEFAULT_LISTS) -> str:
    """Cite several locations (or ranges) in one clause, per the listing rules above; ``lists``:
    whether the articles of a list over several articles are joined with 및 before the last or
    with commas alone, each article's provisions taking 및 before its last
    (:mod:`desktop.core.rules`)."""
    groups: list[list[str]] = []
    articles: list[object] = []  # the article of each group

    def _add(article: object, group: list[str]) -> None:
        groups.append(group)
        articles.append(article)

    open_same = False  # the current group started with 같은 … and takes siblings with ㆍ
    # In a list over several articles, each article's provisions form a group: siblings are
    # joined with ㆍ (제10조제1항ㆍ제2항, 제11조제4항) and one with a part is introduced by
    # 같은 조 (제9조제1항, 같은 조 제3항 각 호 외의 부분), as real bills write them.
    several = len({first.article for first, _ in entries}) > 1
    # The article of the list's current group is already named 같은 조 (a clause that refers
    # back, or a list after the title): a deeper provision follows without repeating it.
    named_same = False
    last = prev
    for k, (first, end) in enumerate(entries):
        if k == 0:
            head = cite(first, prev)
            if not head and len(entries) > 1:  # the provision just cited, and more follow
                head = _join("같은 조", first.tail(1), first.part_ko())
            _add(first.article, [_entry_text(first, end, head)])
            open_same = False  # a clause opening 같은 조 … lists with 및: 같은 조 제3항 및 제4항
            named_same = head.startswith("같은 조 ")
            last = end
            continue
        assert last is not None
        lp, pp = first.path(), last.path()
        if first == end and entries[k - 1][0] == last and second_part_of(first, last):
            # 본문 and 단서 (전단 and 후단) of the same provision as a pair, as the mirror's bills
            # write it: alone 본문 및 단서 (and 전단 및 후단) 218 to ㆍ 22 and to 및 같은 항 단서
            # 7; ending a list within one article with 및 (제7조제1항, 같은 조 제2항 전단 및
            # 후단) 16 to ㆍ 14; inside a list with ㆍ (같은 조 제1항 각 호 외의 부분 본문ㆍ단서,
            # 같은 항 제1호), before a comma 3015 to 1133 and before 및 212 to 9; ending a list
            # over several articles with ㆍ (제5조제2항 및 제8조제3항 전단ㆍ후단) 51 to 13
            if k == len(entries) - 1 and not several:
                _add(first.article, [second_label(first)])
            else:
                groups[-1].append(second_label(first))
        elif first.article != last.article:
            _add(first.article, [_entry_text(first, end, first.ko())])
            open_same = named_same = False
        elif last.part is Part.TITLE:
            # a flat list follows: 제9조의 제목, 같은 조 제1항 및 제2항; the single unnumbered
            # paragraph is 같은 조 itself (제9조의 제목 및 같은 조 중)
            head = _join("같은 조", first.tail(1), first.part_ko())
            open_same, named_same = False, head.startswith("같은 조")
            _add(first.article, [_entry_text(first, end, head)])
        elif (
            named_same and len(lp) > len(pp) > 1 and lp[: len(pp)] != pp and last.part is Part.WHOLE
        ):
            # deeper, under another provision, 같은 조 already said: 같은 조 제1항 및
            # 제2항제2호ㆍ제3호 (the corpus of real sentences: 2 to 0)
            _add(first.article, [_entry_text(first, end, _join(first.tail(1), first.part_ko()))])
            open_same = True
        elif len(lp) == len(pp) and lp[:-1] == pp[:-1] and last.part is Part.WHOLE:
            text = _entry_text(first, end, _join(first.short(), first.part_ko()))
            if (open_same or several) and first.part is Part.WHOLE:
                groups[-1].append(text)
            elif several:
                _add(
                    first.article,
                    [_entry_text(first, end, _join("같은 조", first.tail(1), first.part_ko()))],
                )
                open_same = True
            elif first.part is not Part.WHOLE:
                # a sibling cited with a part follows a whole one as 같은 조 제2항 각 호 외의
                # 부분 (the corpus of real sentences: 14 to 2)
                _add(first.article, [_entry_text(first, end, cite_object(first, last))])
                open_same = True
            else:
                # siblings of a list within one article are separated by commas, 및 before the
                # last (제3조제1항, 제2항 및 제4항), not by ㆍ (제1항ㆍ제2항 및 제4항): the
                # mirror's statute texts write ㆍ about two to one (distinct citations; 2 + 및 a
                # third: 항 221 to 117, 호 198 to 113; 3 or more: 항 46 to 23, 호 111 to 58; 2 +
                # 및 같은 조: 16 to 5), but near even where the list is amended or read (followed
                # by 중 "…", 을 각각 삭제, 을 다음과 같이: 51 to 38; 3 or more 21 to 17), and ㆍ
                # as the house rule gains 1 case of the corpus of real
                # sentences (여수세계박람회 특별법 2014, main) and loses 6 (교육부 직제 2025,
                # 연구직 임용 규정 2011 and 공간정보관리법 2020, main; 도시공원법 2010 and
                # 행정조사기본법 시행령 2024, dev; 전기사업법 시행령 2021, dev2), still 1 to 3
                # with commas kept before a range and after a list opening 같은 조/같은 항
                _add(first.article, [text])
        elif len(pp) > len(lp) or last.part is not Part.WHOLE:
            _add(first.article, [_entry_text(first, end, cite_object(first, last))])
            open_same = True
        else:  # deeper than the previous, or under another provision: 같은 조 제2항제1호
            _add(first.article, [_entry_text(first, end, cite_object(first, last))])
            open_same = True
        last = end
    if lists == LISTS_COMMAS and several:
        return _by_article(groups, articles)
    return join_list(["ㆍ".join(group) for group in groups])


def _by_article(groups: list[list[str]], articles: list[object]) -> str:
    """A list over several articles with commas between the articles and 및 before the last
    provision of each (``제18조제1항 및 제2항, 제20조제1항ㆍ제3항 및 제4항, 제30조``)."""
    blocks: list[list[tuple[str, str]]] = []  # per article: (separator before, text)
    for k, group in enumerate(groups):
        if k == 0 or articles[k] != articles[k - 1]:
            blocks.append([("", group[0])])
        else:
            blocks[-1].append((", ", group[0]))
        blocks[-1].extend(("ㆍ", text) for text in group[1:])
    out = []
    for block in blocks:
        if len(block) > 1:
            block[-1] = (" 및 ", block[-1][1])
        out.append("".join(sep + text for sep, text in block))
    return ", ".join(out)


def join_list(items: Sequence[str], conj: str = "및") -> str:
    """``A``, ``A 및 B``, ``A, B 및 C``."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conj} {items[-1]}"


def _successor(a: object, b: object) -> bool:
    """Whether ``b`` is the next number after ``a`` in the same series (no branch jumps)."""
    if isinstance(a, Num) and isinstance(b, Num):
        if a.branch == 0 and b.branch == 0:
            return b.main == a.main + 1
        return a.branch >= 2 and b.main == a.main and b.branch == a.branch + 1
    if isinstance(a, int) and isinstance(b, int):
        return b == a + 1
    if isinstance(a, str) and isinstance(b, str):
        try:
            return hangul_item_index(b) == hangul_item_index(a) + 1
        except ValueError:
            return False
    return False


def ranges(locs: Sequence[tuple[Location, int]], minimum: int = 3) -> list[Entry]:
    """Group siblings into ranges: ``locs`` are (location, index among its siblings) in order;
    a run of ``minimum`` or more adjacent siblings with successive numbers becomes one range."""
    entries: list[Entry] = []
    run: list[tuple[Location, int]] = []

    def flush() -> None:
        if len(run) >= minimum:
            entries.append((run[0][0], run[-1][0]))
        else:
            entries.extend((loc, loc) for loc, _ in run)
        run.clear()

    for loc, index in locs:
        if run:
            prev_loc, prev_index = run[-1]
            same_parent = prev_loc.path()[:-1] == loc.path()[:-1]
            if not (
                same_parent
                and index == prev_index + 1
                and prev_loc.part is loc.part is Part.WHOLE
                and _successor(prev_loc.path()[-1], loc.path()[-1])
            ):
                flush()
        run.append((loc, index))
    flush()
    return entries
