"""What interrupted backups and restores leave behind, cleaned at the next door.

A backup is written to a hidden ``.<name>.<pid>.tmp`` beside its target and a restore stages
``.<ledger>.<pid>.restoring``; a kill or a power cut leaves them, as big as the ledger.
The door check removes those whose writer is gone (the process id in the name), never a
copy being written now, and nothing that is not named after this ledger.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

BACKUP_DIR_NAME = "backups"

_LEFTOVER = re.compile(r"^\..+?(?:\.(?P<pid>\d+))?\.(?:tmp|restoring)$")


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_leftovers(ledger_path: Path) -> list[Path]:
    """Remove what interrupted backups and restores left (hidden ``.tmp``/``.restoring``
    copies as big as the ledger) in the ledger's folder and its ``backups/``; a copy whose
    writer is still running is left alone."""
    removed: list[Path] = []
    stem = Path(ledger_path).stem
    for folder in (Path(ledger_path).parent, Path(ledger_path).parent / BACKUP_DIR_NAME):
        try:
            names = list(folder.iterdir()) if folder.is_dir() else []
        except OSError:
            continue
        for path in names:
            match = _LEFTOVER.match(path.name)
            if not match or not path.is_file() or not path.name.lstrip(".").startswith(stem):
                continue
            if match["pid"] and _alive(int(match["pid"])):
                continue
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                continue
    return removed
