"""The desk's job runner calls a job the way the caller said, never by reading its signature.

Before, ``DeskContext.write`` passed ``confirmed`` to any job with a second positional
parameter and ``DbWorker.run`` passed a ``Progress`` to any job with a required parameter, so
a job's default argument could be overwritten and a ``*args`` job went without its progress.
Now ``write``/``write_confirmable`` and ``run``/``run_with_progress`` say it (ARCHITECTURE.md
§Desk)."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from station_desk.domain.problems import NeedsConfirmation, Problem
from station_desk.ui.context import DeskContext
from station_desk.ui.worker import Progress
from tests.ui.conftest import wait_idle


def test_a_write_calls_its_job_with_the_session_alone(ctx: DeskContext, qtbot: QtBot) -> None:
    got: list[object] = []

    def job(session: Any, note: str = "kept") -> str:
        return note

    ctx.write(job, topic="members", on_done=got.append)
    wait_idle(qtbot, ctx)
    assert got == ["kept"]


def test_a_confirmable_write_runs_again_confirmed_when_the_clerk_agrees(
    ctx: DeskContext, qtbot: QtBot, answers: list[bool]
) -> None:
    calls: list[bool] = []

    def job(session: Any, confirmed: bool) -> str:
        calls.append(confirmed)
        if not confirmed:
            raise NeedsConfirmation([Problem("name", "同名", warning=True)])
        return "saved"

    got: list[object] = []
    with qtbot.waitSignal(ctx.changed, timeout=10000):
        ctx.write_confirmable(job, topic="members", on_done=got.append)
    wait_idle(qtbot, ctx)
    assert calls == [False, True]
    assert got == ["saved"]


def test_a_confirmable_write_the_clerk_declines_changes_nothing(
    ctx: DeskContext, qtbot: QtBot, answers: list[bool]
) -> None:
    answers.append(False)
    calls: list[bool] = []
    topics: list[str] = []
    ctx.changed.connect(topics.append)

    def job(session: Any, confirmed: bool) -> None:
        calls.append(confirmed)
        raise NeedsConfirmation([Problem("name", "同名", warning=True)])

    ctx.write_confirmable(job, topic="members")
    wait_idle(qtbot, ctx)
    assert calls == [False]
    assert topics == []


def test_a_plain_write_that_needs_confirmation_reports_it_without_asking(
    ctx: DeskContext, qtbot: QtBot, shown_errors: list[BaseException]
) -> None:
    def job(session: Any) -> None:
        raise NeedsConfirmation([Problem("name", "同名", warning=True)])

    ctx.write(job, topic="members")
    wait_idle(qtbot, ctx)
    assert [type(e) for e in shown_errors] == [NeedsConfirmation]
    shown_errors.clear()


def test_run_passes_nothing_and_run_with_progress_passes_the_progress(
    ctx: DeskContext, qtbot: QtBot
) -> None:
    got: list[tuple[object, ...]] = []

    def job(*args: object) -> tuple[object, ...]:
        return args

    ctx.worker.run(job, on_done=got.append)
    ctx.worker.run_with_progress(job, on_done=got.append)
    wait_idle(qtbot, ctx)
    assert got[0] == ()
    assert len(got[1]) == 1 and isinstance(got[1][0], Progress)


def test_an_unknown_topic_is_refused_before_any_work(ctx: DeskContext) -> None:
    with pytest.raises(ValueError):
        ctx.write(lambda s: None, topic="nonsense")
    with pytest.raises(ValueError):
        ctx.write_confirmable(lambda s, c: None, topic="nonsense")
