"""Korean particles (조사) chosen by how the preceding text is read aloud.

A particle such as 을/를 depends on whether the last *sounded* syllable of the text before it has
a final consonant (받침). :func:`final_consonant` finds that syllable:

- trailing punctuation, quotes, brackets and spaces are looked through (``"(평생교육국)"`` → 국);
- Hangul syllables give their own final; a lone consonant letter (ㄱ, ㄴ …) is read by its
  name (기역, 니은 …) and so ends in itself;
- a number is read in Sino-Korean as a whole (``16,252`` → 만육천이백오십이, ``10`` → 십,
  ``1000000000000`` → 조); after a decimal point the digits are read one by one, so the last
  digit decides (``3.10`` → …영);
- Latin letters are read by their Korean names, case-insensitively (``AI`` → 아이, ``URL`` → 엘);
- a few unit symbols have a reading (``%`` 퍼센트, ``㎏`` 킬로그램);
- anything else that is sounded but unreadable here (Hanja, emoji, other scripts) is treated as
  an open syllable, so the vowel form (를, 가, …) is chosen. Prose never fails on it.

Formatting of dates, counts and item symbols lives in :mod:`desktop.core.kformat` and is
re-exported here for convenience.
"""

from __future__ import annotations

import string
import unicodedata

from desktop.core import lazyre
from desktop.core.kformat import (
    count,
    date_en,
    date_en_short,
    date_ko,
    date_ko_long,
    delta,
    hangul_item_index,
    hangul_item_label,
    item_symbol,
    number,
    number_en,
    parse_date_ko,
)

__all__ = [
    "attach",
    "count",
    "date_en",
    "date_en_short",
    "date_ko",
    "date_ko_long",
    "delta",
    "eul_reul",
    "eun_neun",
    "euro_ro",
    "final_consonant",
    "hangul_item_index",
    "hangul_item_label",
    "i_ga",
    "item_symbol",
    "number",
    "number_en",
    "parse_date_ko",
    "particle",
    "particle_at",
    "particle_ending",
    "sino_korean",
    "wa_gwa",
]

_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
_LETTER_NAMES = dict(
    zip(
        string.ascii_uppercase,
        "에이 비 씨 디 이 에프 지 에이치 아이 제이 케이 엘 엠 엔 "
        "오 피 큐 알 에스 티 유 브이 더블유 엑스 와이 제트".split(),
        strict=True,
    )
)
# A consonant letter is read by its name (기역, 쌍기역, 니은 …), which ends in the plain consonant.
_JAMO_FINALS = dict(
    zip(
        "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ",
        "ㄱㄱㄴㄷㄷㄹㅁㅂㅂㅅㅅㅇㅈㅈㅊㅋㅌㅍㅎ",
        strict=True,
    )
)
_SYMBOL_READINGS = {
    "%": "퍼센트",
    "℃": "도",
    "㎡": "제곱미터",
    "㎢": "제곱킬로미터",
    "㎞": "킬로미터",
    "㎏": "킬로그램",
    "&": "앤드",
    "+": "플러스",
}
_DIGITS_KO = "영일이삼사오육칠팔구"
_SMALL_UNITS = ("", "십", "백", "천")
_LARGE_UNITS = ("", "만", "억", "조", "경")
_SINO_LIMIT = 10 ** (4 * len(_LARGE_UNITS))
_NUMBER_AT_END = lazyre.compile(r"[0-9][0-9,.]*$")
# A gloss in Latin letters or Hanja in brackets right after a Hangul word is not read for the
# particle: ``"위해요소중점관리기준(HACCP)"을``, ``"장관급(將官級)"을``, ``인공지능(AI)을``.
# Compiled on first use: its wide character classes take about 3 ms, paid by every start of the
# window otherwise.
_GLOSS_AT_END = lazyre.compile(
    r"(?<=[가-힣])\([A-Za-z\u3400-\u9fff\uf900-\ufaff&.\- ]+\)[\"'”’」』]*$"
)


