import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from gongkai.core.models import AuditEvent
from gongkai.supervision.models import Suggestion


def test_suggestion_from_assignment_to_public_reply(
    client, office, editor_a, editor_b, dept_a, dept_b
):
    client.force_login(office)
    r = client.post(
        reverse("supervision:suggestions"),
        {"kind": "deputy", "number": "21", "title": "关于增设公交站点的建议", "proposer": "张代表",
         "content": "建议增设", "lead_unit": dept_a.pk, "co_units": [dept_b.pk], "assigned_on": "2026-02-10"},
    )  # fmt: skip
    s = Suggestion.objects.get()
    assert r.status_code == 302 and s.due == dt.date(2026, 5, 10)
    assert list(s.co_units.all()) == [dept_b]
    client.force_login(editor_b)  # the 协办 unit gives its opinion; only the 主办 unit replies
    page = client.get(reverse("supervision:suggestion", args=[s.pk])).content.decode()
    assert "协办意见" in page and "保存答复" not in page
    client.post(reverse("supervision:suggestion_action", args=[s.pk, "reply"]), {"reply": "越权"})
    client.post(
        reverse("supervision:suggestion_action", args=[s.pk, "opinion"]), {"text": "同意增设站点"}
    )
    s.refresh_from_db()
    assert s.reply == "" and s.opinions.get().text == "同意增设站点"
    client.force_login(editor_a)
    assert (
        "同意增设站点"
        in client.get(reverse("supervision:suggestion", args=[s.pk])).content.decode()
    )
    client.post(
        reverse("supervision:suggestion_action", args=[s.pk, "reply"]),
        {"reply": "已增设站点。经办人电话13812345678。", "satisfaction": "satisfied"},
    )
    client.force_login(office)
    client.post(reverse("supervision:suggestion_action", args=[s.pk, "approve"]))
    client.post(reverse("supervision:suggestion_action", args=[s.pk, "publish"]))
    s.refresh_from_db()
    assert s.status == "published"
    client.logout()
    page = client.get(reverse("supervision:public_suggestion", args=[s.pk])).content.decode()
    assert "已增设站点" in page and "13812345678" not in page
    listing = client.get(reverse("supervision:public_suggestions")).content.decode()
    assert "关于增设公交站点的建议" in listing
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"supervision.suggestion_assign", "supervision.suggestion_reply",
            "supervision.suggestion_review", "supervision.suggestion_publish"} <= actions  # fmt: skip


def test_opinion_only_from_a_co_unit_before_approval(office, editor_a, editor_b, dept_a, dept_b):
    from django.core.exceptions import ValidationError

    from gongkai.supervision.suggestions import (
        suggestion_assign,
        suggestion_opinion,
        suggestion_reply,
        suggestion_review,
        suggestions_for_user,
    )

    s = suggestion_assign(actor=office, kind="member", year=2026, number="2", title="提案",
                          proposer="李委员", content="", lead_unit=dept_a)  # fmt: skip
    assert not suggestions_for_user(editor_b).filter(pk=s.pk).exists()  # not a co-unit
    with pytest.raises(ValidationError):
        suggestion_opinion(actor=editor_b, suggestion=s, unit=dept_b, text="意见")
    s.co_units.add(dept_b)
    assert suggestions_for_user(editor_b).filter(pk=s.pk).exists()
    with pytest.raises(PermissionDenied):  # for another unit
        suggestion_opinion(actor=editor_b, suggestion=s, unit=dept_a, text="意见")
    suggestion_opinion(actor=editor_b, suggestion=s, unit=dept_b, text="第一稿")
    suggestion_opinion(actor=editor_b, suggestion=s, unit=dept_b, text="第二稿")
    assert [o.text for o in s.opinions.all()] == ["第二稿"]
    suggestion_reply(actor=editor_a, suggestion=s, reply="已办理。")
    suggestion_review(actor=office, suggestion=s, approve=True)
    with pytest.raises(ValidationError):
        suggestion_opinion(actor=editor_b, suggestion=s, unit=dept_b, text="太晚了")


def test_unpublished_suggestion_is_not_public(client, office, dept_a):
    from gongkai.supervision.suggestions import suggestion_assign

    s = suggestion_assign(actor=office, kind="member", year=2026, number="1", title="提案",
                          proposer="李委员", content="", lead_unit=dept_a)  # fmt: skip
    assert client.get(reverse("supervision:public_suggestion", args=[s.pk])).status_code == 404
