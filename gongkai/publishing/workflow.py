"""The publishing workflow as data: which action leads from which states to which."""

from __future__ import annotations

from gongkai.core.models import Role
from gongkai.publishing.models import InformationItem

S = InformationItem.Status

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
    # An approved revision replaces the public content of the item it revises
    # (publishing.services.revisions); the revision row keeps its own history.
    "apply": (frozenset({S.APPROVED}), S.APPLIED),
}
EDITABLE_STATES = frozenset({S.DRAFT, S.RETURNED})
OPEN_STATES = frozenset({S.DRAFT, S.RETURNED, S.SUBMITTED, S.IN_REVIEW, S.APPROVED})
REVIEW_ROLES = (Role.REVIEWER, Role.OFFICE)
DRAFT_ROLES = (Role.EDITOR, Role.REVIEWER, Role.OFFICE)
