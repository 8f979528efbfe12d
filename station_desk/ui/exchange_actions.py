"""文件 → 导入… / 导出当前表格… / 导出导入模板…, installed into the main window.

The members tab is exported with every roster column (the import template's), for exactly
the rows its filters show, masked unless the clerk asks for full numbers. Other tabs are
exported as shown: the table that has the focus (or the fullest) with its visible rows.

openpyxl, the exchange and import modules and the import wizard are imported when an
action is first used, not when the menu is built at start-up (about 0.3 s).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QTableView, QWidget

from station_desk.ui import errors

DISPLAY = Qt.ItemDataRole.DisplayRole
HORIZONTAL = Qt.Orientation.Horizontal
EXPORT_FILTER = "Excel (*.xlsx);;CSV（UTF-8）(*.csv)"


def table_view_rows(view: QTableView) -> tuple[list[str], list[list[object]]]:
    """Headers and the visible rows of a table view, as the clerk sees them."""
    model = view.model()
    columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    headers = [str(model.headerData(c, HORIZONTAL, DISPLAY) or "") for c in columns]
    rows: list[list[object]] = [
        [model.data(model.index(r, c), DISPLAY) for c in columns] for r in range(model.rowCount())
    ]
    return headers, rows


def current_table(tab: QWidget) -> QTableView | None:
    """The tab's table with the focus, else its fullest visible one (the main list)."""
    views = [v for v in tab.findChildren(QTableView) if v.isVisibleTo(tab) and v.model()]
    focused = next((v for v in views if v.hasFocus()), None)
    return focused or max(views, key=lambda v: v.model().rowCount(), default=None)


class ExchangeActions:
    """The three menu actions; ``ask_*`` methods are the dialogs tests replace."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.ctx = window.ctx
        menu = window.file_menu
        separators = [a for a in menu.actions() if a.isSeparator()]
        anchor = separators[-1] if separators else None
        self.import_action = QAction(QCoreApplication.translate("ExchangeActions", "导入…"), window)
        self.import_action.setObjectName("importAction")
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(
            QCoreApplication.translate("ExchangeActions", "导出当前表格…"), window
        )
        self.export_action.setObjectName("exportAction")
        self.export_action.triggered.connect(self.export_current)
        self.template_action = QAction(
            QCoreApplication.translate("ExchangeActions", "导出导入模板…"), window
        )
        self.template_action.setObjectName("templateAction")
        self.template_action.triggered.connect(self.export_template)
        for action in (self.import_action, self.export_action, self.template_action):
            menu.insertAction(anchor, action)
        menu.insertSeparator(self.import_action)

    def open_import(self) -> QWidget:
        from station_desk.ui.import_wizard import open_import_wizard

        return open_import_wizard(self.ctx, self.window)

    def ask_path(self, title: str, default: str, filters: str = EXPORT_FILTER) -> str:
        name, _ = QFileDialog.getSaveFileName(self.window, title, default, filters)
        if name and not Path(name).suffix:
            name += ".xlsx"
        return name

    def ask_full_numbers(self) -> bool:
        return errors.ask_yes_no(
            self.window,
            QCoreApplication.translate("ExchangeActions", "完整号码"),
            QCoreApplication.translate(
                "ExchangeActions",
                "导出完整的身份证号和电话吗？\n选“否”则打码导出（推荐）。导出完整号码会记入操作日志。",
            ),
        )

    def ask_scope(self) -> tuple[int, ...] | None:
        """The rows the members tab shows, or the selected among them (asked when both)."""
        from station_desk.ui.member_scope import ScopeDialog, scope_of

        return ScopeDialog.ask(
            self.window,
            QCoreApplication.translate("ExchangeActions", "导出老同志名单"),
            QCoreApplication.translate("ExchangeActions", "导出哪些老同志？"),
            scope_of(self.window.members_tab),
        )

    def ask_kind(self) -> str | None:
        from station_desk.exchange.mapping import KIND_LABELS
        from station_desk.services.imports import KINDS

        labels = [KIND_LABELS[k] for k in KINDS]
        label, ok = QInputDialog.getItem(
            self.window,
            QCoreApplication.translate("ExchangeActions", "导出导入模板"),
            QCoreApplication.translate("ExchangeActions", "模板类型："),
            labels,
            0,
            False,
        )
        return KINDS[labels.index(label)] if ok else None

    def export_current(self) -> None:
        window = self.window
        tab = window.tabs.currentWidget()
        title = window.tabs.tabText(window.tabs.currentIndex()).replace("&", "")
        if tab is window.members_tab:
            self._export_members()
            return
        view = current_table(tab) if tab is not None else None
        if view is None:
            errors.show_info(
                window,
                QCoreApplication.translate("ExchangeActions", "导出"),
                QCoreApplication.translate("ExchangeActions", "这一页没有可导出的表格。"),
            )
            return
        path = self.ask_path(
            QCoreApplication.translate("ExchangeActions", "导出当前表格"), f"{title}.xlsx"
        )
        if not path:
            return
        from station_desk.services.imports_export import export_view

        headers, rows = table_view_rows(view)
        texts = [n for n, h in enumerate(headers) if "身份证" in h or "电话" in h]
        self._run(
            lambda s: export_view(s, title, Path(path), headers, rows, text_columns=texts), path
        )

    def _export_members(self) -> None:
        from station_desk.db.queries.export import ExportFilters
        from station_desk.services.imports_export import export_table

        ids = self.ask_scope()
        if ids is None:
            return
        path = self.ask_path(
            QCoreApplication.translate("ExchangeActions", "导出老同志名单"),
            QCoreApplication.translate("ExchangeActions", "老同志花名册.xlsx"),
        )
        if not path:
            return
        full = self.ask_full_numbers()
        filters = ExportFilters(member_ids=list(ids))
        self._run(
            lambda s: export_table(s, "members", Path(path), filters, full_numbers=full), path
        )

    def _run(self, work: Callable[[Any], int], path: str) -> None:
        """The export and its log line in one unit of work, on the worker (no tab reloads)."""
        ledger, operator = self.ctx.ledger, self.ctx.operator

        def job() -> int:
            with ledger.unit_of_work(operator=operator) as session:
                return work(session)

        self.ctx.worker.run(
            job,
            on_done=lambda n: self._done(n, path),
            parent=self.window,
            progress_label=QCoreApplication.translate("ExchangeActions", "正在导出……"),
        )

    def _done(self, count: int, path: str) -> None:
        errors.show_info(
            self.window,
            QCoreApplication.translate("ExchangeActions", "已导出"),
            QCoreApplication.translate("ExchangeActions", "已导出 {n} 行到 {path}").format(
                n=count, path=path
            ),
        )

    def export_template(self) -> None:
        from station_desk.exchange.mapping import KIND_LABELS
        from station_desk.exchange.writing import write_template

        kind = self.ask_kind()
        if kind is None:
            return
        path = self.ask_path(
            QCoreApplication.translate("ExchangeActions", "导出导入模板"),
            f"{KIND_LABELS[kind]}导入模板.xlsx",
            "Excel (*.xlsx)",
        )
        if not path:
            return
        try:
            write_template(kind, Path(path))
        except Exception as exc:
            errors.show_error(self.window, exc)
            return
        errors.show_info(
            self.window,
            QCoreApplication.translate("ExchangeActions", "已生成"),
            QCoreApplication.translate("ExchangeActions", "模板已保存到 {path}").format(path=path),
        )


def install(window: Any) -> None:
    """Add the exchange actions to 文件; kept on the window so they live as long as it."""
    window.exchange_actions = ExchangeActions(window)
