"""What the lower layers tell the clerk reads in English on the English desk.

Validation errors and warnings, import problems and ledger errors are Chinese ``Message``s
(``station_desk.domain.messages``); ``ui.i18n.shown_message`` shows them in the clerk's language.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from station_desk.db.schema.ledger import LedgerError, open_ledger
from station_desk.domain.enums import Gender
from station_desk.domain.ids import id_check_digit, make_id_number
from station_desk.domain.messages import msg
from station_desk.domain.phones import check_phone
from station_desk.domain.problems import Problem, ValidationError, label_of
from station_desk.domain.units import parse_hours
from station_desk.ui import errors
from station_desk.ui.context import DeskContext
from station_desk.ui.i18n import MESSAGES_CONTEXT, shown_beside, shown_message
from station_desk.ui.member_dialog import MemberDialog
from tests.ui.test_translations import ROOT, chinese, english, in_english  # noqa: F401


def test_every_message_template_has_english(english: QTranslator) -> None:  # noqa: F811
    """Every ``msg("…")`` in the code (and every field label) has its English; a template
    added without running ``scripts/translations.py`` fails here."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from translations import message_templates

    templates = message_templates()
    assert len(templates) > 150
    missing = [t for t in templates if not english.translate(MESSAGES_CONTEXT, t)]
    assert not missing, "run scripts/translations.py and fill en.tsv:\n" + "\n".join(missing)


def raised(call: object, *args: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_validation_errors_read_in_english(in_english: None) -> None:  # noqa: F811
    for error in (raised(check_phone, "12345"), raised(parse_hours, "abc")):
        text = errors.describe(error)
        assert text and chinese([text]) == [], text
    assert errors.describe(raised(check_phone, "12345")).startswith("Phone")


def test_nested_messages_and_labels_are_each_translated(in_english: None) -> None:  # noqa: F811
    made = msg("{label}：{reason}", label=label_of("phone"), reason=msg("不能为空"))
    assert chinese([shown_message(made)]) == []
    beside = shown_beside(Problem("phone", msg("{label}：不能为空", label=label_of("phone"))))
    assert chinese([beside]) == [] and not beside.startswith("Phone")
    assert shown_message("台账里的文字") == "台账里的文字", "plain text stays as it is"


def test_messages_read_in_chinese_on_the_chinese_desk() -> None:
    error = raised(check_phone, "12345")
    assert errors.describe(error) == str(error)
    assert shown_message(msg("{label}：不能为空", label=label_of("phone"))) == "联系电话：不能为空"


def test_a_ledger_error_reads_in_english(in_english: None, tmp_path: Path) -> None:  # noqa: F811
    stranger = tmp_path / "not-a-ledger.sqlite3"
    stranger.write_bytes(b"this is not a database" * 100)
    with pytest.raises(LedgerError) as caught:
        open_ledger(stranger, create=False)
    text = errors.describe(caught.value)
    assert text and chinese([text], [str(stranger)]) == [], text


def test_member_dialog_errors_read_in_english(
    qtbot: QtBot,
    in_english: None,  # noqa: F811
    ctx: DeskContext,
) -> None:
    dialog = MemberDialog(None, ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    good = make_id_number("370124", date(1948, 9, 2), 11, Gender.MALE)
    wrong = "0" if id_check_digit(good[:17]) != "0" else "1"
    qtbot.keyClicks(dialog.line_edit("id_number"), good[:17] + wrong)
    dialog.line_edit("name").setText("张三")
    shown = dialog.errors["id_number"].text()
    assert shown and chinese([shown]) == [], shown
    assert not dialog.save_button.isEnabled()


def test_progress_text_from_the_worker_reads_in_english(
    qtbot: QtBot,
    in_english: None,  # noqa: F811
) -> None:
    """A job's progress text crosses threads as the Message it is, then shows translated."""
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from station_desk.ui.worker import DbWorker, Progress

    worker = DbWorker()
    dialog = QProgressDialog()
    qtbot.addWidget(dialog)
    progress = Progress(worker._relay)
    worker._dialogs[progress] = dialog
    thread = threading.Thread(target=progress.update, args=(1, 2, msg("正在写入")))
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: dialog.value() == 1)
    assert dialog.labelText() and chinese([dialog.labelText()]) == [], dialog.labelText()
    worker.shutdown()
