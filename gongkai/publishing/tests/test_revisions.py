"""A published item changes only through review (issue 20): a revision is reviewed like a
draft, the public keeps the published text until the revision is published, the ledger and
the audit trail record what changed, and a change of attribute is a withdrawal."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse

from gongkai.core.models import AuditEvent
from gongkai.publishing import plugs, selectors, services
from gongkai.publishing.models import InformationItem, PublicationLedger

from .conftest import ALL_CHECKS, draft, publish

pytestmark = pytest.mark.django_db
Item = InformationItem
S = Item.Status
OLD_BODY = "<p>标准为每人每月700元。</p>"
NEW_BODY = "<p>标准为每人每月800元。</p>"


@pytest.fixture
def published(editor_a, reviewer_a):
    return publish(editor_a, reviewer_a, title="低保标准的通知", body=OLD_BODY)


def _review_and_publish(editor, reviewer, revision):
    revision = services.item_submit(actor=editor, item=revision)
    assert revision.status == S.SUBMITTED, revision.return_reasons
    services.item_approve(actor=reviewer, item=revision, checks=ALL_CHECKS)
    return services.item_publish(actor=reviewer, item=revision)


def test_editing_a_published_item_creates_a_draft_revision(editor_a, published):
    revision = services.item_update(actor=editor_a, item=published, body=NEW_BODY)
    assert revision.pk != published.pk
    assert revision.revision_of_id == published.pk
    assert revision.status == S.DRAFT
    assert revision.due is None  # no overdue alarm counted from the old formation date
    assert revision.index_number is None
    published.refresh_from_db()
    assert published.body == OLD_BODY and published.status == S.PUBLISHED
    # A second edit goes into the same revision, not a new one.
    again = services.item_update(actor=editor_a, item=published, title="低保标准调整的通知")
    assert again.pk == revision.pk
    again.refresh_from_db()
    assert again.body == NEW_BODY and again.title == "低保标准调整的通知"
    assert published.revisions.count() == 1


def test_public_sees_the_published_text_until_the_revision_is_published(
    client, editor_a, reviewer_a, published
):
    url = reverse("publishing:document", args=[published.pk])
    revision = services.item_update(actor=editor_a, item=published, body=NEW_BODY)
    # The revision is nowhere public: not its own page, not lists, not the search source.
    assert client.get(reverse("publishing:document", args=[revision.pk])).status_code == 404
    assert revision.pk not in set(selectors.public_items().values_list("pk", flat=True))
    assert plugs.search_document(revision.pk) is None
    revision = services.item_submit(actor=editor_a, item=revision)
    services.item_approve(actor=reviewer_a, item=revision, checks=ALL_CHECKS)
    page = client.get(url).content.decode()
    assert "700元" in page and "800元" not in page  # approved is not yet public
    assert "700元" in plugs.search_document(published.pk).body
    services.item_publish(actor=reviewer_a, item=revision)
    page = client.get(url).content.decode()
    assert "800元" in page and "700元" not in page
    assert "800元" in plugs.search_document(published.pk).body
    published.refresh_from_db()
    revision.refresh_from_db()
    assert published.status == S.PUBLISHED and revision.status == S.APPLIED
    assert client.get(reverse("publishing:document", args=[revision.pk])).status_code == 404
    # Same page, same index number: one public item, not two.
    assert selectors.public_items().filter(title=published.title).count() == 1


def test_publishing_the_revision_is_in_the_ledger_and_audit_with_what_changed(
    editor_a, reviewer_a, published
):
    number = published.index_number
    revision = services.item_update(
        actor=editor_a, item=published, body=NEW_BODY, title="低保标准调整的通知"
    )
    _review_and_publish(editor_a, reviewer_a, revision)
    published.refresh_from_db()
    assert published.index_number == number
    assert published.title == "低保标准调整的通知"
    ledger = PublicationLedger.objects.filter(item=published).order_by("id")
    assert [r.action for r in ledger] == ["published", "revised"]
    row = ledger.last()
    assert "标题" in row.note and "正文" in row.note
    assert row.review.item_id == revision.pk and row.actor == reviewer_a
    event = AuditEvent.objects.filter(action="publishing.revise").get()
    assert event.object_id == str(published.pk)
    assert "标题" in event.summary and "正文" in event.summary
    assert event.changes["title"] == ["低保标准的通知", "低保标准调整的通知"]
    assert event.changes["revision"] == revision.pk
    assert AuditEvent.objects.filter(action="publishing.revision_create").exists()


def test_the_revision_goes_through_the_privacy_scan_and_review(editor_a, reviewer_a, published):
    revision = services.item_update(
        actor=editor_a, item=published, body="<p>联系人身份证号110101199003071234。</p>"
    )
    revision = services.item_submit(actor=editor_a, item=revision)
    assert services.open_blocking_findings(revision).exists()
    with pytest.raises(ValidationError):
        services.item_approve(actor=reviewer_a, item=revision, checks=ALL_CHECKS)
    with pytest.raises(ValidationError):  # no approval, no publication
        services.item_publish(actor=reviewer_a, item=revision)
    for f in list(services.open_blocking_findings(revision)):
        services.finding_mask(actor=reviewer_a, finding=f)
    services.item_approve(actor=reviewer_a, item=revision, checks=ALL_CHECKS)
    services.item_publish(actor=reviewer_a, item=revision)
    published.refresh_from_db()
    assert "110101199003071234" not in published.body


def test_a_returned_revision_leaves_the_public_item_alone(editor_a, reviewer_a, published):
    revision = services.item_submit(
        actor=editor_a, item=services.item_update(actor=editor_a, item=published, body=NEW_BODY)
    )
    services.item_return(actor=reviewer_a, item=revision, note="金额有误")
    revision.refresh_from_db()
    assert revision.status == S.RETURNED
    published.refresh_from_db()
    assert published.body == OLD_BODY


def test_attribute_of_a_published_item_changes_only_by_withdrawal(editor_a, reviewer_a, published):
    with pytest.raises(ValidationError) as exc:
        services.item_update(actor=editor_a, item=published, attribute=Item.Attribute.ON_REQUEST)
    assert "撤回" in str(exc.value)
    assert not published.revisions.exists()
    with pytest.raises(ValidationError):  # a reason is required
        services.item_reclassify(
            actor=reviewer_a, item=published, attribute=Item.Attribute.ON_REQUEST, note=""
        )
    item = services.item_reclassify(
        actor=reviewer_a,
        item=published,
        attribute=Item.Attribute.ON_REQUEST,
        note="涉及第三方商业信息",
    )
    assert item.status == S.WITHDRAWN and item.attribute == Item.Attribute.ON_REQUEST
    row = PublicationLedger.objects.filter(item=item).order_by("id").last()
    assert row.action == PublicationLedger.Action.WITHDRAWN
    assert "依申请公开" in row.note and "涉及第三方商业信息" in row.note
    assert not selectors.public_items().filter(pk=item.pk).exists()


def test_withdraw_page_with_a_new_attribute_is_a_reclassification(client, reviewer_a, published):
    client.force_login(reviewer_a)
    url = reverse("publishing:ws_action", args=[published.pk, "withdraw"])
    client.post(url, {"note": "", "attribute": Item.Attribute.ON_REQUEST})
    published.refresh_from_db()
    assert published.status == S.PUBLISHED  # no reason, nothing happens
    client.post(url, {"note": "涉及个人隐私", "attribute": Item.Attribute.ON_REQUEST})
    published.refresh_from_db()
    assert published.status == S.WITHDRAWN and published.attribute == Item.Attribute.ON_REQUEST


def test_only_one_open_revision_per_item(editor_a, published):
    services.item_update(actor=editor_a, item=published, body=NEW_BODY)
    with pytest.raises(ValidationError):
        services.revision_create(actor=editor_a, item=published, title="另一份")
    first = published.revisions.get()
    with pytest.raises(IntegrityError), transaction.atomic():
        Item.objects.create(unit=published.unit, title="x", status=S.DRAFT, revision_of=published)
    assert first.status == S.DRAFT


def test_a_revision_of_a_withdrawn_item_cannot_be_published(editor_a, reviewer_a, published):
    revision = services.item_update(actor=editor_a, item=published, body=NEW_BODY)
    revision = services.item_submit(actor=editor_a, item=revision)
    services.item_approve(actor=reviewer_a, item=revision, checks=ALL_CHECKS)
    services.item_withdraw(actor=reviewer_a, item=published, note="上级要求")
    with pytest.raises(ValidationError):
        services.item_publish(actor=reviewer_a, item=revision)
    published.refresh_from_db()
    assert published.body == OLD_BODY


def test_revision_attachments_replace_the_public_ones_and_share_files(editor_a, reviewer_a):
    item = draft(editor_a, body=OLD_BODY)
    services.attachment_add(actor=editor_a, item=item, name="旧表.txt", data="旧标准".encode())
    item = services.item_submit(actor=editor_a, item=item)
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    published = services.item_publish(actor=reviewer_a, item=item)
    old = published.attachments.get()
    revision = services.item_update(actor=editor_a, item=published, body=NEW_BODY)
    copy = revision.attachments.get()
    assert copy.file.name == old.file.name
    # Removing it from the revision keeps the file the public page still serves.
    services.attachment_remove(actor=editor_a, attachment=copy)
    assert old.file.storage.exists(old.file.name)
    services.attachment_add(actor=editor_a, item=revision, name="新表.txt", data="新标准".encode())
    _review_and_publish(editor_a, reviewer_a, revision)
    published.refresh_from_db()
    assert [a.name for a in published.attachments.all()] == ["新表.txt"]
    assert published.attachments.get().file.read() == "新标准".encode()
    event = AuditEvent.objects.get(action="publishing.revise")
    assert "附件" in event.summary


def test_workspace_edit_of_a_published_item_makes_a_revision(client, editor_a, published):
    client.force_login(editor_a)
    page = client.get(reverse("publishing:ws_item", args=[published.pk])).content.decode()
    assert "生成修订稿" in page
    form = {
        "title": published.title,
        "kind": published.kind,
        "attribute": published.attribute,
        "body": NEW_BODY,
        "formed_on": published.formed_on.isoformat(),
    }
    resp = client.post(reverse("publishing:ws_edit", args=[published.pk]), form)
    revision = published.revisions.get()
    assert resp.status_code == 302 and resp.url == reverse("publishing:ws_item", args=[revision.pk])
    page = client.get(resp.url).content.decode()
    assert "修订稿" in page and "正文" in page
    published.refresh_from_db()
    assert published.body == OLD_BODY
    # Editing the published item again opens the revision's form, keeping its changes.
    resp = client.get(reverse("publishing:ws_edit", args=[published.pk]))
    assert resp.url == reverse("publishing:ws_edit", args=[revision.pk])
