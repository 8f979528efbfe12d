"""The demo's posts in communities and grids (社区第一书记, 党建指导员, 宣传员, 网格长, 楼长,
网格党支部书记), added to the builder's rows after the members they are given to."""

from __future__ import annotations

from datetime import date

from station_desk.db.demo.builder import DemoBuilder
from station_desk.db.schema import models as m
from station_desk.domain.enums import CommunityPostKind, GridPostKind


def posts(builder: DemoBuilder) -> None:
    """The article's posts: 20 first secretaries, 26 party-building instructors and 18
    publicity officers in the communities; 环秀社区's silver team of 10 grid and 120 building
    leaders; grid and building leaders and branch secretaries in the other grids."""
    add, rng = builder.rows.add, builder.rng
    since_pool = (date(2020, 2, 1), date(2020, 6, 1), date(2021, 3, 1))
    community_of = {cid: name for name, cid in builder.community_ids.items()}
    member_rows = builder.rows.tables[m.Member.__table__]
    community_posts = rng.sample(builder.cadres[1:], 20 + 26 + 18)
    kinds = (
        [CommunityPostKind.FIRST_SECRETARY] * 20
        + [CommunityPostKind.PARTY_INSTRUCTOR] * 26
        + [CommunityPostKind.PUBLICITY_OFFICER] * 18
    )
    for mid, kind in zip(community_posts, kinds, strict=True):
        add(
            m.CommunityPost,
            member_id=mid,
            community_id=member_rows[mid - 1]["community_id"],
            kind=kind,
            since=rng.choice(since_pool),
            until=None,
        )
    huanxiu = builder.grids["环秀社区"]
    for k, mid in enumerate(builder.silver):
        grid_id = huanxiu[k % len(huanxiu)]
        if k < 10:
            add(
                m.GridPost,
                member_id=mid,
                grid_id=grid_id,
                kind=GridPostKind.GRID_LEADER,
                building="",
                since=date(2020, 1, 28),
                until=None,
            )
        else:
            add(
                m.GridPost,
                member_id=mid,
                grid_id=grid_id,
                kind=GridPostKind.BUILDING_LEADER,
                building=f"{k - 9}号楼",
                since=date(2020, 1, 28),
                until=None,
            )
    leaders = builder.second_half[:60]
    for k, mid in enumerate(leaders[:38]):
        row = member_rows[mid - 1]
        post_kind = GridPostKind.GRID_LEADER if k < 14 else GridPostKind.BUILDING_LEADER
        add(
            m.GridPost,
            member_id=mid,
            grid_id=row["grid_id"],
            kind=post_kind,
            building="" if k < 14 else f"{rng.randrange(1, 40)}号楼",
            since=rng.choice(since_pool),
            until=None,
        )
    for mid in leaders[38:50]:
        row = member_rows[mid - 1]
        add(
            m.GridPost,
            member_id=mid,
            grid_id=row["grid_id"],
            kind=GridPostKind.BUILDING_LEADER,
            building=f"{rng.randrange(1, 40)}号楼",
            since=date(2020, 2, 1),
            until=date(2022, 12, 31),
        )
    add(
        m.GridPost,
        member_id=builder.liu_dongjun,
        grid_id=builder.grids["会仙山社区"][1],
        kind=GridPostKind.GRID_BRANCH_SECRETARY,
        building="",
        since=date(2020, 2, 10),
        until=None,
    )
    for name, grid_ids in builder.grids.items():
        if name == "会仙山社区":
            continue
        cadres = [
            c for c in builder.cadres if community_of[member_rows[c - 1]["community_id"]] == name
        ]
        if cadres:
            add(
                m.GridPost,
                member_id=cadres[0],
                grid_id=grid_ids[0],
                kind=GridPostKind.GRID_BRANCH_SECRETARY,
                building="",
                since=date(2020, 3, 1),
                until=None,
            )
