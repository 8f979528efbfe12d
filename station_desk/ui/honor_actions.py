"""打印 → 荣誉证书: where the candidates come from, and issuing for the ticked members.

Kept apart from ``print_actions`` (imported on the first honor print): the sources read
the members tab and the teams tab, and a refusal from the ledger reopens the dialog with
everything the clerk typed and ticked.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from station_desk.db.queries.printing_service import Candidate, hours_candidates, team_candidates
from station_desk.domain.problems import ValidationError
from station_desk.print_jobs import HonorRequest
from station_desk.ui import errors
from station_desk.ui.honor_dialog import Fetch, HonorDialog, HonorOptions, HonorSource

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from station_desk.services.printing import PrintSettings
    from station_desk.ui.print_actions import PrintActions


def honor_sources(actions: PrintActions) -> list[HonorSource]:
    """Where the honor dialog finds its candidates: the members tab's selected or shown
    rows, the current team, everyone with service recorded in the period."""
    scope = actions.roster_scope()
    names = {r.id: r.name for r in actions.window.members_tab.model.shown_records()}
    sources: list[HonorSource] = []
    for key, ids, label in (
        ("selected", scope.selected, translate("HonorActions", "成员页选中的 {n} 位")),
        ("shown", scope.shown, translate("HonorActions", "成员页筛选出的 {n} 位")),
    ):
        if ids:
            sources.append(
                HonorSource(key, label.format(n=len(ids)), members_with_hours(ids, names))
            )
    teams = actions.window.tab("teamsTab")
    team = teams.current_team() if teams is not None else None
    if team is not None:
        team_id = team.id
        sources.append(
            HonorSource(
                "team",
                translate("HonorActions", "“{team}”的队员（本队时长）").format(team=team.name),
                lambda s, start, end: team_candidates(s, team_id, start, end),
            )
        )
    sources.append(
        HonorSource(
            "hours", translate("HonorActions", "全体有服务记录的老同志"), everyone_with_hours
        )
    )
    return sources


def print_honor(actions: PrintActions) -> None:
    sources = honor_sources(actions)
    several = len(actions.roster_scope().selected) > 1

    def ask(settings: PrintSettings) -> None:
        options = HonorDialog.ask(
            actions.window,
            actions.ctx,
            sources,
            settings.issuer,
            actions.today(),
            source="selected" if several else "hours",
        )
        if options is not None:
            issue_honor(actions, options, sources, settings)

    actions.with_settings(ask)


def issue_honor(
    actions: PrintActions,
    options: HonorOptions,
    sources: list[HonorSource],
    settings: PrintSettings,
) -> None:
    """Issue the certificates of the ticked members; a refusal from the ledger opens the
    dialog again with everything as the clerk left it and the reason under the form."""
    request = HonorRequest(
        reason=options.reason,
        honour=options.honour,
        member_ids=options.member_ids,
        year=options.start.year if options.start else None,
        issuer=options.issuer,
        template=options.template,
        issued_on=options.issued_on,
    )

    def refused(exc: BaseException) -> None:
        if not isinstance(exc, ValidationError):
            errors.show_error(actions.window, exc)
            return
        again = HonorDialog.ask(
            actions.window,
            actions.ctx,
            sources,
            settings.issuer,
            actions.today(),
            previous=options,
            refusal=errors.describe(exc),
        )
        if again is not None:
            issue_honor(actions, again, sources, settings)

    actions.run(request, translate("HonorActions", "荣誉证书"), on_error=refused)


def members_with_hours(ids: tuple[int, ...], names: dict[int, str]) -> Fetch:
    """The members ``ids`` (names as the tab shows them) with their hours in the period,
    none left out for having no hours: the list shows 0 and the threshold decides."""

    def fetch(session: Any, start: date, end: date) -> list[Candidate]:
        minutes = {c.member_id: c.minutes for c in hours_candidates(session, start, end, 0)}
        found = [Candidate(i, names.get(i, ""), minutes.get(i, 0)) for i in ids]
        return sorted(found, key=lambda c: -c.minutes)

    return fetch


def everyone_with_hours(session: Any, start: date, end: date) -> list[Candidate]:
    return hours_candidates(session, start, end, 1)
