"""Whole-process figures, each against a baseline measured in the same run (no assertions).

What an official waits for is a whole process: Python starting, the imports, the work and the
files written. Every figure here runs ``python -m desktop …`` as a child process, several
rounds interleaved with its baseline, and reports medians, the ratio and the child's peak
memory (``ru_maxrss`` from ``os.wait4``) and CPU time (user + system, also from ``os.wait4``:
on a loaded machine the wall time waits for other processes, the CPU time much less). The
children run as installed code does: bytecode is cached (pip writes ``.pyc`` files and the
frozen app carries them), so ``PYTHONDONTWRITEBYTECODE`` is dropped and one warm-up run of
each command writes the cache:

- ``generate --sample`` against a bare docxtpl process rendering the same paragraphs into as
  many DOCX files, and against a process that only writes the same files again (python-docx
  opens each DOCX of the set and saves it; the charts are copied);
- ``validate`` on the sample against ``python -c pass`` (and its absolute time);
- ``draft`` and ``generate`` on the synthetic proposal (``bench/synthetic.py``) at 1×, 10×,
  50× and 100× the sample: time and peak memory, and the cost at N× against N times the cost
  at 1× (linear is 1.0).

The warm, in-process figures stay in ``bench_generate.py``, ``bench_draft.py``; start-up and
preview latency are in ``bench_startup.py`` and ``bench_preview.py``.

    python bench/bench_process.py [--rounds 5] [--factors 1,10,50,100] [--skip-scaling]
                                  [--only generate|validate|scaling] [--before CHECKOUT]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # children run here; this process imports
# nothing heavy, so a forked child's peak memory is its own

_BARE_DOCXTPL = r"""
import io, json, sys
import docx
from docxtpl import DocxTemplate
paragraphs = json.load(open(sys.argv[1], encoding="utf-8"))
docs, out = int(sys.argv[2]), sys.argv[3]
document = docx.Document()
document.add_paragraph("{%p for text in paragraphs %}")
document.add_paragraph("{{ text }}")
document.add_paragraph("{%p endfor %}")
buffer = io.BytesIO()
document.save(buffer)
for index in range(docs):
    tpl = DocxTemplate(io.BytesIO(buffer.getvalue()))
    tpl.render({"paragraphs": paragraphs[index::docs]}, autoescape=True)
    tpl.save(f"{out}/bare{index}.docx")
"""

_WRITE_ONLY = r"""
import shutil, sys
from pathlib import Path
import docx
for path in sorted(Path(sys.argv[1]).iterdir()):
    if path.suffix == ".docx":
        docx.Document(str(path)).save(str(Path(sys.argv[2], path.name)))
    else:
        shutil.copyfile(path, Path(sys.argv[2], path.name))
"""

_PARAGRAPHS = r"""
import json, sys
from pathlib import Path
import docx
texts = []
for path in sorted(Path(sys.argv[1]).glob("*.docx")):
    document = docx.Document(str(path))
    texts += [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += [cell.text for row in table.rows for cell in row.cells]
Path(sys.argv[2]).write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
"""

_SYNTHETIC = r"""
import sys
from bench.synthetic import scaled_sample
from desktop.core import projectfile
projectfile.save(scaled_sample(int(sys.argv[1])), sys.argv[2])
"""


def run(args: list[str], cwd: Path = ROOT) -> tuple[float, float, float]:
    """Seconds of wall time, peak resident MiB and seconds of CPU time (user + system) of one
    child process; raises on failure."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONHASHSEED": "0"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached
    start = time.perf_counter()
    child = subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, args))} exited {child.returncode}:\n{stderr}")
    cpu = usage.ru_utime + usage.ru_stime
    return elapsed, usage.ru_maxrss / 1024, cpu  # Linux reports KiB


def fresh(folder: Path) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


