"""Save a PNG of every tab of the desk and of the member dialog into docs/screenshots/.

Runs offscreen on the demo ledger (built in a temporary folder unless ``--db`` is given),
with the bundled fonts only, as a machine without Chinese fonts would see it.
Run: ``uv run python scripts/screenshots.py [--db demo.sqlite3] [--out docs/screenshots]
[--lang en]``.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SIZE = (1400, 860)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="ledger to show (default: a fresh demo ledger)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="en: files are named en-*.png"
    )
    args = parser.parse_args()
    prefix = "en-" if args.lang == "en" else ""
    scratch = Path(tempfile.mkdtemp(prefix="station-desk-shots-"))
    os.environ["STATION_DESK_DATA"] = str(scratch)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QWidget

    from station_desk.app import create_app
    from station_desk.db.demo import build_demo
    from station_desk.db.queries.core import member_full
    from station_desk.db.schema.ledger import open_ledger
    from station_desk.ui.context import DeskContext
    from station_desk.ui.i18n import install_language
    from station_desk.ui.main_window import MainWindow
    from station_desk.ui.member_dialog import MemberDialog
    from station_desk.ui.settings_store import desk_settings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch))
    app = create_app()
    install_language(args.lang)
    path = args.db
    if path is None:
        path = scratch / "demo.sqlite3"
        build_demo(path)
    ctx = DeskContext(open_ledger(path), settings=desk_settings())
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        while ctx.worker.pending:
            app.processEvents()
        for _ in range(5):
            app.processEvents()

    def grab(widget: QWidget, name: str) -> None:
        settle()
        target = args.out / f"{prefix}{name}.png"
        widget.grab().save(str(target))
        print(target)

    args.out.mkdir(parents=True, exist_ok=True)
    settle()
    members = window.members_tab
    members.select_member(members.model.record_at(3).id)
    liu = members.model.row_of(lambda r: r.name == "刘东军")
    if liu >= 0:
        members.select_member(members.model.record_at(liu).id)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.widget(index)
        assert tab is not None
        prepare = getattr(tab, "prepare_screenshot", None)
        if callable(prepare):
            prepare()
        grab(window, f"tab-{index + 1}-{tab.objectName()}")
    current = members.current_member()
    full = None
    if current is not None:
        with ctx.ledger.reading() as session:
            full = member_full(session, current.id)
    dialog = MemberDialog(window, ctx, full)
    dialog.show()
    grab(dialog, "member-dialog")
    blank = MemberDialog(window, ctx)
    blank.show()
    blank.line_edit("name").setText("王秀英")
    blank.line_edit("id_number").setText("37012419500305123")
    grab(blank, "member-dialog-errors")
    dialog.close()
    blank.close()
    window.close()
    ctx.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
