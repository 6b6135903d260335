"""What a quote leaves out: the provision's punctuation, quotation marks and particles (조사).

``shared/domain/drafting-ko.md`` §3: quote the changed noun "never with its trailing
particle" and "without the provision's own punctuation or quotation marks". :func:`trim`
cuts, from both sides of a changed stretch:

- punctuation and quotation marks that both sides share at either end;
- a trailing particle that both sides share, provided each agrees with its own last syllable
  (``국토해양부장관은`` → ``국토해양부장관``; ``"A로`` → ``A``). When the two sides take
  different forms (을/를, 이/가 …) the particles stay in the quote
  (``"방송통신위원회가"`` → ``"과학기술정보통신부장관이"``), as replacing the noun alone would
  leave a wrong particle behind. A verb's ending that looks like a particle is not one
  (``받은``, ``있는``, ``정하는``): a quote never ends inside a word; nor is the last syllable
  of a noun such as 허가, 휴가, 도로, 높이 (``"건축허가"``, never ``"건축허"``), nor the ``까지``
  that closes a range cited (``"제104조부터 제107조까지"``).

Ambiguous endings are resolved conservatively (house rules): a ``과`` on both sides is read as
part of the noun (``평생교육과`` is a division; not after a closing bracket, ``"건축물(…)"과``),
as is ``의`` in nouns such as 회의, 심의, 협의
(but not after 위원회, 협의회 …); ``도`` and ``만`` are never stripped (경기도). English texts
lose only punctuation.
"""

from __future__ import annotations

import re
import unicodedata

from desktop.core.korean import attach, final_consonant, particle

_QUOTES = set("\"'“”‘’「」『』〈〉《》()[]{}<>")
# Particle families: (form after a final consonant, form after a vowel, ㄹ takes the vowel form).
_CONDITIONED = (
    ("으로부터의", "로부터의", True),  # cut whole as 으로서의: "금융기관으로부터의"
    ("으로부터", "로부터", True),
    ("으로서의", "로서의", True),  # a particle is cut whole: "문화재로서의", not "…로서" + 의
    ("으로서", "로서", True),
    ("으로써", "로써", True),
    ("으로는", "로는", True),
    ("으로의", "로의", True),
    ("으로", "로", True),
    ("이나", "나", False),
    ("이며", "며", False),
    ("이란", "란", False),
    ("이라", "라", False),  # only after a quoted term: "이하 "A"라 한다" (not 따라)
    ("과의", "와의", False),
    ("은", "는", False),
    ("이", "가", False),
    ("을", "를", False),
    ("과", "와", False),
)
_CLOSING_QUOTES = "\"'”’"
_PLAIN = (
    "에서는",
    "에서의",
    "에게는",
    "에의",
    "에서",
    "에게",
    "에는",
    "에도",
    "까지",
    "부터",
    "보다",
)
_PLAIN += ("마다", "께서", "에", "의")
# Particles that end in the topic particle (에 + 는): cut whole, never to a fragment of the
# particle (``"총무과에서"``).
_COMPOUND = ("에서는", "에게는", "에는")
# Heads of names after which a final 과 is the particle (no division name ends so).
_HEADS = (
    "장관",
    "청장",
    "처장",
    "원장",
    "회장",
    "국장",
    "실장",
    "단장",
    "관",
    "청",
    "원",
    "법",
    "령",
)
_UI_NOUNS = ("회의", "심의", "협의", "합의", "논의", "건의", "동의", "정의", "주의", "의의")
_UI_NOUNS += ("강의", "결의", "질의", "토의", "민의", "창의", "자의", "대의")
_UI_ORGANS = ("위원회의", "협의회의", "이사회의", "심의회의", "의회의", "총회의")
_UI_ORGANS += ("사회의", "국회의", "협회의", "학회의", "교회의", "기회의", "대회의", "연합회의")
_UI_ORGANS += ("중앙회의", "공제회의")  # 농업협동조합중앙회, 교직원공제회
# the residents' councils of 시ㆍ군ㆍ구 ordinances (주민자치회, 마을자치회)
_UI_ORGANS += ("자치회의",)
# Nouns in 의 that also end compounds (정책회의, 사전심의); the other nouns of _UI_NOUNS end
# many words as a particle after another noun (대상자의, 결정의, 주민의, 조합의), so only the
# whole word is read as the noun.
_UI_COMPOUND = ("회의", "심의", "협의", "논의")
# Last syllables of verb and adjective stems that end no noun: an ending after them is the
# verb's (받은, 있는, 없이, 같은), never a particle, and cutting it would end a quote inside a
# word (``"위임을 받"``). 하, 되, 르 and 두 end verbs before 는 (정하는, 되는, 따르는, 두는).
_VERB_STEMS = frozenset("받있없같않많높낮좋넓좁깊얕짧늦붙옳싫맡얻읽찾잃")
_VERB_STEMS_BEFORE_NEUN = frozenset("하되르두")


