"""Site map entries of 政民互动: its pages and every public consultation, answered
message, survey, meeting and reply."""

from __future__ import annotations

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from gongkai.core import plugs

PAGES = [
    ("互动交流", "participation:index"),
    ("意见征集", "participation:consultations"),
    ("领导信箱", "participation:mailbox"),
    ("写信", "participation:message_write"),
    ("民意调查", "participation:surveys"),
    ("会议公开", "participation:meetings"),
    ("建议提案办理复文", "participation:replies"),
]


def pages() -> list[tuple[str, str]]:
    """PAGES, without the replies' list when their publisher has its own (it redirects)."""
    if plugs.suggestion_replies() is None:
        return PAGES
    return [p for p in PAGES if p[1] != "participation:replies"]


class ParticipationSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        from gongkai.participation import selectors

        out = [
            ("participation:consultation", pk)
            for pk in selectors.consultations_public().order_by("id").values_list("pk", flat=True)
        ]
        out += [
            ("participation:message", pk)
            for pk in selectors.messages_published().order_by("id").values_list("pk", flat=True)
        ]
        out += [
            ("participation:survey", pk)
            for pk in selectors.surveys_public().order_by("id").values_list("pk", flat=True)
        ]
        out += [
            ("participation:meeting", pk)
            for pk in selectors.meetings_public().order_by("id").values_list("pk", flat=True)
        ]
        if plugs.suggestion_replies() is None:  # else its publisher lists them
            out += [
                ("participation:reply", pk)
                for pk in selectors.deputy_replies_public()
                .order_by("id")
                .values_list("pk", flat=True)
            ]
        return out

    def location(self, entry):
        name, pk = entry
        return reverse(name, args=[pk])
