"""argparse's own words (``usage:``, its errors, ``-h``'s help line) in the language of the
command line's messages.

argparse asks gettext's module functions for these words, and gettext's global domain reads
compiled ``.mo`` files chosen by the process's locale. OrgDraft's catalogs are the ``.po`` files
:mod:`desktop.i18n` reads, and the language is ``--lang``'s (else the system's), known only
once the arguments are seen. So :func:`speaking` points argparse's two lookups at the catalog
of that language while the command line is parsed (and its usage, help or error printed), and
puts gettext's back after. A translation catalog rather than a parser subclass: the subclass
could retitle the usage line and the groups, but argparse formats its error messages before
:meth:`~argparse.ArgumentParser.error` sees them, so it would have to recognise each English
sentence to translate it.

The msgids below are argparse's (Python 3.11), the ones a user of ``orgdraft`` can meet;
``tests/test_argtext.py`` checks that this Python's argparse still asks for each. One that a
later argparse words differently shows in English.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from desktop.i18n import N_, catalog, ngettext_noop

# TRANSLATORS: argparse's own messages; keep every %s, %r, %(name)s and %(name)r as it is.
MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ignored explicit argument %r"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
)
PLURALS = (ngettext_noop("expected %s argument", "expected %s arguments"),)


@contextlib.contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse's words in ``lang`` (``ko`` or ``en``) inside the block."""

    def gettext(msgid: str) -> str:  # the catalog is read only if argparse has words to say
        return catalog(lang).gettext(msgid)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return catalog(lang).ngettext(singular, plural, n)

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = gettext, ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


# ``--lang`` and the abbreviations argparse accepts for it (``--la ko``); where another option
# shares the prefix (``--la`` in ``generate``, which has ``--langs``) argparse refuses it as
# ambiguous, and says so in the language the official asked for.
_LANG_SPELLINGS = ("--l", "--la", "--lan", "--lang")


def chosen_language(argv: list[str], default: str) -> str:
    """The language ``--lang ko``/``--lang=ko`` (or an abbreviation, ``--la ko``) names in
    ``argv`` (before or after the command; the last one, as argparse takes it), else
    ``default``. Read before argparse parses, so that argparse's own complaints are in that
    language."""
    lang = default
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if name not in _LANG_SPELLINGS:
            continue
        if not equals:
            if index + 1 == len(argv):
                continue
            value = argv[index + 1]
        if value in ("ko", "en"):
            lang = value
    return lang
