"""Safekeeping dialogs driven for real, offscreen; each is also rendered to PNG to look at."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from station_desk.db.safekeeping import backup
from station_desk.db.safekeeping.door import check_on_open
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.domain.enums import Gender, TeamKind
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import MemberData, TeamData
from station_desk.services import members, teams
from station_desk.ui.fonts import register_bundled_fonts, ui_font
from station_desk.ui.history_dialog import HistoryDialog
from station_desk.ui.safekeeping_dialogs import (
    BackupToDialog,
    DamagedLedgerDialog,
    RecycleBinDialog,
    RestoreDialog,
)

SHOTS = os.environ.get("STATION_DESK_SHOTS")


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    ledger = open_ledger(tmp_path / "ledger.sqlite3")
    with ledger.unit_of_work("王会计") as s:
        for i, name in enumerate(("孙秀英", "周桂兰", "刘东军")):
            number = make_id_number("370124", date(1948, 5, 2), 60 + i, Gender.FEMALE)
            members.add_member(s, MemberData(name=name, id_number=number), confirmed=True)
        teams.add_team(s, TeamData(name="乐康艺术团", kind=TeamKind.ARTS))
    yield ledger
    ledger.close()


def _shoot(widget: QWidget, name: str) -> None:
    register_bundled_fonts()
    widget.setFont(ui_font())
    widget.show()
    image = widget.grab()
    assert image.width() > 100
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(SHOTS) / f"{name}.png"))


def test_backup_to_writes_verified_file(qtbot, ledger: Ledger, tmp_path: Path) -> None:
    dialog = BackupToDialog(ledger)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "U盘" / "备份.sqlite3"))
    dialog.run_backup()
    assert "U 盘是否已插好" in dialog.status.text()
    _shoot(dialog, "backup_to")
    (tmp_path / "U盘").mkdir()
    dialog.run_backup()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_info is not None and dialog.result_info.counts["member"] == 3
    assert backup.sha256_path(dialog.result_info.path).exists()


def test_restore_lists_backups_with_counts(qtbot, ledger: Ledger) -> None:
    backup.make_backup(ledger.path, now=datetime(2024, 3, 1, 9, 30))
    newest = backup.make_backup(ledger.path, reason="migration", now=datetime(2024, 3, 2, 9, 30))
    dialog = RestoreDialog(ledger.path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 1).text() == "升级前"
    assert dialog.table.item(0, 3).text() == "3"
    assert dialog.table.item(0, 7).text() == "已校验"
    _shoot(dialog, "restore")
    dialog._choose_selected()
    assert dialog.chosen == newest.path


def test_recycle_bin_restores_and_purges(qtbot, ledger: Ledger) -> None:
    with ledger.unit_of_work() as s:
        members.delete_member(s, 1)
        members.delete_member(s, 2)
        teams.delete_team(s, 1)
    dialog = RecycleBinDialog(ledger)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 3
    assert {dialog.table.item(r, 0).text() for r in range(3)} == {"老同志", "队伍"}
    _shoot(dialog, "recycle_bin")
    names = [e.label for e in dialog.entries]
    dialog.table.selectRow(names.index("孙秀英"))
    dialog.restore_selected()
    assert dialog.table.rowCount() == 2
    dialog.table.selectRow([e.label for e in dialog.entries].index("周桂兰"))
    assert dialog.purge_selected() == 1
    assert [e.label for e in dialog.entries] == ["乐康艺术团"]


def test_history_of_a_record_and_of_the_whole_log(qtbot, ledger: Ledger) -> None:
    with ledger.unit_of_work("李主任") as s:
        number = make_id_number("370124", date(1948, 5, 2), 60, Gender.FEMALE)
        members.update_member(
            s, 1, MemberData(name="孙秀云", id_number=number, phone="13905310001"), confirmed=True
        )
    record = HistoryDialog(ledger, table="member", row_id=1)
    qtbot.addWidget(record)
    assert record.table.rowCount() == 2
    assert "姓名：孙秀英 → 孙秀云" in record.table.item(0, 5).text()
    _shoot(record, "history_record")
    whole = HistoryDialog(ledger)
    qtbot.addWidget(whole)
    assert whole.table.rowCount() == 5
    whole.operator.setCurrentIndex(whole.operator.findData("李主任"))
    assert whole.table.rowCount() == 1
    _shoot(whole, "history_log")
    whole.since.setDate(whole.until.date().addDays(1))
    assert whole.table.rowCount() == 0


def test_damaged_ledger_offers_the_backup(qtbot, ledger: Ledger) -> None:
    good = backup.make_backup(ledger.path)
    ledger.close()
    with ledger.path.open("r+b") as fh:
        fh.write(b"\x00" * 100)
    health = check_on_open(ledger.path)
    dialog = DamagedLedgerDialog(health)
    qtbot.addWidget(dialog)
    assert dialog.restore_button.isEnabled()
    _shoot(dialog, "damaged")
    dialog.restore_button.click()
    assert dialog.choice == DamagedLedgerDialog.RESTORE
    assert health.offer is not None and health.offer.path == good.path


def test_recycle_bin_offers_to_purge_older_backups_too(
    qtbot, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    from station_desk.ui import errors

    old = backup.make_backup(ledger.path, now=datetime(2024, 3, 1, 9, 30))
    with ledger.unit_of_work() as s:
        members.delete_member(s, 2)
    dialog = RecycleBinDialog(ledger)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(errors, "ask_yes_no", answer)
    assert dialog.purge_selected() == 1
    assert dialog.offer_backups() == 1
    assert "1 份较早的自动备份中仍有被彻底删除者的资料" in asked[0]
    assert "周桂兰".encode() not in old.path.read_bytes()
    assert backup.verify_backup(old.path).counts["member"] == 2


def test_daily_full_check_runs_on_the_worker_and_forbids_the_seal_on_damage(
    qtbot, ctx, shown_errors: list[BaseException], monkeypatch: pytest.MonkeyPatch
) -> None:
    from station_desk.db.safekeeping import health
    from station_desk.ui.safekeeping_actions import _full_check_key, schedule_full_check

    window = QWidget()
    qtbot.addWidget(window)
    path = ctx.ledger.path
    health.admit(path)
    schedule_full_check(window, ctx, delay_ms=0)
    qtbot.waitUntil(lambda: ctx.settings.value(_full_check_key(path)) == date.today().isoformat())
    assert health.may_seal(path) and not shown_errors

    ctx.settings.remove(_full_check_key(path))
    monkeypatch.setattr(
        health, "verify_ledger_file", lambda *_a, **_k: ["row 5 missing from index"]
    )
    schedule_full_check(window, ctx, delay_ms=0)
    qtbot.waitUntil(lambda: bool(shown_errors))
    assert "每日后台检查发现台账" in str(shown_errors[0]) and "row 5" in str(shown_errors[0])
    assert not health.may_seal(path), "damage found: the lock must not seal at closing"
    shown_errors.clear()
