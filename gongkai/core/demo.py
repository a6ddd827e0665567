"""Demo units and people for every role; idempotent (a second run adds nothing)."""

from __future__ import annotations

from django.db import transaction

from gongkai.core.models import Role, Unit, User
from gongkai.core.services import staff_create, unit_create

DEMO_PASSWORD = "gongkai-demo-2026"  # noqa: S105 — published demo login

GOVERNMENT = "示范县人民政府"

UNITS = [
    # name, short name, kind, parent, code, phone
    (GOVERNMENT, "县政府", Unit.Kind.GOVERNMENT, None, "015281722", "0886-3621234"),
    (
        "示范县人民政府办公室",
        "县政府办",
        Unit.Kind.DEPARTMENT,
        GOVERNMENT,
        "015281730",
        "0886-3621235",
    ),
    ("示范县民政局", "县民政局", Unit.Kind.DEPARTMENT, GOVERNMENT, "015281749", "0886-3622101"),
    ("示范县教育体育局", "县教体局", Unit.Kind.DEPARTMENT, GOVERNMENT, "015281757", "0886-3622202"),
    ("示范县卫生健康局", "县卫健局", Unit.Kind.DEPARTMENT, GOVERNMENT, "015281765", "0886-3622303"),
    (
        "示范县市场监督管理局",
        "县市场监管局",
        Unit.Kind.DEPARTMENT,
        GOVERNMENT,
        "015281773",
        "0886-3622404",
    ),
    ("城关镇人民政府", "城关镇", Unit.Kind.TOWNSHIP, GOVERNMENT, "015281781", "0886-3623505"),
    ("和平乡人民政府", "和平乡", Unit.Kind.TOWNSHIP, GOVERNMENT, "01528179X", "0886-3623606"),
]

PEOPLE = [
    # username, name, unit, role
    ("gongkaiban", "王公开", GOVERNMENT, Role.OFFICE),
    ("lingdao", "李县长", GOVERNMENT, Role.LEADER),
    ("xinxiyuan", "张信息", GOVERNMENT, Role.EDITOR),
    ("shenheyuan", "赵审核", GOVERNMENT, Role.REVIEWER),
    ("minzheng", "陈民政", "示范县民政局", Role.EDITOR),
    ("minzheng_sh", "刘民审", "示范县民政局", Role.REVIEWER),
    ("jiaoyu", "周教育", "示范县教育体育局", Role.EDITOR),
    ("chengguan", "吴城关", "城关镇人民政府", Role.EDITOR),
]


@transaction.atomic
def load_units() -> str:
    created_units = 0
    for name, short, kind, parent_name, code, phone in UNITS:
        if Unit.objects.filter(name=name).exists():
            continue
        parent = Unit.objects.get(name=parent_name) if parent_name else None
        unit_create(
            parent=parent,
            name=name,
            short_name=short,
            kind=kind,
            code=code,
            phone=phone,
            address=f"示范县人民路{len(name) * 3}号",
            office_hours="工作日 8:30-12:00，14:30-18:00",
            email="gongkai@example.gov.cn",
            postcode="673100",
        )
        created_units += 1
    created_people = 0
    for username, name, unit_name, role in PEOPLE:
        if User.objects.filter(username=username).exists():
            continue
        staff_create(
            username=username,
            password=DEMO_PASSWORD,
            name=name,
            unit=Unit.objects.get(name=unit_name),
            role=role,
            email=f"{username}@example.gov.cn",
        )
        created_people += 1
    _grant_demo_review()
    if not User.objects.filter(username="admin").exists():
        User.objects.create_superuser(
            "admin", "admin@example.gov.cn", DEMO_PASSWORD, last_name="系统", first_name="管理员"
        )
        created_people += 1
    return f"机构 {created_units} 个、人员 {created_people} 名（新增）"


#: The demo office reviews in the county government and its general office; every
#: department reviews its own items (审核员).
REVIEW_GRANTS = [("gongkaiban", [GOVERNMENT, "示范县人民政府办公室"])]


def _grant_demo_review() -> None:
    for username, unit_names in REVIEW_GRANTS:
        user = User.objects.filter(username=username, role=Role.OFFICE).first()
        if user is None:
            continue
        missing = Unit.objects.filter(name__in=unit_names).exclude(office_reviewers=user)
        if missing.exists():
            user.review_units.add(*missing)


def demo_logins() -> list[tuple[str, str, str, str]]:
    rows = [("admin", "系统管理员（Django admin）", "—", DEMO_PASSWORD)]
    for username, _name, unit_name, role in PEOPLE:
        rows.append((username, str(Role(role).label), unit_name, DEMO_PASSWORD))
    return rows
