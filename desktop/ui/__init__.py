"""The desktop window (PySide6). Everything here depends on :mod:`desktop.core`, never the
reverse; :mod:`desktop.ui.app` wires the pieces together."""

from desktop.ui import collector as _collector

_collector.relax()  # before the window's modules load (see desktop.ui.collector)
