"""Driving the import wizard to its tree page, as the wizard tests all begin."""

from __future__ import annotations

from typing import Any

from station_desk.ui.context import DeskContext
from station_desk.ui.import_wizard import ImportWizard


def wizard_past_columns(
    ctx: DeskContext, qtbot: Any, path: object, *, wide: bool = False, tick: str = ""
) -> ImportWizard:
    """The wizard with ``path`` chosen (and the choice page's ``tick`` box ticked), its
    columns matched and confirmed: the next page (the tree) is loading."""
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    if wide:
        wizard.resize(1100, 720)
    wizard.show()
    wizard.choose.path.setText(str(path))
    if tick:
        getattr(wizard.choose, tick).setChecked(True)
    wizard.next()
    qtbot.waitUntil(wizard.mapping_page.isComplete, timeout=10000)
    wizard.next()
    return wizard
