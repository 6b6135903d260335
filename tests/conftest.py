"""Test configuration: headless Qt and no access to the real user profile."""

import os

# Qt must never look for a display in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
