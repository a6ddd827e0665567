"""The versioned JSON API at /api/v1/, assembled from each app's ``api.py``.

An app's ``api.py`` exposes ``routers = [("prefix", Router), ...]``. Errors always come
back as ``{"message": "...", "errors": [{"field": "...", "message": "..."}]}``.
"""

from __future__ import annotations

import importlib
import json
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import DataError
from django.http import Http404
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.openapi.docs import Swagger

from gongkai.api import inputs

inputs.install()


class OfflineSwagger(Swagger):
    """Swagger UI from ninja's static files, never a CDN. (Ninja decides by looking for the
    string "ninja" in INSTALLED_APPS; its folder is installed as gongkai.api.ninja_assets.)"""

    def render_page(self, request, api, **kwargs):
        from django.shortcuts import render
        from ninja.openapi.docs import _csrf_needed

        self.settings["url"] = self.get_openapi_url(api, kwargs)
        context = {
            "swagger_settings": json.dumps(self.settings, indent=1),
            "api": api,
            "add_csrf": _csrf_needed(api),
        }
        return render(request, self.template, context)


api = NinjaAPI(
    title="gongkai 公开 API",
    version="1.0.0",
    description="政务公开平台接口。公开接口无需认证；工作人员接口使用 Bearer 令牌（gongkai token-create USERNAME）。",
    urls_namespace="api-v1",
    docs_url="/docs",
    docs=OfflineSwagger(),
    openapi_url="/openapi.json",
)

_MESSAGES = {
    "missing": "缺少此项",
    "date_parsing": "日期格式应为 YYYY-MM-DD",
    "date_from_datetime_parsing": "日期格式应为 YYYY-MM-DD",
    "date_type": "日期格式应为 YYYY-MM-DD",
    "datetime_parsing": "时间格式应为 ISO 8601，如 2026-10-01T09:00:00+08:00",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "float_parsing": "应为数字",
    "bool_parsing": "应为 true 或 false",
    "string_too_long": "内容过长",
    "string_too_short": "内容过短或为空",
    "too_long": "项目过多",
    "enum": "取值不在允许范围内",
    "literal_error": "取值不在允许范围内",
    "json_invalid": "请求体不是有效的 JSON",
    "model_attributes_type": "请求体格式不正确",
    "dict_type": "请求体格式不正确",
}


def _field_name(loc) -> str:
    parts = [str(p) for p in loc if p not in ("query", "body", "path", "form", "payload")]
    return ".".join(parts) or "body"


def _message(err: dict) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind in ("greater_than_equal", "greater_than"):
        return f"应不小于 {ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"应不大于 {ctx.get('le', ctx.get('lt'))}"
    if kind == "string_too_long" and "max_length" in ctx:
        return f"最多 {ctx['max_length']} 个字符"
    if kind == "value_error":
        return str(err.get("msg", "")).removeprefix("Value error, ")
    return _MESSAGES.get(kind, err.get("msg", "输入有误"))


def error_body(message: str, errors: list[dict] | None = None) -> dict:
    return {"message": message, "errors": errors or []}


@api.exception_handler(NinjaValidationError)
def _validation_error(request, exc: NinjaValidationError):
    errors = [{"field": _field_name(e.get("loc", ())), "message": _message(e)} for e in exc.errors]
    summary = "；".join(f"{e['field']}：{e['message']}" for e in errors)
    return api.create_response(request, error_body(f"输入有误：{summary}", errors), status=422)


@api.exception_handler(DjangoValidationError)
def _django_validation_error(request, exc: DjangoValidationError):
    if hasattr(exc, "error_dict"):
        errors = [
            {"field": field, "message": msg}
            for field, msgs in exc.message_dict.items()
            for msg in msgs
        ]
    else:
        errors = [{"field": "", "message": msg} for msg in exc.messages]
    summary = "；".join(e["message"] for e in errors)
    return api.create_response(request, error_body(summary or "输入有误", errors), status=400)


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    return api.create_response(request, error_body(str(exc) or "无权进行此操作"), status=403)


@api.exception_handler(RequestDataTooBig)
def _too_big(request, exc):
    limit_mb = settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024)
    return api.create_response(
        request, error_body(f"请求内容过大：不能超过 {limit_mb} MB"), status=413
    )


@api.exception_handler(Http404)
def _not_found(request, exc):
    return api.create_response(request, error_body(str(exc) or "未找到"), status=404)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return api.create_response(request, error_body("需要认证：请提供有效的接口令牌"), status=401)


@api.exception_handler(OverflowError)
@api.exception_handler(DataError)
def _out_of_range(request, exc):
    # a last line of defence: a value the database cannot store is the client's error
    return api.create_response(request, error_body("输入的数值超出允许范围"), status=400)


_log = logging.getLogger("gongkai.api")


@api.exception_handler(Exception)
def _unexpected(request, exc):
    # the traceback goes to the server log, never to the client (not even with DEBUG on)
    _log.exception("API error on %s %s", request.method, request.path)
    return api.create_response(
        request, error_body("服务器内部错误，请稍后再试；如持续出现请联系网站管理员"), status=500
    )


_HTTP_MESSAGES = {"Cannot parse request body": "请求体不是有效的 JSON，无法解析"}


@api.exception_handler(HttpError)
def _http_error(request, exc: HttpError):
    message = str(exc)
    for english, chinese in _HTTP_MESSAGES.items():
        if message.startswith(english):
            message = chinese
    return api.create_response(request, error_body(message), status=exc.status_code)


def _mount_app_routers() -> None:
    for app in settings.GONGKAI_APPS:
        try:
            module = importlib.import_module(f"{app}.api")
        except ModuleNotFoundError as exc:
            if exc.name == f"{app}.api":
                continue
            raise
        for prefix, router in getattr(module, "routers", []):
            api.add_router(prefix, router)


_mount_app_routers()