def _ui_noun(text: str) -> bool:
    """Whether the final 의 of ``text`` belongs to a noun (회의, 협의 …), not a particle."""
    word = re.split(r"[\sㆍ]", text)[-1]
    if word in _UI_NOUNS:
        return True
    return word.endswith(_UI_COMPOUND) and not word.endswith(_UI_ORGANS)


def is_punct(ch: str) -> bool:
    return ch in _QUOTES or unicodedata.category(ch)[0] == "P"


def _agrees(stem: str, form: str, closed: str, open_: str, lieul_open: bool) -> bool:
    try:  # read through closing quotation marks: "공정경제과"를
        final = final_consonant(read_as(stem.rstrip(_CLOSING_QUOTES)))
    except ValueError:
        return False
    want_closed = final is not None and not (lieul_open and final == "ㄹ")
    return form == (closed if want_closed else open_)


def _particle_of(word: str, family: tuple[str, str, bool]) -> str | None:
    closed, open_, _ = family
    for form in (closed, open_):
        if word.endswith(form) and len(word) > len(form):
            return form
    return None


def _families_by_last() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """The particle families of :data:`_CONDITIONED` by the last character of their forms, in
    their order: a word can end only in a family listed under its own last character, so
    :func:`strip_particles` (asked for every quote of every provision) tries only those."""
    by_last: dict[str, list[tuple[str, str, bool]]] = {}
    for family in _CONDITIONED:
        for last in dict.fromkeys(form[-1] for form in family[:2]):
            by_last.setdefault(last, []).append(family)
    return {last: tuple(families) for last, families in by_last.items()}


_FAMILIES_BY_LAST = _families_by_last()


# Whole words that end like a particle but are none (또 + 는 is not 또는).
_NOT_PARTICLE = ("또는", "혹은")


# Nouns whose last syllable is a particle's that agrees with the syllable before it, so that
# only the word tells (허가 is no 허 + 가, 도로 no 도 + 로); cut there, a quote would end inside
# the word (``"건축허"``, ``"도시계획도"``). Found in the statute mirror's 5,674 current
# instruments as words that take 을/를/이/가 themselves; only the nouns no other word +
# particle spells: not 시가 (서울특별시가), 지가 (토지가), 수가 (인원수가), 차로 (자동차로),
# 회로 (위원회로), 상이 (대상이), 합의 (조합의), 질의 (물질의), which are listed whole where
# they are compounds (기준시가, 공시지가, 진료수가, 집적회로).
_LOOKALIKE_NOUNS = ("허가", "휴가", "추가", "기준시가", "공시지가", "진료수가", "매수호가")
_LOOKALIKE_NOUNS += ("매도호가", "혐의", "전문의", "주치의", "도로", "국군포로", "전쟁포로")
_LOOKALIKE_NOUNS += ("원자로", "경사로", "활주로", "교차로", "집적회로", "높이", "깊이", "넓이")
_LOOKALIKE_NOUNS += ("길이", "놀이", "먹이", "손잡이", "칸막이", "지킴이", "안테나")
# Nouns that end other words as a particle (6명의, 제2편의, 문화재의), known only whole.
_LOOKALIKE_WORDS = frozenset(("하나", "대가", "이의", "편의", "재의", "명의"))
# Provinces + 로 (경기도로), which end like 도로.
_PROVINCES = ("경기도", "강원도", "충청북도", "충청남도", "전라북도", "전라남도", "경상북도")
_PROVINCES += ("경상남도", "특별자치도")
# A range of provisions cited up to its last provision, which 까지 closes (not a particle).
_RANGE_FROM = re.compile(
    r"부터 (?:제\d+(?:조|항|호)(?:의\d+)?)+(?:[가-하]목)?까지$|부터 [가-하]목까지$"
)


