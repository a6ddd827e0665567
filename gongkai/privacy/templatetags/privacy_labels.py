"""``{{ finding.type|finding_label }}``: the Chinese name of a finding type on any page."""

from django import template

from gongkai.privacy.finding import TYPE_LABELS

register = template.Library()


@register.filter
def finding_label(kind: str) -> str:
    return TYPE_LABELS.get(kind, "其他")
