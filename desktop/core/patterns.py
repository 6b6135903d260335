"""Articles in the instrument's own pattern.

Organization ordinances differ from one government to the next (see
``shared/domain/governments.md`` §4). A province writes one article per bureau::

    제7조(자치행정국) 행정1부지사 밑에 자치행정국을 두고, 다음 각 호의 사무를 분장한다.

a city a list article and one article per bureau with the head's post and grade::

    제3조(국의 설치) 부시장 밑에 행정국ㆍ복지국 및 도시국을 둔다.
    제4조(행정국) ① 행정국에 국장 1명을 두되, 국장은 지방서기관으로 보한다.
    ② 국장은 다음 사항을 분장한다.

and a county lists its divisions under the 부군수 and gives their duties in the rule. Nothing
here knows these shapes in advance: a new unit's article is drafted by *imitating* an existing
sibling article of the same instrument — its words are kept and only the sibling's own terms
(its name, its head's title and post, the grade, the superior, the purpose, the duties) are
replaced by the new unit's, with the particles after them adjusted. A list article (``…를
둔다``) is rewritten only in the span of its items, with the connectors (ㆍ or ·, 및) it uses.

:func:`follow_texts` applies the changes to an instrument this way; :func:`fixed_pattern`
tells whether an instrument is written in the builders' pattern (:mod:`desktop.core.articles`),
which stays the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core.korean import attach, particle_at
from desktop.core.org import Level, Organization, Unit, UnitKind
from desktop.core.statute import Article, Instrument, Num, Paragraph, Subparagraph

if TYPE_CHECKING:
    from desktop.core.apply import ApplyResult
    from desktop.core.effects import StatuteResult
    from desktop.core.findings import Finding
    from desktop.core.project import DraftInputs

_LIST = re.compile(r"((?:[^\s,]+, )*[^\s,]+(?: 및 [^\s,]+)?)(을|를) 둔다")
_SEPARATORS = ("ㆍ", "·")
_MISSING_DUTY = "[분장사무 입력 필요]"
_MISSING_DUTY_EN = "[Duties to be entered]"

# 지방공무원 titles of the general administrative grades (지방공무원 임용령 별표 1).
GRADE_TITLES = {
    "g1": "지방관리관",
    "g2": "지방이사관",
    "g3": "지방부이사관",
    "g4": "지방서기관",
    "g5": "지방행정사무관",
    "g6": "지방행정주사",
}


def grade_titles(codes: Iterable[str]) -> str:
    """The titles a 보한다 clause gives the grades of a head: ``지방서기관``, or both of a
    복수직급 as the instruments write them, ``지방부이사관 또는 지방서기관``; empty when a
    grade has no title here (or there is none)."""
    codes = [code for code in codes if code]
    if not codes or any(code not in GRADE_TITLES for code in codes):
        return ""
    return " 또는 ".join(GRADE_TITLES[code] for code in codes)


# Kinds that a list article enumerates together.
# Bureau-level units whose articles name the head by a post (국장, 실장, 본부장).
_POSTED = frozenset({UnitKind.OFFICE, UnitKind.BUREAU, UnitKind.HEADQUARTERS})
_KIND_CLASS = {
    UnitKind.OFFICE: "bureau",
    UnitKind.BUREAU: "bureau",
    UnitKind.HEADQUARTERS: "bureau",
    UnitKind.BUREAU_OFFICER: "bureau",
    UnitKind.TASK_FORCE: "bureau",
    UnitKind.DIVISION: "division",
    UnitKind.OFFICER: "division",
    UnitKind.TEAM: "team",
}


def head_post(unit: Unit) -> str:
    """The generic post of a unit's head: 국장, 실장, 과장, 본부장, 단장; a 담당관 or a
    bureau-level 관 is its own head."""
    return post_of(unit.name_ko)


def post_of(name: str) -> str:
    """The generic post of the head of the unit named ``name`` (:func:`head_post`), for a
    name the unit no longer has (``도시교통국`` → 국장)."""
    if name.endswith("관"):
        return name[-3:] if name.endswith("담당관") else name
    for suffix in ("본부", "센터", "사업소", "추진단"):
        if name.endswith(suffix):
            return f"{suffix}장"
    last = name[-1:] if name else ""
    return f"{last}장" if last else ""


def head_title(unit: Unit) -> str:
    """The head's title: 행정국장, 기획감사실장, 감사담당관, 홍보기획관."""
    name = unit.name_ko
    return name if name.endswith("관") else f"{name}장"


def head_of(org: Organization, unit_id: str, name_ko: str) -> str:
    """The title of the head of ``unit_id`` (``관광국장``, ``관광정책과장``); ``name_ko`` with 장
    when the organization no longer has the unit."""
    unit = org.find(unit_id)
    return head_title(unit) if unit is not None else f"{name_ko}장"


