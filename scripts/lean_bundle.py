"""What a frozen OrgDraft bundle leaves out — shared by ``build.spec`` and the bare app that
``bench/bench_bundle.py`` freezes for comparison, so that both are trimmed the same way.

PyInstaller's Qt hooks collect every plugin type a Qt module *may* load and every Qt
translation catalog; a widgets application that never touches the network, QML, multimedia
or SVG needs a small part of that. :func:`limit_qt_plugins` narrows the plugins before the
analysis; :func:`trim` filters what the analysis found and then checks that every Qt library
a kept binary links against is still in the bundle.

``tests/test_packaging.py`` imports every module of the package in a fresh interpreter and
fails when one of them needs an excluded module. The spec files import this module by path
(``scripts/`` is put on ``sys.path``); it imports PyInstaller only inside its functions, so it
can be read and tested without it.
"""

from __future__ import annotations

import os
import re
import sys

# Python modules never imported by the app; excluded so that no hook pulls them in.
EXCLUDED_MODULES = [
    # Qt modules the app does not use (it uses QtCore, QtGui and QtWidgets only).
    *(
        f"PySide6.{name}"
        for name in (
            "Qt3DAnimation Qt3DCore Qt3DExtras Qt3DInput Qt3DLogic Qt3DRender QtAxContainer "
            "QtBluetooth QtCharts QtConcurrent QtDataVisualization QtDBus QtDesigner QtGraphs "
            "QtGraphsWidgets QtHelp QtHttpServer QtLocation QtMultimedia QtMultimediaWidgets "
            "QtNetwork QtNetworkAuth QtNfc QtOpenGL QtOpenGLWidgets QtPdf QtPdfWidgets "
            "QtPositioning QtPrintSupport QtQml QtQuick QtQuick3D QtQuickControls2 QtQuickTest "
            "QtQuickWidgets QtRemoteObjects QtScxml QtSensors QtSerialBus QtSerialPort "
            "QtSpatialAudio QtSql QtStateMachine QtSvg QtSvgWidgets QtTest QtTextToSpeech "
            "QtUiTools QtWebChannel QtWebEngineCore QtWebEngineQuick QtWebEngineWidgets "
            "QtWebSockets QtXml QtExampleIcons"
        ).split()
    ),
    # Other GUI toolkits and Qt bindings that hooks could otherwise pick up.
    "tkinter",
    "PyQt5",
    "PyQt6",
    "PySide2",
    # lxml's extras: python-docx and docxtpl use lxml.etree only (the lxml hook collects all).
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    "lxml.cssselect",
    "lxml.html5parser",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    # Standard library that only unused paths of the libraries reach: jinja2 imports asyncio
    # only to render async templates; babel falls back to pkg_resources only before Python
    # 3.10; lxml.ElementInclude and xml.sax fetch URLs (urllib.request → http, ftp, ssl);
    # concurrent.futures imports multiprocessing only for ProcessPoolExecutor; shutil
    # imports tarfile only to pack archives.
    "asyncio",
    "pkg_resources",
    "setuptools",
    "lxml.ElementInclude",
    "urllib.request",
    "http.client",
    "http.cookiejar",
    "http.server",
    "ftplib",
    "ssl",
    "xmlrpc",
    "multiprocessing",
    "tarfile",
    "_pydecimal",  # decimal's pure-Python fallback; the C _decimal is always there
    # Developer tools that only tests and the REPL use.
    "pydoc",
    "doctest",
    "pdb",
    "unittest",
    "lib2to3",
    "IPython",
    "pytest",
]

# Qt plugin types kept, and within a type the plugins kept by name without ``lib``/``q``
# prefixes (None: all of that type).
QT_PLUGINS: dict[str, set[str] | None] = {
    # windows: the Windows desktop; xcb: X11 on Linux; offscreen/minimal: no display
    # (the self-test, CI, the benchmark). Wayland, eglfs, vnc, linuxfb are left out.
    "platforms": {"windows", "xcb", "offscreen", "minimal"},
    # The native Windows 11/10 look (qmodernwindowsstyle); none on Linux wheels.
    "styles": None,
    # Korean input under X11 (ibus) and dead keys (compose); Windows uses its own IME.
    "platforminputcontexts": {
        "ibusplatforminputcontextplugin",
        "composeplatforminputcontextplugin",
    },
}

