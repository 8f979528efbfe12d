"""Every window fits the screen it opens on (issue 13, item 4).

At 1366×768, or at 150 % on 1920×1080 (1280×720 logical pixels), windows sized for a
big screen opened with 保存 and the status bar below the edge. One helper serves them
all: installed on the application (``install_window_fitter``), it meets each top-level
dialog, wizard and main window as it is first shown and

- gives it its remembered size (dialogs; kept in the desk's settings when they close),
- makes it no bigger than the screen's available area less the window frame,
- wraps its body in a ``QScrollArea`` when even its smallest layout is taller or wider
  than that, keeping its button box outside the scroll area so 保存 stays on screen,
- and places it inside the available area, centred on its parent; once the window
  manager has placed it (it may cascade a new window), it is pulled back inside.

``fit_window(widget, available)`` does the work for one window, so tests can hand it the
available area of a 1366×768 or 1280×720 screen without such a screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QInputDialog,
    QLayout,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)
from shiboken6 import isValid

#: The window manager's frame when it is not known yet (before the first show): a title
#: bar and thin borders, as on the common Linux and Windows desktops.
DEFAULT_DECORATION = QMargins(4, 32, 4, 4)
FITTED = "windowFitted"
#: How long after the first show the window manager has surely placed and framed a window.
SETTLE_MS = 400
#: How many times the settling waits again for a frame the window manager has not drawn yet
#: (on a busy PC openbox framed a preview after the first 400 ms: its title bar stayed above
#: the screen's top edge).
SETTLE_TRIES = 8
SCROLLED_BODY = "fittedBody"
#: Qt's own small dialogs size themselves; their size is not worth remembering.
_NOT_REMEMBERED = (QMessageBox, QFileDialog, QInputDialog, QProgressDialog)


def available_area(widget: QWidget) -> QRect:
    """The available geometry (without task bars) of the screen ``widget`` opens on."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def decoration(widget: QWidget) -> QMargins:
    """The frame around the window's contents: measured once shown, else the default."""
    frame, inner = widget.frameGeometry(), widget.geometry()
    if widget.isVisible() and frame != inner:
        return QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
    return DEFAULT_DECORATION


def room_for(widget: QWidget, available: QRect) -> QSize:
    """The largest contents size whose frame fits in ``available``."""
    margins = decoration(widget)
    return QSize(
        available.width() - margins.left() - margins.right(),
        available.height() - margins.top() - margins.bottom(),
    )


def _button_box(widget: QWidget, layout: QLayout) -> QDialogButtonBox | None:
    for index in range(layout.count() - 1, -1, -1):
        item = layout.itemAt(index)
        found = item.widget() if item is not None else None
        if isinstance(found, QDialogButtonBox):
            return found
    return None


def make_scrollable(dialog: QWidget) -> QScrollArea | None:
    """Move ``dialog``'s layout into a scroll area; its last button box stays below it.

    Qt lets a layout move to another widget (``setLayout`` takes it and its widgets
    along), so the dialog's own references to its layout and fields keep working.
    """
    layout = dialog.layout()
    if layout is None or dialog.findChild(QScrollArea, SCROLLED_BODY) is not None:
        return None
    buttons = _button_box(dialog, layout)
    body = QWidget()
    body.setLayout(layout)
    if buttons is not None:
        layout.removeWidget(buttons)
    scroll = QScrollArea(dialog)
    scroll.setObjectName(SCROLLED_BODY)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    outer = QVBoxLayout(dialog)
    margins = layout.contentsMargins()
    layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    outer.addWidget(scroll, 1)
    if buttons is not None:
        buttons.setParent(dialog)
        buttons_row = QVBoxLayout()
        buttons_row.setContentsMargins(margins.left(), 0, margins.right(), 0)
        buttons_row.addWidget(buttons)
        outer.addLayout(buttons_row)
        buttons.show()
    outer.activate()
    return scroll


def _needed(widget: QWidget) -> QSize:
    layout = widget.layout()
    if layout is not None:
        layout.activate()
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def fit_window(
    widget: QWidget, available: QRect | None = None, *, size: QSize | None = None
) -> None:
    """Size and place ``widget`` inside ``available`` (its screen's by default).

    ``size`` is the wished size (a remembered one); else the size the window has.
    """
    available = available if available is not None else available_area(widget)
    room = room_for(widget, available)
    wished = size if size is not None and size.isValid() else widget.size()
    if not widget.testAttribute(Qt.WidgetAttribute.WA_Resized) and size is None:
        wished = widget.sizeHint().expandedTo(widget.size())
    # a wizard lays out its own pages and buttons: it is sized, never wrapped
    scrollable = not isinstance(widget, (*_NOT_REMEMBERED, QWizard))
    if isinstance(widget, QDialog) and scrollable:
        needed = _needed(widget)
        if needed.height() > room.height() or needed.width() > room.width():
            make_scrollable(widget)
    for_min = widget.minimumSize()
    if for_min.width() > room.width() or for_min.height() > room.height():
        widget.setMinimumSize(for_min.boundedTo(room))
    maximum = widget.maximumSize()
    if maximum.width() > room.width() or maximum.height() > room.height():
        widget.setMaximumSize(maximum.boundedTo(room).expandedTo(QSize(1, 1)))
    target = wished.boundedTo(room).expandedTo(widget.minimumSize())
    widget.resize(target)
    _place(widget, available)


