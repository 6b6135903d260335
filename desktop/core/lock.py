"""The lock file beside an open project, so that two officials do not edit one file at once.

Opening ``NAME.orgdraft`` writes ``NAME.orgdraft.lock`` (JSON: user, host, pid, since). A
second instance finds the lock, learns who holds it and may open the project read-only. A lock
left by a process that is gone (same host, dead pid) is stale and is taken over; a lock from
another host is never taken over silently, since its process cannot be checked from here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass(frozen=True)
class LockInfo:
    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time with offset

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(
            _user(),
            host_name(),
            os.getpid(),
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        )

    def is_mine(self) -> bool:
        return self.host == host_name() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Held by a process of this host that no longer runs."""
        return self.host == host_name() and not pid_alive(self.pid)


class ProjectLocked(Exception):
    """Another live process holds the lock; ``info`` says who."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        super().__init__(f"{path} is open by {info.user} on {info.host} since {info.since}")
        self.path, self.info = path, info


def lock_path(project_path: str | os.PathLike) -> Path:
    path = Path(project_path)
    return path.with_name(path.name + ".lock")


def read_lock(project_path: str | os.PathLike) -> LockInfo | None:
    """The lock beside a project, or ``None`` when there is none (or it cannot be read)."""
    try:
        data = json.loads(lock_path(project_path).read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


class ProjectLock:
    """A held lock; :meth:`release` removes the file if it is still ours."""

    def __init__(self, project_path: str | os.PathLike, info: LockInfo) -> None:
        self.path = lock_path(project_path)
        self.info = info

    def release(self) -> None:
        current = read_lock(self.path.with_suffix(""))
        if current is None or current == self.info:
            self.path.unlink(missing_ok=True)


def acquire(project_path: str | os.PathLike) -> ProjectLock:
    """Lock a project, taking over a stale lock; raises :class:`ProjectLocked` otherwise."""
    path = lock_path(project_path)
    info = LockInfo.mine()
    for _attempt in range(2):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            held = read_lock(project_path)
            if held is not None and not held.is_mine() and not held.is_stale():
                raise ProjectLocked(Path(project_path), held) from None
            path.unlink(missing_ok=True)  # stale, unreadable or our own: take it over
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(info), handle, ensure_ascii=False)
        return ProjectLock(project_path, info)
    held = read_lock(project_path) or info
    raise ProjectLocked(Path(project_path), held)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def host_name() -> str:
    """This computer's name, as locks and recovery copies record it."""
    import socket  # only when a lock is written or compared: not to show the window

    return socket.gethostname()


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
