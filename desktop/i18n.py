"""The one home of gettext: OrgDraft's interface and core messages in Korean and English.

Source strings are English msgids. Code marks them with :func:`N_` (or
:func:`ngettext_noop` for a singular/plural pair) where they are defined and translates them
when they are shown, so that switching the interface language shows everything again in the
new language. The catalogs are ``i18n/<lang>/LC_MESSAGES/messages.po`` (see
:func:`desktop.paths.i18n_dir`); the ``.po`` is read directly when a language is first used,
so nothing is compiled at install or build time (``bench/bench_i18n.py`` measures the cost).
A message without a translation, or whose translation is fuzzy or empty, shows the English.

Placeholders are named and filled with :meth:`str.format` syntax. A Korean translation can
make the particle after a value fit it (:mod:`desktop.core.korean`):
``"{unit:을} 폐지하면"`` gives ``AI국을 폐지하면`` and ``기획조정실을 …``, ``{name:으로}``
gives 으로 or 로 (로 after a final ㄹ). A parameter may be a :class:`Pair` (a value that the
project holds in both languages, such as a unit name) or a nested :class:`Message`.

Nothing here imports Qt; :mod:`desktop.ui.tr` binds this module to the window.
"""

from __future__ import annotations

import functools
import gettext as _gettext
import locale
import os
import string
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from desktop import paths

LANGUAGES = ("ko", "en")
SOURCE_LANGUAGE = "en"
DOMAIN = "messages"

_state = {"lang": SOURCE_LANGUAGE}


def N_(message: str) -> str:
    """Mark an English msgid for extraction; it is translated where it is shown."""
    return message


def ngettext_noop(singular: str, plural: str) -> tuple[str, str]:
    """Mark a singular/plural msgid pair for extraction (the count is the ``n`` parameter)."""
    return singular, plural


def set_language(lang: str) -> None:
    """Choose the interface language: ``ko``, or ``en`` for anything else."""
    _state["lang"] = "ko" if lang == "ko" else "en"


def language() -> str:
    """The interface language, ``ko`` or ``en``."""
    return _state["lang"]


def system_language() -> str:
    """``ko`` on a Korean system, ``en`` otherwise (``ORGDRAFT_LANG`` overrides)."""
    forced = os.environ.get("ORGDRAFT_LANG", "")
    if forced in ("ko", "en"):
        return forced
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return "ko" if os.environ[name].lower().startswith("ko") else "en"
    code = locale.getlocale()[0] or ""
    return "ko" if code.lower().startswith(("ko", "korean")) else "en"


# -- values --------------------------------------------------------------------------------


T = TypeVar("T")


def pick(ko: T, en: T, lang: str | None = None, *, fallback: bool = True) -> T:
    """The Korean or the English of a bilingual value for ``lang`` (the interface language
    when ``None``): the one place a language chooses between two texts (or two lists, two
    functions). An empty English falls back to the Korean unless ``fallback`` is false (a
    document then shows what is missing instead)."""
    if (lang or language()) == "ko":
        return ko
    return en if en or not fallback else ko


@dataclass(frozen=True)
class Pair:
    """A value in both languages (a unit name, an article label, a fixed word of a
    document); the English falls back to the Korean when it is empty."""

    ko: str
    en: str = ""

    @classmethod
    def of(cls, obj: object, stem: str) -> Pair:
        """The pair an object holds as ``<stem>_ko`` (or ``<stem>``) and ``<stem>_en``:
        ``Pair.of(meta, "reasons")``, ``Pair.of(instrument, "title")``."""
        ko = getattr(obj, f"{stem}_ko", None)
        return cls(getattr(obj, stem) if ko is None else ko, getattr(obj, f"{stem}_en"))

    def pick(self, lang: str | None = None, *, fallback: bool = True) -> str:
        return pick(self.ko, self.en, lang, fallback=fallback)

    def __str__(self) -> str:
        return self.pick()


@dataclass(frozen=True)
class Message:
    """A message translated when it is shown: an English msgid (and plural) and parameters."""

    msgid: str
    params: Mapping[str, Any] = field(default_factory=dict, hash=False)
    plural: str = ""

    def text(self, lang: str | None = None) -> str:
        return translate(self.msgid, self.params, lang, plural=self.plural)

    def __str__(self) -> str:
        return self.text()


# -- formatting ----------------------------------------------------------------------------

_PAIRS = (
    "을/를",
    "이/가",
    "은/는",
    "과/와",
    "으로/로",
    "으로서/로서",
    "으로써/로써",
    "으로부터/로부터",
    "이나/나",
    "이며/며",
    "이라/라",
    "이라고/라고",
    "이라는/라는",
    "이란/란",
    "이면/면",
    "이고/고",
)
PARTICLES: dict[str, str] = {form: pair for pair in _PAIRS for form in pair.split("/")}


