"""Wording errors and the 不予公开 stamp hold an item at review like personal data.

Publishing stores whatever ``scan_text`` returns when an item is submitted; these tests
go through publishing's own services and review page to show that the new kinds of
finding take the same path and are shown in Chinese.
"""

import re

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from gongkai.core.models import AuditEvent
from gongkai.privacy.expressions import lists
from gongkai.publishing import services
from gongkai.publishing.models import InformationItem, PrivacyFinding
from gongkai.testing import ALL_CHECKS
from gongkai.testing import draft_item as draft

pytestmark = pytest.mark.django_db
S = InformationItem.Status


@pytest.fixture(autouse=True)
def fresh_lists():
    lists.clear_cache()
    yield
    lists.clear_cache()


def submit(editor, body):
    return services.item_submit(actor=editor, item=draft(editor, body=body))


def test_a_wording_error_holds_the_item_and_the_correction_is_applied(editor_a, reviewer_a):
    item = submit(editor_a, "<p>国务院总理习近平主持召开会议，研究国土资源部有关工作。</p>")
    findings = {f.type: f for f in item.privacy_findings.all()}
    assert set(findings) == {"leader_title", "outdated"}
    title = findings["leader_title"]
    assert (title.category, title.blocking, title.text) == ("expression", True, "国务院总理习近平")
    assert title.masked == "中共中央总书记、国家主席、中央军委主席习近平"
    with pytest.raises(ValidationError):
        services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    for finding in item.privacy_findings.all():
        services.finding_mask(actor=reviewer_a, finding=finding)
    item.refresh_from_db()
    assert "中共中央总书记、国家主席、中央军委主席习近平主持召开会议" in item.body
    assert "自然资源部" in item.body and "国土资源部" not in item.body
    summaries = list(
        AuditEvent.objects.filter(action="publishing.finding_mask").values_list(
            "summary", flat=True
        )
    )
    assert any("领导人职务错误" in s for s in summaries)
    assert not any(re.search(r"[a-z]_[a-z]", s) for s in summaries)
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)


def test_the_stamp_needs_the_reviewers_recorded_decision(editor_a, reviewer_a):
    item = submit(editor_a, "<p>（此件不予公开）</p><p>各乡镇：现将有关事项通知如下。</p>")
    stamp = item.privacy_findings.get(type="nondisclosure")
    assert stamp.blocking and stamp.category == "secrecy"
    with pytest.raises(ValidationError):
        services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    services.finding_accept(actor=reviewer_a, finding=stamp, reason="标注有误，经核定属主动公开")
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    stamp.refresh_from_db()
    assert stamp.resolution == PrivacyFinding.Resolution.ACCEPTED


def test_review_page_shows_finding_types_in_chinese(client, editor_a, reviewer_a):
    item = submit(
        editor_a,
        "<p>申请人：张三，身份证号11010519491231002X。李强、习近平出席。</p>",
    )
    client.force_login(reviewer_a)
    html = client.get(reverse("publishing:ws_item", args=[item.pk])).content.decode()
    section = html[
        html.index('id="findings"') : html.index("</section>", html.index('id="findings"'))
    ]
    visible = re.sub(r"<[^>]+>", " ", section)
    for label in ("姓名", "身份证号码", "领导人排序错误", "建议：习近平、李强", "改为建议表述"):
        assert label in visible, label
    assert not re.search(r"\b(?:id_card|name|leader_order|expression)\b", visible)
