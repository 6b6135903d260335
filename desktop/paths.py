"""Where OrgDraft's data lives: templates, resources and translations.

One rule serves the three ways OrgDraft runs. In an installed package and in the frozen app
the data sits in ``desktop/_data/`` beside this module (the wheel and ``build.spec`` put it
there); in a source checkout it sits at the top of the repository.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def data_root() -> Path:
    """The folder that holds ``templates/``, ``resources/`` and ``i18n/``."""
    bundle = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and bundle:  # PyInstaller: build.spec's datas
        return Path(bundle) / "desktop" / "_data"
    installed = _HERE / "_data"
    return installed if installed.is_dir() else _HERE.parent


def templates_dir() -> Path:
    return data_root() / "templates"


def resources_dir() -> Path:
    return data_root() / "resources"


def i18n_dir() -> Path:
    return data_root() / "i18n"


SAMPLES = {
    "province": "gyeonggi-2024.orgdraft",  # Gyeonggi Province, July 2024
    "county": "yangpyeong-2025.orgdraft",  # a county (군), illustrative
}


def sample_path(which: str = "province") -> Path:
    """A built-in sample project: the province (Gyeonggi Province, July 2024) or the county
    (an illustrative 군 with its divisions under the 부군수)."""
    return resources_dir() / "samples" / SAMPLES[which]


def schema_path() -> Path:
    return resources_dir() / "orgdraft.schema.json"


def cache_dir() -> Path:
    """The user's cache folder for OrgDraft (things that can be rebuilt at any time):
    ``ORGDRAFT_CACHE_DIR`` when set, else ``%LOCALAPPDATA%\\OrgDraft\\cache`` on Windows,
    ``~/Library/Caches/OrgDraft`` on macOS and ``$XDG_CACHE_HOME/orgdraft`` (``~/.cache``)
    elsewhere. Not created here."""
    override = os.environ.get("ORGDRAFT_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(local) / "OrgDraft" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "OrgDraft"
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "orgdraft"


def marshalled_dict(data: bytes | memoryview) -> dict:
    """The dictionary marshalled in ``data`` (a part of a file of the cache folder); empty when
    the bytes are damaged or hold something else. What its keys and values must be is the
    caller's to check."""
    import marshal

    try:
        value = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return {}
    return value if isinstance(value, dict) else {}


def write_cache_file(path: Path, data: bytes) -> bool:
    """Write a file of the cache folder whole: under a temporary name in its folder, then
    renamed over ``path``, so that another process never reads it half-written. False when it
    could not be written (never raises: a cache that cannot be kept only costs time)."""
    import contextlib
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                stream.write(data)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    except OSError:
        return False
    return True
