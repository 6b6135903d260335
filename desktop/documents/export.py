"""Atomic export: a document appears complete or not at all, and never half-written.

:func:`write_atomically` writes into a temporary file beside the target, validates it with the
check of its format (each writer in :mod:`.writers` brings its own) and only then replaces the
target with :func:`os.replace`. A target that cannot be written — open in Word on
Windows (``PermissionError``), read-only, a missing folder — raises :class:`ExportError`
in Korean and English; the existing file stays untouched and no temporary file is left.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from desktop.core.filemode import match_target
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
        reason=str(exc.strerror or exc),
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
    tmp = Path(tmp_name)
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
        try:
            match_target(tmp, target)
            _replace_retrying(tmp, target)
        except OSError as exc:
            raise _cannot_write(target, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return target


def export_bytes(data: bytes, target: Path) -> Path:
    """Write ``data`` (a PNG, …) atomically to ``target``."""
    return write_atomically(Path(target), lambda tmp: tmp.write_bytes(data), lambda tmp: None)
