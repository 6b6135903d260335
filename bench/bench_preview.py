"""Live-preview latency: edit → preview updated, on the built-in sample, in the real window.

    python bench/bench_preview.py [--edits 3]

Opens the main window offscreen on the sample, shows the Documents section and selects each
document in turn (Korean, then English). For each it makes ``--edits`` edits through the undo
stack, as the forms do — in turn the 제안이유 (a meta field), the name of a division in the
current organization (the organization chart changes) and the new name of a renamed bureau
(every document changes) — and measures:

- latency from the keystroke: from the edit to the new document set in the pane (what the
  official sees; the adaptive wait before drafting included);
- latency excluding the wait: from the request (the job starts) to the same moment;
- the longest the GUI thread was blocked from the edit until the window settled (its own
  validation refresh included): a 5 ms timer on the GUI thread records its longest gap.

An edit that leaves the document shown as it was (the 제안이유 in a comparison table) leaves the
pane alone; the figures are printed for all edits and again for those that changed the
document shown, which is what the targets are about.

Baseline, in the same run: a bare ``QTextBrowser.setHtml`` of the same HTML, laid out at the
same width — what merely showing the document costs on the GUI thread. No assertions.
"""

from __future__ import annotations

import argparse
import copy
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

RENAME_ID = "c08"  # the sample's 평생교육국 → 미래평생교육국
RENAMES = ("평생미래교육국", "미래평생교육국")
SETTLE_S = 0.45  # after an edit: the preview and the window's own refresh (250 ms) are done


