"""Staff pages for 12345 hotline work orders."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone

from gongkai.core.decorators import staff_required
from gongkai.core.permissions import can_access_unit
from gongkai.response import forms as f
from gongkai.response import selectors as sel
from gongkai.response import services as svc
from gongkai.response.models import WorkOrder
from gongkai.response.views.common import attempt, page_of, posted

IMPORT_MAX_BYTES = 10 * 1024 * 1024


@staff_required
def ws_orders(request):
    form = f.OrderForm(*posted(request), user=request.user)
    import_errors: list[str] = []
    if request.method == "POST" and request.POST.get("form") == "import":
        upload = request.FILES.get("file")
        if upload is None or upload.size > IMPORT_MAX_BYTES:
            import_errors = ["请选择不超过 10 兆字节的逗号分隔表格或电子表格文件"]
        else:
            done = []
            try:
                done = svc.orders_import(
                    actor=request.user,
                    owner=request.user.unit,
                    data=upload.read(),
                    filename=upload.name,
                )
            except (ValidationError, PermissionDenied) as exc:
                import_errors = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
            if done:
                messages.success(request, f"已导入 {len(done)} 件工单")
                return redirect("response:ws_orders")
        form = f.OrderForm(user=request.user)
    elif request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        created = []
        if attempt(
            request,
            form,
            lambda: created.append(
                svc.order_receive(
                    actor=request.user,
                    owner=d["owner"],
                    number=d["number"],
                    received_at=d["received_at"],
                    category=d["category"],
                    content=d["content"],
                    caller=d["caller"],
                    phone=d["phone"],
                    limit_days=d["limit_days"],
                )
            ),
        ):
            messages.success(request, "工单已受理")
            return redirect("response:ws_order", created[0].pk)
    status = request.GET.get("status", "")
    qs = sel.orders_with_status(request.user, status if status in WorkOrder.Status.values else "")
    today = timezone.localdate()
    return render(
        request,
        "response/ws_orders.html",
        {
            "page": page_of(request, qs),
            "form": form,
            "status": status,
            "statuses": WorkOrder.Status.choices,
            "today": today,
            "stats": sel.order_stats(request.user, today.year, today.month),
            "import_errors": import_errors,
            "frequent": sel.frequent_topics(request.user, today),
        },
    )


_ACTIONS = {
    "assign": (
        f.AssignForm,
        lambda u, pk, d: svc.order_assign(actor=u, order_id=pk, unit=d["unit"]),
    ),
    "reassign": (
        f.AssignForm,
        lambda u, pk, d: svc.order_reassign(actor=u, order_id=pk, unit=d["unit"]),
    ),
    "return": (
        f.ReasonForm,
        lambda u, pk, d: svc.order_return(actor=u, order_id=pk, reason=d["reason"]),
    ),
    "answer": (
        f.AnswerForm,
        lambda u, pk, d: svc.order_answer(actor=u, order_id=pk, answer=d["answer"]),
    ),
    "close": (
        f.SatisfactionForm,
        lambda u, pk, d: svc.order_close(actor=u, order_id=pk, satisfaction=d["satisfaction"]),
    ),
}


def _form(name, data=None, user=None):
    cls = _ACTIONS[name][0]
    args = (data,) if data is not None else ()
    return cls(*args, user=user) if cls is f.AssignForm else cls(*args)


@staff_required
def ws_order(request, pk: int):
    order = sel.order_for(request.user, pk)
    forms = {name: _form(name, user=request.user) for name in _ACTIONS}
    which = request.POST.get("form", "")
    if request.method == "POST" and which in _ACTIONS:
        form = _form(which, request.POST, request.user)
        forms[which] = form
        if form.is_valid() and attempt(
            request, form, lambda: _ACTIONS[which][1](request.user, pk, form.cleaned_data)
        ):
            messages.success(request, "已保存")
            return redirect("response:ws_order", pk)
    hotline = can_access_unit(request.user, order.owner)
    assignee = order.unit_id is not None and can_access_unit(request.user, order.unit)
    shown = {
        "assign": hotline and order.status in ("received", "returned"),
        "reassign": hotline and order.status == "assigned",
        "return": assignee and order.status == "assigned",
        "answer": assignee and order.status == "assigned",
        "close": hotline and order.status == "answered",
    }
    return render(
        request,
        "response/ws_order.html",
        {"o": order, "forms": [(n, forms[n]) for n, show in shown.items() if show]},
    )
