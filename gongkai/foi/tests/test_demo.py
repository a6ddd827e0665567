"""The demo loader creates applications in various states and is idempotent."""

import pytest

from gongkai.core.demo import load_units
from gongkai.foi import demo
from gongkai.foi.models import Application


@pytest.mark.django_db
def test_demo_load_is_idempotent():
    load_units()
    summary = demo.load()
    assert "11" in summary
    statuses = set(Application.objects.values_list("status", flat=True))
    assert {"submitted", "processing", "correction", "consulting", "fee", "replied"} <= statuses
    assert demo.load().endswith("未新增")
    assert Application.objects.count() == 11


@pytest.mark.slow
@pytest.mark.django_db
def test_every_staff_page_renders_for_every_demo_state(client):
    from django.urls import reverse

    from gongkai.core.models import User

    load_units()
    demo.load()
    client.force_login(User.objects.get(username="gongkaiban"))
    for app in Application.objects.all():
        response = client.get(reverse("foi:staff_detail", args=[app.pk]))
        assert response.status_code == 200, app.status
        assert app.tracking_number in response.content.decode()
    for name in ("staff_list", "staff_register", "overview", "repeats", "templates"):
        assert client.get(reverse(f"foi:{name}")).status_code == 200, name
    assert client.get(reverse("foi:staff_list"), {"status": "all", "q": "孙"}).status_code == 200
    home = client.get("/workspace/").content.decode()
    assert "建议转为主动公开" in home  # 示政发〔2024〕12号 requested 4 times
    for url in ("/ysqgk/", "/ysqgk/track/", "/ysqgk/done/"):
        assert client.get(url).status_code in (200, 302), url
