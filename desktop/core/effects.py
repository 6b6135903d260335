"""What the changes do to the statute texts.

Given the current instruments and the applied changes, :func:`amend_instruments` produces the
new instrument texts that the drafting engine compares with the old ones:

- a rename replaces the unit's whole name everywhere it occurs (titles included; never a
  fragment of a longer name);
- a new bureau-level unit gets a new ordinance article, a branch article (제12조의2) after the
  article of the unit before it; a unit that gains divisions gets a new rule article;
- an abolished unit's article is deleted (the number stays, as ``삭제``);
- a unit whose duties, superior or kind changed gets its article rebuilt from its data;
- a change of the total staffing replaces the total in the text (the instrument's own total
  moved by the change where it counts posts the tree leaves out) and rebuilds the staffing
  annex (별표 whose title mentions 정원), its English rows with it.

Each change's consequences are also described in words, for the change list.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from desktop.core import annex_en, articles, patterns, staffing_annex, textkeep
from desktop.core.apply import ApplyResult
from desktop.core.grades import DEFAULT_GRADES, GROUPS, Grade
from desktop.core.kinds import Deltas
from desktop.core.kinds.base import Regraded
from desktop.core.kinds.head_grade import HeadGrade
from desktop.core.korean import attach
from desktop.core.org import Level, Organization, Unit
from desktop.core.orgread import grade_codes, graded_titles, placed_names
from desktop.core.statute import Annex, Article, Instrument, InstrumentKind, Num


@dataclass
class Consequence:
    """One effect on a statute text, in words: ``제12조의2 신설`` / ``inserts Article 12-2``."""

    ko: str
    en: str


@dataclass
class StatuteResult:
    """The new instrument texts, the provisions with a later date of their own, and what each
    change did to the texts (in words, and as the provisions it touched)."""

    instruments: dict[str, Instrument]
    staged: dict[tuple[str, Num], dt.date] = field(default_factory=dict)
    consequences: dict[str, list[Consequence]] = field(default_factory=dict)
    cites: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    losses: list[textkeep.TextLoss] = field(default_factory=list)  # articles kept as they were
    # the provisions that state the staffing (the total, the staffing annex) and change with
    # it, whichever changes moved it: a ChangeStaffing, or a unit set up or abolished with staff
    staffing: list[tuple[str, str]] = field(default_factory=list)
    # the total staffing each instrument states (정원은 N명), before and after the changes: the
    # tree's sum, or the instrument's own count where it counts posts the tree leaves out
    totals: dict[str, tuple[int, int]] = field(default_factory=dict)

    def cite(self, change_ids: Iterable[str], cite: tuple[str, str]) -> None:
        """Record that changes touch a provision: (instrument key, provision label)."""
        for cid in change_ids:
            cites = self.cites.setdefault(cid, [])
            if cite not in cites:
                cites.append(cite)

    def add(self, change_ids: Iterable[str], ko: str, en: str, cite: tuple[str, str]) -> None:
        """Record an effect of changes in words, and the provision it touches."""
        change_ids = list(change_ids)
        for cid in change_ids:
            items = self.consequences.setdefault(cid, [])
            if not any(c.ko == ko for c in items):
                items.append(Consequence(ko, en))
        self.cite(change_ids, cite)

    def cited(self, change_ids: Iterable[str], key: str) -> list[str]:
        """Labels of the provisions of instrument ``key`` touched by these changes, in order."""
        labels: list[str] = []
        for cid in change_ids:
            for inst_key, label in self.cites.get(cid, []):
                if inst_key == key and label not in labels:
                    labels.append(label)
        return labels


def amend_instruments(
    old_org: Organization,
    applied: ApplyResult,
    instruments: dict[str, Instrument],
    grades: tuple[Grade, ...] = DEFAULT_GRADES,
    roles: dict[str, frozenset[str]] | None = None,
) -> StatuteResult:
    """New texts for every instrument in ``instruments`` (keyed by the project's keys).

    ``roles`` (by key; see :class:`desktop.core.project.Role`) limits what each instrument
    gets: a staffing-only instrument never gets unit articles, an instrument without the
    staffing role never has its total or staffing annex replaced."""
    roles = roles or {}
    result = StatuteResult({key: copy.deepcopy(inst) for key, inst in instruments.items()})
    # Units whose data lacks the duties their articles state keep them (no silent loss).
    old_org, applied = textkeep.with_text_duties(old_org, applied, instruments)
    placed = frozenset(
        name
        for inst in instruments.values()
        for art in inst.articles
        for sentence in textkeep.sentences(art)
        for name in placed_names(sentence)
    )
    dates = {rec.change_id: rec.effective for rec in applied.records}
    for key, inst in result.instruments.items():
        touched: dict[Num, set[str]] = {}
        _rename_everywhere(key, inst, applied, touched, result)
        _regrade_everywhere(key, inst, applied, touched, result)
        role = roles.get(key)
        if role is None or role - {"staffing"}:  # a 정원 조례 alone gets no unit articles
            _unit_articles(key, instruments[key], inst, old_org, applied, touched, result, placed)
        if (role is None or "staffing" in role) and inst.kind is InstrumentKind.ORDINANCE:
            _staffing(key, inst, old_org, applied, grades, result)
        for num, change_ids in touched.items():
            own = {dates.get(cid) for cid in change_ids}
            if len(own) == 1 and None not in own:
                result.staged[(key, num)] = own.pop()
    return result


def _unit_articles(
    key: str,
    original: Instrument,
    inst: Instrument,
    old_org: Organization,
    applied: ApplyResult,
    touched: dict[Num, set[str]],
    result: StatuteResult,
    placed: frozenset[str],
) -> None:
    """The units' own articles and list articles: in the builders' pattern when the instrument
    is written in it (the fallback), else in the instrument's own (:mod:`.patterns`)."""
    if inst.kind is InstrumentKind.ORDINANCE:
        governs = lambda org, unit: articles.governs_ordinance(unit)  # noqa: E731
        build, own_duties = articles.ordinance_article, True
        related = lambda org, unit: [unit]  # noqa: E731
    else:
        governs, build, own_duties = articles.governs_rule, articles.rule_article, False
        related = lambda org, unit: [unit, *org.children(unit.id)]  # noqa: E731
    if not patterns.fixed_pattern(original, old_org, build, governs):
        patterns.follow_texts(key, inst, old_org, applied, touched, result)
        return
    _rebuild(
        key,
        inst,
        old_org,
        applied,
        touched,
        result,
        governs=governs,
        build=build,
        related=related,
        own_duties=own_duties,
        placed=placed,
    )


def _replace_name(text: str, old: str, new: str) -> str:
    """Replace whole occurrences of a unit name (not inside a longer Hangul word's tail); a
    particle after it takes the new name's form (도시국을 → 도시과를)."""
    if not old or old not in text:
        return text
    if any("\uac00" <= ch <= "\ud7a3" for ch in old + new):
        return patterns.replace_words(text, [(old, new)])
    out, start = [], 0
    while (pos := text.find(old, start)) >= 0:
        # ㆍ (U+318D) is a Hangul letter to str.isalnum, but in a list it separates names.
        whole = pos == 0 or not text[pos - 1].isalnum() or text[pos - 1] in "ㆍ·"
        out.append(text[start:pos])
        out.append(new if whole else old)
        start = pos + len(old)
    out.append(text[start:])
    return "".join(out)


def _rename_in_article(
    art: Article,
    old: str,
    new: str,
    attr: str,
    replace: Callable[[str, str, str], str] = _replace_name,
) -> bool:
    """Replace ``old`` by ``new`` in the title and the provisions of ``art``, in ``text``
    (and ``title``) or ``text_en`` (and ``title_en``); whether anything changed."""
    changed = False

    def swap(obj: object, name: str) -> None:
        nonlocal changed
        value = getattr(obj, name)
        replaced = replace(value, old, new)
        if replaced != value:
            setattr(obj, name, replaced)
            changed = True

    swap(art, "title" if attr == "text" else "title_en")
    for para in art.paragraphs:
        swap(para, attr)
        for sub in para.subparagraphs:
            swap(sub, attr)
            for item in sub.items:
                swap(item, attr)
    return changed


def _rename_everywhere(
    key: str,
    inst: Instrument,
    applied: ApplyResult,
    touched: dict[Num, set[str]],
    result: StatuteResult,
) -> None:
    for rec in applied.records:
        old = rec.renamed
        if old is None:
            continue
        hits = []
        for art in inst.articles:
            if art.deleted:
                continue
            hit = _rename_in_article(art, old.old_name_ko, rec.name_ko, "text")
            if old.old_name_en and rec.name_en:
                _rename_in_article(art, old.old_name_en, rec.name_en, "text_en")
            if hit:
                hits.append(art)
                touched.setdefault(art.num, set()).add(rec.change_id)
        if hits:
            where = ", ".join(a.label for a in hits)
            for art in hits:
                result.cite([rec.change_id], (key, art.label))
            result.add(
                [rec.change_id],
                f"「{inst.title}」 명칭 변경: {len(hits)}개 조문({where})",
                f"renames in {len(hits)} article{'s' if len(hits) != 1 else ''} of the "
                f"{inst.title_en or inst.title}",
                (key, hits[0].label),
            )


def _regrade_everywhere(
    key: str,
    inst: Instrument,
    applied: ApplyResult,
    touched: dict[Num, set[str]],
    result: StatuteResult,
) -> None:
    """A head's new grade (직급 조정) in the unit's own article: ``국장은 지방서기관으로
    보한다`` → ``국장은 지방부이사관으로 보한다``, both grades of a 복수직급 (``지방부이사관 또는
    지방서기관``) before or after. The grade words are replaced only where they state the
    old grades alone; the paragraph's English, which says it otherwise, is left to be
    written again (the bill shows it as missing rather than wrong)."""
    for rec in applied.records:
        unit = applied.org.find(rec.unit_id)
        if unit is None:
            continue
        old_post = new_post = ""
        if isinstance(rec.payload, HeadGrade):
            old_grades, new_grades = rec.payload.old_grades, rec.payload.new_grades
        elif isinstance(rec.payload, Regraded):  # 격상ㆍ격하: the head's post, its grades
            old_grades, new_grades = rec.payload.old_grades, unit.head_grades
            old_post, new_post = patterns.post_of(rec.payload.old_name_ko), patterns.head_post(unit)
        else:
            continue
        new_words = patterns.grade_titles(new_grades)
        posts = "|".join(map(re.escape, {patterns.head_post(unit), patterns.head_title(unit)}))
        words = re.compile(
            rf"((?:^|\s|,)(?:{posts})[은는] )([^,.]+?)(으로|로)( 보(?:한다|하되|하며|하고))"
        )
        old_codes = sorted(old_grades)
        regraded = bool(old_grades and new_words and sorted(new_grades) != old_codes)

        def regrade(match: re.Match, old: list[str] = old_codes, new=new_grades) -> str:
            if sorted(grade_codes(match.group(2))) != old:
                return match.group(0)
            words = _regraded_titles(match.group(2), new)
            return f"{match.group(1)}{attach(words, '으로/로')}{match.group(4)}"

        for art in inst.articles:
            if art.deleted or art.title not in (unit.name_ko, patterns.head_title(unit)):
                continue
            hit = False
            for para in art.paragraphs:
                text = para.text
                if old_post and new_post and old_post != new_post:  # 국장 of a 실: 실장
                    text = patterns.replace_words(text, [(old_post, new_post)])
                if regraded:
                    text = words.sub(regrade, text)
                if text != para.text:
                    para.text, para.text_en, hit = text, "", True
            if hit:
                touched.setdefault(art.num, set()).add(rec.change_id)
                what_ko, what_en = (
                    ("직급 조정", "the grade") if regraded else ("장의 직위", "the head")
                )
                result.add(
                    [rec.change_id],
                    f"「{inst.title}」 {art.label} {what_ko}",
                    f"changes {what_en} in {art.label_en} of the {inst.title_en or inst.title}",
                    (key, art.label),
                )


def _regraded_titles(old_words: str, codes: Iterable[str]) -> str:
    """The titles of a regraded head's 보한다 clause: a grade the head keeps keeps the titles
    the instrument gave it (``지방서기관 또는 지방기술서기관``: the 기술 track stays open), a
    new grade takes its usual title; several titles are joined as the instruments join them,
    ``지방부이사관ㆍ지방서기관 또는 지방기술서기관``."""
    kept: dict[str, list[str]] = {}
    for title, code in graded_titles(old_words):
        kept.setdefault(code, []).append(title)
    titles = [t for code in codes if code for t in kept.get(code) or [patterns.GRADE_TITLES[code]]]
    if len(titles) == 1:
        return titles[0]
    return "ㆍ".join(titles[:-1]) + " 또는 " + titles[-1]


def _unit_signature(
    org: Organization,
    unit: Unit,
    related: Callable,
    names: Callable[[Unit], str] | None = None,
    own_duties: bool = True,
) -> tuple:
    """What an article is built from. ``names`` gives the name to compare a unit by: the old
    organization is compared under the new names, since a rename is written into the text
    word by word (:func:`_rename_everywhere`) and needs no rebuild. Without ``own_duties``
    the unit's own duties are left out (a rule article lists only its divisions' duties)."""
    name = names or (lambda u: u.name_ko)
    parent = org.find(unit.parent_id)

    def duties(u: Unit) -> list:
        return u.duties if own_duties or u is not unit else []

    units = tuple(
        (u.id, u.kind, name(u), tuple(d.ko for d in duties(u)), tuple(d.en for d in duties(u)))
        for u in related(org, unit)
    )
    return (*units, name(parent) if parent else "")


def _rebuild(
    key: str,
    inst: Instrument,
    old_org: Organization,
    applied: ApplyResult,
    touched: dict[Num, set[str]],
    result: StatuteResult,
    *,
    governs: Callable[[Organization, Unit], bool],
    build: Callable[[Organization, Unit, Num], Article],
    related: Callable[[Organization, Unit], list[Unit]],
    own_duties: bool = True,
    placed: frozenset[str] = frozenset(),
) -> None:
    new_org = applied.org
    old_units = {u.id: u for u in old_org if governs(old_org, u)}
    new_units = [u for u in new_org if governs(new_org, u)]
    # Find each old unit's article by its (old) name, before renames were applied.
    by_unit: dict[str, Num] = {}
    for uid, unit in old_units.items():
        new_unit = new_org.find(uid)
        for name in filter(None, {unit.name_ko, new_unit.name_ko if new_unit else ""}):
            art = inst.article_titled(name)
            if art is not None:
                by_unit[uid] = art.num
                break

    def renamed(unit: Unit) -> str:
        new_unit = new_org.find(unit.id)
        return new_unit.name_ko if new_unit is not None else unit.name_ko

    changes_of: dict[str, set[str]] = {}  # unit id → the changes with a record of it
    for rec in applied.records:
        for unit_id in rec.unit_ids:  # a transfer's source loses the duties it moved
            changes_of.setdefault(unit_id, set()).add(rec.change_id)

    def change_ids(unit_ids: Iterable[str]) -> set[str]:
        return set().union(*(changes_of.get(uid, ()) for uid in set(unit_ids)))

    new_ids = {u.id for u in new_units}

    # Units a list article sets up (in any instrument) rather than an article of their own:
    # 제7조(직속기관) 시장 밑에 보건소 및 …; a rule's 행정국에 A과ㆍB과를 두고, ….
    def listed(unit: Unit) -> bool:
        kids = [k for k in related(old_org, unit)[1:] if k.kind.level is Level.DIVISION]
        names = [k.name_ko for k in kids] if kids else [unit.name_ko]
        return all(name in placed for name in names)

    for uid in old_units.keys() - new_ids:
        if uid not in by_unit:
            continue
        art = inst.article(by_unit[uid])
        art.deleted, art.paragraphs, art.notes, art.annotations = True, [], [], []
        ids = change_ids([uid, *(u.id for u in related(old_org, old_units[uid]))])
        touched.setdefault(art.num, set()).update(ids)
        result.add(
            ids,
            f"{inst.kind.ko} {art.label} 삭제",
            f"deletes {art.label_en} of the {inst.kind.en}",
            (key, art.label),
        )

    last: Num | None = None
    for unit in new_units:
        uid = unit.id
        ids = change_ids(u.id for u in related(new_org, unit))
        if uid in old_units:  # a unit that left it (moved away) changes its article too
            ids |= change_ids(u.id for u in related(old_org, old_units[uid]))
        if uid in by_unit and uid in old_units:
            num = by_unit[uid]
            same = _unit_signature(
                old_org, old_units[uid], related, renamed, own_duties
            ) == _unit_signature(new_org, unit, related, own_duties=own_duties)
            if not same:
                index = inst.articles.index(inst.article(num))
                current = inst.articles[index]
                rebuilt = build(new_org, unit, num)
                rebuilt.chapter = current.chapter
                lost = textkeep.lost_sentences(current, rebuilt, applied, old_org)
                if lost:
                    result.losses.extend(
                        textkeep.TextLoss(
                            key, current.label, current.label_en, sentence, tuple(sorted(ids))
                        )
                        for sentence in lost
                    )
                elif _differs(current, rebuilt):
                    inst.articles[index] = rebuilt
                    touched.setdefault(num, set()).update(ids)
                    result.add(
                        ids,
                        f"{inst.kind.ko} {rebuilt.label} 개정",
                        f"amends {rebuilt.label_en} of the {inst.kind.en}",
                        (key, rebuilt.label),
                    )
            last = num
            continue
        if uid in old_units and uid not in by_unit and listed(old_units[uid]):
            continue  # set up by a list article of this instrument (제7조(직속기관) …)
        num = _number_after(inst, last)
        article = build(new_org, unit, num)
        inst.articles.append(article)
        inst.articles.sort(key=lambda a: a.num)
        touched.setdefault(num, set()).update(ids)
        result.add(
            ids,
            f"{inst.kind.ko} {article.label} 신설",
            f"inserts {article.label_en} in the {inst.kind.en}",
            (key, article.label),
        )
        last = num


def _differs(old: Article, new: Article) -> bool:
    def key(art: Article) -> tuple:
        return (art.title, art.text_only(), art.title_en)

    return key(old) != key(new)


def _number_after(inst: Instrument, after: Num | None) -> Num:
    """The number of a new article right after ``after`` (by default the last article)."""
    if after is None:
        if not inst.articles:
            return Num(1)
        after = inst.articles[-1].num
    return inst.number_after(after)


def staffing_rows(org: Organization, grades: tuple[Grade, ...]) -> list[list[str]]:
    """The staffing annex as rows: 구분 | 정원, total first, then groups and grades."""
    totals = org.total_staffing()
    rows = [["구분", "정원"], ["총계", f"{sum(totals.values()):,}"]]
    for group in GROUPS:
        members = [g for g in grades if g.group == group.code and totals.get(g.code)]
        if not members:
            continue
        rows.append([f"{group.ko} 계", f"{sum(totals[g.code] for g in members):,}"])
        rows.extend([g.ko, f"{totals[g.code]:,}"] for g in members)
    return rows


def _staffing(
    key: str,
    inst: Instrument,
    old_org: Organization,
    applied: ApplyResult,
    grades: tuple[Grade, ...],
    result: StatuteResult,
) -> None:
    old_rows, new_rows = staffing_rows(old_org, grades), staffing_rows(applied.org, grades)
    if old_rows == new_rows:
        # the figures stay, but a table by organization names the units: one renamed, moved
        # or abolished (its staff gone elsewhere) changes its rows all the same
        _staffing_annexes(key, inst, old_org, applied, grades, result, None)
        return
    ids = {rec.change_id for rec in applied.records if isinstance(rec.payload, Deltas)}
    old_sum = sum(old_org.total_staffing().values())
    new_sum = sum(applied.org.total_staffing().values())
    whole = re.compile(rf"(?<![\d,.]){old_sum:,}명")  # not the 975명 of 1,975명
    totals = [(art, old_sum, new_sum) for art in inst.articles if whole.search(art.text_only())]
    if not totals and (stated := _stated_total(inst)) is not None:
        # the instrument counts posts the tree leaves out (제주's 행정시, a 사업소 not
        # entered): its own total moves by what the tree's sum moved
        art, total = stated
        totals = [(art, total, total + new_sum - old_sum)]
    for art, old, new in totals:
        _rename_in_article(art, f"{old:,}명", f"{new:,}명", "text")
        # a number reads alike in both languages: "… shall be 16,244." → 16,252
        _rename_in_article(art, f"{old:,}", f"{new:,}", "text_en", replace=_replace_number)
        result.add(
            ids,
            f"{art.label} 개정(총정원)",
            f"amends {art.label_en} (total staffing)",
            (key, art.label),
        )
        result.staffing.append((key, art.label))
        result.totals.setdefault(key, (old, new))
    _staffing_annexes(key, inst, old_org, applied, grades, result, ids, new_rows)


def _stated_total(inst: Instrument) -> tuple[Article, int] | None:
    """The article stating the instrument's total staffing (``…의 정원은 1,975명으로 한다``)
    and the total, when it states one and only one: a second would count a part (의회,
    a 기관) whose share of a change cannot be told."""
    found = inst.stated_totals()
    return found[0] if len(found) == 1 else None


def _staffing_annexes(
    key: str,
    inst: Instrument,
    old_org: Organization,
    applied: ApplyResult,
    grades: tuple[Grade, ...],
    result: StatuteResult,
    ids: set[str] | None,
    new_rows: list[list[str]] | None = None,
) -> None:
    """Rewrite the staffing annexes (별표 whose title mentions 정원) in their own layout where
    it has a known one, else as ``new_rows`` (the table by grade), their English rows with
    them. ``new_rows`` ``None``: no figure changed, and only a table by organization whose
    rows change (a unit renamed, moved, abolished) is rewritten, by the changes that move
    its rows (``ids`` ``None``)."""
    names = {u.name_ko: u.name_en for u in (*old_org, *applied.org) if u.name_en}  # new last
    for annex in inst.annexes:
        if "정원" not in annex.title:
            continue
        rows = staffing_annex.amended_rows(annex.rows, old_org, applied.org, grades)
        if new_rows is None and (rows is None or rows == annex.rows):
            continue  # a table by grade, or one this module cannot read: nothing to write
        rows = rows if rows is not None else new_rows
        assert rows is not None
        changes = ids if ids is not None else _moving_rows(annex.rows, rows, old_org, applied)
        # the English rows with the new figures, never the old ones beside new Korean
        annex.rows_en = annex_en.amended_rows_en(annex.rows, annex.rows_en, rows, names)
        annex.rows = rows
        result.add(changes, f"{annex.label} 개정", f"replaces {annex.label_en}", (key, annex.label))
        result.staffing.append((key, annex.label))


def _moving_rows(
    old_rows: list[list[str]],
    new_rows: list[list[str]],
    old_org: Organization,
    applied: ApplyResult,
) -> set[str]:
    """The changes that move rows of a table by organization (all of them when none does)."""
    listed = {cell.strip() for table in (old_rows, new_rows) for row in table for cell in row[:1]}
    return {
        rec.change_id
        for rec in applied.records
        if _row_moves(old_org.find(rec.unit_id), applied.org.find(rec.unit_id), listed)
    } or set(applied.applied)


def _row_moves(old: Unit | None, new: Unit | None, listed: set[str]) -> bool:
    """Whether a unit of a table by organization (``listed``: its row labels) changes row:
    renamed, placed under another superior, abolished or new."""
    if not any(u is not None and u.name_ko in listed for u in (old, new)):
        return False
    if old is None or new is None:
        return True
    return (old.name_ko, old.parent_id) != (new.name_ko, new.parent_id)


def _replace_number(text: str, old: str, new: str) -> str:
    """Replace the whole number ``old`` (never a part of a longer one: 116,244, 16,2440 or
    16,244.5 stay); an English text that writes it otherwise keeps it, and the bill then
    shows that text as missing rather than wrong."""
    number = re.compile(rf"(?<![\d,.]){re.escape(old)}(?![\d]|[,.]\d)")
    return number.sub(new, text) if old in text else text


def annex_for_staffing(num: Num, title: str, org: Organization, grades=DEFAULT_GRADES) -> Annex:
    """A staffing annex built from an organization (used by the sample and new projects)."""
    return Annex(num, title=title, rows=staffing_rows(org, grades))
