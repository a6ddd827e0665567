"""Every core page renders; the shell carries the site identity; security headers."""

import datetime as dt
import os
import subprocess
import sys

import pytest
import time_machine
from django.conf import settings

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("url", ["/", "/tools/deadline/", "/accounts/login/"])
def test_public_pages_render_with_site_identity(client, url):
    r = client.get(url)
    assert r.status_code == 200
    html = r.content.decode()
    assert f'<meta name="SiteIDCode" content="{settings.GONGKAI_SITE["site_id_code"]}">' in html
    assert settings.GONGKAI_SITE["icp"] in html and settings.GONGKAI_SITE["psb"] in html
    for label in ["首页", "政府信息公开", "依申请公开", "互动交流", "数据统计"]:
        assert label in html
    assert 'name="viewport"' in html


def test_security_headers(client):
    r = client.get("/")
    assert "default-src 'self'" in r["Content-Security-Policy"]
    assert r["X-Content-Type-Options"] == "nosniff"
    assert r["Referrer-Policy"]
    assert r["X-Frame-Options"] == "DENY"


def test_deadline_calculator_page(client):
    r = client.get("/tools/deadline/", {"start": "2026-09-28", "working_days": "20"})
    assert "2026年10月30日" in r.content.decode()
    bad = client.get("/tools/deadline/", {"start": "2026-02-30", "working_days": "-3"})
    assert bad.status_code == 200
    text = bad.content.decode()
    assert "日期格式应为" in text and "不能为负数" in text


def test_workspace_requires_login(client):
    r = client.get("/workspace/")
    assert r.status_code == 302 and "/accounts/login/" in r["Location"]


@pytest.mark.parametrize("url", ["/workspace/", "/workspace/calendar/", "/workspace/audit/"])
def test_workspace_pages_render_for_office(client, office, url):
    client.force_login(office)
    assert client.get(url).status_code == 200


def test_calendar_warning_from_first_november(client, office):
    client.force_login(office)
    with time_machine.travel(dt.datetime(2026, 10, 31, 12, tzinfo=dt.UTC)):
        assert "2027 年工作日历尚未载入" not in client.get("/workspace/").content.decode()
    with time_machine.travel(dt.datetime(2026, 11, 1, 12, tzinfo=dt.UTC)):
        assert "2027 年工作日历尚未载入" in client.get("/workspace/").content.decode()


def test_calendar_upload_through_the_workspace(client, office):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from gongkai.core.models import CalendarYear

    client.force_login(office)
    f = SimpleUploadedFile("2027.csv", "2027-01-01,休,元旦\n".encode())
    r = client.post("/workspace/calendar/", {"file": f, "source": "测试通知"})
    assert r.status_code == 302
    assert CalendarYear.objects.filter(year=2027).exists()
    bad = SimpleUploadedFile("bad.csv", b"not a date,holiday\n")
    r = client.post("/workspace/calendar/", {"file": bad})
    assert r.status_code == 200 and "第 1 行" in r.content.decode()


def test_login_throttling(client, editor_a):
    for _ in range(5):
        client.post("/accounts/login/", {"username": "editor_a", "password": "wrong"})
    r = client.post("/accounts/login/", {"username": "editor_a", "password": "test-password-123"})
    assert r.status_code == 429
    assert "锁定" in r.content.decode()


@pytest.mark.slow
def test_production_settings_pass_check_deploy(tmp_path):
    env = {
        **os.environ,
        "GONGKAI_ENV": "production",
        "SECRET_KEY": "x" * 20 + "-production-secret-key-for-the-check-0123456789abcdef",
        "ALLOWED_HOSTS": "gongkai.example.gov.cn",
        "GONGKAI_VAR_DIR": str(tmp_path),
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        # production needs the audit chain's key (gongkai audit-key-create) outside var/
        "GONGKAI_AUDIT_KEY": "k" * 64,
    }
    env.pop("PYTEST_CURRENT_TEST", None)
    out = subprocess.run(
        [sys.executable, "-m", "gongkai.cli", "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert out.returncode == 0, out.stdout + out.stderr


def test_production_refuses_to_start_without_secret_key(tmp_path):
    env = {**os.environ, "GONGKAI_ENV": "production", "GONGKAI_VAR_DIR": str(tmp_path)}
    env.pop("SECRET_KEY", None)
    out = subprocess.run(
        [sys.executable, "-m", "gongkai.cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )
    assert out.returncode != 0
    assert "SECRET_KEY" in out.stderr


@pytest.mark.slow
def test_demo_load_is_idempotent():
    from django.core.management import call_command

    from gongkai.core.models import Unit, User

    call_command("demo_load")
    counts = (Unit.objects.count(), User.objects.count())
    call_command("demo_load")
    assert (Unit.objects.count(), User.objects.count()) == counts
    assert User.objects.filter(role="office").exists()
    assert set(User.objects.values_list("role", flat=True)) >= {
        "office",
        "editor",
        "reviewer",
        "leader",
    }


def test_ui_stays_chinese_for_an_english_browser(client):
    r = client.get(
        "/tools/deadline/",
        {"start": "2026-09-28", "working_days": "20"},
        HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9",
    )
    assert "星期五" in r.content.decode()
