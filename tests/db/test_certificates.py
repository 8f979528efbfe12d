"""Serial numbers are unique under repeated and concurrent issuing; reprints keep theirs."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.domain.enums import CertificateKind
from station_desk.domain.problems import ValidationError
from station_desk.services.certificates import (
    CertificateRequest,
    certificate_register,
    issue_certificates,
    reprint_certificate,
)
from station_desk.services.common import set_setting

ON = date(2026, 11, 27)


def issue(ledger: Ledger, names: list[str]) -> list[str]:
    with ledger.unit_of_work() as s:
        issued = issue_certificates(
            s,
            CertificateKind.HONOR,
            [CertificateRequest(None, n, {"honour": "优秀志愿者"}) for n in names],
            issued_on=ON,
        )
    return [c.serial for c in issued]


def test_serials_are_readable_sequential_and_per_year(ledger: Ledger) -> None:
    with ledger.unit_of_work() as s:
        set_setting(s, "serial_prefix", "平阴驿站")
    assert issue(ledger, ["张三", "李四"]) == ["平阴驿站-2026-0001", "平阴驿站-2026-0002"]
    assert issue(ledger, ["王五"]) == ["平阴驿站-2026-0003"]


def test_reprint_takes_no_new_number_and_says_so(ledger: Ledger) -> None:
    (serial,) = issue(ledger, ["张三"])
    with ledger.unit_of_work() as s:
        again = reprint_certificate(s, serial)
    assert again.serial == serial and again.reprint and again.reprint_count == 1
    assert again.content == {"honour": "优秀志愿者"}
    with ledger.reading() as s:
        assert [c.serial for c in certificate_register(s)] == [serial]
    assert issue(ledger, ["李四"]) != [serial]


def test_a_failed_issue_takes_no_number(ledger: Ledger) -> None:
    with pytest.raises(ValidationError), ledger.unit_of_work() as s:
        issue_certificates(
            s, CertificateKind.HONOR, [CertificateRequest(None, " ", {})], issued_on=ON
        )
    assert issue(ledger, ["张三"])[0].endswith("-0001")


WORKER = """
import sys
from datetime import date
from pathlib import Path
from station_desk.db.schema.ledger import open_ledger
from station_desk.domain.enums import CertificateKind
from station_desk.services.certificates import CertificateRequest, issue_certificates
ledger = open_ledger(Path(sys.argv[1]), create=False)
for i in range(15):
    with ledger.unit_of_work() as s:
        for c in issue_certificates(s, CertificateKind.HONOR,
                [CertificateRequest(None, "并发", {})], issued_on=date(2026, 11, 27)):
            print(c.serial, flush=True)
"""


def test_concurrent_issuing_from_two_programs_never_repeats_a_number(
    empty_ledger_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "l.sqlite3"
    path.write_bytes(empty_ledger_file.read_bytes())
    open_ledger(path).close()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    serials = [line.strip() for p in procs for line in p.communicate(timeout=120)[0].splitlines()]
    assert all(p.returncode == 0 for p in procs)
    assert len(serials) == 45 and len(set(serials)) == 45
    ledger = open_ledger(path)
    with ledger.reading() as s:
        stored = s.execute(text("SELECT count(DISTINCT serial) FROM certificate_issue")).scalar()
    ledger.close()
    assert stored == 45
