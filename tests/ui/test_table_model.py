"""The generic record model passes Qt's model tester while filtering and sorting."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from station_desk.ui.table_model import RIGHT, Column, RecordTableModel


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    keys: str


def make_model() -> RecordTableModel[Row]:
    model: RecordTableModel[Row] = RecordTableModel(
        [
            Column("编号", lambda r: str(r.id), lambda r: r.id, RIGHT),
            Column("姓名", lambda r: r.name, lambda r: r.keys),
        ]
    )
    model.set_records(
        [Row(3, "张三", "zhang san"), Row(1, "李四", "li si"), Row(2, "王五", "wang wu")]
    )
    return model


def test_model_tester_through_filter_and_sort(qtmodeltester: ModelTester) -> None:
    model = make_model()
    qtmodeltester.check(model)
    model.sort(1, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == ["李四", "王五", "张三"]
    model.set_filter(lambda r: "a" in r.keys)
    assert model.rowCount() == 2 and model.total_count() == 3
    assert [model.record_at(r).name for r in range(2)] == ["王五", "张三"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert [model.record_at(r).id for r in range(2)] == [3, 2]
    model.set_records([Row(9, "赵六", "zhao liu")])
    assert model.rowCount() == 1
    assert model.headerData(1, Qt.Orientation.Horizontal) == "姓名"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    qtmodeltester.check(model)


def test_records_in_the_current_order_are_not_sorted_again() -> None:
    model = make_model()
    model.sort(1, Qt.SortOrder.AscendingOrder)
    keyed: list[int] = []

    def counted_key(r: Row) -> str:
        keyed.append(r.id)
        return r.keys

    model._columns[1] = Column("姓名", lambda r: r.name, counted_key)
    in_order = [Row(1, "李四", "li si"), Row(2, "王五", "wang wu"), Row(3, "张三", "zhang san")]
    model.set_records(in_order, in_order=(1, Qt.SortOrder.AscendingOrder))
    assert keyed == [] and [model.record_at(r).id for r in range(3)] == [1, 2, 3]
    # Rows said to come in another order than the view's are sorted as the view shows them.
    model.set_records(in_order[::-1], in_order=(0, Qt.SortOrder.AscendingOrder))
    assert sorted(keyed) == [1, 2, 3] and [model.record_at(r).id for r in range(3)] == [1, 2, 3]


def test_members_table_model_passes_tester(window: object, qtmodeltester: ModelTester) -> None:
    model = window.members_tab.model  # type: ignore[attr-defined]
    assert model.rowCount() >= 1000
    qtmodeltester.check(model)
