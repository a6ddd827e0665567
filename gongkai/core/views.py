import mimetypes
from pathlib import PurePosixPath

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone

from gongkai.core import conf
from gongkai.core.decorators import staff_required
from gongkai.core.forms import AuditFilterForm, CalendarUploadForm, DeadlineForm
from gongkai.core.models import Role
from gongkai.core.selectors import audit_events, calendar_overrides_since, calendar_year_status
from gongkai.core.services import calendar_load, calendar_parse_csv
from gongkai.core.workdays import add_workdays


def deadline_calculator(request):
    form = DeadlineForm(request.GET or None)
    result = None
    if form.is_valid():
        answer = add_workdays(form.cleaned_data["start"], form.cleaned_data["working_days"])
        result = {"due": answer.value, "provisional": answer.provisional}
    return render(request, "core/deadline_calculator.html", {"form": form, "result": result})


@staff_required
def calendar_page(request):
    can_edit = request.user.is_superuser or request.user.role == Role.OFFICE
    form = CalendarUploadForm()
    if request.method == "POST":
        if not can_edit:
            messages.error(request, "只有公开办可以载入工作日历")
            return redirect("core:calendar")
        form = CalendarUploadForm(request.POST, request.FILES)
        if form.is_valid():
            raw = form.cleaned_data["file"].read()
            try:
                rows = calendar_parse_csv(raw.decode("utf-8-sig"))
                years = calendar_load(
                    actor=request.user, rows=rows, source=form.cleaned_data["source"]
                )
            except UnicodeDecodeError:
                form.add_error("file", "文件应为 UTF-8 编码的 CSV")
            except ValidationError as exc:
                for msg in exc.messages:
                    form.add_error("file", msg)
            else:
                messages.success(
                    request,
                    f"已载入 {'、'.join(map(str, sorted(years)))} 年工作日历，未结期限已重新计算",
                )
                return redirect("core:calendar")
    this_year = timezone.localdate().year
    years = [
        {"year": y, "status": calendar_year_status(y)} for y in range(this_year - 1, this_year + 3)
    ]
    overrides = calendar_overrides_since(this_year - 1)
    return render(
        request,
        "core/calendar.html",
        {
            "years": years,
            "overrides": overrides,
            "form": form,
            "can_edit": can_edit,
        },
    )


@staff_required(roles=(Role.OFFICE, Role.LEADER))
def audit_page(request):
    form = AuditFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    qs = audit_events(user=request.user, **{k: v for k, v in filters.items() if v})
    page = Paginator(qs, 50).get_page(request.GET.get("page"))
    return render(request, "core/audit.html", {"form": form, "page": page})


def public_media(request, path: str):
    """Serve an uploaded file only when it lies under a public prefix."""
    parts = PurePosixPath(path).parts
    if not path or ".." in parts or path.startswith("/"):
        raise Http404("文件不存在")
    prefixes = conf.get("GONGKAI_PUBLIC_MEDIA_PREFIXES")
    if not any(path.startswith(prefix) for prefix in prefixes):
        raise Http404("文件不存在")
    if not default_storage.exists(path):
        raise Http404("文件不存在")
    content_type = mimetypes.guess_type(path)[0] or "application/octet-stream"
    response = FileResponse(default_storage.open(path, "rb"), content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response
