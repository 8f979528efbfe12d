"""荣誉证书: the clerk chooses from a list of members with their hours (issue 13 item 6).

The threshold was guessed blind: nobody qualified, the message named "min_hours", the
dialog closed and the typed reason was lost.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from station_desk.db.queries.printing_service import hours_candidates
from station_desk.db.schema.models import CertificateIssue
from station_desk.domain.units import hours_text as words_of_hours
from station_desk.ui.context import DeskContext
from station_desk.ui.honor_dialog import HonorDialog, HonorSource
from station_desk.ui.i18n import summary_words
from station_desk.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


def hours_text(minutes: int) -> str:
    """The desk's words for a time (the member pane's and the candidates' column)."""
    return words_of_hours(minutes, summary_words)


EVERYONE = HonorSource(
    "hours", "全体有服务记录的老同志", lambda s, a, b: hours_candidates(s, a, b, 1)
)


def open_dialog(qtbot: QtBot, ctx: DeskContext, year: int = 2021) -> HonorDialog:
    dialog = HonorDialog(None, ctx, [EVERYONE], "平阴县委老干部局", date(2026, 12, 2))
    qtbot.addWidget(dialog)
    dialog.year.setValue(year)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=15000)
    return dialog


def registered(ctx: DeskContext) -> int:
    with ctx.ledger.reading() as session:
        return int(session.scalar(select(func.count()).select_from(CertificateIssue)) or 0)


