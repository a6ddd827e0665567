from django import forms
from django.contrib import admin

from gongkai.search.models import SynonymGroup


def _synonyms():
    """The synonym services, imported when used: they load the segmenter (the admin module
    itself is imported by every command)."""
    from gongkai.search import synonyms

    return synonyms


class SynonymGroupForm(forms.ModelForm):
    class Meta:
        model = SynonymGroup
        fields = ["words", "enabled"]

    def clean_words(self):
        try:
            return "、".join(_synonyms().validate_words(self.cleaned_data["words"]))
        except forms.ValidationError as exc:
            raise forms.ValidationError(exc.message_dict.get("words", exc.messages)) from None


@admin.register(SynonymGroup)
class SynonymGroupAdmin(admin.ModelAdmin):
    """Edits go through the service, so they are audited and the cache is dropped."""

    form = SynonymGroupForm

    list_display = ("words", "enabled", "updated_at")
    list_filter = ("enabled",)
    search_fields = ("words",)

    def save_model(self, request, obj, form, change):
        _synonyms().synonym_group_save(
            actor=request.user, group=obj, words=obj.words, enabled=obj.enabled
        )

    def delete_model(self, request, obj):
        _synonyms().synonym_group_delete(actor=request.user, group=obj)

    def delete_queryset(self, request, queryset):
        for obj in queryset:
            _synonyms().synonym_group_delete(actor=request.user, group=obj)
