"""Review (RULES §3): submit (退文 with every reason), start review, return, approve (一事一审)."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import strip_tags

from gongkai.core.audit import audit_record
from gongkai.core.duties import ensure_not_author
from gongkai.core.models import User
from gongkai.core.permissions import require_review, require_role, require_unit
from gongkai.publishing.models import (
    InformationItem,
    Review,
)
from gongkai.publishing.services.common import (
    Item,
    S,
    _apply_due,
    _lock,
    _transition,
)
from gongkai.publishing.services.findings import _rescan, open_blocking_findings
from gongkai.publishing.workflow import DRAFT_ROLES


def return_reasons(item: InformationItem) -> list[str]:
    """退文 checks (RULES §3): every missing item, listed at once."""
    reasons = []
    if not item.attribute:
        reasons.append("未确定公开属性（主动公开、依申请公开或不予公开）")
    if item.attribute == Item.Attribute.WITHHELD:
        if not item.withheld_reason.strip():
            reasons.append("不予公开未说明理由")
        if not item.withheld_basis.strip():
            reasons.append("不予公开未写明法律依据")
    if (
        item.kind in (Item.Kind.NORMATIVE, Item.Kind.RULE)
        and item.attribute == Item.Attribute.PROACTIVE
        and not item.interpretation_plan.strip()
        and not (item.revision_of or item).interpretations.exclude(status=S.WITHDRAWN).exists()
    ):
        reasons.append("面向社会公开的政策文件未同步报送解读材料或解读方案")
    if item.kind == Item.Kind.INTERPRETATION and not item.interprets_id:
        reasons.append("政策解读未关联所解读的文件")
    if not strip_tags(item.body or "").strip() and not item.attachments.exists():
        reasons.append("正文和附件均为空")
    return reasons


@transaction.atomic
def item_submit(*, actor: User, item: InformationItem) -> InformationItem:
    """Submit for review; a draft missing anything is returned (退文) with every reason.

    Privacy findings do not return the draft: they hold it at review until the
    reviewer masks each one or keeps it with a reason (RULES §4).
    """
    item = _lock(item)
    require_unit(actor, item.unit)
    require_role(actor, *DRAFT_ROLES)
    target = _transition(item, "submit")
    _rescan(item)
    reasons = return_reasons(item)
    if reasons:
        item.status = S.RETURNED
        item.return_reasons = reasons
        item.save(update_fields=["status", "return_reasons", "updated_at"])
        audit_record(
            actor=actor,
            action="publishing.return",
            obj=item,
            summary=f"《{item.title}》退文：{'；'.join(reasons)}",
            changes={"status": [S.DRAFT, S.RETURNED], "reasons": reasons},
        )
        return item
    old = item.status
    item.status = target
    item.return_reasons = []
    _apply_due(item)
    item.save()
    findings = open_blocking_findings(item).count()
    audit_record(
        actor=actor,
        action="publishing.submit",
        obj=item,
        summary=f"提交审核《{item.title}》"
        + (f"，发现 {findings} 处个人信息待审核处理" if findings else ""),
        changes={"status": [old, target]},
    )
    return item


@transaction.atomic
def item_start_review(*, actor: User, item: InformationItem) -> InformationItem:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_review(actor, item.unit)
    target = _transition(item, "start_review")
    item.status = target
    item.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action="publishing.start_review",
        obj=item,
        summary=f"开始审核《{item.title}》",
        changes={"status": [S.SUBMITTED, target]},
    )
    return item


def _review(actor, item, decision, checks, note) -> Review:
    return Review.objects.create(
        item=item,
        reviewer=actor,
        decision=decision,
        note=note,
        checked_secrecy="secrecy" in checks,
        checked_privacy="privacy" in checks,
        checked_accuracy="accuracy" in checks,
        checked_attribute="attribute" in checks,
    )


REVIEW_CHECKS = {
    "secrecy": "保密审查",
    "privacy": "个人信息",
    "accuracy": "内容准确",
    "attribute": "公开属性",
}


@transaction.atomic
def item_return(
    *, actor: User, item: InformationItem, note: str, checks: Iterable[str] = ()
) -> Review:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_review(actor, item.unit)
    target = _transition(item, "return")
    note = (note or "").strip()
    if not note:
        raise ValidationError({"note": "退回时请写明需要修改的内容"})
    review = _review(actor, item, Review.Decision.RETURNED, set(checks), note)
    old = item.status
    item.status = target
    item.return_reasons = [note]
    item.save(update_fields=["status", "return_reasons", "updated_at"])
    audit_record(
        actor=actor,
        action="publishing.return",
        obj=item,
        summary=f"审核退回《{item.title}》：{note}",
        changes={"status": [old, target], "review": review.pk},
    )
    return review


@transaction.atomic
def item_approve(
    *, actor: User, item: InformationItem, checks: Iterable[str], note: str = ""
) -> Review:
    """一事一审: every check must be confirmed and every privacy finding resolved."""
    item = _lock(item)
    require_unit(actor, item.unit)
    require_review(actor, item.unit)
    ensure_not_author(actor, item.created_by_id, "信息")
    target = _transition(item, "approve")
    checks = set(checks)
    missing = [label for key, label in REVIEW_CHECKS.items() if key not in checks]
    if missing:
        raise ValidationError(f"请完成以下审查项后再通过：{'、'.join(missing)}")
    # Findings were recorded at submission; the body cannot change in review except by
    # masking, so they are not re-scanned here.
    reasons = return_reasons(item)
    if reasons:
        raise ValidationError(f"不能通过审核：{'；'.join(reasons)}")
    pending = list(open_blocking_findings(item))
    if pending:
        listed = "、".join(f"{f.source}中的“{f.masked or f.type}”" for f in pending[:10])
        raise ValidationError(
            f"尚有 {len(pending)} 处个人信息或涉密标识未处理（{listed}），请脱敏或说明理由后保留"
        )
    review = _review(actor, item, Review.Decision.APPROVED, checks, (note or "").strip())
    old = item.status
    item.status = target
    item.save(update_fields=["status", "updated_at"])
    audit_record(
        actor=actor,
        action="publishing.approve",
        obj=item,
        summary=f"审核通过《{item.title}》",
        changes={"status": [old, target], "review": review.pk},
    )
    return review
