"""The desk names the missing Linux libraries instead of Qt's own abort (issue 13)."""

from __future__ import annotations

from station_desk.system_libraries import XCB_LIBRARIES, missing_libraries, missing_message


def test_a_missing_xcb_library_is_named_with_its_package() -> None:
    absent = {"libxcb-cursor.so.0"}
    missing = missing_libraries("linux", {}, loads=lambda soname: soname not in absent)
    assert missing == [("libxcb-cursor.so.0", "libxcb-cursor0")]
    text = missing_message(missing)
    assert "libxcb-cursor.so.0" in text and "sudo apt install libxcb-cursor0" in text


def test_nothing_is_checked_off_linux_or_for_another_platform_plugin() -> None:
    def none_load(_soname: str) -> bool:
        return False

    assert missing_libraries("win32", {}, loads=none_load) == []
    assert missing_libraries("linux", {"QT_QPA_PLATFORM": "offscreen"}, loads=none_load) == []
    assert missing_libraries("linux", {"QT_QPA_PLATFORM": "wayland"}, loads=none_load) == []
    assert len(missing_libraries("linux", {"QT_QPA_PLATFORM": "xcb"}, loads=none_load)) == len(
        XCB_LIBRARIES
    )
