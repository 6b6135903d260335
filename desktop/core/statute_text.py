"""Statute text as officials paste it from law.go.kr or ELIS: parsing and rendering.

One import for the rest of the application; the work is done in
:mod:`desktop.core.statute_parse` (text → :class:`~desktop.core.statute.Instrument`),
:mod:`desktop.core.statute_render` (the Korean text back) and
:mod:`desktop.core.statute_render_en` (the English text in KLRI style).
"""

from __future__ import annotations

from desktop.core.statute_parse import ParseMessage, StatuteParseError, parse_instrument
from desktop.core.statute_render import (
    render_annex_lines,
    render_article,
    render_article_lines,
    render_instrument,
    render_provision_lines,
)
from desktop.core.statute_render_en import (
    MISSING,
    annotation_en,
    note_en,
    render_article_en,
    render_instrument_en,
)

__all__ = [
    "MISSING",
    "ParseMessage",
    "StatuteParseError",
    "annotation_en",
    "note_en",
    "parse_instrument",
    "render_annex_lines",
    "render_article",
    "render_article_en",
    "render_article_lines",
    "render_instrument",
    "render_instrument_en",
    "render_provision_lines",
]
