"""``orgdraft`` without a display: one line pointing to the headless commands, exit 1."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_no_display_says_so_before_importing_qt():
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["ORGDRAFT_LANG"] = "en"
    code = (
        "import sys; from desktop import cli; rc = cli.main([]); "
        "print(rc, any(m.startswith('PySide6') for m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "1 False"
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "No display" in lines[0] and "orgdraft validate" in lines[0]
