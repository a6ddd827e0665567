"""``{{ value|facet_label:"kind" }}``: a stored facet code as the label a person reads."""

from django import template

from gongkai.search.registry import facet_label as _facet_label

register = template.Library()


@register.filter
def facet_label(value, field: str) -> str:
    return _facet_label(field, str(value or ""))