def _fix_particle(text: str, at: int, word: str) -> str:
    """Re-form the particle that starts at ``text[at]`` for ``word`` before it."""
    found = particle_at(text, at)
    if found is None:
        return text
    form, pair = found
    return text[:at] + attach(word, pair)[len(word) :] + text[at + len(form) :]


def replace_words(text: str, pairs: Iterable[tuple[str, str]]) -> str:
    """Replace whole words (not the tail of a longer Hangul word), longest first, each once,
    and re-form the particle after every replaced word: ``replace_words("복지국을 둔다",
    [("복지국", "복지과")]) == "복지과를 둔다"``."""
    pairs = [(old, new) for old, new in pairs if old and old != new]
    if not pairs:
        return text
    pairs.sort(key=lambda pair: -len(pair[0]))
    pattern = re.compile("|".join(re.escape(old) for old, _new in pairs))
    lookup = dict(pairs)
    out: list[str] = []
    start = 0
    spans: list[tuple[int, str]] = []
    for match in pattern.finditer(text):
        pos = match.start()
        if pos > 0 and text[pos - 1].isalnum() and text[pos - 1] not in _SEPARATORS:
            continue
        out.append(text[start:pos])
        new = lookup[match.group()]
        out.append(new)
        start = match.end()
        spans.append((sum(len(part) for part in out), new))
    out.append(text[start:])
    result = "".join(out)
    for end, new in reversed(spans):  # right to left: earlier offsets stay valid
        result = _fix_particle(result, end, new)
    return result


# -- list articles -------------------------------------------------------------------------


@dataclass
class Listing:
    """The enumeration of a ``…를 둔다`` sentence: the names and where they stand."""

    start: int
    end: int  # the end of the items, where the particle starts
    names: list[str]
    separator: str  # ㆍ or · (or ", ")
    conjunction: bool = True  # the last name joined with 및 (``AㆍB 및 C``), else ``AㆍBㆍC``

    def rewrite(self, text: str, names: list[str], separator: str) -> str:
        """``text`` with these names in the list (the particle re-formed), joined as the
        list was: with 및 before the last name, or with the separator alone."""
        separator = self.separator or separator
        if self.conjunction or len(self.names) == 1:
            items = join_names(names, separator)
        else:
            items = separator.join(names)
        particle = attach(items, "을/를")[len(items) :]
        return text[: self.start] + items + particle + text[self.end + 1 :]


def join_names(names: list[str], separator: str = "ㆍ") -> str:
    """``A``, ``A 및 B``, ``AㆍB 및 C`` (``A, B 및 C`` with a comma separator)."""
    if len(names) <= 1:
        return "".join(names)
    return separator.join(names[:-1]) + " 및 " + names[-1]


def find_listing(text: str) -> Listing | None:
    """The list of a ``…A·B 및 C를 둔다`` sentence in ``text``, or ``None``."""
    match = _LIST.search(text)
    if match is None:
        return None
    items = match.group(1)
    single = " 및 " not in items and not any(mark in items for mark in ("ㆍ", "·", ","))
    if single and (pair := _joined_pair(text, match.start(1), items)):  # ``A와 B를 둔다``
        return Listing(pair.start(1), match.end(1), [pair.group(1), items], "")
    head, _sep, last = items.rpartition(" 및 ")
    if not head:  # ``AㆍBㆍC를 둔다``: no 및, the separator alone joins the names
        head, _sep, last = items, "", ""
    separator = ""
    if ", " in head:
        separator = ", "
    else:
        separator = next((s for s in _SEPARATORS if s in head), "")
    names = [name for name in re.split(r", |ㆍ|·", head) if name]
    if last:
        names.append(last)
    return Listing(match.start(1), match.end(1), names, separator, conjunction=bool(_sep))


def _joined_pair(text: str, at: int, listed: str) -> re.Match | None:
    """The name joined by 와/과 to the single name ``listed`` at ``at`` (``행정국과 복지국``),
    the particle fitting the name's last syllable, the name a unit's by its ending or ending
    as ``listed`` does (``제주시와 서귀포시``, a 특별자치도's 행정시)."""
    from desktop.core.orgread import kind_from_name  # orgread reads; this module drafts

    match = re.search(r"(?:^|(?<=\s))([가-힣0-9]*[가-힣])(와|과) $", text[:at])
    if match is None:
        return None
    name, particle = match.groups()
    final = (ord(name[-1]) - 0xAC00) % 28 != 0
    if (particle == "과") != final:
        return None
    if kind_from_name(name)[0] is None and name[-1] != listed[-1]:
        return None
    return match


