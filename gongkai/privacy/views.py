"""Staff tool: check a text or an attachment before it is published or sent."""

from __future__ import annotations

import io
from pathlib import PurePath

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.permissions import has_role
from gongkai.core.textextract import extract_text

from .documents import UnreadableDocument, masked_copy
from .forms import CheckForm, ExpressionForm
from .models import ExpressionEntry
from .scanner import mask_text, scan_text
from .selectors import expression_rows
from .services import expression_save, expression_set_enabled


@staff_required
def check_page(request):
    form = CheckForm(request.POST or None, request.FILES or None)
    context = {"form": form}
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        if upload:
            data = upload.read()
            name = PurePath(upload.name).name
            if request.POST.get("action") == "download":
                try:
                    copy = masked_copy(data, PurePath(name).suffix)
                except UnreadableDocument:
                    copy = None
                if copy is not None:
                    return FileResponse(
                        io.BytesIO(copy), as_attachment=True, filename=f"脱敏_{name}"
                    )
                form.add_error("file", "无法为此文件生成脱敏副本（PDF 请处理原文件后重新导出）")
                return render(request, "privacy/check.html", context, status=400)
            text = extract_text(data, name)
            if not text.strip():
                form.add_error("file", "无法读取该文件的文字（扫描件或不支持的格式）")
                return render(request, "privacy/check.html", context, status=400)
            context["filename"] = name
        else:
            text = form.cleaned_data["text"]
        findings = scan_text(text)
        context.update(
            checked=True,
            findings=findings,
            blocking=sum(f.blocking for f in findings),
            masked=mask_text(text, findings) if not upload else "",
        )
    return render(request, "privacy/check.html", context)


# --- the wording-error lists (错敏词词表) -------------------------------------------------


@staff_required
def expressions_page(request):
    """Every list with its source and date; the office adds, changes and switches off."""
    kind = request.GET.get("kind", "")
    can_edit = has_role(request.user, Role.OFFICE)
    initial = {}
    if request.GET.get("edit"):
        row = next(
            (r for r in expression_rows(kind) if r.term == request.GET["edit"]), None
        )
        if row is not None:
            initial = {
                "kind": row.kind,
                "term": row.term,
                "correction": row.correction,
                "titles": row.titles,
                "rank": row.rank,
                "note": row.note,
                "source": row.source,
                "source_date": row.date,
            }
    form = ExpressionForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        if not can_edit:
            messages.error(request, "只有公开办可以修改错敏词词表")
            return redirect("privacy:expressions")
        if form.is_valid():
            try:
                expression_save(actor=request.user, **form.cleaned_data)
            except ValidationError as exc:
                _form_errors(form, exc)
            else:
                messages.success(request, "已保存，发布前检查即刻按新词表进行")
                return redirect(f"{reverse('privacy:expressions')}?kind={form.cleaned_data['kind']}")
        status = 400
    context = {
        "rows": expression_rows(kind),
        "kind": kind,
        "kinds": ExpressionEntry.Kind.choices,
        "form": form,
        "can_edit": can_edit,
    }
    return render(request, "privacy/expressions.html", context, status=status)


@staff_required(roles=(Role.OFFICE,))
@require_POST
def expression_toggle(request):
    try:
        expression_set_enabled(
            actor=request.user,
            kind=request.POST.get("kind", ""),
            term=request.POST.get("term", ""),
            enabled=request.POST.get("enabled") == "1",
        )
    except ValidationError as exc:
        for msg in exc.messages:
            messages.error(request, msg)
    except PermissionDenied as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "已更新")
    return redirect(f"{reverse('privacy:expressions')}?kind={request.POST.get('kind', '')}")


def _form_errors(form, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for field, errors in exc.message_dict.items():
            for msg in errors:
                form.add_error(field if field in form.fields else None, msg)
    else:
        for msg in exc.messages:
            form.add_error(None, msg)
