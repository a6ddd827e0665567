from django.shortcuts import render

from gongkai.portal.registry import home_blocks


def home(request):
    return render(request, "portal/home.html", {"blocks": [b(request) for b in home_blocks()]})
