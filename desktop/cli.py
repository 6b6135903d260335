"""The command line: ``orgdraft [FILE]`` starts the GUI, the sub-commands work headless.

Nothing here imports Qt: the GUI is imported only when it is started, so that ``orgdraft
validate`` and the other commands run on a server without a display.

Exit codes: 0 success, 1 the project has errors, or an amendment does not apply (or the GUI is
unavailable), 2 the input cannot be read.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.argtext import chosen_language, speaking
from desktop.i18n import N_, Pair, ngettext_noop, system_language, translate

if TYPE_CHECKING:
    from desktop.core.statute_parse import ParseMessage

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2
# The sub-commands :func:`build_parser` makes (a test keeps the two the same): an argument
# list naming none of them, nor an option of the command line, starts the GUI without building
# the command line's parser (its sub-commands and their help, about 5 ms of the window's start).
COMMANDS = frozenset(
    ("sample", "validate", "amend", "apply", "draft", "generate", "check-template")
)
_TOP_OPTIONS = frozenset(("-h", "--help", "--version", "--self-test"))


default_lang = system_language  # the messages' language when --lang is not given


@contextlib.contextmanager
def _importing() -> Iterator[None]:
    """A command's imports (and the project it reads), made without the cycle collector's
    passes, which find nothing to free among new modules and classes; what they made is then
    left out of the later passes (:func:`gc.freeze`), which look only at what the command's
    work makes. A command is short, and what it imports lives until it ends. Frozen once per
    process (a process that runs several commands, as the tests do, freezes only the first's).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if not gc.get_freeze_count():
            gc.freeze()
        if enabled:
            gc.enable()


def _load(path: str, lang: str):
    from desktop.core.projectfile import ProjectFileError, load

    try:
        return load(path)
    except ProjectFileError as exc:
        print(exc.message(lang), file=sys.stderr)
        return None


def cmd_sample(args: argparse.Namespace) -> int:
    from desktop.paths import sample_path

    target = Path(args.out)
    if target.exists() and not args.force:
        msg = N_("{path}: file exists (use --force to overwrite).")
        print(translate(msg, {"path": str(target)}, args.lang), file=sys.stderr)
        return EXIT_UNREADABLE
    from desktop.core.projectfile import load, save

    try:
        save(load(sample_path("county" if args.county else "province")), target)
    except OSError as exc:
        _print_file_error(target, exc, args.lang)
        return EXIT_UNREADABLE
    print(target)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    with _importing():
        project = _load(args.project, args.lang)
        if project is None:
            return EXIT_UNREADABLE
        from desktop.core.press import press_findings
        from desktop.core.validate import validate

    inputs = project.draft_inputs()
    findings = validate(project, inputs)
    if not any(f.is_error for f in findings):  # the documents are drafted from a sound proposal
        from desktop.core.gate import gate_findings

        findings += press_findings(inputs)
        findings += gate_findings(inputs)  # what would leave in the documents
        findings.sort(key=lambda f: 0 if f.is_error else 1)
    for finding in findings:
        print(finding.format(args.lang))
    errors = sum(f.is_error for f in findings)
    print(_counts(errors, len(findings) - errors, args.lang))
    return EXIT_FINDINGS if errors else EXIT_OK


_ERRORS = ngettext_noop("{n} error", "{n} errors")
_WARNINGS = ngettext_noop("{n} warning", "{n} warnings")


# How many passages of an English amendment of two plain statute texts have no English.
_MISSING_PLACES = ngettext_noop("{n} passage", "{n} passages")


def _counts(errors: int, warnings: int, lang: str) -> str:
    """``2 errors, 1 warning`` (``오류 2건, 경고 1건``)."""
    return translate(
        N_("{errors}, {warnings}"),
        {
            "errors": translate(_ERRORS[0], {"n": errors}, lang, plural=_ERRORS[1]),
            "warnings": translate(_WARNINGS[0], {"n": warnings}, lang, plural=_WARNINGS[1]),
        },
        lang,
    )


def _print_file_error(path: str | Path, exc: OSError, lang: str) -> None:
    """``PATH: reason`` on stderr, the reason in ``lang`` (:func:`os_reason`)."""
    from desktop.core.filereason import os_reason_text

    print(f"{path}: {os_reason_text(exc, lang)}", file=sys.stderr)


def _read_text(path: str, lang: str) -> str | None:
    """A .txt (UTF-8 or CP949), .docx, .hwpx or .hwp file's text; ``None`` (after printing why)
    when it cannot be read."""
    from desktop.core.textfile import TextFileError, read_text_file

    try:
        return read_text_file(path)
    except OSError as exc:
        _print_file_error(path, exc, lang)
    except TextFileError as exc:
        print(f"{path}: {exc.message(lang)}", file=sys.stderr)
    return None


def _read_statute(path: str, lang: str):
    """Parse a statute text file; ``None`` (after printing ``FILE:LINE: message``) on errors."""
    from desktop.core.statute_text import parse_instrument

    text = _read_text(path, lang)
    if text is None:
        return None
    inst, messages = parse_instrument(text)
    for msg in messages:
        _print_located(path, msg, lang)
    if any(msg.severity == "error" for msg in messages):
        return None
    return inst


def cmd_amend(args: argparse.Namespace) -> int:
    old = _read_statute(args.old, args.lang)
    new = _read_statute(args.new, args.lang)
    if old is None or new is None:
        return EXIT_UNREADABLE
    from desktop.core.drafting import (
        amendment_text,
        amendment_text_en,
        comparison_table,
        render_table_text,
    )
    from desktop.core.drafting.applier.verify import verify_amendment
    from desktop.core.statute_render_en import missing_count

    if args.title:
        old.title = args.title
    korean = str(amendment_text(old, new))
    if args.table:
        table = comparison_table(old, new, lang=args.doc_lang, hyphens=not args.full)
        printed = render_table_text(table)
    elif args.doc_lang == "en":
        printed = str(amendment_text_en(old, new))
    else:
        printed = korean
    print(printed)
    # the proof the export gate makes: what the amendment text does not say is named
    proof = [f for f in verify_amendment(old, korean, new) if f.is_error]
    for finding in proof:
        print(finding.format(args.lang), file=sys.stderr)
    missing = missing_count(printed)
    if missing:  # by design (the export gate warns of them); say where the English comes from
        msg = N_(
            "note: the statute texts carry no English, so {places} read [English text "
            "missing]. A project drafts the English from its English fields (orgdraft draft "
            "PROJECT --doc-lang en)."
        )
        places = translate(_MISSING_PLACES[0], {"n": missing}, args.lang, plural=_MISSING_PLACES[1])
        print(translate(msg, {"places": places}, args.lang), file=sys.stderr)
    return EXIT_FINDINGS if proof else EXIT_OK


def cmd_apply(args: argparse.Namespace) -> int:
    """Apply an amendment text to a statute text: the new text, or the comparison table."""
    old = _read_statute(args.old, args.lang)
    amendment = _read_text(args.amendment, args.lang)
    if old is None or amendment is None:
        return EXIT_UNREADABLE
    from desktop.core.drafting import comparison_table, render_table_text
    from desktop.core.drafting.applier import AmendmentError, apply_amendment
    from desktop.core.statute_text import render_instrument

    notes: list[ParseMessage] = []
    try:
        new = apply_amendment(old, amendment, notes=notes)
    except AmendmentError as exc:  # FILE:LINE:COLUMN, as compilers write it: editors go to
        for message in exc.messages:  # the words (a column when it is about some words)
            _print_located(args.amendment, message, args.lang)
        return EXIT_FINDINGS
    for note in notes:  # it applies; what the text should still correct
        _print_located(args.amendment, note, args.lang)
    if args.table:
        table = comparison_table(old, new, lang=args.doc_lang, hyphens=not args.full)
        print(render_table_text(table))
    else:
        new.header = ""  # the header line states the current version, not this one
        print(render_instrument(new), end="")
    return EXIT_OK


def _print_located(path: str, message: ParseMessage, lang: str) -> None:
    """``FILE:LINE[:COLUMN]: severity: message`` on stderr."""
    from desktop.core.findings import severity_word

    where = f"{message.line}:{message.column}" if message.column else f"{message.line}"
    word = severity_word(message.severity, lang)
    print(f"{path}:{where}: {word}: {message.message(lang)}", file=sys.stderr)


def cmd_draft(args: argparse.Namespace) -> int:
    project = _load(args.project, args.lang)
    if project is None:
        return EXIT_UNREADABLE
    from desktop.core.drafting import render_table_text
    from desktop.core.summary import render
    from desktop.core.validate import validate

    inputs = project.draft_inputs()
    errors = [f for f in validate(project, inputs) if f.is_error]
    if errors:  # nothing is drafted from a proposal with errors (as generate writes nothing)
        for finding in errors:
            print(finding.format(args.lang), file=sys.stderr)
        print(_counts(len(errors), 0, args.lang), file=sys.stderr)
        return EXIT_FINDINGS
    for src in project.instruments:
        print("=" * 72)
        print(Pair.of(inputs.new_instruments[src.key], "title").pick(args.doc_lang))
        print("=" * 72)
        drafted = inputs.draft[src.key]
        if not drafted.amended:  # no bill: generate writes none for it either
            msg = N_("No provision of this instrument changes, so no bill is drafted for it.")
            print(translate(msg, {}, args.doc_lang))
            print()
            continue
        print(render(drafted.summary, args.doc_lang))
        print()
        print(drafted.amendment(args.doc_lang))
        print()
        print(drafted.addenda_text(args.doc_lang))
        print()
        print(render_table_text(drafted.table(args.doc_lang, not args.full)))
        print()
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from desktop import paths

    with _importing():
        project = _load(str(paths.sample_path()) if args.sample else args.project, args.lang)
        if project is None:
            return EXIT_UNREADABLE
        from desktop.documents.errors import DocumentError
        from desktop.documents.generate import ValidationFailed, generate
        from desktop.documents.writers import formats as known_formats

        docs = [x for x in args.docs.split(",") if x]
        if "org" in docs:  # Qt only when a chart is drawn
            from desktop.chart import orgchart

    chosen = list(dict.fromkeys(x.strip().lower() for x in args.format.split(",") if x.strip()))
    unknown = [x for x in chosen if x not in known_formats()]
    if unknown or not chosen:
        msg = N_("Unknown format: {formats}; choose from {known}.")
        params = {"formats": ", ".join(unknown) or args.format, "known": ",".join(known_formats())}
        print(translate(msg, params, args.lang), file=sys.stderr)
        return EXIT_UNREADABLE
    draw_chart = None
    if "org" in docs:  # its application on this thread
        orgchart.ensure_app()
        draw_chart = orgchart.chart_pages

    out = Path(args.out)
    made = [d for d in (out, *out.parents) if not d.exists()]  # deepest first
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        _print_file_error(args.out, exc, args.lang)
        return EXIT_UNREADABLE
    try:
        files = generate(
            project,
            args.out,
            langs=[x for x in args.langs.split(",") if x],
            docs=docs,
            template_folder=args.templates,
            draw_chart=draw_chart,
            format=chosen,
            confirm=partial(_print_warnings, lang=args.lang),
        )
    except ValidationFailed as exc:
        print(exc.message(args.lang), file=sys.stderr)
        _remove_empty(made)
        return EXIT_FINDINGS
    except DocumentError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        _remove_empty(made)
        return EXIT_UNREADABLE
    for path in files:
        print(path)
    from desktop.documents.pathlimits import long_path_warnings

    for warning in long_path_warnings(files):  # Word would refuse to open these
        print(warning.message(args.lang), file=sys.stderr)
    return EXIT_OK


def _remove_empty(folders: list[Path]) -> None:
    """Remove the folders ``generate`` made for documents it then refused to write (deepest
    first; a folder something was put in stays), so a refusal leaves nothing behind."""
    for folder in folders:
        try:
            folder.rmdir()
        except OSError:
            return


def _print_warnings(warnings: list, lang: str) -> bool:
    """The export gate's warnings, printed; the documents are written all the same."""
    for finding in warnings:
        print(finding.format(lang), file=sys.stderr)
    return True


def cmd_check_template(args: argparse.Namespace) -> int:
    from desktop.documents.schema import SCHEMAS
    from desktop.documents.templates import check_template

    path = Path(args.template)
    doc = args.doc or path.stem
    if doc not in SCHEMAS:
        msg = N_("{path}: unknown document kind; use --doc {kinds}.")
        params = {"path": str(path), "kinds": "|".join(SCHEMAS)}
        print(translate(msg, params, args.lang), file=sys.stderr)
        return EXIT_UNREADABLE
    if not path.is_file():
        missing = translate(N_("{path}: no such file"), {"path": str(path)}, args.lang)
        print(missing, file=sys.stderr)
        return EXIT_UNREADABLE
    findings = check_template(path, SCHEMAS[doc])
    for finding in findings:
        print(finding.format(args.lang))
    errors = sum(1 for f in findings if f.severity.value == "error")
    print(_counts(errors, len(findings) - errors, args.lang))
    return EXIT_FINDINGS if errors else EXIT_OK


def _gui(file: str | None, lang: str | None) -> int:
    """Start the window; without a display, say so and point to the headless commands.

    The check runs before anything imports Qt widgets, which would abort without a display.
    """
    headless = (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )
    if headless:
        msg = N_(
            "No display is available, so the OrgDraft window cannot open; without a display "
            "use 'orgdraft validate' or 'orgdraft generate'."
        )
        print(translate(msg, lang=lang or default_lang()), file=sys.stderr)
        return EXIT_FINDINGS
    from desktop.ui.app import run

    return run(file, lang)  # None: the language chosen in Settings, else the system's


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, at the terminal's width as :func:`shutil.get_terminal_size`
    finds it, without importing :mod:`shutil` (and the compression modules it imports), which
    argparse does for every parser it builds, help asked for or not."""

    def __init__(self, prog: str, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _terminal_columns() -> int:
    """``shutil.get_terminal_size().columns``: ``$COLUMNS``, else the terminal's, else 80."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns if columns > 0 else 80


class _Parser(argparse.ArgumentParser):
    """An argument parser with :class:`_HelpFormatter`; its sub-commands' parsers are too."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser, its descriptions and help in ``lang`` (the default
    language when ``None``); argparse's own words are :func:`desktop.argtext.speaking`'s."""
    lang = lang or default_lang()

    def t(msgid: str, **params: str) -> str:
        return translate(msgid, params, lang)

    parser = _Parser(
        prog="orgdraft",
        description=t(
            N_(
                "OrgDraft (조직개편 입안 도우미): drafts reorganization bills, comparison "
                "tables, press releases and organization tables."
            )
        ),
        add_help=False,
    )
    _add_help(parser, t)
    parser.add_argument(
        "--version",
        action="version",
        version=f"OrgDraft {__version__}",
        help=t(N_("show the version and exit")),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=t(N_("check this installation (Qt, babel, templates, documents) and exit")),
    )
    parser.add_argument(
        "--lang", choices=("ko", "en"), default=default_lang(), help=t(N_("message language"))
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help, add_help=False)
        _add_help(p, t)
        # ``--lang`` is accepted after the command too; SUPPRESS keeps the top-level default.
        p.add_argument(
            "--lang",
            choices=("ko", "en"),
            default=argparse.SUPPRESS,
            help=t(N_("message language")),
        )
        return p

    def doc_lang(p: argparse.ArgumentParser, help: str) -> None:
        p.add_argument("--doc-lang", dest="doc_lang", choices=("ko", "en"), default="ko", help=help)

    table = t(N_("print the comparison table instead"))
    full = t(N_("full text instead of hyphens in tables"))

    p = command("sample", t(N_("write the built-in sample project")))
    p.add_argument("--out", required=True, metavar="FILE", help=t(N_("the file to write")))
    p.add_argument("--force", action="store_true", help=t(N_("overwrite an existing file")))
    p.add_argument(
        "--county",
        action="store_true",
        help=t(
            N_(
                "the county sample (a 군 with its divisions under the 부군수) instead of the "
                "province"
            )
        ),
    )
    p.set_defaults(func=cmd_sample)

    p = command("validate", t(N_("print the findings of a project")))
    p.add_argument("project", metavar="PROJECT")
    p.set_defaults(func=cmd_validate)

    # the statute's files: what textfile.read_text_file reads
    files = t(N_("a .txt (UTF-8 or CP949), .docx, .hwpx or .hwp file"))
    p = command("amend", t(N_("amendment text of two statute texts (law.go.kr layout)")))
    p.add_argument("old", metavar="OLD.txt", help=files)
    p.add_argument("new", metavar="NEW.txt", help=files)
    doc_lang(p, t(N_("language of the amendment text (default ko)")))
    p.add_argument("--title", help=t(N_("the instrument's title, when the text has none")))
    p.add_argument("--table", action="store_true", help=table)
    p.add_argument("--full", action="store_true", help=full)
    p.set_defaults(func=cmd_amend)

    p = command(
        "apply",
        t(N_("apply an amendment text (개정문) to a statute text: the new text or the table")),
    )
    p.add_argument("old", metavar="OLD.txt", help=files)
    p.add_argument("amendment", metavar="AMENDMENT.txt", help=files)
    p.add_argument("--table", action="store_true", help=table)
    doc_lang(p, t(N_("language of the comparison table (default ko)")))
    p.add_argument("--full", action="store_true", help=full)
    p.set_defaults(func=cmd_apply)

    p = command("draft", t(N_("print the drafting result of a project (no DOCX)")))
    p.add_argument("project", metavar="PROJECT")
    doc_lang(p, t(N_("language of the drafted texts (default ko)")))
    p.add_argument("--full", action="store_true", help=full)
    p.set_defaults(func=cmd_draft)

    from desktop.documents.writers import DEFAULT_FORMAT, formats

    p = command("generate", t(N_("write the documents (DOCX, HWPX, HTML)")))
    p.add_argument("project", nargs="?", metavar="PROJECT")
    p.add_argument("--sample", action="store_true", help=t(N_("use the built-in sample")))
    p.add_argument("-o", "--out", default=".", metavar="DIR", help=t(N_("the folder to write in")))
    p.add_argument("--langs", default="ko,en", help=t(N_("ko,en (default both)")))
    p.add_argument(
        "--docs",
        default="bill,table,press,org,review",
        help=t(
            N_("the documents, comma-separated (default {docs})"),
            docs="bill,table,press,org,review",
        ),
    )
    p.add_argument("--templates", metavar="DIR", help=t(N_("your own template folder")))
    p.add_argument(
        "--format",
        default=DEFAULT_FORMAT,
        metavar=",".join(formats()),
        help=t(
            N_("file formats of the documents, comma-separated (default {default})"),
            default=DEFAULT_FORMAT,
        ),
    )
    p.set_defaults(func=cmd_generate)

    p = command("check-template", t(N_("lint a template")))
    p.add_argument("template", metavar="FILE")
    p.add_argument("--doc", help=t(N_("document kind (default: from the file name)")))
    p.set_defaults(func=cmd_check_template)
    return parser


def _add_help(parser: argparse.ArgumentParser, t) -> None:
    """``-h``/``--help``, as argparse adds it, with its help line in the chosen language."""
    parser.add_argument(
        "-h", "--help", action="help", help=t(N_("show this help message and exit"))
    )


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    argv = sys.argv[1:] if argv is None else argv
    lang = chosen_language(argv, default_lang())
    with speaking(lang):  # argparse's usage and errors
        if not any(arg in COMMANDS or arg in _TOP_OPTIONS for arg in argv):
            # ``orgdraft`` or ``orgdraft FILE``: the GUI.
            gui = _Parser(prog="orgdraft")
            gui.add_argument("--lang", choices=("ko", "en"), default=None)
            gui.add_argument("file", nargs="?")
            args = gui.parse_args(argv)
            return _gui(args.file, args.lang)
        args = _parse(argv, lang)
    if args.self_test:
        from desktop.selftest import run

        return run()
    try:
        return args.func(args)
    except BrokenPipeError:  # the reader stopped reading (``| more``): nothing is lost
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return EXIT_OK


def _parse(argv: list[str], lang: str) -> argparse.Namespace:
    """The sub-command's arguments; argparse's message (in ``lang``, the language ``argv``
    chooses) and exit 2 when they are wrong."""
    parser = build_parser(lang)
    args = parser.parse_args(argv)
    if getattr(args, "command", None) == "generate" and not args.sample and not args.project:
        parser.error(translate(N_("generate: PROJECT or --sample is required"), {}, args.lang))
    return args


def main_gui() -> int:
    """Entry point of the windowed executable (no console on Windows)."""
    return main()
