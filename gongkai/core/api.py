"""Public calendar endpoints."""

import datetime as dt

from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from gongkai.api.auth import staff_auth
from gongkai.core.workdays import MAX_WORKING_DAYS, add_workdays

router = Router(tags=["工作日历"])


class DeadlineQuery(Schema):
    start: dt.date = Field(description="起算事件发生日（当日不计入）")
    working_days: int = Field(ge=0, le=MAX_WORKING_DAYS, description="工作日数")


class DeadlineOut(Schema):
    start: dt.date
    working_days: int
    due: dt.date
    provisional: bool


@router.get("/deadline", response=DeadlineOut, summary="按工作日计算期限")
def deadline(request, params: Query[DeadlineQuery]):
    try:
        answer = add_workdays(params.start, params.working_days)
    except (OverflowError, ValueError):
        raise HttpError(400, "日期超出可计算范围")
    return {
        "start": params.start,
        "working_days": params.working_days,
        "due": answer.value,
        "provisional": answer.provisional,
    }


me_router = Router(tags=["工作人员"])


class MeOut(Schema):
    username: str
    name: str
    unit: str | None
    role: str


@me_router.get("/me", response=MeOut, auth=staff_auth, summary="当前工作人员")
def me(request):
    user = request.auth
    return {
        "username": user.username,
        "name": str(user),
        "unit": str(user.unit) if user.unit else None,
        "role": user.role,
    }


routers = [("calendar", router), ("", me_router)]
