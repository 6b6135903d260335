"""A statute's text from a file the official has: a ``.txt`` (UTF-8, with or without its
byte-order mark, or CP949, what Notepad and 한/글 save on a Korean Windows), a ``.docx`` (a
text saved from 국가법령정보센터 or 자치법규정보시스템 into Word), or a 한/글 document,
``.hwpx`` or ``.hwp`` (the form a department keeps its ordinances in, and 자치법규정보시스템
gives them in).

One reader for File › New, the statute page's import, the amendment check and the command
line. A document is read in the order of its body, paragraphs and tables alike: a 별표 kept
as a table becomes the ``| 직급 | 정원 |`` rows the statute parser reads (its rows were
dropped before, without a word). A 한/글 document is opened with python-hwpx (the library
the HWPX export writes with; it reads the HWP 5 binary format too). A file that cannot be
read raises :class:`TextFileError`, which says why in the official's language;
:class:`OSError` (no such file, no permission) is left to the caller, which words it with
the operating system's reason."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.core.statute_syntax import table_row
from desktop.i18n import N_, translate

_UNREADABLE_TEXT = N_(
    "its characters cannot be read (it is neither UTF-8 nor CP949 text): save it again as "
    "UTF-8 text, or paste its text"
)
_UNREADABLE_DOCX = N_("it is not a Word document that can be read (.docx), or it is damaged")
_UNREADABLE_HWP = N_(
    "it is not a 한/글 document that can be read (.hwpx, .hwp), or it is damaged or protected "
    "(a distribution or password-protected document): save it again in 한/글 as .hwpx, or "
    "paste its text"
)


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
    """The text of a ``.txt``, ``.docx``, ``.hwpx`` or ``.hwp`` file (by its extension), line
    by line."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        return _docx_text(path)
    if suffix in (".hwpx", ".hwp"):
        return _hwp_text(path)
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
    return "\n".join(_docx_blocks(document.element.body, document))


def _docx_blocks(parent, document) -> list[str]:
    """The lines of a body (or of a cell): paragraphs and tables in their order."""
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in parent.iterchildren():
        if block.tag == f"{_W}p":
            lines.append(Paragraph(block, document).text)  # a line break (w:br) kept
        elif block.tag == f"{_W}tbl":
            lines.extend(_table_rows(block, document))
    return lines


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _table_rows(table, document) -> list[str]:
    """A Word table as the statute text writes one (:func:`_table_lines`)."""
    from docx.text.paragraph import Paragraph

    return _table_lines(
        [list(row.iterchildren(f"{_W}tc")) for row in table.iterchildren(f"{_W}tr")],
        lambda cell: [Paragraph(p, document).text for p in cell.iter(f"{_W}p")],
        lambda cell: _docx_blocks(cell, document),
    )


def _table_lines(rows: list[list], paragraphs, frame) -> list[str]:
    """A table (its rows of cells, Word's or 한/글's) as the statute text writes one: a row a
    line, ``| a | b |`` (a ``|`` in a cell written ``\\|``, which the parser reads as the
    cell's, not as a new cell); a cell's paragraphs (``paragraphs(cell)``) joined with spaces
    (a cell of two lines is one cell of the row), a table inside a cell read as that cell's
    text. A table with one cell written (the others, if any, empty) is a frame (a 별표 boxed
    with its title and its table, a notice in a box): its content is read as a body is
    (``frame(cell)``)."""
    written = [cell for row in rows for cell in row if "".join(cell.itertext()).strip()]
    if len(written) == 1:
        return frame(written[0])
    lines = []
    for row in rows:
        cells = [
            " ".join(" ".join(p.split()) for p in paragraphs(cell) if p.strip()) for cell in row
        ]
        if any(cells):
            lines.append(table_row(cells))
    return lines


_HP = "{http://www.hancom.co.kr/hwpml/2011/paragraph}"


def _hwp_text(path: str | os.PathLike) -> str:
    """A 한/글 document's body, section by section, each paragraph a line and each table's
    row a ``| a | b |`` line where the table stands in its paragraph."""
    data = Path(path).read_bytes()  # a missing file is an OSError, as for a .txt
    try:
        from hwpx.document import HwpxDocument

        document = HwpxDocument.open(data)
        sections = [section.element for section in document.sections]
    except Exception:  # the library raises many kinds for a file it cannot read
        raise TextFileError(_UNREADABLE_HWP) from None
    lines: list[str] = []
    for section in sections:
        for paragraph in section.iterchildren(f"{_HP}p"):
            lines.extend(_hwp_paragraph(paragraph))
    return "\n".join(lines)


def _hwp_paragraph(paragraph) -> list[str]:
    """A paragraph's lines: its text, broken at a line break and where a table stands in it
    (the table's rows between)."""
    lines: list[str] = []
    text = ""
    for run in paragraph.iterchildren(f"{_HP}run"):
        for item in run.iterchildren():
            if item.tag == f"{_HP}t":
                text += _hwp_t(item)
            elif item.tag == f"{_HP}tbl":
                if text.strip():  # the text before the table (an anchor's is empty)
                    lines += text.split("\n")
                text = ""
                lines += _hwp_rows(item)
    if text or not lines:
        lines += text.split("\n")
    return lines


def _hwp_t(item) -> str:
    """A text element's characters: a line break a new line, a tab a tab."""
    parts = [item.text or ""]
    for child in item:
        if child.tag == f"{_HP}lineBreak":
            parts.append("\n")
        elif child.tag == f"{_HP}tab":
            parts.append("\t")
        parts.append(child.tail or "")
    return "".join(parts)


def _hwp_rows(table) -> list[str]:
    """A 한/글 table as the statute text writes one (:func:`_table_lines`)."""
    return _table_lines(
        [list(row.iterchildren(f"{_HP}tc")) for row in table.iterchildren(f"{_HP}tr")],
        lambda cell: ["".join(_hwp_t(t) for t in p.iter(f"{_HP}t")) for p in cell.iter(f"{_HP}p")],
        lambda cell: [
            line
            for body in cell.iterchildren(f"{_HP}subList")
            for paragraph in body.iterchildren(f"{_HP}p")
            for line in _hwp_paragraph(paragraph)
        ],
    )
