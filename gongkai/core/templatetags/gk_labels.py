"""Filters that turn stored codes into the Chinese a person reads (see core/labels.py)."""

from django import template

from gongkai.core import labels

register = template.Library()


@register.filter
def action_label(code: str) -> str:
    return labels.action_label(code or "")


@register.filter
def audit_object(event) -> str:
    return labels.object_label(event.object_type, event.object_id)


@register.filter
def person_label(actor_label: str) -> str:
    return labels.person_label(actor_label)
