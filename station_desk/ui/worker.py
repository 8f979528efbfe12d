"""One background worker for all database work, with callbacks on the UI thread.

The idea of Anki's ``CollectionOp``/``QueryOp`` with its single collection thread: the window
never waits for SQLite, work runs strictly in submission order, results and errors come
back on the UI thread, and a callback whose widget has closed is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from station_desk.ui import errors
from station_desk.ui.i18n import shown_message

T = TypeVar("T")

PROGRESS_DELAY_MS = 300


class Cancelled(Exception):
    """Raised by work that saw the clerk press 取消; not shown as an error."""


class Progress:
    """Handed to work that accepts it: report steps, poll ``cancelled``."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise ``Cancelled`` if the clerk asked to stop."""
        if self._cancel.is_set():
            raise Cancelled

    def update(self, value: int, maximum: int, text: str = "") -> None:
        self._relay.progress.emit(self, value, maximum, text)


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the worker arrive queued."""

    done = Signal(object)
    # the text as ``object``: a ``Message`` would cross a ``str`` signal as plain text
    progress = Signal(object, int, int, object)


def _alive(obj: object) -> bool:
    return obj is None or not isinstance(obj, QObject) or shiboken6.isValid(obj)


class DbWorker(QObject):
    """Runs ``fn`` on the one database thread; ``idle`` fires when nothing is left to do."""

    finished = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="station-desk-db")
        self._relay = _Relay()
        self._relay.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._relay.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._running: set[Progress] = set()
        self._closed = False
        self._dialogs: dict[Progress, QProgressDialog] = {}

    @property
    def pending(self) -> int:
        """Jobs submitted whose callbacks have not run yet (tests wait for 0)."""
        return self._pending

    def run(
        self,
        fn: Callable[[], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress_label: str | None = None,
        parent: QWidget | None = None,
    ) -> Progress:
        """Queue ``fn()``; with ``progress_label`` a cancellable dialog shows after a moment."""
        return self._submit(lambda _progress: fn(), on_done, on_error, progress_label, parent)

    def run_with_progress(
        self,
        fn: Callable[[Progress], T],
        *,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        progress_label: str | None = None,
        parent: QWidget | None = None,
    ) -> Progress:
        """Queue ``fn(progress)``: long work reports its steps and polls ``cancelled``."""
        return self._submit(fn, on_done, on_error, progress_label, parent)

    def _submit(
        self,
        fn: Callable[[Progress], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        progress_label: str | None,
        parent: QWidget | None,
    ) -> Progress:
        progress = Progress(self._relay)
        if self._closed:
            return progress
        self._pending += 1
        self._running.add(progress)
        if progress_label is not None:
            QTimer.singleShot(
                PROGRESS_DELAY_MS,
                self,
                lambda: self._show_progress(progress, progress_label, parent),
            )

        def job() -> None:
            try:
                outcome: tuple[bool, Any] = (True, fn(progress))
            except BaseException as exc:
                outcome = (False, exc)
            self._relay.done.emit((progress, outcome, on_done, on_error, parent))

        self._executor.submit(job)
        return progress

    def _deliver(self, payload: tuple[Any, ...]) -> None:
        progress, (ok, value), on_done, on_error, parent = payload
        dialog = self._dialogs.pop(progress, None)
        self._running.discard(progress)
        self._pending -= 1
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()
        try:
            receiver = getattr(on_done if ok else on_error, "__self__", None)
            if not (_alive(parent) and _alive(receiver)):
                return
            if ok:
                if on_done is not None:
                    on_done(value)
            elif isinstance(value, Cancelled):
                pass
            elif on_error is not None:
                on_error(value)
            else:
                errors.show_error(parent if _alive(parent) else None, value)
        finally:
            self.finished.emit()
            if self._pending == 0:
                self.idle.emit()

    def _show_progress(self, progress: Progress, label: str, parent: QWidget | None) -> None:
        if not self._is_running(progress) or not _alive(parent):
            return
        dialog = QProgressDialog(
            label, QCoreApplication.translate("DbWorker", "取消"), 0, 0, parent
        )
        dialog.setWindowTitle(QCoreApplication.translate("DbWorker", "请稍候"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(progress.cancel)
        self._dialogs[progress] = dialog
        dialog.show()

    def _is_running(self, progress: Progress) -> bool:
        return progress in self._running and not progress.cancelled

    def _on_progress(self, progress: Progress, value: int, maximum: int, text: str) -> None:
        dialog = self._dialogs.get(progress)
        if dialog is None or not shiboken6.isValid(dialog):
            return
        dialog.setMaximum(maximum)
        dialog.setValue(value)
        if text:
            dialog.setLabelText(shown_message(text))

    def shutdown(self) -> None:
        """Finish queued work (a half-done write must commit or roll back), then stop.

        Work queued later (a closing widget asking for a last read) is dropped.
        """
        self._closed = True
        self._executor.shutdown(wait=True)
