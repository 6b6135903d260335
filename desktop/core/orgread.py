"""Reading the current organization from the instruments' own text (기구 읽기).

The official pastes (or opens) the ordinance and rule texts as law.go.kr or ELIS show them;
:func:`read_organization` derives the unit tree from their articles, in the pattern of any
government:

- list articles place units under a superior: ``부시장 밑에 행정국ㆍ복지국 및 도시국을 둔다.``,
  ``기획조정실에 정책기획담당관·예산담당관 및 인구정책담당관을 둔다.``, and the province's
  ``… 도지사 밑에 홍보기획관을 두고, 다음 각 호의 사무를 분장한다.`` (a purpose clause
  ``…에 관한 사무를 처리하기 위하여`` is read as the unit's purpose);
- the head's post and grade: ``행정국에 국장 1명을 두되, 국장은 지방서기관으로 보한다.``, both
  grades of a 복수직급 (``국장은 지방부이사관 또는 지방서기관으로 보한다`` → 3·4급);
- duties (분장사무), the 호 items of ``② 국장은 다음 사항을 분장한다.``,
  ``행정국장은 다음 사항을 분장한다.``, ``자치행정과는 다음 사항을 분장한다.``;
- staffing from the staffing instrument: ``공무원의 정원은 1,102명으로 한다`` and the 정원 annex
  (by grade, or by organization and grade).

Every read item carries the line it was read from. What the text leaves open — a name whose
kind its ending does not tell, a unit placed under two superiors, a head given more than two
grades, a sentence that looks like it sets up units but matches no known pattern — becomes a
:class:`Question` with a default answer, for the official's review; nothing is guessed
silently. :meth:`OrgReading.organization` builds the :class:`Organization` from the reading
and the answers given.

Qt-free; used by the new-project dialog, the cross-check and the CLI.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.core import statute_syntax as syntax
from desktop.core.government import GovernmentKind, infer_kind
from desktop.core.grades import DEFAULT_GRADES, Grade, grades_words, table_grade, with_table_grades
from desktop.core.org import Duty, Level, Organization, Unit, UnitKind
from desktop.core.statute import Article, Instrument, InstrumentKind, Paragraph
from desktop.i18n import N_, Message, Pair, translate


@dataclass(frozen=True)
class SourceLine:
    """Where something was read: the instrument's key, the 1-based line and its text."""

    instrument: str
    line: int
    text: str

    def label(self) -> str:
        return f"{self.instrument}:{self.line}"


@dataclass
class ReadDuty:
    """One duty as read, with the line of the source it came from."""

    ko: str
    source: SourceLine


@dataclass
class ReadUnit:
    """One unit as read: its parent by name (``None`` for the head of government)."""

    name_ko: str
    kind: UnitKind
    source: SourceLine
    parent: str | None = None
    head_post: str = ""  # 국장
    head_grade: str = ""  # grade code, e.g. g4
    head_grade_alt: str = ""  # 복수직급: the second grade (``지방부이사관 또는 지방서기관``)
    grade_source: SourceLine | None = None
    duties: list[ReadDuty] = field(default_factory=list)
    duties_source: SourceLine | None = None
    purpose_ko: str = ""

    def set_grades(self, codes: list[str], source: SourceLine) -> None:
        """The grades a 보한다 clause gives the head: the first, and a 복수직급's second."""
        self.head_grade, self.grade_source = codes[0], source
        self.head_grade_alt = codes[1] if len(codes) > 1 else ""


@dataclass(frozen=True)
class Question:
    """Something the text leaves open; ``options`` are the possible answers (values), the
    first being the default. ``topic`` is ``kind``, ``parent``, ``grade`` or ``unread`` (a
    sentence that was not read; its only option is to leave it)."""

    id: str
    topic: str
    unit: str
    source: SourceLine
    message_id: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    options: tuple[str, ...] = ()

    @property
    def default(self) -> str:
        return self.options[0] if self.options else ""

    def message(self, lang: str = "ko") -> str:
        return translate(self.message_id, self.params, lang)


@dataclass
class StaffingRead:
    """Staffing as the staffing instrument states it."""

    total: int | None = None
    total_source: SourceLine | None = None
    by_grade: dict[str, int] = field(default_factory=dict)
    by_grade_source: SourceLine | None = None
    by_unit: dict[str, dict[str, int]] = field(default_factory=dict)  # unit name → grade → n
    # grades of the table's own (``3ㆍ4급``, ``6급 이하``: grades.table_grade), by code, and
    # the line of the table that has each
    grades: dict[str, Grade] = field(default_factory=dict)
    grade_sources: dict[str, SourceLine] = field(default_factory=dict)


