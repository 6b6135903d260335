"""The lock file beside an open project, so that two officials do not edit one file at once.

Opening ``NAME.orgdraft`` writes ``NAME.orgdraft.lock`` (JSON: user, host, pid, since, the
process's start time and a token telling this lock from another of the same process). The
lock is written whole under a temporary name and hard-linked into place: the link fails when a
lock exists, on a local disk and on an SMB share alike, so of several processes opening one
project at the same moment exactly one holds it. Where links are not supported an exclusive
create (``O_CREAT | O_EXCL``) of the lock is the fallback; a reader may then see the file
before it is fully written, and an unreadable lock counts as held.

A second instance finds the lock and learns who holds it (:class:`ProjectLocked`). Only a lock
that certainly belongs to no running process is taken over without asking: one of this host
(names compared without regard to case) whose process is gone, or whose process id now belongs
to a program started after the lock was written (the id was reused). A lock of another host, or
one that cannot be read, is held until the official chooses to take it over
(:func:`take_over`).

Removing a lock that is judged stale runs under a short-lived guard file
(``NAME.orgdraft.lock.break``), and the lock's bytes are compared again just before removal:
a process that read a stale lock a moment ago cannot remove the fresh lock of another.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

MAX_LOCK_BYTES = 64 * 1024  # a lock is about 150 bytes; anything larger is not ours
_GUARD_ABANDONED_S = 10.0  # a break guard older than this was left by a killed process
_GUARD_WAIT_S = 3.0
_MAX_PID = 2**32 - 1


@dataclass(frozen=True)
class LockInfo:
    """Who holds a project's lock: user, computer, process and since when."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, local time with offset
    started: str = ""  # the holder's process start time ("" when it could not be read)
    # which lock of the holder this is: a process that takes its own lock again (the same
    # project opened anew) writes another, so that releasing the first leaves the second;
    # ``since`` alone told them apart only when a second had passed between the two
    token: str = ""

    @classmethod
    def mine(cls) -> LockInfo:
        return cls(
            _user(),
            host_name(),
            os.getpid(),
            dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            process_started(os.getpid()) or "",
            os.urandom(8).hex(),
        )

    def same_host(self) -> bool:
        return same_host(self.host, host_name())

    def is_mine(self) -> bool:
        return self.same_host() and self.pid == os.getpid()

    def is_stale(self) -> bool:
        """Held by a process of this host that no longer runs (or whose id was reused)."""
        if not self.same_host():
            return False
        if not pid_alive(self.pid):
            return True
        if self.started:
            now = process_started(self.pid)
            return now is not None and now != self.started
        return False


class ProjectLocked(Exception):
    """Someone holds the lock. ``reason`` is ``"held"`` (a live process of this host),
    ``"other-host"`` (cannot be checked from here) or ``"unreadable"`` (empty, half-written or
    not a lock: ``info`` is ``None`` and ``since`` is the file's modification time).
    ``raw`` is the lock's content as seen, for :func:`take_over`."""

    def __init__(
        self, path: Path, info: LockInfo | None, reason: str = "held", raw: bytes | None = None
    ) -> None:
        self.path, self.info, self.reason, self.raw = Path(path), info, reason, raw
        self.since = info.since if info is not None else _mtime(lock_path(path))
        who = f"{info.user} on {info.host}" if info is not None else "an unreadable lock"
        super().__init__(f"{path} is held by {who} since {self.since}")


def lock_path(project_path: str | os.PathLike) -> Path:
    path = Path(project_path)
    return path.with_name(path.name + ".lock")


def _guard_path(project_path: str | os.PathLike) -> Path:
    path = Path(project_path)
    return path.with_name(path.name + ".lock.break")


