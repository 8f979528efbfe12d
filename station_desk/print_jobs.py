"""Print jobs: one request in, one PDF out — the same code for the desk and the command line.

This module joins the ledger's side (``services.printing``, which may not import reports)
to the paper's side (``reports``, which may not import services): the import-linter
contract keeps those two layers independent, so their meeting point sits above both.

A certificate's number, its register entry and a reprint's count exist only for paper that
exists: they are written in the unit of work that writes the PDF, which commits only after
the PDF is complete and in place (any error or a cancel rolls both back). A draft
(``draft=True``, the desk's preview) prints 样张 where the number will be and records
nothing. A reprint rebuilds the paper from the register's content with ``reprint=True``.
How one print meets its paper (the documents, and the unit of work the PDF is written in) is
``print_documents.py``; this module chooses what each request prints.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from station_desk.db.queries.printing_service import hours_candidates, team_roster
from station_desk.db.schema.ledger import Ledger
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.print_documents import Cancelled, PrintRun, Progress
from station_desk.print_documents import honor_document as honor_document
from station_desk.print_documents import roster_document as roster_document
from station_desk.print_documents import service_record_document as service_record_document
from station_desk.print_requests import (
    GridPostRequest,
    HonorRequest,
    PrintRequest,
    PrintResult,
    RegisterRequest,
    ReprintRequest,
    RosterRequest,
    ServiceRecordRequest,
    SigninRequest,
    TeamRequest,
)
from station_desk.reports import (
    SignInSheet,
    write_signin_sheet,
)
from station_desk.services.certificates import IssuedCertificate
from station_desk.services.printing import (
    PrintSettings,
    grid_post_table,
    print_settings,
    roster_table,
    team_table,
)
from station_desk.services.printing_certificates import (
    issue_honor_certificates,
    issue_service_record_certificates,
    reprint_certificates,
)
from station_desk.services.printing_register import register_table, signin_data


def _honor_members(session: Any, request: HonorRequest, on: date) -> tuple[int, ...]:
    if request.member_ids:
        return request.member_ids
    if request.min_hours is not None:
        year = request.year or on.year
        if on < date(year, 1, 1):
            raise ValidationError(
                "issued_on",
                msg(
                    "{label}：早于{year}年，不能为{year}年的服务时长发证",
                    label=label_of("issued_on"),
                    year=year,
                ),
            )
        minutes = round(request.min_hours * 60)
        # hours after the issue date are not yet served: the certificate cannot count them
        found = hours_candidates(
            session, date(year, 1, 1), min(date(year, 12, 31), on), minutes, request.team_id
        )
        if not found:
            raise ValidationError(
                "min_hours",
                msg(
                    "{label}：{year}年没有人达到 {hours} 小时",
                    label=label_of("hours"),
                    year=year,
                    hours=f"{request.min_hours:g}",
                ),
            )
        return tuple(c.member_id for c in found)
    if request.team_id is not None:
        found_ids = tuple(line.member_id for line in team_roster(session, request.team_id, on, on))
        if not found_ids:
            raise ValidationError(
                "team", msg("{label}：该队伍目前没有队员", label=label_of("team"))
            )
        return found_ids
    raise ValidationError(
        "member",
        msg(
            "{label}：请选择发证对象（选中的人、整支队伍或服务时长达标者）",
            label=label_of("member"),
        ),
    )


def _settings_for(session: Any, r: ServiceRecordRequest) -> PrintSettings:
    saved = print_settings(session)
    return PrintSettings(
        unit_name=saved.unit_name,
        issuer=r.issuer.strip() or saved.issuer,
        person_in_charge=r.person_in_charge.strip() or saved.person_in_charge,
        handler=r.handler.strip() or saved.handler,
        contact=r.contact.strip() or saved.contact,
    )


def run_print(
    ledger: Ledger,
    request: PrintRequest,
    out: Path,
    *,
    operator: str = "",
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    draft: bool = False,
) -> PrintResult:
    """Make the PDF ``request`` asks for at ``out`` (written atomically).

    ``draft``: a 样张 of a certificate print (the preview), numbered and recorded nowhere.
    Raises ``ValidationError`` for a request the ledger cannot satisfy,
    ``NeedsConfirmation`` for a second certificate of an overlapping period (repeat with
    ``again=True``), and ``reports.PrintCancelled`` when ``cancelled()`` turns true.
    """
    run = PrintRun(ledger, out, operator, today or date.today(), progress, cancelled, draft)
    on = run.today
    match request:
        case RosterRequest():
            r = request
            return run.table(
                lambda s: replace(
                    roster_table(
                        s,
                        r.filter,
                        r.columns,
                        on=on,
                        full_numbers=r.full_numbers,
                        title=r.title,
                        subtitle=r.subtitle,
                    ),
                    orientation=r.orientation,
                    two_lines=r.two_lines,
                ),
                r.full_numbers,
            )
        case GridPostRequest():
            g = request
            return run.table(
                lambda s: grid_post_table(
                    s,
                    on,
                    community_id=g.community_id,
                    grid_id=g.grid_id,
                    full_numbers=g.full_numbers,
                ),
                g.full_numbers,
            )
        case TeamRequest():
            t = request
            return run.table(
                lambda s: team_table(
                    s, t.team_id, t.start, t.end, on=on, full_numbers=t.full_numbers
                ),
                t.full_numbers,
            )
        case RegisterRequest():
            reg = request
            return run.table(
                lambda s: register_table(s, on=on, year=reg.year, kind=reg.kind), False
            )
        case SigninRequest():
            data = run.read(lambda s: signin_data(s, request.event_id))
            sheet = SignInSheet(
                unit_name=data.unit_name,
                title=data.title,
                on=data.on,
                place=data.place,
                expected=data.expected,
                extra_headers=data.extra_headers,
                blank_rows=request.blank_rows,
            )
            pages = write_signin_sheet(sheet, run.out, missing=run.missing)
            return run.result(pages, len(data.expected))
        case HonorRequest():
            h = request
            issued_on = h.issued_on or on

            def issue_honor(session: Any) -> list[IssuedCertificate]:
                issuer = h.issuer.strip() or print_settings(session).issuer
                return issue_honor_certificates(
                    session,
                    _honor_members(session, h, issued_on),
                    reason=h.reason,
                    honour=h.honour,
                    issuer=issuer,
                    template=h.template,
                    issued_on=issued_on,
                    today=on,
                )

            return run.certificates(issue_honor)
        case ServiceRecordRequest():
            sr = request
            return run.certificates(
                lambda s: issue_service_record_certificates(
                    s,
                    sr.member_ids,
                    sr.start,
                    sr.end,
                    settings=_settings_for(s, sr),
                    issued_on=sr.issued_on or on,
                    full_numbers=sr.full_numbers,
                    today=on,
                    again=sr.again,
                )
            )
        case ReprintRequest():
            serials = [s for s in request.serials if s.strip()]
            if not serials:
                raise ValidationError(
                    "serial_number",
                    msg("{label}：请至少写一个要补打的证书编号", label=label_of("serial_number")),
                )
            full = request.full_numbers
            return run.certificates(lambda s: reprint_certificates(s, serials, full_numbers=full))
    raise TypeError(f"unknown print request {request!r}")
