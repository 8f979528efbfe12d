"""Words clerks pick from a list but the ledger keeps as text: team roles, activity kinds.

队长/队员 and 环境整治/疫情防控 are stored as typed (a clerk may type a new one), so they
are not enum labels and the English desk showed them in Chinese. The desk offers the
usual ones: ``shown_term`` gives a known word in the clerk's language (anything else as
typed), and ``stored_term`` turns a picked English word back into the Chinese the ledger
and the county's paper use.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Terms"

TEAM_ROLES: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("Terms", "队员")),
    str(QT_TRANSLATE_NOOP("Terms", "队长")),
    str(QT_TRANSLATE_NOOP("Terms", "副队长")),
)

ACTIVITY_CATEGORIES: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("Terms", "环境整治")),
    str(QT_TRANSLATE_NOOP("Terms", "政策宣传")),
    str(QT_TRANSLATE_NOOP("Terms", "文明劝导")),
    str(QT_TRANSLATE_NOOP("Terms", "关爱老人")),
    str(QT_TRANSLATE_NOOP("Terms", "义诊咨询")),
    str(QT_TRANSLATE_NOOP("Terms", "反诈宣传")),
    str(QT_TRANSLATE_NOOP("Terms", "扶贫帮困")),
    str(QT_TRANSLATE_NOOP("Terms", "疫情防控")),
)

KNOWN_TERMS = (*TEAM_ROLES, *ACTIVITY_CATEGORIES)


def shown_term(text: str) -> str:
    """A known role or activity kind in the clerk's language; other text as typed."""
    if text in KNOWN_TERMS:
        return QCoreApplication.translate(CONTEXT, text)
    return text


def stored_term(text: str) -> str:
    """What the ledger keeps for ``text`` picked or typed on the desk: the Chinese word
    when it is a known term shown in another language, else the text itself."""
    clean = text.strip()
    for term in KNOWN_TERMS:
        if clean and clean == QCoreApplication.translate(CONTEXT, term):
            return term
    return clean
