"""Where ledgers live: the data folder, the default ledger, the demo ledger.

The default is ``ledger.sqlite3`` in the user's data folder; ``--db PATH`` or the
``STATION_DESK_DB`` variable chooses another.
"""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir

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