@dataclass
class OrgReading:
    """What was read from the instruments: units in the order they were placed."""

    units: dict[str, ReadUnit] = field(default_factory=dict)
    questions: list[Question] = field(default_factory=list)
    staffing: StaffingRead = field(default_factory=StaffingRead)
    mentioned: dict[str, SourceLine] = field(default_factory=dict)  # every unit name seen

    def question(self, qid: str) -> Question | None:
        for q in self.questions:
            if q.id == qid:
                return q
        return None

    def kind_of(self, name: str, answers: Mapping[str, str] | None = None) -> UnitKind:
        answer = (answers or {}).get(f"kind:{name}")
        return UnitKind(answer) if answer else self.units[name].kind

    def parent_of(self, name: str, answers: Mapping[str, str] | None = None) -> str | None:
        answer = (answers or {}).get(f"parent:{name}")
        return answer if answer else self.units[name].parent

    def grade_of(self, name: str, answers: Mapping[str, str] | None = None) -> str:
        answer = (answers or {}).get(f"grade:{name}")
        return answer if answer else self.units[name].head_grade

    def grade_alt_of(self, name: str, answers: Mapping[str, str] | None = None) -> str:
        """The second grade of a 복수직급 head as read (none when a grade was answered)."""
        answer = (answers or {}).get(f"grade:{name}")
        return "" if answer else self.units[name].head_grade_alt

    def organization(self, answers: Mapping[str, str] | None = None) -> Organization:
        """The organization read, with the answers given to the questions (the default
        answer for any question not answered). Units get ids ``u1``, ``u2`` … in reading
        order; a unit whose parent is missing or would make a cycle goes to the top."""
        answers = answers or {}
        ids = {name: f"u{n}" for n, name in enumerate(self.units, start=1)}
        org = Organization()
        pending = list(self.units)
        while pending:
            progressed = False
            rest: list[str] = []
            for name in pending:
                parent = self.parent_of(name, answers)
                parent_id = ids.get(parent) if parent else None
                if parent_id is not None and parent_id not in org:
                    rest.append(name)
                    continue
                read = self.units[name]
                org.add(
                    Unit(
                        id=ids[name],
                        kind=self.kind_of(name, answers),
                        name_ko=name,
                        parent_id=parent_id,
                        head_grade=self.grade_of(name, answers),
                        duties=[Duty(d.ko) for d in read.duties],
                        staffing=dict(self.staffing.by_unit.get(name, {})),
                        purpose_ko=read.purpose_ko,
                        head_grade_alt=self.grade_alt_of(name, answers),
                    )
                )
                progressed = True
            if not progressed:  # a cycle among the answers: put the first one at the top
                first = rest.pop(0)
                read = self.units[first]
                org.add(
                    Unit(
                        ids[first],
                        self.kind_of(first, answers),
                        first,
                        duties=[Duty(d.ko) for d in read.duties],
                    )
                )
            pending = rest
        self._pool(org)
        return org

    def grades(self, base: Iterable[Grade] = DEFAULT_GRADES) -> tuple[Grade, ...]:
        """The project's grade list: ``base`` with the grades of the staffing table's own
        (a 복수직급's row ``3ㆍ4급``), each where the table counts it, so that the posts it
        counts there are the units' and every table says them."""
        return with_table_grades(base, self.staffing.grades.values())

    def unplaced_staffing(self) -> dict[str, int]:
        """Posts the staffing instrument's grade table states beyond those its table by
        organization gives to the units (grade code → count)."""
        placed: dict[str, int] = {}
        for staffing in self.staffing.by_unit.values():
            for code, count in staffing.items():
                placed[code] = placed.get(code, 0) + count
        rest = {code: n - placed.get(code, 0) for code, n in self.staffing.by_grade.items()}
        return {code: n for code, n in rest.items() if n > 0}

    def _pool(self, org: Organization) -> None:
        """Posts stated by grade but not by unit are kept with the head of government (the
        review says so), so that the totals of the new project are the instrument's."""
        rest = self.unplaced_staffing()
        head = org.head()
        if not rest or head is None:
            return
        for code, count in rest.items():
            head.staffing[code] = head.staffing.get(code, 0) + count


# -- vocabulary ---------------------------------------------------------------------------

_DEPUTY_MARKS = ("부지사", "부시장", "부군수", "부구청장")
_HEAD_ENDINGS = ("지사", "시장", "군수", "구청장")
_HEAD_OF_DEPUTY = {"부지사": "도지사", "부시장": "시장", "부군수": "군수", "부구청장": "구청장"}
_HEAD_OF_GOVERNMENT = {"도": "도지사", "시": "시장", "군": "군수", "구": "구청장"}
_GOVERNMENT_WORDS = {"도", "시", "군", "구", "본청", "도 본청", "시 본청", "군 본청", "구 본청"}

# Endings that tell the kind for certain, longest first.
_SURE_ENDINGS: tuple[tuple[str, UnitKind], ...] = (
    ("의회사무처", UnitKind.COUNCIL_SECRETARIAT),
    ("의회사무국", UnitKind.COUNCIL_SECRETARIAT),
    ("의회사무과", UnitKind.COUNCIL_SECRETARIAT),
    ("농업기술센터", UnitKind.AGENCY),
    ("보건의료원", UnitKind.AGENCY),
    ("담당관", UnitKind.OFFICER),
    ("사업소", UnitKind.FIELD_OFFICE),
    ("출장소", UnitKind.FIELD_OFFICE),
    ("위원회", UnitKind.COMMITTEE),
    ("보건소", UnitKind.AGENCY),
    ("연구원", UnitKind.AGENCY),
    ("연구소", UnitKind.AGENCY),
    ("개발원", UnitKind.AGENCY),
    ("교육원", UnitKind.AGENCY),
    ("기술원", UnitKind.AGENCY),
    ("본부", UnitKind.HEADQUARTERS),
    ("실", UnitKind.OFFICE),
    ("국", UnitKind.BUREAU),
    ("과", UnitKind.DIVISION),
    ("팀", UnitKind.TEAM),
    # 하부행정기관: 양평읍, 강상면, 중앙동 (a bare 읍·면·동 is the generic word, not a unit)
    ("읍", UnitKind.SUB_MUNICIPAL),
    ("면", UnitKind.SUB_MUNICIPAL),
    ("동", UnitKind.SUB_MUNICIPAL),
    # 일반구 of a 시 of 500,000 or more (지방자치법 제3조제3항): 장안구, 권선구
    ("구", UnitKind.GU),
)
# The generic words of a 읍·면·동 article (``군수 밑에 읍ㆍ면을 둔다``), and the posts of their
# heads with the ending of the units they head (``읍장은 지방행정사무관으로 보한다``).
_LOCAL_WORDS = frozenset({"읍", "면", "동", "리", "행정동", "법정동"})
_LOCAL_POSTS = {"읍장": "읍", "면장": "면", "동장": "동"}
# The head of a 시's 일반구 (``구에 구청장을 두되, 구청장은 지방서기관으로 보한다``): in the
# texts of a 시 that has 구, not the head of a 자치구.
_GU_HEAD = "구청장"
_GU_WORDS = frozenset({"구", "각구"})  # ``구에 …과를 둔다``: inside every 구
# A 특별자치도's 행정시 (「제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법」 제10조:
# ``도에 제주시와 서귀포시를 둔다``): the generic word, and the posts of their heads
# (``행정시에 시장과 부시장을 둔다``, ``행정시장은 지방이사관으로 보한다``), which are no
# head or deputy of the government.
_ADMIN_CITY_WORD = "행정시"
_ADMIN_CITY_POSTS = frozenset({"시장", "부시장", "행정시장"})
_ADMIN_CITY_HEADS = frozenset({"시장", "행정시장"})
# Endings that suggest a kind, to be confirmed when the instrument's level disagrees.
_LIKELY_ENDINGS: tuple[tuple[str, UnitKind], ...] = (
    ("단", UnitKind.TASK_FORCE),
    ("관", UnitKind.BUREAU_OFFICER),
    ("원", UnitKind.AGENCY),
    ("센터", UnitKind.AGENCY),
)
_GENERIC_POSTS = (
    "사무처장",
    "사무국장",
    "본부장",
    "센터장",
    "실장",
    "국장",
    "과장",
    "단장",
    "소장",
    "원장",
    "팀장",
    "처장",
    *_LOCAL_POSTS,
)

