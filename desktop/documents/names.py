"""File names an official would use, from patterns that an office can change.

``FileNames`` holds one pattern per document and language, without the extension, which the
writer of the output format gives (``.docx``, ``.html``; ``.png`` for the charts); the fields are
``{title}`` (the bill's title), ``{instrument}`` (the instrument's title), ``{government}``,
``{short}`` (``Gyeonggi`` for ``Gyeonggi Province``) and ``{when}`` (before/after, charts);
only plain ``{field}`` substitution is done.
Characters that Windows forbids in names are replaced.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core import lazyre

_FIELD = lazyre.compile(r"\{(\w+)\}")
_FORBIDDEN = lazyre.compile(r'[<>:"/\\|?*\x00-\x1f]')
_DEFAULTS = {
    ("ko", "bill"): "{title}",
    ("en", "bill"): "Bill - {instrument} (EN)",
    ("ko", "table"): "신구조문대비표 - {instrument}",
    ("en", "table"): "Comparison table - {instrument} (EN)",
    ("ko", "press"): "보도자료 - {government} 조직개편",
    ("en", "press"): "Press release - {short} reorganization (EN)",
    ("ko", "org"): "기구표·정원표 - {government} 조직개편",
    ("en", "org"): "Organization tables - {short} reorganization (EN)",
    ("ko", "chart"): "조직도({when}) - {government}",
    ("en", "chart"): "Organization chart ({when}) - {short} (EN)",
    ("ko", "review"): "국영 대조 검토표 - {government} 조직개편",
    ("en", "review"): "Bilingual review - {short} reorganization",
}


def safe_name(name: str) -> str:
    """``name`` usable as a file name on Windows, macOS and Linux."""
    cleaned = _FORBIDDEN.sub("_", name).strip().rstrip(". ")
    stem, dot, ext = cleaned.rpartition(".")
    if len(cleaned) > 180 and dot:
        cleaned = stem[: 180 - len(ext) - 1].rstrip() + "." + ext
    return cleaned or "document"


@dataclass(frozen=True)
class FileNames:
    """The file-name patterns of the exported documents, by language and document."""

    patterns: dict[tuple[str, str], str] = field(default_factory=lambda: dict(_DEFAULTS))

    def name(self, lang: str, doc: str, suffix: str, **fields: str) -> str:
        """The file name of ``doc`` in ``lang`` with the extension ``suffix`` (``".docx"``)."""
        pattern = self.patterns.get((lang, doc)) or _DEFAULTS[(lang, doc)]
        # Plain {field} substitution only (no attribute or index access as str.format has).
        filled = _FIELD.sub(lambda m: fields.get(m.group(1), m.group(0)), pattern)
        return safe_name(filled + suffix)


PATTERN_FIELDS = ("name", "date", "lang", "doc", "government", "short")


def with_pattern(pattern: str, date: str = "") -> FileNames:
    """Every default name put through an office's ``pattern``: ``{name}`` is the default name
    without its extension; ``{date}`` (``20240628``), ``{lang}``, ``{doc}``, ``{government}``
    and ``{short}`` may surround it. ``"{date} {name}"`` → ``20240628 보도자료 - …``."""
    if "{name}" not in pattern or pattern == "{name}":  # {name} keeps every name distinct
        return FileNames()
    patterns = {}
    for (lang, doc), default in _DEFAULTS.items():
        fixed = {"name": default, "date": date, "lang": lang, "doc": doc}
        patterns[(lang, doc)] = _FIELD.sub(
            lambda m, f=fixed: f.get(m.group(1), m.group(0)), pattern
        )
    return FileNames(patterns)


def short_name(government_en: str) -> str:
    """``Gyeonggi Province`` → ``Gyeonggi``; ``Seoul Metropolitan Government`` → ``Seoul``;
    ``Yangpyeong County`` → ``Yangpyeong``; ``Gangnam District`` → ``Gangnam``; a 특례시
    ``Suwon Special City`` → ``Suwon``."""
    suffixes = (
        " Special Self-Governing Province",
        " Special Self-Governing City",
        " Province",
        " Metropolitan Government",
        " Metropolitan City",
        " Special City",
        " City",
        " County",
        " District",
    )
    for suffix in suffixes:
        if government_en.endswith(suffix):
            return government_en.removesuffix(suffix)
    return government_en
