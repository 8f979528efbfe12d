"""Paper: rosters, certificates and sign-in sheets as PDF, from plain records (no Qt, no SQL)."""

from station_desk.reports.documents import (
    DEFAULT_HONOR_TEMPLATE,
    HonorCertificate,
    RosterColumn,
    RosterDocument,
    ServiceLine,
    ServiceRecordCertificate,
    SignInSheet,
)
from station_desk.reports.fonts import markup, missing_glyphs
from station_desk.reports.honor import write_honor_certificates
from station_desk.reports.output import PrintCancelled
from station_desk.reports.roster import write_roster
from station_desk.reports.service_record import write_service_record_certificates
from station_desk.reports.signin import write_signin_sheet

__all__ = [
    "DEFAULT_HONOR_TEMPLATE",
    "HonorCertificate",
    "PrintCancelled",
    "RosterColumn",
    "RosterDocument",
    "ServiceLine",
    "ServiceRecordCertificate",
    "SignInSheet",
    "markup",
    "missing_glyphs",
    "write_honor_certificates",
    "write_roster",
    "write_service_record_certificates",
    "write_signin_sheet",
]
