"""Saves that clean up after themselves: a save killed halfway leaves only ``.NAME.*.tmp``
files, which the next save or open removes; saving through a symbolic link writes its target."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core import projectfile
from desktop.paths import sample_path

ROOT = Path(__file__).resolve().parents[2]

SAVER = """
import sys
sys.path.insert(0, {root!r})
from desktop.core import projectfile
project = projectfile.load({sample!r})
project.meta.description = "가" * 1_000_000  # a project of about 3 MB
print("ready", flush=True)
while True:
    projectfile.save(project, {target!r})
"""


def _leftovers(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.endswith(".tmp"))


def _age(paths: list[Path], seconds: float) -> None:
    old = time.time() - seconds
    for path in paths:
        os.utime(path, (old, old))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_saves_killed_halfway_leave_nothing_after_the_next_save(tmp_path):
    target = tmp_path / "p.orgdraft"
    projectfile.save(projectfile.load(sample_path()), target)
    code = SAVER.format(root=str(ROOT), sample=str(sample_path()), target=str(target))
    rng = random.Random(17)
    # Kill at random moments until some save was caught halfway (on a busy machine a kill can
    # land between two saves several times in a row), at least 12 times.
    for round_ in range(60):
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        if round_ >= 11 and _leftovers(tmp_path):
            break
    left = _leftovers(tmp_path)
    assert left, "no save was killed halfway: the test proved nothing"
    assert all(p.name.startswith(".p.orgdraft.") for p in left)
    projectfile.load(target)  # the file itself is whole: a save is atomic
    projectfile.save(projectfile.load(target), target)
    assert _leftovers(tmp_path) == left  # a minute has not passed: a save may be running
    _age(left, 120)
    projectfile.save(projectfile.load(target), target)
    assert _leftovers(tmp_path) == []


def test_opening_removes_old_orphans_of_that_project_only(tmp_path):
    target = tmp_path / "p.orgdraft"
    projectfile.save(projectfile.load(sample_path()), target)
    ours = [tmp_path / ".p.orgdraft.abc123.tmp", tmp_path / ".p.orgdraft.lock.99.ff.tmp"]
    young = tmp_path / ".p.orgdraft.young.tmp"
    other = tmp_path / ".q.orgdraft.abc123.tmp"
    for path in (*ours, young, other):
        path.write_bytes(b"x" * 10)
    _age([*ours, other], 120)
    projectfile.load(target)
    assert not any(p.exists() for p in ours)
    assert young.exists() and other.exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")
def test_saving_through_a_symlink_writes_its_target(tmp_path):
    real_dir = tmp_path / "shared"
    real_dir.mkdir()
    real = real_dir / "p.orgdraft"
    project = projectfile.load(sample_path())
    projectfile.save(project, real)
    link = tmp_path / "link.orgdraft"
    link.symlink_to(real)
    project.meta.description = "through the link"
    projectfile.save(project, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert projectfile.load(real).meta.description == "through the link"
    assert (real_dir / "p.orgdraft.bak").exists()  # the backup beside the real file
    assert not (tmp_path / "link.orgdraft.bak").exists()
    assert _leftovers(real_dir) == [] and _leftovers(tmp_path) == []
