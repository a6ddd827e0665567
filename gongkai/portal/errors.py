"""Error pages in the portal's look, in Chinese: 400, 403, 404, 500 and a refused form (CSRF).

Wired in ``gongkai/urls.py`` (``handler400`` …) and ``CSRF_FAILURE_VIEW``. The 500 page is
rendered without the request's context processors, so that it still shows when the
database is what failed.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

_CHINESE = re.compile(r"[\u4e00-\u9fff]")

PAGES = {
    400: ("请求有误", "网址或提交的内容不完整、格式不对，本站无法处理。请返回上一页检查后重试。"),
    403: ("无权访问", "您没有访问此页面的权限。工作人员请先登录，或请本单位公开办开通相应角色。"),
    404: ("页面不存在", "您要找的页面不存在，可能已经删除、改名，或网址输入有误。"),
    500: ("系统暂时出错", "系统处理您的请求时出错，工作人员已收到记录。请稍后再试。"),
}


def _render(request, status: int, detail: str = "", *, with_context: bool = True) -> HttpResponse:
    title, text = PAGES[status]
    context = {"status": status, "title": title, "text": text, "detail": detail}
    if with_context:
        body = render_to_string("portal/errors/error.html", context, request=request)
    else:
        from gongkai.core.sites import identity

        context["site_info"] = identity(settings.GONGKAI_SITE)
        body = render_to_string("portal/errors/error.html", context)
    return HttpResponse(body, status=status)


def _chinese_message(exception) -> str:
    """The exception's message when it was written for a person (in Chinese)."""
    message = ""
    if exception is not None and exception.args:
        message = str(exception.args[0])
    return message if _CHINESE.search(message) else ""


def bad_request(request, exception=None):
    return _render(request, 400, _chinese_message(exception))


def permission_denied(request, exception=None):
    return _render(request, 403, _chinese_message(exception))


def page_not_found(request, exception=None):
    return _render(request, 404, _chinese_message(exception))


def server_error(request):
    return _render(request, 500, with_context=False)


def csrf_failure(request, reason: str = ""):
    return _render(
        request,
        403,
        "表单已过期或浏览器没有保存本站的 Cookie，提交没有成功。请刷新页面后重新填写提交。",
    )
