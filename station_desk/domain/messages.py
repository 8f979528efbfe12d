"""What the layers below the desk tell the clerk, in Chinese, ready to be shown in English.

Validation errors and warnings, ledger and backup errors are written in Chinese (the source
language) by code that knows nothing of Qt. ``msg(template, **values)`` makes such a text:
a ``Message`` is the Chinese text itself (a ``str``, so it prints, compares, joins and logs
exactly as before) that also remembers its template and values. The desk shows it through
``ui.i18n.shown_message``, which looks the template up under the ``Messages`` context and
fills in the values, themselves shown in the clerk's language when they are messages or
labels (field labels, enum labels). ``scripts/translations.py`` collects every
``msg("…")`` template (in every module but this one), so each needs a literal first argument, in double quotes, with no
backslash escapes.

A ``Message`` put into an f-string or joined with ``+`` becomes plain text again: compose
messages with ``msg`` (``msg("{label}：{reason}", label=…, reason=…)``), never with string
operations, or the English desk shows that part in Chinese.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """Chinese text made by ``msg``: ``template.format(**values)``, with both kept."""

    template: str
    values: dict[str, Any]

    def __reduce__(self) -> tuple[Any, ...]:
        return (_remake, (self.template, self.values))


def msg(template: str, /, **values: Any) -> Message:
    """The Chinese text of ``template`` with ``values`` filled in, remembering both."""
    made = Message(template.format(**values) if values else template)
    made.template = template
    made.values = values
    return made


def _remake(template: str, values: dict[str, Any]) -> Message:
    return msg(template, **values)


def message_of(exc: BaseException) -> str:
    """The text of ``exc`` as raised: the ``Message`` itself when it was made with one
    (``str(exc)`` would give plain text)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message) else str(exc)


def template_of(text: str) -> str | None:
    """The template ``text`` was made from; None for plain text."""
    return text.template if isinstance(text, Message) else None
