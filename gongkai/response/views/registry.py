"""Staff pages: press events, the new-media registry and the policy Q&A base."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.response import forms as f
from gongkai.response import rules
from gongkai.response import selectors as sel
from gongkai.response import services as svc
from gongkai.response.views.common import attempt, page_of, posted


@staff_required
def ws_press(request):
    form = f.PressEventForm(*posted(request), user=request.user)
    if request.method == "POST" and request.POST.get("form") == "publish":
        if attempt(
            request,
            None,
            lambda: svc.press_event_publish(
                actor=request.user, event_id=int(request.POST.get("event") or 0)
            ),
        ):
            messages.success(request, "实录已在网站公开")
        return redirect("response:ws_press")
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if attempt(
            request,
            form,
            lambda: svc.press_event_create(
                actor=request.user,
                unit=d["unit"],
                kind=d["kind"],
                title=d["title"],
                held_at=d["held_at"],
                spokesperson=d["spokesperson"],
                speakers=d["speakers"],
                transcript=d["transcript"],
                policy=d["policy"],
            ),
        ):
            messages.success(request, "发布活动已登记")
            return redirect("response:ws_press")
    year = timezone.localdate().year
    counts = sel.press_event_counts(year)
    from gongkai.response.models import PressEvent

    return render(
        request,
        "response/ws_press.html",
        {
            "page": page_of(request, sel.press_events_for(request.user)),
            "form": form,
            "year": year,
            "counts": [(label, counts.get(k, 0)) for k, label in PressEvent.Kind.choices],
            "now": timezone.now(),
        },
    )


@staff_required
def ws_accounts(request):
    form = f.AccountForm(*posted(request), user=request.user)
    if request.method == "POST" and request.POST.get("form") == "action":
        act = f.AccountActionForm(request.POST)
        if act.is_valid():
            d = act.cleaned_data
            if attempt(
                request,
                None,
                lambda: svc.account_transition(
                    actor=request.user,
                    account_id=d["account"],
                    action=d["action"],
                    approval=d["approval"],
                    name=d["name"],
                ),
            ):
                messages.success(request, "已登记")
        else:
            messages.error(request, "请填写审批记录")
        return redirect("response:ws_accounts")
    if request.method == "POST" and request.POST.get("form") == "update":
        upd = f.AccountUpdateForm(request.POST)
        if upd.is_valid():
            d = upd.cleaned_data
            if attempt(
                request,
                None,
                lambda: svc.account_record_update(
                    actor=request.user, account_id=d["account"], last_post_on=d["last_post_on"]
                ),
            ):
                messages.success(request, "更新日期已登记")
        else:
            messages.error(request, "请填写正确的日期")
        return redirect("response:ws_accounts")
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if attempt(
            request,
            form,
            lambda: svc.account_apply(
                actor=request.user,
                unit=d["unit"],
                platform=d["platform"],
                name=d["name"],
                account_id=d["account_id"],
                url=d["url"],
                feed_url=d["feed_url"],
                approval=d["approval"],
            ),
        ):
            messages.success(request, "开办申请已登记，待审核")
            return redirect("response:ws_accounts")
    today = timezone.localdate()
    limit = sel.idle_limit()
    accounts = list(sel.accounts_for(request.user).prefetch_related("events"))
    for a in accounts:
        a.idle = rules.idle_days(a.last_post_on, today)
        a.inactive = a.status == "active" and rules.is_inactive(a.last_post_on, today, limit)
    return render(
        request,
        "response/ws_accounts.html",
        {
            "accounts": accounts,
            "form": form,
            "limit": limit,
            "year": today.year,
            "yearly": sel.new_media_yearly_counts(today.year),
        },
    )


@staff_required
def ws_qa(request):
    form = f.QAForm(*posted(request), user=request.user)
    if request.method == "POST" and request.POST.get("form") in ("publish", "withdraw"):
        fn = svc.qa_publish if request.POST["form"] == "publish" else svc.qa_withdraw
        if attempt(
            request,
            None,
            lambda: fn(actor=request.user, entry_id=int(request.POST.get("entry") or 0)),
        ):
            messages.success(request, "已保存")
        return redirect("response:ws_qa")
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        if attempt(
            request,
            form,
            lambda: svc.qa_create(
                actor=request.user,
                unit=d["unit"],
                question=d["question"],
                answer=d["answer"],
                items=list(d["items"]),
            ),
        ):
            messages.success(request, "政策问答已保存，待审核后公开")
            return redirect("response:ws_qa")
    return render(
        request,
        "response/ws_qa.html",
        {
            "page": page_of(request, sel.qa_for(request.user)),
            "form": form,
            "can_review": has_role(request.user, Role.REVIEWER, Role.OFFICE, Role.LEADER),
        },
    )


@staff_required
@require_POST
def qa_from_message(request, message_pk: int):
    message = sel.staff_message(request.user, message_pk)
    if attempt(request, None, lambda: svc.qa_from_message(actor=request.user, message=message)):
        messages.success(request, "已转为政策问答草稿（个人信息已遮蔽），待审核后公开")
        return redirect("response:ws_qa")
    return redirect("participation:ws_message", message_pk)
