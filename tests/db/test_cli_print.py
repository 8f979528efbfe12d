"""``station-desk print …`` in a real subprocess: the same PDFs as the desk, no window."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_desk.db.schema.ledger import Ledger
from tests.db.print_ledger import RARE, RARE2, PrintLedger, build_print_ledger


def run(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "STATION_DESK_DATA": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "station_desk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def text_of(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(path).pages).replace("\n", "")


@pytest.fixture
def books(ledger: Ledger) -> PrintLedger:
    built = build_print_ledger(ledger)
    ledger.close()
    return built


def test_print_roster_filters_chooses_columns_and_masks(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "roster.pdf"
    done = run(
        "--db", str(ledger.path), "print", "roster", "--community", "翠屏",
        "--columns", "序号,姓名,联系电话,职务", "--out", str(out), data=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "3 条" in done.stdout and "共 1 页" in done.stdout
    text = text_of(out)
    assert RARE in text and RARE2 in text and "王秀英" not in text
    assert "139****1111" in text and "13900001111" not in text
    assert "身份证号" not in text and "网格长" in text


def test_print_roster_bad_column_and_unknown_community_are_one_line_errors(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    bad = run(
        "--db", str(ledger.path), "print", "roster", "--columns", "姓名,血型",
        "--out", str(tmp_path / "x.pdf"), data=tmp_path,
    )  # fmt: skip
    assert bad.returncode == 2 and "血型" in bad.stderr and "Traceback" not in bad.stderr
    unknown = run(
        "--db", str(ledger.path), "print", "roster", "--community", "不存在社区",
        "--out", str(tmp_path / "y.pdf"), data=tmp_path,
    )  # fmt: skip
    assert unknown.returncode == 2 and "--community" in unknown.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()


def test_print_honor_numbers_each_certificate_and_reprint_keeps_the_number(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    out = tmp_path / "honor.pdf"
    done = run(
        "--db", str(ledger.path), "print", "honor", "--team", "博爱驿站",
        "--reason", "2021年社区疫情防控志愿服务", "--honour", "优秀志愿者",
        "--out", str(out), data=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "共 3 页" in done.stdout and "测试驿站-" in done.stdout
    pages = [p.extract_text().replace("\n", "") for p in PdfReader(out).pages]
    serials = [m.group(0) for p in pages for m in [re.search(r"测试驿站-\d{4}-\d{4}", p)] if m]
    assert len(set(serials)) == 3 and all(s.startswith("测试驿站-") for s in serials)
    again = tmp_path / "reprint.pdf"
    redo = run(
        "--db", str(ledger.path), "print", "reprint", serials[0], "--out", str(again), data=tmp_path
    )
    assert redo.returncode == 0, redo.stderr
    assert "补打" in redo.stdout and serials[0] in text_of(again) and "补打" in text_of(again)


def test_print_service_record_team_and_signin(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    db = ("--db", str(ledger.path), "print")
    service = run(
        *db, "service-record", "--member", RARE, "--year", "2021", "--handler", "李会计",
        "--out", str(tmp_path / "s.pdf"), data=tmp_path,
    )  # fmt: skip
    assert service.returncode == 0, service.stderr
    assert "累计服务时长 7.75小时" in text_of(tmp_path / "s.pdf")
    team = run(
        *db, "team", "--team", "老干部博爱驿站", "--from", "2021-01-01", "--to", "2021-12-31",
        "--out", str(tmp_path / "t.pdf"), data=tmp_path,
    )  # fmt: skip
    assert team.returncode == 0, team.stderr
    assert "14.25" in text_of(tmp_path / "t.pdf")
    signin = run(*db, "signin", "--event", "七一", "--out", str(tmp_path / "q.pdf"), data=tmp_path)
    assert signin.returncode == 0, signin.stderr
    assert "七一专题党课签到表" in text_of(tmp_path / "q.pdf")
    no_period = run(*db, "team", "--team", "老干部博爱驿站", "--out", str(tmp_path / "n.pdf"),
                    data=tmp_path)  # fmt: skip
    assert no_period.returncode == 2 and "--year" in no_period.stderr


def test_cli_second_certificate_needs_again_and_sample_records_nothing(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    """Issue 14: a second certificate for the same period went out with no warning;
    issue 13: a preview took numbers. ``--sample`` prints 样张, ``--again`` confirms."""
    base = ("--db", str(ledger.path), "print", "service-record", "--member", RARE)
    sample = run(
        *base, "--year", "2021", "--sample", "--out", str(tmp_path / "0.pdf"), data=tmp_path
    )
    assert sample.returncode == 0, sample.stderr
    assert "样张" in sample.stdout and "证明编号：样张" in text_of(tmp_path / "0.pdf")
    first = run(*base, "--year", "2021", "--out", str(tmp_path / "1.pdf"), data=tmp_path)
    assert first.returncode == 0 and f"测试驿站-{date.today().year}-0001" in first.stdout, (
        first.stderr
    )
    twice = run(*base, "--year", "2021", "--out", str(tmp_path / "2.pdf"), data=tmp_path)
    assert twice.returncode != 0 and f"测试驿站-{date.today().year}-0001" in twice.stderr
    assert not (tmp_path / "2.pdf").exists()
    again = run(*base, "--year", "2021", "--again", "--out", str(tmp_path / "2.pdf"), data=tmp_path)
    assert again.returncode == 0 and f"测试驿站-{date.today().year}-0002" in again.stdout, (
        again.stderr
    )


def test_cli_out_naming_a_folder_is_one_clear_line(
    ledger: Ledger, books: PrintLedger, tmp_path: Path
) -> None:
    done = run("--db", str(ledger.path), "print", "roster", "--out", str(tmp_path), data=tmp_path)
    assert done.returncode != 0
    assert "是一个文件夹" in done.stderr and ".part" not in done.stderr
    assert "Is a directory" not in done.stderr
