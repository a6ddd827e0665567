"""A stamped or classified item is published only on the reviewer's recorded reason.

Issue 16: an item carrying "（此件不予公开）" must never be published as 主动公开 without
the reviewer's recorded decision. Masking the marking would hide it and publish the
document, so only "keep with a reason" resolves it — through the services, the staff
page and the API alike; an imported old page carrying it is held at review.
"""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse

from gongkai.core.models import AuditEvent
from gongkai.publishing import services
from gongkai.publishing.models import InformationItem, PrivacyFinding
from gongkai.testing import ALL_CHECKS
from gongkai.testing import draft_item as draft

pytestmark = pytest.mark.django_db
S = InformationItem.Status

STAMPED = "<p>（此件不予公开）</p><p>各乡镇：现将有关事项通知如下。</p>"
CLASSIFIED = "<p>机密★1年</p><p>各乡镇：现将有关事项通知如下。</p>"


def submitted(editor, body):
    return services.item_submit(actor=editor, item=draft(editor, body=body))


@pytest.mark.parametrize(("body", "kind"), [(STAMPED, "nondisclosure"), (CLASSIFIED, "secrecy")])
def test_a_marking_cannot_be_masked_away(editor_a, reviewer_a, body, kind):
    item = submitted(editor_a, body)
    mark = item.privacy_findings.get()
    assert mark.type == kind
    with pytest.raises(ValidationError, match="不能脱敏"):
        services.finding_mask(actor=reviewer_a, finding=mark)
    item.refresh_from_db()
    assert item.body == body  # the marking is still there
    with pytest.raises(ValidationError):
        services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)


def test_the_recorded_reason_is_in_chinese_in_the_audit_log(editor_a, reviewer_a):
    item = submitted(editor_a, STAMPED)
    mark = item.privacy_findings.get()
    services.finding_accept(actor=reviewer_a, finding=mark, reason="经核定属主动公开")
    summary = AuditEvent.objects.get(action="publishing.finding_accept").summary
    assert "不予公开标注" in summary and "经核定属主动公开" in summary
    assert "nondisclosure" not in summary
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    assert services.item_publish(actor=reviewer_a, item=item).status == S.PUBLISHED


def test_staff_page_offers_no_masking_of_a_marking(client, editor_a, reviewer_a):
    item = submitted(editor_a, STAMPED)
    mark = item.privacy_findings.get()
    client.force_login(reviewer_a)
    page = client.get(reverse("publishing:ws_item", args=[item.pk])).content.decode()
    row = page[page.index('id="findings"') :]
    row = row[: row.index("</section>")]
    assert 'value="mask"' not in row and "不能脱敏" in row and 'value="accept"' in row
    url = reverse("publishing:ws_finding", args=[item.pk, mark.pk])
    r = client.post(url, {"do": "mask"}, follow=True)
    assert r.status_code == 200 and "不能脱敏" in r.content.decode()
    mark.refresh_from_db()
    assert mark.resolution == PrivacyFinding.Resolution.OPEN


def test_api_refuses_to_approve_or_publish_a_stamped_item(client, editor_a, reviewer_a, api_token):
    item = submitted(editor_a, STAMPED)
    rv = {"HTTP_AUTHORIZATION": api_token(reviewer_a)}
    r = client.post(
        f"/api/v1/publishing/items/{item.pk}/review",
        data={"decision": "approved", "checks": list(ALL_CHECKS)},
        content_type="application/json",
        **rv,
    )
    assert r.status_code == 400 and "涉密标识" in r.json()["message"]
    r = client.post(f"/api/v1/publishing/items/{item.pk}/publish", **rv)
    assert r.status_code == 400
    item.refresh_from_db()
    assert item.status != S.PUBLISHED


def test_an_imported_page_with_the_stamp_waits_at_review(dept_a, reviewer_a):
    item, created = services.item_import(
        actor=None, unit=dept_a, source="old/7.html", title="关于某事项的通知", body=STAMPED
    )
    assert created and item.status == S.SUBMITTED and item.published_at is None
    mark = item.privacy_findings.get()
    assert (mark.type, mark.text, mark.blocking) == ("nondisclosure", "（此件不予公开）", True)
    assert "待审核" in AuditEvent.objects.get(action="publishing.import_held").summary
    services.item_start_review(actor=reviewer_a, item=item)
    with pytest.raises(ValidationError):
        services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    services.finding_accept(actor=reviewer_a, finding=mark, reason="标注有误，经核定属主动公开")
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    assert services.item_publish(actor=reviewer_a, item=item).status == S.PUBLISHED


def test_an_imported_page_without_markings_is_published_as_before(dept_a):
    body = "<p>各乡镇：内部控制制度已修订，现予公布。</p>"
    item, created = services.item_import(
        actor=None, unit=dept_a, source="old/8.html", title="关于修订制度的通知", body=body
    )
    assert created and item.status == S.PUBLISHED


def test_reimport_never_stamps_a_published_page_silently(dept_a):
    item, _ = services.item_import(
        actor=None, unit=dept_a, source="old/9.html", title="通知", body="<p>旧</p>"
    )
    with pytest.raises(ValidationError, match="不能作为主动公开重新导入"):
        services.item_import(
            actor=None, unit=dept_a, source="old/9.html", title="通知", body=STAMPED
        )
    item.refresh_from_db()
    assert item.body == "<p>旧</p>" and item.status == S.PUBLISHED


def test_import_command_reports_the_held_page_in_chinese(dept_a, tmp_path, capsys):
    page = tmp_path / "stamped.html"
    page.write_text(
        "<html><head><title>关于调整补助标准的通知</title></head><body>"
        "<h1>关于调整补助标准的通知</h1><p>（此件不予公开）</p>"
        "<p>各乡镇人民政府：现将调整补助标准的有关事项通知如下。</p></body></html>",
        encoding="utf-8",
    )
    call_command("import_pages", str(page), "--unit", dept_a.name)
    out = capsys.readouterr().out
    assert "未发布，待审核" in out and " held " not in out
    item = InformationItem.objects.get(imported_from="stamped.html")
    assert item.status == S.SUBMITTED