_POST_KINDS = {
    "실장": UnitKind.OFFICE,
    "국장": UnitKind.BUREAU,
    "본부장": UnitKind.HEADQUARTERS,
    "과장": UnitKind.DIVISION,
    "담당관": UnitKind.OFFICER,
    "팀장": UnitKind.TEAM,
    "단장": UnitKind.TASK_FORCE,
    "사업소장": UnitKind.FIELD_OFFICE,
}
_FIRE_GRADES = {g.ko: g.code for g in DEFAULT_GRADES if g.group == "fire"}
_GRADE_LABELS = {g.ko: g.code for g in DEFAULT_GRADES}
_TITLE_GRADES: tuple[tuple[str, str], ...] = (  # ending of a grade title → grade code
    ("관리관", "g1"),
    ("부이사관", "g3"),
    ("이사관", "g2"),
    ("서기관", "g4"),
    ("사무관", "g5"),
    ("주사보", "g7"),
    ("주사", "g6"),
    ("서기보", "g9"),
    ("서기", "g8"),
    ("연구관", "research"),
    ("연구사", "research"),
    ("지도관", "guidance"),
    ("지도사", "guidance"),
    ("정무직", "political"),
    ("별정직", "special"),
)

_LIST_SPLIT = re.compile(r"\s*(?:ㆍ|·|∙|,|\s및\s|\s와\s|\s과\s)\s*")
_PURPOSE = re.compile(r"^(?P<purpose>.+?)에\s*관한\s*사무를\s*(?:처리|관장|수행)하기\s*위하여\s*")
# A sentence leaving the units inside the 행정시 to the rule (or another ordinance).
_ADMIN_CITY_DELEGATION = re.compile(r"^행정시(?:에\s*두는|의)\s.*(?:규칙|조례)(?:으로|로)\s*정한다")
# The provision a placing clause cites before it: ``「…특별법」 제10조에 따라 도에 …를 둔다``.
_LEAD = re.compile(r"^[^,.]+?에\s*(?:따라|의하여|의해)\s*,?\s+")
_PLACE = re.compile(
    r"^(?P<sup>[^\s,]+?)(?:\s+(?P<rel>밑에|소속으로|소속하에|소속\s*하에)|(?P<at>에)|의\s+하부행정기관으로)\s+"
    r"(?P<list>(?:[^\s,.]+,\s+)*[^,.]+?)(?:을|를)\s+(?P<verb>두고|둔다|두되|두며|둘\s*수\s*있다)"
)
_COUNT = re.compile(r"^(?P<name>\S+?)\s*(?P<n>\d+)\s*(?:명|인)$")
_GRADE = re.compile(
    r"(?:^|[,.]\s*|\s)(?P<post>[^\s,.]+?)(?:은|는)\s+(?P<grades>[^,.]+?)(?:으로|로)\s*"
    r"보(?:한다|하되|하며|하고)"
)
_DUTIES = re.compile(
    r"(?:^|[,.]\s*)(?P<who>[^\s,.]+?)(?:은|는|이|가)\s+다음\s+(?:각\s*호의\s+)?(?:사항을|사무를)\s+"
    r"분장(?:한다|하며|하고)"
)
_WITH_DUTIES = re.compile(r"다음\s+(?:각\s*호의\s+)?(?:사항을|사무를)\s+분장")
_TOTAL = re.compile(r"(?:공무원|정원)[^.]*?정원은\s*(?:총\s*)?(?P<n>[\d,]+)\s*명")
_CLAUSES = re.compile(r"(?<=두고|두며),\s*(?=\S+?(?:\s+밑에|에)\s)")
_SETS_UP = re.compile(r"(?:둔다|두고|두되|두며|분장한다|분장하며|보한다)")


def _strip_particle(name: str) -> str:
    return name.strip().strip("「」\"'")


def split_list(text: str) -> list[str]:
    """``행정국ㆍ복지국 및 도시국`` → ``['행정국', '복지국', '도시국']``; ``행정부지사와
    경제부지사`` → ``['행정부지사', '경제부지사']``."""
    parts = [_strip_particle(part) for part in _LIST_SPLIT.split(text.strip()) if part.strip()]
    return [name for part in parts for name in _split_conjunction(part)]


def _split_conjunction(part: str) -> list[str]:
    """A name joined to the next by 와/과, the particle written on the name (``행정국과
    복지국``, ``행정부지사와 경제부지사``): split where the left side is a unit's name by its
    ending, or ends as the right side does (``제주시와 서귀포시``, a 특별자치도's 행정시), and
    the particle fits its last syllable (과 after a final consonant, 와 after a vowel), so
    that ``행정과 재무과`` is not cut into ``행정`` and ``재무과``."""
    for match in re.finditer(r"(?<=[가-힣])(와|과)\s+", part):
        left = part[: match.start()]
        final = (ord(left[-1]) - 0xAC00) % 28 != 0
        if (match.group(1) == "과") != final:
            continue
        right = part[match.end() :].split()[0] if part[match.end() :].split() else ""
        if kind_from_name(left)[0] is None and (len(left) < 2 or not right.endswith(left[-1])):
            continue
        return [left, *_split_conjunction(part[match.end() :])]
    return [part]


def is_deputy(name: str) -> bool:
    return any(mark in name for mark in _DEPUTY_MARKS)


def is_head(name: str) -> bool:
    return not is_deputy(name) and name.endswith(_HEAD_ENDINGS) and len(name) <= 12


def kind_from_name(name: str) -> tuple[UnitKind | None, bool]:
    """The kind a name's ending tells and whether it is sure: ``(BUREAU, True)`` for
    ``행정국``, ``(TASK_FORCE, False)`` for ``…추진단``, ``(None, False)`` for ``옴부즈만``."""
    if is_deputy(name):
        return UnitKind.VICE_GOVERNOR, True
    if is_head(name):
        return UnitKind.GOVERNOR, True
    for ending, kind in _SURE_ENDINGS:
        whole = len(ending) >= 3 or len(name) > len(ending)
        if name.endswith(ending) and whole:
            return kind, True
    for ending, kind in _LIKELY_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending):
            return kind, False
    return None, False


