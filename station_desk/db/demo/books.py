"""The demo ledger's teams, service, donations, events and works (the article's figures)."""

from __future__ import annotations

from datetime import date, timedelta

from station_desk.db.demo.builder import DemoBuilder
from station_desk.db.demo.rows import split_total
from station_desk.db.schema import models as m
from station_desk.domain.enums import DonationKind, EventKind, ParticipationRole, TeamKind, WorkKind

ROUTINE_CATEGORIES = ("环境整治", "政策宣传", "文明劝导", "关爱老人", "义诊咨询", "反诈宣传")
#: Each routine category's outings, and what was done there (title, content): a title
#: never contradicts its category, and the content says what the title does not.
ROUTINE_WORK = {
    "环境整治": (
        ("楼道杂物清理", "清理楼道杂物，消除消防隐患"),
        ("小区环境卫生整治", "清扫卫生死角，清理小广告"),
        ("绿化带垃圾清理", "捡拾绿化带垃圾，修剪枯枝"),
    ),
    "政策宣传": (
        ("惠民政策进社区", "发放宣传材料，解答居民政策问题"),
        ("医保政策宣传", "讲解医保报销和参保缴费办法"),
        ("养老政策解读", "解读养老服务补贴申领办法"),
    ),
    "文明劝导": (
        ("文明交通劝导", "在路口劝导行人和非机动车守规"),
        ("文明养犬劝导", "劝导居民牵绳遛犬、清理犬粪"),
        ("垃圾分类劝导", "在投放点指导居民分类投放"),
    ),
    "关爱老人": (
        ("走访慰问空巢老人", "上门看望，帮助解决生活困难"),
        ("为高龄老人理发", "上门为行动不便的老人理发"),
        ("陪伴独居老人", "陪老人聊天，检查水电燃气安全"),
    ),
    "义诊咨询": (
        ("社区义诊", "测量血压血糖，提供健康咨询"),
        ("健康知识讲座", "讲解慢性病防治和合理用药"),
        ("中医义诊进社区", "中医问诊，推拿理疗"),
    ),
    "反诈宣传": (
        ("防范电信诈骗宣传", "讲解常见诈骗手法，提醒居民防骗"),
        ("反诈知识进楼院", "入户发放反诈宣传页"),
        ("养老防骗讲座", "揭露以养老为名的骗局"),
    ),
}
EPIDEMIC_WORK = {
    "逐户排查": "入户登记返乡人员和健康状况",
    "防疫宣传": "张贴通告，用喇叭宣传防疫知识",
    "卡口值守": "在小区卡口测温、登记出入人员",
    "劝止聚集": "劝导居民不聚集、出门戴口罩",
}


def lecture_topic(chosen: str, on: date) -> str:
    """The topic of a party lecture held on ``on``: the 20th Congress's spirit only after
    October 2022, and before that the congress of its own time (no 二十大 in 2021)."""
    if chosen == "二十大精神":
        for opened, congress in (
            (date(2022, 10, 23), "二十大精神"),
            (date(2017, 10, 25), "十九大精神"),
            (date(2012, 11, 15), "十八大精神"),
            (date(2007, 10, 22), "十七大精神"),
            (date(2002, 11, 15), "十六大精神"),
        ):
            if on >= opened:
                return congress
        return "“三个代表”重要思想"
    if chosen == "不忘初心、牢记使命" and on < date(2016, 7, 1):
        return "党的光辉历程"
    return chosen


