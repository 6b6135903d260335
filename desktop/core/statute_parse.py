"""Reading a statute as pasted from law.go.kr or ELIS (자치법규정보시스템) into the model.

The pasted layout, one provision per line (wrapped lines are joined back)::

    경기도 행정기구 및 정원 조례
    [시행 2024. 5. 17.] [경기도조례 제7997호, 2024. 5. 16., 일부개정]
    제1장 총칙
    제3조의2(자율신설기구의 성과평가) ① 도지사는 … 별표 4와 같다.
    ② 제1항에 따른 … <개정 2022.12.30.>
    [본조신설 2020.03.16.]
    제4조(홍보기획관) … 다음 각 호의 사무를 분장한다.
    1. 도민소통정책 기획 및 추진에 관한 사항
      가. …
    제7조 삭제 <2021.1.1.>
    부칙 <제7997호,2024.5.16.>
    [별표 1] 정원표(제5조 관련)

Where the history notes go: a note at the end of a line (``<개정 …>``) belongs to the provision
whose text is on that line; the article's own ``notes`` hold the notes of an article line that
carries no text (``제7조 삭제 <2021.1.1.>``, ``제5조(정원) <개정 …>``). Bracketed notes
(``[본조신설 …]``) belong to the article. 부칙 lines are kept as text in ``addenda_text``.

No line is dropped silently: a line that cannot be placed is reported with its line number,
and a number written twice among siblings (a second 제4조, ② or 나목 in the same place; a second
별표 1) is an error at its second line naming the first, as drafting from it would lose one.
"""

from __future__ import annotations

import re
from typing import Any

from desktop.core import statute_syntax as syntax
from desktop.core.amendment_grammar import line_sentences
from desktop.core.kformat import hangul_item_index
from desktop.core.pdfcopy import read_copy
from desktop.core.statute import (
    Annex,
    Article,
    Instrument,
    InstrumentKind,
    Item,
    Num,
    Paragraph,
    Subparagraph,
    uncircled,
)
from desktop.core.statute_render_en import item_letter
from desktop.core.statute_syntax import ParseMessage
from desktop.i18n import N_, Pair


class StatuteParseError(ValueError):
    """Raised by a strict parse when the text has errors; ``messages`` lists them."""

    def __init__(self, messages: list[ParseMessage]) -> None:
        super().__init__("\n".join(str(m) for m in messages))
        self.messages = messages


Provision = Article | Paragraph | Subparagraph | Item


_ORPHANS = {  # kind → (outside any article, under a deleted article)
    "paragraph": (
        N_("A paragraph outside any article was not read."),
        N_("A paragraph under the deleted {article} was not read."),
    ),
    "subparagraph": (
        N_("A subparagraph outside any article was not read."),
        N_("A subparagraph under the deleted {article} was not read."),
    ),
    "item": (
        N_("An item outside any article was not read."),
        N_("An item under the deleted {article} was not read."),
    ),
}


def _sub_label(num: Num) -> str:
    """``제3호`` or ``제3호의2`` (the branch of a 호 follows 호)."""
    return f"제{num.main}호" + (f"의{num.branch}" if num.branch else "")


NOT_A_ROW = N_("Not a table row of {annex} (cells split by tabs or |); read as a one-cell row.")
_AMENDMENT = N_(
    "This line is an amendment sentence (개정문), not text of the instrument: it was not read "
    "into the provision above it. Give the text as it stands, and the changes as changes."
)
_TWICE = N_("{provision} appears twice (lines {first} and {line}): correct the number.")


