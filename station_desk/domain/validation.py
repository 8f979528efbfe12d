"""The ledger's rules for single values, under their old name.

The rules were one 700-line module; they now live along their seams, each plain Python with
no database and no Qt (docs/ARCHITECTURE.md §Packages):

- ``problems``: field labels, ``Problem``, ``ValidationError``, ``NeedsConfirmation``, ``Problems``;
- ``text``: ``normalize_text``, the one normalisation of pasted text;
- ``ids``: citizen ID numbers (normalised one way, "Excel ate the digits" caught once);
- ``phones``, ``names``: phone numbers and people's names;
- ``date_rules``: dates that have happened, ages and years; ``people``: a member's dates and
  ID number agreeing;
- ``units``: hours (minutes inside) and money (fen inside), read and shown.

The code base imports from those modules. This one re-exports them so that branches written
against the old name (merged in the same round) keep working; it holds no rule of its own.
"""

from __future__ import annotations

from station_desk.domain.date_rules import age_on as age_on
from station_desk.domain.date_rules import check_date as check_date
from station_desk.domain.date_rules import years_since as years_since
from station_desk.domain.ids import IdNumber as IdNumber
from station_desk.domain.ids import id_check_digit as id_check_digit
from station_desk.domain.ids import make_id_number as make_id_number
from station_desk.domain.ids import parse_id_number as parse_id_number
from station_desk.domain.names import check_name as check_name
from station_desk.domain.names import is_han as is_han
from station_desk.domain.people import check_member_dates as check_member_dates
from station_desk.domain.people import check_member_identity as check_member_identity
from station_desk.domain.phones import check_phone as check_phone
from station_desk.domain.problems import FIELD_LABELS as FIELD_LABELS
from station_desk.domain.problems import PROBLEM_SEPARATOR as PROBLEM_SEPARATOR
from station_desk.domain.problems import NeedsConfirmation as NeedsConfirmation
from station_desk.domain.problems import Problem as Problem
from station_desk.domain.problems import Problems as Problems
from station_desk.domain.problems import ValidationError as ValidationError
from station_desk.domain.problems import displayed as displayed
from station_desk.domain.problems import label_of as label_of
from station_desk.domain.text import normalize_text as normalize_text
from station_desk.domain.units import Translate as Translate
from station_desk.domain.units import format_hours as format_hours
from station_desk.domain.units import format_wan as format_wan
from station_desk.domain.units import format_yuan as format_yuan
from station_desk.domain.units import hours_text as hours_text
from station_desk.domain.units import parse_hours as parse_hours
from station_desk.domain.units import parse_yuan as parse_yuan
