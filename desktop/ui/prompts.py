"""Every question the window asks the official, in one place (tests replace it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop.core.lock import LockInfo
from desktop.ui.recovery import Recovery
from desktop.ui.tr import _

PROJECT_FILTER = "OrgDraft (*.orgdraft)"


class Prompter:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def save_changes(self, name: str) -> str:
        """``save``, ``discard`` or ``cancel``."""
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.parent,
            _("Unsaved changes"),
            _("{name} has changes that are not saved. Save them?").format(name=name),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        return {Button.Save: "save", Button.Discard: "discard"}.get(answer, "cancel")

    def open_read_only(self, path: str, info: LockInfo) -> bool:
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.parent,
            _("Project in use"),
            _(
                "{path} is open by {user} on {host} (process {pid}) since {since}.\n\n"
                "Open it read-only?"
            ).format(path=path, user=info.user, host=info.host, pid=info.pid, since=info.since),
            Button.Open | Button.Cancel,
            Button.Open,
        )
        return answer == Button.Open

    def recover(self, recovery: Recovery) -> str:
        """``recover``, ``discard`` or ``later``."""
        Button = QMessageBox.StandardButton
        name = str(recovery.original) if recovery.original else _("an untitled project")
        answer = QMessageBox.question(
            self.parent,
            _("Recover unsaved work"),
            _(
                "OrgDraft did not close properly. A recovery copy of {name} from {when} "
                "exists.\n\nRecover it?"
            ).format(name=name, when=recovery.saved_at),
            Button.Yes | Button.Discard | Button.Cancel,
            Button.Yes,
        )
        return {Button.Yes: "recover", Button.Discard: "discard"}.get(answer, "later")

    def replace_org(self, count: int) -> bool:
        Button = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self.parent,
            _("Import organization"),
            _(
                "Replace the current organization with the {count} units of the file? "
                "(This can be undone.)"
            ).format(count=count),
        )
        return answer == Button.Yes

    def error(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)

    def open_file(self, title: str, filter_: str = PROJECT_FILTER, folder: str = "") -> str:
        return QFileDialog.getOpenFileName(self.parent, title, folder, filter_)[0]

    def save_file(self, title: str, suggested: str) -> str:
        return QFileDialog.getSaveFileName(self.parent, title, suggested, PROJECT_FILTER)[0]

    def choose(self, title: str, label: str, items: list[str]) -> str:
        item, ok = QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return item if ok else ""

    def number(self, title: str, label: str, value: int, low: int, high: int) -> int | None:
        result, ok = QInputDialog.getInt(self.parent, title, label, value, low, high)
        return result if ok else None

    def choose_folder(self, title: str, folder: str = "") -> str:
        return QFileDialog.getExistingDirectory(self.parent, title, folder)

    def save_document(self, title: str, suggested: str) -> str:
        """Another name for a generated file (same extension)."""
        suffix = Path(suggested).suffix
        filter_ = f"{suffix.lstrip('.').upper()} (*{suffix})" if suffix else ""
        return QFileDialog.getSaveFileName(self.parent, title, suggested, filter_)[0]

    def cannot_write(self, name: str, reason: str) -> str:
        """A file that cannot be written: ``retry``, ``rename`` (save under another name) or
        ``skip``."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_("Cannot write {name}").format(name=name))
        box.setText(_("{name} cannot be written.").format(name=name))
        box.setInformativeText(reason)
        Role = QMessageBox.ButtonRole
        retry = box.addButton(_("Retry"), Role.AcceptRole)
        rename = box.addButton(_("Save under another name…"), Role.ActionRole)
        box.addButton(_("Skip"), Role.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        return "retry" if clicked is retry else "rename" if clicked is rename else "skip"

    def open_path(self, path: Path | str) -> bool:
        """Open a file or folder with the program the system associates with it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