def _cuts_noun(word: str, form: str) -> bool:
    """Whether cutting ``form`` from the end of ``word`` would cut into a noun of
    :data:`_LOOKALIKE_NOUNS` (``도시계획도로의`` less ``로의``) or :data:`_LOOKALIKE_WORDS`."""
    last = re.split(r"[\sㆍ·(「]", word)[-1]
    for end in range(len(last) - len(form) + 1, len(last) + 1):
        head = last[:end]
        if head in _LOOKALIKE_WORDS:
            return True
        if head.endswith(_LOOKALIKE_NOUNS) and not (
            head.endswith("도로") and head[:-1].endswith(_PROVINCES)
        ):
            return True
    return False


def _verb_ending(stem: str, form: str) -> bool:
    """Whether ``form`` after ``stem`` is a verb's ending, not a particle (:data:`_VERB_STEMS`),
    or the end of a conjunction (``또는``)."""
    last = stem[-1:]
    if re.split(r"[\sㆍ·]", stem + form)[-1] in _NOT_PARTICLE:
        return True
    return last in _VERB_STEMS or (form == "는" and last in _VERB_STEMS_BEFORE_NEUN)


# Verb forms that modify the noun after them (관한, 따른, 받은, 하는, 된).
_ADNOMINAL_ENDS = ("관한", "대한", "따른", "의한", "위한", "통한", "인한")
_ADNOMINAL_ENDS += ("하는", "되는", "된", "할", "될")


def adnominal(word: str) -> bool:
    """Whether ``word`` (a whole word, without punctuation) is a verb form that modifies the
    noun after it: ``받은``, ``있는``, ``정하는``, ``지정된``, ``「A법」에 따른``."""
    if not word or not "가" <= word[-1] <= "힣":
        return False
    if word.endswith(_ADNOMINAL_ENDS):
        return True
    return len(word) > 1 and word[-1] in "은는을" and _verb_ending(word[:-1], word[-1])


def strip_particles(old: str, new: str) -> tuple[str, str]:
    """Both texts without the trailing particle they share (see the module docstring); a verb's
    ending that looks like a particle stays (``받은``, ``정하는``)."""
    for form in _COMPOUND:  # 에는 is one particle: cut whole, never to 에 (``"총무과에"``)
        if old.endswith(form) and new.endswith(form) and min(len(old), len(new)) > len(form):
            return old[: -len(form)], new[: -len(form)]
    # only the families whose forms can end both words (the others find no particle in one)
    news = _FAMILIES_BY_LAST.get(new[-1:], ())
    for family in _FAMILIES_BY_LAST.get(old[-1:], ()):
        if family not in news:
            continue
        fo, fn = _particle_of(old, family), _particle_of(new, family)
        if fo is None or fn is None:
            continue
        so, sn = old[: -len(fo)], new[: -len(fn)]
        if fo in ("이라", "라") and not (
            so.endswith(tuple(_CLOSING_QUOTES)) and sn.endswith(tuple(_CLOSING_QUOTES))
        ):
            continue  # 이라 is a particle only after a quoted term; 따라 is a verb
        if _cuts_noun(old, fo) or _cuts_noun(new, fn):
            continue  # 도로, 휴가, 높이 end in a particle's syllable: 도시계획도로의 is 도로 + 의
        if fo != fn or _verb_ending(so, fo) or _verb_ending(sn, fn):
            return old, new  # different particles stay quoted, and so does a verb's ending
        if fo == "과" and not (so.endswith(_HEADS) and sn.endswith(_HEADS)):
            # 평생교육과 is a division; 행정안전부장관과 is 장관 + 과, and so is an aside + 과
            if not (so.endswith((")", "]")) and sn.endswith((")", "]"))):
                return old, new
        if _agrees(so, fo, *family) and _agrees(sn, fn, *family):
            return so, sn
    if not (old.endswith(_PLAIN) and new.endswith(_PLAIN)):
        return old, new
    for form in _PLAIN:
        if old.endswith(form) and new.endswith(form) and min(len(old), len(new)) > len(form):
            if form == "의" and any(_ui_noun(w) for w in (old, new)):
                return old, new
            if _cuts_noun(old, form) or _cuts_noun(new, form):
                return old, new
            if form == "까지" and _RANGE_FROM.search(old) and _RANGE_FROM.search(new):
                return old, new  # the end of a range cited: 제104조부터 제107조까지
            return old[: -len(form)], new[: -len(form)]
    return old, new


