"""Writing a PDF so that a failed or cancelled print never leaves half a file behind.

The canvas writes to a temporary file in the destination folder (same file system, so the
final ``os.replace`` is atomic); any error or a cancel removes it and leaves an older file
of the same name untouched. A file that cannot be written is reported as a
``ValidationError`` on ``out_file`` naming the file the clerk chose, in the clerk's
language: never the hidden temporary name, never the system's English text.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError
from station_desk.reports.fonts import SANS, register

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class PrintCancelled(Exception):
    """The clerk cancelled the print; no file was written."""


def write_error(path: Path, exc: OSError) -> ValidationError:
    """Why ``path`` could not be written, in words the clerk can act on."""
    shown, folder = str(path), str(path.parent)
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        text = msg(
            "无法写入“{path}”：文件夹“{folder}”是只读的或没有写入权限，请换一个文件夹",
            path=shown,
            folder=folder,
        )
    elif code == errno.EISDIR:
        text = msg(
            "“{path}”是一个文件夹，请写出 PDF 文件名，如 {example}",
            path=shown,
            example=str(path / "打印.pdf"),
        )
    elif code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        text = msg(
            "磁盘空间不足，“{path}”没有写成（原有文件未改动）；请腾出空间或换一个位置再打印",
            path=shown,
        )
    elif code in (errno.ENOENT, errno.ENOTDIR):
        text = msg("无法写入“{path}”：文件夹“{folder}”不存在", path=shown, folder=folder)
    else:
        text = msg("无法写入“{path}”（系统错误 {code}）", path=shown, code=code or 0)
    return ValidationError("out_file", text)


@contextmanager
def pdf_canvas(path: Path, pagesize: tuple[float, float], title: str) -> Iterator[Canvas]:
    """A canvas whose pages land in ``path`` only if the block finishes without error."""
    path = Path(path)
    if path.is_dir():
        raise write_error(path, IsADirectoryError(errno.EISDIR, "", str(path)))
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".pdf.part", dir=path.parent
        )
        os.close(fd)
    except OSError as exc:
        raise write_error(path, exc) from None
    try:
        canvas = Canvas(
            tmp_name, pagesize=pagesize, pageCompression=1, initialFontName=register(SANS)
        )
        canvas.setTitle(title)
        canvas.setAuthor("驿站台账")
        canvas.setCreator("驿站台账 Station Desk")
        yield canvas
        try:
            _save_binary(canvas)
            os.chmod(tmp_name, 0o666 & ~_umask())
            os.replace(tmp_name, path)
        except OSError as exc:
            raise write_error(path, exc) from None
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


@cache
def _umask() -> int:
    """The process umask (read once: reading it means setting it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _save_binary(canvas: Canvas) -> None:
    """Save with plain Flate streams: ASCII85 on top only makes the file bigger and, in
    pure Python, costs ~0.5 s on a 450-page roster."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        canvas.save()
    finally:
        rl_config.useA85 = previous


class Ticker:
    """Reports progress and checks for cancellation once per unit of work (page, certificate)."""

    def __init__(self, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled

    def check(self) -> None:
        """Raise :class:`PrintCancelled` if the clerk asked to stop."""
        if self._cancelled is not None and self._cancelled():
            raise PrintCancelled("打印已取消")

    def step(self) -> None:
        """One more unit done."""
        self.done += 1
        if self._progress is not None:
            self._progress(self.done, self.total)
