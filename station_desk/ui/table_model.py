"""One generic table model over a list of frozen records, with column specs.

Filtering and sorting happen inside the model over precomputed keys and end in one reset:
at 100,000 rows the query scan (``search.KeyIndex``) takes a few milliseconds where a
``QSortFilterProxyModel`` takes 0.4 s a keystroke (docs/ARCHITECTURE.md §Desk). Role constants are cached
at import; Qt calls ``data`` very often.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView

from station_desk.domain.search import KeyIndex

R = TypeVar("R")

DISPLAY = Qt.ItemDataRole.DisplayRole
ALIGN = Qt.ItemDataRole.TextAlignmentRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
USER = Qt.ItemDataRole.UserRole
HORIZONTAL = Qt.Orientation.Horizontal
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)

AnyIndex = QModelIndex | QPersistentModelIndex
SEARCH_DEBOUNCE_MS = 150
ROW_HEIGHT = 26


@dataclass(frozen=True)
class Column(Generic[R]):
    """How one column shows a record: header, text, sort key, alignment, width."""

    header: str
    value: Callable[[R], str]
    sort_key: Callable[[R], Any] | None = None
    align: int = LEFT
    width: int = 100


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows are ``records`` after ``set_filter`` and ``sort``; ``record_at`` gives one back."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        parent: QObject | None = None,
        *,
        search_key: Callable[[R], str] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[R] = []
        self._shown: list[R] = []
        self._predicate: Callable[[R], bool] | None = None
        self._query = ""
        self._search_key = search_key
        self._index: KeyIndex | None = None
        self._hits: tuple[str, list[int]] = ("", [])
        self._sort: tuple[int, Qt.SortOrder] | None = None

    @property
    def columns(self) -> list[Column[R]]:
        return list(self._columns)

    def set_records(
        self, records: Iterable[R], *, in_order: tuple[int, Qt.SortOrder] | None = None
    ) -> None:
        """Replace all records, keeping the current filter and sort.

        ``in_order``: the (column, order) the records already come in, from the query; when
        that is the current sort they are not sorted again (100,000 key calls saved).
        """
        self._all = list(records)
        if self._sort is not None and self._sort != in_order:
            self._sort_all(*self._sort)
        self._forget_keys()
        self._refilter()

    def values_changed(self, *, in_order: tuple[int, Qt.SortOrder] | None = None) -> None:
        """What the columns show changed, the records did not (values they look up arrived):
        sort again unless the records are in ``in_order``, and repaint."""
        if self._sort is not None and self._sort != in_order:
            self.sort(*self._sort)
        if self._shown:
            last = self.index(len(self._shown) - 1, len(self._columns) - 1)
            self.dataChanged.emit(self.index(0, 0), last, [DISPLAY])

    def set_filter(self, predicate: Callable[[R], bool] | None, query: str = "") -> None:
        """Show records whose search key contains ``query`` and for which ``predicate`` holds.

        The query goes through a ``KeyIndex`` of the search keys: a few milliseconds for
        100,000 members, where a predicate call per row costs several times that.
        """
        self._predicate = predicate
        self._query = query if self._search_key is not None else ""
        self._refilter()

    def _forget_keys(self) -> None:
        """Drop the index of the old row order; rebuild it once the event loop is idle.

        Building costs ~0.1 s at 100,000 rows, so a load or a sort is shown first and the
        clerk's first search finds the index ready (or builds it, if it comes sooner).
        """
        self._index = None
        self._hits = ("", [])
        if self._search_key is not None and self._all:
            QTimer.singleShot(0, self, self._key_index)

    def _key_index(self) -> KeyIndex:
        if self._index is None:
            key = self._search_key
            self._index = KeyIndex([key(r) for r in self._all] if key is not None else [])
        return self._index

    def _matching(self) -> list[R]:
        query, predicate = self._query, self._predicate
        rows = self._all
        if query:
            # Typing narrows the query ("z", "zh", "zha"): the last hits hold every new one.
            last, hits = self._hits
            within = hits if last and last in query else None
            positions = self._key_index().rows_matching(query, within)
            self._hits = (query, positions)
            rows = [rows[i] for i in positions]
        if predicate is not None:
            rows = [r for r in rows if predicate(r)]
        return rows

    def _refilter(self) -> None:
        self.beginResetModel()
        self._shown = self._matching()
        self.endResetModel()

    def _sort_all(self, column: int, order: Qt.SortOrder) -> None:
        spec = self._columns[column]
        key = spec.sort_key or spec.value
        self._all.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._sort_all(column, order)
        self._forget_keys()
        self._shown = self._matching()
        self.layoutChanged.emit()

    def total_count(self) -> int:
        return len(self._all)

    def shown_records(self) -> list[R]:
        return list(self._shown)

    def all_records(self) -> list[R]:
        return list(self._all)

    def record_at(self, row: int) -> R:
        return self._shown[row]

    def row_of(self, predicate: Callable[[R], bool]) -> int:
        """The first shown row whose record satisfies ``predicate``; -1 if none."""
        for row, record in enumerate(self._shown):
            if predicate(record):
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role in (DISPLAY, TOOLTIP):
            return self._columns[index.column()].value(self._shown[index.row()])
        if role == ALIGN:
            return self._columns[index.column()].align
        if role == USER:
            return self._shown[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            if orientation == HORIZONTAL:
                if 0 <= section < len(self._columns):
                    return self._columns[section].header
                return None
            return str(section + 1)
        return None


def setup_table_view(view: QTableView, model: RecordTableModel[Any]) -> None:
    """The settings every big table needs: fixed row height, no ResizeToContents, sorting."""
    view.setModel(model)
    # Qt's default indicator is column 0 *descending*: start unsorted (rows keep the order
    # the query gave) until the clerk clicks a header.
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    vertical = view.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    for column, spec in enumerate(model.columns):
        view.setColumnWidth(column, spec.width)


def steady_label(label: QLabel, *texts: str) -> None:
    """Fix ``label`` to the size of the widest of ``texts``, the longest it will show.

    A label whose size follows its text makes Qt lay out and repaint the whole window on
    every ``setText``: measured in the members tab, 33 widgets repainted a keystroke for the
    row count alone. At a fixed size only the label repaints.
    """
    metrics = label.fontMetrics()
    width = max(metrics.horizontalAdvance(t) for t in texts) + 2 * label.margin() + 6
    label.setFixedSize(width, label.sizeHint().height())


def debounced(
    field: QLineEdit, callback: Callable[[str], None], delay_ms: int = SEARCH_DEBOUNCE_MS
) -> QTimer:
    """Call ``callback(text)`` once typing pauses for ``delay_ms`` (Enter fires at once)."""
    timer = QTimer(field)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    timer.timeout.connect(lambda: callback(field.text()))
    field.textChanged.connect(lambda _text: timer.start())

    def fire_now() -> None:
        timer.stop()
        callback(field.text())

    field.returnPressed.connect(fire_now)
    return timer
