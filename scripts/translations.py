"""Refresh the English translation of the desk: lupdate, fill from en.tsv, lrelease.

Chinese is the source language. ``resources/translations/en.tsv`` holds "source<TAB>English"
pairs; this script runs ``pyside6-lupdate`` over the desk's sources, fills every message
whose source appears in the TSV, lists those still missing, and compiles the ``.qm``.
Run: ``uv run python scripts/translations.py``.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "station_desk_en.ts"
QM = FOLDER / "station_desk_en.qm"
TSV = FOLDER / "en.tsv"


def glossary() -> dict[str, str]:
    pairs: dict[str, str] = {}
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        source, english = line.split("\t", 1)
        pairs[source.replace("\\n", "\n")] = english.replace("\\n", "\n")
    return pairs


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "station_desk" / "ui").glob("*.py"))
    sources.append(str(ROOT / "station_desk" / "app.py"))
    subprocess.run(
        [
            "pyside6-lupdate",
            *sources,
            "-ts",
            str(TS),
            "-source-language",
            "zh_CN",
            "-target-language",
            "en_US",
            "-no-obsolete",
            "-locations",
            "none",
        ],
        check=True,
    )
    words = glossary()
    tree = ET.parse(TS)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        english = words.get(source)
        if english is None:
            missing.append(source)
            continue
        translation.text = english
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run(["pyside6-lrelease", str(TS), "-qm", str(QM)], check=True)
    for source in sorted(set(missing)):
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
