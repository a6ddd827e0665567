"""Staff pages for drafts from Word: upload a .docx as a new draft, or make a .docx
attachment the body of a draft."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.publishing import selectors
from gongkai.publishing.services import body_from_attachment, draft_from_docx


class WordForm(forms.Form):
    file = forms.FileField(
        label="公文文档",
        help_text="按公文格式排版的 .docx 文档（.doc 或 .wps 文档请先另存为 .docx）",
        widget=forms.ClearableFileInput(attrs={"accept": ".docx,.wps"}),
    )


def _report(request, doc) -> None:
    found = "、".join(doc.found) or "无"
    messages.success(request, f"已从文档导入。识别出：{found}")
    if doc.missing:
        messages.warning(request, "未识别：" + "、".join(doc.missing) + "，请补充")
    for w in doc.warnings:
        messages.warning(request, w)


@staff_required
def ws_word_import(request):
    form = WordForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            item, doc = draft_from_docx(
                actor=request.user, unit=request.user.unit, name=upload.name, data=upload.read()
            )
        except (ValidationError, PermissionDenied) as exc:
            for msg in getattr(exc, "messages", None) or [str(exc) or "无权进行此操作"]:
                form.add_error(None, msg)
        else:
            _report(request, doc)
            return redirect("publishing:ws_item", pk=item.pk)
    return render(request, "publishing/ws_word_import.html", {"form": form})


@staff_required
@require_POST
def ws_attachment_body(request, pk: int, att_id: int):
    item = selectors.staff_item(request.user, pk)
    attachment = selectors.item_attachment_or_404(item, att_id)
    try:
        _, doc = body_from_attachment(actor=request.user, attachment=attachment)
    except (ValidationError, PermissionDenied) as exc:
        for msg in getattr(exc, "messages", None) or [str(exc) or "无权进行此操作"]:
            messages.error(request, msg)
    else:
        _report(request, doc)
    return redirect("publishing:ws_item", pk=item.pk)