_LATIN_AT_END = lazyre.compile(r"[A-Za-z]+$")
_VOWEL_LETTERS = frozenset("aeiou")
# How a Latin word's last sound is written in Hangul, by its spelling: June 준, Seoul 서울,
# time 타임, robot 로봇, web 웹, book 북, music 뮤직; other endings are written with a vowel
# (센터, 코드, 박스), as is a stop after a long vowel or a consonant (시트, 캠프).
_ENDINGS_CLOSED = (("ng", "ㅇ"), ("me", "ㅁ"), ("ne", "ㄴ"), ("le", "ㄹ"), ("m", "ㅁ"),
                   ("n", "ㄴ"), ("l", "ㄹ"), ("ck", "ㄱ"), ("ic", "ㄱ"))  # fmt: skip
_STOPS = {"k": "ㄱ", "p": "ㅂ", "t": "ㅅ", "b": "ㅂ"}  # after one short vowel: 북, 앱, 로봇, 웹
# one vowel of Korean written in two letters, in Korean names romanised: Ulleung-eup 읍
_ROMANISED_VOWELS = frozenset({"eu", "eo", "ae", "oe", "ui"})
_THOUSANDS = lazyre.compile(r"[0-9]{1,3}(?:,[0-9]{3})+")
_IRREGULAR_PAIRS = {("을", "를"), ("이", "가"), ("은", "는"), ("과", "와"), ("아", "야")}


def sino_korean(n: int) -> str:
    """Read a non-negative integer below 10²⁰ in Sino-Korean (한자어 수사).

    A leading 일 is dropped before 십, 백, 천 and the large units, as in 16252 → 만육천이백오십이,
    10 → 십, 10000 → 만, 100000000 → 억; 0 is 영.
    """
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"sino_korean() needs an int, not {type(n).__name__}")
    if not 0 <= n < _SINO_LIMIT:
        raise ValueError(f"sino_korean() reads 0 to 10**20 - 1, not {n}")
    if n == 0:
        return _DIGITS_KO[0]
    parts = []
    for k, unit in enumerate(_LARGE_UNITS):
        group = n // 10 ** (4 * k) % 10**4
        if group:
            parts.append(("" if group == 1 and unit else _read_group(group)) + unit)
    return "".join(reversed(parts))


def _read_group(group: int) -> str:
    out = []
    for i in (3, 2, 1, 0):
        digit = group // 10**i % 10
        if digit:
            out.append(("" if digit == 1 and i else _DIGITS_KO[digit]) + _SMALL_UNITS[i])
    return "".join(out)


def _sounded(text: str) -> str:
    """*text* up to its last sounded character (a gloss in brackets after a Hangul word, and
    closing marks, left off); raises ``ValueError`` when nothing in it is read aloud."""
    s = _GLOSS_AT_END.sub("", _normalise(text))
    end = len(s)
    while end and _is_silent(s[end - 1]):
        end -= 1
    if not end:
        raise ValueError(f"nothing to read in {text!r}: no letter, digit or syllable")
    return s[:end]


def ends_unread(text: str) -> bool:
    """Whether the last sounded character of *text* has no reading here (Hanja, an emoji):
    :func:`final_consonant` takes it as an open syllable, a guess a proofreader should not
    judge by (``"…課稅標準)"을`` is right: 準 is 준). ``False`` for text with nothing to read."""
    try:
        last = _sounded(text)[-1]
    except ValueError:
        return False
    return not (
        last.isascii()
        or last in _SYMBOL_READINGS
        or _FIRST_SYLLABLE <= ord(last) <= _LAST_SYLLABLE
        or last in _JAMO_FINALS
    )


