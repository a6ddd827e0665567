"""Staff API: the sites a person may see, their latest verdict, and a check on demand."""

from __future__ import annotations

import datetime as dt

from django.http import Http404
from ninja import Router, Schema, Status
from pydantic import Field

from gongkai.api.auth import staff_auth
from gongkai.monitoring import selectors, services
from gongkai.monitoring.models import CrawlRun

router = Router(tags=["网站监测"], auth=staff_auth)


class SiteOut(Schema):
    id: int
    name: str
    url: str
    unit: str
    is_platform: bool
    depth: int | None


class VerdictItem(Schema):
    code: str
    title: str
    status: str = Field(description="pass 通过 / fail 不通过 / not_measured 未检测")
    evidence: str
    details: list[str]


class RunOut(Schema):
    id: int
    site: int
    status: str
    created_at: dt.datetime
    finished_at: dt.datetime | None
    passed: bool | None
    pages: int
    links: int
    broken: int
    broken_new: int
    broken_still: int
    broken_fixed: int
    verdict: list[VerdictItem]


class RunIn(Schema):
    depth: int | None = Field(
        default=None, ge=0, description="抓取深度（留空：按该网站的设置，默认抓取整个网站）"
    )


def _site(site) -> dict:
    return {
        "id": site.pk,
        "name": site.name,
        "url": site.url,
        "unit": str(site.unit),
        "is_platform": site.is_platform,
        "depth": site.depth,
    }


def _run(run: CrawlRun) -> dict:
    return {
        "id": run.pk,
        "site": run.site_id,
        "status": run.status,
        "created_at": run.created_at,
        "finished_at": run.finished_at,
        "passed": run.passed,
        "pages": run.pages,
        "links": run.links,
        "broken": run.broken,
        "broken_new": run.broken_new,
        "broken_still": run.broken_still,
        "broken_fixed": run.broken_fixed,
        "verdict": run.verdict,
    }


@router.get("/sites", response=list[SiteOut], summary="可查看的监测网站")
def site_list(request):
    return [_site(s) for s in selectors.sites_for(request.auth)]


@router.get("/sites/{site_id}/verdict", response=RunOut, summary="最近一次完成的检测结果")
def site_verdict(request, site_id: int):
    site = selectors.site_for(request.auth, site_id)
    run = selectors.latest_done_run(site)
    if run is None:
        raise Http404("该网站尚无完成的检测")
    return _run(run)


@router.post("/sites/{site_id}/runs", response={202: RunOut}, summary="发起一次检测（后台执行）")
def site_run(request, site_id: int, payload: RunIn):
    site = selectors.site_for(request.auth, site_id)
    depth = services.SITE_DEPTH if payload.depth is None else payload.depth
    run = services.run_request(actor=request.auth, site=site, depth=depth)
    run.refresh_from_db()
    return Status(202, _run(run))


routers = [("monitoring", router)]
