"""Every write to information items: drafting, the review workflow, publication.

The workflow is a state machine (``TRANSITIONS``); each transition service locks the
row, checks the state and the actor's unit and role, writes the change and an audit
row, and schedules the search index update after commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

import nh3
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import strip_tags

from gongkai.core.audit import audit_record
from gongkai.core.models import Role, Unit, User
from gongkai.core.permissions import has_role, require_role, require_unit
from gongkai.core.textextract import extract_text
from gongkai.core.workdays import WorkCalendar, add_hours, deadline
from gongkai.publishing.models import (
    Attachment,
    IndexSequence,
    InformationItem,
    PrivacyFinding,
    PublicationLedger,
    Review,
)
from gongkai.search.registry import schedule_reindex

Item = InformationItem
S = InformationItem.Status
SEARCH_SOURCE = "publishing.item"

#: action -> (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "submit": (frozenset({S.DRAFT, S.RETURNED}), S.SUBMITTED),
    "return": (frozenset({S.SUBMITTED, S.IN_REVIEW}), S.RETURNED),
    "start_review": (frozenset({S.SUBMITTED}), S.IN_REVIEW),
    "approve": (frozenset({S.SUBMITTED, S.IN_REVIEW}), S.APPROVED),
    "publish": (frozenset({S.APPROVED}), S.PUBLISHED),
    "expire": (frozenset({S.PUBLISHED}), S.EXPIRED),
    "repeal": (frozenset({S.PUBLISHED, S.EXPIRED}), S.REPEALED),
    "withdraw": (frozenset({S.APPROVED, S.PUBLISHED, S.EXPIRED, S.REPEALED}), S.WITHDRAWN),
}
EDITABLE_STATES = frozenset({S.DRAFT, S.RETURNED})
OPEN_STATES = frozenset({S.DRAFT, S.RETURNED, S.SUBMITTED, S.IN_REVIEW, S.APPROVED})
REVIEW_ROLES = (Role.REVIEWER, Role.OFFICE)
DRAFT_ROLES = (Role.EDITOR, Role.REVIEWER, Role.OFFICE)

EDITABLE_FIELDS = (
    "title",
    "body",
    "summary",
    "topic",
    "catalogue_node",
    "kind",
    "doc_number",
    "written_on",
    "formed_on",
    "attribute",
    "withheld_reason",
    "withheld_basis",
    "interprets",
    "interpretation_plan",
    "validity",
)

ALLOWED_TAGS = {
    "p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h2", "h3", "h4",
    "table", "thead", "tbody", "tr", "th", "td", "a", "img", "blockquote", "span", "div",
}  # fmt: skip


def sanitize_html(html: str) -> str:
    """Rich text as the public will see it: no scripts, styles or event handlers."""
    return nh3.clean(
        html or "",
        tags=ALLOWED_TAGS,
        attributes={
            "a": {"href", "title"},
            "img": {"src", "alt"},
            "td": {"colspan", "rowspan"},
            "th": {"colspan", "rowspan"},
        },
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def body_text(item: InformationItem) -> str:
    return strip_tags(item.body or "")


# --- deadlines (RULES §2) -------------------------------------------------------------

RULE_GENERAL = "general_20wd"
RULE_DECISION = "decision_7wd"
RULE_RECALL = "recall_24h"
RULE_INTERPRETATION = "interpretation_3wd"
RULE_SERVICE_GUIDE = "service_guide_1wd"


def _end_of_day(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(23, 59, 59)))


@dataclass
class DueDate:
    due: dt.datetime | None
    provisional: bool
    rule: str
    explanation: str


def compute_publish_due(item: InformationItem, cal: WorkCalendar | None = None) -> DueDate:
    """When the item must be public at the latest (RULES §2), with the rule used."""
    if item.attribute and item.attribute != Item.Attribute.PROACTIVE:
        return DueDate(None, False, "", "非主动公开信息，无主动公开时限")
    if item.kind == Item.Kind.INTERPRETATION:
        doc = item.interprets
        if doc is None or doc.published_at is None:
            return DueDate(
                None, False, RULE_INTERPRETATION, "政策解读应在所解读文件公开后3个工作日内公开"
            )
        start = timezone.localdate(doc.published_at)
        d = deadline(start, 3, rule=RULE_INTERPRETATION, what="所解读文件公开日 ", cal=cal)
        return DueDate(_end_of_day(d.due), d.provisional, d.rule, d.explanation)
    if item.formed_on is None:
        return DueDate(None, False, "", "未填写信息形成日期，无法计算公开时限")
    if item.kind == Item.Kind.RECALL:
        # 24 clock hours (RULES §1). A recall formed today counts from when it was
        # recorded; one dated earlier counts from the start of that day.
        created = item.created_at or timezone.now()
        if timezone.localdate(created) == item.formed_on:
            start = created
        else:
            start = timezone.make_aware(dt.datetime.combine(item.formed_on, dt.time.min))
        due = add_hours(start, 24)
        text = f"召回令自 {timezone.localtime(start):%Y-%m-%d %H:%M} 起 24 小时"
        return DueDate(due, False, RULE_RECALL, text)
    if item.kind in (Item.Kind.LICENSING, Item.Kind.PENALTY):
        d = deadline(item.formed_on, 7, rule=RULE_DECISION, what="作出决定之日 ", cal=cal)
    elif item.kind == Item.Kind.SERVICE_GUIDE:
        d = deadline(
            item.formed_on, 1, rule=RULE_SERVICE_GUIDE, what="办事指南变更批准之日 ", cal=cal
        )
    else:
        d = deadline(item.formed_on, 20, rule=RULE_GENERAL, what="信息形成之日 ", cal=cal)
    return DueDate(_end_of_day(d.due), d.provisional, d.rule, d.explanation)


def _apply_due(item: InformationItem, cal: WorkCalendar | None = None) -> None:
    due = compute_publish_due(item, cal)
    item.publish_due = due.due
    item.publish_due_provisional = due.provisional
    item.publish_due_rule = due.rule
    item.publish_due_explanation = due.explanation[:300]


def recompute_open_deadlines(years: set[int]) -> int:
    """Registered with the calendar: recompute working-day deadlines of open items."""
    cal = WorkCalendar.current()
    changed = 0
    qs = Item.objects.filter(status__in=OPEN_STATES).exclude(publish_due_rule__in=("", RULE_RECALL))
    for item in qs.select_related("interprets").iterator():
        start = item.formed_on
        if item.kind == Item.Kind.INTERPRETATION and item.interprets_id:
            start = item.interprets.published_at and timezone.localdate(
                item.interprets.published_at
            )
        if start is None or not ({start.year, start.year + 1} & set(years)):
            continue
        before = (item.publish_due, item.publish_due_provisional)
        _apply_due(item, cal)
        if (item.publish_due, item.publish_due_provisional) != before:
            Item.objects.filter(pk=item.pk).update(
                publish_due=item.publish_due,
                publish_due_provisional=item.publish_due_provisional,
                publish_due_explanation=item.publish_due_explanation,
            )
            changed += 1
    return changed


# --- drafting -------------------------------------------------------------------------


def _clean_fields(fields: dict) -> dict:
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(f"不能修改这些字段：{'、'.join(sorted(unknown))}")
    if "body" in fields:
        fields["body"] = sanitize_html(fields["body"] or "")
    if "title" in fields:
        fields["title"] = (fields["title"] or "").strip()
        if not fields["title"]:
            raise ValidationError({"title": "请填写标题"})
    return fields


def _check_interprets(item: InformationItem) -> None:
    if item.interprets_id:
        if item.interprets_id == item.pk:
            raise ValidationError({"interprets": "解读不能指向自身"})
        if item.kind != Item.Kind.INTERPRETATION:
            raise ValidationError({"interprets": "只有“政策解读”类信息可以关联所解读的文件"})


@transaction.atomic
def item_create(*, actor: User, unit: Unit, title: str, **fields) -> InformationItem:
    require_role(actor, *DRAFT_ROLES)
    require_unit(actor, unit)
    fields = _clean_fields({"title": title, **fields})
    item = Item(unit=unit, created_by=actor, status=S.DRAFT, **fields)
    _check_interprets(item)
    item.created_at = timezone.now()
    _apply_due(item)
    item.save()
    audit_record(
        actor=actor, action="publishing.create", obj=item, summary=f"起草政府信息《{item.title}》"
    )
    return item


def _lock(item: InformationItem) -> InformationItem:
    return Item.objects.select_for_update(of=("self",)).select_related("unit").get(pk=item.pk)


@transaction.atomic
def item_update(*, actor: User, item: InformationItem, **fields) -> InformationItem:
    """Edit a draft (editors) or correct a published item (reviewers, office)."""
    item = _lock(item)
    require_unit(actor, item.unit)
    if item.status in EDITABLE_STATES:
        require_role(actor, *DRAFT_ROLES)
    elif item.status in (S.PUBLISHED, S.EXPIRED, S.REPEALED):
        require_role(actor, *REVIEW_ROLES)
    else:
        raise ValidationError(f"“{item.get_status_display()}”状态的信息不能修改")
    fields = _clean_fields(dict(fields))
    changes = {}
    for name, value in fields.items():
        old = getattr(item, name)
        if old != value:
            changes[name] = [
                str(old) if old is not None else None,
                str(value) if value is not None else None,
            ]
            setattr(item, name, value)
    _check_interprets(item)
    if item.status in OPEN_STATES:
        _apply_due(item)
    item.save()
    if "body" in fields:
        _rescan(item)
    audit_record(
        actor=actor,
        action="publishing.update",
        obj=item,
        summary=f"修改政府信息《{item.title}》",
        changes={k: v[:2] for k, v in changes.items() if k != "body"}
        | ({"body": "已修改"} if "body" in changes else {}),
    )
    if item.status not in OPEN_STATES:
        schedule_reindex(SEARCH_SOURCE, item.pk)
    return item


@transaction.atomic
def attachment_add(*, actor: User, item: InformationItem, name: str, data: bytes) -> Attachment:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_role(actor, *DRAFT_ROLES)
    if item.status not in EDITABLE_STATES:
        raise ValidationError("只能在草稿或退文状态下添加附件")
    name = (name or "").replace("/", "_").replace("\\", "_").strip() or "附件"
    max_size = getattr(settings, "GONGKAI_MAX_ATTACHMENT_BYTES", 50 * 1024 * 1024)
    if len(data) > max_size:
        raise ValidationError(f"附件过大：最大 {max_size // (1024 * 1024)} MB")
    att = Attachment(
        item=item, name=name[:200], size=len(data), extracted_text=extract_text(data, name)
    )
    att.file.save(name, ContentFile(data), save=False)
    att.save()
    _rescan(item)
    audit_record(
        actor=actor, action="publishing.attachment_add", obj=item, summary=f"添加附件《{att.name}》"
    )
    return att


@transaction.atomic
def attachment_remove(*, actor: User, attachment: Attachment) -> None:
    item = _lock(attachment.item)
    require_unit(actor, item.unit)
    require_role(actor, *DRAFT_ROLES)
    if item.status not in EDITABLE_STATES:
        raise ValidationError("只能在草稿或退文状态下删除附件")
    name = attachment.name
    attachment.file.delete(save=False)
    attachment.delete()
    _rescan(item)
    audit_record(
        actor=actor, action="publishing.attachment_remove", obj=item, summary=f"删除附件《{name}》"
    )


# --- privacy findings (RULES §4) ------------------------------------------------------


def _scan_sources(item: InformationItem) -> Iterable[tuple[str, str]]:
    yield "正文", body_text(item)
    for att in item.attachments.all():
        yield att.name, att.extracted_text


def _rescan(item: InformationItem) -> list[PrivacyFinding]:
    """Re-run the scanner; keep resolutions of findings that are still present."""
    from gongkai.privacy import scan_text

    previous = {(f.source, f.type, f.text): f for f in item.privacy_findings.all()}
    keep: set[int] = set()
    created = []
    for source, text in _scan_sources(item):
        if not text:
            continue
        for f in scan_text(text):
            key = (source[:200], f.type[:30], f.text[:300])
            if key in previous:
                keep.add(previous[key].pk)
                continue
            row = PrivacyFinding.objects.create(
                item=item,
                source=key[0],
                type=key[1],
                category=f.category[:20],
                text=key[2],
                masked=(f.masked or "")[:300],
                start=f.start,
                end=f.end,
                blocking=f.blocking,
            )
            previous[key] = row
            keep.add(row.pk)
            created.append(row)
    item.privacy_findings.exclude(pk__in=keep).delete()
    return created


def open_blocking_findings(item: InformationItem):
    return item.privacy_findings.filter(blocking=True, resolution=PrivacyFinding.Resolution.OPEN)


@transaction.atomic
def finding_mask(*, actor: User, finding: PrivacyFinding) -> PrivacyFinding:
    """Replace the finding's text in the body by its masked form (去标识化)."""
    from gongkai.privacy import TYPE_LABELS, mask_text, scan_text

    item = _lock(finding.item)
    require_unit(actor, item.unit)
    require_role(actor, *REVIEW_ROLES)
    if item.status not in (S.SUBMITTED, S.IN_REVIEW, *EDITABLE_STATES):
        raise ValidationError("该信息当前状态不能脱敏")
    if finding.source != "正文":
        raise ValidationError("附件中的个人信息请退回信息员替换附件，或说明理由后保留")
    masked = (
        finding.masked
        or mask_text(finding.text, scan_text(finding.text))
        or "*" * len(finding.text)
    )
    if masked == finding.text:
        masked = "*" * len(finding.text)
    item.body = sanitize_html(item.body.replace(finding.text, masked))
    item.save(update_fields=["body", "updated_at"])
    # Every open finding of the same text in the body is gone with it.
    PrivacyFinding.objects.filter(
        item=item,
        source=finding.source,
        text=finding.text,
        resolution=PrivacyFinding.Resolution.OPEN,
    ).update(
        resolution=PrivacyFinding.Resolution.MASKED,
        masked=masked[:300],
        resolved_by=actor,
        resolved_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="publishing.finding_mask",
        obj=item,
        summary=f"对《{item.title}》中的{TYPE_LABELS.get(finding.type, '个人信息')}进行脱敏",
        changes={"finding": finding.pk, "masked": masked},
    )
    finding.refresh_from_db()
    return finding


