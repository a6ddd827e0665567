"""Admin: configuration data (topics, catalogue) is edited here; items only viewed."""

from django.contrib import admin

from gongkai.publishing.models import CatalogueNode, InformationItem, PublicationLedger, Topic


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ("name", "parent", "code", "sort_order")
    list_filter = (("parent", admin.RelatedOnlyFieldListFilter),)
    list_editable = ("sort_order",)
    search_fields = ("name", "code")


@admin.register(CatalogueNode)
class CatalogueNodeAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "parent", "time_limit", "sort_order")
    list_editable = ("sort_order",)
    search_fields = ("name", "slug")


class ReadOnlyAdmin(admin.ModelAdmin):
    """Items change only through the workflow services, so that every change is audited."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(InformationItem)
class InformationItemAdmin(ReadOnlyAdmin):
    list_display = ("title", "unit", "kind", "status", "index_number", "published_at")
    list_filter = ("status", "kind", "attribute", "validity")
    search_fields = ("title", "doc_number", "index_number")
    list_select_related = ("unit",)


@admin.register(PublicationLedger)
class PublicationLedgerAdmin(ReadOnlyAdmin):
    list_display = ("created_at", "action", "title", "index_number", "unit", "actor_label")
    list_filter = ("action",)
    list_select_related = ("unit",)
