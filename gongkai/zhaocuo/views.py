"""Pages of 网站找错: the public form and the staff list and detail."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone

from gongkai.core.clientaddr import client_address
from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.zhaocuo import rules, selectors, services
from gongkai.zhaocuo.forms import AnswerForm, InvalidForm, ReportForm, TransferForm
from gongkai.zhaocuo.models import ErrorReport


def _add_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errs in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errs)
    else:
        for msg in exc.messages:
            form.add_error(None, msg)


def report(request):
    initial = {"page_url": request.GET.get("url", "")[:500]}
    form = ReportForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            created = services.report_submit(
                **form.cleaned_data, client=services.client_hash(client_address(request))
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            return redirect("zhaocuo:done", number=created.tracking_number)
    context = {
        "form": form,
        "days": rules.answer_days(),
        "counts": selectors.counts(timezone.localdate().year),
    }
    return render(request, "zhaocuo/report.html", context)


def done(request, number: str):
    return render(
        request,
        "zhaocuo/done.html",
        {"report": selectors.report_by_number(number), "days": rules.answer_days()},
    )


@staff_required
def ws_list(request):
    status = request.GET.get("status", "")
    page = Paginator(selectors.staff_reports(request.user, status), 30).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "zhaocuo/ws_list.html",
        {
            "page": page,
            "status": status,
            "statuses": ErrorReport.Status.choices,
            "today": timezone.localdate(),
            "counts": selectors.counts(timezone.localdate().year, request.user.unit),
        },
    )


@staff_required
def ws_report(request, pk: int):
    report = selectors.staff_report(request.user, pk)
    units = selectors.staff_units(request.user)
    answer_form = AnswerForm(request.POST if request.POST.get("form") == "answer" else None)
    transfer_form = TransferForm(
        request.POST if request.POST.get("form") == "transfer" else None, units=units
    )
    invalid_form = InvalidForm(request.POST if request.POST.get("form") == "invalid" else None)
    if request.method == "POST":
        which = request.POST.get("form")
        form = {"answer": answer_form, "transfer": transfer_form, "invalid": invalid_form}.get(
            which
        )
        if form is not None and form.is_valid():
            data = form.cleaned_data
            try:
                if which == "answer":
                    services.report_answer(actor=request.user, report=report, answer=data["answer"])
                    messages.success(request, "已答复")
                elif which == "transfer":
                    services.report_transfer(
                        actor=request.user, report=report, unit=data["unit"], reason=data["reason"]
                    )
                    messages.success(request, "已转办")
                else:
                    services.report_invalid(
                        actor=request.user, report=report, reason=data["reason"]
                    )
                    messages.success(request, "已认定无效")
            except ValidationError as exc:
                _add_errors(form, exc)
            except PermissionDenied as exc:
                form.add_error(None, str(exc) or "无权进行此操作")
            else:
                return redirect("zhaocuo:ws_report", pk=report.pk)
    return render(
        request,
        "zhaocuo/ws_report.html",
        {
            "r": report,
            "answer_form": answer_form,
            "transfer_form": transfer_form,
            "invalid_form": invalid_form,
            "can_transfer": has_role(request.user, Role.OFFICE),
            "can_invalid": has_role(request.user, Role.OFFICE, Role.REVIEWER),
            "today": timezone.localdate(),
        },
    )
