"""The detail pane of one member: posts, teams, service hours, events and works."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from station_desk.records import MemberDetail
from station_desk.validation import format_hours


def hours_text(minutes: int) -> str:
    """ "2.5小时"; format_hours already says 小时/分 when hours would repeat."""
    text = format_hours(minutes)
    return text if "分" in text else f"{text}小时"


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
        self.setHtml(f"<p style='color:#777'>{escape(self.tr('选择一位成员查看详情'))}</p>")

    def _section(self, title: str, lines: list[str]) -> str:
        body = (
            "".join(f"<li>{line}</li>" for line in lines)
            if lines
            else (f"<li style='color:#777'>{escape(self.tr('无'))}</li>")
        )
        return f"<h4 style='margin-bottom:2px'>{escape(title)}</h4><ul style='margin-top:0'>{body}</ul>"

    def show_detail(self, detail: MemberDetail) -> None:
        posts = []
        for p in detail.posts:
            span = (
                f"{p.since:%Y-%m-%d} 至 {p.until:%Y-%m-%d}" if p.until else f"{p.since:%Y-%m-%d} 起"
            )
            building = f"（{escape(p.building)}）" if p.building else ""
            state = (
                ""
                if p.until is None
                else f" <span style='color:#777'>{escape(self.tr('已离任'))}</span>"
            )
            posts.append(f"{escape(p.kind_label)} · {escape(p.place)}{building} · {span}{state}")
        teams = [
            f"{escape(t.team)}{(' · ' + escape(t.role)) if t.role else ''} · "
            + (
                f"{t.joined_on:%Y-%m-%d} 至 {t.left_on:%Y-%m-%d}"
                if t.left_on
                else f"{t.joined_on:%Y-%m-%d} 加入"
            )
            for t in detail.teams
        ]
        events = [
            f"{e.held_on:%Y-%m-%d} {escape(e.title)}（{escape(e.kind_label)}，{escape(e.role_label)}）"
            for e in detail.events[:50]
        ]
        if len(detail.events) > 50:
            events.append(escape(self.tr("…… 共 {n} 场").format(n=len(detail.events))))
        works = [
            f"{escape(w.title)}（{escape(w.kind_label)}{', ' + format(w.made_on, '%Y-%m-%d') if w.made_on else ''}）"
            for w in detail.works
        ]
        hours = self.tr("本年 {year}，累计 {total}").format(
            year=hours_text(detail.minutes_this_year), total=hours_text(detail.minutes_total)
        )
        self.setHtml(
            f"<h3>{escape(detail.name)}</h3>"
            + self._section(self.tr("职务"), posts)
            + self._section(self.tr("志愿服务队"), teams)
            + f"<h4 style='margin-bottom:2px'>{escape(self.tr('志愿服务时长'))}</h4>"
            + f"<p style='margin-top:0' id='hours'>{escape(hours)}</p>"
            + self._section(self.tr("文化活动"), events)
            + self._section(self.tr("作品"), works)
        )
        self.detail = detail
