"""The members search against the obvious alternative, inside one desk process.

The baseline is what a Qt programmer writes first: a ``QSortFilterProxyModel`` whose
``filterAcceptsRow`` asks the members tab's own rule (``search.matches`` on the stored keys,
then the tab's ``filter_predicate``) about each source row,
over a second ``RecordTableModel`` holding the same ``MemberRow`` objects, shown in a
second table view of the same size. Both are timed from the keystroke to a repainted table.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from station_desk.domain.records import MemberRow
from station_desk.domain.search import matches, normalize_query
from station_desk.ui.person_columns import member_columns
from station_desk.ui.table_model import RecordTableModel, setup_table_view

Predicate = Callable[[MemberRow], bool] | None


class PredicateProxy(QSortFilterProxyModel):
    """Accepts the source rows whose record satisfies the current predicate."""

    def __init__(self, source: RecordTableModel[MemberRow]) -> None:
        super().__init__()
        self._source = source
        self.predicate: Predicate = None
        self.setSourceModel(source)

    def set_predicate(self, predicate: Predicate) -> None:
        self.predicate = predicate
        self.invalidateFilter()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        predicate = self.predicate
        return predicate is None or predicate(self._source.record_at(source_row))


def _predicate(filters: Predicate, text: str) -> Predicate:
    """The tab's own rule as one function: the query among the stored keys, then the filters."""
    query = normalize_query(text)
    if filters is None:
        return lambda r: matches(r.search_keys, query)
    return lambda r: matches(r.search_keys, query) and filters(r)


def compare_search(
    app: QApplication,
    tab: Any,
    queries: Sequence[str],
    runs: int,
    type_query: Callable[[QApplication, Any, str], None],
    settle: Callable[[QApplication, QWidget], None],
) -> dict[str, Any]:
    """Seconds per keystroke for the tab and for the proxy, interleaved text by text.

    "pasted": each query arrives whole (a full scan every time). "typed": each query is
    typed a character at a time into an empty box, as a clerk does, so the tab may narrow
    its last hits; every keystroke is one sample.
    """
    source: RecordTableModel[MemberRow] = RecordTableModel(member_columns(date.today(), tab.lookup))
    source.set_records(tab.model.all_records())
    proxy = PredicateProxy(source)
    view = QTableView()
    setup_table_view(view, source)
    view.setModel(proxy)
    view.resize(tab.table.size())
    view.show()
    app.processEvents()

    filters = tab.filter_predicate()

    def ours(text: str) -> None:
        type_query(app, tab, text)

    def baseline(text: str) -> None:
        proxy.set_predicate(_predicate(filters, text))
        settle(app, view.viewport())

    contenders = (("ours", ours), ("proxy", baseline))
    samples: dict[str, list[float]] = {}
    mismatches: list[str] = []

    def timed(mode: str, rounds: int, sequences: list[list[str]]) -> None:
        """Each sequence starts from an empty box (untimed); every text in it is timed."""
        for round_no in range(rounds):
            order = contenders if round_no % 2 == 0 else contenders[::-1]
            for texts in sequences:
                for _name, run in order:
                    run("")
                for text in texts:
                    for name, run in order:
                        start = time.perf_counter()
                        run(text)
                        samples.setdefault(f"{mode} {name}", []).append(time.perf_counter() - start)
                    if tab.model.rowCount() != proxy.rowCount():
                        mismatches.append(f"{text}: {tab.model.rowCount()} vs {proxy.rowCount()}")

    timed("pasted", runs, [[q] for q in queries])
    typed = [[q[:i] for i in range(1, len(q) + 1)] for q in queries]
    timed("typed", max(1, runs // 2), typed)
    counts = {}
    for text in queries:
        type_query(app, tab, text)
        counts[text] = tab.model.rowCount()
    return {
        **samples,
        "counts": counts,
        "mismatches": mismatches,
        "rows": tab.model.total_count(),
    }