_PAIRS = {"「": "」", "」": "「", "(": ")", ")": "(", "『": "』", "』": "『"}


def _owns(bracket: str, old: str, new: str) -> bool:
    """Whether a bracket at the end of a quote belongs to the quoted unit: its partner
    stands inside the quote on both sides (``「지방자치법」``, ``공무원(수석전문관 …)``)."""
    partner = _PAIRS.get(bracket)
    if partner is None:
        return False
    if bracket in "「(『":  # an opening bracket at the front: its closing one follows
        return partner in old and partner in new
    return partner in old[:-1] and partner in new[:-1]


def _trim_korean(old: str, new: str) -> tuple[int, int, int, int]:
    """How much to cut from the front and back of each side: (front, back_old, front, back_new).

    Common punctuation and quotes at both ends go, then a shared particle, then punctuation
    again; the fronts are always equal."""
    front = 0
    while (
        front < min(len(old), len(new))
        and old[front] == new[front]
        and is_punct(old[front])
        and not _owns(old[front], old[front + 1 :], new[front + 1 :])
    ):
        front += 1
    o, n = old[front:], new[front:]

    def strip_punct(o: str, n: str) -> tuple[str, str]:
        while o and n and o[-1] == n[-1] and is_punct(o[-1]) and not _owns(o[-1], o, n):
            o, n = o[:-1], n[:-1]
        return o, n

    o, n = strip_punct(o, n)
    po, pn = strip_particles(o, n)
    if po != pn:
        o, n = strip_punct(po, pn)
    return front, len(old) - front - len(o), front, len(new) - front - len(n)


def _trim_english(old: str, new: str) -> tuple[int, int, int, int]:
    """English: only common punctuation and quotes at both ends are cut."""
    front = 0
    while front < min(len(old), len(new)) and old[front] == new[front] and is_punct(old[front]):
        front += 1
    back = 0
    while (
        back < min(len(old), len(new)) - front
        and old[-1 - back] == new[-1 - back]
        and is_punct(old[-1 - back])
    ):
        back += 1
    return front, back, front, back


def trim(old: str, new: str, *, korean: bool = True) -> tuple[int, int, int, int]:
    """How much to cut: (front of old, back of old, front of new, back of new)."""
    return _trim_korean(old, new) if korean else _trim_english(old, new)


# --- A change to a list is one span (drafting-ko.md §3a) ----------------------------------

_CONNECTOR = re.compile(r"\s*(?:[ㆍ·]|,\s|\s및\s|\s또는\s|\s그리고\s|\sand\s|\sor\s)\s*")
_GAP = re.compile(r"^(?:[ㆍ·]|,\s|\s및\s|\s또는\s|\sand\s|\sor\s)$")

Span = tuple[int, int, int, int]  # old start, old end, new start, new end


def _items(text: str) -> tuple[list[str], list[str]]:
    """The items of a list stretch and the connectors between them."""
    items = _CONNECTOR.split(text)
    return items, _CONNECTOR.findall(text)


def list_change(old: str, new: str) -> bool:
    """Whether ``old`` → ``new`` adds, removes or moves items of a list (not 1:1 renames)."""
    old_items, _ = _items(old)
    new_items, _ = _items(new)
    if len(old_items) < 2 and len(new_items) < 2:
        return False
    if len(old_items) != len(new_items):
        return True
    return any(item in old_items and old_items.index(item) != i for i, item in enumerate(new_items))


def _trim_items(old: str, new: str, span: Span) -> Span:
    """Drop the leading items (with their connector) that both sides share."""
    os_, oe, ns, ne = span
    while True:
        o_first = _CONNECTOR.search(old, os_, oe)
        n_first = _CONNECTOR.search(new, ns, ne)
        if not o_first or not n_first:
            return os_, oe, ns, ne
        if old[os_ : o_first.end()] != new[ns : n_first.end()]:
            return os_, oe, ns, ne
        os_, ns = o_first.end(), n_first.end()


