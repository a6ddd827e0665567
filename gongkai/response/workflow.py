"""Transition tables of the response app (checked by ``gongkai.core.workflow``)."""

from __future__ import annotations

INCIDENT = {
    "close": (frozenset({"open"}), "closed"),
}

#: 开办 (审核通过), 变更, 关停, 注销.
NEW_MEDIA = {
    "approve": (frozenset({"pending"}), "active"),
    "change": (frozenset({"active"}), "active"),
    "suspend": (frozenset({"active"}), "suspended"),
    "cancel": (frozenset({"pending", "active", "suspended"}), "cancelled"),
}
NEW_MEDIA_LABELS = {"approve": "开办", "change": "变更", "suspend": "关停", "cancel": "注销"}

QA = {
    "publish": (frozenset({"draft", "withdrawn"}), "published"),
    "withdraw": (frozenset({"published"}), "withdrawn"),
}

#: 统一受理 → 按责转办 → 答复 → 办结; the unit may return (退单) a wrong assignment.
WORK_ORDER = {
    "assign": (frozenset({"received", "returned"}), "assigned"),
    "reassign": (frozenset({"assigned"}), "assigned"),
    "return": (frozenset({"assigned"}), "returned"),
    "answer": (frozenset({"assigned"}), "answered"),
    "close": (frozenset({"answered"}), "closed"),
}
