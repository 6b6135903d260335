"""Frozen OrgDraft against a bare frozen PySide6 window app, built the same way in one run.

    pip install ".[build]"
    python bench/bench_bundle.py [--repeats 7] [--out build/bench] [--no-build]

Builds ``build.spec`` (OrgDraft) and ``bench/bare.spec`` (one QMainWindow, QtWidgets only;
the same one-folder layout, excluded modules and Qt trimming from ``scripts/lean_bundle.py``),
then compares

- bundle size: the bytes of each ``dist`` folder (symbolic links not followed);
- start-up: seconds from starting the windowed executable to its window being shown
  (OrgDraft: with the built-in sample loaded), on the offscreen platform, each app started
  ``--repeats`` times interleaved after one warm-up run; medians.

The aim is at most 1.1× the bare app in both. Prints a JSON summary.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AIM = 1.1


def _build_module():
    spec = importlib.util.spec_from_file_location("orgdraft_build", ROOT / "scripts" / "build.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


builder = _build_module()


def time_to_shown(exe: Path, config: Path) -> float:
    """Seconds from starting ``exe`` to it printing ``shown`` (ORGDRAFT_EXIT_AFTER_SHOW)."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ORGDRAFT_EXIT_AFTER_SHOW": "1",
        "ORGDRAFT_CONFIG_DIR": str(config),
    }
    start = time.perf_counter()
    with subprocess.Popen(
        [str(exe)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if line.strip() == "shown":
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{exe} exited ({process.wait()}) without showing its window")
        process.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "bench")
    parser.add_argument("--no-build", action="store_true", help="measure the bundles in --out")
    args = parser.parse_args()
    out = args.out.resolve()
    dist, work = out / "dist", out / "work"
    build_seconds = {}
    if not args.no_build:
        for name, spec in (("Bare", ROOT / "bench" / "bare.spec"), ("OrgDraft", builder.SPEC)):
            start = time.perf_counter()
            builder.build(dist, work / name, spec=spec, name=name)
            build_seconds[name] = round(time.perf_counter() - start, 1)
    bare, app = dist / "Bare", dist / "OrgDraft"
    sizes = {"bare": builder.folder_size(bare), "orgdraft": builder.folder_size(app)}
    exes = {"bare": bare / f"Bare{builder.EXE}", "orgdraft": builder.gui(app)}
    times: dict[str, list[float]] = {"bare": [], "orgdraft": []}
    with tempfile.TemporaryDirectory(prefix="orgdraft-bench-") as scratch:
        for name, exe in exes.items():  # warm-up: the first start reads the files from disk
            time_to_shown(exe, Path(scratch) / f"warm-{name}")
        for i in range(args.repeats):  # interleaved, so that both see the same machine state
            for name, exe in exes.items():
                times[name].append(time_to_shown(exe, Path(scratch) / f"{name}-{i}"))
    medians = {name: statistics.median(values) for name, values in times.items()}
    summary = {
        "build_seconds": build_seconds,
        "size_bytes": sizes,
        "size_ratio": round(sizes["orgdraft"] / sizes["bare"], 3),
        "startup_median_s": {name: round(value, 3) for name, value in medians.items()},
        "startup_runs_s": {name: [round(v, 3) for v in values] for name, values in times.items()},
        "startup_ratio": round(medians["orgdraft"] / medians["bare"], 3),
        "aim": AIM,
    }
    print(json.dumps(summary, indent=1))
    for part_size, part in builder.largest_parts(app, 8):
        print(f"  {part_size / 1e6:7.1f} MB  {part}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