def teams_and_service(b: DemoBuilder) -> None:
    rng, add = b.rng, b.rows.add
    boai = b.team(
        "老干部博爱驿站",
        TeamKind.VOLUNTEER,
        b.center,
        b.boai,
        focus="帮扶孤寡老人、留守儿童、贫困户、残疾人",
        founded=date(2019, 10, 1),
    )
    beneficiaries = split_total(1086, 40, rng)
    for k in range(40):
        on = date(2020, 1, 6) + timedelta(days=k * 18)
        place = rng.choice(("孔村镇敬老院", "县残疾人托养基地", "安城镇前寨村", "孝直镇敬老院"))
        b.activity(
            boai,
            "衣暖人心、助力脱贫",
            "扶贫帮困",
            on,
            rng.sample(b.boai, rng.randrange(8, 21)),
            beneficiaries[k],
            place=place,
            content="送衣物、送文化、送温暖",
        )
    for count, k in zip(split_total(4136, 24, rng), range(24), strict=True):
        add(
            m.Donation,
            donated_on=date(2020, 1, 10) + timedelta(days=k * 30),
            member_id=None,
            team_id=boai,
            activity_id=None,
            kind=DonationKind.GOODS,
            amount_fen=0,
            item_count=count,
            description="衣物",
            purpose="衣暖人心、助力脱贫",
        )

    silver = b.team(
        "社区银发抗疫队伍",
        TeamKind.VOLUNTEER,
        b.grid_stations[0],
        b.silver,
        founded=date(2020, 1, 26),
        focus="疫情防控：宣传、排查、劝止聚集",
    )
    for k, size in enumerate(split_total(2046, 42, rng, spread=0.1)):
        on = date(2020, 1, 27) + timedelta(days=k * 3)
        duty = rng.choice(("逐户排查", "防疫宣传", "卡口值守", "劝止聚集"))
        b.activity(
            silver,
            duty,
            "疫情防控",
            on,
            rng.sample(b.silver, min(size, 130)),
            rng.randrange(50, 300),
            hours=(180, 240, 300, 360),
            place="环秀社区",
            content=EPIDEMIC_WORK[duty],
        )

    arts_members = [b.ji_changyin, *rng.sample(b.second_half, 39)]
    b.arts_team = b.team(
        "乐康艺术团",
        TeamKind.ARTS,
        b.shared[2],
        arts_members,
        leader=b.ji_changyin,
        founded=date(2016, 4, 1),
        focus="腰鼓、戏曲、相声",
    )
    lecture_members = [b.liu_dongjun, *rng.sample(b.cadres[20:], 11)]
    b.lecture_team = b.team(
        "老干部宣讲团",
        TeamKind.LECTURE,
        b.shared[0],
        lecture_members,
        leader=b.liu_dongjun,
        founded=date(2018, 7, 1),
        focus="党的路线方针政策宣讲",
    )

    pool = [x for x in b.others if x not in set(b.boai)]
    today = date.today()
    for k, post in enumerate(b.volunteer_posts):
        members = rng.sample(pool, 20)
        team = b.team(
            f"第{k + 1}志愿服务推进站服务队",
            TeamKind.VOLUNTEER,
            post,
            members,
            founded=date(2021, 3, 5),
        )
        on = date(2021, 3, 10) + timedelta(days=k)
        while on <= today:
            # two draws as before (the demo's figures stay those of the article): the
            # first picks the outing within the category the second picks
            pick = ROUTINE_CATEGORIES.index(rng.choice(ROUTINE_CATEGORIES))
            category = rng.choice(ROUTINE_CATEGORIES)
            title, content = ROUTINE_WORK[category][pick % len(ROUTINE_WORK[category])]
            b.activity(
                team,
                title,
                category,
                on,
                rng.sample(members, rng.randrange(4, 12)),
                rng.randrange(10, 80),
                content=content,
            )
            on += timedelta(days=rng.randrange(20, 45))

    donors = rng.sample(b.cadres + b.others[:300], 180)
    for fen, mid in zip(split_total(20_510_000, 180, rng, spread=0.8), donors, strict=True):
        add(
            m.Donation,
            donated_on=b.people.day_in(date(2020, 1, 28), date(2020, 3, 31)),
            member_id=mid,
            team_id=None,
            activity_id=None,
            kind=DonationKind.MONEY,
            amount_fen=fen,
            item_count=0,
            description="抗疫捐款",
            purpose="疫情防控",
        )
    for count, mid in zip(split_total(316, 25, rng), rng.sample(b.cadres, 25), strict=True):
        add(
            m.Donation,
            donated_on=b.people.day_in(date(2020, 1, 28), date(2020, 3, 31)),
            member_id=mid,
            team_id=None,
            activity_id=None,
            kind=DonationKind.GOODS,
            amount_fen=0,
            item_count=count,
            description=rng.choice(("口罩", "消毒液", "方便面", "体温计")),
            purpose="疫情防控",
        )


