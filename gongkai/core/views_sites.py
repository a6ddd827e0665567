"""门户网站 in the workspace: the government websites hosted here that a staff member's
units belong to — a provincial office sees every site of its subtree."""

from __future__ import annotations

from django.shortcuts import render

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.site_selectors import sites_for


@staff_required(roles=(Role.OFFICE, Role.LEADER))
def sites_page(request):
    return render(request, "core/sites.html", {"sites": sites_for(request.user)})