def _cited(
    art: Article, para: Paragraph | None = None, sub: Num | None = None, item: str = ""
) -> Pair:
    """A provision as a message opens with it: ``제4조제2항제3호가목`` / ``Article 4 (2) 3 (a)``
    (``Subparagraph 3 of Article 4`` when the article's paragraph has no number)."""
    number = para.number if para is not None else 0
    ko = art.label + (f"제{number}항" if number else "")
    en = art.label_en + (f" ({number})" if number else "")
    if sub is not None:
        ko += _sub_label(sub) + (f"{item}목" if item else "")
        if number:
            en += f" {sub.en()}" + (f" ({item_letter(item)})" if item else "")
        else:
            en = f"Subparagraph {sub.en()} of {en}"
            en = f"Item ({item_letter(item)}) of s{en[1:]}" if item else en
    return Pair(ko, en)


class _Reader:
    """The parser's state while it reads the lines in order."""

    def __init__(self) -> None:
        self.inst = Instrument(title="")
        self.messages: list[ParseMessage] = []
        self.title_seen = False
        self.structure_seen = False  # a line other than the title and header was read
        self.mode = "body"  # "body", "addenda" or "annex"
        self.article: Article | None = None
        self.last: Provision | None = None  # where a continued line goes
        self.chapter: list[str] = []
        self.chapter_lines: list[int] = []
        self.addenda: list[str] = []
        self.lineno = 0
        # where each numbered provision was first read: (kind, id of its holder, number) →
        # line; a number read again among the same siblings is an error (:meth:`numbered`)
        self.first_lines: dict[tuple[str, int, object], int] = {}
        self.orphans: Article | None = None  # the article of the last item with no subparagraph

    def warn(self, message_id: str, /, **params: Any) -> None:
        self.messages.append(ParseMessage(self.lineno, message_id, params, "warning"))

    def error(self, message_id: str, /, **params: Any) -> None:
        self.messages.append(ParseMessage(self.lineno, message_id, params, "error"))

    def numbered(self, kind: str, holder: object, number: object, cited: Pair) -> bool:
        """Note where a provision numbered ``number`` among ``holder``'s ``kind`` starts;
        ``False``, after an error naming both lines, when a sibling already has the number
        (a typo: two 제4조 where the second should be 제5조, which would lose one of them)."""
        key = (kind, id(holder), number)
        if key not in self.first_lines:
            self.first_lines[key] = self.lineno
            return True
        self.error(_TWICE, provision=cited, first=self.first_lines[key], line=self.lineno)
        return False

    # -- dispatch ------------------------------------------------------------------------

    def read(self, raw: str) -> None:
        line = syntax.clean_line(raw)
        if not line:
            return
        if syntax.ANNEX.fullmatch(line):
            self.start_annex(line)
        elif self.mode == "addenda":
            self.addenda.append(line)
        elif syntax.ADDENDA.fullmatch(line):
            self.close_chapter()
            self.mode, self.article, self.last = "addenda", None, None
            self.addenda.append(line)
        elif self.mode == "annex" and not self.leaves_annex(raw, line):
            self.annex_row(raw, line)
        else:
            self.mode = "body"
            self.body(line)

    @staticmethod
    def leaves_annex(raw: str, line: str) -> bool:
        """Whether a line inside an annex starts an article or chapter (and is no table row)."""
        row = "\t" in raw.strip() or "|" in line
        return not row and bool(syntax.ARTICLE.match(line) or syntax.CHAPTER.match(line))

    def body(self, line: str) -> None:
        if not self.inst.articles and syntax.HEADER.match(line):
            self.header(line)
            return
        title = line.partition("[시행")[0].strip()
        if not self.title_seen and not self.structure_seen and not syntax.is_marked(title):
            self.title(line)
            return
        self.structure_seen = True
        article = syntax.ARTICLE.match(line)
        titled = article is not None and line.startswith("(", article.end())  # 제1조(목적) …
        if not titled and line_sentences(line) is not None:
            # An amendment sentence (제2조제1항 중 "국"을 "실"로 한다., 제3조 중 "A"를 "B"로
            # 한다.) is no text of the instrument: read as one, it would end the provision
            # above it or start a second 제3조. In the consolidated texts of the 5,674
            # instruments of the statute mirror, 1 line before the 부칙 reads as one (a 1910s
            # 조선총독부 text), and none of the 203,369 article lines (제N조(제목) and their
            # first sentence); amendment sentences belong to 부칙 and amending bills. An
            # article line with its title is not tried: trying every one made reading the
            # province sample's texts 45 % slower.
            self.error(_AMENDMENT)
        elif article is not None and self.start_article(article, line):
            pass
        elif syntax.CHAPTER.match(line):
            self.chapter.append(line)
            self.chapter_lines.append(self.lineno)
            self.article, self.last = None, None
        elif syntax.BRACKETS.fullmatch(line):
            self.annotations(syntax.BRACKET.findall(line))
        elif match := syntax.PARAGRAPH.fullmatch(line):
            self.paragraph(uncircled(match.group(1)), match.group(2))
        elif match := syntax.SUBPARAGRAPH.fullmatch(line):
            num = Num(int(match.group(1)), int(match.group(2) or 0))
            self.subparagraph(num, match.group(3) or "")
        elif (match := syntax.ITEM.fullmatch(line)) and not self.runs_on(
            match.group(1), match.group(2) or ""
        ):
            self.item(match.group(1), match.group(2) or "")
        else:
            self.continued(line)

    # -- instrument ----------------------------------------------------------------------

    def header(self, line: str) -> None:
        inst = self.inst
        inst.header = f"{inst.header} {line}".strip()
        inst.number, inst.date = syntax.read_header(inst.header)

    def title(self, line: str) -> None:
        self.title_seen = True
        title, _, header = line.partition("[시행")
        title = title.strip()
        if title.startswith("「") and title.endswith("」"):
            title = title[1:-1].strip()
        self.inst.title = title
        if header:
            self.header("[시행" + header)

    def close_chapter(self) -> None:
        self.messages.extend(
            ParseMessage(lineno, N_("A chapter heading is not followed by an article."))
            for lineno in self.chapter_lines
        )
        self.chapter, self.chapter_lines = [], []

    # -- articles and their provisions -------------------------------------------------

    def start_article(self, match: re.Match[str], line: str) -> bool:
        """Start an article; ``False`` when the line reads better as continued text."""
        num = Num(int(match.group(1)), int(match.group(2) or 0))
        rest = line[match.end() :].strip()
        title = ""
        prev = self.inst.articles[-1].num if self.inst.articles else None
        label = Article(num).label
        cited = Pair(label, Article(num).label_en)
        previous = Pair(Article(prev).label, Article(prev).label_en) if prev else None
        if line[match.end() : match.end() + 1] == "(":
            split = syntax.split_title(line[match.end() :])
            if split is None:
                self.warn(
                    N_("The title bracket of {article} is not closed; read as text."),
                    article=cited,
                )
            else:
                title, rest = split[0].strip(), split[1]
        elif prev is not None and num <= prev and self.last and not self.last.deleted:
            self.warn(
                N_(
                    "Starts with {label} but follows {previous}; read as the continued text of "
                    "the provision before."
                ),
                label=label,
                previous=previous,
            )
            return False
        twice = not self.numbered("article", self.inst, num, cited)
        if not twice and prev is not None and num <= prev:
            self.warn(
                N_("{article} is out of sequence (after {previous})."),
                article=cited,
                previous=previous,
            )
        article = Article(num, title=title, chapter="\n".join(self.chapter))
        self.chapter, self.chapter_lines = [], []
        self.inst.articles.append(article)
        self.article = self.last = article
        text, notes, annotations = syntax.split_tail(rest)
        article.annotations.extend(annotations)
        if text == syntax.DELETED:
            article.deleted, article.notes = True, notes
        elif match := syntax.PARAGRAPH.fullmatch(text):
            self.paragraph(uncircled(match.group(1)), match.group(2), notes)
        elif text:
            self.paragraph(0, text, notes)
        else:
            article.notes = notes
        return True

    def annotations(self, brackets: list[str]) -> None:
        if self.article is None:
            self.error(N_("A bracketed note ([본조신설 …] etc.) outside any article was not read."))
            return
        self.article.annotations.extend(brackets)
        self.last = None

    def holder(self, kind: str) -> Article | None:
        """The current article, able to take a provision of ``kind`` (``paragraph``,
        ``subparagraph``, ``item``); reports an error when there is none."""
        art = self.article
        outside, under_deleted = _ORPHANS[kind]
        if art is None:
            self.error(outside)
        elif art.deleted:
            self.error(under_deleted, article=Pair(art.label, art.label_en))
            art = None
        return art

    def paragraph(self, number: int, rest: str, notes: list[str] | None = None) -> None:
        art = self.holder("paragraph")
        if art is None:
            return
        expected = art.paragraphs[-1].number + 1 if art.paragraphs else 1
        twice = bool(number) and not self.numbered(
            "paragraph", art, number, _cited(art, Paragraph(number))
        )
        if number and number != expected and not twice:
            self.warn(
                N_("Paragraph ({number}) of {article} is out of sequence (expected ({expected}))."),
                article=Pair(art.label, art.label_en),
                number=number,
                expected=expected,
            )
        para = Paragraph(number)
        art.paragraphs.append(para)
        self.fill(para, rest, notes)

    def subparagraph(self, num: Num, rest: str) -> None:
        art = self.holder("subparagraph")
        if art is None:
            return
        if not art.paragraphs:
            art.paragraphs.append(Paragraph(0))
        para = art.paragraphs[-1]
        if para.deleted:
            self.error(N_("A subparagraph under a deleted paragraph was not read."))
            return
        subs = para.subparagraphs
        allowed = syntax.next_nums(subs[-1].num) if subs else (Num(1),)
        twice = not self.numbered("subparagraph", para, num, _cited(art, para, num))
        if num not in allowed and not twice:
            self.warn(
                N_("Subparagraph {number} of {article} is out of sequence (expected {expected})."),
                article=Pair(art.label, art.label_en),
                number=Pair(_sub_label(num), num.en()),
                expected=Pair(_sub_label(allowed[0]), allowed[0].en()),
            )
        sub = Subparagraph(num)
        subs.append(sub)
        self.fill(sub, rest)

    def runs_on(self, label: str, rest: str) -> bool:
        """Whether a line that starts like an item (``다. …``) is rather the wrapped rest of
        the text above it, as a page breaks before the last syllable of ``…수행한다.``: it
        has no text, or it is ``다. …`` with no subparagraph it could belong to (and no item
        before it in the article that had none: items written under no subparagraph, 가. 나.
        다., are reported as such). A warning says it is read so; the text is kept."""
        last = self.last
        if last is None or last.deleted or isinstance(last, Article):
            return False
        para = self.article.paragraphs[-1] if self.article and self.article.paragraphs else None
        if rest and (
            label != "다" or (para and para.subparagraphs) or self.orphans is self.article
        ):
            return False
        self.warn(
            N_(
                "“{label}” cannot start an item here; read as the continued text of the "
                "provision before."
            ),
            label=f"{label}.",
        )
        return True  # read by :meth:`continued`

    def item(self, label: str, rest: str) -> None:
        art = self.holder("item")
        if art is None:
            return
        para = art.paragraphs[-1] if art.paragraphs else None
        if para is None or not para.subparagraphs or para.subparagraphs[-1].deleted:
            self.orphans = art
            self.error(
                N_("Item ({item}) of {article} has no subparagraph to belong to."),
                item=label,
                article=Pair(art.label, art.label_en),
            )
            return
        sub = para.subparagraphs[-1]
        expected = hangul_item_index(sub.items[-1].label) + 1 if sub.items else 0
        twice = not self.numbered("item", sub, label, _cited(art, para, sub.num, label))
        if hangul_item_index(label) != expected and not twice:
            self.warn(
                N_("Item ({item}) of subparagraph {number} of {article} is out of sequence."),
                item=label,
                number=Pair(_sub_label(sub.num), sub.num.en()),
                article=Pair(art.label, art.label_en),
            )
        item = Item(label)
        sub.items.append(item)
        self.fill(item, rest)

    def fill(
        self, prov: Paragraph | Subparagraph | Item, rest: str, notes: list[str] | None = None
    ) -> None:
        """Set a new provision's text and notes from the rest of its line."""
        text, tail_notes, annotations = syntax.split_tail(rest)
        prov.notes = [*(notes or []), *tail_notes]
        if self.article is not None:
            self.article.annotations.extend(annotations)
        if text == syntax.DELETED:
            prov.deleted = True
        else:
            prov.text = text
        self.last = prov

    def continued(self, line: str) -> None:
        """A line without a marker: the wrapped rest of the previous provision's text."""
        target = self.last
        if target is None or target.deleted:
            if not self.inst.articles and not self.chapter:
                self.warn(N_("Text before the first article was not read."))
            else:
                self.error(N_("This line belongs to no provision and was not read."))
            return
        text, notes, annotations = syntax.split_tail(line)
        if isinstance(target, Article):
            if text:
                para = Paragraph(0)
                target.paragraphs.append(para)
                self.fill(para, line)
            else:
                target.notes.extend(notes)
                target.annotations.extend(annotations)
            return
        target.text = f"{target.text} {text}".strip()
        target.notes.extend(notes)
        if self.article is not None:
            self.article.annotations.extend(annotations)

    # -- annexes and addenda -----------------------------------------------------------

    def start_annex(self, line: str) -> None:
        self.close_chapter()
        match = syntax.ANNEX.fullmatch(line)
        assert match is not None
        num = Num(int(match.group(1) or 1), int(match.group(2) or 0))
        annex = Annex(num, title=match.group(3), numbered=match.group(1) is not None)
        self.numbered("annex", self.inst, num, Pair(annex.label, annex.label_en))
        self.inst.annexes.append(annex)
        self.mode, self.article, self.last = "annex", None, None

    def annex_row(self, raw: str, line: str) -> None:
        annex = self.inst.annexes[-1]
        stripped = raw.translate(syntax.INVISIBLE).strip()
        if "\t" in stripped:
            annex.rows.append([syntax.clean_line(cell) for cell in stripped.split("\t")])
        elif "|" in line:
            annex.rows.append(syntax.table_cells(line))
        else:
            self.warn(NOT_A_ROW, annex=Pair(annex.label, annex.label_en))
            annex.rows.append([line])

    def finish(self) -> Instrument:
        self.close_chapter()
        self.inst.addenda_text = "\n".join(self.addenda)
        if not self.inst.title:
            self.messages.append(ParseMessage(1, N_("No title was found."), {}, "warning"))
        return self.inst


def parse_instrument(
    text: str, *, kind: InstrumentKind | None = None, strict: bool = False
) -> tuple[Instrument, list[ParseMessage]]:
    """Read a pasted statute; returns the instrument and what was noticed on the way.

    ``kind`` is guessed from the title when not given. With ``strict``, raises
    :class:`StatuteParseError` when any message is an error.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pasted = read_copy(text)  # a copy from a PDF: page numbers, 제 3 조, 1 명
    if pasted is not None:
        text = pasted.text
    reader = _Reader()
    lines = text.split("\n")
    for lineno, raw in enumerate(lines, start=1):
        reader.lineno = lineno
        reader.read(raw)
    inst = reader.finish()
    inst.kind = kind if kind is not None else syntax.guess_kind(inst.title)
    messages = reader.messages
    if pasted is not None:
        messages = [*pasted.notes(), *map(pasted.located, messages)]
    messages = sorted(messages, key=lambda m: m.line)
    errors = [m for m in messages if m.severity == "error"]
    if strict and errors:
        raise StatuteParseError(errors)
    return inst, messages
