"""The recycle bin: list, restore with links, purge by hand and after 30 days, no trace left."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.db.schema.models import (
    Member,
    ServiceActivity,
    ServiceRecord,
    Team,
    TeamMembership,
)
from station_desk.domain.enums import Gender, TeamKind
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import ActivityData, MemberData, TeamData
from station_desk.domain.problems import ValidationError
from station_desk.services import activities, members, recycle, teams


@pytest.fixture
def ledger(tmp_path: Path) -> Ledger:
    ledger = open_ledger(tmp_path / "ledger.sqlite3")
    yield ledger
    ledger.close()


def _seed(ledger: Ledger) -> dict[str, int]:
    with ledger.unit_of_work("测试") as s:
        ids = [
            members.add_member(
                s,
                MemberData(
                    name=name,
                    id_number=make_id_number("370124", date(1948, 5, 2), 30 + i, Gender.FEMALE),
                    phone=f"1390531{i:04d}",
                ),
                confirmed=True,
            )
            for i, name in enumerate(("孙秀英", "周桂兰"))
        ]
        team = teams.add_team(s, TeamData(name="老干部博爱驿站", kind=TeamKind.VOLUNTEER))
        teams.add_team_members(s, team, ids, joined_on=date(2021, 1, 5))
        activity = activities.record_activity(
            s,
            ActivityData(
                team_id=team,
                title="入户探访",
                held_on=date(2021, 3, 1),
                minutes={ids[0]: 120, ids[1]: 90},
            ),
        )
    return {"member": ids[0], "other": ids[1], "team": team, "activity": activity}


def _count(ledger: Ledger, stmt: object) -> int:
    with ledger.reading() as s:
        return int(s.scalar(stmt) or 0)  # type: ignore[call-overload]


def test_bin_lists_every_kind_and_restore_brings_links_back(ledger: Ledger) -> None:
    ids = _seed(ledger)
    with ledger.unit_of_work() as s:
        members.delete_member(s, ids["member"])
        activities.delete_activity(s, ids["activity"])
        teams.delete_team(s, ids["team"])
    with ledger.reading() as s:
        entries = recycle.list_bin(s)
    assert {(e.kind, e.kind_label) for e in entries} == {
        ("member", "老同志"),
        ("team", "队伍"),
        ("activity", "志愿服务活动"),
    }
    assert entries[0].days_left() == 30
    assert entries[0].days_left(now=entries[0].deleted_at + timedelta(days=29, hours=1)) == 1
    with ledger.unit_of_work() as s:
        recycle.restore_entry(s, "activity", ids["activity"])
        recycle.restore_entry(s, "member", ids["member"])
    with ledger.reading() as s:
        assert recycle.list_bin(s) == []
        team = s.get(Team, ids["team"])
        assert team is not None and team.deleted_at is None, "the activity's team came back too"
    assert _count(ledger, select(func.count()).select_from(ServiceRecord)) == 2
    assert _count(ledger, select(func.count()).select_from(TeamMembership)) == 2


def test_purge_refuses_live_rows_and_unknown_kinds(ledger: Ledger) -> None:
    ids = _seed(ledger)
    with pytest.raises(ValidationError, match="回收站中没有这条记录"):
        recycle.purge(ledger, [("member", ids["member"])])
    with pytest.raises(ValidationError, match="类别"):
        recycle.purge(ledger, [("grid", 1)])
    assert _count(ledger, select(func.count()).select_from(Member)) == 2


def test_purge_team_takes_its_links_and_binned_activity(ledger: Ledger) -> None:
    ids = _seed(ledger)
    with ledger.unit_of_work() as s:
        activities.delete_activity(s, ids["activity"])
        teams.delete_team(s, ids["team"])
    assert recycle.purge(ledger, [("team", ids["team"]), ("activity", ids["activity"])]) == 2
    assert _count(ledger, select(func.count()).select_from(ServiceActivity)) == 0
    assert _count(ledger, select(func.count()).select_from(TeamMembership)) == 0
    assert _count(ledger, select(func.count()).select_from(Member)) == 2


def test_purge_after_thirty_days_only(ledger: Ledger) -> None:
    ids = _seed(ledger)
    now = datetime(2024, 7, 1, 12, 0)
    with ledger.unit_of_work() as s:
        members.delete_member(s, ids["member"])
        members.delete_member(s, ids["other"])
        s.execute(
            update(Member)
            .where(Member.id == ids["member"])
            .values(deleted_at=now - timedelta(days=31))
        )
        s.execute(
            update(Member)
            .where(Member.id == ids["other"])
            .values(deleted_at=now - timedelta(days=29))
        )
    assert recycle.purge_expired(ledger, now=now) == 1
    with ledger.reading() as s:
        assert [e.id for e in recycle.list_bin(s)] == [ids["other"]]


def test_purged_member_leaves_no_id_number_in_the_file(ledger: Ledger) -> None:
    """An idle connection held open keeps the WAL from being removed on close, as a desk
    with a reader would; the purge must still leave the number in neither file."""
    holder = ledger.engine.raw_connection()
    ids = _seed(ledger)
    with ledger.reading() as s:
        member = s.get(Member, ids["member"])
        assert member is not None
        number, phone = member.id_number, member.phone
    with ledger.unit_of_work() as s:
        members.delete_member(s, ids["member"])
    files = [ledger.path, Path(f"{ledger.path}-wal")]
    assert number.encode() in files[1].read_bytes(), "the WAL holds the number before a purge"
    recycle.purge(ledger, [("member", ids["member"])])
    for f in files:
        if f.exists():
            data = f.read_bytes()
            assert number.encode() not in data, f"{f.name} still holds the ID number"
            assert number[-6:].encode() not in data, f"{f.name} still holds the ID's last digits"
            assert phone.encode() not in data
    with ledger.reading() as s:
        assert s.get(Member, ids["other"]) is not None
    holder.close()


NAME, ADDRESS = "孙秀英", "榆山街道翠屏社区十二号楼"


def _everything_about_her(ledger: Ledger) -> tuple[int, list[str]]:
    """孙秀英 with a team, hours, an address and a certificate; her needles for the greps."""
    from station_desk.domain.enums import CertificateKind
    from station_desk.services.certificates import CertificateRequest, issue_certificates

    ids = _seed(ledger)
    with ledger.unit_of_work("测试") as s:
        her = s.get(Member, ids["member"])
        assert her is not None
        data = MemberData(name=NAME, id_number=her.id_number, phone=her.phone, address=ADDRESS)
        members.update_member(s, ids["member"], data, confirmed=True)
        issue_certificates(
            s,
            CertificateKind.HONOR,
            [CertificateRequest(ids["member"], NAME, {"name": NAME, "reason": "抗疫"})],
            issued_on=date(2021, 6, 1),
        )
        member = s.get(Member, ids["member"])
        assert member is not None
        needles = [NAME, member.id_number, member.id_number[-6:], member.phone, ADDRESS]
        members.delete_member(s, ids["member"])
    return ids["member"], needles


def _grep(paths: list[Path], needles: list[str]) -> list[str]:
    found = []
    for path in paths:
        if path.exists():
            data = path.read_bytes()
            found += [f"{path.name}: {n}" for n in needles if n.encode() in data]
    return found


def test_purge_takes_the_name_from_log_and_register_and_from_the_file(ledger: Ledger) -> None:
    from station_desk.db.safekeeping.forget import PURGED_LABEL
    from station_desk.db.schema.models import CertificateIssue, ChangeLog

    holder = ledger.engine.raw_connection()  # keeps the WAL alive, as a desk's reader would
    member_id, needles = _everything_about_her(ledger)
    recycle.purge(ledger, [("member", member_id)])
    with ledger.reading() as s:
        labels = list(s.scalars(select(ChangeLog.row_label)))
        register = [
            (c.serial, c.recipient_name, c.content) for c in s.scalars(select(CertificateIssue))
        ]
    assert NAME not in labels and PURGED_LABEL in labels
    assert [(bool(serial), name) for serial, name, _ in register] == [(True, PURGED_LABEL)]
    assert NAME not in register[0][2]
    files = [ledger.path, Path(f"{ledger.path}-wal")]
    holder.close()
    assert _grep(files, needles) == []


def test_backups_before_a_purge_are_listed_and_purged_on_request(
    ledger: Ledger, capsys: pytest.CaptureFixture[str]
) -> None:
    from station_desk.cli import main
    from station_desk.db.safekeeping import backup
    from station_desk.db.safekeeping.backup_purge import backups_holding

    member_id, needles = _everything_about_her(ledger)
    before = [
        backup.make_backup(ledger.path, now=datetime(2024, 5, day, 9, 0)).path for day in (1, 2)
    ]
    with ledger.unit_of_work() as s:
        s.execute(
            update(Member).where(Member.id == member_id).values(deleted_at=datetime(2020, 1, 1))
        )
    ledger.close()
    capsys.readouterr()
    assert main(["--db", str(ledger.path), "purge-bin"]) == 0
    out = capsys.readouterr().out
    assert "2 份较早的自动备份中仍有被彻底删除者的资料" in out and "最迟于 2025-" in out
    assert len(backups_holding(ledger.path)) == 2
    assert _grep(before, needles), "the backups still hold her until asked"
    assert main(["--db", str(ledger.path), "purge-bin", "--also-backups"]) == 0
    assert "已同时从 2 份较早的自动备份中清除" in capsys.readouterr().out
    assert _grep([ledger.path, Path(f"{ledger.path}-wal"), *before], needles) == []
    assert backups_holding(ledger.path) == []
    assert all(backup.verify_backup(p).counts["member"] == 1 for p in before)
