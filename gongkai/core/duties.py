"""Separation of duties (不相容职务分离): whoever drafted something may not approve it.

A pure rule with one switch, ``GONGKAI_SEPARATION_OF_DUTIES`` (on by default); each
approving service calls ``ensure_not_author`` with the person who drafted the thing.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from gongkai.core import conf


def enforced() -> bool:
    return bool(conf.get("GONGKAI_SEPARATION_OF_DUTIES"))


def is_author(actor, author) -> bool:
    """Whether ``actor`` is the person ``author`` (a user, a user id or None)."""
    if author is None or actor is None:
        return False
    author_id = getattr(author, "pk", author)
    return author_id is not None and author_id == getattr(actor, "pk", None)


def ensure_not_author(actor, author, what: str) -> None:
    """Refuse ``actor`` approving ``what`` (e.g. "这条信息") that they drafted themselves."""
    if enforced() and is_author(actor, author):
        raise PermissionDenied(
            f"不能审核自己起草的{what}：按照起草与审核分离的要求，请由本单位其他审核人员审核"
        )
