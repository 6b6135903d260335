"""How the English press release is phrased: the rules a press office follows, in one place.

The Korean release (:mod:`desktop.core.press`) is the original; the English one says the same
things the way an English-language press office writes them, not word for word:

- **Articles and lists.** A unit's name takes "the" (``the AI Bureau``); a list joins its items
  with commas and a final "and", each item with its article (``the International Trade
  Division and the Diplomacy Policy Division``), no serial comma (:func:`series`).
- **Counts.** One to nine in words (``two divisions``), larger counts in figures
  (:func:`count_word`); the consistency check reads both against the Korean 2개 과.
- **Tense.** The release announces what will happen on the day the organization takes
  effect: ``will be renamed``, ``will take over``, ``will have``.
- **No repeated lists.** A unit's divisions are listed once. Divisions that move in from
  another unit are named in that list with where they come from (``… and the Youth
  Opportunity Division, which moves from the Social Economy Bureau``); when every division
  moves in, the sentence says so instead (``Its two divisions, …, will move from …``).
- **Levels in plain words.** A unit's rank is named by the rank of its head, as English
  readers know it: bureau level is ``director-general level``, division level
  (과·담당관) ``director level``, team level ``team-leader level`` (:func:`level_words`) — not
  the Korean kind in brackets (``(officer level)``).
- **Purpose.** A new unit "will be responsible for" its purpose, which the data gives as a
  noun phrase (``fostering the AI industry …``).
- **Release line.** It matches the Korean 보도일시: ``조간`` (morning papers) is
  ``Embargoed until 06:00 KST, June 28, 2024``; ``석간`` (evening papers) is embargoed until
  ``12:00 KST``; an explicit time in the Korean (``… 14:00``) is kept; ``즉시`` is ``For
  immediate release`` (:func:`release_line`).
- **Dateline.** ``SUWON, June 28, 2024 —``: the seat of a province or metropolitan
  government, otherwise the place the government's English name starts with (``Hwaseong
  City`` → ``HWASEONG``) (:func:`dateline_city`), unless the official names the city.
- **Headline.** No articles, a future event in ``to`` + verb (``Gyeonggi Province to launch
  AI Bureau …``).
"""

from __future__ import annotations

import datetime as dt
import re

from desktop.core import lazyre
from desktop.core.korean import date_en
from desktop.core.org import Level, UnitKind

_SMALL = "zero one two three four five six seven eight nine".split()

# Seats of the provinces and metropolitan governments, by the start of their English name.
SEATS = {
    "Gyeonggi": "SUWON",
    "Gangwon": "CHUNCHEON",
    "Chungcheongbuk": "CHEONGJU",
    "Chungcheongnam": "HONGSEONG",
    "Jeonbuk": "JEONJU",
    "Jeollabuk": "JEONJU",
    "Jeollanam": "MUAN",
    "Gyeongsangbuk": "ANDONG",
    "Gyeongsangnam": "CHANGWON",
    "Jeju": "JEJU",
    "Seoul": "SEOUL",
    "Busan": "BUSAN",
    "Daegu": "DAEGU",
    "Incheon": "INCHEON",
    "Gwangju": "GWANGJU",
    "Daejeon": "DAEJEON",
    "Ulsan": "ULSAN",
    "Sejong": "SEJONG",
}
_GENERIC = {
    "special",
    "self-governing",
    "metropolitan",
    "city",
    "county",
    "district",
    "province",
    "government",
    "gun",
    "si",
    "gu",
}


# A place's name romanised with its Korean ending (Jangan-gu, Ulleung-eup, Seo-myeon,
# Gyeonggi-do) or in English (Jeju City, Seogwipo City) is a proper name and takes no
# article, as Gangnam-gu and Jeju City do.
_PLACE_NAME = re.compile(r"(?:-(?:gu|eup|myeon|dong|si|gun|do)|\sCity)$", re.IGNORECASE)


def the(name: str) -> str:
    """``the AI Bureau``; a name that already starts with "the" is left as it is, and so is
    a place's romanised name (``Jangan-gu``)."""
    if re.match(r"[Tt]he\s", name) or _PLACE_NAME.search(name.strip()):
        return name
    return f"the {name}"


def series(names: list[str], article: bool = True) -> str:
    """``the A``, ``the A and the B``, ``the A, the B and the C``."""
    items = [the(n) if article else n for n in names]
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def count_word(n: int) -> str:
    """``two``; 10 and more in figures."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else f"{n:,}"


def plural(n: int, word: str) -> str:
    """``one division``, ``four divisions``."""
    return f"{count_word(n)} {word}{'' if n == 1 else 's'}"


def level_words(kind: UnitKind | None, level: Level | None = None) -> str:
    """A unit's rank by the rank of its head: ``director-general level`` (실·국급),
    ``director level`` (과·담당관급), ``team-leader level`` (팀급)."""
    if kind is UnitKind.TEAM:
        return "team-leader level"
    level = level or (kind.level if kind is not None else None)
    if level is Level.DIVISION:
        return "director level"
    return "director-general level"


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


_RELEASE_DATE = lazyre.compile(r"(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.")
_RELEASE_TIME = lazyre.compile(r"(\d{1,2}):(\d{2})")


def release_line(release_ko: str) -> str | None:
    """The English release line that matches the Korean 보도일시; ``None`` when the Korean
    gives no date to embargo until and is not immediate (the official writes it)."""
    text = release_ko.strip()
    if not text or "즉시" in text:
        return "For immediate release"
    date = _RELEASE_DATE.search(text)
    if date is None:
        return None
    day = dt.date(*(int(g) for g in date.groups()))
    after_date = text[date.end() :]
    time = _RELEASE_TIME.search(after_date.split("(온라인")[0])
    if time is not None:
        clock = f"{int(time.group(1)):02d}:{time.group(2)}"
    elif "석간" in after_date:
        clock = "12:00"
    elif "조간" in after_date:
        clock = "06:00"
    else:
        return None
    return f"Embargoed until {clock} KST, {date_en(day)}"


def is_embargo(line: str) -> bool:
    return line.strip().lower().startswith("embargoed")


def dateline_city(government_en: str, city_en: str = "") -> str:
    """The dateline's place in capitals: the official's choice, the seat of a province or
    metropolitan government, or the first words of the government's English name before its
    generic part (``Hwaseong City`` → ``HWASEONG``); empty when there is no English name."""
    if city_en.strip():
        return city_en.strip().upper()
    name = government_en.strip()
    for start, seat in SEATS.items():
        if name.startswith(start):
            return seat
    words = []
    for word in name.split():
        if word.lower() in _GENERIC:
            break
        words.append(word)
    return " ".join(words).upper()
