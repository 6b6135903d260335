"""Fixtures for the window tests: settings, recovery folder and prompts all under tmp_path."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle

from desktop.paths import sample_path


class FakePrompter:
    """Answers the window's questions from presets and records what it was asked."""

    def __init__(self) -> None:
        self.answers: dict[str, object] = {
            "save_changes": "discard",
            "project_in_use": "read_only",
            "recover": "recover",
            "replace_org": True,
            "open_file": "",
            "save_file": "",
            "choose": "",
            "number": None,
            "choose_folder": "",
            "save_document": "",
            "cannot_write": "retry",
            "export_with_warnings": True,
        }
        self.asked: list[tuple[str, tuple]] = []
        self.errors: list[tuple[str, str]] = []
        self.details: list[str] = []  # what each error holds behind Details
        self.opened: list[str] = []

    def _answer(self, name: str, *args: object) -> object:
        self.asked.append((name, args))
        return self.answers[name]

    def save_changes(self, name):
        return self._answer("save_changes", name)

    def project_in_use(self, path, locked):
        return self._answer("project_in_use", path, locked)

    def recover(self, recovery):
        return self._answer("recover", recovery)

    def replace_org(self, count):
        return self._answer("replace_org", count)

    def open_file(self, title, filter_="", folder=""):
        return self._answer("open_file", title)

    def save_file(self, title, suggested):
        return self._answer("save_file", title, suggested)

    def choose(self, title, label, items):
        return self._answer("choose", title, items)

    def number(self, title, label, value, low, high):
        return self._answer("number", title)

    def choose_folder(self, title, folder=""):
        return self._answer("choose_folder", title)

    def save_document(self, title, suggested):
        return self._answer("save_document", title, suggested)

    def cannot_write(self, name, reason):
        answer = self.answers["cannot_write"]  # a list answers one question after another
        self.asked.append(("cannot_write", (name, reason)))
        return answer.pop(0) if isinstance(answer, list) else answer

    def export_with_warnings(self, count, details):
        return self._answer("export_with_warnings", count, details)

    def open_path(self, path):
        self.opened.append(str(path))
        return True

    def error(self, title, text, details=""):
        self.errors.append((title, text))
        self.details.append(details)

    def info(self, title, text):
        self.asked.append(("info", (title, text)))

    def about(self, title, text):
        self.asked.append(("about", (title, text)))


@pytest.fixture(autouse=True)
def _private_profile(tmp_path, monkeypatch):
    """Nothing a test does may reach the real settings or recovery folder."""
    monkeypatch.setenv("ORGDRAFT_CONFIG_DIR", str(tmp_path / "config"))
    from desktop.ui.tr import set_lang

    set_lang("en")
    yield
    set_lang("en")


@pytest.fixture
def prompts() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def settings(tmp_path):
    from desktop.ui.settings import AppSettings

    return AppSettings(tmp_path / "config" / "orgdraft.ini")


@pytest.fixture
def recovery_dir(tmp_path) -> Path:
    return tmp_path / "recovery"


@pytest.fixture
def make_window(qtbot, settings, recovery_dir, prompts):
    from desktop.ui.mainwindow import MainWindow

    def make(folder: Path | None = None, answers: FakePrompter | None = None):
        window = MainWindow(settings, folder or recovery_dir, answers or prompts)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        return window

    return make


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def sample_copy(tmp_path) -> Path:
    target = tmp_path / "work" / "gyeonggi.orgdraft"
    target.parent.mkdir()
    shutil.copyfile(sample_path(), target)
    return target


def open_project(qtbot, window, path: Path | str | None = None) -> None:
    """Open a file (or the sample when ``path`` is None) and wait until it is shown."""
    with qtbot.waitSignal(window.session.project_opened, timeout=10000):
        if path is None:
            window.session.open_sample(ask=False)
        else:
            window.session.open(path, ask=False)


def screenshot(widget, name: str) -> Path | None:
    """Save ``widget.grab()`` as ``NAME.png`` when ``ORGDRAFT_SCREENSHOTS=DIR`` is set."""
    folder = os.environ.get("ORGDRAFT_SCREENSHOTS", "")
    if not folder:
        return None
    target = Path(folder) / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    QApplication.sendPostedEvents()  # pending layouts first, as the screen would show them
    QApplication.processEvents()
    assert widget.grab().save(str(target))
    return target


GOVERNMENTS = Path(__file__).resolve().parents[1] / "data" / "governments"


def read_government(dialog, name_ko: str, population: int, texts: str) -> None:
    """File › New up to its review: the government's name and population, then its three
    instruments from tests/data/governments (``texts``: ``suwon`` for suwon-ordinance.txt …)."""
    dialog.name_ko.setText(name_ko)
    dialog.population.setValue(population)
    dialog.next.click()
    for key in ("ordinance", "rule", "staffing"):
        text = (GOVERNMENTS / f"{texts}-{key}.txt").read_text(encoding="utf-8")
        dialog.texts[key].setPlainText(text)
    dialog.next.click()


def review_rows(tree) -> dict[str, list[str]]:
    """Unit name → the texts of its row in File › New's review tree."""
    rows: dict[str, list[str]] = {}
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop()
        rows[item.text(0)] = [item.text(c) for c in range(tree.columnCount())]
        stack.extend(item.child(i) for i in range(item.childCount()))
    return rows


def wrapped_lines(view, item, column: int) -> tuple[int, int]:
    """How many lines the text of ``item`` in ``column`` takes wrapped at its cell's width
    (between the style's text margins), and how many its row has room for."""
    rect = view.visualRect(view.indexFromItem(item, column))
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    metrics = QFontMetrics(view.font())
    flags = int(Qt.TextFlag.TextWordWrap)
    text = item.text(column)
    needed = metrics.boundingRect(QRect(0, 0, rect.width() - 2 * margin, 100_000), flags, text)
    assert needed.width() <= rect.width() - 2 * margin, text  # no word wider than the cell
    return round(needed.height() / metrics.lineSpacing()), rect.height() // metrics.height()


def tree_items(view) -> list:
    """Every item of a tree widget, children after their parents."""
    items, stack = [], [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
    while stack:
        item = stack.pop()
        items.append(item)
        stack.extend(item.child(i) for i in range(item.childCount()))
    return items


def shown_whole(view, columns: tuple[int, ...]) -> int:
    """Check that every text of ``columns`` of a tree widget is shown whole, with the lines
    it needs; return the most any needs (more than one: the view is narrow enough for the
    check to mean something)."""
    QApplication.sendPostedEvents()  # the delayed layout of the rows
    QApplication.processEvents()
    most = 1
    for item in tree_items(view):
        for column in columns:
            needed, room = wrapped_lines(view, item, column)
            assert needed <= room, (item.text(column), needed, room)
            most = max(most, needed)
    return most
