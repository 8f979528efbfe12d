"""帮助 → 日常工作指南: the six daily tasks, in the desk and offline.

The text is a bundled HTML page per language (``resources/guide``) rather than ``tr()``
strings: it is prose a clerk reads, easier to keep whole than sentence by sentence.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from station_desk.resources import resource_path
from station_desk.ui.i18n import current_language


def guide_html(lang: str | None = None) -> str:
    """The guide in ``lang`` (the desk's language by default); Chinese when no translation."""
    lang = lang or current_language()
    folder = resource_path("guide")
    page = folder / f"daily-tasks.{lang}.html"
    if not page.is_file():
        page = folder / "daily-tasks.zh.html"
    return page.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    """The guide in a browser with a 关闭 button; not modal, so the clerk can follow it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("日常工作指南"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(640, 600)


def show_guide(parent: QWidget | None) -> GuideDialog:
    """Open the guide beside the window (kept alive by its parent until closed)."""
    dialog = GuideDialog(parent)
    dialog.show()
    dialog.raise_()
    return dialog
