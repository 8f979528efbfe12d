"""The paper side of a print job: the reports' documents made from the ledger's tables and
registered certificates, and ``PrintRun``, which writes one PDF inside the unit of work that
logs or numbers it, so the log and the register never name paper that does not exist (see
``print_jobs``). It sits above services and reports, which may not import each other.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from station_desk.db.schema.ledger import Ledger
from station_desk.domain.enums import CertificateKind
from station_desk.domain.messages import msg
from station_desk.domain.problems import ValidationError, label_of
from station_desk.print_requests import (
    PrintResult,
)
from station_desk.reports import (
    HonorCertificate,
    PrintCancelled,
    RosterColumn,
    RosterDocument,
    ServiceLine,
    ServiceRecordCertificate,
    write_honor_certificates,
    write_roster,
    write_service_record_certificates,
)
from station_desk.services.certificates import IssuedCertificate
from station_desk.services.printing import (
    PrintTable,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


DRAFT_SERIAL = "样张"


def roster_document(table: PrintTable) -> RosterDocument:
    return RosterDocument(
        title=table.title,
        unit_name=table.unit_name,
        columns=[
            RosterColumn(h, w, a)
            for h, w, a in zip(table.headers, table.weights, table.aligns, strict=True)
        ],
        rows=table.rows,
        printed_on=table.printed_on,
        subtitle=table.subtitle,
        orientation=table.orientation,
        signature_line=table.signature_line,
        note=table.note,
        count=table.count,
        two_lines=table.two_lines,
    )


def honor_document(
    issued: IssuedCertificate, today: date | None = None, serial: str = ""
) -> HonorCertificate:
    """The certificate exactly as registered (``reprint`` set for a reprint, on ``today``)."""
    c = issued.content
    return HonorCertificate(
        serial=serial or issued.serial,
        recipient_name=c["recipient_name"],
        reason=c["reason"],
        honour=c["honour"],
        issuer=c["issuer"],
        issued_on=date.fromisoformat(c["issued_on"]),
        reprint=issued.reprint,
        template=c["template"],
        reprinted_on=today if issued.reprint else None,
    )


def service_record_document(
    issued: IssuedCertificate, today: date | None = None, serial: str = ""
) -> ServiceRecordCertificate:
    c = issued.content
    return ServiceRecordCertificate(
        serial=serial or issued.serial,
        name=c["name"],
        id_document_type=c["id_document_type"],
        id_number=c["id_number"],
        volunteer_number=c["volunteer_number"],
        period_start=date.fromisoformat(c["period_start"]),
        period_end=date.fromisoformat(c["period_end"]),
        total_hours=c["total_hours"],
        lines=[
            ServiceLine(date.fromisoformat(x["on"]), x["activity"], x["content"], x["hours"])
            for x in c["lines"]
        ],
        issuer_org=c["issuer_org"],
        person_in_charge=c["person_in_charge"],
        handler=c["handler"],
        contact=c["contact"],
        issued_on=date.fromisoformat(c["issued_on"]),
        reprint=issued.reprint,
        reprinted_on=today if issued.reprint else None,
    )


class _Discard(Exception):
    """Leaves a draft's unit of work by rolling it back, carrying what was printed."""

    def __init__(self, result: PrintResult) -> None:
        super().__init__("draft")
        self.result = result


class PrintRun:
    """One print: the ledger, the clerk's name for the log, progress and cancel hooks."""

    def __init__(
        self,
        ledger: Ledger,
        out: Path,
        operator: str,
        today: date,
        progress: Progress | None,
        cancelled: Cancelled | None,
        draft: bool = False,
    ) -> None:
        self.ledger, self.out, self.operator, self.today = ledger, Path(out), operator, today
        self.progress, self.cancelled, self.draft = progress, cancelled, draft
        self.missing: list[str] = []

    def read(self, fn: Callable[[Any], Any], writes: bool = False) -> Any:
        if writes:
            with self.ledger.unit_of_work(operator=self.operator) as session:
                return fn(session)
        with self.ledger.reading() as session:
            return fn(session)

    def hooks(self) -> dict[str, Any]:
        return {"progress": self.progress, "cancelled": self.cancelled, "missing": self.missing}

    def result(self, pages: int, rows: int, serials: Sequence[str] = ()) -> PrintResult:
        missing = "".join(dict.fromkeys(self.missing))
        return PrintResult(self.out, pages, rows, tuple(serials), missing, self.draft)

    def table(self, fn: Callable[[Any], PrintTable], writes: bool) -> PrintResult:
        """A roster; with ``writes`` (full numbers, logged) the log entry and the PDF are
        one step, so the log never names a print that failed."""
        if not writes:
            table = self.read(fn)
            pages = write_roster(roster_document(table), self.out, **self.hooks())
            return self.result(pages, _entries(table))
        with self.ledger.unit_of_work(operator=self.operator) as session:
            table = fn(session)
            pages = write_roster(roster_document(table), self.out, **self.hooks())
        return self.result(pages, _entries(table))

    def certificates(self, issue: Callable[[Any], Sequence[IssuedCertificate]]) -> PrintResult:
        """Number (or reprint) and write the PDF as one step: all of it or none of it.

        ``issue(session)`` registers the certificates in an open unit of work; the PDF is
        written (to a temporary file, then renamed) before that unit commits, and any error
        rolls the register back. A draft runs the same code in a unit of work that is
        always rolled back, and prints 样张 in place of each new number.
        """
        self.check()
        if self.draft:
            try:
                with self.ledger.unit_of_work(operator=self.operator) as session:
                    raise _Discard(self._write_certificates(issue(session)))
            except _Discard as discarded:
                return discarded.result
        written = False
        try:
            with self.ledger.unit_of_work(operator=self.operator) as session:
                issued = issue(session)
                result = self._write_certificates(issued)
                written = True
        except BaseException:
            if written:
                self.out.unlink(missing_ok=True)
            raise
        return result

    def _write_certificates(self, issued: Sequence[IssuedCertificate]) -> PrintResult:
        kinds = _one_kind(issued)
        serials = [c.serial for c in issued]
        blank = DRAFT_SERIAL if self.draft else ""
        today = self.today
        if kinds == {CertificateKind.HONOR}:
            docs = [honor_document(c, today, "" if c.reprint else blank) for c in issued]
            pages = write_honor_certificates(docs, self.out, **self.hooks())
        else:
            records = [
                service_record_document(c, today, "" if c.reprint else blank) for c in issued
            ]
            pages = write_service_record_certificates(records, self.out, **self.hooks())
        return self.result(pages, len(issued), () if self.draft else serials)

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise PrintCancelled("打印已取消")


def _entries(table: PrintTable) -> int:
    return len(table.rows) if table.count is None else table.count


def _one_kind(issued: Sequence[IssuedCertificate]) -> set[CertificateKind]:
    kinds = {c.kind for c in issued}
    if len(kinds) > 1:
        raise ValidationError(
            "serial_number",
            msg("{label}：荣誉证书与服务记录证明请分开补打", label=label_of("serial_number")),
        )
    return kinds
