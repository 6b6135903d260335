"""What the frozen bundle keeps (scripts/lean_bundle.py), on Linux and Windows bundle paths,
and that build.spec lays the data out where desktop/paths.py looks for it."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import paths

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


lean = _load("lean_bundle", ROOT / "scripts" / "lean_bundle.py")


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimal.so", True),
        ("PySide6/Qt/plugins/platforms/libqminimalegl.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland-egl.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6/Qt/lib/libQt6Qml.so.6", False),
        ("libQt6Svg.so.6", False),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\Qt6Widgets.dll", True),
        ("PySide6\\Qt6Pdf.dll", False),
        ("PySide6\\opengl32sw.dll", False),
        ("lxml/etree.cpython-311-x86_64-linux-gnu.so", True),
        ("libpython3.11.so.1.0", True),
    ],
)
def test_binaries(dest, kept):
    assert lean.keep_binary(dest) is kept


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_ko.qm", True),
        ("PySide6\\translations\\qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_ko.qm", False),
        ("desktop/_data/templates/ko/bill.docx", True),
        ("somepackage/tests/data.txt", False),
        ("docx/templates/default.docx", True),
    ],
)
def test_data(dest, kept):
    assert lean.keep_data(dest) is kept


def test_babel_locales():
    locales = {"ko", "ko_KR", "en"}
    assert lean.keep_babel_locale("babel/locale-data/ko_KR.dat", locales)
    assert lean.keep_babel_locale("babel/locale-data/root.dat", locales)
    assert not lean.keep_babel_locale("babel/locale-data/de.dat", locales)
    assert lean.keep_babel_locale("babel/global.dat", locales)


def test_the_app_imports_no_excluded_module():
    """Every module of the package, imported in a fresh interpreter, needs none of what the
    bundle leaves out (pytest itself loads QtTest, hence the subprocess)."""
    code = (
        "import importlib, pkgutil, sys, desktop\n"
        "for m in pkgutil.walk_packages(desktop.__path__, 'desktop.'):\n"
        "    if m.name != 'desktop.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert "desktop.ui.app" in out
    assert not set(out) & set(lean.EXCLUDED_MODULES), set(out) & set(lean.EXCLUDED_MODULES)


def test_the_frozen_data_root_is_where_build_spec_puts_it(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.data_root() == tmp_path / "desktop" / "_data"
    assert paths.templates_dir() == tmp_path / "desktop" / "_data" / "templates"
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for folder in ("templates", "resources", "i18n"):
        assert f'"desktop/_data/{folder}"' in spec


def test_the_executables_do_not_differ_by_case_only():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'name="OrgDraft"' in spec and 'name="orgdraft-cli"' in spec
