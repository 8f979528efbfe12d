"""文件 → 导入: choose kind and file, confirm the columns, preview every row, commit, report.

Reading, parsing, the dry run and the commit all run on the desk's one database worker, so
the window never freezes on a 10,000-row roster; each page is complete only when its work
has come back. The commit goes through the import service (backup first, all or nothing).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from station_desk.domain.validation import PROBLEM_SEPARATOR
from station_desk.exchange.mapping import (
    FIELD_LABELS_BY_KIND,
    KIND_LABELS,
    REQUIRED_FIELDS,
    best_header,
)
from station_desk.exchange.reading import Sheet, column_letter, read_table
from station_desk.exchange.rows import ParsedSheet, parse_sheet
from station_desk.services.imports import (
    KINDS,
    TOPICS,
    ImportOptions,
    ImportPreview,
    RowOutcome,
    commit_import,
    dry_run,
    save_error_rows,
)
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import MESSAGES_CONTEXT, shown, shown_message
from station_desk.ui.import_row_places import RowPlaces
from station_desk.ui.import_sheets import run_sheets, tree_lines
from station_desk.ui.import_tree_page import TreePage
from station_desk.ui.table_model import CENTER, RIGHT, Column, RecordTableModel, setup_table_view
from station_desk.ui.worker import Progress

FILE_FILTER = str(QT_TRANSLATE_NOOP("ChoosePage", "表格文件 (*.xlsx *.xls *.csv *.txt)"))
"""Chinese source of the open dialog's filter; shown through ``ChoosePage.tr``."""


class ChoosePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("选择要导入的文件"))
        self.setSubTitle(
            self.tr("支持 .xlsx、.xls 和 .csv；导入前会先试导入，确认无误再写入台账。")
        )
        self.kind = QComboBox(self)
        self.kind.setObjectName("importKind")
        for kind in KINDS:
            self.kind.addItem(KIND_LABELS[kind], kind)
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.duplicate = QComboBox(self)
        self.duplicate.setObjectName("importDuplicate")
        self.duplicate.addItem(self.tr("跳过（保留台账中的记录）"), "skip")
        self.duplicate.addItem(self.tr("更新（用表中填写的内容覆盖）"), "update")
        self.accept_warnings = QCheckBox(self.tr("确认提醒（如入党时未满十八岁），照常导入"), self)
        self.skip_errors = QCheckBox(self.tr("跳过有错误的行，导入其余行"), self)
        self.all_sheets = QCheckBox(self.tr("导入所有工作表（一起检查，一起写入）"), self)
        self.all_sheets.setObjectName("importAllSheets")
        self.sheet_as = QComboBox(self)
        self.sheet_as.setObjectName("importSheetAs")
        self.sheet_as.addItem(self.tr("工作表名称就是所在支部"), "branch")
        self.sheet_as.addItem(self.tr("工作表名称就是社区"), "community")
        self.sheet_as.addItem(self.tr("不用工作表名称"), "")
        self.sheet_as.setEnabled(False)
        self.all_sheets.toggled.connect(self.sheet_as.setEnabled)
        form = QFormLayout(self)
        form.addRow(self.tr("导入内容："), self.kind)
        form.addRow(self.tr("文件："), row)
        form.addRow(self.tr("已在台账中的人："), self.duplicate)
        form.addRow("", self.accept_warnings)
        form.addRow("", self.skip_errors)
        form.addRow(self.tr("花名册分多个工作表："), self.all_sheets)
        form.addRow("", self.sheet_as)

    def _browse(self) -> None:
        """Opens where the typed file is, else at home: with "" Qt opened the working
        folder, the program's own (bench, docs, station_desk…), where no roster is."""
        typed = self.path.text().strip()
        folder = Path(typed).parent if typed else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择文件"), str(folder), self.tr(FILE_FILTER)
        )
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def options(self) -> ImportOptions:
        return ImportOptions(
            on_duplicate="update" if self.duplicate.currentData() == "update" else "skip",
            accept_warnings=self.accept_warnings.isChecked(),
            skip_errors=self.skip_errors.isChecked(),
        )


