"""Where a new text differs from the old one, for marking it on screen.

The statute page shows the amended instrument as a whole; an official reading it wants to see
at a glance what the amendment changes there, as the comparison table underlines it. This
module compares the two rendered texts, line by line first and then, inside the lines that
changed, word by word (a Hangul or Latin run, a number, one other character), and gives the
ranges of the new text to mark. A word is the unit marked: ``행정국`` renamed ``행정지원국`` is
marked whole, as a reader sees it, not the syllables that differ.

Deleted text leaves nothing to mark in the new text; the line before or after it is not
marked either (the comparison table is the place that shows what was taken out).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_WORD = re.compile(r"[가-힣A-Za-z]+|\d+|\s+|.", re.S)

Range = tuple[int, int]


def changed_ranges(old: str, new: str) -> list[Range]:
    """The ``(start, end)`` ranges of ``new`` (string indices, ascending, not overlapping,
    whitespace at their ends left out) whose text is not in ``old`` at that place."""
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    starts = _line_starts(new_lines)
    ranges: list[Range] = []
    matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or j1 == j2:
            continue
        pairs = _paired_lines(old_lines[i1:i2], new_lines[j1:j2])
        for j in range(j1, j2):
            line = new_lines[j]
            partner = pairs.get(j - j1)
            if partner is None:  # a line of its own: marked whole
                spans = [(0, len(line))]
            else:
                spans = _word_changes(old_lines[i1 + partner], line)
            ranges.extend(_shifted(_trimmed(line, spans), starts[j]))
    return ranges


_SIMILAR = 0.6  # how alike two lines must be to be one line changed, not one gone, one new
_PAIRING_LIMIT = 40_000  # line pairs compared in one changed block; beyond, lines are new


def _paired_lines(old: list[str], new: list[str]) -> dict[int, int]:
    """Each new line of a changed block that is an old line changed, with that old line's
    index: the most alike old line after the last one paired, if alike enough. A new article
    among changed ones is so left whole, not matched word by word against another."""
    pairs: dict[int, int] = {}
    if len(old) == len(new) == 1:  # one line changed: the same provision, however much
        return {0: 0}
    if len(old) * len(new) > _PAIRING_LIMIT:
        return pairs
    after = 0
    for j, line in enumerate(new):
        best, best_ratio = None, _SIMILAR
        for i in range(after, len(old)):
            matcher = SequenceMatcher(None, old[i], line, autojunk=False)
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio >= best_ratio:
                best, best_ratio = i, ratio
        if best is not None:
            pairs[j] = best
            after = best + 1
    return pairs


def _line_starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line)
    starts.append(at)
    return starts


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _word_changes(old: str, new: str) -> list[Range]:
    """The ranges of ``new`` made of words that are not in ``old`` at their place; a run of
    changed words with only spaces between them is one range."""
    old_words, new_words = _words(old), _words(new)
    offsets = _line_starts(new_words)
    spans: list[Range] = []
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    for tag, _i1, _i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or j1 == j2:
            continue
        start, end = offsets[j1], offsets[j2]
        if spans and not new[spans[-1][1] : start].strip(" "):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _trimmed(text: str, spans: list[Range]) -> list[Range]:
    """The spans without whitespace at their ends; a span of whitespace only is dropped, and
    a span across lines is cut at each line end (a mark never covers a line break)."""
    out: list[Range] = []
    for start, end in spans:
        for match in re.finditer(r"[^\n]+", text[start:end]):
            piece = match.group()
            left = len(piece) - len(piece.lstrip())
            right = len(piece.rstrip())
            if right > left:
                out.append((start + match.start() + left, start + match.start() + right))
    return out


def _shifted(spans: list[Range], by: int) -> list[Range]:
    return [(start + by, end + by) for start, end in spans]