@transaction.atomic
def finding_accept(*, actor: User, finding: PrivacyFinding, reason: str) -> PrivacyFinding:
    """Keep the text as it is, with a reason (e.g. a penalty notice must name the party)."""
    item = _lock(finding.item)
    require_unit(actor, item.unit)
    require_role(actor, *REVIEW_ROLES)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {"reason": "保留个人信息须说明理由（如：行政处罚决定依法公开当事人姓名）"}
        )
    PrivacyFinding.objects.filter(pk=finding.pk).update(
        resolution=PrivacyFinding.Resolution.ACCEPTED,
        accepted_reason=reason,
        resolved_by=actor,
        resolved_at=timezone.now(),
    )
    audit_record(
        actor=actor,
        action="publishing.finding_accept",
        obj=item,
        summary=f"审核保留《{item.title}》中的{finding.type}",
        changes={"finding": finding.pk, "reason": reason},
    )
    finding.refresh_from_db()
    return finding


# --- the workflow ---------------------------------------------------------------------


def _transition(item: InformationItem, action: str) -> str:
    sources, target = TRANSITIONS[action]
    if item.status not in sources:
        allowed = "、".join(str(S(s).label) for s in sorted(sources))
        raise ValidationError(
            f"当前状态为“{item.get_status_display()}”，不能执行此操作（需处于：{allowed}）"
        )
    return target


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
        and not item.interpretations.exclude(status=S.WITHDRAWN).exists()
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
    require_role(actor, *REVIEW_ROLES)
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
    require_role(actor, *REVIEW_ROLES)
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
    require_role(actor, *REVIEW_ROLES)
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


