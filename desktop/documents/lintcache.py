"""Templates known to lint clean, remembered on disk between runs.

Linting a template (:mod:`.lint`) walks every paragraph and compiles its Jinja source: about
half a second for the built-in set, paid again by every command-line run. A template whose
exact bytes linted without a finding against a schema, by this version of the checks, lints
the same the next time; so its key — the SHA-256 of the file, of the schema and of the checks
— is kept as an empty file in the user's cache folder (:func:`desktop.paths.cache_dir`).

Only clean templates are remembered: a template with findings is linted every time, so its
findings are always shown. The cache is best effort: a folder that cannot be written or read
only means linting again; an entry is written whole (temporary name, then renamed).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
from pathlib import Path

from desktop import __version__, paths
from desktop.documents import limits, lint, package, schema
from desktop.documents.schema import DocumentSchema

_FOLDER = "templates-linted"


@functools.cache
def _checks_fingerprint() -> bytes:
    """The version of the checks: the sources of the lint, limits and package modules where they
    exist (a source checkout), else the program's version (an installed or frozen app)."""
    digest = hashlib.sha256(__version__.encode())
    for module in (lint, limits, package, schema):  # limits: what the lint refuses
        source = Path(module.__file__ or "")
        with contextlib.suppress(OSError):
            digest.update(source.read_bytes())
    return digest.digest()


def key(data: bytes, doc_schema: DocumentSchema) -> str:
    digest = hashlib.sha256(_checks_fingerprint())
    digest.update(repr((doc_schema.doc, sorted(doc_schema.names), schema.STYLES)).encode())
    digest.update(hashlib.sha256(data).digest())
    return digest.hexdigest()


def _entry(data: bytes, doc_schema: DocumentSchema) -> Path:
    return paths.cache_dir() / _FOLDER / key(data, doc_schema)


def is_clean(data: bytes, doc_schema: DocumentSchema) -> bool:
    """Whether these template bytes are known to lint clean against ``doc_schema``."""
    try:
        return _entry(data, doc_schema).is_file()
    except OSError:
        return False


def remember_clean(data: bytes, doc_schema: DocumentSchema) -> None:
    """Remember that these template bytes lint clean (best effort, never raises)."""
    with contextlib.suppress(OSError):
        paths.write_cache_file(_entry(data, doc_schema), b"")
