"""Features that add menus, actions or tabs to the main window, each from its own module.

Each module named here has ``install(window: MainWindow) -> None``; the main window calls
``install_extensions`` once its own menus exist. Keeping the list here lets a feature join
the desk without the main window growing a method per feature.
"""

from __future__ import annotations

import importlib
from typing import Any

EXTENSION_MODULES: tuple[str, ...] = (
    "station_desk.ui.exchange_actions",
    "station_desk.ui.safekeeping_actions",
    "station_desk.ui.summary_actions",
    "station_desk.ui.print_actions",
    "station_desk.ui.batch_actions",
)


def install_extensions(window: Any) -> None:
    for name in EXTENSION_MODULES:
        importlib.import_module(name).install(window)
