"""The English catalogue is complete, keeps every placeholder, and the shipped .qm matches it.

``scripts/translations.py`` fills ``station_desk_en.ts`` from ``en.tsv`` and compiles the
``.qm``; these tests catch a message left unfinished, a ``{name}`` or ``%1`` lost in
translation (``str.format`` would raise KeyError on screen), a .qm not rebuilt after
the .ts changed, and a message filed under a context nothing looks up. Dialogs rendered in
English must show no Chinese but the ledger's own data. Switching the running desk's
language is tested in ``test_language.py``.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from station_desk.db.safekeeping import backup
from station_desk.db.schema.ledger import Ledger, open_ledger
from station_desk.domain.enums import Gender, TeamKind
from station_desk.domain.ids import make_id_number
from station_desk.domain.inputs import MemberData, TeamData
from station_desk.domain.records import EventLine, MemberDetail, PostRecord, TeamLine, WorkLine
from station_desk.resources import resource_path
from station_desk.services import members, teams
from station_desk.ui import drilldown, errors
from station_desk.ui.context import DeskContext
from station_desk.ui.fonts import ui_font
from station_desk.ui.history_dialog import HistoryDialog
from station_desk.ui.i18n import install_language
from station_desk.ui.import_wizard import ImportWizard, outcome_columns
from station_desk.ui.member_detail import MemberDetailPane
from station_desk.ui.print_dialogs import FULL_NUMBERS_LABEL, PeriodOptionsDialog
from station_desk.ui.safekeeping_dialogs import (
    BackupToDialog,
    RecycleBinDialog,
    RestoreDialog,
)
from tests.ui.conftest import summary_tab_on

ROOT = Path(__file__).resolve().parents[2]
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
    assert english.translate("MemberFilterBar", "网格") == "Grid"
    assert english.translate("PrintActions", "打印签到表…") == "Print Sign-in Sheet…"
    assert english.translate("MainWindow", "没有这样的消息") == ""


def test_compiled_catalogue_matches_the_ts(english: QTranslator) -> None:
    stale = [
        f"{m.context}: {m.source!r}"
        for m in messages()
        if english.translate(m.context, m.source) != m.translation
    ]
    assert not stale, ".qm is older than the .ts; run scripts/translations.py:\n" + "\n".join(stale)


# --------------------------------------------------------------------- lupdate contexts

CONTEXT_CALL = re.compile(r"""(?:translate|QT_TRANSLATE_NOOP)\(\s*["']([^"']*)["']""")
CLASS_LINE = re.compile(r"^class (\w+)", re.MULTILINE)


def test_every_context_is_one_the_desk_looks_up() -> None:
    """lupdate files ``x.tr()`` under the variable's name (``dialog``, ``window``) and a bare
    ``tr()`` under no context, while Qt looks the message up under the object's classes:
    such a message is in the catalogue yet stays Chinese on screen."""
    sources = [*(ROOT / "station_desk" / "ui").glob("*.py"), ROOT / "station_desk" / "app.py"]
    known: set[str] = set()
    for path in sources:
        text = path.read_text(encoding="utf-8")
        known |= set(CLASS_LINE.findall(text)) | set(CONTEXT_CALL.findall(text))
    stray = sorted({m.context for m in messages()} - known)
    assert not stray, f"contexts no code looks up (use self.tr or translate): {stray}"


def test_messages_once_hidden_from_lupdate_are_translated(english: QTranslator) -> None:
    assert english.translate("errors", "程序出错") == "Program error"
    assert english.translate("Drilldown", "清除") == "Clear"
    assert english.translate("BackupToDialog", "备份完成") == "Backup Complete"
    assert english.translate("RecycleBinDialog", "删除时间") == "Deleted"
    assert english.translate("PreviewPage", "行号") == "Row"
    tick = english.translate("_OptionsDialog", FULL_NUMBERS_LABEL) or ""
    assert tick.startswith("Show full ID")


# --------------------------------------------------------------------- dialogs in English

CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”]")
SHOTS = os.environ.get("STATION_DESK_SHOTS")
NAMES = ("孙秀英", "周桂兰", "刘东军")


@pytest.fixture
def in_english(qapp: QApplication) -> Iterator[None]:
    install_language("en")
    try:
        yield
    finally:
        install_language("zh")


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    ledger = open_ledger(tmp_path / "ledger.sqlite3")
    with ledger.unit_of_work("王会计") as s:
        for i, name in enumerate(NAMES):
            number = make_id_number("370124", date(1948, 5, 2), 60 + i, Gender.FEMALE)
            members.add_member(s, MemberData(name=name, id_number=number), confirmed=True)
        teams.add_team(s, TeamData(name="乐康艺术团", kind=TeamKind.ARTS))
    yield ledger
    ledger.close()


def chrome(widget: QWidget) -> list[str]:
    """What the desk itself writes on ``widget``: title, labels, buttons, box titles,
    placeholders, tooltips and table headers (table cells and combo items are data)."""
    texts = [widget.windowTitle()]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    texts += [w.text() for w in widget.findChildren(QAbstractButton)]
    texts += [w.title() for w in widget.findChildren(QGroupBox)]
    texts += [w.placeholderText() for w in widget.findChildren(QLineEdit)]
    texts += [w.toolTip() for w in widget.findChildren(QWidget)]
    for table in widget.findChildren(QTableWidget):
        headers = (table.horizontalHeaderItem(c) for c in range(table.columnCount()))
        texts += [h.text() for h in headers if h is not None]
    return [t for t in texts if t]


def chinese(texts: Iterable[str], data: Iterable[str] = ()) -> list[str]:
    """The texts that still hold Chinese once the ledger's own ``data`` is taken out."""
    found = []
    for text in texts:
        bare = text
        for item in data:
            bare = bare.replace(item, "")
        if CJK.search(bare):
            found.append(text)
    return found


def shoot(widget: QWidget, name: str) -> None:
    """Show and grab ``widget``; saved as PNG when STATION_DESK_SHOTS names a folder."""
    widget.setFont(ui_font())
    widget.show()
    image = widget.grab()
    assert image.width() > 100
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(SHOTS) / f"en-{name}.png"))


