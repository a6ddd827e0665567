"""``{{ finding.type|finding_label }}``: the Chinese name of a finding type on any page;
``{{ finding.source|finding_source }}``: where it sits (正文, or the attachment's name)."""

from django import template

from gongkai.privacy.finding import TYPE_LABELS

register = template.Library()


@register.filter
def finding_label(kind: str) -> str:
    return TYPE_LABELS.get(kind, "其他")


@register.filter
def finding_source(source: str) -> str:
    """Where a finding sits: the body of the text, or the named attachment."""
    return "正文" if source in ("body", "") else source
