"""Bundled fonts for the screen: a PC without Chinese fonts would otherwise show boxes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from station_desk.resources import FONT_KAI, FONT_KAI_BOLD, FONT_SANS, resource_path

SANS_FAMILY = "WenQuanYi Micro Hei"
KAI_FAMILY = "LXGW WenKai"
UI_POINT_SIZE = 10

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Add the three bundled fonts to Qt once; return the families they provide."""
    if _registered:
        return list(_registered)
    for name in (FONT_SANS, FONT_KAI, FONT_KAI_BOLD):
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            raise RuntimeError(f"无法加载字体文件 {name}")
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def ui_font(point_size: int = UI_POINT_SIZE) -> QFont:
    """Micro Hei first; WenKai covers the rare characters it lacks (䶮, 𠮷)."""
    font = QFont(SANS_FAMILY, point_size)
    font.setFamilies([SANS_FAMILY, KAI_FAMILY])
    return font


def apply_app_font(app: QApplication) -> None:
    register_bundled_fonts()
    app.setFont(ui_font())
