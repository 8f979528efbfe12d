"""Hostile spreadsheets against the real command line (issue 15, item 6): each is refused
in one line, exit code 2, no traceback, the ledger untouched, and the process never holds
300 MB. The peak is the command's own VmHWM, read as it exits (``ru_maxrss`` of a child
would count the pages of the test process it was forked from)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from station_desk.db.schema.ledger import open_ledger
from tests.fixtures import hostile
from tests.fixtures.hostile import PEAK_THEN_CLI

MB = 1 << 20


@pytest.mark.slow
@pytest.mark.parametrize(
    "make",
    [
        hostile.far_row,
        hostile.far_column,
        hostile.far_corner,
        lambda p: hostile.inflating(p, 300 * MB),
        lambda p: hostile.lying(p, 300 * MB),
    ],
    ids=["A2000000000", "ZZZZZZ", "A1-XFD1048576", "inflates-300MB", "lies-300MB"],
)
def test_the_command_line_refuses_a_bomb_in_one_line_and_little_memory(
    tmp_path: Path, make: Callable[[Path], Path]
) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    open_ledger(ledger).close()
    before = ledger.read_bytes()
    bomb = make(tmp_path / "bomb.xlsx")
    peak_file = tmp_path / "peak.txt"
    env = {**os.environ, "STATION_DESK_DATA": str(tmp_path / "data")}
    command = [sys.executable, "-c", PEAK_THEN_CLI, str(peak_file), "--db", str(ledger)]
    result = subprocess.run(
        [*command, "import", "members", str(bomb)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    said = result.stderr
    assert result.returncode == 2, said
    assert said.startswith("错误：文件“bomb.xlsx”") and said.count("\n") == 1
    assert "Traceback" not in said
    peak = int(peak_file.read_text()) / 1024
    assert peak < 300, f"peak {peak:.0f} MB"
    assert ledger.read_bytes() == before
    print(f"\n[hostile] {bomb.stat().st_size // 1024} KB refused, peak {peak:.0f} MB")
