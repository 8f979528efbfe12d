"""Where the bundled resources (fonts, translations, icons) live.

In a source checkout they are in ``resources/`` at the top of the tree; an installed wheel
carries them as ``station_desk/_resources``. Plain Python, so reports and the desk share it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    """The folder holding ``fonts/`` and ``translations/``."""
    for candidate in (_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("找不到程序资源目录 resources/（字体、翻译文件）")


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource_path("fonts", "wqy-microhei.ttc")``."""
    return resources_dir().joinpath(*parts)


FONT_SANS = "wqy-microhei.ttc"
FONT_KAI = "LXGWWenKai-Regular.ttf"
FONT_KAI_BOLD = "LXGWWenKai-Bold.ttf"