def graded_titles(text: str) -> list[tuple[str, str]]:
    """The titles of a 보한다 clause with their grade codes, in its order: ``지방부이사관
    또는 지방기술서기관`` → ``[('지방부이사관', 'g3'), ('지방기술서기관', 'g4')]``; words that
    name no grade are left out."""
    titles: list[tuple[str, str]] = []
    for part in re.split(r"\s*(?:또는|ㆍ|·|,|및)\s*", text):
        part = part.strip()
        if not part:
            continue
        code = _FIRE_GRADES.get(part) or _GRADE_LABELS.get(part)
        if code is None:
            if match := re.fullmatch(r"(?:일반직\s*)?(\d)급(?:\s*상당)?(?:\s*\S+)?", part):
                code = f"g{match.group(1)}"
            else:
                code = next((c for end, c in _TITLE_GRADES if part.endswith(end)), None)
        if code:
            titles.append((part, code))
    return titles


def grade_codes(text: str) -> list[str]:
    """Grade codes of a 보한다 clause: ``지방서기관 또는 지방기술서기관`` → ``['g4']``."""
    return list(dict.fromkeys(code for _title, code in graded_titles(text)))


def placed_names(sentence: str) -> list[str]:
    """The unit names a placing sentence lists: every clause of ``행정국에 A과ㆍB과를 두고,
    복지국에 C과를 둔다`` (heads' posts such as ``국장 1명`` are no units)."""
    names: list[str] = []
    for clause in _CLAUSES.split(sentence):
        if match := _PURPOSE.match(clause):
            clause = clause[match.end() :]
        match = _place(clause)
        if match is None:
            continue
        listed = split_list(match.group("list"))
        if len(listed) == 1 and _COUNT.match(listed[0]):
            continue
        names.extend(n for n in listed if n not in _GENERIC_POSTS)
    return names


def _place(text: str) -> re.Match[str] | None:
    """The placing clause at the start of ``text``, or after the provision it cites
    (``「…」 제10조에 따라 도에 제주시와 서귀포시를 둔다``)."""
    match = _PLACE.match(text)
    if match is None and (lead := _LEAD.match(text)):
        match = _PLACE.match(text[lead.end() :])
    return match


def _level_of(inst: Instrument) -> Level:
    return Level.DIVISION if inst.kind is InstrumentKind.RULE else Level.BUREAU


# -- locating lines -----------------------------------------------------------------------


class _Lines:
    """The pasted lines of one instrument, for finding the line a provision came from."""

    def __init__(self, key: str, text: str) -> None:
        self.key = key
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.lines = [syntax.clean_line(line) for line in raw]
        self.cursor = 0

    def source(self, index: int) -> SourceLine:
        return SourceLine(self.key, index + 1, self.lines[index])

    def article(self, art: Article) -> SourceLine:
        pattern = re.compile(re.escape(art.label) + r"(?=[(\s]|$)")
        for index in range(self.cursor, len(self.lines)):
            if pattern.match(self.lines[index]):
                self.cursor = index
                return self.source(index)
        return SourceLine(self.key, 0, art.label)

    def find(self, text: str, fallback: SourceLine) -> SourceLine:
        """The next line (from the cursor) that holds the start of ``text``."""
        needle = text[:24].strip()
        if not needle:
            return fallback
        for index in range(self.cursor, len(self.lines)):
            if needle in self.lines[index]:
                self.cursor = index
                return self.source(index)
        return fallback


# -- the reader ---------------------------------------------------------------------------


@dataclass
class _Para:
    """A paragraph with its located line, ready for both passes."""

    inst: Instrument
    art: Article
    para: Paragraph
    source: SourceLine
    duty_sources: list[SourceLine]


