"""Error pages in Chinese and in the portal's look; the API docs need no internet."""

from __future__ import annotations

import re

import pytest
from django.contrib.staticfiles import finders
from django.test import Client, RequestFactory

from gongkai.portal import errors

pytestmark = pytest.mark.django_db


def _is_portal_page(html: str) -> bool:
    return 'class="site-header"' in html and "site-footer" in html and 'lang="zh-CN"' in html


def test_404_is_a_chinese_portal_page(client):
    r = client.get("/no-such-page-xyz/")
    html = r.content.decode()
    assert r.status_code == 404
    assert _is_portal_page(html)
    assert "页面不存在" in html and "返回首页" in html
    assert "Page not found" not in html and "Not Found" not in html


def test_403_explains_in_chinese(client, editor_a):
    client.force_login(editor_a)
    r = client.get("/workspace/audit/")
    html = r.content.decode()
    assert r.status_code == 403
    assert _is_portal_page(html) and "无权访问" in html
    assert "您的角色无权访问此页面" in html  # the reason the view gave
    assert "Forbidden" not in html


def test_400_and_500_pages(rf: RequestFactory):
    request = rf.get("/")
    r = errors.bad_request(request, Exception("bad"))
    assert r.status_code == 400 and "请求有误" in r.content.decode()
    assert "bad" not in r.content.decode()  # English exception text is not shown
    r = errors.server_error(request)
    html = r.content.decode()
    assert r.status_code == 500 and "系统暂时出错" in html and _is_portal_page(html)


def test_handlers_are_wired():
    from gongkai import urls

    assert urls.handler400.endswith("bad_request")
    assert urls.handler403.endswith("permission_denied")
    assert urls.handler404.endswith("page_not_found")
    assert urls.handler500.endswith("server_error")


def test_a_refused_form_csrf_explains_in_chinese(gov):
    client = Client(enforce_csrf_checks=True)
    r = client.post("/ysqgk/", {"description": "x"})
    html = r.content.decode()
    assert r.status_code == 403
    assert _is_portal_page(html) and "刷新页面后重新填写" in html
    assert "CSRF" not in html


def test_api_docs_load_nothing_from_other_hosts(client):
    r = client.get("/api/v1/docs")
    html = r.content.decode()
    assert r.status_code == 200
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert assets, "the docs page references its scripts and styles"
    assert not [a for a in assets if re.match(r"(https?:)?//", a)]
    for asset in assets:
        assert asset.startswith("/static/")
        assert finders.find(asset.removeprefix("/static/")), f"{asset} is not in the project"
    assert 'lang="zh-CN"' in html and "接口文档" in html


def test_make_run_serves_the_chinese_error_pages():
    """`make run` (the serve command) starts the site with DEBUG off unless asked."""
    from gongkai.core.management.commands.serve import child_env

    assert child_env({"PATH": "/bin"})["DEBUG"] == "0"
    assert child_env({"DEBUG": "1"})["DEBUG"] == "1"
