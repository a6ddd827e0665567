"""建议提案办理 is the one owner of the replies to representatives' suggestions: published
de-identified from here, shown where 政民互动 showed its replies (the old addresses
redirect), the old replies carried over, and the yearly 办理结果 summary published."""

from __future__ import annotations

import datetime as dt
import importlib

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from gongkai.participation.models import DeputyReply
from gongkai.supervision.deidentify import clean_text, split_names
from gongkai.supervision.models import Suggestion
from gongkai.supervision.suggestions import (
    suggestion_assign,
    suggestion_publish,
    suggestion_reply,
    suggestion_review,
)

REPLY = (
    "孙建国代表：\n您提出的《关于孙建国等反映的养老问题的建议》收悉，现答复如下：\n"
    "一、年内在各乡镇建设互助养老点。\n联系人：钱科长\n联系电话：0886-3622101\n"
    "如有疑问请拨打13912345678。\n抄送：县人大常委会选工委，县政府督查室"
)


def _assign(office, unit, **kw):
    args = {
        "actor": office, "kind": "deputy", "year": timezone.localdate().year, "number": "15",
        "title": "关于孙建国等反映的养老问题的建议", "proposer": "孙建国",
        "proposer_contact": "13912345678", "distribution": "县人大常委会选工委，县政府督查室",
        "content": "建议建设互助养老点。", "lead_unit": unit,
    }  # fmt: skip
    args.update(kw)
    return suggestion_assign(**args)


def _drafter(unit):
    """The lead unit's own staff answers; the office reviews (起草与审核分离)."""
    from gongkai.core.models import User
    from gongkai.testing import make_staff

    return User.objects.filter(username=f"drafter_{unit.pk}").first() or make_staff(
        unit, "editor", f"drafter_{unit.pk}"
    )


def _publish(office, s, **reply_kw):
    s = suggestion_reply(actor=_drafter(s.lead_unit), suggestion=s, reply=REPLY, satisfaction="satisfied",
                         **reply_kw)  # fmt: skip
    s = suggestion_review(actor=office, suggestion=s, approve=True)
    return suggestion_publish(actor=office, suggestion=s)


def test_clean_text_removes_the_proposer_contacts_and_distribution():
    out = clean_text(REPLY, proposer="孙建国", contact="13912345678",
                     distribution="县人大常委会选工委，县政府督查室")  # fmt: skip
    assert "孙建国" not in out and "×××代表" in out
    assert "13912345678" not in out and "0886-3622101" not in out and "钱科长" not in out
    assert "选工委" not in out and "抄送" not in out
    assert "年内在各乡镇建设互助养老点" in out
    assert split_names("张三、李四代表 王五等3人") == ["张三", "李四", "王五"]


def test_reviewed_reply_is_published_without_personal_data(client, office, dept_a):
    s = _assign(office, dept_a)
    s = suggestion_reply(
        actor=_drafter(dept_a), suggestion=s, reply=REPLY, satisfaction="satisfied"
    )
    suggestion_review(actor=office, suggestion=s, approve=True)
    client.force_login(office)
    staff = client.get(reverse("supervision:suggestion", args=[s.pk])).content.decode()
    preview = staff.split('id="publish-preview"')[1].split("</div>")[0]
    assert "年内在各乡镇建设互助养老点" in preview and "孙建国" not in preview
    s = suggestion_publish(actor=office, suggestion=s)
    client.logout()
    page = client.get(reverse("supervision:public_suggestion", args=[s.pk])).content.decode()
    assert "年内在各乡镇建设互助养老点" in page
    for secret in ("孙建国", "13912345678", "0886-3622101", "钱科长", "选工委"):
        assert secret not in page, secret
    s.refresh_from_db()  # kept internally
    assert s.proposer == "孙建国" and "孙建国" in s.reply and s.proposer_contact == "13912345678"


def test_summary_mode_publishes_the_summary_only(client, office, dept_a):
    s = _assign(office, dept_a)
    with pytest.raises(ValidationError):
        suggestion_reply(actor=office, suggestion=s, reply=REPLY, publish_mode="summary")
    s = _publish(office, s, publish_mode="summary", summary="将建设互助养老点（孙建国代表建议）。")
    assert s.published_reply == "将建设互助养老点（×××代表建议）。"
    page = client.get(reverse("supervision:public_suggestion", args=[s.pk])).content.decode()
    assert "摘要公开" in page and "联系人" not in page and "一、年内" not in page


