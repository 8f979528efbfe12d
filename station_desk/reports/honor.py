"""荣誉证书: one certificate a page, A4 landscape, in Kai like a printed government certificate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from station_desk.domain.messages import msg
from station_desk.reports.documents import HonorCertificate
from station_desk.reports.fonts import KAI, KAI_BOLD
from station_desk.reports.ornament import RED, SEAL_RADIUS, double_border, reprint_mark, seal_area
from station_desk.reports.output import Cancelled, Progress, Ticker, pdf_canvas
from station_desk.reports.page import draw_text
from station_desk.reports.typeset import chinese_date, para, style

PAGE = landscape(A4)
TITLE = "荣誉证书"
BODY_LEFT = 42 * mm
BODY_TOP = PAGE[1] - 72 * mm
BODY_BOTTOM = 78 * mm
BODY_SIZES = (22.0, 20.0, 18.0, 16.0, 14.0, 12.0)
ISSUER_X = PAGE[0] - 82 * mm
ISSUER_Y = 58 * mm


def body_paragraphs(cert: HonorCertificate, size: float, missing: list[str]) -> list[Paragraph]:
    """The salutation line as is; each following line a paragraph indented by two characters.

    Leading spaces in the template mean "indent" (Chinese 首行缩进), not literal spaces.
    """
    paragraphs = []
    for number, line in enumerate(cert.body().split("\n")):
        text = line.strip()
        if not text:
            continue
        indent = 2 * size if number > 0 and line[:1].isspace() else 0.0
        st = style(KAI, size, "justify", leading=round(size * 1.9, 2), first_line_indent=indent)
        paragraphs.append(para(text, st, missing))
    return paragraphs


def _fit_body(cert: HonorCertificate, width: float, missing: list[str]) -> list[Paragraph]:
    """The largest body size whose paragraphs fit between the title and the issuer."""
    room = BODY_TOP - BODY_BOTTOM
    for size in BODY_SIZES:
        trial: list[str] = []
        paragraphs = body_paragraphs(cert, size, trial)
        if sum(p.wrap(width, 1e9)[1] for p in paragraphs) <= room:
            break
    else:
        raise ValueError(
            msg("荣誉证书 {serial}：正文过长，一页放不下，请缩短事由", serial=cert.serial)
        )
    missing.extend(trial)
    return paragraphs


def draw_certificate(canvas: Canvas, cert: HonorCertificate, missing: list[str]) -> None:
    """One certificate on the current page: nothing outside its frame (it is framed and
    hung, so no page number)."""
    width, height = PAGE
    double_border(canvas, width, height)
    canvas.setFillColor(RED)
    draw_text(canvas, " ".join(TITLE), width / 2, height - 50 * mm, KAI_BOLD, 46, "center")
    canvas.setFillColor(colors.black)
    body_width = width - 2 * BODY_LEFT
    y = BODY_TOP
    for paragraph in _fit_body(cert, body_width, missing):
        _, h = paragraph.wrap(body_width, 1e9)
        paragraph.drawOn(canvas, BODY_LEFT, y - h)
        y -= h
    seal_area(canvas, ISSUER_X, ISSUER_Y - 2 * mm)
    canvas.setFillColor(colors.black)
    draw_text(
        canvas,
        cert.issuer,
        ISSUER_X,
        ISSUER_Y + 4 * mm,
        KAI,
        18,
        "center",
        2 * SEAL_RADIUS + 30 * mm,
        missing,
    )
    draw_text(canvas, chinese_date(cert.issued_on), ISSUER_X, ISSUER_Y - 8 * mm, KAI, 16, "center")
    draw_text(
        canvas,
        f"证书编号：{cert.serial}",
        BODY_LEFT,
        30 * mm,
        KAI,
        11,
        "left",
        width / 2 - BODY_LEFT,
        missing,
    )
    if cert.reprint:
        reprint_mark(canvas, 24 * mm, height - 22 * mm)
        canvas.setFillColor(colors.black)
        again = chinese_date(cert.reprinted_on) if cert.reprinted_on else ""
        note = f"补打日期：{again}（按原编号、原发证日期补打）"
        draw_text(canvas, note, ISSUER_X, ISSUER_Y - 17 * mm, KAI, 10.5, "center")


def write_honor_certificates(
    certs: Sequence[HonorCertificate],
    path: Path,
    *,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    missing: list[str] | None = None,
) -> int:
    """Write one certificate a page to ``path`` (atomically); return the page count.

    Each certificate goes to a different person: no "第 N 页 共 M 页" under the frame.
    """
    if not certs:
        raise ValueError(msg("荣誉证书：没有要打印的证书"))
    lost: list[str] = [] if missing is None else missing
    ticker = Ticker(len(certs), progress, cancelled)
    with pdf_canvas(path, PAGE, TITLE) as canvas:
        for cert in certs:
            ticker.check()
            draw_certificate(canvas, cert, lost)
            canvas.showPage()
            ticker.step()
    return len(certs)