def _place(widget: QWidget, available: QRect) -> None:
    """The frame inside ``available``, centred on the parent window when there is one."""
    margins = decoration(widget)
    frame = QSize(
        widget.width() + margins.left() + margins.right(),
        widget.height() + margins.top() + margins.bottom(),
    )
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible() and widget.isWindow():
        centre = parent.window().frameGeometry().center()
    elif widget.isVisible() or widget.testAttribute(Qt.WidgetAttribute.WA_Moved):
        centre = widget.frameGeometry().center()
    else:
        centre = available.center()
    x = centre.x() - frame.width() // 2
    y = centre.y() - frame.height() // 2
    x = max(available.left(), min(x, available.right() + 1 - frame.width()))
    y = max(available.top(), min(y, available.bottom() + 1 - frame.height()))
    widget.move(x, y)


def keep_inside(widget: QWidget, available: QRect | None = None) -> None:
    """Pull a shown window back inside ``available`` if the window manager placed it
    partly outside (it may cascade a new window below an old one), shrinking it if need be.

    Uses the real frame, known once the window manager has framed the window.
    """
    if not widget.isVisible() or widget.isMaximized() or widget.isFullScreen():
        return
    area = available if available is not None else available_area(widget)
    frame = widget.frameGeometry()
    if area.contains(frame):
        return
    margins = decoration(widget)
    room = QSize(
        area.width() - margins.left() - margins.right(),
        area.height() - margins.top() - margins.bottom(),
    )
    if widget.width() > room.width() or widget.height() > room.height():
        widget.resize(widget.size().boundedTo(room).expandedTo(widget.minimumSize()))
        frame = widget.frameGeometry()
    x = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
    y = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
    widget.move(x, y)


def _settle(window: QWidget, tries: int = SETTLE_TRIES) -> None:
    """Keep ``window`` inside once the window manager has framed it: while its frame is not
    known yet (the frame equals the contents), wait again, ``tries`` times at most."""
    if not isValid(window):
        return
    unframed = window.isVisible() and window.frameGeometry() == window.geometry()
    if unframed and tries > 1:
        QTimer.singleShot(SETTLE_MS, window, lambda: _settle(window, tries - 1))
        return
    keep_inside(window)


def frame_rect(widget: QWidget) -> QRect:
    """Where the window's frame is (or will be), decoration included."""
    margins = decoration(widget)
    return QRect(
        widget.pos(),
        QSize(
            widget.width() + margins.left() + margins.right(),
            widget.height() + margins.top() + margins.bottom(),
        ),
    )


def size_key(widget: QWidget) -> str:
    return f"windows/{widget.objectName() or type(widget).__name__}/size"


class WindowFitter(QObject):
    """The application's event filter that fits each window on its first show."""

    def __init__(self, settings: QSettings | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Show and isinstance(watched, QDialog | QWizard | QMainWindow):
            if watched.isWindow() and not watched.property(FITTED):
                watched.setProperty(FITTED, True)
                fit_window(watched, size=self._remembered(watched))
                window = watched
                QTimer.singleShot(SETTLE_MS, window, lambda: _settle(window))
        elif (
            kind == QEvent.Type.Hide
            and isinstance(watched, QDialog | QMainWindow)
            and watched.isWindow()
            and watched.property(FITTED)
        ):
            self._remember(watched)
        return False

    def _remembers(self, widget: QWidget) -> bool:
        if self.settings is None or isinstance(widget, _NOT_REMEMBERED):
            return False
        if isinstance(widget, QMainWindow):
            # the desk's own window keeps its whole geometry itself (``save_layout``)
            return widget.objectName() != "mainWindow"
        return isinstance(widget, QDialog)

    def _remembered(self, widget: QWidget) -> QSize | None:
        if not self._remembers(widget):
            return None
        assert self.settings is not None
        value = self.settings.value(size_key(widget))
        return value if isinstance(value, QSize) and value.isValid() else None

    def _remember(self, widget: QWidget) -> None:
        if self._remembers(widget):
            assert self.settings is not None
            self.settings.setValue(size_key(widget), widget.size())


def install_window_fitter(app: QApplication, settings: QSettings | None) -> WindowFitter:
    """Fit every window of ``app`` from now on (once per application)."""
    existing = app.findChild(WindowFitter)
    if existing is not None:
        existing.settings = settings
        return existing
    fitter = WindowFitter(settings, app)
    app.installEventFilter(fitter)
    return fitter