class GapMeter:
    """Ticks every 5 ms on the GUI thread; the longest gap between ticks is how long the GUI
    thread could not run anything."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def longest_gap(self, start: float, end: float) -> float:
        inside = [t for t in self.ticks if start <= t <= end]
        points = [start, *inside, end]
        return max(b - a for a, b in itertools.pairwise(points))


def spin(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
    loop.exec()


def wait_signal(signal, timeout_s: float = 20.0) -> bool:
    loop = QEventLoop()
    fired = []
    signal.connect(loop.quit)
    signal.connect(lambda *_a: fired.append(True))
    QTimer.singleShot(int(timeout_s * 1000), loop.quit)
    loop.exec()
    signal.disconnect(loop.quit)
    return bool(fired)


def baseline_seconds(html: str, width: int, font) -> float:
    """A bare QTextBrowser showing ``html``: setHtml and the layout at ``width``."""
    browser = QTextBrowser()
    browser.setFont(font)
    browser.resize(width + 40, 600)
    times = []
    for _ in range(3):
        start = time.perf_counter()
        browser.setHtml(html)
        browser.document().setTextWidth(width)
        browser.document().size()
        times.append(time.perf_counter() - start)
    browser.deleteLater()
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=3, help="edits per document")
    parser.add_argument("--verbose", action="store_true", help="one line per edit")

    args = parser.parse_args(argv)
    config = tempfile.mkdtemp(prefix="orgdraft-bench-")
    os.environ["ORGDRAFT_CONFIG_DIR"] = config

    _app = QApplication.instance() or QApplication([])  # kept alive until the end
    from desktop.ui import commands
    from desktop.ui.mainwindow import MainWindow
    from desktop.ui.settings import AppSettings

    window = MainWindow(AppSettings(Path(config) / "orgdraft.ini"), Path(config) / "recovery")
    window.resize(1366, 768)
    window.show()
    opened = []
    window.session.project_opened.connect(lambda *_a: opened.append(True))
    window.session.open_sample(ask=False)
    while not opened:
        spin(0.05)
    doc = window.doc
    page = window.pages["documents"]
    start = time.perf_counter()
    window.show_section("documents")
    wait_signal(page.preview_updated)
    cold = time.perf_counter() - start

    meter = GapMeter()
    choices = [page.document_box.itemData(i) for i in range(page.document_box.count())]
    plan = [(d, k, "ko") for d, k in choices]
    plan += [(d, k, "en") for d, k in choices if k in (None, choices[0][1])]
    rows = []
    edit_number = 0
    for document, key, lang in plan:
        page.select(document, key, lang)
        wait_signal(page.preview_updated)  # the first drafting of this document, not counted
        spin(SETTLE_S)
        for _ in range(args.edits):
            edit_number += 1
            if edit_number % 3 == 1:
                command = commands.SetMetaField(
                    doc, "reasons_ko", f"제안이유 {edit_number}: 조직을 개편하려는 것임."
                )
            elif edit_number % 3 == 2:
                command = commands.EditUnit(
                    doc.org_model, "welfare-pol", "name_ko", f"복지정책{edit_number}과"
                )
            else:  # the new name of a renamed bureau: every document changes
                row = next(i for i, c in enumerate(doc.project.changes) if c.id == RENAME_ID)
                rename = copy.deepcopy(doc.project.changes[row])
                rename.name_ko = RENAMES[(edit_number // 3 - 1) % 2]  # each time the other
                command = commands.ReplaceChange(doc.changes_model, row, rename)
            previous_html = page.html
            edited = time.perf_counter()
            doc.push(command)
            if not wait_signal(page.preview_updated):
                print(f"no update after edit {edit_number} ({document}/{lang})")
                return 1
            shown = page.stats["shown"]
            spin(max(0.0, edited + SETTLE_S - time.perf_counter()))
            rows.append(
                {
                    "doc": f"{document}{'/' + key if key else ''}/{lang}",
                    "with_debounce": shown - edited,
                    "after_debounce": shown - page.stats["requested"],
                    "gap_to_shown": meter.longest_gap(edited, shown),
                    "gap_settled": meter.longest_gap(edited, time.perf_counter()),
                    "error": not page.html,
                    "changed": page.html != previous_html,  # else nothing was set again
                    "slot_max": max(page.stats["start_s"], page.stats.get("show_s", 0.0)),
                    "worker": page.stats["worker_s"],
                    "baseline": baseline_seconds(
                        page.html, page.browser.viewport().width(), page.browser.font()
                    ),
                }
            )
    doc.undo_stack.setClean()  # nothing to save: close without asking
    window.close()
    _report(rows, cold, page.dropped, args.verbose)
    return 0


def _ms(values: list[float]) -> str:
    return f"median {statistics.median(values) * 1000:6.1f} ms, max {max(values) * 1000:6.1f} ms"


def _report(rows: list[dict], cold: float, dropped: int, verbose: bool) -> None:
    print(f"edits: {len(rows)} over {len({r['doc'] for r in rows})} document views")
    print(f"first preview after opening the section (imports, templates): {cold * 1000:.0f} ms")
    print()
    columns = (
        "from edit",
        "from request",
        "worker",
        "preview slots",
        "GUI block",
        "setHtml",
    )
    print(f"{'document (median ms)':<22}" + "".join(f"{c:>15}" for c in columns))
    keys = ("with_debounce", "after_debounce", "worker", "slot_max", "gap_settled", "baseline")
    views = dict.fromkeys(r["doc"] for r in rows)
    for name in views:
        mine = [r for r in rows if r["doc"] == name] if not verbose else []
        for row in mine or [r for r in rows if r["doc"] == name]:
            group = mine or [row]
            cells = [statistics.median(r[k] for r in group) * 1000 for k in keys]
            print(f"{name:<22}" + "".join(f"{c:15.1f}" for c in cells))
            if mine:
                break
    print()
    lines = [
        ("edit → preview updated, from the keystroke (target <= 100 ms)", "with_debounce"),
        ("edit → preview updated, from the drafting request", "after_debounce"),
        ("  of which drafting on the worker", "worker"),
        ("longest preview slot on the GUI thread (snapshot, setHtml)", "slot_max"),
        ("longest GUI-thread block, edit → preview shown", "gap_to_shown"),
        ("longest GUI-thread block, edit → window settled", "gap_settled"),
        ("baseline: bare QTextBrowser.setHtml of the same HTML", "baseline"),
    ]
    for label, key in lines:
        print(f"{label:<58}{_ms([r[key] for r in rows])}")
    changed = [r for r in rows if r["changed"]]
    print(
        f"edits that changed the document shown: {len(changed)} of {len(rows)} "
        "(the others leave the pane as it is: no layout on the GUI thread)"
    )
    if changed:
        for label, key in lines[:1] + lines[3:6]:
            print(f"  {label:<56}{_ms([r[key] for r in changed])}")
    latency = statistics.median(r["after_debounce"] for r in rows)
    base = statistics.median(r["baseline"] for r in rows)
    slots = statistics.median(r["slot_max"] for r in rows)
    print(f"ratio, latency excluding the debounce / bare setHtml: {latency / base:.1f}x")
    print(f"ratio, longest preview slot on the GUI thread / bare setHtml: {slots / base:.2f}x")
    errors = len({r["doc"] for r in rows if r["error"]})
    print(f"outdated results dropped: {dropped}; views showing an error: {errors}")


if __name__ == "__main__":
    raise SystemExit(main())
