"""When a bug slips through: the official reads a message in their language — never a
traceback —, the open work is written to a recovery copy, and the details go to a log file
for the help desk (and behind the message's Details button).

Qt calls Python slots from C++; an exception escaping one reaches ``sys.excepthook``
(PySide prints it through ``PyErr_Print``), and the window carries on. :class:`CrashGuard`
is that hook. Work on other threads goes through :mod:`desktop.ui.worker`, which reports its
failures as signals, so this hook only sees the GUI thread's.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.ui.tr import _

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

KEEP_LOGS = 20


class CrashGuard:
    """``sys.excepthook`` for the window: log, keep the work, tell the official."""

    def __init__(self, window: MainWindow, log_dir: Path) -> None:
        self.window = window
        self.log_dir = Path(log_dir)
        self._handling = False
        self._previous = sys.excepthook

    def install(self) -> CrashGuard:
        self._previous = sys.excepthook
        sys.excepthook = self.handle
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        trace: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt) or self._handling:
            self._previous(kind, error, trace)
            return
        self._handling = True
        try:
            details = "".join(traceback.format_exception(kind, error, trace))
            sys.stderr.write(details)
            log = self.write_log(details)
            saved = self._keep_work()
            self._tell(details, log, saved)
        finally:
            self._handling = False

    def write_log(self, details: str) -> Path | None:
        """The details in ``crash-<time>.log`` (the newest :data:`KEEP_LOGS` are kept)."""
        import platform  # only for a crash (its import costs the start-up a few ms)

        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        target = self.log_dir / f"crash-{stamp}.log"
        header = (
            f"OrgDraft {__version__}, Python {platform.python_version()}, "
            f"{platform.platform()}\n{dt.datetime.now().isoformat(timespec='seconds')}\n\n"
        )
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True)
            target.write_text(header + details, encoding="utf-8")
            for old in sorted(self.log_dir.glob("crash-*.log"))[:-KEEP_LOGS]:
                old.unlink(missing_ok=True)
        except OSError:
            return None
        return target

    def _keep_work(self) -> bool:
        try:
            return self.window.session.autosave_now()
        except Exception:
            return False

    def _tell(self, details: str, log: Path | None, saved: bool) -> None:
        """What happened in the official's words; the exception and its traceback only
        behind Details (and in the log for the help desk)."""
        if saved:
            text = _(
                "OrgDraft ran into a problem it did not expect, and what you were doing may "
                "not be finished. Your unsaved work was written to a recovery copy. Save your "
                "project and, if the problem comes back, send the file {log} to your help desk."
            )
        else:
            text = _(
                "OrgDraft ran into a problem it did not expect, and what you were doing may "
                "not be finished. Save your project and, if the problem comes back, send the "
                "file {log} to your help desk."
            )
        shown_log = str(log) if log else _("(no log could be written)")
        try:
            self.window.prompts.error(
                _("Unexpected problem"), text.format(log=shown_log), details=details
            )
        except Exception:
            pass
