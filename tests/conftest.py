"""Test configuration: headless Qt and no access to the real user profile."""

import os
import tempfile

import pytest

# Qt must never look for a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The user's cache folder stays untouched; command-line children inherit this one.
os.environ.setdefault("ORGDRAFT_CACHE_DIR", tempfile.mkdtemp(prefix="orgdraft-test-cache-"))


@pytest.fixture(autouse=True, scope="session")
def _one_widgets_application(request):
    """Tests share one QApplication (pytest-qt's); created first so that code that only needs
    a QGuiApplication (the org chart) finds it instead of creating a lesser one."""
    request.getfixturevalue("qapp")
