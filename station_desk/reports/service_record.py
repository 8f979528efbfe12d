"""志愿服务记录证明: the formal proof of a volunteer's hours, A4 portrait, paginated.

Wording and fields follow the national 志愿服务记录与证明出具办法 (identity, volunteer
number, period, total hours, the record lines, the issuing organisation with its seal,
the person in charge, the handler, a contact number, the serial and the date). Each
certificate numbers its own pages, since each goes to a different person.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from station_desk.domain.messages import msg
from station_desk.reports.documents import ServiceRecordCertificate, hours_words
from station_desk.reports.fonts import KAI, KAI_BOLD
from station_desk.reports.grid import (
    GridSpec,
    page_table,
    paginate,
    prepare_row,
    prepare_rows,
    weighted_widths,
)
from station_desk.reports.ornament import RED, reprint_mark, seal_area
from station_desk.reports.output import Cancelled, Progress, Ticker, pdf_canvas
from station_desk.reports.page import draw_text, page_label
from station_desk.reports.typeset import chinese_date, numeric_date, para, style

TITLE = "志愿服务记录证明"
HEADERS = ("日期", "活动名称", "服务内容", "时长")
WEIGHTS = (1.9, 2.3, 3.3, 1.5)
MARGIN_X = 22 * mm
TOP = A4[1] - 22 * mm
BOTTOM = 20 * mm
BODY_WIDTH = A4[0] - 2 * MARGIN_X
SIGN_AT = 0.36
KEEP_LINES = 3
"""Service lines that go over with the 合计 row and the signature to a page of their own."""
BLANK = "_" * 14
"""A line to fill in by hand (志愿者编号 not recorded, a signature)."""
CLOSING = "特此证明。"
BASIS = "注：本证明依据《志愿服务记录与证明出具办法（试行）》出具，如有疑问请与出具单位联系核实。"


def statement(cert: ServiceRecordCertificate) -> str:
    """The opening sentence: who, which identity document, which period, how many hours.

    志愿者编号 always has its place: the number when recorded, else a line to write it on.
    """
    volunteer = cert.volunteer_number.strip() or BLANK
    ident = (
        f"证件类型：{cert.id_document_type}，证件号码：{cert.id_number}，志愿者编号：{volunteer}"
    )
    return (
        f"兹证明 {cert.name}（{ident}）于 {numeric_date(cert.period_start)} 至 "
        f"{numeric_date(cert.period_end)} 期间参加志愿服务 {len(cert.lines)} 次，"
        f"累计服务时长 {hours_words(cert.total_hours)}。具体记录如下："
    )


def _signature_lines(cert: ServiceRecordCertificate) -> list[str]:
    """The issuer's block: names are printed, and each signer has a line to sign on."""
    lines = [
        f"出具单位（盖章）：{cert.issuer_org}",
        f"负责人：{cert.person_in_charge}　签字：{BLANK}",
        f"经办人：{cert.handler}　签字：{BLANK}",
        f"联系电话：{cert.contact}",
        f"证明编号：{cert.serial}",
        f"出具日期：{chinese_date(cert.issued_on)}",
    ]
    if cert.reprint:
        again = chinese_date(cert.reprinted_on) if cert.reprinted_on else ""
        lines.append(f"补打日期：{again}（按原编号、原出具日期补打）")
    return lines


