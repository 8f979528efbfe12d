"""Pagination by hand: exact row heights, nothing beyond a page, the tail on the last page."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from station_desk.reports.grid import GridSpec, paginate, prepare_row, weighted_widths


@settings(max_examples=200, deadline=None)
@given(
    heights=st.lists(st.floats(min_value=10, max_value=80), max_size=120),
    tail=st.floats(min_value=0, max_value=150),
    first=st.floats(min_value=100, max_value=500),
)
def test_pages_cover_rows_in_order_and_never_overflow(
    heights: list[float], tail: float, first: float
) -> None:
    capacity = 500.0
    pages = paginate(heights, capacity, tail, first)
    assert [i for page in pages for i in page] == list(range(len(heights)))
    for number, page in enumerate(pages):
        room = first if number == 0 else capacity
        used = sum(heights[i] for i in page)
        assert used <= room + 1e-6
        if number == len(pages) - 1:
            assert used + tail <= room + 1e-6
    assert all(len(page) for page in pages[1:-1])


def test_a_row_taller_than_a_page_is_named() -> None:
    with pytest.raises(ValueError, match="第 3 行"):
        paginate([20, 20, 900, 20], 500)


@pytest.mark.parametrize("length", [3, 12, 40, 160, 600])
def test_cell_heights_are_exact_and_long_text_shrinks(length: int) -> None:
    spec = GridSpec(widths=weighted_widths([1, 3], 300), aligns=["left", "left"])
    text = ("平阴县老干部局，" * 100)[:length]
    row = prepare_row(spec, ["王建国", text], [])
    cell = row.cells[1]
    if isinstance(cell, Paragraph):
        avail = spec.widths[1] - 2 * spec.padding
        _, height = cell.wrap(avail, 1e9)
        assert height + 2 * spec.vpadding <= row.height + 1e-6
        style = cell.style
        if style.fontSize > spec.min_size:
            assert height <= spec.max_lines * style.leading + 1e-6
    else:
        assert row.height == spec.row_height
    assert row.height >= spec.row_height