def listed_levels(inst: Instrument, org: Organization) -> set[Level]:
    """The levels of the units that the instrument's list articles enumerate (a county's
    ordinance lists its divisions: ``부군수 밑에 기획감사실ㆍ행정과 … 를 둔다``)."""
    return {
        unit.kind.level
        for art in inst.articles
        for _para, units in _listed_units(art.paragraphs, org)
        for unit in units
    }


def _listed_units(
    paragraphs: list[Paragraph], org: Organization
) -> Iterator[tuple[Paragraph, list[Unit]]]:
    """Each paragraph that lists units, with the units it lists; a list with a name that is
    not one of the organization's units is not a list of units."""
    for para in paragraphs:
        listing = find_listing(para.text)
        if listing is None:
            continue
        named = [_unit_named(name, org) for name in listing.names]
        units = [unit for unit in named if unit is not None]
        if units and len(units) == len(named):
            yield para, units


def separator_of(inst: Instrument) -> str:
    """The separator this instrument writes between listed names: the one its own lists of
    three or more use most (ㆍ, ·, or the comma of 서울특별시's ``행정1부시장, 행정2부시장 및
    정무부시장``), else the middle dot it uses most (ㆍ or ·)."""
    own = [
        listing.separator
        for art in inst.articles
        for para in art.paragraphs
        if (listing := find_listing(para.text)) is not None and listing.separator
    ]
    if own:
        return max(dict.fromkeys(own), key=own.count)
    text = "\n".join(art.text_only() + art.title for art in inst.articles)
    return max(_SEPARATORS, key=text.count) if any(s in text for s in _SEPARATORS) else "ㆍ"


# -- imitating a sibling article -------------------------------------------------------------


def _duties(unit: Unit) -> list[Subparagraph]:
    duties = unit.duties or []
    if not duties:
        return [Subparagraph(Num(1), _MISSING_DUTY, text_en=_MISSING_DUTY_EN)]
    return [Subparagraph(Num(n), d.ko, text_en=d.en) for n, d in enumerate(duties, start=1)]


def _grade_phrase(art: Article, post: str) -> str:
    """The grade words of ``…국장은 지방서기관으로 보한다`` (``지방서기관``)."""
    for para in art.paragraphs:
        match = re.search(re.escape(post) + r"[은는] (.+?)(?:으로|로) 보한다", para.text)
        if match:
            return match.group(1)
    return ""


def _child_paragraph(template: Paragraph, model: Unit, child: Unit, number: int) -> Paragraph:
    """The duties paragraph of ``child`` in the shape of ``template`` (that of ``model``)."""
    pairs = [(head_title(model), head_title(child))]
    if model.name_ko != head_title(model):  # a 담당관 is its own head: 인사과장은, not 인사과는
        pairs.append((model.name_ko, child.name_ko))
    en = [(model.name_en, child.name_en)] if model.name_en and child.name_en else []
    text_en = replace_words(template.text_en, en) if template.text_en and en else ""
    subs = _duties(child) if template.subparagraphs else []
    return Paragraph(number, replace_words(template.text, pairs), subs, text_en=text_en)


def _names_paragraph(para: Paragraph, unit: Unit) -> bool:
    """Whether a paragraph is about ``unit`` (starts with its name or its head's title)."""
    return para.text.startswith((head_title(unit), unit.name_ko))


def sync_children(art: Article, org: Organization, parent: Unit, model_org: Organization) -> bool:
    """Give a list article of ``parent`` one duties paragraph per listed child, in the list's
    order: a new child's paragraph imitates a sibling's, a gone child's is dropped, the
    paragraphs are renumbered. Returns whether anything changed."""
    listing_para = next((p for p in art.paragraphs if find_listing(p.text)), None)
    if listing_para is None:
        return False
    children = [c for c in org.children(parent.id) if c.kind.level is not Level.TOP]
    listing = find_listing(listing_para.text)
    listed = [c for name in listing.names for c in children if c.name_ko == name]
    rest = [p for p in art.paragraphs if p is not listing_para]
    own: dict[str, Paragraph] = {}
    for child in listed:
        para = next((p for p in rest if _names_paragraph(p, child)), None)
        if para is not None:
            own[child.id] = para
    template_unit = next((u for u in (*model_org.walk(None), *org) if u.id in own), None)
    if template_unit is None and own:
        return False
    others = [p for p in rest if p not in own.values() and not _about_other_unit(p, org, model_org)]
    paragraphs = [listing_para]
    for child in listed:
        para = own.get(child.id)
        if para is None and template_unit is not None:
            template = own[template_unit.id]
            para = _child_paragraph(template, template_unit, child, 0)
        if para is not None:
            paragraphs.append(para)
    paragraphs += others
    if [id(p) for p in paragraphs] == [id(p) for p in art.paragraphs]:
        return False
    numbered = len(paragraphs) > 1
    for number, para in enumerate(paragraphs, start=1):
        para.number = number if numbered else 0
    art.paragraphs = paragraphs
    return True


