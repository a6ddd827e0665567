"""Read-only admin views; sites and columns are added in the workspace (through services)."""

from django.contrib import admin

from gongkai.monitoring.models import AvailabilityProbe, Column, CrawlRun, Site


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Site)
class SiteAdmin(ReadOnly):
    list_display = ["name", "url", "unit", "is_platform", "active", "depth"]
    search_fields = ["name", "url"]


@admin.register(Column)
class ColumnAdmin(ReadOnly):
    list_display = ["name", "url", "kind", "site"]
    list_filter = ["kind"]


@admin.register(CrawlRun)
class CrawlRunAdmin(ReadOnly):
    list_display = ["site", "status", "created_at", "finished_at", "passed", "pages", "broken"]
    list_filter = ["status", "passed"]


@admin.register(AvailabilityProbe)
class ProbeAdmin(ReadOnly):
    list_display = ["site", "at", "ok", "elapsed", "status", "error"]
    list_filter = ["ok"]
