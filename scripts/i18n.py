"""Maintain OrgDraft's translation catalogs in ``i18n/`` with babel.

    python scripts/i18n.py extract   # desktop/**.py → i18n/messages.pot
    python scripts/i18n.py update    # messages.pot → i18n/{ko,en}/LC_MESSAGES/messages.po
    python scripts/i18n.py check     # every msgid has a Korean translation, none fuzzy
    python scripts/i18n.py compile [--out build/i18n]   # .po → .mo (optional, see below)

After adding or changing a ``_("…")``, ``N_("…")`` or ``ngettext(…)``: run ``extract`` and
``update``, write the Korean ``msgstr`` of every new entry in ``i18n/ko/LC_MESSAGES/
messages.po`` (keep the ``{placeholders}``, the ``&`` accelerator as ``(&F)``; a particle after
a value is written ``{name:을}``), then ``check`` (``tests/test_i18n.py`` runs the same check).
Entries are never marked fuzzy: a changed msgid comes back untranslated.

The application reads the ``.po`` files directly (``desktop/i18n.py``), so nothing needs
compiling; ``compile`` writes ``.mo`` files for tools that want them. Extraction keywords:
babel's defaults (``_``, ``N_``, ``gettext``, ``ngettext`` …) and ``ngettext_noop``.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
POT = I18N / "messages.pot"
LANGUAGES = ("ko", "en")
DOMAIN = "messages"
KEYWORDS = {**DEFAULT_KEYWORDS, "ngettext_noop": (1, 2)}
METHOD_MAP = [("**.py", "python")]
WIDTH = 100


def po_path(lang: str, root: Path = I18N) -> Path:
    return root / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def extract(source: Path = ROOT / "desktop") -> Catalog:
    """Every message marked in the Python files under ``source``."""
    catalog = Catalog(
        project="OrgDraft",
        version=_version(),
        header_comment="# OrgDraft's interface and messages. See i18n/README.md.",
        fuzzy=False,
    )
    found = extract_from_dir(
        source,
        METHOD_MAP,
        keywords=KEYWORDS,
        comment_tags=("TRANSLATORS:",),
        strip_comment_tags=True,
        directory_filter=lambda path: not Path(path).name.startswith((".", "_data")),
    )
    for filename, lineno, message, comments, context in found:
        location = (Path(source.name, filename).as_posix(), lineno)
        catalog.add(message, None, [location], auto_comments=comments, context=context)
    return catalog


def _version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    return match.group(1) if match else ""


def _write(catalog: Catalog, path: Path, **options) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=WIDTH, **options)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def _read(path: Path, lang: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=lang, domain=DOMAIN)


def cmd_extract(_args: argparse.Namespace) -> int:
    catalog = extract()
    _write(catalog, POT, include_previous=False)
    print(f"{POT.relative_to(ROOT)}: {len(catalog)} messages")
    return 0


def cmd_update(_args: argparse.Namespace) -> int:
    template = _read(POT)
    for lang in LANGUAGES:
        path = po_path(lang)
        if path.is_file():
            catalog = _read(path, lang)
        else:
            catalog = Catalog(
                locale=lang,
                domain=DOMAIN,
                project="OrgDraft",
                header_comment=f"# OrgDraft's interface and messages: {lang}. See i18n/README.md.",
                last_translator="OrgDraft",
                language_team=lang,
                fuzzy=False,
            )
        catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
        catalog.fuzzy = False
        _write(catalog, path, ignore_obsolete=True)
        todo = len(untranslated(catalog)) if lang != "en" else 0
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages, {todo} to translate")
    return 0


def untranslated(catalog: Catalog) -> list[str]:
    """The msgids of ``catalog`` without a complete, non-fuzzy translation."""
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple | list) else [message.string]
        if message.fuzzy or not all(strings):
            missing.append(message.id[0] if isinstance(message.id, tuple) else message.id)
    return missing


def problems(source: Path = ROOT / "desktop", lang: str = "ko") -> list[str]:
    """What keeps the ``lang`` catalog from covering ``source``: msgids missing from it,
    untranslated or fuzzy (empty when all is well)."""
    catalog = _read(po_path(lang), lang)
    out = []
    for message in extract(source):
        if not message.id:
            continue
        entry = catalog.get(message.id)
        if entry is None:
            out.append(f"missing from {lang}: {message.id!r} (run extract and update)")
    out += [f"not translated into {lang}: {msgid!r}" for msgid in untranslated(catalog)]
    return out


def cmd_check(_args: argparse.Namespace) -> int:
    found = problems()
    for line in found:
        print(line)
    print(f"{len(found)} problem" + ("" if len(found) == 1 else "s"))
    return 1 if found else 0


def cmd_compile(args: argparse.Namespace) -> int:
    out = Path(args.out)
    for lang in LANGUAGES:
        catalog = _read(po_path(lang), lang)
        target = po_path(lang, out).with_suffix(".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("wb") as handle:
            write_mo(handle, catalog)
        print(target)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="write i18n/messages.pot").set_defaults(func=cmd_extract)
    commands.add_parser("update", help="merge the .pot into the .po").set_defaults(func=cmd_update)
    commands.add_parser("check", help="report untranslated messages").set_defaults(func=cmd_check)
    compile_ = commands.add_parser("compile", help="write .mo files")
    compile_.add_argument("--out", default=str(ROOT / "build" / "i18n"))
    compile_.set_defaults(func=cmd_compile)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
