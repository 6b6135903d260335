"""The lock file beside an open project: who holds it, stale locks, other hosts."""

import json
import os
import socket
import subprocess
import sys

import pytest

from desktop.core import lock


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(project, pid: int, host: str | None = None) -> None:
    info = {
        "user": "kim",
        "host": host or socket.gethostname(),
        "pid": pid,
        "since": "2024-06-27T09:00:00+09:00",
    }
    lock.lock_path(project).write_text(json.dumps(info), encoding="utf-8")


def test_acquire_writes_who_and_release_removes(tmp_path):
    project = tmp_path / "p.orgdraft"
    held = lock.acquire(project)
    info = lock.read_lock(project)
    assert info.pid == os.getpid() and info.host == socket.gethostname()
    assert lock.acquire(project).info.pid == os.getpid()  # our own lock: taken again
    held.release()
    assert not lock.lock_path(project).exists()


def test_a_live_lock_refuses_and_says_who(tmp_path):
    project = tmp_path / "p.orgdraft"
    write_lock(project, os.getppid())
    with pytest.raises(lock.ProjectLocked) as info:
        lock.acquire(project)
    assert info.value.info.user == "kim"


def test_a_stale_lock_of_this_host_is_taken_over(tmp_path):
    project = tmp_path / "p.orgdraft"
    write_lock(project, dead_pid())
    assert lock.acquire(project).info.pid == os.getpid()


def test_a_lock_of_another_host_is_never_taken_over(tmp_path):
    project = tmp_path / "p.orgdraft"
    write_lock(project, dead_pid(), host="other-pc")
    with pytest.raises(lock.ProjectLocked):
        lock.acquire(project)
