"""The pages this work added read in Chinese only: no English word or internal code."""

import re

import pytest
from django.utils import timezone

from gongkai.publishing import section_services
from gongkai.reports import website_services
from gongkai.zhaocuo import services

pytestmark = pytest.mark.django_db

# ICP (备案), and the feed formats linked from the catalogue pages (their wording is
# settled with the site-wide word walk of issue 21).
ALLOWED = {"ICP", "RSS", "Atom"}


def words(html: str) -> set[str]:
    body = html.split("<body", 1)[1].split(">", 1)[1]
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    # attribute values people read: title, alt, placeholder, aria-label
    readable = " ".join(re.findall(r'(?:title|alt|placeholder|aria-label)="([^"]*)"', body))
    text = re.sub(r"<[^>]+>", " ", body) + " " + readable
    text = re.sub(r"&[a-z]+;|&#\d+;|https?://\S+", " ", text)  # entities, addresses
    return {w for w in re.findall(r"[A-Za-z]{2,}", text)} - ALLOWED


def test_new_pages_have_no_english_words(client, gov, office):
    report = services.report_submit(
        kind="typo", description="有一个错别字。", contact="13800000000"
    )
    section_services.profile_save(actor=office, unit=gov, leaders="李县长｜县长")
    web = website_services.website_report_generate(actor=office, year=timezone.localdate().year - 1)
    public = [
        "/wzdt/",
        "/zhaocuo/",
        f"/zhaocuo/done/{report.tracking_number}/",
        "/xxgk/zn/",
        "/xxgk/jgxx/",
        "/xxgk/fdzdgknr/zcwj/",
        "/xxgk/ndbg/",
        "/tongji/wzndbb/",
    ]
    for url in public:
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert not words(resp.content.decode()), (url, words(resp.content.decode()))
    client.force_login(office)
    staff = [
        "/workspace/zhaocuo/",
        f"/workspace/zhaocuo/{report.pk}/",
        "/workspace/publishing/profile/",
        "/workspace/search/synonyms/",
        "/workspace/reports/website/",
        f"/workspace/reports/website/{web.pk}/",
        f"/tongji/wzndbb/{web.pk}/",
    ]
    for url in staff:
        resp = client.get(url)
        assert resp.status_code == 200, url
        assert not words(resp.content.decode()), (url, words(resp.content.decode()))
