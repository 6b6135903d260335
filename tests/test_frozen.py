"""The frozen bundle (PyInstaller, ``build.spec``) on this machine: it builds, its self-test
passes, and it writes the same documents as the installed app — so that a missing data file is
caught before anyone builds on Windows. About a minute; run with ``pytest -m frozen``."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.frozen


def _builder():
    spec = importlib.util.spec_from_file_location("orgdraft_build", ROOT / "scripts" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    if not os.environ.get("CI"):  # CI installs the build extra; elsewhere it may be missing
        pytest.importorskip("PyInstaller", reason='needs pip install ".[build]"')
    out = tmp_path_factory.mktemp("frozen")
    return _builder().build(out / "dist", out / "work")


def test_the_bundle_has_both_executables_and_the_data(bundle):
    exe = ".exe" if sys.platform == "win32" else ""
    assert (bundle / f"OrgDraft{exe}").is_file()
    assert (bundle / f"orgdraft-cli{exe}").is_file()
    data = bundle / "_internal" / "desktop" / "_data"
    assert sorted(p.name for p in (data / "templates" / "ko").glob("*.docx")) == sorted(
        p.name for p in (ROOT / "templates" / "ko").glob("*.docx")
    )
    assert (data / "resources" / "samples" / "gyeonggi-2024.orgdraft").is_file()
    for po in (ROOT / "i18n").rglob("*.po"):
        assert (data / "i18n" / po.relative_to(ROOT / "i18n")).is_file(), po


def test_the_bundle_is_lean(bundle):
    internal = bundle / "_internal"
    locales = {p.stem for p in (internal / "babel" / "locale-data").glob("*.dat")}
    assert locales == {"root", "ko", "ko_KR", "en", "en_US"}
    names = {p.name for p in internal.rglob("*")}
    for unwanted in ("libQt6Network.so.6", "libQt6Qml.so.6", "libqwayland-egl.so", "_ssl"):
        assert not any(n.startswith(unwanted) for n in names), unwanted
    translations = {p.name for p in internal.rglob("*.qm")}
    assert translations <= {"qtbase_ko.qm", "qtbase_en.qm", "qt_ko.qm", "qt_en.qm"}
    assert "qtbase_ko.qm" in translations
    assert not any(p.name == "__pycache__" for p in internal.rglob("*"))


def test_the_frozen_self_test_passes(bundle, tmp_path):
    result = _builder().self_test(bundle, tmp_path / "config")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "FAIL" not in result.stdout
    for check in ("qt:", "babel:", "templates:", "window:", "generate:", "reopen:", "한/글:"):
        assert f"ok   {check}" in result.stdout, result.stdout


def test_frozen_generate_writes_what_the_installed_app_writes(bundle, tmp_path):
    builder = _builder()
    frozen = tmp_path / "frozen" / "보도 자료 폴더"
    installed = tmp_path / "installed" / "보도 자료 폴더"
    frozen.mkdir(parents=True)
    installed.mkdir(parents=True)
    config = tmp_path / "config"
    written = builder.generate_sample([str(builder.cli(bundle))], frozen, config)
    builder.generate_sample([sys.executable, "-m", "desktop"], installed, config)
    assert any(p.suffix == ".docx" for p in written)
    assert builder.compare_documents(installed, frozen) == []
