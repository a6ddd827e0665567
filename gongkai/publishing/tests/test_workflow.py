"""The publishing state machine, 退文 checks (RULES §3) and review (RULES §4)."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from gongkai.core.models import AuditEvent
from gongkai.publishing import services
from gongkai.publishing.models import InformationItem, PrivacyFinding, PublicationLedger, Review

from .conftest import ALL_CHECKS, draft, publish

pytestmark = pytest.mark.django_db
Item = InformationItem
S = Item.Status


def actions(item):
    return list(
        AuditEvent.objects.filter(object_id=str(item.pk), object_type="publishing.informationitem")
        .order_by("seq")
        .values_list("action", flat=True)
    )


def test_full_lifecycle_leaves_audit_rows_and_a_ledger_entry(editor_a, reviewer_a):
    item = draft(editor_a)
    assert item.status == S.DRAFT
    item = services.item_submit(actor=editor_a, item=item)
    assert item.status == S.SUBMITTED
    item = services.item_start_review(actor=reviewer_a, item=item)
    assert item.status == S.IN_REVIEW
    review = services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS, note="可以公开")
    item.refresh_from_db()
    assert item.status == S.APPROVED
    assert (review.checked_secrecy, review.checked_privacy) == (True, True)
    assert (review.checked_accuracy, review.checked_attribute) == (True, True)
    item = services.item_publish(actor=reviewer_a, item=item)
    assert item.status == S.PUBLISHED
    assert item.published_at is not None
    assert item.index_number.startswith("015281730-")
    ledger = PublicationLedger.objects.get(item=item)
    assert ledger.action == PublicationLedger.Action.PUBLISHED
    assert ledger.review == review and ledger.actor == reviewer_a
    assert ledger.index_number == item.index_number
    assert actions(item) == [
        "publishing.create",
        "publishing.submit",
        "publishing.start_review",
        "publishing.approve",
        "publishing.publish",
    ]


def test_reviewer_returns_with_a_note_and_editor_resubmits(editor_a, reviewer_a):
    item = services.item_submit(actor=editor_a, item=draft(editor_a))
    with pytest.raises(ValidationError):
        services.item_return(actor=reviewer_a, item=item, note="")
    review = services.item_return(actor=reviewer_a, item=item, note="请核对救助标准金额")
    item.refresh_from_db()
    assert item.status == S.RETURNED
    assert review.decision == Review.Decision.RETURNED
    assert item.return_reasons == ["请核对救助标准金额"]
    item = services.item_update(actor=editor_a, item=item, body="<p>标准为每人每月800元。</p>")
    item = services.item_submit(actor=editor_a, item=item)
    assert item.status == S.SUBMITTED
    assert item.return_reasons == []


@pytest.mark.parametrize("action", ["expire", "repeal", "withdraw"])
def test_end_states_from_published(editor_a, reviewer_a, action):
    item = publish(editor_a, reviewer_a, kind=Item.Kind.NORMATIVE, interpretation_plan="另行解读")
    number = item.index_number
    fn = {
        "expire": services.item_expire,
        "repeal": services.item_repeal,
        "withdraw": services.item_withdraw,
    }[action]
    item = fn(actor=reviewer_a, item=item, note="依据上级通知")
    assert (
        item.status == {"expire": S.EXPIRED, "repeal": S.REPEALED, "withdraw": S.WITHDRAWN}[action]
    )
    if action != "withdraw":
        assert item.validity == action.replace("expire", "expired").replace("repeal", "repealed")
        assert item.validity_changed_on is not None
    # The index number stays with the item and is never reused (RULES §9).
    assert item.index_number == number
    assert PublicationLedger.objects.filter(item=item).count() == 2
    assert actions(item)[-1] == f"publishing.{action}"


def test_repeal_after_expiry(editor_a, reviewer_a):
    item = publish(editor_a, reviewer_a)
    services.item_expire(actor=reviewer_a, item=item)
    item = services.item_repeal(actor=reviewer_a, item=item)
    assert item.status == S.REPEALED


def test_withdraw_requires_a_reason(editor_a, reviewer_a):
    item = publish(editor_a, reviewer_a)
    with pytest.raises(ValidationError):
        services.item_withdraw(actor=reviewer_a, item=item, note=" ")


@pytest.mark.parametrize(
    ("action", "state"),
    [
        ("publish", S.DRAFT),
        ("approve", S.DRAFT),
        ("start_review", S.DRAFT),
        ("withdraw", S.DRAFT),
        ("expire", S.SUBMITTED),
        ("submit", S.SUBMITTED),
    ],
)
def test_transitions_not_in_the_table_are_refused(editor_a, reviewer_a, action, state):
    item = draft(editor_a)
    if state == S.SUBMITTED:
        item = services.item_submit(actor=editor_a, item=item)
    calls = {
        "publish": lambda: services.item_publish(actor=reviewer_a, item=item),
        "approve": lambda: services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS),
        "start_review": lambda: services.item_start_review(actor=reviewer_a, item=item),
        "withdraw": lambda: services.item_withdraw(actor=reviewer_a, item=item, note="x"),
        "expire": lambda: services.item_expire(actor=reviewer_a, item=item),
        "submit": lambda: services.item_submit(actor=editor_a, item=item),
    }
    with pytest.raises(ValidationError, match="当前状态"):
        calls[action]()
    item.refresh_from_db()
    assert item.status == state


def test_transition_table_matches_the_lifecycle():
    assert services.TRANSITIONS["submit"] == (frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED)
    assert services.TRANSITIONS["publish"] == (frozenset({S.APPROVED}), S.PUBLISHED)
    assert S.WITHDRAWN == services.TRANSITIONS["withdraw"][1]


# --- 退文 (RULES §3) -------------------------------------------------------------------


def _submit(editor, **fields):
    return services.item_submit(actor=editor, item=draft(editor, **fields))


def test_return_no_attribute(editor_a):
    item = _submit(editor_a, attribute="")
    assert item.status == S.RETURNED
    assert any("未确定公开属性" in r for r in item.return_reasons)


def test_return_withheld_without_reason_and_basis_lists_both(editor_a):
    item = _submit(editor_a, attribute=Item.Attribute.WITHHELD)
    assert item.status == S.RETURNED
    assert "不予公开未说明理由" in item.return_reasons
    assert "不予公开未写明法律依据" in item.return_reasons


def test_withheld_with_reason_and_basis_passes(editor_a):
    item = _submit(
        editor_a,
        attribute=Item.Attribute.WITHHELD,
        withheld_reason="涉及内部事务信息",
        withheld_basis="《政府信息公开条例》第十六条",
    )
    assert item.status == S.SUBMITTED


@pytest.mark.parametrize("kind", [Item.Kind.NORMATIVE, Item.Kind.RULE])
def test_return_policy_document_without_interpretation(editor_a, kind):
    item = _submit(editor_a, kind=kind)
    assert item.status == S.RETURNED
    assert any("解读" in r for r in item.return_reasons)


def test_policy_document_with_interpretation_plan_or_linked_interpretation_passes(editor_a):
    assert _submit(editor_a, kind=Item.Kind.NORMATIVE, interpretation_plan="同步图解").status == (
        S.SUBMITTED
    )
    doc = draft(editor_a, kind=Item.Kind.NORMATIVE)
    draft(editor_a, kind=Item.Kind.INTERPRETATION, title="图解", interprets=doc)
    assert services.item_submit(actor=editor_a, item=doc).status == S.SUBMITTED


def test_on_request_policy_document_needs_no_interpretation(editor_a):
    item = _submit(editor_a, kind=Item.Kind.NORMATIVE, attribute=Item.Attribute.ON_REQUEST)
    assert item.status == S.SUBMITTED


def test_every_missing_item_is_listed_at_once(editor_a):
    item = _submit(editor_a, attribute="", body="")
    assert len(item.return_reasons) == 2
    assert "publishing.return" in actions(item)


def test_unresolved_privacy_findings_hold_the_item_at_review(editor_a, reviewer_a):
    """A blocking finding stops approval and publication until masked or accepted (RULES §4)."""
    item = services.item_submit(
        actor=editor_a, item=draft(editor_a, body="<p>户主张三，身份证号11010519491231002X。</p>")
    )
    findings = {f.type: f for f in item.privacy_findings.all()}
    # the scanner stored what it found on submission: the ID number and the named person
    assert "id_card" in findings
    with pytest.raises(ValidationError, match="个人信息"):
        services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    item.refresh_from_db()
    assert item.status == S.SUBMITTED
    # Only a reviewer may mask; the editor cannot clear the hold.
    with pytest.raises(PermissionDenied):
        services.finding_mask(actor=editor_a, finding=findings["id_card"])
    for finding in item.privacy_findings.all():
        services.finding_mask(actor=reviewer_a, finding=finding)
    item.refresh_from_db()
    assert "11010519491231002X" not in item.body
    assert "110105********002X" in item.body
    id_finding = item.privacy_findings.get(type="id_card")
    assert id_finding.resolution == PrivacyFinding.Resolution.MASKED
    assert id_finding.resolved_by == reviewer_a
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    item = services.item_publish(actor=reviewer_a, item=item)
    assert item.status == S.PUBLISHED


def test_accepting_a_finding_needs_a_reason_and_is_recorded(editor_a, reviewer_a):
    item = services.item_submit(actor=editor_a, item=draft(editor_a, kind=Item.Kind.PENALTY))
    finding = PrivacyFinding.objects.create(item=item, source="正文", type="name", text="李四")
    with pytest.raises(ValidationError):
        services.finding_accept(actor=reviewer_a, finding=finding, reason="")
    services.finding_accept(actor=reviewer_a, finding=finding, reason="处罚决定依法公开当事人姓名")
    finding.refresh_from_db()
    assert finding.resolution == PrivacyFinding.Resolution.ACCEPTED
    assert finding.accepted_reason == "处罚决定依法公开当事人姓名"
    assert "publishing.finding_accept" in actions(item)
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)


def test_non_blocking_findings_do_not_hold(editor_a, reviewer_a):
    item = services.item_submit(actor=editor_a, item=draft(editor_a))
    PrivacyFinding.objects.create(
        item=item, source="正文", type="org_code", text="015281730", blocking=False
    )
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)


# --- review record and who may do what (RULES §4) -------------------------------------


def test_approval_requires_every_check(editor_a, reviewer_a):
    item = services.item_submit(actor=editor_a, item=draft(editor_a))
    with pytest.raises(ValidationError, match="保密审查"):
        services.item_approve(actor=reviewer_a, item=item, checks=["privacy", "accuracy"])
    assert not Review.objects.filter(item=item).exists()


def test_editor_cannot_approve_or_publish(editor_a):
    item = services.item_submit(actor=editor_a, item=draft(editor_a))
    with pytest.raises(PermissionDenied):
        services.item_approve(actor=editor_a, item=item, checks=ALL_CHECKS)
    with pytest.raises(PermissionDenied):
        services.item_publish(actor=editor_a, item=item)


def test_staff_of_another_unit_cannot_act(editor_a, reviewer_b, editor_b):
    item = services.item_submit(actor=editor_a, item=draft(editor_a))
    with pytest.raises(PermissionDenied):
        services.item_approve(actor=reviewer_b, item=item, checks=ALL_CHECKS)
    with pytest.raises(PermissionDenied):
        services.item_update(actor=editor_b, item=draft(editor_a), title="改")
    with pytest.raises(PermissionDenied):
        services.item_create(actor=editor_b, unit=editor_a.unit, title="越权")


def test_office_reviews_in_its_subtree_only_where_granted(editor_a, office, dept_a):
    item = services.item_submit(actor=editor_a, item=draft(editor_a))
    with pytest.raises(PermissionDenied, match="审核权"):
        services.item_approve(actor=office, item=item, checks=ALL_CHECKS)
    office.review_units.add(dept_a)
    services.item_approve(actor=office, item=item, checks=ALL_CHECKS)
    assert services.item_publish(actor=office, item=item).status == S.PUBLISHED


def test_on_request_items_are_never_published_to_the_site(editor_a, reviewer_a):
    item = _submit(editor_a, attribute=Item.Attribute.ON_REQUEST)
    services.item_approve(actor=reviewer_a, item=item, checks=ALL_CHECKS)
    with pytest.raises(ValidationError, match="主动公开"):
        services.item_publish(actor=reviewer_a, item=item)


def test_body_is_sanitised(editor_a):
    item = draft(
        editor_a,
        body='<p onclick="x()">正文<script>alert(1)</script></p><a href="javascript:x">链接</a>',
    )
    assert "script" not in item.body
    assert "onclick" not in item.body
    assert "javascript" not in item.body
    assert "正文" in item.body


def test_attachment_text_is_extracted_and_stored(editor_a, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    item = draft(editor_a)
    att = services.attachment_add(
        actor=editor_a, item=item, name="名单.txt", data="低保名单 王五 3人".encode()
    )
    assert att.extracted_text == "低保名单 王五 3人"
    assert att.size == len("低保名单 王五 3人".encode())
    assert (tmp_path / att.file.name).exists()


def test_interpretations_link_both_ways(editor_a, reviewer_a):
    doc = publish(editor_a, reviewer_a, kind=Item.Kind.NORMATIVE, interpretation_plan="另附解读")
    interp = publish(
        editor_a, reviewer_a, kind=Item.Kind.INTERPRETATION, title="政策解读", interprets=doc
    )
    assert list(doc.interpretations.all()) == [interp]
    assert interp.interprets == doc


def test_only_interpretations_may_point_at_a_document(editor_a):
    doc = draft(editor_a)
    with pytest.raises(ValidationError):
        draft(editor_a, kind=Item.Kind.NOTICE, interprets=doc)


def test_interpretation_without_document_is_returned(editor_a):
    item = _submit(editor_a, kind=Item.Kind.INTERPRETATION)
    assert any("未关联" in r for r in item.return_reasons)
