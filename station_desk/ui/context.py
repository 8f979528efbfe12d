"""What every tab shares: the open ledger, the database worker, settings, the operator.

Tabs never open sessions themselves: ``ctx.read``, ``ctx.write`` and ``ctx.write_confirmable``
run a function taking a session on the worker, and ``changed(topic)`` tells every tab after a
successful write. The method says how the function is called (docs/ARCHITECTURE.md §Desk): no
signature is inspected, so a lambda, a bound method and a ``partial`` all behave alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from station_desk.db.queries.core import choices
from station_desk.db.schema.ledger import Ledger
from station_desk.domain.problems import NeedsConfirmation
from station_desk.domain.records import Choice
from station_desk.ui import errors
from station_desk.ui.i18n import shown_message
from station_desk.ui.settings_store import desk_settings
from station_desk.ui.worker import DbWorker, Progress

T = TypeVar("T")

#: Topics of ``DeskContext.changed``.
TOPICS = ("members", "grids", "teams", "events", "org", "log")


class DeskContext(QObject):
    """The ledger, its worker and the clerk's settings, handed to every tab and dialog."""

    changed = Signal(str)
    choices_changed = Signal()

    def __init__(
        self,
        ledger: Ledger,
        *,
        settings: QSettings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.settings = settings or desk_settings()
        self.worker = DbWorker(self)
        self._choices: dict[str, list[Choice]] = {}
        self.changed.connect(self._after_change)
        with ledger.reading() as session:
            self._choices = choices(session)

    @property
    def operator(self) -> str:
        return str(self.settings.value("operator", "") or "")

    @operator.setter
    def operator(self, name: str) -> None:
        self.settings.setValue("operator", name.strip())

    def choices(self, kind: str) -> list[Choice]:
        """Stations, branches, communities, grids or teams as last loaded."""
        return list(self._choices.get(kind, []))

    def choice_label(self, kind: str, choice_id: int | None) -> str:
        for choice in self._choices.get(kind, []):
            if choice.id == choice_id:
                return choice.label
        return ""

    def read(
        self,
        fn: Callable[[Any], T],
        on_done: Callable[[T], None],
        *,
        on_error: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        progress_label: str | None = None,
    ) -> Progress:
        """Run ``fn(session)`` in a read-only session on the worker."""
        ledger = self.ledger

        def job() -> T:
            with ledger.reading() as session:
                return fn(session)

        return self.worker.run(
            job, on_done=on_done, on_error=on_error, parent=parent, progress_label=progress_label
        )

    def write(
        self,
        fn: Callable[[Any], T],
        *,
        topic: str,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        confirm_parent: QWidget | None = None,
        progress_label: str | None = None,
    ) -> Progress:
        """One unit of work: ``fn(session)``; after the commit ``changed(topic)`` is emitted."""
        return self._write(
            lambda session, _confirmed: fn(session),
            topic,
            on_done,
            on_error,
            confirm_parent,
            progress_label,
            confirmable=False,
        )

    def write_confirmable(
        self,
        fn: Callable[[Any, bool], T],
        *,
        topic: str,
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        confirm_parent: QWidget | None = None,
        progress_label: str | None = None,
    ) -> Progress:
        """One unit of work that may need the clerk's word: ``fn(session, confirmed)``.

        It runs first with ``confirmed=False``. On ``NeedsConfirmation`` the clerk sees the
        warnings and may confirm; the work then runs again, in a new unit of work, with
        ``confirmed=True``. After the commit ``changed(topic)`` is emitted.
        """
        return self._write(
            fn, topic, on_done, on_error, confirm_parent, progress_label, confirmable=True
        )

    def _write(
        self,
        fn: Callable[[Any, bool], T],
        topic: str,
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        parent: QWidget | None,
        progress_label: str | None,
        *,
        confirmable: bool,
        confirmed: bool = False,
    ) -> Progress:
        if topic not in TOPICS:
            raise ValueError(f"unknown topic {topic!r}")
        ledger, operator = self.ledger, self.operator

        def job() -> T:
            with ledger.unit_of_work(operator=operator) as session:
                return fn(session, confirmed)

        def done(result: T) -> None:
            self.changed.emit(topic)
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NeedsConfirmation) and confirmable and not confirmed:
                if self.confirm(parent, exc):
                    self._write(
                        fn,
                        topic,
                        on_done,
                        on_error,
                        parent,
                        progress_label,
                        confirmable=True,
                        confirmed=True,
                    )
                return
            if on_error is not None:
                on_error(exc)
            else:
                errors.show_error(parent, exc)

        return self.worker.run(
            job, on_done=done, on_error=failed, parent=parent, progress_label=progress_label
        )

    def confirm(self, parent: QWidget | None, warnings: NeedsConfirmation) -> bool:
        """Ask the clerk to confirm the warnings (tests replace this method)."""
        lines = "\n".join(f"• {shown_message(w.message)}" for w in warnings.warnings)
        title = QCoreApplication.translate("DeskContext", "请确认")
        head = QCoreApplication.translate("DeskContext", "请核对以下情况：")
        tail = QCoreApplication.translate("DeskContext", "确认无误并保存吗？")
        return errors.ask_yes_no(parent, title, f"{head}\n{lines}\n\n{tail}")

    def _after_change(self, topic: str) -> None:
        if topic in ("org", "teams", "grids"):
            self.read(choices, self._set_choices)

    def _set_choices(self, loaded: dict[str, list[Choice]]) -> None:
        self._choices = loaded
        self.choices_changed.emit()

    def close(self) -> None:
        self.worker.shutdown()
        self.ledger.close()