def _duties_paragraph_unit(
    para: Paragraph, org: Organization, renamed: Organization | None = None
) -> Unit | None:
    """The division of ``org`` whose duties paragraph this is (``복지정책과장은 다음 사항을
    분장한다``), named by its name in ``org`` or, once a rename is written into the text, by
    its name in ``renamed`` (the organization after the changes)."""
    if not para.subparagraphs:
        return None

    def leads(unit: Unit) -> tuple[str, ...]:
        later = renamed.find(unit.id) if renamed is not None else None
        units = (unit, later) if later is not None else (unit,)
        return tuple(
            f"{name}{particle} "
            for u in units
            for name in (head_title(u), u.name_ko)
            for particle in ("은", "는")
        )

    found = [u for u in org if u.kind.level is Level.DIVISION and para.text.startswith(leads(u))]
    return found[0] if len(found) == 1 else None


def _about_other_unit(para: Paragraph, org: Organization, old_org: Organization) -> bool:
    """A duties paragraph of a unit (of either organization) that this article no longer
    lists: dropped with the unit."""
    if not para.subparagraphs:
        return False
    return any(_names_paragraph(para, u) for u in (*old_org, *org))


def imitate(
    sibling: Article,
    model: Unit,
    model_superior: Unit | None,
    unit: Unit,
    superior: Unit | None,
    num: Num,
    org: Organization | None = None,
    model_org: Organization | None = None,
) -> Article:
    """A new article for ``unit`` in the shape of ``sibling`` (the article of ``model``).

    When the sibling lists the model's sub-units (``행정국에 총무과 및 자치행정과를 둔다.``
    with a duties paragraph for each), the new article lists the new unit's sub-units in
    ``org`` the same way."""
    if org is not None and model_org is not None:
        listed = _listing_article(sibling, model, model_org, org)
        if listed is not None:
            return _imitate_listing(sibling, listed, model, unit, num, org, model_org)
    post_old, post_new = head_post(model), head_post(unit)
    grade_old = _grade_phrase(sibling, post_old)
    grade_new = grade_old
    if grade_old and unit.head_grades != model.head_grades:
        grade_new = grade_titles(unit.head_grades) or grade_old
    ko_pairs = [
        (head_title(model), head_title(unit)),
        (model.name_ko, unit.name_ko),
        (post_old, post_new),
        (grade_old, grade_new),
    ]
    en_pairs = [(model.name_en, unit.name_en)] if model.name_en and unit.name_en else []
    if model_superior and superior:
        ko_pairs.append((model_superior.name_ko, superior.name_ko))
        if model_superior.name_en and superior.name_en:
            en_pairs.append((model_superior.name_en, superior.name_en))
    art = Article(num)
    if sibling.title == head_title(model):
        art.title = head_title(unit)
    elif sibling.title == model.name_ko:
        art.title = unit.name_ko
    else:
        art.title = replace_words(sibling.title, ko_pairs)
    art.title_en = unit.name_en if sibling.title_en or unit.name_en else ""
    english = any(p.text_en for p in sibling.paragraphs)
    for para in sibling.paragraphs:
        text = para.text
        if model.purpose_ko and model.purpose_ko in text:
            purpose = f"{model.purpose_ko}에 관한 사무를 처리하기 위하여 "
            new = f"{unit.purpose_ko}에 관한 사무를 처리하기 위하여 " if unit.purpose_ko else ""
            text = text.replace(purpose, new)
        text = replace_words(text, ko_pairs)
        text_en = replace_words(para.text_en, en_pairs) if english and en_pairs else ""
        subs = _duties(unit) if para.subparagraphs else []
        art.paragraphs.append(Paragraph(para.number, text, subs, text_en=text_en))
    return art


def _listing_article(
    art: Article, model: Unit, model_org: Organization, org: Organization | None = None
) -> Paragraph | None:
    """The paragraph of ``art`` that lists ``model``'s sub-units, if it is such an article
    (its list as it stood or as the bill has it, when the bill also changes the model's)."""
    children = {c.name_ko for o in (model_org, org) if o for c in _kids(o, model.id)}
    for para in art.paragraphs:
        listing = find_listing(para.text)
        if listing and children and set(listing.names) <= children:
            return para
    return None


