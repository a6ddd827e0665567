from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from gongkai.core import admin_names, office, services
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
        ("机构与角色", {"fields": ["unit", "role", "phone", "review_units"]}),
    ]
    filter_horizontal = [*UserAdmin.filter_horizontal, "review_units"]

    # Every add, change and delete is an audit event naming the fields that changed.
    AUDITED = (
        "username",
        "first_name",
        "last_name",
        "email",
        "phone",
        "unit",
        "role",
        "is_active",
        "is_staff",
        "is_superuser",
        "password",
    )
    AUDITED_M2M = ("review_units", "groups", "user_permissions")

    def _snapshot(self, user) -> dict:
        data = {f: getattr(user, f) for f in self.AUDITED}
        if user.pk:
            for name in self.AUDITED_M2M:
                data[name] = list(getattr(user, name).all())
        return data

    def save_model(self, request, obj, form, change):
        before = self._snapshot(type(obj).objects.get(pk=obj.pk)) if change else None
        request._gk_user_before = before
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        office.admin_user_saved(
            actor=request.user,
            user=form.instance,
            before=getattr(request, "_gk_user_before", None),
            after=self._snapshot(form.instance),
        )

    def delete_model(self, request, obj):
        office.admin_user_deleted(actor=request.user, user=obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            self.delete_model(request, obj)


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
    """Marking a year loaded recomputes its open deadlines, as ``calendar-load`` does."""

    list_display = ["year", "source", "loaded_at"]

    def save_model(self, request, obj, form, change):
        if change and "year" in form.changed_data:
            old = CalendarYear.objects.get(pk=obj.pk)
            office.calendar_year_unmark(actor=request.user, calendar_year=old)
            obj.pk = None
        saved = office.calendar_year_mark(actor=request.user, year=obj.year, source=obj.source)
        obj.pk = saved.pk

    def delete_model(self, request, obj):
        office.calendar_year_unmark(actor=request.user, calendar_year=obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            office.calendar_year_unmark(actor=request.user, calendar_year=obj)


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
