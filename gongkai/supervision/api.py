"""API: published plans (public), a task (staff, own unit only), reporting progress and
issuing a 督办单 (staff)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from ninja import Router, Schema

from gongkai.api.auth import staff_auth
from gongkai.supervision import reporting, selectors
from gongkai.supervision.periods import period_label

router = Router(tags=["工作督办"])


class PlanOut(Schema):
    id: int
    title: str
    year: int
    unit: str
    published_at: str | None


class ReportIn(Schema):
    unit: int
    status: str
    text: str
    period: str = ""
    internal_note: str = ""
    evidence_items: list[int] = []


class NoticeIn(Schema):
    unit: int
    body: str


def _plan_out(p) -> dict:
    return {
        "id": p.pk,
        "title": p.title,
        "year": p.year,
        "unit": p.unit.name,
        "published_at": p.published_at.isoformat() if p.published_at else None,
    }


def _task_out(t) -> dict:
    return {
        "id": t.pk,
        "no": t.number,
        "category": list(t.category),
        "task": t.requirement,
        "lead_units": [{"id": u.pk, "name": u.name} for u in t.lead_units.all()],
        "partner_units": [{"id": u.pk, "name": u.name} for u in t.partner_units.all()],
        "deadline_text": t.deadline_text,
        "due": t.due.isoformat() if t.due else None,
        "recurrence": t.recurrence,
        "status": t.get_status_display(),
    }


@router.get("", summary="已公开的工作计划", response=list[PlanOut])
def plans(request, year: int | None = None):
    return [_plan_out(p) for p in selectors.published_plans_of(year)[:200]]


@router.get(
    "/{plan_id}",
    summary="已公开的工作计划及其任务表和各期公开进展",
    description="仅公开已公开的计划；进展只含各单位填写的可公开内容，不含内部备注。",
)
def plan_detail(request, plan_id: int):
    plan = selectors.published_plan(plan_id)
    return {
        **_plan_out(plan),
        "tasks": [_task_out(t) for t in selectors.plan_table(plan)],
        "progress": [
            {
                "period": p.period,
                "label": period_label(p.period),
                "published_at": p.published_at.isoformat(),
                "rows": p.rows,
            }
            for p in plan.publications.all()
        ],  # fmt: skip
    }


@router.get("/tasks/{task_id}", auth=staff_auth, summary="任务详情（工作人员，仅本单位任务）")
def task_detail(request, task_id: int):
    return _task_out(selectors.task_for_user(request.auth, task_id))


@router.post(
    "/tasks/{task_id}/progress",
    auth=staff_auth,
    summary="报送任务进展（工作人员，仅本单位承担的任务）",
    description="status 取 not_started（未启动）、in_progress（推进中）、done（已完成）、ongoing（长期坚持）。",
)
def task_report(request, task_id: int, payload: ReportIn):
    user = request.auth
    task = selectors.task_for_user(user, task_id)
    unit = next((u for u in selectors.reporting_units(user, task) if u.pk == payload.unit), None)
    if unit is None:
        raise ValidationError("您不能代该单位报送此任务")
    p = reporting.progress_report(
        actor=user, task=task, unit=unit, status=payload.status, text=payload.text,
        period=payload.period, internal_note=payload.internal_note,
        evidence_item_ids=payload.evidence_items,
    )  # fmt: skip
    return {"id": p.pk, "period": p.period, "status": p.get_status_display()}


@router.post("/tasks/{task_id}/notices", auth=staff_auth, summary="签发督办单（公开办）")
def task_notice(request, task_id: int, payload: NoticeIn):
    user = request.auth
    task = selectors.task_for_user(user, task_id)
    unit = selectors.unit_by_id(payload.unit)
    if unit is None:
        raise ValidationError("督办单位不存在")
    n = reporting.notice_issue(actor=user, task=task, unit=unit, body=payload.body)
    return {"id": n.pk, "number": n.number, "due": n.due.isoformat() if n.due else None}


routers = [("plans", router)]
