"""The desk's settings file (QSettings), with no database import.

Read before the first paint (language, last ledger, window size), so it must not pull in
SQLAlchemy; ``ui.context`` and ``app`` both take it from here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

SETTINGS_ORG = "StationDesk"
SETTINGS_APP = "desk"


def desk_settings() -> QSettings:
    """An INI file in the user's config folder (tests point ``QSettings.setPath`` elsewhere)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, SETTINGS_ORG, SETTINGS_APP
    )