class _Reader:
    def __init__(self, government_ko: str = "") -> None:
        self.government_ko = government_ko  # as File › New names it (제주특별자치도)
        self.reading = OrgReading()
        self.asked: set[str] = set()
        self.claimed: set[int] = set()  # id() of paragraphs a pattern has read
        # a 특별자치도's texts (by their titles): a ``…시`` under its head is a 행정시
        self.self_governing_province = False
        self.gu_arts: set[int] = set()  # id() of articles on the units inside every 구
        self.gu_names: set[str] = set()  # the names of those units (their duties are theirs)

    # -- helpers --------------------------------------------------------------------------

    def ask(
        self, topic: str, subject: str, source: SourceLine, message_id: str, options, /, **params
    ):
        qid = f"{topic}:{subject}" if topic != "unread" else f"unread:{source.label()}"
        if qid in self.asked:
            return
        self.asked.add(qid)
        self.reading.questions.append(
            Question(qid, topic, subject, source, message_id, params, tuple(options))
        )

    def mention(self, name: str, source: SourceLine) -> None:
        self.reading.mentioned.setdefault(name, source)

    def head(self) -> str | None:
        for name, unit in self.reading.units.items():
            if unit.kind is UnitKind.GOVERNOR:
                return name
        return None

    def gu_article(self, item: _Para, names: list[str]) -> None:
        """An article setting up the units inside every 구: claimed whole, and told once at its
        line, so that its 과 are not read as the mayor's nor its grades given to his 과."""
        self.gu_arts.add(id(item.art))
        self.gu_names.update(names)
        self.claimed.update(id(p) for p in item.art.paragraphs)
        self.ask(
            "unread",
            "",
            item.source,
            N_(
                "The units set up in every district ({units}) are not read: the organization "
                "holds the city's own units, and those of the districts are not among them."
            ),
            (),
            units=Pair("ㆍ".join(names), ", ".join(names)),
        )

    def gu_units(self) -> list[ReadUnit]:
        """The 일반구 read so far: while there are any, 구청장 is their head's post."""
        return [u for u in self.reading.units.values() if u.kind is UnitKind.GU]

    def admin_cities(self) -> list[ReadUnit]:
        """The 행정시 read so far: while there are any, 시장 in a 행정시 sentence and 행정시장
        are their head's post."""
        return [u for u in self.reading.units.values() if u.kind is UnitKind.ADMIN_CITY]

    def is_admin_city(self, name: str, parent: str | None) -> bool:
        """Whether ``name`` placed under ``parent`` is a 행정시: a ``…시`` that a
        특별자치도's texts place under its head (``도에 제주시와 서귀포시를 둔다``); elsewhere a
        ``…시`` is no unit's name."""
        return (
            self.self_governing_province
            and parent is not None
            and parent == self.head()
            and len(name) > 1
            and name.endswith("시")
            and name != _ADMIN_CITY_WORD
            and not is_head(name)
        )

    def ensure_top(self, name: str, source: SourceLine) -> str:
        """The head or a deputy named ``name``, created when first met."""
        units = self.reading.units
        self.mention(name, source)
        if name in units:
            return name
        if is_head(name):
            units[name] = ReadUnit(name, UnitKind.GOVERNOR, source)
            return name
        head = self.head()
        if head is None:
            mark = next(m for m in _DEPUTY_MARKS if m in name)
            head = self.ensure_top(_HEAD_OF_DEPUTY[mark], source)
        units[name] = ReadUnit(name, UnitKind.VICE_GOVERNOR, source, parent=head)
        return name

    def superior(self, name: str, source: SourceLine) -> str | None:
        """The unit a ``X 밑에`` / ``X에`` names, created when it is the head or a deputy;
        ``None`` when it names the government itself (``도``, ``시 본청``)."""
        if name in self.reading.units:
            self.mention(name, source)
            return name
        if is_head(name) or is_deputy(name):
            return self.ensure_top(name, source)
        if name in _GOVERNMENT_WORDS or name.endswith("의회"):
            # the government itself; its council's secretariat sits beside the head here
            head = self.head()
            if head is None:
                kind_word = name.removesuffix("의회").split()[0][-1]
                head = self.ensure_top(_HEAD_OF_GOVERNMENT.get(kind_word, "시장"), source)
            return head
        return None

    def kind_for(self, name: str, inst: Instrument, siblings: list[str], source) -> UnitKind:
        kind, sure = kind_from_name(name)
        level = _level_of(inst)
        if kind is not None and (sure or kind.level is level):
            return kind
        sibling_kinds = [kind_from_name(s) for s in siblings if s != name]
        sure_kinds = {k for k, s in sibling_kinds if k is not None and s}
        guess = kind
        if guess is None:
            if len(sure_kinds) == 1:
                guess = next(iter(sure_kinds))
            else:
                guess = UnitKind.TEAM if level is Level.DIVISION else UnitKind.BUREAU_OFFICER
        options = [guess.value] + [k.value for k in UnitKind if k.level is not Level.TOP]
        self.ask(
            "kind",
            name,
            source,
            N_(
                "The kind of {unit} is not clear from its name in the {instrument}; "
                "read as {kind}. Choose its kind."
            ),
            list(dict.fromkeys(options)),
            unit=name,
            # its title in 「」 in Korean, its English title in English, else its kind (규칙,
            # the Rule) — a pasted text may lack its title line — as validate.instrument_words
            # names one; never an empty 「」 nor the Korean title in English
            instrument=Pair(
                f"「{inst.title}」" if inst.title else inst.kind.ko,
                inst.title_en.strip() or inst.kind.en,
            ),
            kind=Message(_KIND_MSG[guess]),
        )
        return guess

    # -- pass 1: placements ----------------------------------------------------------------

    def place(self, item: _Para) -> None:
        """Read every placing clause of a paragraph (``…를 두고, …에 …를 두며, …를 둔다``)."""
        for clause in _CLAUSES.split(item.para.text):
            self.place_clause(item, clause)

    def place_clause(self, item: _Para, text: str) -> None:
        purpose = ""
        if match := _PURPOSE.match(text):
            purpose = match.group("purpose").strip()
            text = text[match.end() :]
        match = _place(text)
        if match is None:
            return
        sup_name = match.group("sup")
        names = split_list(match.group("list"))
        if self.admin_cities() and sup_name == _ADMIN_CITY_WORD:
            if set(names) <= _ADMIN_CITY_POSTS:
                # ``행정시에 시장과 부시장을 둔다``: the posts of the 행정시, not a second head
                # of government; the 행정시장's grade is read in pass 2
                self.claimed.add(id(item.para))
                return
        if len(names) == 1 and (count := _COUNT.match(names[0])):
            post = count.group("name")
            if post.endswith("장") or post in _GENERIC_POSTS:
                return  # 행정국에 국장 1명을 두되 — the head's post, read in pass 2
            names = [post]
        if len(names) == 1 and names[0] in _GENERIC_POSTS:
            return
        if names == [_GU_HEAD] and self.gu_units():
            self.claimed.add(id(item.para))  # ``구에 구청장을 두되``: its grade is read in pass 2
            return
        if sup_name in _GU_WORDS and self.gu_units():
            # ``구에 행정지원과ㆍ세무과를 둔다``: the units of every 구, not the mayor's; the tree
            # holds one unit by name, so the article is told, not read (nor its 과장's grade)
            self.gu_article(item, names)
            return
        if all(n in _LOCAL_WORDS or n in _LOCAL_POSTS for n in names):
            # ``군수 밑에 읍ㆍ면을 둔다``, ``읍ㆍ면ㆍ동에 읍장ㆍ면장ㆍ동장을 둔다``: which 읍·면·동
            # there are, another ordinance says; the posts are read with their grades
            self.claimed.add(id(item.para))
            return
        if names == [_ADMIN_CITY_WORD] and self.self_governing_province:
            self.claimed.add(id(item.para))  # ``도에 행정시를 둔다``: which, another text says
            return
        parent = self.superior(sup_name, item.source)
        if parent is None:
            parent = self.placeholder(sup_name, item)
        self.claimed.add(id(item.para))
        for name in names:
            self.put(name, parent, item, names, purpose if len(names) == 1 else "")
        if len(names) == 1 and _WITH_DUTIES.search(text):
            self.duties(names[0], item)

    def placeholder(self, name: str, item: _Para) -> str:
        """A superior met before it is placed itself: created, its parent asked for."""
        kind, _sure = kind_from_name(name)
        head = self.head()
        self.reading.units[name] = ReadUnit(name, kind or UnitKind.BUREAU, item.source, parent=head)
        self.mention(name, item.source)
        self.unplaced.add(name)
        return name

    def put(self, name: str, parent: str, item: _Para, siblings: list[str], purpose: str):
        units = self.reading.units
        self.mention(name, item.source)
        if is_head(name) or is_deputy(name):
            self.ensure_top(name, item.source)
            return
        existing = units.get(name)
        if existing is not None:
            if name in self.unplaced:  # first met as a superior: now placed
                self.unplaced.discard(name)
                existing.parent, existing.source = parent, item.source
                existing.kind = self.kind_for(name, item.inst, siblings, item.source)
            elif existing.parent != parent:
                self.ask(
                    "parent",
                    name,
                    item.source,
                    N_(
                        "{unit} is placed under {first} ({first_line}) and under {second} "
                        "({second_line}). Choose its superior."
                    ),
                    [existing.parent or "", parent],
                    unit=name,
                    first=existing.parent or "",
                    first_line=existing.source.label(),
                    second=parent,
                    second_line=item.source.label(),
                )
            if purpose and not existing.purpose_ko:
                existing.purpose_ko = purpose
            return
        if self.is_admin_city(name, parent):
            kind = UnitKind.ADMIN_CITY
        else:
            kind = self.kind_for(name, item.inst, siblings, item.source)
        units[name] = ReadUnit(name, kind, item.source, parent=parent, purpose_ko=purpose)

    # -- pass 2: posts, grades, duties -----------------------------------------------------

    def subject(self, item: _Para) -> str | None:
        """The unit an article is about: its title when that is a unit, else the unit its
        first paragraph places or gives a head to."""
        title = item.art.title
        if title in self.reading.units:
            return title
        head = self.head()
        if title and head and (is_head(title) or is_deputy(title)):
            return title if title in self.reading.units else None
        return None

    def resolve(self, who: str, item: _Para) -> str | None:
        """The unit a post or name designates: ``행정국장`` → 행정국, ``국장`` → the article's
        unit, ``자치행정과`` → itself."""
        units = self.reading.units
        if who in units:
            return who
        if who.endswith("장") and who[:-1] in units:
            return who[:-1]
        for name, unit in units.items():
            if unit.head_post and who == name + unit.head_post.removeprefix(name):
                return name
        if who in _GENERIC_POSTS or any(who.endswith(p) for p in _GENERIC_POSTS):
            subject = self.subject(item)
            if subject is not None:
                return subject
            for name, unit in units.items():
                if unit.head_post == who and unit.source.instrument == item.source.instrument:
                    return name
        return None

    def posts(self, item: _Para) -> None:
        if id(item.art) in self.gu_arts:
            return  # the 구's units and their heads are not read (gu_article)
        text = item.para.text
        if match := _PURPOSE.match(text):
            text = text[match.end() :]
        match = _PLACE.match(text)
        if match is not None:
            names = split_list(match.group("list"))
            if len(names) == 1 and (count := _COUNT.match(names[0])):
                post = count.group("name")
                unit = self.resolve(match.group("sup"), item)
                if unit is None and item.art.title and match.group("sup") == item.art.title:
                    unit = self.title_unit(item)
                if unit is not None:
                    self.reading.units[unit].head_post = post
                    self.claimed.add(id(item.para))
        for match in _GRADE.finditer(item.para.text):
            who = match.group("post")
            if who == _GU_HEAD and self.gu_units():  # the 구's head, not the government's
                self.grade_by_post(match, item)
                continue
            unit = self.resolve(who, item)
            if unit is None:
                self.grade_by_post(match, item)
                continue
            self.claimed.add(id(item.para))
            codes = grade_codes(match.group("grades"))
            read = self.reading.units[unit]
            if not codes:
                self.ask(
                    "unread",
                    unit,
                    item.source,
                    N_("The grade in this sentence was not recognised: {text}"),
                    (),
                    text=match.group(0).strip(" ,."),
                )
                continue
            read.set_grades(codes, item.source)
            if len(codes) > 2:  # 복수직급 is two grades: a third is told, not kept silently
                self.ask(
                    "grade",
                    unit,
                    item.source,
                    N_(
                        "The head of {unit} may hold {grades}; the first two are kept. Check "
                        "the unit's head grade after reading."
                    ),
                    (),
                    unit=unit,
                    grades=grades_words(codes),
                )

    def on_admin_cities(self, item: _Para) -> bool:
        """Whether a paragraph is about the 행정시 read: it names them, or its article's
        title does (``제12조(행정시장) 시장은 …``)."""
        if not self.admin_cities():
            return False
        words = (_ADMIN_CITY_WORD, *(u.name_ko for u in self.admin_cities()))
        return any(word in item.para.text or word in item.art.title for word in words)

    def grade_by_post(self, match: re.Match[str], item: _Para) -> None:
        """``실장 및 과장은 지방행정사무관으로 보한다``, ``구청장은 지방부이사관으로 보한다``
        (in a 시 with 구), ``행정시장은 지방이사관으로 보한다`` (with 행정시): the grade of
        every unit of those kinds whose own article states none; a post that names no unit is
        reported."""
        lead = re.split(r"[.,]\s", item.para.text[: match.start("post")])[-1].strip()
        posts_text = match.group("post")
        if re.search(r"(?:및|ㆍ|·)$", lead):
            posts_text = f"{lead} {posts_text}"
        posts = [p for p in split_list(posts_text) if p]
        kinds = [
            _POST_KINDS.get(p)
            or (p in _LOCAL_POSTS and UnitKind.SUB_MUNICIPAL)
            or (p == _GU_HEAD and bool(self.gu_units()) and UnitKind.GU)
            or (p in _ADMIN_CITY_HEADS and self.on_admin_cities(item) and UnitKind.ADMIN_CITY)
            for p in posts
        ]
        endings = tuple(_LOCAL_POSTS[p] for p in posts if p in _LOCAL_POSTS)
        codes = grade_codes(match.group("grades"))
        if not codes or not all(kinds):
            self.ask(
                "unread",
                "",
                item.source,
                N_("This grade sentence names no unit that was read: {text}"),
                (),
                text=match.group(0).strip(" ,."),
            )
            return
        self.claimed.add(id(item.para))
        if len(codes) > 2:  # as for one head: a third grade is told, not kept silently
            self.ask(
                "unread",
                "",
                item.source,
                N_(
                    "{posts} may hold {grades}; the first two are kept. Check the head grades "
                    "after reading."
                ),
                (),
                posts=posts_text,
                grades=grades_words(codes),
            )
        for read in self.reading.units.values():
            if read.kind in kinds and not read.head_grade:
                if read.kind is UnitKind.SUB_MUNICIPAL and not read.name_ko.endswith(endings):
                    continue  # 읍장's grade is not the 면장's
                read.set_grades(codes, item.source)

    def title_unit(self, item: _Para) -> str:
        """An article titled with a unit that no list places (``제4조(행정국)`` alone)."""
        name = item.art.title
        kind, _sure = kind_from_name(name)
        head = self.head()
        deputies = [n for n, u in self.reading.units.items() if u.kind is UnitKind.VICE_GOVERNOR]
        default = deputies[0] if len(deputies) == 1 else head
        self.reading.units[name] = ReadUnit(
            name, kind or UnitKind.BUREAU, item.source, parent=default
        )
        self.mention(name, item.source)
        options = [default or ""] + [n for n in self.reading.units if n not in (name, default)]
        self.ask(
            "parent",
            name,
            item.source,
            N_("No list article places {unit}; read as under {parent}. Choose its superior."),
            options,
            unit=name,
            parent=default or "",
        )
        return name

    def duty_sentence(self, item: _Para) -> None:
        if id(item.art) in self.gu_arts:
            return
        match = _DUTIES.search(item.para.text)
        if match is None:
            return
        who = match.group("who")
        if who in self.gu_names or who.removesuffix("장") in self.gu_names:
            self.claimed.add(id(item.para))  # a 구's unit's duties: told with its article
            return
        unit = self.resolve(who, item)
        if unit is None and item.art.title and who in (item.art.title, item.art.title + "장"):
            unit = self.title_unit(item)
        if unit is None:
            self.ask(
                "unread",
                who,
                item.source,
                N_("The duties of {who} were not read: no unit of that name or post was found."),
                (),
                who=who,
            )
            self.claimed.add(id(item.para))
            return
        self.claimed.add(id(item.para))
        self.duties(unit, item)

    def duties(self, unit: str, item: _Para) -> None:
        read = self.reading.units[unit]
        subs = [s for s in item.para.subparagraphs if not s.deleted]
        if read.duties and subs:
            self.ask(
                "unread",
                unit,
                item.source,
                N_(
                    "The duties of {unit} are listed twice ({first} and here); "
                    "the later list was read."
                ),
                (),
                unit=unit,
                first=read.duties_source.label() if read.duties_source else "",
            )
        sources = dict(zip(map(id, item.para.subparagraphs), item.duty_sources, strict=True))
        read.duties = [ReadDuty(s.text, sources[id(s)]) for s in subs]
        read.duties_source = item.source

    # -- staffing ---------------------------------------------------------------------------

    def staffing(self, key: str, inst: Instrument, lines: _Lines, items: list[_Para]) -> None:
        staff = self.reading.staffing
        for item in items:
            if staff.total is None and (match := _TOTAL.search(item.para.text)):
                staff.total = int(match.group("n").replace(",", ""))
                staff.total_source = item.source
                self.claimed.add(id(item.para))
        for annex in inst.annexes:
            if "정원" not in annex.title:
                continue
            source = lines.find(f"[{annex.label}]", SourceLine(key, 0, annex.label))
            self.annex(annex.rows, source, lines)

    def annex(self, rows: list[list[str]], source: SourceLine, lines: _Lines) -> None:
        staff = self.reading.staffing
        header: list[str | None] | None = None
        for row in rows:
            cells = [c.strip() for c in row]
            codes = [self.grade_code(c, source) for c in cells]
            if sum(1 for c in codes if c) >= 2:
                header = codes
                continue
            numbers = [_number(c) for c in cells]
            if header is not None and cells and cells[0] in self.reading.units:
                staffing = {
                    code: n
                    for code, n in zip(header, numbers, strict=False)
                    if code and n is not None and n > 0
                }
                figures = [c for code, c in zip(header, cells, strict=False) if code]
                self.unreadable_figure(cells[0], figures, lines.find(cells[0], source))
                if staffing:
                    staff.by_unit[cells[0]] = staffing
                continue
            if len(cells) >= 2 and codes[0]:
                self.unreadable_figure(cells[0], cells[1:2], lines.find(cells[0], source))
                if numbers[1] is not None:
                    staff.by_grade[codes[0]] = staff.by_grade.get(codes[0], 0) + numbers[1]
                    staff.by_grade_source = source

    def unreadable_figure(self, label: str, cells: list[str], source: SourceLine) -> None:
        """Tell a staffing table's cell that should hold a figure and holds something else
        (``²60``, ``육십``): its posts are not read, and the official is told at its line
        rather than finding the total short. An empty cell or a dash holds no posts."""
        bad = next((c for c in cells if c and _number(c) is None and c not in _NO_FIGURE), None)
        if bad is None:
            return
        self.ask(
            "unread",
            label,
            source,
            N_("{label}: {cell!r} is not a number, so the posts of this row were not read."),
            (),
            label=label,
            cell=bad,
        )

    def grade_code(self, cell: str, source: SourceLine) -> str | None:
        """The grade a staffing table's label states: one of the default list (``4급``), or
        one of the table's own (``3ㆍ4급``, kept in the reading for the project's list)."""
        if cell in _GRADE_LABELS:
            return _GRADE_LABELS[cell]
        grade = table_grade(cell)
        if grade is None:
            return None
        self.reading.staffing.grades.setdefault(grade.code, grade)
        self.reading.staffing.grade_sources.setdefault(grade.code, source)
        return grade.code

    # -- driver -----------------------------------------------------------------------------

    def run(self, texts: Iterable[tuple[str, str]]) -> OrgReading:
        from desktop.core.statute_text import parse_instrument

        self.unplaced: set[str] = set()
        parsed: list[tuple[str, Instrument, _Lines, list[_Para]]] = []
        for key, text in texts:
            inst, _messages = parse_instrument(text)
            if not inst.title and key in {k.value for k in InstrumentKind}:
                # no title line to tell the kind from: the slot it was pasted in does
                # (``rule`` for the enforcement rule), not the parser's default ordinance
                inst.kind = InstrumentKind(key)
            lines = _Lines(key, text)
            items: list[_Para] = []
            for art in inst.articles:
                if art.deleted:
                    continue
                art_source = lines.article(art)
                for para in art.paragraphs:
                    if para.deleted:
                        continue
                    source = lines.find(para.text, art_source)
                    duty_sources = [lines.find(sub.text, source) for sub in para.subparagraphs]
                    items.append(_Para(inst, art, para, source, duty_sources))
            parsed.append((key, inst, lines, items))
        # by the titles, or, for texts pasted without one, by the government's own name
        names = [inst.title.split()[0] for _k, inst, _l, _i in parsed if inst.title.strip()]
        names += [self.government_ko.split()[0]] if self.government_ko.strip() else []
        self.self_governing_province = any(
            infer_kind(name) is GovernmentKind.SPECIAL_SELF_GOVERNING_PROVINCE for name in names
        )
        for _key, _inst, _lines, items in parsed:
            for item in items:
                self.place(item)
        delegations = [item for *_rest, items in parsed for item in items if self.delegates(item)]
        for key, inst, lines, items in parsed:
            for item in items:
                self.posts(item)
                self.duty_sentence(item)
            self.staffing(key, inst, lines, items)
        for name in self.unplaced:
            read = self.reading.units[name]
            self.ask(
                "parent",
                name,
                read.source,
                N_("{unit} is named as a superior but no article places it. Choose its superior."),
                [read.parent or ""] + [n for n in self.reading.units if n != name],
                unit=name,
            )
        self.admin_city_notes(delegations)
        for _key, _inst, _lines, items in parsed:
            for item in items:
                self.unread(item)
        self.staffing_notes()
        return self.reading

    def delegates(self, item: _Para) -> bool:
        """``행정시에 두는 국ㆍ과와 읍ㆍ면ㆍ동의 설치 및 분장사무는 규칙으로 정한다``: the units
        inside the 행정시 are another instrument's; the sentence is read (claimed)."""
        text = item.para.text
        if not self.admin_cities() or not _ADMIN_CITY_DELEGATION.match(text):
            return False
        self.claimed.add(id(item.para))
        return True

    def admin_city_notes(self, delegations: list[_Para]) -> None:
        """A sentence leaving the units inside the 행정시 to another instrument, when none of
        the texts places a unit in them: the review says that the 행정시 are read without
        the units inside them."""
        cities = [u.name_ko for u in self.admin_cities()]
        if not delegations or any(u.parent in cities for u in self.reading.units.values()):
            return
        self.ask(
            "unread",
            "",
            delegations[0].source,
            N_(
                "This sentence leaves the units inside the administrative cities ({cities}) to "
                "another instrument, and none of the texts sets them up: the administrative "
                "cities are read without the units inside them."
            ),
            (),
            cities=", ".join(cities),
        )

    def staffing_notes(self) -> None:
        """What the review must say about staffing the units do not receive from the text:
        posts by grade kept with the head, or a total without any table."""
        staff = self.reading.staffing
        rest = self.reading.unplaced_staffing()
        head = self.head()
        if rest and head is not None and staff.by_grade_source is not None:
            self.ask(
                "unread",
                "",
                staff.by_grade_source,
                N_(
                    "{n:,} posts are stated by grade but not by unit; they are kept with {head} "
                    "until you give them to the units (Current organization)."
                ),
                (),
                n=sum(rest.values()),
                head=head,
            )
        elif staff.total and not staff.by_grade and not staff.by_unit and staff.total_source:
            self.ask(
                "unread",
                "",
                staff.total_source,
                N_(
                    "The total staffing ({n:,}) is stated without a table by grade or unit: "
                    "enter the staffing of the units (Current organization)."
                ),
                (),
                n=staff.total,
            )

    def unread(self, item: _Para) -> None:
        """A sentence that sets up units or duties in words no pattern read."""
        if id(item.para) in self.claimed:
            return
        text = item.para.text
        if not _SETS_UP.search(text) or "정원" in text or "규칙으로 정한다" in text:
            return
        if not (_PLACE.search(text) or _WITH_DUTIES.search(text)):
            return
        self.ask(
            "unread",
            "",
            item.source,
            N_("This sentence seems to set up units or duties but was not read: {text}"),
            (),
            text=text,
        )


