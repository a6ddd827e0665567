"""No English word or internal code on any page a person reads.

With the demo data loaded, a walker follows every link from the home page (as a citizen)
and from the workspace (as staff of each role, and the system administrator), and lists
every run of Latin letters outside a short allow-list (ICP, API, PDF …). Error pages and a
form sent back with errors are read too.
"""

from __future__ import annotations

import pytest
from django.core.management import call_command

from gongkai.core.labels import ACTIONS, action_label, object_label, person_label
from gongkai.core.models import User
from gongkai.portal.tests.walk import crawl, english_words, visible_text

pytestmark = [pytest.mark.django_db]

STAFF = ["gongkaiban", "lingdao", "xinxiyuan", "shenheyuan", "minzheng", "minzheng_sh"]


def _words_on(path, response, found):
    if response.status_code >= 500:
        found.setdefault("<status>", []).append(f"{path} -> {response.status_code}")
    if "html" not in response.get("Content-Type", ""):
        return
    for run in english_words(visible_text(response.content.decode("utf-8", "replace"))):
        found.setdefault(run, []).append(path)


def _report(found) -> str:
    return "\n".join(f"{run!r} on {paths[:3]}" for run, paths in sorted(found.items()))


@pytest.fixture
def demo(db):
    call_command("demo_load", verbosity=0)


def test_the_walker_sees_codes_and_english():
    text = visible_text(
        '<p title="Decision">foi.application_reply 有效 valid YSQ20261128Y3C2P8</p>'
        "<script>var x = 1;</script><p>网址 https://example.gov.cn 与 PDF、API</p>"
    )
    assert english_words(text) == ["foi.application_reply", "valid", "Decision"]


@pytest.mark.slow
@pytest.mark.heavy
def test_no_english_on_any_public_or_workspace_page(client, demo):
    found: dict[str, list[str]] = {}
    pages = 0
    for path, response in crawl(client, ["/", "/search/?q=低保", "/no-such-page/"], limit=500):
        pages += 1
        _words_on(path, response, found)
    public_pages = pages
    # A form sent back with errors speaks Chinese too.
    response = client.post("/ysqgk/", {})
    assert response.status_code == 200
    _words_on("/ysqgk/ (empty form)", response, found)

    for username in STAFF:
        client.force_login(User.objects.get(username=username))
        for path, response in crawl(
            client, ["/workspace/"], limit=200, per_shape=1, only_prefix="/workspace/"
        ):
            pages += 1
            _words_on(path, response, found)
    client.force_login(User.objects.get(username="admin"))
    for path in ["/admin/", "/workspace/"]:
        pages += 1
        _words_on(path, client.get(path), found)

    assert public_pages > 40 and pages > 150, f"the walk reached only {pages} pages"
    assert not found, "English or internal codes shown:\n" + _report(found)


def test_every_audit_action_in_the_code_has_a_chinese_name():
    import re
    from pathlib import Path

    import gongkai

    root = Path(gongkai.__file__).parent
    used = set()
    for py in root.rglob("*.py"):
        if "tests" in py.parts or "migrations" in py.parts:
            continue
        used |= set(
            re.findall(
                r'(?<![a-z_])(?:audit_)?action="([a-z_]+\.[a-z_]+)"', py.read_text(encoding="utf-8")
            )
        )
    from gongkai.publishing.services import TRANSITIONS

    used |= {f"publishing.{name}" for name in TRANSITIONS}
    missing = sorted(used - set(ACTIONS))
    assert not missing, f"add a Chinese name to gongkai/core/labels.py for: {missing}"
    assert action_label("foi.application_reply") == "答复申请"
    assert "foi" not in action_label("foi.something_new")
    assert object_label("foi.application", "12") == "依申请公开申请 12"
    assert person_label("gongkaiban（王公开）") == "王公开"


def test_today_reads_as_today(client, office):
    """A to-do item due today says 今天到期, never "0 天内到期"."""
    import datetime as dt

    from django.utils import timezone

    from gongkai.core import plugs
    from gongkai.core.plugs import TodoItem, register_todo

    today = timezone.localdate()
    register_todo(
        "words-test",
        lambda user: [
            TodoItem(title="今天的事", url="/", kind="测试", due=today),
            TodoItem(title="后天的事", url="/", kind="测试", due=today + dt.timedelta(days=2)),
        ],
    )
    try:
        client.force_login(office)
        html = client.get("/workspace/").content.decode()
    finally:
        plugs._todo.pop("words-test", None)
    assert "今天到期" in html and "2 天后到期" in html
    assert "0 天" not in html


def test_privacy_findings_read_in_chinese(client, editor_a, reviewer_a):
    """The review table names the kind of personal data and where it sits, not the code."""
    from gongkai.portal.tests.walk import english_words, visible_text
    from gongkai.publishing import services
    from gongkai.publishing.tests.conftest import draft

    item = services.item_submit(
        actor=editor_a, item=draft(editor_a, body="<p>户主张三，身份证号11010519491231002X。</p>")
    )
    client.force_login(reviewer_a)
    html = client.get(f"/workspace/publishing/{item.pk}/").content.decode()
    assert "身份证号码" in html and "正文" in html
    assert not english_words(visible_text(html))
