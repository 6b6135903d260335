"""The one home of user-facing string translation in the window.

For now ``_()`` returns the English source string; the next issue binds it to gettext
catalogs in ``i18n/`` (and installs a QTranslator for Qt's own dialogs) without touching the
call sites. Module-level constants are marked with ``N_()`` and translated at display time.
The *data* language (finding messages, unit names shown first) follows :func:`lang`.
"""

from __future__ import annotations

_state = {"lang": "en"}


def _(text: str) -> str:
    """Translate a user-facing English source string (identity until catalogs exist)."""
    return text


def N_(text: str) -> str:
    """Mark a module-level constant for extraction; translate it later with ``_()``."""
    return text


def ngettext(singular: str, plural: str, n: int) -> str:
    return singular if n == 1 else plural


def set_lang(lang: str) -> None:
    _state["lang"] = "ko" if lang == "ko" else "en"


def lang() -> str:
    """``ko`` or ``en``: the language of messages that come from the core in both."""
    return _state["lang"]


def pick(ko: str, en: str) -> str:
    """The Korean or English of a pair that the core gives in both languages."""
    return ko if _state["lang"] == "ko" or not en else en
