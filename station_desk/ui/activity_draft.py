"""记录活动 keeps a draft: twelve ticks and a title survive a slip or a crash (issue 13).

While a new activity is being filled in, what the clerk typed is written to the desk's
settings store (not the ledger: a draft is nobody's record yet) half a second after each
change, under the ledger and the team. It is removed when the activity is saved or the
clerk chooses 放弃; the next 记录活动 for that team offers it back in a bar at the top of
the dialog (接着填 / 丢弃草稿).
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

if TYPE_CHECKING:
    from station_desk.ui.activity_dialog import ActivityDialog

DRAFT_DELAY_MS = 500


def draft_key(dialog: ActivityDialog) -> str:
    ledger = str(dialog.ctx.ledger.path.resolve())
    digest = hashlib.sha1(ledger.encode("utf-8")).hexdigest()[:12]
    return f"drafts/activity-{digest}-{dialog.team_id}"


def capture(dialog: ActivityDialog) -> dict[str, Any]:
    """The form as plain values (every row's hours, the ticked members)."""
    return {
        "title": dialog.title.text(),
        "held_on": dialog.held_on.text(),
        "category": dialog.category.currentText(),
        "place": dialog.place.text(),
        "beneficiaries": dialog.beneficiaries.value(),
        "content": dialog.content.toPlainText(),
        "default_hours": dialog.default_hours.text(),
        "chosen": dialog.chosen_ids(),
        "hours": {str(k): v for k, v in dialog.hours_by_member(checked_only=False).items()},
    }


def apply(dialog: ActivityDialog, draft: dict[str, Any]) -> None:
    """Put a draft back into the form: the fields, then the ticks and each one's hours."""
    dialog.title.setText(str(draft.get("title", "")))
    dialog.held_on.setText(str(draft.get("held_on", "")))
    dialog.category.setCurrentText(str(draft.get("category", "")))
    dialog.place.setText(str(draft.get("place", "")))
    dialog.beneficiaries.setValue(int(draft.get("beneficiaries", 0)))
    dialog.content.setPlainText(str(draft.get("content", "")))
    dialog.default_hours.setText(str(draft.get("default_hours", "")))
    dialog.set_all_checked(False)
    for member_id in draft.get("chosen", []):
        dialog.set_checked(int(member_id))
    default = dialog.default_hours.text().strip()
    for member_id, hours in dict(draft.get("hours", {})).items():
        if str(hours).strip() != default and dialog.set_hours(int(member_id), str(hours)):
            dialog.mark_custom(int(member_id))


def describe(draft: dict[str, Any]) -> str:
    translate = QCoreApplication.translate
    title = str(draft.get("title", "")).strip() or translate("DraftKeeper", "（未填名称）")
    return translate("DraftKeeper", "{title}，{day}，已选 {n} 人").format(
        title=title, day=draft.get("held_on", ""), n=len(draft.get("chosen", []))
    )


class DraftKeeper(QObject):
    """Writes the dialog's draft after changes and offers a stored one back."""

    def __init__(self, dialog: ActivityDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.settings = dialog.ctx.settings
        self.key = draft_key(dialog)
        self.offered: dict[str, Any] | None = self.stored()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.write)
        self.bar: QFrame | None = None
        if self.offered is not None:
            self.bar = self._offer_bar(self.offered)
            dialog.layout_.insertWidget(0, self.bar)
        for signal in (
            dialog.title.textChanged,
            dialog.held_on.textChanged,
            dialog.category.currentTextChanged,
            dialog.place.textChanged,
            dialog.beneficiaries.valueChanged,
            dialog.content.textChanged,
            dialog.default_hours.textChanged,
            dialog.table.itemChanged,
        ):
            signal.connect(self.changed)

    def stored(self) -> dict[str, Any] | None:
        text = str(self.settings.value(self.key, "") or "")
        if not text:
            return None
        try:
            found = json.loads(text)
        except ValueError:
            return None
        return found if isinstance(found, dict) else None

    def changed(self, *_args: object) -> None:
        if self.offered is None:
            self.timer.start()

    def write(self) -> None:
        """Keep the form as the draft; an unchanged form keeps none."""
        self.timer.stop()
        if self.offered is not None:
            return
        if self.dialog.has_unsaved_changes():
            self.settings.setValue(self.key, json.dumps(capture(self.dialog), ensure_ascii=False))
        else:
            self.settings.remove(self.key)
        self.settings.sync()

    def remove(self) -> None:
        """The activity was saved or the clerk chose 放弃: no draft any more."""
        self.timer.stop()
        self.offered = None
        self.settings.remove(self.key)
        self.settings.sync()

    def restore(self) -> None:
        """接着填: the stored draft into the form."""
        draft, self.offered = self.offered, None
        if draft is not None:
            apply(self.dialog, draft)
        self._close_bar()
        self.write()

    def drop(self) -> None:
        """丢弃草稿: forget the stored draft, keep the form as it is."""
        self.remove()
        self._close_bar()
        self.write()

    def _close_bar(self) -> None:
        if self.bar is not None:
            self.bar.hide()
            self.bar.deleteLater()
            self.bar = None

    def _offer_bar(self, draft: dict[str, Any]) -> QFrame:
        bar = QFrame(self.dialog)
        bar.setObjectName("draftBar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setStyleSheet("#draftBar { background: #fff8e1; }")
        label = QLabel(
            self.tr("有一份上次没有保存的活动草稿：{what}").format(what=describe(draft)), bar
        )
        label.setWordWrap(True)
        resume = QPushButton(self.tr("接着填"), bar)
        resume.setObjectName("resumeDraftButton")
        resume.clicked.connect(self.restore)
        drop = QPushButton(self.tr("丢弃草稿"), bar)
        drop.setObjectName("dropDraftButton")
        drop.clicked.connect(self.drop)
        row = QHBoxLayout(bar)
        row.addWidget(label, 1)
        row.addWidget(resume)
        row.addWidget(drop)
        return bar
