"""The summary's figures recomputed with plain SQL on the ledger file (the test oracle).

Written apart from ``station_desk.db.queries.summary`` on purpose: different SQL (ages by the
yyyymmdd subtraction, correlated sub-selects, EXISTS instead of joins), so a shared mistake
is unlikely. Both sides are flattened to the same ``{key: number}`` dict for comparison.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from station_desk.summary.records import SummaryFigures

BANDS = ((0, 59), (60, 69), (70, 79), (80, 89), (90, 999))


def flatten(f: SummaryFigures) -> dict[str, Any]:
    """The figures as ``{key: number}``, kinds with zero counts left out."""
    out: dict[str, Any] = {}
    for s in f.stations:
        out[f"station.{s.kind}"] = s.count
    for c in f.branches.by_category:
        out[f"branch.{c.kind}"] = (c.branches, c.party_members)
    out["branch.shared"] = (f.branches.shared_branches, f.branches.shared_party_members)
    m = f.members
    out["members"] = (m.total, m.party_members, m.lixiu, m.tuixiu, m.male, m.female)
    out["members.average_age"] = m.average_age
    for band in m.age_bands:
        out[f"members.age.{band.low}"] = (band.male, band.female)
    for p in f.posts.by_kind:
        out[f"post.{p.kind}"] = (p.posts, p.members)
    out["post.leaders"] = f.posts.leaders
    for t in f.teams:
        out[f"team.{t.id}"] = (
            t.members,
            t.grid_leaders,
            t.building_leaders,
            t.average_age,
            t.activities,
            t.participations,
            t.minutes,
            t.beneficiaries,
            t.money_fen,
            t.goods_items,
        )
    out["team.members"] = f.team_members
    s = f.service
    out["service"] = (s.activities, s.minutes, s.participations, s.volunteers, s.beneficiaries)
    for c in s.by_category:
        out[f"service.{c.category}"] = (c.activities, c.participations, c.minutes, c.beneficiaries)
    for mm in s.by_month:
        if mm.minutes:
            out[f"month.{mm.year:04d}-{mm.month:02d}"] = mm.minutes
    d = f.donations
    out["donations"] = (d.money_fen, d.money_donations, d.goods_items, d.goods_donations)
    for p in d.by_purpose:
        out[f"purpose.{p.purpose}"] = (p.donations, p.money_fen, p.goods_items)
    for e in f.events.by_kind:
        out[f"event.{e.kind}"] = (e.events, e.audience)
    for lec in f.events.lecturers:
        out[f"lecturer.{lec.member_id}"] = lec.lectures
    out["training.audience"] = sum(t.audience for t in f.events.trainings)
    for k in f.works.by_kind:
        out[f"work.{k.kind}"] = k.count
    for t in f.works.by_theme:
        out[f"theme.{t.theme}"] = t.count
    return {k: v for k, v in out.items() if v not in (0, (0, 0), None) or k.startswith("members")}


def _one(conn: sqlite3.Connection, sql: str, *args: Any) -> Any:
    return conn.execute(sql, args).fetchone()


def expected(path: Path, start: date, end: date, sid: int | None = None) -> dict[str, Any]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return _expected(conn, start.isoformat(), end.isoformat(), sid)
    finally:
        conn.close()


def _expected(conn: sqlite3.Connection, s: str, e: str, sid: int | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    st = "" if sid is None else f" AND station_id = {int(sid)}"
    mst = "" if sid is None else f" AND m.station_id = {int(sid)}"
    tst = "" if sid is None else f" AND t.station_id = {int(sid)}"
    live = "m.deleted_at IS NULL"
    # people are counted as of the period's end: born, retired and not yet deleted then
    booked = (
        f"m.birth_date <= '{e}' AND (m.retired_on IS NULL OR m.retired_on <= '{e}')"
        f" AND (m.deleted_at IS NULL OR m.deleted_at >= date('{e}', '+1 day'))"
    )
    for kind, n in conn.execute(
        "SELECT kind, COUNT(*) FROM station WHERE 1=1"
        + ("" if sid is None else f" AND id = {int(sid)}")
        + " GROUP BY kind"
    ):
        out[f"station.{kind}"] = n
    party_of = (
        "(SELECT COUNT(*) FROM member m WHERE m.branch_id = b.id AND m.is_party_member = 1"
        f" AND {booked})"
    )
    for cat, n, p in conn.execute(
        f"SELECT category, COUNT(*), SUM({party_of}) FROM branch b WHERE 1=1{st} GROUP BY category"
    ):
        out[f"branch.{cat}"] = (n, p)
    out["branch.shared"] = _one(
        conn,
        f"SELECT COUNT(*), COALESCE(SUM({party_of}), 0) FROM branch b WHERE station_id IN"
        f" (SELECT id FROM station WHERE kind = 'shared_branch'){st}",
    )
    age = f"((CAST(strftime('%Y%m%d', '{e}') AS INT) - CAST(strftime('%Y%m%d', m.birth_date) AS INT)) / 10000)"
    mwhere = f"FROM member m WHERE {booked}{mst}"
    total, party, lixiu, male, age_sum = _one(
        conn,
        "SELECT COUNT(*), SUM(is_party_member), SUM(retirement_kind = 'lixiu'),"
        f" SUM(gender = 'male'), SUM({age}) {mwhere}",
    )
    total = total or 0
    out["members"] = (
        total,
        party or 0,
        lixiu or 0,
        total - (lixiu or 0),
        male or 0,
        total - (male or 0),
    )
    out["members.average_age"] = round(age_sum / total, 1) if total else None
    for low, high in BANDS:
        out[f"members.age.{low}"] = tuple(
            _one(
                conn,
                f"SELECT COUNT(*) {mwhere} AND gender = ? AND {age} BETWEEN ? AND ?",
                g,
                low,
                high,
            )[0]
            for g in ("male", "female")
        )
    held = (
        f"SELECT member_id, kind FROM grid_post WHERE since <= '{e}' AND (until IS NULL OR until >= '{e}')"
        f" UNION ALL SELECT member_id, kind FROM community_post WHERE since <= '{e}'"
        f" AND (until IS NULL OR until >= '{e}')"
    )
    posts = f"SELECT p.member_id, p.kind FROM ({held}) p JOIN member m ON m.id = p.member_id WHERE {booked}{mst}"
    for kind, n, people in conn.execute(
        f"SELECT kind, COUNT(*), COUNT(DISTINCT member_id) FROM ({posts}) GROUP BY kind"
    ):
        out[f"post.{kind}"] = (n, people)
    out["post.leaders"] = _one(
        conn,
        f"SELECT COUNT(DISTINCT member_id) FROM ({posts}) WHERE kind IN ('grid_leader', 'building_leader')",
    )[0]
    team_ok = f"t.deleted_at IS NULL{tst}"
    in_team = (
        "SELECT DISTINCT tm.team_id, tm.member_id FROM team_membership tm JOIN member m ON m.id = tm.member_id"
        f" WHERE {live} AND tm.joined_on <= '{e}' AND (tm.left_on IS NULL OR tm.left_on >= '{s}')"
    )
    acts = (
        f"SELECT a.* FROM service_activity a JOIN team t ON t.id = a.team_id WHERE a.deleted_at IS NULL"
        f" AND {team_ok} AND a.held_on BETWEEN '{s}' AND '{e}'"
    )
    recs = (
        f"SELECT r.minutes, r.member_id, a.category, a.team_id, substr(a.held_on, 1, 7) AS ym FROM service_record r"
        f" JOIN ({acts}) a ON a.id = r.activity_id JOIN member m ON m.id = r.member_id WHERE {live}"
    )
    gifts = (
        "SELECT d.* FROM donation d LEFT JOIN member m ON m.id = d.member_id"
        " LEFT JOIN team t ON t.id = d.team_id LEFT JOIN service_activity a ON a.id = d.activity_id"
        f" WHERE d.donated_on BETWEEN '{s}' AND '{e}' AND m.deleted_at IS NULL AND t.deleted_at IS NULL"
        " AND a.deleted_at IS NULL"
        + ("" if sid is None else f" AND COALESCE(m.station_id, t.station_id) = {int(sid)}")
    )
    for (tid,) in conn.execute(
        f"SELECT t.id FROM team t WHERE {team_ok} AND (t.founded_on IS NULL OR t.founded_on <= '{e}')"
    ):
        people = f"SELECT x.member_id FROM ({in_team}) x WHERE x.team_id = {tid}"
        n, avg = _one(
            conn,
            f"SELECT COUNT(*), AVG({age}) FROM member m WHERE m.id IN ({people})",
        )
        leaders = [
            _one(
                conn,
                f"SELECT COUNT(DISTINCT member_id) FROM ({held}) WHERE kind = ? AND member_id IN ({people})",
                kind,
            )[0]
            for kind in ("grid_leader", "building_leader")
        ]
        a_n, benefit = _one(
            conn,
            f"SELECT COUNT(*), COALESCE(SUM(beneficiaries), 0) FROM ({acts}) WHERE team_id = {tid}",
        )
        r_n, minutes = _one(
            conn, f"SELECT COUNT(*), COALESCE(SUM(minutes), 0) FROM ({recs}) WHERE team_id = {tid}"
        )
        fen, items = _one(
            conn,
            f"SELECT COALESCE(SUM(amount_fen), 0), COALESCE(SUM(item_count), 0) FROM ({gifts}) WHERE team_id = {tid}",
        )
        out[f"team.{tid}"] = (
            n,
            *leaders,
            round(avg, 1) if avg is not None else None,
            a_n,
            r_n,
            minutes,
            benefit,
            fen,
            items,
        )
    out["team.members"] = _one(
        conn,
        f"SELECT COUNT(DISTINCT x.member_id) FROM ({in_team}) x JOIN team t ON t.id = x.team_id"
        f" WHERE {team_ok} AND (t.founded_on IS NULL OR t.founded_on <= '{e}')",
    )[0]
    a_n, benefit = _one(conn, f"SELECT COUNT(*), COALESCE(SUM(beneficiaries), 0) FROM ({acts})")
    r_n, minutes, volunteers = _one(
        conn, f"SELECT COUNT(*), COALESCE(SUM(minutes), 0), COUNT(DISTINCT member_id) FROM ({recs})"
    )
    out["service"] = (a_n, minutes, r_n, volunteers, benefit)
    for cat, n, b in conn.execute(
        f"SELECT category, COUNT(*), SUM(beneficiaries) FROM ({acts}) GROUP BY category"
    ):
        rn, mins = _one(
            conn,
            f"SELECT COUNT(*), COALESCE(SUM(minutes), 0) FROM ({recs}) WHERE category = ?",
            cat,
        )
        out[f"service.{cat}"] = (n, rn, mins, b)
    for ym, mins in conn.execute(f"SELECT ym, SUM(minutes) FROM ({recs}) GROUP BY ym"):
        out[f"month.{ym}"] = mins
    money = _one(
        conn, f"SELECT COALESCE(SUM(amount_fen), 0), COUNT(*) FROM ({gifts}) WHERE kind = 'money'"
    )
    goods = _one(
        conn, f"SELECT COALESCE(SUM(item_count), 0), COUNT(*) FROM ({gifts}) WHERE kind = 'goods'"
    )
    out["donations"] = (*money, *goods)
    for purpose, n, fen, items in conn.execute(
        f"SELECT purpose, COUNT(*), SUM(amount_fen), SUM(item_count) FROM ({gifts}) GROUP BY purpose"
    ):
        out[f"purpose.{purpose}"] = (n, fen, items)
    events = f"SELECT * FROM cultural_event WHERE deleted_at IS NULL AND held_on BETWEEN '{s}' AND '{e}'{st}"
    for kind, n, aud in conn.execute(
        f"SELECT kind, COUNT(*), SUM(audience) FROM ({events}) GROUP BY kind"
    ):
        out[f"event.{kind}"] = (n, aud)
    for mid, n in conn.execute(
        f"SELECT p.member_id, COUNT(DISTINCT ev.id) FROM event_participation p JOIN ({events}) ev ON ev.id = p.event_id"
        f" JOIN member m ON m.id = p.member_id WHERE ev.kind = 'party_lecture' AND p.role = 'speaker' AND {live}"
        " GROUP BY p.member_id"
    ):
        out[f"lecturer.{mid}"] = n
    out["training.audience"] = _one(
        conn, f"SELECT COALESCE(SUM(audience), 0) FROM ({events}) WHERE kind = 'training'"
    )[0]
    works = (
        f"SELECT w.* FROM work w JOIN member m ON m.id = w.author_id WHERE {live}"
        f" AND w.made_on BETWEEN '{s}' AND '{e}'{mst}"
    )
    for kind, n in conn.execute(f"SELECT kind, COUNT(*) FROM ({works}) GROUP BY kind"):
        out[f"work.{kind}"] = n
    for theme, n in conn.execute(f"SELECT theme, COUNT(*) FROM ({works}) GROUP BY theme"):
        out[f"theme.{theme}"] = n
    return {k: v for k, v in out.items() if v not in (0, (0, 0), None) or k.startswith("members")}
