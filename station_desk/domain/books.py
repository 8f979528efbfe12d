"""The ledger's books: each kind of record described once, as the clerk knows it.

A book's name used to be written wherever it was shown, and the copies drifted apart (the
recycle bin said 服务活动 and 文体活动 where the history said 志愿服务活动 and 文化活动). Now
the recycle bin (``services.recycle``) and the history (``services.history``) read their
wording from here, with the glossary's names (docs/ARCHITECTURE.md §Glossary, §Adding a
book). A new book is one ``Book`` in ``BOOKS``. Plain Python: every layer may read it.

Chinese has no plural: a book has one name, a ``Message`` so the desk shows it in English.
"""

from __future__ import annotations

from dataclasses import dataclass

from station_desk.domain.messages import Message, msg, template_of


@dataclass(frozen=True)
class Book:
    """One kind of record: how code, the ledger and the clerk name it."""

    key: str
    """The identifier in code: the recycle bin's kind, the validation field ("activity")."""
    table: str
    """Its table in the ledger, as the change log names it ("service_activity")."""
    label: str
    """Its name as the clerk reads it, a ``Message`` ("志愿服务活动")."""
    title_field: str = ""
    """The column that names one record ("name", "title"), for lists such as the bin's."""
    in_recycle_bin: bool = False
    """Deleting it stamps ``deleted_at`` and the recycle bin lists it until purged."""
    reference: str = ""
    """The column other records point at it by ("activity_id"), as the history labels it."""
    counted: str = ""
    """How a count of it reads, a ``msg`` template with ``{n}`` ("志愿服务活动 {n}"); the
    English says the plural ("service activities: {n}"), which the name alone cannot."""

    def count(self, n: int) -> Message:
        """``n`` of this book in words: "老同志 3"."""
        template = template_of(self.counted)
        if template is None:
            return msg("{label} {n}", label=self.label, n=n)
        return msg(template, n=n)


MEMBER = Book("member", "member", msg("老同志"), "name", True, "member_id")
TEAM = Book("team", "team", msg("队伍"), "name", True, "team_id")
ACTIVITY = Book("activity", "service_activity", msg("志愿服务活动"), "title", True, "activity_id")
EVENT = Book("event", "cultural_event", msg("文化活动"), "title", True, "event_id")
WORK = Book("work", "work", msg("作品"), "title")
DONATION = Book("donation", "donation", msg("捐赠"), "description")
STATION = Book("station", "station", msg("驿站"), "name", reference="station_id")
BRANCH = Book("branch", "branch", msg("党支部"), "name", reference="branch_id")
COMMUNITY = Book("community", "community", msg("社区"), "name", reference="community_id")
GRID = Book("grid", "grid", msg("网格"), "name", reference="grid_id")
GRID_POST = Book("grid_post", "grid_post", msg("网格职务"))
COMMUNITY_POST = Book("community_post", "community_post", msg("社区职务"))
TEAM_MEMBERSHIP = Book("team_membership", "team_membership", msg("队伍成员"))
SERVICE_RECORD = Book("service_record", "service_record", msg("服务时长"))
EVENT_PARTICIPATION = Book("event_participation", "event_participation", msg("活动参加人员"))
CERTIFICATE_ISSUE = Book("certificate_issue", "certificate_issue", msg("证书"))

#: Every book, the main ones first (the order the recycle bin lists its kinds in).
BOOKS: tuple[Book, ...] = (
    MEMBER,
    TEAM,
    ACTIVITY,
    EVENT,
    WORK,
    DONATION,
    STATION,
    BRANCH,
    COMMUNITY,
    GRID,
    GRID_POST,
    COMMUNITY_POST,
    TEAM_MEMBERSHIP,
    SERVICE_RECORD,
    EVENT_PARTICIPATION,
    CERTIFICATE_ISSUE,
)

BY_KEY: dict[str, Book] = {book.key: book for book in BOOKS}
BY_TABLE: dict[str, Book] = {book.table: book for book in BOOKS}
#: The books the recycle bin holds, by key.
IN_RECYCLE_BIN: dict[str, Book] = {book.key: book for book in BOOKS if book.in_recycle_bin}
