"""Build the demo ledger (``station-desk demo``): deterministic for a seed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from station_desk.db.demo.books import events_and_works, teams_and_service
from station_desk.db.demo.builder import MIN_MEMBERS, DemoBuilder, DemoSummary
from station_desk.db.demo.posts import posts
from station_desk.db.schema.ledger import LedgerError, open_ledger
from station_desk.domain.messages import msg

DEFAULT_MEMBERS = 1200
DEFAULT_SEED = 2021


def build_demo(
    path: Path,
    *,
    members: int = DEFAULT_MEMBERS,
    seed: int = DEFAULT_SEED,
    progress: Callable[[str], None] | None = None,
) -> DemoSummary:
    """Write a new demo ledger at ``path``; an existing file is never overwritten."""
    path = Path(path)
    if members < MIN_MEMBERS:
        raise LedgerError(msg("演示台账至少需要 {n} 位老同志才能重现文中的数字。", n=MIN_MEMBERS))
    if path.exists():
        raise LedgerError(
            msg("“{path}”已存在；演示台账只写入新文件，不会覆盖已有文件。", path=str(path))
        )
    say = progress or (lambda _msg: None)
    builder = DemoBuilder(members, seed)
    say("生成驿站、支部、社区与网格……")
    builder.organisation()
    say(f"生成 {members} 位老同志……")
    builder.members()
    posts(builder)
    say("生成志愿服务、捐赠、文化活动与作品……")
    teams_and_service(builder)
    events_and_works(builder)
    ledger = open_ledger(path)
    try:
        say("写入台账……")
        with ledger.engine.begin() as conn:
            builder.rows.write(conn)
    except BaseException:
        ledger.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    ledger.close()
    return DemoSummary(path=path, members=members, seed=seed)
