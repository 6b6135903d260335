"""A rendered DOCX translated into an HWPX, and the check of a written HWPX.

The package starts from python-hwpx's blank document (``hwpx/data/Skeleton.hwpx``, returned by
``hwpx.templates.blank_document_bytes``): a file saved by 한/글 itself (its ``version.xml``
names Hancom Office Hangul 13, ``appVersion 13, 0, 0, 1408``), so the header holds 한/글's
own style list (바탕글, 본문, 개요 1 … 10, 캡션 …), border fills and default shapes.
:mod:`.styles` adds the document's looks to it and :mod:`.body` its content, through the
library's API; no XML part is assembled by hand.

:func:`check_hwpx` runs the library's validators — what ``hwpx-validate`` runs (the header
and every section against the OWPML schemas, the manifest against the parts) and what
``hwpx-validate-package`` runs (the zip, ``mimetype``, container and manifest) — and reopens
the file; any error raises :class:`~desktop.documents.errors.UnsafePackageError`.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path
from typing import Any

import docx

from desktop.documents.errors import UnsafePackageError
from desktop.documents.writers.hwpx.body import BodyWriter, UnsupportedContent
from desktop.i18n import N_


def docx_to_hwpx(source: Path | bytes) -> bytes:
    """The HWPX bytes of the DOCX ``source`` (a path or the file's bytes); its title and dates
    come from the DOCX's properties, its author is OrgDraft."""
    from hwpx import HwpxDocument

    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    document = docx.Document(io.BytesIO(data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # the library's renamed aliases
        hwpx = HwpxDocument.new()
        try:
            BodyWriter(hwpx, document).write()
        except UnsupportedContent as exc:
            raise UnsafePackageError(
                N_("The document holds something HWPX cannot take yet: {what}"), what=str(exc)
            ) from None
        _properties(hwpx, document.core_properties)
        return hwpx.to_bytes()


def _properties(hwpx: Any, props: Any) -> None:
    """The blank document's author and preview replaced by this document's."""
    stamp = "%Y-%m-%dT%H:%M:%SZ"
    hwpx.parts.clear_document_metadata()
    hwpx.parts.set_document_metadata(
        title=props.title or "",
        creator="OrgDraft",
        created_date=props.created.strftime(stamp) if props.created else None,
        modified_date=props.modified.strftime(stamp) if props.modified else None,
    )
    hwpx.parts.clear_preview()


def check_hwpx(path: Path) -> None:
    """Raise :class:`UnsafePackageError` unless ``path`` passes the HWPX validators."""
    from hwpx import HwpxDocument
    from hwpx.tools.package_validator import validate_package

    path = Path(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            package = validate_package(path)
            with HwpxDocument.open(path) as document:
                report = document.validate()
        except Exception as exc:  # the library raises many kinds on a broken package
            raise UnsafePackageError(
                N_("{name}: cannot be reopened as an HWPX document ({reason})."),
                name=path.name,
                reason=str(exc),
            ) from exc
    problems = [str(issue) for issue in report.issues]
    problems += [str(issue) for issue in package.errors]
    if problems:
        raise UnsafePackageError(
            N_("{name}: the HWPX validator reports: {problems}"),
            name=path.name,
            problems="; ".join(problems[:5]),
        )
