"""The GUI side of the benchmarks, run in a fresh process with ``QT_QPA_PLATFORM=offscreen``.

    python bench/desk_probe.py bare                      # one QLabel window
    python bench/desk_probe.py desk LEDGER [--rows]      # the desk as app.py builds it
    python bench/desk_probe.py search LEDGER --runs N    # members search vs a proxy model
    python bench/desk_probe.py memory LEDGER             # open, load, search; peak RSS

Prints one line per event ("paint", "rows") as it happens, so the parent can time them from
process start on its own clock, and ends with one JSON line ("result ...").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWidget

#: Ten typical searches: initials, full pinyin, characters, phone and ID fragments, units.
QUERIES = (
    "ldj",
    "liudongjun",
    "zhang",
    "wjg",
    "刘东军",
    "13941",
    "7631",
    "175x",
    "卫生健康局",
    "教育和体育",
)


def say(event: str) -> None:
    print(event, flush=True)


def peak_rss_mb() -> float:
    """VmHWM from /proc (Linux): the peak resident set of this process."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


PROFILE: dict[str, Any] = {}


def finish(result: dict[str, Any]) -> None:
    """Report and leave at once: tearing down a 100k-row window is not what is measured."""
    result["peak_rss_mb"] = peak_rss_mb()
    if PROFILE:
        PROFILE["profiler"].disable()
        PROFILE["profiler"].dump_stats(PROFILE["path"])
    print("result " + json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)


class FirstPaint(QObject):
    """Calls ``then`` once, after the first paint pass of ``window`` (children included)."""

    def __init__(self, window_name: str, then: Callable[[], None]) -> None:
        super().__init__()
        self._name = window_name
        self._then = then
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().objectName() == self._name
        ):
            self._seen = True
            QTimer.singleShot(0, self._then)
        return False


def isolate_settings() -> None:
    """Keep the clerk's real settings (last ledger, window layout) out of the measurement."""
    folder = tempfile.mkdtemp(prefix="station-desk-bench-settings-")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    os.environ["STATION_DESK_DATA"] = folder


def run_bare() -> None:
    app = QApplication(sys.argv)
    label = QLabel("驿站台账")
    label.setObjectName("bareWindow")

    def painted() -> None:
        say("paint")
        finish({})

    watcher = FirstPaint("bareWindow", painted)
    app.installEventFilter(watcher)
    label.resize(1280, 800)
    label.show()
    app.exec()


def open_desk(ledger: Path) -> tuple[QApplication, Any]:
    """Exactly what ``station_desk.app.run_desk`` does before ``app.exec()``."""
    from station_desk.app import start_desk

    desk = start_desk(ledger)
    assert desk is not None, "the desk did not open the ledger"
    return desk.app, desk


def report_ledger_opened(then: Callable[[], None]) -> None:
    """Call ``then`` when the desk has opened the ledger (lock, door check, migrations done):
    the moment the issue's "members tab filled within 1 s of opening the ledger" counts from.

    ``DeskApp.open`` imports the database layer after the frame is painted; the hook is put
    in there, so the first paint is timed as before.
    """
    from station_desk.app import DeskApp

    real_open = DeskApp.open

    def open_timed(desk: Any, *args: Any, **kwargs: Any) -> None:
        from station_desk.ui import opening

        real = opening.open_for_desk

        def timed(*args: Any, **kwargs: Any) -> Any:
            opened = real(*args, **kwargs)
            then()
            return opened

        opening.open_for_desk = timed  # type: ignore[assignment]
        try:
            real_open(desk, *args, **kwargs)
        finally:
            opening.open_for_desk = real  # type: ignore[assignment]

    DeskApp.open = open_timed  # type: ignore[method-assign,assignment]


def run_desk(ledger: Path, wait_rows: bool) -> None:
    """Report the first paint, and with ``wait_rows`` also the members on screen ("rows")
    and every column of every member readable ("details")."""
    isolate_settings()
    seen: set[str] = set()
    wanted = {"paint", "rows", "details"} if wait_rows else {"paint"}

    def reached(event: str) -> None:
        seen.add(event)
        cpu[event] = time.process_time()
        say(event)
        if wanted <= seen:
            finish({"rows": rows_shown[0] if rows_shown else 0, "cpu": cpu})

    rows_shown: list[int] = []
    cpu: dict[str, float] = {}
    watcher = FirstPaint("mainWindow", lambda: reached("paint"))
    first = QApplication(sys.argv)
    first.installEventFilter(watcher)
    report_ledger_opened(lambda: reached("ledger"))
    app, desk = open_desk(ledger)
    assert app is first
    tab = desk.window.members_tab

    def shown() -> None:
        if not rows_shown:
            rows_shown.append(tab.model.rowCount())
            if "paint" in seen:
                tab.table.viewport().repaint()
            reached("rows")

    def loaded() -> None:
        if "paint" in seen:
            tab.table.viewport().repaint()
        reached("details")

    tab.rows_shown.connect(shown)
    tab.rows_loaded.connect(loaded)
    app.exec()


def when_loaded(ledger: Path, then: Callable[[QApplication, Any], None]) -> None:
    """Open the desk and call ``then(app, desk)`` once the members are on screen."""
    isolate_settings()
    app, desk = open_desk(ledger)
    tab = desk.window.members_tab
    tab.rows_loaded.connect(lambda: QTimer.singleShot(0, lambda: then(app, desk)))
    app.exec()


class PaintCounter(QObject):
    """Counts paint events of one widget (a view's viewport)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def settle(app: QApplication, viewport: QWidget) -> None:
    """Let Qt do the layout and the paint it scheduled; paint once if it scheduled none."""
    counter = viewport.findChild(PaintCounter) or PaintCounter(viewport)
    before = counter.count
    app.processEvents()
    if counter.count == before:
        viewport.repaint()


def type_query(app: QApplication, tab: Any, text: str) -> None:
    """A keystroke as the clerk makes it, with the debounce skipped (Enter fires at once)."""
    tab.search.setText(text)
    tab.search.returnPressed.emit()
    settle(app, tab.table.viewport())


def run_memory(ledger: Path) -> None:
    def searched(app: QApplication, desk: Any) -> None:
        tab = desk.window.members_tab
        for text in (*QUERIES, ""):
            type_query(app, tab, text)
        finish({"rows": tab.model.total_count()})

    when_loaded(ledger, searched)


def run_search(ledger: Path, runs: int) -> None:
    from search_baseline import compare_search

    def measure(app: QApplication, desk: Any) -> None:
        finish(compare_search(app, desk.window.members_tab, QUERIES, runs, type_query, settle))

    when_loaded(ledger, measure)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=("bare", "desk", "search", "memory"))
    parser.add_argument("ledger", nargs="?", type=Path)
    parser.add_argument("--rows", action="store_true", help="desk: wait for the members too")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", type=Path, help="write cProfile stats here")
    args = parser.parse_args()
    if args.profile is not None:
        import cProfile

        PROFILE.update(profiler=cProfile.Profile(), path=str(args.profile))
        PROFILE["profiler"].enable()
    if args.mode == "bare":
        run_bare()
    elif args.ledger is None:
        parser.error("this mode needs a ledger")
    elif args.mode == "desk":
        run_desk(args.ledger, args.rows)
    elif args.mode == "search":
        run_search(args.ledger, args.runs)
    else:
        run_memory(args.ledger)


if __name__ == "__main__":
    main()
