"""The leader view (领导一览): one read-only, printable page over the leader's subtree.

Each block comes from an app through ``plugs.register_leader_block``; this module
imports no app.
"""

from __future__ import annotations

from django.shortcuts import render
from django.utils import timezone

from gongkai.core.decorators import staff_required
from gongkai.core.models import Role
from gongkai.core.plugs import leader_blocks
from gongkai.workspace.selectors import leader_units


@staff_required(roles=(Role.LEADER,))
def leader(request):
    units = leader_units(request.user)
    blocks = [b for fn in leader_blocks() if (b := fn(request.user, units)) is not None]
    return render(
        request,
        "workspace/leader.html",
        {
            "blocks": blocks,
            "scope": request.user.unit.name if request.user.unit_id else "全部机构",
            "unit_count": units.count(),
            "now": timezone.localtime(),
        },
    )
