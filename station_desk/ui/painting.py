"""Slow steps of opening a ledger run beside the event loop, so the window keeps painting.

Opening a ledger checks it, may back it up and may migrate it: seconds on a big ledger or
a busy machine, during which a window blocked on the UI thread turns grey and does not
redraw when uncovered. ``while_painting(fn)`` runs ``fn`` on a plain thread and spins a
local event loop until it returns, handling paints and timers but not the clerk's input
(no click may reach a desk without its ledger). The steps are database work without Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal

T = TypeVar("T")


class _Done(QObject):
    finished = Signal()


def while_painting(fn: Callable[[], T]) -> T:
    """``fn()``'s result (or its exception), the window painting meanwhile."""
    if QCoreApplication.instance() is None:
        return fn()
    result: list[T] = []
    failure: list[BaseException] = []
    done = _Done()

    def run() -> None:
        try:
            result.append(fn())
        except BaseException as exc:  # raised again on the calling thread
            failure.append(exc)
        finally:
            done.finished.emit()

    loop = QEventLoop()
    done.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread = threading.Thread(target=run, name="ledger-opening", daemon=True)
    thread.start()
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.join()
    if failure:
        raise failure[0]
    return result[0]
