"""Reading back the PDFs the reports write: text per page, fonts, qpdf's verdict."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    """Extracted text of every page."""
    return [page.extract_text() for page in PdfReader(path).pages]


def compact(text: str) -> str:
    """Text without line breaks, so a wrapped cell reads as one string."""
    return text.replace("\n", "")


@dataclass(frozen=True)
class DrawnText:
    """A piece of text as drawn, with the font that drew it."""

    text: str
    base_font: str


def drawn_texts(path: Path) -> list[DrawnText]:
    """Every text operation on every page with its font's /BaseFont name."""
    found: list[DrawnText] = []
    for page in PdfReader(path).pages:

        def visit(text: str, _cm: Any, _tm: Any, font: Any, _size: Any) -> None:
            if text.strip() and font is not None:
                found.append(DrawnText(text, str(font.get("/BaseFont", ""))))

        page.extract_text(visitor_text=visit)
    return found


def fonts(path: Path) -> dict[str, bool]:
    """Every font any page uses: BaseFont -> whether its outlines are embedded (FontFile2)."""
    result: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            result[str(font["/BaseFont"])] = embedded
    return result


def qpdf_check(path: Path) -> None:
    """Run ``qpdf --check``; on CI qpdf must be there, elsewhere its absence skips."""
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        if os.environ.get("CI"):
            pytest.fail("qpdf is not installed; CI must install it (see .ci/run)")
        pytest.skip("qpdf not installed on this machine (apt-get install qpdf)")
    done = subprocess.run([qpdf, "--check", str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
