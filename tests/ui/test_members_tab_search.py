"""The members search through ``KeyIndex`` shows exactly the rows the plain rule shows.

The plain rule is ``search.matches(row.search_keys, query)`` tested row by row, as it was
before the index; queries are cut from the demo ledger's real keys (also across the end of
one row's keys and the start of the next, which must not match), typed, or random.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from station_desk.db.queries.members import member_rows
from station_desk.db.schema.ledger import open_ledger
from station_desk.domain.enums import Gender
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import MemberData
from station_desk.domain.records import MemberList, MemberRow
from station_desk.domain.search import KEY_SEPARATOR, matches, normalize_query
from station_desk.services.members import add_member, delete_member
from station_desk.ui.context import DeskContext
from station_desk.ui.main_window import MainWindow
from station_desk.ui.members_tab import MembersTab
from station_desk.ui.person_columns import member_columns
from station_desk.ui.table_model import RecordTableModel

Test = Callable[[MemberRow], bool]
FIXTURES_KEPT = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def demo_members(demo_template: Path) -> MemberList:
    ledger = open_ledger(demo_template, create=False)
    try:
        with ledger.reading() as session:
            return member_rows(session)
    finally:
        ledger.close()


@pytest.fixture(scope="module")
def demo_rows(demo_members: MemberList) -> list[MemberRow]:
    return demo_members.rows


@pytest.fixture(scope="module")
def demo_model(demo_members: MemberList) -> RecordTableModel[MemberRow]:
    model: RecordTableModel[MemberRow] = RecordTableModel(
        member_columns(date.today(), demo_members.lookup), search_key=lambda r: r.search_keys
    )
    model.set_records(demo_members.rows)
    return model


def plain(rows: list[MemberRow], query: str, test: Test | None = None) -> list[int]:
    return [r.id for r in rows if matches(r.search_keys, query) and (test is None or test(r))]


def shown_ids(model: RecordTableModel[MemberRow]) -> list[int]:
    return [r.id for r in model.shown_records()]


@st.composite
def queries(draw: st.DrawFn, rows: list[MemberRow]) -> str:
    """A piece of one row's keys, a piece across two neighbouring rows, or random text."""
    i = draw(st.integers(0, len(rows) - 1))
    keys = rows[i].search_keys
    following = rows[(i + 1) % len(rows)].search_keys
    start = draw(st.integers(0, len(keys)))
    end = draw(st.integers(start, len(keys)))
    kind = draw(st.sampled_from(["piece", "normalized piece", "across rows", "random"]))
    if kind == "piece":
        return keys[start:end]
    if kind == "normalized piece":
        return normalize_query(keys[start:end])
    if kind == "across rows":
        return keys[start:] + following[: draw(st.integers(1, 6))]
    alphabet = st.sampled_from([*sorted(set(keys + following)), "x", "9", "局"])
    return draw(st.text(alphabet=alphabet, min_size=1, max_size=6))


def test_index_and_plain_rule_agree_over_the_demo_ledger(
    demo_model: RecordTableModel[MemberRow], demo_rows: list[MemberRow]
) -> None:
    rows = demo_model.all_records()
    assert len(rows) == len(demo_rows) > 100

    @FIXTURES_KEPT
    @given(queries(rows), st.integers(0, 3))
    def agree(query: str, cut: int) -> None:
        demo_model.set_filter(None, "")
        demo_model.set_filter(None, query[: len(query) - cut])  # an earlier, shorter query
        demo_model.set_filter(None, query)
        assert shown_ids(demo_model) == plain(rows, query)

    agree()


def test_query_across_two_rows_matches_neither(demo_model: RecordTableModel[MemberRow]) -> None:
    rows = demo_model.all_records()
    for first, second in pairwise(rows[:41]):
        tail = first.search_keys.split(KEY_SEPARATOR)[-1][-3:]
        head = second.search_keys.split(KEY_SEPARATOR)[0][:3]
        demo_model.set_filter(None, tail + head)
        assert shown_ids(demo_model) == plain(rows, tail + head)
        assert first.id not in shown_ids(demo_model) or tail + head in first.search_keys


def test_dense_first_keystrokes_agree(demo_model: RecordTableModel[MemberRow]) -> None:
    rows = demo_model.all_records()
    for query in ("1", "a", "n", "3", "z", "zh", "13", "刘", "局"):
        demo_model.set_filter(None, query)
        assert shown_ids(demo_model) == plain(rows, query)
    assert len(plain(rows, "1")) == len(rows)  # every phone holds a 1: the dense path ran


def phone_of(tab: MembersTab, row: MemberRow) -> str:
    found = tab.lookup.detail(row)
    assert found is not None
    return found.phone


def type_into(qtbot: QtBot, tab: object, text: str) -> None:
    """Set the box and press Enter, as a clerk's keystroke with the debounce skipped."""
    tab.search.setText(text)  # type: ignore[attr-defined]
    tab.search.returnPressed.emit()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: tab._query == normalize_query(text), timeout=3000)  # type: ignore[attr-defined]


