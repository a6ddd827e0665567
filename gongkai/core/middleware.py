"""Middleware of the platform: a number the database cannot hold is a 400, not a 500."""

from __future__ import annotations

from django.db import DataError
from django.shortcuts import render


class OutOfRangeMiddleware:
    """The last line of defence behind the per-form checks (``gongkai.core.inputs``)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OverflowError | DataError):
            return None
        if request.path.startswith("/api/"):
            from django.http import JsonResponse

            return JsonResponse({"message": "输入的数值超出允许范围", "errors": []}, status=400)
        return render(request, "core/bad_input.html", status=400)
