"""The summary says 截至 the period's end or today, whichever is earlier (issue 13)."""

from __future__ import annotations

from datetime import date

import pytest

from station_desk.summary import records as records_summary
from station_desk.summary.records import Period


@pytest.mark.parametrize(
    ("year", "today", "words"),
    [(2026, (2026, 12, 2), "截至2026年12月2日"), (2025, (2026, 12, 2), "截至2025年底")],
)
def test_the_summary_counts_up_to_today_in_a_running_year(
    year: int, today: tuple[int, int, int], words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records_summary, "today", lambda: date(*today))
    assert Period.year(year).end_label == words
