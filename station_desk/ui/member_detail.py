"""The detail pane of one member: posts, teams, service hours, events and works."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from station_desk.domain.records import MemberDetail
from station_desk.domain.units import hours_text
from station_desk.ui.i18n import shown, summary_words
from station_desk.ui.terms import shown_term


class MemberDetailPane(QTextBrowser):
    """Read-only HTML, so long lists scroll and text can be copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumWidth(260)
        self.detail: MemberDetail | None = None
        self.clear_detail()

    def clear_detail(self) -> None:
        self.detail = None
        hint = self.tr("选择一位成员查看详情")
        self.setHtml(f"<p style='color:#777'>{escape(hint)}</p>")

    def _section(self, title: str, lines: list[str]) -> str:
        none = self.tr("无")
        body = (
            "".join(f"<li>{line}</li>" for line in lines)
            if lines
            else f"<li style='color:#777'>{escape(none)}</li>"
        )
        return f"<h4 style='margin-bottom:2px'>{escape(title)}</h4><ul style='margin-top:0'>{body}</ul>"

    def _posts(self, detail: MemberDetail) -> list[str]:
        left = self.tr("已离任")
        lines = []
        for p in detail.posts:
            since = f"{p.since:%Y-%m-%d}"
            span = (
                self.tr("{since} 至 {until}").format(since=since, until=f"{p.until:%Y-%m-%d}")
                if p.until
                else self.tr("{since} 起").format(since=since)
            )
            building = self.tr("（{building}）").format(building=p.building) if p.building else ""
            state = "" if p.until is None else f" <span style='color:#777'>{escape(left)}</span>"
            lines.append(
                f"{escape(shown(p.kind_label))} · {escape(p.place)}{escape(building)} · {escape(span)}"
                + state
            )
        return lines

    def _teams(self, detail: MemberDetail) -> list[str]:
        lines = []
        for t in detail.teams:
            joined = f"{t.joined_on:%Y-%m-%d}"
            span = (
                self.tr("{since} 至 {until}").format(since=joined, until=f"{t.left_on:%Y-%m-%d}")
                if t.left_on
                else self.tr("{day} 加入").format(day=joined)
            )
            role = f" · {shown_term(t.role)}" if t.role else ""
            lines.append(escape(f"{t.team}{role} · {span}"))
        return lines

    def show_detail(self, detail: MemberDetail) -> None:
        events = [
            escape(
                self.tr("{day} {title}（{kind}，{role}）").format(
                    day=f"{e.held_on:%Y-%m-%d}",
                    title=e.title,
                    kind=shown(e.kind_label),
                    role=shown(e.role_label),
                )
            )
            for e in detail.events[:50]
        ]
        if len(detail.events) > 50:
            events.append(escape(self.tr("…… 共 {n} 场").format(n=len(detail.events))))
        works = [
            escape(
                self.tr("{title}（{kind}，{day}）").format(
                    title=w.title, kind=shown(w.kind_label), day=f"{w.made_on:%Y-%m-%d}"
                )
                if w.made_on
                else self.tr("{title}（{kind}）").format(title=w.title, kind=shown(w.kind_label))
            )
            for w in detail.works
        ]
        hours = self.tr("本年 {year}，累计 {total}").format(
            year=hours_text(detail.minutes_this_year, summary_words),
            total=hours_text(detail.minutes_total, summary_words),
        )
        hours_title = self.tr("志愿服务时长")
        self.setHtml(
            f"<h3>{escape(detail.name)}</h3>"
            + self._section(self.tr("职务"), self._posts(detail))
            + self._section(self.tr("志愿服务队"), self._teams(detail))
            + f"<h4 style='margin-bottom:2px'>{escape(hours_title)}</h4>"
            + f"<p style='margin-top:0' id='hours'>{escape(hours)}</p>"
            + self._section(self.tr("文化活动"), events)
            + self._section(self.tr("作品"), works)
        )
        self.detail = detail
