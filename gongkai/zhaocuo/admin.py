from django.contrib import admin

from gongkai.zhaocuo.models import ErrorReport


@admin.register(ErrorReport)
class ErrorReportAdmin(admin.ModelAdmin):
    """Read-only: reports are handled in the workspace, through the services."""

    list_display = ("tracking_number", "kind", "unit", "status", "received_at", "due")
    list_filter = ("status", "kind")
    search_fields = ("tracking_number", "description")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
