"""What a quote leaves out: the provision's punctuation, quotation marks and particles (조사).

``shared/domain/drafting-ko.md`` §3: quote the changed noun "never with its trailing
particle" and "without the provision's own punctuation or quotation marks". :func:`trim`
cuts, from both sides of a changed stretch:

- punctuation and quotation marks that both sides share at either end;
- a trailing particle that both sides share, provided each agrees with its own last syllable
  (``국토해양부장관은`` → ``국토해양부장관``; ``"A로`` → ``A``). When the two sides take
  different forms (을/를, 이/가 …) the particles stay in the quote
  (``"방송통신위원회가"`` → ``"과학기술정보통신부장관이"``), as replacing the noun alone would
  leave a wrong particle behind.

Ambiguous endings are resolved conservatively (house rules): a ``과`` on both sides is read as
part of the noun (``평생교육과`` is a division), as is ``의`` in nouns such as 회의, 심의, 협의
(but not after 위원회, 협의회 …); ``도`` and ``만`` are never stripped (경기도). English texts
lose only punctuation.
"""

from __future__ import annotations

import unicodedata

from desktop.core.korean import final_consonant

_QUOTES = set("\"'“”‘’「」『』〈〉《》()[]{}<>")
# Particle families: (form after a final consonant, form after a vowel, ㄹ takes the vowel form).
_CONDITIONED = (
    ("으로부터", "로부터", True),
    ("으로서", "로서", True),
    ("으로써", "로써", True),
    ("으로는", "로는", True),
    ("으로의", "로의", True),
    ("으로", "로", True),
    ("이나", "나", False),
    ("이며", "며", False),
    ("이란", "란", False),
    ("과의", "와의", False),
    ("은", "는", False),
    ("이", "가", False),
    ("을", "를", False),
    ("과", "와", False),
)
_PLAIN = ("에서는", "에서의", "에게는", "에서", "에게", "에는", "에도", "까지", "부터", "보다")
_PLAIN += ("마다", "께서", "에", "의")
_UI_NOUNS = ("회의", "심의", "협의", "합의", "논의", "건의", "동의", "정의", "주의", "의의")
_UI_NOUNS += ("강의", "결의", "질의", "토의", "민의", "창의", "자의", "대의")
_UI_ORGANS = ("위원회의", "협의회의", "이사회의", "심의회의", "의회의", "총회의")


def is_punct(ch: str) -> bool:
    return ch in _QUOTES or unicodedata.category(ch)[0] == "P"


def _agrees(stem: str, form: str, closed: str, open_: str, lieul_open: bool) -> bool:
    try:
        final = final_consonant(stem)
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


def strip_particles(old: str, new: str) -> tuple[str, str]:
    """Both texts without the trailing particle they share (see the module docstring)."""
    for family in _CONDITIONED:
        fo, fn = _particle_of(old, family), _particle_of(new, family)
        if fo is None or fn is None:
            continue
        if fo != fn or fo == "과":  # different particles stay quoted; 평생교육과 is a division
            return old, new
        so, sn = old[: -len(fo)], new[: -len(fn)]
        if _agrees(so, fo, *family) and _agrees(sn, fn, *family):
            return so, sn
    for form in _PLAIN:
        if old.endswith(form) and new.endswith(form) and min(len(old), len(new)) > len(form):
            if form == "의" and any(
                w.endswith(_UI_NOUNS) and not w.endswith(_UI_ORGANS) for w in (old, new)
            ):
                return old, new
            return old[: -len(form)], new[: -len(form)]
    return old, new


def _trim_korean(old: str, new: str) -> tuple[int, int, int, int]:
    """How much to cut from the front and back of each side: (front, back_old, front, back_new).

    Common punctuation and quotes at both ends go, then a shared particle, then punctuation
    again; the fronts are always equal."""
    front = 0
    while front < min(len(old), len(new)) and old[front] == new[front] and is_punct(old[front]):
        front += 1
    o, n = old[front:], new[front:]

    def strip_punct(o: str, n: str) -> tuple[str, str]:
        while o and n and o[-1] == n[-1] and is_punct(o[-1]):
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
