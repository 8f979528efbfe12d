"""The command line: headless commands, one-line errors, no Qt unless the desk opens."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from station_desk import __version__


def run(*args: str, env_data: Path) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "STATION_DESK_DATA": str(env_data), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "station_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    result = run("--version", env_data=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_check_reports_counts_and_exits_zero(demo_file: Path, tmp_path: Path) -> None:
    result = run("--db", str(demo_file), "check", env_data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "完整性检查：通过" in result.stdout
    assert "member: 1200" in result.stdout


@pytest.mark.parametrize("content", [b"not a ledger", b"SQLite format 3\x00" + b"\x00" * 200])
def test_errors_are_one_line_without_traceback(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    result = run("--db", str(bad), "check", env_data=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("错误：") and result.stderr.count("\n") == 1
    assert bad.read_bytes() == content


def test_check_of_a_missing_ledger_fails_clearly(tmp_path: Path) -> None:
    result = run("--db", str(tmp_path / "none.sqlite3"), "check", env_data=tmp_path)
    assert result.returncode == 2
    assert "不存在" in result.stderr
    assert not (tmp_path / "none.sqlite3").exists()


def test_demo_with_global_db_option_writes_there_only(tmp_path: Path) -> None:
    target = tmp_path / "d.sqlite3"
    result = run("--db", str(target), "demo", "--members", "1000", "--seed", "7", env_data=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    assert not (tmp_path / "ledger.sqlite3").exists()


def test_headless_commands_do_not_import_qt(demo_file: Path) -> None:
    code = (
        "import sys; from station_desk.cli import main; "
        f"rc = main(['--db', {str(demo_file)!r}, 'check']); "
        "print('QT' if any(m.startswith('PySide6') for m in sys.modules) else 'NOQT', rc)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "NOQT 0"
