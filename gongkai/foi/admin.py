"""Admin: configuration only (letter templates); applications are read-only here —
every change goes through the workspace services so that it is audited."""

from django.contrib import admin

from gongkai.foi.models import Application, LetterTemplate


@admin.register(LetterTemplate)
class LetterTemplateAdmin(admin.ModelAdmin):
    list_display = ("key", "name", "updated_at")
    # Edited in the workspace (公开办), where template_save leaves an audit row.

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Application)
class ApplicationAdmin(admin.ModelAdmin):
    list_display = ("tracking_number", "applicant_name", "unit", "status", "due", "outcome")
    list_filter = ("status", "outcome", "applicant_type")
    search_fields = ("tracking_number", "applicant_name")

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
