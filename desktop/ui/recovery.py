"""Recovery copies of unsaved work (autosave), never written over the user's file.

Each open project has one recovery copy in the recovery folder, ``KEY.orgdraft`` with a
``KEY.json`` beside it naming the original file. Saving or closing cleanly removes it; after
a crash it stays, and the next start offers to recover it. Copies written by another running
OrgDraft on this machine are left alone.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import dataclass
from pathlib import Path

from desktop.core.lock import host_name, pid_alive, same_host


@dataclass(frozen=True)
class Recovery:
    """An autosaved recovery copy: its file, the project file it belongs to (if saved) and
    when it was written."""

    file: Path
    original: Path | None
    saved_at: str

    def discard(self) -> None:
        self.file.unlink(missing_ok=True)
        self.file.with_suffix(".json").unlink(missing_ok=True)


def key_for(original: Path | None, token: str) -> str:
    """A stable name for a project's recovery copy (``token`` tells untitled ones apart)."""
    if original is None:
        return f"untitled-{os.getpid()}-{token}"
    import hashlib  # OpenSSL: only for a project with a file

    digest = hashlib.sha1(str(original.resolve()).encode("utf-8")).hexdigest()[:12]
    return f"{original.stem}-{digest}"


def write(folder: Path, key: str, text: str, original: Path | None) -> Path:
    """Write a recovery copy atomically (runs on a worker thread)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{key}.orgdraft"
    info = {
        "original": str(original) if original else None,
        "saved_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "pid": os.getpid(),
        "host": host_name(),
    }
    for path, content in ((target, text), (target.with_suffix(".json"), json.dumps(info))):
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(content, encoding="utf-8")
        os.replace(tmp, path)
    return target


def discard(folder: Path, key: str) -> None:
    Recovery(folder / f"{key}.orgdraft", None, "").discard()


def find(folder: Path, exclude: set[str] = frozenset()) -> list[Recovery]:  # type: ignore[assignment]
    """Recovery copies left behind (not by a live other process), newest first."""
    found = []
    if not folder.is_dir():
        return found
    for file in folder.glob("*.orgdraft"):
        if file.stem in exclude:
            continue
        try:
            info = json.loads(file.with_suffix(".json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            info = {}
        if not isinstance(info, dict):
            info = {}
        pid, host = info.get("pid", 0), str(info.get("host", ""))
        if same_host(host, host_name()) and pid != os.getpid() and pid_alive(pid):
            continue
        original = Path(info["original"]) if info.get("original") else None
        found.append(Recovery(file, original, str(info.get("saved_at", ""))))
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
