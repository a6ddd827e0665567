"""The office's page: the static tree's state, its incidents, and marking one handled."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.staticsite import selectors, services
from gongkai.staticsite.config import configured_tree


@staff_required(roles=(Role.OFFICE, Role.LEADER))
def index(request):
    tree = configured_tree()
    manifest = None
    if tree is not None and tree.state.exists():
        try:
            manifest = tree.state.load()
        except Exception:  # a forged manifest is reported as an incident by the check
            manifest = None
    return render(
        request,
        "staticsite/index.html",
        {
            "tree": tree,
            "files": len(manifest.files) if manifest else 0,
            "built_at": manifest.built_at if manifest else "",
            "incidents": selectors.recent_incidents(),
        },
    )


@require_POST
@staff_required(roles=(Role.OFFICE,))
def resolve(request, pk: int):
    incident = selectors.incident(pk)
    if incident is None:
        raise Http404("未找到该事件")
    try:
        services.incident_resolve(
            actor=request.user, incident=incident, note=request.POST.get("note", "")
        )
        messages.success(request, "已记录处理情况")
    except (ValidationError, PermissionDenied) as exc:
        messages.error(request, "；".join(getattr(exc, "messages", [str(exc)])))
    return redirect("staticsite:index")
