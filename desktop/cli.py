"""The command line: ``orgdraft [FILE]`` starts the GUI, the sub-commands work headless.

Nothing here imports Qt: the GUI is imported only when it is started, so that ``orgdraft
validate`` and the other commands run on a server without a display.

Exit codes: 0 success, 1 the project has errors (or the GUI is unavailable), 2 the input
cannot be read.
"""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

from desktop import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def default_lang() -> str:
    """``ko`` on a Korean system, ``en`` otherwise (``ORGDRAFT_LANG`` overrides)."""
    forced = os.environ.get("ORGDRAFT_LANG", "")
    if forced in ("ko", "en"):
        return forced
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(name):
            return "ko" if os.environ[name].lower().startswith("ko") else "en"
    code = locale.getlocale()[0] or ""
    return "ko" if code.lower().startswith(("ko", "korean")) else "en"


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
        msg = {
            "ko": f"{target}: 파일이 이미 있습니다(덮어쓰려면 --force).",
            "en": f"{target}: file exists (use --force to overwrite).",
        }
        print(msg[args.lang], file=sys.stderr)
        return EXIT_UNREADABLE
    from desktop.core.projectfile import load, save

    try:
        save(load(sample_path()), target)
    except OSError as exc:
        print(f"{target}: {exc.strerror}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(target)
    return EXIT_OK


def cmd_validate(args: argparse.Namespace) -> int:
    project = _load(args.project, args.lang)
    if project is None:
        return EXIT_UNREADABLE
    from desktop.core.validate import validate

    findings = validate(project)
    for finding in findings:
        print(finding.format(args.lang))
    errors = sum(f.is_error for f in findings)
    warnings = len(findings) - errors
    summary = {
        "ko": f"오류 {errors}건, 경고 {warnings}건",
        "en": f"{errors} error(s), {warnings} warning(s)",
    }
    print(summary[args.lang])
    return EXIT_FINDINGS if errors else EXIT_OK


def _gui_missing(lang: str) -> int:
    msg = {
        "ko": "OrgDraft 화면(GUI)은 아직 만들어지지 않았습니다. 'orgdraft --help'의 명령을 쓰세요.",
        "en": "The OrgDraft window (GUI) is not built yet; use the commands in 'orgdraft --help'.",
    }
    print(msg[lang], file=sys.stderr)
    return EXIT_FINDINGS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="orgdraft",
        description="OrgDraft (조직개편 입안 도우미): drafts reorganization bills, comparison "
        "tables, press releases and organization tables.",
    )
    parser.add_argument("--version", action="version", version=f"OrgDraft {__version__}")
    parser.add_argument(
        "--lang", choices=("ko", "en"), default=default_lang(), help="message language"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # ``--lang`` is accepted after the command too; SUPPRESS keeps the top-level default.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=("ko", "en"), default=argparse.SUPPRESS)

    p = sub.add_parser("sample", parents=[common], help="write the built-in sample project")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite an existing file")
    p.set_defaults(func=cmd_sample)

    p = sub.add_parser("validate", parents=[common], help="print the findings of a project")
    p.add_argument("project", metavar="PROJECT")
    p.set_defaults(func=cmd_validate)
    return parser


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="replace")  # type: ignore[union-attr]
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _utf8_streams()
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    commands = set(parser._subparsers._group_actions[0].choices)  # type: ignore[union-attr]
    if not any(arg in commands for arg in argv) and not any(
        arg in ("-h", "--help", "--version") for arg in argv
    ):
        # ``orgdraft`` or ``orgdraft FILE``: the GUI.
        gui = argparse.ArgumentParser(prog="orgdraft")
        gui.add_argument("--lang", choices=("ko", "en"), default=default_lang())
        gui.add_argument("file", nargs="?")
        args = gui.parse_args(argv)
        return _gui_missing(args.lang)
    args = parser.parse_args(argv)
    return args.func(args)


def main_gui() -> int:
    """Entry point of the windowed executable (no console on Windows)."""
    return main()
