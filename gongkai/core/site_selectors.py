"""Reads of hosted sites for staff."""

from __future__ import annotations

from django.db.models import Q, QuerySet

from gongkai.core.models import HostedSite


def sites_for(user) -> QuerySet[HostedSite]:
    """The sites a staff member works for: each site whose government lies in the user's
    subtree (a province's office sees its cities' and counties' sites), and the site the
    user's own unit belongs to."""
    qs = HostedSite.objects.select_related("root").order_by("root__path", "id")
    if user.is_superuser:
        return qs
    unit = getattr(user, "unit", None)
    if unit is None:
        return qs.none()
    own = [p for p in _ancestor_paths(unit.path)]
    return qs.filter(Q(root__path__startswith=unit.path) | Q(root__path__in=own))


def _ancestor_paths(path: str) -> list[str]:
    """ "/1/4/9/" -> ["/1/", "/1/4/", "/1/4/9/"]."""
    parts = [p for p in path.split("/") if p]
    return ["/" + "/".join(parts[: i + 1]) + "/" for i in range(len(parts))]
