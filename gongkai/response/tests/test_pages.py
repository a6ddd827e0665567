"""Every page renders (public ones without English words), demo data is idempotent."""

import re

import pytest
from django.utils.html import strip_tags

from gongkai.core.models import Unit
from gongkai.response.models import Incident, NewMediaAccount, PressEvent, QAEntry, WorkOrder

pytestmark = pytest.mark.django_db

WORD = re.compile(r"[A-Za-z]{3,}")


@pytest.fixture
def demo(db):
    from gongkai.core.demo import load_units
    from gongkai.response.demo import load_demo

    load_units()
    load_demo()


def _visible_words(html: str) -> set[str]:
    main = html.split("<main", 1)[-1].split("</main>", 1)[0]
    main = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", main, flags=re.S)
    text = strip_tags("<main" + main)
    text = re.sub(r"https?://\S+", "", text)
    return set(WORD.findall(text)) - {"main"}


def test_demo_is_idempotent_and_not_stale(demo):
    from gongkai.response.demo import load_demo

    before = [
        m.objects.count() for m in (Incident, PressEvent, NewMediaAccount, QAEntry, WorkOrder)
    ]
    load_demo()
    after = [m.objects.count() for m in (Incident, PressEvent, NewMediaAccount, QAEntry, WorkOrder)]
    assert before == after and all(before)


def test_public_pages_render_in_chinese_only(demo, client):
    e = PressEvent.objects.filter(published_at__isnull=False).first()
    q = QAEntry.objects.filter(status="published").first()
    for url in ("/xwfb/", f"/xwfb/{e.pk}/", "/zcwd/", "/zcwd/?q=低保", f"/zcwd/{q.pk}/", "/zwxmt/"):
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert _visible_words(resp.content.decode()) == set(), url


def test_new_media_directory_lists_only_active_accounts(demo, client):
    page = client.get("/zwxmt/").content.decode()
    assert "示范县发布" in page and "微信公众号" in page
    api = client.get("/api/v1/new-media").json()
    assert api["count"] == NewMediaAccount.objects.filter(status="active").count()


def test_staff_pages_render_for_the_office(demo, client):
    from gongkai.core.models import User

    client.force_login(User.objects.get(username="gongkaiban"))
    i = Incident.objects.first()
    o = WorkOrder.objects.first()
    for url in (
        "/workspace/response/",
        "/workspace/response/incidents/",
        f"/workspace/response/incidents/{i.pk}/",
        "/workspace/response/press/",
        "/workspace/response/new-media/",
        "/workspace/response/qa/",
        "/workspace/response/orders/",
        f"/workspace/response/orders/{o.pk}/",
    ):
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert _visible_words(resp.content.decode()) == set(), url
    home = client.get("/workspace/").content.decode()
    assert "回应关切" in home


def test_invalid_input_gives_chinese_error_not_500(demo, client):
    from gongkai.core.models import User

    office = User.objects.get(username="gongkaiban")
    client.force_login(office)
    unit = Unit.objects.get(name="示范县民政局")
    resp = client.post(
        "/workspace/response/new-media/",
        {"unit": unit.pk, "platform": "wechat", "name": "重复", "approval": "同意"},
    )
    assert resp.status_code == 200
    assert "同一单位同一平台只能开设一个账号" in resp.content.decode()


def test_demo_raises_no_alarm_older_than_a_month(demo):
    import datetime as dt

    from django.utils import timezone

    from gongkai.core.models import User
    from gongkai.core.plugs import todo_sources

    office = User.objects.get(username="gongkaiban")
    items = list(todo_sources()["response"](office))
    assert items
    month_ago = timezone.now() - dt.timedelta(days=30)
    for item in items:
        assert item.due_at is None or item.due_at > month_ago, item.title