def _imitate_listing(
    sibling: Article,
    listing_para: Paragraph,
    model: Unit,
    unit: Unit,
    num: Num,
    org: Organization,
    model_org: Organization,
) -> Article:
    children = [c for c in org.children(unit.id) if c.kind.level is not Level.TOP]
    listing = find_listing(listing_para.text)
    text = replace_words(listing_para.text, [(model.name_ko, unit.name_ko)])
    moved = find_listing(text)
    text = moved.rewrite(text, [c.name_ko for c in children], listing.separator or "ㆍ")
    en = ""
    names_en = [c.name_en for c in children]
    if listing_para.text_en and unit.name_en and all(names_en):
        model_kids = {c.name_ko: c for c in (*_kids(model_org, model.id), *_kids(org, model.id))}
        old_en = [model_kids[name].name_en for name in listing.names if name in model_kids]
        en = rewrite_list_en(listing_para.text_en, old_en, names_en)
        en = replace_words(en, [(model.name_en, unit.name_en)]) if model.name_en else ""
        if not en:  # the sibling's English list is not found: KLRI's form
            en = f"The {articles_list_en(names_en)} shall be established in the {unit.name_en}."
    art = Article(num, title=unit.name_ko, title_en=unit.name_en)
    art.paragraphs.append(Paragraph(1, text, text_en=en))
    templates = [
        (c, p)
        for c in (*_kids(model_org, model.id), *_kids(org, model.id))
        for p in sibling.paragraphs
        if p is not listing_para and _names_paragraph(p, c)
    ]
    if templates:
        template_unit, template = templates[0]
        for number, child in enumerate(children, start=2):
            art.paragraphs.append(_child_paragraph(template, template_unit, child, number))
    if len(art.paragraphs) == 1:
        art.paragraphs[0].number = 0
    return art


def _kids(org: Organization, unit_id: str) -> list[Unit]:
    return org.children(unit_id) if unit_id in org else []


def _name_en(unit: Unit, org: Organization) -> str:
    """A listed unit's English name as the English text has it by now: the new name of a unit
    that stays (renames are written into the English first), else its old one."""
    return org.get(unit.id).name_en if unit.id in org else unit.name_en


def rewrite_list_en(text_en: str, old: list[str], new: list[str]) -> str:
    """The English of a list article whose Korean list now names ``new`` instead of ``old``:
    the span naming ``old`` in order (``the A, the B and the C``, with or without ``the``
    before each name and a comma before ``and``) is written again with ``new`` in the same
    way. Where that span is not found or a name has no English, ``""``: the bill then shows
    the English as missing, never the old list as if it were the new one."""
    if not text_en or not all(old) or not all(new):
        return ""
    names = [re.escape(name) for name in old]
    the = r"(?:the )?"
    if len(names) == 1:
        body = names[0]
    else:
        head = "".join(f"{the}{n}, " for n in names[:-2])
        body = f"{head}{the}{names[-2]},? and {the}{names[-1]}"
    match = re.search(rf"(?<![\w-])([Tt]he )?{body}(?![\w-])", text_en)
    if match is None:
        return ""
    span = match.group(0)
    opening = match.group(1) or ""
    every = len(old) > 1 and f" the {old[-1]}" in span
    oxford = len(old) > 2 and ", and " in span
    listed = list(new)
    if every:
        listed = [listed[0], *(f"the {name}" for name in listed[1:])]
    if len(listed) == 1:
        items = listed[0]
    else:
        comma = "," if oxford and len(listed) > 2 else ""
        items = ", ".join(listed[:-1]) + f"{comma} and " + listed[-1]
    return text_en[: match.start()] + opening + items + text_en[match.end() :]


def articles_list_en(names: list[str]) -> str:
    """``A``, ``A and the B``, ``A, the B and the C``: each name after the first takes its
    article (the sentence gives the first its ``The``)."""
    if len(names) <= 1:
        return "".join(names)
    rest = [f"the {name}" for name in names[1:]]
    return ", ".join([names[0], *rest[:-1]]) + " and " + rest[-1]


# -- following the changes in an instrument's own pattern -----------------------------------


def fixed_pattern(inst: Instrument, org: Organization, build: Callable, governs: Callable) -> bool:
    """Whether the instrument is written in the builders' pattern: a unit article reads as the
    builder writes it (others may differ where the data and the text part ways), or the
    instrument has no unit article and no list article at all (a blank new instrument)."""
    seen = False
    for unit in org:
        if not governs(org, unit):
            continue
        art = inst.article_titled(unit.name_ko)
        if art is None:
            continue
        seen = True
        built = build(org, unit, art.num)
        same = (built.title, built.text_only()) == (art.title, art.text_only())
        if same and _tells_pattern(art, org, unit):
            return True  # the builders write this instrument's articles as they stand
    if seen:
        return False
    return not any(_article_units(inst, org)) and not any(
        find_listing(p.text) for a in inst.articles for p in a.paragraphs
    )


def _tells_pattern(art: Article, org: Organization, unit: Unit) -> bool:
    """Whether an article the builder writes as it stands shows the builder's pattern: one
    whose duties paragraphs all name 담당관, each its own head (``기획담당관은 다음 사항을
    분장한다``), reads the same where the divisions are named by their heads (``인사과장은``),
    so it shows neither (서울특별시's 기획조정실 of 기획담당관 and 예산담당관)."""
    named = [
        child
        for child in org.children(unit.id)
        if any(p.text.startswith(child.name_ko) for p in art.paragraphs if p.subparagraphs)
    ]
    return not named or any(head_title(child) != child.name_ko for child in named)


