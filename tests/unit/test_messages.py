"""``msg``: Chinese text that remembers how it was made, so the desk can show it in English."""

from __future__ import annotations

import pickle

from station_desk.domain.messages import Message, msg, template_of
from station_desk.domain.problems import Problem, ValidationError, displayed, label_of


def test_a_message_is_its_chinese_text() -> None:
    made = msg("{label}：最多 {n} 个字", label=label_of("name"), n=30)
    assert made == "姓名：最多 30 个字" and isinstance(made, str)
    assert template_of(made) == "{label}：最多 {n} 个字"
    assert made.values["n"] == 30 and template_of(made.values["label"]) == "姓名"
    assert template_of("姓名：最多 30 个字") is None


def test_a_message_survives_pickling_whole() -> None:
    made = msg("{label}：{reason}", label=label_of("phone"), reason=msg("不能为空"))
    again = pickle.loads(pickle.dumps(made))
    assert isinstance(again, Message) and again == made == "联系电话：不能为空"
    assert again.template == made.template
    assert template_of(again.values["reason"]) == "不能为空"


def test_problems_away_from_their_field_are_led_by_its_label() -> None:
    bare = Problem("phone", msg("不能为空"))
    led = Problem("phone", msg("{label}：不能为空", label=label_of("phone")))
    assert displayed(bare) == displayed(led) == "联系电话：不能为空"
    assert template_of(displayed(bare)) == "{label}：{message}"
    error = ValidationError.many([bare, Problem("name", msg("姓名：不能为空"))])
    assert str(error) == "联系电话：不能为空；姓名：不能为空"


def test_a_field_without_a_label_is_never_shown_by_its_internal_name() -> None:
    """The honor print once said "min_hours：服务时长：2021年没有人达到 50 小时"."""
    message = msg("{label}：2021年没有人达到 50 小时", label=label_of("hours"))
    problem = Problem("min_hours", message)
    assert displayed(problem) == "服务时长：2021年没有人达到 50 小时"
    assert "min_hours" not in str(ValidationError("min_hours", message))
