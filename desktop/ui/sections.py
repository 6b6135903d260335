"""The window's sections (개요, 현행 조직, …): their keys and names, and their pages.

A page is built when its section is first shown or asked for, so that the window shows
without the modules of the sections not on screen; the window wires each page it builds.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.settings import AppSettings
from desktop.ui.tr import N_

SECTIONS = (
    ("overview", N_("Overview")),
    ("org", N_("Current organization")),
    ("changes", N_("Changes")),
    ("statutes", N_("Statute texts")),
    ("press", N_("Press release")),
    ("documents", N_("Documents")),
)
SECTION_KEYS = tuple(key for key, _label in SECTIONS)


def build_page(key: str, settings: AppSettings) -> QWidget:
    """A new page for the section ``key`` (the overview, shown first, the window builds)."""
    if key == "org":
        from desktop.ui.orgpage import OrgPage

        return OrgPage()
    if key == "changes":
        from desktop.ui.changespage import ChangesPage

        return ChangesPage()
    if key == "statutes":
        from desktop.ui.statutepage import StatutePage

        return StatutePage()
    if key == "press":
        from desktop.ui.presspage import PressPage

        return PressPage()
    if key == "documents":
        from desktop.ui.preview import DocumentsPage

        return DocumentsPage(settings=settings)
    raise KeyError(key)
