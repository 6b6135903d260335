"""A text copied out of a PDF, read as the text its pages show.

Copied from a PDF's pages (or from ``pdftotext``), a bill or a statute comes back with what
the pages carry besides its text, between its lines:

- the **page numbers** at each page break: ``-3-``, ``- 3 -`` (a bill's footer), ``법제처 3
  국가법령정보센터`` (the footer of a statute printed from law.go.kr), with the blank lines and
  form feeds around them — read as text they would end a provision with ``-3-``, or stop a
  sentence the page broke in two. They are left out (:func:`unpage`), and the blank lines
  around them, so a sentence broken at a page break reads as one broken at a line end; a line
  that repeats the text's title next to them (a running head) goes too;
- the heading ``부 칙``, set wide on the page, split over two lines (``부`` and ``칙``): read
  as one line;
- its numbers spaced from the words around them (``제 3 조``, ``1 명``):
  :mod:`desktop.core.digitspacing`.

:func:`read_copy` does all of it and tells the official what it left out; messages about the
text read so are located back in the text as pasted (:meth:`Copy.located`). No statute text
has such lines (over the 5,674 current instruments of the statute mirror, no line is a page
number so written), so a text typed or copied from a word processor reads as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from desktop.core.digitspacing import Respaced, respace
from desktop.core.statute_syntax import ParseMessage, clean_line
from desktop.i18n import N_

# A page number as a bill's footer sets it (``-3-``, ``- 3 -``, ``— 3 —``) and the footer of
# law.go.kr's printed statutes (``법제처 3 국가법령정보센터``).
PAGE_NUMBER = re.compile(r"[-‐–—−]\s*\d{1,4}\s*[-‐–—−]|법제처\s*\d{1,4}\s*국가법령정보센터")
# A line that is one of them, or ``부`` alone, somewhere in a text: one search tells most texts
# have neither (the line-by-line reading below then need not run)
_BLANK = r"[\s\ufeff\u200b-\u200d\u2060]*"
_CANDIDATE = re.compile(f"^{_BLANK}(?:{PAGE_NUMBER.pattern}|부){_BLANK}$", re.MULTILINE)
PAGE_NUMBERS = N_(
    "“{mark}” and the lines like it ({count} in all) are read as the page numbers of a copy "
    "from a PDF and left out, with the blank lines around them."
)
PAGE_NUMBER_ONE = N_(
    "“{mark}” is read as the page number of a copy from a PDF and left out, with the blank "
    "lines around it."
)
RUNNING_HEAD = N_(
    "“{line}” repeats the title at a page break of a copy from a PDF: read as the page's "
    "running head and left out ({count} in all)."
)


@dataclass
class Unpaged:
    """A text without its copy's page numbers: ``text``; the line as pasted of each of its
    lines (``lines``, 1-based); what the official is told (``notes``)."""

    text: str
    lines: list[int]
    notes: list[ParseMessage] = field(default_factory=list)

    def located(self, message: ParseMessage) -> ParseMessage:
        """``message``, about a line of the text read, at that line as pasted."""
        if 1 <= message.line <= len(self.lines):
            return replace(message, line=self.lines[message.line - 1])
        return message


def unpage(text: str) -> Unpaged | None:
    """``text`` without the page numbers and running heads of a copy from a PDF, and with a
    ``부 칙`` split over lines joined; ``None`` when it has none."""
    if _CANDIDATE.search(text) is None:
        return None
    lines = text.split("\n")
    read = [clean_line(line) for line in lines]
    marks = {k for k, line in enumerate(read) if PAGE_NUMBER.fullmatch(line)}
    addenda = _split_addenda(read)
    if not marks and not addenda:
        return None
    title = next(filter(None, read), "")
    dropped: set[int] = set()
    heads: list[int] = []
    for mark in sorted(marks):
        # the blank lines around the page number, and the title repeated next to them
        for step in (-1, 1):
            k = mark + step
            while 0 <= k < len(read) and (not read[k] or k in marks):
                dropped.add(k)
                k += step
            if 0 < k < len(read) and k not in dropped and read[k] == title:
                dropped.add(k)
                heads.append(k)
        dropped.add(mark)
    kept_text: list[str] = []
    kept_lines: list[int] = []
    for k, line in enumerate(lines):
        if k in addenda:
            line = "부칙"
            dropped.update(range(k + 1, addenda[k]))
        if k in dropped:
            continue
        kept_text.append(line)
        kept_lines.append(k + 1)
    notes = []
    if marks:
        first = min(marks)
        params = {"mark": read[first], "count": len(marks)}
        message = PAGE_NUMBERS if len(marks) > 1 else PAGE_NUMBER_ONE
        notes.append(ParseMessage(first + 1, message, params, "warning"))
    if heads:
        params = {"line": title, "count": len(heads)}
        notes.append(ParseMessage(min(heads) + 1, RUNNING_HEAD, params, "warning"))
    return Unpaged("\n".join(kept_text), kept_lines, notes)


def _split_addenda(read: list[str]) -> dict[int, int]:
    """Where ``부`` stands on a line and ``칙`` on the next one that is not blank (``read``:
    the lines cleaned): the first line → the line after the second."""
    found = {}
    for k, line in enumerate(read):
        if line != "부":
            continue
        after = k + 1
        while after < len(read) and not read[after]:
            after += 1
        if after < len(read) and read[after] == "칙":
            found[k] = after + 1
    return found


@dataclass
class Copy:
    """A text copied from a PDF, read as its pages show it: ``text``, and how it was read
    (the page numbers left out, :class:`Unpaged`; the numbers' spaces, :class:`Respaced`)."""

    text: str
    unpaged: Unpaged | None
    respaced: Respaced | None

    def notes(self) -> list[ParseMessage]:
        """What the official is told about the reading, located as pasted."""
        told = list(self.unpaged.notes) if self.unpaged is not None else []
        if self.respaced is not None:
            told += map(self._lines, self.respaced.notes())
        return told

    def located(self, message: ParseMessage) -> ParseMessage:
        """``message``, about the text read, located in the text as pasted."""
        if self.respaced is not None:
            message = self.respaced.located(message)
        return self._lines(message)

    def _lines(self, message: ParseMessage) -> ParseMessage:
        return self.unpaged.located(message) if self.unpaged is not None else message


def read_copy(text: str, known: Callable[[str], bool] | None = None) -> Copy | None:
    """``text`` read as the text a PDF's pages show, or ``None`` when it shows no sign of a
    copy from a PDF (no page number, no split ``부 칙``, no spaced citation); ``known``: the
    words of the instrument an amendment amends (:func:`.digitspacing.respace`)."""
    unpaged = unpage(text)
    if unpaged is not None:
        text = unpaged.text
    respaced = respace(text, known)
    if respaced is not None:
        text = respaced.text
    if unpaged is None and respaced is None:
        return None
    return Copy(text, unpaged, respaced)