def events_and_works(b: DemoBuilder) -> None:
    rng, add = b.rng, b.rows.add
    places = ("县老年人大学", "明德孝文化传播中心", "翠屏社区党群服务中心", "会仙山社区活动室")
    for k in range(206):
        on = date(2001, 7, 1) + timedelta(days=k * 36 + rng.randrange(5))
        eid = add(
            m.CulturalEvent,
            title=lecture_topic(
                rng.choice(
                    ("党史故事", "不忘初心、牢记使命", "党章学习", "家乡模范人物", "二十大精神")
                ),
                on,
            )
            + "专题党课",
            kind=EventKind.PARTY_LECTURE,
            held_on=on,
            place=rng.choice(places),
            station_id=b.shared[k % 3],
            team_id=b.lecture_team,
            audience=rng.randrange(20, 80),
            description="",
            deleted_at=None,
        )
        add(
            m.EventParticipation,
            event_id=eid,
            member_id=b.liu_dongjun,
            role=ParticipationRole.SPEAKER,
        )
    arts = [
        r["member_id"]
        for r in b.rows.tables[m.TeamMembership.__table__]
        if r["team_id"] == b.arts_team
    ]
    for k, audience in enumerate(split_total(412, 14, rng)):
        eid = add(
            m.CulturalEvent,
            title=f"玫乡腰鼓培训（第{k + 1}期）",
            kind=EventKind.TRAINING,
            held_on=date(2019, 4, 1) + timedelta(days=k * 50),
            place=rng.choice(("翠屏社区", "孔村镇", "孝直镇", "安城镇")),
            station_id=b.shared[2],
            team_id=b.arts_team,
            audience=audience,
            description="姬长印自创玫乡腰鼓，社区教授并下乡推广",
            deleted_at=None,
        )
        add(
            m.EventParticipation,
            event_id=eid,
            member_id=b.ji_changyin,
            role=ParticipationRole.SPEAKER,
        )
    today = date.today()
    on, k = date(2019, 1, 15), 0
    while on <= today:
        kind = (EventKind.PERFORMANCE, EventKind.STUDY_SESSION)[k % 2]
        title = (
            ("相声《玫乡走进新时代》" if k == 4 else "乐康艺术团社区演出")
            if kind is EventKind.PERFORMANCE
            else "离退休干部学习讨论会"
        )
        eid = add(
            m.CulturalEvent,
            title=title,
            kind=kind,
            held_on=on,
            place="翠屏社区",
            station_id=b.shared[k % 3],
            team_id=b.arts_team if kind is EventKind.PERFORMANCE else None,
            audience=rng.randrange(30, 200),
            description="",
            deleted_at=None,
        )
        people = rng.sample(arts if kind is EventKind.PERFORMANCE else b.cadres, 6)
        role = (
            ParticipationRole.PERFORMER
            if kind is EventKind.PERFORMANCE
            else ParticipationRole.PARTICIPANT
        )
        for mid in people:
            add(m.EventParticipation, event_id=eid, member_id=mid, role=role)
        on += timedelta(days=rng.randrange(40, 80))
        k += 1
    expo = add(
        m.CulturalEvent,
        title="离退休干部抗疫作品展",
        kind=EventKind.EXHIBITION,
        held_on=date(2020, 5, 20),
        place="县老年人大学",
        station_id=b.shared[0],
        team_id=None,
        audience=650,
        description="展出抗疫诗词、书法、绘画、剪纸作品",
        deleted_at=None,
    )
    authors = b.cadres + b.others[:400]
    kinds = (WorkKind.POEM, WorkKind.CALLIGRAPHY, WorkKind.PAINTING, WorkKind.PAPER_CUT)
    titles = {
        WorkKind.POEM: "七律·战疫",
        WorkKind.CALLIGRAPHY: "众志成城",
        WorkKind.PAINTING: "最美逆行者",
        WorkKind.PAPER_CUT: "武汉加油",
    }
    for k in range(826):
        work_kind = kinds[k % 4]
        add(
            m.Work,
            author_id=rng.choice(authors),
            title=f"{titles[work_kind]}（{k // 4 + 1}）",
            kind=work_kind,
            made_on=b.people.day_in(date(2020, 1, 25), date(2020, 5, 15)),
            theme="抗疫",
            event_id=expo if k % 3 == 0 else None,
        )
    for k in range(60):
        add(
            m.Work,
            author_id=rng.choice(authors),
            title=f"玫乡新貌（{k + 1}）",
            kind=rng.choice((*kinds, WorkKind.OTHER)),
            made_on=b.people.day_in(date(2021, 1, 1), today),
            theme="家乡",
            event_id=None,
        )
