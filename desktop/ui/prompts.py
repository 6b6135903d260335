"""Every question the window asks the official, in one place (tests replace it)."""

from __future__ import annotations

from pathlib import Path

# The dialog classes are looked up when a question is asked: PySide makes a class (and its
# enums) on first use, and the window starts without asking anything.
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QWidget

from desktop.core.lock import ProjectLocked
from desktop.ui.labels import moment_label
from desktop.ui.recovery import Recovery
from desktop.ui.tr import _, ngettext

PROJECT_FILTER = "OrgDraft (*.orgdraft)"


def text_file_filter() -> str:
    """The file types a statute's or a 개정문's text is opened from (what
    ``textfile.read_text_file`` reads), in the window's language."""
    return _("Text, Word or 한/글 (*.txt *.docx *.hwpx *.hwp);;All files (*)")


class Prompter:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def save_changes(self, name: str) -> str:
        """``save``, ``discard`` or ``cancel``."""
        Button = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self.parent,
            _("Unsaved changes"),
            _("{name} has changes that are not saved. Save them?").format(name=name),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        return {Button.Save: "save", Button.Discard: "discard"}.get(answer, "cancel")

    def project_in_use(self, path: str, locked: ProjectLocked) -> str:
        """Someone may hold the project: ``read_only``, ``take_over`` or ``cancel``."""
        info = locked.info
        if info is None:
            text = _(
                "{path} has a lock file that cannot be read (since {since}). Someone may be "
                "opening it right now, or OrgDraft was stopped while opening it."
            ).format(path=path, since=moment_label(locked.since) or "?")
        elif locked.reason == "other-host":
            text = _(
                "{path} is open by {user} on the computer {host} since {since}. OrgDraft "
                "cannot check from here whether it is still open there."
            ).format(path=path, user=info.user, host=info.host, since=moment_label(info.since))
        else:
            text = _("{path} is open by {user} on {host} (process {pid}) since {since}.").format(
                path=path,
                user=info.user,
                host=info.host,
                pid=info.pid,
                since=moment_label(info.since),
            )
        box = QtWidgets.QMessageBox(self.parent)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(_("Project in use"))
        box.setText(text)
        box.setInformativeText(
            _(
                "Open it read-only, or take it over? Take it over only when you are sure "
                "nobody is working on it: their changes would overwrite yours or be lost."
            )
        )
        Role = QtWidgets.QMessageBox.ButtonRole
        read_only = box.addButton(_("Open read-only"), Role.AcceptRole)
        take = box.addButton(_("Take over"), Role.DestructiveRole)
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        return "read_only" if clicked is read_only else "take_over" if clicked is take else "cancel"

    def recover(self, recovery: Recovery) -> str:
        """``recover``, ``discard`` or ``later``."""
        Button = QtWidgets.QMessageBox.StandardButton
        name = str(recovery.original) if recovery.original else _("an untitled project")
        answer = QtWidgets.QMessageBox.question(
            self.parent,
            _("Recover unsaved work"),
            _(
                "OrgDraft did not close properly. A recovery copy of {name} from {when} "
                "exists.\n\nRecover it?"
            ).format(name=name, when=moment_label(recovery.saved_at)),
            Button.Yes | Button.Discard | Button.Cancel,
            Button.Yes,
        )
        return {Button.Yes: "recover", Button.Discard: "discard"}.get(answer, "later")

    def replace_org(self, count: int) -> bool:
        Button = QtWidgets.QMessageBox.StandardButton
        answer = QtWidgets.QMessageBox.question(
            self.parent,
            _("Import organization"),
            _(
                "Replace the current organization with the {count} units of the file? "
                "(This can be undone.)"
            ).format(count=count),
        )
        return answer == Button.Yes

    def export_with_warnings(self, count: int, details: str) -> bool:
        """The export gate found warnings: export anyway?"""
        Button = QtWidgets.QMessageBox.StandardButton
        box = QtWidgets.QMessageBox(self.parent)
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setWindowTitle(_("Ready to submit?"))
        box.setText(
            ngettext(
                "The documents still have {n} thing to look at (listed in the export dialog; "
                "a click leads to it). Export anyway?",
                "The documents still have {n} things to look at (listed in the export dialog; "
                "a click leads to each). Export anyway?",
                count,
            ).format(n=count)
        )
        box.setDetailedText(details)
        box.setStandardButtons(Button.Yes | Button.Cancel)
        box.button(Button.Yes).setText(_("Export anyway"))
        box.setDefaultButton(Button.Cancel)
        return box.exec() == Button.Yes

    def error(self, title: str, text: str, details: str = "") -> None:
        """A warning box; ``details`` (technical, for the help desk) behind its Details
        button."""
        if not details:
            QtWidgets.QMessageBox.warning(self.parent, title, text)
            return
        Box = QtWidgets.QMessageBox
        box = Box(Box.Icon.Warning, title, text, Box.StandardButton.Ok, self.parent)
        box.setDetailedText(details)
        box.exec()

    def info(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.information(self.parent, title, text)

    def about(self, title: str, text: str) -> None:
        QtWidgets.QMessageBox.about(self.parent, title, text)

    def open_file(self, title: str, filter_: str = PROJECT_FILTER, folder: str = "") -> str:
        return QtWidgets.QFileDialog.getOpenFileName(self.parent, title, folder, filter_)[0]

    def save_file(self, title: str, suggested: str) -> str:
        dialog = QtWidgets.QFileDialog
        return dialog.getSaveFileName(self.parent, title, suggested, PROJECT_FILTER)[0]

    def choose(self, title: str, label: str, items: list[str]) -> str:
        item, ok = QtWidgets.QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return item if ok else ""

    def number(self, title: str, label: str, value: int, low: int, high: int) -> int | None:
        result, ok = QtWidgets.QInputDialog.getInt(self.parent, title, label, value, low, high)
        return result if ok else None

    def choose_folder(self, title: str, folder: str = "") -> str:
        return QtWidgets.QFileDialog.getExistingDirectory(self.parent, title, folder)

    def save_document(self, title: str, suggested: str) -> str:
        """Another name for a generated file (same extension)."""
        suffix = Path(suggested).suffix
        filter_ = f"{suffix.lstrip('.').upper()} (*{suffix})" if suffix else ""
        return QtWidgets.QFileDialog.getSaveFileName(self.parent, title, suggested, filter_)[0]

    def cannot_write(self, name: str, reason: str) -> str:
        """A file that cannot be written: ``retry``, ``rename`` (save under another name) or
        ``skip``."""
        box = QtWidgets.QMessageBox(self.parent)
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setWindowTitle(_("Cannot write {name}").format(name=name))
        box.setText(_("{name} cannot be written.").format(name=name))
        box.setInformativeText(reason)
        Role = QtWidgets.QMessageBox.ButtonRole
        retry = box.addButton(_("Retry"), Role.AcceptRole)
        rename = box.addButton(_("Save under another name…"), Role.ActionRole)
        box.addButton(_("Skip"), Role.RejectRole)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        return "retry" if clicked is retry else "rename" if clicked is rename else "skip"

    def open_path(self, path: Path | str) -> bool:
        """Open a file or folder with the program the system associates with it."""
        return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))
