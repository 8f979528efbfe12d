"""The import wizard's last two pages: every row checked by a dry run (PreviewPage, with the
reasons per row and the places a roster would create), then the commit with progress and
what it did (ReportPage). Both run their work on the desk's one database worker; the commit
goes through the import service (backup first, all or nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from station_desk.domain.problems import PROBLEM_SEPARATOR
from station_desk.exchange.rows import ParsedSheet, parse_sheet
from station_desk.services.imports import (
    TOPICS,
    ImportPreview,
    RowOutcome,
    commit_import,
    dry_run,
)
from station_desk.ui import errors
from station_desk.ui.i18n import MESSAGES_CONTEXT, shown, shown_message
from station_desk.ui.import_row_places import RowPlaces
from station_desk.ui.import_sheets import run_sheets, tree_lines
from station_desk.ui.table_model import CENTER, RIGHT, Column, RecordTableModel, setup_table_view
from station_desk.ui.worker import Progress

if TYPE_CHECKING:
    from station_desk.ui.import_wizard import ImportWizard


def _reasons(row: RowOutcome) -> str:
    """A row's problems and notes in the clerk's language, as ``RowOutcome.reasons``."""
    separator = QCoreApplication.translate(MESSAGES_CONTEXT, PROBLEM_SEPARATOR)
    return separator.join(shown_message(part) for part in row.reason_parts())


def outcome_columns() -> list[Column[RowOutcome]]:
    """The dry run's and the commit's row table: number, status, who, and why."""
    return [
        Column(
            QCoreApplication.translate("PreviewPage", "行号"),
            lambda r: str(r.row),
            lambda r: r.row,
            RIGHT,
            60,
        ),
        Column(
            QCoreApplication.translate("PreviewPage", "状态"),
            lambda r: shown(r.status.label),
            lambda r: r.status.value,
            CENTER,
            70,
        ),
        Column(
            QCoreApplication.translate("PreviewPage", "姓名/名称"), lambda r: r.label, width=120
        ),
        Column(QCoreApplication.translate("PreviewPage", "说明"), _reasons, width=600),
    ]


class PreviewPage(QWizardPage):
    """The dry run: every row with its status and reasons, and the counts."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("试导入结果"))
        self.counts = QLabel(self)
        self.counts.setObjectName("previewCounts")
        self.counts.setWordWrap(True)
        self.model: RecordTableModel[RowOutcome] = RecordTableModel(outcome_columns(), self)
        self.table = QTableView(self)
        self.table.setObjectName("previewTable")
        self.table.setModel(self.model)
        setup_table_view(self.table, self.model)
        self.save_button = QPushButton(self.tr("保存有问题的行…"), self)
        self.save_button.setObjectName("saveErrorRows")
        self.save_button.clicked.connect(lambda: self.wiz.save_errors(self.preview))
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.row_places = RowPlaces(self)
        self.preview: ImportPreview | None = None

    def initializePage(self) -> None:
        self.preview = None
        self.model.set_records([])
        self.save_button.setEnabled(False)
        self.counts.setText(self.tr("正在试导入……"))
        wiz = self.wiz
        sheet, mapping, header = (
            wiz.mapping_page.sheet,
            wiz.mapping_page.mapping(),
            wiz.mapping_page.header_row,
        )
        kind, options, ledger = wiz.kind, wiz.import_options(), wiz.ctx.ledger
        assert sheet is not None
        workbook = wiz.workbook()

        def job(progress: Progress) -> tuple[ParsedSheet | None, ImportPreview]:
            if workbook is not None:
                return None, run_sheets(ledger, *workbook, options, commit=False)
            parsed = parse_sheet(sheet, kind, mapping=mapping, header_row=header)
            return parsed, dry_run(ledger, sheet, parsed, options, progress)

        wiz.ctx.worker.run_with_progress(
            job,
            on_done=self._done,
            on_error=self._failed,
            parent=self,
            progress_label=self.tr("正在试导入……"),
        )

    def _failed(self, exc: BaseException) -> None:
        self.counts.setText(self.tr("试导入失败：{error}").format(error=errors.describe(exc)))

    def _done(self, result: tuple[ParsedSheet | None, ImportPreview]) -> None:
        self.wiz.parsed, self.preview = result
        self.model.set_records(self.preview.rows)
        self.save_button.setEnabled(bool(self.preview.problems()) and self.wiz.parsed is not None)
        text = self.tr("共 {n} 行：{summary}。").format(
            n=len(self.preview.rows), summary=shown_message(self.preview.summary())
        )
        created = tree_lines(self.preview)
        if created:
            text += "\n" + "\n".join(shown_message(line) for line in created) + "\n"
        if self.preview.blocked:
            text += self.tr("有错误或待确认的行：请改正后重新导入，或返回勾选“跳过有错误的行”。")
        elif not self.preview.written:
            text += self.tr("没有需要写入的内容。")
        else:
            text += self.tr("点“导入”写入台账（写入前会先备份）。")
        self.counts.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.preview is not None and not self.preview.blocked and self.preview.written > 0


class ReportPage(QWizardPage):
    """The commit, with progress, and what it did."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("导入"))
        self.report = QLabel(self)
        self.report.setObjectName("importReport")
        self.report.setWordWrap(True)
        self.save_button = QPushButton(self.tr("保存未导入的行…"), self)
        self.save_button.clicked.connect(lambda: self.wiz.save_errors(self.result))
        layout = QVBoxLayout(self)
        layout.addWidget(self.report)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.result: ImportPreview | None = None
        self.failed = False

    def initializePage(self) -> None:
        self.result = None
        self.failed = False
        self.save_button.setEnabled(False)
        self.report.setText(self.tr("正在导入……"))
        wiz = self.wiz
        sheet, parsed, options = wiz.mapping_page.sheet, wiz.parsed, wiz.import_options()
        ledger, operator = wiz.ctx.ledger, wiz.ctx.operator
        checked = wiz.preview_page.preview
        workbook = wiz.workbook()
        assert sheet is not None and (parsed is not None or workbook is not None)

        def job(progress: Progress) -> ImportPreview:
            if workbook is not None:
                return run_sheets(ledger, *workbook, options, commit=True, operator=operator)
            assert parsed is not None
            return commit_import(
                ledger, sheet, parsed, options, progress, operator=operator, checked=checked
            )

        wiz.ctx.worker.run_with_progress(
            job,
            on_done=self._done,
            on_error=self._failed,
            parent=self,
            progress_label=self.tr("正在导入……"),
        )

    def _failed(self, exc: BaseException) -> None:
        self.failed = True
        self.report.setText(self.tr("导入失败，台账未改动：{error}").format(error=exc))
        self.completeChanged.emit()

    def _done(self, result: ImportPreview) -> None:
        self.result = result
        lines = [
            self.tr("{kind}：{summary}").format(
                kind=shown_message(result.kind_label), summary=shown_message(result.summary())
            )
        ]
        lines += [shown_message(line) for line in tree_lines(result)]
        if result.committed:
            lines.append(self.tr("已写入台账。"))
            if result.tree is not None and result.tree.created and result.tree.missing:
                self.wiz.ctx.changed.emit("org")  # the new places in every picker
            self.wiz.ctx.changed.emit(TOPICS[result.kind])
        else:
            lines.append(self.tr("台账未改动。"))
        if result.backup_path is not None:
            lines.append(self.tr("导入前的备份：{path}").format(path=result.backup_path))
        self.report.setText("\n".join(lines))
        self.save_button.setEnabled(bool(result.problems()) and self.wiz.parsed is not None)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Done once the commit came back, whether it wrote the rows or failed."""
        return self.result is not None or self.failed
