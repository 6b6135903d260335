"""``orgdraft --self-test``: does this installation (or frozen bundle) have what it needs?

The frozen app's classic failures are files that were not bundled: the Qt platform plugin,
babel's locale data, python-docx's ``default.docx``, the templates, the translations,
python-hwpx's HWP 5 reader. Each
check below exercises one of them the way the app does and prints one line::

    ok   babel: 2024년 7월 1일 월요일, 1,234,567, July 1, 2024, 16,244
    FAIL templates: ko/bill.docx: Template ko/bill.docx not found (…)
    warn fonts: No installed font has Hangul, …

``warn`` lines do not fail the test; :func:`run` returns 0 only when no check failed.
Qt is imported inside the checks, so this module stays importable without a display.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

OK, WARN, FAIL = "ok", "warn", "FAIL"
SAMPLE_DATE = dt.date(2024, 7, 1)


@dataclass(frozen=True)
class Result:
    """One check of the self-test: its name, its status (ok, FAIL …) and what it found."""

    name: str
    status: str
    detail: str

    def line(self) -> str:
        return f"{self.status:<4} {self.name}: {self.detail}"


class Remark(Exception):
    """Raised by a check that passes but wants its detail shown as ``warn``."""


@dataclass
class Context:
    """What the checks share: the scratch folder and the documents generated into it."""

    scratch: Path
    written: list[Path]
    qt_app: Any = None


def check_data(ctx: Context) -> str:
    from desktop import paths

    missing = [
        str(p)
        for p in (paths.templates_dir(), paths.sample_path(), paths.schema_path())
        if not p.exists()
    ]
    if missing:
        raise FileNotFoundError("missing " + ", ".join(missing))
    root = paths.data_root()
    if getattr(sys, "frozen", False):
        kind = "frozen bundle"
    else:
        kind = "installed" if root.name == "_data" else "source checkout"
    return f"{root} ({kind})"


def check_qt(ctx: Context) -> str:
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "orgdraft"])
    ctx.qt_app = app
    return f"platform {app.platformName()}, PySide6 {pyside_version}"


def check_qt_translations(ctx: Context) -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load("qtbase_ko", folder):
        raise FileNotFoundError(f"qtbase_ko.qm not found in {folder}")
    return f"qtbase_ko.qm in {folder}"


def check_fonts(ctx: Context) -> str:
    from desktop.chart.fonts import hangul_family

    choice = hangul_family()
    if choice.warning:
        raise Remark(choice.warning)
    return choice.family


def check_babel(ctx: Context) -> str:
    from babel.dates import format_date

    from desktop.core import kformat

    long_ko = format_date(SAMPLE_DATE, format="full", locale="ko_KR")
    expected = "2024년 7월 1일 월요일"
    if long_ko != expected:
        raise ValueError(f"{long_ko!r}, expected {expected!r}")
    number = kformat.number(1234567)
    if number != "1,234,567":
        raise ValueError(f"number {number!r}, expected '1,234,567'")
    return f"{long_ko}, {number}, {kformat.date_en(SAMPLE_DATE)}, {kformat.number_en(16244)}"


def check_docx_default(ctx: Context) -> str:
    import docx

    document = docx.Document()  # python-docx's own default.docx
    document.add_paragraph("자체 점검")
    return f"default template ({len(document.styles)} styles)"


def check_templates(ctx: Context) -> str:
    from desktop.documents.schema import SCHEMAS
    from desktop.documents.templates import LANGS, TemplateSet

    templates = TemplateSet()
    warnings = 0
    for lang in LANGS:
        for doc in SCHEMAS:
            warnings += len(templates.get(lang, doc).warnings)
    return f"{len(LANGS) * len(SCHEMAS)} built-in templates load and lint ({warnings} warnings)"


def check_translations(ctx: Context) -> str:
    try:
        from desktop import i18n
    except ImportError:
        raise Remark("no translations module") from None
    counts = []
    for lang in ("ko", "en"):
        path = i18n.catalog_path(lang)
        if not path.is_file():
            counts.append(f"{lang}: no catalog")
            continue
        catalog = i18n.read_catalog(path, lang)
        done = len(catalog.messages) + len(catalog.plurals)
        counts.append(f"{lang}: {done} of {len(catalog.msgids)} translated")
        if lang == "ko" and not catalog.messages:
            raise ValueError(f"{path}: no translated message")
    if all(c.endswith("no catalog") for c in counts):
        raise Remark(f"no catalogs in {i18n.catalog_path('ko').parent.parent.parent}")
    return ", ".join(counts)


def check_window(ctx: Context) -> str:
    """The window opens the sample: this program started again without a command, offscreen
    (nothing flashes on the screen), told to quit once the window shows the project."""
    import desktop

    if getattr(sys, "frozen", False):
        command = [sys.executable]
    else:
        command = [sys.executable, "-m", "desktop"]
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ORGDRAFT_EXIT_AFTER_SHOW": "1",
        "ORGDRAFT_CONFIG_DIR": str(ctx.scratch / "window"),
        "PYTHONPATH": os.pathsep.join(
            [str(Path(desktop.__file__).resolve().parent.parent), os.environ.get("PYTHONPATH", "")]
        ),
    }
    start = time.perf_counter()
    result = subprocess.run(
        [*command, "--lang", "ko"],
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=120,
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0 or "shown" not in result.stdout.split():
        lines = [li for li in result.stderr.splitlines() if li.strip()]
        raise RuntimeError(f"exit {result.returncode}: {lines[-1] if lines else 'no message'}")
    return f"the sample opens in the main window ({seconds:.1f} s)"


def check_generate(ctx: Context) -> str:
    from desktop import paths
    from desktop.chart.orgchart import chart_pages
    from desktop.core.projectfile import load
    from desktop.documents.generate import generate

    out = ctx.scratch / "자체 점검 문서"  # Korean and a space, as in a real office folder
    out.mkdir()
    ctx.written = generate(load(paths.sample_path()), out, draw_chart=chart_pages)
    kinds = sorted({p.suffix for p in ctx.written})
    return f"{len(ctx.written)} files of the sample ({', '.join(kinds)})"


def check_reopen(ctx: Context) -> str:
    import docx

    documents = [p for p in ctx.written if p.suffix == ".docx"]
    if not documents:
        raise ValueError("no document was generated")
    paragraphs = 0
    for path in documents:
        count = len(docx.Document(str(path)).paragraphs)
        if not count:
            raise ValueError(f"{path.name}: no paragraph")
        paragraphs += count
    return f"{len(documents)} documents reopen with python-docx ({paragraphs} paragraphs)"


def check_hangul(ctx: Context) -> str:
    """A statute kept in 한/글 opens (File › New reads .hwpx and .hwp with python-hwpx, whose
    HWP 5 reader a bundle must carry): a paragraph and a 별표's row, written and read back."""
    from hwpx.document import HwpxDocument

    from desktop.core.textfile import read_text_file

    document = HwpxDocument.new()
    document.add_paragraph("제1조(정원) 정원은 별표와 같다.")
    table = document.add_table(1, 2)
    table.set_cell_text(0, 0, "5급")
    table.set_cell_text(0, 1, "3")
    for suffix in (".hwpx", ".hwp"):
        path = ctx.scratch / f"자체 점검{suffix}"
        document.save_to_path(str(path))
        lines = read_text_file(path).splitlines()
        if "제1조(정원) 정원은 별표와 같다." not in lines or "| 5급 | 3 |" not in lines:
            raise ValueError(f"{path.name}: read as {lines!r}")
    return "a statute kept in 한/글 (.hwpx, .hwp) is read with its table"


