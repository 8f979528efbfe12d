"""Guards against binding bugs measured on this machine (docs/ARCHITECTURE.md §Traps)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


@pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="None is immortal from CPython 3.12 on; its count is fixed"
)
def test_void_calls_keep_none_refcount(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on CPython 3.11 dropped a reference to None per void call and aborted."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setEnabled(True)
    before = sys.getrefcount(None)
    for _ in range(10_000):
        widget.setEnabled(True)
    after = sys.getrefcount(None)
    assert abs(after - before) < 100, (before, after)
