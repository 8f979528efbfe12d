"""The bundled CJK fonts, per-character fallback and safe paragraph markup.

A glyph missing from a TrueType font prints as nothing and reportlab says nothing about it,
so a member named 䶮 would vanish from a roster printed in Micro Hei. Every piece of text that
goes on paper passes through :func:`font_runs` (or :func:`markup`, built on it), which picks
for each character the first font of a fallback chain that has a glyph for it and replaces a
character no bundled font has with a visible "□", recording it so the caller can tell the clerk.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from station_desk.resources import FONT_KAI, FONT_KAI_BOLD, FONT_SANS, resource_path

log = logging.getLogger(__name__)

SANS = "StationSans"
KAI = "StationKai"
KAI_BOLD = "StationKaiBold"

PLACEHOLDER = "□"

_FILES: dict[str, tuple[str, int]] = {
    SANS: (FONT_SANS, 0),
    KAI: (FONT_KAI, 0),
    KAI_BOLD: (FONT_KAI_BOLD, 0),
}

_FALLBACKS: dict[str, tuple[str, ...]] = {
    SANS: (SANS, KAI),
    KAI: (KAI, SANS),
    KAI_BOLD: (KAI_BOLD, KAI, SANS),
}

_DROPPED_CATEGORIES = frozenset({"Cc", "Cf"})


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be").hex().upper()


@cache
def _fix_unicode_maps() -> None:
    """Make reportlab's ToUnicode maps right for characters beyond U+FFFF.

    ``ttfonts.makeToUnicodeCMap`` writes ``<20BB7>`` for 𠮷, an odd-length code that PDF
    readers reject, so the name cannot be searched or copied. PDF wants UTF-16 there
    (``<D842DFB7>``); the wrapper rewrites just those entries.
    """
    original = ttfonts.makeToUnicodeCMap

    def make(fontname: str, subset: Sequence[int]) -> str:
        cmap = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                cmap = cmap.replace(
                    f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{_utf16_hex(code)}>"
                )
        return cmap  # type: ignore[no-any-return]

    ttfonts.makeToUnicodeCMap = make


@cache
def register(font_name: str) -> str:
    """Register one bundled font with reportlab on first use; parsing a font costs ~0.2 s.

    reportlab embeds TrueType fonts as subsets on its own, so the PDF carries only the
    glyphs it uses. Returns the name to use in styles and ``<font name=...>``.
    """
    if font_name not in _FILES:
        raise ValueError(f"未知字体：{font_name}")
    filename, index = _FILES[font_name]
    _fix_unicode_maps()
    pdfmetrics.registerFont(
        TTFont(font_name, str(resource_path("fonts", filename)), subfontIndex=index)
    )
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(font_name, bold, italic, font_name)
    return font_name


@cache
def _coverage(font_name: str) -> dict[int, int]:
    register(font_name)
    font = pdfmetrics.getFont(font_name)
    return font.face.charToGlyph  # type: ignore[attr-defined, no-any-return]


def has_glyph(font_name: str, char: str) -> bool:
    """Whether the font draws ``char`` (by its cmap, not by guessing from the code point)."""
    return ord(char) in _coverage(font_name)


def _clean(text: str) -> str:
    """Tabs and odd spaces become spaces; invisible format characters (zero-width) go."""
    if text.isprintable():
        return text
    out = []
    for char in text:
        if char == "\n":
            out.append(char)
        elif char in "\t\r\v\f":
            out.append(" ")
        elif unicodedata.category(char) not in _DROPPED_CATEGORIES:
            out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class Run:
    """A stretch of text drawn with one font."""

    font: str
    text: str


def font_runs(text: str, base_font: str, missing: list[str] | None = None) -> list[Run]:
    """Split ``text`` into runs of one font each, falling back per character.

    Characters no bundled font has become ``PLACEHOLDER`` and are appended to ``missing``.
    """
    runs, lost = _runs(text, base_font)
    if lost:
        log.warning(
            "no bundled font has a glyph for %s", ", ".join(f"U+{ord(c):04X}" for c in lost)
        )
        if missing is not None:
            missing.extend(lost)
    return list(runs)


@lru_cache(maxsize=16384)
def _runs(text: str, base_font: str) -> tuple[tuple[Run, ...], tuple[str, ...]]:
    """Cached, since a roster repeats the same community, post and unit thousands of times."""
    text = _clean(text)
    chain = _FALLBACKS[base_font]
    base_cover = _coverage(base_font)
    if all(map(base_cover.__contains__, map(ord, text.replace("\n", "")))):
        return ((Run(base_font, text),) if text else ()), ()
    runs: list[Run] = []
    lost: list[str] = []
    for char in text:
        font = base_font
        if char != "\n" and ord(char) not in base_cover:
            font = next((f for f in chain[1:] if has_glyph(f, char)), "")
            if not font:
                lost.append(char)
                font, char = base_font, PLACEHOLDER
        if runs and runs[-1].font == font:
            runs[-1] = Run(font, runs[-1].text + char)
        else:
            runs.append(Run(font, char))
    return tuple(runs), tuple(lost)


@cache
def max_advance(font_name: str) -> float:
    """The widest glyph's advance in ems: ``len(text) * size * this`` bounds a line's width."""
    register(font_name)
    widths = pdfmetrics.getFont(font_name).face.charWidths  # type: ignore[attr-defined]
    return max(widths.values()) / 1000.0  # type: ignore[no-any-return]


def markup(text: str, base_font: str, missing: list[str] | None = None) -> str:
    """Paragraph markup for plain ``text``: XML escaped, fallback runs in ``<font>`` tags.

    Line breaks become ``<br/>``. Every Paragraph on paper is built from this.
    """
    parts = []
    for run in font_runs(text, base_font, missing):
        body = escape(run.text).replace("\n", "<br/>")
        if run.font == base_font:
            parts.append(body)
        else:
            parts.append(f'<font name="{register(run.font)}">{body}</font>')
    return "".join(parts)


def runs_width(runs: Iterable[Run], size: float) -> float:
    """Width in points of runs on one line (no wrapping)."""
    return sum(pdfmetrics.stringWidth(r.text, r.font, size) for r in runs)


def missing_glyphs(texts: Iterable[str]) -> list[str]:
    """Characters in ``texts`` that no bundled font can print (each once, in order).

    The desk can call this before printing to warn the clerk that "□" will appear.
    """
    found: list[str] = []
    for text in texts:
        for char in _clean(text).replace("\n", ""):
            if char not in found and not any(has_glyph(f, char) for f in _FALLBACKS[SANS]):
                found.append(char)
    return found
