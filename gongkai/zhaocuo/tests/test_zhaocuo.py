"""我为政府网站找错: the footer link, the form, routing, the limit, to-do and counts."""

import datetime as dt

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from gongkai.core.workdays import add_workdays
from gongkai.workspace.registry import todo_for
from gongkai.zhaocuo import selectors, services
from gongkai.zhaocuo.models import ErrorReport

pytestmark = pytest.mark.django_db

GOOD = {
    "page_url": "/xxgk/",
    "kind": "link",
    "description": "指南页面的申请表链接打不开",
    "name": "张三",
    "contact": "13800000000",
}


def submit(**over):
    return services.report_submit(**{**GOOD, **over})


def test_every_page_links_to_the_form_with_its_address(client, gov):
    for url in ["/", "/xxgk/", "/search/", "/wzdt/"]:
        body = client.get(url).content.decode()
        assert f'/zhaocuo/?url={url}"' in body, url


def test_form_prefills_the_page_and_submits(client, gov):
    body = client.get("/zhaocuo/?url=/xxgk/zn/").content.decode()
    assert 'value="/xxgk/zn/"' in body
    resp = client.post("/zhaocuo/", GOOD)
    assert resp.status_code == 302
    report = ErrorReport.objects.get()
    assert resp["Location"] == f"/zhaocuo/done/{report.tracking_number}/"
    done = client.get(resp["Location"]).content.decode()
    assert report.tracking_number in done
    assert report.unit == gov
    assert report.status == ErrorReport.Status.PROCESSING


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("description", "错", "至少5个字"),
        ("contact", "", "请填写联系方式"),
        ("contact", "微信号abc", "联系方式应为手机号码"),
        ("kind", "", "请选择问题类型"),
        ("page_url", "javascript:alert(1)", "页面地址应以"),
    ],
)
def test_invalid_reports_get_chinese_errors(client, gov, field, value, message):
    resp = client.post("/zhaocuo/", {**GOOD, field: value})
    assert resp.status_code == 200
    assert message in resp.content.decode()
    assert not ErrorReport.objects.exists()
    with pytest.raises(ValidationError) as exc:
        submit(**{field: value})
    assert message in str(exc.value)


def test_submissions_are_rate_limited_per_client(client, gov):
    for _ in range(services.SUBMIT_LIMIT[0]):
        assert client.post("/zhaocuo/", GOOD).status_code == 302
    resp = client.post("/zhaocuo/", GOOD)
    assert resp.status_code == 200
    assert "提交过于频繁" in resp.content.decode()
    other = client.post("/zhaocuo/", GOOD, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_due_date_counts_working_days_and_is_configurable(gov, settings):
    # Friday 2025-10-31: 3 working days later is Wednesday 2025-11-05.
    moment = timezone.make_aware(dt.datetime(2025, 10, 31, 10, 0))
    report = submit(now=moment)
    assert report.due == dt.date(2025, 11, 5)
    assert report.due == add_workdays(dt.date(2025, 10, 31), 3).value
    settings.GONGKAI_ZHAOCUO_ANSWER_DAYS = 5
    assert submit(now=moment).due == dt.date(2025, 11, 7)


def test_open_reports_are_on_the_todo_list_until_answered(gov, office, editor_a, dept_a):
    report = submit()
    items = todo_for(office)
    assert any(report.tracking_number in i.title for i in items)
    assert not any(report.tracking_number in i.title for i in todo_for(editor_a))
    services.report_transfer(actor=office, report=report, unit=dept_a, reason="民政局页面")
    assert any(report.tracking_number in i.title for i in todo_for(editor_a))
    with pytest.raises(ValidationError):
        services.report_answer(actor=editor_a, report=report, answer="好")
    services.report_answer(actor=editor_a, report=report, answer="已修正该链接，感谢反映。")
    assert not any(report.tracking_number in i.title for i in todo_for(office))
    with pytest.raises(ValidationError):
        services.report_answer(actor=office, report=report, answer="再次答复内容")


def test_only_the_office_transfers(gov, editor_a, dept_b):
    report = submit()
    with pytest.raises(PermissionDenied):
        services.report_transfer(actor=editor_a, report=report, unit=dept_b)


def test_counts_like_mailbox_messages(gov, office):
    with time_machine.travel(timezone.make_aware(dt.datetime(2025, 3, 3, 9, 0)), tick=False):
        on_time = submit()
        late = submit()
        left_open = submit()
        invalid = submit()
        services.report_answer(actor=office, report=on_time, answer="已核实并修正。")
        services.report_invalid(actor=office, report=invalid, reason="与本网站无关")
    with time_machine.travel(timezone.make_aware(dt.datetime(2025, 3, 20, 9, 0)), tick=False):
        services.report_answer(actor=office, report=late, answer="已核实并修正。")
        c = selectors.counts(2025)
    assert c == {
        "received": 4,
        "answered": 2,
        "answered_on_time": 1,
        "invalid": 1,
        "open": 1,
        "overdue": 1,
    }
    assert left_open.pk
    assert selectors.counts(2024)["received"] == 0


def test_staff_pages(client, gov, office):
    report = submit()
    client.force_login(office)
    listing = client.get("/workspace/zhaocuo/").content.decode()
    assert report.tracking_number in listing
    resp = client.post(f"/workspace/zhaocuo/{report.pk}/", {"form": "answer", "answer": ""})
    assert "请填写答复内容" in resp.content.decode()
    resp = client.post(
        f"/workspace/zhaocuo/{report.pk}/", {"form": "answer", "answer": "已修正，感谢您的反映。"}
    )
    assert resp.status_code == 302
    report.refresh_from_db()
    assert report.status == ErrorReport.Status.ANSWERED