def index_pattern() -> str:
    return getattr(settings, "GONGKAI_INDEX_PATTERN", "{code}-{year}-{seq:06d}")


def next_index_number(unit: Unit, year: int) -> str:
    """The next unused index number of a unit and year; call inside a transaction.

    The counter row is locked, so concurrent publications queue here; numbers already
    taken (by imported pages) are skipped, and a number once issued stays with its item.
    """
    code = (unit.code or "").strip()
    if not code:
        raise ValidationError(f"“{unit.name}”未设置组织机构代码或统一社会信用代码，无法生成索引号")
    IndexSequence.objects.get_or_create(unit=unit, year=year)  # may race: unique (unit, year)
    seq = IndexSequence.objects.select_for_update().get(unit=unit, year=year)
    pattern = index_pattern()
    while True:
        seq.last += 1
        number = pattern.format(code=code, year=year, seq=seq.last, unit_id=unit.pk)
        if not Item.objects.filter(index_number=number).exists():
            break
    seq.save(update_fields=["last"])
    return number


def _ledger(item, action, actor, review=None, note="") -> PublicationLedger:
    label = f"{actor.username}（{actor}）" if actor is not None else "系统"
    return PublicationLedger.objects.create(
        item=item,
        unit=item.unit,
        action=action,
        index_number=item.index_number or "",
        title=item.title[:300],
        actor=actor,
        actor_label=label,
        review=review,
        note=note,
    )


