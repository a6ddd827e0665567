"""Pages and API of the shared pattern: each unit sees only its own entries (404 for
others, in pages and API), the public sees only published entries, required elements
block publication, and every page speaks Chinese and fits a phone."""

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from gongkai.core.models import AuditEvent
from gongkai.portal.tests.walk import english_words, visible_text
from gongkai.registers.registry import SPECS
from gongkai.registers.services import entry_create, entry_transition, entry_update
from gongkai.registers.tests.factories import matter

pytestmark = pytest.mark.django_db


def test_other_units_entries_are_404_on_pages_and_api(
    client, office, editor_a, editor_b, dept_a, api_token
):
    m = entry_create(
        actor=editor_a, key="matters",
        data={"unit": dept_a, "title": "甲局抽查事项", "basis": "依据", "target_kind": "企业", "method": "现场检查"},
    )  # fmt: skip
    client.force_login(editor_b)
    for url in (
        reverse("registers:ws_entry", args=["matters", m.pk]),
        reverse("registers:ws_edit", args=["matters", m.pk]),
    ):
        assert client.get(url).status_code == 404
    assert (
        client.post(reverse("registers:ws_action", args=["matters", m.pk, "submit"])).status_code
        == 404
    )
    assert (
        "甲局抽查事项"
        not in client.get(reverse("registers:ws_list", args=["matters"])).content.decode()
    )
    with pytest.raises(PermissionDenied):
        entry_update(actor=editor_b, entry=m, data={"title": "改"})
    # the public sees nothing of a draft, in pages or API
    client.logout()
    assert client.get(reverse("registers:public_detail", args=["matters", m.pk])).status_code == 404
    assert client.get(f"/api/v1/registers/matters/{m.pk}").status_code == 404
    # the own unit sees and submits it; only a reviewer or the office publishes
    client.force_login(editor_a)
    assert client.get(reverse("registers:ws_entry", args=["matters", m.pk])).status_code == 200
    client.post(reverse("registers:ws_action", args=["matters", m.pk, "submit"]))
    m.refresh_from_db()
    assert m.status == "review"
    with pytest.raises(PermissionDenied):
        entry_transition(actor=editor_a, entry=m, action="publish")
    entry_transition(actor=office, entry=m, action="publish")
    assert client.get(reverse("registers:public_detail", args=["matters", m.pk])).status_code == 200
    body = client.get("/api/v1/registers/matters").json()
    assert body["count"] == 1 and body["results"][0]["fields"]["抽查依据"] == "依据"


def test_required_elements_block_publication(office, dept_a):
    doc = entry_create(
        actor=office, key="normative",
        data={"unit": dept_a, "title": "缺少合法性审核的文件", "written_on": dt.date(2026, 3, 1)},
    )  # fmt: skip
    with pytest.raises(ValidationError, match="合法性审核日期"):
        entry_transition(actor=office, entry=doc, action="submit")
    entry_update(actor=office, entry=doc, data={"legality_reviewed_on": dt.date(2026, 3, 5)})
    doc = entry_transition(actor=office, entry=doc, action="submit")
    with pytest.raises(ValidationError, match="合法性审核日期不能晚于成文日期"):
        entry_transition(actor=office, entry=doc, action="publish")


def test_versions_and_what_changed(client, office, dept_a):
    m = matter(office, dept_a)
    assert m.version == 1
    m = entry_transition(actor=office, entry=m, action="revise")
    m = entry_update(actor=office, entry=m, data={"basis": "《食品安全法》第八十七条"})
    m = entry_transition(
        actor=office,
        entry=entry_transition(actor=office, entry=m, action="submit"),
        action="publish",
    )
    assert m.version == 2
    detail = client.get(f"/api/v1/registers/matters/{m.pk}").json()
    assert [v["version"] for v in detail["history"]] == [1, 2]
    assert detail["history"][1]["changes"] == [
        {
            "field": "抽查依据",
            "old": "《食品安全法》第一百一十条",
            "new": "《食品安全法》第八十七条",
        }
    ]
    page = client.get(reverse("registers:public_detail", args=["matters", m.pk])).content.decode()
    assert "第2版" in page and "第八十七条" in page
    actions = set(
        AuditEvent.objects.filter(object_id=str(m.pk), action__startswith="registers.").values_list(
            "action", flat=True
        )
    )
    assert {
        "registers.entry_create",
        "registers.entry_publish",
        "registers.entry_revise",
        "registers.entry_update",
    } <= actions


@pytest.fixture
def demo(db):
    from django.core.management import call_command

    call_command("demo_load", verbosity=0)


@pytest.mark.slow
def test_every_page_renders_in_chinese(client, demo):
    from gongkai.core.models import User

    public = [reverse("registers:public_home")]
    for s in SPECS.values():
        public.append(s.list_url)
        e = s.model.objects.filter(status="published").first()
        assert e is not None, f"demo data lacks {s.key}"
        public.append(s.public_url(e))
    client.force_login(User.objects.get(username="gongkaiban"))
    staff = [reverse("registers:ws_home"), reverse("registers:ws_cleanup_lines")]
    for s in SPECS.values():
        e = s.model.objects.first()
        staff += [
            reverse("registers:ws_list", args=[s.key]),
            reverse("registers:ws_new", args=[s.key]),
            reverse("registers:ws_entry", args=[s.key, e.pk]),
        ]
    for url in staff + public:
        r = client.get(url)
        assert r.status_code == 200, url
        words = english_words(visible_text(r.content.decode()))
        assert not words, (url, words)
    # staff of a unit that owns nothing: every entry of every register is 404
    from gongkai.core.models import Role, Unit
    from gongkai.core.services import unit_create
    from gongkai.testing import make_staff

    gov = Unit.objects.get(name="示范县人民政府")
    outsider = make_staff(
        unit_create(parent=gov, name="示范县权限测试局", kind=Unit.Kind.DEPARTMENT), Role.REVIEWER
    )
    client.force_login(outsider)
    for s in SPECS.values():
        for e in s.model.objects.all()[:3]:
            for name in ("registers:ws_entry", "registers:ws_edit"):
                assert client.get(reverse(name, args=[s.key, e.pk])).status_code == 404, (
                    s.key,
                    name,
                )
            r = client.post(reverse("registers:ws_action", args=[s.key, e.pk, "withdraw"]))
            assert r.status_code == 404, s.key
        assert (
            e.title not in client.get(reverse("registers:ws_list", args=[s.key])).content.decode()
        )
    client.logout()
    for url in public:
        assert client.get(url).status_code == 200, url


@pytest.mark.slow  # loads the whole county demo (seconds) for one check of registers' loader
def test_demo_twice_adds_nothing(demo):
    from gongkai.registers.demo import load
    from gongkai.registers.models import EntryVersion, InspectionDraw, NormativeDocument

    counts = (
        EntryVersion.objects.count(),
        InspectionDraw.objects.count(),
        NormativeDocument.objects.count(),
    )
    assert counts[1] == 1 and counts[2] == 4
    assert load() == "公开清单：已存在"
    assert (
        EntryVersion.objects.count(),
        InspectionDraw.objects.count(),
        NormativeDocument.objects.count(),
    ) == counts
