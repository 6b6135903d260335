"""Wiring: the QApplication, the settings, the main window. No business logic here."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from desktop import __version__
from desktop.ui.mainwindow import MainWindow
from desktop.ui.settings import AppSettings, default_recovery_dir
from desktop.ui.tr import set_lang


def run(file: str | None, lang: str) -> int:
    """Start the window on ``file`` (or the last project, or the sample); the exit code."""
    set_lang(lang)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("OrgDraft")
    app.setApplicationName("OrgDraft")
    app.setApplicationVersion(__version__)
    window = MainWindow(AppSettings(), default_recovery_dir())
    window.show()
    window.start(file)
    return app.exec()
