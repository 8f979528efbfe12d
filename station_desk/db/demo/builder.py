"""The demo ledger: a deterministic station's books that reproduce the article's figures.

Every figure of docs/ARCHITECTURE.md §Demo figures comes out of plain SQL on this ledger (tests/db/test_demo.py). Rows
are written with bulk Core inserts and explicit ids in one transaction, so a city-scale
ledger of 100,000 members builds in seconds, not minutes. The report's names are
``places.py``, the bulk rows ``rows.py``; the posts (``posts.py``) and the books (``books.py``)
are added by functions that take the builder.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from station_desk.db.demo.people import PeopleFactory, Person
from station_desk.db.demo.places import (
    COMMUNITIES,
    GRID_NUMERALS,
    UNIT_NAME,
    WEAK_BRANCHES,
    WEAK_PARTY_MEMBERS,
)
from station_desk.db.demo.rows import Rows
from station_desk.db.schema import models as m
from station_desk.domain.enums import (
    BranchCategory,
    Gender,
    RetirementKind,
    StationKind,
    TeamKind,
)
from station_desk.domain.search import member_search_keys, sort_key

MIN_MEMBERS = 1000


@dataclass(frozen=True)
class DemoSummary:
    path: Path
    members: int
    seed: int


class DemoBuilder:
    def __init__(self, members: int, seed: int) -> None:
        self.n = members
        self.people = PeopleFactory(seed)
        self.rng = self.people.rng
        self.rows = Rows()
        self.grids: dict[str, list[int]] = {}
        self.community_ids: dict[str, int] = {}
        self.member_birth: dict[int, date] = {}
        self._keys: dict[str, tuple[str, str]] = {}
        self.arts_team = 0
        self.lecture_team = 0

    # ---------------------------------------------------------------- organisation
    def organisation(self) -> None:
        add = self.rows.add
        for name, subdistrict, grid_count in COMMUNITIES:
            cid = add(m.Community, name=name, subdistrict=subdistrict)
            self.community_ids[name] = cid
            self.grids[name] = [
                add(m.Grid, community_id=cid, name=f"第{GRID_NUMERALS[i]}网格")
                for i in range(grid_count)
            ]
        cuiping = self.community_ids["翠屏社区"]
        self.shared = [
            add(
                m.Station,
                name="县老年人大学离退休干部党支部驿站",
                kind=StationKind.SHARED_BRANCH,
                address="平阴县榆山路老年人大学",
            ),
            add(
                m.Station,
                name="明德孝文化传播中心离退休干部党支部驿站",
                kind=StationKind.SHARED_BRANCH,
                address="平阴县明德孝文化传播中心",
            ),
            add(
                m.Station,
                name="翠屏社区离退休干部党支部驿站",
                kind=StationKind.SHARED_BRANCH,
                address="榆山街道翠屏社区党群服务中心",
                community_id=cuiping,
            ),
        ]
        grid_station_places = (
            ("环秀社区", 0),
            ("环秀社区", 1),
            ("翠屏社区", 1),
            ("会仙山社区", 1),
            ("东关社区", 0),
            ("锦东社区", 2),
            ("青龙社区", 0),
        )
        self.grid_stations = [
            add(
                m.Station,
                name=f"{c}{'第' + GRID_NUMERALS[g]}网格老干部党员驿站",
                kind=StationKind.GRID,
                community_id=self.community_ids[c],
            )
            for c, g in grid_station_places
        ]
        self.center = add(
            m.Station,
            name="县老干部志愿服务推进中心",
            kind=StationKind.VOLUNTEER_CENTER,
            address="平阴县老干部活动中心",
        )
        post_places = ("翠屏社区", "环秀社区", "会仙山社区", "东关社区", "锦东社区", "玫瑰社区")
        self.volunteer_posts = [
            add(
                m.Station,
                name=f"{c}老干部志愿服务推进站",
                kind=StationKind.VOLUNTEER_POST,
                community_id=self.community_ids[c],
            )
            for c in post_places
        ]
        self.weak_branches: list[int] = []
        i = 0
        for category, names in WEAK_BRANCHES:
            for name in names:
                self.weak_branches.append(
                    add(
                        m.Branch,
                        name=f"{name}离退休干部党支部",
                        category=category,
                        station_id=self.shared[i % 3],
                    )
                )
                i += 1
        self.other_branches = [
            add(
                m.Branch,
                name=f"{c}离退休干部党支部",
                category=BranchCategory.OTHER,
                station_id=self.grid_stations[k % 7],
            )
            for k, (c, _, _) in enumerate(COMMUNITIES)
        ]
        self.rows.add(m.LedgerSetting, key="unit_name", value=UNIT_NAME)
        self.rows.add(m.LedgerSetting, key="serial_prefix", value="平阴驿站")

    # ---------------------------------------------------------------- members
    def _keys_for(self, name: str) -> tuple[str, str]:
        return self._keys.setdefault(name, (name, sort_key(name)))

    def member(
        self,
        person: Person,
        *,
        community: str,
        branch_id: int | None,
        retirement: RetirementKind = RetirementKind.TUIXIU,
        joined_party_on: date | None = None,
        station_id: int | None = None,
    ) -> int:
        rng = self.rng
        party = branch_id is not None
        birth = person.birth_date
        if party and joined_party_on is None:
            joined_party_on = self.people.day_in(
                date(birth.year + 19, 1, 1), date(min(birth.year + 40, 2015), 12, 31)
            )
        retire_age = 60 if person.gender is Gender.MALE else 55
        # everyone on the books of the article's 2021 report had retired by then (a few
        # early, as cadres may): the report counts people as of its period's end
        retired_on = date(min(birth.year + retire_age, 2021), birth.month, 1)
        if retirement is RetirementKind.LIXIU:
            retired_on = date(birth.year + 60, 1, 1)
        honorary = (
            retired_on + timedelta(days=rng.randrange(1, 60))
            if retired_on >= date(2020, 6, 1)
            else None
        )
        grid_ids = self.grids[community]
        mid = self.rows.add(
            m.Member,
            name=person.name,
            gender=person.gender,
            birth_date=birth,
            id_number=person.id_number,
            phone=person.phone,
            address=f"{community}{rng.randrange(1, 30)}号楼{rng.randrange(1, 7)}单元",
            station_id=station_id,
            community_id=self.community_ids[community],
            grid_id=rng.choice(grid_ids),
            former_unit=person.former_unit,
            former_post=person.former_post,
            retirement_kind=retirement,
            retired_on=retired_on,
            honorary_retirement_on=honorary,
            is_party_member=party,
            joined_party_on=joined_party_on if party else None,
            branch_id=branch_id,
            health=person.health,
            notes="",
            volunteer_number=None,
            search_keys=member_search_keys(
                name=person.name,
                phone=person.phone,
                id_number=person.id_number,
                former_unit=person.former_unit,
            ),
            sort_key=self._keys_for(person.name)[1],
        )
        self.member_birth[mid] = birth
        return mid

    def members(self) -> None:
        rng, people = self.rng, self.people
        communities = [c for c, _, _ in COMMUNITIES]
        weak = self.weak_branches
        per_branch = [WEAK_PARTY_MEMBERS // len(weak)] * len(weak)
        for k in range(WEAK_PARTY_MEMBERS - sum(per_branch)):
            per_branch[k] += 1
        self.cadres: list[int] = []
        self.liu_dongjun = self.member(
            people.person(name="刘东军", gender=Gender.MALE, birth_date=date(1939, 5, 12)),
            community="会仙山社区",
            branch_id=weak[0],
            joined_party_on=date(1962, 7, 1),
            station_id=self.shared[0],
        )
        self.cadres.append(self.liu_dongjun)
        per_branch[0] -= 1
        lixiu_left = 12
        for branch_id, count in zip(weak, per_branch, strict=True):
            for _ in range(count):
                if lixiu_left:
                    lixiu_left -= 1
                    person = people.person(1926, 1931)
                    joined = people.day_in(
                        date(person.birth_date.year + 15, 1, 1), date(1949, 9, 30)
                    )
                    mid = self.member(
                        person,
                        community=rng.choice(communities),
                        branch_id=branch_id,
                        retirement=RetirementKind.LIXIU,
                        joined_party_on=joined,
                        station_id=self.shared[0],
                    )
                else:
                    mid = self.member(
                        people.person(1938, 1963),
                        community=rng.choice(communities),
                        branch_id=branch_id,
                        station_id=self.shared[weak.index(branch_id) % 3],
                    )
                self.cadres.append(mid)
        huanxiu_branch = self.other_branches[1]
        self.silver = [
            self.member(
                people.person(1945, 1957),
                community="环秀社区",
                branch_id=huanxiu_branch if rng.random() < 0.6 else None,
                station_id=self.grid_stations[0],
            )
            for _ in range(130)
        ]
        self.ji_changyin = self.member(
            people.person(name="姬长印", gender=Gender.MALE, birth_date=date(1952, 3, 8)),
            community="翠屏社区",
            branch_id=self.other_branches[0],
            station_id=self.shared[2],
        )
        self.others: list[int] = []
        remaining = self.n - len(self.member_birth)
        for _ in range(remaining):
            community = rng.choice(communities)
            k = communities.index(community)
            branch = self.other_branches[k] if rng.random() < 0.5 else None
            self.others.append(
                self.member(
                    people.person(1936, 1966),
                    community=community,
                    branch_id=branch,
                    station_id=self.grid_stations[k % 7],
                )
            )
        half = len(self.others) // 2
        self.boai = rng.sample(self.others[:half], 50)
        self.second_half = self.others[half:]

    # ---------------------------------------------------------------- teams
    def team(
        self,
        name: str,
        kind: TeamKind,
        station: int,
        members: Iterable[int],
        leader: int | None = None,
        founded: date = date(2019, 5, 1),
        focus: str = "",
    ) -> int:
        add = self.rows.add
        ids = list(members)
        tid = add(
            m.Team,
            name=name,
            kind=kind,
            station_id=station,
            leader_id=leader if leader is not None else ids[0],
            founded_on=founded,
            focus=focus,
            deleted_at=None,
        )
        for k, mid in enumerate(ids):
            add(
                m.TeamMembership,
                team_id=tid,
                member_id=mid,
                role="队长" if k == 0 and leader is None else "队员",
                joined_on=founded,
                left_on=None,
            )
        return tid

    def activity(
        self,
        team: int,
        title: str,
        category: str,
        on: date,
        participants: list[int],
        beneficiaries: int,
        hours: tuple[int, ...] = (120, 180, 240),
        place: str = "",
        content: str = "",
    ) -> int:
        aid = self.rows.add(
            m.ServiceActivity,
            team_id=team,
            title=title,
            category=category,
            held_on=on,
            place=place,
            content=content or title,
            beneficiaries=beneficiaries,
            notes="",
            deleted_at=None,
        )
        for mid in participants:
            self.rows.add(
                m.ServiceRecord, activity_id=aid, member_id=mid, minutes=self.rng.choice(hours)
            )
        return aid