class ParticleFormatter(string.Formatter):
    """:meth:`str.format` that resolves :class:`Pair` and :class:`Message` values for its
    language and understands a Korean particle as the format spec: ``{name:을}`` appends 을
    or 를 as the formatted value needs (``{count:,을}`` formats the number first)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Pair):
            value = value.pick(self.lang)
        elif isinstance(value, Message):
            value = value.text(self.lang)
        spec, pair = split_particle(format_spec)
        text = format(value, spec)
        if not pair:
            return text
        from desktop.core.korean import particle  # babel's number data, only when needed

        try:
            return text + particle(text, pair)
        except ValueError:  # nothing readable: write both forms, as 을(를)
            closed, open_ = pair.split("/")
            return f"{text}{closed}({open_})"


def split_particle(format_spec: str) -> tuple[str, str]:
    """``(standard spec, particle pair)``: ``",을"`` → ``(",", "을/를")``; no particle → ``""``."""
    for length in range(min(len(format_spec), 4), 0, -1):
        pair = PARTICLES.get(format_spec[-length:])
        if pair:
            return format_spec[:-length], pair
    return format_spec, ""


def format_message(template: str, lang: str | None = None, /, **params: Any) -> str:
    """Fill ``template`` with ``params`` for ``lang`` (particles, pairs, nested messages)."""
    return ParticleFormatter(lang or language()).vformat(template, (), params)


class Text(str):
    """A translated string whose :meth:`format` understands particles and, should the
    translation not fit the arguments, formats the English source instead."""

    source: str
    lang: str

    def __new__(cls, text: str, source: str | None = None, lang: str = SOURCE_LANGUAGE) -> Text:
        obj = super().__new__(cls, text)
        obj.source, obj.lang = text if source is None else source, lang
        return obj

    def __getnewargs__(self) -> tuple[str, str, str]:  # copy, deepcopy and pickle keep all
        return str(self), self.source, self.lang

    def format(self, *args: Any, **kwargs: Any) -> str:
        formatter = ParticleFormatter(self.lang)
        try:
            return formatter.vformat(str(self), args, kwargs)
        except (KeyError, IndexError, ValueError, AttributeError):
            if str(self) == self.source:
                raise
            return formatter.vformat(self.source, args, kwargs)


# -- catalogs ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Catalog:
    """The translations of one language: msgid → msgstr, singular msgid → plural forms."""

    lang: str
    messages: Mapping[str, str]
    plurals: Mapping[str, tuple[str, ...]]
    plural_index: Callable[[int], int]
    msgids: frozenset[str]  # every singular msgid in the file, translated or not

    def gettext(self, msgid: str) -> str:
        return self.messages.get(msgid, msgid)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        forms = self.plurals.get(singular)
        if forms:
            index = self.plural_index(n)
            return forms[index] if 0 <= index < len(forms) else forms[-1]
        return singular if n == 1 else plural


def catalog_path(lang: str, root: Path | None = None) -> Path:
    return (root or paths.i18n_dir()) / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path, lang: str) -> Catalog:
    """The translated, non-fuzzy entries of the ``.po`` at ``path`` (empty if it is missing).

    A file is parsed once: its entries are kept in the user's cache folder with the bytes they
    were read from (:func:`_kept_entries`), and a later run whose file holds exactly these
    bytes takes them from there (a few milliseconds of every command and start of the window).
    """
    if not path.is_file():
        return Catalog(lang, {}, {}, lambda n: int(n != 1), frozenset())
    data = path.read_bytes()
    entries = _kept_entries(lang, data)
    if entries is None:
        text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")  # as read_text
        entries = _parse_catalog(text)
        _keep_entries(lang, data, entries)
    messages, plurals, plural_expr, msgids = entries
    return Catalog(lang, messages, plurals, _gettext.c2py(plural_expr), frozenset(msgids))


_Entries = tuple[dict[str, str], dict[str, tuple[str, ...]], str, tuple[str, ...]]


def _parse_catalog(text: str) -> _Entries:
    """Messages, plural forms, the plural expression and every msgid of a ``.po`` text."""
    messages: dict[str, str] = {}
    plurals: dict[str, tuple[str, ...]] = {}
    msgids: set[str] = set()
    plural_expr = "(n != 1)"
    for entry, fuzzy in _po_entries(text):
        msgid = entry.get("msgid", "")
        if not msgid:
            for line in entry.get("msgstr", "").splitlines():  # the header
                name, _colon, value = line.partition(":")
                if name.strip().lower() == "plural-forms":
                    params = dict(p.strip().partition("=")[::2] for p in value.split(";"))
                    plural_expr = params.get("plural") or plural_expr
            continue
        msgids.add(msgid)
        if "msgid_plural" in entry:
            forms = tuple(
                entry[f"msgstr[{i}]"] for i in range(len(entry)) if f"msgstr[{i}]" in entry
            )
            if forms and all(forms) and not fuzzy:
                plurals[msgid] = forms
        elif entry.get("msgstr") and not fuzzy:
            messages[msgid] = entry["msgstr"]
    return messages, plurals, plural_expr, tuple(sorted(msgids))


def _kept_file(lang: str) -> Path:
    return paths.cache_dir() / f"catalog-{lang}.marshal"


def _kept_entries(lang: str, data: bytes) -> _Entries | None:
    """The entries kept for a ``.po`` of exactly these bytes, or None (best effort)."""
    import marshal

    try:
        kept = marshal.loads(_kept_file(lang).read_bytes())
    except (OSError, RuntimeError, EOFError, ValueError, TypeError):
        return None
    if not (isinstance(kept, tuple) and len(kept) == 5 and kept[0] == data):
        return None
    _data, messages, plurals, plural_expr, msgids = kept
    shapes = (isinstance(messages, dict), isinstance(plurals, dict), isinstance(plural_expr, str))
    if not (all(shapes) and isinstance(msgids, tuple)):
        return None
    return messages, plurals, plural_expr, msgids


def _keep_entries(lang: str, data: bytes, entries: _Entries) -> None:
    """Keep the entries read from ``data`` (written whole: a temporary name, then renamed;
    never raises)."""
    import marshal

    from desktop.paths import write_cache_file

    try:
        target = _kept_file(lang)
        data = marshal.dumps((data, *entries))
    except (OSError, RuntimeError, ValueError):
        return
    write_cache_file(target, data)


_PO_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _po_unquote(quoted: str) -> str:
    """One quoted string of a ``.po`` file with its C escapes (``\\n``, ``\\"``, ``\\\\`` …)
    resolved; any other backslash is kept, as babel reads it."""
    body = quoted.strip()[1:-1]
    if "\\" not in body:
        return body
    out, chars = [], iter(body)
    for char in chars:
        if char == "\\":
            escaped = next(chars, "")
            if escaped in _PO_ESCAPES or escaped in ('"', "\\"):
                char = _PO_ESCAPES.get(escaped, escaped)
            else:
                char += escaped
        out.append(char)
    return "".join(out)


def _po_entries(text: str) -> Iterator[tuple[dict[str, str], bool]]:
    """The entries of a ``.po`` file as keyword (``msgid``, ``msgid_plural``, ``msgstr``,
    ``msgstr[0]`` …) → text, and whether each is fuzzy; obsolete (``#~``) entries are left out.
    A small reader of what ``scripts/i18n.py`` writes: babel's (and its locale data) would
    cost the start of the window more than all of OrgDraft's own modules."""
    entry: dict[str, str] = {}
    fuzzy, key = False, ""
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith('"'):  # the text of the keyword above goes on
            if key:
                entry[key] += _po_unquote(line)
            continue
        keyword, _space, value = line.partition(" ")
        is_keyword = keyword.startswith(("msgid", "msgstr", "msgctxt"))
        # an entry ends at a blank line, a comment, or the msgid (msgctxt) of the next one
        ends = not is_keyword or (
            keyword in ("msgid", "msgctxt") and any(k.startswith("msgstr") for k in entry)
        )
        if entry and ends:
            yield entry, fuzzy
            entry, fuzzy = {}, False
        key = keyword if is_keyword else ""
        if key:
            entry[key] = _po_unquote(value)
        elif line.startswith("#,") and "fuzzy" in (f.strip() for f in line[2:].split(",")):
            fuzzy = True
    if entry:
        yield entry, fuzzy


@functools.cache
def catalog(lang: str) -> Catalog:
    """The catalog of ``lang``, read once."""
    return read_catalog(catalog_path(lang), lang)


def reload() -> None:
    """Forget the catalogs read so far (after ``scripts/i18n.py update``, in tests)."""
    catalog.cache_clear()


# -- translating ---------------------------------------------------------------------------


def gettext(msgid: str, lang: str | None = None) -> Text:
    lang = lang or language()
    return Text(catalog(lang).gettext(msgid), msgid, lang)


def ngettext(singular: str, plural: str, n: int, lang: str | None = None) -> Text:
    lang = lang or language()
    source = singular if n == 1 else plural
    return Text(catalog(lang).ngettext(singular, plural, n), source, lang)


def translate(
    msgid: str,
    params: Mapping[str, Any] | None = None,
    lang: str | None = None,
    *,
    plural: str = "",
) -> str:
    """``msgid`` (with ``plural``, counted by ``params["n"]``) translated into ``lang`` and
    filled with ``params``; a :class:`Pair` among them is given in ``lang`` too."""
    params = {k: v.pick(lang) if isinstance(v, Pair) else v for k, v in (params or {}).items()}
    if plural:
        return ngettext(msgid, plural, int(params["n"]), lang).format(**params)
    return gettext(msgid, lang).format(**params)


def retranslation(old: str, new: str) -> dict[str, str]:
    """Every message as shown in ``old`` → as shown in ``new``, for re-setting the texts of
    an open window after a language switch. Only texts without placeholders are listed."""
    table: dict[str, str] = {}
    for msgid in catalog("ko").msgids | catalog("en").msgids:
        if "{" in msgid:
            continue
        before, after = str(gettext(msgid, old)), str(gettext(msgid, new))
        if before != after:
            table.setdefault(before, after)
    return table
