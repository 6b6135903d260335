"""Atomic export: a document appears complete or not at all, and never half-written.

:func:`write_atomically` writes into a temporary file beside the target, validates it with the
check of its format (each writer in :mod:`.writers` brings its own) and only then replaces the
target with :func:`os.replace`. A target that cannot be written — open in Word on
Windows (``PermissionError``), read-only, a missing folder — raises :class:`ExportError`
in Korean and English; the existing file stays untouched and no temporary file is left.

A document set is written as a whole (:class:`Staging`): inside ``with Staging() as stage``,
:func:`write_atomically` writes and validates each file into its temporary file but does not
replace the target; :meth:`Staging.commit` then replaces the targets one after another, once
every file of the set has been made. A render that fails therefore touches no target; a target
that cannot be replaced at the end is reported with exactly which files are new and which
are still the old ones (:class:`PartialExport`). Temporary files are named ``.~NAME.*.tmp``;
the next export into the folder removes those older than a minute (left by a killed export).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.filemode import match_target
from desktop.core.filereason import os_reason
from desktop.documents.errors import ExportError, UnsafePackageError
from desktop.i18n import N_


def _cannot_write(target: Path, exc: OSError) -> ExportError:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            target,
            N_(
                "Cannot write {name}. If the file is open in Word or Hangul, close it; check "
                "that the folder ({folder}) is writable, then try again."
            ),
            name=target.name,
            folder=str(target.parent),
        )
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return ExportError(
            target,
            N_("The folder to save in does not exist: {folder}"),
            folder=str(target.parent),
        )
    return ExportError(
        target,
        N_("Could not save {name}: {reason}"),
        name=target.name,
        reason=os_reason(exc),
    )


# Word, Hangul, a virus scanner or a sync client may hold the target open for a moment;
# Windows then refuses the replace (PermissionError, or winerror 32/33 sharing/lock
# violation). Retry after these pauses (about 1 s in all) before reporting the file as locked.
RETRY_DELAYS = (0.05, 0.1, 0.2, 0.3, 0.4)
_SHARING_VIOLATIONS = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def _is_locked(exc: OSError) -> bool:
    return isinstance(exc, PermissionError) or getattr(exc, "winerror", None) in (
        _SHARING_VIOLATIONS
    )


def _replace_retrying(tmp: Path, target: Path) -> None:
    for delay in (*RETRY_DELAYS, None):
        try:
            os.replace(tmp, target)
            return
        except OSError as exc:
            if delay is None or not _is_locked(exc):
                raise
            time.sleep(delay)


class PartialExport(ExportError):
    """The set was made, but replacing its files stopped at ``target``: ``new`` are the files
    replaced, ``old`` those left as they were (or missing)."""

    def __init__(self, target: Path, reason: ExportError, new: list[Path], old: list[Path]):
        self.new, self.old = new, old
        super().__init__(
            target,
            N_("{reason}\nWritten anew: {new}\nNot replaced (the old file, or none): {old}"),
            reason=reason.as_message(),
            new=", ".join(p.name for p in new) or "-",
            old=", ".join(p.name for p in old) or "-",
        )


class _Current(threading.local):
    stage: Staging | None = None


_current = _Current()


class Staging:
    """A document set made whole before any target is replaced (see the module docstring)."""

    def __init__(self) -> None:
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, target)

    def __enter__(self) -> Staging:
        self._previous, _current.stage = _current.stage, self
        return self

    def __exit__(self, *_exc: object) -> None:
        _current.stage = self._previous
        self.discard()

    def discard(self) -> None:
        """Remove the temporary files not committed (a failed or cancelled export)."""
        for tmp, _target in self.staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self.staged.clear()

    def commit(
        self,
        unwritable: Callable[[ExportError], Path | None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Path]:
        """Replace the targets; the files written. ``unwritable`` chooses for a target that
        cannot be replaced (the same path to retry, another, or ``None`` to skip); without it
        :class:`PartialExport` says which files are new and which old. ``cancelled`` stops
        between files (raising :class:`ExportCancelledDuringCommit` with those written)."""
        written: list[Path] = []
        pending = list(self.staged)
        for index, (tmp, target) in enumerate(pending):
            if cancelled is not None and cancelled():
                raise ExportCancelledDuringCommit(written)
            current: Path | None = target
            while current is not None:
                try:
                    match_target(tmp, current)
                    _replace_retrying(tmp, current)
                    written.append(current)
                    break
                except OSError as exc:
                    error = _cannot_write(current, exc)
                    if unwritable is None:
                        rest = [t for _tmp, t in pending[index:]]
                        raise PartialExport(current, error, written, rest) from exc
                    current = unwritable(error)
            self.staged.remove((tmp, target))
            with contextlib.suppress(OSError):
                tmp.unlink()
        return written


class ExportCancelledDuringCommit(Exception):
    """Cancelled while the targets were being replaced; ``written`` are those replaced."""

    def __init__(self, written: list[Path]) -> None:
        super().__init__("cancelled")
        self.written = written


ORPHAN_AGE_S = 60.0


def remove_orphans(folder: Path, age: float = ORPHAN_AGE_S) -> None:
    """Remove ``.~*.tmp`` files older than ``age`` seconds from ``folder`` (left by an export
    that was killed); never raises."""
    now = time.time()
    try:
        candidates = list(Path(folder).glob(".~*.tmp"))
    except OSError:
        return
    for candidate in candidates:
        with contextlib.suppress(OSError):
            if now - candidate.lstat().st_mtime > age:
                candidate.unlink()


def write_atomically(
    target: Path, write: Callable[[Path], None], validate: Callable[[Path], None]
) -> Path:
    """Call ``write(temp_path)`` for a temporary file beside ``target``, ``validate(temp_path)``
    (raising :class:`UnsafePackageError` when the result is not sound), then move it into place
    at ``target``; :class:`ExportError` when the target cannot be written or the result is not
    valid. The temporary file never stays behind."""
    target = Path(target)
    if not target.parent.is_dir():
        raise _cannot_write(target, FileNotFoundError(errno.ENOENT, "missing", str(target)))
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=".~" + target.stem[:40] + ".", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise _cannot_write(target, exc) from exc
    os.close(fd)
    tmp: Path | None = Path(tmp_name)
    try:
        write(tmp)
        try:
            validate(tmp)
        except UnsafePackageError as exc:
            raise ExportError(
                target,
                N_("The generated document is not valid and was not saved: {reason}"),
                reason=exc.as_message(),
            ) from exc
        stage = _current.stage
        if stage is not None:  # replaced when the whole set is made
            stage.staged.append((tmp, target))
            tmp = None
            return target
        try:
            match_target(tmp, target)
            _replace_retrying(tmp, target)
        except OSError as exc:
            raise _cannot_write(target, exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    return target


def export_bytes(data: bytes, target: Path) -> Path:
    """Write ``data`` (a PNG, …) atomically to ``target``."""
    return write_atomically(Path(target), lambda tmp: tmp.write_bytes(data), lambda tmp: None)
