"""The ledger's books: each kind of record described once, as the clerk knows it.

A book's name used to be written wherever it was shown, and the copies drifted apart (the
recycle bin said 服务活动 and 文体活动 where the history said 志愿服务活动 and 文化活动). Now
everything that names a book reads it from here, with the glossary's names
(docs/ARCHITECTURE.md §Glossary, §Adding a book): the recycle bin (``services.recycle``),
the history (``services.history``), the backup counts (``db.safekeeping.backup``), the
desk's tabs, empty states, 开始 page and restore list, the import kinds and templates
(``exchange.mapping``) and the export's sheets and columns (``db.queries.export``). A new
book is one ``Book`` in ``BOOKS``. Plain Python: every layer may read it.

Chinese has no plural, English has: a book's name (``label``) is a ``Message`` ("Cultural
event"), shown through the Messages context; the words the desk shows in one place of its own
(``plural``, ``tab``, ``empty``) are plain Chinese that the desk translates in that place's
Qt context (a tab reads "Cultural Events", a column of counts "Cultural events");
``scripts/translations.py`` files them there.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from station_desk.domain.messages import Message, msg


def _labels(**labels: str) -> Mapping[str, Message]:
    """Field labels, each a ``Message``; read-only, so a book cannot be changed in passing."""
    return MappingProxyType({name: msg(text) for name, text in labels.items()})


@dataclass(frozen=True)
class Book:
    """One kind of record: how code, the ledger and the clerk name it."""

    key: str
    """The identifier in code: the recycle bin's kind, the validation field ("activity")."""
    table: str
    """Its table in the ledger, as the change log names it ("service_activity")."""
    label: str
    """Its name for one record as the clerk reads it, a ``Message`` ("志愿服务活动")."""
    title_field: str = ""
    """The column that names one record ("name", "title"), for lists such as the bin's."""
    in_recycle_bin: bool = False
    """Deleting it stamps ``deleted_at`` and the recycle bin lists it until purged."""
    reference: str = ""
    """The column other records point at it by ("activity_id"), as the history labels it."""
    plural: str = ""
    """Its name for many (a column of counts; the desk's "Books" context): the same Chinese
    as ``label`` unless given."""
    tab: str = ""
    """The title of its tab in the main window (context "tabs"); empty: no tab of its own."""
    empty: str = ""
    """What its tab says while the ledger has none (context "EmptyHint")."""
    sheet: str = ""
    """The name of its sheet in exports and import templates, a ``Message``; empty: the
    book's name."""
    fields: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({}), hash=False, compare=False
    )
    """Its fields' labels as exports head their columns (``Message``s), in that order."""

    def __post_init__(self) -> None:
        if not self.plural:
            object.__setattr__(self, "plural", str(self.label))
        if not self.sheet:
            object.__setattr__(self, "sheet", self.label)

    def count(self, n: int) -> Message:
        """``n`` of this book in words: "老同志 3"."""
        return msg("{label} {n}", label=self.label, n=n)

    def messages(self) -> Iterator[str]:
        """Its words shown as ``Message``s (name, sheet, field labels)."""
        yield self.label
        yield self.sheet
        yield from self.fields.values()


MEMBER = Book(
    "member",
    "member",
    msg("老同志"),
    "name",
    True,
    "member_id",
    empty="还没有老同志。新增第一位，或导入已有的 Excel 花名册。",
    sheet=msg("老同志花名册"),
)
TEAM = Book(
    "team",
    "team",
    msg("队伍"),
    "name",
    True,
    "team_id",
    tab="志愿服务队",
    empty="还没有志愿服务队。新建一支队伍，加上队员，就可以记录活动和服务时长。",
    sheet=msg("志愿服务队"),
    fields=_labels(
        name="队伍名称",
        kind="类别",
        station="所属驿站",
        leader="负责人",
        founded_on="成立时间",
        members="现有队员",
        focus="服务重点",
    ),
)
ACTIVITY = Book(
    "activity",
    "service_activity",
    msg("志愿服务活动"),
    "title",
    True,
    "activity_id",
    fields=_labels(
        team="服务队",
        title="活动名称",
        held_on="活动日期",
        place="地点",
        category="类别",
        beneficiaries="服务人次",
        people="参加人数",
        hours="服务时长(小时)",
    ),
)
EVENT = Book(
    "event",
    "cultural_event",
    msg("文化活动"),
    "title",
    True,
    "event_id",
    tab="文化活动",
    empty="还没有文化活动。党课、演出、学习讨论会、展览、培训都记在这里。",
    fields=_labels(
        title="活动名称",
        kind="类别",
        held_on="日期",
        place="地点",
        station="驿站",
        audience="观众人次",
        people="参加人数",
    ),
)
WORK = Book("work", "work", msg("作品"), "title")
DONATION = Book("donation", "donation", msg("捐赠"), "description")
STATION = Book("station", "station", msg("驿站"), "name", reference="station_id")
BRANCH = Book("branch", "branch", msg("党支部"), "name", reference="branch_id")
COMMUNITY = Book(
    "community",
    "community",
    msg("社区"),
    "name",
    reference="community_id",
    empty="还没有社区和网格。先新增社区，再在社区下新增网格。",
)
GRID = Book("grid", "grid", msg("网格"), "name", reference="grid_id", tab="网格")
GRID_POST = Book("grid_post", "grid_post", msg("网格职务"), sheet=msg("网格任职"))
COMMUNITY_POST = Book("community_post", "community_post", msg("社区职务"))
TEAM_MEMBERSHIP = Book("team_membership", "team_membership", msg("队伍成员"), sheet=msg("队员名单"))
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
#: The books a backup counts and the restore list shows in its columns, in that order.
BACKUP_COUNTED: tuple[Book, ...] = (MEMBER, TEAM, ACTIVITY, EVENT)
#: The tables of the ledger that are no book: the history reads the log, the settings dialog
#: the settings; neither is a list of records the clerk keeps.
NOT_BOOKS = frozenset({"change_log", "ledger_setting"})
#: The kinds of spreadsheet the program imports and exports, and the book each holds (its
#: ``sheet`` names the kind: the template's sheet, the export's sheet, the import wizard's
#: choice).
SHEETS: dict[str, Book] = {
    "members": MEMBER,
    "teams": TEAM,
    "team_members": TEAM_MEMBERSHIP,
    "grid_posts": GRID_POST,
    "activities": ACTIVITY,
    "events": EVENT,
}


def live_count(counts: Mapping[str, int], book: Book) -> int:
    """Rows of ``book`` outside the recycle bin, from the ledger's counts by table (where
    ``"member（回收站）"`` counts the binned members)."""
    return counts.get(book.table, 0) - counts.get(f"{book.table}（回收站）", 0)
