"""Configuration only: the answer limits per message kind (every other write goes
through the services and the staff pages)."""

from django.contrib import admin

from gongkai.participation.models import MessageKindLimit


@admin.register(MessageKindLimit)
class MessageKindLimitAdmin(admin.ModelAdmin):
    list_display = ["kind", "working_days"]
