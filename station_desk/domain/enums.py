"""The glossary's closed vocabularies (docs/ARCHITECTURE.md §Glossary), with their Chinese labels.

Stored in the ledger as their readable ``value`` strings, so a ledger opened with the
``sqlite3`` program still reads plainly.
"""

from __future__ import annotations

from enum import StrEnum


class LabeledEnum(StrEnum):
    """An enum whose members carry the Chinese label shown on screen and on paper."""

    label: str

    def __new__(cls, value: str, label: str) -> LabeledEnum:
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj

    @classmethod
    def from_label(cls, label: str) -> LabeledEnum:
        """The member whose Chinese label (or value) is ``label``; ValueError otherwise."""
        text = label.strip()
        for member in cls:
            if text in (member.label, member.value):
                return member
        raise ValueError(label)


class StationKind(LabeledEnum):
    SHARED_BRANCH = "shared_branch", "共享式党支部驿站"
    GRID = "grid", "网格老干部党员驿站"
    VOLUNTEER_CENTER = "volunteer_center", "老干部志愿服务推进中心"
    VOLUNTEER_POST = "volunteer_post", "老干部志愿服务推进站"


class BranchCategory(LabeledEnum):
    COUNTY = "county", "县直"
    TOWNSHIP = "township", "街镇"
    ENTERPRISE = "enterprise", "企业"
    OTHER = "other", "其他"


class Gender(LabeledEnum):
    MALE = "male", "男"
    FEMALE = "female", "女"


class RetirementKind(LabeledEnum):
    LIXIU = "lixiu", "离休"
    TUIXIU = "tuixiu", "退休"


class GridPostKind(LabeledEnum):
    GRID_LEADER = "grid_leader", "网格长"
    GRID_BRANCH_SECRETARY = "grid_branch_secretary", "网格党支部书记"
    BUILDING_LEADER = "building_leader", "楼长"


class CommunityPostKind(LabeledEnum):
    FIRST_SECRETARY = "first_secretary", "社区第一书记"
    PARTY_INSTRUCTOR = "party_instructor", "社区党建指导员"
    PUBLICITY_OFFICER = "publicity_officer", "宣传员"


class TeamKind(LabeledEnum):
    VOLUNTEER = "volunteer", "志愿服务队"
    ARTS = "arts", "艺术团"
    LECTURE = "lecture", "宣讲团"


class DonationKind(LabeledEnum):
    MONEY = "money", "捐款"
    GOODS = "goods", "捐物"


class EventKind(LabeledEnum):
    PARTY_LECTURE = "party_lecture", "党课"
    PERFORMANCE = "performance", "演出"
    STUDY_SESSION = "study_session", "学习讨论会"
    EXHIBITION = "exhibition", "展览"
    TRAINING = "training", "培训"
    OTHER = "other", "其他"


class ParticipationRole(LabeledEnum):
    SPEAKER = "speaker", "主讲"
    PERFORMER = "performer", "演员"
    ORGANIZER = "organizer", "组织"
    PARTICIPANT = "participant", "参与"


class WorkKind(LabeledEnum):
    POEM = "poem", "诗词"
    CALLIGRAPHY = "calligraphy", "书法"
    PAINTING = "painting", "绘画"
    PAPER_CUT = "paper_cut", "剪纸"
    OTHER = "other", "其他"


class CertificateKind(LabeledEnum):
    HONOR = "honor", "荣誉证书"
    SERVICE_RECORD = "service_record", "志愿服务记录证明"


class ChangeAction(LabeledEnum):
    CREATE = "create", "新增"
    UPDATE = "update", "修改"
    DELETE = "delete", "删除"
    RESTORE = "restore", "恢复"
    PURGE = "purge", "彻底删除"
    REVEAL = "reveal", "查看完整号码"
    EXPORT = "export", "导出"
    PRINT = "print", "打印"
