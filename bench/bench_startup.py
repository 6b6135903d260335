"""Cold start of OrgDraft (main window shown with the sample loaded) against a bare PySide6
window started the same way, in the same run: subprocesses, several repeats, medians.

    python bench/bench_startup.py [--repeats 7] [--before OLDER_CHECKOUT]

Each child prints the seconds from interpreter start to "window shown (and, for OrgDraft,
the sample loaded)" and its peak RSS; heavy drafting imports (docx, jinja2) must not be
loaded by then, and the child says whether they were. OrgDraft checks a project a moment
after showing it: its child also prints the seconds until the validation panel and the counts
show the sample's findings (``MainWindow.refreshed`` for the sample), "findings_s".
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

ROOT = Path(__file__).resolve().parent.parent

PRELUDE = """
import time, sys, resource
T0 = time.perf_counter()
def heavy():
    names = {m.split('.')[0] for m in sys.modules}
    return ','.join(sorted(names & {'docx', 'docxtpl', 'jinja2', 'lxml'}))
def report(shown=None, findings=None, loaded=None):
    shown = time.perf_counter() - T0 if shown is None else shown
    findings = shown if findings is None else findings
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print('RESULT', shown, findings, rss, heavy() if loaded is None else loaded, flush=True)
"""

BARE = (
    PRELUDE
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 720); w.show()
QTimer.singleShot(0, lambda: (report(), app.quit()))
app.exec()
"""
)

ORGDRAFT = (
    PRELUDE
    + """
from PySide6.QtWidgets import QApplication
from desktop.ui.mainwindow import MainWindow
from desktop.ui.settings import AppSettings, default_recovery_dir
app = QApplication([])
w = MainWindow(AppSettings(), default_recovery_dir())
w.show()
# "shown": the sample is in the window; "findings": the panel lists the sample's findings
# (the same moment when the window checks a project before it says it is open).
state = {}
def opened(_path):
    state['shown'] = time.perf_counter() - T0
    state['heavy'] = heavy()  # judged when the project shows
    finish()
def refreshed(*_counts):
    state['checked'] = (w.doc, time.perf_counter() - T0)
    finish()
def finish():
    checked, at = state.get('checked', (None, 0.0))
    if 'shown' in state and checked is w.doc:
        report(state['shown'], max(at, state['shown']), state['heavy'])
        app.quit()
w.session.project_opened.connect(opened)
w.refreshed.connect(refreshed)
w.start(None)
app.exec()
"""
)


def run_child(code: str, env: dict[str, str], root: Path = ROOT) -> tuple[float, float, int, str]:
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
    _tag, shown, findings, rss, *heavy = line.split(" ")
    return float(shown), float(findings), int(rss), heavy[0] if heavy else ""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument(
        "--before", type=Path, help="another checkout (an older commit), started in the same rounds"
    )
    args = parser.parse_args()
    results: dict[str, list[tuple[float, float, int, str]]] = {"bare": [], "orgdraft": []}
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
    summary = {}
    for name, runs in results.items():
        summary[name] = {
            "median_s": statistics.median(r[0] for r in runs),
            "median_findings_s": statistics.median(r[1] for r in runs),
            "median_peak_rss_mb": statistics.median(r[2] for r in runs) / 1024,
            "heavy_imports": sorted({r[3] for r in runs if r[3]}),
        }
    del summary["bare"]["median_findings_s"]
    summary["time_ratio"] = summary["orgdraft"]["median_s"] / summary["bare"]["median_s"]
    summary["findings_time_ratio"] = (
        summary["orgdraft"]["median_findings_s"] / summary["bare"]["median_s"]
    )
    summary["rss_ratio"] = (
        summary["orgdraft"]["median_peak_rss_mb"] / summary["bare"]["median_peak_rss_mb"]
    )
    if args.before:
        summary["before_time_ratio"] = summary["before"]["median_s"] / summary["bare"]["median_s"]
        summary["before_findings_time_ratio"] = (
            summary["before"]["median_findings_s"] / summary["bare"]["median_s"]
        )
    print(json.dumps(summary, indent=1))
    return 1 if summary["orgdraft"]["heavy_imports"] else 0


if __name__ == "__main__":
    sys.exit(main())
