"""The bare PySide6 window app that ``bench_bundle.py`` freezes next to OrgDraft: one
QMainWindow, QtWidgets only. With ``ORGDRAFT_EXIT_AFTER_SHOW=1`` it prints ``shown`` once
the window is shown and quits, as OrgDraft does."""

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Bare")
    window.resize(1280, 720)
    window.show()
    if os.environ.get("ORGDRAFT_EXIT_AFTER_SHOW"):
        QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