# Qt shared libraries kept; every other Qt6* library is a dependency of a dropped plugin.
QT_LIBRARIES = {"Core", "Gui", "Widgets", "DBus", "XcbQpa"}

# Qt's own translations (dialog buttons and the like): Korean and English only.
QT_TRANSLATIONS = {"qtbase_ko.qm", "qtbase_en.qm", "qt_ko.qm", "qt_en.qm"}

# Files that Windows wheels ship for OpenGL and Direct3D rendering, which QtWidgets' raster
# painting does not need (opengl32sw.dll alone is 20 MB).
WINDOWS_EXTRAS = {"opengl32sw.dll", "d3dcompiler_47.dll"}

_QT_LIB = re.compile(r"^(?:lib)?Qt6(\w+?)(?:\.so(?:\.\d+)*|\.dll|\.dylib)$", re.IGNORECASE)
_PLUGIN = re.compile(r"(?:^|/)plugins/([^/]+)/(?:lib)?q?([^/.]+)[^/]*$")


def _norm(dest: str) -> str:
    return dest.replace("\\", "/")


def keep_binary(dest: str) -> bool:
    """Whether a binary with bundle path ``dest`` stays in the bundle."""
    path = _norm(dest)
    name = path.rsplit("/", 1)[-1]
    if name.lower() in WINDOWS_EXTRAS:
        return False
    plugin = _PLUGIN.search(path) if "PySide6/" in path else None
    if plugin is not None:
        kind, name = plugin.groups()
        wanted = QT_PLUGINS.get(kind, set())
        return wanted is None or name in wanted
    qt_lib = _QT_LIB.match(name)
    if qt_lib is not None:
        return qt_lib.group(1) in QT_LIBRARIES
    return True


def keep_data(dest: str) -> bool:
    """Whether a data file with bundle path ``dest`` stays in the bundle."""
    path = _norm(dest)
    if "/translations/" in path and "PySide6/" in path:
        return path.rsplit("/", 1)[-1] in QT_TRANSLATIONS
    parts = path.split("/")
    return not any(p in ("__pycache__", "tests", "test") for p in parts[:-1])


def keep_babel_locale(dest: str, locales: set[str]) -> bool:
    """Babel's locale data: only ``locales`` (and ``root``, which every locale inherits)."""
    path = _norm(dest)
    if not path.startswith("babel/locale-data/"):
        return True
    stem = path.rsplit("/", 1)[-1].removesuffix(".dat")
    return stem in locales | {"root"}


def limit_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only the plugins kept by :data:`QT_PLUGINS`.

    Call it before ``Analysis``. Filtering afterwards is not enough: by then the libraries
    that only the dropped plugins need (GTK, cairo and pango for the GTK theme, Wayland, EGL,
    QtSvg, QtNetwork …) have been analysed and collected too.
    """
    from PyInstaller.utils.hooks import qt

    collect_all = qt.QtLibraryInfo.collect_plugins

    def collect_kept(self, plugin_type):
        found = collect_all(self, plugin_type)
        return [(src, dst) for src, dst in found if keep_binary(f"{dst}/{os.path.basename(src)}")]

    qt.QtLibraryInfo.collect_plugins = collect_kept


def trim(analysis) -> None:
    """Filter ``analysis.binaries`` and ``analysis.datas`` in place."""
    analysis.binaries = [entry for entry in analysis.binaries if keep_binary(entry[0])]
    analysis.datas = [entry for entry in analysis.datas if keep_data(entry[0])]
    check_qt_closure(analysis.binaries)


def check_qt_closure(binaries) -> None:
    """Fail the build when a kept binary links against a Qt library that was dropped."""
    from PyInstaller.depend import bindepend

    kept = {_norm(dest).rsplit("/", 1)[-1].lower() for dest, _src, _kind in binaries}
    missing = []
    for dest, src, _kind in binaries:
        if "Qt" not in dest and "PySide6" not in dest:
            continue
        for name, _path in bindepend.get_imports(src):
            base = name.replace("\\", "/").rsplit("/", 1)[-1]
            if _QT_LIB.match(base) and base.lower() not in kept:
                missing.append(f"{dest} needs {base}")
    if missing:
        sys.exit("lean_bundle: dropped Qt libraries still needed:\n  " + "\n  ".join(missing))
