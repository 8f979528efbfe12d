"""The demo's rows, collected per table with explicit ids and written in one go with bulk
Core inserts, so a ledger of 100,000 members builds in seconds, not minutes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, insert

from station_desk.db.schema import models as m


class Rows:
    """Collects rows per table with explicit ids, inserted together at the end."""

    def __init__(self) -> None:
        self.tables: dict[Any, list[dict[str, Any]]] = {}

    def add(self, model: type[m.Base], **values: Any) -> int:
        rows = self.tables.setdefault(model.__table__, [])
        if "id" in model.__table__.c:
            values.setdefault("id", len(rows) + 1)
        rows.append(values)
        return int(values.get("id", 0))

    def count(self, model: type[m.Base]) -> int:
        return len(self.tables.get(model.__table__, []))

    def write(self, conn: Connection) -> None:
        for table in m.Base.metadata.sorted_tables:
            rows = self.tables.get(table) or []
            keys = set().union(*rows) if rows else set()
            fill = {key: _scalar_default(table.c[key]) for key in keys}
            complete = [{**fill, **row} for row in rows]
            for start in range(0, len(complete), 20000):
                conn.execute(insert(table), complete[start : start + 20000])


def _scalar_default(col: Any) -> Any:
    default = col.default
    return default.arg if default is not None and default.is_scalar else None


def split_total(total: int, parts: int, rng: Any, spread: float = 0.4) -> list[int]:
    """``parts`` positive integers that add up to exactly ``total``."""
    weights = [1 + rng.uniform(-spread, spread) for _ in range(parts)]
    scale = total / sum(weights)
    values = [max(1, int(w * scale)) for w in weights]
    values[-1] += total - sum(values)
    return values
