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
import io
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.opc.packuri import PACKAGE_URI
from docx.opc.part import XmlPart

from desktop.core.filemode import match_target
from desktop.documents.errors import ExportError, UnsafePackageError
from desktop.documents.package import is_xml_part, parse_xml, read_parts, refuse_dtd
from desktop.i18n import N_


def validate_docx(path: Path, checked: Mapping[str, bytes] | None = None) -> None:
    """Raise :class:`UnsafePackageError` unless ``path`` is a sound DOCX: the zip opens within
    the limits, every XML part parses, python-docx reopens it.

    Each XML part is parsed once. python-docx's reopen parses the parts it loads (the
    document, styles, numbering, settings, headers and footers, properties, relationships and
    content types); the hardened parser parses the others — unless the part is byte for byte
    the part of the same name in ``checked`` (the template's, parsed when it was read).
    """
    package = read_parts(path)
    xml_parts = {name: blob for name, blob in package.parts.items() if is_xml_part(name)}
    for name, blob in xml_parts.items():
        refuse_dtd(blob, f"{path.name}:{name}")
    try:
        document = docx.Document(io.BytesIO(package.data))
    except Exception as exc:  # python-docx raises many kinds on a broken package
        for name, blob in xml_parts.items():  # name the part that does not parse, if one
            parse_xml(blob, f"{path.name}:{name}")
        raise UnsafePackageError(
            N_("{name}: cannot be reopened as a Word document ({reason})."),
            name=path.name,
            reason=str(exc),
        ) from exc
    reopened = _parsed_on_reopen(document)
    checked = checked or {}
    for name, blob in xml_parts.items():
        if name not in reopened and checked.get(name) != blob:
            parse_xml(blob, f"{path.name}:{name}")


def _parsed_on_reopen(document: DocxDocument) -> set[str]:
    """The zip entries python-docx parsed when it opened ``document``: the content types, the
    XML parts it loaded and the relationships of every part it reached."""
    names = {"[Content_Types].xml", PACKAGE_URI.rels_uri.membername}
    for part in document.part.package.iter_parts():
        if isinstance(part, XmlPart):
            names.add(part.partname.membername)
        names.add(part.partname.rels_uri.membername)
    return names


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


def export_docx(
    render_fn: Callable[[Path], None],
    target: Path,
    checked: Mapping[str, bytes] | None = None,
) -> Path:
    """Render with ``render_fn(temp_path)``, validate, and move into place at ``target``;
    ``checked``: parts known to parse (see :func:`validate_docx`)."""
    _atomic(Path(target), render_fn, partial(validate_docx, checked=checked))
    return Path(target)


def export_bytes(data: bytes, target: Path) -> Path:
    """Write ``data`` (a PNG, …) atomically to ``target``."""
    _atomic(Path(target), lambda tmp: tmp.write_bytes(data), lambda tmp: None)
    return Path(target)
