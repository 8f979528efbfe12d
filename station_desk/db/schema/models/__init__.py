"""The ledger's schema: every entity of the glossary (docs/ARCHITECTURE.md §Glossary) as typed SQLAlchemy models.

Rules that keep the books true live here as constraints too, so that a bug in a service or a
hand edit with the ``sqlite3`` program cannot store impossible hours, money or counts.
Every row carries a UUID and created/updated stamps so ledgers of different stations can
later be merged. Enums are stored as their readable values.

One module per area (``base``, ``org``, ``members``, ``teams``, ``events``, ``registers``),
imported here in the order the tables were first declared; callers import from
``station_desk.db.schema.models`` as before.
"""

# ruff: noqa: I001  (the areas are imported in the order their tables were first declared,
# so the metadata lists the tables as it always did)

from __future__ import annotations

from station_desk.db.schema.models.base import NAMING_CONVENTION as NAMING_CONVENTION
from station_desk.db.schema.models.base import Base as Base
from station_desk.db.schema.models.base import Recyclable as Recyclable
from station_desk.db.schema.models.base import Stamped as Stamped
from station_desk.db.schema.models.base import enum_column as enum_column
from station_desk.db.schema.models.base import new_uuid as new_uuid
from station_desk.db.schema.models.base import precision_column as precision_column
from station_desk.db.schema.models.base import utcnow as utcnow
from station_desk.db.schema.models.org import Branch as Branch
from station_desk.db.schema.models.org import Community as Community
from station_desk.db.schema.models.org import Grid as Grid
from station_desk.db.schema.models.org import Station as Station
from station_desk.db.schema.models.members import MEMBER_LIST_COLUMNS as MEMBER_LIST_COLUMNS
from station_desk.db.schema.models.members import CommunityPost as CommunityPost
from station_desk.db.schema.models.members import GridPost as GridPost
from station_desk.db.schema.models.members import Member as Member
from station_desk.db.schema.models.teams import Donation as Donation
from station_desk.db.schema.models.teams import ServiceActivity as ServiceActivity
from station_desk.db.schema.models.teams import ServiceRecord as ServiceRecord
from station_desk.db.schema.models.teams import Team as Team
from station_desk.db.schema.models.teams import TeamMembership as TeamMembership
from station_desk.db.schema.models.events import CulturalEvent as CulturalEvent
from station_desk.db.schema.models.events import EventParticipation as EventParticipation
from station_desk.db.schema.models.events import Work as Work
from station_desk.db.schema.models.registers import CertificateIssue as CertificateIssue
from station_desk.db.schema.models.registers import ChangeLog as ChangeLog
from station_desk.db.schema.models.registers import LedgerSetting as LedgerSetting
