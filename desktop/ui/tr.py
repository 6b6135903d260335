"""The window's side of translation: ``_()``, ``N_()``, ``ngettext`` over :mod:`desktop.i18n`,
Qt's own strings (``qtbase_ko``) and the locale Qt formats numbers and dates with.

``_()`` translates into the interface language; what it returns formats like ``str.format``,
and a Korean translation may attach particles (``{name:을}``). Module-level constants are
marked with ``N_()`` and translated at display time. :func:`set_lang` switches the language
for everything shown from then on; :func:`retranslate_widgets` re-sets the static texts of an
open window (see :meth:`desktop.ui.mainwindow.MainWindow.retranslate`). The *data* language
(unit names shown first, :func:`pick`) follows the interface language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from desktop import i18n
from desktop.core import lazyre
from desktop.i18n import N_, pick  # pick(ko, en): *data* (unit names …) in this language

__all__ = ["N_", "_", "lang", "ngettext", "pick", "retranslate_widgets", "set_lang"]

_qt: dict[str, QTranslator | None] = {"translator": None}
# A message inside simple markup, as in ``QLabel("<b>" + _("Glossary") + "</b>")``.
_WRAPPED = lazyre.compile(r"((?:<[^<>]+>)*)([^<>]+)((?:</[^<>]+>)*)")


def _(text: str) -> i18n.Text:
    """``text`` (an English msgid) in the interface language."""
    return i18n.gettext(text)


def ngettext(singular: str, plural: str, n: int) -> i18n.Text:
    """The form of ``singular``/``plural`` for ``n``, in the interface language."""
    return i18n.ngettext(singular, plural, n)


def lang() -> str:
    """``ko`` or ``en``: the interface language."""
    return i18n.language()


def set_lang(code: str) -> None:
    """Switch the interface language: our catalogs, Qt's own strings and Qt's locale.

    Qt's translator needs the application; call again once it exists. Open windows keep
    their texts until they are retranslated.
    """
    i18n.set_language(code)
    QLocale.setDefault(_locale(lang()))
    app = QCoreApplication.instance()
    if app is None:
        return
    old = _qt["translator"]
    if old is not None:
        app.removeTranslator(old)
        _qt["translator"] = None
    if lang() != "en":
        translator = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if translator.load(_locale(lang()), "qtbase", "_", folder):
            app.installTranslator(translator)
            _qt["translator"] = translator


def _locale(code: str) -> QLocale:
    if code == "ko":
        return QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


# -- retranslating an open window ----------------------------------------------------------


def retranslate_widgets(root: QObject, old: str, new: str) -> None:
    """Re-set every static text under ``root`` (``root`` included) that shows a message in
    ``old`` to the same message in ``new``: widget titles and tooltips, labels, buttons,
    group boxes, placeholders, spin boxes' special value texts, actions and menus, tab, combo
    box, list and header items.

    A message wrapped in simple markup (``<b>…</b>``) is recognised too; texts with filled-in
    placeholders or built from several messages are not: whoever shows them sets them again
    (``retranslate()`` of a page or model). Then every object under ``root`` and every item
    view's model that has a ``retranslate()`` method is asked to re-set its computed texts.
    """
    if old != new:
        table = i18n.retranslation(old, new)
        for obj in [root, *root.findChildren(QObject)]:
            _retranslate_object(obj, table)
    models = {
        id(view.model()): view.model()
        for view in root.findChildren(QtWidgets.QAbstractItemView)
        if view.model() is not None
    }
    for obj in [*root.findChildren(QObject), *models.values()]:
        hook = getattr(obj, "retranslate", None)
        if callable(hook):
            hook()


def _swap(table: dict[str, str], get: Callable[[], str], put: Callable[[str], None]) -> None:
    text = get()
    if text in table:
        put(table[text])
        return
    match = _WRAPPED.fullmatch(text)
    if match and match.group(1) and match.group(2) in table:
        put(match.group(1) + table[match.group(2)] + match.group(3))


# Widgets the window may not have are looked up as ``QtWidgets.X`` here, not imported: PySide
# makes a class (and its enums) on first use, and the window starts without them.
def _retranslate_object(obj: QObject, table: dict[str, str]) -> None:
    if isinstance(obj, QAction):
        for get, put in (
            (obj.text, obj.setText),
            (obj.statusTip, obj.setStatusTip),
            (obj.toolTip, obj.setToolTip),
        ):
            _swap(table, get, put)
        return
    if not isinstance(obj, QWidget):
        return
    for get, put in (
        (obj.windowTitle, obj.setWindowTitle),
        (obj.toolTip, obj.setToolTip),
        (obj.statusTip, obj.setStatusTip),
        (obj.whatsThis, obj.setWhatsThis),
    ):
        _swap(table, get, put)
    if isinstance(obj, QLabel | QtWidgets.QAbstractButton):
        _swap(table, obj.text, obj.setText)
    if isinstance(obj, QMenu):
        _swap(table, obj.title, obj.setTitle)
    if isinstance(obj, QGroupBox):
        _swap(table, obj.title, obj.setTitle)
    if isinstance(obj, QLineEdit | QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit):
        _swap(table, obj.placeholderText, obj.setPlaceholderText)
    if isinstance(obj, QtWidgets.QAbstractSpinBox):  # the text shown at its minimum
        _swap(table, obj.specialValueText, obj.setSpecialValueText)
    if isinstance(obj, QComboBox):
        for i in range(obj.count()):
            _swap(table, lambda i=i: obj.itemText(i), lambda t, i=i: obj.setItemText(i, t))
    if isinstance(obj, QtWidgets.QTabWidget):
        for i in range(obj.count()):
            _swap(table, lambda i=i: obj.tabText(i), lambda t, i=i: obj.setTabText(i, t))
            _swap(table, lambda i=i: obj.tabToolTip(i), lambda t, i=i: obj.setTabToolTip(i, t))
    if isinstance(obj, QtWidgets.QToolBox):
        for i in range(obj.count()):
            _swap(table, lambda i=i: obj.itemText(i), lambda t, i=i: obj.setItemText(i, t))
    if isinstance(obj, QtWidgets.QListWidget):
        for i in range(obj.count()):
            item = obj.item(i)
            _swap(table, item.text, item.setText)
            _swap(table, item.toolTip, item.setToolTip)
    if isinstance(obj, QtWidgets.QTreeWidget):
        header = obj.headerItem()
        for column in range(obj.columnCount()):
            _swap(
                table,
                lambda c=column: header.text(c),
                lambda t, c=column: header.setText(c, t),
            )
    if isinstance(obj, QtWidgets.QTableWidget):
        for column in range(obj.columnCount()):
            item = obj.horizontalHeaderItem(column)
            if item is not None:
                _swap(table, item.text, item.setText)
        for row in range(obj.rowCount()):
            item = obj.verticalHeaderItem(row)
            if item is not None:
                _swap(table, item.text, item.setText)
