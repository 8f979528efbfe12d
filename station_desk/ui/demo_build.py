"""Building the demo ledger while the window shows it happening (issue 13, item 5).

``--demo`` on a new PC, or 打开演示台账 on the 开始 page, first writes the demo ledger,
which takes seconds (about 10 s on a busy machine). Built before the window, that was ten
seconds of nothing; built on the UI thread, a grey window. So it runs on a plain thread
while the window, already painted, shows each step and a busy bar in its status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressBar

from station_desk.ui.painting import while_painting


class _Relay(QObject):
    """Carries the builder thread's steps to the UI thread (queued signals)."""

    step = Signal(str)


def build_demo_shown(window: Any, path: Path) -> None:
    """Write the demo ledger at ``path`` while ``window`` paints; raise what the build raised.

    Input waits meanwhile (the loop excludes it), so no click reaches a half-made desk.
    """
    from station_desk.db.demo import build_demo

    relay = _Relay()
    bar = QProgressBar(window)
    bar.setObjectName("demoProgress")
    bar.setRange(0, 0)
    bar.setMaximumWidth(200)
    window.statusBar().addPermanentWidget(bar)
    translate = QCoreApplication.translate
    window.show_progress(translate("DemoBuild", "正在生成演示台账（第一次需要十几秒）…"))
    relay.step.connect(
        lambda text: window.show_progress(
            translate("DemoBuild", "正在生成演示台账：{step}").format(step=text)
        )
    )
    try:
        while_painting(lambda: build_demo(path, progress=relay.step.emit))
    finally:
        window.statusBar().removeWidget(bar)
        bar.deleteLater()
