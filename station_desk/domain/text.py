"""Text as clerks paste it, made plain: one normalisation for every rule that reads text.

NFKC folds full-width digits and letters (１２３ → 123) and compatibility forms; it keeps
the invisible characters pasted from web pages and chat windows (zero-width space, BOM, soft
hyphen), so those are dropped too, and runs of white space become one space. Plain Python at
the bottom of the domain (docs/ARCHITECTURE.md §Packages).
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"\s+")


def normalize_text(value: str | None) -> str:
    """NFKC plus removal of the invisible characters NFKC keeps (pasted from web pages)."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFKC", value).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()
