"""Particles (조사) after any text, and Sino-Korean readings of numbers."""

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core import kformat
from desktop.core.korean import (
    attach,
    ends_unread,
    eul_reul,
    eun_neun,
    euro_ro,
    final_consonant,
    i_ga,
    particle,
    sino_korean,
    wa_gwa,
)

PAIRS = ("을/를", "이/가", "은/는", "와/과", "으로/로")
# Particles in the order of PAIRS, after a final consonant, after ㄹ and after a vowel.
CLOSED = ("을", "이", "은", "과", "으로")
LIEUL = ("을", "이", "은", "과", "로")
OPEN = ("를", "가", "는", "와", "로")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("국", CLOSED),
        ("과", OPEN),
        ("서울", LIEUL),
        ("닭", CLOSED),  # ㄺ is not ㄹ: 닭으로
        ('"(평생교육국)"', CLOSED),
        ("「지방자치법」", CLOSED),
        ("‘미래평생교육국’", CLOSED),
        ("경기도 행정기구 및 정원 조례)", OPEN),
        ("평생교육국 \n", CLOSED),
        ("제12조의2", OPEN),
        ("별표 1", LIEUL),
        ("별표 2", OPEN),
        ("[별표 3]", CLOSED),
        ("3급", CLOSED),
        ("5급이하", OPEN),
        ("16,252명", CLOSED),
        ("AI", OPEN),
        ("AI국", CLOSED),
        ('"AI"', OPEN),
        ("URL", LIEUL),
        ("ㄱ", CLOSED),  # 기역
        ("ㄹ", LIEUL),  # 리을
        ("50%", OPEN),  # 퍼센트
        ("3㎏", CLOSED),  # 킬로그램
        ("R&D", OPEN),
        ("１０", CLOSED),  # fullwidth digits: 십
        ("Ｌ", LIEUL),  # fullwidth letter: 엘
        ("3.14", OPEN),  # 삼점일사
        ("2.0", CLOSED),  # 이점영
        ("1,2", OPEN),  # not thousands grouping: the last number 2 decides
        ("1" + "0" * 12, OPEN),  # 조
        ("1" + "0" * 8, CLOSED),  # 억
        ("1" + "0" * 24, CLOSED),  # beyond 경: read digit by digit, …영
        ("漢", OPEN),  # unreadable here: treated as an open syllable
        ("평생교육국 😀", OPEN),
    ],
)
def test_particles_after_text(text, expected):
    assert tuple(particle(text, pair) for pair in PAIRS) == expected


# Sino-Korean digits: 영 일 이 삼 사 오 육 칠 팔 구
DIGIT_PARTICLES = (CLOSED, LIEUL, OPEN, CLOSED, OPEN, OPEN, CLOSED, LIEUL, LIEUL, OPEN)


@pytest.mark.parametrize("digit", range(10))
def test_particles_after_each_digit(digit):
    assert tuple(particle(str(digit), pair) for pair in PAIRS) == DIGIT_PARTICLES[digit]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10", CLOSED),  # 십
        ("20", CLOSED),  # 이십
        ("100", CLOSED),  # 백
        ("1000", CLOSED),  # 천
        ("2000", CLOSED),  # 이천
        ("10000", CLOSED),  # 만
        ("10,000", CLOSED),
        ("16252", OPEN),  # 만육천이백오십이
        ("16,252", OPEN),
        ("16,244", OPEN),  # …사십사
        ("16,247", LIEUL),  # …사십칠
        ("16,250", CLOSED),  # …오십
        ("007", LIEUL),  # leading zeros are not read
    ],
)
def test_particles_after_numbers(text, expected):
    assert tuple(particle(text, pair) for pair in PAIRS) == expected


CLOSED_LETTERS = {"L": "ㄹ", "M": "ㅁ", "N": "ㄴ", "R": "ㄹ"}  # 엘 엠 엔 알


@pytest.mark.parametrize("letter", string.ascii_uppercase)
def test_particles_after_latin_letters(letter):
    final = CLOSED_LETTERS.get(letter)
    expected_eul = "을" if final else "를"
    expected_euro = "으로" if final and final != "ㄹ" else "로"
    for text in (letter, letter.lower(), f'"X{letter}"'):
        assert final_consonant(text) == final
        assert particle(text, "을/를") == expected_eul
        assert particle(text, "으로/로") == expected_euro


@pytest.mark.parametrize(
    ("text", "final"),
    [("국", "ㄱ"), ("과", None), ("서울", "ㄹ"), ("닭", "ㄺ"), ("1", "ㄹ"), ("3", "ㅁ"),
     ("6", "ㄱ"), ("0", "ㅇ"), ("10", "ㅂ"), ("1000", "ㄴ"), ("URL", "ㄹ"), ("M", "ㅁ")],
)  # fmt: skip
def test_final_consonant_is_the_jamo(text, final):
    assert final_consonant(text) == final