def test_the_list_shows_exact_hours_sorts_and_filters_by_threshold(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(qtbot, ctx)
    model = dialog.model
    with ctx.ledger.reading() as session:
        expected = hours_candidates(session, date(2021, 1, 1), date(2021, 12, 31), 1)
    assert model.rowCount() == len(expected) > 10
    first = model.record_at(0)
    assert model.index(0, 1).data() == hours_text(first.minutes)
    assert "." not in hours_text(100) and hours_text(100) == "1小时40分"
    dialog.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    minutes = [r.minutes for r in model.shown_records()]
    assert minutes == sorted(minutes)
    middle = sorted(c.minutes for c in expected)[len(expected) // 2]
    dialog.min_hours.setValue(middle / 60)
    assert 0 < model.rowCount() < len(expected)
    assert all(r.minutes >= middle for r in model.shown_records())
    assert f"已勾选 {model.rowCount()} 人" in dialog.count_label.text()


def test_nobody_over_the_threshold_keeps_the_dialog_and_what_was_typed(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.show()
    dialog.reason.setText("2021年社区疫情防控志愿服务")
    dialog.honour.setText("优秀志愿者")
    dialog.min_hours.setValue(99999)
    assert dialog.model.rowCount() == 0
    assert "没有人达到" in dialog.count_label.text()
    dialog.buttons.accepted.emit()
    assert dialog.result() != HonorDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error.text().startswith("发给：")
    assert "min_hours" not in dialog.error.text()
    assert dialog.reason.text() == "2021年社区疫情防控志愿服务"
    # a lower threshold lists and ticks people: the refusal under the list goes (it stayed)
    dialog.min_hours.setValue(0)
    assert dialog.model.ticked_ids() and dialog.error.text() == ""


def test_only_the_ticked_members_leave_the_dialog(ctx: DeskContext, qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.min_hours.setValue(1)
    listed = [r.member_id for r in dialog.model.shown_records()]
    assert len(listed) >= 3
    dialog.model.setData(dialog.model.index(1, 0), Qt.CheckState.Unchecked)
    dialog.reason.setText("2021年志愿服务")
    dialog.buttons.accepted.emit()
    assert dialog.result() == HonorDialog.DialogCode.Accepted
    options = dialog.options()
    assert options.member_ids == tuple(m for m in listed if m != listed[1])
    dialog.model.tick_all(False)
    assert dialog.model.ticked_ids() == ()
    assert "发给" in dialog.problem()


def test_dialog_checks_template_and_reason(ctx: DeskContext, qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, ctx)
    dialog.buttons.accepted.emit()
    assert "事由" in dialog.error.text()
    dialog.reason.setText("2021年社区疫情防控志愿服务")
    dialog.template.setPlainText("{name}同志：{unknown}")
    dialog.buttons.accepted.emit()
    assert "占位符" in dialog.error.text()
    dialog.template.setPlainText("{name}同志：在{reason}中被评为{honour}。")
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == ""
    assert dialog.options().issuer == "平阴县委老干部局"


def test_menu_issues_certificates_to_the_ticked_only(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions: Any = window.print_actions
    actions.today = lambda: date(2021, 12, 20)
    before = registered(ctx)
    chosen: list[tuple[int, ...]] = []

    def run(dialog: HonorDialog) -> int:
        assert [s.key for s in dialog.sources][-1] == "hours"
        assert dialog.current_source().key == "hours"
        qtbot.waitUntil(lambda: not dialog.loading, timeout=15000)
        dialog.min_hours.setValue(dialog.model.record_at(4).minutes / 60)
        dialog.model.setData(dialog.model.index(0, 0), Qt.CheckState.Unchecked)
        dialog.reason.setText("2021年志愿服务")
        chosen.append(dialog.model.ticked_ids())
        dialog.buttons.accepted.emit()
        return int(dialog.result())

    monkeypatch.setattr(HonorDialog, "exec", run)
    actions.actions["honor"].trigger()
    qtbot.waitUntil(lambda: ctx.worker.pending == 0 and bool(actions.previews), timeout=30000)
    preview = actions.previews[-1]
    qtbot.addWidget(preview)
    draft = actions.last_result
    assert draft is not None and draft.draft and draft.rows == len(chosen[0]) >= 4
    assert registered(ctx) == before  # a 样张 takes no number (issue 13 item 5)
    issued: list[bool] = []
    preview.issue(preview._issued(lambda: issued.append(True)))
    qtbot.waitUntil(lambda: ctx.worker.pending == 0 and bool(issued), timeout=30000)
    result = actions.last_result
    assert result is not None and result.rows == len(chosen[0])
    wait_idle(qtbot, ctx)
    assert registered(ctx) == before + len(chosen[0])


def test_a_refusal_from_the_ledger_reopens_the_dialog_as_it_was(
    window: MainWindow, ctx: DeskContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import station_desk.print_jobs as print_jobs
    from station_desk.domain.messages import msg
    from station_desk.domain.problems import ValidationError

    def refuse(*_a: Any, **_k: Any) -> Any:
        raise ValidationError("min_hours", msg("{label}：台账拒绝了", label="服务时长"))

    monkeypatch.setattr(print_jobs, "issue_honor_certificates", refuse)
    actions: Any = window.print_actions
    actions.today = lambda: date(2021, 12, 20)
    before = registered(ctx)
    seen: list[dict[str, Any]] = []

    def run(dialog: HonorDialog) -> int:
        qtbot.waitUntil(lambda: not dialog.loading, timeout=15000)
        if not seen:
            dialog.min_hours.setValue(dialog.model.record_at(3).minutes / 60)
            dialog.model.setData(dialog.model.index(1, 0), Qt.CheckState.Unchecked)
            dialog.reason.setText("2021年志愿服务")
            dialog.honour.setText("服务之星")
        seen.append(
            {
                "reason": dialog.reason.text(),
                "honour": dialog.honour.text(),
                "ticked": dialog.model.ticked_ids(),
                "error": dialog.error.text(),
            }
        )
        if len(seen) == 1:
            dialog.buttons.accepted.emit()
        else:
            dialog.reject()
        return int(dialog.result())

    monkeypatch.setattr(HonorDialog, "exec", run)
    actions.actions["honor"].trigger()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=30000)
    first, again = seen
    assert again["reason"] == "2021年志愿服务" and again["honour"] == "服务之星"
    assert again["ticked"] == first["ticked"] and len(first["ticked"]) >= 3
    assert again["error"] == "服务时长：台账拒绝了"
    wait_idle(qtbot, ctx)
    assert registered(ctx) == before


def test_the_nobody_line_is_shown_whole_when_it_wraps(ctx: DeskContext, qtbot: QtBot) -> None:
    """On the screen at 150 %, 这一期间没有人达到 50小时，可降低时长或换一个期间。 wrapped into
    two lines in a one-line row: the tops and bottoms of both lines were cut off."""
    dialog = open_dialog(qtbot, ctx)
    dialog.resize(600, dialog.height())
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.min_hours.setValue(99999)
    label = dialog.count_label
    assert "没有人达到" in label.text()
    lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
    assert lines >= 2  # it does wrap at this width
    assert label.height() >= label.heightForWidth(label.width())