def test_recycle_bin_in_english(
    qtbot: QtBot, in_english: None, ledger: Ledger, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ledger.unit_of_work() as s:
        members.delete_member(s, 1)
        teams.delete_team(s, 1)
    dialog = RecycleBinDialog(ledger)
    qtbot.addWidget(dialog)
    shoot(dialog, "recycle_bin")
    assert dialog.windowTitle() == "Recycle Bin"
    assert chinese(chrome(dialog)) == []
    purged = [dialog.table.item(r, 3) for r in range(2)]
    assert [i.text() for i in purged if i is not None] == ["in 30 d", "in 30 d"]
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(errors, "ask_yes_no", lambda _p, title, text: asked.append((title, text)))
    dialog.table.selectAll()
    dialog._confirm_purge()
    assert asked and chinese(asked[0]) == [] and "(2)" in asked[0][1]


def test_backup_to_in_english(
    qtbot: QtBot, in_english: None, ledger: Ledger, tmp_path: Path
) -> None:
    dialog = BackupToDialog(ledger)
    qtbot.addWidget(dialog)
    shoot(dialog, "backup_to")
    assert dialog.backup_button.text() == "Back Up"
    assert chinese([*chrome(dialog), Path(dialog.path_edit.text()).name]) == []
    dialog.path_edit.setText(" ")
    dialog.run_backup()
    assert dialog.status.text() == "Choose where to put the backup file."
    dialog.path_edit.setText(str(tmp_path / "copy.sqlite3"))
    dialog.run_backup()
    assert dialog.result_info is not None
    title, text = dialog.done_message(dialog.result_info)
    assert title == "Backup Complete" and text.startswith("Backed up and verified: ")
    assert chinese([title, text], [dialog.result_info.counts_text()]) == []


def test_restore_and_history_in_english(qtbot: QtBot, in_english: None, ledger: Ledger) -> None:
    backup.make_backup(ledger.path)
    restore = RestoreDialog(ledger.path)
    qtbot.addWidget(restore)
    shoot(restore, "restore")
    assert restore.table.rowCount() == 1
    assert chinese(chrome(restore)) == []
    log = HistoryDialog(ledger)
    qtbot.addWidget(log)
    shoot(log, "history_log")
    assert log.count.text() == "Entries: 4"
    assert chinese(chrome(log)) == []
    cells = [log.table.item(r, c).text() for r in range(4) for c in (2, 4, 5)]
    assert chinese(cells, [*NAMES, "乐康艺术团"]) == [], "kinds, actions, summaries in English"
    record = HistoryDialog(ledger, table="member", row_id=1)
    qtbot.addWidget(record)
    shoot(record, "history_record")
    line = record.lines[0]
    assert record.heading.text().startswith("All changes to ")
    assert chinese(chrome(record), [line.row_label]) == []


def test_member_detail_pane_in_english(qtbot: QtBot, in_english: None) -> None:
    pane = MemberDetailPane()
    qtbot.addWidget(pane)
    assert pane.toPlainText() == "Choose a member to see details"
    detail = MemberDetail(
        id=1,
        name="孙秀英",
        posts=(
            PostRecord(1, 1, "孙秀英", "building_leader", "楼长", "翠屏社区 第二网格", "3号楼",
                       date(2020, 3, 1), date(2022, 5, 1)),
            PostRecord(2, 1, "孙秀英", "grid_leader", "网格长", "翠屏社区 第二网格", "",
                       date(2022, 5, 2), None),
        ),
        teams=(TeamLine(1, "老干部博爱驿站", "队长", date(2019, 1, 5), None),),
        minutes_this_year=150,
        minutes_total=100,
        events=(EventLine(1, "党课：初心", "党课", date(2021, 6, 30), "主讲"),),
        works=(WorkLine(1, "沁园春·初心", "诗词", date(2021, 7, 1)), WorkLine(2, "梅", "书法", None)),
    )  # fmt: skip
    pane.show_detail(detail)
    pane.resize(360, 520)
    shoot(pane, "member_detail")
    text = pane.toPlainText()
    data = ["孙秀英", "楼长", "网格长", "翠屏社区 第二网格", "3号楼", "老干部博爱驿站", "队长",
            "党课：初心", "党课", "主讲", "沁园春·初心", "诗词", "梅", "书法"]  # fmt: skip
    assert chinese(text.splitlines(), sorted(data, key=len, reverse=True)) == []
    assert "This year 2.5 h, in all 1 h 40 min" in text
    assert "2020-03-01 to 2022-05-01" in text and "since 2022-05-02" in text
    assert "joined 2019-01-05" in text


def test_import_and_print_words_in_english(
    qtbot: QtBot, in_english: None, ctx: DeskContext
) -> None:
    assert chinese(c.header for c in outcome_columns()) == []
    assert chinese([errors.describe(RuntimeError("boom"))]) == []
    filters = {"is_party_member": True, "age_min": 60, "from": "2021-01-01", "to": "2021-12-31"}
    assert (
        drilldown.describe(filters) == "Party members · aged 60 and over · 2021-01-01 to 2021-12-31"
    )
    period = PeriodOptionsDialog(None, "Team Roster", "", date(2021, 1, 1), date(2021, 12, 31))
    qtbot.addWidget(period)
    assert chinese(chrome(period)) == []
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    assert chinese(chrome(wizard)) == []
    page = wizard.report_page
    assert not page.isComplete()
    page._failed(RuntimeError("disk full"))
    assert page.isComplete(), "a failed commit must let the clerk finish, in any language"


# --------------------------------------------------------------------- labels of the enums


def enum_labels() -> list[str]:
    from station_desk.domain import enums

    return [
        member.label
        for value in vars(enums).values()
        if isinstance(value, type) and issubclass(value, enums.LabeledEnum)
        for member in value
    ]


def test_every_enum_label_has_english(english: QTranslator) -> None:
    """Labels reach the desk inside records; ``i18n.shown`` looks them up under Labels."""
    labels = enum_labels()
    assert len(labels) > 40
    missing = [x for x in labels if not english.translate("Labels", x)]
    assert not missing, "run scripts/translations.py and fill en.tsv:\n" + "\n".join(missing)
    assert chinese(english.translate("Labels", x) for x in labels) == []


def test_labels_read_in_the_clerks_language(in_english: None) -> None:
    from station_desk.ui.i18n import shown, shown_list

    assert shown("男") == "Male"
    assert shown_list("网格长、楼长") == "Grid leader, Building leader"
    assert shown("队员") == "队员", "free text typed by the clerk stays as typed"
    assert shown("") == ""
    install_language("zh")
    assert (shown("男"), shown_list("网格长、楼长")) == ("男", "网格长、楼长")


def test_members_table_and_filters_in_english(
    qtbot: QtBot, in_english: None, ctx: DeskContext
) -> None:
    from station_desk.ui.members_tab import MembersTab

    tab = MembersTab(ctx)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: ctx.worker.pending == 0)
    model = tab.model
    genders = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert genders == {"Male", "Female"}
    posts = {model.index(r, 9).data() for r in range(model.rowCount())} - {""}
    assert posts and chinese(posts) == []
    combos = [tab.post_filter, tab.retirement_filter]
    items = [c.itemText(i) for c in combos for i in range(c.count())]
    assert chinese(items) == [] and "Retired" in items
    # The filter still compares the stored labels, whatever language shows them.
    tab.retirement_filter.setCurrentIndex(tab.retirement_filter.findText("Retired"))
    assert 0 < model.rowCount() < model.total_count()
    assert {model.record_at(r).retirement_kind for r in range(model.rowCount())} == {"退休"}


