"""Wiring: the QApplication, the settings, the main window. No business logic here."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop import __version__, paths
from desktop.i18n import system_language as default_lang
from desktop.ui import collector
from desktop.ui.crash import CrashGuard
from desktop.ui.settings import AppSettings, default_log_dir, default_recovery_dir
from desktop.ui.tr import set_lang

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

# Set to 1 by the start-up benchmarks: print "shown" and quit once the window shows a project.
EXIT_AFTER_SHOW = "ORGDRAFT_EXIT_AFTER_SHOW"


def configure_qt() -> None:
    """Process-wide settings that Qt reads only before the QApplication exists."""
    if QGuiApplication.instance() is not None:
        return
    # Qt 6 scales by each monitor's factor, and its rounding policy is PassThrough unless
    # QT_SCALE_FACTOR_ROUNDING_POLICY says otherwise (that variable wins over
    # setHighDpiScaleFactorRoundingPolicy() too): fractional factors (125 % and 150 % are
    # common on office laptops) are kept, not rounded to 1× or 2× (tests/ui/test_app_startup
    # checks it). Not set again here: naming the policy's enum builds every enum of the Qt
    # namespace, about 30 ms of the start.
    if sys.platform == "win32":  # our own taskbar button and icon, not the Python launcher's
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID("OrgDraft.OrgDraft")


def interface_language(chosen: str | None, settings: AppSettings) -> str:
    """``--lang`` when given, else the language chosen in Settings, else the system's."""
    if chosen in ("ko", "en"):
        return chosen
    saved = settings.get("interface/language")
    return saved if saved in ("ko", "en") else default_lang()


def run(file: str | None, lang: str | None = None) -> int:
    """Start the window on ``file`` (or the last project, or the sample); the exit code.

    The cycle collector is off until the window's first frame (see :mod:`desktop.ui.collector`),
    and on again if the start fails or the application ends before it."""
    collector.pause()
    try:
        configure_qt()
        app = QApplication.instance() or QApplication(sys.argv[:1])
        settings = AppSettings()
        # after the application exists: Qt's own translations are installed on it
        set_lang(interface_language(lang, settings))
        app.setOrganizationName("OrgDraft")
        app.setApplicationName("OrgDraft")
        app.setApplicationVersion(__version__)
        from desktop.ui.mainwindow import MainWindow

        window = MainWindow(settings, default_recovery_dir())
        window.first_frame.connect(collector.resume)  # first of what waits for it
        CrashGuard(window, default_log_dir()).install()
        window.first_frame.connect(lambda: after_first_frame(app, window))
        if os.environ.get(EXIT_AFTER_SHOW):
            _exit_when_shown(app, window)
        window.show()
        window.start(file)
        return app.exec()
    finally:
        collector.resume()


def after_first_frame(app: QApplication, window: MainWindow) -> None:
    """What the start leaves until the window has painted its first frame: the window icon
    (making QIcon's class and reading the PNG cost a few milliseconds, and until it is set
    the window has the system's default icon for that moment) and the font check."""
    set_window_icon(app)
    check_fonts(window)


def set_window_icon(app: QApplication) -> None:
    """OrgDraft's icon on every window (title bar, task bar, dialogs)."""
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(paths.resources_dir() / "orgdraft.png")))


def check_fonts(window: MainWindow) -> None:
    """Say in the status bar when no usual Korean font is installed (and log it once).

    Run once the window has painted its first frame: asking Qt's font database costs a few
    milliseconds of the start, and a message shown before the project opens would be
    replaced by the opening's own ("Opening the sample…") and then cleared. A message shown
    meanwhile (the first start's hint on the sample) stays, after the warning."""
    from desktop.chart.fonts import hangul_family

    fonts = hangul_family()
    if fonts.warning:
        shown = window.statusBar().currentMessage()
        window.statusBar().showMessage(f"{fonts.warning}  {shown}" if shown else fonts.warning)


def _exit_when_shown(app: QApplication, window: MainWindow) -> None:
    def shown(*_args: object) -> None:
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))

    window.session.project_opened.connect(shown)
    window.session.failed.connect(lambda *_a: app.exit(1))
