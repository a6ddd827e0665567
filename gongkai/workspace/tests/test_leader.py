"""The leader view: one read-only page over the leader's subtree, built from app blocks."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.utils import timezone

from gongkai.core.models import Role, Unit
from gongkai.core.services import unit_create
from gongkai.portal.tests.walk import english_words, visible_text
from gongkai.testing import draft_item, make_staff

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def gov_b(db):
    return unit_create(name="邻县人民政府", kind=Unit.Kind.GOVERNMENT)


def _overdue(editor, title):
    item = draft_item(editor, title=title)
    type(item).objects.filter(pk=item.pk).update(due=timezone.now() - dt.timedelta(days=12))
    return item


def _application(unit, description, due):
    from gongkai.foi.codes import ApplicantType
    from gongkai.foi.models import Application, Channel
    from gongkai.foi.services import application_register

    actor = make_staff(unit, Role.EDITOR, f"foi_{unit.pk}_{Application.objects.count()}")
    app, _code = application_register(
        actor=actor,
        data={
            "unit": unit.pk,
            "applicant_type": ApplicantType.NATURAL_PERSON,
            "applicant_name": "张三",
            "id_number": "11010519491231002X",
            "phone": "13800000000",
            "email": "zhangsan@example.com",
            "address": "测试县人民路2号",
            "postcode": "100000",
            "description": description,
            "doc_number": "",
            "title": "",
            "form_wanted": "electronic",
            "delivery_route": "email",
        },
        channel=Channel.IN_PERSON,
        submitted_on=timezone.localdate(),
    )
    Application.objects.filter(pk=app.pk).update(due=due)
    return app


def _rows(html: str, heading: str) -> str:
    """The text of the block under ``heading``."""
    part = html.split(heading, 1)[1]
    return part.split("<section", 1)[0]


def test_leader_sees_the_subtree_and_nothing_else(client, leader, gov, dept_a, gov_b, editor_a):
    from gongkai.reports.models import AssessmentRound, Indicator, IndicatorSet, Score
    from gongkai.response.models import Level
    from gongkai.response.services.incidents import incident_register

    editor_b = make_staff(gov_b, Role.EDITOR, "editor_other_county")
    _overdue(editor_a, "民政局逾期未公开的通知")
    _overdue(editor_b, "邻县逾期未公开的通知")
    draft_item(editor_a, title="民政局按时的通知")
    today = timezone.localdate()
    _application(dept_a, "低保资金发放情况", today + dt.timedelta(days=1))
    _application(dept_a, "远期到期的申请内容", today + dt.timedelta(days=60))
    _application(gov_b, "邻县临近到期的申请", today + dt.timedelta(days=1))
    office = make_staff(gov, Role.OFFICE, "office_for_incident")
    incident_register(
        actor=office,
        unit=dept_a,
        title="低保发放延迟引发关注",
        level=Level.GENERAL,
        found_at=timezone.now() - dt.timedelta(hours=2),
    )
    iset = IndicatorSet.objects.create(name="测试指标")
    ind = Indicator.objects.create(
        indicator_set=iset, name="及时率", weight=10, method=Indicator.Method.MANUAL
    )
    round_ = AssessmentRound.objects.create(indicator_set=iset, root=gov, year=today.year - 1)
    Score.objects.create(round=round_, indicator=ind, unit=dept_a, score="8.50")

    client.force_login(leader)
    r = client.get("/workspace/leader/")
    assert r.status_code == 200
    html = r.content.decode()
    overdue = _rows(html, "逾期未公开的政府信息")
    assert "民政局逾期未公开的通知" in overdue and "12 天" in overdue
    assert "邻县" not in overdue and "民政局按时的通知" not in overdue
    near = _rows(html, "临近答复期限的依申请公开申请")
    assert "低保资金发放情况" in near and "1 天后到期" in near
    assert "远期到期" not in near and "邻县" not in near
    assert "低保发放延迟引发关注" in _rows(html, "正在处置的政务舆情")
    scores = _rows(html, "考核评估得分")
    assert "测试县民政局" in scores and "8.50" in scores
    assert not english_words(visible_text(html)), english_words(visible_text(html))
    # read-only: no form posts anything
    assert not re.search(r'<form[^>]*method="post"(?![^>]*logout)', html.split("<section>", 1)[1])
    assert 'href="/static/workspace/leader.css"' in html or "leader.css" in html


def test_a_leader_of_another_county_sees_none_of_it(client, gov_b, editor_a):
    _overdue(editor_a, "民政局逾期未公开的通知")
    client.force_login(make_staff(gov_b, Role.LEADER, "leader_b"))
    html = client.get("/workspace/leader/").content.decode()
    assert "民政局逾期未公开的通知" not in html and "没有逾期未公开的信息" in html


@pytest.mark.parametrize("who", ["office", "editor_a", "reviewer_a"])
def test_other_roles_get_403(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/workspace/leader/").status_code == 403


def test_print_stylesheet_hides_the_menus():
    from pathlib import Path

    import gongkai

    css = (Path(gongkai.__file__).parent / "workspace/static/workspace/leader.css").read_text()
    assert "@media print" in css and ".workspace-nav" in css and ".no-print" in css


def test_leader_menu_entry(client, leader):
    client.force_login(leader)
    assert 'href="/workspace/leader/"' in client.get("/workspace/").content.decode()
