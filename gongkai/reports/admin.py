"""Configuration of the reports app: catalogue cadences and assessment indicators."""

from django.contrib import admin

from gongkai.reports.models import CatalogueCadence, Indicator, IndicatorSet


@admin.register(CatalogueCadence)
class CatalogueCadenceAdmin(admin.ModelAdmin):
    list_display = ("node", "cadence", "column_kind")
    list_filter = ("cadence", "column_kind")


class IndicatorInline(admin.TabularInline):
    model = Indicator
    extra = 1


@admin.register(IndicatorSet)
class IndicatorSetAdmin(admin.ModelAdmin):
    list_display = ("name", "created_at")
    inlines = [IndicatorInline]
