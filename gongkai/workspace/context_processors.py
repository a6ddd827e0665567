from gongkai.core.permissions import is_staff_member
from gongkai.workspace.registry import nav_for


def workspace_nav(request):
    user = getattr(request, "user", None)
    if user is None or not is_staff_member(user):
        return {}
    return {"workspace_nav": nav_for(user)}
