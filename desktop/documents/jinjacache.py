"""The code Jinja compiles from a template's parts, kept on disk between runs.

docxtpl gives Jinja each part of a template (its body, headers, footers, properties) as
source text, and Jinja parses it, writes Python and compiles that: some 30 ms for the built-in
set, paid again by every command-line run for the same code. The source is the template's
own: the generated parts (tables, the bill's text) go into the rendered document after Jinja
has run (:meth:`desktop.documents.render._Template.place`), never into the source. So the code
depends only on the template, on Jinja's version and on our environment (the sandbox, limits
and options of :mod:`.limits` and :mod:`.render`), and a project's data never reaches this
cache.

:func:`compiled` gives the code of a source: kept in this run, else read from the table in the
user's cache folder (:func:`desktop.paths.cache_dir`), else compiled by the environment; what
was compiled is written back when the process ends. Entries are keyed by a SHA-256 of the
source and of that version of our environment; the file is named by the interpreter's
bytecode tag and magic number (code objects are not portable between Python versions).

The cache is best effort, like :mod:`desktop.classcache`: a file that is missing, unreadable,
corrupt or unwritable only means compiling as usual; it is written whole (temporary name,
then renamed), at most :data:`MAX_ENTRIES` entries.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import hashlib
import importlib.util
import marshal
import sys
import threading
from pathlib import Path
from types import CodeType
from typing import Any

from desktop import __version__, paths

MAX_ENTRIES = 100  # the built-in templates have 22 parts; a user's own templates add theirs

_lock = threading.Lock()
_state: dict[str, Any] = {"stored": None, "new": {}, "registered": False}


def cache_file() -> Path:
    tag = sys.implementation.cache_tag or "python"
    magic = importlib.util.MAGIC_NUMBER.hex()
    return paths.cache_dir() / f"jinja-code-{tag}-{magic}.marshal"


@functools.cache
def _fingerprint() -> bytes:
    """What the generated code depends on besides the source: Jinja's version and the sources
    of the modules that make our environment (in a source checkout; else our version)."""
    import jinja2

    digest = hashlib.sha256(f"{__version__} {jinja2.__version__}".encode())
    for name in ("limits.py", "render.py"):  # beside this module (not imported: no cycle)
        with contextlib.suppress(OSError):
            digest.update(Path(__file__).with_name(name).read_bytes())
    return digest.digest()


def key(source: str, options: str) -> str:
    """The entry of ``source`` compiled in an environment with ``options`` (autoescaping …)."""
    digest = hashlib.sha256(_fingerprint())
    digest.update(options.encode())
    digest.update(source.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _stored() -> dict[str, bytes]:
    stored = _state["stored"]
    if stored is None:
        stored = {}
        try:
            table = marshal.loads(cache_file().read_bytes())
        except (OSError, EOFError, ValueError, TypeError, RuntimeError, KeyError):
            table = {}
        if isinstance(table, dict):
            stored = {k: v for k, v in table.items() if isinstance(k, str) and isinstance(v, bytes)}
        _state["stored"] = stored
    return stored


def compiled(env: Any, source: str, options: str) -> CodeType:
    """``env.compile(source)``, from the cache when it holds it (see the module docstring);
    ``options``: what of ``env`` the code depends on beyond our modules (its autoescaping)."""
    entry = key(source, options)
    with _lock:
        blob = _state["new"].get(entry) or _stored().get(entry)
    if blob is not None:
        try:
            code = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):
            code = None
        if isinstance(code, CodeType):
            return code
    code = env.compile(source)  # a syntax error raises here, as it would without the cache
    with _lock:
        _state["new"][entry] = marshal.dumps(code)
        if not _state["registered"]:
            _state["registered"] = True
            atexit.register(save)
    return code


def save() -> None:
    """Write the table back when this run compiled something new (best effort, never raises):
    this run's entries first, then those of other runs, at most :data:`MAX_ENTRIES`."""
    with _lock:
        new = dict(_state["new"])
    if not new:
        return
    kept = dict(new)
    for entry, blob in _stored().items():
        if len(kept) >= MAX_ENTRIES:
            break
        kept.setdefault(entry, blob)
    try:
        data = marshal.dumps(kept)
        path = cache_file()
    except (OSError, ValueError, RuntimeError, KeyError):
        return
    if not paths.write_cache_file(path, data):
        return
    with _lock:
        for entry in new:
            _state["new"].pop(entry, None)
        _state["stored"] = kept
