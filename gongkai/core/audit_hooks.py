"""Wiring of the audit trail into the rest of the platform (called from CoreConfig.ready).

- every change made in the Django admin is also an audit event (the admin's own log
  lives in an ordinary table anyone with database access can edit);
- the audit chain is verified and anchored on a schedule; a failed or overdue check is
  an item on the office's to-do list.
"""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

CHECK_INTERVAL = dt.timedelta(hours=1)
OVERDUE_AFTER = dt.timedelta(days=2)

_ADMIN_ACTIONS = {
    1: ("admin.add", "新增"),
    2: ("admin.change", "修改"),
    3: ("admin.delete", "删除"),
}


def _admin_logged(sender, instance, created, **kwargs):
    if not created:
        return
    from gongkai.core.audit import audit_record

    action, verb = _ADMIN_ACTIONS.get(instance.action_flag, ("admin.other", "操作"))
    model = instance.content_type.model_class() if instance.content_type_id else None
    label = str(model._meta.verbose_name) if model is not None else "对象"
    audit_record(
        actor=instance.user,
        action=action,
        object_type=model._meta.label_lower if model is not None else "",
        object_id=str(instance.object_id or ""),
        summary=f"在系统管理中{verb}{label}：{instance.object_repr}",
        changes={"message": instance.get_change_message()},
    )


def _audit_todo(user):
    from django.urls import reverse

    from gongkai.core.auditkey import last_status
    from gongkai.core.models import Role
    from gongkai.workspace.registry import TodoItem

    if not (user.is_superuser or getattr(user, "role", "") == Role.OFFICE):
        return []
    status = last_status()
    if status is None:
        return []
    url = reverse("core:audit")
    if not status.get("ok"):
        return [
            TodoItem(
                title="审计日志校验失败：日志可能被删改",
                url=url,
                kind="审计日志",
                severity="danger",
                note=f"{status.get('reason', '')}。请立即核查数据库与备份",
            )
        ]
    try:
        checked_at = dt.datetime.fromisoformat(status["checked_at"])
    except (KeyError, ValueError):
        return []
    if timezone.now() - checked_at > OVERDUE_AFTER:
        return [
            TodoItem(
                title="审计日志已超过两天未校验",
                url=url,
                kind="审计日志",
                severity="warning",
                note="请确认后台任务进程正在运行",
            )
        ]
    return []


def _enqueue_check():
    from gongkai.core.tasks import audit_check

    return audit_check.enqueue()


def connect() -> None:
    from django.contrib.admin.models import LogEntry
    from django.db.models.signals import post_save

    from gongkai.core import auditkey  # noqa: F401 — registers the deploy check of the key
    from gongkai.core.registry import register_periodic
    from gongkai.workspace.registry import register_todo

    post_save.connect(_admin_logged, sender=LogEntry, dispatch_uid="gongkai-admin-audit")
    register_periodic("core.audit_check", CHECK_INTERVAL, _enqueue_check)
    register_todo("core.audit", _audit_todo)