@pytest.mark.parametrize("text", ["", "   ", '""', "「」", "(…)", ".,!?", "\u200b"])
def test_nothing_to_read_is_an_error(text):
    with pytest.raises(ValueError, match="nothing to read"):
        final_consonant(text)
    with pytest.raises(ValueError):
        particle(text, "을/를")


def test_attach_appends_the_particle():
    assert attach('"AI국"', "을/를") == '"AI국"을'
    assert attach('"AI산업국"', "으로/로") == '"AI산업국"으로'
    assert attach("제12조의2", "을/를") == "제12조의2를"
    assert attach("서울", "으로/로") == "서울로"
    assert attach("16,252명", "이/가") == "16,252명이"


def test_convenience_functions():
    assert (eul_reul("국"), i_ga("국"), eun_neun("국"), wa_gwa("국"), euro_ro("국")) == CLOSED
    assert (eul_reul("과"), i_ga("과"), eun_neun("과"), wa_gwa("과"), euro_ro("과")) == OPEN
    assert euro_ro("서울") == "로"


@pytest.mark.parametrize(
    ("pair", "after_guk", "after_gwa", "after_seoul"),
    [
        ("를/을", "을", "를", "을"),
        ("가/이", "이", "가", "이"),
        ("는/은", "은", "는", "은"),
        ("과/와", "과", "와", "과"),
        ("로/으로", "으로", "로", "로"),
        ("이나/나", "이나", "나", "이나"),
        ("이며/며", "이며", "며", "이며"),
        ("으로서/로서", "으로서", "로서", "로서"),
        ("아/야", "아", "야", "아"),
    ],
)
def test_other_pair_spellings(pair, after_guk, after_gwa, after_seoul):
    assert (particle("국", pair), particle("과", pair), particle("서울", pair)) == (
        after_guk,
        after_gwa,
        after_seoul,
    )


@pytest.mark.parametrize("pair", ["을", "을/", "/를", "을를", "에/에서", "의/의", "으로/을"])
def test_unknown_pair_is_an_error(pair):
    with pytest.raises(ValueError, match="unknown particle pair"):
        particle("국", pair)


NINES = "구천구백구십구"


@pytest.mark.parametrize(
    ("n", "reading"),
    [
        (0, "영"), (1, "일"), (7, "칠"), (10, "십"), (11, "십일"), (20, "이십"), (100, "백"),
        (101, "백일"), (110, "백십"), (1000, "천"), (2000, "이천"), (10000, "만"),
        (10001, "만일"), (16244, "만육천이백사십사"), (16252, "만육천이백오십이"),
        (234580, "이십삼만사천오백팔십"), (100000000, "억"), (200000000, "이억"),
        (100010000, "억만"), (10**12, "조"), (3 * 10**12 + 5, "삼조오"), (10**16, "경"),
        (9999, NINES), (10**20 - 1, f"{NINES}경{NINES}조{NINES}억{NINES}만{NINES}"),
    ],
)  # fmt: skip
def test_sino_korean(n, reading):
    assert sino_korean(n) == reading


@pytest.mark.parametrize(
    ("n", "error"),
    [(-1, ValueError), (10**20, ValueError), (True, TypeError), (1.0, TypeError), ("1", TypeError)],
)
def test_sino_korean_rejects(n, error):
    with pytest.raises(error):
        sino_korean(n)


def test_kformat_names_are_reexported():
    from desktop.core import korean

    for name in ("count", "delta", "item_symbol", "date_ko", "parse_date_ko", "number"):
        assert getattr(korean, name) is getattr(kformat, name)


# --- properties --------------------------------------------------------------------------------

syllables = st.integers(0xAC00, 0xD7A3).map(chr)
sounded = st.one_of(
    syllables,
    st.sampled_from(string.ascii_letters + string.digits),
    st.integers(0, 10**6).map(lambda n: f"{n:,}"),
)
words = st.tuples(st.text(st.sampled_from("가나 1AB국"), max_size=5), sounded).map("".join)
closers = st.text(st.sampled_from("\"'」』】》〉)]}’”.,;:!? \t…·ㆍ-"), min_size=1, max_size=6)


@given(syllables)
def test_syllable_particles_follow_the_final_index(syllable):
    index = (ord(syllable) - 0xAC00) % 28
    assert (final_consonant(syllable) is None) == (index == 0)
    expected = OPEN if index == 0 else LIEUL if index == 8 else CLOSED  # 8 is ㄹ
    assert tuple(particle(syllable, pair) for pair in PAIRS) == expected


