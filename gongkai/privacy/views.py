"""Staff tool: check a text or an attachment before it is published or sent."""

from __future__ import annotations

import io
from pathlib import PurePath

from django.http import FileResponse
from django.shortcuts import render

from gongkai.core.decorators import staff_required
from gongkai.core.textextract import extract_text

from .documents import UnreadableDocument, masked_copy
from .forms import CheckForm
from .scanner import mask_text, scan_text


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
