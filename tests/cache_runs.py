"""A probe run as three child processes: with a cache of the cache folder turned off, with an
empty cache folder, then with what the second run wrote (the tests of the caches compare the
three outputs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def off_cold_warm(code: str, cache_dir: Path, off_variable: str) -> list[str]:
    """The standard output of ``python -c code`` run in the checkout with ``off_variable``
    set (the cache off), then twice with the cache in ``cache_dir``."""
    env = {name: value for name, value in os.environ.items() if name != off_variable}
    env["ORGDRAFT_CACHE_DIR"] = str(cache_dir)
    outputs = []
    for extra in ({off_variable: "1"}, {}, {}):
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            env={**env, **extra},
            capture_output=True,
            text=True,
            check=True,
        )
        outputs.append(result.stdout)
    return outputs
