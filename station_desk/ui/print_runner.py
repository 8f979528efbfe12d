"""How the desk runs one print: ``print_jobs.run_print`` on the database worker with progress
and 取消, a certificate first as a 样张 whose preview numbers it for real, a second
certificate for an overlapping period asked about first, refusals in words, and the preview
window. ``PrintActions`` (``ui/print_actions.py``) decides what each menu entry prints.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QBoxLayout, QLayout, QPushButton, QWidget

from station_desk.paths import data_dir
from station_desk.ui import errors

if TYPE_CHECKING:
    from station_desk.print_jobs import PrintRequest, PrintResult
    from station_desk.services.printing import PrintSettings
    from station_desk.ui.context import DeskContext
    from station_desk.ui.print_preview import PrintPreview
    from station_desk.ui.worker import Progress


def prints_folder() -> Path:
    folder = data_dir() / "prints"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class PrintRunner(QObject):
    """Runs the print requests of one main window and keeps the previews it opened."""

    window: Any
    ctx: DeskContext
    previews: list[PrintPreview]
    last_result: PrintResult | None
    today: Callable[[], date]

    def _add_button(
        self, tab: QWidget, tab_name: str, after: str, text: str, slot: Callable[[], None]
    ) -> None:
        """Put a print button beside a tab's own buttons (found by object name)."""
        anchor = tab.findChild(QPushButton, after)
        holder = anchor.parentWidget() if anchor is not None else None
        if anchor is None or holder is None:
            return
        layout = _layout_holding(holder.layout(), anchor)
        if not isinstance(layout, QBoxLayout):
            return
        button = QPushButton(text, holder)
        button.setObjectName(f"print_{tab_name}_button")
        button.clicked.connect(slot)
        layout.insertWidget(layout.indexOf(anchor) + 1, button)

    def info(self, text: str) -> None:
        errors.show_info(self.window, self.tr("打印"), text)

    def run(
        self,
        request: PrintRequest,
        title: str,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        draft: bool | None = None,
        on_done: Callable[[PrintResult], None] | None = None,
    ) -> Progress:
        """Generate on the worker (with progress and 取消), then open the preview.

        Certificates are previewed as a 样张 (``draft``): the preview's 打印/另存为 runs the
        same request for real, which numbers them. A second certificate for an overlapping
        period is asked about first (``NeedsConfirmation``). ``on_error`` takes a refusal
        instead of the error box (a dialog that reopens with what was typed).
        """
        from station_desk.print_jobs import (
            HonorRequest,
            ReprintRequest,
            RosterRequest,
            ServiceRecordRequest,
            run_print,
        )
        from station_desk.reports import PrintCancelled
        from station_desk.reports.columns import TooWide
        from station_desk.ui import roster_refusal
        from station_desk.ui.worker import Cancelled

        if draft is None:
            draft = isinstance(request, HonorRequest | ServiceRecordRequest | ReprintRequest)
        ledger, operator = self.ctx.ledger, self.ctx.operator
        stamp = time.strftime("%Y%m%d-%H%M%S")
        out = prints_folder() / f"{title}-{stamp}.pdf"
        today = self.today()

        def job(progress: Progress) -> PrintResult:
            def report(done: int, total: int) -> None:
                text = self.tr("正在生成“{title}”：{done}/{total}").format(
                    title=title, done=done, total=total
                )
                progress.update(done, total, text)

            try:
                return run_print(
                    ledger,
                    request,
                    out,
                    operator=operator,
                    today=today,
                    progress=report,
                    cancelled=lambda: progress.cancelled,
                    draft=draft,
                )
            except PrintCancelled:
                raise Cancelled from None

        def issue(then: Callable[[Path, str], None]) -> None:
            def numbered(result: PrintResult) -> None:
                self.last_result = result
                then(result.path, self.result_note(result))

            self.run(request, title, draft=False, on_done=numbered)

        def failed(exc: BaseException) -> None:
            from station_desk.domain.problems import NeedsConfirmation

            if (
                isinstance(exc, NeedsConfirmation)
                and isinstance(request, ServiceRecordRequest)
                and not request.again
            ):
                if self.ctx.confirm(self.window, exc):
                    confirmed = replace(request, again=True)
                    self.run(confirmed, title, on_error=on_error, draft=draft, on_done=on_done)
                return
            if on_error is not None:
                on_error(exc)
            elif isinstance(exc, TooWide) and isinstance(request, RosterRequest):
                roster_refusal.answer(self, request, title, exc)
            else:
                errors.show_error(self.window, exc)

        def preview(result: PrintResult) -> None:
            self.show_preview(result, title, issue if draft else None)

        return self.ctx.worker.run_with_progress(
            job,
            on_done=on_done or preview,
            on_error=failed,
            parent=self.window,
            progress_label=self.tr("正在生成“{title}”…").format(title=title),
        )

    def result_note(self, result: PrintResult) -> str:
        note = ""
        if result.serials:
            first, last = result.serials[0], result.serials[-1]
            note = self.tr("证书编号：{span}（已记入证书登记簿）").format(
                span=first if first == last else f"{first} — {last}"
            )
        if result.missing:
            note += self.tr("  注意：以下字符无字体可印：{chars}").format(chars=result.missing)
        return note

    def show_preview(
        self,
        result: PrintResult,
        title: str,
        issue: Callable[[Callable[[Path, str], None]], None] | None = None,
    ) -> PrintPreview:
        from station_desk.ui.print_preview import PrintPreview

        self.last_result = result
        preview = PrintPreview(
            result.path, title, self.window, note=self.result_note(result), issue=issue
        )
        self.previews = [p for p in self.previews if _alive(p)] + [preview]
        preview.show()
        return preview

    def with_settings(self, then: Callable[[PrintSettings], None]) -> None:
        from station_desk.services.printing import print_settings

        self.ctx.read(print_settings, then, parent=self.window)


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The (nested) layout that holds ``widget`` directly."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        found = _layout_holding(child, widget)
        if found is not None:
            return found
    return None


def _alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)