CHECKS: list[tuple[str, Callable[[Context], str]]] = [
    ("data", check_data),
    ("qt", check_qt),
    ("qt translations", check_qt_translations),
    ("fonts", check_fonts),
    ("babel", check_babel),
    ("python-docx", check_docx_default),
    ("templates", check_templates),
    ("translations", check_translations),
    ("window", check_window),
    ("generate", check_generate),
    ("reopen", check_reopen),
    ("한/글", check_hangul),
]


def run_checks(scratch: Path, report: Callable[[Result], None] = lambda r: None) -> list[Result]:
    """Run :data:`CHECKS` in order (later ones use what earlier ones made); report each."""
    ctx = Context(scratch, [])
    results = []
    for name, check in CHECKS:
        try:
            result = Result(name, OK, check(ctx))
        except Remark as remark:
            result = Result(name, WARN, str(remark))
        except Exception as exc:  # a self-test reports every failure and goes on
            where = traceback.extract_tb(exc.__traceback__)[-1]
            place = f" ({Path(where.filename).name}:{where.lineno})"
            result = Result(name, FAIL, f"{type(exc).__name__}: {exc}{place}")
        results.append(result)
        report(result)
    return results


def run(out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when none failed, 1 otherwise."""
    from desktop import __version__

    stream = out or sys.stdout

    def report(result: Result) -> None:
        print(result.line(), file=stream, flush=True)

    with tempfile.TemporaryDirectory(
        prefix="orgdraft-self-test-", ignore_cleanup_errors=True
    ) as scratch:
        results = run_checks(Path(scratch), report)
    failed = [r.name for r in results if r.status == FAIL]
    summary = f"failed: {', '.join(failed)}" if failed else "every check passed"
    print(f"OrgDraft {__version__} self-test: {summary}", file=stream, flush=True)
    return 1 if failed else 0