def _median(values: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """Median wall time, the largest peak memory, median CPU time."""
    return (
        statistics.median(v[0] for v in values),
        max(v[1] for v in values),
        statistics.median(v[2] for v in values),
    )


def compare(
    named: dict[str, list[str]],
    rounds: int,
    before_each=None,
    warm: bool = True,
    cwd: dict[str, Path] | None = None,
) -> dict:
    """Run each command ``rounds`` times, interleaved, after one warm-up run of each (which
    writes the bytecode cache); medians of time, max of peak memory. ``cwd``: the folder a
    command runs in (the checkout whose code it runs), by name; by default this one's."""
    cwd = cwd or {}
    for name, command in named.items():
        if warm:
            if before_each:
                before_each(name)
            run(command, cwd.get(name, ROOT))
    results: dict[str, list[tuple[float, float, float]]] = {name: [] for name in named}
    for _ in range(rounds):
        for name, command in named.items():
            if before_each:
                before_each(name)
            results[name].append(run(command, cwd.get(name, ROOT)))
    return {name: _median(values) for name, values in results.items()}


def bench_generate(tmp: Path, rounds: int, before: Path | None = None) -> None:
    py = sys.executable
    out = tmp / "gen"
    run([py, "-m", "desktop", "generate", "--sample", "-o", str(fresh(out))])  # warm caches
    files = sorted(out.iterdir())
    docx_files = [f for f in files if f.suffix == ".docx"]
    paragraphs = tmp / "paragraphs.json"
    run([py, "-c", _PARAGRAPHS, str(out), str(paragraphs)])
    model = fresh(tmp / "model")  # the set to write again, kept apart from each round's output
    for f in files:
        shutil.copyfile(f, model / f.name)
    bare, written = tmp / "bare", tmp / "written"
    commands = {
        "generate": [py, "-m", "desktop", "generate", "--sample", "-o", str(out)],
        "bare": [py, "-c", _BARE_DOCXTPL, str(paragraphs), str(len(docx_files)), str(bare)],
        "write": [py, "-c", _WRITE_ONLY, str(model), str(written)],
    }
    folders = {"generate": out, "bare": bare, "write": written}
    if before is not None:  # the same command from another checkout, in the same rounds
        commands["before"] = [*commands["generate"][:-1], str(tmp / "before")]
        folders["before"] = tmp / "before"
    r = compare(
        commands,
        rounds,
        before_each=lambda name: fresh(folders[name]),
        cwd={"before": before} if before else None,
    )
    size = sum(f.stat().st_size for f in files)
    print(
        f"generate --sample: {len(docx_files)} DOCX + {len(files) - len(docx_files)} other, "
        f"{size / 1024:.0f} KiB written"
    )
    print(f"  OrgDraft generate          {_cell(r['generate'])}")
    print(
        f"  bare docxtpl process       {_cell(r['bare'])}   ratio {_ratio(r, 'generate', 'bare')}"
        " (target <= 3x)"
    )
    print(
        f"  python-docx re-save of set {_cell(r['write'])}   ratio "
        f"{_ratio(r, 'generate', 'write')} (target <= 4x)"
    )
    if before is not None:
        print(
            f"  before ({before.name:<18}) {_cell(r['before'])}   ratios "
            f"{_ratio(r, 'before', 'bare')} and {_ratio(r, 'before', 'write')}"
        )


def _cell(result: tuple[float, float, float]) -> str:
    seconds, peak, cpu = result
    return f"{seconds:6.2f} s  cpu {cpu:5.2f} s   peak {peak:5.0f} MiB"


def _ratio(r: dict, name: str, base: str) -> str:
    """Wall-time ratio, and the CPU-time ratio in brackets."""
    return f"{r[name][0] / r[base][0]:.2f}x (cpu {r[name][2] / max(r[base][2], 1e-3):.2f}x)"


def bench_validate(tmp: Path, rounds: int, before: Path | None = None) -> None:
    py = sys.executable
    project = tmp / "sample.orgdraft"
    run([py, "-m", "desktop", "sample", "--out", str(project)])
    commands = {
        "validate": [py, "-m", "desktop", "validate", str(project)],
        "pass": [py, "-c", "pass"],
    }
    if before is not None:
        commands["before"] = commands["validate"]
    r = compare(commands, rounds, cwd={"before": before} if before else None)
    print(
        f"validate (sample)            {_cell(r['validate'])}   (target <= 0.25 s; "
        f"python -c pass {r['pass'][0]:.3f} s, cpu {r['pass'][2]:.3f} s, "
        f"ratio {r['validate'][0] / r['pass'][0]:.1f}x)"
    )
    if before is not None:
        print(
            f"  before ({before.name}) {_cell(r['before'])}   "
            f"ratio {r['before'][0] / r['pass'][0]:.1f}x"
        )


def bench_scaling(tmp: Path, factors: list[int], rounds: int) -> None:
    py = sys.executable
    rows = []
    for factor in factors:
        project = tmp / f"x{factor}.orgdraft"
        run([py, "-c", _SYNTHETIC, str(factor), str(project)])
        out = tmp / f"x{factor}-out"
        r = compare(
            {
                "draft": [py, "-m", "desktop", "draft", str(project)],
                "generate": [py, "-m", "desktop", "generate", str(project), "-o", str(out)],
            },
            rounds,
            before_each=lambda name, out=out: fresh(out) if name == "generate" else None,
            warm=False,  # the bytecode is cached by the runs above; these runs are long
        )
        rows.append((factor, r))
    base = rows[0][1]
    print(f"synthetic proposal (whole processes, median of {rounds}):")
    print(
        "  factor  draft s  cpu s  MiB  /(N*1x)  per extra 1x"
        "   generate s  cpu s  MiB  /(N*1x)  per extra 1x"
    )
    for factor, r in rows:
        cells = []
        for name in ("draft", "generate"):
            seconds, peak, cpu = r[name]
            extra = (seconds - base[name][0]) / (factor - 1) if factor > 1 else float("nan")
            linear = seconds / (factor * base[name][0])
            cells.append(f"{seconds:8.2f} {cpu:6.2f} {peak:5.0f} {linear:8.2f} {extra:11.3f} s")
        print(f"  {factor:5d}x {cells[0]}   {cells[1]}")
    print(
        "  /(N*1x): the time at Nx over N times the time at 1x (target <= 1.2); per extra 1x:\n"
        "  what each further sample's worth of changes costs — flat when the growth is linear"
    )
    for factor, r in rows[1:]:
        print(
            f"  cpu /(N*1x) at {factor}x: draft {r['draft'][2] / (factor * base['draft'][2]):.2f}"
            f", generate {r['generate'][2] / (factor * base['generate'][2]):.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--factors", default="1,10,50,100")
    parser.add_argument("--scaling-rounds", type=int, default=1)
    parser.add_argument("--skip-scaling", action="store_true")
    parser.add_argument(
        "--before",
        type=Path,
        help="another checkout (an older commit): its generate and validate run in the same "
        "rounds, for before/after figures from one run",
    )
    parser.add_argument(
        "--only", choices=("generate", "validate", "scaling"), help="one of the three figures"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.only in (None, "generate"):
            bench_generate(tmp, args.rounds, args.before)
        if args.only in (None, "validate"):
            bench_validate(tmp, args.rounds, args.before)
        if args.only in (None, "scaling") and not args.skip_scaling:
            factors = [int(f) for f in args.factors.split(",")]
            bench_scaling(tmp, factors, args.scaling_rounds)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
