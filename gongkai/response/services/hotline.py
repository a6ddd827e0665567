"""12345 hotline work orders: 统一受理 (receive), 按责转办 (assign, reassign, return),
限时办结 (answer within working days, close with the caller's satisfaction)."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.audit import audit_record
from gongkai.core.models import Unit
from gongkai.core.permissions import can_access_unit, require_unit
from gongkai.core.workflow import transition
from gongkai.response import rules
from gongkai.response.models import WorkOrder
from gongkai.response.selectors import order_for
from gongkai.response.workflow import WORK_ORDER


def _locked(actor, order_id: int) -> WorkOrder:
    order = order_for(actor, order_id)
    return WorkOrder.objects.select_for_update().get(pk=order.pk)


@transaction.atomic
def order_receive(
    *,
    actor,
    owner: Unit,
    number: str,
    received_at: dt.datetime,
    category: str,
    content: str,
    caller: str = "",
    phone: str = "",
    limit_days: int | None = None,
) -> WorkOrder:
    require_unit(actor, owner)
    number = number.strip()
    if not number or not content.strip() or not category.strip():
        raise ValidationError("请填写工单编号、诉求类别和诉求内容")
    if WorkOrder.objects.filter(number=number).exists():
        raise ValidationError(f"工单编号 {number} 已存在")
    days = limit_days or conf.get("GONGKAI_RESPONSE_HOTLINE_DAYS")
    if not 1 <= days <= 60:
        raise ValidationError("办理时限应在 1 至 60 个工作日之间")
    order = WorkOrder(
        number=number,
        owner=owner,
        received_at=received_at,
        category=category.strip(),
        content=content.strip(),
        caller=caller,
        phone=phone,
        limit_days=days,
    )
    order.set_deadline(rules.order_deadline(timezone.localdate(received_at), days))
    order.save()
    audit_record(
        actor=actor,
        action="response.order_receive",
        obj=order,
        summary=f"受理12345工单 {number}（{order.category}），{days} 个工作日内办结",
        changes={"due": str(order.due)},
    )
    return order


def _assign(actor, order_id: int, unit: Unit, action: str) -> WorkOrder:
    order = _locked(actor, order_id)
    if not can_access_unit(actor, order.owner):
        raise ValidationError("只有受理单位可以转办工单")
    target = transition(order, action, WORK_ORDER)
    if action == "reassign" and order.unit_id == unit.pk:
        raise ValidationError("改派的单位与当前承办单位相同")
    old = str(order.unit) if order.unit else ""
    order.status, order.unit, order.return_reason = target, unit, ""
    order.save()
    audit_record(
        actor=actor,
        action=f"response.order_{action}",
        obj=order,
        unit=unit,
        summary=f"工单 {order.number} {'改派' if action == 'reassign' else '转办'}至{unit}",
        changes={"unit": [old, str(unit)]},
    )
    return order


@transaction.atomic
def order_assign(*, actor, order_id: int, unit: Unit) -> WorkOrder:
    return _assign(actor, order_id, unit, "assign")


@transaction.atomic
def order_reassign(*, actor, order_id: int, unit: Unit) -> WorkOrder:
    return _assign(actor, order_id, unit, "reassign")


@transaction.atomic
def order_return(*, actor, order_id: int, reason: str) -> WorkOrder:
    """退单: the assigned unit sends the order back to the hotline with a reason."""
    order = _locked(actor, order_id)
    require_unit(actor, order.unit)
    order.status = transition(order, "return", WORK_ORDER)
    if not reason.strip():
        raise ValidationError("请填写退单理由")
    old = str(order.unit)
    order.return_reason, order.unit = reason.strip(), None
    order.save()
    audit_record(
        actor=actor,
        action="response.order_return",
        obj=order,
        summary=f"工单 {order.number} 被{old}退回：{reason.strip()[:60]}",
        changes={"unit": [old, ""]},
    )
    return order


@transaction.atomic
def order_answer(*, actor, order_id: int, answer: str) -> WorkOrder:
    order = _locked(actor, order_id)
    require_unit(actor, order.unit)
    order.status = transition(order, "answer", WORK_ORDER)
    if not answer.strip():
        raise ValidationError("请填写办理结果")
    order.answer, order.answered_at = answer.strip(), timezone.now()
    order.save()
    audit_record(
        actor=actor,
        action="response.order_answer",
        obj=order,
        summary=f"工单 {order.number} 已答复" + ("（逾期）" if order.answered_late else ""),
        changes={"answered_at": order.answered_at.isoformat()},
    )
    return order


@transaction.atomic
def order_close(*, actor, order_id: int, satisfaction: str) -> WorkOrder:
    order = _locked(actor, order_id)
    if not can_access_unit(actor, order.owner):
        raise ValidationError("只有受理单位可以办结工单")
    order.status = transition(order, "close", WORK_ORDER)
    if satisfaction not in WorkOrder.Satisfaction.values:
        raise ValidationError("请选择来电人满意度")
    order.satisfaction, order.closed_at = satisfaction, timezone.now()
    order.save()
    audit_record(
        actor=actor,
        action="response.order_close",
        obj=order,
        summary=f"工单 {order.number} 办结，{order.get_satisfaction_display()}",
        changes={"satisfaction": satisfaction},
    )
    return order


def recompute_deadlines(years: set[int]) -> int:
    """Recomputer: open orders whose counting touches a changed year."""
    from gongkai.core.deadlines import recompute_open

    return recompute_open(
        WorkOrder.objects.filter(status__in=["received", "assigned", "returned"]).filter(
            Q(received_at__year__in=years) | Q(due__year__in=years)
        ),
        lambda o, cal: rules.order_deadline(timezone.localdate(o.received_at), o.limit_days, cal),
        audit_action="response.order_deadline_recompute",
        summary=lambda o: f"工作日历变化，工单 {o.number} 期限重新计算为 {o.due}",
    )


@transaction.atomic
def orders_import(*, actor, owner: Unit, data: bytes, filename: str) -> list[WorkOrder]:
    """Import a hotline export: every bad row is reported by line and nothing is imported
    unless all rows are good."""
    from gongkai.core.permissions import visible_units
    from gongkai.response.hotline_rows import parse_orders

    require_unit(actor, owner)
    rows, errors = parse_orders(data, filename)
    units = {}
    for u in visible_units(actor):
        units[u.name] = u
        if u.short_name:
            units.setdefault(u.short_name, u)
    existing = set(
        WorkOrder.objects.filter(number__in=[r.number for r in rows]).values_list(
            "number", flat=True
        )
    )
    for r in rows:
        if r.number in existing:
            errors.append((r.line, f"工单编号 {r.number} 已导入过"))
        if r.unit and r.unit not in units:
            errors.append((r.line, f"找不到承办单位“{r.unit}”"))
    if errors:
        raise ValidationError(
            [f"第{line}行：{text}" if line else text for line, text in sorted(errors)]
        )
    if not rows:
        raise ValidationError("文件中没有工单")
    made = []
    for r in rows:
        order = order_receive(
            actor=actor,
            owner=owner,
            number=r.number,
            received_at=timezone.make_aware(r.received_at),
            category=r.category,
            content=r.content,
            limit_days=r.limit_days,
        )
        if r.unit:
            order = order_assign(actor=actor, order_id=order.pk, unit=units[r.unit])
        made.append(order)
    return made
