"""What a document is filled with: plain values for the template's tags and the structured
parts (lists of :mod:`.layout` blocks, which the writer of the output format writes, see
:mod:`.writers`), plus the helpers every document shares."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.core.korean import date_en, date_ko
from desktop.core.project import DraftInputs
from desktop.documents.layout import Part
from desktop.i18n import Pair, pick


@dataclass
class Content:
    """What a template is filled with: plain values and the generated parts (blocks)."""

    values: dict[str, Any] = field(default_factory=dict)
    blocks: dict[str, Part] = field(default_factory=dict)


def missing(lang: str, what_ko: str, what_en: str) -> str:
    """A visible placeholder for what the official still has to write."""
    return pick(f"[{what_ko} 입력 필요]", f"[{what_en}: to be written]", lang)


def date_text(d: dt.date | None, lang: str, weekday: bool = False) -> str:
    if d is None:
        return missing(lang, "날짜", "date")
    return pick(date_ko(d, weekday=weekday), date_en(d), lang)


def common(inputs: DraftInputs, lang: str, today: dt.date) -> dict[str, str]:
    meta = inputs.project.meta
    government = Pair.of(meta, "government").pick(lang, fallback=False)
    return {
        "government": government or missing(lang, "기관명", "government"),
        "today": date_text(today, lang),
    }
