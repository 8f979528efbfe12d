"""The roster PDF read back: every row, every page's header and footer, fonts, atomicity."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from station_desk.reports import PrintCancelled, RosterColumn, RosterDocument, write_roster
from tests.reports.pdf_probe import compact, drawn_texts, fonts, page_texts, qpdf_check
from tests.reports.report_samples import ROSTER_HEADERS, roster, roster_rows

RARE_NAME = "刘䶮𠮷"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> tuple[RosterDocument, Path, int]:
    rows = roster_rows(70)
    rows[40] = (rows[40][0], RARE_NAME, *rows[40][2:])
    doc = roster(70, rows=rows, note="名册如有变动，请及时告知驿站。", subtitle="（2026年度）")
    path = tmp_path_factory.mktemp("roster") / "花名册.pdf"
    return doc, path, write_roster(doc, path)


def test_page_count_matches_the_file_and_every_footer(
    printed: tuple[RosterDocument, Path, int],
) -> None:
    _, path, count = printed
    texts = page_texts(path)
    assert count == len(texts) >= 3
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 共 {count} 页" in text


def test_every_page_repeats_title_unit_date_and_header_row(
    printed: tuple[RosterDocument, Path, int],
) -> None:
    doc, path, _ = printed
    for text in page_texts(path):
        flat = compact(text)
        assert doc.title in flat
        assert doc.unit_name in flat
        assert "打印日期：2026年11月27日" in flat
        for header in ROSTER_HEADERS:
            assert header in text.splitlines()


def test_every_row_is_printed_once_and_masking_passes_through(
    printed: tuple[RosterDocument, Path, int],
) -> None:
    doc, path, _ = printed
    pieces = [d.text.strip() for d in drawn_texts(path)]
    flat = compact("".join(page_texts(path)))
    for row in doc.rows:
        assert row[6] in pieces  # the masked phone, as the read side gave it
        assert "*" in row[6]
        assert row[1] in flat
    numbers = [p for p in pieces if p.isdigit() and int(p) <= len(doc.rows)]
    assert sorted(map(int, numbers)) == list(range(1, len(doc.rows) + 1))


def test_signature_line_and_note_only_on_the_last_page(
    printed: tuple[RosterDocument, Path, int],
) -> None:
    _, path, _ = printed
    texts = [compact(t) for t in page_texts(path)]
    assert "制表人：" in texts[-1] and "审核人：" in texts[-1]
    assert "制表日期：2026年11月27日" in texts[-1]
    assert "名册如有变动，请及时告知驿站。" in texts[-1]
    assert not any("制表人：" in t for t in texts[:-1])


def test_rare_name_is_drawn_with_a_font_that_has_its_glyphs(
    printed: tuple[RosterDocument, Path, int],
) -> None:
    _, path, _ = printed
    assert RARE_NAME in compact("".join(page_texts(path)))
    for char in "䶮𠮷":
        drawn = [d for d in drawn_texts(path) if char in d.text]
        assert drawn and all("LXGWWenKai" in d.base_font for d in drawn)


def test_fonts_are_embedded_truetype_subsets(printed: tuple[RosterDocument, Path, int]) -> None:
    _, path, _ = printed
    used = fonts(path)
    assert used and all(used.values()), used
    assert any("WenQuanYiMicroHei" in name for name in used)
    assert not any("Helvetica" in name for name in used)


def test_qpdf_finds_no_errors(printed: tuple[RosterDocument, Path, int]) -> None:
    qpdf_check(printed[1])


def test_orientation_auto_follows_the_table_width(tmp_path: Path) -> None:
    wide, narrow = tmp_path / "wide.pdf", tmp_path / "narrow.pdf"
    write_roster(roster(5), wide)
    cols = [RosterColumn("姓名"), RosterColumn("性别"), RosterColumn("联系电话", 1.5)]
    write_roster(roster(0, columns=cols, rows=[("王建国", "男", "138****0000")]), narrow)
    w_box, n_box = PdfReader(wide).pages[0].mediabox, PdfReader(narrow).pages[0].mediabox
    assert w_box.width > w_box.height
    assert n_box.width < n_box.height
    forced = tmp_path / "forced.pdf"
    write_roster(roster(5, orientation="portrait"), forced)
    f_box = PdfReader(forced).pages[0].mediabox
    assert f_box.width < f_box.height


def test_empty_roster_prints_header_and_signature_on_one_page(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    assert write_roster(roster(0, rows=[]), path) == 1
    text = page_texts(path)[0]
    assert "原工作单位" in text and "制表人" in text and "第 1 页 共 1 页" in text


def test_long_cells_wrap_or_shrink_and_stay_on_their_page(tmp_path: Path) -> None:
    rows = roster_rows(40)
    long_unit = "平阴县榆山街道翠屏社区共享式党支部驿站（原县直机关工委离退休干部第三党支部）" * 3
    rows = [(*r[:4], long_unit if i % 3 == 0 else r[4], *r[5:]) for i, r in enumerate(rows)]
    path = tmp_path / "long.pdf"
    count = write_roster(roster(40, rows=rows), path)
    texts = page_texts(path)
    assert count == len(texts)
    assert compact("".join(texts)).count(compact(long_unit)) == len(range(0, 40, 3))
    qpdf_check(path)


def test_printed_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "名册.pdf"
    write_roster(roster(3), path)
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask


def test_progress_reports_each_page(tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    count = write_roster(roster(70), tmp_path / "p.pdf", progress=lambda d, t: calls.append((d, t)))
    assert calls == [(n, count) for n in range(1, count + 1)]


def _cancel_after(pages: int) -> Callable[[], bool]:
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > pages

    return cancelled


def test_cancel_removes_the_partial_file_and_keeps_an_older_one(tmp_path: Path) -> None:
    path = tmp_path / "名册.pdf"
    with pytest.raises(PrintCancelled):
        write_roster(roster(70), path, cancelled=_cancel_after(2))
    assert list(tmp_path.iterdir()) == []
    path.write_bytes(b"older print")
    with pytest.raises(PrintCancelled):
        write_roster(roster(70), path, cancelled=_cancel_after(1))
    assert path.read_bytes() == b"older print"
    assert list(tmp_path.iterdir()) == [path]


def test_a_row_with_the_wrong_number_of_cells_is_named() -> None:
    rows = roster_rows(5)
    rows[2] = rows[2][:-1]
    with pytest.raises(ValueError, match=r"第 3 行.*应有 8 个单元格.*7 个"):
        roster(5, rows=rows)


def test_a_cell_that_is_not_text_is_named() -> None:
    rows: list[tuple[object, ...]] = list(roster_rows(3))
    rows[1] = (*rows[1][:3], 1950, *rows[1][4:])
    with pytest.raises(ValueError, match="第 2 行"):
        roster(3, rows=rows)


def test_bad_document_fields_are_named() -> None:
    with pytest.raises(ValueError, match="title"):
        roster(1, title=" ")
    with pytest.raises(ValueError, match="orientation"):
        roster(1, orientation="sideways")
    with pytest.raises(ValueError, match="weight"):
        RosterColumn("姓名", 0)
    doc = roster(1)
    with pytest.raises(ValueError, match="columns"):
        replace(doc, columns=[])
    assert doc.printed_on == date(2026, 11, 27)


def test_kept_text_operators_write_the_very_same_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``grid._TextOps`` keeps the PDF operators of each text per document; the file must be
    byte for byte what reportlab writes for every cell itself. 600 rows of names use well
    over one 256-glyph subset of the font, so texts start in other subsets too."""
    from reportlab import rl_config

    import station_desk.reports.grid as grid

    monkeypatch.setattr(rl_config, "invariant", 1)
    rows = roster_rows(600, seed=11)
    for n in range(0, 600, 2):  # names from 600 distinct characters
        name = chr(0x4E2D + n) + chr(0x4E2D + n + 1)
        rows[n] = (rows[n][0], name, *rows[n][2:])
    rows[301] = (rows[301][0], RARE_NAME, *rows[301][2:])
    doc = roster(600, rows=rows)
    kept, plain = tmp_path / "kept.pdf", tmp_path / "plain.pdf"
    write_roster(doc, kept)
    monkeypatch.setattr(grid._TextOps, "text_line", lambda _ops, text, value: text.textLine(value))
    write_roster(doc, plain)
    glyphs = {ch for row in rows for cell in row for ch in cell}
    assert len(glyphs) > 256
    assert kept.read_bytes() == plain.read_bytes()
