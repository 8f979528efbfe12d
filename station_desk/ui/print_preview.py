"""The preview of a generated PDF, with 打印 (to any printer) and 另存为.

The PDF is what goes on paper: QtPdf shows it, and printing renders each page of that same
PDF into the printer's painter, so screen, file and paper never differ. A certificate's
preview is a 样张 (``issue`` given): 打印 or 另存为 asks for the printer or the place, and
only then numbers the certificates and writes the real PDF (``issue(then)``) and prints or
saves that one, so closing the preview or cancelling the dialog takes no number.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QToolBar,
    QWidget,
)

from station_desk.ui import errors

MAX_PRINT_DPI = 300


class PrintPreview(QMainWindow):
    """One generated PDF on screen; closing the window leaves the file where it was."""

    def __init__(
        self,
        path: Path,
        title: str,
        parent: QWidget | None = None,
        *,
        note: str = "",
        issue: Callable[[Callable[[Path, str], None]], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.path = Path(path)
        self.title = title
        self.setWindowTitle(self.tr("打印预览 — {title}").format(title=title))
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setCentralWidget(self.view)
        self._build_toolbar()
        self.pages_label = QLabel(self.tr("共 {n} 页").format(n=self.document.pageCount()), self)
        self.pages_label.setObjectName("previewPagesLabel")
        self.statusBar().addPermanentWidget(self.pages_label)
        self.issue = issue
        if issue is not None:
            note = self.tr("样张：打印或另存为时才编号并记入证书登记簿。") + note
        if note:
            self.statusBar().showMessage(note)
        self.resize(980, 760)

    def _issued(self, then: Callable[[], None]) -> Callable[[Path, str], None]:
        """Show the numbered PDF in place of the 样张, then go on printing or saving."""

        def shown(path: Path, note: str) -> None:
            self.issue = None
            self.path = Path(path)
            self.document.load(str(self.path))
            self.statusBar().showMessage(note)
            then()
            # the numbering's progress closed over the main window, which came to the front
            # and hid the numbered preview behind it
            self.raise_()
            self.activateWindow()

        return shown

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("打印预览"), self)
        bar.setObjectName("previewToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.print_action = self._action(self.tr("打印…"), self.print_document, "Ctrl+P")
        self.save_action = self._action(self.tr("另存为…"), self.save_as, "Ctrl+S")
        width = self._action(self.tr("适合宽度"), lambda: self._zoom(QPdfView.ZoomMode.FitToWidth))
        whole = self._action(self.tr("整页"), lambda: self._zoom(QPdfView.ZoomMode.FitInView))
        bigger = self._action(self.tr("放大"), lambda: self._scale(1.25), "Ctrl++")
        smaller = self._action(self.tr("缩小"), lambda: self._scale(0.8), "Ctrl+-")
        close = self._action(self.tr("关闭"), self.close, "Ctrl+W")
        for action in (self.print_action, self.save_action, None, width, whole, bigger, smaller):
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        bar.addSeparator()
        bar.addAction(close)
        self.addToolBar(bar)

    def _action(self, text: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _zoom(self, mode: QPdfView.ZoomMode) -> None:
        self.view.setZoomMode(mode)

    def _scale(self, factor: float) -> None:
        factor = self.view.zoomFactor() * factor
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(factor, 5.0)))

    def page_count(self) -> int:
        return int(self.document.pageCount())

    # ------------------------------------------------------------------ print and save

    def print_document(self) -> None:
        """The printer is chosen first; a 样张 is numbered only once the print is accepted
        (a cancelled print dialog used to leave the numbers taken for no paper)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        if self.issue is not None:

            def render() -> None:
                self.render_to(printer)

            self.issue(self._issued(render))
            return
        self.render_to(printer)

    def render_to(self, printer: QPrinter) -> int:
        """Draw the chosen pages of the PDF on ``printer``; returns the pages printed.

        Each page is rendered at the printer's resolution (capped at 300 dpi) and placed on
        the paper keeping its proportions; the orientation follows each page.
        """
        count = self.page_count()
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range((first or 1) - 1, (last or count)))
        if not pages:
            return 0
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        progress = QProgressDialog(
            self.tr("正在发送到打印机…"), self.tr("取消"), 0, len(pages), self
        )
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        self._orient(printer, pages[0])
        painter = QPainter()
        if not painter.begin(printer):
            progress.close()
            errors.show_error(self, OSError(self.tr("无法连接打印机，请检查打印机设置。")))
            return 0
        printed = 0
        try:
            for n, index in enumerate(pages):
                if progress.wasCanceled():
                    break
                if n:
                    self._orient(printer, index)
                    printer.newPage()
                self._draw_page(printer, painter, index, dpi)
                printed += 1
                progress.setValue(n + 1)
                QCoreApplication.processEvents()
        finally:
            painter.end()
            progress.close()
        return printed

    def _orient(self, printer: QPrinter, index: int) -> None:
        size = self.document.pagePointSize(index)
        landscape = size.width() > size.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )

    def _draw_page(self, printer: QPrinter, painter: QPainter, index: int, dpi: int) -> None:
        points = self.document.pagePointSize(index)
        pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = self.document.render(index, pixels)
        paint = printer.pageLayout().paintRectPixels(printer.resolution())
        scaled = pixels.scaled(paint.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)

    def save_as(self) -> None:
        """The place is asked first; a 样张 is numbered only once it is chosen."""
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("另存为"),
            str(Path.home() / f"{self.title}.pdf"),
            self.tr("PDF 文件 (*.pdf)"),
        )
        if not target:
            return
        if self.issue is not None:
            self.issue(self._issued(lambda: self.save_to(Path(target))))
            return
        self.save_to(Path(target))

    def save_to(self, target: Path) -> None:
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            errors.show_error(self, exc)
            return
        self.statusBar().showMessage(self.tr("已保存：{path}").format(path=target), 8000)
