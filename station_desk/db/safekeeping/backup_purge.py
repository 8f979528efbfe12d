"""Backups made before a purge still hold the person: list them, say until when, purge them.

A purge promises that the person leaves the ledger, but every automatic backup made
before it keeps the whole record until rotation deletes it. After a purge the clerk is
shown which backups still hold the person (found by the ID number's bytes) and the latest
date rotation would remove them, and is offered to purge them too: each backup is
purged in a copy (``forget.forget_in_file``), checked like a new backup, and only then
put in place with a fresh checksum. Backups copied elsewhere (a USB stick) are out of
reach: the message says so.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from station_desk.db.safekeeping.backup import (
    BackupInfo,
    RotationPolicy,
    _backup_files,
    _fsync_dir,
    _write_sidecar,
    describe_backup,
)
from station_desk.db.safekeeping.forget import forget_in_file, members_in, purged_uuids
from station_desk.db.safekeeping.health import BACKING_UP, friendly_error, verify_ledger_file
from station_desk.db.schema.ledger import LedgerError
from station_desk.domain.messages import msg


@dataclass(frozen=True)
class HeldBackup:
    """A backup that still holds purged members (their uuids), and the latest day rotation
    removes it."""

    info: BackupInfo
    uuids: tuple[str, ...]
    until: date


def rotation_until(info: BackupInfo, policy: RotationPolicy | None = None) -> date:
    """The latest day rotation would delete the backup: a month's newest is kept a year."""
    policy = policy or RotationPolicy()
    days = max(policy.daily, policy.monthly * 31 + 31)
    return info.made_at.date() + timedelta(days=days)


def backups_holding(
    ledger_path: Path,
    uuids: Sequence[str] | None = None,
    policy: RotationPolicy | None = None,
) -> list[HeldBackup]:
    """The ledger's automatic backups that still hold purged members, newest first.

    ``uuids`` defaults to every member ever purged from the ledger (``forget.purged_uuids``).
    """
    wanted = list(uuids) if uuids is not None else purged_uuids(Path(ledger_path))
    found: list[HeldBackup] = []
    if not wanted:
        return found
    for path, _at, _reason in _backup_files(Path(ledger_path)):
        inside = tuple(members_in(path, wanted))
        if inside:
            info = describe_backup(path)
            found.append(HeldBackup(info, inside, rotation_until(info, policy)))
    return found


def describe_held(held: Sequence[HeldBackup]) -> str:
    """What the clerk is told after a purge (empty when no backup holds the person)."""
    if not held:
        return ""
    return msg(
        "{n} 份较早的自动备份中仍有被彻底删除者的资料（{first} 至 {last} 所做）。如不一并清除，它们将按轮换规则最迟于 {until} 前自动删除。复制到 U 盘等处的备份不在此列，需自行删除。",
        n=len(held),
        first=f"{min(h.info.made_at for h in held):%Y-%m-%d}",
        last=f"{max(h.info.made_at for h in held):%Y-%m-%d}",
        until=f"{max(h.until for h in held):%Y-%m-%d}",
    )


def purge_from_backups(held: Sequence[HeldBackup]) -> list[Path]:
    """Purge the members from each backup (through a checked copy); returns the backups done.

    A backup that fails is left as it was and named in the LedgerError raised at the end.
    """
    done: list[Path] = []
    failed: list[str] = []
    for item in held:
        path = item.info.path
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            shutil.copyfile(path, tmp)
            for uuid in item.uuids:
                forget_in_file(tmp, uuid)
            problems = verify_ledger_file(tmp, full=True)
            if problems:
                raise LedgerError(problems[0])
            os.replace(tmp, path)
            _fsync_dir(path.parent)
            _write_sidecar(path)
            done.append(path)
        except (OSError, LedgerError, RuntimeError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            failed.append(
                msg("{name}（{why}）", name=path.name, why=str(friendly_error(exc, BACKING_UP)))
            )
    if failed:
        raise LedgerError(msg("以下备份未能清除，保持原样：{names}", names="；".join(failed)))
    return done
