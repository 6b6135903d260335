"""Work for a section the official cannot see waits until it is shown.

The window shows one section at a time; recomputing the others after every edit (or on
opening a project) only delays what is on screen. A page asks :func:`out_of_sight` before it
recomputes, remembers that it is stale, and catches up in its ``showEvent``.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def out_of_sight(widget: QWidget) -> bool:
    """The window is on screen but ``widget`` is not (another section is shown). A window
    not shown yet — being built, or driven by a test — keeps every page up to date."""
    return widget.window().isVisible() and not widget.isVisible()
