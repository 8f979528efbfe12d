"""Alembic environment: always run by station_desk.db.schema.ledger on a connection it hands in."""

from alembic import context

from station_desk.db.schema.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
