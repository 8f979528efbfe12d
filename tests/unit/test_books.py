"""One book, one description: the recycle bin and the history name each book alike, with the
glossary's names, because both read ``station_desk.domain.books`` (issue 17: they had drifted to
服务活动/文体活动 against 志愿服务活动/文化活动)."""

from __future__ import annotations

import re
from dataclasses import FrozenInstanceError
from datetime import datetime
from pathlib import Path

import pytest

from station_desk.db.queries import export
from station_desk.db.safekeeping import backup
from station_desk.db.schema.models import Base
from station_desk.domain import books
from station_desk.domain.enums import ChangeAction
from station_desk.domain.messages import template_of
from station_desk.domain.problems import FIELD_LABELS, label_of
from station_desk.exchange import mapping
from station_desk.services import history, recycle


def test_keys_and_tables_name_one_book_each() -> None:
    assert len(books.BY_KEY) == len(books.BY_TABLE) == len(books.BOOKS)
    assert set(books.BY_TABLE) <= set(Base.metadata.tables)


def test_the_recycle_bin_and_the_history_use_the_same_names() -> None:
    for key, label in recycle.KIND_LABELS.items():
        book = books.BY_KEY[key]
        assert label == history.TABLE_LABELS[book.table] == book.label
        assert history.field_label(book.reference) == book.label


def test_the_glossary_names_are_the_ones_shown() -> None:
    assert recycle.KIND_LABELS == {
        "member": "老同志",
        "team": "队伍",
        "activity": "志愿服务活动",
        "event": "文化活动",
    }
    assert history.TABLE_LABELS["cultural_event"] == "文化活动"


def test_the_bin_holds_the_tables_its_books_name() -> None:
    for key, model in recycle._MODELS.items():
        book = books.IN_RECYCLE_BIN[key]
        assert model.__tablename__ == book.table
        assert book.title_field in model.__table__.c
    assert set(recycle._MODELS) == set(books.IN_RECYCLE_BIN)


def test_field_labels_agree_with_the_books() -> None:
    for book in books.BOOKS:
        if book.key in FIELD_LABELS:
            assert FIELD_LABELS[book.key] == book.label, book.key


def test_a_count_reads_with_the_books_name() -> None:
    assert books.ACTIVITY.count(3) == "志愿服务活动 3"
    assert books.EVENT.count(2) == "文化活动 2"
    assert books.WORK.count(5) == "作品 5"


# ----------------------------------------------------------------- every book, one description

#: The words the issue found drifting: the bin's names for the glossary's 志愿服务活动/文化活动.
DRIFTED = ("服务活动", "文体活动")


def test_every_table_the_clerk_sees_is_a_book() -> None:
    """Each table of the schema is a book, but the change log (read as the history) and the
    settings: a new table without its description fails here."""
    assert set(Base.metadata.tables) - books.NOT_BOOKS == set(books.BY_TABLE)
    assert set(Base.metadata.tables) >= books.NOT_BOOKS


def test_every_book_is_fully_described() -> None:
    for book in books.BOOKS:
        assert book.label and template_of(book.label) == str(book.label), book.key
        assert book.plural and book.sheet, book.key
        assert book.count(2) == f"{book.label} 2", book.key
        if book.title_field:
            assert book.title_field in Base.metadata.tables[book.table].c, book.key
        if book.reference:
            assert book.reference.endswith("_id") and book.reference[:-3] == book.key, book.key
        for name, label in book.fields.items():
            assert template_of(label) == str(label), (book.key, name)
        for words in (book.label, book.plural, book.tab, book.empty, book.sheet):
            assert not words.startswith(DRIFTED) and "文体" not in words, (book.key, words)


def test_the_history_and_the_bin_name_each_book_with_its_words() -> None:
    for book in books.BOOKS:
        assert history.TABLE_LABELS[book.table] is book.label, book.key
        line = history.HistoryLine(
            1, datetime(2026, 1, 1), "", book.table, "", ChangeAction.CREATE, ()
        )
        assert line.table_label == book.label, book.key
        if book.reference:
            assert history.field_label(book.reference) == book.label, book.key
        if book.in_recycle_bin:
            assert recycle.KIND_LABELS[book.key] is book.label, book.key
            entry = recycle.BinEntry(book.key, 1, "某", datetime(2026, 1, 1))
            assert entry.kind_label == book.label, book.key
    assert not [
        w
        for w in (*history.TABLE_LABELS.values(), *recycle.KIND_LABELS.values())
        if w.startswith(DRIFTED)
    ]


def test_field_labels_are_the_books_names() -> None:
    """A new book's key reads as its name in every message (``label_of``), unlisted."""
    for book in books.BOOKS:
        assert FIELD_LABELS[book.key] is book.label, book.key
        assert label_of(book.key) == book.label and template_of(label_of(book.key))


