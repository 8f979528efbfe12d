"""Languages: Chinese is the source text; English comes from ``station_desk_en.qm``.

Qt's own ``qtbase_zh_CN.qm`` makes the standard buttons read 确定/取消/保存 in Chinese.
The choice is remembered in the settings under ``language``.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from station_desk.domain.books import Book
from station_desk.domain.messages import Message
from station_desk.domain.problems import PROBLEM_SEPARATOR, Problem, displayed, label_of
from station_desk.resources import resource_path
from station_desk.ui.terms import shown_term

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
_installed: list[QTranslator] = []


def remembered_language(settings: QSettings) -> str:
    value = str(settings.value("language", DEFAULT_LANGUAGE) or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def _load(translator: QTranslator, name: str) -> bool:
    bundled = resource_path("translations")
    if translator.load(name, str(bundled)):
        return True
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator.load(name, qt_dir)


def install_language(lang: str) -> str:
    """Swap the application's translators for ``lang``; return the language installed."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("QApplication must exist before translators are installed")
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # qt_words_zh_CN: Qt's own words its qtbase_zh_CN lacks (the file dialog's "&Look in:")
    names = ["qt_words_zh_CN", "qtbase_zh_CN"] if lang == "zh" else ["station_desk_en"]
    for name in names:
        translator = QTranslator(app)
        if _load(translator, name):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if lang == "zh"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    return lang


def current_language() -> str:
    names = [t.filePath() for t in _installed]
    return "en" if any("station_desk_en" in n for n in names) else "zh"


#: The context under which labels that come from lower layers are translated: the enums'
#: labels (男, 离休, 网格长 …), which reach the desk as text inside records. lupdate cannot
#: see them (they are not literals here); ``scripts/translations.py`` files every
#: ``LabeledEnum`` label under this context.
LABELS_CONTEXT = "Labels"
#: How ``shown_list`` joins labels: 、 in Chinese.
LIST_SEPARATOR = "、"


def shown(label: str) -> str:
    """An enum label as the clerk's language reads it (the label itself in Chinese)."""
    return QCoreApplication.translate("Labels", label) if label else label


def shown_list(labels: str) -> str:
    """Labels joined by 、 (网格长、楼长), each shown in the clerk's language."""
    if LIST_SEPARATOR not in labels:
        return shown(labels)
    separator = QCoreApplication.translate("Labels", LIST_SEPARATOR)
    return separator.join(shown(part) for part in labels.split(LIST_SEPARATOR))


#: The context of the lower layers' messages (``station_desk.domain.messages``).
MESSAGES_CONTEXT = "Messages"


def shown_message(text: str) -> str:
    """A message from the lower layers in the clerk's language: its template translated
    under Messages, filled with its values, each shown too (messages in turn, labels such
    as field and enum labels under Labels). Plain text and untranslated templates come back
    as they are."""
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate("Messages", text.template)
    if template == text.template:
        return str(text)
    values = {
        key: shown_message(value) if isinstance(value, Message) else _shown_value(value)
        for key, value in text.values.items()
    }
    return template.format(**values)


def shown_plural(book: Book) -> str:
    """A book's name for many (``Book.plural``: a column of counts) in the clerk's language."""
    return QCoreApplication.translate("Books", book.plural)


def _shown_value(value: object) -> object:
    return shown(value) if isinstance(value, str) else value


def shown_problems(problems: Iterable[Problem]) -> str:
    """Problems away from their fields, each led by its field's label, as
    ``ValidationError`` reads them (joined by ；)."""
    separator = QCoreApplication.translate(MESSAGES_CONTEXT, PROBLEM_SEPARATOR)
    return separator.join(shown_message(displayed(p)) for p in problems)


def shown_beside(problem: Problem) -> str:
    """A problem beside its own field: without the field's label in front."""
    text = shown_message(problem.message)
    field_label = label_of(problem.field)
    for label in {str(field_label), shown_message(field_label)}:
        for separator in ("：", ": "):
            if text.startswith(label + separator):
                return text[len(label) + len(separator) :]
    return text


def summary_words(text: str) -> str:
    """The summary's fixed words (``summary.sections``' ``tr``) in the clerk's language:
    filed under Summary, or, for the enums' labels among them, under Labels, or the usual
    activity kinds (``ui.terms``)."""
    found = QCoreApplication.translate("Summary", text)
    # Qt hands the source back when a context lacks the message
    if found != text:
        return found
    label = shown(text)
    return label if label != text else shown_term(text)