def list_spans(old: str, new: str, spans: list[Span]) -> list[Span]:
    """Neighbouring quoted spans separated only by a list connector (``ㆍ``, ``및`` …) that
    together add, remove or move list items become one span, from the first item that moves
    or changes to the last: ``"복지국 및 도시국"`` → ``"복지국ㆍ도시국 및 미래전략국"``, never two
    overlapping quotes that read as if one item were renamed into another."""
    spans = sorted(spans)
    out: list[Span] = []
    run: list[Span] = []

    def flush() -> None:
        if len(run) > 1:
            merged = (run[0][0], run[-1][1], run[0][2], run[-1][3])
            o, n = old[merged[0] : merged[1]], new[merged[2] : merged[3]]
            if list_change(o, n):
                out.append(_trim_items(old, new, merged))
                run.clear()
                return
        out.extend(run)
        run.clear()

    for span in spans:
        if run:
            prev = run[-1]
            gap_o, gap_n = old[prev[1] : span[0]], new[prev[3] : span[2]]
            # the connector may stand at the end of the span before (``"공공측량,"``)
            ends = (",", " 및", " 또는", "ㆍ")
            joined = gap_o == " " and (
                old[: prev[1]].endswith(ends) or new[: prev[3]].endswith(ends)
            )
            if not (gap_o == gap_n and (_GAP.match(gap_o) or joined)):
                flush()
        run.append(span)
    flush()
    return out


# --- The particle after a quote (drafting-ko.md "Particles") ------------------------------

_CLOSING = {")": "(", "]": "["}
# A sub-item cited after a 목, a form or an annex, no aside: ``가목(2)``, ``나목(2)(가)``,
# ``별지 제20호의3서식(2)``, ``별표 2(2)`` (read 가목 이, 나목 이 가, 서식 이, 별표 이 이)
_SUB_ITEM = re.compile(r"(?:목|서식|별표 \d+(?:의\d+)?|\((?:\d+|[가-하])\))\((?:\d+|[가-하])\)$")
_WORD_ENDS = "」』)]"  # a word may end in a closing mark: 「지방세법」, 제2조(정의)


def read_as(text: str) -> str:
    """The part of a quoted text whose last syllable the particle after it follows: a word
    with an aside in brackets after it is read without the aside, as real bills do
    (``"위해요소관리기준(HACCP)"을``, ``"은행(… 포함한다)"을``); a text that is a bracket
    throughout (an article title, ``"(평생교육국)"을``) is read inside. A word that ends in a
    closing mark is a word too: ``"「지방세법」(같은 법 제188조제3항은 제외한다)"을`` (real bills,
    e.g. 종합부동산세법 시행령, 2010; 법원조직법, 2014), ``"제2조(정의)(전문개정)"를``. A
    sub-item in brackets after a 목, a form or an annex is no aside but the citation's last
    number: ``"…제2조제5호가목(2)"를``, ``"…라목(1)"로``, ``"별지 제39호서식(2)"로`` (the
    legalize-kr mirror's 41 real quotes so ending all read the number). A full stop after an
    aside is looked through: ``"해양경찰서장(… 이하 같다)."을`` (the mirror's 3 real quotes),
    and so are the marks of a quote quoted whole: ``""군사법원(고등법원을 포함한다)""으로``."""
    if text.endswith(").") or text.endswith("]."):  # a sentence's full stop after an aside
        return read_as(text[:-1])
    if len(text) > 2 and text[0] in '"“' and text[-1] in '"”':  # a quote quoted whole
        return read_as(text[1:-1])
    if not text or text[-1] not in _CLOSING or _SUB_ITEM.search(text):
        return text
    close, open_ = text[-1], _CLOSING[text[-1]]
    depth = 0
    for index in range(len(text) - 1, -1, -1):
        if text[index] == close:
            depth += 1
        elif text[index] == open_:
            depth -= 1
            if depth == 0:
                head = text[:index]
                if not head or head[-1].isspace():
                    return text
                if is_punct(head[-1]) and head[-1] not in _WORD_ENDS:
                    return text
                return read_as(head)
    return text


def quoted(text: str, pair: str) -> str:
    """``"text"`` and its particle of ``pair`` (:func:`read_as`): ``"복지국"을``."""
    head = read_as(text)
    if head == text:
        return attach(f'"{text}"', pair)
    try:
        return f'"{text}"' + particle(head, pair)
    except ValueError:
        return attach(f'"{text}"', pair)
