"""Qt enum properties set by their keys' names, without naming a ``Qt`` enum in Python."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def write_property(widget: QWidget, name: str, keys: str) -> None:
    """Set the enum (or flags) property ``name`` of ``widget`` by its keys
    (``"AlignLeft|AlignTop"``): naming a ``Qt`` enum in Python makes PySide build every enum
    of the Qt namespace (about 30 ms of the start), which nothing else on the way to the first
    frame needs (nor does this: ``setProperty()`` would make QByteArray's)."""
    meta = widget.metaObject()
    meta.property(meta.indexOfProperty(name)).write(widget, keys)
