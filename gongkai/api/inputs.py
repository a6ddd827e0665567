"""Input rules every API operation obeys, applied once here rather than per endpoint.

- Every integer the API accepts (path, query, JSON body, form; nested schemas and lists
  included) must fit a 64-bit database integer, and every date must fall in
  1900–2199; anything else is a 422 with a Chinese message instead of a database
  overflow (a 500) or a date the time-zone library cannot express.
- A JSON body must be sent as ``application/json`` (a cross-origin ``text/plain`` post,
  which browsers send without a preflight, is refused with 415); an upload must be
  ``multipart/form-data``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja.errors import HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.operation import Operation
from pydantic import BaseModel

INT_MIN, INT_MAX = -(2**63), 2**63 - 1
YEAR_MIN, YEAR_MAX = 1900, 2199


def _problems(value: Any, loc: tuple) -> list[dict]:
    if isinstance(value, bool) or value is None:
        return []
    if isinstance(value, int):
        if not INT_MIN <= value <= INT_MAX:
            return [{"loc": loc, "type": "value_error", "msg": "数值超出允许范围"}]
        return []
    if isinstance(value, dt.date):  # datetime is a date too
        if not YEAR_MIN <= value.year <= YEAR_MAX:
            return [
                {
                    "loc": loc,
                    "type": "value_error",
                    "msg": f"年份应在 {YEAR_MIN} 至 {YEAR_MAX} 之间",
                }
            ]
        return []
    found: list[dict] = []
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            found += _problems(getattr(value, name, None), (*loc, name))
    elif isinstance(value, dict):
        for key, item in value.items():
            found += _problems(item, (*loc, str(key)))
    elif isinstance(value, list | tuple | set | frozenset):
        for i, item in enumerate(value):
            found += _problems(item, (*loc, i))
    return found


def check_values(values: dict[str, Any]) -> None:
    """Raise the API's 422 for any integer or date out of range among ``values``."""
    errors: list[dict] = []
    for name, value in values.items():
        # a schema parameter's fields are reported by their own names, as pydantic does
        errors += _problems(value, () if isinstance(value, BaseModel) else (name,))
    if errors:
        raise NinjaValidationError(errors)


_original_get_values = Operation._get_values


def _check_content_type(operation, request) -> None:
    kinds = {m.__name__ for cls in operation.models for m in cls.__mro__}
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    if kinds & {"FormModel", "FileModel"}:
        if request.content_type != "multipart/form-data":
            raise HttpError(415, "上传文件请以 multipart/form-data 格式提交")
    elif "BodyModel" in kinds and request.body:
        if request.content_type != "application/json":
            raise HttpError(415, "请求体应为 JSON，请使用 Content-Type: application/json 提交")


def _checked_get_values(self, request, path_params, temporal_response):
    _check_content_type(self, request)
    values = _original_get_values(self, request, path_params, temporal_response)
    check_values({k: v for k, v in values.items() if k != self.signature.response_arg})
    return values


def install() -> None:
    """Apply the range checks to every operation (sync and async; idempotent)."""
    Operation._get_values = _checked_get_values  # type: ignore[method-assign]
