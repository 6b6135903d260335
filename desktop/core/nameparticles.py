"""Particles after the organization's names in the texts a project gives: ``AI국를`` for
``AI국을``.

The drafting engine attaches every particle it writes to the word before it
(:func:`desktop.core.korean.attach`), and renames re-form the particle after the new name
(:func:`desktop.core.patterns.replace_words`). What the official types does not pass through
either: a provision written by hand on the statute page (an override), the 제안이유, a
paragraph of the release edited or added, its headline and quotation. A unit's name is a
noun the project knows, so the particle after it can be judged without a dictionary: every
name of a unit before or after the changes, and its head's title (``관광정책과장``), followed by
a particle that does not suit it, is told where it stands. The statute texts are judged only
where the new text differs from the current one: the current law is what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from desktop.core.findings import Finding, Place, PlaceKind, warning
from desktop.core.korean import particle, particle_at
from desktop.core.org import Organization
from desktop.core.patterns import head_title
from desktop.core.provisions import walk
from desktop.core.statute import Article, Instrument
from desktop.i18n import N_, Pair

CODE = "W-NAME-PARTICLE"
# A name and what follows it that make a word of their own, not a name and its particle: a
# bureau's 국 and 가 (``AI국가 전략``, the AI nation), a team's 단 and 가 (``추진단가``, a unit
# price).
_WORDS = ("국가", "단가")
_MESSAGE = N_(
    "{what}: {found} should read {right} (the particle does not suit the name before it)."
)


def names(*orgs: Organization) -> list[str]:
    """The units' Korean names and their heads' titles, longest first (so that a longer name
    is matched before a shorter one it ends with)."""
    found: set[str] = set()
    for org in orgs:
        for unit in org:
            if unit.name_ko.strip():
                found.add(unit.name_ko.strip())
                found.add(head_title(unit))
    return sorted(found, key=lambda name: (-len(name), name))


def slips(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[str, str]]:
    """``(found, right)`` for every name of ``pattern`` followed by a particle that does not
    suit it: ``("AI국를", "AI국을")``."""
    for match in pattern.finditer(text):
        found = particle_at(text, match.end())
        if found is None:
            continue
        form, pair = found
        right = particle(match.group(), pair)
        if right != form and match.group()[-1] + form not in _WORDS:
            yield match.group() + form, match.group() + right


def _changed_texts(old: Instrument | None, new: Instrument) -> Iterator[tuple[Article, str, str]]:
    """(article, path, text) of the new instrument's provisions whose text the current one
    does not have at the same place."""
    before = {path: getattr(prov, "text", "") for path, prov in walk(old)} if old else {}
    article: Article | None = None
    for path, prov in walk(new):
        if isinstance(prov, Article):
            article = prov
        text = getattr(prov, "text", "")
        if text and before.get(path) != text and article is not None:
            yield article, path, text


def name_particle_findings(
    orgs: Iterable[Organization],
    texts: Iterable[tuple[Place, Pair, str]],
) -> list[Finding]:
    """A warning for each name followed by a particle that does not suit it, in ``texts``
    (``(place, what the text is, text)``)."""
    listed = names(*orgs)
    if not listed:
        return []
    pattern = re.compile("|".join(map(re.escape, listed)))
    findings = []
    for place, what, text in texts:
        for found, right in slips(text, pattern):
            findings.append(
                warning(CODE, place, _MESSAGE, what=what, found=f"“{found}”", right=f"“{right}”")
            )
    return findings


def statute_texts(
    key: str, words: Pair, old: Instrument | None, new: Instrument
) -> Iterator[tuple[Place, Pair, str]]:
    """The changed provisions of an instrument, each placed at its article."""
    for article, _path, text in _changed_texts(old, new):
        yield (
            Place(PlaceKind.ARTICLE, key, field=article.label),
            Pair(f"{words.ko} {article.label}", f"{words.en}, {article.label_en}"),
            text,
        )