def item_publish(*, actor: User, item: InformationItem) -> InformationItem:
    """先审查后公开: only an approved item, with its review, is published."""
    for attempt in range(3):
        try:
            return _item_publish(actor=actor, item=item)
        except IntegrityError:
            # Another transaction created the (unit, year) counter first; retry once it
            # committed. Uniqueness of the number itself is guarded by the database.
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


@transaction.atomic
def _item_publish(*, actor: User, item: InformationItem) -> InformationItem:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_role(actor, *REVIEW_ROLES)
    target = _transition(item, "publish")
    if item.attribute != Item.Attribute.PROACTIVE:
        raise ValidationError(
            "只有“主动公开”的信息可以发布到网站；依申请公开和不予公开的信息不发布"
        )
    review = item.reviews.filter(decision=Review.Decision.APPROVED).first()
    if review is None:
        raise ValidationError("没有审核通过的审查记录，不能发布（先审查后公开）")
    if open_blocking_findings(item).exists():
        raise ValidationError("尚有未处理的个人信息，不能发布")
    now = timezone.now()
    if not item.index_number:
        item.index_number = next_index_number(item.unit, timezone.localdate(now).year)
    item.status = target
    item.published_at = now
    item.save()
    ledger = _ledger(item, PublicationLedger.Action.PUBLISHED, actor, review)
    late = item.publish_due is not None and now > item.publish_due
    audit_record(
        actor=actor,
        action="publishing.publish",
        obj=item,
        summary=f"发布《{item.title}》，索引号 {item.index_number}"
        + ("（已超过公开时限）" if late else ""),
        changes={
            "status": [S.APPROVED, target],
            "index_number": item.index_number,
            "ledger": ledger.pk,
        },
    )
    # Interpretations waiting for this document now have their 3-day clock running.
    for interp in item.interpretations.filter(status__in=OPEN_STATES):
        _apply_due(interp)
        interp.save(
            update_fields=[
                "publish_due",
                "publish_due_provisional",
                "publish_due_rule",
                "publish_due_explanation",
            ]
        )
    schedule_reindex(SEARCH_SOURCE, item.pk)
    return item


