"""GET /api/v1/reports/annual/{unit}/{year}: the tables with the labels of RULES §8."""

from __future__ import annotations

from django.http import Http404
from ninja import Router

from gongkai.core.permissions import can_access_unit, is_staff_member
from gongkai.core.services import token_authenticate
from gongkai.reports.models import AnnualReport
from gongkai.reports.selectors import report_for_api, report_json

router = Router(tags=["年度报告"])


def _optional_staff(request):
    """The staff member behind a bearer token or the session, else None (public)."""
    header = request.headers.get("Authorization", "")
    if header.startswith("Bearer "):
        user = token_authenticate(header.removeprefix("Bearer ").strip())
        return user if user is not None and is_staff_member(user) else None
    user = getattr(request, "user", None)
    return user if user is not None and is_staff_member(user) else None


@router.get(
    "/annual/{unit}/{year}",
    summary="政府信息公开工作年度报告的表格",
    description=(
        "返回二、三、四部分表格及六部分信息处理费，行列标签与国家格式一致。"
        "已发布的报告公开；工作人员（令牌或登录）可查看本单位范围内的草稿，草稿附带勾稽检查结果。"
        "scope=own（本机关，默认）或 rollup（本级及所属机构汇总）。"
    ),
)
def annual_report(request, unit: int, year: int, scope: str = "own"):
    if scope not in AnnualReport.Scope.values:
        raise Http404("报告范围应为 own 或 rollup")
    report = report_for_api(unit, year, scope)
    if report is None:
        raise Http404("未找到该年度报告")
    if not report.is_published:
        user = _optional_staff(request)
        if user is None or not can_access_unit(user, report.unit):
            raise Http404("未找到该年度报告")
    return report_json(report)


routers = [("reports", router)]