def test_the_backup_counts_the_books_the_restore_list_shows() -> None:
    assert backup.COUNTED == ("member", "team", "service_activity", "cultural_event")
    assert tuple(book.table for book in books.BACKUP_COUNTED) == backup.COUNTED


def test_import_kinds_and_export_sheets_are_named_by_their_books() -> None:
    assert mapping.KIND_LABELS == {
        "members": "老同志花名册",
        "team_members": "队员名单",
        "grid_posts": "网格任职",
        "activities": "志愿服务活动",
        "events": "文化活动",
    }
    assert export.EXPORT_LABELS == {
        "members": "老同志花名册",
        "teams": "志愿服务队",
        "activities": "志愿服务活动",
        "events": "文化活动",
        "grid_posts": "网格任职",
    }
    for kind, label in (*mapping.KIND_LABELS.items(), *export.EXPORT_LABELS.items()):
        assert label is books.SHEETS[kind].sheet, kind
    assert books.ACTIVITY.sheet is books.ACTIVITY.label is mapping.KIND_LABELS["activities"]


def test_export_columns_are_the_books_field_labels() -> None:
    """The columns an export heads its sheets with. An event's kind and audience read 类别 and
    观众人次 as on the desk, in the event dialog and in the field labels (the export said
    类型 and 人次), and an activity's participants 参加人数 as on the team's page (参与人数)."""
    assert list(books.TEAM.fields.values()) == [
        "队伍名称", "类别", "所属驿站", "负责人", "成立时间", "现有队员", "服务重点"
    ]  # fmt: skip
    assert list(books.ACTIVITY.fields.values()) == [
        "服务队", "活动名称", "活动日期", "地点", "类别", "服务人次", "参加人数", "服务时长(小时)"
    ]  # fmt: skip
    assert list(books.EVENT.fields.values()) == [
        "活动名称", "类别", "日期", "地点", "驿站", "观众人次", "参加人数"
    ]  # fmt: skip
    for name in ("kind", "audience", "place"):
        assert books.EVENT.fields[name] == FIELD_LABELS[name], name
    assert books.ACTIVITY.fields["beneficiaries"] == FIELD_LABELS["beneficiaries"]


def test_an_events_export_has_the_import_templates_columns() -> None:
    """What the clerk exports can be filled in and imported again under the same headers."""
    template = mapping.FIELD_LABELS_BY_KIND["events"]
    for name, label in books.EVENT.fields.items():
        field = "date" if name == "held_on" else name
        if field in template:
            assert template[field] == label, (name, label, template[field])


def test_a_books_live_count_leaves_the_recycle_bin_out() -> None:
    counts = {"member": 5, "member（回收站）": 2, "team": 1}
    assert books.live_count(counts, books.MEMBER) == 3
    assert books.live_count(counts, books.TEAM) == 1
    assert books.live_count(counts, books.EVENT) == 0


def test_a_description_cannot_be_changed_in_passing() -> None:
    with pytest.raises(TypeError):
        books.EVENT.fields["title"] = "标题"  # type: ignore[index]
    with pytest.raises(FrozenInstanceError):
        books.EVENT.label = "文体活动"  # type: ignore[misc]
    assert hash(books.EVENT) == hash(books.EVENT)


def test_an_exported_sheet_reads_back_under_the_same_names() -> None:
    """Each export column of a book is a header the import of the same sheet knows for that
    field: the two lists cannot drift apart without this failing."""
    ledger_to_import = {"held_on": "date"}
    checked = 0
    for kind, book in books.SHEETS.items():
        synonyms = mapping.HEADER_SYNONYMS.get(kind, {})
        for name, label in book.fields.items():
            field = ledger_to_import.get(name, name)
            if field in synonyms:
                assert label in synonyms[field], (kind, name, label)
                checked += 1
    assert checked >= 11


def test_the_drifted_names_are_gone_from_desk_paper_and_exports() -> None:
    """服务活动 (without 志愿) and 文体活动 named the glossary's 志愿服务活动 and 文化活动 in the
    bin and on the team's page; no screen, paper, export, guide or translation says them now
    (the sources are read as text: books.py's own history note is the one mention left)."""
    root = Path(__file__).resolve().parents[2]
    drifted = re.compile(r"(?<!志愿)服务活动|文体活动")
    files = [
        *(root / "station_desk").rglob("*.py"),
        *(root / "resources").rglob("*.tsv"),
        *(root / "resources" / "guide").rglob("*.*"),
    ]
    found = [
        f"{path.relative_to(root)}:{n}"
        for path in files
        if path.name != "books.py" and path.suffix in {".py", ".tsv", ".md", ".html", ".txt"}
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if drifted.search(line)
    ]
    assert len(files) > 100 and not found, found
