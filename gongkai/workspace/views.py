from django.shortcuts import render

from gongkai.core.decorators import staff_required
from gongkai.workspace.registry import todo_for


@staff_required
def home(request):
    items = todo_for(request.user)
    overdue = sum(1 for i in items if i.overdue)
    return render(request, "workspace/home.html", {"items": items, "overdue": overdue})
