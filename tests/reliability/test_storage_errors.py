"""Storage trouble in words: full disk, read-only place, I/O errors; network and USB drives."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from station_desk.db.safekeeping.health import (
    friendly_error,
    linux_drive_kind,
    location_warning,
    storage_errors,
)
from station_desk.db.schema.ledger import LedgerError

MOUNTS = """\
/dev/vda1 / ext4 rw 0 0
//nas/share /mnt/share cifs rw 0 0
server:/export /home/clerk/nfs nfs4 rw 0 0
/dev/sdb1 /media/clerk/U\\040DISK vfat rw 0 0
"""


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (sqlite3.OperationalError("database or disk is full"), "磁盘空间已满"),
        (OSError(errno.ENOSPC, "No space left on device"), "磁盘空间已满"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "只读或没有写入权限"),
        (OSError(errno.EROFS, "Read-only file system"), "只读或没有写入权限"),
        (PermissionError(errno.EACCES, "Permission denied"), "只读或没有写入权限"),
        (sqlite3.OperationalError("disk I/O error"), "读写磁盘出错"),
        (sqlite3.DatabaseError("database disk image is malformed"), "台账文件已损坏"),
    ],
)
def test_storage_errors_become_clear_chinese(error: Exception, words: str) -> None:
    message = str(friendly_error(error, "保存"))
    assert words in message
    assert "保存未完成" in message


def test_wrapped_driver_errors_are_unwrapped() -> None:
    from sqlalchemy.exc import OperationalError

    wrapped = OperationalError(
        "INSERT ...", {}, sqlite3.OperationalError("database or disk is full")
    )
    with pytest.raises(LedgerError, match="磁盘空间已满"), storage_errors("导入"):
        raise wrapped


def test_other_errors_pass_untouched() -> None:
    with pytest.raises(KeyError), storage_errors():
        raise KeyError("x")


def test_network_and_removable_drives_detected(tmp_path: Path) -> None:
    block = tmp_path / "block"
    (block / "sdb").mkdir(parents=True)
    (block / "sdb" / "removable").write_text("1\n")
    (block / "vda").mkdir()
    (block / "vda" / "removable").write_text("0\n")
    assert linux_drive_kind(Path("/mnt/share/ledger.sqlite3"), MOUNTS, block) == "network"
    assert linux_drive_kind(Path("/home/clerk/nfs/a.sqlite3"), MOUNTS, block) == "network"
    assert linux_drive_kind(Path("/media/clerk/U DISK/a.sqlite3"), MOUNTS, block) == "removable"
    assert linux_drive_kind(Path("/home/clerk/a.sqlite3"), MOUNTS, block) == "local"
    assert "WAL" in (location_warning(Path("x"), "network") or "")
    assert "U 盘" in (location_warning(Path("x"), "removable") or "")
    assert location_warning(Path("x"), "local") is None
