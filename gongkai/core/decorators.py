"""View decorators for staff pages."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse

from gongkai.core.permissions import has_role, is_staff_member


def staff_required(view=None, *, roles: tuple[str, ...] = ()):
    """Logged-in staff with a unit (and one of ``roles`` when given)."""

    def decorator(fn):
        @wraps(fn)
        def wrapper(request, *args, **kwargs):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not is_staff_member(request.user):
                raise PermissionDenied("此页面仅供工作人员使用")
            if getattr(request.user, "must_change_password", False):
                # A one-time password given out by the office: set one's own first.
                if request.path != reverse("workspace:password"):
                    return redirect("workspace:password")
            if roles and not has_role(request.user, *roles):
                raise PermissionDenied("您的角色无权访问此页面")
            return fn(request, *args, **kwargs)

        return wrapper

    return decorator(view) if view is not None else decorator
