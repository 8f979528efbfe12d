"""Before the window: are the Linux libraries Qt's xcb platform plugin needs installed?

Without libxcb-cursor0 (and a few more xcb libraries) Qt cannot load its xcb plugin and
aborts with its own English message about "platform plugins", which tells a clerk nothing.
The desk looks for them first, by loading each by its soname (a millisecond; no ldconfig),
and says which are missing and the apt command that installs them. Plain Python, no Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

#: (soname, Debian/Ubuntu package) of what Qt 6's xcb plugin loads beyond a basic X desktop.
XCB_LIBRARIES: tuple[tuple[str, str], ...] = (
    ("libxcb-cursor.so.0", "libxcb-cursor0"),
    ("libxcb-icccm.so.4", "libxcb-icccm4"),
    ("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("libxcb-image.so.0", "libxcb-image0"),
    ("libxcb-render-util.so.0", "libxcb-render-util0"),
    ("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)


def _loads(soname: str) -> bool:
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(platform: str, env: Mapping[str, str]) -> bool:
    """Whether Qt will use its xcb plugin: on Linux, unless another platform is asked for."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    return not chosen or chosen.split(":")[0].split(";")[0] == "xcb"


def missing_libraries(
    platform: str = sys.platform,
    env: Mapping[str, str] | None = None,
    loads: Callable[[str], bool] = _loads,
) -> list[tuple[str, str]]:
    """(soname, package) of each xcb library that does not load; empty when all do."""
    if not uses_xcb(platform, os.environ if env is None else env):
        return []
    return [(soname, package) for soname, package in XCB_LIBRARIES if not loads(soname)]


def missing_message(missing: list[tuple[str, str]]) -> str:
    """Two lines, Chinese then English: what is missing and the command that installs it."""
    names = "、".join(soname for soname, _ in missing)
    packages = " ".join(package for _, package in missing)
    return (
        f"驿站台账的窗口打不开：缺少系统库 {names}。"
        f"请运行 sudo apt install {packages} 安装后再启动。\n"
        f"The desk's window cannot open: missing system libraries "
        f"{', '.join(s for s, _ in missing)}. Install them with: sudo apt install {packages}"
    )