def _article_units(inst: Instrument, org: Organization) -> dict[str, Num]:
    """Units with an article of their own here: titled with the name or the head's title."""
    found: dict[str, Num] = {}
    for unit in org:
        if unit.kind.level is Level.TOP:
            continue
        for title in (unit.name_ko, head_title(unit)):
            art = inst.article_titled(title)
            if art is not None:
                found[unit.id] = art.num
                break
    return found


def _unit_named(name: str, *orgs: Organization) -> Unit | None:
    for org in orgs:
        units = org.by_name(name)
        if len(units) == 1:
            return units[0]
    return None


def follow_texts(
    key: str,
    inst: Instrument,
    old_org: Organization,
    applied: ApplyResult,
    touched: dict[Num, set[str]],
    result: StatuteResult,
) -> None:
    """Apply the changes to an instrument in its own pattern (after the renames)."""
    new_org = applied.org

    def change_ids(unit_ids: Iterable[str]) -> set[str]:
        ids = set(unit_ids)  # a transfer's source loses the duties it moved
        return {rec.change_id for rec in applied.records if ids.intersection(rec.unit_ids)}

    def record(ids: set[str], art: Article, verb_ko: str, verb_en: str) -> None:
        touched.setdefault(art.num, set()).update(ids)
        result.add(
            ids,
            f"{inst.kind.ko} {art.label} {verb_ko}",
            f"{verb_en} {art.label_en} of the {inst.kind.en}",
            (key, art.label),
        )

    by_unit = _article_units(inst, old_org)
    for uid, num in _article_units(inst, new_org).items():  # renamed units found by new name
        by_unit.setdefault(uid, num)
    # 1. abolished units: their article is deleted
    for uid, num in list(by_unit.items()):
        if uid in new_org:
            continue
        art = inst.article(num)
        art.deleted, art.paragraphs, art.notes, art.annotations = True, [], [], []
        record(change_ids([uid]), art, "삭제", "deletes")
    # 2. list articles: the items follow the parent's children
    separator = separator_of(inst)
    for art in inst.articles:
        if art.deleted:
            continue
        for para in art.paragraphs:
            listing = find_listing(para.text)
            if listing is None:
                continue
            listed = [_unit_named(name, new_org, old_org) for name in listing.names]
            if not listed or all(u is None for u in listed):
                continue
            if None in listed:  # a name the data lacks: never written out of the list
                _unlisted_loss(key, art, para.text, listed, old_org, new_org, applied, result)
                continue
            parents = {old_org.find(u.id).parent_id if u.id in old_org else u.parent_id
                       for u in listed}  # fmt: skip
            if len(parents) != 1:
                continue
            parent_id = parents.pop()
            classes = {_KIND_CLASS.get(u.kind, u.kind.value) for u in listed}
            if parent_id is not None and parent_id not in new_org:
                continue
            children = [
                u
                for u in new_org.children(parent_id)
                if _KIND_CLASS.get(u.kind, u.kind.value) in classes
            ]
            names = [u.name_ko for u in children]
            if names == listing.names or not names:
                continue
            para.text = listing.rewrite(para.text, names, separator)
            para.text_en = rewrite_list_en(
                para.text_en, [_name_en(u, new_org) for u in listed], [u.name_en for u in children]
            )
            parent = new_org.find(parent_id)
            if parent is not None and art.title in (parent.name_ko, head_title(parent)):
                sync_children(art, new_org, parent, old_org)
            before = {u.id for u in listed}
            after = {u.id for u in children}
            moved = {
                u.id
                for u in children
                if u.id in old_org and old_org.get(u.id).parent_id != parent_id
            }
            listed_now = (before ^ after) | moved  # set up, gone or moved: not duties
            ids = {r.change_id for r in applied.records
                   if r.unit_id in listed_now and r.action.structural}  # fmt: skip
            record(ids, art, "개정", "amends")
    # 2b. a list article of one paragraph per superior (``② 복지국에 복지정책과 및 위생과를
    # 둔다.``): a new superior with sub-units of the kind listed gets its own paragraph
    for art in inst.articles:
        if art.deleted:
            continue
        added = set(_new_listing_paragraphs(art, old_org, new_org))
        if added:  # the units set up or moved there, not the duties they take on
            ids = {
                r.change_id for r in applied.records if r.unit_id in added and r.action.structural
            }
            record(ids, art, "개정", "amends")
    # 3. units with an article whose duties or superior changed
    for uid, num in by_unit.items():
        if uid not in new_org or uid not in old_org:
            continue
        old, new = old_org.get(uid), new_org.get(uid)
        art = inst.article(num)
        changed = False
        old_duties = [d.ko for d in old.duties]
        if new.duties and [d.ko for d in new.duties] != old_duties:
            others = [u for u in (*old_org, *new_org) if u.id != uid]
            for para in art.paragraphs:  # its own duties, not a division's (a rule's 국 article)
                if para.subparagraphs and not any(_names_paragraph(para, u) for u in others):
                    para.subparagraphs = _duties(new)
                    changed = True
                    break
        old_parent, new_parent = old_org.parent(uid), new_org.parent(uid)
        if old_parent and new_parent and old_parent.id != new_parent.id:
            pairs = [(old_parent.name_ko, new_parent.name_ko)]
            for para in art.paragraphs:
                text = replace_words(para.text, pairs)
                if text != para.text:
                    para.text, changed = text, True
        if changed:
            record(change_ids([uid]), art, "개정", "amends")
    # 3b. units whose duties are a paragraph of a list article (``② 복지정책과장은 다음 사항을
    # 분장한다.``) and that take on more: an abolished unit's duties pass to its successor
    for art in inst.articles:
        if art.deleted:
            continue
        for para in art.paragraphs:
            unit = _duties_paragraph_unit(para, old_org, new_org)  # renamed too (문화관광과장은)
            if unit is None or unit.id not in new_org or unit.id in by_unit:
                continue
            old_duties = [d.ko for d in unit.duties]
            new_duties = [d.ko for d in new_org.get(unit.id).duties]
            current = [sub.text for sub in para.subparagraphs]
            if current != old_duties or new_duties[: len(old_duties)] != old_duties:
                continue  # the text and the data part ways, or duties went: not ours to say
            if len(new_duties) > len(old_duties):
                para.subparagraphs = _duties(new_org.get(unit.id))
                name = new_org.get(unit.id).name_ko
                ids = change_ids([unit.id]) | {
                    rec.change_id
                    for rec in applied.records
                    if getattr(rec.payload, "successor_ko", None) == name
                }
                record(ids, art, "개정", "amends")
    # 4. new units of a kind that has articles here: imitate the nearest sibling
    models = {uid: old_org.get(uid) for uid in by_unit if uid in old_org and uid in new_org}
    for unit in new_org:
        if unit.id in by_unit or unit.kind.level is Level.TOP:
            continue
        same = [m for m in models.values() if m.kind is unit.kind]
        if not same and unit.kind in _POSTED:  # a first 본부 imitates a 실 or 국
            same = [m for m in models.values() if m.kind in _POSTED]
        if not same:
            continue
        model = next((m for m in same if m.parent_id == unit.parent_id), same[0])
        sibling = inst.article(by_unit[model.id])
        after = _previous_article(inst, new_org, unit, by_unit)
        num = _number_after(inst, after)
        article = imitate(
            sibling,
            model,
            old_org.parent(model.id),
            unit,
            new_org.parent(unit.id),
            num,
            new_org,
            old_org,
        )
        inst.articles.append(article)
        inst.articles.sort(key=lambda a: a.num)
        by_unit[unit.id] = num
        record(change_ids([unit.id]), article, "신설", "inserts")


