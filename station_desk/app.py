"""The GUI composition root: a QApplication, fonts, translations, the ledger and the window.

``DeskApp`` owns the open ledger's ``DeskContext`` and its ``MainWindow``; opening another
ledger or switching language builds a fresh window, so no widget keeps stale state.

Start-up shows the window frame before anything else: SQLAlchemy and the desk's database
layer take about as long to import as Qt itself, and the ledger's opening sequence (lock,
door check, daily backup, migrations) may ask the clerk questions in dialogs that need a
window behind them. So this module imports no database code at the top; ``run_desk``
paints the frame (menus, 正在打开台账…), then opens the ledger and fills the tabs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from station_desk import __version__
from station_desk.paths import default_ledger_path, demo_ledger_path
from station_desk.ui.fonts import apply_app_font
from station_desk.ui.i18n import install_language, remembered_language
from station_desk.ui.main_window import MainWindow, remember_ledger
from station_desk.ui.settings_store import desk_settings
from station_desk.ui.window_fit import install_window_fitter

if TYPE_CHECKING:
    from station_desk.db.safekeeping.lock import LedgerLock
    from station_desk.ui.context import DeskContext

EXIT_LEDGER_ERROR = 2
#: Qt's window libraries are missing (Linux): the desk said which and how to install them.
EXIT_SYSTEM_LIBRARIES = 3
#: The longest the frame waits for its first paint (a window that is never exposed).
PAINT_WAIT_MS = 1000


def create_app() -> QApplication:
    """The one QApplication, with the bundled fonts as its font and every window fitted to
    its screen (``ui.window_fit``)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("驿站台账")
    app.setOrganizationName("StationDesk")
    app.setApplicationVersion(__version__)
    apply_app_font(app)
    install_window_fitter(app, desk_settings())
    return app