def test_typing_narrows_a_key_at_a_time(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.members_tab
    rows = tab.model.all_records()
    someone = rows[len(rows) // 2]
    for text in (someone.search_keys.split(KEY_SEPARATOR)[2], phone_of(tab, someone)[-5:], "zhang"):
        for end in range(1, len(text) + 1):
            type_into(qtbot, tab, text[:end])
            assert shown_ids(tab.model) == plain(rows, normalize_query(text[:end])), text[:end]
        assert tab.count_label.text() == f"显示 {tab.model.rowCount()} / {len(rows)}"
    assert someone.id in shown_ids(tab.model) or "zhang" not in someone.search_keys
    type_into(qtbot, tab, "")
    assert tab.model.rowCount() == len(rows)


def pick(combo: object, index: int = 1) -> object:
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]
    return combo.currentData()  # type: ignore[attr-defined]


def test_query_combined_with_each_filter(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.members_tab
    rows = tab.model.all_records()
    station = pick(tab.station_filter)
    cases: list[tuple[object, Test]] = [
        (tab.station_filter, lambda r: r.station_id == station),
    ]
    branch = pick(tab.branch_filter)
    cases.append((tab.branch_filter, lambda r: r.branch_id == branch))
    community = pick(tab.community_filter)
    cases.append((tab.community_filter, lambda r: r.community_id == community))
    grid = pick(tab.grid_filter)
    cases.append((tab.grid_filter, lambda r: r.grid_id == grid))
    pick(tab.post_filter)  # 任一职务
    cases.append((tab.post_filter, lambda r: bool(tab.lookup.post_kinds(r))))
    party = pick(tab.party_filter)
    cases.append((tab.party_filter, lambda r: r.is_party_member == party))
    retirement = pick(tab.retirement_filter)
    cases.append((tab.retirement_filter, lambda r: r.retirement_kind == retirement))
    for combo, _test in cases:
        combo.setCurrentIndex(0)  # type: ignore[attr-defined]
    for combo, test in cases:
        pick(combo)
        for text in ("z", "zh", "1", "局", "x"):
            type_into(qtbot, tab, text)
            assert shown_ids(tab.model) == plain(rows, text, test), (combo, text)
        combo.setCurrentIndex(0)  # type: ignore[attr-defined]
    assert tab.model.rowCount() == len(plain(rows, "x"))
    pick(tab.party_filter)
    pick(tab.station_filter)
    type_into(qtbot, tab, "l")
    both = plain(rows, "l", lambda r: r.is_party_member == party and r.station_id == station)
    assert shown_ids(tab.model) == both and both


def test_query_combined_with_drilldown(window: MainWindow, qtbot: QtBot) -> None:
    tab = window.members_tab
    rows = tab.model.all_records()
    tab.apply_drilldown({"gender": Gender.FEMALE.value})
    assert tab.search.text() == ""
    female = "女"
    for text in ("z", "zha", "13", "刘"):
        type_into(qtbot, tab, text)
        expected = plain(rows, text, lambda r: r.gender == female)
        assert shown_ids(tab.model) == expected, text
    tab.clear_drilldown()
    assert shown_ids(tab.model) == plain(rows, "刘")


def test_index_follows_reload_and_sort(window: MainWindow, ctx: DeskContext, qtbot: QtBot) -> None:
    tab = window.members_tab
    type_into(qtbot, tab, "qxf")
    before = shown_ids(tab.model)
    data = MemberData(
        name="钱霞飞",
        gender=Gender.FEMALE,
        id_number=make_id_number("370124", date(1952, 4, 18), 37, Gender.FEMALE),
        phone="13912345670",
        former_unit="县档案局",
    )
    with qtbot.waitSignal(tab.rows_loaded, timeout=15000):
        ctx.write(lambda s: add_member(s, data), topic="members")
    added = [r for r in tab.model.shown_records() if r.name == "钱霞飞"]
    assert len(added) == 1 and len(shown_ids(tab.model)) == len(before) + 1
    rows = tab.model.all_records()
    assert shown_ids(tab.model) == plain(rows, "qxf")
    gone = tab.model.record_at(0)
    gone_phone = phone_of(tab, gone)
    type_into(qtbot, tab, gone_phone)
    assert gone.id in shown_ids(tab.model)
    with qtbot.waitSignal(tab.rows_loaded, timeout=15000):
        ctx.write(lambda s: delete_member(s, gone.id), topic="members")
    assert gone.id not in shown_ids(tab.model)
    assert shown_ids(tab.model) == plain(tab.model.all_records(), gone_phone)
    tab.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    for text in ("z", "zh", "1"):
        type_into(qtbot, tab, text)
        assert shown_ids(tab.model) == plain(tab.model.all_records(), text)


def test_count_label_keeps_its_size_while_searching(window: MainWindow, qtbot: QtBot) -> None:
    """A label that resized with its text would make every keystroke relayout the window."""
    tab = window.members_tab
    label = tab.count_label
    size = label.size()
    seen = set()
    for text in ("zhang", "刘东军", "qqqqq", ""):
        type_into(qtbot, tab, text)
        seen.add(label.text())
        assert label.size() == size and label.minimumSize() == label.maximumSize()
        assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    assert len(seen) == 4
