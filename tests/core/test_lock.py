"""The lock file beside an open project: who holds it, stale locks, other hosts."""

import errno
import json
import os
import socket
import subprocess
import sys
import time

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
    held.release()
    assert not lock.lock_path(project).exists()


def test_our_own_lock_taken_again_outlives_the_first(tmp_path):
    """The same project opened anew takes our own lock again, then the first document lets
    its lock go: the second's must stay. It did only when a second had passed between the two
    (the lock told them apart by ``since``, in seconds); within the same second the first's
    release removed the lock the second document held, and a CI run saw the test that
    assumed the opposite fail when the clock ticked between the two."""
    project = tmp_path / "p.orgdraft"
    first = lock.acquire(project)
    second = lock.acquire(project)  # our own lock: taken again
    assert second.info.pid == os.getpid() and second.info != first.info
    first.release()
    assert lock.read_lock(project) == second.info
    second.release()
    assert not lock.lock_path(project).exists()


def test_a_lock_without_a_token_is_still_read(tmp_path):
    """Locks written before the token (an older OrgDraft on the same share) read as before."""
    project = tmp_path / "p.orgdraft"
    write_lock(project, os.getpid())
    info = lock.read_lock(project)
    assert info is not None and info.token == "" and info.user == "kim"


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


def test_host_names_compare_without_case(tmp_path):
    project = tmp_path / "p.orgdraft"
    write_lock(project, dead_pid(), host=socket.gethostname().swapcase())
    assert lock.acquire(project).info.pid == os.getpid()  # this host, process gone: stale


def test_a_lock_of_another_host_says_so(tmp_path):
    project = tmp_path / "p.orgdraft"
    write_lock(project, os.getpid(), host="other-pc")
    with pytest.raises(lock.ProjectLocked) as locked:
        lock.acquire(project)
    assert locked.value.reason == "other-host" and locked.value.info.host == "other-pc"
    assert lock.read_lock(project).host == "other-pc"  # left alone


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"user": "kim", "ho',
        b"\x00" * 40,
        b"[1, 2]",
        b'{"user": 1}',
        b"\xff\xfe",
        b'{"user": "kim", "host": "x", "pid": true, "since": "s"}',
        b"[" * 5000,
    ],
    ids=["empty", "half-written", "nul", "list", "wrong-type", "not-utf8", "bool-pid", "deep"],
)
def test_an_unreadable_lock_is_held_and_never_taken_silently(tmp_path, content):
    project = tmp_path / "p.orgdraft"
    lock.lock_path(project).write_bytes(content)
    with pytest.raises(lock.ProjectLocked) as locked:
        lock.acquire(project)
    assert locked.value.reason == "unreadable" and locked.value.info is None
    assert locked.value.since  # the file's time, to name in the question
    assert lock.lock_path(project).read_bytes() == content


def test_an_oversized_lock_is_unreadable(tmp_path):
    project = tmp_path / "p.orgdraft"
    lock.lock_path(project).write_bytes(b" " * (lock.MAX_LOCK_BYTES + 10) + b"{}")
    with pytest.raises(lock.ProjectLocked) as locked:
        lock.acquire(project)
    assert locked.value.reason == "unreadable"


def test_take_over_replaces_the_lock_the_official_saw(tmp_path):
    project = tmp_path / "p.orgdraft"
    lock.lock_path(project).write_bytes(b'{"user": "ki')
    with pytest.raises(lock.ProjectLocked) as locked:
        lock.acquire(project)
    held = lock.take_over(project, locked.value)
    assert lock.read_lock(project) == held.info and held.info.pid == os.getpid()


def test_take_over_refuses_when_the_lock_changed_meanwhile(tmp_path):
    project = tmp_path / "p.orgdraft"
    write_lock(project, os.getppid(), host="other-pc")
    with pytest.raises(lock.ProjectLocked) as locked:
        lock.acquire(project)
    write_lock(project, os.getppid(), host="third-pc")  # someone else took it in between
    with pytest.raises(lock.ProjectLocked) as again:
        lock.take_over(project, locked.value)
    assert again.value.info.host == "third-pc"


@pytest.mark.parametrize("pid", [2**40, -5, 0, 2**31, 2**64 + 1])
def test_impossible_pids_raise_nothing(tmp_path, pid):
    project = tmp_path / "p.orgdraft"
    write_lock(project, pid)
    assert not lock.pid_alive(pid)
    assert lock.process_started(pid) is None
    assert lock.acquire(project).info.pid == os.getpid()  # no such process: stale


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_recycled_pid_is_recognised(tmp_path):
    """The pid is alive, but its process started after the lock was written: another program
    got the id, so the lock is stale."""
    project = tmp_path / "p.orgdraft"
    parent = os.getppid()
    assert lock.process_started(parent).startswith("linux:")
    info = {
        "user": "kim",
        "host": socket.gethostname(),
        "pid": parent,
        "since": "2024-06-27T09:00:00+09:00",
        "started": "linux:1",
    }
    lock.lock_path(project).write_text(json.dumps(info), encoding="utf-8")
    assert lock.acquire(project).info.pid == os.getpid()


def test_a_live_lock_with_its_start_time_stays_held(tmp_path):
    project = tmp_path / "p.orgdraft"
    parent = os.getppid()
    info = {
        "user": "kim",
        "host": socket.gethostname(),
        "pid": parent,
        "since": "2024-06-27T09:00:00+09:00",
        "started": lock.process_started(parent) or "",
    }
    lock.lock_path(project).write_text(json.dumps(info), encoding="utf-8")
    with pytest.raises(lock.ProjectLocked) as locked:
        lock.acquire(project)
    assert locked.value.reason == "held"


def test_the_lock_records_the_start_time_and_leaves_no_temporary_file(tmp_path):
    project = tmp_path / "p.orgdraft"
    held = lock.acquire(project)
    assert held.info.started == (lock.process_started(os.getpid()) or "")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.orgdraft.lock"]


def test_without_links_the_exclusive_create_is_used(tmp_path, monkeypatch):
    def no_link(*_args):
        raise OSError(errno.EPERM, "no links here")

    monkeypatch.setattr(os, "link", no_link)
    project = tmp_path / "p.orgdraft"
    held = lock.acquire(project)
    assert lock.read_lock(project) == held.info
    write_lock(tmp_path / "q.orgdraft", os.getppid())
    with pytest.raises(lock.ProjectLocked):
        lock.acquire(tmp_path / "q.orgdraft")


def test_an_abandoned_break_guard_does_not_block_for_ever(tmp_path):
    project = tmp_path / "p.orgdraft"
    write_lock(project, dead_pid())
    guard = tmp_path / "p.orgdraft.lock.break"
    guard.write_bytes(b"")
    old = time.time() - 60
    os.utime(guard, (old, old))
    assert lock.acquire(project).info.pid == os.getpid()
    assert not guard.exists()
