"""Cold start of OrgDraft (main window shown with the sample loaded) against a bare PySide6
window started the same way, in the same run: subprocesses, several repeats, medians.

    python bench/bench_startup.py [--repeats 7] [--before OLDER_CHECKOUT]

Each child prints the seconds from interpreter start to

- "shown" (``median_s``, ``time_ratio``): the window was shown and, for OrgDraft, the sample
  is in its widgets (``Session.project_opened``); the bare window: the event loop's first turn
  after ``show()``. Neither has painted yet. OrgDraft starts as the installed ``orgdraft-gui``
  does (the package imported first, then ``desktop.cli.main_gui()``: the command line, the
  application's set-up, the window), on its first start (a new settings folder: the built-in
  sample);
- "painted" (``median_painted_s``, ``painted_ratio``): the first frame with it has been
  painted: the bare window's first paint; for OrgDraft the first paint, once the sample is in,
  of the overview's "Government (Korean)" field, which shows the sample's 경기도 (each measured
  when that paint pass is over: a zero timer started from the paint event);
- "findings" (``median_findings_s``): OrgDraft checks a project after showing it: the
  validation panel and the counts show the sample's findings (``MainWindow.refreshed``);

and its peak RSS; heavy drafting imports (docx, jinja2) must not be loaded when the sample
shows, and the child says whether they were. On a loaded machine the wall time also waits for
other processes: each child also reports the CPU time (user + system, every thread) it had
used when that first frame was painted, "cpu_s".
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = """
import time, sys, resource
T0 = time.perf_counter()
#FIRST#
def heavy():
    names = {m.split('.')[0] for m in sys.modules}
    return ','.join(sorted(names & {'docx', 'docxtpl', 'jinja2', 'lxml'}))
def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
def report(shown, painted, findings, loaded, cpu_s):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print('RESULT', shown, painted, findings, rss, cpu_s, loaded or '-', flush=True)
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QPaintEvent
class OnPaint(QObject):
    # calls back once, when the first paint pass of the watched widget is over
    def __init__(self, widget, callback):
        super().__init__()
        self.callback = callback
        widget.installEventFilter(self)
    def eventFilter(self, watched, event):
        if self.callback is not None and isinstance(event, QPaintEvent):
            QTimer.singleShot(0, self.callback)
            self.callback = None
        return False
"""

BARE = (
    PRELUDE.replace("#FIRST#", "")
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720)
state = {}
def painted():
    at = time.perf_counter() - T0
    report(state['shown'], at, at, heavy(), cpu())
    app.quit()
watch = OnPaint(w, painted)
w.show()
def shown():
    state['shown'] = time.perf_counter() - T0
QTimer.singleShot(0, shown)
app.exec()
"""
)

ORGDRAFT = (
    # The installed ``orgdraft-gui`` imports the package (``desktop.cli``) before Qt; so does
    # this child, before the prelude's paint watch imports PySide6.
    PRELUDE.replace("#FIRST#", "import desktop")
    + """
import sys
from PySide6.QtWidgets import QApplication
from desktop.ui import crash
# The application as the installed ``orgdraft-gui`` (and the frozen executable) starts it:
# ``desktop.cli.main_gui()`` without arguments (the command line, the application's set-up,
# the window, the first start's sample). The window is watched from the moment its crash
# guard is installed (right after it is made, before it is shown and started): importing the
# window's module here would change the order the application loads it in.
state = {}
def watch(w):
    app = QApplication.instance()
    def opened(_path):
        state['shown'] = time.perf_counter() - T0
        state['heavy'] = heavy()  # judged when the project shows
        state['watch'] = OnPaint(w.overview.editors['government_ko'], painted)
    def painted():
        state['painted'], state['cpu'] = time.perf_counter() - T0, cpu()
        finish()
    def refreshed(*_counts):
        state['checked'] = (w.doc, time.perf_counter() - T0)
        finish()
    def finish():
        checked, at = state.get('checked', (None, 0.0))
        if 'painted' in state and checked is w.doc:
            painted = state['painted']
            report(state['shown'], painted, max(at, painted), state['heavy'], state['cpu'])
            app.quit()
    w.session.project_opened.connect(opened)
    w.refreshed.connect(refreshed)
install = crash.CrashGuard.install
def watched_install(guard):
    watch(guard.window)
    return install(guard)
crash.CrashGuard.install = watched_install
sys.argv = ['orgdraft-gui']
from desktop.cli import main_gui
main_gui()
"""
)


class Run(NamedTuple):
    shown: float
    painted: float
    findings: float
    rss_kb: int
    cpu: float
    heavy: str


def run_child(code: str, env: dict[str, str], root: Path = ROOT) -> Run:
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        env={**env, "PYTHONPATH": str(root)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    line = next(li for li in out.splitlines() if li.startswith("RESULT"))
    _tag, shown, painted, findings, rss, cpu_s, heavy = line.split(" ")
    return Run(
        float(shown),
        float(painted),
        float(findings),
        int(rss),
        float(cpu_s),
        "" if heavy == "-" else heavy,
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument(
        "--before", type=Path, help="another checkout (an older commit), started in the same rounds"
    )
    args = parser.parse_args()
    results: dict[str, list[Run]] = {"bare": [], "orgdraft": []}
    if args.before:
        results["before"] = []
    with tempfile.TemporaryDirectory() as config:
        env = {**os.environ, "ORGDRAFT_CONFIG_DIR": config, "PYTHONPATH": str(ROOT)}
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        # As installed (pip writes .pyc files; the frozen app carries them): bytecode may be
        # cached, and one warm-up run of each writes it.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        run_child(BARE, env)
        run_child(ORGDRAFT, env)
        if args.before:
            run_child(ORGDRAFT, env, args.before)
        for _ in range(args.repeats):  # interleaved, so that both see the same machine state
            results["bare"].append(run_child(BARE, env))
            results["orgdraft"].append(run_child(ORGDRAFT, env))
            if args.before:
                results["before"].append(run_child(ORGDRAFT, env, args.before))
    summary: dict[str, object] = {}
    for name, runs in results.items():
        summary[name] = {
            "median_s": statistics.median(r.shown for r in runs),
            "median_painted_s": statistics.median(r.painted for r in runs),
            "median_findings_s": statistics.median(r.findings for r in runs),
            "median_cpu_s": statistics.median(r.cpu for r in runs),
            "median_peak_rss_mb": statistics.median(r.rss_kb for r in runs) / 1024,
            "heavy_imports": sorted({r.heavy for r in runs if r.heavy}),
        }
    bare = summary["bare"]
    del bare["median_findings_s"]
    for name, prefix in (("orgdraft", ""), ("before", "before_")):
        if name not in summary:
            continue
        figures = summary[name]
        summary[f"{prefix}time_ratio"] = figures["median_s"] / bare["median_s"]
        summary[f"{prefix}painted_ratio"] = figures["median_painted_s"] / bare["median_painted_s"]
        summary[f"{prefix}findings_time_ratio"] = (
            figures["median_findings_s"] / bare["median_painted_s"]
        )
        summary[f"{prefix}cpu_ratio"] = figures["median_cpu_s"] / bare["median_cpu_s"]
        summary[f"{prefix}rss_ratio"] = figures["median_peak_rss_mb"] / bare["median_peak_rss_mb"]
    print(json.dumps(summary, indent=1))
    return 1 if summary["orgdraft"]["heavy_imports"] else 0


if __name__ == "__main__":
    sys.exit(main())
