"""文件 → 导入: choose kind and file, confirm the columns, preview every row, commit, report.

Reading, parsing, the dry run and the commit all run on the desk's one database worker, so
the window never freezes on a 10,000-row roster; each page is complete only when its work
has come back. The commit goes through the import service (backup first, all or nothing).
The pages live beside it: ``ui/import_pages.py`` (file and columns), ``ui/import_tree_page.py``
(a roster's places), ``ui/import_preview.py`` (dry run and commit).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QWidget,
    QWizard,
)

from station_desk.exchange.rows import ParsedSheet
from station_desk.services.imports import (
    ImportOptions,
    ImportPreview,
    save_error_rows,
)
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.import_pages import ChoosePage, MappingPage
from station_desk.ui.import_preview import PreviewPage, ReportPage, outcome_columns
from station_desk.ui.import_tree_page import TreePage

__all__ = ["ImportWizard", "open_import_wizard", "outcome_columns"]


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