class MappingPage(QWizardPage):
    """One combo per column of the header row: which field it holds, or 不导入."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("确认各列的内容"))
        self.status = QLabel(self)
        self.status.setObjectName("mappingStatus")
        self.status.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.combos: list[QComboBox] = []
        self.sheet: Sheet | None = None
        self.header_row = 0

    def initializePage(self) -> None:
        self.sheet = None
        self._clear()
        self.status.setText(self.tr("正在读取文件……"))
        path = Path(self.wiz.choose.path.text().strip())
        self.wiz.ctx.worker.run(
            lambda: read_table(path), on_done=self._loaded, on_error=self._failed, parent=self
        )

    def _clear(self) -> None:
        for combo in self.combos:
            combo.deleteLater()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        self.combos = []

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("无法读取：{error}").format(error=errors.describe(exc)))

    def _loaded(self, sheet: Sheet) -> None:
        kind = self.wiz.kind
        guess, _ = best_header(sheet, kind)
        self.header_row = guess.row_index
        header = sheet.rows[guess.row_index] if sheet.rows else []
        labels = FIELD_LABELS_BY_KIND[kind]
        self.grid.addWidget(QLabel(self.tr("表中的列"), self.grid_host), 0, 0)
        self.grid.addWidget(QLabel(self.tr("导入为"), self.grid_host), 0, 1)
        for column, cell in enumerate(header):
            title = str(cell).strip() if cell not in (None, "") else ""
            caption = QLabel(f"{column_letter(column)}  {title}", self.grid_host)
            self.grid.addWidget(caption, column + 1, 0)
            combo = QComboBox(self.grid_host)
            combo.setObjectName(f"mapColumn{column}")
            combo.addItem(self.tr("（不导入）"), None)
            for name, label in labels.items():
                required = self.tr("（必填）") if name in REQUIRED_FIELDS[kind] else ""
                combo.addItem(label + required, name)
            combo.setCurrentIndex(max(0, combo.findData(guess.mapping.get(column))))
            combo.currentIndexChanged.connect(self._changed)
            self.grid.addWidget(combo, column + 1, 1)
            self.combos.append(combo)
        self.grid.setColumnStretch(1, 1)
        self.grid.setRowStretch(len(header) + 1, 1)
        for child in self.grid_host.findChildren(QWidget):
            child.show()
        self.sheet = sheet
        self._changed()

    def mapping(self) -> dict[int, str]:
        return {n: c.currentData() for n, c in enumerate(self.combos) if c.currentData()}

    def problem(self) -> str:
        if self.sheet is None:
            return ""
        chosen = list(self.mapping().values())
        labels = FIELD_LABELS_BY_KIND[self.wiz.kind]
        twice = sorted({labels[n] for n in chosen if chosen.count(n) > 1})
        if twice:
            return self.tr("“{names}”对应了不止一列").format(names="、".join(twice))
        missing = [labels[n] for n in REQUIRED_FIELDS[self.wiz.kind] if n not in chosen]
        if missing:
            return self.tr("还缺少必填的列：{names}").format(names="、".join(missing))
        return ""

    def _changed(self) -> None:
        problem = self.problem()
        rows = len(self.sheet.rows) - self.header_row - 1 if self.sheet else 0
        self.status.setText(
            problem
            or self.tr("表头在第 {n} 行，下面有 {rows} 行。请核对每一列导入为什么。").format(
                n=self.header_row + 1, rows=rows
            )
        )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.sheet is not None and not self.problem()

    def nextId(self) -> int:
        """Rosters go on to the tree page; other imports straight to the dry run."""
        return self.wiz.tree_id if self.wiz.kind == "members" else self.wiz.preview_id


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


class ImportWizard(QWizard):
    def __init__(self, ctx: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("导入表格"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("下一步"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("上一步"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("完成"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("取消"))
        self.parsed: ParsedSheet | None = None
        self.choose = ChoosePage(self)
        self.mapping_page = MappingPage(self)
        self.tree_page = TreePage(self)
        self.preview_page = PreviewPage(self)
        self.report_page = ReportPage(self)
        self.addPage(self.choose)
        self.addPage(self.mapping_page)
        self.tree_id = self.addPage(self.tree_page)
        self.preview_id = self.addPage(self.preview_page)
        self.addPage(self.report_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("导入"))
        self.preview_page.setCommitPage(True)
        # once written there is nothing to cancel: 取消 beside 完成 read as an undo
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(900, 640)

    @property
    def kind(self) -> str:
        return str(self.choose.kind.currentData())

    def workbook(self) -> tuple[Path, str] | None:
        """(file, what the sheets' names stand for) when every sheet is imported together."""
        if self.kind != "members" or not self.choose.all_sheets.isChecked():
            return None
        return Path(self.choose.path.text().strip()), str(self.choose.sheet_as.currentData())

    def import_options(self) -> ImportOptions:
        """The clerk's choices: the first page's, and for a roster the tree page's."""
        chosen = self.preview_page.row_places.options(self.choose.options())
        return self.tree_page.options(chosen) if self.kind == "members" else chosen

    def save_errors(self, preview: ImportPreview | None) -> None:
        sheet, parsed = self.mapping_page.sheet, self.parsed
        if preview is None or sheet is None or parsed is None:
            return
        path = self.ask_error_path()
        if not path:
            return
        try:
            count = save_error_rows(Path(path), sheet, parsed, preview)
        except Exception as exc:  # shown to the clerk, never lost
            errors.show_error(self, exc)
            return
        errors.show_info(
            self, self.tr("已保存"), self.tr("{n} 行已保存到 {path}").format(n=count, path=path)
        )

    def ask_error_path(self) -> str:
        """Where to save the error rows (tests replace this method)."""
        source = Path(self.choose.path.text().strip())
        default = str(source.with_name(self.tr("{stem}_待修改.xlsx").format(stem=source.stem)))
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存有问题的行"), default, "Excel (*.xlsx)"
        )
        return name


def open_import_wizard(ctx: DeskContext, parent: QWidget | None = None) -> ImportWizard:
    wizard = ImportWizard(ctx, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.show()
    return wizard
