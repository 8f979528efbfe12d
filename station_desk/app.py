"""The GUI composition root: a QApplication, fonts, translations and the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_desk(path: Path, *, lang: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from station_desk.db.ledger import open_ledger

    ledger = open_ledger(path)
    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle(f"驿站台账 — {path.name}")
    window.setCentralWidget(QLabel(str(path)))
    window.show()
    try:
        return int(app.exec())
    finally:
        ledger.close()