def final_consonant(text: str) -> str | None:
    """The final consonant (받침) of the last sounded syllable of *text*, as a jamo.

    Returns e.g. ``"ㄱ"`` for 국, ``"ㄹ"`` for 서울 or ``"1"``, ``"ㄺ"`` for 닭, and ``None`` for an
    open syllable (과, ``"2"``, ``"AI"``) or for an unreadable symbol (Hanja, emoji). A gloss
    in Latin letters or Hanja in brackets after a Hangul word is skipped: 기준(HACCP) reads 준.
    Raises ``ValueError`` when *text* has nothing to read (empty, spaces, punctuation only).
    """
    s = _sounded(text)
    last = s[-1]
    if last.isascii() and last.isdigit():
        return _number_final(s)
    if last.isascii() and last.isalpha():
        word = _LATIN_AT_END.search(s).group()  # type: ignore[union-attr]
        if len(word) > 1 and not word.isupper():  # a word: June, Seoul, Jangan-gu
            return _english_final(word.lower())
        return _syllable_final(_LETTER_NAMES[last.upper()][-1])
    if last in _SYMBOL_READINGS:
        return _syllable_final(_SYMBOL_READINGS[last][-1])
    if _FIRST_SYLLABLE <= ord(last) <= _LAST_SYLLABLE:
        return _syllable_final(last)
    return _JAMO_FINALS.get(last)


# Circled (①–⑳), superscript and subscript figures, read as the figure they write.
_FIGURES = "\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2473"
_FIGURE_MARKS = lazyre.compile(f"[{_FIGURES}]")
# What :func:`_normalise` changes besides NFC: fullwidth ASCII, decimal digits other than
# ASCII ones (``\d`` is every digit of category Nd) and the figures above.
_NOT_PLAIN = lazyre.compile(f"[\\uff01-\\uff5e{_FIGURES}]|(?![0-9])\\d")


def _english_final(word: str) -> str | None:
    """The final consonant of a Latin word (lower case) as Korean writes it, an approximation
    by its spelling: ``june`` 준 → ㄴ, ``seoul`` 서울 → ㄹ, ``robot`` 로봇 → ㅅ, ``center`` 센터
    → none. Abbreviations in capitals are read by their letters' names instead (AI 에이아이)."""
    for ending, final in _ENDINGS_CLOSED:
        if word.endswith(ending) and len(word) > len(ending):
            return final
    last = word[-1]
    stem = word[:-2] if len(word) > 2 and word[-2] == last else word[:-1]  # app, matt
    short = stem[-1:] in _VOWEL_LETTERS and (
        stem[-2:-1] not in _VOWEL_LETTERS or stem[-2:] in _ROMANISED_VOWELS
    )
    if last in _STOPS and short:
        return _STOPS[last]
    return None


def _normalise(text: str) -> str:
    """NFC, fullwidth ASCII to ASCII and every decimal digit to an ASCII digit. A text that is
    NFC with none of those (nearly every one) is returned as it is, without reading it
    character by character: the particle of every quote reads its last syllable."""
    if unicodedata.is_normalized("NFC", text) and not _NOT_PLAIN.search(text):
        return text
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if "\uff01" <= ch <= "\uff5e":
            ch = chr(ord(ch) - 0xFEE0)
        elif unicodedata.category(ch) == "Nd":
            ch = str(unicodedata.digit(ch))
        elif _FIGURE_MARKS.match(ch):  # ① is read 일, ⑩ 십, ² 이, as the figure they mark
            ch = str(int(unicodedata.numeric(ch)))
        out.append(ch)
    return "".join(out)


def _is_silent(ch: str) -> bool:
    """Punctuation, brackets, quotes, spaces, controls and marks are not read aloud."""
    if ch in _SYMBOL_READINGS:
        return False
    return ch == "ㆍ" or unicodedata.category(ch)[0] in "PZCM"


def _syllable_final(syllable: str) -> str | None:
    return _FINALS[(ord(syllable) - _FIRST_SYLLABLE) % 28] or None


def _number_final(text: str) -> str | None:
    """Final consonant of the number that ends *text* (which ends in an ASCII digit)."""
    match = _NUMBER_AT_END.search(text)
    assert match is not None  # the caller checked the last character
    head, point, tail = match.group().rpartition(".")
    if point and head[-1:].isdigit():  # a decimal fraction is read digit by digit
        return _syllable_final(_DIGITS_KO[int(tail[-1])])
    digits = tail.replace(",", "") if _THOUSANDS.fullmatch(tail) else tail.rpartition(",")[2]
    value = int(digits)
    if value >= _SINO_LIMIT:  # too long for a number: read like a serial, digit by digit
        return _syllable_final(_DIGITS_KO[value % 10])
    return _syllable_final(sino_korean(value)[-1])