def test_participation_addresses_lead_to_the_published_replies(client, office, dept_a):
    s = _publish(office, _assign(office, dept_a))
    r = client.get("/hudong/fuwen/")
    assert r.status_code == 301 and r["Location"] == reverse("supervision:public_suggestions")
    listing = client.get(r["Location"]).content.decode()
    assert "×××等反映的养老问题" in listing and "孙建国" not in listing
    index = client.get("/hudong/").content.decode()
    assert reverse("supervision:public_suggestion", args=[s.pk]) in index
    assert "×××等反映的养老问题" in index
    assert client.get("/hudong/fuwen/424242/").status_code == 404
    client.force_login(office)
    r = client.get("/workspace/participation/replies/")
    assert r.status_code == 302 and r["Location"] == reverse("supervision:suggestions")
    xml = client.get("/sitemap.xml").content.decode()
    assert "/hudong/fuwen/" not in xml
    assert reverse("supervision:public_suggestion", args=[s.pk]) in xml
    assert "建议提案办理结果" in client.get("/wzdt/").content.decode()


def _migration():
    return importlib.import_module(
        "gongkai.supervision.migrations.0003_deputy_replies_from_participation"
    )


def test_old_replies_are_carried_over_and_their_addresses_redirect(client, dept_a):
    published = DeputyReply.objects.create(
        unit=dept_a, kind="cppcc", number="第7号", title="关于×××的提案的答复",
        body="李四委员：\n答复全文。电话13700000000", summary="", mode="full",
        deputy_name="李四", deputy_contact="13700000000", distribution="县政协提案委",
        published_text="×××委员：\n答复全文。", published_at=timezone.now(),
    )  # fmt: skip
    draft = DeputyReply.objects.create(
        unit=dept_a, kind="npc", title="未公开的复文", body="正文", deputy_name="王五"
    )
    other = Suggestion.objects.create(
        kind="deputy", year=2026, number="1", title="新建议", proposer="赵六",
        lead_unit=dept_a, assigned_on=dt.date(2026, 3, 1),
    )  # fmt: skip
    _migration().forward(apps, None)
    _migration().forward(apps, None)  # again: nothing added
    moved = Suggestion.objects.get(legacy_reply_id=published.pk)
    assert Suggestion.objects.filter(legacy_reply_id=draft.pk).count() == 1
    assert Suggestion.objects.count() == 3
    assert (moved.kind, moved.number, moved.status) == ("member", "7", "published")
    assert moved.reply == published.body and moved.proposer == "李四"
    assert moved.proposer_contact == "13700000000" and moved.distribution == "县政协提案委"
    assert moved.published_reply == "×××委员：\n答复全文。"
    assert DeputyReply.objects.count() == 2  # the old rows stay
    r = client.get(f"/hudong/fuwen/{published.pk}/")
    assert r.status_code == 301
    assert r["Location"] == reverse("supervision:public_suggestion", args=[moved.pk])
    page = client.get(r["Location"]).content.decode()
    assert "答复全文" in page and "李四" not in page and "13700000000" not in page
    assert client.get(f"/hudong/fuwen/{draft.pk}/").status_code == 404
    _migration().backward(apps, None)
    assert list(Suggestion.objects.all()) == [other]


def test_yearly_summary_by_unit_is_published(client, office, dept_a, dept_b):
    year = timezone.localdate().year
    _publish(office, _assign(office, dept_a))  # replied today, within 3 months: on time
    late = _assign(office, dept_a, number="16", assigned_on=dt.date(year - 1, 1, 2))
    suggestion_reply(actor=office, suggestion=late, reply="已办理。", satisfaction="unsatisfied")
    _assign(office, dept_b, number="17")  # not answered yet
    client.logout()
    page = client.get(reverse("supervision:public_suggestions")).content.decode()
    table = page.split('id="yearly-summary"')[1].split("</section>")[0]
    assert "共承办人大代表建议和政协提案3件，已答复2件，按期答复1件" in table
    assert "满意或基本满意1件，公开办理结果1件" in table
    row_a = table.split(dept_a.name)[1].split("</tr>")[0]
    assert [c.split("</td>")[0] for c in row_a.split("<td>")[1:]] == ["2", "2", "1", "1", "1"]
    assert dept_b.name in table
    assert client.get(reverse("supervision:public_suggestions") + "?year=abc").status_code == 200