def _end_state(*, actor, item, action, ledger_action, note, summary) -> InformationItem:
    item = _lock(item)
    require_unit(actor, item.unit)
    require_role(actor, *REVIEW_ROLES)
    target = _transition(item, action)
    old = item.status
    item.status = target
    if action in ("expire", "repeal"):
        item.validity = Item.Validity.EXPIRED if action == "expire" else Item.Validity.REPEALED
        item.validity_changed_on = timezone.localdate()
    item.save()
    if old != S.APPROVED:
        _ledger(item, ledger_action, actor, note=note)
    audit_record(
        actor=actor,
        action=f"publishing.{action}",
        obj=item,
        summary=summary.format(title=item.title) + (f"：{note}" if note else ""),
        changes={"status": [old, target]},
    )
    schedule_reindex(SEARCH_SOURCE, item.pk)
    return item


@transaction.atomic
def item_withdraw(*, actor: User, item: InformationItem, note: str) -> InformationItem:
    if not (note or "").strip():
        raise ValidationError({"note": "撤回须说明理由"})
    return _end_state(
        actor=actor,
        item=item,
        action="withdraw",
        ledger_action=PublicationLedger.Action.WITHDRAWN,
        note=note.strip(),
        summary="撤回《{title}》",
    )


@transaction.atomic
def item_expire(*, actor: User, item: InformationItem, note: str = "") -> InformationItem:
    return _end_state(
        actor=actor,
        item=item,
        action="expire",
        ledger_action=PublicationLedger.Action.EXPIRED,
        note=(note or "").strip(),
        summary="宣布《{title}》失效",
    )


