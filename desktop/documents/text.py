"""User text on its way into a document: checked, normalised, split where the template says.

Word documents are XML 1.0: control characters other than tab and line feed (and the
non-characters U+FFFE/U+FFFF, lone surrogates) cannot be stored. :func:`check_text` refuses
them with a message naming the field, before anything is rendered. Markup characters
(``& < > " '``) are *not* refused: the renderer escapes them.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Any

from markupsafe import Markup, escape

from desktop.documents.errors import TextError
from desktop.i18n import N_

# A hyphen no line breaks at: the DOCX writes Word's own (w:noBreakHyphen) in its place, the
# HWPX and HTML writers a plain hyphen.
NO_BREAK_HYPHEN = "\u2011"


def unbroken_phone(phone: str) -> str:
    """A telephone number kept on one line: its hyphens no-break hyphens. In the release
    header's cell, ``031-8008-2345`` broke at a hyphen, ``031-8008-`` above ``2345``."""
    return phone.replace("-", NO_BREAK_HYPHEN)


def _allowed(ch: str) -> bool:
    code = ord(ch)
    if code in (0x9, 0xA, 0xD):
        return True
    return 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD or 0x10000 <= code <= 0x10FFFF


def check_text(field: str, value: str) -> str:
    """``value`` with CR LF (and a lone CR) as LF, otherwise exactly as given;
    :class:`TextError` naming ``field`` when a character cannot go into a Word document."""
    for index, ch in enumerate(value):
        if not _allowed(ch):
            name = unicodedata.name(ch, f"U+{ord(ch):04X}") if len(ch) == 1 else repr(ch)
            raise TextError(
                field,
                N_(
                    "Field '{field}': character {position} ({code}, {name}) is a control "
                    "character that a Word document cannot hold; delete it and type the text "
                    "again."
                ),
                field=field,
                position=index + 1,
                code=f"U+{ord(ch):04X}",
                name=name,
            )
    return value.replace("\r\n", "\n").replace("\r", "\n")


def check_values(value: Any, field: str = "") -> Any:
    """Every string inside ``value`` (dicts, lists, tuples) through :func:`check_text`; the
    field names are paths such as ``press.sublines[1]``. Other values pass unchanged."""
    if isinstance(value, Markup):
        return value
    if isinstance(value, str):
        return check_text(field or "value", value)
    if isinstance(value, Mapping):
        return {k: check_values(v, f"{field}.{k}" if field else str(k)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [check_values(v, f"{field}[{i + 1}]") for i, v in enumerate(value)]
    return value


# -- Jinja filters (installed by desktop.documents.render) -----------------------------------
def lines(value: str) -> list[str]:
    """``{%p for line in reasons|lines %}``: one paragraph per non-empty line."""
    return [line.strip() for line in str(value).split("\n") if line.strip()]


def br(value: str) -> Markup:
    """``{{ address|br }}``: line breaks inside one paragraph (``<w:br/>``), text escaped."""
    parts = [str(escape(part)) for part in str(value).split("\n")]
    return Markup('</w:t><w:br/><w:t xml:space="preserve">'.join(parts))