@given(words, closers)
def test_closing_punctuation_never_changes_the_choice(word, closer):
    assert final_consonant(word + closer) == final_consonant(word)
    for pair in PAIRS:
        assert particle(word + closer, pair) == particle(word, pair)


@given(words)
def test_euro_differs_from_eul_exactly_after_lieul(word):
    closed_eul = particle(word, "을/를") == "을"
    closed_euro = particle(word, "으로/로") == "으로"
    assert (closed_eul != closed_euro) == (final_consonant(word) == "ㄹ")


@given(st.integers(0, 10**20 - 1))
def test_digits_read_like_their_sino_korean_reading(n):
    reading = sino_korean(n)
    assert set(reading) <= set("영일이삼사오육칠팔구십백천만억조경")
    for written in (str(n), f"{n:,}", kformat.number(n), f"제{n}", f'"{n:,}"'):
        for pair in PAIRS:
            assert particle(written, pair) == particle(reading, pair)


def test_attach_writes_both_forms_after_nothing_readable():
    """An empty name (reported by validation) does not stop the drafting."""
    from desktop.core.korean import attach

    assert attach("", "을/를") == "을(를)"
    assert attach(" ", "으로/로") == " 으로(로)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gloss in Latin letters or Hanja after a Hangul word is not read (real bills:
        # "위해요소중점관리기준(HACCP)"을, "장관급(將官級)"을 "장성급(將星級)"으로)
        ('"위해요소중점관리기준(HACCP)"', '"위해요소중점관리기준(HACCP)"을'),
        ('"장관급(將官級)"', '"장관급(將官級)"을'),
        ("인공지능(AI)", "인공지능(AI)을"),
        ("정보통신(ICT)", "정보통신(ICT)을"),
        # a bracketed text alone, or Hangul in the brackets, is read as it is
        ('"(평생교육국)"', '"(평생교육국)"을'),
        ("(AI)", "(AI)를"),
        ("기준(가)", "기준(가)를"),
    ],
)
def test_a_gloss_in_brackets_is_not_read(text, expected):
    assert attach(text, "을/를") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("'June'", CLOSED),  # 준
        ("June 30", CLOSED),  # the number decides: 삼십
        ("Seoul", LIEUL),  # 서울
        ("Jangan-gu", OPEN),  # 장안구
        ("Ulleung-eup", CLOSED),  # 울릉읍: 'p' after one vowel
        ("Gyeonggi-do", OPEN),
        ("Suwon", CLOSED),  # 수원
        ("Office", OPEN),  # 오피스
        ("Division", CLOSED),  # 디비전
        ("Center", OPEN),  # 센터
        ("time", CLOSED),  # 타임
        ("file", LIEUL),  # 파일
        ("robot", CLOSED),  # 로봇
        ("web", CLOSED),  # 웹
        ("app", CLOSED),  # 앱
        ("music", CLOSED),  # 뮤직
        ("Team", CLOSED),  # 팀
        ("Grade", OPEN),  # 그레이드
        ("AI", OPEN),  # capitals: the letters' names, 에이아이
        ("HACCP", OPEN),  # 에이치에이시시피
        ("iPhone", CLOSED),  # 아이폰
    ],
)
def test_particles_after_latin_words_follow_how_they_are_read(text, expected):
    """Walked: a value message said 'June'는 (the letter E, 이), where 'June'은 is read 준은;
    a Latin word with small letters is read as a word, an abbreviation in capitals by its
    letters."""
    assert tuple(particle(text, pair) for pair in PAIRS) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("①", "①은"), ("⑩", "⑩은"), ("⑳", "⑳은"), ("²", "²는"), ("x³", "x³은"), ("H₂", "H₂는"),
     ("'①'", "'①'은"), ("제①항", "제①항은")],
)  # fmt: skip
def test_a_circled_or_raised_figure_is_read_as_its_figure(text, expected):
    """Walked: a count typed as '①' was told "'①'는 정수가 아닙니다": a circled figure was no
    figure to the particle (read as an open syllable). ① is 일, ⑩ 십, ² 이, ₂ 이."""
    assert attach(text, "은/는") == expected


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("(附加價値稅ㆍ特別消費稅ㆍ酒稅 및 交通稅의 課稅標準)", True),  # 準, in brackets
        ("굴진채광((掘進採鑛)", True),
        ("😀", True),
        # a gloss after a Hangul word is left off, and the word read
        ("정양(靜養)", False),
        ("기준(HACCP)", False),
        ("복지국", False),
        ("제2항", False),
        ("AI", False),
        ("", False),  # nothing to read: no guess either
    ],
)
def test_ends_unread_tells_a_last_character_with_no_reading(text, unread):
    assert ends_unread(text) is unread
