"""Measure the members tab on a big ledger: time to fill, time per search keystroke, memory.

Build the ledger once: ``uv run station-desk demo --db /tmp/big.sqlite3 --members 100000``,
then ``uv run python scripts/measure_members_tab.py /tmp/big.sqlite3``. Offscreen; the
keystroke time is the debounced search (filter, count, repaint), typing delay excluded.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    path = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/big.sqlite3")
    scratch = tempfile.mkdtemp(prefix="station-desk-measure-")
    os.environ["STATION_DESK_DATA"] = scratch
    from PySide6.QtCore import QSettings

    from station_desk.app import create_app
    from station_desk.db.ledger import open_ledger
    from station_desk.ui.context import DeskContext, desk_settings
    from station_desk.ui.main_window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
    app = create_app()
    start = time.perf_counter()
    ctx = DeskContext(open_ledger(path), settings=desk_settings())
    window = MainWindow(ctx)
    window.show()
    tab = window.members_tab
    while tab.model.total_count() == 0:
        app.processEvents()
    tab.table.viewport().repaint()
    filled = time.perf_counter() - start
    while ctx.worker.pending:
        app.processEvents()
    print(f"members: {tab.model.total_count()}")
    print(f"filled after open: {filled * 1000:.0f} ms")
    timings = []
    for query in (
        "z",
        "zh",
        "zha",
        "zhan",
        "zhang",
        "l",
        "li",
        "liu",
        "1",
        "13",
        "138",
        "刘",
        "刘东",
    ):
        tab.search.blockSignals(True)
        tab.search.setText(query)
        tab.search.blockSignals(False)
        t = time.perf_counter()
        tab._search_changed(query)
        tab.table.viewport().repaint()
        app.processEvents()
        timings.append((time.perf_counter() - t) * 1000)
    print(f"keystroke: median {statistics.median(timings):.1f} ms, max {max(timings):.1f} ms")
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {rss_mb:.0f} MB")
    window.close()
    ctx.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
