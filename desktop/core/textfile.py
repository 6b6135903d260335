"""A statute's text from a file the official has: a ``.txt`` (UTF-8, with or without its
byte-order mark, or CP949, what Notepad and 한/글 save on a Korean Windows) or a ``.docx``
(a text saved from 국가법령정보센터 or 자치법규정보시스템 into Word).

One reader for File › New, the statute page's import, the amendment check and the command
line. A ``.docx`` is read in the order of its body, paragraphs and tables alike: a 별표 kept
as a Word table becomes the ``| 직급 | 정원 |`` rows the statute parser reads (its rows were
dropped before, without a word). A file that cannot be read raises :class:`TextFileError`,
which says why in the official's language; :class:`OSError` (no such file, no permission)
is left to the caller, which words it with the operating system's reason."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.i18n import N_, translate

_UNREADABLE_TEXT = N_(
    "its characters cannot be read (it is neither UTF-8 nor CP949 text): save it again as "
    "UTF-8 text, or paste its text"
)
_UNREADABLE_DOCX = N_("it is not a Word document that can be read (.docx), or it is damaged")


class TextFileError(ValueError):
    """A file whose text cannot be read; :meth:`message` says why, in ``lang``."""

    def __init__(self, message_id: str) -> None:
        super().__init__(message_id)
        self.message_id = message_id

    def message(self, lang: str | None = None) -> str:
        return translate(self.message_id, {}, lang)

    def __str__(self) -> str:
        return self.message()


def decode_text(data: bytes) -> str:
    """The text of a file's bytes: UTF-8 (with or without BOM), else CP949."""
    for encoding in ("utf-8-sig", "cp949"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise TextFileError(_UNREADABLE_TEXT)


def read_text_file(path: str | os.PathLike) -> str:
    """The text of a ``.txt`` or ``.docx`` file (by its extension), line by line."""
    if str(path).lower().endswith(".docx"):
        return _docx_text(path)
    return decode_text(Path(path).read_bytes())


def _docx_text(path: str | os.PathLike) -> str:
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    Path(path).stat()  # a missing file is an OSError, as for a .txt
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise TextFileError(_UNREADABLE_DOCX) from None
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{_W}p":
            lines.append(Paragraph(block, document).text)  # a line break (w:br) kept
        elif block.tag == f"{_W}tbl":
            lines.extend(_table_rows(block, document))
    return "\n".join(lines)


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table_rows(table, document) -> list[str]:
    """A Word table as the statute text writes one: a row a line, ``| a | b |``; a cell's
    paragraphs joined with spaces (a cell of two lines is one cell of the row). A table
    inside a cell is read as that cell's text."""
    from docx.text.paragraph import Paragraph

    rows = []
    for row in table.iterchildren(f"{_W}tr"):
        cells = []
        for cell in row.iterchildren(f"{_W}tc"):
            paragraphs = [Paragraph(p, document).text for p in cell.iter(f"{_W}p")]
            cells.append(" ".join(" ".join(p.split()) for p in paragraphs if p.strip()))
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows
