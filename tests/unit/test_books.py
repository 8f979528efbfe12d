"""One book, one description: the recycle bin and the history name each book alike, with the
glossary's names, because both read ``station_desk.domain.books`` (issue 17: they had drifted to
服务活动/文体活动 against 志愿服务活动/文化活动)."""

from __future__ import annotations

from station_desk.db.schema.models import Base
from station_desk.domain import books
from station_desk.domain.problems import FIELD_LABELS
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
