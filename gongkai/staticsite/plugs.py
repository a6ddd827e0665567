"""What static publishing adds to the platform: re-render on every public change, the
scheduled tamper check, incidents on the office's to-do list, the workspace page."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.urls import reverse

from gongkai.core import conf, plugs
from gongkai.core.models import Role
from gongkai.core.plugs import TodoItem


def on_public_change(source_name: str, pk: int) -> None:
    if not conf.get("GONGKAI_STATIC_ROOT"):
        return
    from gongkai.staticsite.tasks import rerender_object

    transaction.on_commit(lambda: rerender_object.enqueue(source_name=source_name, pk=pk))


def todo(user) -> list[TodoItem]:
    if not (user.is_superuser or getattr(user, "role", "") == Role.OFFICE):
        return []
    from gongkai.staticsite.selectors import open_incidents

    return [
        TodoItem(
            title=(
                "静态网页发布清单签名不符，无法核对网页"
                if i.forged_manifest
                else f"网页被篡改：{i.count} 个文件与发布版本不符"
                + ("（已自动恢复）" if i.restored else "")
            ),
            url=reverse("staticsite:index"),
            kind="网页防篡改",
            due=i.found_at,
            severity="danger",
            note="请查明原因并记录处理情况",
        )
        for i in open_incidents()
    ]


def _enqueue_verify():
    from gongkai.staticsite.tasks import verify_tree

    return verify_tree.enqueue()


def register() -> None:
    plugs.register_public_change("staticsite", on_public_change)
    plugs.register_todo("staticsite.incidents", todo)
    plugs.register_nav(
        "网页防篡改", "staticsite:index", order=650, roles=(Role.OFFICE, Role.LEADER)
    )
    minutes = max(1, int(conf.get("GONGKAI_STATIC_VERIFY_MINUTES")))
    plugs.register_periodic("staticsite.verify", dt.timedelta(minutes=minutes), _enqueue_verify)