def _new_listing_paragraphs(
    art: Article, old_org: Organization, new_org: Organization
) -> list[str]:
    """Give a list article whose paragraphs each set up one superior's sub-units (``제2조(과의
    설치) ① 행정국에 …를 둔다. ② 복지국에 …를 둔다.``) a paragraph for every new superior of
    the same kind that has such sub-units, in the shape of a sibling paragraph and in the
    organization's order; the ids of the units it names (none when nothing is added). An
    article of one superior (``제3조(행정자치국) ① 행정자치국에 …를 둔다. ② …``) is left to
    the imitation of whole articles."""
    own: dict[str, Paragraph] = {}
    classes: set[str] = set()
    for para, units in _listed_units(art.paragraphs, new_org):
        parents = {u.parent_id for u in units}
        parent = new_org.find(parents.pop()) if len(parents) == 1 else None
        if parent is None or not para.text.startswith(parent.name_ko):
            continue
        if art.title in (parent.name_ko, head_title(parent)):
            return []
        own[parent.id] = para
        classes |= {_KIND_CLASS.get(u.kind, u.kind.value) for u in units}
    if not own:
        return []
    kinds = {new_org.get(pid).kind for pid in own}
    model = new_org.get(next((pid for pid, p in own.items() if p.text_en), next(iter(own))))
    template = own[model.id]
    template_names = find_listing(template.text).names
    added: list[str] = []
    order = [u.id for u in new_org]
    for unit in new_org:
        if unit.id in own or unit.kind not in kinds or unit.id in old_org:
            continue
        children = [
            c for c in new_org.children(unit.id) if _KIND_CLASS.get(c.kind, c.kind.value) in classes
        ]
        if not children:
            continue
        text = replace_words(template.text, [(model.name_ko, unit.name_ko)])
        listing = find_listing(text)
        if listing is None:
            continue
        text = listing.rewrite(text, [c.name_ko for c in children], listing.separator or "ㆍ")
        old_en = [_name_en(_unit_named(name, new_org), new_org) for name in template_names]
        text_en = rewrite_list_en(template.text_en, old_en, [c.name_en for c in children])
        if text_en and model.name_en and unit.name_en:
            text_en = replace_words(text_en, [(model.name_en, unit.name_en)])
        else:
            text_en = ""
        para = Paragraph(template.number, text, text_en=text_en)
        before = [pid for pid in own if order.index(pid) < order.index(unit.id)]
        at = (
            art.paragraphs.index(own[before[-1]]) + 1
            if before
            else art.paragraphs.index(next(iter(own.values())))
        )
        art.paragraphs.insert(at, para)
        own[unit.id] = para
        own = dict(sorted(own.items(), key=lambda item: order.index(item[0])))
        added += [unit.id, *(c.id for c in children)]
    if added:
        for number, para in enumerate(art.paragraphs, start=1):
            para.number = number
    return added


