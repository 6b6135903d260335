"""Atomic export: a document appears complete or not at all, and never half-written.

:func:`export_docx` renders into a temporary file beside the target, validates it (the zip
opens, every XML part parses with the hardened parser, python-docx reopens it) and only then
replaces the target with :func:`os.replace`. A target that cannot be written — open in Word
on Windows (``PermissionError``), read-only, a missing folder — raises :class:`ExportError`
in Korean and English; the existing file stays untouched and no temporary file is left.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import docx

from desktop.documents.errors import ExportError, UnsafePackageError
from desktop.documents.package import read_package


def validate_docx(path: Path) -> None:
    """Raise :class:`UnsafePackageError` unless ``path`` is a sound DOCX."""
    read_package(path)
    try:
        docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        raise UnsafePackageError(
            f"{path.name}: Word 문서로 다시 열 수 없습니다({exc}).",
            f"{path.name}: cannot be reopened as a Word document ({exc}).",
        ) from exc


def _cannot_write(target: Path, exc: OSError) -> ExportError:
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            target,
            f"{target.name} 파일에 쓸 수 없습니다. 파일이 Word나 한글에서 열려 있다면 닫고, "
            f"폴더({target.parent})에 쓰기 권한이 있는지 확인한 뒤 다시 시도하세요.",
            f"Cannot write {target.name}. If the file is open in Word or Hangul, close it; "
            f"check that the folder ({target.parent}) is writable, then try again.",
        )
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return ExportError(
            target,
            f"저장할 폴더가 없습니다: {target.parent}",
            f"The folder to save in does not exist: {target.parent}",
        )
    return ExportError(
        target,
        f"{target.name} 파일을 저장하지 못했습니다: {exc.strerror or exc}",
        f"Could not save {target.name}: {exc.strerror or exc}",
    )


def _atomic(target: Path, write: Callable[[Path], None], validate: Callable[[Path], None]):
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
                f"만들어진 문서가 올바르지 않아 저장하지 않았습니다: {exc.message_ko}",
                f"The generated document is not valid and was not saved: {exc.message_en}",
            ) from exc
        try:
            os.replace(tmp, target)
        except OSError as exc:
            raise _cannot_write(target, exc) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def export_docx(render_fn: Callable[[Path], None], target: Path) -> Path:
    """Render with ``render_fn(temp_path)``, validate, and move into place at ``target``."""
    _atomic(Path(target), render_fn, validate_docx)
    return Path(target)


def export_bytes(data: bytes, target: Path) -> Path:
    """Write ``data`` (a PNG, …) atomically to ``target``."""
    _atomic(Path(target), lambda tmp: tmp.write_bytes(data), lambda tmp: None)
    return Path(target)
