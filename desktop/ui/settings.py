"""The one home of the window's settings (QSettings, INI format): recent files, last project.

Tests and the benchmark point the settings and the recovery folder elsewhere, either by
passing paths or with ``ORGDRAFT_CONFIG_DIR`` — never the real user profile.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

MAX_RECENT = 8


def config_dir_override() -> Path | None:
    value = os.environ.get("ORGDRAFT_CONFIG_DIR", "")
    return Path(value) if value else None


def default_recovery_dir() -> Path:
    override = config_dir_override()
    if override is not None:
        return override / "recovery"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base) / "recovery"


class AppSettings:
    def __init__(self, path: Path | None = None) -> None:
        override = config_dir_override()
        if path is None and override is not None:
            path = override / "orgdraft.ini"
        if path is not None:
            self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        else:
            self._qs = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "OrgDraft", "OrgDraft"
            )

    def _get(self, key: str, default: object) -> object:
        raw = self._qs.value(key, "")
        try:
            return json.loads(raw) if isinstance(raw, str) and raw else default
        except ValueError:
            return default

    def _set(self, key: str, value: object) -> None:
        self._qs.setValue(key, json.dumps(value, ensure_ascii=False))
        self._qs.sync()

    def recent_files(self) -> list[str]:
        value = self._get("recent_files", [])
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, path: Path) -> None:
        text = str(path)
        files = [text, *(f for f in self.recent_files() if f != text)]
        self._set("recent_files", files[:MAX_RECENT])

    def clear_recent(self) -> None:
        self._set("recent_files", [])

    def last_project(self) -> str:
        value = self._get("last_project", "")
        return value if isinstance(value, str) else ""

    def set_last_project(self, path: Path | None) -> None:
        self._set("last_project", str(path) if path else "")

    def autosave_minutes(self) -> int:
        value = self._get("autosave_minutes", 1)
        return value if isinstance(value, int) and value > 0 else 1

    def set_autosave_minutes(self, minutes: int) -> None:
        self._set("autosave_minutes", max(1, int(minutes)))
