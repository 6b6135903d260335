"""Which installed font draws Hangul: for the org chart, and the check the window runs at start.

Windows has 맑은 고딕 (Malgun Gothic) since Vista, but a stripped-down office image, or Linux
without ``fonts-nanum``, may have no Korean font at all; Qt then draws boxes (□) instead of
Hangul. :func:`hangul_family` prefers the usual Korean UI fonts, falls back to any family Qt
says covers Korean, and logs a warning once when it had to fall back or found none.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

PREFERRED = (
    "Malgun Gothic",
    "맑은 고딕",
    "NanumGothic",
    "나눔고딕",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "Apple SD Gothic Neo",
)

log = logging.getLogger("orgdraft.fonts")


@dataclass(frozen=True)
class FontChoice:
    """The family to draw Korean text in (``""``: none has Hangul) and why it is not one of
    the usual ones (``""`` when it is)."""

    family: str
    warning: str = ""


def choose_hangul_family(
    families: Iterable[str], covers_korean: Callable[[str], bool]
) -> FontChoice:
    """The first of :data:`PREFERRED` among ``families``, else the first family that covers
    Korean, else none — with a warning in the last two cases."""
    available = list(families)
    present = set(available)
    for name in PREFERRED:
        if name in present:
            return FontChoice(name)
    for name in available:
        if covers_korean(name):
            return FontChoice(
                name,
                f"None of the usual Korean fonts (Malgun Gothic, NanumGothic, Noto Sans CJK KR) "
                f"is installed; Korean text uses {name}.",
            )
    return FontChoice(
        "",
        "No installed font has Hangul, so Korean text may show as boxes. Install Malgun "
        "Gothic (맑은 고딕) or NanumGothic.",
    )


def hangul_family() -> FontChoice:
    """The choice among the fonts Qt sees (needs a QGuiApplication); warns once."""
    from PySide6.QtGui import QFontDatabase

    def covers_korean(family: str) -> bool:
        return QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)

    choice = choose_hangul_family(QFontDatabase.families(), covers_korean)
    if choice.warning:
        warn_once(choice.warning)
    return choice


@functools.cache
def warn_once(message: str) -> None:
    """Log ``message`` the first time only (the chart asks for a font many times)."""
    log.warning(message)
