"""The office's page for the search synonym list (同义词组)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.search import selectors, synonyms


@staff_required(roles=(Role.OFFICE,))
def ws_synonyms(request):
    error, typed = "", ""
    if request.method == "POST":
        action = request.POST.get("action", "save")
        group = None
        if request.POST.get("id", "").isdigit():
            group = selectors.synonym_group_or_404(int(request.POST["id"]))
        try:
            if action == "delete" and group is not None:
                synonyms.synonym_group_delete(actor=request.user, group=group)
                messages.success(request, "已删除")
            else:
                synonyms.synonym_group_save(
                    actor=request.user,
                    group=group,
                    words=request.POST.get("words", ""),
                    enabled=request.POST.get("enabled") == "on" or group is None,
                )
                messages.success(request, "已保存，新的检索立即生效")
        except ValidationError as exc:
            error = "；".join(exc.messages)
            typed = request.POST.get("words", "")
        else:
            return redirect("search:ws_synonyms")
    return render(
        request,
        "search/ws_synonyms.html",
        {"groups": selectors.synonym_groups(), "error": error, "typed": typed},
    )