def _read_raw(path: Path) -> bytes | None:
    """The lock's bytes (at most ``MAX_LOCK_BYTES + 1``), ``None`` when there is no lock."""
    try:
        with open(path, "rb") as handle:
            return handle.read(MAX_LOCK_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return b""  # exists but cannot be read: unreadable, so held


def parse_lock(raw: bytes) -> LockInfo | None:
    """The lock a file's bytes describe, or ``None`` when they are not a complete lock."""
    if not raw or len(raw) > MAX_LOCK_BYTES:
        return None
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    user, host, pid, since = (data.get(k) for k in ("user", "host", "pid", "since"))
    started, token = data.get("started", ""), data.get("token", "")
    if not all(isinstance(v, str) for v in (user, host, since, started, token)):
        return None
    if type(pid) is not int:
        return None
    return LockInfo(user, host, pid, since, started, token)


def read_lock(project_path: str | os.PathLike) -> LockInfo | None:
    """The lock beside a project, or ``None`` when there is none (or it cannot be read)."""
    raw = _read_raw(lock_path(project_path))
    return parse_lock(raw) if raw is not None else None


class ProjectLock:
    """A held lock; :meth:`release` removes the file if it is still ours."""

    def __init__(self, project_path: str | os.PathLike, info: LockInfo) -> None:
        self.project_path = Path(project_path)
        self.path = lock_path(project_path)
        self.info = info

    def release(self) -> None:
        try:
            if read_lock(self.project_path) == self.info:
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # a share that went away: the lock is left, and found stale later


def acquire(project_path: str | os.PathLike) -> ProjectLock:
    """Lock a project, taking over a lock that is certainly stale (or our own);
    raises :class:`ProjectLocked` when someone may hold it, ``OSError`` when no lock can be
    written (a read-only folder)."""
    path = lock_path(project_path)
    info = LockInfo.mine()
    content = json.dumps(asdict(info), ensure_ascii=False).encode("utf-8")
    for _attempt in range(20):
        if _place(path, content):
            return ProjectLock(project_path, info)
        raw = _read_raw(path)
        if raw is None:
            continue  # released in between: try again
        held = parse_lock(raw)
        if held is None:
            raise ProjectLocked(Path(project_path), None, "unreadable", raw)
        if not held.is_mine() and not held.is_stale():
            reason = "held" if held.same_host() else "other-host"
            raise ProjectLocked(Path(project_path), held, reason, raw)
        _remove_if_unchanged(project_path, raw)
    raw = _read_raw(path)
    held = parse_lock(raw) if raw else None
    raise ProjectLocked(Path(project_path), held, "held" if held else "unreadable", raw)


def take_over(project_path: str | os.PathLike, seen: ProjectLocked) -> ProjectLock:
    """The official chose to take over the lock ``seen`` showed. Raises :class:`ProjectLocked`
    again when the lock changed meanwhile (someone else took it)."""
    path = lock_path(project_path)
    if seen.raw is not None and not _remove_if_unchanged(project_path, seen.raw):
        raw = _read_raw(path)
        if raw is not None:
            held = parse_lock(raw)
            raise ProjectLocked(Path(project_path), held, "held" if held else "unreadable", raw)
    return acquire(project_path)


def _place(path: Path, content: bytes) -> bool:
    """Put a complete lock at ``path``; ``False`` when one exists."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    with open(tmp, "xb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    try:
        try:
            os.link(tmp, path)
            return True
        except FileExistsError:
            return False
        except OSError as exc:
            if not _links_unsupported(exc):
                raise
        return _create_exclusive(path, content)
    finally:
        tmp.unlink(missing_ok=True)


def _links_unsupported(exc: OSError) -> bool:
    codes = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.EACCES}
    codes |= {getattr(errno, name) for name in ("ENOTSUP", "EOPNOTSUPP") if hasattr(errno, name)}
    winerror = getattr(exc, "winerror", None)  # ERROR_INVALID_FUNCTION, ERROR_NOT_SUPPORTED
    return exc.errno in codes or winerror in (1, 50)


def _create_exclusive(path: Path, content: bytes) -> bool:
    """The fallback where links are not supported: create the lock exclusively, then write it
    whole (a reader seeing it half-written treats it as held)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "wb") as handle:
        handle.write(content)
        handle.flush()
        os.fsync(handle.fileno())
    return True


def _remove_if_unchanged(project_path: str | os.PathLike, raw: bytes) -> bool:
    """Remove the lock if its bytes are still ``raw``, under the break guard; ``True`` when
    removed (or already gone)."""
    path, guard = lock_path(project_path), _guard_path(project_path)
    deadline = time.monotonic() + _GUARD_WAIT_S
    while True:
        try:
            fd = os.open(guard, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            break
        except FileExistsError:
            if time.time() - _mtime_seconds(guard) > _GUARD_ABANDONED_S:
                guard.unlink(missing_ok=True)  # left by a process killed while breaking
            elif time.monotonic() > deadline:
                return False
            time.sleep(0.005)
    try:
        os.close(fd)
        current = _read_raw(path)
        if current is None:
            return True
        if current != raw:
            return False
        path.unlink(missing_ok=True)
        return True
    finally:
        guard.unlink(missing_ok=True)


def _mtime_seconds(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return time.time()


def _mtime(path: Path) -> str:
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    return dt.datetime.fromtimestamp(stamp).astimezone().isoformat(timespec="seconds")


def same_host(a: str, b: str) -> bool:
    """Host names compare without regard to case (Windows reports them in capitals)."""
    return a.casefold() == b.casefold()


def pid_alive(pid: object) -> bool:
    """Whether a process with this id runs on this machine (``False`` for any id that cannot
    be one)."""
    if type(pid) is not int or not 0 < pid <= _MAX_PID:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        return _win_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except (OSError, OverflowError, ValueError):
        return False
    return True


def process_started(pid: int) -> str | None:
    """When a process started, as an opaque token that changes when its id is reused;
    ``None`` when it cannot be read (then only whether the id is alive counts)."""
    if type(pid) is not int or not 0 < pid <= _MAX_PID:
        return None
    try:
        if sys.platform.startswith("linux"):
            stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
            # the command name (field 2) is in parentheses and may hold spaces
            fields = stat[stat.rindex(")") + 2 :].split()
            return f"linux:{fields[19]}"  # field 22: start time in clock ticks since boot
        if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
            return _win_started(pid)
    except (OSError, ValueError, IndexError):
        return None
    return None


def _win_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    try:
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    except Exception:  # no exception may escape a liveness check
        return True  # cannot tell: count it as alive, so the lock is not taken silently


def _win_started(pid: int) -> str | None:  # pragma: no cover - Windows only
    try:
        import ctypes
        from ctypes import wintypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return None
        try:
            times = [wintypes.FILETIME() for _ in range(4)]
            if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
                return None
            created = times[0]
            return f"win:{(created.dwHighDateTime << 32) | created.dwLowDateTime}"
        finally:
            kernel32.CloseHandle(handle)
    except Exception:  # fall back to the pid check alone
        return None


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
