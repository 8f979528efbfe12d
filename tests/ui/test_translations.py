"""The English catalogue is complete, keeps every placeholder, and the shipped .qm matches it.

``scripts/translations.py`` fills ``station_desk_en.ts`` from ``en.tsv`` and compiles the
``.qm``; these tests catch a message left unfinished, a ``{name}`` or ``%1`` lost in
translation (``str.format`` would raise KeyError on screen), and a .qm not rebuilt after
the .ts changed. Switching the running desk's language is tested in ``test_language.py``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from station_desk.resources import resource_path

FOLDER = resource_path("translations")
TS = FOLDER / "station_desk_en.ts"
QM = FOLDER / "station_desk_en.qm"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d")
ACCELERATOR = re.compile(r"&[^&\s]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str


def messages() -> list[Message]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            assert node is not None, f"{name}: {message.findtext('source')!r} has no translation"
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    node.text or "",
                    node.get("type", ""),
                )
            )
    return found


def test_catalogue_holds_the_desk_messages() -> None:
    found = messages()
    assert len(found) > 300
    contexts = {m.context for m in found}
    assert {"MainWindow", "MembersTab", "PrintActions", "ImportWizard"} <= contexts


def test_every_message_is_translated() -> None:
    unfinished = [
        f"{m.context}: {m.source!r} ({m.kind or 'empty'})"
        for m in messages()
        if m.kind or not m.translation
    ]
    assert not unfinished, "run scripts/translations.py and fill en.tsv:\n" + "\n".join(unfinished)


def test_placeholders_survive_translation() -> None:
    lost = []
    for m in messages():
        wanted = sorted(PLACEHOLDER.findall(m.source))
        got = sorted(PLACEHOLDER.findall(m.translation))
        if wanted != got:
            lost.append(f"{m.context}: {m.source!r} -> {m.translation!r}")
    assert not lost, "placeholders differ:\n" + "\n".join(lost)


def test_menu_accelerators_survive_translation() -> None:
    lost = [
        f"{m.context}: {m.source!r} -> {m.translation!r}"
        for m in messages()
        if ACCELERATOR.search(m.source) and not ACCELERATOR.search(m.translation)
    ]
    assert not lost, "accelerator (&X) lost:\n" + "\n".join(lost)


@pytest.fixture
def english(qapp: QApplication) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(QM)), f"cannot load {QM}"
    return translator


def test_compiled_catalogue_translates_known_strings(english: QTranslator) -> None:
    assert english.translate("MainWindow", "成员") == "Members"
    assert english.translate("MainWindow", "文件(&F)") == "&File"
    assert english.translate("tabs", "网格") == "Grids"
    assert english.translate("MembersTab", "网格") == "Grid"
    assert english.translate("PrintActions", "打印签到表…") == "Print Sign-in Sheet…"
    assert english.translate("MainWindow", "没有这样的消息") == ""


def test_compiled_catalogue_matches_the_ts(english: QTranslator) -> None:
    stale = [
        f"{m.context}: {m.source!r}"
        for m in messages()
        if english.translate(m.context, m.source) != m.translation
    ]
    assert not stale, ".qm is older than the .ts; run scripts/translations.py:\n" + "\n".join(stale)