def wait_for_first_paint(window: MainWindow, timeout_ms: int = PAINT_WAIT_MS) -> None:
    """Run the event loop until ``window`` has painted, without handling the clerk's input.

    Whatever the paint scheduled runs too (the quit is queued behind it). Clicks and keys
    wait for the main loop, when the window has its ledger and every action works.
    """
    if window.painted:
        return
    loop = QEventLoop()
    window.first_painted.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    window.first_painted.disconnect(loop.quit)


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``errors.excepthook``, imported only when needed (it imports the database layer)."""
    from station_desk.ui import errors

    errors.excepthook(kind, exc, tb)


class DeskApp(QObject):
    """The open ledger and its window; swaps both on 打开台账 and on a language switch."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.ctx: DeskContext | None = None
        self.window: MainWindow | None = None
        self.lock: LedgerLock | None = None

    def show_frame(self, path: Path | None = None) -> MainWindow:
        """Show the window without a ledger (menus, 正在打开台账…) and wait for its paint."""
        window = MainWindow(settings=desk_settings())
        if path is not None:
            window.show_opening(path)
        self._connect(window)
        window.show()
        self.window = window
        wait_for_first_paint(window)
        return window

    def open(self, path: Path, *, create: bool = True) -> None:
        """Open ``path`` (raises ``LedgerError``) and show it, in the frame on the first open."""
        if self.ctx is not None and Path(path).resolve() == self.ctx.ledger.path.resolve():
            return
        if self.window is None:
            self.show_frame(path)
        from station_desk.ui.context import DeskContext
        from station_desk.ui.opening import open_for_desk

        ledger, lock = open_for_desk(path, create=create, parent=self.window)
        old_ctx, old_lock = self.ctx, self.lock
        self.lock = lock
        self.ctx = DeskContext(ledger, settings=desk_settings())
        remember_ledger(self.ctx)
        if self.window is not None and not self.window.is_attached:
            self.window.attach(self.ctx)
        else:
            old_window = self.window
            if old_window is not None:
                old_window.save_layout()  # the new window opens where this one is
            self._show_window()
            if old_window is not None:
                old_window.close()
                old_window.deleteLater()
        if old_ctx is not None:
            old_ctx.close()
        if old_lock is not None:
            old_lock.release()

    def build_demo(self, path: Path) -> None:
        """Write the demo ledger at ``path`` (if missing) with the window showing progress."""
        if Path(path).exists():
            return
        if self.window is None:
            self.show_frame(path)
        from station_desk.db.schema.ledger import LedgerError
        from station_desk.domain.messages import message_of
        from station_desk.paths import FolderError, ensure_folder
        from station_desk.ui.demo_build import build_demo_shown

        try:
            ensure_folder(Path(path).parent)
        except FolderError as exc:
            raise LedgerError(message_of(exc)) from exc

        build_demo_shown(self.window, Path(path))

    def open_demo(self) -> None:
        """打开演示台账: build it the first time, then open it in a new window."""
        from station_desk.db.schema.ledger import LedgerError
        from station_desk.ui import errors

        path = demo_ledger_path()
        try:
            self.build_demo(path)
            self.open(path, create=False)
        except LedgerError as exc:
            errors.show_error(self.window, exc)
            if self.window is not None and self.ctx is not None:
                self.window.path_label.setText(str(self.ctx.ledger.path))

    def restore_backup(self, backup_file: Path) -> None:
        """Replace the open ledger with ``backup_file`` (the current one is backed up first)."""
        from station_desk.db.safekeeping.backup import before_migration, restore
        from station_desk.db.schema.ledger import LedgerError, open_ledger
        from station_desk.ui import errors
        from station_desk.ui.context import DeskContext

        assert self.ctx is not None and self.window is not None
        path = self.ctx.ledger.path
        old_window, old_ctx = self.window, self.ctx
        old_window.save_layout()
        old_ctx.close()
        try:
            restore(path, backup_file)
        except (LedgerError, OSError) as exc:
            errors.show_error(old_window, exc)
        ledger = open_ledger(path, create=False, before_migration=before_migration)
        self.ctx = DeskContext(ledger, settings=desk_settings())
        self._show_window()
        old_window.close()
        old_window.deleteLater()

    def _connect(self, window: MainWindow) -> None:
        window.open_requested.connect(self._open_requested)
        window.language_requested.connect(self.switch_language)
        window.restore_requested.connect(self.restore_backup)
        window.demo_requested.connect(self.open_demo)

    def _show_window(self) -> None:
        assert self.ctx is not None
        window = MainWindow(self.ctx)
        self._connect(window)
        window.show()
        self.window = window

    def _open_requested(self, path: Path, create: bool) -> None:
        from station_desk.db.schema.ledger import LedgerError
        from station_desk.ui import errors

        try:
            self.open(path, create=create)
        except LedgerError as exc:
            errors.show_error(self.window, exc)

    def switch_language(self, lang: str) -> None:
        """Install ``lang``, remember it, and rebuild the window in it."""
        assert self.ctx is not None
        self.ctx.settings.setValue("language", install_language(lang))
        old = self.window
        if old is not None:
            old.save_layout()
        self._show_window()
        if old is not None:
            old.close()
            old.deleteLater()

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
        if self.ctx is not None:
            self.ctx.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def start_desk(path: Path | None, *, lang: str | None = None, demo: bool = False) -> DeskApp | None:
    """Everything the desk does before its event loop; ``None`` if the ledger would not open.

    Paints the frame first, then imports the database layer and opens ``path`` (``None``:
    the last ledger opened, else the default). With ``demo`` a missing ``path`` is built as
    the demo ledger first, the painted frame showing progress. A ``LedgerError`` is shown
    to the clerk over the frame, which then closes. ``bench/desk_probe.py`` times exactly this.
    """
    app = create_app()
    sys.excepthook = _excepthook
    settings = desk_settings()
    chosen = install_language(lang or remembered_language(settings))
    settings.setValue("language", chosen)
    if path is None:
        last = str(settings.value("last_ledger", "") or "")
        path = Path(last) if last and Path(last).exists() else default_ledger_path()
    desk = DeskApp(app)
    desk.show_frame(path)
    from station_desk.db.schema.ledger import LedgerError
    from station_desk.ui import errors

    try:
        if demo:
            desk.build_demo(path)
        desk.open(path)
    except LedgerError as exc:
        errors.show_error(desk.window, exc)
        desk.close()
        return None
    return desk


def run_desk(path: Path | None, *, lang: str | None = None, demo: bool = False) -> int:
    """Run the desk on ``path`` (``None``: the last ledger opened, else the default).

    On Linux the libraries Qt's window needs are looked for first: Qt would abort with its
    own message, so the desk names what is missing and the command that installs it.
    """
    from station_desk.system_libraries import missing_libraries, missing_message

    missing = missing_libraries()
    if missing:
        print(missing_message(missing), file=sys.stderr)
        return EXIT_SYSTEM_LIBRARIES
    desk = start_desk(path, lang=lang, demo=demo)
    if desk is None:
        return EXIT_LEDGER_ERROR
    try:
        return int(desk.app.exec())
    finally:
        desk.close()
