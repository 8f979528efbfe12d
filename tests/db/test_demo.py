"""The demo ledger reproduces every figure of docs/ARCHITECTURE.md §Demo figures, each computed with plain SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from station_desk.db.demo import build_demo
from station_desk.db.schema.ledger import LedgerError


@pytest.fixture(scope="module")
def db(demo_file: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(f"file:{demo_file}?mode=ro", uri=True)
    yield conn
    conn.close()


def one(db: sqlite3.Connection, sql: str) -> int:
    return int(db.execute(sql).fetchone()[0] or 0)


def test_file_is_whole_and_in_wal_mode(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_stations_three_shared_seven_grid_and_one_plus_six(db: sqlite3.Connection) -> None:
    kinds = dict(db.execute("SELECT kind, count(*) FROM station GROUP BY kind").fetchall())
    assert kinds == {"shared_branch": 3, "grid": 7, "volunteer_center": 1, "volunteer_post": 6}
    names = {r[0] for r in db.execute("SELECT name FROM station WHERE kind='shared_branch'")}
    assert any("老年人大学" in n for n in names)
    assert any("明德孝文化传播中心" in n for n in names)
    assert any("翠屏社区" in n for n in names)


def test_31_branches_with_596_party_members_served_by_shared_stations(
    db: sqlite3.Connection,
) -> None:
    served = """FROM branch b JOIN station s ON s.id = b.station_id
                WHERE s.kind = 'shared_branch'"""
    assert one(db, f"SELECT count(*) {served}") == 31
    categories = {r[0] for r in db.execute(f"SELECT DISTINCT b.category {served}")}
    assert categories == {"county", "township", "enterprise"}
    assert (
        one(
            db,
            f"""SELECT count(*) FROM member m WHERE m.deleted_at IS NULL
                AND m.is_party_member = 1 AND m.branch_id IN (SELECT b.id {served})""",
        )
        == 596
    )


def current_holders(db: sqlite3.Connection, table: str, kinds: str) -> int:
    return one(
        db,
        f"""SELECT count(DISTINCT member_id) FROM {table}
            WHERE kind IN ({kinds}) AND until IS NULL""",
    )


def test_community_posts_20_first_secretaries_and_26_instructors(db: sqlite3.Connection) -> None:
    assert current_holders(db, "community_post", "'first_secretary'") == 20
    assert current_holders(db, "community_post", "'party_instructor'") == 26


def test_more_than_160_building_or_grid_leaders(db: sqlite3.Connection) -> None:
    assert current_holders(db, "grid_post", "'building_leader', 'grid_leader'") >= 160
    ended = one(db, "SELECT count(*) FROM grid_post WHERE until IS NOT NULL")
    assert ended > 0, "history: some posts have ended and must not be counted"


def team_id(db: sqlite3.Connection, name: str) -> int:
    return one(db, f"SELECT id FROM team WHERE name = '{name}'")


def test_boai_station_50_members_1000_helped_4000_clothes(db: sqlite3.Connection) -> None:
    boai = team_id(db, "老干部博爱驿站")
    assert (
        one(db, f"SELECT count(*) FROM team_membership WHERE team_id={boai} AND left_on IS NULL")
        == 50
    )
    helped = one(
        db,
        f"""SELECT sum(beneficiaries) FROM service_activity WHERE team_id={boai}
            AND held_on BETWEEN '2020-01-01' AND '2021-12-31' AND deleted_at IS NULL""",
    )
    assert helped >= 1000
    clothes = one(
        db,
        f"""SELECT sum(item_count) FROM donation WHERE team_id={boai} AND kind='goods'
            AND description='衣物' AND donated_on BETWEEN '2020-01-01' AND '2021-12-31'""",
    )
    assert clothes >= 4000


def test_silver_team_120_building_and_10_grid_leaders_average_age_over_65(
    db: sqlite3.Connection,
) -> None:
    silver = team_id(db, "社区银发抗疫队伍")
    members = f"SELECT member_id FROM team_membership WHERE team_id={silver}"
    huanxiu = (
        "SELECT g.id FROM grid g JOIN community c ON c.id=g.community_id WHERE c.name='环秀社区'"
    )
    for kind, count in (("building_leader", 120), ("grid_leader", 10)):
        got = one(
            db,
            f"""SELECT count(DISTINCT member_id) FROM grid_post WHERE kind='{kind}'
                AND until IS NULL AND member_id IN ({members}) AND grid_id IN ({huanxiu})""",
        )
        assert got == count, kind
    avg_age_2020 = db.execute(
        f"""SELECT avg(2020 - CAST(substr(birth_date, 1, 4) AS INTEGER))
            FROM member WHERE id IN ({members})"""
    ).fetchone()[0]
    assert avg_age_2020 >= 65


def test_epidemic_2000_person_times_800_works_and_donations(db: sqlite3.Connection) -> None:
    person_times = one(
        db,
        """SELECT count(*) FROM service_record r JOIN service_activity a ON a.id = r.activity_id
           WHERE a.category = '疫情防控' AND a.deleted_at IS NULL""",
    )
    assert person_times >= 2000
    works = dict(db.execute("SELECT kind, count(*) FROM work WHERE theme='抗疫' GROUP BY kind"))
    assert sum(works.values()) >= 800
    assert {"poem", "calligraphy", "painting", "paper_cut"} <= set(works)
    fen = one(db, "SELECT sum(amount_fen) FROM donation WHERE kind='money' AND purpose='疫情防控'")
    items = one(
        db, "SELECT sum(item_count) FROM donation WHERE kind='goods' AND purpose='疫情防控'"
    )
    assert (fen, items) == (20_510_000, 316)  # 20.51万元, 316 件


def test_one_member_gave_more_than_200_party_lectures(db: sqlite3.Connection) -> None:
    name, lectures = db.execute(
        """SELECT m.name, count(*) FROM event_participation p
           JOIN cultural_event e ON e.id = p.event_id JOIN member m ON m.id = p.member_id
           WHERE e.kind = 'party_lecture' AND p.role = 'speaker' AND e.deleted_at IS NULL
           GROUP BY m.id ORDER BY count(*) DESC LIMIT 1"""
    ).fetchone()
    assert lectures >= 200
    assert name == "刘东军"


def test_yaogu_training_reached_400_and_lekang_troupe_at_cuiping(db: sqlite3.Connection) -> None:
    trainees = one(
        db, "SELECT sum(audience) FROM cultural_event WHERE kind='training' AND title LIKE '%腰鼓%'"
    )
    assert trainees >= 400
    community = db.execute(
        """SELECT c.name FROM team t JOIN station s ON s.id=t.station_id
           JOIN community c ON c.id=s.community_id WHERE t.name='乐康艺术团' AND t.kind='arts'"""
    ).fetchone()[0]
    assert community == "翠屏社区"


def test_people_are_invented_with_valid_ids_and_rare_names(db: sqlite3.Connection) -> None:
    from station_desk.domain.ids import parse_id_number

    ids = [r[0] for r in db.execute("SELECT id_number FROM member")]
    assert all(i.startswith("370124") for i in ids)
    assert all(parse_id_number(i).value == i for i in ids[:300])
    names = "".join(r[0] for r in db.execute("SELECT name FROM member"))
    assert "䶮" in names or "𠮷" in names
    assert any(
        n.startswith(("曾", "单")) for n in (r[0] for r in db.execute("SELECT name FROM member"))
    )


def test_same_seed_same_ledger(tmp_path: Path, demo_file: Path) -> None:
    again = tmp_path / "again.sqlite3"
    build_demo(again)
    query = "SELECT name, id_number, phone FROM member ORDER BY id"
    a = sqlite3.connect(demo_file).execute(query).fetchall()
    b = sqlite3.connect(again).execute(query).fetchall()
    assert a == b


def test_demo_never_overwrites_and_refuses_too_few_members(tmp_path: Path) -> None:
    existing = tmp_path / "mine.sqlite3"
    existing.write_bytes(b"precious")
    with pytest.raises(LedgerError, match="已存在"):
        build_demo(existing)
    assert existing.read_bytes() == b"precious"
    with pytest.raises(LedgerError, match="至少"):
        build_demo(tmp_path / "small.sqlite3", members=10)
    assert not (tmp_path / "small.sqlite3").exists()


def test_demo_has_no_anachronisms_and_titles_agree_with_categories(
    db: sqlite3.Connection,
) -> None:
    """Issue 14: a 二十大精神专题党课 in 2021 (the 20th Congress met in October 2022), and
    activity titles that contradicted their categories (政策宣传 beside 义诊咨询)."""
    from station_desk.db.demo.books import EPIDEMIC_WORK, ROUTINE_WORK

    early = one(
        db,
        "SELECT COUNT(*) FROM cultural_event WHERE title LIKE '%二十大%'"
        " AND held_on < '2022-10-23'",
    )
    assert early == 0
    assert one(db, "SELECT COUNT(*) FROM cultural_event WHERE title LIKE '%十九大%'") > 0
    titles = {cat: {t for t, _ in works} for cat, works in ROUTINE_WORK.items()}
    titles["疫情防控"] = set(EPIDEMIC_WORK)
    titles["扶贫帮困"] = {"衣暖人心、助力脱贫"}
    rows = db.execute("SELECT title, category, content FROM service_activity").fetchall()
    assert rows and all(title in titles[category] for title, category, _ in rows)
    assert all(content and content != title for title, _, content in rows)