@transaction.atomic
def item_repeal(*, actor: User, item: InformationItem, note: str = "") -> InformationItem:
    return _end_state(
        actor=actor,
        item=item,
        action="repeal",
        ledger_action=PublicationLedger.Action.REPEALED,
        note=(note or "").strip(),
        summary="废止《{title}》",
    )


# --- import ---------------------------------------------------------------------------


@transaction.atomic
def item_import(
    *,
    actor: User | None,
    unit: Unit,
    source: str,
    title: str,
    body: str,
    index_number: str | None = None,
    published_at: dt.datetime | None = None,
    **fields,
) -> tuple[InformationItem, bool]:
    """Import an old page as published, keeping its index number; re-import updates.

    Returns ``(item, created)``. An existing item is matched by its index number, else
    by the source it was imported from.
    """
    if actor is not None and not has_role(actor, *REVIEW_ROLES):
        raise PermissionDenied("导入历史页面需要审核员或公开办角色")
    existing = None
    if index_number:
        existing = Item.objects.select_for_update().filter(index_number=index_number).first()
    if existing is None and source:
        existing = Item.objects.select_for_update().filter(imported_from=source).first()
    values = {
        "unit": unit,
        "title": title.strip()[:300],
        "body": sanitize_html(body),
        "imported_from": source[:500],
        "attribute": Item.Attribute.PROACTIVE,
        **fields,
    }
    if index_number:
        values["index_number"] = index_number
    when = published_at or timezone.now()
    if existing is not None:
        if existing.status == S.WITHDRAWN:
            # A withdrawn item stays withdrawn: re-import never republishes it silently.
            values.pop("attribute")
        changed = {}
        for name, value in values.items():
            if getattr(existing, name) != value:
                changed[name] = str(value)[:80]
                setattr(existing, name, value)
        if not changed:
            return existing, False  # same page again: nothing to write, nothing to audit
        existing.save()
        audit_record(
            actor=actor,
            action="publishing.reimport",
            obj=existing,
            summary=f"重新导入《{existing.title}》（{source}）",
            changes={k: v for k, v in changed.items() if k != "body"},
        )
        schedule_reindex(SEARCH_SOURCE, existing.pk)
        return existing, False
    item = Item(status=S.PUBLISHED, published_at=when, created_by=actor, **values)
    item.publish_due_explanation = "历史页面导入，已公开"
    item.save()
    _ledger(item, PublicationLedger.Action.IMPORTED, actor, note=source[:500])
    audit_record(
        actor=actor,
        action="publishing.import",
        obj=item,
        summary=f"导入历史页面《{item.title}》，索引号 {item.index_number or '无'}",
        changes={"source": source},
    )
    schedule_reindex(SEARCH_SOURCE, item.pk)
    return item, True
