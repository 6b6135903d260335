"""The comparison table of a bill (신구조문대비표), per ``shared/domain/drafting-ko.md`` §5.

One :class:`Row` per changed article in order (after a row for a changed instrument title,
before the rows of changed annexes), with two cells: current text (현 행) and amended text
(개 정 안). A cell is a list of lines; a line a list of :class:`Run` — a piece of text and
whether it is underlined. The article heading (``제4조(…)``) opens both cells, its changed
words underlined, followed on the same line by the first provision.

- An unchanged provision inside a shown article: ``① (생 략)`` / ``① (현행과 같음)``; two
  neighbours ``①ㆍ② (생 략)``, a run of three or more ``1. ∼ 3. (생 략)``.
- A new provision: ``<신 설>`` in the current column, its full text underlined in the other; a
  deleted one: its full text underlined, ``<삭 제>`` in the amended column.
- Siblings renumbered to make room, as the bill renumbers them: the new one ``<신 설>`` beside
  its text, a moved one ``3. (생 략)`` beside ``4. (현행 제3호와 같음)``, never the old
  provision beside the new one that takes its number as if one were rewritten into the other.
- A provision with replaced words: the quoted units (see :mod:`.textdiff`) underlined in both
  columns; in the amended column, with ``hyphens=True``, every unchanged stretch becomes one
  hyphen per character (``① ------ 미래평생교육국 ---``), the number kept.
- A provision or article rewritten whole is shown in full in both columns, changed words
  underlined, nothing omitted.

Blocks are padded with empty lines so that a provision starts on the same line in both cells.
English (``lang="en"``) uses the ``*_en`` texts, ``Current`` / ``Amended``, ``(Omitted)``,
``(Same as current)``, ``<Newly inserted>`` and ``<Deleted>``; structure comes from the Korean.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from desktop.core.drafting.cells import (
    ComparisonTable,
    Line,
    Row,
    Run,
    Spans,
    hyphenated,
    merge_runs,
    pad,
    underlined,
)
from desktop.core.drafting.diff import (
    ArticleDiff,
    InstrumentDiff,
    ProvisionDiff,
    Shift,
    Status,
    diff_instruments,
)
from desktop.core.drafting.location import Location
from desktop.core.drafting.sentences_en import kind_en, short_en
from desktop.core.drafting.table_annex import annex_row
from desktop.core.drafting.textdiff import TextDiff, diff_text, normalise
from desktop.core.korean import attach
from desktop.core.rules import DEFAULT_MAX_REPLACEMENTS, DEFAULT_REWRITE_THRESHOLD
from desktop.core.statute import Article, Instrument, Item, Paragraph, Subparagraph, circled
from desktop.core.statute_render_en import MISSING, item_letter

Provision = Paragraph | Subparagraph | Item


WORDS = {
    "ko": {
        "headers": ("현 행", "개 정 안"),
        "omitted": "(생 략)",
        "same": "(현행과 같음)",
        "new": "<신 설>",
        "deleted": "<삭 제>",
        "through": "∼",
        "and": "ㆍ",
        "title": "제명",
        "moved": "(현행 {} 같음)",
    },
    "en": {
        "headers": ("Current", "Amended"),
        "omitted": "(Omitted)",
        "same": "(Same as current)",
        "new": "<Newly inserted>",
        "deleted": "<Deleted>",
        "through": "to",
        "and": " and ",
        "title": "Title",
        "moved": "(Same as current {})",
    },
}


class _Builder:
    def __init__(self, lang: str, hyphens: bool, terms_en: Collection[str]) -> None:
        self.lang, self.hyphens, self.terms_en = lang, hyphens, terms_en
        self.w = WORDS[lang]

    # -- texts and markers ---------------------------------------------------------------

    def text(self, prov: Provision) -> str:
        if self.lang == "ko":
            return normalise(prov.text)
        return normalise(prov.text_en) or (MISSING if prov.text else "")

    def title(self, art: Article) -> str:
        if self.lang == "ko":
            return art.title
        return art.title_en or (MISSING if art.title else "")

    def mark(self, prov: Provision | None, loc: Location) -> tuple[str, str]:
        """(indent, number) of a provision: ``("", "①")``, ``("", "3의2.")``, ``("  ", "가.")``."""
        ko = self.lang == "ko"
        if loc.item is not None:
            label = prov.label if isinstance(prov, Item) else loc.item
            return "  ", f"{label}." if ko else f"({item_letter(label)})"
        if loc.subparagraph is not None:
            num = prov.num if isinstance(prov, Subparagraph) else loc.subparagraph
            return "", f"{num.ko() if ko else num.en()}."
        number = prov.number if isinstance(prov, Paragraph) else (loc.paragraph or 0)
        return "", (circled(number) if ko else f"({number})") if number else ""

    def spans(self, pd_text: TextDiff | None, old: str, new: str) -> tuple[Spans, Spans]:
        """Underlined spans in the displayed old and new texts."""
        if self.lang == "ko":
            diff = pd_text
        elif MISSING in (old, new):
            return [], []
        else:
            diff = diff_text(old, new, self.terms_en, korean=False)
        if diff is None:
            return [], []
        # each change underlined on its own, also when nearby ones are quoted as one
        return (
            [(e.old_start, e.old_end) for e in diff.judged if e.old_end > e.old_start],
            [(e.new_start, e.new_end) for e in diff.judged if e.new_end > e.new_start],
        )

    # -- provisions ------------------------------------------------------------------------

    def full_lines(self, prov: Provision, loc: Location, underline: bool) -> list[Line]:
        """A provision and everything below it, as plain or wholly underlined lines."""
        indent, mark = self.mark(prov, loc)
        lines: list[Line] = []
        own = " ".join(filter(None, (mark, self.text(prov))))
        if own:
            lines.append(merge_runs([Run(indent), Run(own, underline)]))
        for child, child_loc in _children(prov, loc):
            lines.extend(self.full_lines(child, child_loc, underline))
        return lines

    def own_line(self, pd: ProvisionDiff, side: str, full: bool) -> Line | None:
        prov = pd.old if side == "old" else pd.new
        assert prov is not None and pd.old is not None and pd.new is not None
        indent, mark = self.mark(prov, pd.location)
        head = [Run(indent), Run(f"{mark} " if mark else "")]
        if pd.text is None:
            text = self.text(prov)
            if not text:
                return None
            if full:
                return merge_runs([*head, Run(text)])
            return merge_runs([*head, Run(self.w["omitted" if side == "old" else "same"])])
        old_text, new_text = self.text(pd.old), self.text(pd.new)
        old_spans, new_spans = self.spans(pd.text, old_text, new_text)
        if side == "old":
            return merge_runs([*head, *underlined(old_text, old_spans)])
        if self.hyphens and not full and pd.text_status is not Status.REWRITTEN:
            return merge_runs([*head, *hyphenated(new_text, new_spans)])
        return merge_runs([*head, *underlined(new_text, new_spans)])

    def block(self, pd: ProvisionDiff, full: bool) -> tuple[list[Line], list[Line]]:
        """The lines of one changed provision in both columns."""
        if pd.status is Status.INSERTED:
            assert pd.new is not None
            return [[Run(self.w["new"])]], self.full_lines(pd.new, pd.location, True)
        if pd.status is Status.DELETED:
            assert pd.old is not None
            return self.full_lines(pd.old, pd.location, True), [[Run(self.w["deleted"])]]
        full = full or pd.status is Status.REWRITTEN
        cur: list[Line] = []
        new: list[Line] = []
        for side, lines in (("old", cur), ("new", new)):
            own = self.own_line(pd, side, full)
            if own is not None:
                lines.append(own)
        pad(cur, new)
        if pd.children:
            kids_cur, kids_new = self.blocks(pd.children, full, pd.shift)
        else:  # subdivisions appeared or vanished: shown whole, underlined
            kids_cur = self.children_lines(pd.old, pd.location)
            kids_new = self.children_lines(pd.new, pd.location)
        return cur + kids_cur, new + kids_new

    def children_lines(self, prov: Provision | None, loc: Location) -> list[Line]:
        if prov is None:
            return []
        return [
            line
            for child, child_loc in _children(prov, loc)
            for line in self.full_lines(child, child_loc, True)
        ]

    def blocks(
        self, pds: list[ProvisionDiff], full: bool, shift: Shift | None = None
    ) -> tuple[list[Line], list[Line]]:
        """Sibling provisions, runs of unchanged ones collapsed unless ``full``; the siblings
        a renumbering accounts for (``shift``) shown where the bill puts them
        (:meth:`shifted`)."""
        involved = shift.involved if shift is not None else frozenset()
        cur: list[Line] = []
        new: list[Line] = []
        i = 0
        while i < len(pds):
            pd = pds[i]
            if i in involved:
                assert shift is not None
                if i == min(involved):
                    block_cur, block_new = self.shifted(pds, shift, full)
                    cur += block_cur
                    new += block_new
                    pad(cur, new)
                i += 1
                continue
            if pd.status is Status.UNCHANGED and not full:
                j = i
                while (
                    j + 1 < len(pds)
                    and pds[j + 1].status is Status.UNCHANGED
                    and j + 1 not in involved
                ):
                    j += 1
                marks = [(pd.old or pd.new, pd.location) for pd in pds[i : j + 1]]
                cur.append(self.collapsed(marks, self.w["omitted"]))
                marks = [(pd.new or pd.old, pd.location) for pd in pds[i : j + 1]]
                new.append(self.collapsed(marks, self.w["same"]))
                i = j + 1
                continue
            if pd.status is Status.UNCHANGED:
                if pd.old is not None:
                    cur += self.full_lines(pd.old, pd.location, False)
                if pd.new is not None:
                    new += self.full_lines(pd.new, pd.location, False)
            else:
                block_cur, block_new = self.block(pd, full)
                cur += block_cur
                new += block_new
            pad(cur, new)
            i += 1
        return cur, new

    def shifted(
        self, pds: list[ProvisionDiff], shift: Shift, full: bool
    ) -> tuple[list[Line], list[Line]]:
        """Siblings renumbered to make room, in the order of the new numbers as the bill
        says it (``제3호를 제4호로 하고, 같은 항에 제3호를 다음과 같이 신설한다``): a new one as
        ``<신 설>`` beside its text, a moved one as ``3. (생 략)`` beside ``4. (현행 제3호와
        같음)`` (neighbours together: ``3. ∼ 5. (생 략)`` / ``4. ∼ 6. (현행 제3호부터 제5호까지와
        같음)``), one whose number a moved one takes as its text beside ``<삭 제>``. Shown in
        full (``full``), a moved one is its text in both columns."""
        source = {j: i for i, j in shift.moves}
        cur: list[Line] = []
        new: list[Line] = []
        run: list[tuple[ProvisionDiff, ProvisionDiff]] = []

        def flush() -> None:
            if full:
                for was, now in run:
                    assert was.old is not None and now.new is not None
                    cur.extend(self.full_lines(was.old, was.location, False))
                    new.extend(self.full_lines(now.new, now.location, False))
                    pad(cur, new)
            elif run:
                cur.append(
                    self.collapsed([(was.old, was.location) for was, _ in run], self.w["omitted"])
                )
                said = self.w["moved"].format(self.cited([was.location for was, _ in run]))
                new.append(self.collapsed([(now.new, now.location) for _, now in run], said))
            run.clear()

        for k in sorted(shift.involved):
            if k in source:
                run.append((pds[source[k]], pds[k]))
            pd = pds[k]
            if k in shift.inserted:  # its number freed by the move: 같은 항에 제3호를 신설
                assert pd.new is not None
                flush()
                cur.append([Run(self.w["new"])])
                new.extend(self.full_lines(pd.new, pd.location, True))
                pad(cur, new)
            if k in shift.deleted:  # its number taken by the move: 제11호를 삭제하고
                assert pd.old is not None
                flush()
                cur.extend(self.full_lines(pd.old, pd.location, True))
                new.append([Run(self.w["deleted"])])
                pad(cur, new)
        flush()
        return cur, new

    def cited(self, locs: list[Location]) -> str:
        """Provisions of the current text named in the words of the table: ``제3호``,
        ``제3항 및 제4항``, ``제3호부터 제5호까지``, with the particle that follows
        (``제3호와``, ``제4항과``); in English as the sentences name them: ``subparagraph 3``,
        ``paragraphs (3) through (5)``."""
        if self.lang == "ko":
            labels = [loc.short() for loc in locs]
            if len(labels) > 2:
                return attach(f"{labels[0]}부터 {labels[-1]}까지", "와/과")
            return attach(" 및 ".join(labels), "와/과")
        singular, plural = kind_en(locs[0])  # as the English sentence names them
        first, last = short_en(locs[0]), short_en(locs[-1])
        if len(locs) == 1:
            return f"{singular} {first}"
        return f"{plural} {first} {'through' if len(locs) > 2 else 'and'} {last}"

    def collapsed(self, marks: list[tuple[Provision | None, Location]], said: str) -> Line:
        """``① (생 략)``, ``①ㆍ② (생 략)``, ``1. ∼ 3. (생 략)``: siblings shown by their
        numbers (as ``marks`` gives them: the version of the column) and what is said of
        them."""
        numbers = [self.mark(prov, loc) for prov, loc in marks]
        indent, mark = numbers[0]
        if len(numbers) == 2:
            mark = f"{mark}{self.w['and']}{numbers[1][1]}"
        elif len(numbers) > 2:
            mark = f"{mark} {self.w['through']} {numbers[-1][1]}"
        return merge_runs([Run(indent), Run(" ".join(filter(None, (mark, said))))])

    # -- rows ------------------------------------------------------------------------------

    def heading(self, art: Article, spans: Spans) -> Line:
        label = art.label if self.lang == "ko" else art.label_en + " "
        title = self.title(art)
        if not title:
            return [Run(label.rstrip())]
        return merge_runs([Run(f"{label}("), *underlined(title, spans), Run(")")])

    def article_row(self, ad: ArticleDiff) -> Row:
        label = ad.location.ko() if self.lang == "ko" else f"Article {ad.num.en()}"
        if ad.status in (Status.INSERTED, Status.DELETED):
            art = ad.new if ad.status is Status.INSERTED else ad.old
            assert art is not None
            lines = self.article_lines(art)
            marker = [[Run(self.w["new" if ad.status is Status.INSERTED else "deleted"])]]
            if ad.status is Status.INSERTED:
                return Row(label, marker, lines)
            return Row(label, lines, marker)
        assert ad.old is not None and ad.new is not None
        full = ad.status is Status.REWRITTEN
        old_title, new_title = self.title(ad.old), self.title(ad.new)
        if self.lang == "ko":
            title_spans = self.spans(ad.title, old_title, new_title)
        else:
            title_spans = self.spans(None, old_title, new_title) if ad.title else ([], [])
        cur, new = self.blocks(ad.paragraphs, full, ad.shift)
        heads = (self.heading(ad.old, title_spans[0]), self.heading(ad.new, title_spans[1]))
        for lines, head in ((cur, heads[0]), (new, heads[1])):
            if lines and lines[0]:
                lines[0] = merge_runs([*head, Run(" "), *lines[0]])
            else:
                lines.insert(0, head)
        pad(cur, new)
        return Row(label, cur, new)

    def article_lines(self, art: Article) -> list[Line]:
        """A whole inserted or deleted article, underlined."""
        lines: list[Line] = []
        for para in art.paragraphs:
            lines += self.full_lines(para, Location(art.num, para.number), True)
        head = [Run("".join(run.text for run in self.heading(art, [])), True)]
        if lines and lines[0]:
            lines[0] = merge_runs([*head, Run(" ", True), *lines[0]])
        else:
            lines.insert(0, head)
        return lines


def _children(prov: Provision, loc: Location) -> list[tuple[Provision, Location]]:
    if isinstance(prov, Paragraph):
        return [
            (s, Location(loc.article, loc.paragraph, s.num))
            for s in prov.subparagraphs
            if not s.deleted
        ]
    if isinstance(prov, Subparagraph):
        return [
            (i, Location(loc.article, loc.paragraph, loc.subparagraph, i.label))
            for i in prov.items
            if not i.deleted
        ]
    return []


def table_from_diff(
    diff: InstrumentDiff,
    *,
    hyphens: bool = True,
    lang: str = "ko",
    atomic_terms_en: Collection[str] = frozenset(),
    names_en: Mapping[str, str] | None = None,
    renamed: Mapping[str, str] | None = None,
) -> ComparisonTable:
    """The comparison table of a computed diff (``names_en``: Korean names with their
    English, for an annex without English rows; ``renamed``: the renamed units' old names
    with their new ones, whose rows an annex pairs wherever they stand)."""
    if lang not in WORDS:
        raise ValueError(f"lang must be 'ko' or 'en', not {lang!r}")
    builder = _Builder(lang, hyphens, atomic_terms_en)
    rows: list[Row] = []
    if diff.title is not None:
        if lang == "ko":
            old, new = diff.title.old, diff.title.new
            spans = builder.spans(diff.title, old, new)
        else:
            old = diff.old.title_en or MISSING
            new = diff.new.title_en or MISSING
            spans = builder.spans(None, old, new)
        rows.append(
            Row(WORDS[lang]["title"], [underlined(old, spans[0])], [underlined(new, spans[1])])
        )
    rows.extend(builder.article_row(ad) for ad in diff.changed_articles())
    rows.extend(
        annex_row(ad, lang, WORDS[lang], names_en, renamed)
        for ad in diff.annexes
        if ad.status is not Status.UNCHANGED
    )
    title = diff.old.title if lang == "ko" else diff.old.title_en or MISSING
    return ComparisonTable(title, WORDS[lang]["headers"], rows)


def comparison_table(
    old: Instrument,
    new: Instrument,
    *,
    atomic_terms: Collection[str] = frozenset(),
    atomic_terms_en: Collection[str] = frozenset(),
    hyphens: bool = True,
    lang: str = "ko",
    rewrite_threshold: float = DEFAULT_REWRITE_THRESHOLD,
    max_replacements: int = DEFAULT_MAX_REPLACEMENTS,
) -> ComparisonTable:
    """The comparison table (신구조문대비표) of ``old`` → ``new`` in ``lang`` (``"ko"``/``"en"``).

    ``hyphens=False`` shows the amended column in full instead of hyphenating unchanged text.
    """
    diff = diff_instruments(
        old,
        new,
        atomic_terms=atomic_terms,
        rewrite_threshold=rewrite_threshold,
        max_replacements=max_replacements,
    )
    return table_from_diff(diff, hyphens=hyphens, lang=lang, atomic_terms_en=atomic_terms_en)