# --------------------------------------------------------------------- the 统计 tab in English


def test_summary_tab_in_english(qtbot: QtBot, in_english: None, ctx: DeskContext) -> None:
    """Section titles, labels, values and charts read in English; what the ledger holds
    (team names, activity categories, the county paragraph) stays as it is."""
    tab = summary_tab_on(ctx, qtbot)
    figures = tab.figures
    assert figures is not None
    assert tab.period_label.text().startswith("2021 (2021-01-01 to 2021-12-31)")
    assert tab.figure_buttons["members.total"].text() == str(figures.members.total)
    assert tab.figure_buttons["service.minutes"].text().endswith(" h")
    data = [t.name for t in figures.teams]
    data += [c.category for c in figures.service.by_category]
    data += [p.purpose for p in figures.donations.by_purpose]
    data += [x.name for x in figures.events.lecturers] + [t.title for t in figures.events.trainings]
    data += [t.theme for t in figures.works.by_theme]
    boxes = tab.sections_box.findChildren(QGroupBox)
    shown_words = [b.title() for b in boxes] + [
        w.text() for b in boxes for w in b.findChildren(QLabel)
    ]
    shown_words += [w.text() for w in tab.figure_buttons.values()]
    for view in tab.chart_views.values():
        chart = view.chart_data
        assert chart is not None
        shown_words += [chart.title, chart.unit, *chart.categories, *(s.name for s in chart.series)]
    assert len(shown_words) > 60
    assert chinese(shown_words, sorted(filter(None, data), key=len, reverse=True)) == []
    assert CJK.search(tab.paragraph.text()), "the county paragraph stays Chinese"


def test_summary_words_fall_back_to_the_labels(in_english: None) -> None:
    from station_desk.ui.i18n import summary_words

    assert summary_words("老同志总数") == "Members in all"
    assert summary_words("网格长") == "Grid leader", "an enum label, filed under Labels"
    assert summary_words("社区义剪") == "社区义剪", "a category the clerk typed"
    assert summary_words("反诈宣传") == "Anti-fraud outreach", "one of the usual kinds (issue 13)"
