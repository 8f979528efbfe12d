"""The import wizard's first two pages: what to import from which file (ChoosePage), and which
column is which field (MappingPage, with the header row found under any title rows). They
only read the file; the dry run and the commit are the later pages (``ui/import_preview.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
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
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from station_desk.exchange.mapping import (
    FIELD_LABELS_BY_KIND,
    KIND_LABELS,
    REQUIRED_FIELDS,
    best_header,
)
from station_desk.exchange.reading import Sheet, column_letter, read_table
from station_desk.services.imports import (
    KINDS,
    ImportOptions,
)
from station_desk.ui import errors

if TYPE_CHECKING:
    from station_desk.ui.import_wizard import ImportWizard


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
