"""Errors in words: a readable dialog in the desk's language for the clerk, the traceback in the log file.

Every message box of the desk goes through the functions here, so tests can replace them
(a modal box would block a test) and the wording stays in one place.
"""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from station_desk.db.schema.ledger import LedgerError
from station_desk.domain.messages import message_of
from station_desk.domain.problems import NeedsConfirmation, ValidationError
from station_desk.paths import log_path
from station_desk.ui.i18n import shown_message, shown_problems

_logger = logging.getLogger("station_desk.desk")


def _ensure_log_handler() -> None:
    path = log_path()
    for handler in _logger.handlers:
        if getattr(handler, "baseFilename", None) == str(path):
            return
    for handler in list(_logger.handlers):
        _logger.removeHandler(handler)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _logger.addHandler(handler)
    _logger.setLevel(logging.INFO)


def log_exception(exc: BaseException, tb: TracebackType | None = None) -> str:
    """Write the traceback to the log in the data folder; return it for the details box."""
    text = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
    try:
        _ensure_log_handler()
        _logger.error("未处理的错误\n%s", text)
    except OSError:
        pass
    return text


def is_expected(exc: BaseException) -> bool:
    """Errors the clerk can act on: bad input or an unusable ledger file."""
    return isinstance(exc, ValidationError | NeedsConfirmation | LedgerError)


def describe(exc: BaseException) -> str:
    """What the clerk reads about ``exc``, in the clerk's language."""
    if isinstance(exc, ValidationError):
        return shown_problems(exc.problems)
    if isinstance(exc, NeedsConfirmation):
        return shown_problems(exc.warnings)
    if isinstance(exc, LedgerError):
        return shown_message(message_of(exc))
    return QCoreApplication.translate(
        "errors", "程序出错，操作没有完成。已记录到日志文件：{path}"
    ).format(path=log_path())


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """Tell the clerk what went wrong; unexpected errors also go to the log file."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(
        QCoreApplication.translate("errors", "提示")
        if is_expected(exc)
        else QCoreApplication.translate("errors", "程序出错")
    )
    box.setText(describe(exc))
    if not is_expected(exc):
        box.setDetailedText(log_exception(exc))
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question; "no" is the default so an Enter key press changes nothing."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the desk: never a silent crash."""
    log_exception(exc, tb)
    try:
        show_error(None, exc)
    except Exception:
        traceback.print_exception(kind, exc, tb)
