"""A new unit whose superior is missing is a located error, never a crash."""

from __future__ import annotations

import json
import subprocess
import sys

from desktop.core import projectfile
from desktop.core.apply import apply_changes
from desktop.paths import sample_path


def _sample_with(edit):
    data = json.loads(sample_path().read_text("utf-8"))
    edit(data)
    return data


def _first(data, kind):
    return next(c for c in data["changes"] if c["type"] == kind)


def test_an_establish_without_a_superior_is_an_error_of_that_change():
    data = _sample_with(lambda d: _first(d, "establish")["unit"].update(parent_id=""))
    project = projectfile.from_json(data)
    result = apply_changes(project.org, project.changes)
    codes = [f.code for f in result.findings if f.is_error]
    assert codes == ["E-ESTABLISH-PARENT"]
    finding = next(f for f in result.findings if f.code == "E-ESTABLISH-PARENT")
    assert "not placed under an existing unit" in finding.message("en")
    assert "기구 아래에 두지" in finding.message("ko")


def test_validate_reports_it_with_exit_1(tmp_path):
    data = _sample_with(lambda d: _first(d, "establish")["unit"].update(parent_id=""))
    path = tmp_path / "p.orgdraft"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "validate", str(path), "--lang", "en"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "E-ESTABLISH-PARENT" in done.stdout
