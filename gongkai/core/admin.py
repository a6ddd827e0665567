from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from gongkai.core import admin_names, services
from gongkai.core.models import ApiToken, AuditEvent, CalendarOverride, CalendarYear, Unit, User


@admin.register(Unit)
class UnitAdmin(admin.ModelAdmin):
    list_display = ["name", "short_name", "kind", "parent", "code", "phone"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name", "code"]

    def save_model(self, request, obj, form, change):
        fields = {f: form.cleaned_data[f] for f in form.cleaned_data if f != "parent"}
        if change:
            parent_changed = "parent" in form.changed_data
            services.unit_update(actor=request.user, unit=obj, **fields)
            if parent_changed:
                services.unit_move(actor=request.user, unit=obj, parent=form.cleaned_data["parent"])
        else:
            created = services.unit_create(
                actor=request.user, parent=form.cleaned_data.get("parent"), **fields
            )
            obj.pk, obj.path = created.pk, created.path


@admin.register(User)
class StaffAdmin(UserAdmin):
    list_display = ["username", "last_name", "first_name", "unit", "role", "is_active"]
    list_filter = ["role", "unit", "is_active"]
    fieldsets = [
        *(UserAdmin.fieldsets or ()),
        ("机构与角色", {"fields": ["unit", "role", "phone"]}),
    ]


@admin.register(CalendarOverride)
class CalendarOverrideAdmin(admin.ModelAdmin):
    list_display = ["date", "kind", "name", "source"]
    list_filter = ["kind"]
    date_hierarchy = "date"

    def save_model(self, request, obj, form, change):
        saved = services.calendar_override_set(
            actor=request.user, date=obj.date, kind=obj.kind, name=obj.name, source=obj.source
        )
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        services.calendar_override_delete(actor=request.user, override=obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            services.calendar_override_delete(actor=request.user, override=obj)


@admin.register(CalendarYear)
class CalendarYearAdmin(admin.ModelAdmin):
    list_display = ["year", "source", "loaded_at"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    list_display = [
        "seq",
        "created_at",
        "actor_label",
        "action",
        "object_type",
        "object_id",
        "summary",
    ]
    list_filter = ["action", "object_type"]
    search_fields = ["summary", "actor_label", "object_id"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "user", "name", "created_at", "last_used_at", "revoked"]
    readonly_fields = ["key_hash", "prefix", "created_at", "last_used_at"]


# Chinese names for the admin sections that third-party apps add.
admin_names.install()


from gongkai.core import site_services  # noqa: E402
from gongkai.core.models import HostedSite  # noqa: E402


@admin.register(HostedSite)
class HostedSiteAdmin(admin.ModelAdmin):
    list_display = ["name", "root", "hosts", "site_id_code", "is_default", "active"]
    list_filter = ["active"]
    search_fields = ["name", "hosts", "site_id_code"]

    def save_model(self, request, obj, form, change):
        site_services.hosted_site_save(actor=request.user, site=obj)