def _forms(pair: str) -> tuple[str, str, bool]:
    """(form after a final consonant, form after a vowel, whether ㄹ counts as a vowel)."""
    first, slash, second = pair.partition("/")
    if slash and first and second:
        for closed, open_ in ((first, second), (second, first)):
            if (closed, open_) in _IRREGULAR_PAIRS or closed == "이" + open_:
                return closed, open_, False
            if closed == "으" + open_ and open_.startswith("로"):
                return closed, open_, True
    raise ValueError(
        f"unknown particle pair {pair!r}; use one of 을/를, 이/가, 은/는, 와/과, 으로/로"
    )


def particle(text: str, pair: str) -> str:
    """The particle of *pair* that follows *text*, e.g. ``particle("서울", "으로/로") == "로"``.

    Canonical pairs are ``"을/를"``, ``"이/가"``, ``"은/는"``, ``"와/과"`` and ``"으로/로"``.
    Either order is accepted (``"를/을"``), and so are the families ``이X/X`` (``"이나/나"``,
    ``"이며/며"``), ``으로X/로X`` (``"으로서/로서"``, ``"으로써/로써"``) and ``"아/야"``.
    A final ㄹ takes 로 but 을. Raises ``ValueError`` for an unknown pair or unreadable text.
    """
    closed, open_, lieul_is_open = _forms(pair)
    final = final_consonant(text)
    if final is None or (lieul_is_open and final == "ㄹ"):
        return open_
    return closed


def attach(text: str, pair: str) -> str:
    """*text* followed by its particle: ``attach('"AI국"', "을/를") == '"AI국"을'``.

    Text with nothing to read (an empty name, which validation reports) takes both forms,
    ``을(를)``, rather than stopping the drafting."""
    try:
        return text + particle(text, pair)
    except ValueError:
        closed, open_, _lieul = _forms(pair)  # an unknown pair still raises
        return f"{text}{closed}({open_})"


def eul_reul(text: str) -> str:
    """을 or 를 (object particle) after *text*."""
    return particle(text, "을/를")


def i_ga(text: str) -> str:
    """이 or 가 (subject particle) after *text*."""
    return particle(text, "이/가")


def eun_neun(text: str) -> str:
    """은 or 는 (topic particle) after *text*."""
    return particle(text, "은/는")


def wa_gwa(text: str) -> str:
    """와 or 과 ("and") after *text*."""
    return particle(text, "와/과")


def euro_ro(text: str) -> str:
    """으로 or 로 ("to, as") after *text*; a final ㄹ takes 로."""
    return particle(text, "으로/로")


# Particles whose form follows the last syllable of the word before them (longest first), with
# their pairs, and what may follow a particle that ends a word.
_PARTICLE_FORMS = (
    ("으로", "으로/로"),
    ("로", "으로/로"),
    ("을", "을/를"),
    ("를", "을/를"),
    ("은", "은/는"),
    ("는", "은/는"),
    ("이", "이/가"),
    ("가", "이/가"),
    ("과", "과/와"),
    ("와", "과/와"),
)
_AFTER_PARTICLE = lazyre.compile(r"[\s,.)」·ㆍ]|$")


def particle_at(text: str, at: int) -> tuple[str, str] | None:
    """The particle that stands alone at ``text[at]`` (a form of one of the pairs of
    :func:`particle` followed by a space, a mark or the end) as ``(form, pair)``, else
    ``None``: ``particle_at("복지국을 둔다", 3) == ("을", "을/를")``; ``"복지국장"`` has none
    at 3."""
    for form, pair in _PARTICLE_FORMS:
        if text.startswith(form, at) and _AFTER_PARTICLE.match(text, at + len(form)):
            return form, pair
    return None


def particle_ending(text: str) -> tuple[str, str] | None:
    """The particle form ``text`` ends in after a word (``"복지국을"`` → ``("을", "을/를")``),
    else ``None``. Whether it is a particle, and not the end of a word (국가), is for the caller
    to judge: :func:`particle` of the word before it tells whether it suits."""
    for form, pair in _PARTICLE_FORMS:
        if len(text) > len(form) and text.endswith(form):
            return form, pair
    return None
