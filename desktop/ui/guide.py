"""Help › User guide (사용 안내): what each section is for, the order of work, where the files
go — one page per interface language (``resources/help/guide.<lang>.html``)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.paths import resources_dir
from desktop.ui.tr import _, lang


def guide_html(language: str) -> str:
    """The guide in ``language`` (Korean or English)."""
    name = "guide.ko.html" if language == "ko" else "guide.en.html"
    return (resources_dir() / "help" / name).read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("User guide"))
        self.resize(720, 640)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html(lang()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
