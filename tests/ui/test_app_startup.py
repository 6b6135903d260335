"""Start-up wiring: high-DPI settings before the QApplication, and the benchmarks' switch
that quits once the window shows its project (run as a real process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.ui.app import EXIT_AFTER_SHOW, configure_qt

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "ORGDRAFT_CONFIG_DIR": str(tmp_path)}
        | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_fractional_scale_factors_pass_through(tmp_path):
    code = (
        "from desktop.ui.app import configure_qt; configure_qt()\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication([])\n"
        "print(QGuiApplication.highDpiScaleFactorRoundingPolicy().name)\n"
    )
    result = _python(code, tmp_path)
    assert result.stdout.strip() == "PassThrough", result.stderr
    assert "must be called before" not in result.stderr


def test_configure_qt_leaves_a_running_application_alone(qapp):
    configure_qt()  # would make Qt warn (and the test fail) if it set the policy now
    assert QGuiApplication.highDpiScaleFactorRoundingPolicy() == (
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )


def test_exit_after_show_quits_once_the_sample_is_shown(tmp_path):
    code = "from desktop.cli import main; raise SystemExit(main(['--lang', 'ko']))"
    result = _python(code, tmp_path, **{EXIT_AFTER_SHOW: "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["shown"]


def test_the_interface_language_is_the_flag_then_the_setting_then_the_system(settings, monkeypatch):
    from desktop.ui.app import interface_language

    monkeypatch.setenv("ORGDRAFT_LANG", "en")
    assert interface_language(None, settings) == "en"  # nothing chosen: the system's
    settings.set("interface/language", "ko")
    assert interface_language(None, settings) == "ko"  # chosen in Settings, kept next start
    assert interface_language("en", settings) == "en"  # --lang wins


def test_the_font_check_runs_after_the_first_frame_and_keeps_the_first_starts_hint(
    qtbot, window, monkeypatch
):
    """No usual Korean font: the warning shows once the window has painted (the opening of
    the sample no longer clears it), before the hint on the sample, which stays."""
    from desktop.chart import fonts
    from desktop.ui.app import check_fonts

    asked: list[bool] = []

    def no_korean_font() -> fonts.FontChoice:
        asked.append(window._painted)
        return fonts.FontChoice("", "No installed font has Hangul.")

    monkeypatch.setattr(fonts, "hangul_family", no_korean_font)
    window.first_frame.connect(lambda: check_fonts(window))
    window.show()
    window.start(None)  # the first start: the sample, and the hint on it
    hint = window.statusBar().currentMessage()
    assert hint.startswith("This is the built-in sample") and asked == []
    qtbot.waitUntil(lambda: asked == [True])
    assert window.statusBar().currentMessage() == f"No installed font has Hangul.  {hint}"


def test_the_font_check_says_nothing_when_a_korean_font_is_installed(window, monkeypatch):
    from desktop.chart import fonts
    from desktop.ui.app import check_fonts

    monkeypatch.setattr(fonts, "hangul_family", lambda: fonts.FontChoice("NanumGothic"))
    window.statusBar().showMessage("kept")
    check_fonts(window)
    assert window.statusBar().currentMessage() == "kept"


def test_after_the_first_frame_the_windows_have_orgdraft_s_icon(qapp, window, monkeypatch):
    from desktop.chart import fonts
    from desktop.ui import app

    checked = []
    monkeypatch.setattr(fonts, "hangul_family", lambda: checked.append(1) or fonts.FontChoice("X"))
    monkeypatch.setattr(qapp, "setWindowIcon", lambda icon: checked.append(icon))
    app.after_first_frame(qapp, window)
    icon = checked[0]
    assert not icon.isNull() and icon.availableSizes()  # the PNG was found and read
    assert checked[1:] == [1]  # then the fonts were checked


_GC_PROBE = """
import gc, sys
from desktop.ui import crash
seen = []
install = crash.CrashGuard.install
def watched(guard):
    window = guard.window
    window.session.project_opened.connect(lambda *_: seen.append(("shown", gc.isenabled())))
    def painted():
        seen.append(("first frame", gc.isenabled()))
        window.close()
    window.first_frame.connect(painted)
    return install(guard)
crash.CrashGuard.install = watched
from desktop.cli import main
code = main([])
print(seen, gc.isenabled())
raise SystemExit(code)
"""


def test_the_cycle_collector_rests_until_the_first_frame(tmp_path):
    """The start makes the window without the cycle collector's passes (what it makes lives
    on); the collector is on again once the first frame is painted, and after the window."""
    result = _python(_GC_PROBE, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[('shown', False), ('first frame', True)] True"


def test_a_start_that_fails_turns_the_cycle_collector_back_on(monkeypatch):
    import gc

    from desktop.ui import app

    class Broken(Exception):
        pass

    def fail(*_args):
        assert not gc.isenabled()  # the start runs without it
        raise Broken

    monkeypatch.setattr(app, "configure_qt", fail)
    try:
        app.run(None)
    except Broken:
        pass
    assert gc.isenabled()
