"""Refresh the English translation of the desk: lupdate, fill from en.tsv, lrelease.

Chinese is the source language. ``resources/translations/en.tsv`` holds "source<TAB>English"
pairs; this script runs ``pyside6-lupdate`` over the desk's sources, fills every message
whose source appears in the TSV, lists those still missing, and compiles the ``.qm``.
A third column names a Qt context (the class or ``translate`` context) when one word must
read differently there, e.g. 网格 is the column "Grid" but the tab "Grids".
Run: ``uv run python scripts/translations.py``.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "station_desk_en.ts"
QM = FOLDER / "station_desk_en.qm"
TSV = FOLDER / "en.tsv"


def glossary() -> dict[tuple[str, str], str]:
    """``(context, source) -> English``; context "" applies wherever no context entry does."""
    pairs: dict[tuple[str, str], str] = {}
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        source, english, *rest = line.split("\t")
        context = rest[0] if rest else ""
        pairs[(context, source.replace("\\n", "\n"))] = english.replace("\\n", "\n")
    return pairs


def enum_labels() -> list[str]:
    """Every ``LabeledEnum`` label, and the separator of label lists (``i18n.shown_list``)."""
    from station_desk.domain import enums
    from station_desk.services import imports_types
    from station_desk.ui.i18n import LIST_SEPARATOR

    found = dict.fromkeys([LIST_SEPARATOR])
    for value in [*vars(enums).values(), *vars(imports_types).values()]:
        if isinstance(value, type) and issubclass(value, enums.LabeledEnum):
            found.update(dict.fromkeys(member.label for member in value))
    return list(found)


SUMMARY_SOURCES = (
    "summary/sections.py",
    "summary/charts.py",
    "domain/validation.py",
    "domain/units.py",
)
TR_LITERAL = re.compile(r"""\btr\(\s*"([^"\\]*)"\s*\)""")


def summary_words() -> list[str]:
    """The summary's fixed words: each ``tr("…")`` literal of its modules, and the units."""
    from station_desk.summary.sections import COUNT_TEMPLATES, UNITS

    found: dict[str, None] = {}
    for name in SUMMARY_SOURCES:
        text = (ROOT / "station_desk" / name).read_text(encoding="utf-8")
        found.update(dict.fromkeys(TR_LITERAL.findall(text)))
    found.update(dict.fromkeys([*UNITS, *COUNT_TEMPLATES.values()]))
    return list(found)


#: ``msg("…"`` with a plain literal (templates hold no backslash escapes).
MSG_LITERAL = re.compile(r"""\bmsg\(\s*"([^"\\]*)"\s*[,)]""")


def message_templates() -> list[str]:
    """Every ``msg("…")`` template (``station_desk.domain.messages``: mostly the lower layers'),
    and the field labels that ``validation.label_of`` hands out as messages."""
    from station_desk.domain.problems import FIELD_LABELS, PROBLEM_SEPARATOR

    found: dict[str, None] = dict.fromkeys([PROBLEM_SEPARATOR])
    for path in sorted((ROOT / "station_desk").rglob("*.py")):
        if path.relative_to(ROOT / "station_desk").parts == ("domain", "messages.py"):
            continue
        found.update(dict.fromkeys(MSG_LITERAL.findall(path.read_text(encoding="utf-8"))))
    found.update(dict.fromkeys(FIELD_LABELS.values()))
    found.update(dict.fromkeys(book_messages()))
    return list(found)


def book_messages() -> list[str]:
    """Each book's name, sheet and field labels (``station_desk.domain.books``): messages made
    from the book's description, so no ``msg("…")`` literal names them all."""
    from station_desk.domain.books import BOOKS

    return list(dict.fromkeys(str(text) for book in BOOKS for text in book.messages()))


def book_words() -> dict[str, list[str]]:
    """Each book's words the desk shows in a Qt context of its own, by context: plurals
    (``i18n.shown_plural``), tab titles (``ui.tabs``), empty tabs' sentences
    (``ui.empty_state``). lupdate never sees them: they are not literals of the desk."""
    from station_desk.domain.books import BOOKS

    return {
        "Books": list(dict.fromkeys(book.plural for book in BOOKS)),
        "tabs": [book.tab for book in BOOKS if book.tab],
        "EmptyHint": [book.empty for book in BOOKS if book.empty],
    }


def add_labels(root: ET.Element) -> None:
    """File the enums' labels under ``i18n.LABELS_CONTEXT``, the summary's words under
    Summary and the lower layers' messages under Messages: they reach the desk as text
    from lower layers, so lupdate never sees them."""
    from station_desk.ui.i18n import LABELS_CONTEXT, MESSAGES_CONTEXT

    add_context(root, LABELS_CONTEXT, enum_labels())
    add_context(root, "Summary", summary_words())
    add_context(root, MESSAGES_CONTEXT, message_templates())
    for context, texts in book_words().items():
        add_context(root, context, texts)


def add_context(root: ET.Element, name: str, sources: list[str]) -> None:
    context = next((c for c in root.iter("context") if c.findtext("name") == name), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = name
    present = {m.findtext("source") for m in context.iter("message")}
    for label in sources:
        if label not in present:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = label
            ET.SubElement(message, "translation", type="unfinished")
    # laid out as lupdate lays out its own contexts, so the file diffs line by line
    ET.indent(context, space="    ", level=0)
    context.tail = "\n"
    previous = root.findall("context")
    if len(previous) > 1:
        previous[-2].tail = "\n"


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
    add_labels(tree.getroot())
    missing: list[str] = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            english = words.get((name, source), words.get(("", source)))
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