_NO_FIGURE = frozenset("-－―—–")  # a dash: no posts of that grade


def _number(cell: str) -> int | None:
    cell = cell.replace(",", "").strip()
    return int(cell) if cell.isdecimal() else None


_KIND_MSG = {
    UnitKind.GOVERNOR: N_("the head of government"),
    UnitKind.VICE_GOVERNOR: N_("a deputy head"),
    UnitKind.OFFICE: N_("an office (실)"),
    UnitKind.BUREAU: N_("a bureau (국)"),
    UnitKind.HEADQUARTERS: N_("a headquarters (본부)"),
    UnitKind.BUREAU_OFFICER: N_("a bureau-level officer (관)"),
    UnitKind.TASK_FORCE: N_("a task force (단)"),
    UnitKind.COMMITTEE: N_("a committee"),
    UnitKind.DIVISION: N_("a division (과)"),
    UnitKind.OFFICER: N_("an officer (담당관)"),
    UnitKind.TEAM: N_("a team (팀)"),
    UnitKind.AGENCY: N_("an agency (직속기관)"),
    UnitKind.FIELD_OFFICE: N_("a field office (사업소)"),
    UnitKind.COUNCIL_SECRETARIAT: N_("the council secretariat"),
    UnitKind.GU: N_("a district of the city (구)"),
    UnitKind.ADMIN_CITY: N_("an administrative city (행정시)"),
    UnitKind.SUB_MUNICIPAL: N_("an eup, myeon or dong (읍ㆍ면ㆍ동)"),
}


def read_organization(texts: Iterable[tuple[str, str]], government_ko: str = "") -> OrgReading:
    """Read the organization from instrument texts, each ``(key, pasted text)``, in the
    order given (the organization instruments first, as the project lists them).
    ``government_ko`` (``제주특별자치도``) tells the kind of government where the texts' title
    lines do not (texts pasted without them)."""
    return _Reader(government_ko).run(texts)
