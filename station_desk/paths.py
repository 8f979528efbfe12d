"""Where ledgers live: the data folder, the default ledger, the demo ledger.

The default is ``ledger.sqlite3`` in the user's data folder; ``--db PATH`` or the
``STATION_DESK_DB`` variable chooses another.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from platformdirs import user_data_dir

from station_desk.domain.messages import Message, msg

APP_DIR_NAME = "StationDesk"
ENV_DB = "STATION_DESK_DB"
ENV_DATA = "STATION_DESK_DATA"


def data_dir() -> Path:
    """The user's data folder for Station Desk (``STATION_DESK_DATA`` overrides, for tests)."""
    override = os.environ.get(ENV_DATA)
    return Path(override) if override else Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def default_ledger_path() -> Path:
    env = os.environ.get(ENV_DB)
    return Path(env) if env else data_dir() / "ledger.sqlite3"


def demo_ledger_path() -> Path:
    return data_dir() / "demo.sqlite3"


def log_path() -> Path:
    return data_dir() / "station-desk.log"


class FolderError(Exception):
    """A ledger's folder cannot be made; the message names the folder and the real reason."""


def ensure_folder(folder: Path) -> Path:
    """Make ``folder`` (and its parents) unless it exists; ``FolderError`` in words if not.

    A new PC has no data folder yet: the lock file, the ledger and its backups all go in it,
    so it is made before anything else touches it. The reason says what is really wrong
    (a file in the way, a read-only parent, a full disk) rather than only "permission".
    """
    folder = Path(folder)
    if folder.is_dir():
        return folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise FolderError(
            msg(
                "无法创建文件夹“{folder}”：{reason}",
                folder=str(folder),
                reason=_folder_reason(folder, exc),
            )
        ) from exc
    return folder


def _blocking_file(folder: Path) -> Path | None:
    """The first path on the way to ``folder`` that exists but is not a folder."""
    for part in (folder, *folder.parents):
        if part.exists() or part.is_symlink():
            return None if part.is_dir() else part
    return None


def _nearest_existing(folder: Path) -> Path:
    for part in folder.parents:
        if part.is_dir():
            return part
    return Path(folder.anchor) if folder.anchor else folder


def _folder_reason(folder: Path, exc: OSError) -> Message:
    blocking = _blocking_file(folder)
    if blocking is not None or exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return msg(
            "“{path}”是一个文件，不是文件夹；请改名或移走它，或用 --db 选择别的位置。",
            path=str(blocking or folder),
        )
    if exc.errno == errno.ENOSPC:
        return msg("磁盘已满；请先腾出空间。")
    if exc.errno == errno.EROFS:
        return msg("所在磁盘是只读的；请用 --db 选择可写的位置。")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return msg(
            "上级文件夹“{parent}”只读或没有写入权限；请用 --db 选择别的位置。",
            parent=str(_nearest_existing(folder)),
        )
    return msg("{reason}", reason=exc.strerror or str(exc))