def _unlisted_loss(
    key: str,
    art: Article,
    sentence: str,
    listed: list[Unit | None],
    old_org: Organization,
    new_org: Organization,
    applied: ApplyResult,
    result: StatuteResult,
) -> None:
    """A list that names a unit the organization lacks cannot follow the changes without
    dropping it: when the changes touch the list's units, the article stays as it is and the
    loss is reported (E-TEXT-LOSS), never a silent non-update."""
    from desktop.core.textkeep import TextLoss

    known = [u for u in listed if u is not None]
    parents = {old_org.get(u.id).parent_id if u.id in old_org else u.parent_id for u in known}
    if len(parents) != 1:
        return
    parent_id = parents.pop()
    classes = {_KIND_CLASS.get(u.kind, u.kind.value) for u in known}

    def children(org: Organization) -> set[str]:
        if parent_id is not None and parent_id not in org:
            return set()
        return {
            u.id
            for u in org.children(parent_id)
            if _KIND_CLASS.get(u.kind, u.kind.value) in classes
        }

    changed = children(old_org) ^ children(new_org)
    if not changed:
        return
    ids = tuple(sorted({rec.change_id for rec in applied.records if rec.unit_id in changed}))
    result.losses.append(TextLoss(key, art.label, art.label_en, sentence, ids))


def _previous_article(
    inst: Instrument, org: Organization, unit: Unit, by_unit: dict[str, Num]
) -> Num | None:
    """The article after which the new unit's article goes: that of the nearest unit before it
    in the organization's order that has one, else the one before the first unit article."""
    order = [u.id for u in org]
    index = order.index(unit.id)
    for uid in reversed(order[:index]):
        if uid in by_unit and not inst.article(by_unit[uid]).deleted:
            return by_unit[uid]
    first = min((num for num in by_unit.values()), default=None)
    if first is None:
        return inst.articles[-1].num if inst.articles else None
    earlier = [a.num for a in inst.articles if a.num < first]
    return earlier[-1] if earlier else None


def _number_after(inst: Instrument, after: Num | None) -> Num:
    taken = {art.num for art in inst.articles}
    if after is None:
        return Num(1) if not taken else Num(min(taken).main - 1 or 1, 0)
    return inst.number_after(after)


def undrafted_findings(inputs: DraftInputs) -> list[Finding]:
    """A warning for every structural change that no instrument's text takes (no article and no
    list article holds units like its unit under that superior, e.g. a 동 in a city whose
    ordinance sets up none): the bill would not mention it, and that must not pass unseen."""
    from desktop.core.findings import warning
    from desktop.i18n import N_, Pair

    if not any(inst.articles for inst in inputs.old_instruments.values()):
        return []  # no text yet: the export gate asks for the instruments first
    applied = set(inputs.applied.applied)
    findings: list[Finding] = []
    for index, change in enumerate(inputs.project.changes):
        if change.id not in applied or inputs.statutes.cites.get(change.id):
            continue
        records = [
            r for r in inputs.applied.records if r.change_id == change.id and r.action.structural
        ]
        if not records:
            continue
        rec = records[0]
        findings.append(
            warning(
                "W-NOT-DRAFTED",
                change.place(index),
                N_(
                    "Change {number} ({unit}) is written into no instrument: none has an "
                    "article or list of units like it under {parent}, so the bill does not "
                    "mention it. Add its article to the amendment yourself."
                ),
                number=index + 1,
                unit=Pair(rec.name_ko, rec.name_en),
                parent=Pair(rec.parent_ko or "—", rec.parent_en or rec.parent_ko or "—"),
            )
        )
    return findings
