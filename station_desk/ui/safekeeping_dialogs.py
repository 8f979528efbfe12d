"""Safekeeping dialogs: 备份到…, 恢复, 回收站, and the damaged-ledger notice (历史记录 is
``history_dialog``).

Each has a classmethod ``ask``/``show`` taking the parent and the ledger (or the
DeskContext), so the main window hooks each into its menus in one line. Restoring needs the
ledger closed, so ``RestoreDialog.ask`` only returns the chosen backup; the main window
closes the ledger, calls ``db.backup.restore`` and opens it again.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station_desk.db.safekeeping.backup import BackupInfo, backup_to, list_backups, verify_backup
from station_desk.db.safekeeping.door import Health
from station_desk.db.safekeeping.health import describe_age
from station_desk.db.schema.ledger import Ledger, LedgerError
from station_desk.domain import books
from station_desk.services import history, recycle
from station_desk.ui import errors
from station_desk.ui.dialog_tables import fill_table, ledger_of, read_only_table, translated_buttons
from station_desk.ui.i18n import shown_message, shown_plural

_TOPICS = {"member": "members", "team": "teams", "activity": "teams", "event": "events"}


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{max(1, n // 1024)} KB"


class BackupToDialog(QDialog):
    """文件 → 备份到…: one self-contained, verified file, e.g. on a USB stick."""

    def __init__(self, ledger: Ledger, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger = ledger
        self.result_info: BackupInfo | None = None
        self.setWindowTitle(self.tr("备份到…"))
        name = self.tr("驿站台账备份-{day}.sqlite3").format(day=f"{date.today():%Y%m%d}")
        self.path_edit = QLineEdit(str(Path.home() / name))
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        note = QLabel(
            self.tr(
                "备份是一个独立的文件（无需其他附属文件），旁边另存一个 SHA-256 校验文件；"
                "写入后会重新读取核对。适合存到 U 盘。\n"
                "要把台账复制到别处，请用这里的备份，不要直接复制台账文件："
                "最近的记录可能还在它旁边的 -wal 文件里，只复制台账文件会丢失这些记录。"
            )
        )
        note.setWordWrap(True)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.backup_button = self.buttons.addButton(
            self.tr("备份"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.run_backup)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("备份到文件：")))
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(translated_buttons(self.buttons))
        self.resize(560, 230)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("备份到…"), self.path_edit.text(), self.tr("台账备份 (*.sqlite3)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def run_backup(self) -> None:
        target = Path(self.path_edit.text().strip())
        if not self.path_edit.text().strip():
            self.status.setText(self.tr("请选择备份文件的位置。"))
            return
        try:
            self.result_info = backup_to(self.ledger.path, target)
        except LedgerError as exc:
            self.status.setText(errors.describe(exc))
            return
        self.accept()

    def done_message(self, info: BackupInfo) -> tuple[str, str]:
        """Title and text on the finished backup (``self.tr``: lupdate files it under this class)."""
        text = self.tr("已备份并核对：{path}\n{size}；{counts}\n校验文件：{name}.sha256")
        return self.tr("备份完成"), text.format(
            path=info.path,
            size=_size(info.size),
            counts=shown_message(info.counts_text()),
            name=info.path.name,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, source: Any) -> BackupInfo | None:
        dialog = cls(ledger_of(source), parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_info is None:
            return None
        info = dialog.result_info
        errors.show_info(parent, *dialog.done_message(info))
        return info


class RestoreDialog(QDialog):
    """Pick a backup to restore: when, why, how big, how many records, verified or damaged."""

    # The books a backup counts in its columns, each headed by its plural (``books``).
    COUNTED = books.BACKUP_COUNTED
    HEADERS = (
        QT_TRANSLATE_NOOP("RestoreDialog", "备份时间"),
        QT_TRANSLATE_NOOP("RestoreDialog", "类型"),
        QT_TRANSLATE_NOOP("RestoreDialog", "大小"),
        *(book.plural for book in COUNTED),  # shown as each book's plural
        QT_TRANSLATE_NOOP("RestoreDialog", "状态"),
    )

    def __init__(self, ledger_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ledger_path = ledger_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("从备份恢复"))
        self.backups = list_backups(ledger_path)
        self.table = read_only_table(self, self.HEADERS)
        for column, book in enumerate(self.COUNTED, start=3):
            self.table.setHorizontalHeaderItem(column, QTableWidgetItem(shown_plural(book)))
        rows = []
        for info in self.backups:
            counts = [str(info.counts.get(book.table, "—")) for book in self.COUNTED]
            rows.append(
                [
                    self.tr("{when}（{age}）").format(
                        when=f"{info.made_at:%Y-%m-%d %H:%M}",
                        age=shown_message(describe_age(info.made_at)),
                    ),
                    shown_message(info.reason_label) if info.ok else self.tr("无法读取"),
                    _size(info.size),
                    *counts,
                    shown_message(info.state_label),
                ]
            )
        # a count column as wide as its book's plural ("Cultural events"), never clipped
        metrics = self.table.horizontalHeader().fontMetrics()
        counted = [
            max(least, metrics.horizontalAdvance(shown_plural(book)) + 16)
            for least, book in zip((60, 50, 96, 70), self.COUNTED, strict=True)
        ]
        widths = [200, 110, 70, *counted, 150]
        fill_table(self.table, rows, widths)
        if rows:
            self.table.selectRow(0)
        note = QLabel(self.tr("恢复前会先备份当前台账；恢复的台账经检查无误后才会替换当前台账。"))
        note.setWordWrap(True)
        other = QPushButton(self.tr("从其他文件恢复…"))
        other.clicked.connect(self._other_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("恢复所选备份"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(rows))
        self.buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self._choose_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        heading = (
            self.tr("台账“{name}”的备份：")
            if rows
            else self.tr("台账“{name}”的备份（还没有自动备份）：")
        )
        layout.addWidget(QLabel(heading.format(name=ledger_path.name)))
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(translated_buttons(self.buttons))
        self.resize(max(860, sum(widths) + 40), 380)

    def _choose_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.chosen = self.backups[rows[0].row()].path
        self.accept()

    def _other_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择备份文件"), str(Path.home()), self.tr("台账备份 (*.sqlite3 *.db)")
        )
        if not chosen:
            return
        try:
            verify_backup(Path(chosen))
        except LedgerError as exc:
            errors.show_error(self, exc)
            return
        self.chosen = Path(chosen)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, source: Any) -> Path | None:
        path = source if isinstance(source, Path) else ledger_of(source).path
        dialog = cls(path, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


class RecycleBinDialog(QDialog):
    """回收站: restore with links, or purge for good (also done after 30 days)."""

    HEADERS = (
        QT_TRANSLATE_NOOP("RecycleBinDialog", "类别"),
        QT_TRANSLATE_NOOP("RecycleBinDialog", "名称"),
        QT_TRANSLATE_NOOP("RecycleBinDialog", "删除时间"),
        QT_TRANSLATE_NOOP("RecycleBinDialog", "自动清除"),
    )

    def __init__(self, source: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.ledger = ledger_of(source)
        self.entries: list[recycle.BinEntry] = []
        self.setWindowTitle(self.tr("回收站"))
        self.table = read_only_table(self, self.HEADERS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.restore_button = QPushButton(self.tr("恢复"))
        self.purge_button = QPushButton(self.tr("彻底删除…"))
        close = QPushButton(self.tr("关闭"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self._confirm_purge)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        note = QLabel(
            self.tr(
                "删除的记录在回收站保留 {days} 天，可连同关联一起恢复；"
                "彻底删除后无法恢复，个人信息不会留在台账文件中。"
            ).format(days=recycle.PURGE_AFTER_DAYS)
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.resize(620, 380)
        self.reload()

    def reload(self) -> None:
        with self.ledger.reading() as session:
            self.entries = recycle.list_bin(session)
        rows = [
            [
                shown_message(e.kind_label),
                e.label,
                f"{history.to_local(e.deleted_at):%Y-%m-%d %H:%M}",
                self.tr("{n} 天后").format(n=e.days_left()),
            ]
            for e in self.entries
        ]
        # as wide as the longest book name ("志愿服务活动", "Service activity"), never clipped
        metrics = self.table.fontMetrics()
        kinds = [shown_message(label) for label in recycle.KIND_LABELS.values()]
        kind_width = max(metrics.horizontalAdvance(k) for k in kinds) + 24
        fill_table(self.table, rows, [max(80, kind_width), 220, 140])
        has = bool(rows)
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def selected(self) -> list[recycle.BinEntry]:
        return [self.entries[i.row()] for i in self.table.selectionModel().selectedRows()]

    def _operator(self) -> str:
        return str(getattr(self.source, "operator", "") or "")

    def _announce(self, entries: list[recycle.BinEntry]) -> None:
        changed = getattr(self.source, "changed", None)
        if changed is not None:
            for topic in sorted({_TOPICS[e.kind] for e in entries}):
                changed.emit(topic)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        with self.ledger.unit_of_work(self._operator()) as session:
            for entry in chosen:
                recycle.restore_entry(session, entry.kind, entry.id)
        self._announce(chosen)
        self.reload()

    def _confirm_purge(self) -> None:
        chosen = self.selected()
        if chosen and errors.ask_yes_no(
            self,
            self.tr("彻底删除"),
            self.tr("彻底删除所选 {n} 条记录及其关联？删除后无法恢复。").format(n=len(chosen)),
        ):
            self.purge_selected()
            self.offer_backups()

    def offer_backups(self) -> int:
        """Backups made before the purge still hold the person: say so, offer to purge them.

        Returns how many backups were purged (0 when none held anyone or the clerk said no).
        """
        from station_desk.db.safekeeping.backup_purge import (
            backups_holding,
            describe_held,
            purge_from_backups,
        )

        held = backups_holding(self.ledger.path)
        if not held:
            return 0
        question = self.tr("{held}\n\n现在就从这些备份中一并清除吗？").format(
            held=shown_message(describe_held(held))
        )
        if not errors.ask_yes_no(self, self.tr("较早的备份"), question):
            return 0
        try:
            return len(purge_from_backups(held))
        except LedgerError as exc:
            errors.show_error(self, exc)
            return 0

    def purge_selected(self) -> int:
        chosen = self.selected()
        done = recycle.purge(
            self.ledger, [(e.kind, e.id) for e in chosen], operator=self._operator()
        )
        self._announce(chosen)
        self.reload()
        return done

    @classmethod
    def show_bin(cls, parent: QWidget | None, source: Any) -> None:
        cls(source, parent).exec()


class DamagedLedgerDialog(QDialog):
    """A damaged ledger at the door: what happened, where the file is kept, the backup offered."""

    RESTORE = "restore"
    QUIT = "quit"

    def __init__(self, health: Health, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = self.QUIT
        self.setWindowTitle(self.tr("台账已损坏"))
        text = QLabel(shown_message(health.message()))
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(
            self.tr("从这份备份恢复"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(health.offer is not None)
        self.buttons.addButton(self.tr("退出"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self._restore)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.buttons)
        self.resize(560, 220)

    def _restore(self) -> None:
        self.choice = self.RESTORE
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, health: Health) -> str:
        """``"restore"`` (restore ``health.offer``) or ``"quit"``."""
        dialog = cls(health, parent)
        dialog.exec()
        return dialog.choice