class _Layout:
    """Everything measured for one certificate before its first page is drawn."""

    def __init__(self, cert: ServiceRecordCertificate, missing: list[str]) -> None:
        self.cert = cert
        self.spec = GridSpec(
            widths=weighted_widths(WEIGHTS, BODY_WIDTH),
            aligns=["center", "left", "left", "center"],
            font=KAI,
            size=11,
            row_height=21,
        )
        self.cell_styles = self.spec.cell_styles()
        self.plain_style = self.spec.table_style()
        self.total_style = self.spec.table_style()
        self.total_style.add("SPAN", (0, -1), (2, -1))
        self.header = prepare_row(self.spec, HEADERS, missing, header=True)
        texts = [
            (numeric_date(x.on), x.activity, x.content, hours_words(x.hours)) for x in cert.lines
        ]
        texts.append(("合计", "", "", hours_words(cert.total_hours)))
        self.rows = prepare_rows(self.spec, texts, missing)
        self.opening = para(statement(cert), style(KAI, 14, "justify", 26, 28), missing)
        self.opening.wrap(BODY_WIDTH, 1e9)
        self.closing = para(CLOSING, style(KAI, 14, "left", 26, first_line_indent=28), missing)
        self.closing.wrap(BODY_WIDTH, 1e9)
        self.basis = para(BASIS, style(KAI, 10, "left", 15), missing)
        self.basis.wrap(BODY_WIDTH, 1e9)
        heights = [r.height for r in self.rows]
        first = TOP - 40 - self.opening.height - 10 - BOTTOM - self.header.height
        later = TOP - 40 - BOTTOM - self.header.height
        self.gap, self.signature, tail = self._signature_block(False, missing)
        self.pages = paginate(heights, later, tail, first, keep=KEEP_LINES + 1)
        if len(self.pages) > 1 and sum(heights) <= first:
            # the lines fit on page 1: so may a closer-set signature block
            gap, signature, tight = self._signature_block(True, missing)
            if sum(heights) + tight <= first:
                self.gap, self.signature, self.pages = gap, signature, [range(len(heights))]

    def _signature_block(
        self, tight: bool, missing: list[str]
    ) -> tuple[float, list[Paragraph], float]:
        """The gap above the signature, its lines, and the height of everything under the
        table; ``tight`` sets them closer (for a certificate that then fits one page)."""
        gap = 10.0 if tight else 24.0
        sign_style = style(KAI, 12.5, "left", 18) if tight else style(KAI, 13, "left", 22)
        lines = [para(t, sign_style, missing) for t in _signature_lines(self.cert)]
        for p in lines:
            p.wrap(BODY_WIDTH * (1 - SIGN_AT), 1e9)
        tail = 6 + self.closing.height + 4 + self.basis.height + gap
        return gap, lines, tail + sum(p.height for p in lines)

    def draw_page(self, canvas: Canvas, index: int) -> None:
        """Heading, opening (first page), this page's rows, and the signature (last page)."""
        cert, count = self.cert, len(self.pages)
        width, _ = A4
        canvas.setFillColor(RED)
        if index == 0:
            draw_text(canvas, TITLE, width / 2, TOP - 24, KAI_BOLD, 24, "center")
            y = TOP - 40
            canvas.setFillColor(colors.black)
            self.opening.drawOn(canvas, MARGIN_X, y - self.opening.height)
            y -= self.opening.height + 10
            if cert.reprint:
                reprint_mark(canvas, 14 * mm, A4[1] - 10 * mm)
        else:
            draw_text(canvas, f"{TITLE}（续）", width / 2, TOP - 18, KAI_BOLD, 16, "center")
            canvas.setFillColor(colors.black)
            draw_text(canvas, f"姓名：{cert.name}", MARGIN_X, TOP - 34, KAI, 10.5, "left")
            draw_text(
                canvas, f"证明编号：{cert.serial}", width - MARGIN_X, TOP - 34, KAI, 10.5, "right"
            )
            y = TOP - 40
        rows = self.pages[index]
        if len(rows):
            last = rows.stop == len(self.rows)
            table = page_table(
                self.spec,
                self.total_style if last else self.plain_style,
                self.cell_styles,
                self.header,
                self.rows[rows.start : rows.stop],
            )
            _, height = table.wrapOn(canvas, BODY_WIDTH, y - BOTTOM)
            table.drawOn(canvas, MARGIN_X, y - height)
            y -= height
        if index == count - 1:
            self._draw_tail(canvas, y)
        canvas.setFillColor(colors.black)
        draw_text(canvas, page_label(index + 1, count), width / 2, 12 * mm, KAI, 9, "center")

    def _draw_tail(self, canvas: Canvas, y: float) -> None:
        y -= 6 + self.closing.height
        self.closing.drawOn(canvas, MARGIN_X, y)
        y -= 4 + self.basis.height
        self.basis.drawOn(canvas, MARGIN_X, y)
        y -= self.gap
        x = MARGIN_X + BODY_WIDTH * SIGN_AT
        top_of_block = y
        for paragraph in self.signature:
            paragraph.drawOn(canvas, x, y - paragraph.height)
            y -= paragraph.height
        first: Paragraph = self.signature[0]
        seal_area(canvas, x + BODY_WIDTH * 0.4, top_of_block - first.height / 2 - 8 * mm)


def write_service_record_certificates(
    certs: Sequence[ServiceRecordCertificate],
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    missing: list[str] | None = None,
) -> int:
    """Write the certificates, one after another, to ``path`` (atomically); return total pages.

    ``progress(done, total)`` counts certificates; ``cancelled()`` is asked before each one.
    """
    if not certs:
        raise ValueError(msg("志愿服务记录证明：没有要打印的证明"))
    lost: list[str] = [] if missing is None else missing
    ticker = Ticker(len(certs), progress, cancelled)
    pages = 0
    with pdf_canvas(path, A4, TITLE) as canvas:
        for cert in certs:
            ticker.check()
            layout = _Layout(cert, lost)
            for index in range(len(layout.pages)):
                layout.draw_page(canvas, index)
                canvas.showPage()
            pages += len(layout.pages)
            ticker.step()
    return pages
