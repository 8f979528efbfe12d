"""What a print asks for and what it gives back: plain frozen records, no ledger, no paper.

``print_jobs.run_print`` takes one of these requests and returns a ``PrintResult``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from station_desk.db.queries.printing import MemberFilter
from station_desk.domain.enums import CertificateKind
from station_desk.reports import DEFAULT_HONOR_TEMPLATE
from station_desk.services.printing import DEFAULT_ROSTER_COLUMNS


@dataclass(frozen=True)
class RosterRequest:
    filter: MemberFilter = field(default_factory=MemberFilter)
    columns: tuple[str, ...] = DEFAULT_ROSTER_COLUMNS
    full_numbers: bool = False
    title: str = ""
    subtitle: str = ""
    orientation: Literal["auto", "portrait", "landscape"] = "auto"
    two_lines: bool = False
    """Each person on two lines, when the columns are too many for one."""


@dataclass(frozen=True)
class GridPostRequest:
    community_id: int | None = None
    grid_id: int | None = None
    full_numbers: bool = False


@dataclass(frozen=True)
class TeamRequest:
    team_id: int
    start: date
    end: date
    full_numbers: bool = False


@dataclass(frozen=True)
class SigninRequest:
    event_id: int
    blank_rows: int = 10


@dataclass(frozen=True)
class RegisterRequest:
    year: int | None = None
    kind: CertificateKind | None = None


@dataclass(frozen=True)
class HonorRequest:
    """Who: ``member_ids``; or everyone with ``min_hours`` in ``year`` (of ``team_id`` if
    given); or the whole team ``team_id`` on the issue date."""

    reason: str
    honour: str
    member_ids: tuple[int, ...] = ()
    team_id: int | None = None
    min_hours: float | None = None
    year: int | None = None
    issuer: str = ""
    template: str = DEFAULT_HONOR_TEMPLATE
    issued_on: date | None = None


@dataclass(frozen=True)
class ServiceRecordRequest:
    """Empty issuer fields are taken from the ledger's print settings."""

    member_ids: tuple[int, ...]
    start: date
    end: date
    full_numbers: bool = False
    issuer: str = ""
    person_in_charge: str = ""
    handler: str = ""
    contact: str = ""
    issued_on: date | None = None
    again: bool = False
    """Confirmed: a second certificate for a period that overlaps one already issued."""


@dataclass(frozen=True)
class ReprintRequest:
    serials: tuple[str, ...]
    full_numbers: bool = False


PrintRequest = (
    RosterRequest
    | GridPostRequest
    | TeamRequest
    | SigninRequest
    | RegisterRequest
    | HonorRequest
    | ServiceRecordRequest
    | ReprintRequest
)


@dataclass(frozen=True)
class PrintResult:
    path: Path
    pages: int
    rows: int
    serials: tuple[str, ...] = ()
    missing: str = ""
    """Characters no bundled font has (printed as □), for a warning."""
    draft: bool = False
    """A 样张: nothing was numbered or recorded."""
