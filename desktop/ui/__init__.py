"""The desktop window (PySide6). Everything here depends on :mod:`desktop.core`, never the
reverse; :mod:`desktop.ui.app` wires the pieces together."""
