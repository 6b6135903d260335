"""Paths too long for Word: a warning before an official mails a file nobody can open.

Word refuses to open or save a document whose full path is longer than about 255 characters
(Windows' old ``MAX_PATH`` of 260 less the drive and the terminator), even where Windows and
OrgDraft themselves can write it. Deep network folders with long Korean names reach that
quickly. OrgDraft warns above :data:`WORD_PATH_LIMIT` (250, leaving room for Word's own lock
file ``~$name.docx``); lengths count UTF-16 units, as Windows does.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.i18n import N_, translate

WORD_PATH_LIMIT = 250


def windows_length(path: Path | str) -> int:
    """The length of the full path in UTF-16 code units (a Hangul syllable is one)."""
    return len(os.path.abspath(path).encode("utf-16-le")) // 2


@dataclass(frozen=True)
class LongPathWarning:
    """``path`` is ``length`` characters long, more than Word opens."""

    path: Path
    length: int
    limit: int = WORD_PATH_LIMIT

    def message(self, lang: str | None = None) -> str:
        return translate(
            N_(
                "{path}: the full path has {length} characters; Word cannot open files whose "
                "path is longer than about {limit}. Save to a shorter folder or file name."
            ),
            {"path": str(self.path), "length": self.length, "limit": self.limit},
            lang,
        )


def long_path_warnings(
    paths: Iterable[Path | str], limit: int = WORD_PATH_LIMIT
) -> list[LongPathWarning]:
    """A warning for each of ``paths`` longer than ``limit``."""
    warnings = []
    for path in paths:
        length = windows_length(path)
        if length > limit:
            warnings.append(LongPathWarning(Path(path), length, limit))
    return warnings
